#!/usr/bin/env bash
# PostgreSQL restarts in the middle of a status-report storm.
#
#   bash bench/faults/pg-restart.sh
#
# Starts a PostgreSQL of its own (bench/faults/pg-instance.sh: the machine's shared cluster is never
# stopped), the bundle on it with a catalog of FAULT_COMPONENTS components, then FAULT_CLIENTS
# clients that each report one component after the other (every report a new component, so an
# accepted report must leave that component in the incident the answer names), and a visitor who
# opens / five times a second. After FAULT_BEFORE seconds PostgreSQL is stopped (fast shutdown: open
# connections are cut) for FAULT_OUTAGE seconds, then started again; the storm goes on for
# FAULT_AFTER seconds. Prints the answers by status code before, during and after the outage, the
# time from PostgreSQL being back to the first accepted report, and checks that every report
# answered 201 is in the database. Exits non-zero when a report got a 5xx other than 503, a 503
# came without Retry-After, a visitor got an error, recovery took 10 s or more, or a 201 is missing.
#
# Environment: FAULT_CLIENTS (8), FAULT_COMPONENTS (3000), FAULT_BEFORE (10), FAULT_OUTAGE (8),
# FAULT_AFTER (20), PG_FAULTS_PORT (55432), PG_FAULTS_DIR (/tmp/pg-faults), FAULT_PORT (18490),
# FAULT_BUNDLE (web-module/target/status-dashboard-microbundle.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."

clients=${FAULT_CLIENTS:-8}
components=${FAULT_COMPONENTS:-3000}
before=${FAULT_BEFORE:-10}
outage=${FAULT_OUTAGE:-8}
after=${FAULT_AFTER:-20}
pg_port=${PG_FAULTS_PORT:-55432}
port=${FAULT_PORT:-18490}
secret=fault-test-secret-key
bundle=$(realpath -m "${FAULT_BUNDLE:-web-module/target/status-dashboard-microbundle.jar}")
pg=bench/faults/pg-instance.sh
work=$(mktemp -d /tmp/sdb-faults.XXXXXX)
base=http://127.0.0.1:$port
database=sdb_faults_storm
psql_db() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$database" -tAq "$@"; }

log() { printf '== %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }

cleanup() {
  touch "$work/stop" 2>/dev/null || true
  if [ -n "${dashboard_pid:-}" ]; then kill "$dashboard_pid" 2>/dev/null || true; wait "$dashboard_pid" 2>/dev/null || true; fi
  bash "$pg" start >/dev/null 2>&1 || true
}
trap cleanup EXIT

[ -f "$bundle" ] || { log "building the bundle"; mvn -B -q package -DskipTests; }
export PG_FAULTS_PORT=$pg_port
bash "$pg" start
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"

{
  echo "components:"
  for i in $(seq 1 "$components"); do
    echo "  - name: Fault service $i"
    echo "    attributes: {region: EU-FAULT, category: Storm, type: fault$i}"
  done
} >"$work/catalog.yaml"

log "starting the bundle on PostgreSQL port $pg_port (log: $work/dashboard.log)"
(cd "$work" && SDB_DATABASE_URI="postgresql://postgres@127.0.0.1:$pg_port/$database" SDB_SECRET_KEY=$secret \
  SDB_CATALOG_FILE="$work/catalog.yaml" SDB_ADMIN_PASSWORD=fault-test-admin \
  exec java -jar "$bundle" --port "$port" --clusterMode "tcpip:127.0.0.1:$((port + 100))" \
    --startport "$((port + 100))" --clusterName "sdb-faults-$$" >"$work/dashboard.log" 2>&1) &
dashboard_pid=$!
started=$(now_ms)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true)" = 200 ]; do
  kill -0 "$dashboard_pid" 2>/dev/null || { tail -n 40 "$work/dashboard.log"; exit 1; }
  [ $(($(now_ms) - started)) -lt 1200000 ] || { log "not ready within 20 minutes"; exit 1; }
  sleep 1
done
log "ready after $(( ($(now_ms) - started) / 1000 )) s"

token=$(SDB_SECRET_KEY=$secret scripts/post-status.sh --token)

report() { # component impact headers-file body-file -> status code, 000 when no answer
  curl -s -m 30 -o "$4" -D "$3" -w '%{http_code}' -X POST "$base/api/v1/component_status" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Fault service $1\",\"impact\":$2,\"attributes\":[{\"name\":\"region\",\"value\":\"EU-FAULT\"}]}" \
    || true
}

# A fresh JVM renders and decides slowly: warm it up on components the storm leaves alone.
storm_components=$((components - clients))
log "warming up"
for i in $(seq 1 "$clients"); do
  report "$((storm_components + i))" $((i % 3 + 1)) /dev/null /dev/null >/dev/null
  curl -s -m 60 -o /dev/null "$base/" || true
  curl -s -m 60 -o /dev/null "$base/api/v1/incidents" || true
done

# One client: components client, client + clients, ... ; one line per answer:
# start-ms end-ms status component incident-id retry-after
storm_client() {
  local client=$1 component=$1 out="$work/storm-$1.log" impact code id retry t0
  while [ ! -f "$work/stop" ] && [ "$component" -le "$storm_components" ]; do
    impact=$(( component % 3 + 1 ))
    t0=$(now_ms)
    code=$(report "$component" "$impact" "$work/headers-$client" "$work/body-$client")
    id=$(grep -o '"id":[0-9]*' "$work/body-$client" 2>/dev/null | head -n 1 | cut -d: -f2 || true)
    retry=$(grep -i '^retry-after:' "$work/headers-$client" 2>/dev/null | tr -dc '0-9' || true)
    echo "$t0 $(now_ms) ${code:-000} $component ${id:--} ${retry:--}" >>"$out"
    # An answered report is done; a refused one is sent again after a pause, as monitoring would.
    if [ "$code" = 503 ]; then sleep 0.5; else component=$((component + clients)); fi
    rm -f "$work/body-$client" "$work/headers-$client"
  done
}

visitor() {
  while [ ! -f "$work/stop" ]; do
    local t0 code; t0=$(now_ms)
    code=$(curl -s -m 30 -o /dev/null -D "$work/visitor-headers" -w '%{http_code}' "$base/" || true)
    echo "$t0 ${code:-000} $(grep -i '^x-cache:' "$work/visitor-headers" | tr -d '\r' | cut -d' ' -f2)" >>"$work/visitor.log"
    sleep 0.2
  done
}

log "storm: $clients clients for ${before}s, PostgreSQL down for ${outage}s, then ${after}s more"
for client in $(seq 1 "$clients"); do storm_client "$client" & done
visitor &
sleep "$before"
down_at=$(now_ms)
bash "$pg" stop
sleep "$outage"
bash "$pg" start
up_at=$(now_ms)
log "PostgreSQL stopped $(( (up_at - down_at) / 1000 )) s"
sleep "$after"
touch "$work/stop"
wait $(jobs -p | grep -v "^$dashboard_pid$") 2>/dev/null || true

cat "$work"/storm-*.log >"$work/storm.log"
phase() { # lines of the storm whose answer came in the given window
  awk -v from="$1" -v to="$2" '$2 >= from && $2 < to' "$work/storm.log"
}
by_code() { awk '{print $3}' | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}'; }
echo
echo "Reports before the outage: $(phase 0 "$down_at" | by_code)"
echo "Reports during the outage: $(phase "$down_at" "$up_at" | by_code)"
echo "Reports after the outage:  $(phase "$up_at" 9999999999999 | by_code)"
first_ok=$(awk -v up="$up_at" '$1 >= up && $3 != 503 {print $2}' "$work/storm.log" | sort -n | head -n 1)
recovery_ms=$(( ${first_ok:-$((up_at + 999999))} - up_at ))
echo "First report accepted $recovery_ms ms after PostgreSQL was back"
echo "Visitors on / during the outage: $(awk -v from="$down_at" -v to="$up_at" '$1 >= from && $1 < to {print $2 "(" $3 ")"}' "$work/visitor.log" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')"
echo "Visitors on / overall: $(awk '{print $2}' "$work/visitor.log" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')"

accepted=$(awk '$3 == 201' "$work/storm.log" | wc -l)
awk '$3 == 201 {print $4 "," $5}' "$work/storm.log" >"$work/accepted.csv"
psql_db -c "CREATE TEMP TABLE accepted(component_no int, incident_id int)" \
  -c "\\copy accepted FROM '$work/accepted.csv' CSV" \
  -c "SELECT COUNT(*) FROM accepted a WHERE NOT EXISTS (SELECT 1 FROM incident_component_relation r
        JOIN component c ON c.id = r.component_id
        WHERE r.incident_id = a.incident_id AND c.name = 'Fault service ' || a.component_no)" >"$work/missing"
missing=$(tail -n 1 "$work/missing")
echo "Reports answered 201: $accepted; missing from the database: $missing"

failed=0
bad=$(awk '$3 != 201 && $3 != 409 && $3 != 503' "$work/storm.log" | wc -l)
[ "$bad" = 0 ] || { echo "FAIL: $bad reports answered neither 201, 409 nor 503"; failed=1; }
no_retry=$(awk '$3 == 503 && $6 == "-"' "$work/storm.log" | wc -l)
[ "$no_retry" = 0 ] || { echo "FAIL: $no_retry answers 503 without Retry-After"; failed=1; }
visitor_errors=$(awk '$2 != 200' "$work/visitor.log" | wc -l)
[ "$visitor_errors" = 0 ] || { echo "FAIL: $visitor_errors visits of / not answered 200"; failed=1; }
[ "$recovery_ms" -lt 10000 ] || { echo "FAIL: recovered after $recovery_ms ms"; failed=1; }
[ "$missing" = 0 ] || { echo "FAIL: $missing accepted reports are not in the database"; failed=1; }
[ "$accepted" -gt 0 ] || { echo "FAIL: no report accepted"; failed=1; }
[ "$failed" = 0 ] && echo "OK" && rm -rf "$work"
exit "$failed"
