// Walking skeleton, end to end: the built dist/ served on 127.0.0.1, a real
// sample pasted, Analyze clicked, keywords from the worker, no console errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { server, useApp, newPage, ROOT, DIST, SAMPLES, SHOTS, sample } from './harness.mjs';

useApp();

const openPage = (t, width = 1280) => newPage(t, { width, consoleErrors: true });

test('pasting sample 002 and pressing Analyze shows 重大项目 among the keywords', async (t) => {
  const { page, errors } = await openPage(t);
  await page.goto(server.url);
  await page.getByTestId('input').fill(sample('002_a0fdc7360642034d.txt'));
  await page.getByTestId('analyze').click();
  const keywords = page.getByTestId('keyword');
  await keywords.first().waitFor({ timeout: 60_000 });
  const terms = await keywords.allTextContents();
  assert.ok(terms.length >= 10, `keywords: ${terms}`);
  assert.ok(terms.some((k) => k.startsWith('重大项目')), `keywords: ${terms}`);
  const tokens = Number(await page.getByTestId('token-count').textContent());
  assert.ok(tokens > 1000, `token count ${tokens}`);
  await page.screenshot({ path: path.join(SHOTS, 'skeleton-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('the shell paints and says the dictionary is loading before it arrives', async (t) => {
  const { page, errors, context } = await openPage(t);
  let release;
  const gate = new Promise((r) => { release = r; });
  await context.route('**/dict/**', async (route) => { await gate; await route.continue(); });
  await page.goto(server.url);
  const status = page.getByTestId('status');
  await status.waitFor();
  assert.match(await status.textContent(), /词典|dictionary/i);
  assert.match(await status.textContent(), /加载|Loading/i);
  // the page is interactive while the worker waits: typing and queuing work
  await page.getByTestId('input').fill(sample('003_f46ec23ef447f8ec.txt'));
  await page.getByTestId('analyze').click();
  assert.equal(await page.getByTestId('keyword').count(), 0);
  release();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  assert.deepEqual(errors, []);
});

test('the text survives a reload', async (t) => {
  const { page } = await openPage(t);
  await page.goto(server.url);
  await page.getByTestId('input').fill('全市重大项目督查暨经济运行分析会');
  await page.reload();
  // (the text is put back by the app once it has mounted, which may be
  // after the reload's load event: wait for it, then compare)
  await page.waitForFunction(() => document.querySelector('[data-testid=input]')?.value, null, { timeout: 10_000 }).catch(() => {});
  assert.equal(await page.getByTestId('input').inputValue(), '全市重大项目督查暨经济运行分析会');
});

test('hostile text is shown as text, never run as HTML', async (t) => {
  const { page, errors } = await openPage(t);
  await page.goto(server.url);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await page.getByTestId('input').fill('<img src=x onerror=alert(1)>重大项目<script>alert(2)</script>重大项目建设');
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('[data-testid=results] img').count(), 0);
  assert.equal(await page.locator('[data-testid=results] script').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
});
