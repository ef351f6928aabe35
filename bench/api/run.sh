#!/bin/sh
# The JSON API benchmark: N synthetic articles in a PostgreSQL database of their own, the packaged
# jar on it, then wrk on /api/v1/articles: the first page, a page deep in the list (continued
# from a cursor after about 90 % of the articles) and a filtered first page; each with the page
# cache on (a warm node, what readers get) and off (every request a query). Not part of the tests.
#   bench/api/run.sh [N] [PG_HOST] [PG_USER]
# e.g. bench/api/run.sh 100000 127.0.0.1 postgres
set -eu
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/../.."
N=${1:-100000}; HOST=${2:-127.0.0.1}; PGUSER=${3:-postgres}
DB=herald_api_bench; PORT=18091
[ -f target/herald.jar ] || ./mvnw -q -B package -DskipTests
psql -q -h "$HOST" -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
LOG=$(mktemp /tmp/herald-api-bench.XXXXXX)
NODE=
start() {
  HERALD_DATA_DIR=$(mktemp -d /tmp/herald-api-bench-data.XXXXXX) HERALD_PORT=$PORT HERALD_CACHE=$1 \
  HERALD_DB_URL="jdbc:postgresql://$HOST:5432/$DB" HERALD_DB_USER="$PGUSER" HERALD_DB_PASSWORD= \
  HERALD_API_ANONYMOUS_PER_MINUTE=1000000000 HERALD_ADMIN_PASSWORD=bench-password-1234 \
      java -Xmx1g -jar target/herald.jar > "$LOG" 2>&1 &
  NODE=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do sleep 1; done
}
trap '[ -n "$NODE" ] && kill $NODE 2>/dev/null || true' EXIT
start true
psql -q -h "$HOST" -U "$PGUSER" -d $DB -v n="$N" -f bench/api/seed.sql
DEEP=$(psql -At -h "$HOST" -U "$PGUSER" -d $DB -c "
  SELECT COALESCE(release_date::text, '') || '|' ||
         to_char(first_published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || item_id
  FROM published_item WHERE content_type = 'ARTICLE' AND language = 'en'
  ORDER BY release_date DESC NULLS LAST, first_published_at DESC, item_id DESC
  OFFSET $((N * 9 / 10)) LIMIT 1")
CURSOR=$(python3 -c "
import base64,sys
d,p,i=sys.argv[1].split('|')
print(base64.urlsafe_b64encode('\x1f'.join(['1','en,,,',d,p,i]).encode()).decode().rstrip('='))" "$DEEP")
BASE="http://127.0.0.1:$PORT/api/v1/articles"
run() {
  curl -sf "$2" > /dev/null
  wrk -t2 -c32 -d10s "$2" > /dev/null
  echo "== $1: $2"
  wrk -t2 -c32 -d20s --latency "$2" | grep -E "50%|99%|Requests/sec|Non-2xx"
  uptime
}
for mode in true false; do
  [ "$mode" = false ] && { kill $NODE; wait $NODE 2>/dev/null || true; start false; }
  echo "### page cache: $mode"
  run "first page" "$BASE"
  run "deep page (cursor after $((N * 9 / 10)))" "$BASE?cursor=$CURSOR"
  run "filtered first page" "$BASE?country=by&limit=50"
  ETAG=$(curl -s -D - -o /dev/null "$BASE" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
  [ -n "$ETAG" ] && wrk -t2 -c32 -d10s --latency -H "If-None-Match: $ETAG" "$BASE" | grep -E "50%|99%|Requests/sec|Non-2xx" \
      && echo "(the same first page as a 304)"
done
kill $NODE; wait $NODE 2>/dev/null || true; NODE=
psql -q -h "$HOST" -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB" || true
