// Never crash, never lose, never leak: cancel, hostile and odd input, and a
// record of every request the page makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { server, useApp, newPage, ready, paste, ROOT, SAMPLES, sample } from './harness.mjs';

const sampleNames = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();

useApp();

const open = (t, locale = 'zh-CN') => newPage(t, { locale, consoleErrors: true });

test('a long analysis can be cancelled, and the next one runs', async (t) => {
  const { page, errors } = await open(t);
  await page.goto(server.url);
  await ready(page);
  const all = sampleNames.map(sample).join('\n');
  await paste(page, all.repeat(Math.ceil((16 << 20) / Buffer.byteLength(all))));
  await page.getByTestId('analyze').click();
  await page.getByTestId('cancel').click();
  await page.waitForSelector('[data-testid=document][data-status=cancelled]', { timeout: 60_000 });
  assert.equal(await page.getByTestId('cancel').count(), 0);
  await page.getByTestId('input').fill(sample('002_a0fdc7360642034d.txt'));
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  assert.ok((await page.getByTestId('keyword').allTextContents()).some((k) => k.startsWith('重大项目')));
  assert.equal(await page.getByTestId('document').count(), 2);
  assert.deepEqual(errors, []);
});

test('odd input gets a result or a clear message, and nothing else changes', async (t) => {
  const { page, errors } = await open(t, 'en-US');
  await page.goto(server.url);
  await page.getByTestId('analyze').click();
  assert.match(await page.getByTestId('status').textContent(), /Paste some text first/);
  await page.getByTestId('input').fill(' \n\t\u3000 ');
  await page.getByTestId('analyze').click();
  assert.match(await page.getByTestId('status').textContent(), /Paste some text first/);
  assert.equal(await page.getByTestId('document').count(), 0);
  // control characters, RTL marks, lone surrogates cannot be typed; these can
  const odd = '\u202e重大项目\u202c\u0001\u0007建设\u200f\u200b投资\ufeff' + '项目'.repeat(300_000); // one 1.8 MB line
  await paste(page, odd);
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  assert.ok((await page.getByTestId('keyword').allTextContents()).some((k) => k.startsWith('项目')));
  // a thousand tiny files at once
  const tiny = Array.from({ length: 1000 }, (_, i) => ({ name: `t${String(i).padStart(4, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`第${i}号文件：重大项目`) }));
  await page.getByTestId('file-input').setInputFiles(tiny);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 1001, null, { timeout: 120_000 });
  assert.deepEqual(errors, []);
});

test('nothing leaves the browser: every request goes to the serving origin, none after ready', async (t) => {
  const { context, page, errors } = await open(t);
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), at: Date.now(), sw: Boolean(r.serviceWorker()) }));
  await page.goto(server.url);
  await ready(page);
  const readyAt = Date.now();
  for (const name of sampleNames) {
    await page.getByTestId('input').fill(sample(name));
    await page.getByTestId('analyze').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=document][data-status=done]').length === n, sampleNames.indexOf(name) + 1, { timeout: 60_000 });
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-clean').click()]);
  assert.ok(fs.readFileSync(await download.path(), 'utf8').length > 100);
  const origin = new URL(server.url).origin;
  const foreign = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  // (after ready the service worker caches the rest of the build for offline use)
  const late = requests.filter((r) => r.at > readyAt && !r.url.startsWith('blob:') && !r.sw);
  assert.deepEqual(late.map((r) => r.url), []);
  assert.ok(requests.some((r) => r.url.endsWith('/dict/wenxi.dict.gz')), 'the worker fetches are recorded too');
  assert.deepEqual(errors, []);
});

test('the built page carries a strict Content-Security-Policy and no inline script', () => {
  const html = fs.readFileSync(path.join(ROOT, 'dist/index.html'), 'utf8');
  // any attribute order and quoting: release builds minify index.html
  const meta = html.match(/<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)?.[0] ?? '';
  const csp = meta.match(/\bcontent="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
  // styles only from the build's files; inline style attributes (positions, bar widths) only
  assert.match(csp, /style-src 'self';/);
  assert.match(csp, /style-src-attr 'unsafe-inline'/);
  assert.equal([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length, 0, 'no inline <script>');
  assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org)/, 'no absolute URLs to other hosts');
});

test('exports: CSV opens in Excel (BOM, header) and formula cells are neutralised; JSON is the report', async (t) => {
  const { page, errors } = await open(t);
  await page.goto(server.url);
  await page.getByTestId('input').fill(`${sample('002_a0fdc7360642034d.txt')}\n会议提出“=cmd|' /C calc'!A0”和“@SUM(A1)”的要求。`);
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('tab-figures').click();
  const [figures] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.match(figures.suggestedFilename(), /\.figures\.csv$/);
  const csv = fs.readFileSync(await figures.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFdocument,text,value,unit,indicator'), csv.slice(0, 80));
  assert.match(csv, /169\.6亿元,169\.6,亿元/);
  await page.getByTestId('tab-quotes').click();
  const [quotes] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const q = fs.readFileSync(await quotes.path(), 'utf8');
  assert.ok(q.includes("'=cmd|"), q);
  assert.ok(q.includes("'@SUM(A1)"), q);
  assert.ok(!/(^|,|")=cmd/m.test(q), 'no cell starts with =');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const report = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.ok(report.keywords.length > 0 && report.figures.length > 0);
  assert.deepEqual(errors, []);
});

test('a reader that dies loses only the file it held, and the next file gets a new reader', async (t) => {
  const { page, errors } = await open(t, 'en-US');
  await page.goto(server.url);
  await ready(page);
  const file = (name) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(SAMPLES, name)) });
  const readers = () => page.workers().filter((w) => w.url().includes('reader_loader'));
  // issue 19: files are read by the reader worker, started by the first file
  assert.equal(readers().length, 0);
  await page.getByTestId('file-input').setInputFiles([file(sampleNames[0])]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 1, null, { timeout: 60_000 });
  assert.equal(readers().length, 1);
  // kill it from inside, as a crash would; the next file is sent to a dead reader
  await readers()[0].evaluate(() => { setTimeout(() => self.close(), 0); });
  for (let i = 0; i < 100 && readers().length > 0; i++) await page.waitForTimeout(50);
  await page.getByTestId('file-input').setInputFiles([file(sampleNames[1])]);
  await page.waitForSelector('[data-testid=document][data-status=failed]', { timeout: 30_000 });
  assert.match(await page.locator('[data-testid=document][data-status=failed] [data-testid=document-detail]').textContent(), /restarted/);
  // a new reader reads the next file
  await page.getByTestId('file-input').setInputFiles([file(sampleNames[2])]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 2, null, { timeout: 60_000 });
  assert.equal(readers().length, 1);
  assert.deepEqual(errors, []);
});

test('a worker that dies mid-analysis is replaced and the user is told', async (t) => {
  const { page } = await open(t, 'en-US');
  await page.goto(server.url);
  await ready(page);
  const all = sampleNames.map(sample).join('\n');
  await paste(page, all.repeat(Math.ceil((16 << 20) / Buffer.byteLength(all))));
  await page.getByTestId('analyze').click();
  await page.getByTestId('cancel').waitFor();
  // kill the analysis worker from inside, as a crash would
  const workers = page.workers();
  assert.equal(workers.length, 1);
  // close on the next task, so that evaluate returns before the worker is gone
  await workers[0].evaluate(() => { setTimeout(() => self.close(), 0); });
  await page.waitForSelector('[data-testid=document][data-status=failed]', { timeout: 30_000 });
  assert.match(await page.getByTestId('document-detail').first().textContent(), /restarted/);
  // the replacement works
  await page.getByTestId('input').fill(sample('002_a0fdc7360642034d.txt'));
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  assert.ok((await page.getByTestId('keyword').allTextContents()).some((k) => k.startsWith('重大项目')));
});
