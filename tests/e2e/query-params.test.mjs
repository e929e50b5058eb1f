// A query parameter (or fragment) must never point the page at another feed,
// config or endpoint: every request stays on the test server's origin and the
// feed shown is the one config.json names.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertWindowsMatch,
  expectState,
  expected,
  readWindows,
  serveFixture,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const EVIL = 'http://evil.example/feed.json';

const ATTACKS = [
  `?feed=${encodeURIComponent(EVIL)}`,
  `?feed_url=${encodeURIComponent(EVIL)}`,
  `?feed_url=${EVIL}&feed=${EVIL}&config=http://evil.example/config.json&config_url=http://evil.example/config.json&subscribe_url=http://evil.example/sub&faq_url=http://evil.example/faq.json`,
  // Same-origin paths must not be honoured either.
  '?feed=/attacker/feed.json&feed_url=attacker/feed.json&config=/attacker/config.json',
  `#feed=${encodeURIComponent(EVIL)}&feed_url=${encodeURIComponent(EVIL)}`,
];

describe('query parameters cannot redirect the page', () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    each: (srv) => {
      serveFixture(srv);
      // A plausible alternative feed on our own origin; it must never be fetched.
      srv.override('/attacker/feed.json', { json: { feed_version: 1, regions: [], windows: [] } });
      srv.override('/attacker/config.json', { json: { feed_url: '/attacker/feed.json' } });
    },
  });

  for (const attack of ATTACKS) {
    test(`index.html${attack.length > 70 ? attack.slice(0, 70) + '…' : attack}`, { timeout: 60_000 }, async () => {
      await withPage(browser, srv, { path: attack }, async ({ page, requests }) => {
        await expectState(page, 'loaded');
        assertWindowsMatch(await readWindows(page), exp, 'UTC', 'en-GB');

        const foreign = requests.filter((u) => new URL(u).host !== srv.host);
        assert.deepEqual(foreign, [], `requests to another host than ${srv.host}`);
        assert.ok(requests.length > 0, 'requests were recorded');
        assert.equal(srv.requestsTo('/attacker/feed.json').length, 0, 'the attacker path was not fetched');
        assert.equal(srv.requestsTo('/attacker/config.json').length, 0, 'the attacker config was not fetched');
        const evil = srv.requests.filter((r) => /evil|attacker/i.test(r.path));
        assert.deepEqual(evil.map((r) => r.url), [], 'no server request path derived from the query');
        const feedReqs = srv.requestsTo('feed.json');
        assert.equal(feedReqs.length, 1, 'the feed named by config.json was fetched once');
        assert.equal(srv.requestsTo('config.json').length, 1, 'config.json fetched once');
      });
    });
  }
});
