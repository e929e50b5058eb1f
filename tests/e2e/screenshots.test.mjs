// Screenshots of the page and the widget in Arabic (right to left) and
// Simplified Chinese, compared with the reference images in screenshots/,
// so that mirroring and glyphs cannot break silently: a page that stops
// mirroring, or a font that goes missing (boxes instead of glyphs), changes
// far more than the tolerance.
//
// The clock, zone, locale, viewport and feed are fixed; animations are off.
// The fonts come from Debian's fonts-noto-core and fonts-noto-cjk, which
// `make test` installs (tool-fonts).
//
// After an intended change of the look: UPDATE_SCREENSHOTS=1 node --test
// screenshots.test.mjs (from tests/e2e, with DIST set as `make test-e2e`
// does), look at the new images, and commit them. A failing comparison
// leaves the actual image and a diff in test-results/.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expectState, serveFixture, testConfig, withPage, useBrowserAndServer } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REFERENCES = path.join(HERE, 'screenshots');
const RESULTS = path.join(HERE, 'test-results');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
// pixelmatch's per-pixel colour threshold, and the share of pixels that may
// differ (anti-aliasing): a mirrored layout or a missing font changes tens
// of percent.
const THRESHOLD = 0.1;
const MAX_DIFFERENT = 0.005;

const CASES = [
  { name: 'ar-page', locale: 'ar-EG', timezoneId: 'Africa/Cairo', path: '', viewport: { width: 800, height: 1000 } },
  { name: 'ar-widget', locale: 'ar-EG', timezoneId: 'Africa/Cairo', path: '?view=widget', viewport: { width: 420, height: 560 } },
  { name: 'zh-CN-page', locale: 'zh-CN', timezoneId: 'Asia/Shanghai', path: '', viewport: { width: 800, height: 1000 } },
  { name: 'zh-CN-widget', locale: 'zh-CN', timezoneId: 'Asia/Shanghai', path: '?view=widget', viewport: { width: 420, height: 560 } },
];

describe('screenshots in Arabic and Chinese', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions', calendar_url: 'calendar.ics' }) }) });

  for (const c of CASES) {
    test(`${c.name} looks like screenshots/${c.name}.png`, { timeout: 60_000 }, async () => {
      await withPage(browser, srv, { locale: c.locale, timezoneId: c.timezoneId, goto: false }, async ({ page }) => {
        await page.setViewportSize(c.viewport);
        await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
        await page.goto(srv.url + c.path);
        if (c.path.includes('view=widget')) await page.waitForSelector('article.widget-window', { timeout: 15000 });
        else await expectState(page, 'loaded');
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(200);
        const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
        const reference = path.join(REFERENCES, `${c.name}.png`);
        if (UPDATE) {
          mkdirSync(REFERENCES, { recursive: true });
          writeFileSync(reference, shot);
          return;
        }
        assert.ok(existsSync(reference), `no reference image ${reference}: run with UPDATE_SCREENSHOTS=1 and commit it`);
        const want = PNG.sync.read(readFileSync(reference));
        const got = PNG.sync.read(shot);
        assert.deepEqual([got.width, got.height], [want.width, want.height], 'same size as the reference');
        const diff = new PNG({ width: want.width, height: want.height });
        const different = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: THRESHOLD });
        const share = different / (want.width * want.height);
        if (share > MAX_DIFFERENT) {
          mkdirSync(RESULTS, { recursive: true });
          writeFileSync(path.join(RESULTS, `${c.name}.actual.png`), shot);
          writeFileSync(path.join(RESULTS, `${c.name}.diff.png`), PNG.sync.write(diff));
        }
        assert.ok(
          share <= MAX_DIFFERENT,
          `${c.name}: ${(share * 100).toFixed(2)} % of the pixels differ from the reference (at most ${MAX_DIFFERENT * 100} %); see test-results/${c.name}.diff.png`,
        );
      });
    });
  }
});
