// Loading and empty states, the document title, and how feed_url is resolved.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertWindowsMatch,
  expectState,
  expected,
  fixtureFeed,
  readWindows,
  serveFixture,
  testConfig,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

describe('page states', () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  test('while the feed is on its way: data-state="loading" with an aria-busy skeleton', { timeout: 60_000 }, async () => {
    srv.override('feed.json', { json: fixtureFeed(), delay: 2500 });
    await withPage(browser, srv, { goto: false }, async ({ page }) => {
      await page.goto(srv.url, { waitUntil: 'commit' });
      await page.waitForSelector(
        'section#upcoming[data-state="loading"][aria-busy="true"], section#upcoming[data-state="loading"] [aria-busy="true"]',
        { timeout: 10000, state: 'attached' },
      );
      assert.equal(await page.locator('section#upcoming li.window[data-window-id]').count(), 0, 'nothing listed live while loading');
      // Meanwhile index.html's schedule snapshot is what shows (the live page is hidden).
      assert.ok(await page.locator('#boot #snapshot li.window').first().isVisible(), 'the snapshot shows while loading');
      assert.equal(await page.locator('section#upcoming').isVisible(), false, 'the live page waits for its data');
      await expectState(page, 'loaded');
      assert.equal(await page.locator('section#upcoming [aria-busy="true"]').count(), 0, 'skeleton gone once loaded');
      assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');
    });
  });

  test('nothing in the horizon: a [data-empty] message, no list items', { timeout: 60_000 }, async () => {
    const feed = fixtureFeed();
    // Keep only what is over or beyond the 180-day horizon.
    feed.windows = feed.windows.filter((w) => ['us-past-upgrade', 'eu-beyond-horizon'].includes(w.id));
    feed.recurring = [];
    serveFixture(srv, { feed });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const empty = page.locator('section#upcoming [data-empty]');
      assert.equal(await empty.count(), 1, 'section#upcoming [data-empty] present');
      assert.ok(await empty.isVisible(), '[data-empty] visible');
      assert.ok(((await empty.textContent()) || '').trim().length > 0, '[data-empty] has a message');
      assert.equal(await page.locator('ol.window-list > li.window[data-window-id]').count(), 0, 'no upcoming li.window');
      // The past window is listed under "Recent maintenance", collapsed.
      const recent = page.locator('details.recent li.window[data-window-id="us-past-upgrade"]');
      assert.equal(await recent.count(), 1, 'the past window is in details.recent');
      assert.equal(await page.locator('details.recent[open]').count(), 0, 'recent maintenance starts collapsed');
    });
  });

  test('horizon_days from config limits the list (30 days)', { timeout: 60_000 }, async () => {
    serveFixture(srv, { config: testConfig({ horizon_days: 30 }) });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const limit = Date.parse(exp.now) + 30 * 86400e3;
      const want = exp.windows.filter((w) => Date.parse(w.start_utc) < limit).map((w) => w.id);
      assert.ok(want.length > 0 && want.length < exp.windows.length);
      assert.deepEqual((await readWindows(page)).map((w) => w.id), want, 'data-window-id list with horizon_days=30');
    });
  });

  test('default horizon is 90 days when config has none', { timeout: 60_000 }, async () => {
    serveFixture(srv, { config: { feed_url: 'feed.json' } });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const limit = Date.parse(exp.now) + 90 * 86400e3;
      const want = exp.windows.filter((w) => Date.parse(w.start_utc) < limit).map((w) => w.id);
      assert.deepEqual((await readWindows(page)).map((w) => w.id), want, 'data-window-id list with the default horizon');
    });
  });

  test('document title is config.title', { timeout: 60_000 }, async () => {
    serveFixture(srv, { config: testConfig({ title: 'Globex planned maintenance' }) });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await page.title(), 'Globex planned maintenance');
    });
  });

  test('document title defaults to "Maintenance windows"', { timeout: 60_000 }, async () => {
    serveFixture(srv, { config: { feed_url: 'feed.json', horizon_days: 180 } });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await page.title(), 'Maintenance windows');
    });
  });

  test('feed_url is resolved relative to config.json (nested path)', { timeout: 60_000 }, async () => {
    srv.override('data/v1/feed-e2e.json', { json: fixtureFeed() });
    srv.override('config.json', { json: testConfig({ feed_url: 'data/v1/feed-e2e.json' }) });
    srv.override('feed.json', { status: 404 }); // must not be used
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(srv.requestsTo('/data/v1/feed-e2e.json').length, 1, 'feed fetched from /data/v1/feed-e2e.json');
      assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');
    });
  });

  test('feed_url may be an absolute http: URL', { timeout: 60_000 }, async () => {
    srv.override('elsewhere/abs-feed.json', { json: fixtureFeed() });
    srv.override('config.json', { json: testConfig({ feed_url: `${srv.origin}/elsewhere/abs-feed.json` }) });
    srv.override('feed.json', { status: 404 });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(srv.requestsTo('/elsewhere/abs-feed.json').length, 1, 'absolute feed_url fetched');
      assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');
    });
  });
});
