// Cancellation of worker requests other than analyses (issues 18 and 20):
// a corpus view being computed stops when the user cancels it, a new-words
// discovery when a newer one is asked for — the worker answers Cancelled,
// never the result — and the views go on working. The page marks every
// Cancelled answer (`wenxi:cancelled:ID`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, ready, paste, allDone, SAMPLE_NAMES, sample } from './harness.mjs';

useApp();

const nodes = (page) => page.locator('[data-testid=net-node]').count();

/** Ids of the jobs and requests the worker answered Cancelled. */
const cancelledIds = (page) => page.evaluate(() => performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('wenxi:cancelled:')).map((m) => Number(m.name.split(':')[2])));

/** A fresh page with one document of about 2 MiB analysed: long enough that
 * the worker computes a view or new words far longer than the page takes to
 * send the next message. */
async function bigCorpus(t) {
  const opened = await openApp(t);
  const { page } = opened;
  await ready(page);
  const text = SAMPLE_NAMES.map(sample).join('\n').repeat(60);
  assert.ok(text.length > 600_000);
  await paste(page, text);
  await page.getByTestId('analyze').click();
  await allDone(page, 1, 180_000);
  return opened;
}

test('a corpus view being computed is cancelled by the cancel button', async (t) => {
  const { page, errors } = await bigCorpus(t);
  await page.getByTestId('tab-network').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=net-node]').length >= 10, null, { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=view-busy]'), null, { timeout: 30_000 });
  const before = await nodes(page);
  assert.ok(before > 12, String(before));
  const earlier = await cancelledIds(page);

  // ask for a smaller network and cancel it before the page can see any
  // answer: the request is sent and the cancel button shows within the same
  // turn of the page's event loop (Yew renders in microtasks, a worker answer
  // is a task), so the cancel follows the request to the worker
  await page.evaluate(async () => {
    const box = document.querySelector('[data-testid=net-nodes]');
    box.value = '10';
    box.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 1000 && !document.querySelector('[data-testid=view-cancel]'); i++) await Promise.resolve();
    const cancel = document.querySelector('[data-testid=view-cancel]');
    if (!cancel) throw new Error('no cancel button while the view computes');
    cancel.click();
  });
  // the worker answered Cancelled: the panel says so, is no longer busy, and
  // still shows the previous network
  await page.getByTestId('view-cancelled').waitFor({ timeout: 30_000 });
  assert.equal((await cancelledIds(page)).filter((id) => !earlier.includes(id)).length, 1);
  assert.equal(await page.getByTestId('view-busy').count(), 0);
  assert.equal(await nodes(page), before);

  // the next request is answered as usual
  await page.getByTestId('net-nodes').fill('12');
  await page.getByTestId('net-nodes').press('Enter');
  await page.waitForFunction(() => {
    const n = document.querySelectorAll('[data-testid=net-node]').length;
    return n > 0 && n <= 12;
  }, null, { timeout: 30_000 });
  assert.equal(await page.getByTestId('view-cancelled').count(), 0);
  assert.deepEqual(errors, []);
});

test('a newer new-words request supersedes the one being computed', async (t) => {
  const { page, errors } = await bigCorpus(t);
  await page.getByTestId('tab-newwords').click();
  const before = await cancelledIds(page);
  // two requests back to back: the first is running in the worker (it
  // yields between steps) when the second arrives and replaces it
  await page.evaluate(() => {
    const run = document.querySelector('[data-testid=newwords-run]');
    run.click();
    run.click();
  });
  await page.getByTestId('newword-row').first().waitFor({ timeout: 120_000 });
  const cancelled = (await cancelledIds(page)).filter((id) => !before.includes(id));
  assert.equal(cancelled.length, 1, String(cancelled));
  assert.ok(await page.getByTestId('newword-row').count() >= 10);
  assert.deepEqual(errors, []);
});
