// The pool of analysis workers (issue 19) in headless Chromium against the
// built app (dist/): 20 documents of 1 MiB (the samples repeated, each
// starting at another sample) added at once and analysed with one worker
// (`?pool=1`) and with the pool (`?pool=2` by default: this machine's cores),
// alternately in the same run. Also the cost of handing a document from a
// secondary worker to the primary, and the memory of the tab before and
// after clearing the corpus. Prints JSON to stdout.
//   node bench/pool.mjs [REPEATS=3] [POOL=2] [DOCS=20]
// Other work on the machine skews the ratio (the pool needs the cores that
// one worker leaves idle): each repeat first waits (up to WENXI_QUIET_WAIT_S,
// default 300 s) for 3 s in which the CPUs are at least 80 % idle, and
// records how idle they were.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { batchDocs } from './batch-docs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.WENXI_DIST ?? path.join(ROOT, 'dist');
const [repeats = 3, poolSize = 2, count = 20] = process.argv.slice(2).map(Number);

const MIB = 1 << 20;
const docs = batchDocs(count);
// WENXI_POOL_VISIT=repeat: each run's profile first analyses and clears two
// documents and reloads the page (a returning user's visit); default: a first visit
const REPEAT_VISIT = process.env.WENXI_POOL_VISIT === 'repeat';
const warmDocs = batchDocs(2).map((d) => ({ ...d, name: `warm-${d.name}` }));

/** Every process under `rootPid` (its descendants, Linux /proc). */
function descendants(rootPid) {
  const kids = new Map();
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(p));
    } catch { /* a process that ended meanwhile */ }
  }
  const out = [];
  const todo = [...(kids.get(rootPid) ?? [])];
  while (todo.length) {
    const p = todo.pop();
    out.push(p);
    todo.push(...(kids.get(p) ?? []));
  }
  return out;
}

/** Resident memory of the renderer processes (pages and their workers)
 * under `rootPid`, in MiB (Linux /proc). */
function browserRss(rootPid) {
  let kb = 0;
  for (const p of descendants(rootPid)) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      const renderer = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('--type=renderer');
      if (m && renderer) kb += Number(m[1]);
    } catch { /* ended */ }
  }
  return Math.round(kb / 1024);
}

/** CPU time (ms) of every thread of the processes under `rootPid`, by process/thread id and name. */
function threadCpu(rootPid) {
  const out = new Map();
  const tick = 1000 / 100; // USER_HZ
  for (const pid of descendants(rootPid)) {
    let tasks = [];
    try { tasks = fs.readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tasks) {
      try {
        const st = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')'));
        const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
        out.set(`${pid}/${tid}`, { name, ms: (Number(f[11]) + Number(f[12])) * tick });
      } catch { /* ended */ }
    }
  }
  return out;
}

/** CPU ms spent between two [`threadCpu`] snapshots, by thread name. */
function cpuByName(a, b) {
  const by = {};
  for (const [k, v] of b) {
    const d = v.ms - (a.get(k)?.ms ?? 0);
    if (d > 0) by[v.name] = Math.round((by[v.name] ?? 0) + d);
  }
  return by;
}

/** Idle share of all CPUs over `ms` (Linux /proc/stat). */
async function idleShare(ms) {
  const read = () => fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  const d = b.map((v, i) => v - a[i]);
  const total = d.reduce((x, y) => x + y, 0);
  return total ? (d[3] + (d[4] ?? 0)) / total : 0;
}

/** Busy CPU time of the whole machine so far, in ms (Linux /proc/stat). */
function machineBusyMs() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const busy = f.slice(0, 8).reduce((x, y) => x + y, 0) - f[3] - (f[4] ?? 0);
  return busy * 10; // USER_HZ
}

/** Waits for a quiet machine (or gives up after the wait allowed); the idle share seen. */
async function quiet() {
  const until = Date.now() + Number(process.env.WENXI_QUIET_WAIT_S ?? 300) * 1000;
  let idle = await idleShare(3000);
  while (idle < 0.8 && Date.now() < until) idle = await idleShare(3000);
  return Number(idle.toFixed(2));
}

/** Times every message handler of every worker on the page's main thread;
 * a handler that ends with a `wenxi:handoff:` mark forwarded a handoff. */
function timeHandlers() {
  window.__handoffs = [];
  const desc = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
  Object.defineProperty(Worker.prototype, 'onmessage', {
    configurable: true,
    get() { return desc.get.call(this); },
    set(fn) {
      desc.set.call(this, fn && function handler(e) {
        const before = performance.getEntriesByType('mark').length;
        const t0 = performance.now();
        const r = fn.call(this, e);
        const ms = performance.now() - t0;
        const m = performance.getEntriesByType('mark').slice(before).find((x) => x.name.startsWith('wenxi:handoff:'));
        if (m) window.__handoffs.push({ ms, bytes: e.data?.byteLength ?? 0 });
        return r;
      });
    },
  });
}

/** The page's clock when `k` documents are listed (and, with `done`, all
 * analysed). A MutationObserver sees the change in the task that made it;
 * polling on every animation frame (as this script did before the ninth
 * session) made Chromium draw 60 frames a second, CPU that competed with
 * the workers for the two cores. */
function when(page, k, done) {
  return page.evaluate(([k, done]) => new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`not ${done ? 'analysed' : 'listed'} in 10 minutes`)), 600_000);
    const test = () => {
      const rows = [...document.querySelectorAll('[data-testid=document]')];
      return rows.length === k && (!done || rows.every((r) => r.dataset.status === 'done'));
    };
    if (test()) return resolve(performance.now());
    const seen = new MutationObserver(() => {
      if (!test()) return;
      seen.disconnect();
      resolve(performance.now());
    });
    seen.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  }), [k, done]);
}

async function run(browser, url, n, rootPid, last) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(timeHandlers);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}?pool=${n}`);
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  if (REPEAT_VISIT) {
    // a returning user: this profile analysed documents before, so Chromium
    // holds the worker wasm's optimised code in its code cache
    await page.getByTestId('file-input').setInputFiles(warmDocs);
    await when(page, warmDocs.length, true);
    await page.getByTestId('clear-all').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=document]').length === 0);
    await page.waitForTimeout(5000);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  }
  const rssReady = last ? browserRss(rootPid) : null;
  // the page's main-thread time (Chromium's TaskDuration), which competes
  // with the workers for the cores
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const load = os.loadavg()[0];
  const wall0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(docs);
  // from the moment the documents are listed (stored and sent) to the last report
  const t0 = await when(page, count, false);
  const task0 = await taskSeconds();
  const cpu0 = threadCpu(rootPid);
  const busy0 = machineBusyMs();
  const t1 = await when(page, count, true);
  const wall = Date.now() - wall0;
  const mainThreadMs = Math.round((await taskSeconds() - task0) * 1000);
  // CPU time of the browser's threads meanwhile (the page's main thread is
  // CrRendererMain, each worker a DedicatedWorker thread)
  const cpu = cpuByName(cpu0, threadCpu(rootPid));
  const busy = machineBusyMs() - busy0;
  // (Chromium names the page's main thread after the program, each worker's
  // thread DedicatedWorker; ThreadPoolForeg compiles wasm, among others)
  const cpuMs = { main: cpu.chromium ?? 0, workers: cpu.DedicatedWorker ?? 0, threadPool: cpu.ThreadPoolForeg ?? 0, all: Object.values(cpu).reduce((x, y) => x + y, 0) };
  // CPU that other programs took from the two cores meanwhile (the whole
  // machine's busy time less the browser's): a run with much of it was disturbed
  cpuMs.others = Math.max(0, busy - cpuMs.all);
  // when the first secondary was spawned and ready, from the listing
  const spawnReady = await page.evaluate((start) => ['wenxi:pool-spawn:1', 'wenxi:pool-ready:1']
    .map((n) => performance.getEntriesByName(n)[0]?.startTime).map((t) => (t === undefined ? null : Math.round(t - start))), t0);
  const failed = await page.locator('[data-testid=document][data-status=failed]').count();
  // the status line sums the workers' analysis times (已分析 20 篇 · N ms)
  await page.waitForFunction(() => /已分析/.test(document.querySelector('[data-testid=status]')?.textContent ?? ''), null, { timeout: 10_000 });
  const status = await page.getByTestId('status').textContent();
  const workerMs = Number((/([\d.,]+)\s*(ms|s)\b/.exec(status) ?? [])[1]?.replace(/,/g, '')) * (/\d\s*s\b/.test(status) && !/ms/.test(status) ? 1000 : 1);
  const views = (await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('wenxi:cancelled:')).length));
  const result = { pool: n, visit: REPEAT_VISIT ? 'repeat' : 'first', workers: page.workers().length, analyseMs: Math.round(t1 - t0), wallMs: wall, failed, workerMsSum: workerMs, status, viewsCancelled: views, mainThreadMs, cpuMs, secondarySpawnReadyMs: spawnReady, load1: Number(load.toFixed(2)) };
  const handoffs = await page.evaluate(() => window.__handoffs);
  if (n > 1) {
    const ms = handoffs.map((h) => h.ms).sort((a, b) => a - b);
    result.handoffs = {
      count: ms.length,
      pageMsMedian: ms[ms.length >> 1],
      pageMsMax: ms[ms.length - 1],
      mibMedian: Number((handoffs.map((h) => h.bytes).sort((a, b) => a - b)[handoffs.length >> 1] / MIB).toFixed(2)),
    };
    // encoding in the secondary, decoding into the corpus in the primary
    const fromMarks = async (w, prefix) => (await w.evaluate((p) => performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith(p)).map((m) => Number(m.name.slice(p.length))), prefix));
    const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
    const [primary, ...secondaries] = page.workers();
    result.handoffs.primaryAdoptMsMedian = med(await fromMarks(primary, 'wenxi:adopt:'));
    const enc = [];
    for (const s of secondaries) enc.push(...await fromMarks(s, 'wenxi:handoff-encode:'));
    result.handoffs.secondaryEncodeMsMedian = med(enc);
  }
  if (last) {
    // memory with the corpus, then after clearing it (secondaries terminated)
    const heap = () => page.evaluate(() => Math.round((performance.memory?.usedJSHeapSize ?? 0) / 1048576));
    const uasm = await page.evaluate(() => typeof performance.measureUserAgentSpecificMemory === 'function' && self.crossOriginIsolated);
    result.memory = { measureUserAgentSpecificMemory: uasm, ready: { rssMiB: rssReady, workers: 1 }, withCorpus: { rssMiB: browserRss(rootPid), workers: page.workers().length, pageHeapMiB: await heap() } };
    await page.getByTestId('clear-all').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=document]').length === 0);
    for (let i = 0; i < 100 && page.workers().length > 1; i++) await page.waitForTimeout(100);
    await page.waitForTimeout(3000);
    result.memory.cleared = { rssMiB: browserRss(rootPid), workers: page.workers().length, pageHeapMiB: await heap() };
  }
  await context.close();
  if (errors.length) throw new Error(errors.join('\n'));
  return result;
}

const server = await serve(DIST);
const browser = await launch();
// the browser's processes are this script's children
const rootPid = process.pid;
const runs = [];
try {
  for (let r = 0; r < repeats; r++) {
    const idle = await quiet();
    for (const n of r % 2 ? [poolSize, 1] : [1, poolSize]) {
      const res = await run(browser, server.url, n, rootPid, r === repeats - 1 && n === poolSize);
      res.idleBefore = idle;
      console.error('[pool]', JSON.stringify(res));
      runs.push(res);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
// the pool against one worker in the same repeat, back to back
const ratios = [];
for (let i = 0; i + 1 < runs.length; i += 2) {
  const [a, b] = [runs[i], runs[i + 1]];
  const one = a.pool === 1 ? a : b;
  const pooled = a.pool === 1 ? b : a;
  ratios.push(Number((one.analyseMs / pooled.analyseMs).toFixed(2)));
}
const median = (n) => {
  const a = runs.filter((r) => r.pool === n).map((r) => r.analyseMs).sort((x, y) => x - y);
  return a[a.length >> 1];
};
const one = median(1);
const pooled = median(poolSize);
console.log(JSON.stringify({
  docs: count, mibEach: 1, repeats, poolSize, oneWorkerMsMedian: one, poolMsMedian: pooled,
  speedup: Number((one / pooled).toFixed(2)), pairRatios: ratios,
  pairRatioMedian: [...ratios].sort((x, y) => x - y)[ratios.length >> 1], runs,
}, null, 1));
