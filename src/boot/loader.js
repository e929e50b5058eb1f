// The boot loader: the one inline script of index.html. `make dist`
// (tools/postbuild.mjs) puts language.js in front of it, fills in the
// placeholders below, minifies the whole with terser and inlines it in
// place of Trunk's own loader; the page's Content-Security-Policy allows it
// by its hash (dist/csp.txt).
//
// Placeholders, filled at build time:
//   __JS__        the hashed wasm-bindgen JS glue, e.g. maintenance-window-1a2b.js
//   __WASM__      the hashed wasm, e.g. maintenance-window-1a2b_bg.wasm
//   __WASM_SRI__  the wasm's subresource integrity (sha384-…)
//   __LANGUAGES__ the language files the build ships, as a JSON array
//
// What it does, so the first view waits for as little as possible:
// - The data does not wait for the code: config.json, then the feed it
//   names, are requested at once (10 s timeout each) and handed to the app
//   through window.__prefetch (src/browser/http.rs, `prefetched`), which
//   reads and judges them exactly as its own requests. Every answer is read
//   whole here, within its 10 s: a body left unread while the app waits
//   would be cut off by its timeout.
// - config.json's title goes into the placeholder's heading (as text) as
//   soon as it is here, and the app starts only once it is (or after 1.5 s
//   at most; the code is downloading meanwhile), so the heading never
//   changes size under the visitor's eyes.
// - The language is chosen here (chooseLanguage, language.js) once
//   config.json is read, among its `languages` (default: every file the
//   build ships); the file i18n/<code>.json is fetched beside the feed and
//   handed over as "i18n" -> [URL, its text, code] (src/browser/i18n.rs);
//   null for English, which is built in. The app waits 3 s at most for it
//   (then shows English).
// - Subresource integrity that holds for the wasm too: Chromium ignores
//   `integrity` on a preload, so the wasm is fetched here with its hash (a
//   changed or truncated wasm is refused, not run); the JS's hash is in an
//   import map next to this script.
// - Never a blank page: #boot shows the heading and "Loading…" until the
//   app replaces it; if the JS or the wasm cannot be loaded, it says so,
//   with a Reload button.
// - With a schedule snapshot baked into #boot (server/src/snapshot.rs), the
//   heading and the status line are left as they are until an error: the
//   snapshot already has the title, and nothing above it may move.

/* global chooseLanguage */

const TIMEOUT_MS = 10000;
const LANGUAGE_TIMEOUT_MS = 3000;
const APP_WAITS_FOR_FEED_MS = 1500;
// The language switch's saved choice (src/browser/i18n.rs STORE_KEY, with
// src/browser/storage.rs's prefix).
const LANGUAGE_KEY = 'maintenance-window:lang';
const SHIPPED_LANGUAGES = __LANGUAGES__;
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const prefetched = (window.__prefetch = new Map());
// A schedule snapshot in the page (server/src/snapshot.rs) already carries
// the title and the windows: nothing above it may change size, so the
// heading and the "Loading…" line stay as they are (errors still show).
const snapshot = document.querySelector('#snapshot[data-made]:not([hidden])');

/** A GET whose answer is read whole, as a Response the app can read again. */
function get(url) {
  const answer = fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(TIMEOUT_MS) }).then((r) =>
    r.arrayBuffer().then(
      (body) =>
        new Response([204, 205, 304].includes(r.status) ? null : body, {
          status: r.status,
          statusText: r.statusText,
          headers: r.headers,
        }),
    ),
  );
  answer.catch(() => {});
  return answer;
}

const configUrl = new URL('config.json', document.baseURI).href;
const configAnswer = get(configUrl);
const config = configAnswer.then((r) => (r.ok ? r.clone().json() : null));
prefetched.set(configUrl, configAnswer);

prefetched.set(
  'feed',
  config
    .then((c) => {
      const title = typeof c.title == 'string' && c.title.trim();
      const heading = title && !snapshot && document.querySelector('#boot h1');
      if (heading) heading.textContent = title;
      const feed = new URL(c.feed_url, configUrl);
      return /^https?:$/.test(feed.protocol) ? [feed.href, get(feed.href)] : null;
    })
    .catch(() => null),
);

prefetched.set(
  'i18n',
  config
    .then((c) => {
      const languages = Array.isArray(c.languages)
        ? c.languages.filter((code) => typeof code == 'string' && LANGUAGE_CODE.test(code))
        : SHIPPED_LANGUAGES;
      let saved = null;
      try {
        saved = localStorage.getItem(LANGUAGE_KEY);
      } catch (e) {
        // storage blocked: no saved choice
      }
      const wishes = [new URLSearchParams(location.search).get('lang'), saved, ...navigator.languages];
      const code = chooseLanguage(wishes, languages.concat('en'));
      if (!code || code.toLowerCase() == 'en') return null;
      const url = new URL('i18n/' + code + '.json', configUrl).href;
      const text = Promise.race([
        get(url).then((r) => (r.ok ? r.text() : Promise.reject(Error('HTTP ' + r.status)))),
        new Promise((_, fail) => setTimeout(() => fail(Error('no answer within 3 s')), LANGUAGE_TIMEOUT_MS)),
      ]);
      return [url, text, code];
    })
    .catch(() => null),
);

const status = document.getElementById('boot-status');
if (status && !snapshot) status.textContent = 'Loading the maintenance schedule…';
try {
  const wasm = fetch('./__WASM__', { integrity: '__WASM_SRI__' });
  const glue = import('./__JS__');
  wasm.catch(() => {});
  glue.catch(() => {});
  await Promise.race([prefetched.get('feed'), new Promise((done) => setTimeout(done, APP_WAITS_FOR_FEED_MS))]);
  const bindings = await glue;
  const instance = await bindings.default({ module_or_path: wasm });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
} catch (e) {
  console.error(e);
  if (status) {
    status.setAttribute('role', 'alert');
    status.textContent = 'The page could not load its code (' + e + '). Check your connection, then ';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload';
    reload.onclick = () => location.reload();
    status.append(reload);
  }
}
