// Resilience (issue 6): the page keeps telling the truth when the feed is
// down. The last good settings and feed are kept (localStorage); when the
// feed then fails, that schedule is shown with a "last updated" notice and
// the page retries with back-off; a visible page refreshes every 5 minutes
// (never while hidden, at once when seen again), and a refresh never blanks
// what is shown. Oversized and hostile-in-size feeds are refused or cut with
// a notice instead of freezing the page.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  expectState,
  fixtureFeed,
  installClock,
  readWindows,
  serveFixture,
  testConfig,
  until,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const T0 = Date.parse('2026-11-26T12:00:00Z');
const MIN = 60_000;
const STALE = 'section#upcoming [data-notice="stale"]';

/** Requests for the feed so far. */
const feedRequests = (srv) => srv.requestsTo('feed.json').length;

/** The ids listed, in order. */
const listedIds = async (page) => (await readWindows(page)).map((w) => w.id);

/** Every data-state section#upcoming takes from now on, recorded in the page. */
const recordStates = (page) =>
  page.evaluate(() => {
    window.__states = [];
    const s = document.querySelector('section#upcoming');
    new MutationObserver(() => window.__states.push(s.getAttribute('data-state'))).observe(s, { attributes: true, attributeFilter: ['data-state'] });
  });

/** Pretend the tab is hidden (or shown again), as a browser does. */
const setHidden = (page, hidden) =>
  page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

/** Advance the fake clock in steps, letting the page's fetches settle. */
async function advance(page, ms, step = 5_000) {
  for (let done = 0; done < ms; done += step) {
    await page.clock.runFor(Math.min(step, ms - done));
    await page.waitForTimeout(20);
  }
}


describe('resilience', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  const failures = [
    ['HTTP 503', { status: 503 }, 'http'],
    ['a dropped connection', { destroy: true }, 'network'],
    ['no answer within 10 s', { hang: true }, 'timeout'],
    ['bad JSON', { body: '{"feed_version": 1, "windows": [' }, 'bad-json'],
    ['a feed version this page does not know', { json: { feed_version: 2 } }, 'unsupported-version'],
    ['a document that is not a feed', { json: { hello: 'world' } }, 'not-a-feed'],
  ];
  for (const [what, answer, reason] of failures) {
    test(`the feed fails with ${what} after a good load: the last good schedule, "last updated", and Try again`, async () => {
      await withPage(browser, srv, {}, async ({ page }) => {
        await expectState(page, 'loaded');
        const good = await listedIds(page);
        assert.ok(good.length > 3);
        assert.equal(await page.locator(STALE).count(), 0, 'no notice while all is well');

        srv.override('feed.json', answer);
        await page.reload();
        await expectState(page, 'loaded', { timeout: 20000 });
        assert.deepEqual(await listedIds(page), good, 'the same windows as before');
        const notice = page.locator(STALE);
        await notice.waitFor({ timeout: 15000 });
        assert.equal(await notice.getAttribute('data-reason'), reason);
        const text = (await notice.textContent()).replace(/\s+/g, ' ');
        assert.match(text, /Showing the schedule as last updated/);
        assert.match(text, /The page keeps trying/);
        // Fetched at the fixed clock (2026-11-26T12:00Z), shown in the display zone (UTC).
        assert.equal(await notice.locator('time').getAttribute('datetime'), '2026-11-26T12:00:00+00:00');

        serveFixture(srv);
        await notice.locator('button').click();
        await until(async () => (await page.locator(STALE).count()) === 0, 'the notice goes once the feed is back');
        assert.deepEqual(await listedIds(page), good);
      });
    });
  }

  test('the widget says so too: its cards from the last good copy, with "Last updated … could not be reached"', async () => {
    await withPage(browser, srv, { path: '?view=widget' }, async ({ page }) => {
      await page.waitForSelector('article.widget-window', { timeout: 15000 });
      assert.equal(await page.locator('[data-notice="stale"]').count(), 0);
      const cards = await page.locator('article.widget-window').count();
      srv.override('feed.json', { status: 503 });
      await page.reload();
      await page.waitForSelector('[data-notice="stale"]', { timeout: 15000 });
      assert.equal(await page.locator('article.widget-window').count(), cards, 'the same cards');
      const notice = page.locator('[data-notice="stale"]');
      assert.match(await notice.textContent(), /Last updated .*the status feed could not be reached/);
      assert.equal(await notice.locator('time').getAttribute('datetime'), '2026-11-26T12:00:00+00:00');
    });
  });

  test('a stored copy of another feed is never shown; without a copy the error panel stays', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      // The copy names another page's config.json.
      await page.evaluate(() => localStorage.setItem('maintenance-window:last-good-config-url', 'https://elsewhere.example/config.json'));
      srv.override('feed.json', { status: 503 });
      await page.reload();
      await expectState(page, 'error');
      assert.equal(await page.locator(STALE).count(), 0);
    });
  });

  test('every 5 minutes while visible: new data appears without a reload, nothing blanks, filters stay', async () => {
    await withPage(browser, srv, { now: null, goto: false }, async ({ page }) => {
      await installClock(page, T0);
      await page.goto(srv.url);
      await expectState(page, 'loaded');
      await recordStates(page);
      await page.evaluate(() => (window.__sameDocument = true));
      const chip = page.locator('button.chip[data-region-filter="us-east"]');
      await chip.click();
      const before = await listedIds(page);
      assert.equal(feedRequests(srv), 1);

      const feed = fixtureFeed();
      feed.windows.push({
        id: 'added-by-refresh', title: 'Added later', region: 'us-east',
        start: '2026-12-15T03:00:00Z', end: '2026-12-15T04:00:00Z',
      });
      serveFixture(srv, { feed });
      await advance(page, 4 * MIN);
      assert.equal(feedRequests(srv), 1, 'not before 5 minutes');
      await advance(page, 1 * MIN + 5_000);
      await until(async () => (await listedIds(page)).includes('added-by-refresh'), 'the new window appears');
      assert.equal(feedRequests(srv), 2);
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
      assert.deepEqual(await page.evaluate(() => window.__states), [], 'section#upcoming never left "loaded"');
      assert.equal(await chip.getAttribute('aria-pressed'), 'true', 'the region filter is kept');
      assert.ok((await listedIds(page)).length === before.length + 1);
    });
  });

  test('hidden: no refresh however long; shown again after 5 minutes: one at once', async () => {
    await withPage(browser, srv, { now: null, goto: false }, async ({ page }) => {
      await installClock(page, T0);
      await page.goto(srv.url);
      await expectState(page, 'loaded');
      await setHidden(page, true);
      await advance(page, 30 * MIN, 60_000);
      assert.equal(feedRequests(srv), 1, 'nothing fetched while hidden');
      await setHidden(page, false);
      await until(() => feedRequests(srv) === 2, 'fetched as soon as it is seen again');
      await page.clock.runFor(1000);
      assert.equal(feedRequests(srv), 2, 'once');
    });
  });

  test('a failing refresh: the schedule stays, the notice appears, retries back off (15 s, 30 s, 1 min), recovery clears it', async () => {
    await withPage(browser, srv, { now: null, goto: false }, async ({ page }) => {
      await installClock(page, T0);
      // The (fake) time of every feed request, as the page makes it.
      await page.addInitScript(() => {
        window.__feedTimes = [];
        const fetch = window.fetch;
        window.fetch = function (input, init) {
          if (String(input && input.url ? input.url : input).includes('feed.json')) window.__feedTimes.push(Date.now());
          return fetch.call(this, input, init);
        };
      });
      await page.goto(srv.url);
      await expectState(page, 'loaded');
      const good = await listedIds(page);
      await recordStates(page);
      srv.override('feed.json', { status: 500 });

      await advance(page, 5 * MIN + 1000);
      await until(async () => (await page.locator(STALE).count()) === 1, 'the notice after the failed refresh');
      assert.deepEqual(await listedIds(page), good, 'the schedule stays');
      await advance(page, 2 * MIN, 1000);
      const times = await page.evaluate(() => window.__feedTimes);
      const gaps = times.slice(1).map((t, i) => Math.round((t - times[i]) / 1000));
      // load, refresh at 5 min, then retries after 15 s, 30 s, 60 s.
      assert.equal(gaps.length, 4, `feed requests at ${JSON.stringify(gaps)} s intervals`);
      const want = [300, 15, 30, 60];
      gaps.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= 2, `gap ${i}: ${g} s, expected about ${want[i]} s (${JSON.stringify(gaps)})`));
      assert.equal(feedRequests(srv), 5);

      serveFixture(srv);
      await advance(page, 2 * MIN, 1000);
      await until(async () => (await page.locator(STALE).count()) === 0, 'recovered');
      assert.deepEqual(await listedIds(page), good);
      assert.deepEqual(await page.evaluate(() => window.__states), [], 'never blank on the way');
    });
  });

  test('a feed over 5 MB is refused with its size, not parsed', async () => {
    const feed = fixtureFeed();
    feed.padding = 'x'.repeat(5 * 1024 * 1024 + 10);
    serveFixture(srv, { feed });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'error');
      const alert = page.locator('section#upcoming .load-error');
      assert.equal(await alert.getAttribute('data-reason'), 'too-large');
      assert.match(await alert.textContent(), /more than the 5120 KB this page reads/);
    });
  });

  test('10 050 windows, a 20 000-character title, FREQ=MINUTELY, COUNT=100000000: shown promptly, with notices', async () => {
    const feed = fixtureFeed();
    const region = feed.regions[0].id;
    for (let i = 0; i < 10_050; i++) {
      const start = Date.UTC(2030, 0, 1) + i * 3 * 3600_000;
      feed.windows.push({ id: `bulk-${i}`, title: 'Bulk', region, start: new Date(start).toISOString(), end: new Date(start + 3600_000).toISOString() });
    }
    feed.windows.unshift({ id: 'long-title', title: 'W'.repeat(20_000), region, start: '2026-12-20T01:00:00Z', end: '2026-12-20T02:00:00Z' });
    feed.recurring.push(
      { id: 'every-minute', title: 'Minutely', region, rrule: 'FREQ=MINUTELY', starts_on: '2026-11-01', start_time: '00:00', duration_minutes: 1 },
      { id: 'daily-forever', title: 'Daily', region, rrule: 'FREQ=DAILY;COUNT=100000000', starts_on: '2026-11-01', start_time: '05:00', duration_minutes: 30 },
    );
    serveFixture(srv, { feed, config: testConfig({ horizon_days: 3660 }) });
    await withPage(browser, srv, {}, async ({ page }) => {
      const t = Date.now();
      await expectState(page, 'loaded');
      const took = Date.now() - t;
      assert.ok(took < 10_000, `loaded in ${took} ms`);
      const skipped = await page.locator('[data-notice="skipped"]').textContent();
      assert.match(skipped, /entries in the feed could not be shown/);
      assert.match(await page.locator('[data-notice="shortened"]').textContent(), /1 text in the feed was longer than 10000 characters/);
      const ids = await listedIds(page);
      assert.ok(ids.includes('long-title'), 'the window with the long title is shown');
      assert.ok(ids.some((id) => id.startsWith('daily-forever/')), 'the huge COUNT rule is shown within the horizon');
      assert.ok(!ids.some((id) => id.startsWith('every-minute')), 'FREQ=MINUTELY is left out');
      assert.ok(ids.length <= 5000, `${ids.length} listed`);
      const title = await page.locator('li.window[data-window-id="long-title"] [data-field="title"]').textContent();
      assert.equal(title.trim().length, 10_001, 'the title is cut at 10 000 characters (and an ellipsis)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `no sideways scrolling (${overflow} px)`);
    });
  });
});
