#!/usr/bin/env bash
# Starts and stops throw-away message brokers for the live-stream tests and for trying
# `segstudio-cli stream` by hand, each in its own directory, listening on 127.0.0.1 only.
#
#   broker-servers.sh redis-start DIR PORT [OWNER_PID]     # prints redis://127.0.0.1:PORT/0
#   broker-servers.sh redis-stop DIR
#   broker-servers.sh rabbitmq-start DIR AMQP_PORT DIST_PORT EPMD_PORT [OWNER_PID]
#       # prints amqp://guest:guest@127.0.0.1:AMQP_PORT/%2f once the broker accepts connections
#   broker-servers.sh rabbitmq-stop DIR
#   broker-servers.sh rabbitmq-ctl DIR ARGS...   # rabbitmqctl against that broker (list_queues ...)
#
# With OWNER_PID, a watcher stops the server and removes DIR once that process is gone, so a
# test that is killed (timeout, crash) leaves no server behind. Nothing is persisted beyond
# DIR: Redis runs without RDB/AOF files; RabbitMQ keeps its Mnesia database, logs, Erlang
# cookie (HOME) and its own epmd (on EPMD_PORT, so it never meets the system's or another
# test's) in DIR. The consistent-hash exchange plugin is enabled for the several-workers mode.
# Exits non-zero with the reason (missing binaries, start failure with the server log) so the
# calling test fails instead of skipping.
set -euo pipefail

watch_owner() { # OWNER_PID COMMAND...: runs COMMAND once OWNER_PID is gone
  local owner=$1
  shift
  [[ -n "$owner" ]] || return 0
  ( while kill -0 "$owner" 2>/dev/null; do sleep 2; done; "$@" ) </dev/null >/dev/null 2>&1 &
  disown
}

stop_pid() { # PIDFILE: TERM, wait up to 10 s, then KILL
  local file=$1 pid i
  [[ -f "$file" ]] || return 0
  pid=$(cat "$file")
  [[ -n "$pid" ]] || return 0
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
}

# ---- Redis ---------------------------------------------------------------------------------
redis_start() {
  local dir=$1 port=$2 owner=${3:-} i
  command -v redis-server >/dev/null 2>&1 || {
    echo "broker-servers: redis-server not found (run scripts/install-deps.sh: redis-server)" >&2; return 1; }
  command -v redis-cli >/dev/null 2>&1 || {
    echo "broker-servers: redis-cli not found (run scripts/install-deps.sh: redis-tools)" >&2; return 1; }
  mkdir -p "$dir"
  # No snapshots and no append-only file: the data lives as long as the server.
  redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
    --daemonize no --logfile "$dir/redis.log" --pidfile "$dir/redis.pid" </dev/null >/dev/null 2>&1 &
  echo $! >"$dir/server.pid"
  for ((i = 0; i < 100; i++)); do
    if [[ $(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null) == PONG ]]; then
      watch_owner "$owner" bash "$0" redis-stop "$dir"
      echo "redis://127.0.0.1:$port/0"
      return 0
    fi
    kill -0 "$(cat "$dir/server.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "broker-servers: redis-server did not answer on 127.0.0.1:$port:" >&2
  tail -20 "$dir/redis.log" >&2 2>/dev/null || true
  redis_stop "$dir"
  return 1
}

redis_stop() {
  local dir=$1
  stop_pid "$dir/server.pid"
  rm -rf "$dir"
}

# ---- RabbitMQ ------------------------------------------------------------------------------
rabbit_env() { # DIR AMQP DIST EPMD: the environment of the broker and its control tools
  local dir=$1
  export HOME="$dir" # the Erlang cookie
  export RABBITMQ_NODENAME="seg@localhost"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT=$2
  export RABBITMQ_DIST_PORT=$3
  export ERL_EPMD_PORT=$4
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_MNESIA_BASE="$dir/mnesia"
  export RABBITMQ_LOG_BASE="$dir/log"
  export RABBITMQ_CONFIG_FILE="$dir/rabbitmq" # rabbitmq.conf
  export RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
  export RABBITMQ_PID_FILE="$dir/rabbit.pid"
  export RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf"
  export RABBITMQ_ENABLED_PLUGINS=rabbitmq_consistent_hash_exchange
  # rabbitmqctl is an Erlang node too; by default it listens on one of 35672-35682 only, which
  # parallel tests (and other brokers' tools) can use up. Give it a wider range.
  export RABBITMQ_CTL_DIST_PORT_MIN=35672
  export RABBITMQ_CTL_DIST_PORT_MAX=36171
}

rabbit_bin() {
  local d
  for d in /usr/lib/rabbitmq/bin /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin; do
    [[ -x "$d/rabbitmq-server" ]] && { echo "$d"; return 0; }
  done
  echo "broker-servers: rabbitmq-server not found (run scripts/install-deps.sh: rabbitmq-server)" >&2
  return 1
}

rabbitmq_start() {
  local dir=$1 amqp=$2 dist=$3 epmd=$4 owner=${5:-} bin i
  bin=$(rabbit_bin)
  mkdir -p "$dir/mnesia" "$dir/log"
  chmod 700 "$dir"
  rabbit_env "$dir" "$amqp" "$dist" "$epmd"
  : >"$RABBITMQ_CONF_ENV_FILE"
  # guest may log in from loopback (the default); small disk and memory marks for test machines.
  cat >"$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$amqp
loopback_users.guest = true
disk_free_limit.absolute = 50MB
log.console = false
log.file.level = warning
CONF
  echo "[]." >"$dir/advanced.config"
  echo "[rabbitmq_consistent_hash_exchange]." >"$dir/enabled_plugins"
  "$bin/rabbitmq-server" </dev/null >"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/server.pid"
  echo "$epmd" >"$dir/epmd.port"
  echo "$amqp $dist" >"$dir/ports"
  watch_owner "$owner" bash "$0" rabbitmq-stop "$dir"
  # Startup takes seconds: wait until the node has booted and its listener is up.
  for ((i = 0; i < 120; i++)); do
    if "$bin/rabbitmqctl" -q await_startup --timeout 1 >/dev/null 2>&1 &&
       (exec 3<>"/dev/tcp/127.0.0.1/$amqp") 2>/dev/null; then
      echo "amqp://guest:guest@127.0.0.1:$amqp/%2f"
      return 0
    fi
    kill -0 "$(cat "$dir/server.pid")" 2>/dev/null || break
    sleep 0.5
  done
  echo "broker-servers: rabbitmq-server did not start on 127.0.0.1:$amqp:" >&2
  tail -30 "$dir/stdout.log" >&2 2>/dev/null || true
  cat "$dir"/log/*.log 2>/dev/null | tail -30 >&2 || true
  rabbitmq_stop "$dir"
  return 1
}

rabbitmq_stop() {
  local dir=$1 bin ports epmd
  [[ -d "$dir" ]] || return 0
  if [[ -f "$dir/ports" ]] && bin=$(rabbit_bin 2>/dev/null); then
    read -r -a ports <"$dir/ports"
    epmd=$(cat "$dir/epmd.port")
    ( rabbit_env "$dir" "${ports[0]}" "${ports[1]}" "$epmd"
      timeout 30 "$bin/rabbitmqctl" -q stop >/dev/null 2>&1 || true )
    stop_pid "$dir/server.pid"
    stop_pid "$dir/rabbit.pid"
    # The broker's own epmd (a daemon) goes with it.
    ERL_EPMD_PORT=$epmd timeout 5 epmd -kill >/dev/null 2>&1 || true
  else
    stop_pid "$dir/server.pid"
  fi
  rm -rf "$dir"
}

rabbitmq_ctl() {
  local dir=$1 bin ports
  shift
  bin=$(rabbit_bin)
  [[ -f "$dir/ports" ]] || { echo "broker-servers: no broker in $dir" >&2; return 1; }
  read -r -a ports <"$dir/ports"
  rabbit_env "$dir" "${ports[0]}" "${ports[1]}" "$(cat "$dir/epmd.port")"
  "$bin/rabbitmqctl" "$@"
}

case "${1:-}" in
  redis-start) [[ $# -eq 3 || $# -eq 4 ]] || { echo "usage: $0 redis-start DIR PORT [OWNER_PID]" >&2; exit 2; }
    redis_start "$2" "$3" "${4:-}" ;;
  redis-stop) [[ $# -eq 2 ]] || { echo "usage: $0 redis-stop DIR" >&2; exit 2; }; redis_stop "$2" ;;
  rabbitmq-start) [[ $# -eq 5 || $# -eq 6 ]] || {
      echo "usage: $0 rabbitmq-start DIR AMQP_PORT DIST_PORT EPMD_PORT [OWNER_PID]" >&2; exit 2; }
    rabbitmq_start "$2" "$3" "$4" "$5" "${6:-}" ;;
  rabbitmq-stop) [[ $# -eq 2 ]] || { echo "usage: $0 rabbitmq-stop DIR" >&2; exit 2; }; rabbitmq_stop "$2" ;;
  rabbitmq-ctl) [[ $# -ge 3 ]] || { echo "usage: $0 rabbitmq-ctl DIR ARGS..." >&2; exit 2; }; shift; rabbitmq_ctl "$@" ;;
  *) echo "usage: $0 redis-start DIR PORT [OWNER_PID] | redis-stop DIR |" \
          "rabbitmq-start DIR AMQP_PORT DIST_PORT EPMD_PORT [OWNER_PID] | rabbitmq-stop DIR | rabbitmq-ctl DIR ARGS..." >&2; exit 2 ;;
esac
