#!/usr/bin/env bash
# The EAR on Payara Server 6, set up as an administrator would: the server zip from Maven Central
# unpacked under target/, a fresh domain, the database given to the server, `asadmin deploy`.
#
#   bash bench/faults/ear-on-server.sh            (after: mvn -B -o package -DskipTests)
#
# Runs the deployment once per database setting and checks `/`, `/api/v1/component_status` and a
# status report (201, then in the incidents API) each time:
#   none        nothing set: the embedded database under the domain's config/data/
#   h2          SDB_DATASOURCE_URL=jdbc:h2:file:… — a plain H2 URL, without the settings the
#               schema needs (the application adds them)
#   uri         SDB_DATABASE_URI=postgresql://… — the bundle's own setting, in the original's form
#   resource    a JDBC connection pool and resource jdbc/statusDashboard made with asadmin
#               (create-jdbc-connection-pool with user and password, create-jdbc-resource; the
#               PostgreSQL driver in the domain's lib/), no SDB_* database setting
# Exits non-zero when a case fails.
#
# Environment: EAR_CASES ("none h2 uri resource"), PAYARA_SERVER_VERSION (6.2025.10, as the pom),
# EAR_PORT_BASE (29000: admin 29048, HTTP 29080), EAR_PG_URI (postgresql://postgres@127.0.0.1:5432/sdb_ear_check;
# the database is dropped and created; a password in it is also the pool's, else EAR_PG_PASSWORD,
# which a server trusting local connections ignores), EAR_FILE (ear/target/status-dashboard.ear).
set -euo pipefail
cd "$(dirname "$0")/../.."

version=${PAYARA_SERVER_VERSION:-6.2025.10}
cases=${EAR_CASES:-none h2 uri resource}
port_base=${EAR_PORT_BASE:-29000}
admin_port=$((port_base + 48))
http=http://127.0.0.1:$((port_base + 80))
pg_uri=${EAR_PG_URI:-postgresql://postgres@127.0.0.1:5432/sdb_ear_check}
ear=$(realpath -m "${EAR_FILE:-ear/target/status-dashboard.ear}")
secret=ear-on-server-secret
domain=sdb-ear-check
server_home=$(realpath -m "target/payara-server-$version")
asadmin="$server_home/payara6/bin/asadmin"
work=$(mktemp -d /tmp/sdb-ear.XXXXXX)
# A deployment on a busy machine can take longer than asadmin's default wait of 10 minutes.
export AS_ADMIN_READTIMEOUT=${AS_ADMIN_READTIMEOUT:-1800000}
log() { printf '== %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }

[ -f "$ear" ] || { echo "no EAR at $ear: run mvn -B -o package -DskipTests first" >&2; exit 2; }
if [ ! -x "$asadmin" ]; then
  zip=~/.m2/repository/fish/payara/distributions/payara/$version/payara-$version.zip
  [ -f "$zip" ] || mvn -B -q dependency:get -Dartifact="fish.payara.distributions:payara:$version:zip" -Dtransitive=false
  log "unpacking Payara Server $version into $server_home"
  mkdir -p "$server_home" && unzip -q "$zip" -d "$server_home"
fi

cleanup() {
  "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
  "$asadmin" delete-domain "$domain" >/dev/null 2>&1 || true
}
trap cleanup EXIT

pg_database=${pg_uri##*/}
pg_server=${pg_uri%/*}
fresh_postgresql() {
  psql "$pg_server/postgres" -qc "DROP DATABASE IF EXISTS $pg_database" -c "CREATE DATABASE $pg_database"
}
pg_host_port=${pg_server#postgresql://}; pg_host_port=${pg_host_port#*@}
pg_user_info=${pg_server#postgresql://}; pg_user_info=${pg_user_info%@*}
pg_user=${pg_user_info%%:*}
# The pool signs in with a password whatever the server's authentication ("No password credential found").
pg_password=${EAR_PG_PASSWORD:-trusted-locally}
[ "$pg_user_info" = "$pg_user" ] || pg_password=${pg_user_info#*:}

check_case() { # name -> prints the figures; returns non-zero on failure
  local name=$1 t0 page api report id incidents
  t0=$(now_ms)
  if ! "$asadmin" --port "$admin_port" deploy --force=true "$ear" >"$work/$name-deploy.log" 2>&1; then
    echo "$name: deployment FAILED: $(tr '\n' ' ' <"$work/$name-deploy.log" | cut -c1-400)"
    return 1
  fi
  echo "$name: deployed in $(( ($(now_ms) - t0) / 1000 )) s"
  page=$(curl -s -m 120 -o "$work/$name-page.html" -w '%{http_code}' "$http/")
  api=$(curl -s -m 60 -o "$work/$name-components.json" -w '%{http_code}' "$http/api/v1/component_status")
  report=$(curl -s -m 60 -o "$work/$name-report.json" -w '%{http_code}' -X POST "$http/api/v1/component_status" \
    -H "Authorization: Bearer $(SDB_SECRET_KEY=$secret scripts/post-status.sh --token)" -H 'Content-Type: application/json' \
    -d '{"name":"Elastic Cloud Server","impact":2,"attributes":[{"name":"region","value":"EU-DE"}]}')
  id=$(grep -o '"id":[0-9]*' "$work/$name-report.json" | head -n 1 | cut -d: -f2 || true)
  incidents=$(curl -s -m 60 "$http/api/v1/incidents" | grep -c "\"id\":${id:-none}[,}]" || true)
  echo "$name: / $page ($(grep -c 'region-switch' "$work/$name-page.html" || true) region switch), /api/v1/component_status $api" \
    "($(grep -o '"name":' "$work/$name-components.json" | wc -l) names), status report $report (incident ${id:--}, listed $incidents)"
  "$asadmin" --port "$admin_port" undeploy status-dashboard >/dev/null 2>&1 || true
  [ "$page" = 200 ] && [ "$api" = 200 ] && [ "$report" = 201 ] && [ "$incidents" -ge 1 ]
}

start_domain() { # environment assignments...; DOMAIN_LIB: a jar for the domain's lib/ first
  "$asadmin" delete-domain "$domain" >/dev/null 2>&1 || true
  "$asadmin" create-domain --nopassword --portbase "$port_base" "$domain" >/dev/null
  [ -z "${DOMAIN_LIB:-}" ] || cp "$DOMAIN_LIB" "$server_home/payara6/glassfish/domains/$domain/lib/"
  env "$@" SDB_SECRET_KEY=$secret "$asadmin" start-domain "$domain" >/dev/null
}

failed=0
for case in $cases; do
  log "case $case"
  case $case in
    none)
      start_domain
      ;;
    h2)
      rm -rf "$work/h2"
      start_domain SDB_DATASOURCE_URL="jdbc:h2:file:$work/h2/dashboard" SDB_DATASOURCE_CLASS=org.h2.jdbcx.JdbcDataSource
      ;;
    uri)
      fresh_postgresql
      start_domain SDB_DATABASE_URI="$pg_uri"
      ;;
    resource)
      fresh_postgresql
      # The administrator's pool loads its driver from the server, never from an application.
      DOMAIN_LIB=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1) \
        start_domain
      # The password as an alias, not in domain.xml; the file holding it for asadmin is removed at once.
      printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$pg_password" >"$work/alias-password"
      "$asadmin" --port "$admin_port" --passwordfile "$work/alias-password" create-password-alias status-dashboard-db >/dev/null
      rm -f "$work/alias-password"
      "$asadmin" --port "$admin_port" create-jdbc-connection-pool \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
        --property "serverName=${pg_host_port%:*}:portNumber=${pg_host_port#*:}:databaseName=$pg_database:user=$pg_user:password=\${ALIAS=status-dashboard-db}" \
        --isconnectvalidatereq=true --validationmethod=custom-validation \
        --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection=true \
        status-dashboard-pool >/dev/null
      "$asadmin" --port "$admin_port" ping-connection-pool status-dashboard-pool >/dev/null
      "$asadmin" --port "$admin_port" create-jdbc-resource --connectionpoolid status-dashboard-pool jdbc/statusDashboard >/dev/null
      ;;
    *) echo "unknown case $case" >&2; exit 2 ;;
  esac
  check_case "$case" || { failed=1; grep -h -m 5 -E 'SEVERE|Exception' \
    "$server_home/payara6/glassfish/domains/$domain/logs/server.log" | cut -c1-400 || true; }
  "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
  cp "$server_home/payara6/glassfish/domains/$domain/logs/server.log" "$work/$case-server.log" 2>/dev/null || true
done
[ "$failed" = 0 ] && echo "OK" && rm -rf "$work"
[ "$failed" = 0 ] || echo "server logs: $work"
exit "$failed"
