#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lock file,
# so that `npm start` and `npm test` work on a fresh clone with nothing else typed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
