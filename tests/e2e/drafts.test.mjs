// Text typed into a corpus view's search box survives re-renders until it is
// applied (change or Enter). The box used to be rendered from the applied
// term only, so any re-render before the change (a worker answer, another
// control) reset it, and Enter then applied the old term: the cause of the
// flaky "concordance: left context" test in toolkit.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openSamples, allDone, SAMPLE_NAMES } from './harness.mjs';

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

// The same for the segmented view's find box (lexicon panel) and the
// selected document's rename box (document list): both were rendered as
// `<input value=…>`, so a re-render before the change reset what was typed.
test('a word typed into the segmented view\'s find box survives a re-render before Enter', async (t) => {
  const { page, errors } = await openSamples(t);
  const panel = page.getByTestId('lexicon-panel');
  await panel.scrollIntoViewIfNeeded();
  await page.getByTestId('seg-token').first().waitFor();
  const precise = await page.getByTestId('seg-token').count();
  const box = page.getByTestId('seg-find');
  await box.fill('重大项目');
  // another control of the panel changes without moving the focus: the
  // panel re-renders and the worker's page re-renders it again
  await page.evaluate(() => {
    const mode = document.querySelector('[data-testid=seg-mode]');
    mode.value = 'full';
    mode.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=seg-token]').length > n, precise, { timeout: 15_000 });
  assert.ok(await box.evaluate((el) => el === document.activeElement));
  assert.equal(await box.inputValue(), '重大项目');
  await box.press('Enter');
  await page.locator('[data-testid=seg-token].hit, [data-testid=seg-token].hit-part').first().waitFor({ timeout: 15_000 });
  assert.equal(await box.inputValue(), '重大项目');
  assert.deepEqual(errors, []);
});

test('a name typed into the rename box survives a re-render before Enter', async (t) => {
  const { page, errors } = await openSamples(t);
  await page.getByTestId('document').first().locator('.doc-select').click();
  const box = page.getByTestId('rename');
  const old = await box.inputValue();
  await box.fill('改过的名字');
  // the whole page re-renders while the box keeps the focus: a processing
  // option changes and every document is analysed again
  await page.evaluate(() => {
    window.sawBusy = false;
    const list = document.querySelector('[data-testid=documents]');
    new MutationObserver(() => {
      window.sawBusy ||= !!list.querySelector('[data-testid=document][data-status=busy]');
    }).observe(list, { subtree: true, attributes: true, childList: true });
    document.querySelector('.settings input[type=checkbox]').click();
  });
  await page.waitForFunction(() => window.sawBusy, null, { timeout: 15_000 });
  await allDone(page, SAMPLE_NAMES.length);
  assert.ok(await box.evaluate((el) => el === document.activeElement));
  assert.equal(await box.inputValue(), '改过的名字');
  await box.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=document].selected [data-testid=document-name]').textContent === '改过的名字');
  assert.equal(await box.inputValue(), '改过的名字');
  assert.notEqual(old, '改过的名字');
  assert.deepEqual(errors, []);
});
