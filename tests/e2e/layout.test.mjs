// The workbench (issue 21): nothing wider than its card at 390, 768, 1280
// and 1920 px in Chinese and English; chart backgrounds that follow the
// colour scheme; arrow keys in tab lists, a skip link and one Tab stop per
// document card; a status line that says what happened, undo and the
// example; a focused accessibility check (names of controls, roles,
// contrast of text computed from the page's colours) and axe-core itself
// (no serious or critical violation in any tab, 390 and 1280 px, zh and en,
// light and dark).
// WENXI_DOCS_SHOTS=1 writes the README screenshots into docs/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useApp, openApp, ROOT, SAMPLES, SHOTS, watchProgress } from './harness.mjs';

const DOCS = process.env.WENXI_DOCS_SHOTS ? path.join(ROOT, 'docs') : SHOTS;
const NAMES = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const LONG_NAME = '关于进一步加快推进全市重大项目建设和经济运行高质量发展若干政策措施的实施细则（征求意见稿）第二次修订版本.txt';
const WIDTHS = [390, 768, 1280, 1920];

useApp();

/** Opens the app and adds the five samples and one file with a very long name. */
async function open(t, opts = {}) {
  const { page, errors, context } = await openApp(t, { height: 900, ...opts });
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  const file = (name, from) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(SAMPLES, from)) });
  await page.getByTestId('file-input').setInputFiles([...NAMES.map((n) => file(n, n)), file(LONG_NAME, NAMES[1])]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 6,
    null, { timeout: 90_000 });
  await page.getByTestId('freq-row').first().waitFor({ timeout: 30_000 });
  return { page, errors, context };
}

/**
 * Elements that stick out of their card: every visible element inside a card
 * must lie within the card's box, unless a scrolling box between them clips it.
 * Also the page itself must not scroll sideways.
 */
function overflowing(page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('.docs, .new-doc, .settings, .results, .corpus-views, .lexicon, li.doc, .top, .status-row')];
    const bad = [];
    const clips = (el) => {
      const s = getComputedStyle(el);
      return ['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX);
    };
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      if (box.width === 0) continue;
      for (const el of card.querySelectorAll('*')) {
        if (el.closest('.visually-hidden')) continue;
        // inside a scroll box that is itself inside the card: clipped, fine
        let p = el.parentElement;
        let clipped = false;
        while (p && p !== card) { if (clips(p)) { clipped = true; break; } p = p.parentElement; }
        if (clipped) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) {
          bad.push(`${card.className} > ${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} [${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)}] ${el.textContent.slice(0, 30)}`);
        }
      }
    }
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) bad.push(`page scrolls sideways: ${doc.scrollWidth} > ${window.innerWidth}`);
    return bad;
  });
}

test('nothing is wider than its card at 390, 768, 1280 and 1920 px, in Chinese and English', async (t) => {
  const { page, errors } = await open(t, { width: 1280 });
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('tab-keywords').filter({ hasText: 'Keywords' }).waitFor();
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // the figures table: values such as 17.6个百分点 never wrap inside
      await page.getByTestId('tab-figures').click();
      await page.waitForTimeout(100);
      const bad = await overflowing(page);
      assert.deepEqual(bad, [], `${lang} ${width}px`);
      const wrapped = await page.evaluate(() => [...document.querySelectorAll('[data-testid=figure] td:nth-child(-n+3)')]
        .filter((td) => td.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(td).lineHeight || '20')).map((td) => td.textContent));
      assert.deepEqual(wrapped, [], `${lang} ${width}px: figure values wrap`);
      await page.getByTestId('tab-keywords').click();
      assert.deepEqual(await overflowing(page), [], `${lang} ${width}px keywords`);
    }
  }
  // the long name is cut with an ellipsis and shown whole on hover
  const card = page.locator('[data-testid=document]').filter({ hasText: '关于进一步加快' });
  assert.match(await card.locator('.doc-select').getAttribute('title'), /第二次修订版本\.txt/);
  const style = await card.getByTestId('document-name').evaluate((el) => getComputedStyle(el).textOverflow);
  assert.equal(style, 'ellipsis');
  assert.deepEqual(errors, []);
});

test('at 1280 px the documents, the results and the corpus views sit side by side', async (t) => {
  const { page, errors } = await open(t, { width: 1280 });
  const boxes = await Promise.all(['col-docs', 'col-results', 'col-views'].map((id) => page.getByTestId(id).boundingBox()));
  assert.ok(boxes[0].x + boxes[0].width <= boxes[1].x && boxes[1].x + boxes[1].width <= boxes[2].x, JSON.stringify(boxes));
  assert.ok(boxes[2].y < 200, `corpus views start at ${boxes[2].y}px`);
  // panels fold and unfold
  await page.getByTestId('fold-docs').click();
  assert.equal(await page.getByTestId('file-input').isVisible(), false);
  const wider = await page.getByTestId('col-results').boundingBox();
  assert.ok(wider.width > boxes[1].width, 'the results take the room');
  await page.getByTestId('fold-docs').click();
  await page.getByTestId('document').first().waitFor();
  assert.deepEqual(errors, []);
});

test('dark mode: the network and trends charts follow the colour scheme', async (t) => {
  for (const scheme of ['dark', 'light']) {
    const { page, errors } = await open(t, { width: 1280, colorScheme: scheme });
    const panel = await page.evaluate(() => getComputedStyle(document.querySelector('.corpus-views')).backgroundColor);
    await page.getByTestId('tab-network').click();
    await page.getByTestId('net-node').first().waitFor({ timeout: 30_000 });
    const net = await page.getByTestId('net-svg').evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.getByTestId('tab-trends').click();
    await page.getByTestId('trend-series').first().waitFor({ timeout: 30_000 });
    const trends = await page.locator('[data-testid=trend-svg] .chart-bg').evaluate((el) => getComputedStyle(el).fill);
    const label = await page.getByTestId('trend-label').first().evaluate((el) => getComputedStyle(el).fill);
    if (scheme === 'dark') {
      assert.equal(net, panel, 'network background is the dark panel');
      assert.equal(trends, panel, 'trends background is the dark panel');
      assert.notEqual(label, 'rgb(51, 51, 51)', 'trend labels are light on dark');
    } else {
      assert.equal(net, 'rgb(255, 255, 255)');
      assert.equal(trends, 'rgb(255, 255, 255)');
    }
    assert.deepEqual(errors, []);
  }
});

test('keyboard: arrow keys move between tabs, a skip link reaches the text, one Tab stop per document', async (t) => {
  const { page, errors } = await open(t, { width: 1280 });
  const selected = (id) => page.getByTestId(id).getAttribute('aria-selected');
  // (a tab's selection is rendered after the key event: wait for it, up to
  // 5 s, then read it — the assertion still fails if it never comes)
  const selectedSoon = async (id) => {
    await page
      .waitForSelector(`[data-testid=${id}][aria-selected=true]`, { timeout: 5000 })
      .catch(() => {});
    return selected(id);
  };
  const focused = () => page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.id);

  // the results' tabs: roving tabindex, Left/Right/Home/End, selection follows focus
  await page.getByTestId('tab-keywords').focus();
  assert.equal(await page.getByTestId('tab-entities').getAttribute('tabindex'), '-1');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'tab-entities');
  assert.equal(await selected('tab-entities'), 'true');
  await page.getByTestId('entities-table').waitFor();
  // the last tab is the summary (issue 18)
  await page.keyboard.press('End');
  assert.equal(await selected('tab-summary'), 'true');
  await page.keyboard.press('Home');
  assert.equal(await selected('tab-keywords'), 'true');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await selected('tab-summary'), 'true', 'Left on the first wraps to the last');
  const panel = await page.locator('[role=tabpanel][id=results-tabs-panel]').getAttribute('aria-labelledby');
  assert.equal(panel, 'results-tabs-tab-7');

  // the corpus views' and the lexicon's tabs too
  await page.getByTestId('tab-freq').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await selectedSoon('tab-cloud'), 'true');
  assert.equal(await focused(), 'tab-cloud');
  await page.getByTestId('tab-segmented').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await selectedSoon('tab-newwords'), 'true');

  // the skip link is the first Tab stop of a fresh page and lands in the text box
  {
    const { page: fresh } = await openApp(t, { width: 1280 });
    await fresh.getByTestId('input').waitFor();
    await fresh.keyboard.press('Tab');
    const first = () => fresh.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.id);
    assert.equal(await first(), 'skip-to-text');
    await fresh.keyboard.press('Enter');
    assert.equal(await fresh.evaluate(() => location.hash), '#input');
    assert.equal(await first(), 'input');
  }

  // one Tab stop per card: from the first card, Tab leaves the list after six
  await page.locator('[data-testid=document] .doc-select').first().focus();
  let stops = 1;
  while (stops < 20) {
    await page.keyboard.press('Tab');
    const inList = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=documents]'));
    if (!inList) break;
    stops += 1;
  }
  assert.equal(stops, 6, 'six documents, six Tab stops');
  // the selected card's actions by arrow keys: → rename, Esc back, ← delete
  const selectedCard = page.locator('[data-testid=document][aria-current=true] .doc-select');
  await selectedCard.focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'rename');
  await page.keyboard.press('Escape');
  assert.match(await page.evaluate(() => document.activeElement.className), /doc-select/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), 'delete');
  assert.deepEqual(errors, []);
});

test('feedback: the status says what happened, a deletion can be undone, the example is one click', async (t) => {
  const { page, errors } = await open(t, { width: 1280 });
  const status = page.getByTestId('status');
  await page.waitForFunction(() => /已分析 6 篇 · \d+ ms/.test(document.querySelector('[data-testid=status]').textContent));

  // an option changed: said, and the corpus re-analysed
  await page.getByTestId('settings').click();
  await page.getByTestId('opt-width').uncheck();
  await page.waitForFunction(() => /选项已更改 · 已重新分析 6 篇/.test(document.querySelector('[data-testid=status]').textContent), null, { timeout: 60_000 });
  // every rule says what it does
  const helps = await page.locator('.switch-help').allTextContents();
  assert.ok(helps.length >= 7 && helps.every((h) => h.length > 4), String(helps));

  // delete, then undo: the document is back and analysed again
  await page.locator('[data-testid=document]').first().locator('.doc-select').click();
  const first = await page.getByTestId('document-name').first().textContent();
  await page.getByTestId('delete').click();
  assert.equal(await page.getByTestId('document').count(), 5);
  assert.match(await status.textContent(), /已删除 1 篇/);
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 6, null, { timeout: 60_000 });
  assert.equal(await page.getByTestId('document-name').first().textContent(), first);
  assert.equal(await page.getByTestId('undo-toast').count(), 0);

  // the example: one click, a new document; the text box empties after adding
  await page.getByTestId('example').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document][data-status=done]').length === 7, null, { timeout: 60_000 });
  assert.match(await page.getByTestId('document-name').last().textContent(), /示例/);
  await page.getByTestId('input').fill('全市重大项目督查暨经济运行分析会。重大项目建设推进有力。');
  await page.getByTestId('analyze').click();
  assert.equal(await page.getByTestId('input').inputValue(), '');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document]').length === 8);

  // no placeholder among keywords, POS in words in the frequency table
  const keywords = await page.getByTestId('keyword-term').allTextContents();
  assert.ok(!keywords.some((k) => /^x+$/i.test(k)), String(keywords));
  const pos = await page.locator('[data-testid=freq-row] td.pos').first();
  assert.match(await pos.textContent(), /[\u4e00-\u9fff]/);
  assert.match(await pos.getAttribute('title'), /^[a-z]+$/);
  assert.deepEqual(errors, []);
});

test('progress moves during a long analysis', async (t) => {
  const { page, errors } = await openApp(t, { width: 1280 });
  await page.waitForFunction(() => performance.getEntriesByName('wenxi:ready').length > 0, null, { timeout: 60_000 });
  const all = NAMES.map((n) => fs.readFileSync(path.join(SAMPLES, n), 'utf8')).join('\n');
  const text = all.repeat(Math.ceil(180_000 / all.length)).slice(0, 180_000);
  await page.$eval('[data-testid=input]', (el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }, text);
  // record every progress value the bar shows until the analysis is done
  const progress = await watchProgress(page);
  await page.getByTestId('analyze').click();
  await page.waitForSelector('[data-testid=document][data-status=done]', { timeout: 60_000 });
  const seen = await progress();
  assert.ok(seen.some((v) => v > 0.3), `progress seen: ${seen}`);
  assert.deepEqual(errors, []);
});

/** Relative luminance of an `rgb(a)` colour. */
function luminance([r, g, b]) {
  const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

test('accessibility: every control has a name, tabs have roles, text has enough contrast (light and dark)', async (t) => {
  for (const scheme of ['light', 'dark']) {
    const { page, errors } = await open(t, { width: 1280, colorScheme: scheme });
    await page.getByTestId('settings').click();
    const problems = await page.evaluate(() => {
      const out = [];
      const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && !el.closest('[hidden]'); };
      const named = (el) => {
        if (el.getAttribute('aria-label')?.trim() || el.getAttribute('title')?.trim()) return true;
        const by = el.getAttribute('aria-labelledby');
        if (by && by.split(' ').some((id) => document.getElementById(id)?.textContent.trim())) return true;
        if (el.labels && [...el.labels].some((l) => l.textContent.trim())) return true;
        if (el.closest('label')?.textContent.trim()) return true;
        return false;
      };
      for (const el of document.querySelectorAll('input, select, textarea')) {
        if (el.type === 'hidden') continue;
        if (!named(el)) out.push(`no label: ${el.outerHTML.slice(0, 80)}`);
      }
      for (const el of document.querySelectorAll('button, [role=button], a[href]')) {
        if (!el.textContent.trim() && !named(el)) out.push(`no name: ${el.outerHTML.slice(0, 80)}`);
      }
      for (const el of document.querySelectorAll('[role=tab]')) {
        if (el.parentElement?.getAttribute('role') !== 'tablist') out.push(`tab outside a tablist: ${el.dataset.testid}`);
        if (!['true', 'false'].includes(el.getAttribute('aria-selected'))) out.push(`tab without aria-selected: ${el.dataset.testid}`);
      }
      for (const list of document.querySelectorAll('[role=tablist]')) {
        const stops = [...list.querySelectorAll('[role=tab]')].filter((b) => b.tabIndex >= 0);
        if (stops.length !== 1) out.push(`tablist with ${stops.length} Tab stops: ${list.getAttribute('aria-label')}`);
      }
      // text colours against the background they sit on
      const parse = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const bgOf = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c.length >= 3 && (c.length === 3 || c[3] > 0.5)) return c.slice(0, 3);
        }
        return parse(getComputedStyle(document.body).backgroundColor).slice(0, 3);
      };
      const texts = [];
      for (const el of document.querySelectorAll('body *')) {
        if (el.closest('svg, [hidden], .visually-hidden, .skip-link, button:disabled, del, mark, .tok')) continue;
        if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
        if (!visible(el)) continue;
        const s = getComputedStyle(el);
        if (parseFloat(s.opacity) < 1) continue;
        texts.push({ el, fg: parse(s.color).slice(0, 3), bg: bgOf(el), size: parseFloat(s.fontSize), bold: Number(s.fontWeight) >= 700 });
      }
      return { out, texts: texts.map(({ el, fg, bg, size, bold }) => ({ fg, bg, large: size >= 24 || (size >= 18.6 && bold), what: `${el.tagName.toLowerCase()}.${el.className} ${el.textContent.trim().slice(0, 20)}` })) };
    });
    const low = [];
    for (const { fg, bg, large, what } of problems.texts) {
      const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < (large ? 3 : 4.5)) low.push(`${ratio.toFixed(2)} ${what}`);
    }
    assert.deepEqual(problems.out, [], scheme);
    assert.deepEqual([...new Set(low)], [], `${scheme}: text below WCAG AA contrast`);
    assert.ok(problems.texts.length > 100, 'text was checked');
    assert.deepEqual(errors, []);
  }
});

/** axe-core's serious and critical findings on the page as it stands. */
async function axeFindings(page) {
  // evaluated through the DevTools protocol: the page's CSP (rightly) refuses
  // an injected script tag
  await page.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' ' + n.failureSummary?.split('\n')[1]) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('axe-core: no serious or critical violations at 390 and 1280 px, zh and en, light and dark', async (t) => {
  for (const [width, lang, scheme] of [[1280, 'zh', 'light'], [1280, 'en', 'dark'], [390, 'en', 'light'], [390, 'zh', 'dark']]) {
    const { page, errors } = await open(t, { width, colorScheme: scheme });
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    const where = `${width} px, ${lang}, ${scheme}`;
    assert.deepEqual(await axeFindings(page), [], `${where}: the results and corpus views`);
    // the tabs with tables, the reader and the settings open
    for (const tab of ['tab-entities', 'tab-figures', 'tab-reader', 'tab-cleaning']) {
      await page.getByTestId(tab).click();
      assert.deepEqual(await axeFindings(page), [], `${where}: ${tab}`);
    }
    // every corpus view and the lexicon's tabs (the data they show arrives
    // from the worker: wait for the view's own content)
    for (const [tab, sel] of [['tab-summary', '[data-testid=summary-sentence]'], ['tab-cloud', '[data-testid=cloud-word]'],
      ['tab-compare', '[data-testid=compare-row]'], ['tab-network', '[data-testid=net-node]'],
      ['tab-trends', '[data-testid=trend-svg]'], ['tab-stats', '[data-testid=stats-row]'],
      ['tab-across', '[data-testid=across-row]'], ['tab-ngrams', '[data-testid=ngram-row]'],
      ['tab-segmented', '[data-testid=seg-token]'], ['tab-newwords', '[data-testid=newwords-run]'],
      ['tab-stopwords', '[data-testid=tab-stopwords][aria-selected=true]'], ['tab-userdict', '[data-testid=tab-userdict][aria-selected=true]']]) {
      await page.getByTestId(tab).first().click();
      await page.locator(sel).first().waitFor({ timeout: 30_000 });
      assert.deepEqual(await axeFindings(page), [], `${where}: ${tab}`);
    }
    await page.getByTestId('settings').click();
    assert.deepEqual(await axeFindings(page), [], `${where}: settings`);
    assert.deepEqual(errors, []);
  }
});

test('screenshots at 390 and 1280 px, zh and en, light and dark', async (t) => {
  for (const scheme of ['light', 'dark']) {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, errors } = await open(t, { width: 1280, locale, colorScheme: scheme });
      const lang = locale.slice(0, 2);
      // sample 002 (Changzhou, major projects) with its figures
      await page.locator('[data-testid=document]').filter({ hasText: NAMES[2] }).locator('.doc-select').click();
      await page.getByTestId('tab-figures').click();
      await page.getByTestId('figure').first().waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(DOCS, `workbench-1280-${lang}-${scheme}.png`) });
      // a phone: the top of the page, then the results
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('tab-keywords').click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(DOCS, `workbench-390-${lang}-${scheme}.png`) });
      await page.getByTestId('col-results').evaluate((el) => el.scrollIntoView());
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(DOCS, `workbench-390-${lang}-${scheme}-results.png`) });
      assert.deepEqual(errors, []);
    }
  }
});
