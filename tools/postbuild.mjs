// After `trunk build --release`: minify wasm-bindgen's JS glue with terser
// (Trunk's own minifier fails on it), keep index.html's subresource
// integrity in step, and write .br and .gz siblings of the hashed files (JS,
// wasm, CSS) for hosts that serve precompressed files. index.html,
// config.json and the feed get none: vendors edit them, and a stale sibling
// would be served instead of the edit.
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { minify } from 'terser';

const dist = process.argv[2] || 'dist';
const sri = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');
let html = readFileSync(join(dist, 'index.html'), 'utf8');

for (const name of readdirSync(dist).filter((f) => f.endsWith('.js') && html.includes(f))) {
  const path = join(dist, name);
  const before = readFileSync(path);
  const out = await minify(before.toString('utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) throw new Error(`terser produced nothing for ${name}`);
  writeFileSync(path, out.code);
  const oldSri = sri(before);
  if (!html.includes(oldSri)) throw new Error(`index.html has no integrity ${oldSri} for ${name}`);
  html = html.split(oldSri).join(sri(Buffer.from(out.code)));
  console.log(`minified ${name}: ${before.length} -> ${out.code.length} bytes`);
}

// The <noscript> text links to the live status page the built feed names
// (service.status_url, http(s) only), so a visitor without JavaScript still
// finds the current status.
const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let statusUrl = null;
try {
  const url = new URL(JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'))?.service?.status_url);
  if (url.protocol === 'https:' || url.protocol === 'http:') statusUrl = url.href;
} catch {
  // no feed.json, no status_url, or not a URL: no link
}
html = html.replace(
  /<span id="?noscript-status"?><\/span>/,
  statusUrl ? ` The current status is on <a href="${escapeHtml(statusUrl)}">the status page</a>.` : '',
);

// Trunk's inline loader, replaced (Trunk writes it after the build, so it
// is rewritten here):
// - Subresource integrity that holds for the wasm too: Chromium ignores
//   `integrity` on the `<link rel=preload as=fetch>` Trunk writes, and its
//   loader fetches the module without it. Ours fetches it with the same hash
//   (a changed or truncated wasm is refused, not run); the preload still
//   starts the download early; the JS's hash is in an import map.
// - Never a blank page: index.html's #boot shows the heading and "Loading…"
//   until the app replaces it; if the JS or the wasm cannot be loaded, it
//   says so, with a Reload button.
const loader = html.match(/<script type=module>([\s\S]*?)<\/script>/);
if (!loader) throw new Error('index.html has no inline module loader');
const jsName = loader[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasmName = loader[1].match(/module_or_path: '\.\/([^']+_bg\.wasm)'/)?.[1];
if (!jsName || !wasmName) throw new Error(`unexpected loader: ${loader[1]}`);
const wasmSri = sri(readFileSync(join(dist, wasmName)));
// - The data does not wait for the code: config.json, then the feed it
//   names, are requested at once (10 s timeout each) and handed to the app
//   through window.__prefetch (src/browser/http.rs, `prefetched`), which
//   reads and judges them exactly as its own requests. config.json's title
//   goes into the placeholder's heading (as text) as soon as it is here, and
//   the app starts only once it is (or after 1.5 s at most; the code is
//   downloading meanwhile), so its heading never changes size under the
//   visitor's eyes.
// - The language is chosen here, once config.json is read: the first of
//   ?lang=, the visitor's stored choice, navigator.languages that the
//   config's languages (default en, de, fr, ja) has, exactly or by primary
//   subtag; its file `i18n/<code>.json` is fetched beside the feed and
//   handed over as "i18n" → [URL, its text, code] (src/browser/i18n.rs);
//   null for English, which is built in. The app waits for it 3 s at most
//   (then shows English).
// - Every answer is read whole here, within its 10 s: a body left unread
//   while the app waits would be cut off by its timeout.
const prefetch = `const P=window.__prefetch=new Map(),g=u=>{const p=fetch(u,{cache:'no-cache',signal:AbortSignal.timeout(10000)}).then(r=>r.arrayBuffer().then(b=>new Response([204,205,304].includes(r.status)?null:b,{status:r.status,statusText:r.statusText,headers:r.headers})));p.catch(()=>{});return p},c=new URL('config.json',document.baseURI).href,q=g(c),J=q.then(r=>r.ok?r.clone().json():null);P.set(c,q);P.set('feed',J.then(j=>{const t=typeof j.title=='string'&&j.title.trim(),h=t&&document.querySelector('#boot h1');h&&(h.textContent=t);const u=new URL(j.feed_url,c);return/^https?:$/.test(u.protocol)?[u.href,g(u.href)]:null}).catch(()=>null));P.set('i18n',J.then(j=>{const a=Array.isArray(j.languages)?j.languages.filter(x=>typeof x=='string'&&/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(x)):['de','fr','ja'],b=a.concat('en'),f=l=>b.find(x=>x.toLowerCase()==l);let s=null;try{s=localStorage.getItem('maintenance-window:lang')}catch(e){}for(const w of [new URLSearchParams(location.search).get('lang'),s,...navigator.languages]){if(!w||!w.trim())continue;const l=w.trim().toLowerCase(),x=f(l)||f(l.split(/[-_]/)[0]);if(x){if(x.toLowerCase()=='en')return null;const u=new URL('i18n/'+x+'.json',c).href;return[u,Promise.race([g(u).then(r=>r.ok?r.text():Promise.reject(Error('HTTP '+r.status))),new Promise((_,f)=>setTimeout(()=>f(Error('no answer within 3 s')),3000))]),x]}}return null}).catch(()=>null));`;
const boot = prefetch + `
const s=document.getElementById('boot-status');s&&(s.textContent='Loading the maintenance schedule…');
try{const w=fetch('./${wasmName}',{integrity:'${wasmSri}'}),m=import('./${jsName}');w.catch(()=>{});m.catch(()=>{});await Promise.race([P.get('feed'),new Promise(r=>setTimeout(r,1500))]);const b=await m;const wasm=await b.default({module_or_path:w});window.wasmBindings=b;dispatchEvent(new CustomEvent('TrunkApplicationStarted',{detail:{wasm}}))}
catch(e){console.error(e);if(s){s.setAttribute('role','alert');s.textContent='The page could not load its code ('+e+'). Check your connection, then ';const r=document.createElement('button');r.type='button';r.textContent='Reload';r.onclick=()=>location.reload();s.append(r)}}`;
// The JS's integrity also goes into an import map, which is what makes
// Chromium check it for the import (the modulepreload's alone is not).
const jsSri = sri(readFileSync(join(dist, jsName)));
const importMap = JSON.stringify({ integrity: { [`./${jsName}`]: jsSri } });
html = html.replace(loader[0], `<script type=importmap>${importMap}</script><script type=module>${boot}</script>`);
// The wasm preload's integrity is ignored by Chromium (with a console
// warning); the loader's fetch carries it.
html = html.replace(/(<link[^>]*rel=preload[^>]*?) integrity=[^ >]+/, '$1').replace(/(<link[^>]*) integrity=[^ >]+([^>]*rel=preload)/, '$1$2');
writeFileSync(join(dist, 'index.html'), html);

// dist/csp.txt: a Content-Security-Policy the page works under when the
// feed and the subscription endpoint are on its own origin (add their
// origins to connect-src otherwise). The inline loader Trunk writes changes
// with the hashed file names, hence its hash is computed here.
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');
writeFileSync(join(dist, 'csp.txt'), csp + '\n');
console.log(`Content-Security-Policy (dist/csp.txt): ${csp}`);

// dist/i18n/<code>.json: the language files the page fetches, keyed by the
// FNV-1a hash of the English text ("#" + 8 hex digits, src/domain/i18n.rs
// `key_hash`) instead of the text: a fifth smaller, brotli-compressed. The
// page reads either form, so a vendor may also drop a readable file there;
// en.json (the list of every message, never fetched) stays readable.
const fnv1a = (text) => {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};
const i18nDir = join(dist, 'i18n');
for (const name of existsSync(i18nDir) ? readdirSync(i18nDir).filter((f) => f.endsWith('.json') && f !== 'en.json') : []) {
  const doc = JSON.parse(readFileSync(join(i18nDir, name), 'utf8'));
  const messages = Object.fromEntries(Object.entries(doc.messages ?? {}).map(([k, v]) => [k.startsWith('#') ? k : '#' + fnv1a(k), v]));
  writeFileSync(join(i18nDir, name), JSON.stringify({ messages }));
}

const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm)$/;
// embed.js too: vendors link it, they do not edit it.
for (const name of readdirSync(dist).filter((f) => hashed.test(f) || f === 'embed.js')) {
  const buf = readFileSync(join(dist, name));
  writeFileSync(join(dist, name + '.br'), brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }));
  writeFileSync(join(dist, name + '.gz'), gzipSync(buf, { level: 9 }));
}
