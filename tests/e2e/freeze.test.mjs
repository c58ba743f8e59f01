// A text with no sentence end: 1.8 million characters of one clause repeated,
// no 。 and no line break. It used to become one 800,000-element page of the
// segmented view and block the page for seconds; now chunks are bounded for
// any text, so it is analysed and viewed with no main-thread task over 200 ms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, allDone, paste } from './harness.mjs';

useApp();

const LONG_TASKS = () => {
  window.__longtasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
};

test('1.8 M characters without a sentence end: analysed and viewed without freezing', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280, height: 900, locale: 'zh-CN', init: LONG_TASKS });
  const text = '经济运行总体平稳，'.repeat(200_000);
  assert.equal([...text].length, 1_800_000);
  await paste(page, text);
  await page.evaluate(() => { window.__longtasks = []; });
  await page.getByTestId('analyze').click();
  await allDone(page, 1, 180_000);
  // the segmented view shows one bounded page of tokens
  await page.getByTestId('lexicon-panel').scrollIntoViewIfNeeded();
  await page.getByTestId('seg-token').first().waitFor({ timeout: 60_000 });
  const tokens = await page.getByTestId('seg-token').count();
  assert.ok(tokens > 100 && tokens < 10_000, `${tokens} tokens on one page`);
  // the keywords are the clause's words
  const keywords = await page.getByTestId('keyword').allTextContents();
  assert.ok(keywords.some((k) => k.startsWith('经济运行') || k.startsWith('平稳')), keywords.join(' '));
  const longest = await page.evaluate(() => Math.max(0, ...window.__longtasks));
  assert.ok(longest < 200, `longest main-thread task ${longest} ms`);
  assert.deepEqual(errors, []);
});
