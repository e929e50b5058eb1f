// Sizes of everything the first view fetches: index.html, what it links
// (JS glue, wasm, CSS) and what the app fetches at start-up (config.json and
// the feed it names), raw and brotli-compressed (quality 11, as a CDN would).
// English is built in; a visitor in another language also fetches its
// language file, so the budget holds for the largest of them too.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const budget = 200 * 1024;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = new Set(['index.html', 'config.json']);
// Attributes may be quoted or not (minified HTML); the loader names the wasm.
for (const m of html.matchAll(/(?:href|src)=["']?\.?\/?([^"'\s>?#]+\.(?:js|wasm|css))(?=["'\s>])/g)) files.add(m[1]);
for (const m of html.matchAll(/['"]\.?\/?([^'"?#]+_bg\.wasm)['"]/g)) files.add(m[1]);
try {
  const cfg = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8'));
  if (cfg.feed_url && !/^https?:/i.test(cfg.feed_url) && existsSync(join(dist, cfg.feed_url))) files.add(cfg.feed_url);
} catch (e) {
  console.error(`config.json: ${e.message}`);
}
// Without config.json's `languages`, every language file the build ships.
let languages = existsSync(join(dist, 'i18n')) ? readdirSync(join(dist, 'i18n')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((l) => l !== 'en') : [];
try {
  const cfg = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8'));
  if (Array.isArray(cfg.languages)) languages = cfg.languages.filter((l) => l !== 'en');
} catch (e) {}
const rows = [];
for (const f of files) {
  const buf = readFileSync(join(dist, f));
  const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: br });
}
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('first view'.padEnd(44) + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11));
for (const r of rows) console.log(r.file.padEnd(44) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
console.log('total'.padEnd(44) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
const langRows = languages
  .filter((l) => existsSync(join(dist, 'i18n', `${l}.json`)))
  .map((l) => {
    const buf = readFileSync(join(dist, 'i18n', `${l}.json`));
    return { file: `i18n/${l}.json`, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
for (const r of langRows) console.log(`+ ${r.file}`.padEnd(44) + kb(r.raw) + kb(r.gzip) + kb(r.brotli) + '  (that language only)');
const worst = langRows.reduce((w, r) => (r.brotli > w.brotli ? r : w), { file: 'English', brotli: 0 });
const most = total.brotli + worst.brotli;
console.log(`largest first view (${worst.file === 'English' ? 'English' : worst.file}):`.padEnd(66) + kb(most));
console.log(`budget: ${(budget / 1024).toFixed(0)} KB brotli -> ${most <= budget ? 'OK' : 'OVER'}`);
if (process.env.SIZE_JSON) console.log(JSON.stringify({ files: rows, total, languages: langRows, largest: most }));
if (most > budget) process.exit(1);
