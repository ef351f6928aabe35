#!/usr/bin/env bash
# The outbox on PostgreSQL (issue 23): one press release to 100,000 confirmed subscribers, timed
# until every mail is handed to a local SMTP sink, with the heap sampled; then 1,000 webhooks to a
# local receiver: rate and p99. The bench is a test class run in a JVM limited to a 512 MB heap
# (src/test/java/org/herald/outbox/OutboxBenchPostgresIntegrationTests.java); its figures are the
# lines that start with BENCH.
# usage: HERALD_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test HERALD_TEST_PG_USER=postgres bench/outbox/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -o -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dherald.bench=true \
    -Dit.test=OutboxBenchPostgresIntegrationTests -DargLine="-Xmx512m -Dherald.bench=true" verify 2>&1 \
    | grep -E '^BENCH' || true
grep -h '^BENCH' target/failsafe-reports/*OutboxBench*-output.txt 2>/dev/null || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
