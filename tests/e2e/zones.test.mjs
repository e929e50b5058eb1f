// Local times: the fixture feed rendered in several browser zones and locales,
// compared with fixtures/expected.json (generated independently by gen_expected.py).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertContainsTime,
  assertWindowsMatch,
  dateLocale,
  displayZone,
  expectState,
  expected,
  intlTime,
  pageLanguage,
  readWindows,
  tr,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

// timezoneId given to Chromium, its locale, and the canonical name the page must show.
// The page shows de-DE, ja-JP and es-CL in German, Japanese and Spanish, with
// each browser's own date conventions (pageLanguage and dateLocale in lib.mjs).
const ZONES = [
  { tz: 'America/New_York', locale: 'en-US', zone: 'America/New_York' },
  { tz: 'Europe/Berlin', locale: 'de-DE', zone: 'Europe/Berlin' },
  // Chromium reports the legacy link name Asia/Katmandu for this one.
  { tz: 'Asia/Kathmandu', locale: 'en-GB', zone: 'Asia/Kathmandu' },
  // ... and Asia/Calcutta for this one.
  { tz: 'Asia/Calcutta', locale: 'en-IN', zone: 'Asia/Kolkata' },
  { tz: 'Australia/Sydney', locale: 'en-AU', zone: 'Australia/Sydney' },
  { tz: 'America/Santiago', locale: 'es-CL', zone: 'America/Santiago' },
  { tz: 'Pacific/Chatham', locale: 'en-NZ', zone: 'Pacific/Chatham' },
  { tz: 'Asia/Tokyo', locale: 'ja-JP', zone: 'Asia/Tokyo' },
  { tz: 'UTC', locale: 'en-GB', zone: 'UTC' },
];

const STATUS_MESSAGE = { scheduled: 'Scheduled', in_progress: 'In progress', completed: 'Completed', cancelled: 'Cancelled' };

describe('local times in the browser zone', () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  test('expected.json is consistent with the zones under test', () => {
    for (const { zone } of ZONES) assert.ok(exp.display_zones.includes(zone), `expected.json lacks ${zone}; run gen_expected.py`);
    assert.ok(exp.windows.length >= 20);
    assert.ok(exp.windows.some((w) => w.status === 'cancelled'));
    assert.ok(exp.windows.some((w) => w.status === 'in_progress'));
  });

  for (const { tz, locale, zone } of ZONES) {
    test(`${tz} (${locale}) shows every window at the right local time`, { timeout: 60_000 }, async () => {
      await withPage(browser, srv, { timezoneId: tz, locale }, async ({ page }) => {
        await expectState(page, 'loaded');
        assert.equal(await displayZone(page), zone, '[data-display-zone]');
        assert.equal(await page.locator('[data-notice="zone-fallback"]').count(), 0, 'no zone-fallback notice for a known zone');
        assert.equal(await page.locator('[data-notice="skipped"]').count(), 0, 'no skipped notice for a valid feed');

        const got = await readWindows(page);
        const lang = pageLanguage(locale);
        assertWindowsMatch(got, exp, zone, dateLocale(locale));

        for (const [i, e] of exp.windows.entries()) {
          const w = got[i];
          const at = `[${zone}] li.window[data-window-id="${e.id}"]`;
          assert.equal(w.title, e.title, `${at} [data-field="title"]`);
          assert.ok(w.regionName?.includes(e.region_name), `${at} [data-field="region"] should contain "${e.region_name}", got ${JSON.stringify(w.regionName)}`);
          assert.ok(w.kind, `${at} [data-field="kind"] present and not empty`);
          // The feed's kind as a label ("infrastructure" → "Infrastructure"), in the page's language.
          const kindLabel = tr(lang, e.kind[0].toUpperCase() + e.kind.slice(1).replace(/[_-]/g, ' '));
          assert.equal(w.kind, kindLabel, `${at} [data-field="kind"] is "${e.kind}" in ${lang}`);
          assert.ok(w.statusText, `${at} [data-field="status"] present and not empty`);
          assert.equal(w.statusText, tr(lang, STATUS_MESSAGE[e.status]), `${at} [data-field="status"] in ${lang}`);
          if (e.has_downtime) assert.ok(w.downtime, `${at} [data-field="downtime"] present (feed gives expected_downtime_minutes)`);
          else assert.equal(w.downtime, null, `${at} [data-field="downtime"] absent (feed gives no expected_downtime_minutes)`);
        }
      });
    });
  }

  test('a clock-change window: visible start and end differ although the wall times coincide (Santiago)', { timeout: 60_000 }, async () => {
    // cl-dst-end runs 23:30 -03:00 -> 23:30 -04:00: one real hour, same wall time twice.
    await withPage(browser, srv, { timezoneId: 'America/Santiago', locale: 'es-CL' }, async ({ page }) => {
      await expectState(page, 'loaded');
      const w = (await readWindows(page)).find((x) => x.id === 'cl-dst-end');
      assert.ok(w, 'cl-dst-end listed');
      assert.equal(w.start.datetime, '2027-04-03T23:30:00-03:00');
      assert.equal(w.end.datetime, '2027-04-03T23:30:00-04:00');
      // es-CL: the page is in Spanish, its times in es-CL (see ZONES).
      const t = intlTime(dateLocale('es-CL'), 'America/Santiago', '2027-04-04T02:30:00Z');
      assertContainsTime(w.start.text, t, 'cl-dst-end start');
      assertContainsTime(w.end.text, t, 'cl-dst-end end');
    });
  });
});
