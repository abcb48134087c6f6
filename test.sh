#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh Debian machine, builds, runs every test
# (domain, service, bUnit, browser) and ends with a plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Browser tests drive Debian's chromium (Playwright's own browser download needs the internet);
# a CJK font makes Chinese text render in screenshots.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; then
  echo "Installing chromium and fonts-wqy-microhei…"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei fontconfig >/dev/null
fi

dotnet tool restore >/dev/null || exit 1
dotnet build SalesCrm.sln -nologo -clp:ErrorsOnly || exit 1

results=TestResults
rm -rf "$results"
started=$(date +%s)
dotnet test SalesCrm.sln --no-build -nologo --logger "trx;LogFileName=results.trx" --results-directory "$results" --blame-hang-timeout 5min
status=$?
elapsed=$(( $(date +%s) - started ))

trx=$(find "$results" -name '*.trx' | head -n 1)
if [ -n "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  failed=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  echo "${passed:-0} passed, ${failed:-0} failed (${elapsed} s)"
else
  echo "0 passed, 1 failed (no test results: the test run did not start)"
  status=1
fi
exit $status
