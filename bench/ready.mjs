// Where the time to analysis-ready goes, in headless Chromium: loads dist/
// RUNS times in fresh contexts and prints, per run, navigation → ready and the
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

/** One cold load: navigation → ready on the page, and the worker's marks. */
export async function measureReady(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const worker = new Promise((resolve) => page.on('worker', resolve));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  const ready = await page.evaluate(() => performance.getEntriesByName('wenxi:ready')[0].startTime);
  const marks = await (await worker).evaluate((names) => ({
    ...Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])),
    // when the last byte of the dictionary arrived (resource timing)
    arrived: performance.getEntriesByType('resource').find((e) => e.name.includes('/dict/'))?.responseEnd ?? null,
  }), STEPS);
  await context.close();
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(process.env.WENXI_DIST ?? path.join(ROOT, 'dist'));
  const browser = await launch();
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureReady(browser, server.url));
    const med = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, Math.round(median(runs.map((r) => r[k])) * 10) / 10]));
    console.log(JSON.stringify({ median: med, runs }, null, 1));
  } finally {
    await browser.close();
    await server.close();
  }
}
