#!/usr/bin/env bash
# Three cold runs of bench/run.sh, one after the other, and each row's figures side by side with
# their spread: a figure is a result only when it holds across fresh starts.
#
#   bash bench/spread.sh
#
# Environment: as bench/run.sh (BENCH_OUT is set per run: bench/results/run-1.md … run-3.md).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_RUNS:-3}
files=()
for i in $(seq 1 "$runs"); do
  printf '\n==== run %s of %s\n' "$i" "$runs" >&2
  BENCH_OUT=bench/results/run-$i.md bash bench/run.sh
  files+=("bench/results/run-$i.md")
done
# Column 2 of every table row (req/s, or the measured figure of a target), per run; then min–max.
awk -F'|' '
  /^\| [`a-z\/]/ && $2 !~ /target/ {
    name = $2; gsub(/^ +| +$/, "", name); value = $3; gsub(/ /, "", value)
    if (!(name in seen)) { order[++n] = name; seen[name] = 1 }
    values[name] = values[name] (values[name] == "" ? "" : " · ") value
    # A number as the table prints it ("21334.0" too, which value + 0 == value took for text).
    if (value ~ /^[0-9]+(\.[0-9]+)?$/) {
      if (!(name in low) || value + 0 < low[name]) low[name] = value + 0
      if (!(name in high) || value + 0 > high[name]) high[name] = value + 0
    }
  }
  END {
    print "| row | per run | spread |"; print "|---|---|---:|"
    for (i = 1; i <= n; i++) {
      name = order[i]
      spread = (name in low && low[name] > 0) ? sprintf("%.0f %%", (high[name] - low[name]) * 100 / low[name]) : "-"
      print "| " name " | " values[name] " | " spread " |"
    }
  }' "${files[@]}" | tee bench/results/spread.md
