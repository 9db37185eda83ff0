#!/usr/bin/env bash
# Where a cached anonymous hit of / spends its CPU, from a fresh start.
#
#   bash bench/profile.sh
#
# Starts the bundle as the README says (class-data sharing archive, -Xmx512m) on an embedded
# database of its own with the demo catalog, serves the same bytes of / from nginx, warms the
# dashboard for PROFILE_WARMUP with wrk, then records PROFILE_SECONDS of wrk load with Java Flight
# Recorder and measures nginx right after. Prints req/s of both and their ratio, then for each
# layer (`layers` below) the share of CPU samples whose stack passes through it (a sample counts in
# every layer it passes through, so the shares overlap), and the hottest methods.
#
# Environment: PROFILE_WARMUP (30), PROFILE_SECONDS (20), PROFILE_PORT (18600),
# PROFILE_CONNECTIONS (32), PROFILE_BUNDLE (web-module/target/status-dashboard-microbundle.jar),
# PROFILE_URL_PATH (/).
set -euo pipefail
cd "$(dirname "$0")/.."

warmup=${PROFILE_WARMUP:-30}
seconds=${PROFILE_SECONDS:-20}
port=${PROFILE_PORT:-18600}
nginx_port=$((port + 1))
connections=${PROFILE_CONNECTIONS:-32}
path=${PROFILE_URL_PATH:-/}
bundle=$(realpath -m "${PROFILE_BUNDLE:-web-module/target/status-dashboard-microbundle.jar}")
archive=${bundle%.jar}.jsa
work=$(mktemp -d /tmp/sdb-profile.XXXXXX)
base=http://127.0.0.1:$port

log() { printf '== %s\n' "$*" >&2; }
# Each step on its own: under set -e the first to fail (wait answers 143 for the killed JVM) would
# end the trap and leave nginx listening for the next run.
cleanup() {
  if [ -n "${dashboard_pid:-}" ]; then kill "$dashboard_pid" 2>/dev/null || true; wait "$dashboard_pid" 2>/dev/null || true; fi
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
}
trap cleanup EXIT

command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt-get install -y -q nginx-light >/dev/null
[ -f "$bundle" ] || { log "building the bundle"; mvn -B -q package -DskipTests; }

log "starting the bundle (log: $work/dashboard.log)"
(cd "$work" && exec java -Xmx512m -XX:SharedArchiveFile="$archive" -XX:+FlightRecorder \
  -jar "$bundle" --port "$port" >"$work/dashboard.log" 2>&1) &
dashboard_pid=$!
started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$path" || true)" = 200 ]; do
  kill -0 "$dashboard_pid" 2>/dev/null || { tail -n 30 "$work/dashboard.log"; exit 1; }
  [ $(($(date +%s) - started)) -lt 900 ] || { log "no page within 15 minutes"; exit 1; }
  sleep 0.5
done
log "first page after $(($(date +%s) - started)) s"
java_pid=$(pgrep -P "$dashboard_pid" java || echo "$dashboard_pid")

mkdir -p "$work/html"
curl -s -o "$work/html/index.html" "$base$path"
chmod 755 "$work" "$work/html"; chmod 644 "$work/html/index.html"
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; default_type text/html;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  server { listen 127.0.0.1:$nginx_port; root $work/html; }
}
EOF
"$(command -v nginx || echo /usr/sbin/nginx)" -c "$work/nginx.conf" -p "$work"

rps() { awk '/Requests\/sec/ {print $2}'; }
log "warming up ${warmup}s"
wrk -t2 -c"$connections" -d"${warmup}s" "$base$path" >/dev/null
log "recording ${seconds}s"
jcmd "$java_pid" JFR.start name=hit settings=profile filename="$work/hit.jfr" >/dev/null
dashboard_rps=$(wrk -t2 -c"$connections" -d"${seconds}s" "$base$path" | rps)
jcmd "$java_pid" JFR.stop name=hit >/dev/null
nginx_rps=$(wrk -t2 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$nginx_port/index.html" | rps)
echo "dashboard $path: $dashboard_rps req/s; nginx, same $(stat -c %s "$work/html/index.html") bytes: $nginx_rps req/s;" \
  "ratio $(awk -v a="$dashboard_rps" -v b="$nginx_rps" 'BEGIN {printf "%.3f", a / b}')"

# One line per sample: its frames, innermost first, joined by '|'.
jfr print --events jdk.ExecutionSample --stack-depth 200 "$work/hit.jfr" | awk '
  /jdk.ExecutionSample/ { if (stack != "") print stack; stack = "" }
  /line:/ { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); stack = stack "|" $0 }
  END { if (stack != "") print stack }' >"$work/samples.txt"
total=$(wc -l <"$work/samples.txt")
echo "samples: $total"
echo "share of samples whose stack passes through (a sample may count in several rows):"
layers=(
  "Grizzly (HTTP parsing, socket I/O)|org.glassfish.grizzly"
  "Catalina valves and request pipeline|org.apache.catalina"
  "Jakarta Security / JASPIC (Soteria, Exousia, the realm)|org.glassfish.soteria|com.sun.enterprise.security|org.omnifaces.exousia|jakarta.security.auth"
  "JNDI lookups|javax.naming|com.sun.enterprise.naming"
  "Weld (CDI proxies, contexts)|org.jboss.weld"
  "Hazelcast|com.hazelcast"
  "the dashboard's filters|io.statusdashboard.web"
  "the response cache filter|io.statusdashboard.web.platform.cache.ResponseCacheFilter"
  "writing the body (socket write)|sun.nio.ch.SocketDispatcher.write|sun.nio.ch.FileDispatcherImpl.write"
)
for layer in "${layers[@]}"; do
  name=${layer%%|*}; pattern=${layer#*|}
  count=$(grep -cE "$pattern" "$work/samples.txt" || true)
  printf '  %5.1f %%  %s\n' "$(awk -v c="$count" -v t="$total" 'BEGIN {print t ? 100 * c / t : 0}')" "$name"
done
echo "hottest methods (innermost frame):"
cut -d'|' -f2 "$work/samples.txt" | sed 's/(.*//' | sort | uniq -c | sort -rn | head -n 15
echo "hottest frames of ours or of the server's request path (any depth):"
tr '|' '\n' <"$work/samples.txt" | sed 's/(.*//' | grep -E 'io.statusdashboard|catalina.*(invoke|Valve)|soteria|security.*validate' \
  | sort | uniq -c | sort -rn | head -n 25
echo "recording: $work/hit.jfr"
