#!/usr/bin/env bash
# Renders the HTML report of the bundled California example (and the end-of-day report of
# Examples/ops) and screenshots them with headless
# Chromium (apt-get install -y chromium) into Docs/report-screenshot.png.
# Usage: Docs/tools/report-screenshot.sh [path/to/s2slint]
set -euo pipefail
cd "$(dirname "$0")/../.."
S2SLINT="${1:-.build/debug/s2slint}"
OUT="$(mktemp -d)"
"$S2SLINT" check Examples/us-ca/manifests/*.json --jurisdiction US-CA --no-config \
  --inventory Examples/us-ca/packages --licenses Examples/us-ca/licenses.csv \
  --lab-results Examples/us-ca/lab_results.json --format html --output "$OUT/report.html" || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,2600 \
  --screenshot="$PWD/Docs/report-screenshot.png" "file://$OUT/report.html" 2>/dev/null
echo "wrote Docs/report-screenshot.png from $OUT/report.html"

# The end-of-day report of the example day (Examples/ops), with its charts.
"$S2SLINT" report eod Examples/ops/s2s Examples/ops/erp Examples/ops/scans --jurisdiction US-CA --day 2026-11-30 \
  --count-session CC-2026-11-30-A --location VAULT-A --location VAULT-B --location VAULT-C \
  --format html --output "$OUT/eod.html" >/dev/null || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,2400 \
  --screenshot="$PWD/Docs/eod-screenshot.png" "file://$OUT/eod.html" 2>/dev/null
echo "wrote Docs/eod-screenshot.png from $OUT/eod.html"
