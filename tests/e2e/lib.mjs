// Shared helpers for the end-to-end tests: launch Chromium, open a page with a
// zone/locale/clock, wait for the list to settle, read the rendered windows.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';
import { chooseLanguage } from '../../src/boot/language.js';

export { startServer, DEFAULT_ROOT } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const FIXED_NOW = '2026-11-26T12:00:00Z';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export function readJson(rel) {
  return JSON.parse(readFileSync(path.join(HERE, rel), 'utf8'));
}

/** A fresh deep copy of fixtures/feed.json. */
export const fixtureFeed = () => readJson('fixtures/feed.json');
/** fixtures/expected.json, written by gen_expected.py. */
export const expected = () => readJson('fixtures/expected.json');

/** The config the fixture tests use (180-day horizon to reach April 2027). */
export function testConfig(extra = {}) {
  return { feed_url: 'feed.json', horizon_days: 180, title: 'Acme maintenance (e2e)', ...extra };
}

/** Serve the fixture config + feed on `srv` (paths relative to its prefix). */
export function serveFixture(srv, { config = testConfig(), feed = fixtureFeed() } = {}) {
  srv.override('config.json', { json: config });
  srv.override('feed.json', { json: feed });
}

/**
 * Open a page in a fresh context. Options:
 *   timezoneId, locale       context emulation (default UTC / en-GB)
 *   now                      fixed clock (Date.now()/new Date()); null = real clock
 *   path                     appended to srv.url (e.g. '?feed=x', 'index.html')
 *   url                      full URL instead of srv.url + path
 *   goto                     false to skip navigation
 *   blockOtherOrigins        abort any request not to srv.origin (default true)
 *   allowOrigins             further origins let through when blocking (default none),
 *                            e.g. the app's server for a parent page on another origin
 * Returns { context, page, errors, console, requests, responses }.
 */
export async function openPage(browser, srv, opts = {}) {
  const {
    timezoneId = 'UTC',
    locale = 'en-GB',
    now = FIXED_NOW,
    path: p = '',
    url,
    goto = true,
    blockOtherOrigins = true,
    allowOrigins = [],
  } = opts;
  const context = await browser.newContext({ timezoneId, locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const h = { context, page, errors: [], console: [], requests: [], responses: [] };
  page.on('pageerror', (e) => h.errors.push(String(e && e.stack ? e.stack : e)));
  page.on('console', (m) => h.console.push(`${m.type()}: ${m.text()}`));
  page.on('request', (r) => h.requests.push(r.url()));
  page.on('response', (r) => h.responses.push({ url: r.url(), status: r.status() }));
  if (blockOtherOrigins) {
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(srv.origin + '/')) return route.continue();
      if (allowOrigins.some((o) => u.startsWith(o + '/'))) return route.continue();
      return route.abort('blockedbyclient');
    });
  }
  if (now !== null) await page.clock.setFixedTime(new Date(now));
  if (goto) await page.goto(url ?? srv.url + p, { waitUntil: 'load' });
  return h;
}

/**
 * Run `fn(h)` with a page from openPage(); afterwards assert that no uncaught
 * page error happened, and always close the context.
 */
export async function withPage(browser, srv, opts, fn) {
  const h = await openPage(browser, srv, opts);
  try {
    await fn(h);
    assert.deepEqual(h.errors, [], `uncaught page errors:\n${h.errors.join('\n')}`);
  } catch (err) {
    if (h.console.length) err.message += `\n--- browser console ---\n${h.console.slice(-30).join('\n')}`;
    throw err;
  } finally {
    await h.context.close();
  }
}

const SECTION = 'section#upcoming';

async function snapshot(page) {
  return page
    .evaluate(() => {
      const s = document.querySelector('section#upcoming');
      const el = s || document.body;
      return `${s ? 'section#upcoming' : 'NO section#upcoming; body'}: ${el.outerHTML.slice(0, 1500)}`;
    })
    .catch((e) => `(no snapshot: ${e.message})`);
}

/** Wait until section#upcoming has a data-state other than "loading"; return it. */
export async function waitForSettled(page, { timeout = 15000 } = {}) {
  try {
    const handle = await page.waitForFunction(
      () => {
        const s = document.querySelector('section#upcoming');
        const st = s && s.getAttribute('data-state');
        return st && st !== 'loading' ? st : false;
      },
      null,
      { timeout, polling: 50 },
    );
    return await handle.jsonValue();
  } catch (err) {
    throw new Error(`section#upcoming never left data-state="loading" (or is missing) within ${timeout} ms\n${await snapshot(page)}`, { cause: err });
  }
}

/** Wait for the list to settle and assert its data-state. */
export async function expectState(page, want, opts) {
  const got = await waitForSettled(page, opts);
  if (got !== want) {
    assert.fail(`${SECTION}[data-state]: expected "${want}", got "${got}"\n${await snapshot(page)}`);
  }
}

/** Wait until section#upcoming has exactly data-state=`want` (e.g. after "Try again"). */
export async function waitForState(page, want, { timeout = 15000 } = {}) {
  try {
    await page.waitForSelector(`section#upcoming[data-state="${want}"]`, { timeout, state: 'attached' });
  } catch (err) {
    throw new Error(`section#upcoming never reached data-state="${want}" within ${timeout} ms\n${await snapshot(page)}`, { cause: err });
  }
}

/** Every li.window in the list, in document order, with what the tests check. */
export function readWindows(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    return [...document.querySelectorAll('section#upcoming ol.window-list > li.window')].map((li) => {
      const field = (name) => text(li.querySelector(`[data-field="${name}"]`));
      const time = (role) => {
        const t = li.querySelector(`time[data-role="${role}"]`);
        return t ? { datetime: t.getAttribute('datetime'), text: t.textContent } : null;
      };
      return {
        id: li.getAttribute('data-window-id'),
        status: li.getAttribute('data-status'),
        region: li.getAttribute('data-region'),
        cancelledClass: li.classList.contains('cancelled'),
        title: field('title'),
        regionName: field('region'),
        kind: field('kind'),
        statusText: field('status'),
        downtime: field('downtime'),
        start: time('start'),
        end: time('end'),
      };
    });
  });
}

/** The value of the (single) data-display-zone attribute, asserting there is exactly one. */
export async function displayZone(page) {
  const zones = await page.$$eval('[data-display-zone]', (els) => els.map((e) => e.getAttribute('data-display-zone')));
  assert.equal(zones.length, 1, `expected exactly one [data-display-zone] element, got ${zones.length}: ${JSON.stringify(zones)}`);
  return zones[0];
}

/** What the spec says the visible text must contain. */
export function intlTime(locale, zone, instant) {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(new Date(instant));
}

/**
 * The time of day of a `datetime` attribute ("2026-12-06T12:45:00+05:45"),
 * as Intl words it in `locale`: its wall clock formatted in UTC, so no tz
 * data but the one that computed the attribute is involved.
 */
export function intlWallTime(locale, datetime) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(datetime ?? '');
  assert.ok(m, `datetime attribute ${JSON.stringify(datetime)}`);
  const wall = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]));
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(wall);
}

/** Collapse every kind of space (incl. U+202F, U+00A0) to one ASCII space. */
export const normSpace = (s) => s.replace(/[\u2066-\u2069]/gu, '').replace(/[\s\u00a0\u202f\u2009]+/gu, ' ').trim();

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Assert `text` contains `time` not glued to other digits ("2:15" must not match "12:15"). */
export function assertContainsTime(text, time, what) {
  const re = new RegExp(`(^|[^0-9])${escapeRe(normSpace(time))}($|[^0-9])`, 'u');
  assert.ok(re.test(normSpace(text ?? '')), `${what}: visible text ${JSON.stringify(text)} does not contain ${JSON.stringify(time)}`);
}

/** Text of an element, or null if absent. */
export function textOf(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    // Bidi isolates (U+2066-2069) around values in right-to-left sentences are not text.
    return el ? el.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() : null;
  }, selector);
}

/** Assert a window list matches expected.json for one display zone/locale. */
export function assertWindowsMatch(got, exp, zone, locale) {
  assert.deepEqual(
    got.map((w) => w.id),
    exp.windows.map((w) => w.id),
    `[${zone}] data-window-id list (soonest first)`,
  );
  for (const [i, e] of exp.windows.entries()) {
    const w = got[i];
    const at = `[${zone} ${locale}] li.window[data-window-id="${e.id}"]`;
    assert.equal(w.status, e.status, `${at} data-status`);
    assert.equal(w.region, e.region, `${at} data-region`);
    assert.equal(w.cancelledClass, e.status === 'cancelled', `${at} class "cancelled" iff data-status="cancelled"`);
    assert.ok(w.start, `${at} has time[data-role="start"]`);
    assert.ok(w.end, `${at} has time[data-role="end"]`);
    assert.equal(w.start.datetime, e.start[zone], `${at} time[data-role="start"][datetime]`);
    assert.equal(w.end.datetime, e.end[zone], `${at} time[data-role="end"][datetime]`);
    // The wall time comes from expected.json (Python zoneinfo on the release
    // the app carries), not from Node's own, possibly older, tz data.
    assertContainsTime(w.start.text, intlWallTime(locale, e.start[zone]), `${at} time[data-role="start"]`);
    assertContainsTime(w.end.text, intlWallTime(locale, e.end[zone]), `${at} time[data-role="end"]`);
  }
}

// ---------------------------------------------------------------------------
// The reference feed server (server/, binary `feed-server`), for the
// subscription tests. Added for subscribe.test.mjs and soak.test.mjs.

import { DEFAULT_ROOT as DIST_ROOT, startServer } from './server.mjs';

const REPO_ROOT = path.resolve(HERE, '../..');

/**
 * Path of the `feed-server` binary: $FEED_SERVER, else built (debug) with
 * cargo from the workspace, which is quick when it is up to date.
 */
export function feedServerBinary() {
  if (process.env.FEED_SERVER) return process.env.FEED_SERVER;
  const built = spawnSync('cargo', ['build', '--quiet', '-p', 'maintenance-feed-server', '--features', 'test-control', '--bin', 'feed-server'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0) throw new Error('cargo build -p maintenance-feed-server failed');
  return path.join(REPO_ROOT, 'target/debug/feed-server');
}

/**
 * Start `feed-server --test-control` on an ephemeral port, serving `dist`
 * (default DEFAULT_ROOT), `feed` (an object, or a file path; default the
 * fixture feed) as /feed.json and `config` (an object; default
 * testConfig() posting to api/subscriptions) as /config.json, with a fresh
 * SQLite database. `args` are extra flags (e.g. ['--fault-rate', '0.3']).
 * The result works as `srv` for openPage()/withPage() and adds the test
 * control routes: faults(patch), subscriptions(), requests(), reset(), and
 * `log` (its stderr lines).
 */
export async function startFeedServer({ dist = DIST_ROOT, feed, config, args = [] } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'feed-server-'));
  const feedFile = typeof feed === 'string' ? feed : path.join(dir, 'feed.json');
  if (typeof feed !== 'string') writeFileSync(feedFile, JSON.stringify(feed ?? fixtureFeed()));
  const configFile = path.join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(config ?? testConfig({ subscribe_url: 'api/subscriptions' })));
  const db = path.join(dir, 'subscriptions.sqlite');
  const proc = spawn(
    feedServerBinary(),
    ['--dist', dist, '--feed', feedFile, '--config', configFile, '--db', db, '--addr', '127.0.0.1:0', '--test-control', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = [];
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (chunk) => log.push(...chunk.split('\n').filter(Boolean)));
  const origin = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`feed-server did not start:\n${out}\n${log.join('\n')}`)), 20000);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`feed-server exited (${code}):\n${out}\n${log.join('\n')}`));
    });
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /Serving (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  proc.removeAllListeners('exit');
  const call = async (method, p, body) => {
    const res = await fetch(origin + p, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${p}: HTTP ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
  return {
    origin,
    url: origin + '/',
    prefix: '/',
    db,
    log,
    proc,
    /** POST /__test/faults: fail_first, delay_ms, reply_429, retry_after, fault_rate, seed, rate_per_address, rate_per_ip. */
    faults: (patch) => call('POST', '/__test/faults', patch),
    /** Every stored subscription row. */
    subscriptions: () => call('GET', '/__test/subscriptions'),
    /** Every POST to /api/subscriptions: { seq, idempotency_key, status, fault, replayed }. */
    requests: () => call('GET', '/__test/requests'),
    /** Forget subscriptions, keys, the request log and rate-limit counts. */
    reset: () => call('POST', '/__test/reset'),
    async close() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (proc.exitCode === null) proc.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------
// A clock the test moves, for the schedule tests (schedule.test.mjs).

/**
 * Install Playwright's fake clock on `page` (before `goto`), paused at
 * `time`: nothing moves until the test calls page.clock.fastForward(ms),
 * runFor(ms), pauseAt() or resume().
 *
 * Also keeps timer ids small. Playwright's fake setTimeout returns ids from
 * 1e12 up, which do not fit the i32 that web-sys (and so the app) keeps: the
 * app's clearTimeout(id) would then clear nothing, and a timer whose Rust
 * closure was already dropped (the 10 s fetch timeout) would fire later and
 * throw "closure invoked recursively or after being dropped". Real browsers
 * hand out small ids, so the shim only restores what a browser does.
 */
export async function installClock(page, time) {
  const at = new Date(time).getTime();
  // install() starts a ticking clock; pauseAt() must not go back, so start
  // a second early and pause exactly at `time`.
  await page.clock.install({ time: new Date(at - 1000) });
  await page.addInitScript(() => {
    const ids = new Map();
    let next = 1;
    const wrapSet = (set) =>
      function (...args) {
        const id = next++;
        ids.set(id, set.apply(this, args));
        return id;
      };
    const wrapClear = (clear) =>
      function (id) {
        const real = ids.has(id) ? ids.get(id) : id;
        ids.delete(id);
        return clear.call(this, real);
      };
    window.setTimeout = wrapSet(window.setTimeout);
    window.setInterval = wrapSet(window.setInterval);
    window.clearTimeout = wrapClear(window.clearTimeout);
    window.clearInterval = wrapClear(window.clearInterval);
  });
  await page.clock.pauseAt(new Date(at));
}

const FULL_FORMAT = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };

/** Weekday, date and time as the page shows a start: `Sun 6 Dec, 7:00`. */
export function intlDateTime(locale, zone, instant) {
  return new Intl.DateTimeFormat(locale, { ...FULL_FORMAT, timeZone: zone }).format(new Date(instant));
}

/** The date alone as a day heading shows it: `Sun 6 Dec`. */
export function intlDate(locale, zone, instant) {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }).format(new Date(instant));
}

// ---------------------------------------------------------------------------
// Accessibility: axe-core (npm `axe-core`, pinned in package.json) injected
// into a page or frame. Added for a11y.test.mjs and widget.test.mjs.

/** The WCAG 2.0/2.1 level A and AA rule tags axe checks by default here. */
export const AXE_WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource;

/**
 * Run axe-core in `target` (a Playwright Page or Frame) over the whole
 * document, or `include`/`exclude` selectors, with the WCAG 2.1 A/AA rules
 * (`tags`); returns the violations of every impact, each reduced to
 * { id, impact, help, nodes: [{ target, summary, html }] }.
 */
export async function axeViolations(target, { tags = AXE_WCAG_TAGS, include, exclude } = {}) {
  axeSource ??= readFileSync(path.join(HERE, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await target.evaluate(() => typeof window.axe === 'object'))) await target.evaluate(axeSource);
  return target.evaluate(
    async ({ tags, include, exclude }) => {
      const context = include || exclude ? { include: include ?? [document], exclude: exclude ?? [] } : document;
      const result = await window.axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 300) })),
      }));
    },
    { tags, include, exclude },
  );
}

/** One line per failing node: `rule-id (impact) selector: message`. */
export function formatViolations(violations) {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target}: ${v.help}\n    ${String(n.summary).replace(/\n/g, '\n    ')}\n    ${n.html}`),
    )
    .join('\n');
}

/** Assert axe finds no violation in `target`; `what` names the state checked. */
export async function assertNoAxeViolations(target, what, opts) {
  const violations = await axeViolations(target, opts);
  assert.equal(violations.length, 0, `axe-core violations on ${what}:\n${formatViolations(violations)}`);
}

// ---------------------------------------------------------------------------
// The FAQ (section#faq), fetched lazily when it nears the viewport or the URL
// hash names an entry. Added for faq.test.mjs.

/** Scroll section#faq into view (which triggers its lazy load). */
export async function scrollToFaq(page) {
  await page.waitForSelector('section#faq', { state: 'attached', timeout: 15000 });
  await page.evaluate(() => document.querySelector('section#faq').scrollIntoView({ block: 'start' }));
}

/** Wait until section#faq has data-state=`want` ('loaded', 'error', …). */
export async function waitForFaqState(page, want, { timeout = 15000 } = {}) {
  try {
    await page.waitForSelector(`section#faq[data-state="${want}"]`, { state: 'attached', timeout });
  } catch (err) {
    const snap = await page
      .evaluate(() => {
        const s = document.querySelector('section#faq');
        return s ? s.outerHTML.slice(0, 1500) : 'NO section#faq';
      })
      .catch((e) => `(no snapshot: ${e.message})`);
    throw new Error(`section#faq never reached data-state="${want}" within ${timeout} ms\n${snap}`, { cause: err });
  }
}

/** Scroll to the FAQ and wait until it is loaded (for tests that need its entries). */
export async function openFaq(page, opts) {
  await scrollToFaq(page);
  await waitForFaqState(page, 'loaded', opts);
}

/**
 * Poll `fn` until it returns something truthy, and return that; fail with
 * `what` and the last value after `timeout` ms. `opts` is the timeout in ms
 * or `{ timeout, interval }` (defaults 10 s, 50 ms). The one polling helper
 * of the suite.
 */
export async function until(fn, what, opts = {}) {
  const { timeout = 10000, interval = 50 } = typeof opts === 'number' ? { timeout: opts } : opts;
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) assert.fail(`${what} (within ${timeout} ms; last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Poll `read()` until it deep-equals `want` (as JSON); fail with the last value read. */
export async function untilEqual(what, read, want, opts = 5000) {
  let last;
  await until(
    async () => {
      last = await read();
      return JSON.stringify(last) === JSON.stringify(want);
    },
    `${what} (want ${JSON.stringify(want)}, still ${JSON.stringify(last)})`,
    opts,
  ).catch(() => assert.fail(`${what}: want ${JSON.stringify(want)}, still ${JSON.stringify(last)}`));
  return last;
}

/**
 * The hooks every browser suite needs, registered in one place: one
 * Chromium and one server for the enclosing describe block, closed after
 * it. The server is the scriptable test server (`startServer(server)`)
 * unless `start` starts another (e.g. `() => startFeedServer(...)`, the
 * reference server). Before each test (unless `each` is null) the test
 * server's overrides are cleared and its request log emptied, then
 * `each(srv)` runs (by default: the fixture config and feed are served).
 * `set(browser, srv)` hands the two to the suite once they exist.
 */
export function useBrowserAndServer(set, { server, start = () => startServer(server), each = (srv) => serveFixture(srv) } = {}) {
  let browser;
  let srv;
  before(async () => {
    browser = await launchBrowser();
    srv = await start();
    set(browser, srv);
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });
  if (each) {
    beforeEach(async () => {
      srv.clearOverrides?.();
      srv.resetRequests?.();
      await each(srv);
    });
  }
}

// ---------------------------------------------------------------------------
// Translations: public/i18n/<lang>.json, keyed by the English text (plural
// messages by their English "other" form). Added for i18n.test.mjs and for
// the tests that run in a non-English browser locale.

const I18N_DIR = path.resolve(HERE, '../../public/i18n');
/** The languages the page offers by default (config.json without `languages`). */
export const BUILT_IN_LANGUAGES = ['en', 'de', 'fr', 'ja', 'es', 'pt-BR', 'zh-CN', 'ar'];
const catalogs = new Map();

/** public/i18n/<lang>.json's messages. */
export function catalog(lang) {
  if (!catalogs.has(lang)) catalogs.set(lang, JSON.parse(readFileSync(path.join(I18N_DIR, `${lang}.json`), 'utf8')).messages);
  return catalogs.get(lang);
}

/** The catalog's text for the English message `en` (asserting it has one). */
export function tr(lang, en) {
  const m = catalog(lang)[en];
  assert.equal(typeof m, 'string', `public/i18n/${lang}.json has a text for ${JSON.stringify(en)}`);
  return m;
}

/**
 * The catalog's form of the plural message keyed `other` for `n`, the
 * category chosen by Intl.PluralRules(lang); the count written as
 * Intl.NumberFormat writes it in `locale` (the page's date locale:
 * Arabic-Indic digits in ar-EG), English as plain digits.
 */
export function trn(lang, other, n, locale = lang) {
  const m = catalog(lang)[other];
  assert.ok(m && typeof m === 'object', `public/i18n/${lang}.json has plural forms for ${JSON.stringify(other)}`);
  const category = new Intl.PluralRules(lang).select(n);
  const form = m[category] ?? m.other;
  assert.equal(typeof form, 'string', `public/i18n/${lang}.json ${JSON.stringify(other)} has a "${category}" or "other" form`);
  return form.replaceAll('{n}', lang === 'en' ? String(n) : new Intl.NumberFormat(dateLocale(locale)).format(n));
}

/** `{name}` placeholders of a message filled in (one pass; unknown ones kept). */
export const fillMessage = (template, args) => template.replace(/\{(\w+)\}/g, (all, k) => (Object.hasOwn(args, k) ? String(args[k]) : all));

/** The page's language for a browser `locale`: the loader's own rule (src/boot/language.js), else English. */
export function pageLanguage(locale, offered = BUILT_IN_LANGUAGES) {
  return chooseLanguage([locale], offered) ?? 'en';
}

/** The locale the page formats dates in: the browser's when it is a variant of the page's language, else that language. */
export function dateLocale(locale, offered = BUILT_IN_LANGUAGES) {
  const lang = pageLanguage(locale, offered);
  return locale.split(/[-_]/)[0].toLowerCase() === lang.split('-')[0].toLowerCase() ? locale : lang;
}
