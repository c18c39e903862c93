#!/usr/bin/env bash
# .ci/postgres.sh starts a throwaway PostgreSQL cluster for the store's
# tests and prints the variable that points them at it:
#
#   eval "$(bash .ci/postgres.sh start)"   # sets EXOBOT_TEST_DATABASE_URL and EXOBOT_TEST_PGDATA
#   go test ./store/...
#   bash .ci/postgres.sh stop "$EXOBOT_TEST_PGDATA"
#
# It installs Debian's postgresql with apt-get when initdb is missing, runs
# initdb and pg_ctl (as the postgres user when run as root) on a temporary
# directory, and listens on a free port of 127.0.0.1 only, trusting local
# connections: a cluster for tests, never for data.
set -euo pipefail

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

start() {
  local bin dir port
  if ! bin=$(find_bin); then
    echo "postgres.sh: initdb not found; installing postgresql with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin=$(find_bin)
  fi
  dir=$(mktemp -d /tmp/exobot-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  # A port nothing listens on can still be taken by the time the server
  # binds it (another process's connection using it as its local port):
  # then try another.
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2; then
      echo "export EXOBOT_TEST_DATABASE_URL='postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable'"
      echo "export EXOBOT_TEST_PGDATA='$dir'"
      return 0
    fi
    cat "$dir/server.log" >&2
  done
  return 1
}

stop() {
  local dir=${1:-} bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || return 0
  bin=$(find_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
