// Where the time to analysis-ready goes, in headless Chromium: loads dist/
// RUNS times in fresh contexts (cold), then RUNS reloads of one profile
// (repeat visits: service-worker cache and V8's wasm code cache), then RUNS
// fresh loads over a 40 Mbit/s link, and prints,
// per run, navigation → ready and the
// worker's own marks (last byte arrived → inflated → decoded → segmenter built
// → lexicon added), then the medians. Prints JSON to stdout.
//   node bench/ready.mjs [RUNS]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 5);
const STEPS = ['wenxi:dict-inflated', 'wenxi:dict-decoded', 'wenxi:dict-segmenter', 'wenxi:dict-built'];

/** Loads (or reloads) `page` and reads navigation → ready and the worker's marks. */
async function load(page, url) {
  const worker = new Promise((resolve) => page.once('worker', resolve));
  if (url) await page.goto(url);
  else await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  const ready = await page.evaluate(() => performance.getEntriesByName('wenxi:ready')[0].startTime);
  const marks = await (await worker).evaluate((names) => ({
    ...Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])),
    // when the last byte of the dictionary arrived (resource timing)
    arrived: performance.getEntriesByType('resource').find((e) => e.name.includes('/dict/'))?.responseEnd ?? null,
  }), STEPS);
  return steps(ready, marks);
}

/** One cold load (fresh profile): navigation → ready on the page, and the worker's marks. */
export async function measureReady(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const r = await load(page, url);
  await context.close();
  return r;
}

/**
 * Repeat visits: one profile loads the app, waits while the service worker
 * caches it and V8 caches the compiled wasm, then reloads `n` times.
 */
export async function measureRepeat(browser, url, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await load(page, url);
  await page.waitForTimeout(3000);
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(await load(page, null));
    await page.waitForTimeout(500);
  }
  await context.close();
  return out;
}

function steps(ready, marks) {
  const at = (n) => marks[n];
  return {
    readyMs: ready,
    inflateMs: at(STEPS[0]) - at('arrived'),
    decodeMs: at(STEPS[1]) - at(STEPS[0]),
    segmenterMs: at(STEPS[2]) - at(STEPS[1]),
    lexiconMs: at(STEPS[3]) - at(STEPS[2]),
    bytesToBuiltMs: at(STEPS[3]) - at('arrived'),
  };
}

/** The link of the third measurement: 5 MB/s, i.e. 40 Mbit/s. */
const LINK_BYTES_PER_S = 5_000_000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(process.env.WENXI_DIST ?? path.join(ROOT, 'dist'));
  const browser = await launch();
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureReady(browser, server.url));
    const repeat = await measureRepeat(browser, server.url, RUNS);
    // first visits over a 40 Mbit/s link (the server paces every response)
    const link = await serve(process.env.WENXI_DIST ?? path.join(ROOT, 'dist'), '/', 0, { bytesPerSecond: LINK_BYTES_PER_S });
    const linked = [];
    try {
      for (let i = 0; i < RUNS; i++) linked.push(await measureReady(browser, link.url));
    } finally {
      await link.close();
    }
    const med = (rs) => Object.fromEntries(Object.keys(rs[0]).map((k) => [k, Math.round(median(rs.map((r) => r[k])) * 10) / 10]));
    console.log(JSON.stringify({ median: med(runs), runs, repeatMedian: med(repeat), repeat, linkMedian: med(linked), linked }, null, 1));
  } finally {
    await browser.close();
    await server.close();
  }
}
