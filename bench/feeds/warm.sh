#!/usr/bin/env bash
# Issue 20's feed and API figures on 100,000 articles in PostgreSQL, from a warm node: wrk (2 threads,
# 32 connections, 20 s after a 5 s warm-up) on the main feed, a filtered feed and the API's first
# page, each as a full gzip answer and as a 304 (If-None-Match), from the page cache; then what a
# 304 costs in CPU (cost-304.sh). The articles are written straight into the read model.
# usage: ./mvnw -DskipTests package && bench/feeds/warm.sh [N] [SECONDS]
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/../.."
N=${1:-100000}; SECS=${2:-20}
DB=herald_warm_bench; PORT=18098; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/herald-warm.XXXXXX)
cp target/herald.jar "$WORK/herald.jar"
NODE=
stop() { [ -n "$NODE" ] && { kill $NODE 2>/dev/null || true; wait $NODE 2>/dev/null || true; }; NODE=; }
trap 'stop; rm -rf "$WORK"; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" || true' EXIT
start() {
  HERALD_DATA_DIR=$WORK/data HERALD_PORT=$PORT HERALD_ADMIN_PASSWORD=bench-password-1234 \
  HERALD_API_ANONYMOUS_PER_MINUTE=100000000 \
  HERALD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB HERALD_DB_USER=postgres HERALD_DB_PASSWORD= \
      java -Xmx512m -jar "$WORK/herald.jar" > "$WORK/node.log" 2>&1 &
  NODE=$!
  until curl -sf -o /dev/null "$BASE/en/"; do kill -0 $NODE 2>/dev/null || { tail -30 "$WORK/node.log"; exit 1; }; sleep 1; done
}
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
mkdir -p "$WORK/data"
start; stop
psql -q -h 127.0.0.1 -U postgres -d $DB -v n="$N" -f bench/api/seed.sql
start
echo "== $N articles, PostgreSQL, warm node, 32 connections, ${SECS}s each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
for path in /en/feeds/news.rss "/en/feeds/news.atom?kind=news&country=by" /api/v1/articles; do
  etag=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$BASE$path" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
  wrk -t2 -c32 -d5s -H 'Accept-Encoding: gzip' "$BASE$path" > /dev/null
  full=$(wrk -t2 -c32 -d"${SECS}s" --latency -H 'Accept-Encoding: gzip' "$BASE$path")
  cond=$(wrk -t2 -c32 -d"${SECS}s" --latency -H 'Accept-Encoding: gzip' -H "If-None-Match: $etag" "$BASE$path")
  status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' -H "If-None-Match: $etag" "$BASE$path")
  printf '%s\n  full: %s req/s, median %s, p99 %s\n  304 (%s): %s req/s, median %s, p99 %s\n' "$path" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$full")" "$(awk '$1=="50%" {print $2}' <<<"$full")" "$(awk '$1=="99%" {print $2}' <<<"$full")" \
    "$status" "$(awk '/Requests\/sec/ {print $2}' <<<"$cond")" "$(awk '$1=="50%" {print $2}' <<<"$cond")" "$(awk '$1=="99%" {print $2}' <<<"$cond")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
bench/feeds/cost-304.sh "$BASE" $NODE 10
