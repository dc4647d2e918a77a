#!/usr/bin/env bash
# Event-to-change latency through a broker at a steady rate (issue 14, "Speed"): a throw-away
# redis-server or rabbitmq-server (scripts/broker-servers.sh), 1M generated customers with 3M
# imported events, the standard graph with 10 of its 20 segments on events
# (segbench-broker-setup), the stream reading the broker with --metrics and writing its
# triggers to an NDJSON file, and `publish --rate` as the load generator in a second process.
# Latency is measured by the stream per change, from the send time publish stamps on each
# message (Redis field sent_us, RabbitMQ header x-sent-us; microseconds) to the flush of the
# sink; p50/p99 are the upper bounds of the histogram buckets (0.5, 1, 2, 5, 10, 25 ms, ...).
#
#   bench/broker-latency.sh [redis|rabbitmq] [latency|max] [CUSTOMERS] [RATE] [SECONDS]
#     latency: RATE events/s (default 20000) for SECONDS (default 10); prints p50/p99.
#     max:     steps of SECONDS (default 5) at 5k, 10k, 20k, 40k, ... events/s until p99 passes
#              10 ms or the stream falls behind; prints each step and the highest rate that held.
# Needs build/app/cli/segstudio-cli and build/bench/segbench-broker-setup (cmake --build build
# --target segstudio-cli segbench-broker-setup). Data are cached in build-bench/brokerdata.
set -euo pipefail
cd "$(dirname "$0")/.."
broker=${1:-redis}
mode=${2:-latency}
customers=${3:-1000000}
rate=${4:-20000}
seconds=${5:-$([[ $mode == max ]] && echo 5 || echo 10)}
cli=build/app/cli/segstudio-cli
setup=build/bench/segbench-broker-setup
data=build-bench/brokerdata/c$customers
tmp=$(mktemp -d)
cleanup() {
  [[ -n "${spid:-}" ]] && kill "$spid" 2>/dev/null && wait "$spid" 2>/dev/null || true
  bash scripts/broker-servers.sh redis-stop "$tmp/redis" >/dev/null 2>&1 || true
  bash scripts/broker-servers.sh rabbitmq-stop "$tmp/rabbit" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [[ ! -f $data/messages.ndjson ]]; then
  mkdir -p "$data"
  "$setup" --out "$data" --customers "$customers" --import-events $((customers * 3)) --messages 2000000 >&2
fi
case $broker in
  redis)
    url=$(bash scripts/broker-servers.sh redis-start "$tmp/redis" "$(free_port)" $$)
    from="$url?stream=ev&group=g&consumer=c1"; to="$url?stream=ev" ;;
  rabbitmq)
    url=$(bash scripts/broker-servers.sh rabbitmq-start "$tmp/rabbit" "$(free_port)" "$(free_port)" "$(free_port)" $$)
    from="$url?queue=ev&prefetch=1000"; to="$url?queue=ev" ;;
  *) echo "usage: $0 [redis|rabbitmq] [latency|max] [CUSTOMERS] [RATE] [SECONDS]" >&2; exit 2 ;;
esac
mport=$(free_port)
: >"$tmp/stream.err"
"$cli" stream "$data/standard.segment.json" --from "$from" --notify "$tmp/triggers.ndjson" \
  --metrics "127.0.0.1:$mport" --dead-letter "$tmp/dead.ndjson" 2>"$tmp/stream.err" &
spid=$!
until grep -q "ready in" "$tmp/stream.err"; do kill -0 "$spid" || { cat "$tmp/stream.err"; exit 1; }; sleep 0.2; done
grep "ready in" "$tmp/stream.err" >&2

scrape() { curl -s "http://127.0.0.1:$mport/metrics"; }
# Buckets (cumulative) and counts of a page as "le count" lines, plus "messages N".
buckets() { awk '/^segstudio_event_to_change_seconds_bucket/ { match($0, /le="[^"]*"/); print substr($0, RSTART + 4, RLENGTH - 5), $2 }
                 /^segstudio_messages_total/ { print "messages", $2 }'; }
# p50 and p99 (bucket upper bounds, seconds) of the changes between two pages' buckets.
percentiles() {
  awk 'NR == FNR { before[$1] = $2; next } $1 != "messages" { le[n] = $1; c[n++] = $2 - before[$1] }
       END { total = c[n - 1]; for (i = 0; i < n; i++) { if (p50 == "" && c[i] >= 0.5 * total) p50 = le[i];
                                                          if (p99 == "" && c[i] >= 0.99 * total) p99 = le[i] }
             printf "%s %s %d\n", p50, p99, total }' "$1" "$2"
}
offset=0
# step RATE SECONDS: publishes RATE*SECONDS messages at RATE/s, waits until the stream has
# them all, prints "offered achieved p50 p99 changes".
step() {
  local r=$1 s=$2 n start end got
  n=$((r * s))
  scrape | buckets >"$tmp/before"
  got=$(awk '$1 == "messages" { print $2 }' "$tmp/before")
  start=$(date +%s.%N)
  awk -v a="$offset" -v b=$((offset + n)) 'NR > b { exit } NR > a' "$data/messages.ndjson" |
    "$cli" publish - --to "$to" --rate "$r" --quiet
  end=$(date +%s.%N)
  offset=$((offset + n))
  until [[ $(scrape | awk '/^segstudio_messages_total/ { print $2 }') -ge $((got + n)) ]]; do
    kill -0 "$spid" || { cat "$tmp/stream.err"; exit 1; }; sleep 0.05
  done
  scrape | buckets >"$tmp/after"
  read -r p50 p99 changes < <(percentiles "$tmp/before" "$tmp/after")
  echo "$r $(awk -v n="$n" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }') $p50 $p99 $changes"
}

# Warm-up (not reported): the first messages meet cold caches and page faults of the state.
step 5000 2 >/dev/null
echo "load: $(uptime)"
if [[ $mode == latency ]]; then
  read -r offered achieved p50 p99 changes < <(step "$rate" "$seconds")
  echo "$broker: $((offered * seconds)) events at $offered/s offered, $achieved/s sent; $changes changes;" \
       "event-to-change p50 <= $p50 s, p99 <= $p99 s"
else
  best=0
  for r in 5000 10000 20000 40000 60000 80000 100000 120000 150000 200000 250000 300000; do
    [[ $((offset + r * seconds)) -le $(wc -l <"$data/messages.ndjson") ]] || { echo "out of messages at $r/s"; break; }
    read -r offered achieved p50 p99 changes < <(step "$r" "$seconds")
    echo "$broker step: $offered/s offered, $achieved/s sent, $changes changes, p50 <= $p50 s, p99 <= $p99 s"
    # Held: p99 within 10 ms and the load generator reached the rate (within 5 %).
    if awk -v p="$p99" -v a="$achieved" -v o="$offered" 'BEGIN { exit !(p != "+Inf" && p + 0 <= 0.01 && a >= 0.95 * o) }'; then
      best=$r
    else
      break
    fi
  done
  echo "$broker: highest sustained rate with p99 <= 10 ms: $best events/s (steps of $seconds s)"
fi
