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
# The share of the machine's time the host took from it (steal) since the given /proc/stat line: on this VM it
# ranged from 2% to 46% within one afternoon, and the rates with it.
cpu() { head -1 /proc/stat; }
steal() { # earlier cpu line
  python3 -c "import sys; a=list(map(int,sys.argv[1].split()[1:9])); b=list(map(int,sys.argv[2].split()[1:9]))
d=[y-x for x,y in zip(a,b)]; print('%.0f%%' % (100.0*d[7]/max(1,sum(d))))" "$1" "$(cpu)"
}
run() { # label, data dir, extra env...
  local label=$1 data=$2; shift 2
  mkdir -p "$data"
  # The previous run's writes reach the disk first: the H2 run leaves some 2 GB of dirty pages, whose
  # writing-back otherwise falls into the next run (the PostgreSQL import after it fell from 1,056-1,122
  # items/s run alone to 947).
  sync
  local before
  before=$(cpu)
  env HERALD_DATA_DIR="$data" HERALD_ADMIN_PASSWORD=a-long-bench-password "$@" \
    /usr/bin/time -f "peak RSS %M kB, wall %e s, Java CPU %U s user + %S s system" java -Xmx512m -Xlog:gc:file="$data/gc.log" -jar "$JAR" import "${ARGS[@]}" \
    >/dev/null 2>"$data/err"
  # The heap in use before each collection, at its highest: what the import needed at most.
  local heap
  heap=$(grep -o '[0-9]*M->' "$data/gc.log" | sed 's/M->//' | sort -n | tail -1)
  echo "$label: $(grep -a 'items/s' "$data/err") — $(tail -1 "$data/err"), peak heap ${heap:-?} MB, host steal $(steal "$before")"
}
ARGS=("$WORK/parse.zip" --dry-run); run "dry run (parse only), H2, $N_PARSE items" "$WORK/dry"
ARGS=("$WORK/store.zip"); run "import into H2, $N_STORE items" "$WORK/h2"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS herald_bench" -c "CREATE DATABASE herald_bench"
ARGS=("$WORK/store.zip"); run "import into PostgreSQL, $N_STORE items" "$WORK/pg" \
  HERALD_DB_URL=jdbc:postgresql://127.0.0.1:5432/herald_bench HERALD_DB_USER=postgres
ARGS=("$WORK/store.zip"); run "re-import into PostgreSQL (all skipped), $N_STORE items" "$WORK/pg" \
  HERALD_DB_URL=jdbc:postgresql://127.0.0.1:5432/herald_bench HERALD_DB_USER=postgres
echo "PostgreSQL alone, the statements of one stored item per transaction (bench/import/pg_floor.sql), 4 clients, 60 s:"
sync
before=$(cpu)
pgbench -h 127.0.0.1 -U postgres -n -c 4 -j 2 -T 60 -M prepared -f bench/import/pg_floor.sql herald_bench 2>&1 \
  | grep -E '^(tps|latency average|number of failed)|abort|error' || true  # a failed client is shown, not fatal
echo "host steal during pgbench: $(steal "$before")"
rm -rf "$WORK"
