// Static hosting: the app works under a sub-path of any static server.
// (Offline use is tested in offline.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const SAMPLES = path.join(ROOT, '../shared/samples');
const sample = (name) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('served under /tools/wenxi/ it loads, analyses and asks nothing outside its path', async (t) => {
  const server = await serve(DIST, '/tools/wenxi/');
  t.after(() => server.close());
  const context = await browser.newContext({ locale: 'zh-CN' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('input').fill(sample('003_f46ec23ef447f8ec.txt'));
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  const outside = server.requests.filter((p) => !p.startsWith('/tools/wenxi/'));
  assert.deepEqual(outside, []);
});
