#!/usr/bin/env bash
# The README's test command: builds the web app (the browser tests drive it), runs the whole suite once, and prints
# the plain "N passed, N failed" line CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -f web/index.html ]; then
  npm run --silent build:web || { echo "0 passed, 1 failed"; exit 1; }
fi

rm -f .ci-vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.ci-vitest.json "$@"
rc=$?
if [ -f .ci-vitest.json ]; then
  node -e 'const r=require("./.ci-vitest.json");console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests+r.numTodoTests} skipped`)'
else
  echo "0 passed, 1 failed"
  [ "$rc" -eq 0 ] && rc=1
fi
exit $rc
