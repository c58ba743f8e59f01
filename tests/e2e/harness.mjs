// Shared set-up of the end-to-end tests: where things are, the samples, and
// one static server for dist/ plus one Chromium per test file.
//   import { server, browser, useApp, SAMPLES } from './harness.mjs';
//   useApp();   // before: serve dist/ and launch Chromium; after: close both
// `server` and `browser` are live bindings: set once the `before` hook ran.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

/** The project's root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built app. */
export const DIST = path.join(ROOT, 'dist');
/** The shared real-text samples. */
export const SAMPLES = path.join(ROOT, '../shared/samples');
/** Where tests save screenshots (not tracked). */
export const SHOTS = path.join(ROOT, 'target/screenshots');
/** The samples' file names, sorted. */
export const SAMPLE_NAMES = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
/** A sample's text. */
export const sample = (name) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

/** The static server of dist/ for this file's tests. */
export let server;
/** Chromium for this file's tests. */
export let browser;

/** Serves dist/ and launches Chromium before the file's tests, closes both after. */
export function useApp() {
  before(async () => {
    if (!fs.existsSync(path.join(DIST, 'index.html'))) {
      throw new Error('dist/ is not built: run trunk build --release');
    }
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serve(DIST);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * A fresh context and page (closed after test `t`), not yet navigated; page
 * errors — and with `consoleErrors`, console errors too — are collected in
 * `errors`. Options: viewport width/height, locale, an `init` script run
 * before every page script.
 */
export async function newPage(t, { width = 1280, height = 900, locale = 'zh-CN', init, consoleErrors = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true });
  t.after(() => context.close());
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (consoleErrors) page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

/** [`newPage`] on the served app. */
export async function openApp(t, options = {}) {
  const opened = await newPage(t, options);
  await opened.page.goto(server.url);
  return opened;
}

/** Waits until the worker's dictionary is ready. */
export async function ready(page, timeout = 60_000) {
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout });
}

/** Puts `text` into the editor at once (as a paste does), however long. */
export async function paste(page, text) {
  await page.$eval('[data-testid=input]', (el, t) => {
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/**
 * Records every value the progress bar is given from now on; the returned
 * function stops and answers them (fractions of the bar, sorted). Each change
 * of the page is seen: a sample per animation frame missed reports when the
 * page was busy and several of them rendered between two frames.
 */
export async function watchProgress(page) {
  await page.evaluate(() => {
    window.__seen = new Set();
    const look = () => {
      for (const p of document.querySelectorAll('progress')) window.__seen.add(Number(p.value) / Number(p.max));
    };
    window.__watch = new MutationObserver(look);
    window.__watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max'] });
  });
  return () => page.evaluate(() => { window.__watch.disconnect(); return [...window.__seen].sort(); });
}

/** Waits until `n` documents are analysed (others may still be listed). */
export async function doneCount(page, n, timeout = 60_000) {
  await page.waitForFunction((k) => document.querySelectorAll('[data-testid=document][data-status=done]').length === k, n, { timeout });
}

/** Waits until exactly `n` documents are listed and all are analysed. */
export async function allDone(page, n, timeout = 90_000) {
  await page.waitForFunction((n) => {
    const rows = [...document.querySelectorAll('[data-testid=document]')];
    return rows.length === n && rows.every((r) => r.dataset.status === 'done');
  }, n, { timeout });
}

/**
 * [`openApp`] with the five samples added and analysed, once the first
 * corpus view (the frequency table of all five) has answered.
 */
export async function openSamples(t, options = {}) {
  const { page, errors } = await openApp(t, options);
  await page.getByTestId('file-input').setInputFiles(SAMPLE_NAMES.map((n) => path.join(SAMPLES, n)));
  await allDone(page, SAMPLE_NAMES.length);
  // the table of all five documents: no view request outstanding (a table
  // of fewer documents may show, marked busy, until its answer comes)
  await page.waitForFunction(() => !document.querySelector('[data-testid=view-busy]')
    && [...document.querySelectorAll('[data-testid=freq-row] td:first-child')]
      .slice(0, 30).some((td) => td.textContent === '项目'), null, { timeout: 30_000 });
  return { page, errors };
}

/** Clicks `testid` and returns the download's name and bytes. */
export async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testid).click()]);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
}

/** The lines of a CSV export, after checking its byte-order mark. */
export function csvLines(bytes) {
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a BOM');
  return text.slice(1).split('\r\n').filter((l) => l !== '');
}
