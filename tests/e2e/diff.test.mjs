// The Changes view (对比, issue 17): two versions of a work report (the
// fixtures of tests/fixtures/diff), the default pair by date, added, removed
// and changed rows with word-level highlights, the GDP target row, keyboard
// navigation, the inline layout, one document only, and the exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useApp, openApp, allDone, ROOT, SHOTS } from './harness.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/diff');
const OLD = '2023-01-10-report.txt';
const NEW = '2024-01-12-report.txt';

useApp();

/** Clicks `testid` and returns the download's name and text. */
async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testid).click()]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

test('Changes: one document explains what it needs; two versions show their changes', async (t) => {
  const { page, errors } = await openApp(t);
  // one document only
  await page.getByTestId('file-input').setInputFiles([path.join(FIXTURES, NEW)]);
  await allDone(page, 1);
  await page.getByTestId('diff-view').click();
  await page.getByTestId('diff-need-two').waitFor();
  // the second version, added after the first: the default pair goes by date
  await page.getByTestId('file-input').setInputFiles([path.join(FIXTURES, OLD)]);
  await allDone(page, 2);
  await page.getByTestId('diff-changed').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('diff-old').locator('option:checked').textContent(), OLD);
  assert.equal(await page.getByTestId('diff-new').locator('option:checked').textContent(), NEW);

  const texts = async (testid) => (await page.getByTestId(testid).allTextContents()).map((s) => s.trim());
  const added = await texts('diff-added');
  assert.ok(added.some((s) => s.includes('科技创新实现新突破，新质生产力加快形成。')), String(added));
  const removed = await texts('diff-removed');
  assert.ok(removed.some((s) => s.includes('四是优化疫情防控措施。')), String(removed));
  assert.equal(await page.getByTestId('diff-changed').count(), 5);
  // word-level highlights are text spans
  const inserted = await page.locator('[data-testid=diff-changed] .w-ins').allTextContents();
  assert.ok(inserted.includes('和未来产业'), String(inserted));
  const deleted = await page.locator('[data-testid=diff-changed] .w-del').allTextContents();
  assert.ok(deleted.includes('5.5%'), String(deleted));
  // the renumbered item is minor, the moved sentence is marked
  assert.equal(await page.locator('[data-testid=diff-changed].minor').count(), 1);
  assert.ok((await texts('diff-moved')).some((s) => s.includes('实现上述目标')));

  // next / previous change, by button and by key
  await page.getByTestId('diff-next').click();
  assert.match(await page.getByTestId('diff-position').textContent(), /^1\//);
  await page.getByTestId('diff-body').focus();
  await page.keyboard.press('n');
  await page.keyboard.press('j');
  assert.match(await page.getByTestId('diff-position').textContent(), /^3\//);
  await page.keyboard.press('p');
  assert.match(await page.getByTestId('diff-position').textContent(), /^2\//);
  assert.equal(await page.locator('.diff-row.current').count(), 1);

  // inline layout, and all sentences
  await page.getByTestId('diff-layout').selectOption('inline');
  await page.locator('.diff-inline [data-testid=diff-changed]').first().waitFor();
  await page.getByTestId('diff-only').uncheck();
  assert.ok(await page.getByTestId('diff-same').count() > 5);
  await page.getByTestId('diff-panel').screenshot({ path: path.join(SHOTS, 'diff-inline.png') });

  // terms
  await page.getByTestId('diff-tab-terms').click();
  const fresh = await page.locator('[data-testid=diff-new-terms] [data-testid=diff-term] td:first-child').allTextContents();
  assert.ok(fresh.includes('新质生产力'), String(fresh));
  const gone = await page.locator('[data-testid=diff-dropped-terms] [data-testid=diff-term] td:first-child').allTextContents();
  assert.ok(gone.includes('疫情防控'), String(gone));
  const termsCsv = await download(page, 'diff-export-terms-csv');
  assert.equal(termsCsv.name, '2023-01-10-report-vs-2024-01-12-report.terms.csv');
  assert.ok(termsCsv.text.startsWith('\uFEFFchange,term,count,quoted,score\r\n'));
  assert.ok(termsCsv.text.includes('new,新质生产力,2'));

  // targets: the GDP row, changed and highlighted
  await page.getByTestId('diff-tab-targets').click();
  const gdp = page.locator('[data-testid=diff-target]', { hasText: '地区生产总值' });
  assert.equal(await gdp.getAttribute('data-change'), 'down');
  assert.match(await gdp.getAttribute('class'), /changed/);
  const cells = await gdp.locator('td').allTextContents();
  assert.deepEqual(cells.slice(0, 3), ['地区生产总值', '增长5.5%左右', '增长5%左右']);
  await page.getByTestId('diff-panel').screenshot({ path: path.join(SHOTS, 'diff-targets.png') });
  const targetsJson = await download(page, 'diff-export-targets-json');
  const rows = JSON.parse(targetsJson.text);
  assert.ok(rows.some((r) => r.indicator === '地区生产总值' && r.old.value === 5.5 && r.new.value === 5));

  // the whole comparison: the JSON contract and the printable report
  const json = await download(page, 'diff-export-json');
  const all = JSON.parse(json.text);
  assert.equal(all.tool, 'wenxi');
  assert.equal(all.sentences.changed.length, 5);
  const html = await download(page, 'diff-export-html');
  assert.equal(html.name, '2023-01-10-report-vs-2024-01-12-report.diff.html');
  assert.ok(html.text.startsWith('<!doctype html>') && html.text.includes('<ins>和未来产业</ins>'));
  assert.deepEqual(errors, []);
});

test('Changes: identical versions say there are no changes, and user text stays text', async (t) => {
  const { page, errors } = await openApp(t, { locale: 'en-US' });
  const text = fs.readFileSync(path.join(FIXTURES, NEW), 'utf8') + '\n<img src=x onerror="window.__pwned=1">注入测试。';
  // the same text in two files: two documents, identical
  const buffer = Buffer.from(text);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'a.txt', mimeType: 'text/plain', buffer },
    { name: 'b.txt', mimeType: 'text/plain', buffer },
  ]);
  await allDone(page, 2);
  await page.getByTestId('diff-view').click();
  await page.getByTestId('diff-notice').first().waitFor({ timeout: 30_000 });
  assert.match(await page.getByTestId('diff-notice').first().textContent(), /identical/);
  assert.equal(await page.getByTestId('diff-changed').count(), 0);
  await page.getByTestId('diff-only').uncheck();
  await page.locator('[data-testid=diff-same]', { hasText: '注入测试' }).first().waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.diff-panel img').count(), 0);
  assert.deepEqual(errors, []);
});
