// The same build served under a deep sub-path (as on a CDN) loads every asset,
// config.json and the feed relative to where index.html lives.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  DEFAULT_ROOT,
  assertWindowsMatch,
  expectState,
  expected,
  readWindows,
  serveFixture,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const PREFIX = '/some/deep/path/';

describe(`served under ${PREFIX}`, () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { server: { prefix: PREFIX }, each: () => {} });

  function assertAllUnderPrefix(responses) {
    const outside = srv.requests.filter((r) => !r.path.startsWith(PREFIX) && r.path !== '/favicon.ico');
    assert.deepEqual(outside.map((r) => r.url), [], `requests outside ${PREFIX} (absolute URLs in the build?)`);
    const failed = responses.filter((r) => r.status >= 400 && !r.url.endsWith('/favicon.ico'));
    assert.deepEqual(failed, [], 'failed responses');
  }

  for (const entry of ['', 'index.html']) {
    test(`${PREFIX}${entry} with the fixture feed shows the windows`, { timeout: 60_000 }, async () => {
      serveFixture(srv); // config.json and feed.json under the prefix
      await withPage(browser, srv, { path: entry }, async ({ page, responses }) => {
        await expectState(page, 'loaded');
        assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');
        assert.equal(srv.requestsTo('config.json').length, 1, `${PREFIX}config.json fetched`);
        assert.equal(srv.requestsTo('feed.json').length, 1, `${PREFIX}feed.json fetched`);
        assertAllUnderPrefix(responses);
      });
    });
  }

  test(`${PREFIX} with the built config.json and sample feed shows windows`, { timeout: 60_000 }, async (t) => {
    if (!existsSync(path.join(DEFAULT_ROOT, 'config.json'))) return t.skip('no config.json in dist');
    await withPage(browser, srv, { now: null }, async ({ page, responses }) => {
      await expectState(page, 'loaded');
      assert.ok(await page.locator('li.window[data-window-id]').count() >= 1, 'at least one li.window');
      assertAllUnderPrefix(responses);
    });
  });
});
