// A tiny static server for the end-to-end tests (node:http, no dependencies).
//
//   const srv = await startServer({ root, prefix: '/some/deep/path/' });
//   srv.url            -> 'http://127.0.0.1:PORT/some/deep/path/'
//   srv.override('config.json', { json: {...} })   // relative to the prefix
//   srv.override('/feed.json', { status: 500 })    // absolute path
//   srv.requests       -> [{ method, url, path, headers, time }]
//   srv.headers['Content-Security-Policy'] = '...'   // sent with every answer
//   await srv.close()
//
// An override answers one path (query string ignored) with, in this order:
//   { delay: ms }                 wait first (combinable with anything below)
//   { hang: true }                never answer (the socket is destroyed on close)
//   { destroy: true }             drop the connection (a network error)
//   { status: 404 }               that status (body: `body`/`json` if given, else a short text)
//   { json: value }               200 application/json with JSON.stringify(value)
//   { body: 'raw', contentType }  200 with that raw text (e.g. bad JSON)
//   { times: n }                  apply n times only, then fall back to the file
//   a function (req, res) => {}   full control
//
// Without an override, files are served from `root` (default ../../dist relative
// to this file, or $DIST). With a prefix, only paths under the prefix are
// served; everything else is 404 so that absolute asset URLs are caught.

import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = process.env.DIST
  ? path.resolve(process.env.DIST)
  : path.resolve(HERE, '../../dist');

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
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

export async function startServer({ root = DEFAULT_ROOT, prefix = '/', headers = {} } = {}) {
  if (!prefix.startsWith('/')) prefix = '/' + prefix;
  if (!prefix.endsWith('/')) prefix += '/';
  const overrides = new Map();
  const requests = [];
  const sockets = new Set();

  const server = http.createServer(async (req, res) => {
    const u = new URL(req.url, 'http://placeholder');
    const pathname = decodeURIComponent(u.pathname);
    requests.push({ method: req.method, url: req.url, path: pathname, headers: { ...req.headers }, time: Date.now() });
    res.setHeader('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(srv.headers)) res.setHeader(name, value);
    try {
      const ov = overrides.get(pathname);
      if (ov !== undefined) {
        if (typeof ov === 'object' && ov.times !== undefined) {
          ov.times -= 1;
          if (ov.times <= 0) overrides.delete(pathname);
        }
        return await answerOverride(ov, req, res);
      }
      await serveFile(pathname, req, res);
    } catch (err) {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`test server error: ${err.message}`);
      } else {
        res.destroy();
      }
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function serveFile(pathname, req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    if (pathname + '/' === prefix) {
      res.writeHead(301, { Location: prefix });
      return res.end();
    }
    if (!pathname.startsWith(prefix)) return notFound(res);
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep)) return notFound(res);
    let st;
    try {
      st = await stat(file);
    } catch {
      return notFound(res);
    }
    if (!st.isFile()) return notFound(res);
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(res) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }

  async function answerOverride(ov, req, res) {
    if (typeof ov === 'function') return ov(req, res);
    if (ov.delay) await new Promise((r) => setTimeout(r, ov.delay));
    if (ov.hang) return; // never answer; close() destroys the socket
    if (ov.destroy) return req.socket.destroy();
    const headers = { ...(ov.headers || {}) };
    let body;
    if (ov.json !== undefined) {
      body = JSON.stringify(ov.json);
      headers['Content-Type'] ??= 'application/json';
    } else if (ov.body !== undefined) {
      body = ov.body;
      headers['Content-Type'] ??= ov.contentType || 'application/json';
    } else {
      body = ov.status ? `status ${ov.status}` : '';
      headers['Content-Type'] ??= 'text/plain; charset=utf-8';
    }
    res.writeHead(ov.status || 200, headers);
    res.end(body);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  const resolvePath = (p) => (p.startsWith('/') ? p : prefix + p);

  const srv = {
    headers: { ...headers },
    root,
    prefix,
    port,
    origin,
    host: `127.0.0.1:${port}`,
    url: origin + prefix,
    requests,
    /** Answer `p` (absolute, or relative to the prefix) as described above. */
    override(p, spec) {
      overrides.set(resolvePath(p), typeof spec === 'object' ? { ...spec } : spec);
    },
    clearOverride(p) {
      overrides.delete(resolvePath(p));
    },
    clearOverrides() {
      overrides.clear();
    },
    /** Requests whose path (no query) equals `p` (absolute or relative to the prefix). */
    requestsTo(p) {
      const abs = resolvePath(p);
      return requests.filter((r) => r.path === abs);
    },
    resetRequests() {
      requests.length = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
  return srv;
}

// `node server.mjs [dir] [prefix]` serves a directory for a manual look.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srv = await startServer({ root: process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_ROOT, prefix: process.argv[3] || '/' });
  console.log(`serving ${srv.root} at ${srv.url}`);
}
