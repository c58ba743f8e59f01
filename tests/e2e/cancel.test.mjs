// Cancellation of worker requests other than analyses (issues 18 and 20):
// a corpus view being computed stops when the user cancels it — the worker
// answers Cancelled, never its result — and the views go on working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, ready, paste, allDone, SAMPLE_NAMES, sample } from './harness.mjs';

useApp();

const nodes = (page) => page.locator('[data-testid=net-node]').count();

test('a corpus view being computed is cancelled by the cancel button', async (t) => {
  const { page, errors } = await openApp(t);
  await ready(page);
  // a corpus of about 2 MiB, so the network takes the worker far longer to
  // compute than the page takes to send the cancel after the request
  const text = SAMPLE_NAMES.map(sample).join('\n').repeat(60);
  assert.ok(text.length > 600_000);
  await paste(page, text);
  await page.getByTestId('analyze').click();
  await allDone(page, 1, 180_000);
  await page.getByTestId('tab-network').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=net-node]').length >= 10, null, { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=view-busy]'), null, { timeout: 30_000 });
  const before = await nodes(page);
  assert.ok(before > 12, String(before));

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
