// Faults the user cannot prevent: browser storage that is unavailable
// (private mode) or full, a reload in the middle of an analysis, a file far
// too large to read, and files whose bytes are mixed or cut off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { server, useApp, newPage, ready, paste, doneCount, ROOT, SAMPLES, sample } from './harness.mjs';

const sampleNames = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const S002 = '002_a0fdc7360642034d.txt';

useApp();

const open = (t, { locale = 'zh-CN', init } = {}) => newPage(t, { locale, init, consoleErrors: true });

/** The names of the stored documents, read from IndexedDB in the page. */
function storedNames(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('wenxi');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('documents')) { db.close(); resolve([]); return; }
      const req = db.transaction('documents').objectStore('documents').getAll();
      req.onsuccess = () => { db.close(); resolve(req.result.map((r) => r.name)); };
      req.onerror = () => { db.close(); resolve(null); };
    };
    open.onerror = () => resolve(null);
  }));
}

async function keywordsOf(page, docName) {
  await page.getByTestId('document-name').filter({ hasText: docName }).click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  return page.getByTestId('keyword').allTextContents();
}

const PRIVATE_MODE = {
  // Firefox and Safari private windows: open() throws
  throws: () => {
    IDBFactory.prototype.open = function open() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  },
  // storage disabled altogether: no indexedDB at all
  missing: () => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  },
  // open() fails asynchronously (an error event, not a throw): here a newer
  // version of the database exists, so opening version 1 fails
  fails: () => {
    const req = indexedDB.open('wenxi', 1000);
    req.onsuccess = () => req.result.close();
  },
};

for (const [variant, init] of Object.entries(PRIVATE_MODE)) {
  test(`IndexedDB unavailable (${variant}): the app says so in its language and works in memory`, async (t) => {
    const { page, errors } = await open(t, { init });
    await page.goto(server.url);
    await ready(page);
    const status = page.getByTestId('status');
    await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent.includes('无法使用浏览器存储'), null, { timeout: 10_000 });
    assert.match(await status.textContent(), /无法使用浏览器存储，文档只保存在内存中（/);
    assert.doesNotMatch(await status.textContent(), /browser storage/);
    await page.getByTestId('input').fill(sample(S002));
    await page.getByTestId('analyze').click();
    await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
    assert.ok((await page.getByTestId('keyword').allTextContents()).some((k) => k.startsWith('重大项目')));
    // the notice stays once the analysis is done: the document was not stored
    await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent.includes('无法使用浏览器存储'), null, { timeout: 10_000 });
    // files work too, and the extraction panels
    await page.getByTestId('file-input').setInputFiles([{ name: '003.txt', mimeType: 'text/plain', buffer: Buffer.from(sample(sampleNames[3])) }]);
    await doneCount(page, 2);
    assert.deepEqual(errors.filter((e) => !/indexedDB|IndexedDB/.test(e)), []);
  });
}

test('IndexedDB full (QuotaExceededError on put): a notice, and the corpus works in memory', async (t) => {
  const { page, errors } = await open(t, {
    locale: 'en-US',
    init: () => {
      const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      IDBObjectStore.prototype.put = function put() { throw full(); };
      IDBObjectStore.prototype.add = function add() { throw full(); };
    },
  });
  await page.goto(server.url);
  await ready(page);
  // reading works: no notice at start
  assert.doesNotMatch(await page.getByTestId('status').textContent(), /storage/);
  await page.getByTestId('input').fill(sample(S002));
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent.includes('storage is full'), null, { timeout: 10_000 });
  assert.match(await page.getByTestId('status').textContent(), /^browser storage is full; documents are kept in memory only \(/);
  // in-memory work goes on: a second document, and both keep their results
  await page.getByTestId('input').fill(sample(sampleNames[3]));
  await page.getByTestId('analyze').click();
  await doneCount(page, 2);
  assert.ok((await keywordsOf(page, '重大项目')).some((k) => k.startsWith('重大项目')));
  assert.deepEqual(await storedNames(page), []);
  assert.deepEqual(errors, []);
});

test('a reload during the analysis of a large paste loses no document', async (t) => {
  const { page, errors } = await open(t, { locale: 'en-US' });
  await page.goto(server.url);
  await ready(page);
  const all = sampleNames.map(sample).join('\n');
  const big = all.repeat(Math.ceil((6 << 20) / Buffer.byteLength(all))); // ~6 MB
  await paste(page, big);
  await page.getByTestId('analyze').click();
  await page.waitForSelector('[data-testid=document][data-status=busy]');
  const name = await page.getByTestId('document-name').first().textContent();
  await page.getByTestId('cancel').waitFor(); // still analysing
  await page.reload();
  await doneCount(page, 1, 120_000);
  assert.deepEqual(await page.getByTestId('document-name').allTextContents(), [name]);
  const detail = await page.getByTestId('document-detail').first().textContent();
  assert.match(detail, /^6\.\d MB/, detail);
  assert.ok((await page.getByTestId('keyword').allTextContents()).length > 0);
  assert.deepEqual(errors, []);
});

test('a reload during the analysis of several files loses none of them', async (t) => {
  const { page, errors } = await open(t, { locale: 'en-US' });
  await page.goto(server.url);
  await ready(page);
  const all = sampleNames.map(sample).join('\n');
  const files = Array.from({ length: 5 }, (_, i) => ({
    name: `part${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`第${i + 1}部分\n${all.repeat(8)}`),
  }));
  await page.getByTestId('file-input').setInputFiles(files);
  await page.waitForSelector('[data-testid=document][data-status=busy]');
  assert.equal(await page.getByTestId('document').count(), 5);
  await page.reload();
  await doneCount(page, 5, 120_000);
  assert.deepEqual(await page.getByTestId('document-name').allTextContents(), files.map((f) => f.name));
  assert.deepEqual(errors, []);
});

test('a 100 MB file is refused by its size, named, without being read; the others are unaffected', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenxi-big-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const bigPath = path.join(dir, '全年汇编.txt');
  const chunk = Buffer.from(sample(S002).repeat(Math.ceil((1 << 20) / Buffer.byteLength(sample(S002)))).slice(0, 300_000));
  const fd = fs.openSync(bigPath, 'w');
  let written = 0;
  while (written < 100 << 20) written += fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  const smallPath = path.join(dir, '督查.txt');
  fs.writeFileSync(smallPath, sample(S002));

  const { page, errors } = await open(t);
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId('file-input').setInputFiles([smallPath, bigPath]);
  await page.waitForSelector('[data-testid=document][data-status=failed]', { timeout: 60_000 });
  await doneCount(page, 1);
  assert.deepEqual(await page.getByTestId('document-name').allTextContents(), ['督查.txt', '全年汇编.txt']);
  const failed = page.locator('[data-testid=document][data-status=failed]');
  assert.equal(await failed.getByTestId('document-detail').textContent(), '文件过大（100 MB，上限 64 MB），未读取，请拆分后再添加');
  // the refusal names the document
  assert.match(await page.getByTestId('refusal').textContent(), /^全年汇编\.txt：文件过大/);
  // in English, with the English colon (issue 20: a full-width "：" was left)
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => /^全年汇编\.txt: [a-z]/.test(document.querySelector('[data-testid=refusal]')?.textContent ?? ''));
  assert.doesNotMatch(await page.getByTestId('refusal').textContent(), /：/);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  // the page answers at once, the small document has its results, only it is stored
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok((await keywordsOf(page, '督查.txt')).some((k) => k.startsWith('重大项目')));
  for (let i = 0; i < 50 && JSON.stringify(await storedNames(page)) !== JSON.stringify(['督查.txt']); i++) await page.waitForTimeout(100);
  assert.deepEqual(await storedNames(page), ['督查.txt']);
  assert.deepEqual(errors, []);
});

test('files with mixed encodings or a cut-off last character give results, named', async (t) => {
  const text = sample(S002);
  const utf8 = Buffer.from(text);
  const truncated = utf8.subarray(0, utf8.length - 1); // the last char loses a byte
  assert.notEqual(truncated.toString('utf8'), text);
  const half = text.indexOf('\n', text.length >> 1) + 1;
  // the first half in GB18030 (Python's codec), the rest in UTF-8, as when
  // files from two tools are pasted together
  const gbHalf = execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("gb18030"))'], { input: text.slice(0, half) });
  const mixed = Buffer.concat([gbHalf, Buffer.from(text.slice(half))]);
  const { page, errors } = await open(t, { locale: 'en-US' });
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'cut.txt', mimeType: 'text/plain', buffer: truncated },
    { name: 'mixed.txt', mimeType: 'text/plain', buffer: mixed },
    { name: 'fine.txt', mimeType: 'text/plain', buffer: Buffer.from(sample(sampleNames[3])) },
  ]);
  await doneCount(page, 3);
  const details = await page.getByTestId('document-detail').allTextContents();
  assert.match(details[0], /UTF-8/);
  assert.match(details[1], /UTF-8\+GB18030/);
  for (const name of ['cut.txt', 'mixed.txt']) {
    assert.ok((await keywordsOf(page, name)).some((k) => k.startsWith('重大项目')), name);
  }
  assert.deepEqual(errors, []);
});
