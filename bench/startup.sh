#!/usr/bin/env bash
# Start-up time to the first served page, on the embedded default (H2), median of N runs.
# Each run starts Herald, polls http://localhost:PORT/en/ every 50 ms until it answers 200, notes
# the wall time and the CPU time the process has used by then, and stops it. "first start" uses
# an empty data folder (migrations and the seed run); "restart" reuses the folder of the previous
# run. Several modes given at once are run interleaved (run 1 of each mode, then run 2...), so
# that they share the machine's load; the range of the load average is printed beside each median.
#
# A mode is a "+"-joined list of:
#   jar          java -jar target/herald.jar, as the README says (on its own: the plain start)
#   extract      the jar extracted first (java -Djarmode=tools -jar herald.jar extract), no archive
#   cds          Java 17: the jar extracted and a class-data-sharing archive recorded by a training
#                start (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile)
#   aotcache25   Java 25 (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java): the jar
#                extracted and an AOT cache recorded by a training start (-XX:AOTCacheOutput, then
#                -XX:AOTCache; JEP 483, 514, 515)
#   java25       Java 25, no archive
#   pages        the training start also serves a few pages (by default it stops once the
#                application is ready, -Dspring.context.exit=onRefresh, as the README says)
#   aot          -Dspring.aot.enabled=true (the packaged jar already uses Spring AOT by default)
#   noaot        -Dspring.aot.enabled=false: without Spring AOT's build-time bean definitions
#   lazy         spring.main.lazy-initialization=true
# A mode may end with @PATH to start another build's jar (e.g. jar@/tmp/herald-before.jar).
# Usage: ./mvnw -DskipTests package && bench/startup.sh [runs] [mode...]
#   e.g. bench/startup.sh 5 noaot jar cds aotcache25
set -euo pipefail
runs=${1:-5}
shift || true
modes=("${@:-jar}")
cd "$(dirname "$0")/.."
jar=$PWD/target/herald.jar
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
java17=${JAVA:-java}
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
port=18080
tick=$(getconf CLK_TCK)
work=$(mktemp -d /tmp/herald-startup-XXXXXX)
trap 'rm -rf "$work"' EXIT

has() { [[ "+$1+" == *"+$2+"* ]]; }
key() { local k=${1//+/_}; k=${k//\//_}; echo "${k//@/_}"; }

# Prints the command line (one word a line) that starts Herald in the given mode, preparing the
# extracted jar and the archive on first use.
declare -A command_of
prepare() {
  local mode=${1%%@*} dir=$work/$(key "$1") java=$java17 jar=$jar opts=() run_jar
  [[ $1 == *@* ]] && jar=${1#*@}
  run_jar=$jar
  mkdir -p "$dir"
  if has "$mode" aotcache25 || has "$mode" java25; then java=$java25; fi
  has "$mode" aot && opts+=(-Dspring.aot.enabled=true)
  has "$mode" noaot && opts+=(-Dspring.aot.enabled=false)
  has "$mode" lazy && opts+=(-Dspring.main.lazy-initialization=true)
  if has "$mode" extract || has "$mode" cds || has "$mode" aotcache25; then
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >/dev/null
    run_jar=$dir/app/$(basename "$jar")
  fi
  if has "$mode" cds || has "$mode" aotcache25; then
    local record use
    if has "$mode" cds; then
      record=-XX:ArchiveClassesAtExit="$dir/app/herald.jsa" use=-XX:SharedArchiveFile="$dir/app/herald.jsa"
    else
      record=-XX:AOTCacheOutput="$dir/app/herald.aot" use=-XX:AOTCache="$dir/app/herald.aot"
    fi
    if has "$mode" pages; then
      train "$dir/train" "$java" "$record" "${opts[@]}" -jar "$run_jar"
    else
      HERALD_DATA_DIR=$dir/train HERALD_PORT=$port HERALD_ADMIN_PASSWORD=bench-password-123 \
        "$java" "$record" -Dspring.context.exit=onRefresh "${opts[@]}" -jar "$run_jar" >"$dir/train.log" 2>&1
    fi
    opts+=("$use")
  fi
  command_of[$1]=$(printf '%s\n' "$java" "${opts[@]}" -jar "$run_jar")
}

# A training start that serves pages: first start on an empty folder, a few pages served, then
# a normal stop, at which the JVM writes the archive.
train() {
  local dir=$1 pid
  shift
  HERALD_DATA_DIR=$dir HERALD_PORT=$port HERALD_ADMIN_PASSWORD=bench-password-123 "$@" >"$dir.log" 2>&1 &
  pid=$!
  wait_for_page $pid "$dir.log"
  for page in /en/ /fr/ /ar/ /en/news /login /en/search?q=migration /api/v1/items; do
    curl -s -o /dev/null "http://localhost:$port$page"
  done
  kill $pid; wait $pid 2>/dev/null || true
}

wait_for_page() { # pid log
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/en/")" == 200 ]]; do
    kill -0 "$1" 2>/dev/null || { echo "Herald died, see $2" >&2; cat "$2" >&2; exit 1; }
    sleep 0.05
  done
}

measure() { # mode data-dir -> "wall-ms cpu-ms load"
  local mode=$1 dir=$2 start end pid cpu
  local -a command
  mapfile -t command <<<"${command_of[$mode]}"
  start=$(date +%s%N)
  HERALD_DATA_DIR=$dir HERALD_PORT=$port HERALD_ADMIN_PASSWORD=bench-password-123 "${command[@]}" >"$dir.log" 2>&1 &
  pid=$!
  wait_for_page $pid "$dir.log"
  end=$(date +%s%N)
  cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( cpu * 1000 / tick )) $(cut -d' ' -f1 /proc/loadavg)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
column() { cut -d' ' -f"$1" "$2"; }
summary() { # file: one "wall cpu load" line per run
  local walls
  walls=$(column 1 "$1" | sort -n | tr '\n' ' ')
  printf 'median %s ms (%s), CPU %s ms, load %s' "$(column 1 "$1" | median)" "${walls% }" \
    "$(column 2 "$1" | median)" "$(column 3 "$1" | sort -n | sed -n '1p;$p' | paste -sd- -)"
}

for mode in "${modes[@]}"; do prepare "$mode"; done
for i in $(seq "$runs"); do
  for mode in "${modes[@]}"; do
    dir=$work/$(key "$mode")/run$i
    mkdir -p "$dir"
    measure "$mode" "$dir/data" >>"$work/$(key "$mode").first"
    measure "$mode" "$dir/data" >>"$work/$(key "$mode").again"
    rm -rf "$dir"
  done
done
echo "runs: $runs; $(date -u +%F), $(git rev-parse --short HEAD 2>/dev/null || echo '?'); jar $(du -h "$jar" | cut -f1)"
for mode in "${modes[@]}"; do
  echo "$mode: $(tr '\n' ' ' <<<"${command_of[$mode]}" | sed "s|$work/[^ ]*/app|APP|g")"
  echo "  first start: $(summary "$work/$(key "$mode").first")"
  echo "  restart:     $(summary "$work/$(key "$mode").again")"
done
