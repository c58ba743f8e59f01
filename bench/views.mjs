// Timing of the corpus views on a large corpus in headless Chromium, with the
// built app (dist/). Five documents of SIZE MiB each (default 2): the five
// samples repeated, with lines of pseudo-random Latin words (one of 100 000,
// spelt in letters) mixed in so the frequency table has ~100 000 distinct terms.
// Prints JSON to stdout.
//   node bench/views.mjs [SIZE_MIB]
// Numbers are wall-clock times measured in the page: from the action to the
// view showing its answer (worker time plus rendering).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, '../shared/samples');
const size = Number(process.argv[2] ?? 2) * (1 << 20);

// xorshift32: deterministic, and exact in JavaScript's 32-bit integer ops
let seed = 12345;
const rand = () => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const names = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const docs = names.map((n, i) => {
  const base = fs.readFileSync(path.join(SAMPLES, n), 'utf8');
  let out = `2021年${i + 1}月1日\n`;
  while (Buffer.byteLength(out) < size) {
    out += base;
    for (let l = 0; l < 40; l++) {
      const words = [];
      for (let c = 0; c < 12; c++) {
        let n = Math.floor(rand() * 100_000);
        let w = 'q';
        do { w += String.fromCharCode(97 + (n % 26)); n = Math.floor(n / 26); } while (n > 0);
        words.push(w);
      }
      out += words.join(' ') + '。\n';
    }
  }
  return { name: `big-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(out) };
});

const server = await serve(path.join(ROOT, 'dist'));
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true })).newPage();
await page.goto(server.url);
const t0 = Date.now();
await page.getByTestId('file-input').setInputFiles(docs);
await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 5, null, { timeout: 600_000, polling: 200 });
const analysed = Date.now() - t0;

async function timed(action, ready) {
  const start = Date.now();
  await action();
  await page.waitForFunction(ready, null, { timeout: 600_000, polling: 20 });
  return Date.now() - start;
}
const range = () => document.querySelector('[data-testid=freq-range]')?.textContent ?? '';
const out = { size_mib_per_doc: size / (1 << 20), docs: 5, analyse_all_ms: analysed };
// let the answers for the growing corpus drain before timing anything
await page.waitForTimeout(8000);
out.frequency_filter_ms = await timed(() => page.getByTestId('freq-filter').fill('发'),
  () => [...document.querySelectorAll('[data-testid=freq-row] td:first-child')].every((td) => td.textContent.includes('发')));
out.frequency_unfilter_ms = await timed(() => page.getByTestId('freq-filter').fill(''),
  () => /^1–200 /.test(document.querySelector('[data-testid=freq-range]')?.textContent ?? '') && Number(document.querySelector('[data-testid=freq-range]').textContent.match(/(\d+)$/)[1]) > 1000);
out.frequency_rows = Number((await page.evaluate(range)).match(/(\d+)$/)[1]);
out.frequency_next_page_ms = await timed(() => page.getByTestId('freq-next').click(), () => /^201–400 /.test(document.querySelector('[data-testid=freq-range]').textContent));
out.frequency_prev_page_ms = await timed(() => page.getByTestId('freq-prev').click(), () => /^1–200 /.test(document.querySelector('[data-testid=freq-range]').textContent));
out.frequency_sort_by_term_ms = await timed(() => page.locator('[data-testid=freq-table] th button').first().click(),
  () => document.querySelector('[data-testid=freq-table] th').getAttribute('aria-sort') === 'ascending' && /^1–200 /.test(document.querySelector('[data-testid=freq-range]').textContent));
await page.evaluate(() => { window.__corpusSummary = document.querySelector('[data-testid=freq-summary]').textContent; });
out.frequency_scope_one_document_ms = await timed(() => page.getByTestId('freq-scope').selectOption('0'),
  () => document.querySelector('[data-testid=freq-summary]').textContent !== window.__corpusSummary);
out.cloud_ms = await timed(() => page.getByTestId('tab-cloud').click(), () => document.querySelectorAll('[data-testid=cloud-word]').length > 20);
out.compare_ms = await timed(() => page.getByTestId('tab-compare').click(), () => document.querySelectorAll('[data-testid=compare-row]').length > 5);
out.network_ms = await timed(() => page.getByTestId('tab-network').click(), () => document.querySelectorAll('[data-testid=net-node]').length > 5);
out.trends_ms = await timed(() => page.getByTestId('tab-trends').click(), () => document.querySelectorAll('[data-testid=trend-series]').length === 5);
out.concordance_ms = await timed(async () => {
  await page.getByTestId('tab-kwic').click();
  await page.getByTestId('kwic-query').fill('项目');
  await page.getByTestId('kwic-query').press('Enter');
}, () => document.querySelectorAll('[data-testid=kwic-hit]').length > 100);
const zipStart = Date.now();
const [d] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId('export-all').click()]);
const zipBytes = fs.statSync(await d.path()).size;
out.zip_ms = Date.now() - zipStart;
out.zip_bytes = zipBytes;
console.log(JSON.stringify(out, null, 2));
await browser.close();
await server.close();
