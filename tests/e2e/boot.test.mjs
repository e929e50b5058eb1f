// Start-up (issues 5, 6 and 15): index.html as Trunk builds it (no schedule
// snapshot) shows the heading (config.json's title as soon as the loader has
// it) and "Loading…" before any code arrives; baked with a snapshot, it shows
// the schedule and keeps it on a failure. The wasm is fetched once, with subresource
// integrity that Chromium enforces; and when the JS or the wasm cannot be
// loaded (missing, tampered, dropped) the page says so with a Reload button
// instead of staying blank.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { DEFAULT_ROOT, expectState, serveFixture, testConfig, withPage, useBrowserAndServer } from './lib.mjs';

const FILES = readdirSync(DEFAULT_ROOT);
const WASM = FILES.find((f) => /_bg\.wasm$/.test(f));
const JS = FILES.find((f) => /^maintenance-window-[0-9a-f]+\.js$/.test(f));
const BAKED = readFileSync(path.join(DEFAULT_ROOT, 'index.html'), 'utf8');
/** dist/index.html without its schedule snapshot, as `trunk build` leaves it. */
const UNBAKED = BAKED.replace(/<section id="snapshot"[\s\S]*?<\/section>/, '<section id=snapshot></section>');
const serveUnbaked = (srv) => {
  for (const p of ['', 'index.html']) srv.override(p, { body: UNBAKED, contentType: 'text/html; charset=utf-8' });
};

/** The #boot placeholder as shown: present, its heading, its status text and role, a Reload button. */
const bootState = (page) =>
  page.evaluate(() => {
    const boot = document.getElementById('boot');
    const status = document.getElementById('boot-status');
    return {
      boot: !!boot,
      heading: boot?.querySelector('h1')?.textContent ?? null,
      text: status?.textContent ?? null,
      role: status?.getAttribute('role') ?? null,
      reload: !!status?.querySelector('button'),
      app: !!document.querySelector('section#upcoming'),
    };
  });

describe('start-up', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    each: (srv) => {
      serveFixture(srv);
      serveUnbaked(srv);
    },
  });

  test('the unbaked page really has no snapshot', () => {
    assert.notEqual(UNBAKED, BAKED);
    assert.doesNotMatch(UNBAKED, /<li[^>]* data-window-id=/);
  });

  test('while the wasm is on its way: heading and "Loading…"; then the app replaces the placeholder; JS and wasm fetched once', async () => {
    srv.override(WASM, async (req, res) => {
      await new Promise((r) => setTimeout(r, 1500));
      const body = readFileSync(path.join(DEFAULT_ROOT, WASM));
      res.writeHead(200, { 'Content-Type': 'application/wasm', 'Content-Length': body.length });
      res.end(body);
    });
    await withPage(browser, srv, { goto: false }, async ({ page, console: logs }) => {
      await page.goto(srv.url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.getElementById('boot-status')?.textContent.length > 0, null, { timeout: 5000 });
      const early = await bootState(page);
      assert.equal(early.heading, testConfig().title, "config.json's title, put there by the loader");
      assert.match(early.text, /Loading the maintenance schedule/);
      assert.equal(early.app, false);
      await expectState(page, 'loaded');
      assert.equal((await bootState(page)).boot, false, '#boot is gone once the app is there');
      assert.equal(srv.requestsTo(WASM).length, 1, 'the wasm is fetched once (the preload is reused)');
      assert.equal(srv.requestsTo(JS).length, 1, 'the JS is fetched once');
      assert.ok(!logs.some((l) => /integrity/i.test(l) && /error/i.test(l)), logs.join('\n'));
    });
  });

  const failures = [
    ['a tampered wasm (one byte changed)', WASM, () => {
      const body = Buffer.from(readFileSync(path.join(DEFAULT_ROOT, WASM)));
      body[body.length - 10] ^= 0xff;
      return { body, contentType: 'application/wasm' };
    }],
    ['the wasm missing (404)', WASM, () => ({ status: 404 })],
    ['the wasm connection dropped', WASM, () => ({ destroy: true })],
    ['the JS missing (404)', JS, () => ({ status: 404 })],
    ['a tampered JS', JS, () => ({ body: readFileSync(path.join(DEFAULT_ROOT, JS), 'utf8') + '\n// changed', contentType: 'text/javascript' })],
  ];
  for (const [what, file, answer] of failures) {
    test(`${what}: the page says it could not load its code, with a Reload button that works`, async () => {
      srv.override(file, answer());
      await withPage(browser, srv, { goto: false }, async ({ page }) => {
        await page.goto(srv.url);
        await page.waitForFunction(() => document.getElementById('boot-status')?.getAttribute('role') === 'alert', null, { timeout: 10000 });
        const shown = await bootState(page);
        assert.equal(shown.heading, testConfig().title);
        assert.match(shown.text, /could not load its code/);
        assert.ok(shown.reload, 'a Reload button');
        assert.equal(shown.app, false, 'no app');
        srv.clearOverride(file);
        await page.click('#boot-status button');
        await expectState(page, 'loaded');
      });
    });
  }

  test('with a snapshot, a wasm that cannot be loaded leaves the schedule on screen and says why', async () => {
    srv.clearOverride('');
    srv.clearOverride('index.html');
    srv.override(WASM, { status: 404 });
    await withPage(browser, srv, { goto: false }, async ({ page }) => {
      await page.goto(srv.url);
      await page.waitForFunction(() => document.getElementById('boot-status')?.getAttribute('role') === 'alert', null, { timeout: 10000 });
      const shown = await bootState(page);
      assert.match(shown.text, /could not load its code/);
      assert.ok(shown.reload, 'a Reload button');
      assert.ok(await page.locator('#snapshot li.window').first().isVisible(), 'the snapshot still shows the windows');
      assert.equal(await page.locator('section#upcoming').count(), 0, 'no app');
    });
  });
});
