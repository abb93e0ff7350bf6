#!/usr/bin/env bash
# Installs what the tests need when missing (Chromium, PostgreSQL), starts a throwaway PostgreSQL
# cluster, runs the whole suite on SQLite then on PostgreSQL, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql postgresql-contrib)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== Installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=${CONSEIL_TEST_PG_PORT:-55432}
PG_DIR=$(mktemp -d /tmp/conseil-pg.XXXXXX)
chmod 755 "$PG_DIR"
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$PG_DIR"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
stop_pg() { as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop_pg EXIT

echo "== Starting PostgreSQL on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb -D $PG_DIR/data --auth=trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -w -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null

echo "== Building"
dotnet build Conseil.slnx -c Release --nologo -v q

status=0
for db in sqlite postgres; do
  echo "== Tests on $db"
  CONSEIL_TEST_DB=$db CONSEIL_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres" \
    dotnet test Conseil.slnx -c Release --no-build --nologo || status=1
done
exit $status
