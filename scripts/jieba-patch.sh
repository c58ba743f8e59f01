#!/usr/bin/env bash
# Writes vendor/jieba-rs/WENXI.patch: the vendored jieba-rs against the
# upstream release it was taken from (fetched from crates.io into cargo's
# registry cache), so the fork's change reads as one patch.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' vendor/jieba-rs/Cargo.toml | head -n 1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src"
printf '[package]\nname = "upstream"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\njieba-rs = { version = "=%s", default-features = false }\n' "$version" > "$tmp/Cargo.toml"
echo 'fn main() {}' > "$tmp/src/main.rs"
(cd "$tmp" && cargo fetch -q)
upstream=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/jieba-rs-"$version" | head -n 1)
cd vendor
diff -ruN -x data -x .cargo_vcs_info.json -x .cargo-ok -x Cargo.toml.orig -x Cargo.lock -x WENXI.md -x WENXI.patch \
  -x benches -x examples -x tests -x LICENSE "$upstream" jieba-rs \
  | sed -e "s#$upstream#jieba-rs-$version#g" -E -e 's/^(---|\+\+\+) ([^\t]+)\t.*/\1 \2/' > jieba-rs/WENXI.patch || true
echo "vendor/jieba-rs/WENXI.patch: $(grep -c '^@@' jieba-rs/WENXI.patch) hunks"
