// In-browser benchmark of the built app (dist/) and of the npm jieba-wasm peer,
// in the same headless Chromium on the same corpus. Prints JSON to stdout.
//   node bench/browser.mjs CORPUS_1M CORPUS_10M
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.WENXI_DIST ?? path.join(ROOT, 'dist');
const [corpus1 = 'target/bench/corpus-1m.txt', corpus10 = 'target/bench/corpus-10m.txt', corpus50 = null] = process.argv.slice(2);
const text1 = fs.readFileSync(corpus1, 'utf8');
const text10 = fs.readFileSync(corpus10, 'utf8');

function sizes(file) {
  const raw = fs.readFileSync(file);
  return {
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function assetTable() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.startsWith('.')) out.push({ file: path.relative(DIST, p), ...sizes(p) });
    }
  };
  walk(DIST);
  return out;
}

async function measureApp(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(() => {
    window.__longtasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const loaded = [];
  page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  const start = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    ready: performance.getEntriesByName('wenxi:ready')[0].startTime,
    longtasksAtReady: [...window.__longtasks],
  }));
  const requestsToReady = [...loaded];
  const runs = [];
  for (const [label, text] of [['1MiB', text1], ['1MiB', text1], ['1MiB', text1], ['10MiB', text10]]) {
    await page.evaluate(() => { window.__longtasks = []; });
    // set the value as a paste would; Playwright's fill() types far too slowly for megabytes
    await page.$eval('[data-testid=input]', (el, t) => {
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.evaluate(() => { window.__longtasks = []; });
    const before = await page.evaluate(() => document.querySelector('[data-testid=results]')?.getAttribute('data-total-ms') ?? null);
    const t0 = Date.now();
    await page.getByTestId('analyze').click();
    await page.waitForFunction((prev) => {
      const r = document.querySelector('[data-testid=results]');
      return r && !document.querySelector('progress') && r.getAttribute('data-total-ms') !== prev;
    }, before, { timeout: 120_000 });
    const wall = Date.now() - t0;
    console.error('[bench] run', label, wall, 'ms');
    const r = await page.evaluate(() => {
      const el = document.querySelector('[data-testid=results]');
      return {
        segmentMs: Number(el.getAttribute('data-segment-ms')),
        totalMs: Number(el.getAttribute('data-total-ms')),
        analyseMs: Number(el.getAttribute('data-analyse-ms')),
        extractMs: Number(el.getAttribute('data-extract-ms')),
        longestTask: Math.max(0, ...window.__longtasks),
      };
    });
    runs.push({ label, chars: [...text].length, wallMs: wall, ...r });
  }
  // segmentation alone, back to back in the worker (the app's benchmark hook:
  // a `wenxi-bench` event), timed like criterion times the native segmenter
  const isolated = await page.evaluate((text) => new Promise((resolve) => {
    addEventListener('wenxi-bench-result', (e) => resolve(e.detail), { once: true });
    dispatchEvent(new CustomEvent('wenxi-bench', { detail: { text, runs: 21 } }));
  }), text1);
  console.error('[bench] isolated segmentation', isolated.ms.map((m) => m.toFixed(1)).join(' '));
  await context.close();
  return { ...start, requestsToReady, runs, isolated };
}

/** A 50 MiB file through the file picker: does the tab survive, how long. */
async function measureHuge(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => { crashed = true; });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  let status = 'timeout';
  try {
    await page.waitForFunction(() => {
      const d = document.querySelector('[data-testid=document]');
      return d && ['done', 'failed', 'refused'].includes(d.dataset.status) && d.dataset.status;
    }, null, { timeout: 600_000, polling: 500 });
    status = await page.evaluate(() => document.querySelector('[data-testid=document]').dataset.status);
  } catch (e) {
    if (crashed) status = 'crashed';
  }
  const wallMs = Date.now() - t0;
  const r = crashed ? {} : await page.evaluate(() => {
    const el = document.querySelector('[data-testid=results]');
    return {
      segmentMs: Number(el?.getAttribute('data-segment-ms')),
      totalMs: Number(el?.getAttribute('data-total-ms')),
      keywords: document.querySelectorAll('[data-testid=keyword]').length,
      detail: document.querySelector('[data-testid=document-detail]')?.textContent ?? null,
    };
  });
  console.error('[bench] 50 MiB file', status, wallMs, 'ms');
  await context.close();
  return { bytes: fs.statSync(file).size, status, crashed, wallMs, ...r };
}

async function measureJiebaWasm(browser) {
  const dir = fs.mkdtempSync('/tmp/wenxi-jw-');
  fs.cpSync(path.join(ROOT, 'bench/jieba-wasm.html'), path.join(dir, 'index.html'));
  fs.cpSync(path.join(ROOT, 'bench/jieba-wasm-bench.js'), path.join(dir, 'jieba-wasm-bench.js'));
  fs.cpSync(path.join(ROOT, 'node_modules/jieba-wasm/pkg/web'), path.join(dir, 'jieba-wasm'), { recursive: true });
  fs.cpSync(corpus1, path.join(dir, 'corpus-1m.txt'));
  const server = await serve(dir);
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.result, null, { timeout: 120_000 });
  const result = await page.evaluate(() => window.result);
  const wasm = sizes(path.join(dir, 'jieba-wasm/jieba_rs_wasm_bg.wasm'));
  await page.close();
  await server.close();
  return { ...result, wasm };
}

const server = await serve(DIST);
const browser = await launch();
try {
  const app = await measureApp(browser, server.url);
  const huge = corpus50 ? await measureHuge(browser, server.url, corpus50) : null;
  const peer = await measureJiebaWasm(browser);
  console.log(JSON.stringify({ assets: assetTable(), app, huge, peer, chromium: browser.version() }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
