#!/usr/bin/env bash
# Where we work at the organization's size: 171 countries present and 175 member states
# (present-171.sql) on a fresh H2 data folder with the seed, then each page rendered with the
# page cache off (HERALD_CACHE=false), 21 times one after another: median and slowest time, bytes.
# usage: ./mvnw -DskipTests package && bench/where/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=18093; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/herald-where.XXXXXX)
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
NODE=
stop() { [ -n "$NODE" ] && { kill $NODE 2>/dev/null || true; wait $NODE 2>/dev/null || true; }; NODE=; }
trap 'stop; rm -rf "$WORK"' EXIT
start() {
  HERALD_DATA_DIR=$WORK HERALD_PORT=$PORT HERALD_CACHE=false HERALD_ADMIN_PASSWORD=bench-password-1234 \
      java -Xmx512m -jar target/herald.jar > "$WORK/node.log" 2>&1 &
  NODE=$!
  until curl -sf -o /dev/null "$BASE/en/"; do kill -0 $NODE 2>/dev/null || { tail -20 "$WORK/node.log"; exit 1; }; sleep 1; done
}
start; stop
java -cp "$H2_JAR" org.h2.tools.RunScript -user sa -script bench/where/present-171.sql \
    -url "jdbc:h2:file:$WORK/herald;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
start
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
for path in /en/where-we-work /ar/where-we-work /en/countries/by /en/countries "/en/countries?presence=country_office" \
            /en/regions/eastern-europe-central-asia /api/v1/countries; do
  for i in $(seq 5); do curl -s -o /dev/null "$BASE$path"; done  # warm-up
  times=$(for i in $(seq 21); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | sort -n)
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
  gz=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$path")
  echo "$path: median $(sed -n 11p <<< "$times") s, slowest $(tail -1 <<< "$times") s, $bytes bytes ($gz gzip)"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
