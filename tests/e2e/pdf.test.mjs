// Issue 16: PDF and OFD in. A PDF printed by Chromium (with a running header
// and a page-number footer) and an OFD package built here per GB/T 33190-2016
// are added through "Add files": two documents with keywords, their format
// and page count in the list, page breaks and "page N" in the reader, the
// header and footer struck through in the cleaning view; a reload re-reads
// them from IndexedDB. The PDF/OFD reader is not loaded before it is needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useApp, openApp, allDone, browser, sample, SHOTS } from './harness.mjs';

useApp();

function crc32(buf) {
  let crc = 0xffffffff;
  for (const b of buf) {
    let c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP of `files` ({ name, data }) with stored (uncompressed) entries. */
function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const data = Buffer.from(f.data, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(date, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An OFD of `text`: 28 characters a line, 4.2 mm type, a header and page number on every page. */
function ofd(text, header) {
  const ns = 'http://www.ofdspec.org/2016';
  const lines = [];
  for (const para of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const chars = [...para];
    for (let i = 0, first = true; i < chars.length; first = false) {
      const n = first ? 26 : 28;
      lines.push({ indent: first, text: chars.slice(i, i + n).join('') });
      i += n;
    }
  }
  const perPage = 40;
  const pages = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  let id = 100;
  const obj = (x, y, s) => {
    const n = [...s].length;
    return `<ofd:TextObject ID="${id++}" Boundary="${x} ${y} ${n * 4.2} 6" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.2" DeltaX="g ${Math.max(n - 1, 0)} 4.2">${esc(s)}</ofd:TextCode></ofd:TextObject>`;
  };
  const files = [
    { name: 'OFD.xml', data: `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="${ns}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>e2e</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>` },
    { name: 'Doc_0/Document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="${ns}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>${pages.map((_, i) => `<ofd:Page ID="${10 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>` },
  ];
  pages.forEach((page, i) => {
    let body = obj(80, 12, header);
    page.forEach((l, k) => { body += obj(l.indent ? 33.4 : 25, 30 + k * 6.2, l.text); });
    body += obj(100, 280, `- ${i + 1} -`);
    files.push({ name: `Doc_0/Pages/Page_${i}/Content.xml`, data: `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="${ns}"><ofd:Content><ofd:Layer ID="${50 + i}">${body}</ofd:Layer></ofd:Content></ofd:Page>` });
  });
  return { bytes: zip(files), pages: pages.length };
}

/** Sample 002 printed by Chromium with a running header and a page-number footer. */
async function chromiumPdf() {
  const page = await browser.newPage();
  const paras = sample('002_a0fdc7360642034d.txt').split('\n').filter((l) => l.trim());
  await page.setContent(`<html><head><meta charset="utf-8"><style>p{text-indent:2em;font-size:15pt;line-height:1.7}</style></head><body>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</body></html>`);
  const pdf = await page.pdf({
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate: '<div style="font-size:10px;width:100%;text-align:center">常州市经济运行通报</div>',
    footerTemplate: '<div style="font-size:10px;width:100%;text-align:center">第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>',
    margin: { top: '60px', bottom: '60px', left: '50px', right: '50px' },
  });
  await page.close();
  return pdf;
}

test('a PDF and an OFD become two documents with keywords, pages and furniture struck; a reload keeps them', async (t) => {
  const pdf = await chromiumPdf();
  const o = ofd(sample('004_4a22dbcbe506ccd5.txt'), '重点工作观摩会讲话材料');
  const { page, errors } = await openApp(t, { width: 1400, height: 950 });
  await page.getByTestId('status').waitFor();
  // the reader is loaded on first use only (the first file of any format)
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/reader')));
  assert.deepEqual(await loaded(), []);
  await page.getByTestId('file-input').setInputFiles([
    { name: '常州重大项目督查.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: '观摩会讲话.ofd', mimeType: 'application/octet-stream', buffer: o.bytes },
  ]);
  await allDone(page, 2, 120_000);
  const details = await page.getByTestId('document-detail').allTextContents();
  assert.match(details[0], /PDF · \d+ 页/, details[0]);
  assert.match(details[1], new RegExp(`OFD · ${o.pages} 页`), details[1]);

  // the PDF: keywords, the header and page numbers struck through
  const docs = page.getByTestId('document');
  await docs.nth(0).locator('.doc-select').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  const terms = await page.getByTestId('keyword').allTextContents();
  assert.ok(terms.some((k) => k.startsWith('重大项目')), String(terms));
  await page.getByTestId('tab-cleaning').click();
  const struck = await page.getByTestId('cleaning-diff').locator('del.page_furniture').allTextContents();
  assert.ok(struck.some((d) => d.includes('常州市经济运行通报')), String(struck));
  assert.ok(struck.some((d) => /第\d+页\s*共\d+页/.test(d)), String(struck));

  // the reader shows the PDF's page breaks and the page of a chosen person
  const pdfPages = Number(details[0].match(/PDF · (\d+) 页/)[1]);
  await page.getByTestId('tab-entities').click();
  await page.getByTestId('entity').filter({ hasText: '陈金虎' }).locator('button').click();
  await page.getByTestId('highlight').first().waitFor();
  assert.equal(await page.getByTestId('page-break').count(), pdfPages - 1);
  assert.match(await page.getByTestId('hit-page').textContent(), /第 \d+ 页/);
  await page.screenshot({ path: path.join(SHOTS, 'pdf-reader-1400.png') });

  // the OFD: keywords
  await docs.nth(1).locator('.doc-select').click();
  await page.getByTestId('tab-keywords').click();
  await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
  const ofdTerms = await page.getByTestId('keyword').allTextContents();
  assert.ok(ofdTerms.length >= 5, String(ofdTerms));

  // a reload re-reads both from IndexedDB
  await page.reload();
  await allDone(page, 2, 120_000);
  const names = await page.getByTestId('document-name').allTextContents();
  assert.deepEqual(names, ['常州重大项目督查.pdf', '观摩会讲话.ofd']);
  assert.match((await page.getByTestId('document-detail').allTextContents())[0], /PDF · \d+ 页/);
  assert.deepEqual(errors, []);
});

test('a scanned PDF is refused with the reason; the other documents stay', async (t) => {
  const { page } = await openApp(t, { locale: 'en-US' });
  await page.getByTestId('status').waitFor();
  // one page that only draws an image
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 27 >>\nstream\nq 595 0 0 842 0 0 cm /I Do Q\nendstream',
  ];
  let body = '%PDF-1.7\n';
  const offsets = [];
  objs.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  await page.getByTestId('file-input').setInputFiles([
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') },
    { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(sample('002_a0fdc7360642034d.txt')) },
  ]);
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=document]')];
    return rows.length === 2 && rows.every((r) => r.dataset.status === 'done' || r.dataset.status === 'failed');
  }, null, { timeout: 90_000 });
  const details = await page.getByTestId('document-detail').allTextContents();
  assert.match(details[0], /no text layer, 1 pages: run OCR first/);
  assert.equal(await page.getByTestId('document').nth(1).getAttribute('data-status'), 'done');
});
