// The build's own config.json and sample feed show at least one window
// whatever the date (the sample must use recurring rules, not fixed dates).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { DEFAULT_ROOT, expectState, readWindows, withPage, useBrowserAndServer } from './lib.mjs';

const DATES = [
  ['today', new Date().toISOString()],
  ['2027-06-15', '2027-06-15T09:00:00Z'],
  ['2030-02-28', '2030-02-28T23:30:00Z'],
];

describe('the built sample (dist/config.json + its feed)', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: null });

  test('dist has index.html, config.json with a feed_url, and that feed', () => {
    for (const f of ['index.html', 'config.json']) {
      assert.ok(readFileSync(path.join(DEFAULT_ROOT, f)).length > 0, `dist/${f}`);
    }
    const cfg = JSON.parse(readFileSync(path.join(DEFAULT_ROOT, 'config.json'), 'utf8'));
    assert.equal(typeof cfg.feed_url, 'string', 'dist/config.json feed_url');
    const feedPath = new URL(cfg.feed_url, 'http://x/').pathname;
    if (!/^https?:/.test(cfg.feed_url)) {
      const feed = JSON.parse(readFileSync(path.join(DEFAULT_ROOT, feedPath), 'utf8'));
      assert.equal(feed.feed_version, 1, 'sample feed_version');
    }
  });

  for (const [name, now] of DATES) {
    for (const [tz, locale] of [['Europe/Berlin', 'de-DE'], ['Pacific/Chatham', 'en-NZ']]) {
      test(`clock at ${name}, ${tz}: at least one window`, { timeout: 60_000 }, async () => {
        await withPage(browser, srv, { now, timezoneId: tz, locale }, async ({ page }) => {
          await expectState(page, 'loaded');
          const ws = await readWindows(page);
          assert.ok(ws.length >= 1, `at least one li.window at ${now}`);
          const t = Date.parse(now);
          for (const w of ws) {
            assert.ok(w.start?.datetime && w.end?.datetime, `${w.id}: start/end datetime`);
            assert.ok(Date.parse(w.end.datetime) > t, `${w.id} listed though it ended (${w.end.datetime}) before ${now}`);
          }
        });
      });
    }
  }
});
