#!/bin/sh
# One request at a time against a node with the page cache off (every answer a query): the
# latency a reader waits for when the machine is busy with others, where wrk's 32 connections
# mostly measure the queue. Run after bench/api/run.sh has left nothing behind.
#   bench/api/single.sh [N] [PG_HOST] [PG_USER]
set -eu
cd "$(dirname "$0")/../.."
N=${1:-100000}; HOST=${2:-127.0.0.1}; PGUSER=${3:-postgres}
DB=herald_api_bench; PORT=18092
export PGOPTIONS="-c client_min_messages=warning"
psql -q -h "$HOST" -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
HERALD_DATA_DIR=$(mktemp -d /tmp/herald-api-bench-data.XXXXXX) HERALD_PORT=$PORT HERALD_CACHE=false \
HERALD_DB_URL="jdbc:postgresql://$HOST:5432/$DB" HERALD_DB_USER="$PGUSER" HERALD_DB_PASSWORD= \
HERALD_API_ANONYMOUS_PER_MINUTE=1000000000 HERALD_ADMIN_PASSWORD=bench-password-1234 \
    java -Xmx1g -jar target/herald.jar > /tmp/herald-api-single.log 2>&1 &
NODE=$!
trap 'kill $NODE 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do sleep 1; done
psql -q -h "$HOST" -U "$PGUSER" -d $DB -v n="$N" -f bench/api/seed.sql
BASE="http://127.0.0.1:$PORT/api/v1/articles"
DEEP=$(psql -At -h "$HOST" -U "$PGUSER" -d $DB -c "
  SELECT COALESCE(release_date::text, '') || '|' ||
         to_char(first_published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || item_id
  FROM published_item WHERE content_type = 'ARTICLE' AND language = 'en'
  ORDER BY release_date DESC NULLS LAST, first_published_at DESC, item_id DESC
  OFFSET $((N * 9 / 10)) LIMIT 1")
DEEP=$(python3 -c "
import base64,sys
d,p,i=sys.argv[1].split('|')
print(base64.urlsafe_b64encode('\x1f'.join(['1','en,,,',d,p,i]).encode()).decode().rstrip('='))" "$DEEP")
for name in "first page|$BASE" "deep page, 90 % in|$BASE?cursor=$DEEP" "filtered|$BASE?country=by&limit=50"; do
  url=${name#*|}
  for j in 1 2 3 4 5; do curl -s -o /dev/null "$url"; done
  times=$(for j in $(seq 1 41); do curl -s -o /dev/null -w "%{time_total}\n" "$url"; done | sort -n)
  echo "${name%%|*}: median $(echo "$times" | sed -n 21p) s, max $(echo "$times" | tail -1) s ($(uptime | sed 's/.*load/load/'))"
done
kill $NODE; wait $NODE 2>/dev/null || true
psql -q -h "$HOST" -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB"
