// A minimal static file server for dist/, bound to 127.0.0.1 on a free port.
// Serves under an optional path prefix (e.g. /tools/wenxi/) to prove that the
// app works from any static path. Used by the end-to-end tests and benchmarks.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gz': 'application/gzip',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root`; resolves to { url, close, requests }. With
 * `bytesPerSecond`, every response is sent in 16 KiB pieces at that rate
 * (a network link, for the benchmarks).
 */
export function serve(root, prefix = '/', port = 0, { bytesPerSecond = 0 } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      if (!bytesPerSecond) {
        res.end(body);
        return;
      }
      const PIECE = 16 * 1024;
      let at = 0;
      const next = () => {
        if (at >= body.length) {
          res.end();
          return;
        }
        res.write(body.subarray(at, at + PIECE));
        at += PIECE;
        setTimeout(next, (PIECE / bytesPerSecond) * 1000);
      };
      next();
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // node tests/e2e/serve.mjs [ROOT] [PORT] [PREFIX]
  const [root = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  serve(root, prefix, Number(port)).then(({ url }) => console.log(`Wenxi is served at ${url}  (Ctrl+C stops)`));
}
