// The corpus batch the pool benchmarks analyse: `count` documents of 1 MiB
// built from the shared samples (bench/pool.mjs, bench/trace-batch.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, '../shared/samples');
const MIB = 1 << 20;

/** `count` documents of 1 MiB (cut at a character), each starting at another
 * sample, as Playwright file payloads. */
export function batchDocs(count) {
  const texts = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
  return Array.from({ length: count }, (_, i) => {
    const parts = [];
    let size = 0;
    for (let k = i; size < MIB; k++) {
      parts.push(texts[k % texts.length]);
      size += Buffer.byteLength(texts[k % texts.length]) + 1;
    }
    const buf = Buffer.from(parts.join('\n'));
    let end = MIB;
    while ((buf[end] & 0xc0) === 0x80) end--;
    return { name: `doc-${String(i).padStart(2, '0')}.txt`, mimeType: 'text/plain', buffer: buf.subarray(0, end) };
  });
}
