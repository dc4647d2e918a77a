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


# ---- ClickHouse: two servers, one shard each, cluster `two` in both configs ----------------
# ClickHouse needs an HTTP port (our client) and a native TCP port (the Distributed table talks
# to the shards over it) per server. The server refuses nothing as root, but runs as the
# `clickhouse` user (Debian's package creates it) when that user exists, like a packaged server.
# setpriv execs (no child process), so the recorded pid is the server's own.
ch_exec_as_server_user() {
  if [[ $(id -u) -eq 0 ]] && id clickhouse >/dev/null 2>&1; then
    exec setpriv --reuid=clickhouse --regid=clickhouse --init-groups -- "$@"
  else
    exec "$@"
  fi
}

ch_config() { # DIR HTTP TCP HTTP1 TCP1 HTTP2 TCP2 (the ports of both shards for remote_servers)
  local dir=$1 http=$2 tcp=$3 tcp1=$4 tcp2=$5
  cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$dir/server.log</log><errorlog>$dir/server.err.log</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$http</http_port>
  <tcp_port>$tcp</tcp_port>
  <path>$dir/data/</path>
  <tmp_path>$dir/tmp/</tmp_path>
  <format_schema_path>$dir/format_schemas/</format_schema_path>
  <users_config>$dir/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <timezone>UTC</timezone>
  <remote_servers>
    <two>
      <shard><replica><host>127.0.0.1</host><port>$tcp1</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$tcp2</port></replica></shard>
    </two>
  </remote_servers>
</yandex>
XML
  cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage><max_threads>2</max_threads></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

ch_wait() { # DIR HTTP PID
  local dir=$1 http=$2 pid=$3 i
  for ((i = 0; i < 120; i++)); do
    if curl -sf "http://127.0.0.1:$http/?query=SELECT%201" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "sql-servers: clickhouse-server did not answer on 127.0.0.1:$http:" >&2
  cat "$dir/stdout.log" "$dir/server.err.log" >&2 2>/dev/null | tail -40 >&2 || true
  return 1
}

clickhouse_start() { # DIR HTTP1 TCP1 HTTP2 TCP2 [OWNER_PID]
  local dir=$1 http1=$2 tcp1=$3 http2=$4 tcp2=$5 owner=${6:-} n pid
  command -v clickhouse-server >/dev/null 2>&1 || {
    echo "sql-servers: clickhouse-server not found (run scripts/install-deps.sh: clickhouse-server)" >&2; return 1; }
  command -v curl >/dev/null 2>&1 || { echo "sql-servers: curl not found (needed to wait for clickhouse-server)" >&2; return 1; }
  mkdir -p "$dir"
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chmod a+x "$(dirname "$dir")"
  for n in 1 2; do
    mkdir -p "$dir/s$n/data" "$dir/s$n/tmp" "$dir/s$n/format_schemas"
    if [[ $n == 1 ]]; then ch_config "$dir/s$n" "$http1" "$tcp1" "$tcp1" "$tcp2"; else ch_config "$dir/s$n" "$http2" "$tcp2" "$tcp1" "$tcp2"; fi
    [[ $(id -u) -eq 0 ]] && id clickhouse >/dev/null 2>&1 && chown -R clickhouse "$dir/s$n"
    ( cd "$dir/s$n" && ch_exec_as_server_user clickhouse-server --config-file="$dir/s$n/config.xml" ) \
      </dev/null >"$dir/s$n/stdout.log" 2>&1 &
    echo $! >"$dir/s$n.pid"
  done
  ch_wait "$dir/s1" "$http1" "$(cat "$dir/s1.pid")" || { clickhouse_stop "$dir"; return 1; }
  ch_wait "$dir/s2" "$http2" "$(cat "$dir/s2.pid")" || { clickhouse_stop "$dir"; return 1; }
  if [[ -n "$owner" ]]; then
    ( while kill -0 "$owner" 2>/dev/null; do sleep 2; done; clickhouse_stop "$dir" ) </dev/null >/dev/null 2>&1 &
    disown
  fi
  echo "clickhouse://127.0.0.1:$http1/default?cluster=two"
}

clickhouse_stop() {
  local dir=$1 n pid i
  for n in 1 2; do
    [[ -f "$dir/s$n.pid" ]] || continue
    pid=$(cat "$dir/s$n.pid")
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$dir"
}

case "${1:-}" in
  postgres-start) [[ $# -eq 3 || $# -eq 4 ]] || { echo "usage: $0 postgres-start DIR PORT [OWNER_PID]" >&2; exit 2; }
    postgres_start "$2" "$3" "${4:-}" ;;
  postgres-stop) [[ $# -eq 2 ]] || { echo "usage: $0 postgres-stop DIR" >&2; exit 2; }; postgres_stop "$2" ;;
  clickhouse-start) [[ $# -eq 6 || $# -eq 7 ]] || { echo "usage: $0 clickhouse-start DIR HTTP1 TCP1 HTTP2 TCP2 [OWNER_PID]" >&2; exit 2; }
    clickhouse_start "$2" "$3" "$4" "$5" "$6" "${7:-}" ;;
  clickhouse-stop) [[ $# -eq 2 ]] || { echo "usage: $0 clickhouse-stop DIR" >&2; exit 2; }; clickhouse_stop "$2" ;;
  *) echo "usage: $0 postgres-start DIR PORT [OWNER_PID] | postgres-stop DIR | clickhouse-start DIR HTTP1 TCP1 HTTP2 TCP2 [OWNER_PID] | clickhouse-stop DIR" >&2; exit 2 ;;
esac
