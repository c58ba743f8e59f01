// Turns the raw results of scripts/bench.sh into a Markdown report.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const dir = process.argv[2] ?? 'target/bench';
const browser = JSON.parse(fs.readFileSync(path.join(dir, 'browser.json'), 'utf8'));
const py = JSON.parse(fs.readFileSync(path.join(dir, 'python.json'), 'utf8'));
const criterion = path.join(process.env.CARGO_TARGET_DIR ?? 'target', 'criterion');
const est = (id) => JSON.parse(fs.readFileSync(path.join(criterion, id, 'new/estimates.json'), 'utf8')).median.point_estimate / 1e6;
const corpusChars = [...fs.readFileSync(path.join(dir, 'corpus-1m.txt'), 'utf8')].length;
const mcs = (chars, ms) => (chars / ms / 1000).toFixed(2);
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const nativeSeg = est('1MiB/segment');
const nativeAll = est('1MiB/analyze');
const nativeDict = est('startup/dictionary');
const runs1 = browser.app.runs.filter((r) => r.label === '1MiB');
const run10 = browser.app.runs.find((r) => r.label === '10MiB');
// segmentation alone, back to back in the worker, as criterion times it natively
const browserSeg = median(browser.app.isolated.ms);
// the segmentation step inside each full analysis (cold caches after cleaning)
const inAnalysisSeg = median(runs1.map((r) => r.segmentMs));
const browserAll = median(runs1.map((r) => r.totalMs));
const pySeg = Math.min(...py.runs_s) * 1000;
const jwSeg = median(browser.peer.runs);

const assets = browser.assets;
const firstPaint = assets.filter((a) => /^(index\.html|.*\.css|boot-.*\.js|app-.*\.(js|wasm)|icon-[0-9a-f]{16}\.svg)$/.test(a.file));
// what the page, its workers and the service worker fetched before
// analysis-ready (bench/bytes.mjs); without it, every file but the manifest's
// PNG icons and the reader (loaded with the first file)
const bytesPath = path.join(dir, 'bytes.json');
const toReady = fs.existsSync(bytesPath)
  ? JSON.parse(fs.readFileSync(bytesPath, 'utf8')).toReady.files
  : assets.filter((a) => !/\.(png)$/.test(a.file) && !/^reader/.test(a.file));
const readyPath = path.join(dir, 'ready.json');
const readyAll = fs.existsSync(readyPath) ? JSON.parse(fs.readFileSync(readyPath, 'utf8')) : null;
const ready = readyAll?.median ?? null;
const readySpread = readyAll ? readyAll.runs.map((r) => r.bytesToBuiltMs) : [];
const repeat = readyAll?.repeatMedian ?? null;
const repeatSpread = readyAll?.repeat ? readyAll.repeat.map((r) => r.bytesToBuiltMs) : [];
const linked = readyAll?.linkMedian ?? null;
const linkedSpread = readyAll?.linked ? readyAll.linked.map((r) => r.bytesToBuiltMs) : [];
const huge = browser.huge;
const sum = (xs, k) => xs.reduce((s, a) => s + a[k], 0);

const lines = [];
lines.push(`Machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}; Chromium ${browser.chromium}.`);
lines.push(`Corpus: the five samples cleaned (\`wenxi clean\`) and repeated to 1 MiB = ${corpusChars.toLocaleString('en')} chars (10 MiB for the large run).`);
lines.push('');
lines.push('| measure | Wenxi | peer (same run) | budget / goal |');
lines.push('|---|---|---|---|');
lines.push(`| segmentation, native (criterion) | ${mcs(corpusChars, nativeSeg)} M chars/s (${nativeSeg.toFixed(1)} ms) | Python jieba ${py.version}: ${mcs(py.chars, pySeg)} M chars/s | — |`);
lines.push(`| segmentation, in Chromium (worker; median of ${browser.app.isolated.ms.length} back-to-back runs) | ${mcs(corpusChars, browserSeg)} M chars/s (${browserSeg.toFixed(1)} ms) | jieba-wasm 2.4.0 (main thread): ${mcs(browser.peer.chars, jwSeg)} M chars/s | within 1.3× of native: ${(browserSeg / nativeSeg).toFixed(2)}× |`);
lines.push(`| segmentation step inside a full 1 MiB analysis, in Chromium (median of ${runs1.length}) | ${mcs(corpusChars, inAnalysisSeg)} M chars/s (${inAnalysisSeg.toFixed(1)} ms) | — | — |`);
lines.push(`| browser vs Python jieba | ${(pySeg / browserSeg).toFixed(1)}× faster | | ≥ 25× (stretch 60×) |`);
lines.push(`| browser vs jieba-wasm | ${(jwSeg / browserSeg).toFixed(1)}× faster | | ≥ 10× |`);
lines.push(`| full analysis 1 MiB (clean, convert, segment, keywords), native | ${nativeAll.toFixed(1)} ms | — | — |`);
lines.push(`| full analysis 1 MiB, in Chromium | ${browserAll.toFixed(1)} ms in worker, ${median(runs1.map((r) => r.wallMs))} ms click→rendered | — | < 1 s |`);
lines.push(`| full analysis 10 MiB, in Chromium | ${run10.totalMs.toFixed(0)} ms in worker, ${run10.wallMs} ms click→rendered | — | — |`);
lines.push(`| longest main-thread task during analysis | ${Math.max(...browser.app.runs.map((r) => r.longestTask)).toFixed(0)} ms (1 MiB: ${Math.max(...runs1.map((r) => r.longestTask)).toFixed(0)} ms) | — | ≤ 50 ms |`);
lines.push(`| first contentful paint | ${browser.app.fcp?.toFixed(0)} ms | — | — |`);
lines.push(`| navigation → analysis-ready | ${browser.app.ready.toFixed(0)} ms | jieba-wasm init ${browser.peer.initMs.toFixed(0)} ms + first cut ${browser.peer.firstCutMs.toFixed(0)} ms (blocks the page) | dictionary ready ≤ 150 ms after bytes |`);
if (ready) lines.push(`| dictionary: last byte → ready, in Chromium (first visit, served from 127.0.0.1: median of ${readySpread.length} cold loads, bench/ready.mjs) | ${ready.bytesToBuiltMs.toFixed(0)} ms (runs ${Math.min(...readySpread).toFixed(0)}–${Math.max(...readySpread).toFixed(0)}): inflate tail ${ready.inflateMs.toFixed(0)} + decode ${ready.decodeMs.toFixed(0)} + segmenter ${ready.segmenterMs.toFixed(0)} + lexicon ${ready.lexiconMs.toFixed(0)} ms (navigation → ready ${ready.readyMs.toFixed(0)} ms) | — | ≤ 150 ms after bytes |`);
if (repeat) lines.push(`| dictionary: last byte → ready, repeat visits (same profile: service-worker cache, V8's compiled-wasm cache; median of ${repeatSpread.length} reloads) | ${repeat.bytesToBuiltMs.toFixed(0)} ms (runs ${Math.min(...repeatSpread).toFixed(0)}–${Math.max(...repeatSpread).toFixed(0)}): inflate tail ${repeat.inflateMs.toFixed(0)} + decode ${repeat.decodeMs.toFixed(0)} + segmenter ${repeat.segmenterMs.toFixed(0)} ms (navigation → ready ${repeat.readyMs.toFixed(0)} ms) | — | ≤ 150 ms after bytes |`);
if (linked) lines.push(`| dictionary: last byte → ready, first visit over a 40 Mbit/s link (median of ${linkedSpread.length} cold loads) | ${linked.bytesToBuiltMs.toFixed(0)} ms (runs ${Math.min(...linkedSpread).toFixed(0)}–${Math.max(...linkedSpread).toFixed(0)}): inflate tail ${linked.inflateMs.toFixed(0)} + decode ${linked.decodeMs.toFixed(0)} + segmenter ${linked.segmenterMs.toFixed(0)} ms (navigation → ready ${linked.readyMs.toFixed(0)} ms) | — | ≤ 150 ms after bytes |`);
lines.push(`| dictionary build, native (asset → segmenter + IDF) | ${nativeDict.toFixed(0)} ms | — | — |`);
if (huge) lines.push(`| 50 MiB file (file picker), in Chromium | ${huge.crashed ? 'tab crashed' : huge.status}: ${(huge.wallMs / 1000).toFixed(1)} s to analysed${huge.totalMs ? `, ${(huge.totalMs / 1000).toFixed(1)} s in worker` : ''} | — | analysed without crashing the tab |`);
lines.push(`| bytes before first paint (brotli) | ${kb(sum(firstPaint, 'brotli'))} KiB | — | ≤ 250 KB |`);
lines.push(`| bytes to analysis-ready (brotli) | ${kb(sum(toReady, 'brotli'))} KiB | jieba-wasm wasm alone: ${kb(browser.peer.wasm.brotli)} KiB brotli | ≤ 1.5 MB |`);
const lexPath = path.join(dir, 'lexicon.json');
if (fs.existsSync(lexPath)) {
  const lex = JSON.parse(fs.readFileSync(lexPath, 'utf8'));
  const nativeNew = est('newwords/newwords_1MiB');
  lines.push(`| new-word discovery 1 MiB, native (criterion) | ${nativeNew.toFixed(1)} ms | — | — |`);
  lines.push(`| new-word discovery 1 MiB, in Chromium (worker) | ${lex.newwords.median.toFixed(1)} ms (${lex.newwords.candidates} candidates) | — | — |`);
  lines.push(`| user-dictionary change → segmenters rebuilt, in Chromium | ${lex.userDictRebuild.median.toFixed(1)} ms | jieba-rs has no delete (rebuild) | — |`);
}
lines.push('');
lines.push('| asset | raw KiB | gzip KiB | brotli KiB |');
lines.push('|---|---:|---:|---:|');
for (const a of assets.sort((x, y) => y.raw - x.raw)) lines.push(`| ${a.file} | ${kb(a.raw)} | ${kb(a.gzip)} | ${kb(a.brotli)} |`);
console.log(lines.join('\n'));
