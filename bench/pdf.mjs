// Issue 16: how long the PDF/OFD reader worker takes to read a file in
// headless Chromium — from the page handing the bytes to the reader
// (`wenxi:paged-sent:JOB`) to its text arriving (`wenxi:paged-read:JOB`),
// the first time (worker start and wasm compile included) and then RUNS
// times again on the warm worker. Prints JSON to stdout.
//   node bench/pdf.mjs FILE.pdf [RUNS]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2];
const RUNS = Number(process.argv[3] ?? 3);
const bytes = fs.readFileSync(file);
const server = await serve(path.join(ROOT, 'dist'));
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
const times = [];
for (let i = 0; i <= RUNS; i++) {
  await page.getByTestId('file-input').setInputFiles([{ name: `run${i}-${path.basename(file)}`, mimeType: 'application/pdf', buffer: bytes }]);
  await page.waitForFunction((n) => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('wenxi:paged-read:')).length >= n, i + 1, { timeout: 120_000 });
  times.push(await page.evaluate(() => {
    const marks = performance.getEntriesByType('mark');
    const read = marks.filter((m) => m.name.startsWith('wenxi:paged-read:')).at(-1);
    const sent = marks.find((m) => m.name === read.name.replace('read', 'sent'));
    return read.startTime - sent.startTime;
  }));
}
const sorted = times.slice(1).sort((a, b) => a - b);
console.log(JSON.stringify({ file: path.basename(file), bytes: bytes.length, first_ms: Math.round(times[0]), warm_ms: times.slice(1).map(Math.round), warm_median_ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN) }, null, 2));
await browser.close();
await server.close();
