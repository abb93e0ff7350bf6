#!/usr/bin/env bash
# The README's test command (.ci/run calls it). Installs what the tests need when missing (Chromium,
# PostgreSQL), starts a throwaway PostgreSQL cluster, builds once in Release, runs both test projects
# on SQLite then on PostgreSQL, stops what it started, and ends with one line CI reads:
# "N passed, N failed". Exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"
started=$SECONDS

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql postgresql-contrib)
# The XLSX export is checked by opening it in LibreOffice, as a user would.
[ -x /usr/bin/libreoffice ] || need_apt+=(libreoffice-calc-nogui)
# A real SMTP server for the mail tests (tests/Conseil.Tests/Support/smtp_sink.py), run by Debian's own Python.
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need_apt+=(python3-aiosmtpd)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== Installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# A free port unless one is given: several checkouts may run this script at once on one machine.
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=${CONSEIL_TEST_PG_PORT:-$(free_port)}
PG_DIR=$(mktemp -d /tmp/conseil-pg.XXXXXX)
RESULTS=$(mktemp -d /tmp/conseil-results.XXXXXX)
chmod 755 "$PG_DIR"
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$PG_DIR"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
cleanup() {
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" "$RESULTS"
}
trap cleanup EXIT

echo "== Starting PostgreSQL on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb -D $PG_DIR/data --auth=trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -w -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null

echo "== Building (Release)"
build_started=$SECONDS
dotnet build Conseil.slnx -c Release --nologo -v q
parts=("build: $((SECONDS - build_started)) s")

# Sums the counters of the TRX files of one run; a project that produced no TRX counts as one failure.
count() {
  local dir=$1 field=$2 total=0 value
  for trx in "$dir"/*.trx; do
    [ -e "$trx" ] || continue
    value=$(grep -o "<Counters [^>]*" "$trx" | grep -o " $field=\"[0-9]*\"" | grep -o "[0-9]*")
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

projects=(tests/Conseil.Tests/Conseil.Tests.csproj tests/Conseil.BrowserTests/Conseil.BrowserTests.csproj)
status=0 all_passed=0 all_failed=0 summary=()
for db in sqlite postgres; do
  echo "== Tests on $db"
  db_started=$SECONDS
  mkdir -p "$RESULTS/$db"
  for project in "${projects[@]}"; do
    project_started=$SECONDS
    CONSEIL_TEST_DB=$db CONSEIL_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres" \
      dotnet test "$project" -c Release --no-build --nologo \
        --logger "trx;LogFileName=$(basename "$project" .csproj).trx" --results-directory "$RESULTS/$db" || status=1
    parts+=("$db $(basename "$project" .csproj): $((SECONDS - project_started)) s")
  done
  passed=$(count "$RESULTS/$db" passed)
  failed=$(count "$RESULTS/$db" failed)
  trx_files=$(find "$RESULTS/$db" -name '*.trx' | wc -l)
  if [ "$trx_files" -lt ${#projects[@]} ]; then
    failed=$((failed + ${#projects[@]} - trx_files)); status=1
  fi
  [ "$failed" -eq 0 ] || status=1
  all_passed=$((all_passed + passed)); all_failed=$((all_failed + failed))
  summary+=("$db: $passed passed, $failed failed ($((SECONDS - db_started)) s)")
done

echo "== Durations"
printf '%s\n' "${parts[@]}"
echo "== Summary ($((SECONDS - started)) s)"
printf '%s\n' "${summary[@]}"
echo "$all_passed passed, $all_failed failed"
exit $status
