#!/usr/bin/env bash
# Feeds and sitemaps benchmark (issue 20): N generated crawled-text items imported into a fresh
# H2 data folder by the packaged jar, a node started on it, then
#   - wrk at 32 connections on the main news feed and on a filtered one, full answers and 304s;
#   - the whole sitemap set fetched (index, then every sitemap it names), timed, with its size.
# usage: bench/feeds/run.sh [N] [SECONDS]   (from the project folder; needs wrk, curl, python3)
#        bench/feeds/run.sh --data DIR [SECONDS]   (measure on a data folder an earlier run imported)
set -euo pipefail
PORT=18091
WORK=$(mktemp -d /tmp/herald-feeds-bench.XXXXXX)
[ -f target/herald.jar ] || ./mvnw -q -B package -DskipTests
cp target/herald.jar "$WORK/herald.jar"
export HERALD_ADMIN_PASSWORD=a-long-bench-password
if [ "${1:-}" = "--data" ]; then
  export HERALD_DATA_DIR=$2
  SECONDS_PER_RUN=${3:-20}
else
  N=${1:-100000}
  SECONDS_PER_RUN=${2:-20}
  python3 bench/import/gen_crawled.py "$N" "$WORK/items.zip"
  export HERALD_DATA_DIR="$WORK/data"
  mkdir -p "$HERALD_DATA_DIR"
  # An archive may take 10 minutes by default; on a loaded machine 100,000 items take longer.
  HERALD_IMPORT_MAX_ARCHIVE_TIME=3h /usr/bin/time -f "import: wall %e s" java -Xmx512m -jar "$WORK/herald.jar" \
      import "$WORK/items.zip" >/dev/null 2>"$WORK/import.err" || { tail -20 "$WORK/import.err"; exit 1; }
  grep -a "items/s\|import: wall" "$WORK/import.err" || true
fi
HERALD_PORT=$PORT java -Xmx1g -jar "$WORK/herald.jar" > "$WORK/node.log" 2>&1 &
NODE=$!
trap 'kill $NODE 2>/dev/null || true; rm -rf "$WORK"' EXIT  # the data folder of --data is kept
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/en/"; do sleep 1; done
BASE="http://127.0.0.1:$PORT"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for FEED in "/en/feeds/news.rss" "/en/feeds/news.atom?kind=press-release&country=by"; do
  curl -s -o /dev/null "$BASE$FEED"  # rendered once, then kept by the page cache
  ETAG=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$BASE$FEED" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  echo "== $FEED, full answers (gzip), 32 connections"
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -H 'Accept-Encoding: gzip' "$BASE$FEED" | grep -E "Requests/sec|Latency|50%|99%"
  echo "== $FEED, 304 answers (If-None-Match: $ETAG), 32 connections"
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -s bench/feeds/not-modified.lua "$BASE$FEED" -- "$ETAG" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
  echo "== $FEED, one reader, page cache bypassed by a fresh query each time (render cost)"
  for i in 1 2 3 4 5; do curl -s -o /dev/null -w "%{time_total}\n" "$BASE$FEED$( [[ $FEED == *\?* ]] && echo '&' || echo '?')year=$((2000 + i))"; done
done
echo "== the whole sitemap set"
START=$(date +%s.%N)
BYTES=0; COUNT=0
for LOC in $(curl -s "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g'); do
  B=$(curl -s -o /dev/null -w "%{size_download}" "$LOC")
  BYTES=$((BYTES + B)); COUNT=$((COUNT + 1))
done
END=$(date +%s.%N)
URLS=$(for LOC in $(curl -s "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g'); do curl -s "$LOC" | grep -o '<url>' | wc -l; done | paste -sd+ | bc)
echo "sitemaps: $COUNT files, $URLS addresses, $BYTES bytes, $(echo "$END - $START" | bc) s in all"
echo "node heap after the sitemaps: $(jcmd $NODE GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo '?')"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
