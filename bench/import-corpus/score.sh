#!/usr/bin/env bash
# Issue 25: scores a build's dry-run recovery on the import corpus, per field, for the development
# and the frozen test set (src/test/resources/import-corpus/{dev,test}).
# usage: bench/import-corpus/score.sh [JAR] [--differences dev]
#   (from the project folder, after ./mvnw package and ./mvnw test-compile)
# Each set is imported with `java -jar JAR import PAGES --dry-run --json` on a fresh H2 data folder
# (the seed loaded, as on a first start); CorpusScore (test classes) compares the records with the
# keyed JSON and prints the table. Never look at the test set's differences while changing rules.
set -euo pipefail
JAR=target/herald.jar
if [[ $# -gt 0 && $1 != --* ]]; then JAR=$1; shift; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP=target/corpus.classpath
if [[ ! -s $CP ]]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP" >/dev/null
fi
for set in dev test; do
  mkdir -p "$WORK/$set-data"
  HERALD_DATA_DIR="$WORK/$set-data" HERALD_ADMIN_PASSWORD=a-long-corpus-password \
    java -jar "$JAR" import "src/test/resources/import-corpus/$set/pages" --dry-run --json \
    >"$WORK/$set.jsonl" 2>"$WORK/$set.err" || { tail -20 "$WORK/$set.err"; exit 1; }
done
java -cp "target/test-classes:$(cat "$CP")" org.herald.importer.corpus.CorpusScore \
  dev="$WORK/dev.jsonl" test="$WORK/test.jsonl" "$@"
