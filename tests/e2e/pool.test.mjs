// The pool of analysis workers (issue 19): several documents are analysed
// by several workers, and the result is the one worker's — the same reports
// and the same corpus views (the primary worker keeps every document, those
// the secondaries analysed included). Cancel reaches every worker of the
// pool, a secondary that dies is replaced and its documents run again, and
// clearing the corpus terminates the secondaries. `?pool=N` forces the size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { server, useApp, newPage, ready, allDone, download, SAMPLES, SAMPLE_NAMES, sample } from './harness.mjs';

useApp();

/** The app at `?pool=N`, the dictionary ready. */
async function openPool(t, n) {
  const opened = await newPage(t, { consoleErrors: true });
  await opened.page.goto(`${server.url}?pool=${n}`);
  await ready(opened.page);
  return opened;
}

/** The page's performance marks starting with `prefix`. */
const marks = (page, prefix) => page.evaluate((p) => performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith(p)).map((m) => m.name), prefix);

/** The page's analysis workers: the primary and the pool's secondaries
 * (not the reader, which turns every file into text first). */
const analysers = (page) => page.workers().filter((w) => !w.url().includes('reader_loader'));

/** Whether a worker of the page is a secondary of the pool. */
const isSecondary = (worker) => worker.evaluate(() => performance.getEntriesByName('wenxi:secondary').length > 0);

/** Every entry of the corpus archive (export everything), by name. */
/** Waits for the pool's first secondary worker to be spawned and to know
 * it is one; returns its Playwright worker. */
async function startedSecondary(page) {
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:pool-spawn:1').length === 1, null, { timeout: 30_000 });
  for (let i = 0; i < 100 && analysers(page).length < 2; i++) await page.waitForTimeout(50);
  const secondary = analysers(page)[1];
  for (let i = 0; i < 600 && !(await isSecondary(secondary)); i++) await page.waitForTimeout(50);
  assert.ok(await isSecondary(secondary));
  return secondary;
}

async function archive(page) {
  await page.waitForFunction(() => !document.querySelector('[data-testid=view-busy]'), null, { timeout: 30_000 });
  const zip = await download(page, 'export-all');
  const file = path.join(fs.mkdtempSync('/tmp/wenxi-pool-'), 'all.zip');
  fs.writeFileSync(file, zip.bytes);
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  const entries = {};
  for (const n of names) entries[n] = execFileSync('unzip', ['-p', file, n], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return entries;
}

/** The keywords each document shows, by document name. */
async function keywordsByDoc(page) {
  const out = {};
  for (const name of await page.getByTestId('document-name').allTextContents()) {
    await page.getByTestId('document-name').filter({ hasText: name }).click();
    await page.getByTestId('keyword').first().waitFor({ timeout: 30_000 });
    out[name] = await page.getByTestId('keyword').allTextContents();
  }
  return out;
}

/** Documents of about `bytes` each, built from the samples (each starts at another sample). */
function bigDocs(n, bytes) {
  const texts = SAMPLE_NAMES.map(sample);
  return Array.from({ length: n }, (_, i) => {
    const parts = [];
    let size = 0;
    for (let k = i; size < bytes; k++) {
      const t = texts[k % texts.length];
      parts.push(t);
      size += Buffer.byteLength(t);
    }
    return { name: `big-${String(i).padStart(2, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(parts.join('\n')) };
  });
}

test('a pooled analysis of the samples gives the one worker\'s reports and corpus views', async (t) => {
  const results = {};
  for (const n of [1, 2]) {
    const { page, errors } = await openPool(t, n);
    await page.getByTestId('file-input').setInputFiles(SAMPLE_NAMES.map((f) => path.join(SAMPLES, f)));
    await allDone(page, SAMPLE_NAMES.length);
    const workers = analysers(page);
    const secondaries = [];
    for (const w of workers) if (await isSecondary(w)) secondaries.push(w);
    const handoffs = await marks(page, 'wenxi:handoff:');
    if (n === 1) {
      assert.equal(workers.length, 1, 'one worker, no pool');
      assert.equal(handoffs.length, 0);
    } else {
      assert.equal(workers.length, 2, 'the primary and one secondary');
      assert.equal(secondaries.length, 1);
      // the secondary analysed documents and handed them to the primary
      assert.ok(handoffs.length >= 1 && handoffs.length < SAMPLE_NAMES.length, handoffs.join());
    }
    results[n] = { keywords: await keywordsByDoc(page), archive: await archive(page) };
    // a view over the corpus: the frequency table counts every document's words
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=freq-row] td:first-child')]
      .slice(0, 30).some((td) => td.textContent === '项目'), null, { timeout: 30_000 });
    if (n === 2) {
      // clearing the corpus terminates the secondary (its memory goes back)
      await page.getByTestId('clear-all').click();
      await page.waitForFunction(() => performance.getEntriesByName('wenxi:pool-terminated').length === 1, null, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=document]').length === 0);
      for (let i = 0; i < 100 && analysers(page).length > 1; i++) await page.waitForTimeout(100);
      assert.equal(analysers(page).length, 1, 'only the primary is left');
      // and a single paste after that does not spawn one
      await page.getByTestId('input').fill(sample(SAMPLE_NAMES[2]));
      await page.getByTestId('analyze').click();
      await allDone(page, 1);
      assert.equal(analysers(page).length, 1);
      assert.equal((await marks(page, 'wenxi:pool-spawn:')).length, 1);
    }
    assert.deepEqual(errors, []);
  }
  assert.deepEqual(Object.keys(results[2].keywords).sort(), Object.keys(results[1].keywords).sort());
  assert.deepEqual(results[2].keywords, results[1].keywords);
  const names = Object.keys(results[1].archive);
  assert.ok(names.filter((n) => n.startsWith('reports/')).length === SAMPLE_NAMES.length, names.join());
  assert.deepEqual(Object.keys(results[2].archive), names);
  for (const n of names) assert.equal(results[2].archive[n], results[1].archive[n], `${n} differs`);
});

test('cancel stops the analyses of every worker of the pool', async (t) => {
  const { page, errors } = await openPool(t, 2);
  // 3 MiB each: the primary must still be busy when the secondary has loaded
  // its dictionary (at 1 MiB a faster analysis finished three documents first)
  const docs = bigDocs(6, 3 << 20);
  await page.getByTestId('file-input').setInputFiles(docs);
  // both workers analysing: the secondary has started, a document is running
  await startedSecondary(page);
  await page.waitForSelector('[data-testid=document][data-status=busy]');
  await page.getByTestId('cancel').click();
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=document]')];
    return rows.length === 6 && rows.every((r) => r.dataset.status === 'cancelled' || r.dataset.status === 'done');
  }, null, { timeout: 30_000 });
  const statuses = () => page.$$eval('[data-testid=document]', (rows) => rows.map((r) => r.dataset.status));
  const after = await statuses();
  assert.ok(after.filter((s) => s === 'cancelled').length >= 4, after.join());
  // nothing comes back later for a cancelled document
  await page.waitForTimeout(2000);
  assert.deepEqual(await statuses(), after);
  // the pool goes on working: two more documents, and the corpus views hold
  // exactly the analysed ones
  await page.getByTestId('file-input').setInputFiles(SAMPLE_NAMES.slice(0, 2).map((f) => path.join(SAMPLES, f)));
  const doneBefore = after.filter((s) => s === 'done').length;
  await page.waitForFunction((k) => [...document.querySelectorAll('[data-testid=document]')]
    .filter((r) => r.dataset.status === 'done').length === k, doneBefore + 2, { timeout: 60_000 });
  const done = (await statuses()).filter((s) => s === 'done').length;
  assert.equal(done, doneBefore + 2);
  const entries = await archive(page);
  assert.equal(Object.keys(entries).filter((n) => n.startsWith('reports/')).length, done);
  assert.deepEqual(errors, []);
});

test('a secondary worker that dies is replaced and its documents run again', async (t) => {
  const { page, errors } = await openPool(t, 2);
  // eight documents: the secondary holds two when it dies (a second job
  // goes to a worker while every worker can have one), so running them
  // again needs a second worker again
  const docs = bigDocs(8, 1 << 20);
  await page.getByTestId('file-input').setInputFiles(docs);
  const secondary = await startedSecondary(page);
  assert.equal(await page.locator('[data-testid=document][data-status=done]').count(), 0, 'killed before the end');
  // kill it from inside, as a crash would (close on the next task, so that
  // evaluate returns first)
  await secondary.evaluate(() => { setTimeout(() => self.close(), 0); });
  await allDone(page, docs.length, 120_000);
  assert.deepEqual(await marks(page, 'wenxi:pool-replaced:'), ['wenxi:pool-replaced:1']);
  assert.deepEqual(await marks(page, 'wenxi:pool-spawn:'), ['wenxi:pool-spawn:1', 'wenxi:pool-spawn:2']);
  assert.equal(await page.locator('[data-testid=document][data-status=failed]').count(), 0);
  // every document is in the corpus views, and as one worker analyses it
  const entries = await archive(page);
  assert.deepEqual(Object.keys(entries).filter((n) => n.startsWith('reports/')),
    docs.map((d) => `reports/${d.name.replace(/\.txt$/, '')}.wenxi.json`));
  const single = await openPool(t, 1);
  await single.page.getByTestId('file-input').setInputFiles(docs);
  await allDone(single.page, docs.length, 120_000);
  const alone = await archive(single.page);
  assert.deepEqual(Object.keys(entries), Object.keys(alone));
  for (const n of Object.keys(alone)) assert.equal(entries[n], alone[n], `${n} differs`);
  assert.deepEqual(errors, []);
  assert.deepEqual(single.errors, []);
});

// Issue 19: secondaries that have had no work for a minute are terminated
// (their memory goes back) while the corpus stays. The page's clock is moved
// on by a minute instead of waiting for one: the watchdog reads the time
// through `performance.now`, shifted here; its timer keeps running.
test('idle secondaries are terminated after a minute; the corpus stays and works', async (t) => {
  const { page, errors } = await openPool(t, 2);
  await page.getByTestId('file-input').setInputFiles(SAMPLE_NAMES.map((f) => path.join(SAMPLES, f)));
  await allDone(page, SAMPLE_NAMES.length);
  assert.equal(analysers(page).length, 2, 'the primary and one secondary');
  // idle, but not for a minute yet: the secondary stays
  await page.waitForTimeout(3000);
  assert.equal((await marks(page, 'wenxi:pool-terminated')).length, 0);
  await page.evaluate(() => {
    const real = performance.now.bind(performance);
    performance.now = () => real() + 61_000;
  });
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:pool-terminated').length === 1, null, { timeout: 30_000 });
  for (let i = 0; i < 100 && analysers(page).length > 1; i++) await page.waitForTimeout(100);
  assert.equal(analysers(page).length, 1, 'only the primary is left');
  // every document is still there, with its results and the corpus views
  assert.equal(await page.locator('[data-testid=document][data-status=done]').count(), SAMPLE_NAMES.length);
  await page.getByTestId('tab-kwic').click();
  await page.getByTestId('kwic-query').fill('项目');
  await page.getByTestId('kwic-query').press('Enter');
  await page.waitForFunction(() => {
    const docs = new Set([...document.querySelectorAll('[data-testid=kwic-hit]')].map((h) => h.dataset.doc));
    return docs.size >= 4;
  }, null, { timeout: 30_000 });
  assert.deepEqual(errors, []);
});
