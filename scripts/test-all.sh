#!/usr/bin/env bash
# npm test — every check, in the order that fails fastest: static checks, unit tests, the build
# with its content check, size budgets, then the browser tests against the built app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh

echo "▸ lint";            npx eslint . --max-warnings 0
echo "▸ typecheck";       npm run -s typecheck
echo "▸ content check";   npx tsx scripts/content-check.ts
echo "▸ unit tests";      npx vitest run
echo "▸ build";           npx tsx scripts/build.ts
echo "▸ size budgets";    npx tsx scripts/budgets.ts
echo "▸ browser tests";   npx playwright test
