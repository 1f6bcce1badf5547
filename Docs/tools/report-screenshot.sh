#!/usr/bin/env bash
# Renders the HTML report of the bundled California example and screenshots it with headless
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
