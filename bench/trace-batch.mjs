// Where V8 spends a corpus batch's background CPU: a Chromium trace of one
// batch (N documents of 1 MiB, as bench/pool.mjs builds them), summed by
// V8's wasm compilation events.
//
//   trunk build --release && node bench/trace-batch.mjs [POOL=1] [DOCS=20]
//
// Prints JSON: the batch's wall time (slower than untraced), the optimising
// compiler's work in Chromium's thread pool (`wasm.ExecuteCompilationUnits`,
// its register allocation), the largest single compilation units (one
// large function each, usually), and the page's main-thread message
// handling. WENXI_DIST picks another build; TRACE_OUT keeps the raw trace
// (open it in chrome://tracing or Perfetto).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { batchDocs } from './batch-docs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.WENXI_DIST ?? path.join(ROOT, 'dist');
const [pool = 1, count = 20] = process.argv.slice(2).map(Number);
const out = process.env.TRACE_OUT ?? path.join(os.tmpdir(), `wenxi-trace-${process.pid}.json`);

const docs = batchDocs(count);

const server = await serve(DIST);
const browser = await launch();
let batchMs;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}?pool=${pool}`);
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  await browser.startTracing(page, {
    path: out,
    categories: ['v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'disabled-by-default-v8.wasm.turbofan', 'v8', 'devtools.timeline'],
  });
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(docs);
  await page.waitForFunction((k) => {
    const rows = [...document.querySelectorAll('[data-testid=document]')];
    return rows.length === k && rows.every((r) => r.dataset.status === 'done');
  }, count, { timeout: 600_000, polling: 500 });
  batchMs = Date.now() - t0;
  await browser.stopTracing();
} finally {
  await browser.close();
  await server.close();
}

const raw = JSON.parse(fs.readFileSync(out, 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;
const threads = new Map();
for (const e of events) {
  if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}/${e.tid}`, e.args.name);
}
/** Durations (ms) of complete events named `name` on threads whose name starts with `thread`. */
const durations = (name, thread) => events
  .filter((e) => e.ph === 'X' && e.name === name && (threads.get(`${e.pid}/${e.tid}`) ?? '').startsWith(thread))
  .map((e) => e.dur / 1000)
  .sort((a, b) => b - a);
const sum = (a) => Math.round(a.reduce((x, y) => x + y, 0));
const units = durations('wasm.ExecuteCompilationUnits', 'ThreadPool');
const regalloc = durations('V8.TFRegisterAllocation', 'ThreadPool');
const messages = durations('HandlePostMessage', 'CrRendererMain');
console.log(JSON.stringify({
  pool, docs: count, batchMsTraced: batchMs,
  compileUnitsMs: sum(units), compileUnits: units.length,
  largestUnitsMs: units.slice(0, 8).map(Math.round),
  registerAllocationMs: sum(regalloc), largestRegisterAllocationsMs: regalloc.slice(0, 5).map(Math.round),
  mainThreadMessagesMs: sum(messages), mainThreadMessages: messages.length,
  trace: process.env.TRACE_OUT ? out : null,
}, null, 1));
if (!process.env.TRACE_OUT) fs.rmSync(out, { force: true });
