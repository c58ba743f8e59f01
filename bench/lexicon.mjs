// In-browser timings of the segmentation & dictionary panel (issue 5), on the
// same 1 MiB corpus as bench/browser.mjs: new-word discovery over the corpus
// and rebuilding the segmenters after a user-dictionary change, both measured
// inside the worker (the panel shows them; read from data-ms attributes).
// Prints JSON to stdout.   node bench/lexicon.mjs target/bench/corpus-1m.txt
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const text = fs.readFileSync(process.argv[2] ?? path.join(ROOT, 'target/bench/corpus-1m.txt'), 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(path.join(ROOT, 'dist'));
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.$eval('[data-testid=input]', (el, t) => {
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.getByTestId('analyze').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=document][data-status=done]'), null, { timeout: 120_000 });

  const discovery = [];
  await page.getByTestId('tab-newwords').click();
  let candidates = 0;
  for (let i = 0; i < 3; i++) {
    const before = await page.getByTestId('newwords-summary').getAttribute('data-ms').catch(() => null);
    await page.getByTestId('newwords-run').click();
    await page.waitForFunction((prev) => {
      const el = document.querySelector('[data-testid=newwords-summary]');
      return el && el.dataset.ms !== prev;
    }, before, { timeout: 60_000 });
    discovery.push(Number(await page.getByTestId('newwords-summary').getAttribute('data-ms')));
    candidates = await page.getByTestId('newword-row').count();
    // the same answer twice would not change data-ms: clear by switching tabs
    await page.getByTestId('tab-segmented').click();
    await page.getByTestId('tab-newwords').click();
  }

  const rebuild = [];
  for (const word of ['项目为王甲', '项目为王乙', '项目为王丙']) {
    await page.getByTestId('tab-userdict').click();
    await page.getByTestId('userdict-word').fill(word);
    await page.getByTestId('userdict-add').click();
    await page.locator(`[data-testid=userdict-entry][data-word="${word}"]`).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=userdict-status][data-ms]'), null, { timeout: 60_000 });
    rebuild.push(Number(await page.getByTestId('userdict-status').getAttribute('data-ms')));
    await page.waitForFunction(() => document.querySelector('[data-testid=document][data-status=done]'), null, { timeout: 120_000 });
  }
  await context.close();
  console.log(JSON.stringify({
    chars: [...text].length,
    newwords: { runs: discovery, median: median(discovery), candidates },
    userDictRebuild: { runs: rebuild, median: median(rebuild) },
  }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
