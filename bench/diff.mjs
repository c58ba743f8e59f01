// Timing of the Changes view (issue 17) in headless Chromium, with the built
// app (dist/): two ~100 KB versions of a report built from the shared
// samples (their sentences three times over in shuffled order, then an edit
// every few sentences: a figure changed, a sentence dropped, one inserted,
// one moved — as examples/diff_timing.rs does natively). Prints JSON:
// the worker's own time for the comparison (without yields; median of RUNS
// re-requests by swapping the versions back and forth) and the wall-clock
// time from opening the view to the rows showing.
//   node bench/diff.mjs [RUNS]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, '../shared/samples');
const RUNS = Number(process.argv[2] ?? 7);

let seed = 12345;
const rand = () => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const sentences = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()
  .flatMap((n) => fs.readFileSync(path.join(SAMPLES, n), 'utf8').split(/(?<=[。！？；\n])/))
  .map((s) => s.trim()).filter((s) => s);
const base = [];
while (Buffer.byteLength(base.join('')) < 100 * 1024) {
  const round = [...sentences];
  for (let i = round.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [round[i], round[j]] = [round[j], round[i]];
  }
  base.push(...round);
}
const edited = [];
let moved = null;
base.forEach((s, k) => {
  if (k % 13 === 0) return;
  if (k % 29 === 0 && moved === null) { moved = s; return; }
  edited.push(k % 7 === 0 ? s.replaceAll('5', '6').replaceAll('1', '2') + '要进一步加强。' : s);
  if (k % 17 === 0) edited.push('新增加的一句关于新质生产力的话。');
});
edited.push(moved);
const para = (v) => {
  const out = [];
  for (let i = 0; i < v.length; i += 6) out.push(v.slice(i, i + 6).join(''));
  return out.join('\n');
};
const files = [
  { name: '2023-01-01-report.txt', mimeType: 'text/plain', buffer: Buffer.from(para(base)) },
  { name: '2024-01-01-report.txt', mimeType: 'text/plain', buffer: Buffer.from(para(edited)) },
];

const server = await serve(path.join(ROOT, 'dist'));
const browser = await launch();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
  await page.goto(server.url);
  await page.getByTestId('file-input').setInputFiles(files);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 2,
    null, { timeout: 120_000, polling: 100 });
  const t0 = Date.now();
  await page.getByTestId('diff-view').click();
  await page.waitForSelector('[data-testid=diff-summary]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=diff-changed]', { timeout: 60_000 });
  const firstView = Date.now() - t0;
  const worker = [Number(await page.getByTestId('diff-summary').getAttribute('data-ms'))];
  // the time from the swap's click to the new answer's summary in the page
  await page.evaluate(() => {
    window.__diffShown = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n.matches('[data-testid=diff-summary]') || n.querySelector('[data-testid=diff-summary]'))) {
            window.__diffShown = performance.now();
          }
        }
      }
    }).observe(document.querySelector('[data-testid=diff-panel]'), { childList: true, subtree: true });
  });
  const walls = [];
  for (let r = 1; r < RUNS; r++) {
    const t = await page.evaluate(() => {
      const t = performance.now();
      document.querySelector('[data-testid=diff-swap]').click();
      return t;
    });
    await page.waitForFunction((t) => window.__diffShown > t, t, { timeout: 60_000, polling: 5 });
    walls.push(await page.evaluate((t) => window.__diffShown - t, t));
    worker.push(Number(await page.getByTestId('diff-summary').getAttribute('data-ms')));
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  console.log(JSON.stringify({
    bytes: files.map((f) => f.buffer.length),
    worker_ms: worker, worker_median_ms: median(worker),
    first_view_ms: firstView, swap_to_rows_ms: walls.map(Math.round), swap_to_rows_median_ms: Math.round(median(walls)),
  }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
