// The corpus: files dropped in any encoding, a binary file refused, the
// cleaning shown, and the documents still there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { server, useApp, newPage, ROOT, SAMPLES, SHOTS } from './harness.mjs';


// Re-encode real samples with Python's codecs: 002 as GB18030, and the
// Traditional sample 000 (pinyin annotations stripped: Big5 has no tone marks) as Big5.
function encoded(sample, codec, stripPinyin) {
  const script = `
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
if sys.argv[3] == '1':
    t = re.sub(r'\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)', '', t)
sys.stdout.buffer.write(t.encode(sys.argv[2]))`;
  return execFileSync('python3', ['-c', script, path.join(SAMPLES, sample), codec, stripPinyin ? '1' : '0']);
}

useApp();

// Waits until the documents stored in IndexedDB have exactly these names, so a
// reload that follows finds what the page last wrote.
async function storedNamesAre(page, names) {
  await page.waitForFunction((expected) => new Promise((resolve) => {
    const open = indexedDB.open('wenxi');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('documents')) { db.close(); resolve(expected.length === 0); return; }
      const req = db.transaction('documents').objectStore('documents').getAll();
      req.onsuccess = () => {
        db.close();
        resolve(JSON.stringify(req.result.map((r) => r.name)) === JSON.stringify(expected));
      };
      req.onerror = () => { db.close(); resolve(false); };
    };
    open.onerror = () => resolve(false);
  }), names, { timeout: 10_000, polling: 100 });
}

async function drop(page, files) {
  const dt = await page.evaluateHandle((list) => {
    const d = new DataTransfer();
    for (const f of list) d.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return d;
  }, files.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
  await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
}

test('dropped GB18030 and Big5 files decode, a PNG is refused, and the corpus survives a reload', async (t) => {
  const { context, page, errors } = await newPage(t, { width: 1400, height: 950, locale: 'zh-CN' });
  await page.goto(server.url);
  await page.getByTestId('status').waitFor();
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex');
  await drop(page, [
    { name: '常州重大项目督查.txt', bytes: encoded('002_a0fdc7360642034d.txt', 'gb18030', false) },
    { name: '無錫經濟形勢分析會.txt', bytes: encoded('000_c19814503c5e5b1f.txt', 'big5', true) },
    { name: 'photo.txt', bytes: png },
  ]);
  const docs = page.getByTestId('document');
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=document]')];
    return rows.length === 3 && rows.every((r) => r.dataset.status === 'done' || r.dataset.status === 'failed');
  }, null, { timeout: 60_000 });
  const details = await page.getByTestId('document-detail').allTextContents();
  assert.match(details[0], /GB18030/);
  assert.match(details[1], /Big5/);
  assert.match(details[2], /PNG/);
  assert.equal(await docs.nth(2).getAttribute('data-status'), 'failed');
  // the refusal is shown in the page's language for the selected (last)
  // document, and follows a switch of language (issue 20: a typed fault,
  // localised in the page)
  assert.match(await page.getByTestId('refusal').textContent(), /不是文本文件（看起来是PNG 图片），已拒绝$/);
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await page.getByTestId('refusal').textContent(), /not a text file \(looks like PNG image\); refused$/);
  await page.getByRole('button', { name: '中文' }).click();
  assert.match(await page.getByTestId('refusal').textContent(), /不是文本文件/);

  // the Big5 document: Traditional, converted; its keywords are Simplified
  await docs.nth(1).locator('.doc-select').click();
  await page.getByTestId('keyword').first().waitFor();
  assert.equal(await page.getByTestId('encoding-used').textContent(), 'Big5');
  const terms = await page.getByTestId('keyword').allTextContents();
  assert.ok(terms.some((k) => k.startsWith('工作') || k.startsWith('产业')), String(terms));
  await page.screenshot({ path: path.join(SHOTS, 'corpus-1400.png') });

  await storedNamesAre(page, ['常州重大项目督查.txt', '無錫經濟形勢分析會.txt']);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 2, null, { timeout: 60_000 });
  assert.equal(await page.getByTestId('document').count(), 2);
  const names = await page.getByTestId('document-name').allTextContents();
  assert.deepEqual(names, ['常州重大项目督查.txt', '無錫經濟形勢分析會.txt']);
  assert.deepEqual(errors, []);
});

test('pasted sample 004 shows its boilerplate struck through; rename and delete persist', async (t) => {
  const { context, page } = await newPage(t, { width: 1400, height: 950, locale: 'en-US' });
  await page.goto(server.url);
  await page.getByTestId('input').fill(fs.readFileSync(path.join(SAMPLES, '004_4a22dbcbe506ccd5.txt'), 'utf8'));
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('tab-cleaning').click();
  const diff = page.getByTestId('cleaning-diff');
  await diff.waitFor();
  const struck = await diff.locator('del.boilerplate').allTextContents();
  assert.ok(struck.some((d) => d.startsWith('当前位置')), String(struck));
  assert.ok(struck.some((d) => d.startsWith('推荐访问')), String(struck));
  assert.ok((await diff.textContent()).includes('一要全力冲刺年度目标任务'));
  await page.screenshot({ path: path.join(SHOTS, 'cleaning-1400.png') });

  assert.deepEqual(await page.getByTestId('document-name').allTextContents(), ['在全市第三季度重点观摩会上讲话']);
  await page.getByTestId('rename').fill('观摩会讲话');
  await page.getByTestId('rename').press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=document-name]').textContent === '观摩会讲话');
  await storedNamesAre(page, ['观摩会讲话']);
  await page.reload();
  await page.getByTestId('document-name').first().waitFor();
  assert.deepEqual(await page.getByTestId('document-name').allTextContents(), ['观摩会讲话']);
  await page.getByTestId('document').first().locator('.doc-select').click();
  await page.getByTestId('delete').click();
  assert.equal(await page.getByTestId('document').count(), 0);
  await storedNamesAre(page, []);
  await page.reload();
  await page.getByTestId('status').waitFor();
  await storedNamesAre(page, []);
  assert.equal(await page.getByTestId('document').count(), 0);
});

test('switching rules off re-analyses the corpus, persists, and the original downloads intact', async (t) => {
  const { context, page } = await newPage(t, { width: 1400, height: 950, locale: 'zh-CN' });
  await page.goto(server.url);
  const text = fs.readFileSync(path.join(SAMPLES, '000_c19814503c5e5b1f.txt'), 'utf8');
  await page.getByTestId('input').fill(text);
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  const before = await page.getByTestId('keyword').allTextContents();
  assert.ok(!before.some((k) => /^(ng|zh|sh)\b/.test(k)), String(before));
  await page.getByTestId('tab-cleaning').click();
  const pinyin = Number(await page.locator('[data-testid=rule-count][data-rule=pinyin] b').textContent());
  assert.ok(pinyin > 50, `pinyin removals: ${pinyin}`);

  // pinyin rule off: the annotations come back as keywords' noise
  await page.getByTestId('settings').click();
  await page.getByTestId('opt-pinyin').uncheck();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=keyword]')].some((k) => /^ng/.test(k.textContent)), null, { timeout: 60_000 });
  // conversion off: Traditional keywords stay Traditional
  await page.getByTestId('opt-pinyin').check();
  await page.getByTestId('opt-simplify').uncheck();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=keyword]')].some((k) => k.textContent.startsWith('產業')), null, { timeout: 60_000 });

  await page.reload();
  await page.getByTestId('settings').click();
  assert.equal(await page.getByTestId('opt-simplify').isChecked(), false);
  assert.equal(await page.getByTestId('opt-pinyin').isChecked(), true);

  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-original').click()]);
  const saved = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(saved, text);
});

test('a picked folder adds every file inside it, named by its path', async (t) => {
  const dir = fs.mkdtempSync('/tmp/wenxi-folder-');
  fs.mkdirSync(path.join(dir, '会议', '讲话'), { recursive: true });
  fs.copyFileSync(path.join(SAMPLES, '003_f46ec23ef447f8ec.txt'), path.join(dir, '会议', '无锡.txt'));
  fs.writeFileSync(path.join(dir, '会议', '讲话', '观摩会.html'),
    `<html><head><style>p{}</style><script>var x=1</script></head><body><p>${fs.readFileSync(path.join(SAMPLES, '004_4a22dbcbe506ccd5.txt'), 'utf8').replace(/\n/g, '</p><p>')}</p></body></html>`);
  const { context, page } = await newPage(t, { width: 1280, height: 900, locale: 'zh-CN' });
  await page.goto(server.url);
  await page.getByTestId('folder-input').setInputFiles(dir);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 2, null, { timeout: 60_000 });
  const names = await page.getByTestId('document-name').allTextContents();
  assert.ok(names.some((n) => n.endsWith('会议/无锡.txt')), String(names));
  assert.ok(names.some((n) => n.endsWith('会议/讲话/观摩会.html')), String(names));
  // the HTML document's text has no markup and no script
  await page.getByTestId('document').filter({ hasText: '观摩会.html' }).locator('.doc-select').click();
  await page.getByTestId('keyword').first().waitFor();
  const terms = await page.getByTestId('keyword').allTextContents();
  assert.ok(terms.some((k) => k.startsWith('观摩会') || k.startsWith('项目')), String(terms));
  assert.ok(!terms.some((k) => /^(var|script|style)/.test(k)), String(terms));
});

test('choosing a person and a figure in the panels highlights them in the reader', async (t) => {
  const { context, page } = await newPage(t, { width: 1400, height: 950, locale: 'zh-CN' });
  await page.goto(server.url);
  await page.getByTestId('input').fill(fs.readFileSync(path.join(SAMPLES, '002_a0fdc7360642034d.txt'), 'utf8'));
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });

  await page.getByTestId('tab-entities').click();
  const person = page.getByTestId('entity').filter({ hasText: '陈金虎' });
  assert.match(await person.textContent(), /市委书记/);
  await person.locator('button').click();
  const marks = page.getByTestId('highlight');
  await marks.first().waitFor();
  const texts = await marks.allTextContents();
  assert.ok(texts.length >= 4, `highlights: ${texts}`);
  assert.ok(texts.every((m) => m === '陈金虎'), String(texts));
  await page.screenshot({ path: path.join(SHOTS, 'reader-1400.png') });

  await page.getByTestId('tab-figures').click();
  const figure = page.getByTestId('figure').filter({ hasText: '169.6亿元' });
  assert.match(await figure.textContent(), /亿元/);
  await page.screenshot({ path: path.join(SHOTS, 'figures-1400.png') });
  await figure.locator('button').click();
  await marks.first().waitFor();
  assert.deepEqual(await marks.allTextContents(), ['169.6亿元']);
});

test('corpus views: frequency, cloud and concordance across all five samples', async (t) => {
  const { context, page, errors } = await newPage(t, { width: 1280, height: 950, locale: 'zh-CN' });
  await page.goto(server.url);
  const names = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
  await page.getByTestId('file-input').setInputFiles(names.map((n) => path.join(SAMPLES, n)));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 5, null, { timeout: 60_000 });
  // views answer asynchronously, and a late answer for an earlier corpus may
  // still be showing: poll until the view reflects all five documents
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=freq-row] td:first-child')]
    .slice(0, 30).some((td) => td.textContent === '项目'), null, { timeout: 30_000 });

  await page.getByTestId('tab-cloud').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=cloud-word]').length >= 30, null, { timeout: 30_000 });
  await page.screenshot({ path: path.join(SHOTS, 'cloud-1280.png'), fullPage: true });
  // a word of the cloud opens its concordance
  await page.getByTestId('cloud-word').filter({ hasText: /^项目$/ }).click();
  await page.waitForFunction(() => new Set([...document.querySelectorAll('[data-testid=kwic-hit]')].map((e) => e.dataset.doc)).size >= 3,
    null, { timeout: 30_000 });
  assert.match(await page.getByTestId('kwic-summary').textContent(), /篇文档/);
  // who and what recurs: the first row of the across-documents table appears in several documents
  await page.getByTestId('tab-across').click();
  const first = page.getByTestId('across-row').first();
  await first.waitFor();
  const cells = await first.locator('td.num').allTextContents();
  assert.ok(cells.slice(0, -1).filter((c) => c !== '').length >= 2, String(cells));
  assert.ok(await page.getByTestId('across-row').filter({ hasText: '陈金虎' }).count() === 1);
  await page.getByTestId('tab-kwic').click();
  // a broken regular expression is explained, not thrown
  await page.getByTestId('kwic-query').fill('项目(');
  await page.getByTestId('kwic-query').dispatchEvent('change');
  await page.waitForFunction(() => /^0 /.test(document.querySelector('[data-testid=kwic-summary]')?.textContent ?? ''), null, { timeout: 30_000 });
  await page.getByTestId('kwic-regex').check();
  await page.locator('.corpus-views .refusal').waitFor();
  assert.deepEqual(errors, []);
});

test('the reader shows a person in the Traditional original, and panels sort by column', async (t) => {
  const { context, page } = await newPage(t, { width: 1400, height: 950, locale: 'zh-CN' });
  await page.goto(server.url);
  await page.getByTestId('input').fill(fs.readFileSync(path.join(SAMPLES, '000_c19814503c5e5b1f.txt'), 'utf8'));
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('tab-entities').click();
  // sort by count: the most frequent entity comes first
  await page.locator('[data-testid=entities-table] th button').nth(3).click();
  const counts = (await page.locator('[data-testid=entity] td:last-child').allTextContents()).map(Number);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  await page.getByTestId('entity').filter({ hasText: '赵建军' }).locator('button').click();
  const marks = page.getByTestId('highlight');
  await marks.first().waitFor();
  assert.ok((await marks.allTextContents()).every((m) => m === '赵建军'));
  await page.getByTestId('reader-original').check();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=highlight]')].every((m) => m.textContent === '趙建軍'));
  assert.match(await page.getByTestId('reader').textContent(), /代市長\(zhǎng\)趙建軍/);
});
