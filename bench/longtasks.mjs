// The longest main-thread task of every user action on a 10 MiB document, in
// headless Chromium with the built app (dist/). Issue #20: no main-thread task
// over 50 ms for any action. A PerformanceObserver collects `longtask` entries
// (tasks over 50 ms); each action starts with an empty list, waits for its
// answer on screen and then for the page to be quiet, and reports the longest
// task it saw (0 when none exceeded 50 ms). Prints JSON to stdout, one entry
// per action: { action: longest_ms }, and the tasks themselves under `tasks`.
//   node bench/longtasks.mjs [FILE] [--first N]
//     FILE: default target/bench/corpus-10m.txt, built by scripts/bench.sh;
//     --first N: only the first N actions (to repeat the early ones quickly)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const firstAt = args.indexOf('--first');
const first = firstAt >= 0 ? Number(args.splice(firstAt, 2)[1]) : Infinity;
const file = args[0] ?? path.join(ROOT, 'target/bench/corpus-10m.txt');
let acted = 0;
const SAMPLES = path.join(ROOT, '../shared/samples');
const second = path.join(SAMPLES, fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()[0]);

const server = await serve(path.join(ROOT, 'dist'));
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
await context.addInitScript(() => {
  window.__longtasks = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__longtasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
});
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

const out = {};
const tasks = {};
const failed = {};
const wait = (fn, arg) => page.waitForFunction(fn, arg, { timeout: 120_000, polling: 50 });
// the page is quiet when no long task started during the last 600 ms
async function quiet() {
  let n = -1;
  for (;;) {
    await page.waitForTimeout(600);
    const m = await page.evaluate(() => window.__longtasks.length);
    if (m === n) return;
    n = m;
  }
}
async function act(name, action, ready) {
  if (++acted > first) return;
  await quiet();
  await page.evaluate(() => { window.__longtasks = []; });
  try {
    await action();
    if (ready) await ready();
  } catch (e) {
    // a step that cannot run is reported as such, and the sweep goes on
    failed[name] = String(e).split('\n')[0];
    process.stderr.write(`${name}: FAILED ${failed[name]}\n`);
    return;
  }
  await quiet();
  const seen = await page.evaluate(() => window.__longtasks);
  out[name] = Math.max(0, ...seen);
  tasks[name] = seen;
  process.stderr.write(`${name}: ${out[name]} ms ${JSON.stringify(seen)}\n`);
}
const click = (id) => () => page.getByTestId(id).first().click();
const visible = (sel, n = 1) => () => wait(([s, k]) => document.querySelectorAll(s).length >= k, [sel, n]);

await page.goto(server.url);
await wait(() => performance.getEntriesByName('wenxi:ready').length > 0);

// by path: a buffer would be sent to the page as base64 and turned into a
// File by Playwright's script in the page, a long task of the harness's own
await act('add and analyse 10 MiB', () => page.getByTestId('file-input').setInputFiles([file]), () => wait(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 1));
await act('add a second, small document', () => page.getByTestId('file-input').setInputFiles([second]), () => wait(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 2));
await act('select the 10 MiB document', () => page.getByTestId('document').first().click(),
  () => wait(() => document.querySelector('[data-testid=document-name]')));

// the selected document's results
for (const [tab, sel] of [['tab-entities', '[data-testid=entity]'], ['tab-figures', '[data-testid=figure]'],
  ['tab-quotes', '[data-testid=quote]'], ['tab-outline', '[data-testid=outline]'],
  ['tab-summary', '[data-testid=summary-sentence]'], ['tab-reader', '[data-testid=reader]'],
  ['tab-cleaning', '[data-testid=cleaning]'], ['tab-keywords', '[data-testid=keyword]']]) {
  await act(`results: ${tab}`, click(tab), visible(sel));
}
await act('results: show all keyword rows', async () => {
  if (await page.getByTestId('rows-all').count()) await page.getByTestId('rows-all').first().click();
});
await act('export CSV (figures)', async () => {
  await page.getByTestId('tab-figures').click();
  const d = page.waitForEvent('download');
  await page.getByTestId('export-csv').first().click();
  await d;
});
await act('export JSON', async () => {
  const d = page.waitForEvent('download');
  await page.getByTestId('export-json').first().click();
  await d;
});
await act('download clean text', async () => {
  const d = page.waitForEvent('download');
  await page.getByTestId('download-clean').first().click();
  await d;
});
await act('reader: next page', async () => {
  await page.getByTestId('tab-reader').click();
  await page.getByTestId('reader-next').click();
});
await act('entity: show in the reader', async () => {
  await page.getByTestId('tab-entities').click();
  await page.locator('[data-testid=entity] button.link').first().click();
}, visible('[data-testid=highlight]'));
await act('reader: next occurrence', click('reader-next-hit'));
await act('reader: show the original', click('reader-original'));

// the lexicon panel
await act('lexicon: segmented view', async () => {
  await page.getByTestId('lexicon-panel').scrollIntoViewIfNeeded();
  await page.getByTestId('tab-segmented').click();
}, visible('[data-testid=seg-token]', 50));
await act('lexicon: segmented next page', click('seg-next'), visible('[data-testid=seg-token]', 50));
await act('lexicon: new words', async () => {
  await page.getByTestId('tab-newwords').click();
  await page.getByTestId('newwords-run').click();
}, visible('[data-testid=newword-row]', 5));
await act('lexicon: stopwords tab', click('tab-stopwords'));
await act('lexicon: user dictionary tab', click('tab-userdict'));

// corpus views
await act('views: frequency', click('tab-freq'), visible('[data-testid=freq-row]', 50));
await act('views: frequency filter', () => page.getByTestId('freq-filter').fill('发'),
  () => wait(() => [...document.querySelectorAll('[data-testid=freq-row] td:first-child')].every((td) => td.textContent.includes('发'))));
await act('views: frequency unfilter', () => page.getByTestId('freq-filter').fill(''), visible('[data-testid=freq-row]', 100));
await act('views: frequency next page', click('freq-next'), visible('[data-testid=freq-row]', 50));
await act('views: frequency sort by term', () => page.locator('[data-testid=freq-table] th button').first().click(),
  () => wait(() => document.querySelector('[data-testid=freq-table] th')?.getAttribute('aria-sort') === 'ascending'));
for (const [tab, sel] of [['tab-cloud', '[data-testid=cloud-word]'], ['tab-compare', '[data-testid=compare-row]'],
  ['tab-network', '[data-testid=net-node]'], ['tab-trends', '[data-testid=trend-svg]'],
  ['tab-stats', '[data-testid=stats-row]'],
  ['tab-across', '[data-testid=across-row]']]) {
  await act(`views: ${tab}`, click(tab), visible(sel));
}
await act('views: concordance 发展', async () => {
  await page.getByTestId('tab-kwic').click();
  await page.getByTestId('kwic-query').fill('发展');
  await page.getByTestId('kwic-query').press('Enter');
}, visible('[data-testid=kwic-hit]', 10));
await act('views: collocates 发展', async () => {
  await page.getByTestId('tab-collocates').click();
  await page.getByTestId('coll-query').fill('发展');
  await page.getByTestId('coll-query').press('Enter');
}, visible('[data-testid=coll-row]', 5));
await act('views: dispersion of 发展', async () => {
  await page.getByTestId('tab-dispersion').click();
  await page.getByTestId('disp-query').fill('发展');
  await page.getByTestId('disp-query').press('Enter');
}, visible('[data-testid=disp-tick]', 3));
await act('views: n-grams', click('tab-ngrams'), visible('[data-testid=ngram-row]', 5));

// changes between the two documents
await act('changes: the two documents', click('diff-view'), visible('[data-testid=diff-summary]'));

// document actions
await act('rename the 10 MiB document', async () => {
  await page.getByTestId('rename').fill('大文档');
  await page.getByTestId('rename').press('Enter');
});
await act('switch option (re-analysis)', async () => {
  await page.getByTestId('settings').click();
  await page.getByTestId('opt-pinyin').uncheck();
  await wait(() => document.querySelectorAll('[data-testid=document][data-status=done]').length < 2);
},
  () => wait(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 2));
await act('delete the 10 MiB document', () => page.getByTestId('delete').first().click(), visible('[data-testid=undo]'));
await act('undo the delete', click('undo'), () => wait(() => document.querySelectorAll('[data-testid=document]').length === 2));
await act('reload (restore the corpus)', () => page.reload(),
  () => wait(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 2));
await act('export everything (zip)', async () => {
  const d = page.waitForEvent('download', { timeout: 600_000 });
  await page.getByTestId('export-all').click();
  await d;
});

console.log(JSON.stringify({ file: path.basename(file), bytes: fs.statSync(file).size, longest_task_ms: out, tasks, failed, errors }, null, 1));
await browser.close();
await server.close();
