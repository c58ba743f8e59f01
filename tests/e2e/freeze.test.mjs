// A text with no sentence end: 1.8 million characters of one clause repeated,
// no 。 and no line break. It used to be one chunk — progress and cancel
// stopped inside it — and one 800,000-element page of the segmented view that
// blocked the page for seconds. Now chunks are bounded for any text: the
// progress bar moves through segmentation and the segmented view shows one
// bounded page. The longest main-thread task is printed (it is a benchmark
// figure, recorded in BENCHMARKS.md; tests assert no time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, allDone, paste, ready, watchProgress } from './harness.mjs';

useApp();

const LONG_TASKS = () => {
  window.__longtasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
};

test('1.8 M characters without a sentence end: progress moves, the views stay paged', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280, height: 900, locale: 'zh-CN', init: LONG_TASKS });
  await ready(page);
  const text = '经济运行总体平稳，'.repeat(200_000);
  assert.equal([...text].length, 1_800_000);
  await paste(page, text);
  await page.evaluate(() => { window.__longtasks = []; });
  const progress = await watchProgress(page);
  await page.getByTestId('analyze').click();
  await allDone(page, 1, 180_000);
  // progress was reported from inside segmentation (20–40 % of the bar, see
  // the worker's stage_progress), not only at its start and end
  const seen = await progress();
  assert.ok(seen.some((v) => v > 0.2 && v < 0.4), `progress seen: ${seen}`);
  // the segmented view shows one bounded page of tokens
  await page.getByTestId('lexicon-panel').scrollIntoViewIfNeeded();
  await page.getByTestId('seg-token').first().waitFor({ timeout: 60_000 });
  const tokens = await page.getByTestId('seg-token').count();
  assert.ok(tokens > 100 && tokens < 10_000, `${tokens} tokens on one page`);
  // the keywords are the clause's words
  const keywords = await page.getByTestId('keyword').allTextContents();
  assert.ok(keywords.some((k) => k.startsWith('经济运行') || k.startsWith('平稳')), keywords.join(' '));
  const longest = await page.evaluate(() => Math.max(0, ...window.__longtasks));
  console.log(`# longest main-thread task: ${Math.round(longest)} ms`);
  assert.deepEqual(errors, []);
});
