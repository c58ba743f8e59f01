// Offline: after one visit the app loads and analyses with no server at all.
//
// The test visits once in a persistent profile (service workers route
// reliably there; in incognito contexts they did not, and there
// context.setOffline also cut the service worker off, Playwright #2311),
// waits until the service worker controls the page, then goes offline twice
// over: context.setOffline(true) *and* the server is stopped (checked: the
// address answers nothing). It opens the app again in a new tab and analyses
// a sample to keywords. Nothing is retried: any file the service worker
// failed to cache makes the load or the analysis fail (checked by hand by
// dropping the dictionary from sw.js: the test then fails).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { ARGS, CHROMIUM } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const SAMPLE = fs.readFileSync(path.join(ROOT, '../shared/samples/002_a0fdc7360642034d.txt'), 'utf8');

test('installable, and after one visit it loads and analyses with the network and server gone', async (t) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wenxi-offline-'));
  const server = await serve(DIST);
  let serving = true;
  t.after(() => serving && server.close());
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, locale: 'zh-CN',
  });
  t.after(async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  // first visit: online; wait for the dictionary and for the service worker
  const first = await context.newPage();
  await first.goto(server.url);
  await first.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  // issue 19: the first visit caches the rest after analysis-ready
  const cachedFiles = () => first.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('wenxi-'));
    const cache = await caches.open(names[0]);
    return { names, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  const every = JSON.parse(fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/)[1])
    .map((f) => f.replace(/^\.\//, '/'));
  const missing = (c) => every.filter((f) => !c.files.includes(f));
  let cached = await cachedFiles();
  for (let i = 0; i < 300 && missing(cached).length; i++) {
    await first.waitForTimeout(100);
    cached = await cachedFiles();
  }
  assert.deepEqual(missing(cached), [], 'every file of the build is cached soon after ready');
  assert.ok(cached.files.some((f) => /reader_bg\.wasm$/.test(f)), 'the reader too');
  assert.equal(cached.names.length, 1, 'one versioned cache');
  assert.ok(cached.files.includes('/dict/wenxi.dict.gz'), 'the dictionary is precached');
  assert.ok(cached.files.some((f) => /worker_bg\.wasm$/.test(f)), 'the worker wasm is precached');
  assert.ok(cached.files.includes('/icon-512.png'), 'the icons are precached');

  // installable: Chromium's own checks of the manifest, icons and worker
  const cdp = await context.newCDPSession(first);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
  // PNG icons at 192 and 512 px (launchers that take no SVG), each really that size
  const icons = await first.evaluate(async () => {
    const manifest = await (await fetch('manifest.webmanifest')).json();
    return Promise.all(manifest.icons.filter((i) => i.type === 'image/png').map(async (i) => {
      const bitmap = await createImageBitmap(await (await fetch(i.src)).blob());
      return `${i.sizes}=${bitmap.width}x${bitmap.height}`;
    }));
  });
  assert.ok(icons.includes('192x192=192x192') && icons.includes('512x512=512x512'), String(icons));
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'Chromium finds nothing against installing');
  await first.close();

  // the network goes away: the browser goes offline, the server stops
  await context.setOffline(true);
  await server.close();
  serving = false;
  await assert.rejects(fetch(server.url), 'the server is really gone');
  const seen = server.requests.length;

  // second visit in a new tab: everything must come from the service worker
  const page = await context.newPage();
  const response = await page.goto(server.url);
  assert.ok(response?.fromServiceWorker(), 'the page came from the service worker');
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  await page.$eval('[data-testid=input]', (el, text) => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, SAMPLE);
  await page.getByTestId('analyze').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  const keywords = await page.getByTestId('keyword').allTextContents();
  assert.ok(keywords.some((k) => k.startsWith('项目')), `keywords offline: ${keywords.slice(0, 5)}`);
  assert.equal(server.requests.length, seen, 'no request reached the (closed) server');
});
