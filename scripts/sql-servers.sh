#!/usr/bin/env bash
# Starts and stops throw-away SQL servers for the SQL push-down tests, each in its own
# directory, listening on 127.0.0.1 only.
#
#   sql-servers.sh postgres-start DIR PORT [OWNER_PID]   # prints the engine URL on success
#       With OWNER_PID, a watcher stops the server and removes DIR once that process is gone,
#       so a test that is killed (timeout, crash) leaves no server behind.
#   sql-servers.sh postgres-stop DIR         # stops the server and removes DIR
#
# PostgreSQL refuses to run as root: when run as root, the server runs as the `postgres` user
# (created by Debian's postgresql package) through runuser. Exits non-zero with the reason
# (missing binaries, initdb or start failure, with the server log) so the calling test fails
# instead of skipping.
set -euo pipefail

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  echo "sql-servers: PostgreSQL server binaries not found (run scripts/install-deps.sh: postgresql)" >&2
  return 1
}

as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "sql-servers: running as root and there is no 'postgres' user to run the server" >&2
      return 1
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_start() {
  local dir=$1 port=$2 owner=${3:-} bin
  bin=$(pg_bin)
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$dir"
    chmod a+x "$(dirname "$dir")" # the server user must reach its directory (temp dirs are 0700)
  fi
  chmod 700 "$dir"
  if ! as_server_user "$bin/initdb" -D "$dir/data" -U seg --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1; then
    echo "sql-servers: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    return 1
  fi
  if ! as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >"$dir/pg_ctl.log" 2>&1; then
    echo "sql-servers: PostgreSQL did not start on 127.0.0.1:$port:" >&2
    cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
    return 1
  fi
  if [[ -n "$owner" ]]; then
    ( while kill -0 "$owner" 2>/dev/null; do sleep 2; done; postgres_stop "$dir" ) </dev/null >/dev/null 2>&1 &
    disown
  fi
  echo "postgres://seg@127.0.0.1:$port/postgres"
}

postgres_stop() {
  local dir=$1 bin
  bin=$(pg_bin)
  if [[ -d "$dir/data" ]]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  postgres-start) [[ $# -eq 3 || $# -eq 4 ]] || { echo "usage: $0 postgres-start DIR PORT [OWNER_PID]" >&2; exit 2; }
    postgres_start "$2" "$3" "${4:-}" ;;
  postgres-stop) [[ $# -eq 2 ]] || { echo "usage: $0 postgres-stop DIR" >&2; exit 2; }; postgres_stop "$2" ;;
  *) echo "usage: $0 postgres-start DIR PORT [OWNER_PID] | postgres-stop DIR" >&2; exit 2 ;;
esac
