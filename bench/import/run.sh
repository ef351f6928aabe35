#!/usr/bin/env bash
# Import benchmark: N_PARSE generated crawled-text items parsed in a dry run, N_STORE items
# imported into H2 and into PostgreSQL, each by the packaged jar with a 512 MB heap cap; then
# PostgreSQL alone (pgbench) running the statements of one stored item, as a reference.
# usage: bench/import/run.sh [N_PARSE] [N_STORE]   (from the project folder, after ./mvnw package)
# PostgreSQL: 127.0.0.1:5432, user postgres; the database herald_bench is dropped and re-created.
set -euo pipefail
N_PARSE=${1:-100000}
N_STORE=${2:-100000}
WORK=$(mktemp -d)
JAR=$WORK/herald.jar
cp target/herald.jar "$JAR"  # a copy: a build during the run does not change it
python3 bench/import/gen_crawled.py "$N_PARSE" "$WORK/parse.zip"
python3 bench/import/gen_crawled.py "$N_STORE" "$WORK/store.zip"
run() { # label, data dir, extra env...
  local label=$1 data=$2; shift 2
  mkdir -p "$data"
  env HERALD_DATA_DIR="$data" HERALD_ADMIN_PASSWORD=a-long-bench-password "$@" \
    /usr/bin/time -f "peak RSS %M kB, wall %e s" java -Xmx512m -Xlog:gc:file="$data/gc.log" -jar "$JAR" import "${ARGS[@]}" \
    >/dev/null 2>"$data/err"
  # The heap in use before each collection, at its highest: what the import needed at most.
  local heap
  heap=$(grep -o '[0-9]*M->' "$data/gc.log" | sed 's/M->//' | sort -n | tail -1)
  echo "$label: $(grep -a 'items/s' "$data/err") — $(tail -1 "$data/err"), peak heap ${heap:-?} MB"
}
ARGS=("$WORK/parse.zip" --dry-run); run "dry run (parse only), H2, $N_PARSE items" "$WORK/dry"
ARGS=("$WORK/store.zip"); run "import into H2, $N_STORE items" "$WORK/h2"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS herald_bench" -c "CREATE DATABASE herald_bench"
ARGS=("$WORK/store.zip"); run "import into PostgreSQL, $N_STORE items" "$WORK/pg" \
  HERALD_DB_URL=jdbc:postgresql://127.0.0.1:5432/herald_bench HERALD_DB_USER=postgres
ARGS=("$WORK/store.zip"); run "re-import into PostgreSQL (all skipped), $N_STORE items" "$WORK/pg" \
  HERALD_DB_URL=jdbc:postgresql://127.0.0.1:5432/herald_bench HERALD_DB_USER=postgres
echo "PostgreSQL alone, the statements of one stored item per transaction (bench/import/pg_floor.sql), 4 clients, 60 s:"
pgbench -h 127.0.0.1 -U postgres -n -c 4 -j 2 -T 60 -M prepared -f bench/import/pg_floor.sql herald_bench 2>&1 \
  | grep -E '^(tps|latency average)'
rm -rf "$WORK"
