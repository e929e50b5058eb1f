// The tz data the page carries: zones whose rules changed in 2026 show the
// times of the release the build carries (IANA 2026f when this was written),
// and the page says which release that is.
//
// America/Vancouver stays on UTC-7 from November 2026, America/Havana on
// UTC-4, and Africa/Casablanca moved too: on older tables (chrono-tz's own
// 2025b) every one of these times was an hour off. The expected values come
// from Python's zoneinfo on the same release (gen_expected.py, pinned PyPI
// tzdata), and the visible text is checked against the expected wall clock,
// not against Node's or Chromium's own (older, and not the page's) tz data.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertWindowsMatch, displayZone, expectState, expected, readWindows, textOf, withPage, useBrowserAndServer } from './lib.mjs';

/** "UTC-7", "UTC+5:45", "UTC": how the zone line names an offset. */
function offsetLabel(seconds) {
  if (seconds === 0) return 'UTC';
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

const CHANGED_IN_2026 = [
  { tz: 'America/Vancouver', locale: 'en-CA' },
  { tz: 'America/Havana', locale: 'en-US' },
  { tz: 'Africa/Casablanca', locale: 'en-GB' },
];

describe('tz data of the current IANA release', () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  test('the fixture covers these zones in December 2026, on a named release', () => {
    assert.match(exp.tzdata, /^20\d\d[a-z]$/);
    for (const { tz } of CHANGED_IN_2026) {
      assert.ok(exp.display_zones.includes(tz), `expected.json lacks ${tz}; run gen_expected.py`);
      assert.ok(
        exp.windows.some((w) => w.start[tz].startsWith('2026-12-')),
        `${tz}: a window in December 2026`,
      );
    }
  });

  for (const { tz, locale } of CHANGED_IN_2026) {
    test(`${tz}: times, zone line and tz release are the release's`, { timeout: 60_000 }, async () => {
      await withPage(browser, srv, { timezoneId: tz, locale }, async ({ page }) => {
        assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), tz);
        await expectState(page, 'loaded');
        assert.equal(await displayZone(page), tz);
        assert.equal(await page.locator('[data-notice="zone-fallback"]').count(), 0);

        // "Times are shown in America/Vancouver (UTC-7)."
        const line = await textOf(page, '.zone-line');
        assert.ok(line.includes(`${tz} (${offsetLabel(exp.offsets_now[tz])})`), `zone line ${JSON.stringify(line)} names ${offsetLabel(exp.offsets_now[tz])}`);

        // Every window, December 2026 included: datetime attributes and visible times.
        assertWindowsMatch(await readWindows(page), exp, tz, locale);

        // The release, quietly under the zone picker.
        const release = page.locator('[data-tzdata]');
        assert.equal(await release.count(), 1);
        assert.equal(await release.getAttribute('data-tzdata'), exp.tzdata);
        assert.ok(await release.isVisible(), 'the tz release line is visible');
        assert.equal((await release.textContent()).replace(/\s+/g, ' ').trim(), `Time-zone data: IANA ${exp.tzdata}`);
      });
    });
  }
});
