#!/usr/bin/env bash
# The long property-test round (issue 9): every property of tests/props.rs
# (decoder on arbitrary bytes, cleaning spans, whole analysis, CSV/JSON
# exports, SVG escaping) and the extraction property of tests/extract.rs,
# each with PROPTEST_CASES inputs (default 1 000 000, so ≥ 6 M in all).
# Prints one line per property with its case count, time and result, and a
# total; exit status is non-zero when any property fails.
#
#   bash scripts/fuzz.sh            # 1 000 000 cases per property
#   CASES=10000 bash scripts/fuzz.sh
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cases=${CASES:-1000000}
# Build once and run the test binaries themselves, so editing sources while
# the round runs cannot rebuild it half-way.
declare -A bin
while read -r name path; do bin[$name]=$path; done < <(
  cargo test --release --locked --no-run --test props --test extract 2>&1 |
    sed -nE 's#.*Executable tests/([a-z_]+)\.rs \((.*)\)#\1 \2#p')
[ -n "${bin[props]:-}" ] && [ -n "${bin[extract]:-}" ] || { echo "build failed"; exit 1; }
snap=$(mktemp -d)
trap 'rm -rf "$snap"' EXIT
for k in props extract; do cp "${bin[$k]}" "$snap/$k"; bin[$k]=$snap/$k; done

props=(
  "props decode_never_panics"
  "props clean_spans_are_true"
  "props analysis_is_total"
  "props exports_are_reserialisable"
  "props cloud_svg_escapes_terms"
  "extract total_on_any_input"
)
total=0
failed=0
start_all=$(date +%s)
echo "fuzz round: $cases cases per property, $(nproc) cores, $(date -u +%FT%TZ)"
for p in "${props[@]}"; do
  set -- $p
  t0=$(date +%s.%N)
  if PROPTEST_CASES=$cases "${bin[$1]}" --exact "$2" >"target/fuzz-$2.log" 2>&1 \
    && grep -q '^test result: ok. 1 passed' "target/fuzz-$2.log"; then
    result=ok
    total=$((total + cases))
  else
    result=FAILED
    failed=$((failed + 1))
  fi
  t1=$(date +%s.%N)
  printf '%-10s %-30s %9d cases %8.1f s  %s\n' "$1" "$2" "$cases" "$(echo "$t1 - $t0" | bc)" "$result"
done
echo "total: $total inputs passed, $failed properties failed, $(( $(date +%s) - start_all )) s"
[ "$failed" -eq 0 ]
