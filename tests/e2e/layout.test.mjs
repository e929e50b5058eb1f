// Layout (issue 5): from 320 px wide nothing scrolls sideways, on the full
// page (with the zone picker, recent maintenance and the form's error open)
// and on the widget; the print stylesheet hides the controls and still lists
// every window, black on white, with link addresses.

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { expectState, expected, fixtureFeed, serveFixture, testConfig, withPage, useBrowserAndServer } from './lib.mjs';

const NARROW = { width: 320, height: 640 };
const EXP = expected();

/** scrollWidth of the document, and the elements reaching past `width` (for the message). */
function overflow(page, width) {
  return page.evaluate((width) => {
    const describe = (el) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${[...el.classList].join('.')}` : '');
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) wide.push(`${describe(el)} (right ${Math.round(r.right)}px, width ${Math.round(r.width)}px)`);
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      bodyScrollWidth: document.body.scrollWidth,
      innerWidth: window.innerWidth,
      wide: wide.slice(0, 15),
    };
  }, width);
}

function assertFits(o, what) {
  assert.equal(o.innerWidth, NARROW.width, 'viewport width');
  assert.ok(
    o.scrollWidth <= NARROW.width && o.bodyScrollWidth <= NARROW.width,
    `${what}: scrollWidth ${o.scrollWidth}px (body ${o.bodyScrollWidth}px) > ${NARROW.width}px; too wide:\n  ${o.wide.join('\n  ')}`,
  );
}

/** Every element matching `sel` with whether it is rendered in the current media. */
function rendered(page, sel) {
  return page.$$eval(sel, (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return {
        what: el.outerHTML.slice(0, 120),
        id: el.getAttribute('data-window-id'),
        // checkVisibility() is false inside a closed <details> (content-visibility: hidden).
        shown: r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && el.checkVisibility({ visibilityProperty: true }),
      };
    }),
  );
}

describe('layout', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions' }) }) });

  for (const width of [1280, 360]) {
    test(`${width} px: no layout shift when the data arrives (placeholder, skeleton, status link, "updated" line)`, async () => {
      // The code and the data arrive late, as on a slow connection; every
      // layout shift of the load is recorded.
      serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions', calendar_url: 'calendar.ics', title: 'Acme Cloud maintenance windows (e2e)' }) });
      srv.override('feed.json', { delay: 800, body: JSON.stringify(fixtureFeed()), contentType: 'application/json' });
      await withPage(browser, srv, { goto: false }, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node && s.node.nodeName + (s.node.className ? '.' + s.node.className : '')) });
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(srv.url);
        await expectState(page, 'loaded');
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => window.__shifts);
        const total = shifts.reduce((a, s) => a + s.value, 0);
        assert.ok(total <= 0.01, `cumulative layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
      });
    });
  }

  test('320 px wide: the full page never scrolls sideways', async () => {
    await withPage(browser, srv, { goto: false }, async ({ page }) => {
      await page.setViewportSize(NARROW);
      await page.goto(srv.url);
      await expectState(page, 'loaded');
      await page.waitForSelector('form#subscribe', { state: 'attached', timeout: 10000 });
      assertFits(await overflow(page, NARROW.width), 'loaded');

      // Everything opened and shown that can be.
      await page.locator('details.zone-change > summary').click();
      await page.fill('#zone-search', 'a');
      await page.waitForSelector('.zone-results li', { timeout: 5000 });
      const recent = page.locator('details.recent > summary');
      if (await recent.count()) await recent.click();
      await page.fill('form#subscribe input[name="email"]', 'an-extremely-long-address-without-any-at-sign-that-does-not-break.example.com');
      await page.click('form#subscribe button[type="submit"]');
      await page.waitForSelector('form#subscribe [role="status"][data-state="error"]', { timeout: 10000 });
      // The FAQ loads when its section nears the viewport.
      if (await page.$('section#faq')) {
        await page.locator('section#faq').scrollIntoViewIfNeeded();
        await page.waitForSelector('details[id^="faq-"]', { state: 'attached', timeout: 10000 });
      }
      await page.locator('input#tenant-id').fill('acme-tenant-with-a-very-long-identifier-without-spaces-0123456789');
      for (const d of await page.$$('details:not([open])')) await d.evaluate((el) => (el.open = true));
      assertFits(await overflow(page, NARROW.width), 'with the picker, recent maintenance, details and the form error open');
    });
  });

  test('320 px wide: the widget never scrolls sideways', async () => {
    for (const query of ['?view=widget', '?view=widget&region=ap-kathmandu,sa-santiago&tz=America/Argentina/ComodRivadavia&tenant=acme']) {
      await withPage(browser, srv, { goto: false }, async ({ page }) => {
        await page.setViewportSize(NARROW);
        await page.goto(srv.url + 'index.html' + query);
        await page.waitForSelector('main.app.widget article.widget-window', { state: 'attached', timeout: 15000 });
        assertFits(await overflow(page, NARROW.width), `index.html${query}`);
      });
    }
  });

  test('print: controls hidden, every window listed, black on white, link addresses shown', async () => {
    await withPage(browser, srv, { goto: false }, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(srv.url);
      await expectState(page, 'loaded');
      await page.waitForSelector('form#subscribe', { state: 'attached', timeout: 10000 });
      const screenWindows = await rendered(page, 'li.window');
      assert.ok(screenWindows.some((w) => !w.shown), 'on screen, some windows (recent maintenance) are collapsed');

      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const controls = await rendered(page, 'button, input, select, textarea, form, details.zone-change, .chips, .skeleton, .placeholder');
      const shownControls = controls.filter((c) => c.shown).map((c) => c.what);
      assert.deepEqual(shownControls, [], 'no button, input, form, picker or chip is printed');

      const windows = await rendered(page, 'li.window');
      const upcoming = await page.$$eval('section#upcoming ol.window-list > li.window', (els) => els.map((e) => e.getAttribute('data-window-id')));
      assert.deepEqual(upcoming, EXP.windows.map((w) => w.id), 'the upcoming list is complete');
      assert.ok(windows.length > upcoming.length, 'recent maintenance is there too');
      assert.deepEqual(
        windows.filter((w) => !w.shown).map((w) => w.id),
        [],
        'every li.window (upcoming and recent) is printed',
      );

      const colours = await page.evaluate(() => {
        const cs = (el) => getComputedStyle(el);
        return {
          bg: cs(document.body).backgroundColor,
          text: cs(document.body).color,
          card: cs(document.querySelector('li.window')).backgroundColor,
          title: cs(document.querySelector('li.window [data-field="title"]')).color,
        };
      });
      assert.deepEqual(colours, { bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', card: 'rgb(255, 255, 255)', title: 'rgb(0, 0, 0)' }, 'black on white, even in a dark browser');

      const links = await page.$$eval('a[href]', (as) =>
        as
          .filter((a) => a.getBoundingClientRect().height > 0)
          .map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
      );
      for (const l of links.filter((l) => !l.href.startsWith('#'))) {
        assert.ok(l.after.includes(l.href), `a[href="${l.href}"] prints its address after it (::after content ${l.after})`);
      }
    });
  });

  test('print: the widget with a forced dark theme prints black on white with its link address', async () => {
    await withPage(browser, srv, { path: 'index.html?view=widget&theme=dark' }, async ({ page }) => {
      await page.waitForSelector('main.app.widget article.widget-window', { state: 'attached', timeout: 15000 });
      await page.emulateMedia({ media: 'print' });
      const got = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        cards: [...document.querySelectorAll('article.widget-window')].every((a) => a.getBoundingClientRect().height > 0),
        after: getComputedStyle(document.querySelector('a.widget-all'), '::after').content,
        href: document.querySelector('a.widget-all').getAttribute('href'),
      }));
      assert.equal(got.bg, 'rgb(255, 255, 255)');
      assert.equal(got.text, 'rgb(0, 0, 0)');
      assert.ok(got.cards, 'every card is printed');
      assert.ok(got.after.includes(got.href), `a.widget-all prints its address: ${got.after}`);
    });
  });
});
