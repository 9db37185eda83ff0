#!/usr/bin/env bash
# Live (uncached) latency of API v2's reads and of /availability on the benchmark's dataset:
#
#   bash bench/v2-events.sh [base-url [second-base-url]]
#
# Without a base URL it starts the bundle itself (web-module/target/status-dashboard-microbundle.jar,
# or BENCH_BUNDLE) with the response cache off (SDB_CACHE_DEFAULT_TIMEOUT=0), on the PostgreSQL
# database BENCH_DB (sdb_v2bench), which it fills with bench/GenerateDataset.java when it does not
# exist yet (1,000 components, 50,000 events, as bench/run.sh). Given a base URL, it measures a
# dashboard already running that way; given two (say an older build on a copy of the dataset made
# with the same seed, and a newer one), it alternates every request between them, so both face the
# same load on a shared machine, and prints the ratio of their medians.
#
# Per URL: BENCH_WARMUP (30) requests, then BENCH_RUNS (3) runs of BENCH_SAMPLES (20) sequential
# requests with curl, one after the other; it prints each run's median and the median of the three.
# BENCH_ONLY, a regular expression, keeps the reads whose path matches it.
# "/availability after a report" posts a status report (API v1, the monitoring token) before every
# request, untimed, so each timed request renders the page right after a write.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

pg_host=${BENCH_PGHOST:-127.0.0.1:5432}
pg_user=${BENCH_PGUSER:-postgres}
db=${BENCH_DB:-sdb_v2bench}
pg=postgresql://$pg_user@$pg_host
warmup=${BENCH_WARMUP:-30}
samples=${BENCH_SAMPLES:-20}
runs=${BENCH_RUNS:-3}
port=${BENCH_PORT:-18580}
secret=bench-secret-key-for-the-monitoring-api
bundle=$(realpath "${BENCH_BUNDLE:-web-module/target/status-dashboard-microbundle.jar}")

log() { printf '== %s\n' "$*" >&2; }

base=${1:-}
bases=("$@")
if [ -z "$base" ]; then
  if [ "$(psql -tA "$pg/postgres" -c "SELECT COUNT(*) FROM pg_database WHERE datname = '$db'")" = 0 ]; then
    log "creating $db"
    psql -q "$pg/postgres" -c "CREATE DATABASE $db"
    drivers=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
    java -cp "$drivers" bench/GenerateDataset.java --url "jdbc:postgresql://$pg_host/$db?user=$pg_user"
  fi
  work=$(mktemp -d /tmp/sdb-v2bench.XXXXXX)
  cleanup() {
    if [ -n "${dashboard_pid:-}" ]; then kill "$dashboard_pid" 2>/dev/null || true; wait "$dashboard_pid" 2>/dev/null || true; fi
  }
  trap cleanup EXIT
  log "starting $bundle on $db, cache off"
  (cd "$work" && SDB_DATABASE_URI="$pg/$db" SDB_SECRET_KEY="$secret" SDB_ADMIN_PASSWORD=bench \
    SDB_CACHE_DEFAULT_TIMEOUT=0 exec java -jar "$bundle" --port "$port" --nocluster >"$work/dashboard.log" 2>&1) &
  dashboard_pid=$!
  base=http://127.0.0.1:$port
  until curl -fs -o /dev/null "$base/v2/components"; do
    kill -0 "$dashboard_pid" 2>/dev/null || { tail -50 "$work/dashboard.log"; echo "the dashboard did not start" >&2; exit 1; }
    sleep 0.5
  done
  bases=("$base")
fi

components=$(psql -tA "$pg/$db" -c "SELECT string_agg(id::text, ',') FROM (SELECT id FROM component ORDER BY id LIMIT 3) c")
token=$(SDB_SECRET_KEY=$secret bash -c '
  base64url() { openssl base64 -A | tr "+/" "-_" | tr -d "="; }
  h=$(printf "{\"alg\":\"HS256\",\"typ\":\"JWT\"}" | base64url)
  p=$(printf "{\"stackmon\":\"bench\",\"iat\":%s}" "$(date +%s)" | base64url)
  s=$(printf "%s.%s" "$h" "$p" | openssl dgst -sha256 -hmac "$SDB_SECRET_KEY" -binary | base64url)
  echo "$h.$p.$s"')

# Each report names the next component that is in no open or coming event with impact 1, so each is
# a change the dashboard writes (the component joins the open system incident), never a refusal. Counters
# per dashboard, in files: samples run in subshells.
mapfile -t reportable < <(psql -tA "$pg/$db" -c "SELECT c.name || '|' || a.value FROM component c
  JOIN component_attribute a ON a.component_id = c.id AND a.name = 'region'
  WHERE NOT EXISTS (SELECT 1 FROM incident_component_relation r JOIN incident i ON i.id = r.incident_id
    WHERE r.component_id = c.id AND (i.end_date IS NULL OR i.end_date > now())) ORDER BY c.id")
counters=$(mktemp -d /tmp/sdb-v2bench-reports.XXXXXX)
report() { # base
  local counter=$counters/${1//[^a-zA-Z0-9]/_} next code
  next=$(cat "$counter" 2>/dev/null || echo 0)
  echo $(( next + 1 )) >"$counter"
  local component=${reportable[next]}
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$1/api/v1/component_status" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"${component%%|*}\",\"impact\":1,\"attributes\":[{\"name\":\"region\",\"value\":\"${component##*|}\"}]}")
  [[ $code == 201 ]] || { echo "status report on ${component%%|*} answered $code (is SDB_SECRET_KEY $secret?)" >&2; return 1; }
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

sample() { # base path [command run with the base before the request, not timed]
  local url=$1$2 before=${3:-} line
  if [ -n "$before" ]; then $before "$1"; fi
  line=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$url")
  [ "${line% *}" = 200 ] || { echo "$url answered ${line% *}" >&2; return 1; }
  awk -v s="${line#* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

measure() { # name path [command run with the base before each request]
  local name=$1 path=$2 before=${3:-} i row="| $1 |" medians=()
  [[ $path =~ ${BENCH_ONLY:-.} ]] || return 0
  local times=()
  for i in "${!bases[@]}"; do times[i]=$(mktemp /tmp/sdb-v2bench-times.XXXXXX); done
  for _ in $(seq "$warmup"); do
    for b in "${bases[@]}"; do sample "$b" "$path" "$before" >/dev/null; done
  done
  local runs_of=()
  for _ in $(seq "$runs"); do
    for i in "${!bases[@]}"; do : >"${times[i]}"; done
    for _ in $(seq "$samples"); do
      for i in "${!bases[@]}"; do sample "${bases[i]}" "$path" "$before" >>"${times[i]}"; done
    done
    for i in "${!bases[@]}"; do runs_of[i]="${runs_of[i]:-}$(median <"${times[i]}") "; done
  done
  for i in "${!bases[@]}"; do
    medians[i]=$(printf '%s\n' ${runs_of[i]} | median)
    row="$row ${runs_of[i]% } | ${medians[i]} |"
    rm -f "${times[i]}"
  done
  if [ ${#bases[@]} = 2 ]; then
    row="$row $(awk -v a="${medians[0]}" -v b="${medians[1]}" 'BEGIN { printf "%.2f", b / a }') |"
  fi
  echo "$row"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo
if [ ${#bases[@]} = 2 ]; then
  echo "| live read (median of $samples after $warmup warm-up requests) | ${bases[0]}: ms per run | median ms | ${bases[1]}: ms per run | median ms | ratio |"
  echo "|---|---|---:|---|---:|---:|"
else
  echo "| live read (median of $samples after $warmup warm-up requests) | ms per run | median ms |"
  echo "|---|---|---:|"
fi
measure '`/v2/events?type=incident&limit=50`' "/v2/events?type=incident&limit=50"
measure '`/v2/events?limit=50`' "/v2/events?limit=50"
measure '`/v2/events?type=incident&limit=50&page=100`' "/v2/events?type=incident&limit=50&page=100"
measure "\`/v2/events?components=$components&limit=50\`" "/v2/events?components=$components&limit=50"
measure '`/v2/events?active=true&limit=50`' "/v2/events?active=true&limit=50"
measure '`/v2/availability`' "/v2/availability"
measure '`/availability`' "/availability"
measure '`/availability` right after a status report' "/availability" report
rm -rf "$counters"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
