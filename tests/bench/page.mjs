#!/usr/bin/env node
// The page benchmark of issue 7 (`make bench`): what a visitor waits for.
//
//   node tests/bench/page.mjs [--runs N] [--json FILE] [--baseline OLD.json]
//                             [--dist DIR] [--conditions unthrottled,throttled]
//                             [--settle MS] [--timeout MS]
//
// Serves a copy of dist/ (taken when no build is staged) and
// tests/bench/reference.html, the static floor, under /reference/, on
// 127.0.0.1 with brotli: the `.br` sibling when there is one, else compressed
// once at start-up with quality 11. Then, per condition (unthrottled;
// throttled: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower,
// all through the DevTools protocol), after one uncounted warm-up load of the
// page, N times in turn:
//
//   reference   the static page: bytes, requests, FCP, first list item
//               visible, JS heap, layout shift
//   app         the same for the page (first `[data-window-id]` visible),
//               plus wasm memory
//   app, input  a separate load that opens the zone picker and types "kath"
//               as soon as it can: time until Asia/Kathmandu is offered (a
//               load of its own, so that the input does not hide layout
//               shifts of the other one)
//
// Then, with --scale (default 10,100,400), issue 15's cost that should not
// grow with the feed: a generated feed of N regions, one weekly window each
// over a 90-day horizon, served unthrottled from a copy of dist/ whose
// schedule snapshot is left out (so the live list is what is timed), N runs
// each: first window visible, JS heap, and how many windows the page drew.
//
// Each load is a fresh browser context with the cache disabled. Times are
// from navigation start (performance.timeOrigin), measured in the page.
// Prints a table (median, min–max) and writes every sample as JSON (default
// target/bench/page.json, with p25/p75 too) to compare commits; `--baseline`
// adds an earlier JSON's medians to the table. Exits non-zero only when a run
// is broken (no windows, the picker never answers, a request to another
// host), never for a missed target.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

// playwright-core as installed for the e2e suite (tests/e2e/package.json pins it).
const requireE2e = createRequire(path.join(ROOT, 'tests/e2e/package.json'));
let chromium;
try {
  const pw = await import(pathToFileURL(requireE2e.resolve('playwright-core')).href);
  chromium = pw.chromium ?? pw.default?.chromium;
  if (!chromium) throw new Error('no chromium export');
} catch (err) {
  console.error(`playwright-core not found (${err.message}); run: npm ci --prefix tests/e2e`);
  process.exit(2);
}

// --- options ------------------------------------------------------------------

function parseArgs(argv) {
  const o = {
    runs: 10,
    json: path.join(ROOT, 'target/bench/page.json'),
    dist: process.env.DIST ? path.resolve(process.env.DIST) : path.join(ROOT, 'dist'),
    conditions: ['unthrottled', 'throttled'],
    settle: 2000,
    timeout: 30000,
    scale: [10, 100, 400],
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--runs': o.runs = Number(value()); break;
      case '--json': o.json = path.resolve(value()); break;
      case '--dist': o.dist = path.resolve(value()); break;
      case '--conditions': o.conditions = value().split(',').filter(Boolean); break;
      case '--settle': o.settle = Number(value()); break;
      case '--baseline': o.baseline = path.resolve(value()); break;
      case '--timeout': o.timeout = Number(value()); break;
      case '--scale': o.scale = value().split(',').filter(Boolean).map(Number); break;
      case '-h': case '--help':
        console.log('usage: node tests/bench/page.mjs [--runs N] [--json FILE] [--baseline OLD.json] [--dist DIR] [--conditions unthrottled,throttled] [--settle MS] [--timeout MS] [--scale 10,100,400 | --scale ""]');
        process.exit(0);
        break;
      default:
        console.error(`unknown argument: ${argv[i]}`);
        process.exit(2);
    }
  }
  if (o.scale.some((n) => !Number.isInteger(n) || n < 1)) { console.error('--scale takes region counts, e.g. 10,100,400'); process.exit(2); }
  if (!Number.isInteger(o.runs) || o.runs < 1) { console.error('--runs must be a positive integer'); process.exit(2); }
  for (const c of o.conditions) if (!CONDITIONS[c]) { console.error(`unknown condition ${c}`); process.exit(2); }
  return o;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

// 1.6 Mbit/s = 200 000 bytes/s down, 750 kbit/s = 93 750 bytes/s up.
const CONDITIONS = {
  unthrottled: { label: 'unthrottled', network: null, cpu: 1 },
  throttled: {
    label: 'throttled (150 ms, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×)',
    network: { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 },
    cpu: 4,
  },
};

// Issue 7's targets, and issue 15's: windows (the schedule snapshot in the
// HTML) visible within 1.2x the static reference's, the visitor's own times
// (the live page) within 1.5 s throttled, no layout shift.
// Issue 15's scale targets: a 400-region feed's windows visible within 1.3x
// a 10-region feed's (unthrottled), and its JS heap at most 8 MB.
const TARGETS = { scaleOverSmallest: 1.3, scaleHeapBytes: 8 * 1024 * 1024, visibleThrottledMs: 1500, visibleOverRefFcp: 2.5, visibleOverRef: 1.2, localThrottledMs: 1500, cls: 0.01, firstViewBytes: 200 * 1024 };

const CONTEXT = { viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' };

// --- the static server ----------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);

/** The stylesheet dist/index.html links (the reference page uses the same bytes). */
function distStylesheet(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel=["']?stylesheet\b/.test(m[0])) continue;
    const href = m[0].match(/\bhref=["']?\.?\/?([^"'\s>]+)/);
    if (href) return href[1];
  }
  throw new Error('dist/index.html links no stylesheet');
}

/**
 * Serves `dist` at / and the reference page at /reference/ (its style.css is
 * dist's stylesheet). Brotli when the browser accepts it: the `.br` sibling
 * if present and not older than the file, else compressed (quality 11) once
 * and kept. Every response: Content-Length, Cache-Control: no-cache.
 */
async function startServer(dist) {
  const css = distStylesheet(dist);
  const routes = new Map([
    ['/reference/', path.join(HERE, 'reference.html')],
    ['/reference/index.html', path.join(HERE, 'reference.html')],
    ['/reference/style.css', path.join(dist, css)],
  ]);
  const cache = new Map();

  function resolveFile(pathname) {
    if (routes.has(pathname)) return routes.get(pathname);
    if (pathname.startsWith('/reference/')) return null;
    const rel = pathname.endsWith('/') ? pathname + 'index.html' : pathname;
    const file = path.resolve(dist, '.' + rel);
    if (file !== dist && !file.startsWith(dist + path.sep)) return null;
    return file;
  }

  function body(file, wantBr) {
    const stat = fs.statSync(file);
    const ext = path.extname(file).toLowerCase();
    if (!wantBr || !COMPRESSIBLE.has(ext)) return { data: fs.readFileSync(file), encoding: null };
    const br = file + '.br';
    if (fs.existsSync(br) && fs.statSync(br).mtimeMs >= stat.mtimeMs) {
      return { data: fs.readFileSync(br), encoding: 'br', precompressed: true };
    }
    const key = `${file}:${stat.mtimeMs}:${stat.size}`;
    if (!cache.has(key)) {
      const data = zlib.brotliCompressSync(fs.readFileSync(file), {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: stat.size },
      });
      cache.set(key, data);
    }
    return { data: cache.get(key), encoding: 'br', precompressed: false };
  }

  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolveFile(pathname);
    let stat = null;
    try { stat = file && fs.statSync(file); } catch { stat = null; }
    if (!stat || !stat.isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
      const status = stat && stat.isFile() ? 405 : 404;
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': 9, 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : 'not found');
      return;
    }
    const wantBr = /\bbr\b/.test(String(req.headers['accept-encoding'] || ''));
    const { data, encoding } = body(file, wantBr);
    const headers = {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  // Compress up front, so no load waits for quality-11 brotli.
  const warm = (dir) => {
    for (const name of fs.readdirSync(dir)) {
      const f = path.join(dir, name);
      if (fs.statSync(f).isFile() && !name.endsWith('.br') && !name.endsWith('.gz')) body(f, true);
    }
  };
  warm(dist);
  body(path.join(HERE, 'reference.html'), true);

  return {
    origin,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

// --- in the page -------------------------------------------------------------

// Installed before any page script. Records, in ms from navigation start:
// FCP, layout shifts, the wasm memory (Trunk's TrunkApplicationStarted event
// carries the wasm exports), and for each watched selector: when it is first
// in the DOM ('inDom'), when the frame that shows it is out ('frame': a
// requestAnimationFrame callback that finds it with a box, then a task posted
// from there) and, with `paint`, when it is painted ('painted': Element
// Timing, the same presentation time as FCP).
const INIT = `(() => {
  const B = (window.__bench = { fcp: null, shifts: [], marks: {}, wasmMemory: null, started: null, opened: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.shifts.push({ t: e.startTime, value: e.value, input: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {}
  addEventListener('TrunkApplicationStarted', (ev) => {
    B.started = performance.now();
    const m = ev.detail && ev.detail.wasm && ev.detail.wasm.memory;
    if (m && m.buffer) B.wasmMemory = m;
  });
  document.addEventListener('toggle', (ev) => {
    if (B.opened === null && ev.target && ev.target.matches && ev.target.matches('details.zone-change') && ev.target.open) B.opened = performance.now();
  }, true);
  const shown = (el) => {
    if (!el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  // Element Timing needs the elementtiming attribute before the first paint:
  // the MutationObserver below tags the element in the microtask after it is
  // inserted, so before any frame.
  const painted = {};
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const mark = painted[e.identifier];
        const t = e.renderTime || e.startTime;
        if (mark && t && (mark.painted === null || t < mark.painted)) mark.painted = t;
      }
    }).observe({ type: 'element', buffered: true });
  } catch (e) {}
  B.watch = (key, selector, paint) => {
    if (B.marks[key]) return;
    const mark = (B.marks[key] = { selector, inDom: null, frame: null, painted: null });
    painted['bench-' + key] = mark;
    // Every element of the subtree that holds text of its own (Element
    // Timing reports text through the element that aggregates it).
    const tag = (el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
      const holders = new Set([el]);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) holders.add(n.parentElement);
      for (const e of holders) if (e && !e.hasAttribute('elementtiming')) e.setAttribute('elementtiming', 'bench-' + key);
    };
    let polling = false;
    const frame = () => {
      const el = document.querySelector(selector);
      if (el && shown(el)) {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { mark.frame = performance.now(); };
        ch.port2.postMessage(0);
      } else requestAnimationFrame(frame);
    };
    // Tags every new element that matches until one is painted (a list may
    // be rendered again before its first frame, e.g. while typing).
    const check = () => {
      const el = document.querySelector(selector);
      if (!el) return;
      if (paint && !el.hasAttribute('elementtiming')) tag(el);
      if (mark.inDom === null) mark.inDom = performance.now();
      if (!polling) { polling = true; requestAnimationFrame(frame); }
    };
    check();
    const mo = new MutationObserver(() => { if (mark.painted !== null || (!paint && mark.frame !== null)) mo.disconnect(); else check(); });
    mo.observe(document, { childList: true, subtree: true });
  };
  // When the element is painted (or, without an Element Timing entry, a
  // second after its frame).
  B.seen = (key) => {
    const m = B.marks[key];
    if (!m) return null;
    if (m.painted !== null) return m.painted;
    if (m.frame !== null && performance.now() > m.frame + 1000) return m.frame;
    return null;
  };
})();`;

// --- one load ------------------------------------------------------------------

class BrokenRun extends Error {}

function isLocal(url, origin) {
  return url.startsWith(origin + '/') || url === origin || /^(data|blob|about|chrome-extension):/.test(url);
}

/**
 * One load in a fresh context. kind: 'passive' (everything but input) or
 * 'input' (the zone picker). Returns the samples of that load.
 */
async function load(browser, { url, origin, condition, kind, visibleSelector, localSelector, settle, timeout }) {
  const context = await browser.newContext(CONTEXT);
  try {
    const watches = kind === 'input'
      ? [['interactive', 'ul.zone-results button[data-zone="Asia/Kathmandu"]', false]]
      : [['visible', visibleSelector, true], ...(localSelector ? [['local', localSelector, true]] : [])];
    await context.addInitScript(INIT + watches.map((w) => `window.__bench.watch(${w.map((x) => JSON.stringify(x)).join(', ')});`).join('\n'));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e && e.message ? e.message : e)));
    const elsewhere = [];
    page.on('request', (r) => { if (!isLocal(r.url(), origin)) elsewhere.push(r.url()); });

    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (/^(data|blob):/.test(e.request.url)) return;
      requests.set(e.requestId, { url: e.request.url, type: e.type, status: null, encoding: null, body: null, wire: null, failed: null });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      const h = Object.fromEntries(Object.entries(e.response.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
      r.status = e.response.status;
      r.encoding = h['content-encoding'] || null;
      r.body = h['content-length'] !== undefined ? Number(h['content-length']) : null;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.wire = e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.failed = e.errorText;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });

    await page.goto(url, { waitUntil: 'commit', timeout });
    const sample = {};
    if (kind === 'input') {
      // As a visitor would, as early as the page lets them: a real click on
      // the summary as soon as it has a box (checked every frame), then real
      // key presses into the search field. No actionability retries, so the
      // driver adds only its round trips.
      try {
        const at = await page.waitForFunction(() => {
          const el = document.querySelector('details.zone-change > summary');
          const r = el && el.getBoundingClientRect();
          return r && r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
        }, null, { timeout, polling: 'raf' });
        const { x, y } = await at.jsonValue();
        await page.mouse.click(x, y);
        await page.focus('#zone-search', { timeout });
        await page.keyboard.type('kath');
        await page.waitForFunction(() => window.__bench.marks.interactive.frame !== null, null, { timeout, polling: 50 });
      } catch (err) {
        const state = await page.evaluate(() => {
          const d = document.querySelector('details.zone-change');
          const i = document.querySelector('#zone-search');
          const zones = [...document.querySelectorAll('ul.zone-results button')].map((b) => b.dataset.zone);
          return `details ${d ? (d.open ? 'open' : 'closed') : 'missing'}, search ${i ? JSON.stringify(i.value) : 'missing'}, focus ${document.activeElement && document.activeElement.id}, results [${zones.join(' ')}]`;
        }).catch((e) => `no state: ${e.message}`);
        throw new BrokenRun(`the zone picker never offered Asia/Kathmandu for "kath" (${err.message.split('\n')[0]}; ${state})`);
      }
      // After the frame that shows the button: Element Timing does not report
      // elements that a list renders again while typing, so the frame it is.
      const r = await page.evaluate(() => ({ m: window.__bench.marks.interactive, opened: window.__bench.opened }));
      sample.interactive = r.m.frame;
      sample.interactiveInDom = r.m.inDom;
      sample.pickerOpened = r.opened;
    } else {
      try {
        await page.waitForFunction(() => window.__bench.seen('visible') !== null, null, { timeout, polling: 50 });
      } catch (err) {
        throw new BrokenRun(`no ${visibleSelector} became visible within ${timeout} ms at ${url}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
      }
      if (localSelector) {
        try {
          await page.waitForFunction(() => window.__bench.seen('local') !== null, null, { timeout, polling: 50 });
        } catch (err) {
          throw new BrokenRun(`no ${localSelector} became visible within ${timeout} ms at ${url}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
        }
      }
      // Layout shifts are counted until `settle` ms after the windows show
      // (the live page's, when the page hands over from a snapshot).
      const last = () => Math.max(window.__bench.seen('visible'), window.__bench.marks.local ? window.__bench.seen('local') : 0);
      await page.waitForFunction(`performance.now() >= (${last})() + ${settle}`, null, { timeout: settle + timeout, polling: 100 });
      const r = await page.evaluate((ms) => {
        const B = window.__bench;
        const visible = B.seen('visible');
        const local = B.marks.local ? B.seen('local') : null;
        const until = Math.max(visible, local ?? 0) + ms;
        const shifts = B.shifts.filter((s) => s.t <= until && !s.input);
        return {
          fcp: B.fcp,
          inDom: B.marks.visible.inDom,
          frame: B.marks.visible.frame,
          painted: B.marks.visible.painted,
          visible,
          local,
          cls: shifts.reduce((a, s) => a + s.value, 0),
          shifts: shifts.length,
          wasm: B.wasmMemory ? B.wasmMemory.buffer.byteLength : null,
          started: B.started,
          drawn: document.querySelectorAll('[data-window-id]').length,
        };
      }, settle);
      await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
      const heap = await cdp.send('Runtime.getHeapUsage');
      Object.assign(sample, {
        fcp: r.fcp,
        visible: r.visible,
        local: r.local,
        visibleSource: r.painted !== null ? 'element-timing' : 'frame',
        inDom: r.inDom,
        visibleFrame: r.frame,
        wasmStarted: r.started,
        cls: r.cls,
        layoutShifts: r.shifts,
        jsHeap: heap.usedSize,
        wasmMemory: r.wasm,
        drawn: r.drawn,
      });
    }
    const list = [...requests.values()];
    sample.requests = list.length;
    sample.bytesWire = list.reduce((a, r) => a + (r.wire || 0), 0);
    sample.bytesBody = list.reduce((a, r) => a + (r.body || 0), 0);
    sample.requestList = list.map((r) => ({ url: r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url, status: r.status, encoding: r.encoding, body: r.body, wire: r.wire, failed: r.failed }));
    sample.pageErrors = errors;
    const foreign = [...new Set([...elsewhere, ...list.filter((r) => !isLocal(r.url, origin)).map((r) => r.url)])];
    if (foreign.length) throw new BrokenRun(`requests to another host than ${origin}: ${foreign.join(', ')}`);
    return sample;
  } finally {
    await context.close().catch(() => {});
  }
}

// --- statistics and output -------------------------------------------------------

function quantile(sorted, q) {
  if (!sorted.length) return null;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i), hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return { n: v.length, median: quantile(v, 0.5), p25: quantile(v, 0.25), p75: quantile(v, 0.75), min: v[0], max: v[v.length - 1], values };
}

const METRICS = [
  // key, label, unit, which targets have it
  ['bytesWire', 'bytes transferred (wire, headers incl.)', 'bytes', ['reference', 'app']],
  ['bytesBody', 'bytes transferred (compressed bodies)', 'bytes', ['reference', 'app']],
  ['requests', 'requests', 'count', ['reference', 'app']],
  ['fcp', 'first contentful paint', 'ms', ['reference', 'app']],
  ['wasmStarted', 'wasm started (TrunkApplicationStarted)', 'ms', ['app']],
  ['inDom', 'first window in the DOM', 'ms', ['reference', 'app']],
  ['visible', 'first window visible (painted)', 'ms', ['reference', 'app']],
  ['local', "first window in the visitor's zone visible", 'ms', ['app']],
  ['pickerOpened', 'zone picker opened', 'ms', ['input']],
  ['interactive', 'interactive ("kath" -> Kathmandu)', 'ms', ['input']],
  ['jsHeap', 'JS heap used (after GC)', 'bytes', ['reference', 'app']],
  ['wasmMemory', 'wasm memory', 'bytes', ['app']],
  ['cls', 'cumulative layout shift', 'cls', ['reference', 'app']],
];

function fmt(x, unit, bare = false) {
  if (x === null || x === undefined) return '–';
  switch (unit) {
    case 'ms': return `${Math.round(x)}${bare ? '' : ' ms'}`;
    case 'bytes': return x >= 1024 * 1024 ? `${(x / 1024 / 1024).toFixed(2)}${bare ? '' : ' MB'}` : `${(x / 1024).toFixed(1)}${bare ? '' : ' KB'}`;
    case 'cls': return x.toFixed(3);
    default: return String(Math.round(x * 10) / 10);
  }
}

/** `median (min–max)`, the unit once. */
function cell(s, unit) {
  if (!s) return '–';
  if (s.min === s.max) return fmt(s.median, unit);
  const big = unit === 'bytes' && s.max >= 1024 * 1024;
  const u = unit === 'bytes' ? (big || s.median >= 1024 * 1024 ? 'MB' : 'KB') : unit === 'ms' ? 'ms' : '';
  const f = (x) => (unit === 'bytes' ? (u === 'MB' ? (x / 1024 / 1024).toFixed(2) : (x / 1024).toFixed(1)) : fmt(x, unit, true));
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})${u ? ' ' + u : ''}`;
}

function ratio(a, b) {
  return a && b && a.median !== null && b.median ? a.median / b.median : null;
}

function columns(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => '  ' + r.map((c, i) => String(c).padEnd(w[i] + 3)).join('').trimEnd());
}

function table(result, baseline) {
  const lines = [];
  for (const [cond, r] of Object.entries(result.conditions)) {
    const base = baseline?.conditions?.[cond];
    lines.push('');
    lines.push(`${CONDITIONS[cond].label}: ${result.runs} loads each, median (min–max)`);
    const rows = [['metric', 'app', 'reference', 'app/ref', ...(base ? ['baseline app', 'change'] : [])]];
    for (const [key, label, unit] of METRICS) {
      const app = r.app[key] || r.input[key];
      const ref = r.reference[key];
      if (!app && !ref) continue;
      const rt = r.ratios[key];
      const row = [label, cell(app, unit), cell(ref, unit), rt ? `${rt.toFixed(2)}×` : ''];
      if (base) {
        const old = base.app?.[key] || base.input?.[key];
        const change = old && app && old.median ? `${app.median >= old.median ? '+' : ''}${((app.median / old.median - 1) * 100).toFixed(1)}%` : '';
        row.push(old ? fmt(old.median, unit) : '–', change);
      }
      rows.push(row);
    }
    lines.push(...columns(rows));
  }
  return lines.join('\n');
}

function targets(result) {
  const out = [];
  const c = result.conditions;
  if (c.throttled) {
    const v = c.throttled.app.visible;
    out.push({ target: `windows visible ≤ ${TARGETS.visibleThrottledMs} ms throttled (median)`, value: v.median, unit: 'ms', pass: v.median <= TARGETS.visibleThrottledMs });
    const ref = c.throttled.reference.visible;
    out.push({ target: `windows visible ≤ ${TARGETS.visibleOverRef}× the reference's, throttled (${fmt(ref.median * TARGETS.visibleOverRef, 'ms')})`, value: v.median, unit: 'ms', ratio: v.median / ref.median, pass: v.median <= ref.median * TARGETS.visibleOverRef });
    const l = c.throttled.app.local;
    if (l) out.push({ target: `visitor's own times visible ≤ ${TARGETS.localThrottledMs} ms throttled (median)`, value: l.median, unit: 'ms', pass: l.median <= TARGETS.localThrottledMs });
  }
  for (const [cond, r] of Object.entries(c)) {
    const v = r.app.visible, f = r.reference.fcp;
    const limit = f.median * TARGETS.visibleOverRefFcp;
    out.push({ target: `windows visible ≤ ${TARGETS.visibleOverRefFcp}× reference FCP, ${cond} (${fmt(limit, 'ms')})`, value: v.median, unit: 'ms', ratio: v.median / f.median, pass: v.median <= limit });
  }
  for (const [cond, r] of Object.entries(c)) {
    out.push({ target: `CLS ≈ 0 (worst load ≤ ${TARGETS.cls}), ${cond}`, value: r.app.cls.max, unit: 'cls', pass: r.app.cls.max <= TARGETS.cls });
  }
  const any = Object.values(c)[0];
  if (any) {
    out.push({ target: `first view ≤ ${TARGETS.firstViewBytes / 1024} KB brotli (response bodies, median)`, value: any.app.bytesBody.median, unit: 'bytes', pass: any.app.bytesBody.median <= TARGETS.firstViewBytes });
  }
  return out;
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

/** Names, sizes and times of dist/'s files: a build during the run changes it. */
function distFingerprint(dist) {
  try {
    return fs.readdirSync(dist).sort().map((f) => {
      const st = fs.statSync(path.join(dist, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    }).join('|');
  } catch (err) {
    return `unreadable: ${err.message}`;
  }
}

/** The files index.html needs (stylesheet, JS glue, wasm), relative to dist. */
function referenced(html) {
  const files = new Set();
  for (const m of html.matchAll(/(?:href|src)=["']?\.?\/?([^"'\s>?#]+\.(?:js|wasm|css))(?=["'\s>])/g)) files.add(m[1]);
  for (const m of html.matchAll(/['"]\.?\/?([^'"?#\s]+\.(?:js|wasm))['"]/g)) files.add(m[1]);
  return [...files];
}

/**
 * A copy of dist/ to serve, so that a build during the run cannot mix
 * builds: taken when index.html and everything it names are there and
 * nothing changed while copying, and no Trunk build is staged (retried for
 * up to 5 minutes).
 */
async function snapshot(dist) {
  const deadline = Date.now() + 300000; // 5 minutes
  let said = false;
  for (;;) {
    const before = distFingerprint(dist);
    let missing = [];
    try {
      // Trunk stages a build in dist/.stage and then swaps it in.
      if (fs.existsSync(path.join(dist, '.stage'))) {
        if (!said) process.stderr.write('waiting for the build in dist/ (dist/.stage exists)\n');
        said = true;
        throw new Error('dist/.stage exists (a trunk build is running)');
      }
      const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
      missing = referenced(html).filter((f) => !fs.existsSync(path.join(dist, f)));
      if (!missing.length) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
        for (const f of fs.readdirSync(dist)) {
          const from = path.join(dist, f);
          const st = fs.statSync(from);
          if (st.isFile()) {
            fs.copyFileSync(from, path.join(dir, f));
            fs.utimesSync(path.join(dir, f), st.atime, st.mtime); // keeps .br "not older"
          }
        }
        if (distFingerprint(dist) === before) return { dir, fingerprint: before };
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } catch (err) {
      missing = [err.message];
    }
    if (Date.now() > deadline) throw new Error(`dist/ is not complete or keeps changing (a build running?): ${missing.join(', ') || 'changed while copying'}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

function distFiles(dist) {
  return fs.readdirSync(dist).filter((f) => fs.statSync(path.join(dist, f)).isFile()).sort()
    .map((f) => ({ file: f, bytes: fs.statSync(path.join(dist, f)).size }));
}

// --- scale: the same page with 10, 100, 400 regions ----------------------------

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo', 'Asia/Tokyo', 'Europe/London', 'America/Los_Angeles', 'Africa/Johannesburg', 'Asia/Kathmandu'];

/** A feed of `n` regions, each with one weekly four-hour window, begun 60 days ago. */
function scaleFeed(n, now = new Date()) {
  const day = (offset) => new Date(now.getTime() + offset * 86400000).toISOString().slice(0, 10);
  const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const regions = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Region ${i + 1}`, time_zone: ZONES[i % ZONES.length] }));
  return {
    feed_version: 1,
    service: { name: 'Scale test' },
    generated_at: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    regions,
    recurring: regions.map((r, i) => ({
      id: `weekly-${r.id}`,
      title: 'Weekly maintenance',
      region: r.id,
      rrule: `FREQ=WEEKLY;BYDAY=${days[i % 7]}`,
      starts_on: day(-60),
      start_time: '22:00',
      duration_minutes: 240,
      kind: 'infrastructure',
      expected_downtime_minutes: 15,
    })),
  };
}

/** A copy of `dir` serving the `n`-region feed, 90 days, without the baked snapshot. */
function scaleDist(dir, n) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `bench-scale-${n}-`));
  for (const f of fs.readdirSync(dir)) {
    const from = path.join(dir, f);
    if (fs.statSync(from).isFile() && !f.endsWith('.br')) fs.copyFileSync(from, path.join(out, f));
  }
  const cfg = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
  fs.writeFileSync(path.join(out, 'config.json'), JSON.stringify({ ...cfg, feed_url: 'feed.json', horizon_days: 90 }));
  fs.writeFileSync(path.join(out, 'feed.json'), JSON.stringify(scaleFeed(n)));
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const bare = html.replace(/<section id="?snapshot"?[^>]*>[\s\S]*?<\/section>/, '<section id="snapshot"></section>');
  if (bare === html && /id="?snapshot"?[^>]*data-made/.test(html)) throw new Error('could not take the snapshot out of index.html');
  fs.writeFileSync(path.join(out, 'index.html'), bare);
  return out;
}

/** Unthrottled loads of each scale feed, `runs` times in turn. */
async function scaleRuns(browser, dir, opts) {
  const dirs = opts.scale.map((n) => [n, scaleDist(dir, n)]);
  const servers = [];
  try {
    for (const [n, d] of dirs) servers.push([n, await startServer(d)]);
    const samples = Object.fromEntries(opts.scale.map((n) => [n, []]));
    const one = ([, srv]) => load(browser, { url: `${srv.origin}/`, origin: srv.origin, condition: CONDITIONS.unthrottled, kind: 'passive', visibleSelector: 'section#upcoming [data-window-id]', settle: opts.settle, timeout: opts.timeout });
    process.stderr.write('scale: warm-up; ');
    for (const s of servers) await one(s); // not counted: a feed's first load is slower
    process.stderr.write(`${opts.scale.join(', ')} regions:`);
    for (let i = 0; i < opts.runs; i++) {
      process.stderr.write(` ${i + 1}`);
      for (const s of servers) samples[s[0]].push(await one(s));
    }
    process.stderr.write('\n');
    const out = {};
    for (const n of opts.scale) {
      out[n] = { loads: samples[n] };
      for (const key of ['visible', 'jsHeap', 'wasmMemory', 'drawn', 'bytesBody']) out[n][key] = stats(samples[n].map((x) => x[key]));
    }
    return out;
  } finally {
    for (const [, srv] of servers) await srv.close();
    for (const [, d] of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

function scaleTable(scale) {
  const rows = [['regions', 'windows drawn', 'first window visible', 'JS heap', 'wasm memory', 'feed + page (brotli)']];
  for (const [n, r] of Object.entries(scale)) rows.push([n, cell(r.drawn, 'count'), cell(r.visible, 'ms'), cell(r.jsHeap, 'bytes'), cell(r.wasmMemory, 'bytes'), cell(r.bytesBody, 'bytes')]);
  return ['', 'scale: one weekly window per region, 90 days, unthrottled, the live list (no snapshot)', ...columns(rows)].join('\n');
}

function scaleTargets(scale) {
  const ns = Object.keys(scale).map(Number).sort((a, b) => a - b);
  if (!ns.length) return [];
  const small = scale[ns[0]], big = scale[ns[ns.length - 1]];
  const out = [];
  if (ns.length > 1) {
    const q = big.visible.median / small.visible.median;
    out.push({ target: `${ns[ns.length - 1]} regions visible ≤ ${TARGETS.scaleOverSmallest}× ${ns[0]} regions, unthrottled`, value: big.visible.median, unit: 'ms', ratio: q, pass: q <= TARGETS.scaleOverSmallest });
  }
  out.push({ target: `JS heap after load, ${ns[ns.length - 1]} regions ≤ ${TARGETS.scaleHeapBytes / 1024 / 1024} MB`, value: big.jsHeap.median, unit: 'bytes', pass: big.jsHeap.median <= TARGETS.scaleHeapBytes });
  return out;
}

// --- main ---------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.dist, 'index.html'))) {
    console.error(`${opts.dist}/index.html is missing: run make dist`);
    process.exit(2);
  }
  const t0 = Date.now();
  const snap = await snapshot(opts.dist);
  process.on('exit', () => fs.rmSync(snap.dir, { recursive: true, force: true }));
  process.on('SIGINT', () => process.exit(130));
  const srv = await startServer(snap.dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const result = {
    date: new Date().toISOString(),
    git: gitInfo(),
    chromium: browser.version(),
    node: process.version,
    runs: opts.runs,
    settleMs: opts.settle,
    context: CONTEXT,
    dist: distFiles(snap.dir),
    conditionsSpec: Object.fromEntries(opts.conditions.map((c) => [c, CONDITIONS[c]])),
    targetsSpec: TARGETS,
    conditions: {},
    targets: [],
    broken: null,
  };
  const targetsOf = {
    reference: { url: `${srv.origin}/reference/`, visibleSelector: '[data-window-id]', kind: 'passive' },
    app: { url: `${srv.origin}/`, visibleSelector: '[data-window-id]', localSelector: 'section#upcoming [data-window-id]', kind: 'passive' },
    input: { url: `${srv.origin}/`, visibleSelector: null, kind: 'input' },
  };
  let exit = 0;
  try {
    for (const cond of opts.conditions) {
      const condition = CONDITIONS[cond];
      const samples = { reference: [], app: [], input: [] };
      const one = (name) => load(browser, { ...targetsOf[name], origin: srv.origin, condition, settle: opts.settle, timeout: opts.timeout });
      if (cond === opts.conditions[0]) {
        process.stderr.write('warm-up; ');
        await one('app'); // not counted: the browser's first page is slower
      }
      process.stderr.write(`${cond}:`);
      for (let i = 0; i < opts.runs; i++) {
        process.stderr.write(` ${i + 1}`);
        for (const name of ['reference', 'app', 'input']) samples[name].push(await one(name));
      }
      process.stderr.write('\n');
      const r = { app: {}, reference: {}, input: {}, ratios: {}, loads: samples };
      for (const name of ['reference', 'app', 'input']) {
        for (const [key, , , where] of METRICS) {
          if (!where.includes(name)) continue;
          const s = stats(samples[name].map((x) => x[key]));
          if (s) r[name][key] = s;
        }
      }
      for (const [key] of METRICS) {
        const q = ratio(r.app[key], r.reference[key]);
        if (q !== null) r.ratios[key] = q;
      }
      // The first window visible against the reference's first paint.
      r.ratios.visibleOverReferenceFcp = ratio(r.app.visible, r.reference.fcp);
      result.conditions[cond] = r;
    }
    if (opts.scale.length) result.scale = await scaleRuns(browser, snap.dir, opts);
  } catch (err) {
    if (!(err instanceof BrokenRun)) throw err;
    result.broken = err.message;
    exit = 1;
  } finally {
    await browser.close().catch(() => {});
    await srv.close();
  }

  if (distFingerprint(opts.dist) !== snap.fingerprint) {
    result.distChanged = true;
    console.log('note: dist/ changed during the run; the figures are of the build copied at the start');
  }
  if (!result.broken) {
    const pageErrors = [
      ...Object.values(result.conditions).flatMap((r) => [...r.loads.app, ...r.loads.input]),
      ...Object.values(result.scale || {}).flatMap((r) => r.loads),
    ].flatMap((s) => s.pageErrors);
    if (pageErrors.length) console.log(`note: ${pageErrors.length} uncaught page error(s), first: ${pageErrors[0]}`);
    const first = Object.values(result.conditions)[0];
    if (first) {
      console.log('\nfirst view of the app (first load):');
      for (const q of first.loads.app[0].requestList) {
        console.log(`  ${String(q.status).padEnd(4)} ${q.url.padEnd(52)} ${fmt(q.body, 'bytes').padStart(9)} ${q.encoding || 'identity'}`);
      }
    }
    let baseline = null;
    if (opts.baseline) {
      try {
        baseline = JSON.parse(fs.readFileSync(opts.baseline, 'utf8'));
        console.log(`\nbaseline: ${opts.baseline} (${baseline.date}, ${baseline.git ? baseline.git.commit.slice(0, 12) + (baseline.git.dirty ? ' + changes' : '') : 'no commit'})`);
      } catch (err) {
        console.log(`\nbaseline ${opts.baseline} not read: ${err.message}`);
      }
    }
    console.log(table(result, baseline));
    if (result.scale) console.log(scaleTable(result.scale));
    result.targets = [...targets(result), ...(result.scale ? scaleTargets(result.scale) : [])];
    console.log('\ntargets (issues 7 and 15)');
    for (const t of result.targets) {
      const extra = t.ratio !== undefined ? ` (${t.ratio.toFixed(2)}×)` : '';
      console.log(`  ${t.target.padEnd(66)} ${fmt(t.value, t.unit).padStart(9)}${extra}  ${t.pass ? 'PASS' : 'MISS'}`);
    }
  } else {
    console.error(`\nBROKEN RUN: ${result.broken}`);
  }
  result.seconds = Math.round((Date.now() - t0) / 100) / 10;
  fs.mkdirSync(path.dirname(opts.json), { recursive: true });
  fs.writeFileSync(opts.json, JSON.stringify(result, null, 1) + '\n');
  console.log(`\n${result.seconds} s; every sample in ${path.relative(process.cwd(), opts.json) || opts.json}`);
  process.exit(exit);
}

await main();
