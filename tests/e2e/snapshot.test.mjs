// The schedule snapshot in index.html (server/src/snapshot.rs): readable
// without JavaScript, fresh from the reference server on every load, re-baked
// by feed-snapshot (`make snapshot`), honest when read late, never shown in
// the widget, and handed over to the live page without a shift, a changed
// instant, or a lost place or focus.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

import {
  assertNoAxeViolations,
  DEFAULT_ROOT,
  expectState,
  FIXED_NOW,
  fixtureFeed,
  launchBrowser,
  openPage,
  startFeedServer,
  startServer,
  testConfig,
  until,
  useBrowserAndServer,
  waitForState,
  withPage,
} from './lib.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG = testConfig({ calendar_url: 'calendar.ics', atom_url: 'feed.atom' });

function snapshotBinary() {
  const built = spawnSync('cargo', ['build', '--quiet', '-p', 'maintenance-feed-server', '--bin', 'feed-snapshot'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0) throw new Error('cargo build --bin feed-snapshot failed');
  return path.join(REPO_ROOT, 'target/debug/feed-snapshot');
}

/** A copy of dist/ with `config`, re-baked from `feed` as of `now` by feed-snapshot. */
function bakedDist(feed, now, config = CONFIG) {
  const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-dist-'));
  cpSync(DEFAULT_ROOT, dir, { recursive: true });
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  writeFileSync(path.join(dir, 'feed.json'), JSON.stringify(feed));
  const run = spawnSync(snapshotBinary(), ['--feed', path.join(dir, 'feed.json'), '--dist', dir, '--now', now], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return dir;
}

/** The snapshot's windows: id, status, badge, and the UTC line's instants. */
const readSnapshot = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#snapshot li.window')].map((li) => {
      const [start, end] = [...li.querySelectorAll('[data-clock="utc"] time')].map((t) => Date.parse(t.dateTime));
      const region = [...li.querySelectorAll('[data-clock="region"] time')].map((t) => Date.parse(t.dateTime));
      const lines = ['utc', 'region'].map((c) => {
        const el = li.querySelector(`[data-clock="${c}"]`);
        return el && el.textContent.replace(/\s+/g, ' ').trim();
      });
      return { id: li.dataset.windowId, status: li.dataset.status, badge: li.querySelector('.status-badge').textContent, start, end, region, lines };
    }),
  );

/** The live page's windows, the same way. */
const readLive = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('section#upcoming ol.window-list > li.window')].map((li) => ({
      id: li.dataset.windowId,
      status: li.dataset.status,
      start: Date.parse(li.querySelector('time[data-role="start"]').getAttribute('datetime')),
      end: Date.parse(li.querySelector('time[data-role="end"]').getAttribute('datetime')),
    })),
  );

/** Holds every request for `glob` until the returned function is called. */
async function hold(page, glob) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(glob, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

describe('schedule snapshot from the reference server', () => {
  let browser;
  let ref;
  useBrowserAndServer((b, s) => ([browser, ref] = [b, s]), {
    start: () => startFeedServer({ feed: fixtureFeed(), config: CONFIG }),
    each: null,
  });

  test('without JavaScript: the windows with their UTC and region times, a calendar and the feed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'Asia/Tokyo', locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(ref.url, { waitUntil: 'load' });
      const windows = await readSnapshot(page);
      assert.ok(windows.length > 3, `windows listed: ${windows.length}`);
      assert.ok(await page.locator('#snapshot li.window').first().isVisible());
      for (const w of windows) {
        assert.ok(w.start < w.end, `${w.id}: UTC start and end`);
        if (w.region.length) assert.deepEqual(w.region, [w.start, w.end], `${w.id}: the region's times are the same instants`);
      }
      const first = page.locator('#snapshot li.window').first();
      assert.match(await first.locator('[data-clock="utc"]').innerText(), /^UTC: \w{3} \d{1,2} \w{3}, \d{1,2}:\d\d – /);
      assert.match(await page.locator('#snapshot [data-clock="region"]').first().innerText(), / in .+ \([A-Za-z_]+\/[A-Za-z_]+\)$/);
      for (const href of ['calendar.ics', 'feed.json']) {
        assert.ok(await page.locator(`#snapshot a[href="${href}"]`).isVisible(), `a link to ${href}`);
      }
      assert.match(await page.locator('#snapshot [data-snapshot-age]').innerText(), /^Schedule as of \w{3} \d{1,2} \w{3} \d{4}, \d{1,2}:\d\d UTC/);
      assert.ok(await page.locator('#snapshot a[href^="https://status.acme.example"]').isVisible(), "the feed's live status page");
      assert.equal(await page.title(), CONFIG.title, 'config.json\'s title');
      assert.equal(await page.locator('#boot h1').innerText(), CONFIG.title);
    } finally {
      await context.close();
    }
  });

  test('the snapshot and the live page carry the same windows, statuses and instants', async () => {
    let snap;
    await withPage(browser, ref, { now: null, goto: false }, async ({ page }) => {
      await page.route('**/*.wasm', (r) => r.abort());
      await page.goto(ref.url, { waitUntil: 'load' });
      snap = await readSnapshot(page);
    });
    await withPage(browser, ref, { now: null }, async ({ page }) => {
      await waitForState(page, 'loaded');
      const live = await readLive(page);
      assert.ok(snap.length > 3);
      assert.deepEqual(
        live.slice(0, snap.length).map(({ id, status, start, end }) => ({ id, status, start, end })),
        snap.map(({ id, status, start, end }) => ({ id, status, start, end })),
      );
    });
  });

  test('fresh on every request: a changed feed file shows on the next load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-feed-'));
    const file = path.join(dir, 'feed.json');
    const feed = fixtureFeed();
    writeFileSync(file, JSON.stringify(feed));
    const srv = await startFeedServer({ feed: file, config: CONFIG });
    try {
      const first = await fetch(`${srv.origin}/`);
      assert.equal(first.status, 200);
      assert.match(first.headers.get('content-type'), /text\/html/);
      assert.equal(first.headers.get('cache-control'), 'no-cache');
      const before = await first.text();
      assert.doesNotMatch(before, /data-window-id="snapshot-new"/);
      const start = new Date(Date.now() + 86400_000);
      start.setUTCHours(22, 0, 0, 0);
      feed.windows.push({
        id: 'snapshot-new',
        title: 'Added <after> the build',
        region: feed.regions[0].id,
        start: start.toISOString(),
        end: new Date(start.getTime() + 4 * 3600_000).toISOString(),
      });
      writeFileSync(file, JSON.stringify(feed));
      for (const p of ['/', '/index.html']) {
        const html = await (await fetch(srv.origin + p)).text();
        assert.match(html, /data-window-id="snapshot-new" data-status="scheduled"/, p);
        assert.match(html, /Added &lt;after&gt; the build/, `${p}: feed text is text`);
        assert.equal((html.match(/<section id="snapshot"/g) || []).length, 1);
      }
      // A broken feed: the page as built, and the log says why.
      writeFileSync(file, '{ not json');
      const broken = await fetch(`${srv.origin}/`);
      assert.equal(broken.status, 200);
      assert.match(await broken.text(), /<section id=snapshot><\/section>|<section id="snapshot"[^>]*>/);
      await until(async () => srv.log.some((l) => /without a fresh snapshot/.test(l)), 'the log says why');
    } finally {
      await srv.close();
    }
  });
});

describe('schedule snapshot: takeover, old snapshots, the widget', () => {
  let browser;
  let srv;
  const now = FIXED_NOW;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    start: async () => startServer({ root: bakedDist(fixtureFeed(), now) }),
    each: null,
  });

  test('takeover: no layout shift, the same instants, the visitor\'s place and focus kept', async () => {
    await withPage(browser, srv, { goto: false, timezoneId: 'America/New_York' }, async ({ page }) => {
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.setViewportSize({ width: 800, height: 600 });
      const release = await hold(page, '**/feed.json');
      await page.goto(srv.url, { waitUntil: 'load' });
      const snap = await readSnapshot(page);
      assert.ok(snap.length >= 8, `windows in the snapshot: ${snap.length}`);
      await page.focus('#snapshot a[href="feed.atom"]');
      // Scrolled so that the sixth window is 120 px down: the window at the
      // top of the screen (the first at least partly on it) must stay put.
      const [anchor, before] = await page.evaluate((id) => {
        document.querySelector(`#snapshot [data-window-id="${id}"]`).scrollIntoView();
        scrollBy(0, -120);
        return new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const top = [...document.querySelectorAll('#snapshot [data-window-id]')].find((w) => w.getBoundingClientRect().bottom > 0);
              done([top.dataset.windowId, top.getBoundingClientRect().top]);
            }),
          ),
        );
      }, snap[5].id);
      assert.ok(await page.evaluate(() => scrollY > 0), 'scrolled');
      release();
      await waitForState(page, 'loaded');
      await page.waitForFunction(() => !document.getElementById('boot'));
      await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      const after = await page.evaluate((id) => document.querySelector(`section#upcoming [data-window-id="${id}"]`).getBoundingClientRect().top, anchor);
      assert.ok(Math.abs(after - before) <= 2, `window ${anchor} stays where it was on screen: ${before} -> ${after}`);
      const focused = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.getAttribute('href'), !!document.activeElement.closest('main.app')]);
      assert.equal(focused[0], 'A', await page.evaluate(() => [...document.querySelectorAll('main.app a[href]')].map((a) => a.href).join(' ')));
      assert.match(focused[1], /feed\.atom$/);
      assert.ok(focused[2], 'the live page\'s link has the focus');
      const live = await readLive(page);
      // The UTC and region lines read the same, word for word (en-GB).
      const lines = await page.evaluate((ids) => ids.map((id) => ['utc', 'region'].map((c) => {
        const el = document.querySelector(`section#upcoming li.window[data-window-id="${id}"] [data-clock="${c}"]`);
        return el && el.textContent.replace(/\s+/g, ' ').trim();
      })), snap.map((w) => w.id));
      snap.forEach((w, i) => {
        assert.equal(lines[i][0], w.lines[0], `${w.id}: the UTC line`);
        if (lines[i][1]) assert.equal(lines[i][1], w.lines[1], `${w.id}: the region line`);
      });
      for (const w of snap) {
        const twin = live.find((l) => l.id === w.id);
        assert.ok(twin, `${w.id} is on the live page`);
        assert.deepEqual([twin.start, twin.end, twin.status], [w.start, w.end, w.status], `${w.id}: the same instants and status`);
      }
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.equal(await page.evaluate(() => window.__shift), 0, 'cumulative layout shift');
    });
  });

  test('an old snapshot says so: started and ended windows are marked, and its age shows', async () => {
    const dir = bakedDist(fixtureFeed(), '2026-10-20T00:00:00Z');
    const old = await startServer({ root: dir });
    try {
      await withPage(browser, old, { goto: false }, async ({ page }) => {
        await page.route('**/*.wasm', (r) => r.abort());
        await page.goto(old.url, { waitUntil: 'load' });
        const clock = Date.parse(FIXED_NOW);
        const windows = await readSnapshot(page);
        const ended = windows.filter((w) => w.end <= clock);
        assert.ok(ended.length > 0, 'some windows ended between the snapshot and now');
        for (const w of windows) {
          const want = w.end <= clock ? ['completed', 'Completed'] : w.start <= clock ? ['in_progress', 'In progress'] : null;
          if (want && w.status !== 'cancelled') assert.deepEqual([w.status, w.badge], want, w.id);
          if (!want) assert.notEqual(w.status, 'completed', w.id);
        }
        assert.match(await page.locator('#snapshot [data-snapshot-age]').innerText(), /Schedule as of Tue 20 Oct 2026, 0:00 UTC.* This list is 37 days old\.$/);
      });
    } finally {
      await old.close();
    }
  });

  test('accessible: the snapshot alone (no code) passes axe, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      await withPage(browser, srv, { goto: false }, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.route('**/*.wasm', (r) => r.abort());
        await page.goto(srv.url, { waitUntil: 'load' });
        await page.waitForFunction(() => document.getElementById('boot-status')?.getAttribute('role') === 'alert');
        assert.ok(await page.locator('#snapshot li.window').first().isVisible());
        await assertNoAxeViolations(page, `the snapshot (${colorScheme})`);
      });
    }
  });

  test('a first load that fails keeps the snapshot under the error; the next good load replaces it', async () => {
    srv.override('feed.json', { status: 503 });
    try {
      await withPage(browser, srv, {}, async ({ page }) => {
        await expectState(page, 'error');
        const alert = page.locator('section#upcoming .load-error[role="alert"]');
        assert.ok(await alert.isVisible(), 'the error is on screen');
        assert.equal(await page.locator('#boot').count(), 0, 'the placeholder is gone');
        const kept = page.locator('section#upcoming > #snapshot');
        assert.ok(await kept.isVisible(), 'the snapshot is under the error');
        assert.ok(await page.locator('section#upcoming > #snapshot li.window[data-window-id]').first().isVisible(), 'with its windows');
        assert.match(await kept.locator('[data-snapshot-age]').innerText(), /Schedule as of/);
        assert.equal(await page.locator('section#upcoming ol.window-list > li.window:not(#snapshot *)').count(), 0, 'no live windows');
        await assertNoAxeViolations(page, 'the error with the snapshot under it');
        srv.clearOverrides();
        await page.locator('section#upcoming').getByRole('button', { name: /try again/i }).click();
        await expectState(page, 'loaded');
        assert.equal(await page.locator('#snapshot').count(), 0, 'live data takes its place');
        assert.ok((await readLive(page)).length > 0, 'the live list');
      });
    } finally {
      srv.clearOverrides();
    }
  });

  test('the widget never shows the snapshot', async () => {
    await withPage(browser, srv, { goto: false }, async ({ page }) => {
      await page.route('**/*.wasm', (r) => r.abort());
      await page.goto(`${srv.url}?view=widget`, { waitUntil: 'domcontentloaded' });
      assert.equal(await page.locator('#snapshot').isHidden(), true);
      assert.equal(await page.locator('#snapshot').getAttribute('hidden'), '');
    });
    await withPage(browser, srv, { path: '?view=widget' }, async ({ page }) => {
      await until(async () => (await page.locator('.widget [data-next-window]').count()) > 0, 'the widget lists windows');
      assert.equal(await page.locator('#snapshot').count(), 0, 'gone with the placeholder');
    });
  });
});

describe('feed-snapshot (make snapshot)', () => {
  test('re-bakes in place; a bad feed leaves DIST untouched with a clear message', () => {
    const dir = bakedDist(fixtureFeed(), FIXED_NOW);
    const index = path.join(dir, 'index.html');
    const once = readFileSync(index, 'utf8');
    const feed = fixtureFeed();
    feed.windows = [];
    feed.recurring = [];
    writeFileSync(path.join(dir, 'empty.json'), JSON.stringify(feed));
    let run = spawnSync(snapshotBinary(), ['--feed', path.join(dir, 'empty.json'), '--dist', dir, '--now', FIXED_NOW], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const twice = readFileSync(index, 'utf8');
    assert.equal((twice.match(/<section id="snapshot"/g) || []).length, 1);
    assert.match(twice, /No maintenance is scheduled in the next 180 days\./);
    assert.doesNotMatch(twice, /<li[^>]* data-window-id=/);
    assert.equal(twice.replace(/<section id="snapshot"[\s\S]*?<\/section>/, ''), once.replace(/<section id="snapshot"[\s\S]*?<\/section>/, ''), 'nothing else changes');
    writeFileSync(path.join(dir, 'bad.json'), '{"feed_version": 1, "regions": 7');
    run = spawnSync(snapshotBinary(), ['--feed', path.join(dir, 'bad.json'), '--dist', dir], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /^feed-snapshot: --feed .*bad\.json: .*line 1/m);
    assert.equal(readFileSync(index, 'utf8'), twice, 'untouched');
  });
});
