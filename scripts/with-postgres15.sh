#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server (Debian's binaries under
# /usr/lib/postgresql/15): initdb into a temporary folder, listen on 127.0.0.1 on a free port,
# export TEST_DATABASE_URL, run the command, stop and remove the server.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/postgres" ] || { echo "PostgreSQL 15 is not installed (apt-get install postgresql-15)" >&2; exit 1; }

dir=$(mktemp -d /tmp/nap1325-pg15-XXXXXX)
chmod 755 "$dir"
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_postgres() {
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
user=$([ "$(id -u)" = 0 ] && echo postgres || id -un)
cleanup() {
  as_postgres "$bin/pg_ctl -D '$dir/data' -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

as_postgres "$bin/initdb -D '$dir/data' -U '$user' --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "$bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -w -o '-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir' start" >/dev/null

export TEST_DATABASE_URL="postgres://$user@127.0.0.1:$port/postgres"
"$@"
