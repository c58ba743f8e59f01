#!/usr/bin/env bash
# Installs whatever Wenxi needs that is missing. Idempotent: every step is
# skipped when its tool is already present. Uses only the package registries
# (Debian, crates.io, npm, PyPI). See shared TOOLCHAIN notes in README.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.22.1
BINARYEN_VERSION=132.0.0


log() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

need_apt=()
command -v clang >/dev/null 2>&1 || need_apt+=(clang)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need_apt+=(fonts-wqy-microhei)
command -v brotli >/dev/null 2>&1 || need_apt+=(brotli)
command -v parallel >/dev/null 2>&1 || need_apt+=(parallel)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
# PDF tests (issue 16): LibreOffice writes one of the real-producer PDFs
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v trunk >/dev/null 2>&1; then
  log "cargo install trunk $TRUNK_VERSION (about 11 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/jieba-wasm ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  log "npm ci (binaryen, playwright-core, jieba-wasm, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
log "toolchain ready"
