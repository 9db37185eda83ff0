#!/usr/bin/env bash
# Two instances start at the same moment on an empty PostgreSQL database with a catalog.
#
#   bash bench/faults/simultaneous-start.sh
#
# Starts a PostgreSQL of its own (bench/faults/pg-instance.sh), creates an empty database, then
# launches two bundles (`java -jar`, as the README does) on different ports, in one data grid, with
# the same SDB_CATALOG_FILE of FAULT_COMPONENTS components, within the same few milliseconds. Checks
# that both become ready and serve / and the monitoring API, that every catalog component exists
# exactly once, and that each Flyway migration is recorded once. Prints which instance prepared the
# database and which waited for it. Exits non-zero on any failure.
#
# Environment: FAULT_COMPONENTS (200), FAULT_PORT (18590; the second instance uses FAULT_PORT+1),
# PG_FAULTS_PORT (55432), PG_FAULTS_DIR (/tmp/pg-faults),
# FAULT_BUNDLE (web-module/target/status-dashboard-microbundle.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."

components=${FAULT_COMPONENTS:-200}
pg_port=${PG_FAULTS_PORT:-55432}
port=${FAULT_PORT:-18590}
bundle=$(realpath -m "${FAULT_BUNDLE:-web-module/target/status-dashboard-microbundle.jar}")
pg=bench/faults/pg-instance.sh
work=$(mktemp -d /tmp/sdb-simultaneous.XXXXXX)
database=sdb_faults_simultaneous
psql_db() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$database" -tAq "$@"; }
log() { printf '== %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

[ -f "$bundle" ] || { log "building the bundle"; mvn -B -q package -DskipTests; }
export PG_FAULTS_PORT=$pg_port
bash "$pg" start
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"

{
  echo "components:"
  for i in $(seq 1 "$components"); do
    echo "  - name: Simultaneous service $i"
    echo "    attributes: {region: EU-START, category: Start, type: start$i}"
  done
} >"$work/catalog.yaml"

grid="tcpip:127.0.0.1:$((port + 100)),127.0.0.1:$((port + 101))"
for n in 0 1; do
  mkdir -p "$work/instance$n"
  # Both wait on one signal file, so the two JVMs are launched within the same few milliseconds.
  (cd "$work/instance$n" && while [ ! -f "$work/go" ]; do sleep 0.01; done &&
    SDB_DATABASE_URI="postgresql://postgres@127.0.0.1:$pg_port/$database" SDB_SECRET_KEY=simultaneous-start-key \
    SDB_CATALOG_FILE="$work/catalog.yaml" SDB_ADMIN_PASSWORD=simultaneous-start-admin \
    exec java -jar "$bundle" --port "$((port + n))" --clusterMode "$grid" --startport "$((port + 100 + n))" \
      --clusterName "sdb-simultaneous-$$" >"$work/instance$n/dashboard.log" 2>&1) &
  pids+=($!)
done
sleep 0.5
log "starting both instances at once (logs: $work/instance0, $work/instance1)"
started=$(now_ms)
touch "$work/go"

failed=0
for n in 0 1; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((port + n))/health/ready" || true)" = 200 ]; do
    if ! kill -0 "${pids[$n]}" 2>/dev/null || [ $(($(now_ms) - started)) -gt 600000 ]; then
      echo "FAIL: instance $n never became ready"; tail -n 40 "$work/instance$n/dashboard.log"; exit 1
    fi
    sleep 0.5
  done
  echo "Instance $n ready after $(( ($(now_ms) - started) / 1000 )) s"
done

for n in 0 1; do
  base=http://127.0.0.1:$((port + n))
  page=$(curl -s -o /dev/null -w '%{http_code}' "$base/")
  api=$(curl -s -o "$work/components-$n.json" -w '%{http_code}' "$base/api/v1/component_status")
  listed=$(grep -o '"name":"Simultaneous service [0-9]*"' "$work/components-$n.json" | sort -u | wc -l)
  echo "Instance $n: / $page, /api/v1/component_status $api listing $listed of $components components"
  [ "$page" = 200 ] && [ "$api" = 200 ] && [ "$listed" = "$components" ] || { echo "FAIL: instance $n"; failed=1; }
  waited=$(grep -c 'Another instance is preparing the database' "$work/instance$n/dashboard.log" || true)
  added=$(grep -o 'Catalog provisioned: [0-9]* components listed, [0-9]* added, [0-9]* already present' \
    "$work/instance$n/dashboard.log" | head -n 1)
  echo "Instance $n: $( [ "$waited" -gt 0 ] && echo "waited for the other" || echo "took the lock first" ); $added"
done

rows=$(psql_db -c "SELECT COUNT(*) FROM component WHERE name LIKE 'Simultaneous service %'")
duplicates=$(psql_db -c "SELECT COUNT(*) FROM (SELECT name FROM component GROUP BY name HAVING COUNT(*) > 1) d")
migrations=$(psql_db -c "SELECT (SELECT COUNT(*) FROM flyway_history_catalog) + (SELECT COUNT(*) FROM flyway_history_incident)")
twice=$(psql_db -c "SELECT (SELECT COUNT(*) FROM (SELECT version FROM flyway_history_catalog GROUP BY version HAVING COUNT(*) > 1) c)
  + (SELECT COUNT(*) FROM (SELECT version FROM flyway_history_incident GROUP BY version HAVING COUNT(*) > 1) i)")
echo "Catalog rows: $rows for $components components; names stored twice: $duplicates"
echo "Migrations recorded: $migrations; recorded twice: $twice"
[ "$rows" = "$components" ] || { echo "FAIL: $rows catalog rows"; failed=1; }
[ "$duplicates" = 0 ] || { echo "FAIL: $duplicates duplicated components"; failed=1; }
[ "$twice" = 0 ] || { echo "FAIL: a migration ran twice"; failed=1; }
for n in 0 1; do
  errors=$(grep -c -E 'SEVERE|Exception' "$work/instance$n/dashboard.log" || true)
  echo "Instance $n: $errors SEVERE/exception lines in its log"
done
[ "$failed" = 0 ] && echo "OK" && rm -rf "$work"
exit "$failed"
