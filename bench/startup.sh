#!/usr/bin/env bash
# Start-up time to the first served page, on the embedded default (H2), median of N runs.
# Each run starts target/herald.jar, polls http://localhost:PORT/en/ every 50 ms until it
# answers 200, and stops it. "first start" uses an empty data folder (migrations and the seed
# run); "restart" reuses the folder of the previous run.
# With "cds", the jar is first extracted (java -Djarmode=tools) and a class-data-sharing archive
# recorded from a training start, as an operator may do; runs then use that archive.
# Usage: ./mvnw -DskipTests package && bench/startup.sh [runs] [jar|cds]
set -euo pipefail
runs=${1:-5}
mode=${2:-jar}
cd "$(dirname "$0")/.."
jar=target/herald.jar
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
port=18080
java_opts=()
if [[ $mode == cds ]]; then
  extracted=$(mktemp -d /tmp/herald-cds-XXXXXX)
  java -Djarmode=tools -jar "$jar" extract --destination "$extracted" >/dev/null
  jar=$extracted/herald.jar
  training=$(mktemp -d /tmp/herald-train-XXXXXX)
  HERALD_DATA_DIR=$training HERALD_PORT=$port HERALD_ADMIN_PASSWORD=bench-password-123 \
    java -XX:ArchiveClassesAtExit="$extracted/herald.jsa" -Dspring.context.exit=onRefresh -jar "$jar" >/dev/null 2>&1
  rm -rf "$training"
  java_opts=(-XX:SharedArchiveFile="$extracted/herald.jsa")
fi

measure() { # data-dir -> milliseconds to the first 200 on /en/
  local dir=$1 start end pid
  start=$(date +%s%N)
  HERALD_DATA_DIR=$dir HERALD_PORT=$port HERALD_ADMIN_PASSWORD=bench-password-123 \
    java "${java_opts[@]}" -jar "$jar" >"$dir.log" 2>&1 &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/en/")" == 200 ]]; do
    kill -0 $pid 2>/dev/null || { echo "Herald died, see $dir.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

first=(); again=()
for i in $(seq "$runs"); do
  dir=$(mktemp -d /tmp/herald-bench-XXXXXX)
  first+=("$(measure "$dir")")
  again+=("$(measure "$dir")")
  rm -rf "$dir" "$dir.log"
done
echo "runs: $runs, mode: $mode"
echo "first start (empty data folder): ${first[*]} ms; median $(printf '%s\n' "${first[@]}" | median) ms"
echo "restart (existing data folder):  ${again[*]} ms; median $(printf '%s\n' "${again[@]}" | median) ms"
echo "jar: $(du -h target/herald.jar | cut -f1) ($(stat -c %s target/herald.jar) bytes)"
[[ $mode == cds ]] && rm -rf "$extracted"
exit 0
