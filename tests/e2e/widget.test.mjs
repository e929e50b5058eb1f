// The embeddable widget (docs/feed-format.md, "Markup that tests and embedders rely on"): `index.html?view=widget` on
// its own, and embedded with public/embed.js by a parent page on another
// origin (a second test server on another 127.0.0.1 port).
//
// embed.js inserts an iframe after its own script tag and sets its height
// from {"type": "maintenance-widget:resize", "height": <px>} messages, and
// only from that iframe's window on the widget's origin. The widget posts
// them whenever document.documentElement's height changes.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  DEFAULT_ROOT,
  FIXED_NOW,
  displayZone,
  expected,
  installClock,
  launchBrowser,
  serveFixture,
  startServer,
  testConfig,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST_EMBED = path.join(DEFAULT_ROOT, 'embed.js');
const SOURCE_EMBED = path.resolve(HERE, '../../public/embed.js');
const TYPE = 'maintenance-widget:resize';
const IFRAME = 'iframe[title="Maintenance windows"]';
const WIDGET = 'main.app.widget[data-view="widget"]';
const CARD = 'article.widget-window';
const TOLERANCE = 2;
const EXP = expected();
const REGION_NAMES = Object.fromEntries(EXP.windows.map((w) => [w.region, w.region_name]));

/** The next (or current) window per region at the fixed clock, from expected.json. */
function nextWindow(region) {
  return EXP.windows.find((w) => w.region === region && (w.status === 'scheduled' || w.status === 'in_progress'));
}

/** A vendor page with the given script tags (objects of data-* attributes). */
function parentHtml(app, tags, extra = '') {
  const scripts = tags
    .map((attrs) => {
      const data = Object.entries(attrs)
        .map(([k, v]) => ` data-${k}="${v}"`)
        .join('');
      return `  <script src="${app.url}embed.js"${data} async></script>\n  <p class="after">after the widget</p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Vendor support portal</title>
  <style>body { margin: 0; font-family: sans-serif; } .col { width: 420px; padding: 8px; }</style>
  <script>
    // Every window property before embed.js runs, to find globals it leaks.
    window.__before = Object.getOwnPropertyNames(window);
    // Sync points: {type: 'sync', n} posted by a frame after other messages.
    window.__seen = [];
    addEventListener('message', (e) => { if (e.data && e.data.type !== '${TYPE}') window.__seen.push(e.data); });
  </script>
</head>
<body>
  <div class="col">
  <h1>Support</h1>
${scripts}
  </div>
${extra}
</body>
</html>`;
}

/** A page that posts a forged resize message to its parent, then {type:'evil-done'}. */
const EVIL_FRAME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>evil</title></head><body><script>
  parent.postMessage({ type: '${TYPE}', height: 999 }, '*');
  parent.postMessage({ type: 'evil-done', from: location.origin }, '*');
</script></body></html>`;

/** Height of the iframe in the parent, and of the widget's content inside it. */
async function heights(page, frame, index = 0) {
  const iframe = await page.$$eval(IFRAME, (els, i) => els[i].getBoundingClientRect().height, index);
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    content: document.documentElement.getBoundingClientRect().height,
    viewport: window.innerHeight,
  }));
  return { iframe, ...inner };
}

const matches = (h) => Math.abs(h.iframe - h.scroll) <= TOLERANCE && Math.abs(h.iframe - h.content) <= TOLERANCE;

/**
 * Wait until the iframe is as tall as the widget's content (scrollHeight and
 * the <html> box, within 2 px: no inner scrolling, no gap); return heights().
 */
async function waitHeightsMatch(page, frame, { index = 0, timeout = 10000, what = 'iframe' } = {}) {
  const deadline = Date.now() + timeout;
  let h;
  for (;;) {
    h = await heights(page, frame, index);
    if (matches(h)) return h;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(
    `${what}: iframe height ${h.iframe}px does not match its content within ${TOLERANCE}px ` +
      `(documentElement.scrollHeight ${h.scroll}px, <html> box ${h.content}px, frame viewport ${h.viewport}px)`,
  );
}

/** The widget's Frame inside the parent's index-th iframe, once its cards rendered. */
async function widgetFrame(page, index = 0) {
  await page.waitForFunction((n) => document.querySelectorAll('iframe[title="Maintenance windows"]').length > n, index, { timeout: 10000 });
  const el = (await page.$$(IFRAME))[index];
  let frame;
  for (let i = 0; i < 200 && !(frame = await el.contentFrame()); i += 1) await page.waitForTimeout(25);
  assert.ok(frame, 'the iframe has a frame');
  try {
    await frame.waitForSelector(`${WIDGET} ${CARD}`, { state: 'attached', timeout: 15000 });
  } catch (err) {
    const body = await frame.evaluate(() => document.body.outerHTML.slice(0, 1500)).catch((e) => e.message);
    throw new Error(`the widget never rendered ${WIDGET} ${CARD} in iframe ${index} (${frame.url()}):\n${body}`, { cause: err });
  }
  return frame;
}

/** Post `messages` to the parent from the widget frame, then a sync point; wait for it. */
let syncN = 0;
async function postFromWidget(page, frame, messages) {
  const n = (syncN += 1);
  await frame.evaluate(
    ({ messages, n }) => {
      for (const m of messages) window.parent.postMessage(m, '*');
      window.parent.postMessage({ type: 'sync', n }, '*');
    },
    { messages, n },
  );
  await page.waitForFunction((n) => window.__seen.some((d) => d.type === 'sync' && d.n === n), n, { timeout: 5000 });
}

/** Add an iframe to the parent page and wait until its page said {type:'evil-done'}. */
async function evilFrame(page, src) {
  await page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const seen = window.__seen.length;
        const f = document.createElement('iframe');
        f.title = 'Another frame';
        f.src = src;
        document.body.appendChild(f);
        const t = setInterval(() => {
          if (window.__seen.slice(seen).some((d) => d.type === 'evil-done')) {
            clearInterval(t);
            resolve();
          }
        }, 20);
      }),
    src,
  );
}

const iframeHeight = (page, index = 0) => page.$$eval(IFRAME, (els, i) => els[i].getBoundingClientRect().height, index);

describe('widget embedded with embed.js on another origin', () => {
  let browser;
  let app;
  let parent;

  before(async () => {
    browser = await launchBrowser();
    app = await startServer();
    parent = await startServer();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await parent?.close();
  });
  beforeEach(() => {
    app.clearOverrides();
    app.resetRequests();
    parent.clearOverrides();
    parent.resetRequests();
    serveFixture(app, { config: testConfig({ subscribe_url: 'api/subscriptions' }) });
    // Until index.html copies public/embed.js into dist/, serve the source
    // (the first test fails in that case).
    if (!existsSync(DIST_EMBED)) app.override('embed.js', { body: readFileSync(SOURCE_EMBED, 'utf8'), contentType: 'text/javascript; charset=utf-8' });
    app.override('evil-frame.html', { body: EVIL_FRAME, contentType: 'text/html; charset=utf-8' });
    parent.override('evil-frame.html', { body: EVIL_FRAME, contentType: 'text/html; charset=utf-8' });
  });

  /** Serve `html` as the parent page and open it (the app's origin allowed). */
  function withParent(html, opts, fn) {
    parent.override('page.html', { body: html, contentType: 'text/html; charset=utf-8' });
    return withPage(browser, parent, { url: parent.url + 'page.html', allowOrigins: [app.origin], ...opts }, fn);
  }

  test('dist/ ships embed.js, un-hashed, as in public/', () => {
    assert.ok(existsSync(DIST_EMBED), `${DIST_EMBED} is missing: the build must copy public/embed.js (index.html: <link data-trunk rel="copy-file" href="public/embed.js" />)`);
    const shipped = readFileSync(DIST_EMBED, 'utf8');
    assert.match(shipped, /maintenance-widget:resize/, 'dist/embed.js is the loader');
  });

  test('embed.js inserts one iframe right after its script, with the widget URL from its data attributes', async () => {
    const tags = [
      { region: 'eu-central', tenant: 'acme', theme: 'auto', tz: 'Europe/Berlin', height: '237', feed: 'http://evil.example/x.json', 'feed-url': '/attacker/feed.json' },
      { region: 'us-east,ap-south', tenant: 'a b&c=d/é', lang: 'de' },
    ];
    await withParent(parentHtml(app, tags), { goto: false }, async ({ page, context }) => {
      // Hold the widget documents back to see the heights set before any message.
      let release;
      const gate = new Promise((r) => (release = r));
      await context.route(
        (u) => u.origin === app.origin && u.pathname.endsWith('/index.html'),
        async (route) => {
          await gate;
          await route.continue();
        },
      );
      await page.goto(parent.url + 'page.html', { waitUntil: 'domcontentloaded' });
      await page.waitForFunction((n) => document.querySelectorAll('iframe').length === n, tags.length, { timeout: 10000 });

      const info = await page.$$eval('script[src$="embed.js"]', (scripts) =>
        scripts.map((s) => {
          const f = s.nextElementSibling;
          const cs = f && getComputedStyle(f);
          return {
            done: s.hasAttribute('data-mw-done'),
            next: f && f.tagName,
            src: f && f.getAttribute('src'),
            title: f && f.getAttribute('title'),
            loading: f && f.getAttribute('loading'),
            referrerpolicy: f && f.getAttribute('referrerpolicy'),
            border: cs && [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth],
            height: f && f.style.height,
            width: f && f.getBoundingClientRect().width,
            columnWidth: s.parentElement.clientWidth - 16,
          };
        }),
      );
      assert.equal(info.length, 2, 'two script tags');
      for (const [i, got] of info.entries()) {
        const at = `script ${i}`;
        assert.equal(got.done, true, `${at} marked data-mw-done`);
        assert.equal(got.next, 'IFRAME', `${at}: the element right after it is the iframe`);
        assert.equal(got.title, 'Maintenance windows', `${at} iframe title`);
        assert.equal(got.loading, 'lazy', `${at} iframe loading`);
        assert.equal(got.referrerpolicy, 'strict-origin-when-cross-origin', `${at} iframe referrerpolicy`);
        assert.deepEqual(got.border, ['0px', '0px', '0px', '0px'], `${at} iframe has no border`);
        assert.ok(Math.abs(got.width - got.columnWidth) <= 1, `${at} iframe is as wide as its container (${got.width} vs ${got.columnWidth})`);
      }
      assert.equal(info[0].height, '237px', 'initial height from data-height');
      assert.equal(info[1].height, '160px', 'initial height without data-height: 160px');

      const urls = info.map((x) => new URL(x.src, parent.url));
      for (const u of urls) {
        assert.equal(u.origin, app.origin, 'the widget is on the app origin (embed.js own origin)');
        assert.equal(u.pathname, app.prefix + 'index.html', 'the widget is index.html in embed.js own folder');
        assert.equal(u.hash, '');
      }
      const query = (u) => [...u.searchParams.entries()];
      assert.deepEqual(
        query(urls[0]),
        [['view', 'widget'], ['region', 'eu-central'], ['tenant', 'acme'], ['theme', 'auto'], ['tz', 'Europe/Berlin']],
        `query of ${info[0].src}: only view, region, tenant, theme, tz (never a feed)`,
      );
      assert.deepEqual(query(urls[1]), [['view', 'widget'], ['region', 'us-east,ap-south'], ['tenant', 'a b&c=d/é'], ['lang', 'de']], `query of ${info[1].src}`);
      const rawTenant = info[1].src.slice(info[1].src.indexOf('tenant=') + 'tenant='.length).split('&')[0];
      assert.ok(!/[ &=\/é]/.test(rawTenant), `values are URL-encoded: ${info[1].src}`);

      // No global leaked by embed.js.
      const leaked = await page.evaluate(() => {
        const before = new Set(window.__before);
        return Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && !k.startsWith('__') && !/^\d+$/.test(k));
      });
      assert.deepEqual(leaked, [], 'embed.js defines no global');

      release();
      const frame = await widgetFrame(page, 0);
      await waitHeightsMatch(page, frame, { what: 'first embed after load' });
      assert.equal(await frame.$eval('html', (h) => h.getAttribute('data-theme')), null, 'theme=auto: no data-theme');
      assert.equal(await displayZone(frame), 'Europe/Berlin', 'data-tz reaches the widget');
      assert.deepEqual(
        await frame.$$eval(CARD, (els) => els.map((e) => e.getAttribute('data-next-window'))),
        [nextWindow('eu-central').id],
        'data-region reaches the widget',
      );
      const second = await widgetFrame(page, 1);
      assert.equal(await second.$eval('html', (h) => h.lang), 'de', 'data-lang reaches the widget');
    });
  });

  test('the iframe is as tall as the widget after load, after the content grows and after it shrinks', async () => {
    await withParent(parentHtml(app, [{ region: 'eu-central', tz: 'Europe/Berlin', height: '160' }]), {}, async ({ page }) => {
      const frame = await widgetFrame(page);
      const loaded = await waitHeightsMatch(page, frame, { what: 'after load' });
      assert.ok(loaded.iframe > 40, `a card is taller than 40px (${loaded.iframe})`);
      assert.notEqual(loaded.iframe, 160, 'the height came from the widget, not data-height (160)');

      await frame.evaluate(() => {
        const d = document.createElement('div');
        d.id = 'e2e-tall';
        d.style.height = '613px';
        document.querySelector('main.app.widget').appendChild(d);
      });
      const grown = await waitHeightsMatch(page, frame, { what: 'after a 613px element was added' });
      assert.ok(Math.abs(grown.iframe - loaded.iframe - 613) <= TOLERANCE, `grew by 613px: ${loaded.iframe} -> ${grown.iframe}`);

      await frame.evaluate(() => document.getElementById('e2e-tall').remove());
      const shrunk = await waitHeightsMatch(page, frame, { what: 'after it was removed' });
      assert.ok(Math.abs(shrunk.iframe - loaded.iframe) <= TOLERANCE, `back to ${loaded.iframe}px: ${shrunk.iframe}`);

      // A change of text (the card's countdown) that wraps to more lines.
      await frame.evaluate(() => {
        const c = document.querySelector('[data-countdown]');
        c.textContent = 'in progress, ends in 2 h '.repeat(40);
      });
      const wrapped = await waitHeightsMatch(page, frame, { what: 'after the countdown text grew' });
      assert.ok(wrapped.iframe > loaded.iframe + 40, `longer text, taller frame: ${loaded.iframe} -> ${wrapped.iframe}`);
    });
  });

  test('the iframe follows the widget when its clock moves the card to the next window', async () => {
    const html = parentHtml(app, [{ region: 'eu-central,ap-kathmandu', tz: 'UTC' }]);
    await withParent(html, { now: null, goto: false }, async ({ page }) => {
      await installClock(page, FIXED_NOW);
      await page.goto(parent.url + 'page.html');
      const frame = await widgetFrame(page);
      const cards = () => frame.$$eval(CARD, (els) => els.map((e) => `${e.getAttribute('data-region')}=${e.getAttribute('data-next-window')}`));
      const first = ['eu-central', 'ap-kathmandu'].map((r) => `${r}=${nextWindow(r).id}`);
      assert.deepEqual((await cards()).sort(), first.sort(), 'cards at the fixed clock');
      await waitHeightsMatch(page, frame, { what: 'at the fixed clock' });

      // eu-inprogress-patch ends at 14:00Z; two hours and a minute later the
      // eu-central card shows the next one.
      const current = nextWindow('eu-central');
      const later = EXP.windows.find((w) => w.region === 'eu-central' && w.status === 'scheduled' && w.start_utc >= current.end_utc);
      await page.clock.runFor(2 * 3600_000 + 60_000);
      const deadline = Date.now() + 10000;
      while (!(await cards()).includes(`eu-central=${later.id}`) && Date.now() < deadline) await page.waitForTimeout(50);
      assert.ok((await cards()).includes(`eu-central=${later.id}`), `after 14:01Z the eu-central card is ${later.id}: ${await cards()}`);
      await waitHeightsMatch(page, frame, { what: 'after the card changed' });
    });
  });

  test('two embeds on one page are independent', async () => {
    const tags = [{ region: 'eu-central' }, { region: 'us-east,ap-south,ap-kathmandu' }];
    await withParent(parentHtml(app, tags), {}, async ({ page }) => {
      const one = await widgetFrame(page, 0);
      const two = await widgetFrame(page, 1);
      assert.deepEqual(await one.$$eval(CARD, (els) => els.map((e) => e.getAttribute('data-region'))), ['eu-central']);
      assert.deepEqual(
        (await two.$$eval(CARD, (els) => els.map((e) => e.getAttribute('data-region')))).sort(),
        ['ap-kathmandu', 'ap-south', 'us-east'],
      );
      const h1 = await waitHeightsMatch(page, one, { index: 0, what: 'first embed' });
      const h2 = await waitHeightsMatch(page, two, { index: 1, what: 'second embed' });
      assert.ok(h2.iframe > h1.iframe + 40, `three cards are taller than one: ${h1.iframe} vs ${h2.iframe}`);

      // Growing the second does not touch the first.
      await two.evaluate(() => {
        const d = document.createElement('div');
        d.style.height = '300px';
        document.body.appendChild(d);
      });
      const h2b = await waitHeightsMatch(page, two, { index: 1, what: 'second embed, grown' });
      assert.ok(h2b.iframe >= h2.iframe + 300 - TOLERANCE, 'the second grew');
      assert.equal(await iframeHeight(page, 0), h1.iframe, 'the first kept its height');
    });
  });

  test('resize messages from any other source, origin or shape are ignored', async () => {
    await withParent(parentHtml(app, [{ region: 'eu-central' }]), {}, async ({ page }) => {
      const frame = await widgetFrame(page);
      const { iframe: h0 } = await waitHeightsMatch(page, frame, { what: 'after load' });
      const unchanged = async (what) => assert.equal(await iframeHeight(page), h0, `${what}: the iframe height must stay ${h0}px`);

      // The parent page itself.
      await page.evaluate(
        (type) =>
          new Promise((resolve) => {
            window.postMessage({ type, height: 999 }, '*');
            window.postMessage({ type: 'parent-done' }, '*');
            const t = setInterval(() => window.__seen.some((d) => d.type === 'parent-done') && (clearInterval(t), resolve()), 20);
          }),
        TYPE,
      );
      await unchanged('{type, height: 999} posted by the parent page');

      // Another iframe on the widget's own origin (only event.source tells it apart).
      await evilFrame(page, app.url + 'evil-frame.html');
      await unchanged('a message from another iframe on the widget origin');
      // Another iframe on the parent's origin.
      await evilFrame(page, parent.url + 'evil-frame.html');
      await unchanged('a message from another iframe on the parent origin');

      // The widget's window, but not the shape of a resize message.
      await postFromWidget(page, frame, [
        { type: 'maintenance-widget:resized', height: 999 },
        { type: TYPE },
        { type: TYPE, height: '999' },
        { type: TYPE, height: -5 },
        { type: TYPE, height: 0 },
        { type: TYPE, height: NaN },
        { type: TYPE, height: Infinity },
        { type: TYPE, height: null },
        { type: TYPE, height: [999] },
        `{"type":"${TYPE}","height":999}`,
        999,
        null,
      ]);
      await unchanged('malformed messages from the widget');

      // A well-formed one from the widget is obeyed, capped.
      await postFromWidget(page, frame, [{ type: TYPE, height: 1e9 }]);
      assert.equal(await iframeHeight(page), 4000, 'a huge height is capped at 4000px');
      await postFromWidget(page, frame, [{ type: TYPE, height: 321.4 }]);
      assert.ok(Math.abs((await iframeHeight(page)) - 321.4) <= 1, 'a fractional height is used (rounded)');

      // The widget corrects it on its next change.
      await frame.evaluate(() => document.body.appendChild(Object.assign(document.createElement('div'), { style: 'height: 10px' })));
      await waitHeightsMatch(page, frame, { what: 'after the widget resized again' });
    });
  });

  test('the same iframe navigated to another origin is not obeyed', async () => {
    await withParent(parentHtml(app, [{ region: 'eu-central' }]), {}, async ({ page }) => {
      const frame = await widgetFrame(page);
      const { iframe: h0 } = await waitHeightsMatch(page, frame, { what: 'after load' });
      await page.evaluate(
        (src) =>
          new Promise((resolve) => {
            const seen = window.__seen.length;
            document.querySelector('iframe[title="Maintenance windows"]').src = src;
            const t = setInterval(() => window.__seen.slice(seen).some((d) => d.type === 'evil-done') && (clearInterval(t), resolve()), 20);
          }),
        parent.url + 'evil-frame.html',
      );
      assert.equal(await iframeHeight(page), h0, 'event.source is the iframe but event.origin is not the widget origin');
    });
  });
});

describe('the widget view (index.html?view=widget)', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    each: (srv) => {
      // subscribe_url: the full page shows the form; the widget must not.
      serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions' }) });
      srv.override('/attacker/feed.json', { json: { feed_version: 1, regions: [], windows: [] } });
    },
  });

  /** Every card: what the tests check. */
  const readCards = (page) =>
    page.$$eval('article.widget-window', (els) =>
      els.map((a) => {
        const t = (sel) => a.querySelector(sel);
        const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
        return {
          region: a.getAttribute('data-region'),
          next: a.getAttribute('data-next-window'),
          title: text(t('h3')),
          regionName: text(t('[data-field="region"]')),
          start: t('time[data-role="next-start"]')?.getAttribute('datetime') ?? null,
          end: t('time[data-role="next-end"]')?.getAttribute('datetime') ?? null,
          countdown: text(t('[data-countdown]')),
          countdownLive: t('[data-countdown]')?.getAttribute('aria-live') ?? null,
        };
      }),
    );

  async function openWidget(page, query) {
    try {
      await page.waitForSelector(`${WIDGET} ${CARD}`, { state: 'attached', timeout: 15000 });
    } catch (err) {
      const body = await page.evaluate(() => document.body.outerHTML.slice(0, 1500));
      throw new Error(`index.html${query}: no ${WIDGET} ${CARD}\n${body}`, { cause: err });
    }
  }

  test('no page chrome; the next window per selected region with countdown; a link to the full page', async () => {
    // The full page has the chrome the widget leaves out.
    await withPage(browser, srv, {}, async ({ page }) => {
      await page.waitForSelector('form#subscribe', { state: 'attached', timeout: 15000 });
      for (const sel of ['h1', '#zone-search']) assert.ok(await page.$(sel), `the full page has ${sel}`);
    });

    const query = '?view=widget&region=eu-central,ap-south&tz=Asia/Kathmandu';
    await withPage(browser, srv, { path: 'index.html' + query }, async ({ page }) => {
      await openWidget(page, query);
      await page.waitForTimeout(300); // let anything late (the form, a picker) show up
      for (const sel of ['h1', '#zone-search', 'form#subscribe', 'details.zone-change', 'button.chip', 'section#upcoming ol.window-list']) {
        assert.equal(await page.$(sel), null, `the widget has no ${sel}`);
      }
      const cards = await readCards(page);
      assert.deepEqual(cards.map((c) => c.region).sort(), ['ap-south', 'eu-central'], 'one card per selected region');
      for (const c of cards) {
        const exp = nextWindow(c.region);
        const at = `article.widget-window[data-region="${c.region}"]`;
        assert.equal(c.next, exp.id, `${at}[data-next-window]`);
        assert.equal(c.title, exp.title, `${at} h3`);
        assert.equal(c.regionName, REGION_NAMES[c.region], `${at} [data-field="region"]`);
        assert.equal(c.start, exp.start['Asia/Kathmandu'], `${at} time[data-role="next-start"][datetime]`);
        assert.equal(c.end, exp.end['Asia/Kathmandu'], `${at} time[data-role="next-end"][datetime]`);
        assert.ok(c.countdown, `${at} [data-countdown] has text`);
        assert.equal(c.countdownLive, 'polite', `${at} [data-countdown][aria-live]`);
      }
      assert.match(cards.find((c) => c.region === 'eu-central').countdown, /progress/i, 'the current window says it is in progress');
      assert.equal(await displayZone(page), 'Asia/Kathmandu', '[data-display-zone] follows ?tz=');

      const link = await page.$eval('a.widget-all', (a) => ({
        href: a.href,
        target: a.getAttribute('target'),
        rel: (a.getAttribute('rel') || '').split(/\s+/),
        text: a.textContent.replace(/\s+/g, ' ').trim(),
      }));
      assert.equal(link.target, '_blank', 'a.widget-all opens a new tab');
      assert.ok(link.rel.includes('noopener'), `a.widget-all rel has noopener: ${link.rel.join(' ')}`);
      assert.match(link.text, /all maintenance windows/i, 'a.widget-all text');
      const href = new URL(link.href);
      assert.equal(href.origin + href.pathname, srv.url + 'index.html', `a.widget-all points to index.html: ${link.href}`);
      assert.notEqual(href.searchParams.get('view'), 'widget', 'the link leads to the full page');
    });
  });

  test('without ?region: one card per region of the feed', async () => {
    await withPage(browser, srv, { path: 'index.html?view=widget' }, async ({ page }) => {
      await openWidget(page, '?view=widget');
      const cards = await readCards(page);
      const regions = [...new Set(EXP.windows.map((w) => w.region))].filter((r) => nextWindow(r));
      assert.deepEqual(cards.map((c) => c.region).sort(), regions.sort());
      for (const c of cards) {
        assert.equal(c.next, nextWindow(c.region).id, `article.widget-window[data-region="${c.region}"][data-next-window]`);
        assert.equal(c.start, nextWindow(c.region).start.UTC, 'times in the browser zone (UTC)');
      }
      assert.equal(await displayZone(page), 'UTC');
    });
  });

  test('?theme= forces light or dark; auto follows the browser', async () => {
    const DARK_BG = 'rgb(13, 17, 23)';
    const LIGHT_BG = 'rgb(247, 248, 250)';
    const cases = [
      { theme: 'dark', scheme: 'light', attr: 'dark', bg: DARK_BG },
      { theme: 'light', scheme: 'dark', attr: 'light', bg: LIGHT_BG },
      { theme: 'auto', scheme: 'dark', attr: null, bg: DARK_BG },
      { theme: 'auto', scheme: 'light', attr: null, bg: LIGHT_BG },
      { theme: null, scheme: 'dark', attr: null, bg: DARK_BG },
    ];
    for (const c of cases) {
      const query = `?view=widget&region=eu-central${c.theme ? `&theme=${c.theme}` : ''}`;
      await withPage(browser, srv, { path: 'index.html' + query, goto: false }, async ({ page }) => {
        await page.emulateMedia({ colorScheme: c.scheme });
        await page.goto(srv.url + 'index.html' + query);
        await openWidget(page, query);
        const got = await page.evaluate(() => ({
          attr: document.documentElement.getAttribute('data-theme'),
          bg: getComputedStyle(document.body).backgroundColor,
          scheme: getComputedStyle(document.documentElement).colorScheme,
        }));
        assert.equal(got.attr, c.attr, `${query} in a ${c.scheme} browser: <html data-theme>`);
        assert.equal(got.bg, c.bg, `${query} in a ${c.scheme} browser: body background`);
        if (c.attr) assert.equal(got.scheme, c.attr, `${query}: color-scheme`);
      });
    }
  });

  test('the widget never scrolls: html and body hide overflow', async () => {
    await withPage(browser, srv, { path: 'index.html?view=widget' }, async ({ page }) => {
      await openWidget(page, '?view=widget');
      const ov = await page.evaluate(() => [document.documentElement, document.body].map((e) => getComputedStyle(e).overflowY));
      assert.deepEqual(ov, ['hidden', 'hidden'], 'overflow-y of html and body');
    });
  });

  test('?view=widget&feed=… fetches nothing but the app origin', async () => {
    for (const query of [
      '?view=widget&feed=http://evil.example/x.json',
      `?view=widget&feed=${encodeURIComponent('http://evil.example/x.json')}&feed_url=http://evil.example/x.json&config=http://evil.example/c.json`,
      '?view=widget&feed=/attacker/feed.json&feed_url=attacker/feed.json',
    ]) {
      srv.resetRequests();
      await withPage(browser, srv, { path: 'index.html' + query }, async ({ page, requests }) => {
        await openWidget(page, query);
        await page.waitForTimeout(200);
        const foreign = requests.filter((u) => new URL(u).origin !== srv.origin);
        assert.deepEqual(foreign, [], `${query}: requests to another origin`);
        assert.equal(srv.requestsTo('/attacker/feed.json').length, 0, `${query}: the attacker path was not fetched`);
        assert.ok(srv.requestsTo('feed.json').length >= 1, `${query}: the configured feed was fetched`);
        const cards = await readCards(page);
        assert.ok(cards.length > 0 && cards.every((c) => c.next === nextWindow(c.region).id), `${query}: the fixture feed is shown`);
      });
    }
  });
});
