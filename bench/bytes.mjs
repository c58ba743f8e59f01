// Bytes to analysis-ready (issue 19): loads the built app (dist/) in headless
// Chromium, records every file the page and its workers fetch until the
// worker says it is ready (`wenxi:ready`), and sums their sizes as a static
// host serves them (brotli -q 11 of each file; the dictionary is already
// gzip and is counted as it is). Then adds one file and lists what that
// first file loads (the reader worker). Requests of the service worker count
// before ready (they share the link) and are listed apart. Prints JSON.
//   node bench/bytes.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.WENXI_DIST ?? path.join(ROOT, 'dist');
const SAMPLES = path.join(ROOT, '../shared/samples');

const brotli = (file) => zlib.brotliCompressSync(fs.readFileSync(file), {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;

/** Sizes of the files behind these request paths (each file once). */
function table(paths) {
  const files = [...new Set(paths.map((p) => decodeURIComponent(p).replace(/^\/+/, '') || 'index.html'))]
    .filter((f) => fs.existsSync(path.join(DIST, f)) && fs.statSync(path.join(DIST, f)).isFile());
  const rows = files.map((file) => ({ file, raw: fs.statSync(path.join(DIST, file)).size, brotli: brotli(path.join(DIST, file)) }))
    .sort((a, b) => b.brotli - a.brotli);
  return { files: rows, brotli: rows.reduce((s, r) => s + r.brotli, 0) };
}

const server = await serve(DIST);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const fetched = [];
  // workers' requests too (context-wide), by path on the serving origin
  const cached = [];
  context.on('requestfinished', (r) => {
    const u = new URL(r.url());
    if (u.origin !== new URL(server.url).origin) return;
    // the service worker's own fetches (it caches the build for offline use
    // after ready) are counted apart
    (r.serviceWorker() ? cached : fetched).push(u.pathname);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  const toReady = table([...fetched, ...cached]);
  const before = fetched.length;
  const cachedBefore = cached.length;
  const sample = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()[0];
  await page.getByTestId('file-input').setInputFiles(path.join(SAMPLES, sample));
  await page.waitForFunction(() => document.querySelector('[data-testid=document][data-status=done]'), null, { timeout: 60_000 });
  const firstFile = table(fetched.slice(before));
  const swBeforeReady = table(cached.slice(0, cachedBefore));
  console.log(JSON.stringify({ toReady, swBeforeReady, firstFile }, null, 1));
  console.error(`[bytes] to analysis-ready: ${toReady.brotli} bytes brotli in ${toReady.files.length} files; the first file adds ${firstFile.brotli}`);
} finally {
  await browser.close();
  server.close();
}
