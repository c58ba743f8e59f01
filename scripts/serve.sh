#!/usr/bin/env bash
# Installs whatever is missing, builds the app (release) and serves dist/ on
# http://127.0.0.1:${PORT:-8080}/ until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
exec node tests/e2e/serve.mjs dist "${PORT:-8080}" /
