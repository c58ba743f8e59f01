// A large document stays usable: long extraction tables show 200 rows at a
// time with "show more" / "show all", and the reader shows the text a page
// at a time, following "next occurrence" across pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, allDone, sample, paste } from './harness.mjs';

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

// Issue 20: no view draws a whole large document at once (a 10 MiB document
// held the page for 0.8 s in the cleaning view, 0.3 s in the concordance,
// 0.9 s in the dispersion plot and in Changes; bench/longtasks.mjs): the
// cleaning view and the concordance page through the text, the dispersion
// plot draws one tick per unit of its strip, Changes shows its rows a page
// at a time and follows the change in focus.
test('cleaning, concordance, dispersion and Changes stay paged on a large text', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280, height: 900, locale: 'en-US' });
  const one = sample('000_c19814503c5e5b1f.txt');
  await paste(page, Array.from({ length: 100 }, () => one).join('\n'));
  await page.getByTestId('analyze').click();
  await allDone(page, 1);
  await paste(page, one);
  await page.getByTestId('analyze').click();
  await allDone(page, 2);
  await page.getByTestId('document').first().click();

  // cleaning: the original a page at a time, removals struck on every page
  await page.getByTestId('tab-cleaning').click();
  const pageLabel = page.getByTestId('cleaning-page');
  assert.match(await pageLabel.textContent(), /^Page 1 of \d+/);
  const pages = Number((await pageLabel.textContent()).match(/of (\d+)/)[1]);
  assert.ok(pages >= 3, `${pages} pages`);
  const diffText = () => page.getByTestId('cleaning-diff').textContent();
  const first = await diffText();
  assert.ok(first.length < 70_000, `${first.length} chars on one page`);
  await page.getByTestId('cleaning-next').click();
  await page.waitForFunction(() => /^Page 2 /.test(document.querySelector('[data-testid=cleaning-page]').textContent));
  assert.notEqual(await diffText(), first);
  assert.ok(await page.locator('[data-testid=cleaning-diff] del.pinyin').count() > 10);
  // the pages together are the whole original
  let whole = first;
  for (let p = 2; p <= pages; p++) {
    if (p > 2) {
      await page.getByTestId('cleaning-next').click();
      await page.waitForFunction((n) => document.querySelector('[data-testid=cleaning-page]').textContent.startsWith(`Page ${n} `), p);
    }
    whole += await diffText();
  }
  assert.equal(whole, Array.from({ length: 100 }, () => one).join('\n'));
  assert.equal(await page.getByTestId('cleaning-next').isDisabled(), true);

  // concordance: 500 lines a page
  await page.getByTestId('tab-kwic').click();
  await page.getByTestId('kwic-query').fill('会议');
  await page.getByTestId('kwic-query').press('Enter');
  await page.getByTestId('kwic-page').waitFor({ timeout: 60_000 });
  const hits = Number((await page.getByTestId('kwic-summary').textContent()).match(/^(\d+)/)[1]);
  assert.ok(hits > 500, `${hits} hits`);
  assert.equal(await page.getByTestId('kwic-hit').count(), 500);
  await page.getByTestId('kwic-next').click();
  await page.waitForFunction(() => /^Page 2 /.test(document.querySelector('[data-testid=kwic-page]').textContent));
  assert.equal(await page.getByTestId('kwic-hit').count(), Math.min(500, hits - 500));
  // a new search starts on its first page
  await page.getByTestId('kwic-query').fill('经济');
  await page.getByTestId('kwic-query').press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=kwic-hit] td.kw')].every((k) => k.textContent === '经济')
    && /^Page 1 /.test(document.querySelector('[data-testid=kwic-page]')?.textContent ?? 'Page 1 '), null, { timeout: 60_000 });

  // dispersion: at most one tick per unit of the 1000-wide strip
  await page.getByTestId('tab-dispersion').click();
  await page.getByTestId('disp-query').fill('会议');
  await page.getByTestId('disp-query').press('Enter');
  await page.locator('[data-testid=disp-row][data-doc="0"] [data-testid=disp-tick]').first().waitFor({ state: 'attached', timeout: 60_000 });
  const ticks = await page.locator('[data-testid=disp-row][data-doc="0"] [data-testid=disp-tick]').evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('x1'))));
  assert.ok(ticks.length > 50 && ticks.length <= 1001, `${ticks.length} ticks`);
  assert.equal(new Set(ticks.map(Math.round)).size, ticks.length);

  // Changes: the rows a page at a time; the pager pages without moving the
  // focus, and the page follows the focus when the change navigation moves it
  await page.getByTestId('diff-view').click();
  await page.getByTestId('diff-rows-page').waitFor({ timeout: 60_000 });
  const rowsPage = () => page.getByTestId('diff-rows-page').textContent();
  assert.match(await rowsPage(), /^Page 1 of \d+/);
  const rowPages = Number((await rowsPage()).match(/of (\d+)/)[1]);
  assert.ok(rowPages >= 3, `${rowPages} pages of rows`);
  assert.ok(await page.locator('[data-testid=diff-sentences] .diff-row').count() <= 400);
  const firstRow = await page.locator('[data-testid=diff-sentences] .diff-row').first().textContent();
  await page.getByTestId('diff-rows-next').click();
  await page.waitForFunction(() => /^Page 2 /.test(document.querySelector('[data-testid=diff-rows-page]').textContent));
  assert.notEqual(await page.locator('[data-testid=diff-sentences] .diff-row').first().textContent(), firstRow);
  assert.match(await page.getByTestId('diff-position').textContent(), /^–\//);
  // "previous" from no focus goes to the last change: its page is shown, the row marked
  await page.getByTestId('diff-prev').click();
  const n = Number((await page.getByTestId('diff-position').textContent()).split('/')[1]);
  await page.waitForFunction((n) => document.querySelector('[data-testid=diff-position]').textContent === `${n}/${n}`, n);
  assert.equal(await page.locator(`[data-change="${n - 1}"].current`).count(), 1);
  assert.equal(await rowsPage(), `Page ${rowPages} of ${rowPages}`);
  assert.deepEqual(errors, []);
});
