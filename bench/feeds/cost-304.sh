#!/usr/bin/env bash
# What a 304 costs the node: CPU time of Herald's JVM per conditional request that is answered
# 304 from the page cache, for the main feed, a filtered feed and the API's first page. CPU per
# request holds on a shared machine where a wall-clock median mostly measures the wait for a core.
# usage: bench/feeds/cost-304.sh BASE_URL PID [SECONDS]   (a running node and its process id)
set -euo pipefail
BASE=$1; PID=$2; SECS=${3:-20}
cd "$(dirname "$0")/../.."
ticks() { awk '{print $14 + $15}' /proc/$PID/stat; }
HZ=$(getconf CLK_TCK)
for path in "/en/feeds/news.rss" "/en/feeds/news.atom?kind=press-release&country=by" "/api/v1/articles"; do
  curl -s -o /dev/null "$BASE$path"
  etag=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$BASE$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  wrk -t2 -c32 -d5s -s bench/feeds/not-modified.lua "$BASE$path" -- "$etag" > /dev/null  # warm-up
  t0=$(ticks)
  out=$(wrk -t2 -c32 -d"${SECS}s" --latency -s bench/feeds/not-modified.lua "$BASE$path" -- "$etag")
  t1=$(ticks)
  reqs=$(awk '/requests in/ {print $1}' <<< "$out")
  errors=$(awk '/Non-2xx/ {print $NF}' <<< "$out")
  med=$(awk '$1 == "50%" {print $2}' <<< "$out")
  one=$(wrk -t1 -c1 -d5s --latency -s bench/feeds/not-modified.lua "$BASE$path" -- "$etag" | awk '$1 == "50%" {print $2}')
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" -H 'Accept-Encoding: gzip' "$BASE$path")
  python3 -c "r=$reqs; c=($t1-$t0)*1000/$HZ; print(f'$path: answered {\"$status\"}; {r} requests at 32 connections, {\"${errors:-0}\"} errors, median {\"$med\"}; one connection: median {\"$one\"}; CPU {c/r:.3f} ms per request; load $(cut -d' ' -f1 /proc/loadavg)')"
done
