// Timing of the corpus-toolkit views (issue 18) in headless Chromium with the
// built app (dist/): five documents of SIZE MiB each (default 2, so 10 MiB
// in all: the five samples repeated), then one document of 100 KB for the
// summary. Prints JSON to stdout.
//   node bench/toolkit.mjs [SIZE_MIB]
// Numbers are wall-clock times measured from the page: from the action to
// the view showing its answer (worker time, the message and rendering);
// `*_worker_ms` is the summary's computation alone, from the worker's marks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, '../shared/samples');
const size = Number(process.argv[2] ?? 2) * (1 << 20);

const names = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const texts = names.map((n) => fs.readFileSync(path.join(SAMPLES, n), 'utf8'));
const docs = texts.map((base, i) => {
  let out = '';
  while (Buffer.byteLength(out) < size) out += texts[(i + out.length) % texts.length] + '\n' + base + '\n';
  return { name: `big-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(out) };
});
let small = '';
while (Buffer.byteLength(small) < 100_000) small += texts.join('\n');
small = Buffer.from(small).subarray(0, 100_000).toString('utf8').replace(/\uFFFD+$/, '');
small = small.slice(0, small.lastIndexOf('\n'));

const server = await serve(path.join(ROOT, 'dist'));
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
await page.goto(server.url);
const t0 = Date.now();
await page.getByTestId('file-input').setInputFiles(docs);
await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 5, null, { timeout: 900_000, polling: 200 });
const out = { size_mib_per_doc: size / (1 << 20), docs: 5, analyse_all_ms: Date.now() - t0 };
await page.waitForTimeout(8000);

async function timed(action, ready, arg = null) {
  const start = Date.now();
  await action();
  await page.waitForFunction(ready, arg, { timeout: 600_000, polling: 10 });
  return Date.now() - start;
}
out.collocates_ms = await timed(async () => {
  await page.getByTestId('tab-collocates').click();
  await page.getByTestId('coll-query').fill('项目');
  await page.getByTestId('coll-query').press('Enter');
}, () => document.querySelectorAll('[data-testid=coll-row]').length > 5);
out.collocates_window10_ms = await timed(() => page.getByTestId('coll-window').selectOption('10'),
  () => /项目/.test(document.querySelector('[data-testid=coll-summary]')?.textContent ?? '') && document.querySelector('[data-testid=coll-window]').value === '10' && !document.querySelector('[data-testid=view-busy]'));
out.ngrams3_ms = await timed(() => page.getByTestId('tab-ngrams').click(), () => document.querySelectorAll('[data-testid=ngram-row]').length > 5);
out.ngrams6_ms = await timed(() => page.getByTestId('ngram-n').selectOption('6'),
  () => [...document.querySelectorAll('[data-testid=ngram-term]')].slice(0, 3).every((b) => b.textContent.split(' ').length === 6) && !document.querySelector('[data-testid=view-busy]'));
out.dispersion_ms = await timed(() => page.getByTestId('tab-dispersion').click(), () => document.querySelectorAll('[data-testid=disp-row]').length === 5);
out.stats_ms = await timed(() => page.getByTestId('tab-stats').click(), () => document.querySelectorAll('[data-testid=stats-row]').length === 5);
out.concordance_token_ms = await timed(() => page.getByTestId('tab-kwic').click(), () => document.querySelectorAll('[data-testid=kwic-hit]').length > 100);

// the summary of a 100 KB document
await page.getByTestId('file-input').setInputFiles([{ name: 'summary-100k.txt', mimeType: 'text/plain', buffer: Buffer.from(small) }]);
await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 6, null, { timeout: 600_000, polling: 200 });
await page.locator('[data-testid=document]').filter({ hasText: 'summary-100k' }).first().click();
await page.waitForFunction(() => document.querySelector('.results .doc-title')?.textContent === 'summary-100k.txt');
await page.waitForTimeout(3000);
out.summary_100kb_bytes = Buffer.byteLength(small);
out.summary_100kb_ms = await timed(() => page.getByTestId('tab-summary').click(), () => document.querySelectorAll('[data-testid=summary-sentence]').length >= 3);
out.summary_100kb_10_sentences_ms = await timed(() => page.getByTestId('summary-length').selectOption('s10'), () => document.querySelectorAll('[data-testid=summary-sentence]').length >= 8);
// the worker's own time for the last two views (the two summaries): its
// performance marks around the computation (src/worker/tasks.rs)
for (const w of page.workers()) {
  const marks = await w.evaluate(() => ['wenxi:explore-start', 'wenxi:explore-end']
    .map((n) => performance.getEntriesByName(n).map((e) => e.startTime)));
  const [starts, ends] = marks;
  if (starts.length >= 2 && ends.length >= 2) {
    out.summary_100kb_worker_ms = Math.round((ends.at(-2) - starts.at(-2)) * 10) / 10;
    out.summary_100kb_10_sentences_worker_ms = Math.round((ends.at(-1) - starts.at(-1)) * 10) / 10;
  }
}
console.log(JSON.stringify(out, null, 2));
await browser.close();
await server.close();
