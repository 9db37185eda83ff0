#!/usr/bin/env bash
# One of two clustered instances is killed (kill -9) under load.
#
#   bash bench/faults/cluster-kill.sh
#
# Starts a PostgreSQL of its own (bench/faults/pg-instance.sh) and two bundles on it, A and B, in one
# Hazelcast data grid (tcpip members, as docs/operations.md §5 shows), with a catalog of
# FAULT_COMPONENTS components. Load: FAULT_VISITORS curl loops per instance on / and the v1 API, and
# one monitoring client reporting a new component every time through A. After FAULT_BEFORE seconds
# B is killed with SIGKILL; the load goes on for FAULT_AFTER seconds; then B is started again.
# Prints the answers by instance and phase, and checks: no error on A at any time, every report
# answered 201 is in the database in the incident its answer named, and after a report through A
# both instances serve the same / (same ETag and body) within 2 s. Exits non-zero otherwise.
#
# Environment: FAULT_VISITORS (2), FAULT_COMPONENTS (500), FAULT_BEFORE (15), FAULT_AFTER (20),
# FAULT_PORT (18690; B uses FAULT_PORT+1), PG_FAULTS_PORT (55432), PG_FAULTS_DIR (/tmp/pg-faults),
# FAULT_BUNDLE (web-module/target/status-dashboard-microbundle.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."

visitors=${FAULT_VISITORS:-2}
components=${FAULT_COMPONENTS:-500}
before=${FAULT_BEFORE:-15}
after=${FAULT_AFTER:-20}
pg_port=${PG_FAULTS_PORT:-55432}
port=${FAULT_PORT:-18690}
secret=cluster-kill-secret-key
bundle=$(realpath -m "${FAULT_BUNDLE:-web-module/target/status-dashboard-microbundle.jar}")
pg=bench/faults/pg-instance.sh
work=$(mktemp -d /tmp/sdb-cluster-kill.XXXXXX)
database=sdb_faults_cluster
grid="tcpip:127.0.0.1:$((port + 100)),127.0.0.1:$((port + 101))"
psql_db() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$database" -tAq "$@"; }
log() { printf '== %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }
declare -A pid

cleanup() {
  touch "$work/stop" 2>/dev/null || true
  for name in "${!pid[@]}"; do kill "${pid[$name]}" 2>/dev/null || true; wait "${pid[$name]}" 2>/dev/null || true; done
}
trap cleanup EXIT

start_instance() { # name offset
  mkdir -p "$work/$1"
  (cd "$work/$1" && SDB_DATABASE_URI="postgresql://postgres@127.0.0.1:$pg_port/$database" SDB_SECRET_KEY=$secret \
    SDB_CATALOG_FILE="$work/catalog.yaml" SDB_ADMIN_PASSWORD=cluster-kill-admin \
    exec java -jar "$bundle" --port "$((port + $2))" --clusterMode "$grid" --startport "$((port + 100 + $2))" \
      --clusterName "sdb-cluster-kill-$$" >>"$work/$1/dashboard.log" 2>&1) &
  pid[$1]=$!
}

wait_ready() { # name offset
  local t0; t0=$(now_ms)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((port + $2))/health/ready" || true)" = 200 ]; do
    kill -0 "${pid[$1]}" 2>/dev/null || { tail -n 40 "$work/$1/dashboard.log"; exit 1; }
    [ $(($(now_ms) - t0)) -lt 1800000 ] || { log "$1 not ready within 30 minutes"; exit 1; }
    sleep 0.5
  done
  log "$1 ready after $(( ($(now_ms) - t0) / 1000 )) s"
}

[ -f "$bundle" ] || { log "building the bundle"; mvn -B -q package -DskipTests; }
export PG_FAULTS_PORT=$pg_port
bash "$pg" start
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
{
  echo "components:"
  for i in $(seq 1 "$components"); do
    echo "  - name: Cluster service $i"
    echo "    attributes: {region: EU-CLUSTER, category: Cluster, type: cluster$i}"
  done
} >"$work/catalog.yaml"

log "starting A and B in one grid (logs under $work)"
# Both at once: the start-up lock lets one prepare the database while the other waits.
start_instance A 0
start_instance B 1
wait_ready A 0
wait_ready B 1
sleep 3 # the grid settles: B has joined A's cluster
echo "A's grid: $(grep -h -o 'Members {size:[0-9]*' "$work/A/dashboard.log" | tail -n 1 || true)"

token=$(SDB_SECRET_KEY=$secret scripts/post-status.sh --token)

# A fresh JVM renders slowly: a few requests to each before the clock starts.
for offset in 0 1; do for _ in 1 2 3; do
  curl -s -m 60 -o /dev/null "http://127.0.0.1:$((port + offset))/" || true
  curl -s -m 60 -o /dev/null "http://127.0.0.1:$((port + offset))/api/v1/component_status" || true
done; done

visitor() { # name offset n: one line per answer: time-ms status path
  local paths=("/" "/api/v1/component_status" "/api/v1/incidents") i=0 t0 code
  while [ ! -f "$work/stop" ]; do
    path=${paths[$((i % 3))]}; i=$((i + 1)); t0=$(now_ms)
    code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((port + $2))$path" || true)
    echo "$t0 ${code:-000} $path" >>"$work/visits-$1-$3.log"
  done
}

reporter() { # through A; one line per answer: time-ms status component incident-id
  local component=1 t0 code id
  while [ ! -f "$work/stop" ] && [ "$component" -le "$components" ]; do
    t0=$(now_ms)
    code=$(curl -s -m 30 -o "$work/report-body" -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/v1/component_status" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"name\":\"Cluster service $component\",\"impact\":$((component % 3 + 1)),\"attributes\":[{\"name\":\"region\",\"value\":\"EU-CLUSTER\"}]}" || true)
    id=$(grep -o '"id":[0-9]*' "$work/report-body" 2>/dev/null | head -n 1 | cut -d: -f2 || true)
    echo "$t0 ${code:-000} $component ${id:--}" >>"$work/reports.log"
    component=$((component + 1))
  done
}

log "load: $visitors visitors per instance and a reporter through A; B killed after ${before}s"
for n in $(seq 1 "$visitors"); do visitor A 0 "$n" & visitor B 1 "$n" & done
reporter &
sleep "$before"
killed_at=$(now_ms)
kill -9 "${pid[B]}"
wait "${pid[B]}" 2>/dev/null || true
unset 'pid[B]'
log "B killed (SIGKILL)"
sleep "$after"
touch "$work/stop"
wait $(jobs -p | grep -v "^${pid[A]}$") 2>/dev/null || true
ended_at=$(now_ms)

cat "$work"/visits-A-*.log >"$work/visits-A.log"
cat "$work"/visits-B-*.log >"$work/visits-B.log"
by_code() { awk '{print $2}' | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}'; }
window() { awk -v from="$1" -v to="$2" '$1 >= from && $1 < to' "$3"; }
echo
echo "A before the kill: $(window 0 "$killed_at" "$work/visits-A.log" | by_code)"
echo "A after the kill:  $(window "$killed_at" "$ended_at" "$work/visits-A.log" | by_code)"
echo "B before the kill: $(window 0 "$killed_at" "$work/visits-B.log" | by_code)"
echo "B after the kill:  $(window "$killed_at" "$ended_at" "$work/visits-B.log" | by_code) (000: no answer)"
echo "Reports through A before the kill: $(window 0 "$killed_at" "$work/reports.log" | by_code)"
echo "Reports through A after the kill:  $(window "$killed_at" "$ended_at" "$work/reports.log" | by_code)"
a_secs=$(( (ended_at - killed_at) / 1000 ))
echo "A answered $(window "$killed_at" "$ended_at" "$work/visits-A.log" | wc -l) visits in the ${a_secs} s after the kill"

failed=0
a_errors=$(awk '$2 != 200' "$work/visits-A.log" | wc -l)
[ "$a_errors" = 0 ] || { echo "FAIL: $a_errors visits of A not answered 200"; failed=1; }
bad_reports=$(awk '$2 != 201' "$work/reports.log" | wc -l)
[ "$bad_reports" = 0 ] || { echo "FAIL: $bad_reports reports through A not answered 201"; failed=1; }
awk '$2 == 201 {print $3 "," $4}' "$work/reports.log" >"$work/accepted.csv"
missing=$(psql_db -c "CREATE TEMP TABLE accepted(component_no int, incident_id int)" \
  -c "\\copy accepted FROM '$work/accepted.csv' CSV" \
  -c "SELECT COUNT(*) FROM accepted a WHERE NOT EXISTS (SELECT 1 FROM incident_component_relation r
        JOIN component c ON c.id = r.component_id
        WHERE r.incident_id = a.incident_id AND c.name = 'Cluster service ' || a.component_no)" | tail -n 1)
echo "Reports answered 201: $(wc -l <"$work/accepted.csv"); missing from the database: $missing"
[ "$missing" = 0 ] || { echo "FAIL: $missing accepted reports are not in the database"; failed=1; }

log "restarting B"
restarted_at=$(now_ms)
start_instance B 1
wait_ready B 1
echo "B serving again $(( ($(now_ms) - restarted_at) / 1000 )) s after its restart"
sleep 3
# Both serve the page; a change through A must reach B's cached copy too (the grid's generation).
curl -s -o /dev/null "http://127.0.0.1:$((port + 1))/"
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/api/v1/component_status" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d '{"name":"Cluster service 1","impact":3,"attributes":[{"name":"region","value":"EU-CLUSTER"}]}'
same=no
for _ in $(seq 1 20); do
  a=$(curl -s -D "$work/a.h" "http://127.0.0.1:$port/" | md5sum | cut -c1-32)
  b=$(curl -s -D "$work/b.h" "http://127.0.0.1:$((port + 1))/" | md5sum | cut -c1-32)
  ea=$(grep -i '^etag:' "$work/a.h" | tr -d '\r' || true); eb=$(grep -i '^etag:' "$work/b.h" | tr -d '\r' || true)
  if [ "$a" = "$b" ] && [ "$ea" = "$eb" ]; then same=yes; break; fi
  sleep 0.1
done
echo "After a report through A, A and B serve the same / ($ea): $same"
[ "$same" = yes ] || { echo "FAIL: A and B serve different pages"; failed=1; }
[ "$failed" = 0 ] && echo "OK" && rm -rf "$work"
exit "$failed"
