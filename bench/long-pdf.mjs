// Issue 16: writes the benchmark's 100-page Chinese PDFs from the shared
// samples into target/bench-pdf/: long-chromium.pdf (Chromium print-to-PDF,
// the five samples twelve times, 12 pt, 103 pages) and long-lo.pdf
// (LibreOffice from the same text twenty times, 100 pages).
//   node bench/long-pdf.mjs
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, '../shared/samples');
const OUT = path.join(ROOT, 'target/bench-pdf');
fs.mkdirSync(OUT, { recursive: true });
const texts = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
const paras = (n) => Array.from({ length: n }, () => texts.flatMap((t) => t.split('\n').map((l) => l.trim()).filter(Boolean))).flat();
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
fs.writeFileSync(path.join(OUT, 'long-chromium.html'), `<html><head><meta charset=utf-8><title>百页中文报告</title><style>p{text-indent:2em;font-size:12pt;line-height:1.6;margin:0}</style></head><body>${paras(12).map((p) => `<p>${esc(p)}</p>`).join('')}</body></html>`);
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${path.join(OUT, 'long-chromium.pdf')}`, `file://${path.join(OUT, 'long-chromium.html')}`], { stdio: 'ignore' });
fs.writeFileSync(path.join(OUT, 'long-lo.txt'), paras(20).join('\n') + '\n');
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, path.join(OUT, 'long-lo.txt')], { stdio: 'ignore' });
for (const f of ['long-chromium.pdf', 'long-lo.pdf']) console.log(f, fs.statSync(path.join(OUT, f)).size, 'bytes');
