#!/usr/bin/env bash
# Runs every test suite of Wenxi and ends with one line: `N passed, N failed`.
# Installs whatever is missing first (scripts/setup.sh, idempotent).
# Suites: rustfmt, clippy (host and wasm32), native cargo tests (core + CLI),
# wasm-bindgen tests in headless Chromium, trunk release build, Playwright e2e.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"

passed=0
failed=0
failures=()
log_dir=target/test-logs
mkdir -p "$log_dir"

# A suite that is one check: passes or fails as a whole.
check() {
  local name=$1; shift
  printf '== %s\n' "$name"
  if "$@" >"$log_dir/$name.log" 2>&1; then
    passed=$((passed + 1)); printf '   ok\n'
  else
    failed=$((failed + 1)); failures+=("$name"); printf '   FAILED (log: %s)\n' "$log_dir/$name.log"
    tail -n 40 "$log_dir/$name.log" | sed 's/^/   | /'
  fi
}

# A suite of many tests: counts its tests from the runner's summary lines.
counted() {
  local name=$1 kind=$2; shift 2
  printf '== %s\n' "$name"
  "$@" >"$log_dir/$name.log" 2>&1
  local rc=$? p=0 f=0
  if [ "$kind" = cargo ]; then
    p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$log_dir/$name.log" | awk '{s+=$4} END {print s+0}')
    f=$(grep -Eo '[0-9]+ failed;' "$log_dir/$name.log" | awk '{s+=$1} END {print s+0}')
  else
    p=$(grep -E '^# pass [0-9]+' "$log_dir/$name.log" | awk '{s+=$3} END {print s+0}')
    f=$(grep -E '^# fail [0-9]+' "$log_dir/$name.log" | awk '{s+=$3} END {print s+0}')
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # a build error counts as a failure
  passed=$((passed + p)); failed=$((failed + f))
  printf '   %s passed, %s failed\n' "$p" "$f"
  if [ "$f" -ne 0 ]; then
    failures+=("$name")
    grep -E 'panicked|FAILED|not ok|error(\[|:)|assert' "$log_dir/$name.log" | head -n 40 | sed 's/^/   | /'
  fi
}

check fmt cargo fmt --all --check
check clippy-host cargo clippy --all-targets --locked -- -D warnings
check clippy-wasm32 cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
counted cargo-test cargo cargo test --locked
counted wasm-test cargo cargo test --locked --target wasm32-unknown-unknown --test web
check trunk-build trunk build --release
counted e2e node node --test --test-concurrency=1 tests/e2e/

if [ ${#failures[@]} -gt 0 ]; then printf 'failed suites: %s\n' "${failures[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
