#!/usr/bin/env bash
# The whole sitemap set on N synthetic articles (issue 20's target: 100,000 in under 5 s), on H2
# and on PostgreSQL. The articles are written straight into the read model (bench/api/seed.sql,
# bench/feeds/seed-h2.sql), which takes a minute or two instead of an import's hour; a node is
# then started on each database and the index and every sitemap it names are fetched one after
# another, each timed, with the node's heap after.
# usage: ./mvnw -DskipTests package && bench/feeds/sitemaps.sh [N] [h2|pg|both] [runs]
# JARS="a.jar b.jar" bench/feeds/sitemaps.sh ... compares builds: each run starts each jar in turn
# on the same database.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/../.."
N=${1:-100000}; WHICH=${2:-both}; RUNS=${3:-3}
PORT=18096; DB=herald_sitemap_bench
WORK=$(mktemp -d /tmp/herald-sitemaps.XXXXXX)
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
JARS=${JARS:-target/herald.jar}
cp "${JARS%% *}" "$WORK/herald.jar"  # the first one migrates and seeds
NODE=
stop() { [ -n "$NODE" ] && { kill $NODE 2>/dev/null || true; wait $NODE 2>/dev/null || true; }; NODE=; }
trap 'stop; rm -rf "$WORK"' EXIT
start() { # [jar]; env for the database is exported by the caller
  HERALD_DATA_DIR=$WORK/data HERALD_PORT=$PORT HERALD_ADMIN_PASSWORD=bench-password-1234 \
      java -Xmx512m -jar "${1:-$WORK/herald.jar}" > "$WORK/node.log" 2>&1 &
  NODE=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/en/"; do
    kill -0 $NODE 2>/dev/null || { tail -30 "$WORK/node.log"; exit 1; }; sleep 1
  done
}
measure() {
  for run in $(seq "$RUNS"); do
   for jar in $JARS; do
    stop; start "$jar"
    echo "-- run $run, $jar, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    local start end urls=0 bytes=0
    start=$(date +%s%N)
    for loc in $(curl -s "http://127.0.0.1:$PORT/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g'); do
      curl -s -o "$WORK/part.xml" -w "%{time_total} s %{size_download} B $loc\n" "$loc" | awk '$1 > 0.2'
      urls=$((urls + $(grep -o '<url>' "$WORK/part.xml" | wc -l))); bytes=$((bytes + $(stat -c %s "$WORK/part.xml")))
    done
    end=$(date +%s%N)
    echo "sitemap set: $urls addresses, $bytes bytes, $(( (end - start) / 1000000 )) ms in all (files over 0.2 s listed)"
    echo "node heap: $(jcmd $NODE GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo '?')"
   done
  done
}
if [[ $WHICH == h2 || $WHICH == both ]]; then
  echo "== H2, $N articles"
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"
  unset HERALD_DB_URL HERALD_DB_USER HERALD_DB_PASSWORD
  start; stop  # migrations and the seed
  sed "s/100000/$N/" bench/feeds/seed-h2.sql > "$WORK/seed.sql"
  java -cp "$H2_JAR" org.h2.tools.RunScript -user sa -script "$WORK/seed.sql" \
      -url "jdbc:h2:file:$WORK/data/herald;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  measure; stop
fi
if [[ $WHICH == pg || $WHICH == both ]]; then
  echo "== PostgreSQL, $N articles"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"
  export HERALD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB HERALD_DB_USER=postgres HERALD_DB_PASSWORD=
  start; stop
  psql -q -h 127.0.0.1 -U postgres -d $DB -v n="$N" -f bench/api/seed.sql
  measure; stop
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB"
fi
