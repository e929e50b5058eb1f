// After `trunk build --release`: minify wasm-bindgen's JS glue with terser
// (Trunk's own minifier fails on it), keep index.html's subresource
// integrity in step, and write .br and .gz siblings of the hashed files (JS,
// wasm, CSS) for hosts that serve precompressed files. index.html,
// config.json and the feed get none: vendors edit them, and a stale sibling
// would be served instead of the edit.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
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

const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm)$/;
for (const name of readdirSync(dist).filter((f) => hashed.test(f))) {
  const buf = readFileSync(join(dist, name));
  writeFileSync(join(dist, name + '.br'), brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }));
  writeFileSync(join(dist, name + '.gz'), gzipSync(buf, { level: 9 }));
}
