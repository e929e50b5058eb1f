// The static build as a CDN gets it (issue 5): hashed names for the wasm, JS
// and CSS; index.html, config.json, the feed, faq.json and embed.js under
// their own names; precompressed .br and .gz siblings that decompress to
// exactly their file, for the hashed files and embed.js, and none for the
// files a vendor edits; and index.html naming only files that exist.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DEFAULT_ROOT } from './lib.mjs';

const files = readdirSync(DEFAULT_ROOT);
const read = (f) => readFileSync(path.join(DEFAULT_ROOT, f));

test('hashed code, plain names for what vendors edit or link', () => {
  for (const [what, re] of [
    ['wasm', /^maintenance-window-[0-9a-f]{16}_bg\.wasm$/],
    ['JS', /^maintenance-window-[0-9a-f]{16}\.js$/],
    ['CSS', /^main-[0-9a-f]{16}\.css$/],
  ]) {
    assert.equal(files.filter((f) => re.test(f)).length, 1, `one hashed ${what} file in ${files.join(', ')}`);
  }
  for (const f of ['index.html', 'config.json', 'feed.json', 'faq.json', 'embed.js']) assert.ok(files.includes(f), f);
  const html = read('index.html').toString();
  for (const ref of html.matchAll(/(?:href|src)="?\.\/([^"\s>]+)/g)) assert.ok(existsSync(path.join(DEFAULT_ROOT, ref[1])), `index.html names ${ref[1]}`);
});

test('.br and .gz siblings decompress to exactly their file; none for edited files', () => {
  const compressed = files.filter((f) => /-[0-9a-f]{16}(_bg)?\.(js|css|wasm)$/.test(f) || f === 'embed.js');
  assert.ok(compressed.length >= 4, compressed.join(', '));
  for (const f of compressed) {
    const raw = read(f);
    assert.ok(brotliDecompressSync(read(`${f}.br`)).equals(raw), `${f}.br`);
    assert.ok(gunzipSync(read(`${f}.gz`)).equals(raw), `${f}.gz`);
    assert.ok(read(`${f}.br`).length < raw.length, `${f}.br is smaller`);
  }
  for (const f of ['index.html', 'config.json', 'feed.json', 'faq.json']) {
    assert.ok(!files.includes(`${f}.br`) && !files.includes(`${f}.gz`), `no stale sibling for ${f}`);
  }
});
