// Segmentation users can steer: the POS-coloured segmented view, new-word
// discovery with one-click adding, the user dictionary (add, remove, delete a
// built-in word, import, export) kept across reloads, and stopword edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useApp, openApp, allDone, ROOT, SAMPLES, SHOTS } from './harness.mjs';

const ALL = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();

useApp();

// The texts of the tokens of the segmented view.
function tokens(page) {
  return page.getByTestId('seg-token').allTextContents();
}

// Waits until the segmented view marks `word`: 'whole' — every occurrence on
// the page is one token; 'split' — every occurrence is cut into several
// tokens; 'some' — at least one occurrence is a token of its own.
async function segmentedShows(page, word, how) {
  await page.waitForFunction(([word, how]) => {
    const hits = [...document.querySelectorAll('[data-testid=seg-token].hit')].map((t) => t.textContent);
    const parts = [...document.querySelectorAll('[data-testid=seg-token].hit-part')].map((t) => t.textContent);
    if (how === 'whole') return hits.includes(word) && parts.length === 0;
    if (how === 'split') return hits.length === 0 && parts.join('').includes(word);
    return hits.includes(word);
  }, [word, how], { timeout: 30_000, polling: 100 });
}

// Waits until the worker has applied the user dictionary and every document
// is analysed again with it.
async function applied(page, n) {
  await page.getByTestId('userdict-status').filter({ hasText: /词典已更新|Dictionary updated/ }).waitFor({ timeout: 30_000 });
  await allDone(page, n);
}

// The user dictionary as stored in IndexedDB (jieba's text format).
function storedDict(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('wenxi');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('settings')) { db.close(); resolve(null); return; }
      const req = db.transaction('settings').objectStore('settings').get('userdict');
      req.onsuccess = () => { db.close(); resolve(req.result ?? null); };
      req.onerror = () => { db.close(); resolve(null); };
    };
    open.onerror = () => resolve(null);
  }));
}

test('a new word added from the table changes the segmented view, removing it reverts, deletions survive a reload', async (t) => {
  const { page, errors } = await openApp(t, { width: 1400, height: 950, locale: 'zh-CN' });
  await page.getByTestId('file-input').setInputFiles(ALL.map((n) => path.join(SAMPLES, n)));
  await allDone(page, ALL.length);
  // show sample 002, on 重大项目
  await page.getByTestId('document').nth(2).locator('.doc-select').click();
  const kwBefore = await page.getByTestId('keyword').allTextContents();
  assert.ok(kwBefore.some((k) => k.startsWith('重大项目')), kwBefore.join(' '));

  // the segmented view: every token coloured by its tag, some names and places among them
  const panel = page.getByTestId('lexicon-panel');
  await panel.scrollIntoViewIfNeeded();
  await page.getByTestId('seg-token').first().waitFor();
  const tags = await page.getByTestId('seg-token').evaluateAll((ts) => ts.map((t) => t.dataset.tag));
  assert.ok(tags.length > 200, `only ${tags.length} tokens`);
  assert.ok(tags.includes('v') && tags.some((g) => g.startsWith('n')), tags.slice(0, 40).join(' '));
  // names jieba only finds by HMM carry the tags extraction gives them
  const tagOf = async (w) => page.locator('[data-testid=seg-token]', { hasText: new RegExp(`^${w}$`) }).first().getAttribute('data-tag');
  assert.equal(await tagOf('陈金虎'), 'nr');
  assert.equal(await tagOf('天宁区'), 'ns');
  const classes = await page.getByTestId('seg-token').evaluateAll((ts) => ts.map((t) => t.className));
  assert.ok(classes.every((c) => /\bpos-\w+/.test(c)), 'every token has a POS class');

  // full mode finds more (overlapping) words than precise on the same page
  const precise = (await tokens(page)).length;
  await page.getByTestId('seg-mode').selectOption('full');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=seg-token]').length > n, precise, { timeout: 15_000 });
  await page.getByTestId('seg-mode').selectOption('precise');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=seg-token]').length === n, precise, { timeout: 15_000 });

  // new words over the corpus
  await page.getByTestId('tab-newwords').click();
  await page.getByTestId('newwords-run').click();
  await page.getByTestId('newword-row').first().waitFor({ timeout: 30_000 });
  const words = await page.getByTestId('newword-row').evaluateAll((rs) => rs.map((r) => r.dataset.word));
  assert.ok(words.length >= 20, words.join(' '));
  const word = words[0];
  assert.ok([...word].length >= 2);
  // sorting by count puts the most frequent first
  await page.getByTestId('newwords-table').getByRole('button', { name: '次数' }).click();
  const counts = await page.locator('[data-testid=newword-row] td:nth-child(2)').allTextContents();
  const nums = counts.map(Number);
  assert.deepEqual(nums, [...nums].sort((a, b) => b - a));

  // before: the candidate is split
  const row = page.locator(`[data-testid=newword-row][data-word="${word}"]`);
  await row.getByTestId('newword-show').click();
  await segmentedShows(page, word, 'split');

  // add it with one click: rebuilt in the worker, the corpus re-segmented, the view shows one token
  await page.getByTestId('tab-newwords').click();
  await row.getByTestId('newword-add').click();
  await row.getByTestId('newword-added').waitFor();
  await applied(page, ALL.length);
  await page.getByTestId('tab-segmented').click();
  await segmentedShows(page, word, 'whole');
  await panel.screenshot({ path: path.join(SHOTS, 'lexicon-segmented.png') });

  // take it out again: the view reverts
  await page.getByTestId('tab-userdict').click();
  const entry = page.locator(`[data-testid=userdict-entry][data-word="${word}"]`);
  await entry.waitFor();
  await entry.getByTestId('userdict-remove').click();
  await entry.waitFor({ state: 'detached' });
  await applied(page, ALL.length);
  await page.getByTestId('tab-segmented').click();
  await segmentedShows(page, word, 'split');

  // thresholds: at least 5 occurrences
  await page.getByTestId('tab-newwords').click();
  await page.getByTestId('newwords-min-count').selectOption('5');
  await page.getByTestId('newwords-run').click();
  await page.waitForFunction(() => {
    const counts = [...document.querySelectorAll('[data-testid=newword-row] td:nth-child(2)')].map((t) => Number(t.textContent));
    return counts.length > 0 && counts.every((n) => n >= 5);
  }, null, { timeout: 30_000 });

  // delete a built-in word and add one with a frequency and a tag
  await page.getByTestId('tab-userdict').click();
  await page.getByTestId('userdict-word').fill('重大项目');
  await page.getByTestId('userdict-delete').click();
  await page.locator('[data-testid=userdict-deleted][data-word="重大项目"]').waitFor();
  await applied(page, ALL.length);
  await page.getByTestId('userdict-word').fill('树牢');
  await page.getByTestId('userdict-freq').fill('3000');
  await page.getByTestId('userdict-tag').fill('v');
  await page.getByTestId('userdict-add').click();
  await page.locator('[data-testid=userdict-entry][data-word="树牢"]').waitFor();
  await applied(page, ALL.length);
  await page.getByTestId('tab-segmented').click();
  await page.getByTestId('seg-find').fill('重大项目');
  await page.getByTestId('seg-find').press('Enter');
  await segmentedShows(page, '重大项目', 'split');
  // the keywords follow: 重大项目 is no longer one word anywhere
  const kws = await page.getByTestId('keyword').allTextContents();
  assert.ok(!kws.some((k) => k.startsWith('重大项目')), kws.join(' '));

  // reload: the dictionary is as left, and the worker segments with it
  for (let i = 0; i < 100 && !/树牢 3000 v\n-重大项目\n/.test(String(await storedDict(page))); i++) {
    await page.waitForTimeout(100);
  }
  assert.equal(await storedDict(page), '树牢 3000 v\n-重大项目\n');
  await page.reload();
  await allDone(page, ALL.length);
  await page.getByTestId('tab-userdict').click();
  await page.locator('[data-testid=userdict-entry][data-word="树牢"]').waitFor();
  assert.equal(await page.getByTestId('userdict-entry').count(), 1);
  assert.deepEqual(await page.getByTestId('userdict-deleted').evaluateAll((l) => l.map((e) => e.dataset.word)), ['重大项目']);
  await page.getByTestId('tab-segmented').click();
  await page.getByTestId('seg-find').fill('重大项目');
  await page.getByTestId('seg-find').press('Enter');
  await segmentedShows(page, '重大项目', 'split');
  await page.getByTestId('seg-find').fill('树牢');
  await page.getByTestId('seg-find').press('Enter');
  await segmentedShows(page, '树牢', 'whole');
  assert.deepEqual(errors, []);
});

test('the user dictionary imports and exports jieba format, and stopword edits change keywords only', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280, height: 900, locale: 'en-US' });
  const sample = path.join(SAMPLES, '002_a0fdc7360642034d.txt');
  await page.getByTestId('file-input').setInputFiles([sample]);
  await allDone(page, 1);
  await page.getByTestId('tab-userdict').click();
  assert.match(await page.getByTestId('userdict-empty').textContent(), /No custom words/);

  // a file with a bad line is refused, naming the line; nothing changes
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenxi-ud-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'bad.txt'), '好词 10 n\n坏词 -3 n\n');
  await page.getByTestId('userdict-import').setInputFiles(path.join(dir, 'bad.txt'));
  const problem = await page.getByTestId('userdict-import-error').textContent();
  assert.match(problem, /bad\.txt/);
  assert.match(problem, /line 2/);
  assert.equal(await page.getByTestId('userdict-entry').count(), 0);

  // a good one (BOM, comments, a deletion) is merged
  fs.writeFileSync(path.join(dir, 'good.txt'), '\uFEFF# policy words\n智改数转 2000 nz\n树牢 v\n-重大项目\n');
  await page.getByTestId('userdict-import').setInputFiles(path.join(dir, 'good.txt'));
  await page.locator('[data-testid=userdict-entry][data-word="智改数转"]').waitFor();
  assert.equal(await page.getByTestId('userdict-import-error').count(), 0);

  // edit a frequency in place, typed while the document is analysed again
  // with the imported words: the worker's answers re-render the table, and
  // what is typed stays until Enter applies it
  const freq = page.locator('[data-testid=userdict-entry][data-word="树牢"] input[type=number]');
  await freq.fill('1500');
  await applied(page, 1);
  assert.equal(await freq.inputValue(), '1500');
  await freq.press('Enter');
  await freq.blur();
  await page.waitForFunction(() => document.querySelector('[data-testid=userdict-entry][data-word="树牢"] input[type=number]').value === '1500');
  await applied(page, 1);

  // export: the same entries, in jieba's format
  const download = page.waitForEvent('download');
  await page.getByTestId('userdict-export').click();
  const file = await (await download).path();
  assert.equal(fs.readFileSync(file, 'utf8'), '智改数转 2000 nz\n树牢 1500 v\n-重大项目\n');

  // stopwords: 项目 among the keywords; made a stopword, it is gone from the keywords
  await page.getByTestId('keyword').first().waitFor();
  const before = await page.getByTestId('keyword').allTextContents();
  assert.ok(before.some((k) => k.startsWith('项目')), before.join(' '));
  await page.getByTestId('tab-stopwords').click();
  await page.getByTestId('stopwords-added').fill('项目\n');
  await page.getByTestId('stopwords-apply').click();
  await page.waitForFunction(() => {
    const ks = [...document.querySelectorAll('[data-testid=keyword]')].map((k) => k.textContent);
    return ks.length > 0 && !ks.some((k) => k.startsWith('项目'));
  }, null, { timeout: 30_000 });
  // the full list in effect downloads, with the addition
  const listDownload = page.waitForEvent('download');
  await page.getByTestId('stopwords-download').click();
  const list = fs.readFileSync(await (await listDownload).path(), 'utf8').split('\n');
  assert.ok(list.includes('项目') && list.includes('的') && list.length > 800, `${list.length} words`);
  // the text is untouched: the segmented view still has the token
  await page.getByTestId('tab-segmented').click();
  await page.getByTestId('seg-find').fill('项目');
  await page.getByTestId('seg-find').press('Enter');
  await segmentedShows(page, '项目', 'some');
  // kept across a reload
  await page.reload();
  await allDone(page, 1);
  await page.getByTestId('tab-stopwords').click();
  assert.equal(await page.getByTestId('stopwords-added').inputValue(), '项目');
  assert.deepEqual(errors, []);
});

test('choosing a keyword opens its concordance across the corpus and finds it in the segmented text', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280, height: 900, locale: 'zh-CN' });
  await page.getByTestId('file-input').setInputFiles(ALL.map((n) => path.join(SAMPLES, n)));
  await allDone(page, ALL.length);
  const term = await page.getByTestId('keyword-term').first().textContent();
  await page.getByTestId('keyword-term').first().click();
  await page.waitForFunction((term) => document.querySelector('[data-testid=kwic-query]')?.value === term, term, { timeout: 15_000 });
  await page.getByTestId('kwic-hit').first().waitFor({ timeout: 30_000 });
  const hits = await page.getByTestId('kwic-hit').locator('.kw').allTextContents();
  assert.ok(hits.length > 0 && hits.every((h) => h === term), hits.slice(0, 5).join(' '));
  assert.equal(await page.getByTestId('seg-find').inputValue(), term);
  await segmentedShows(page, term, 'some');
  assert.deepEqual(errors, []);
});

test('dictionary edits made faster than the page re-renders all count', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280, height: 900, locale: 'en-US' });
  await page.getByTestId('file-input').setInputFiles([path.join(SAMPLES, '002_a0fdc7360642034d.txt')]);
  await allDone(page, 1);
  await page.getByTestId('tab-newwords').click();
  await page.getByTestId('newwords-run').click();
  await page.getByTestId('newword-row').nth(2).waitFor({ timeout: 30_000 });
  // three "add" clicks in one task: no render can happen between them
  const words = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid=newword-row]')].slice(0, 3);
    for (const r of rows) r.querySelector('[data-testid=newword-add]').click();
    return rows.map((r) => r.dataset.word);
  });
  await applied(page, 1);
  await page.getByTestId('tab-userdict').click();
  for (const w of words) await page.locator(`[data-testid=userdict-entry][data-word="${w}"]`).waitFor();
  assert.equal(await page.getByTestId('userdict-entry').count(), 3);
  let stored = '';
  for (let i = 0; i < 100 && !words.every((w) => stored.includes(`${w} `) || stored.split('\n').includes(w)); i++) {
    await page.waitForTimeout(100);
    stored = String(await storedDict(page));
  }
  for (const w of words) assert.ok(stored.split('\n').some((l) => l.split(' ')[0] === w), `${w} stored: ${stored}`);
  assert.deepEqual(errors, []);
});
