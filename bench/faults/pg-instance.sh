#!/usr/bin/env bash
# A throw-away PostgreSQL cluster of its own, for fault tests that stop and start the database:
# the machine's shared cluster on 5432 serves other tests and must never be stopped.
#   pg-instance.sh init|start|stop|status   (PG_FAULTS_DIR, PG_FAULTS_PORT override the defaults)
set -euo pipefail
DIR=${PG_FAULTS_DIR:-/tmp/pg-faults}
PORT=${PG_FAULTS_PORT:-55432}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}

case "${1:-}" in
  init)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR" && chown postgres "$DIR"
      as_postgres "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    ;;
  start)
    "$0" init
    as_postgres "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1 && exit 0
    as_postgres "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 30 \
      -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    ;;
  stop)
    # Fast shutdown: open connections are cut, as when a database server restarts.
    [ -f "$DIR/postmaster.pid" ] || exit 0
    as_postgres "$BIN/pg_ctl" -D "$DIR" -m fast -w -t 30 stop >/dev/null
    ;;
  status)
    "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q
    ;;
  *)
    echo "usage: $0 init|start|stop|status" >&2
    exit 2
    ;;
esac
