// Text typed into a corpus view's search box survives re-renders until it is
// applied (change or Enter). The box used to be rendered from the applied
// term only, so any re-render before the change (a worker answer, another
// control) reset it, and Enter then applied the old term: the cause of the
// flaky "concordance: left context" test in toolkit.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openSamples } from './harness.mjs';

useApp();

/** The keywords of the concordance's rows once they are all `term`. */
async function hitsOf(page, term) {
  await page.waitForFunction((term) => {
    const kws = [...document.querySelectorAll('[data-testid=kwic-hit] td.kw')].map((td) => td.textContent);
    return kws.length > 0 && kws.every((k) => k === term);
  }, term, { timeout: 30_000 });
  return page.locator('[data-testid=kwic-hit] td.kw').count();
}

test('a typed search term survives a re-render before Enter', async (t) => {
  const { page, errors } = await openSamples(t);
  await page.getByTestId('tab-kwic').click();
  const box = page.getByTestId('kwic-query');
  await box.fill('项目');
  await box.press('Enter');
  await hitsOf(page, '项目');

  // type a new term, then change another control without moving the focus
  // (no blur, so no `change` of the box): the panel re-renders and asks the
  // worker again, whose answer re-renders it once more
  await box.fill('经济');
  await page.evaluate(() => {
    const sort = document.querySelector('[data-testid=kwic-sort]');
    sort.value = 'right';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(() => {
    const r = [...document.querySelectorAll('[data-testid=kwic-hit] td.right')].map((td) => td.textContent);
    return r.length > 10 && r.every((x, i) => i === 0 || r[i - 1] <= x);
  }, null, { timeout: 30_000 });
  assert.ok(await box.evaluate((el) => el === document.activeElement));
  // the typed text is still there, and Enter applies it
  assert.equal(await box.inputValue(), '经济');
  await box.press('Enter');
  assert.ok(await hitsOf(page, '经济') > 0);
  assert.equal(await box.inputValue(), '经济');

  // a term chosen elsewhere (a word of the frequency table) shows in the box
  await page.getByTestId('tab-freq').click();
  const word = page.locator('[data-testid=freq-row] td:first-child button').first();
  const chosen = (await word.textContent()).trim();
  await word.click();
  await hitsOf(page, chosen);
  assert.equal(await page.getByTestId('kwic-query').inputValue(), chosen);
  assert.deepEqual(errors, []);
});
