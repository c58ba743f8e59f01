// Corpus views beyond the basics: compare, co-occurrence network, trends,
// the paged frequency table, PNG and zip exports, and the README screenshots.
// Every test loads all five samples through the file picker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useApp, openSamples, download, csvLines, ROOT, SAMPLES, SAMPLE_NAMES, SHOTS } from './harness.mjs';

// WENXI_DOCS_SHOTS=1 writes the README screenshots into docs/
const DOCS = process.env.WENXI_DOCS_SHOTS ? path.join(ROOT, 'docs') : SHOTS;
const NAMES = SAMPLE_NAMES;
const PNG_MAGIC = '89504e470d0a1a0a';

useApp();

const open = (t, { width = 1280, height = 950, locale = 'zh-CN' } = {}) => openSamples(t, { width, height, locale });

function cameraOf(page) {
  return page.getByTestId('net-camera').getAttribute('transform');
}

/**
 * Waits until the network's camera transform `is` (equals) or `isNot` a
 * value, or `matches` a pattern's source (renders are async), and returns it.
 */
async function cameraUntil(page, how, value) {
  await page.waitForFunction(([how, value]) => {
    const t = document.querySelector('[data-testid=net-camera]')?.getAttribute('transform') ?? '';
    return how === 'is' ? t === value : how === 'isNot' ? t !== value : new RegExp(value).test(t);
  }, [how, value], { timeout: 10_000 });
  return cameraOf(page);
}

test('compare: one document against the rest and against another, with G², effect size and CSV', async (t) => {
  const { page, errors } = await open(t);
  await page.getByTestId('tab-compare').click();
  await page.getByTestId('compare-a').selectOption({ label: NAMES[2] });
  await page.waitForFunction((name) => document.querySelector('[data-testid=compare-table] th')?.title === name
    && document.querySelectorAll('[data-testid=compare-row]').length >= 10, NAMES[2], { timeout: 30_000 });
  const rows = page.getByTestId('compare-row');
  // ordered by G², both sides present, the effect size signed by side
  const g2 = (await rows.locator('td:nth-child(4)').allTextContents()).map(Number);
  assert.deepEqual(g2, [...g2].sort((a, b) => b - a));
  const first = rows.first();
  const side = await first.getAttribute('data-side');
  const lr = Number(await first.locator('td:nth-child(5)').textContent());
  assert.ok(side === 'a' ? lr > 0 : lr < 0, `${side} ${lr}`);
  const sideA = await page.locator('[data-testid=compare-row][data-side=a] td.term').allTextContents();
  // 002 is the Changzhou report on major projects: its own words stand out
  assert.ok(sideA.slice(0, 15).some((w) => ['项目', '重大项目', '常州', '督查', '陈金虎'].includes(w)), String(sideA));
  assert.ok(await page.locator('[data-testid=compare-row][data-side=b]').count() > 0);
  // bars: A's bar of the first row is drawn, with a width
  assert.match(await first.locator('.bar-a .bar span').getAttribute('style'), /width: \d/);
  await page.getByTestId('corpus-views').screenshot({ path: path.join(DOCS, 'compare-1280.png') });

  const csv = await download(page, 'compare-export-csv');
  assert.equal(csv.name, '002_a0fdc7360642034d-vs-rest.compare.csv');
  const lines = csvLines(csv.bytes);
  assert.equal(lines[0], 'term,count_a,count_b,per_10k_a,per_10k_b,g2,log_ratio,more_in');
  assert.ok(lines.length > 20);

  // against one other document
  await page.getByTestId('compare-b').selectOption({ label: NAMES[3] });
  await page.waitForFunction((name) => document.querySelectorAll('[data-testid=compare-table] th')[2]?.title === name,
    NAMES[3], { timeout: 30_000 });
  const json = await download(page, 'compare-export-json');
  assert.equal(json.name, '002_a0fdc7360642034d-vs-003_f46ec23ef447f8ec.compare.json');
  const parsed = JSON.parse(json.bytes.toString('utf8'));
  assert.ok(parsed.terms.length > 0 && parsed.size_a > 0 && parsed.size_b > 0);
  assert.deepEqual(errors, []);
});

test('network: thresholds, SVG nodes, zoom and pan by buttons, wheel, drag and keys, SVG/PNG export', async (t) => {
  const { page, errors } = await open(t);
  await page.getByTestId('tab-network').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=net-node]').length >= 10, null, { timeout: 30_000 });
  const labels = await page.locator('[data-testid=net-node] text').allTextContents();
  assert.ok(labels.includes('项目'), String(labels));
  assert.ok(await page.getByTestId('net-edge').count() >= 10);
  const nodesBefore = await page.getByTestId('net-node').count();
  // stricter thresholds: fewer nodes
  await page.getByTestId('net-min').fill('8');
  await page.getByTestId('net-min').press('Enter');
  await page.waitForFunction((n) => {
    const c = document.querySelectorAll('[data-testid=net-node]').length;
    return c > 0 && c < n;
  }, nodesBefore, { timeout: 30_000 });
  await page.getByTestId('net-min').fill('3');
  await page.getByTestId('net-min').press('Enter');
  await page.getByTestId('net-measure').selectOption('pmi');
  await page.getByTestId('net-assoc').fill('2');
  await page.getByTestId('net-assoc').press('Enter');
  await page.waitForFunction(() => /PMI/.test(document.querySelector('[data-testid=net-edge] title')?.textContent ?? ''), null, { timeout: 30_000 });
  await page.getByTestId('net-assoc').fill('');
  await page.getByTestId('net-assoc').press('Enter');
  await page.getByTestId('net-measure').selectOption('jaccard');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=net-node]').length >= 10, null, { timeout: 30_000 });

  assert.equal(await cameraOf(page), 'translate(0.00 0.00) scale(1.0000)');
  await page.getByTestId('net-zoom-in').click();
  assert.match(await cameraUntil(page, 'matches', 'scale\\(1\\.2500\\)'), /scale\(1\.2500\)/);
  await page.getByTestId('net-reset').click();
  const svg = page.getByTestId('net-svg');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -200);
  await page.waitForFunction(() => !/scale\(1\.0000\)/.test(document.querySelector('[data-testid=net-camera]').getAttribute('transform')));
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'the wheel zooms the chart, not the page');
  const zoomed = await cameraOf(page);
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 130, box.y + 90, { steps: 5 });
  await page.mouse.up();
  const panned = await cameraUntil(page, 'isNot', zoomed);
  assert.notEqual(panned, zoomed);
  await svg.focus();
  await page.keyboard.press('ArrowLeft');
  assert.notEqual(await cameraUntil(page, 'isNot', panned), panned);
  await page.keyboard.press('0');
  assert.equal(await cameraUntil(page, 'is', 'translate(0.00 0.00) scale(1.0000)'), 'translate(0.00 0.00) scale(1.0000)');
  await page.getByTestId('corpus-views').screenshot({ path: path.join(DOCS, 'network-1280.png') });

  const svgFile = await download(page, 'net-export-svg');
  assert.equal(svgFile.name, '000_c19814503c5e5b1f等5篇.network.svg');
  const svgText = svgFile.bytes.toString('utf8');
  assert.ok(svgText.startsWith('<?xml') && svgText.includes('<line ') && svgText.includes('>项目</text>'));
  const png = await download(page, 'net-export-png');
  assert.equal(png.name, '000_c19814503c5e5b1f等5篇.network.png');
  assert.equal(png.bytes.subarray(0, 8).toString('hex'), PNG_MAGIC);
  assert.ok(png.bytes.length > 10_000, `PNG of ${png.bytes.length} bytes`);
  fs.writeFileSync(path.join(SHOTS, 'export-network.png'), png.bytes);

  // a node opens its concordance, by keyboard (Enter on the focused word) or by click
  await page.locator('[data-testid=net-node][aria-label="经济"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=kwic-query]')?.value === '经济', null, { timeout: 30_000 });
  await page.getByTestId('tab-network').click();
  await page.locator('[data-testid=net-node]').filter({ hasText: /^项目/ }).first().click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kwic-hit]').length > 10
    && document.querySelector('[data-testid=kwic-query]').value === '项目', null, { timeout: 30_000 });
  assert.deepEqual(errors, []);
});

test('trends: frequent terms by default, chosen terms on Enter, dates as labels, CSV and SVG', async (t) => {
  const { page, errors } = await open(t);
  await page.getByTestId('tab-trends').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=trend-series]').length === 5, null, { timeout: 30_000 });
  assert.equal(await page.getByTestId('trend-row').count(), 5);
  const labels = await page.getByTestId('trend-label').allTextContents();
  // 000 and 001 start with a month and day (10月18日, 11月5日)
  assert.ok(labels.includes('10-18') && labels.includes('11-05'), String(labels));
  await page.getByTestId('trend-terms').fill('项目，经济 疫情');
  await page.getByTestId('trend-terms').press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=trend-series]')].map((g) => g.dataset.term).join() === '项目,经济,疫情',
    null, { timeout: 30_000 });
  const counts = await page.locator('[data-testid=trend-row] td:nth-child(2)').allTextContents();
  assert.ok(counts.filter((c) => Number(c) > 0).length >= 3, String(counts));
  await page.getByTestId('trend-measure').selectOption('count');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=trend-row] td:nth-child(2)')].every((td) => /^\d+$/.test(td.textContent)));
  await page.getByTestId('corpus-views').screenshot({ path: path.join(DOCS, 'trends-1280.png') });

  const csv = await download(page, 'trend-export-csv');
  assert.equal(csv.name, '000_c19814503c5e5b1f等5篇.trends.csv');
  const lines = csvLines(csv.bytes);
  assert.equal(lines[0], 'document,date,项目,项目 per_10k,经济,经济 per_10k,疫情,疫情 per_10k');
  assert.equal(lines.length, 6);
  assert.match(lines[1], /^000_c19814503c5e5b1f\.txt,10-18,\d+,/);
  const svg = await download(page, 'trend-export-svg');
  const text = svg.bytes.toString('utf8');
  assert.ok(text.includes('xmlns="http://www.w3.org/2000/svg"') && text.includes('<polyline'), text.slice(0, 200));
  const png = await download(page, 'trend-export-png');
  assert.equal(png.bytes.subarray(0, 8).toString('hex'), PNG_MAGIC);
  assert.deepEqual(errors, []);
});

test('frequency: per-document scope, POS filter, pages, sorting and the whole table as CSV', async (t) => {
  const { page, errors } = await open(t);
  const summary = () => page.getByTestId('freq-summary').textContent();
  const corpusSummary = await summary();
  const range = await page.getByTestId('freq-range').textContent();
  const total = Number(range.match(/(\d+)$/)[1]);
  assert.ok(total > 1000, range);
  assert.match(range, /^1–200 /);
  await page.getByTestId('corpus-views').screenshot({ path: path.join(DOCS, 'frequency-1280.png') });
  await page.getByTestId('freq-next').click();
  await page.waitForFunction(() => /^201–400 /.test(document.querySelector('[data-testid=freq-range]').textContent));
  await page.getByTestId('freq-prev').click();
  await page.waitForFunction(() => /^1–200 /.test(document.querySelector('[data-testid=freq-range]').textContent));

  // one document: fewer tokens
  await page.getByTestId('freq-scope').selectOption({ label: NAMES[4] });
  await page.waitForFunction((before) => document.querySelector('[data-testid=freq-summary]').textContent !== before, corpusSummary);
  const docTokens = Number((await summary()).split(' ')[0]);
  assert.ok(docTokens > 100 && docTokens < Number(corpusSummary.split(' ')[0]));
  // place names only
  await page.getByTestId('freq-scope').selectOption('corpus');
  await page.getByTestId('freq-pos').selectOption('ns');
  await page.waitForFunction(() => {
    // the POS code is the cell's title; its text names it in words (issue 21)
    const pos = [...document.querySelectorAll('[data-testid=freq-row] td.pos')].map((td) => td.title || td.textContent);
    return pos.length > 3 && pos.every((p) => p.startsWith('ns'));
  }, null, { timeout: 30_000 });
  const places = await page.locator('[data-testid=freq-row] td:first-child').allTextContents();
  assert.ok(places.includes('无锡') || places.includes('常州'), String(places));
  await page.getByTestId('freq-pos').selectOption('');
  // sort by term, ascending
  await page.locator('[data-testid=freq-table] th button').first().click();
  await page.waitForFunction(() => document.querySelector('[data-testid=freq-table] th').getAttribute('aria-sort') === 'ascending');
  await page.waitForFunction(() => {
    const t = [...document.querySelectorAll('[data-testid=freq-row] td:first-child')].map((td) => td.textContent);
    return t.length > 10 && t.every((x, i) => i === 0 || t[i - 1] <= x);
  });
  // the whole table, not one page
  const csv = await download(page, 'freq-export-csv');
  assert.equal(csv.name, '000_c19814503c5e5b1f等5篇.frequency.csv');
  const lines = csvLines(csv.bytes);
  assert.equal(lines[0], 'term,pos,count,per_10k,documents,tfidf');
  assert.equal(lines.length, total + 1);
  assert.deepEqual(errors, []);
});

test('exports: the cloud as PNG, everything as one zip with reports, tables and charts', async (t) => {
  const { page, errors } = await open(t);
  await page.getByTestId('tab-cloud').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=cloud-word]').length >= 30, null, { timeout: 30_000 });
  // colour by document: each word takes the colour of the document where it is most frequent
  await page.getByTestId('cloud-colour').selectOption('doc');
  await page.getByTestId('cloud-legend').waitFor({ timeout: 30_000 });
  const legend = await page.locator('[data-testid=cloud-legend] li').allTextContents();
  assert.ok(legend.length >= 3 && legend.every((l) => NAMES.includes(l)), String(legend));
  // 重大项目 occurs 9 times in 002 and once in 003 and 004 (常州 itself is now mostly part of
  // recognised names such as 常州经开区, issue 15, and no longer among the cloud's words)
  const major = await page.getByTestId('cloud-word').filter({ hasText: /^重大项目$/ }).getAttribute('data-category');
  assert.equal(major, '2', '重大项目 is most frequent in 002');
  // colour by part of speech
  await page.getByTestId('cloud-colour').selectOption('pos');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=cloud-legend] li')].some((l) => l.textContent.startsWith('名词')),
    null, { timeout: 30_000 });
  assert.equal(await page.getByTestId('cloud-word').filter({ hasText: /^无锡$/ }).getAttribute('data-category'), '3');
  await page.getByTestId('corpus-views').screenshot({ path: path.join(DOCS, 'cloud-pos-1280.png') });
  const svgFile = await download(page, 'export-svg');
  assert.ok(svgFile.bytes.toString('utf8').includes('fill="#76b7b2"'), 'the SVG has the POS colours');
  const png = await download(page, 'cloud-export-png');
  assert.equal(png.name, '000_c19814503c5e5b1f等5篇.cloud.png');
  assert.equal(png.bytes.subarray(0, 8).toString('hex'), PNG_MAGIC);
  assert.ok(png.bytes.length > 20_000, `PNG of ${png.bytes.length} bytes`);
  fs.writeFileSync(path.join(SHOTS, 'export-cloud.png'), png.bytes);

  const zip = await download(page, 'export-all');
  assert.equal(zip.name, '000_c19814503c5e5b1f等5篇.wenxi.zip');
  assert.equal(zip.bytes.subarray(0, 2).toString(), 'PK');
  const file = path.join(fs.mkdtempSync('/tmp/wenxi-zip-'), 'all.zip');
  fs.writeFileSync(file, zip.bytes);
  const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const corpus = '000_c19814503c5e5b1f等5篇';
  for (const n of NAMES) {
    const stem = n.replace(/\.txt$/, '');
    assert.ok(listing.includes(`reports/${stem}.wenxi.json`), `${stem} report in ${listing}`);
    assert.ok(listing.includes(`texts/${stem}.clean.txt`));
  }
  for (const e of ['tables/' + corpus + '.entities.csv', 'tables/' + corpus + '.figures.csv', corpus + '.frequency.csv',
    corpus + '.cloud.svg', corpus + '.network.svg']) {
    assert.ok(listing.includes(e), `${e} in ${listing}`);
  }
  const report = JSON.parse(execFileSync('unzip', ['-p', file, 'reports/002_a0fdc7360642034d.wenxi.json'], { encoding: 'utf8' }));
  assert.ok(report.entities.some((e) => e.text === '陈金虎'));
  const figures = execFileSync('unzip', ['-p', file, `tables/${corpus}.figures.csv`], { encoding: 'utf8' });
  assert.ok(figures.startsWith('\uFEFFdocument,text,value') && figures.includes('169.6亿元'));
  assert.deepEqual(errors, []);
});

test('concordance applies on Enter; English and back; the views fit 390 px', async (t) => {
  const { page, errors } = await open(t, { width: 390, height: 900 });
  await page.getByTestId('tab-kwic').click();
  await page.getByTestId('kwic-query').fill('督查');
  await page.getByTestId('kwic-query').press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kwic-hit]').length > 0, null, { timeout: 30_000 });
  // a line opens the reader on its document at that place
  const hit = page.locator('[data-testid=kwic-hit][data-doc="2"]').nth(1);
  const keyword = await hit.locator('td.kw').textContent();
  const right = await hit.locator('td.right').textContent();
  await hit.click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=highlight]').length === 1);
  assert.equal(await page.locator('.results .doc-title').textContent(), NAMES[2]);
  assert.equal(await page.getByTestId('highlight').textContent(), keyword);
  const after = await page.getByTestId('highlight').evaluate((m) => m.nextSibling?.textContent ?? '');
  const squash = (x) => x.replace(/\s+/g, '');
  assert.ok(squash(after).startsWith(squash(right).slice(0, 8)), `${after.slice(0, 20)} / ${right}`);
  assert.ok(await page.getByTestId('highlight').isVisible());
  // and by keyboard: Enter on a focused line of another document
  const other = page.locator('[data-testid=kwic-hit]:not([data-doc="2"])').first();
  const otherDoc = Number(await other.getAttribute('data-doc'));
  await other.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.querySelector('.results .doc-title')?.textContent === name, NAMES[otherDoc]);
  await page.getByTestId('highlight').waitFor();
  const views = page.getByTestId('corpus-views');
  await views.scrollIntoViewIfNeeded();
  for (const [tab, ready, shot] of [
    ['tab-freq', '[data-testid=freq-row]', null],
    ['tab-cloud', '[data-testid=cloud-word]', null],
    ['tab-compare', '[data-testid=compare-row]', 'compare-390.png'],
    ['tab-network', '[data-testid=net-node]', 'network-390.png'],
    ['tab-trends', '[data-testid=trend-series]', 'trends-390.png'],
  ]) {
    await page.getByTestId(tab).click();
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${tab}: ${overflow}px of horizontal overflow`);
    if (shot) await views.screenshot({ path: path.join(DOCS, shot) });
  }
  // English and back
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=tab-trends]').textContent === 'Trends');
  assert.equal(await page.getByTestId('tab-compare').textContent(), 'Compare');
  assert.equal(await page.getByTestId('export-all').textContent(), 'Export everything (zip)');
  await page.getByRole('button', { name: '中文' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=tab-trends]').textContent === '趋势');
  assert.deepEqual(errors, []);
});
