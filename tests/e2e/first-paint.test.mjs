// First paint stays under its budget: everything the page fetches before it
// can paint — index.html, the stylesheets, the bootstrap script, the app's JS
// glue and wasm (and the icon) — is at most 250 KB (250,000 bytes) brotli
// (quality 11), as BENCHMARKS.md counts it. The analysis worker, the PDF
// reader and the dictionary come later and are not counted. A size
// assertion, not a timing one. Needs `trunk build --release` (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { useApp, openApp, DIST } from './harness.mjs';

/** The budget, in bytes of brotli. */
const BUDGET = 250_000;

const brotli = (bytes) => zlib.brotliCompressSync(bytes, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;

/** An attribute of a tag, quoted or not (trunk minifies index.html). */
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);

/** The files of dist/ the page fetches before first paint, index.html first. */
export function firstPaintFiles(dist = DIST) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = ['index.html'];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    const href = tag.startsWith('<script') ? attr(tag, 'src') : attr(tag, 'href');
    if (!href || /^[a-z]+:/.test(href)) continue;
    if (tag.startsWith('<script') || ['stylesheet', 'modulepreload', 'preload', 'icon'].includes(rel)) {
      files.push(href.replace(/^\.?\//, ''));
    }
  }
  // what the bootstrap script imports and instantiates (trunk also preloads them)
  for (const f of files.filter((f) => /^boot-.*\.js$/.test(f))) {
    const boot = fs.readFileSync(path.join(dist, f), 'utf8');
    for (const [, dep] of boot.matchAll(/(?:\bfrom|module_or_path:)\s*['"]\.\/([^'"]+\.(?:js|wasm))['"]/g)) files.push(dep);
  }
  return [...new Set(files)];
}

useApp();

test(`the page fetches at most ${BUDGET.toLocaleString('en')} bytes (brotli) before first paint`, (t) => {
  const files = firstPaintFiles();
  const rows = files.map((f) => {
    const raw = fs.readFileSync(path.join(DIST, f));
    return { file: f, raw: raw.length, brotli: brotli(raw) };
  });
  const total = rows.reduce((s, r) => s + r.brotli, 0);
  for (const r of rows) t.diagnostic(`${r.file}: ${r.raw} bytes, ${r.brotli} brotli`);
  t.diagnostic(`first paint: ${total} bytes brotli (${(total / 1024).toFixed(1)} KiB), budget ${BUDGET}`);
  // the count covers the page itself: its wasm, JS glue, a stylesheet and the bootstrap
  assert.ok(rows.some((r) => /^app-.*_bg\.wasm$/.test(r.file) && r.raw > 100_000), 'the app wasm is counted');
  assert.ok(rows.some((r) => /^app-.*\.js$/.test(r.file)), 'the app JS is counted');
  assert.ok(rows.some((r) => r.file.endsWith('.css')), 'the styles are counted');
  assert.ok(rows.some((r) => /^boot-.*\.js$/.test(r.file)), 'the bootstrap script is counted');
  // nothing the budget is about (worker, PDF reader, dictionary) is counted
  assert.ok(!rows.some((r) => /worker|dict|lexicon/.test(r.file)), rows.map((r) => r.file).join(', '));
  assert.ok(total <= BUDGET, `first paint is ${total} bytes brotli, over the ${BUDGET} budget`);
});

test('what the page itself loads up to its first render is what the budget counts', async (t) => {
  const counted = new Set(firstPaintFiles());
  const { page, errors } = await openApp(t);
  await page.getByTestId('input').waitFor();
  // the document's own fetches (a worker's fetches are in the worker's timeline)
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  const code = fetched
    .map((p) => p.replace(/^.*\//, ''))
    .filter((f) => /\.(js|wasm|css)$/.test(f))
    // the workers the page starts (analysis; the PDF reader on first use) and their loaders
    .filter((f) => !/^(worker|reader)(_loader|_bg)?\.(js|wasm)$/.test(f));
  const uncounted = code.filter((f) => !counted.has(f));
  assert.deepEqual(uncounted, [], `fetched by the page but not counted in first paint: ${uncounted.join(', ')}`);
  assert.ok(code.some((f) => /^app-.*_bg\.wasm$/.test(f)), `the app wasm was fetched: ${code.join(', ')}`);
  assert.deepEqual(errors, []);
});
