// Accessibility (issue 5): axe-core (npm `axe-core`, pinned in package.json)
// injected into the page reports no violation of any impact under the WCAG
// 2.0/2.1 level A and AA rules, on the full page, with the zone picker and
// recent maintenance open, with an FAQ entry open, with the subscription
// form showing an error, and on the widget, in light and dark; and the page
// works with the keyboard alone, with a visible focus indicator.

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  assertNoAxeViolations,
  expectState,
  openFaq,
  serveFixture,
  testConfig,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const FORM = 'form#subscribe';
const EMAIL = 'form#subscribe input[name="email"]';
const SUBMIT = 'form#subscribe button[type="submit"]';

/** The full page, loaded, with its subscription form. */
async function openFull(page) {
  await expectState(page, 'loaded');
  await page.waitForSelector(FORM, { state: 'attached', timeout: 10000 });
}

/** The widget, rendered. */
async function openWidget(page) {
  await page.waitForSelector('main.app.widget article.widget-window', { state: 'attached', timeout: 15000 });
}

/** Which element has focus, and how it shows it. */
function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || null,
      cls: el.className || null,
      text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60),
      isZoneSummary: el.matches('details.zone-change > summary'),
      isChip: el.matches('button.chip[data-region-filter]'),
      chip: el.getAttribute('data-region-filter'),
      isSubscribe: el.matches('form#subscribe button[type="submit"]'),
      focusVisible: el.matches(':focus-visible'),
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      outlineShown: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
      boxShadow: cs.boxShadow,
    };
  });
}

const shows = (f) => f.outlineShown || (f.boxShadow && f.boxShadow !== 'none');

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    each: (srv) => {
      // A subscribe URL on our own origin, so the form is there.
      serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions' }) });
    },
  });

  test('the full page, loaded (fixture feed), light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      await withPage(browser, srv, { goto: false }, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(srv.url);
        await openFull(page);
        await assertNoAxeViolations(page, `the full page (${colorScheme})`);
      });
    }
  });

  test('the shipped sample config and feed', async () => {
    srv.clearOverrides();
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      await assertNoAxeViolations(page, 'the full page with dist/config.json and dist/feed.json');
    });
  });

  test('zone picker open with search results, recent maintenance open', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openFull(page);
      await page.locator('details.zone-change > summary').click();
      await page.fill('#zone-search', 'kath');
      await page.waitForSelector('.zone-results li', { timeout: 5000 });
      const recent = page.locator('details.recent > summary');
      if (await recent.count()) await recent.click();
      assert.equal(await page.locator('details.zone-change').evaluate((d) => d.open), true, 'details.zone-change is open');
      await assertNoAxeViolations(page, 'the page with details.zone-change (and details.recent) open');
    });
  });

  test('the FAQ loaded, one entry open, another with its copy-link status', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openFull(page);
      await openFaq(page);
      const entries = page.locator('section#faq details[id^="faq-"]');
      assert.ok((await entries.count()) >= 9, 'the built-in FAQ has its entries');
      await entries.nth(0).locator('summary').click();
      assert.equal(await entries.nth(0).evaluate((d) => d.open), true, 'the first entry opened');
      await assertNoAxeViolations(page, 'the page with the FAQ loaded and an entry open');
    });
  });

  test('keyboard: Tab reaches the FAQ filter and each question with visible focus; Enter opens an entry', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openFull(page);
      await openFaq(page);
      await page.locator('#faq-filter').focus();
      const questions = await page.locator('section#faq details[id^="faq-"] > summary').count();
      const reached = [];
      for (let i = 0; i < 40 && reached.length < questions; i += 1) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement;
          const cs = getComputedStyle(el);
          return {
            summaryOf: el.matches('details[id^="faq-"] > summary') ? el.parentElement.id : null,
            visible: el.matches(':focus-visible') && ((cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none'),
          };
        });
        if (f.summaryOf) {
          assert.ok(f.visible, `${f.summaryOf}'s question shows focus`);
          reached.push(f.summaryOf);
        }
      }
      assert.equal(reached.length, questions, `Tab reaches every question (${reached.join(', ')})`);
      await page.keyboard.press('Enter');
      assert.equal(await page.locator(`#${reached.at(-1)}`).evaluate((d) => d.open), true, 'Enter opens the focused entry');
      // Then Tab goes through the entry's links (the notifications answer has some) to its copy-link button.
      const inside = [];
      for (let i = 0; i < 6; i += 1) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => ({
          entry: document.activeElement.closest('details[id^="faq-"]')?.id ?? null,
          action: document.activeElement.getAttribute('data-action'),
          tag: document.activeElement.tagName.toLowerCase(),
        }));
        inside.push(f);
        if (f.action === 'copy-link' || f.entry !== reached.at(-1)) break;
      }
      assert.deepEqual(inside.at(-1), { entry: reached.at(-1), action: 'copy-link', tag: 'button' }, `Tab then reaches its copy-link button: ${JSON.stringify(inside)}`);
    });
  });

  test('the subscription form showing a validation error', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openFull(page);
      await page.fill(EMAIL, 'not-an-email');
      await page.click(SUBMIT);
      await page.waitForSelector('form#subscribe [role="status"][data-state="error"]', { timeout: 10000 });
      assert.equal(await page.getAttribute(EMAIL, 'aria-invalid'), 'true', 'the field is marked invalid');
      assert.equal(srv.requestsTo('api/subscriptions').length, 0, 'nothing was sent');
      await assertNoAxeViolations(page, 'the form with a validation error');
    });
  });

  test('the widget (index.html?view=widget), system, forced light and forced dark themes', async () => {
    const cases = [
      { query: '?view=widget', colorScheme: 'light' },
      { query: '?view=widget&region=eu-central,us-east&theme=dark', colorScheme: 'light' },
      { query: '?view=widget&theme=light', colorScheme: 'dark' },
      { query: '?view=widget&tz=Asia/Kathmandu', colorScheme: 'dark' },
    ];
    for (const { query, colorScheme } of cases) {
      await withPage(browser, srv, { goto: false }, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(srv.url + 'index.html' + query);
        await openWidget(page);
        await assertNoAxeViolations(page, `the widget index.html${query} (${colorScheme} browser)`);
      });
    }
  });
});

describe('keyboard only', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions' }) }) });

  test('Tab reaches the zone picker, every region chip and Subscribe, each with a visible focus indicator', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openFull(page);
      const chips = await page.$$eval('button.chip[data-region-filter]', (bs) => bs.map((b) => b.getAttribute('data-region-filter')));
      assert.ok(chips.length > 1, 'there are region chips');
      await page.evaluate(() => document.activeElement?.blur());

      const seen = [];
      let summary = null;
      const chipFocus = new Map();
      let subscribe = null;
      for (let i = 0; i < 300 && !subscribe; i += 1) {
        await page.keyboard.press('Tab');
        const f = await focusInfo(page);
        if (!f) continue;
        seen.push(f.id ? `#${f.id}` : `${f.tag}.${f.cls}`);
        if (f.isZoneSummary && !summary) summary = f;
        if (f.isChip && !chipFocus.has(f.chip)) chipFocus.set(f.chip, f);
        if (f.isSubscribe) subscribe = f;
      }
      const order = `\nTab order: ${seen.join(' → ')}`;
      assert.ok(summary, `Tab reaches details.zone-change > summary${order}`);
      assert.deepEqual([...chipFocus.keys()], chips, `Tab reaches every region chip, in order${order}`);
      assert.ok(subscribe, `Tab reaches the Subscribe button${order}`);
      for (const f of [summary, ...chipFocus.values(), subscribe]) {
        const what = f.isZoneSummary ? 'zone picker summary' : f.isChip ? `chip ${f.chip}` : 'Subscribe button';
        assert.ok(f.focusVisible, `${what} matches :focus-visible after Tab`);
        assert.ok(shows(f), `${what} shows focus: outline ${f.outline}, box-shadow ${f.boxShadow}`);
      }
    });
  });

  test('Enter opens the zone picker; Enter and Space press a region chip', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openFull(page);
      await page.locator('details.zone-change > summary').focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('details.zone-change').evaluate((d) => d.open), true, 'Enter on the summary opens the picker');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'zone-search', 'Tab goes into the search field');

      const chip = page.locator('button.chip[data-region-filter="eu-central"]');
      await chip.focus();
      await page.keyboard.press('Enter');
      assert.equal(await chip.getAttribute('aria-pressed'), 'true', 'Enter presses the chip');
      await page.keyboard.press('Space');
      assert.equal(await chip.getAttribute('aria-pressed'), 'false', 'Space releases it');
    });
  });
});
