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
// Custom sections no browser reads (the toolchain's producers and target
// features, and wasm-split's marker): about 0.3 KB brotli. Removed byte for
// byte, so nothing else in the module changes; before its hash is taken.
const UNREAD_SECTIONS = ['producers', 'target_features', '__wasm_split_unstable'];
/** The unsigned LEB128 number at `buf[i]`, and the index after it. */
const leb = (buf, i) => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const b = buf[i++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, i];
  }
};
{
  const wasm = readFileSync(join(dist, wasmName));
  const kept = [wasm.subarray(0, 8)];
  for (let i = 8; i < wasm.length; ) {
    const start = i;
    const id = wasm[i];
    const [size, body] = leb(wasm, i + 1);
    const end = body + size;
    let unread = false;
    if (id === 0) {
      const [length, name] = leb(wasm, body);
      unread = UNREAD_SECTIONS.includes(wasm.subarray(name, name + length).toString('utf8'));
    }
    if (!unread) kept.push(wasm.subarray(start, end));
    i = end;
  }
  const stripped = Buffer.concat(kept);
  writeFileSync(join(dist, wasmName), stripped);
  console.log(`wasm custom sections stripped: ${wasm.length} -> ${stripped.length} bytes`);
}
// Short import names. wasm-bindgen names each of the ~200 functions the wasm
// imports from its JS glue `__wbg_<name>_<16 hex digits>`, and both files
// carry every name: hashes brotli cannot shrink, about 4 KB of the first
// view. Here the wasm's import section and the glue's import object get
// `a`, `b`, … `ba`, … instead, in step; the module's own name becomes `w`.
// Each old name must appear exactly once in the glue, as the key of its
// function, or the build stops. The closure trampolines the wasm exports
// (hashed names too) become `$0`, `$1`, ….
{
  const wasm = readFileSync(join(dist, wasmName));
  const jsPath = join(dist, jsName);
  const jsBefore = readFileSync(jsPath, 'utf8');
  let js = jsBefore;
  const uleb = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return Buffer.from(out);
  };
  const name = (s) => Buffer.concat([uleb(Buffer.byteLength(s)), Buffer.from(s, 'utf8')]);
  const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (n) => {
    let s = '';
    do {
      s = LETTERS[n % 52] + s;
      n = Math.floor(n / 52);
    } while (n);
    return s;
  };
  const glueModule = `./${wasmName.replace(/-[0-9a-f]+_bg\.wasm$/, '_bg.js')}`;
  const once = (text, what) => {
    const at = js.indexOf(text);
    if (at < 0 || js.indexOf(text, at + 1) >= 0) throw new Error(`short import names: ${what} is not in ${jsName} exactly once`);
    return at;
  };
  const parts = [wasm.subarray(0, 8)];
  let renamed = 0;
  let exported = 0;
  for (let i = 8; i < wasm.length; ) {
    const id = wasm[i];
    const [size, body] = leb(wasm, i + 1);
    const end = body + size;
    if (id === 7) {
      // Exports: only the closure trampolines, `wasm_bindgen__convert__
      // closures_____invoke__h<16 hex digits>`, which the glue calls as
      // `<exports>.<name>`; every other export keeps its name.
      let [count, j] = leb(wasm, body);
      const entries = [uleb(count)];
      for (let k = 0; k < count; k++) {
        const [flen, f] = leb(wasm, j);
        const field = wasm.subarray(f, f + flen).toString('utf8');
        const [, d] = leb(wasm, f + flen + 1);
        const desc = wasm.subarray(f + flen, d);
        let to = field;
        if (/^wasm_bindgen__convert__closures_____invoke__h[0-9a-f]{16}(_\d+)?$/.test(field)) {
          to = `$${exported++}`;
          const uses = js.split(new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?![\\w$])`));
          if (uses.length < 2) throw new Error(`short import names: the export ${field} is not used in ${jsName}`);
          js = uses.join(to);
        }
        entries.push(name(to), desc);
        j = d;
      }
      if (j !== end) throw new Error('short import names: the export section did not parse to its end');
      const section = Buffer.concat(entries);
      parts.push(Buffer.from([7]), uleb(section.length), section);
      i = end;
      continue;
    }
    if (id !== 2) {
      parts.push(wasm.subarray(i, end));
      i = end;
      continue;
    }
    let [count, j] = leb(wasm, body);
    const entries = [uleb(count)];
    for (let k = 0; k < count; k++) {
      const [mlen, m] = leb(wasm, j);
      const module = wasm.subarray(m, m + mlen).toString('utf8');
      const [flen, f] = leb(wasm, m + mlen);
      const field = wasm.subarray(f, f + flen).toString('utf8');
      // The kind and its description, copied as they are.
      let d = f + flen;
      const kind = wasm[d++];
      if (kind === 0) [, d] = leb(wasm, d);
      else if (kind === 1) { d++; const flags = wasm[d++]; [, d] = leb(wasm, d); if (flags & 1) [, d] = leb(wasm, d); }
      else if (kind === 2) { const flags = wasm[d++]; [, d] = leb(wasm, d); if (flags & 1) [, d] = leb(wasm, d); }
      else if (kind === 3) d += 2;
      else throw new Error(`short import names: import kind ${kind} of ${module}.${field} not known`);
      const desc = wasm.subarray(f + flen, d);
      if (module === glueModule) {
        const to = short(renamed++);
        const at = once(`${field}:`, field);
        if (/[\w$]/.test(js[at - 1] ?? '')) throw new Error(`short import names: ${field} is part of a longer name in ${jsName}`);
        js = js.slice(0, at) + to + js.slice(at + field.length);
        entries.push(name('w'), name(to), desc);
      } else {
        entries.push(name(module), name(field), desc);
      }
      j = d;
    }
    if (j !== end) throw new Error('short import names: the import section did not parse to its end');
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), uleb(section.length), section);
    i = end;
  }
  if (!renamed) throw new Error(`short import names: no import from ${glueModule}`);
  const key = JSON.stringify(glueModule);
  js = js.slice(0, once(key, key)) + '"w"' + js.slice(once(key, key) + key.length);
  const out = Buffer.concat(parts);
  writeFileSync(join(dist, wasmName), out);
  writeFileSync(jsPath, js);
  const oldSri = sri(Buffer.from(jsBefore));
  if (html.includes(oldSri)) html = html.split(oldSri).join(sri(Buffer.from(js)));
  console.log(`short import names: ${renamed} imports, ${exported} exports; wasm ${wasm.length} -> ${out.length}, ${jsName} ${jsBefore.length} -> ${js.length} bytes`);
}
const wasmSri = sri(readFileSync(join(dist, wasmName)));
// The boot loader's readable source is src/boot/ (loader.js, and
// language.js, where the language is chosen); here its placeholders are
// filled in and the whole is minified.
// (`make dist` runs this from the repository's root.)
const bootDir = join(process.cwd(), 'src', 'boot');
const shipped = existsSync(join(dist, 'i18n'))
  ? readdirSync(join(dist, 'i18n')).filter((f) => f.endsWith('.json') && f !== 'en.json').map((f) => f.slice(0, -5)).sort()
  : [];
const bootSource =
  readFileSync(join(bootDir, 'language.js'), 'utf8').replace(/^export function/m, 'function') +
  '\n' +
  readFileSync(join(bootDir, 'loader.js'), 'utf8')
    .replaceAll('__LANGUAGES__', JSON.stringify(shipped))
    .replaceAll('__WASM_SRI__', wasmSri)
    .replaceAll('__WASM__', wasmName)
    .replaceAll('__JS__', jsName);
const bootMin = await minify(bootSource, { module: true, toplevel: true, ecma: 2020, compress: { passes: 3, unsafe: true, unsafe_arrows: true }, mangle: true, format: { comments: false } });
if (!bootMin.code || /__[A-Z_]+__/.test(bootMin.code)) throw new Error('the boot loader did not minify, or a placeholder is left');
const boot = bootMin.code;
console.log(`boot loader (src/boot): ${bootSource.length} -> ${boot.length} bytes`);
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
// FNV-1a hash of the English text, its low 24 bits in 4 base64url digits
// ("#" + 4 digits, src/domain/i18n.rs `key_hash`) instead of the text: a
// quarter smaller, brotli-compressed. A message the same as English is left
// out (the page shows English for it anyway). The page reads either form,
// so a vendor may also drop a readable file there; en.json (the list of
// every message, never fetched) stays readable.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const keyHash = (text) => {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return [18, 12, 6, 0].map((shift) => B64[(h >>> shift) & 63]).join('');
};
const i18nDir = join(dist, 'i18n');
for (const name of existsSync(i18nDir) ? readdirSync(i18nDir).filter((f) => f.endsWith('.json') && f !== 'en.json') : []) {
  const doc = JSON.parse(readFileSync(join(i18nDir, name), 'utf8'));
  // A plural form the same as the "other" one is left out too: the page
  // falls back to "other" for a category a message lacks.
  const forms = (v) => (v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([c, f]) => c === 'other' || f !== v.other)) : v);
  const messages = Object.fromEntries(
    Object.entries(doc.messages ?? {})
      .filter(([k, v]) => k.startsWith('#') || v !== k)
      .map(([k, v]) => [k.startsWith('#') ? k : '#' + keyHash(k), forms(v)]),
  );
  writeFileSync(join(i18nDir, name), JSON.stringify({ messages }));
}

const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm)$/;
// embed.js too: vendors link it, they do not edit it.
for (const name of readdirSync(dist).filter((f) => hashed.test(f) || f === 'embed.js')) {
  const buf = readFileSync(join(dist, name));
  writeFileSync(join(dist, name + '.br'), brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }));
  writeFileSync(join(dist, name + '.gz'), gzipSync(buf, { level: 9 }));
}
