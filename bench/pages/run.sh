#!/usr/bin/env bash
# Article pages on 100,000 articles in PostgreSQL (issue 19):
#  1. uncached (HERALD_CACHE=false): wrk at 32 connections on one article, with the CPU it costs
#     per request, Herald's JVM and the node's PostgreSQL backends counted apart. CPU per request
#     does not depend on what else the machine runs; 2 cores divided by it is the most this
#     machine can serve, which is what "req/s on this machine, idle" asks when it is not idle.
#  2. cached, -Xmx512m: wrk on a different article each request (rotate.lua) until the page cache
#     is full (HERALD_CACHE_SIZE, 128 MB by default), then the heap after a full GC, and errors.
# usage: ./mvnw -DskipTests package && bench/pages/run.sh [N] [SECONDS]
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/../.."
N=${1:-100000}; SECS=${2:-30}
DB=herald_pages_bench; PORT=18097; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/herald-pages.XXXXXX)
cp target/herald.jar "$WORK/herald.jar"
NODE=
stop() { [ -n "$NODE" ] && { kill $NODE 2>/dev/null || true; wait $NODE 2>/dev/null || true; }; NODE=; }
trap 'stop; rm -rf "$WORK"; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" || true' EXIT
start() { # cache on/off
  HERALD_DATA_DIR=$WORK/data HERALD_PORT=$PORT HERALD_CACHE=$1 HERALD_ADMIN_PASSWORD=bench-password-1234 \
  HERALD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB HERALD_DB_USER=postgres HERALD_DB_PASSWORD= \
      java -Xmx512m -jar "$WORK/herald.jar" > "$WORK/node.log" 2>&1 &
  NODE=$!
  until curl -sf -o /dev/null "$BASE/en/"; do kill -0 $NODE 2>/dev/null || { tail -30 "$WORK/node.log"; exit 1; }; sleep 1; done
}
ticks() { # total user+system clock ticks of these processes
  local total=0 pid
  for pid in "$@"; do [ -r /proc/$pid/stat ] && total=$((total + $(awk '{print $14 + $15}' /proc/$pid/stat))); done
  echo $total
}
backends() { psql -At -h 127.0.0.1 -U postgres -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'"; }
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
mkdir -p "$WORK/data"
start false; stop
psql -q -h 127.0.0.1 -U postgres -d $DB -v n="$N" -f bench/api/seed.sql
echo "== uncached article page, $N articles, 32 connections, ${SECS}s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
start false
ARTICLE="$BASE/en/news/bench-$((N / 2))"
curl -s -o /dev/null -w "article: %{http_code}, %{size_download} bytes\n" "$ARTICLE"
wrk -t2 -c32 -d10s "$ARTICLE" > /dev/null  # warm-up: JIT, pools
PG_PIDS=$(backends)
J0=$(ticks $NODE); P0=$(ticks $PG_PIDS)
wrk -t2 -c32 -d"${SECS}s" --latency "$ARTICLE" > "$WORK/wrk.txt"
J1=$(ticks $NODE); P1=$(ticks $PG_PIDS)
grep -E "Requests/sec|50%|99%|Non-2xx" "$WORK/wrk.txt"
REQS=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
HZ=$(getconf CLK_TCK)
python3 - "$REQS" "$((J1 - J0))" "$((P1 - P0))" "$HZ" <<'PY'
import sys
reqs, java, pg, hz = (int(a) for a in sys.argv[1:])
jm, pm = java * 1000 / hz / reqs, pg * 1000 / hz / reqs
print(f"{reqs} requests: CPU per request {jm:.3f} ms in Herald's JVM + {pm:.3f} ms in its PostgreSQL backends"
      f" = {jm + pm:.3f} ms; 2 cores / that = {2000 / (jm + pm):.0f} req/s at most on this machine")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stop
echo "== cached, -Xmx512m: a different article each request, ${SECS}s x 4"
start true
for round in 1 2 3 4; do
  wrk -t2 -c32 -d"${SECS}s" -s bench/pages/rotate.lua "$BASE" -- "$N" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors" | tr '\n' ' '; echo
done
jcmd $NODE GC.run > /dev/null
echo "heap after a full GC: $(jcmd $NODE GC.heap_info | grep -m1 -oE 'total [0-9]+K, used [0-9]+K')"
echo "errors in the node's log: $(grep -cE 'ERROR|OutOfMemory' "$WORK/node.log" || true)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
