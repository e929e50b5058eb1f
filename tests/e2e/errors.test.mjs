// Failure modes: every load error is a clear on-page message with a "Try again"
// button, never a blank page and never an uncaught page error.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertWindowsMatch,
  expectState,
  expected,
  fixtureFeed,
  readWindows,
  serveFixture,
  startServer,
  waitForState,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const MENTIONS = { config: /config/i, feed: /feed|schedule/i };

/** Assert the error state for `source`/`reason` on a settled page. */
async function assertLoadError(page, source, reason, { settleTimeout = 15000 } = {}) {
  await expectState(page, 'error', { timeout: settleTimeout });
  const alert = page.locator('section#upcoming [role="alert"].load-error');
  assert.equal(await alert.count(), 1, 'exactly one section#upcoming [role="alert"].load-error');
  assert.equal(await alert.getAttribute('data-source'), source, '.load-error[data-source]');
  assert.equal(await alert.getAttribute('data-reason'), reason, '.load-error[data-reason]');
  assert.ok(await alert.isVisible(), 'the alert is visible');
  const msg = ((await alert.textContent()) || '').replace(/\s+/g, ' ').trim();
  assert.ok(msg.length >= 10, `the alert has a human message, got ${JSON.stringify(msg)}`);
  assert.match(msg, MENTIONS[source], `the message names what failed (${source}): ${JSON.stringify(msg)}`);
  const retry = page.locator('section#upcoming').getByRole('button', { name: /try again/i });
  assert.equal(await retry.count(), 1, 'one "Try again" button in section#upcoming');
  assert.ok(await retry.isVisible(), '"Try again" visible');
  // A baked page keeps its schedule snapshot under the error (snapshot.test.mjs); no live window.
  assert.equal(await page.locator('li.window[data-window-id]:not(#snapshot *)').count(), 0, 'no windows listed in the error state');
  const body = (await page.evaluate(() => document.body.innerText)).trim();
  assert.ok(body.length > 0, 'the page is not blank');
  return retry;
}

const feedWith = (patch) => ({ ...fixtureFeed(), ...patch });

const CASES = [
  // [name, path, override, source, reason, config override (optional)]
  ['config.json 404', 'config.json', { status: 404 }, 'config', 'not-found'],
  ['config.json 500', 'config.json', { status: 500 }, 'config', 'http'],
  ['config.json bad JSON', 'config.json', { body: '{"feed_url": "feed.json",' }, 'config', 'bad-json'],
  ['config.json without feed_url', 'config.json', { json: { title: 'No feed here', horizon_days: 30 } }, 'config', 'invalid-config'],
  ['config.json feed_url not a string', 'config.json', { json: { feed_url: 42 } }, 'config', 'invalid-config'],
  ['config.json connection dropped', 'config.json', { destroy: true }, 'config', 'network'],
  ['feed 404', 'feed.json', { status: 404 }, 'feed', 'not-found'],
  ['feed 500', 'feed.json', { status: 500 }, 'feed', 'http'],
  ['feed 503', 'feed.json', { status: 503, body: '<h1>Service Unavailable</h1>', headers: { 'Content-Type': 'text/html' } }, 'feed', 'http'],
  ['feed bad JSON', 'feed.json', { body: '{"feed_version": 1, "regions": [' }, 'feed', 'bad-json'],
  ['feed is an array', 'feed.json', { json: [] }, 'feed', 'not-a-feed'],
  ['feed is some other object', 'feed.json', { json: { hello: 1 } }, 'feed', 'not-a-feed'],
  ['feed_version 2', 'feed.json', { json: feedWith({ feed_version: 2 }) }, 'feed', 'unsupported-version'],
  ['feed connection dropped', 'feed.json', { destroy: true }, 'feed', 'network'],
];

describe('load errors', () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  for (const [name, p, ov, source, reason] of CASES) {
    test(`${name} -> data-source="${source}" data-reason="${reason}"`, { timeout: 60_000 }, async () => {
      srv.override(p, ov);
      await withPage(browser, srv, {}, async ({ page }) => {
        await assertLoadError(page, source, reason);
        if (source === 'config') assert.equal(srv.requestsTo('feed.json').length, 0, 'no feed request without a usable config');
      });
    });
  }

  test('a request with no answer times out after 10 s (config and feed)', { timeout: 90_000 }, async () => {
    const srv2 = await startServer();
    try {
      serveFixture(srv2);
      srv.override('config.json', { hang: true });
      srv2.override('feed.json', { hang: true });
      const run = (server, source) =>
        withPage(browser, server, {}, async ({ page }) => {
          const t0 = Date.now();
          await assertLoadError(page, source, 'timeout', { settleTimeout: 25000 });
          const waited = Date.now() - t0;
          assert.ok(waited >= 8500, `the ${source} timeout fired after ${waited} ms; the contract says 10 s`);
        });
      await Promise.all([run(srv, 'config'), run(srv2, 'feed')]);
    } finally {
      await srv2.close();
    }
  });

  test('after a feed 500, "Try again" with the server fixed shows the windows', { timeout: 60_000 }, async () => {
    srv.override('feed.json', { status: 500 });
    await withPage(browser, srv, {}, async ({ page }) => {
      const retry = await assertLoadError(page, 'feed', 'http');
      const before = srv.requestsTo('feed.json').length;
      serveFixture(srv);
      await retry.click();
      await waitForState(page, 'loaded');
      assert.ok(srv.requestsTo('feed.json').length > before, 'the feed was requested again');
      assert.equal(await page.locator('[role="alert"].load-error').count(), 0, 'the error is gone');
      assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');
    });
  });

  test('after a config.json 404, "Try again" with the file back shows the windows', { timeout: 60_000 }, async () => {
    srv.override('config.json', { status: 404 });
    await withPage(browser, srv, {}, async ({ page }) => {
      const retry = await assertLoadError(page, 'config', 'not-found');
      serveFixture(srv);
      await retry.click();
      await waitForState(page, 'loaded');
      assert.ok(srv.requestsTo('config.json').length >= 2, 'config.json was requested again');
      assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');
    });
  });

  test('"Try again" that fails again stays a clear error (feed 500 twice)', { timeout: 60_000 }, async () => {
    srv.override('feed.json', { status: 500 });
    await withPage(browser, srv, {}, async ({ page }) => {
      const retry = await assertLoadError(page, 'feed', 'http');
      srv.override('feed.json', { status: 404 });
      await retry.click();
      // Wait for the second answer to be rendered, whatever the intermediate state.
      await page.waitForSelector('section#upcoming [role="alert"].load-error[data-reason="not-found"]', { timeout: 15000 });
      await assertLoadError(page, 'feed', 'not-found');
    });
  });
});

describe('a feed with some invalid entries', () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: null });

  const badRegion = {
    id: 'bad-unknown-region',
    title: 'On a region that does not exist',
    region: 'mars-north-1',
    start: '2026-12-20T10:00:00Z',
    end: '2026-12-20T11:00:00Z',
    kind: 'infrastructure',
  };
  const badOrder = {
    id: 'bad-end-before-start',
    title: 'Ends before it starts',
    region: 'us-east',
    start: '2026-12-21T10:00:00Z',
    end: '2026-12-21T09:00:00Z',
    kind: 'infrastructure',
  };
  const badRule = {
    id: 'bad-rrule',
    title: 'Unparseable rule',
    region: 'eu-central',
    rrule: 'FREQ=SOMETIMES',
    starts_on: '2026-12-01',
    start_time: '03:00',
    duration_minutes: 60,
  };

  for (const [name, windows, recurring, count] of [
    ['2 invalid windows (unknown region, end before start)', [badRegion, badOrder], [], 2],
    ['3 invalid entries (plus a bad rrule)', [badRegion, badOrder], [badRule], 3],
  ]) {
    test(`${name}: the valid ones show, with a notice counting ${count}`, { timeout: 60_000 }, async () => {
      const feed = fixtureFeed();
      feed.windows.push(...windows);
      feed.recurring.push(...recurring);
      srv.clearOverrides();
      serveFixture(srv, { feed });
      await withPage(browser, srv, {}, async ({ page }) => {
        await expectState(page, 'loaded');
        assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');
        const notice = page.locator('[data-notice="skipped"]');
        assert.equal(await notice.count(), 1, '[data-notice="skipped"] present');
        assert.ok(await notice.isVisible(), '[data-notice="skipped"] visible');
        const text = (await notice.textContent()).replace(/\s+/g, ' ').trim();
        assert.match(text, new RegExp(`(^|\\D)${count}(\\D|$)`), `the notice gives the count ${count}: ${JSON.stringify(text)}`);
        assert.match(text, /could not be shown/i, `notice wording: ${JSON.stringify(text)}`);
      });
    });
  }
});
