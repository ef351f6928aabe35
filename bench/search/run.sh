#!/bin/sh
# The search benchmark: Lucene in-JVM against PostgreSQL full-text search on the same synthetic
# articles and the same 1,000 queries. Not part of the test run.
#   bench/search/run.sh [N] [SEED] [PG_JDBC_URL] [PG_USER]
# e.g. bench/search/run.sh 100000 42 jdbc:postgresql://127.0.0.1:5432/test postgres
# Results go to stdout; docs/benchmarks.md keeps the table of the last run.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile -Dcheckstyle.skip
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.herald.search.SearchBenchmark "$@"
