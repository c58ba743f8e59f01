#!/usr/bin/env bash
# Benchmarks Wenxi against its peers in one run and prints a Markdown report
# (also written to target/bench/report.md). Installs what is missing first.
#   native: criterion over 1 MiB of clean sample text (segment, full analysis, dictionary build)
#   browser: dist/ in headless Chromium (bytes, first paint, ready, 1 MiB and 10 MiB analyses,
#            longest main-thread task) and npm jieba-wasm in the same browser on the same text
#   python: jieba from PyPI on the same text
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/bench
mkdir -p "$out"

echo "[bench] building" >&2
trunk build --release >"$out/trunk.log" 2>&1
cargo build --release --locked --bin wenxi >"$out/cargo.log" 2>&1

echo "[bench] corpus: clean sample text repeated to 1 MiB, 10 MiB and 50 MiB" >&2
"${CARGO_TARGET_DIR:-target}/release/wenxi" clean ../shared/samples/*.txt >"$out/clean.txt"
python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
clean = open(f"{out}/clean.txt", encoding="utf-8").read()
for name, size in (("corpus-1m.txt", 1 << 20), ("corpus-10m.txt", 10 << 20), ("corpus-50m.txt", 50 << 20)):
    text = clean
    while len(text.encode()) < size:
        text += clean
    open(f"{out}/{name}", "w", encoding="utf-8").write(text)
PY

echo "[bench] native (criterion)" >&2
WENXI_BENCH_CORPUS="$PWD/$out/corpus-1m.txt" cargo bench --locked --bench segment -- --noplot >"$out/criterion.log" 2>&1

echo "[bench] python jieba" >&2
if [ ! -x "$out/py/bin/python" ]; then python3 -m venv "$out/py"; fi
"$out/py/bin/python" -c "import jieba" 2>/dev/null || "$out/py/bin/pip" install -q jieba==0.42.1
"$out/py/bin/python" bench/jieba_py.py "$out/corpus-1m.txt" >"$out/python.json" 2>"$out/python.log"

echo "[bench] browser (app and jieba-wasm)" >&2
node bench/browser.mjs "$out/corpus-1m.txt" "$out/corpus-10m.txt" "$out/corpus-50m.txt" >"$out/browser.json"
node bench/ready.mjs 11 >"$out/ready.json"
node bench/bytes.mjs >"$out/bytes.json"

echo "[bench] browser: new-word discovery and user-dictionary rebuild" >&2
node bench/lexicon.mjs "$out/corpus-1m.txt" >"$out/lexicon.json"

node bench/report.mjs "$out" | tee "$out/report.md"
