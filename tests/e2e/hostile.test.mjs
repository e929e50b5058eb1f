// Hostile feeds (issue 6): every text field of the feed carries XSS
// payloads. They must render as inert text: no script runs, no element is
// injected, no link goes to javascript:, the layout holds at 320 px, and no
// request leaves for another host. The page accepts no inbound messages.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_ROOT, expectState, openFaq, testConfig, withPage, useBrowserAndServer } from './lib.mjs';

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"><circle r=5></circle></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = \'math\'">',
  '"><iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
  'javascript:window.__pwned = "js-url"',
  '<a href="javascript:window.__pwned = \'link\'">click</a>',
  '<b><i>unclosed <div style="position:fixed;inset:0;background:red">',
  '\u202Egnp.exe\u202C right-to-left override',
  'W'.repeat(3000),
  '{{constructor.constructor("window.__pwned = \'template\'")()}} ${7*7}',
];
const pick = (i) => PAYLOADS[i % PAYLOADS.length];

/** A valid feed whose every text is a payload. */
function hostileFeed() {
  const regions = ['r-a', 'r-b'].map((id, i) => ({ id, name: pick(i), time_zone: i ? 'Asia/Kolkata' : 'Europe/Berlin' }));
  const windows = PAYLOADS.map((_, i) => ({
    id: `w${i}`,
    region: regions[i % 2].id,
    title: pick(i),
    description: pick(i + 1),
    kind: pick(i + 2),
    activities: [pick(i + 3), pick(i + 4)],
    expected_downtime_minutes: 15,
    start: new Date(Date.UTC(2026, 11, 1 + i, 22)).toISOString(),
    end: new Date(Date.UTC(2026, 11, 1 + i, 23)).toISOString(),
    tenant_slots: [{ tenant: 'acme', start: new Date(Date.UTC(2026, 11, 1 + i, 22, 10)).toISOString(), end: new Date(Date.UTC(2026, 11, 1 + i, 22, 20)).toISOString() }],
  }));
  return {
    feed_version: 1,
    service: { name: pick(0), status_url: 'javascript:window.__pwned = "status"' },
    regions,
    windows,
    recurring: [{ id: 'rule', title: pick(1), description: pick(2), region: 'r-a', rrule: 'FREQ=WEEKLY;BYDAY=SA', starts_on: '2026-11-01', start_time: '22:00', duration_minutes: 60 }],
    subscribe: { url: 'javascript:window.__pwned = "subscribe"' },
  };
}

/** The inline scripts the built index.html itself has (the snapshot's script is in <body>). */
const ownScripts = () => [...readFileSync(path.join(DEFAULT_ROOT, 'index.html'), 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** What a page must not have: a run payload, injected elements, javascript: links. */
const inspect = (page) =>
  page.evaluate((own) => ({
    pwned: window.__pwned ?? null,
    injected: [...document.querySelectorAll('body img, body svg, body iframe, body math, body script, body style, body mglyph, body [onerror], body [onload]')]
      .filter((e) => !(e.tagName === 'SCRIPT' && own.includes(e.textContent)))
      .map((e) => e.outerHTML.slice(0, 80)),
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(https?:|#|mailto:)/i.test(a.href)).map((a) => a.getAttribute('href')),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    text: document.body.innerText,
  }), ownScripts());

describe('hostile feed text', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    each: (srv) => {
      srv.override('config.json', { json: testConfig({ title: pick(0), horizon_days: 60 }) });
      srv.override('feed.json', { json: hostileFeed() });
      srv.override('faq.json', { json: { entries: PAYLOADS.map((p, i) => ({ id: `q${i}`, question: p, answer: [p, `- ${pick(i + 1)}`] })) } });
    },
  });

  for (const width of [320, 1280]) {
    test(`${width} px: every payload is inert text, the layout holds, nothing leaves for another host`, async () => {
      await withPage(browser, srv, {}, async ({ page, requests }) => {
        await page.setViewportSize({ width, height: 900 });
        await expectState(page, 'loaded');
        // Open everything that holds feed text.
        for (const d of await page.locator('details').all()) await d.evaluate((el) => (el.open = true));
        await page.fill('#tenant', 'acme').catch(() => {});
        await openFaq(page);
        for (const d of await page.locator('section#faq details').all()) await d.evaluate((el) => (el.open = true));
        await page.waitForTimeout(300);
        const seen = await inspect(page);
        assert.equal(seen.pwned, null, 'no payload ran');
        assert.deepEqual(seen.injected, [], 'no element came from the feed');
        assert.deepEqual(seen.jsLinks, [], 'no link to anything but http(s) and the page itself');
        assert.ok(seen.overflow <= 1, `no sideways scrolling at ${width} px (${seen.overflow} px)`);
        for (const p of ['<script>window.__pwned = "script"</script>', '<img src=x onerror=', '"><iframe srcdoc=']) {
          assert.ok(seen.text.includes(p), `shown as text: ${p}`);
        }
        assert.equal(await page.locator('form#subscribe').count(), 0, 'a javascript: subscribe URL gives no form');
        const foreign = requests.filter((u) => !u.startsWith(srv.origin + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
        assert.deepEqual(foreign, [], 'no request to another host');
        assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
      });
    });
  }

  test('the widget shows the same payloads as text', async () => {
    await withPage(browser, srv, { path: '?view=widget' }, async ({ page }) => {
      await page.waitForSelector('article.widget-window', { timeout: 15000 });
      const seen = await inspect(page);
      assert.equal(seen.pwned, null);
      assert.deepEqual(seen.injected, []);
      assert.deepEqual(seen.jsLinks, []);
    });
  });

  test('the page accepts no inbound messages', async () => {
    srv.override('feed.json', { json: { feed_version: 1, regions: [{ id: 'eu', name: 'EU', time_zone: 'Europe/Berlin' }], windows: [], recurring: [] } });
    await withPage(browser, srv, {}, async ({ page, requests }) => {
      await expectState(page, 'loaded');
      // The FAQ fills itself in once it comes near the viewport, which on a
      // short page is right after loading: wait for it so only a message
      // could change the page from here on.
      await page.waitForSelector('#faq:not([data-state="loading"])', { timeout: 15000 });
      await page.waitForLoadState('networkidle');
      const before = await page.locator('main.app').innerHTML();
      const count = requests.length;
      await page.evaluate(() => {
        for (const m of [
          { type: 'maintenance-widget:resize', height: 9999 },
          { feed_url: 'https://evil.example/feed.json' },
          { type: 'navigate', url: 'javascript:window.__pwned = 1' },
          '<img src=x onerror="window.__pwned = 2">',
        ]) window.postMessage(m, '*');
      });
      await page.waitForTimeout(500);
      assert.equal(await page.locator('main.app').innerHTML(), before, 'nothing changed');
      assert.equal(requests.length, count, 'no request followed');
      assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    });
  });
});
