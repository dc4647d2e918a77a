#!/usr/bin/env bash
# Event-to-change latency through Redis Streams at a steady rate (issue 14): a throw-away
# redis-server (scripts/broker-servers.sh), generated data (`generate`: its demo graph), the
# stream reading a consumer group and writing to a Redis sink with --metrics, and `publish
# --rate` as the load generator in a second process. The latency is measured by the stream
# per change, from the entry's id time (when Redis added it, millisecond resolution: up to
# 1 ms too high) to the sink's flush; p50/p99 are the upper bounds of the histogram buckets.
#
#   bench/broker-latency.sh [CUSTOMERS] [STREAMED_EVENTS] [RATE]   (defaults 1000000 100000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/cli/segstudio-cli
customers=${1:-1000000}
streamed=${2:-100000}
rate=${3:-20000}
tmp=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
mport=$((port + 1))
cleanup() {
  [[ -n "${spid:-}" ]] && kill "$spid" 2>/dev/null && wait "$spid" 2>/dev/null || true
  bash scripts/broker-servers.sh redis-stop "$tmp/redis" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
url=$(bash scripts/broker-servers.sh redis-start "$tmp/redis" "$port" $$)

"$cli" generate --customers "$customers" --events $((customers * 3)) --seed 7 --out "$tmp/data" >/dev/null
# The last STREAMED_EVENTS events are streamed, the others imported.
total=$(($(wc -l <"$tmp/data/events.csv") - 1))
head -n $((total - streamed + 1)) "$tmp/data/events.csv" >"$tmp/data/imported.csv"
tail -n "$streamed" "$tmp/data/events.csv" | awk -F, '{
  amount = $4 == "" ? "null" : $4; cat = $5 == "" ? "null" : "\"" $5 "\"";
  printf "{\"event_id\":\"b%d\",\"customer_id\":%s,\"ts\":\"%s\",\"event_type\":\"%s\",\"amount\":%s,\"product_category\":%s}\n",
         NR, $1, $2, $3, amount, cat }' >"$tmp/messages.ndjson"
mv "$tmp/data/imported.csv" "$tmp/data/events.csv"

: >"$tmp/stream.err"
"$cli" stream "$tmp/data/demo.segment.json" --from "$url?stream=ev&group=g&consumer=c1" --notify "$url" \
  --metrics "127.0.0.1:$mport" --dead-letter "$tmp/dead.ndjson" 2>"$tmp/stream.err" &
spid=$!
until grep -q "ready in" "$tmp/stream.err"; do kill -0 "$spid" || { cat "$tmp/stream.err"; exit 1; }; sleep 0.2; done
start=$(date +%s.%N)
"$cli" publish "$tmp/messages.ndjson" --to "$url?stream=ev" --rate "$rate" --quiet
sent=$(date +%s.%N)
until [[ $(redis-cli -p "$port" XPENDING ev g | head -1) == 0 &&
         $(redis-cli -p "$port" XINFO GROUPS ev | awk 'p{print; exit} /^lag$/{p=1}') == 0 ]]; do sleep 0.1; done
page=$(curl -s "http://127.0.0.1:$mport/metrics")
echo "$page" | awk -v sent="$sent" -v start="$start" -v rate="$rate" '
  /^segstudio_event_to_change_seconds_bucket/ { match($0, /le="[^"]*"/); le[n] = substr($0, RSTART + 4, RLENGTH - 5); c[n++] = $2 }
  /^segstudio_event_to_change_seconds_count/ { count = $2 }
  /^segstudio_events_total/ { events = $2 }
  END {
    for (i = 0; i < n; i++) { if (!p50 && c[i] >= 0.5 * count) p50 = le[i]; if (!p99 && c[i] >= 0.99 * count) p99 = le[i] }
    printf "events %d at %d/s offered, %.0f/s achieved; changes %d; event-to-change p50 <= %s s, p99 <= %s s\n",
           events, rate, events / (sent - start), count, p50, p99 }'
