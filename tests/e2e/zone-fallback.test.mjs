// A browser zone the page cannot use: times fall back to UTC with a notice.
//
// Chromium (ICU) accepts some zone ids that are not in the IANA database that
// chrono-tz is built from: "Etc/Unknown" (CLDR's unknown zone; tzdata's
// etcetera file says explicitly that it does not exist) and the long-removed
// "SystemV/AST4" (fixed UTC-4). Intl reports them verbatim.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertWindowsMatch,
  displayZone,
  expectState,
  expected,
  readWindows,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

describe('unknown browser zone', () => {
  let browser;
  let srv;
  const exp = expected();

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  for (const { tz, locale } of [
    { tz: 'Etc/Unknown', locale: 'en-US' },
    { tz: 'SystemV/AST4', locale: 'en-GB' },
  ]) {
    test(`${tz}: the page says so and shows times in UTC`, { timeout: 60_000 }, async () => {
      await withPage(browser, srv, { timezoneId: tz, locale }, async ({ page }) => {
        // Guard: the browser really reports the unusual id (else this test proves nothing).
        assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), tz);
        await expectState(page, 'loaded');
        assert.equal(await displayZone(page), 'UTC', '[data-display-zone] falls back to UTC');
        const notice = page.locator('[data-notice="zone-fallback"]');
        assert.equal(await notice.count(), 1, '[data-notice="zone-fallback"] present');
        assert.ok(await notice.isVisible(), '[data-notice="zone-fallback"] visible');
        assert.ok((await notice.textContent()).trim().length > 0, 'zone-fallback notice has text');
        assertWindowsMatch(await readWindows(page), exp, 'UTC', locale);
      });
    });
  }
});
