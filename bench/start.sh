#!/usr/bin/env bash
# Cold start: milliseconds from `java -jar` to the first 200 of `/`, with and without the bundle's
# class-data sharing archive, alternating, in one run (compare the ratio, not the figures: other
# work on the machine moves both alike). Also the CPU time the JVM had used by then, which other
# work on a shared machine disturbs far less than the wall clock. Prints one line per start and a
# summary.
#
#   bash bench/start.sh                     # an empty embedded H2 database for every start
#   SDB_DATABASE_URI=postgresql://postgres@127.0.0.1:5432/sdb_bench bash bench/start.sh
#
# Needs the bundle and its archive: mvn -B -q package -DskipTests (the archive is made by the
# build). Environment: START_RUNS (3 per mode), START_PORT (18490), BENCH_BUNDLE (the bundle jar;
# its archive is the same path ending in .jsa), START_TIMEOUT_S (1200), START_ARGS (more options for
# the bundle, e.g. "--clustername sdb-start-pg" to keep two runs at once out of each other's grid).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bundle=${BENCH_BUNDLE:-$root/web-module/target/status-dashboard-microbundle.jar}
archive=${bundle%.jar}.jsa
runs=${START_RUNS:-3}
port=${START_PORT:-18490}
timeout_s=${START_TIMEOUT_S:-1200}
ticks=$(getconf CLK_TCK)
read -r -a extra <<<"${START_ARGS:-}"
work=$(mktemp -d /tmp/sdb-start.XXXXXX)
[ -f "$bundle" ] || { echo "no bundle at $bundle: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -f "$archive" ] || { echo "no archive at $archive: build without -Dcds.skip" >&2; exit 1; }

pid=
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

# One start: prints the milliseconds to the first 200 of / and the JVM's CPU milliseconds (user +
# system) at that moment, then stops the dashboard.
start_once() { # mode run
  local mode=$1 run=$2 dir=$work/$1-$2 flags=()
  mkdir -p "$dir"
  [ "$mode" = with ] && flags=(-XX:SharedArchiveFile="$archive")
  local started
  started=$(date +%s%N)
  (cd "$dir" && exec java "${flags[@]}" -jar "$bundle" --port "$port" "${extra[@]}" >"$dir/dashboard.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    if ! kill -0 "$pid" 2>/dev/null || (( ($(date +%s%N) - started) / 1000000000 > timeout_s )); then
      # This runs in a command substitution, where the script's exit trap does not: stop it here.
      kill "$pid" 2>/dev/null || true
      tail -30 "$dir/dashboard.log" >&2; echo "the dashboard did not start ($mode $run)" >&2; exit 1
    fi
    sleep 0.1
  done
  local wall=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "$wall $(awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$pid/stat")"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  # The archive was used only if the JVM did not warn that it could not map it.
  if [ "$mode" = with ] && grep -q "Unable to use shared archive" "$dir/dashboard.log"; then
    echo "the archive was not used ($mode $run): $(grep -m1 'shared archive' "$dir/dashboard.log")" >&2; exit 1
  fi
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A times=([with]="" [without]="") cpu=([with]="" [without]="")
loads=()
for run in $(seq 1 "$runs"); do
  # Alternating, and in a different order each round, so a burst of other load hits both modes.
  if (( run % 2 )); then order=(without with); else order=(with without); fi
  for mode in "${order[@]}"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    loads+=("$load")
    read -r ms cpu_ms <<<"$(start_once "$mode" "$run")"
    times[$mode]+="$ms "
    cpu[$mode]+="$cpu_ms "
    printf 'start %d %-8s %6d ms, CPU %6d ms  (load average %s)\n' "$run" "$mode" "$ms" "$cpu_ms" "$load"
  done
done
with=$(tr ' ' '\n' <<<"${times[with]}" | grep . | median)
without=$(tr ' ' '\n' <<<"${times[without]}" | grep . | median)
cpu_with=$(tr ' ' '\n' <<<"${cpu[with]}" | grep . | median)
cpu_without=$(tr ' ' '\n' <<<"${cpu[without]}" | grep . | median)
printf 'database: %s; %d cores; load average %s\n' "${SDB_DATABASE_URI:-empty embedded H2}" "$(nproc)" \
  "$(printf '%s\n' "${loads[@]}" | sort -n | sed -n '1p;$p' | paste -sd- -)"
printf 'first page after java -jar, median of %d: without the archive %d ms (%s), with it %d ms (%s); ratio %s\n' \
  "$runs" "$without" "${times[without]% }" "$with" "${times[with]% }" \
  "$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a / b }')"
printf 'CPU time by then, median: without %d ms, with %d ms; ratio %s\n' "$cpu_without" "$cpu_with" \
  "$(awk -v a="$cpu_with" -v b="$cpu_without" 'BEGIN { printf "%.2f", a / b }')"
rm -rf "$work"
