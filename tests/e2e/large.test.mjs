// A large document stays usable: long extraction tables show 200 rows at a
// time with "show more" / "show all", and the reader shows the text a page
// at a time, following "next occurrence" across pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, allDone, sample } from './harness.mjs';

useApp();

test('long tables grow on request and the reader pages through a large text', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280, height: 900, locale: 'en-US' });
  const one = sample('003_f46ec23ef447f8ec.txt');
  const text = Array.from({ length: 25 }, () => one).join('\n');
  await page.$eval('[data-testid=input]', (el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.getByTestId('analyze').click();
  await allDone(page, 1);

  // figures: one row per occurrence, so 25 copies make more than 200
  await page.getByTestId('tab-figures').click();
  await page.getByTestId('figures-table').waitFor();
  assert.equal(await page.getByTestId('figure').count(), 200);
  const shown = await page.getByTestId('rows-shown').textContent();
  const total = Number(shown.match(/of (\d+)/)[1]);
  assert.ok(total > 200 && total % 25 === 0, shown);
  await page.getByTestId('rows-more').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=figure]').length === Math.min(400, n), total);
  await page.getByTestId('rows-all').or(page.getByTestId('figures-table')).first().waitFor();
  if (await page.getByTestId('rows-all').count()) await page.getByTestId('rows-all').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=figure]').length === n, total);
  assert.equal(await page.getByTestId('more-rows').count(), 0);

  // the most frequent quote occurs in every copy: the reader marks its
  // occurrences page by page, and "next" crosses pages
  await page.getByTestId('tab-quotes').click();
  await page.getByTestId('quotes-table').getByRole('button', { name: /^Count/ }).click();
  await page.getByTestId('quote').first().getByRole('button').click();
  await page.getByTestId('reader').waitFor();
  const count = Number((await page.getByTestId('highlight-count').textContent()).match(/\d+/)[0]);
  assert.ok(count >= 25, `${count} occurrences`);
  const pageLabel = () => page.getByTestId('reader-page').textContent();
  const first = await pageLabel();
  assert.match(first, /^Page 1 of (\d+)$/);
  const pages = Number(first.match(/of (\d+)/)[1]);
  assert.ok(pages >= 3, first);
  // a page holds a part of the text, never all of it
  const shownChars = await page.getByTestId('reader').evaluate((el) => el.textContent.length);
  assert.ok(shownChars < [...text].length / 2, `${shownChars} chars shown`);
  const marksOnFirst = await page.getByTestId('highlight').count();
  assert.ok(marksOnFirst >= 1 && marksOnFirst < count, `${marksOnFirst} marks on page 1`);
  for (let i = 0; i < marksOnFirst; i++) await page.getByTestId('reader-next-hit').click();
  await page.waitForFunction(() => /^Page 2 of/.test(document.querySelector('[data-testid=reader-page]').textContent));
  assert.ok(await page.getByTestId('highlight').count() >= 1);

  // the page buttons
  await page.getByTestId('reader-next').click();
  await page.waitForFunction(() => /^Page 3 of/.test(document.querySelector('[data-testid=reader-page]').textContent));
  await page.getByTestId('reader-prev').click();
  await page.waitForFunction(() => /^Page 2 of/.test(document.querySelector('[data-testid=reader-page]').textContent));
  assert.deepEqual(errors, []);
});
