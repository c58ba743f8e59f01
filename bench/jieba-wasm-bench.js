// The npm jieba-wasm package, used as its README shows, on the page's main
// thread: init, then cut the benchmark corpus. Results land on window.result.
import init, { cut } from './jieba-wasm/jieba_rs_wasm.js';

const corpus = await (await fetch('./corpus-1m.txt')).text();
const t0 = performance.now();
await init();
const t1 = performance.now();
cut('预热', true); // first cut builds the dictionary inside jieba-wasm
const t2 = performance.now();
const runs = [];
let tokens = 0;
for (let i = 0; i < 3; i += 1) {
  const s = performance.now();
  tokens = cut(corpus, true).length;
  runs.push(performance.now() - s);
}
window.result = { initMs: t1 - t0, firstCutMs: t2 - t1, runs, tokens, chars: [...corpus].length };
