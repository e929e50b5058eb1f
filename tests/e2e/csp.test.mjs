// Content-Security-Policy (issues 5 and 6): the built page works under the
// strict policy `make dist` writes to dist/csp.txt (the README's "Deploying"
// policy), with no `securitypolicyviolation` event, through everything a
// visitor does: the schedule, the zone picker, a calendar download, the FAQ,
// a subscription, and the widget framed by a portal on another origin
// (frame-ancestors naming it). A control run without the loader's hash
// proves the listener sees violations when there are some.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import {
  DEFAULT_ROOT,
  expectState,
  openFaq,
  serveFixture,
  startServer,
  testConfig,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const POLICY = readFileSync(path.join(DEFAULT_ROOT, 'csp.txt'), 'utf8').trim();
const HTML = readFileSync(path.join(DEFAULT_ROOT, 'index.html'), 'utf8');

/** Records every CSP violation in every frame, before any page script runs. */
async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
}

const violations = (frame) => frame.evaluate(() => window.__violations);

const withDirective = (policy, name, value) =>
  policy
    .split(/;\s*/)
    .map((d) => (d.split(' ')[0] === name ? `${name} ${value}` : d))
    .join('; ');

describe('Content-Security-Policy', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    server: { headers: { 'Content-Security-Policy': POLICY } },
    each: (srv) => {
      srv.headers['Content-Security-Policy'] = POLICY;
      serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions' }) });
      srv.override('api/subscriptions', { status: 202, json: { status: 'pending_confirmation' } });
    },
  });

  test('dist/csp.txt is strict: no unsafe-inline or unsafe-eval, and it hashes exactly the inline scripts of index.html', () => {
    const scripts = [...HTML.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.ok(scripts.length >= 1, 'index.html has the inline loader');
    for (const body of scripts) {
      const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
      assert.ok(POLICY.includes(hash), `the policy names ${hash}`);
    }
    assert.equal((POLICY.match(/'sha256-/g) || []).length, scripts.length, 'one hash per inline script, no more');
    assert.doesNotMatch(POLICY, /unsafe-inline|'unsafe-eval'|\*/, POLICY);
    for (const d of ["default-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "'wasm-unsafe-eval'"]) {
      assert.ok(POLICY.includes(d), `the policy has ${d}`);
    }
  });

  test('the full page under the policy: schedule, zone search, .ics, FAQ, subscription; no violation', async () => {
    await withPage(browser, srv, { goto: false }, async ({ context, page }) => {
      await recordViolations(context);
      const answered = page.waitForResponse((r) => r.url() === srv.url + 'index.html' || r.url() === srv.url);
      await page.goto(srv.url);
      assert.equal((await answered).headers()['content-security-policy'], POLICY, 'the page came with the policy');
      await expectState(page, 'loaded');
      assert.ok((await page.locator('[data-window-id]').count()) > 0, 'windows are listed');

      await page.locator('details.zone-change > summary').click();
      await page.fill('#zone-search', 'kath');
      await page.waitForSelector('.zone-results li', { timeout: 5000 });

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        page.locator('[data-window-id] p.calendar-links button[data-action="ics"]').first().click(),
      ]);
      assert.match(download.suggestedFilename(), /\.ics$/);

      await openFaq(page);
      assert.ok((await page.locator('section#faq details[id^="faq-"]').count()) >= 9, 'the FAQ loaded');

      await page.fill('form#subscribe input[name="email"]', 'ops@example.com');
      await page.locator('form#subscribe input[name="region"]').first().check();
      await page.click('form#subscribe button[type="submit"]');
      await page.waitForSelector('form#subscribe [role="status"][data-state="success"]', { timeout: 10000 });
      assert.equal(srv.requestsTo('api/subscriptions').filter((r) => r.method === 'POST').length, 1, 'the form posted once');

      assert.deepEqual(await violations(page), [], 'no securitypolicyviolation');
    });
  });

  test('control: without the loader hash the page cannot start, and the violation is seen', async () => {
    srv.headers['Content-Security-Policy'] = withDirective(POLICY, 'script-src', "'self' 'wasm-unsafe-eval'");
    await withPage(browser, srv, { goto: false }, async ({ context, page }) => {
      await recordViolations(context);
      await page.goto(srv.url);
      await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 10000 });
      const seen = await violations(page);
      assert.ok(seen.some((v) => v.directive.startsWith('script-src')), JSON.stringify(seen));
      assert.equal(await page.locator('section#upcoming').count(), 0, 'the app did not start');
    });
  });

  test('the widget framed by a portal on another origin (frame-ancestors names it): no violation, resized', async () => {
    const portal = await startServer();
    try {
      srv.headers['Content-Security-Policy'] = withDirective(POLICY, 'frame-ancestors', `'self' ${portal.origin}`);
      portal.override('/portal.html', {
        body: `<!doctype html><html lang="en"><title>Portal</title><body><h1>Support</h1>
<script src="${srv.url}embed.js" data-region="eu-central" data-height="40" async></script></body></html>`,
        contentType: 'text/html; charset=utf-8',
      });
      await withPage(browser, srv, { goto: false, allowOrigins: [portal.origin] }, async ({ context, page }) => {
        await recordViolations(context);
        await page.goto(`${portal.origin}/portal.html`);
        const iframe = page.locator('iframe');
        await iframe.waitFor({ timeout: 10000 });
        const frame = await (await iframe.elementHandle()).contentFrame();
        await frame.waitForSelector('article.widget-window', { timeout: 15000 });
        // The frame starts 40 px high; embed.js sets it from the widget's resize messages.
        await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 100, null, { timeout: 10000 });
        assert.deepEqual(await violations(frame), [], 'no violation inside the widget');
      });
    } finally {
      await portal.close();
    }
  });

  test('a portal the policy does not name cannot frame the page', async () => {
    const portal = await startServer();
    try {
      portal.override('/portal.html', {
        body: `<!doctype html><html lang="en"><title>Portal</title><body>
<script src="${srv.url}embed.js" async></script></body></html>`,
        contentType: 'text/html; charset=utf-8',
      });
      await withPage(browser, srv, { goto: false, allowOrigins: [portal.origin] }, async ({ page, console: logs }) => {
        await page.goto(`${portal.origin}/portal.html`);
        await page.locator('iframe').waitFor({ timeout: 10000 });
        const deadline = Date.now() + 10000;
        while (!logs.some((l) => /frame-ancestors/.test(l)) && Date.now() < deadline) await page.waitForTimeout(100);
        assert.ok(logs.some((l) => /frame-ancestors/.test(l)), `Chromium refused the frame:\n${logs.join('\n')}`);
        const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
        assert.equal(await frame.locator('article.widget-window').count(), 0, 'no widget inside');
      });
    } finally {
      await portal.close();
    }
  });
});
