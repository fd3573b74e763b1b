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
rm -rf .reports && mkdir -p .reports
echo "▸ unit tests";      npx vitest run --reporter=default --reporter=json --outputFile=.reports/unit.json
echo "▸ build";           npx tsx scripts/build.ts
echo "▸ size budgets";    npx tsx scripts/budgets.ts
# A free port for the test server, so a preview left running on 4173 never clashes with it.
E2E_PORT="${E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
export E2E_PORT
echo "▸ browser tests (port $E2E_PORT)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/e2e.json npx playwright test --reporter=list,json
echo "▸ summary";         npx tsx scripts/test-summary.ts
