#!/usr/bin/env bash
# Times the daily-operation commands on a generated day (Docs/tools/generate-ops-day.py): each
# command RUNS times (default 3) with /usr/bin/time -v; prints one Markdown row per command with the
# median wall time, the largest peak RSS and the individual times, then the load average.
#
#   python3 Docs/tools/generate-ops-day.py --packages 100000 --out /tmp/opsday
#   swift build -c release --product s2slint
#   Docs/tools/time-ops-day.sh /tmp/opsday [RUNS]
#
# Run from the repository root. Reports go to a temporary folder; the exit code of each command
# (1: findings) is expected and ignored.
set -euo pipefail
DAY_DIR=${1:?usage: time-ops-day.sh DAY_DIR [RUNS]}
RUNS=${2:-3}
BIN=${S2SLINT:-.build/release/s2slint}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

declare -a NAMES=(
  "parse floor: python3 json.load / csv.reader of every file"
  "parse floor: s2slint inspect (read and recognise every file, one after another)"
  "reconcile --jurisdiction US-CA"
  "count --session CC-GEN (whole vault)"
  "receive (every incoming manifest of the day)"
  "report eod --count-session CC-GEN (markdown)"
)
declare -a CMDS=(
  "python3 -c 'import csv, glob, json, sys; [json.load(open(f)) for f in glob.glob(sys.argv[1] + \"/*/*.json\")]; [list(csv.reader(open(f))) for f in glob.glob(sys.argv[1] + \"/*/*.csv\")]' $DAY_DIR"
  "$BIN inspect $DAY_DIR/s2s $DAY_DIR/erp $DAY_DIR/scans --jurisdiction US-CA --format json"
  "$BIN reconcile $DAY_DIR/s2s $DAY_DIR/erp --jurisdiction US-CA --day 2026-11-30 --format json --output $OUT/reconcile.json"
  "$BIN count $DAY_DIR/s2s $DAY_DIR/erp $DAY_DIR/scans --jurisdiction US-CA --session CC-GEN --format json --output $OUT/count.json --hold-list $OUT/hold.csv"
  "$BIN receive $DAY_DIR/s2s $DAY_DIR/erp --jurisdiction US-CA --day 2026-11-30 --format json --output $OUT/receive.json --dispositions $OUT/receipt.csv"
  "$BIN report eod $DAY_DIR/s2s $DAY_DIR/erp $DAY_DIR/scans --jurisdiction US-CA --day 2026-11-30 --count-session CC-GEN --format markdown --output $OUT/eod.md"
)

echo "| command | median wall s | peak RSS MiB | runs (s) |"
echo "|---|---:|---:|---|"
for k in "${!CMDS[@]}"; do
  walls=(); rss=0
  for _ in $(seq "$RUNS"); do
    eval "/usr/bin/time -v -o $OUT/time.txt ${CMDS[$k]}" >/dev/null 2>&1 || true
    if ! grep -q "Exit status: [01]$" "$OUT/time.txt"; then echo "failed: ${CMDS[$k]}" >&2; cat "$OUT/time.txt" >&2; exit 2; fi
    w=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$OUT/time.txt")
    m=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$OUT/time.txt")
    walls+=("$w"); if (( m > rss )); then rss=$m; fi
  done
  median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  echo "| ${NAMES[$k]} | $median | $(( rss / 1024 )) | ${walls[*]} |"
done
echo
echo "load: $(uptime | sed 's/.*load average/load average/')"
