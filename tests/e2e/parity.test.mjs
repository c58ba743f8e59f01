// The app and the CLI run the same core: for every sample, the report the app
// exports (analysed in the browser worker, wasm) equals the CLI's JSON
// (native), field for field — keywords, entities, figures, quotes, outline,
// the clean text and what cleaning removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useApp, openApp, ROOT, SAMPLES } from './harness.mjs';

const ALL = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();

// The CLI as `cargo test` built it, else built now.
function cli(args) {
  const built = path.join(ROOT, 'target/debug/wenxi');
  if (fs.existsSync(built)) return execFileSync(built, args, { maxBuffer: 64 << 20 });
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'wenxi', '--', ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
}

// Floats printed by two platforms: equal to 12 significant digits.
function rounded(v) {
  if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(12));
  if (Array.isArray(v)) return v.map(rounded);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)]));
  return v;
}

useApp();

test('every sample: the report exported by the app equals the CLI JSON', async (t) => {
  const native = JSON.parse(cli(['analyze', '--json', ...ALL.map((n) => path.join(SAMPLES, n))]).toString('utf8'));
  assert.equal(native.documents.length, ALL.length);
  const { page } = await openApp(t);
  await page.getByTestId('file-input').setInputFiles(ALL.map((n) => path.join(SAMPLES, n)));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=document][data-status=done]').length === n, ALL.length, { timeout: 90_000 });
  for (let i = 0; i < ALL.length; i++) {
    await page.getByTestId('document').nth(i).locator('.doc-select').click();
    await page.locator('.doc-title', { hasText: ALL[i] }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-json').click();
    const wasm = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
    // the CLI names a document by the path it was given
    const cliDoc = { ...native.documents.find((d) => path.basename(d.name) === ALL[i]), name: ALL[i] };
    assert.equal(wasm.name, ALL[i]);
    assert.ok(wasm.keywords.length > 0 && wasm.entities.length > 0, ALL[i]);
    const a = rounded(wasm);
    const b = rounded(cliDoc);
    // name the fields that differ first, then compare whole
    const differ = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    assert.deepEqual(differ, [], `${ALL[i]}: app and CLI differ in ${differ.join(', ')}`);
    assert.deepEqual(a, b);
  }
});
