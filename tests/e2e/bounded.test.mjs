// A long schedule is drawn a screenful at a time (issue 15): the first 50
// windows, then "Show N more"; a link to a window further down draws it and
// scrolls to it; region filters work over every window, drawn or not.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { FIXED_NOW, expectState, readWindows, serveFixture, testConfig, until, useBrowserAndServer, withPage } from './lib.mjs';

/** `n` daily windows in region `a` from 27 Nov 2026, then 5 in region `b` after them. */
function longFeed(n = 70) {
  const day = (i) => new Date(Date.UTC(2026, 10, 27 + i, 10)).toISOString();
  const end = (i) => new Date(Date.UTC(2026, 10, 27 + i, 11)).toISOString();
  return {
    feed_version: 1,
    regions: [
      { id: 'a', name: 'Region A', time_zone: 'UTC' },
      { id: 'b', name: 'Region B', time_zone: 'Europe/Berlin' },
    ],
    windows: [
      ...Array.from({ length: n }, (_, i) => ({ id: `w${i}`, region: 'a', title: `Window ${i}`, start: day(i), end: end(i) })),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `b${i}`, region: 'b', title: `B ${i}`, start: day(n + i), end: end(n + i) })),
    ],
  };
}

describe('a long schedule, drawn a screenful at a time', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { feed: longFeed(), config: testConfig() }) });

  test('the first 50 windows, then "Show 25 more" draws the rest', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      let ids = (await readWindows(page)).map((w) => w.id);
      assert.deepEqual(ids, Array.from({ length: 50 }, (_, i) => `w${i}`));
      const more = page.locator('section#upcoming button[data-action="show-more"]');
      assert.equal(await more.innerText(), 'Show 25 more');
      await more.click();
      await until(async () => (await readWindows(page)).length === 75, 'every window drawn');
      ids = (await readWindows(page)).map((w) => w.id);
      assert.deepEqual(ids.slice(-6), ['w69', 'b0', 'b1', 'b2', 'b3', 'b4']);
      assert.equal(await more.count(), 0, 'nothing left to show');
    });
  });

  test('a link to a window not drawn yet draws it and scrolls to it', async () => {
    await withPage(browser, srv, { path: '#w64' }, async ({ page }) => {
      await expectState(page, 'loaded');
      await until(async () => (await readWindows(page)).length === 65, 'drawn down to w64');
      await until(
        () => page.evaluate(() => {
          const r = document.querySelector('section#upcoming li[data-window-id="w64"]').getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
        'w64 is on screen',
      );
    });
  });

  test('a region filter works over every window, drawn or not', async () => {
    await withPage(browser, srv, { path: '?region=b' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.deepEqual((await readWindows(page)).map((w) => w.id), ['b0', 'b1', 'b2', 'b3', 'b4']);
      assert.equal(await page.locator('section#upcoming button[data-action="show-more"]').count(), 0);
    });
  });
});

/** 60 one-hour windows that ended in the last 25 days (p0 the latest), and one upcoming. */
function pastFeed() {
  const now = Date.parse(FIXED_NOW);
  const at = (h) => new Date(now - h * 3600000).toISOString();
  return {
    feed_version: 1,
    regions: [{ id: 'a', name: 'Region A', time_zone: 'UTC' }],
    windows: [
      ...Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, region: 'a', title: `Past ${i}`, start: at(10 * (i + 1) + 1), end: at(10 * (i + 1)) })),
      { id: 'next', region: 'a', title: 'Next', start: at(-24), end: at(-25) },
    ],
  };
}

describe('recent maintenance, drawn a screenful at a time', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { feed: pastFeed(), config: testConfig() }) });

  test('the 50 latest of 60 completed windows, then "Show 10 more"', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const recent = page.locator('details.recent');
      const ids = () => recent.locator('li[data-window-id]').evaluateAll((els) => els.map((e) => e.dataset.windowId));
      assert.equal(await recent.locator('summary').innerText(), 'Recent maintenance (60)');
      assert.deepEqual(await ids(), Array.from({ length: 50 }, (_, i) => `p${i}`), 'latest first, 50 drawn');
      await recent.locator('summary').click();
      const more = recent.locator('button[data-action="show-more"]');
      assert.equal(await more.innerText(), 'Show 10 more');
      await more.click();
      await until(async () => (await ids()).length === 60, 'every recent window drawn');
      assert.deepEqual((await ids()).slice(-2), ['p58', 'p59']);
      assert.equal(await more.count(), 0, 'nothing left to show');
      assert.deepEqual((await readWindows(page)).map((w) => w.id).filter((id) => id === 'next'), ['next'], 'the upcoming list is untouched');
    });
  });
});

/** 20 regions, one window each, a day apart from 27 Nov 2026. */
function manyRegions() {
  const at = (i, h) => new Date(Date.UTC(2026, 10, 27 + i, h)).toISOString();
  const regions = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, name: `Region ${i}`, time_zone: 'UTC' }));
  return {
    feed_version: 1,
    regions,
    windows: regions.map((r, i) => ({ id: `w${i}`, region: r.id, title: `Window ${i}`, start: at(i, 10), end: at(i, 11) })),
  };
}

describe('a feed with many regions', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { feed: manyRegions(), config: testConfig() }) });

  test('its region chips are drawn only when the collapsed chooser is opened, and still filter', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const choice = page.locator('details.region-choice');
      assert.equal(await choice.locator('summary').innerText(), 'Show regions: All regions');
      assert.equal(await page.locator('[data-region-filter]').count(), 0, 'no chip drawn while closed');
      assert.equal((await readWindows(page)).length, 20);
      await choice.locator('summary').click();
      await until(async () => (await page.locator('[data-region-filter]').count()) === 21, 'all 20 chips and "All regions" drawn');
      await page.click('[data-region-filter="r3"]');
      await page.click('[data-region-filter="r7"]');
      await until(async () => JSON.stringify((await readWindows(page)).map((w) => w.id)) === '["w3","w7"]', 'two regions shown');
      assert.equal(await choice.locator('summary').innerText(), 'Show regions: Region 3, Region 7');
      assert.equal(await page.getAttribute('[data-region-filter="r3"]', 'aria-pressed'), 'true');
      await page.click('[data-region-filter="all"]');
      await until(async () => (await readWindows(page)).length === 20, 'every region again');
    });
  });

  test('?region= names its regions in the closed chooser', async () => {
    await withPage(browser, srv, { path: '?region=r5' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await page.locator('details.region-choice summary').innerText(), 'Show regions: Region 5');
      assert.deepEqual((await readWindows(page)).map((w) => w.id), ['w5']);
    });
  });
});
