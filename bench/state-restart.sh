#!/usr/bin/env bash
# Restart time of `stream --state` (issue 14: 1M customers in under 2 s): generated data
# (`generate`: its demo graph), a first run that imports the CSVs and writes the state, N
# streamed events handled and logged (killed with SIGKILL, so the restart replays a log), then
# three restarts (the first replays the log and ends with a snapshot; the others load it) that print "state restored in X s" (opening the folder to the restored,
# replayed engine) and the whole process's time.
#
#   bench/state-restart.sh [CUSTOMERS] [EVENTS] [LOGGED_EVENTS]   (defaults 1000000 3000000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=$PWD/build/app/cli/segstudio-cli
customers=${1:-1000000}
events=${2:-3000000}
logged=${3:-20000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
"$cli" generate --customers "$customers" --events "$events" --seed 1 --out data > /dev/null
echo "load: $(uptime)"
/usr/bin/time -f "first run (import + first snapshot): %e s" "$cli" stream data/demo.segment.json --from - \
  --notify t.ndjson --state st --quiet < /dev/null
# Events of the generated file as messages on stdin (a pipe kept open: the stream does not
# end); the stream handles and logs them, then is killed before a snapshot, so the restart
# replays them.
awk -F, -v n="$logged" 'NR > 1 && NR <= n + 1 {printf "{\"event_id\":\"b%d\",\"customer_id\":\"%s\",\"ts\":\"%s\",\"event_type\":\"%s\"}\n", NR, $1, $2, $3}' data/events.csv > in.ndjson
mkfifo feed
"$cli" stream data/demo.segment.json --from - --notify t.ndjson --state st --quiet --snapshot-messages 100000000 < feed &
pid=$!
exec 3> feed # held open: no end of input
cat in.ndjson >&3
for _ in $(seq 600); do # until every message is logged
  [[ $(stat -c %s st/log-*.bin) -gt $((logged * 60)) ]] && break
  sleep 0.1
done
sleep 1
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
exec 3>&-
ls -l st
for run in 1 2 3; do
  /usr/bin/time -f "restart $run: %e s wall (%U s user, %S s system)" "$cli" stream data/demo.segment.json \
    --from - --notify t.ndjson --state st --snapshot-messages 100000000 < /dev/null 2>&1 |
    grep -E "replayed|wall" | sed 's/^stream: //'
done
