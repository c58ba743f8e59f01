// The corpus toolkit (issue 18): the concordance's left context read back
// from the rendered cells equals the text, word versus string hit counts,
// word-position sorts, and the collocates, n-gram, dispersion, statistics
// and summary views over the five samples, with their exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useApp, openSamples, download, csvLines, SAMPLES, SHOTS } from './harness.mjs';

const PNG_MAGIC = '89504e470d0a1a0a';

useApp();

const open = openSamples;

/** Searches the concordance for `term` (Enter applies) and waits for its summary. */
async function search(page, term) {
  await page.getByTestId('kwic-query').fill(term);
  await page.getByTestId('kwic-query').press('Enter');
}

/**
 * The total of the concordance's summary line once it reflects `mode` and
 * answers the latest request (no view request outstanding: until then the
 * panel shows the previous answer, marked busy).
 */
async function total(page, mode) {
  await page.waitForFunction((mode) => {
    const el = document.querySelector('[data-testid=kwic-summary]');
    return el && el.dataset.mode === mode && /^\d+ /.test(el.textContent)
      && !document.querySelector('[data-testid=view-busy]');
  }, mode, { timeout: 30_000 });
  return Number((await page.getByTestId('kwic-summary').textContent()).split(' ')[0]);
}

test('concordance: left context in reading order, word vs string counts, word-position sorts', async (t) => {
  const { page, errors } = await open(t);
  // the frequency table's count of 项目
  const freqRow = page.locator('[data-testid=freq-row]').filter({ has: page.locator('td:first-child', { hasText: /^项目$/ }) }).first();
  const cells = await freqRow.locator('td').allTextContents();
  const freqCount = Number(cells.find((c, i) => i > 0 && /^\d+$/.test(c)));
  assert.ok(freqCount > 20, String(cells));

  await page.getByTestId('tab-kwic').click();
  // word mode is the default and counts what the frequency table counts
  assert.ok(await page.getByTestId('kwic-mode-token').isChecked());
  await search(page, '项目');
  const byWord = await total(page, '按词计数');
  assert.equal(byWord, freqCount);
  // word hits are whole words: never 各项|目标
  const kws = await page.locator('[data-testid=kwic-hit] td.kw').allTextContents();
  assert.ok(kws.every((k) => k === '项目'));
  const lefts = await page.locator('[data-testid=kwic-hit] td.left').allTextContents();
  const rights = await page.locator('[data-testid=kwic-hit] td.right').allTextContents();
  assert.ok(!lefts.some((l, i) => l.endsWith('各') && rights[i].startsWith('标')));

  // string mode counts more, and says so
  await page.getByTestId('kwic-mode-string').check();
  const byString = await total(page, '按字符串计数');
  assert.ok(byString > byWord, `${byString} > ${byWord}`);
  assert.match(await page.getByTestId('kwic-counted').textContent(), /按字符串计数/);

  // the displayed left context is right-aligned (its end touches the
  // keyword) and clipped at its start, never reordered by `direction: rtl`
  const rows = page.getByTestId('kwic-hit');
  const n = Math.min(await rows.count(), 40);
  assert.ok(n > 10);
  for (let i = 0; i < n; i++) {
    const geometry = await rows.nth(i).evaluate((tr) => {
      const cell = tr.querySelector('td.left');
      const box = cell.querySelector('.ctx-left');
      const inner = box.querySelector(':scope > span');
      return {
        direction: getComputedStyle(cell).direction + getComputedStyle(inner).direction,
        boxRight: box.getBoundingClientRect().right,
        innerRight: inner.getBoundingClientRect().right,
      };
    });
    assert.equal(geometry.direction, 'ltrltr');
    assert.ok(Math.abs(geometry.boxRight - geometry.innerRight) < 1.5, JSON.stringify(geometry));
  }
  // and it reads exactly as the text: the rendered cell equals the clean text
  // right before the keyword, as the reader shows it (rows of several documents)
  const picked = [0, 1, 7, 15, 25, n - 1];
  for (const i of picked) {
    const row = rows.nth(i);
    const left = await row.locator('td.left').textContent();
    const kw = await row.locator('td.kw').textContent();
    await row.click();
    await page.waitForFunction((kw) => document.querySelectorAll('[data-testid=highlight]').length === 1
      && document.querySelector('[data-testid=highlight]').textContent === kw, kw, { timeout: 15_000 });
    const before = await page.evaluate(() => {
      const mark = document.querySelector('[data-testid=highlight]');
      const range = document.createRange();
      range.setStart(document.querySelector('[data-testid=reader]'), 0);
      range.setEndBefore(mark);
      return range.toString();
    });
    assert.ok(before.endsWith(left) || left.endsWith(before), `row ${i}: «${left}» vs «${before.slice(-30)}»`);
    assert.ok(left.length > 0);
  }
  // the reported defect: 3、苏南第1。… stays in order (digits and punctuation at their place)
  await search(page, '苏南第1');
  await total(page, '按字符串计数');
  const hit = page.getByTestId('kwic-hit').first();
  const right = await hit.locator('td.right').textContent();
  const hitLeft = await hit.locator('td.left').textContent();
  assert.ok(right.startsWith('。'), right);
  // the left context ends with the 3、 that precedes it in the text
  assert.ok(/3、$/.test(hitLeft), hitLeft);

  // word-position sorts: 1R groups by the first word after the keyword
  await page.getByTestId('kwic-mode-token').check();
  await search(page, '项目');
  await total(page, '按词计数');
  const firstRight = await page.locator('[data-testid=kwic-hit] td.right').first().textContent();
  await page.getByTestId('kwic-sort').selectOption('1R');
  // the first word after the keyword (punctuation skipped) is in code-point
  // order, so its first character never falls down the table
  await page.waitForFunction((before) => {
    const r = [...document.querySelectorAll('[data-testid=kwic-hit] td.right')].map((td) => td.textContent);
    return r.length > 10 && r[0] !== before;
  }, firstRight, { timeout: 30_000 });
  const keys = (await page.locator('[data-testid=kwic-hit] td.right').allTextContents())
    .map((r) => r.replace(/^[^\p{L}\p{N}]+/u, '').codePointAt(0) ?? 0);
  assert.ok(keys.every((k, i) => i === 0 || keys[i - 1] <= k), String(keys.slice(0, 30)));
  await page.getByTestId('corpus-views').screenshot({ path: path.join(SHOTS, 'toolkit-kwic.png') });
  assert.deepEqual(errors, []);
});

test('collocates: measures, sortable, a row opens the concordance, CSV', async (t) => {
  const { page, errors } = await open(t);
  await page.getByTestId('tab-collocates').click();
  await page.getByTestId('coll-query').fill('项目');
  await page.getByTestId('coll-query').press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=coll-row]').length >= 5, null, { timeout: 30_000 });
  const terms = await page.locator('[data-testid=coll-term]').allTextContents();
  assert.ok(terms.includes('建设') || terms.includes('重大'), String(terms.slice(0, 20)));
  // logDice (the default order) never rises and never exceeds 14
  const logDice = (await page.locator('[data-testid=coll-row] td:nth-child(8)').allTextContents()).map(Number);
  assert.deepEqual(logDice, [...logDice].sort((a, b) => b - a));
  assert.ok(logDice.every((x) => x <= 14));
  // sort by G²
  await page.getByTestId('coll-sort-G²').click();
  await page.waitForFunction(() => {
    const g = [...document.querySelectorAll('[data-testid=coll-row] td:nth-child(9)')].map((td) => Number(td.textContent));
    return g.length > 3 && g.every((x, i) => i === 0 || g[i - 1] >= x);
  }, null, { timeout: 30_000 });
  const csv = await download(page, 'coll-export-csv');
  assert.match(csv.name, /\.项目\.collocates\.csv$/);
  assert.equal(csvLines(csv.bytes)[0], 'node,term,count,left,right,freq,mi,t,log_dice,g2');
  await page.getByTestId('corpus-views').screenshot({ path: path.join(SHOTS, 'toolkit-collocates.png') });
  // a collocate opens the concordance of the lines where both meet
  const first = page.getByTestId('coll-term').first();
  const word = await first.textContent();
  await first.click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kwic-hit]').length > 0, null, { timeout: 30_000 });
  const kw = await page.locator('[data-testid=kwic-hit] td.kw').first().textContent();
  assert.ok(kw.includes('项目') && kw.includes(word), `${kw} / ${word}`);
  assert.ok(await page.getByTestId('kwic-regex').isChecked());
  assert.deepEqual(errors, []);
});

test('n-grams, dispersion (SVG and PNG), statistics and the summary tab', async (t) => {
  const { page, errors } = await open(t);
  await page.getByTestId('tab-ngrams').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=ngram-row]').length >= 5, null, { timeout: 30_000 });
  const grams = await page.locator('[data-testid=ngram-term]').allTextContents();
  assert.ok(grams.every((g) => g.split(' ').length === 3), String(grams.slice(0, 5)));
  await page.getByTestId('ngram-n').selectOption('2');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=ngram-term]')].slice(0, 5)
    .every((b) => b.textContent.split(' ').length === 2), null, { timeout: 30_000 });
  const ngramCsv = await download(page, 'ngram-export-csv');
  assert.equal(csvLines(ngramCsv.bytes)[0], 'ngram,count,docs');

  await page.getByTestId('tab-dispersion').click();
  await page.getByTestId('disp-query').fill('疫情');
  await page.getByTestId('disp-query').press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=disp-row]').length === 5
    && document.querySelectorAll('[data-testid=disp-tick]').length > 3, null, { timeout: 30_000 });
  assert.match(await page.getByTestId('disp-summary').textContent(), /D = (0|1)\.\d{3}/);
  const svg = await download(page, 'disp-export-svg');
  assert.match(svg.name, /\.疫情\.dispersion\.svg$/);
  assert.ok(svg.bytes.toString('utf8').includes('<svg'));
  const png = await download(page, 'disp-export-png');
  assert.equal(png.bytes.subarray(0, 8).toString('hex'), PNG_MAGIC);
  await page.getByTestId('corpus-views').screenshot({ path: path.join(SHOTS, 'toolkit-dispersion.png') });
  // a tick opens the reader at that occurrence
  await page.getByTestId('disp-tick').first().dispatchEvent('click');
  await page.waitForFunction(() => document.querySelector('[data-testid=highlight]')?.textContent === '疫情', null, { timeout: 15_000 });
  // and by keyboard: a focused tick opens the reader on Enter
  await page.getByTestId('tab-keywords').click();
  await page.getByTestId('tab-dispersion').scrollIntoViewIfNeeded();
  await page.getByTestId('disp-tick').nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=highlight]')?.textContent === '疫情', null, { timeout: 15_000 });

  await page.getByTestId('tab-stats').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=stats-row]').length === 5, null, { timeout: 30_000 });
  assert.equal(await page.getByTestId('stats-corpus').count(), 1);
  // the corpus row is named in the page's language, not as a file name
  assert.equal(await page.locator('[data-testid=stats-corpus] td.doc').textContent(), '全部文档');
  assert.ok((await page.getByTestId('stats-explain').textContent()).includes('MATTR'));
  const stats = await download(page, 'stats-export-csv');
  assert.equal(csvLines(stats.bytes).length, 7);

  // the summary tab of the selected document: sentences open the reader
  await page.getByTestId('tab-summary').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=summary-sentence]').length >= 3, null, { timeout: 30_000 });
  const starts = (await page.locator('[data-testid=summary-sentence]').evaluateAll((els) => els.map((e) => Number(e.dataset.start))));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  await page.getByTestId('summary-length').selectOption('s10');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=summary-sentence]').length > 5, null, { timeout: 30_000 });
  const sentence = await page.locator('[data-testid=summary-sentence] button').first().textContent();
  await page.locator('[data-testid=summary-sentence] button').first().click();
  await page.waitForFunction((s) => document.querySelector('[data-testid=highlight]')?.textContent === s, sentence, { timeout: 15_000 });

  // English
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('tab-collocates').waitFor();
  assert.equal(await page.getByTestId('tab-collocates').textContent(), 'Collocates');
  assert.deepEqual(errors, []);
});
