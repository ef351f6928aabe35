#!/bin/sh
# The search benchmark: Lucene in-JVM against PostgreSQL full-text search on the same synthetic
# articles and the same 1,000 queries; then, when wrk is installed, the same queries over HTTP
# against a real node (the packaged jar on a fresh H2 database) serving that index. Not part of
# the test run.
#   bench/search/run.sh [N] [SEED] [PG_JDBC_URL|-] [PG_USER]
# e.g. bench/search/run.sh 100000 42 jdbc:postgresql://127.0.0.1:5432/test postgres
# Results go to stdout; docs/benchmarks.md keeps the table of the last run.
set -eu
cd "$(dirname "$0")/../.."
N=${1:-100000}; SEED=${2:-42}; PG=${3:--}; PGUSER=${4:-postgres}
KEEP=$(mktemp -d /tmp/herald-search-bench.XXXXXX)
[ -f target/herald.jar ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.herald.search.SearchBenchmark "$N" "$SEED" "$PG" "$PGUSER" "$KEEP"
if command -v wrk >/dev/null 2>&1; then
  PORT=18089
  HERALD_DATA_DIR="$KEEP" HERALD_PORT=$PORT HERALD_ADMIN_PASSWORD=bench-password-1234 \
      java -Xmx1g -jar target/herald.jar > "$KEEP/node.log" 2>&1 &
  NODE=$!
  trap 'kill $NODE 2>/dev/null || true; rm -rf "$KEEP"' EXIT
  until curl -sf "http://127.0.0.1:$PORT/api/v1/search?q=migration" | grep -q '"total":[1-9]'; do sleep 1; done
  wrk -t2 -c4 -d30s -s bench/search/mix.lua "http://127.0.0.1:$PORT" -- "$KEEP/queries.txt" > /dev/null
  echo "wrk over HTTP after a 30 s warm-up (2 threads, 4 connections, 30 s, the same 1,000 queries in turn):"
  wrk -t2 -c4 -d30s --latency -s bench/search/mix.lua "http://127.0.0.1:$PORT" -- "$KEEP/queries.txt"
else
  echo "wrk is not installed: no HTTP measurement"
  rm -rf "$KEEP"
fi
