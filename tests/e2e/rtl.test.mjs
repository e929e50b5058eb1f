// Arabic, the first right-to-left language: the layout mirrors through CSS
// logical properties, times, zone names and addresses keep their own
// direction inside right-to-left sentences, counts use the digits Intl
// gives for the browser's Arabic, and the countdown, the zone picker, the
// form's errors and the widget all work. Expected texts come from
// public/i18n/ar.json.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  assertNoAxeViolations,
  displayZone,
  expectState,
  openFaq,
  serveFixture,
  testConfig,
  textOf,
  tr,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const T = { timeout: 60_000 };
const AR = { locale: 'ar-EG', timezoneId: 'Africa/Cairo' };
const FSI = '\u2068';
const PDI = '\u2069';

describe('right to left (Arabic)', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions', calendar_url: 'calendar.ics' }) }) });

  test('<html lang="ar" dir="rtl">, and the layout mirrors: headings and lists start on the right', T, async () => {
    await withPage(browser, srv, AR, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.deepEqual(
        await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
        { lang: 'ar', dir: 'rtl' },
      );
      assert.equal(await textOf(page, '#upcoming-heading'), tr('ar', 'Upcoming maintenance'));
      const layout = await page.evaluate(() => {
        const box = (sel) => document.querySelector(sel)?.getBoundingClientRect();
        const main = box('main');
        // The heading's text itself (the element is as wide as its column).
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('#upcoming-heading'));
        const heading = range.getBoundingClientRect();
        const list = document.querySelector('.activities');
        const style = list && getComputedStyle(list);
        return {
          direction: getComputedStyle(document.body).direction,
          headingGapRight: Math.round(main.right - heading.right),
          headingGapLeft: Math.round(heading.left - main.left),
          listPadding: style && { left: style.paddingLeft, right: style.paddingRight },
        };
      });
      assert.equal(layout.direction, 'rtl');
      assert.ok(layout.headingGapRight < layout.headingGapLeft, `the heading sits on the right: ${JSON.stringify(layout)}`);
      assert.ok(layout.listPadding, 'a list of activities is shown');
      assert.equal(layout.listPadding.left, '0px', 'the list is indented on the right, not the left');
      assert.notEqual(layout.listPadding.right, '0px');
    });
  });

  test('times, zone names and offsets keep their own direction: isolated, never scrambled', T, async () => {
    await withPage(browser, srv, AR, async ({ page }) => {
      await expectState(page, 'loaded');
      const styles = await page.evaluate(() => {
        const of = (sel) => {
          const el = document.querySelector(sel);
          const s = el && getComputedStyle(el);
          return s && { unicodeBidi: s.unicodeBidi, direction: s.direction };
        };
        return { zone: of('[data-display-zone]'), time: of('time[data-role="start"]'), email: of('form#subscribe input[name="email"]') };
      });
      assert.deepEqual(styles.zone, { unicodeBidi: 'isolate', direction: 'ltr' }, 'the zone name');
      assert.equal(styles.time.unicodeBidi, 'plaintext', 'a time takes the direction of its own words');
      assert.equal(styles.email.direction, 'ltr', 'an email address is typed left to right');

      // Text from the feed is in the vendor's language: each title,
      // description, activity and region name is a <bdi>, which takes the
      // direction of its own words ("… from the clock." keeps its full stop
      // at the end).
      const feedText = await page.evaluate(() =>
        ['[data-field="title"]', '.description', '.activities li', '[data-field="region"]'].map((sel) => {
          const el = document.querySelector(`li.window ${sel}`);
          const bdi = el && (el.tagName === 'BDI' ? el : el.querySelector('bdi'));
          return { sel, bdi: Boolean(bdi), same: bdi ? bdi.textContent === el.textContent : false };
        }),
      );
      for (const f of feedText) assert.ok(f.bdi && f.same, `${f.sel}: the feed's text in a <bdi>`);

      // Values filled into translated sentences are wrapped in FSI … PDI:
      // "UTC: {start} – {end}" and "{start} – {end} in {region} ({zone})".
      const lines = await page.$$eval('li.window .other-clocks span', (els) => els.map((e) => e.textContent));
      const isolated = lines.filter((l) => l.includes(FSI) && l.includes(PDI));
      assert.ok(isolated.length > 0, `sentences with isolated values: ${JSON.stringify(lines.slice(0, 5))}`);
      const zones = lines.flatMap((l) => [...l.matchAll(/\u2068([^\u2069]*)\u2069/g)].map((m) => m[1])).filter((v) => /^[A-Z][a-z]+\//.test(v));
      assert.ok(zones.length > 0, `an IANA zone name isolated inside an Arabic sentence: ${JSON.stringify(isolated.slice(0, 3))}`);
    });
  });

  test('counts use the digits Intl gives for the browser\'s Arabic, in the downtime and the countdown', T, async () => {
    await withPage(browser, srv, AR, async ({ page }) => {
      await expectState(page, 'loaded');
      const fifteen = await page.evaluate(() => new Intl.NumberFormat('ar-EG').format(15));
      const downtimes = await page.$$eval('li.window [data-field="downtime"]', (els) => els.map((e) => e.textContent.replace(/[\u2066-\u2069]/g, '')));
      assert.ok(downtimes.some((t) => t.includes(fifteen)), `a 15-minute downtime written ${fifteen}: ${JSON.stringify(downtimes.slice(0, 3))}`);
      const latin = /^[0-9]+$/.test(fifteen);
      if (!latin) assert.ok(downtimes.every((t) => !/[0-9]/.test(t)), 'no Latin digit where Intl writes Arabic-Indic ones');
    });
  });

  test('the zone picker in Arabic: search, pick, and the zone line names the zone left to right', T, async () => {
    await withPage(browser, srv, AR, async ({ page }) => {
      await expectState(page, 'loaded');
      await page.locator('details.zone-change > summary').click();
      await page.fill('#zone-search', 'Kathmandu');
      await page.locator('.zone-results button[data-zone="Asia/Kathmandu"]').click();
      assert.equal(await displayZone(page), 'Asia/Kathmandu');
      assert.equal(await textOf(page, '[data-display-zone]'), 'Asia/Kathmandu (UTC+5:45)');
      const line = await textOf(page, '.zone-line');
      const [before, afterText] = tr('ar', 'Times are shown in {zone}.').split('{zone}');
      assert.ok(line.startsWith(before.trim()) && line.endsWith(afterText.trim()), `zone line in Arabic: ${line}`);
    });
  });

  test('the form in Arabic: an address that is not one gets the Arabic message beside the field, and nothing typed is lost', T, async () => {
    await withPage(browser, srv, AR, async ({ page }) => {
      await expectState(page, 'loaded');
      await page.waitForSelector('form#subscribe', { state: 'attached', timeout: 10000 });
      await page.fill('form#subscribe input[name="email"]', 'name@example');
      await page.click('form#subscribe button[type="submit"]');
      await page.waitForSelector('form#subscribe [role="status"][data-state="error"]', { timeout: 10000 });
      const message = await textOf(page, '#subscribe-email-error');
      assert.ok(
        message.endsWith(tr('ar', 'Enter an email address in the correct format, like name@example.com')),
        `the field's error in Arabic: ${message}`,
      );
      assert.ok(message.startsWith(tr('ar', 'Error:')), `prefixed with the Arabic "Error:": ${message}`);
      assert.equal(await page.inputValue('form#subscribe input[name="email"]'), 'name@example');
    });
  });

  test('the widget in Arabic (?view=widget&lang=ar): right to left, windows listed, texts in Arabic', T, async () => {
    await withPage(browser, srv, { locale: 'en-US', timezoneId: 'UTC', path: '?view=widget&lang=ar' }, async ({ page }) => {
      await page.waitForSelector('article.widget-window', { timeout: 15000 });
      assert.deepEqual(
        await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
        { lang: 'ar', dir: 'rtl' },
      );
      const cards = await page.$$eval('article.widget-window', (els) =>
        els.map((e) => ({ status: e.dataset.status, eyebrow: e.querySelector('.eyebrow')?.textContent.trim(), countdown: e.querySelector('[data-countdown]')?.textContent })),
      );
      assert.ok(cards.length > 0, 'windows listed');
      for (const c of cards) {
        assert.equal(c.eyebrow, tr('ar', c.status === 'in_progress' ? 'Maintenance in progress' : 'Next maintenance'), 'eyebrow in Arabic');
        const [before] = tr('ar', c.status === 'in_progress' ? 'in progress, ends in {duration}' : 'starts in {duration}').split('{duration}');
        assert.ok(c.countdown?.replace(/[\u2066-\u2069]/g, '').startsWith(before), `countdown in Arabic: ${c.countdown}`);
      }
      const o = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      assert.ok(o.scrollWidth <= o.clientWidth + 1, `no sideways scroll: ${JSON.stringify(o)}`);
    });
  });

  test('no axe violations in Arabic, with the FAQ, the zone picker and a form error open', T, async () => {
    await withPage(browser, srv, AR, async ({ page }) => {
      await expectState(page, 'loaded');
      await assertNoAxeViolations(page, 'the Arabic page as loaded');
      await page.locator('details.zone-change > summary').click();
      await page.fill('#zone-search', 'a');
      await page.waitForSelector('.zone-results li', { timeout: 5000 });
      await page.waitForSelector('form#subscribe', { state: 'attached', timeout: 10000 });
      await page.fill('form#subscribe input[name="email"]', 'not-an-address');
      await page.click('form#subscribe button[type="submit"]');
      await page.waitForSelector('form#subscribe [role="status"][data-state="error"]', { timeout: 10000 });
      await openFaq(page);
      await assertNoAxeViolations(page, 'the Arabic page with the zone picker, a form error and the FAQ open');
    });
  });
});
