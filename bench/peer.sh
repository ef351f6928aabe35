#!/usr/bin/env bash
# Herald beside WordPress and nginx, on the same articles, in one run (issue 19).
#
#   usage: bench/peer.sh [N] [ROUNDS] [DURATION]      (defaults: 2000 articles, 3 rounds, 10s)
#
# 1. ../shared/bench/peer/setup.sh N installs WordPress (nginx, php-fpm, MariaDB) and nginx
#    serving the sample article as a static file, and generates the corpus (idempotent).
# 2. The same corpus is turned into crawled pages (bench/peer/to_crawled.py) and imported into
#    Herald on H2 and on PostgreSQL (database herald_peer, dropped and re-created).
# 3. Three Herald nodes start, each with -Xmx512m: H2 with its page cache, PostgreSQL with its
#    page cache, PostgreSQL with the cache off (HERALD_CACHE=false), on ports 28091-28093.
# 4. Each round runs wrk (2 threads, 10 s, after a 3 s warm-up) at 32 and then 64 connections
#    against every target in turn: nginx's static file, WordPress's article, Herald's article on
#    each node, and a conditional GET (If-None-Match) of it. Rounds are interleaved so that each
#    ratio compares figures measured minutes apart, with the load average beside each.
# Prints a table (target, connections, req/s, p50, p99, errors) per round and the ratios.
# Needs root (the peer's setup installs packages), wrk, python3, PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}; ROUNDS=${2:-3}; DUR=${3:-10s}
PEER=${PEER:-$(cd ../shared/bench/peer && pwd)}
export PB_DATA=${PB_DATA:-/tmp/herald-peer-bench/data}
[[ -f target/herald.jar ]] || ./mvnw -B -q -DskipTests package
"$PEER/setup.sh" "$N" >&2
WORK=$(mktemp -d /tmp/herald-peer-XXXXXX)
cp target/herald.jar "$WORK/herald.jar"
python3 bench/peer/to_crawled.py "$PB_DATA/corpus.jsonl" "$WORK/corpus.zip"
PG_URL=jdbc:postgresql://127.0.0.1:5432/herald_peer
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS herald_peer" -c "CREATE DATABASE herald_peer"
herald() { # data dir, then env assignments, then herald's arguments
  local data=$1; shift
  env HERALD_DATA_DIR="$data" HERALD_ADMIN_PASSWORD=a-long-bench-password "$@"
}
echo "importing $N articles into H2 and PostgreSQL" >&2
herald "$WORK/h2" java -Xmx512m -jar "$WORK/herald.jar" import "$WORK/corpus.zip" >"$WORK/import-h2.log" 2>&1
herald "$WORK/pg" HERALD_DB_URL=$PG_URL HERALD_DB_USER=postgres \
  java -Xmx512m -jar "$WORK/herald.jar" import "$WORK/corpus.zip" >"$WORK/import-pg.log" 2>&1
PIDS=()  # the nodes this script started, stopped when it ends however it ends
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start() { # name port data-dir env...
  local name=$1 port=$2 data=$3; shift 3
  # env execs java, so $! is java's own process id, which cleanup can stop
  env HERALD_DATA_DIR="$data" HERALD_ADMIN_PASSWORD=a-long-bench-password HERALD_PORT="$port" "$@" \
    java -Xmx512m -jar "$WORK/herald.jar" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
start h2 28091 "$WORK/h2"
start pg 28092 "$WORK/pg" HERALD_DB_URL=$PG_URL HERALD_DB_USER=postgres
start pg-uncached 28093 "$WORK/pg2" HERALD_DB_URL=$PG_URL HERALD_DB_USER=postgres HERALD_CACHE=false
for port in 28091 28092 28093; do  # up, and its search index built (search answers 503 until then)
  for _ in $(seq 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/search?q=a" && break; sleep 0.5; done
done
TITLE=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['sample']['title'])" "$PB_DATA/meta.json")
SAMPLE=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['sample']['path'])" "$PB_DATA/meta.json")
# The sample article's address in Herald: its search hit with that exact title.
ARTICLE=$(curl -sf -G "http://127.0.0.1:28091/api/v1/search" --data-urlencode "q=\"$TITLE\"" | python3 -c "
import json,sys
hits=json.load(sys.stdin)['results']
print(next(h['url'] for h in hits if h['title']==sys.argv[1]))" "$TITLE")
ETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:28092$ARTICLE" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
TARGETS=(
  "nginx_static http://127.0.0.1:8082$SAMPLE"
  "wordpress http://127.0.0.1:8081$SAMPLE"
  "herald_h2_cached http://127.0.0.1:28091$ARTICLE"
  "herald_pg_cached http://127.0.0.1:28092$ARTICLE"
  "herald_pg_uncached http://127.0.0.1:28093$ARTICLE"
  "herald_pg_304 http://127.0.0.1:28092$ARTICLE"
)
printf 'Herald article %s; sample %s (%s)\n' "$ARTICLE" "$SAMPLE" "$TITLE"
for t in "${TARGETS[@]}"; do printf '  %s: %s bytes, HTTP %s\n' "${t%% *}" \
  "$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br, gzip' "${t##* }")" \
  "$(curl -s -o /dev/null -w '%{http_code}' "${t##* }")"; done
RESULTS=$WORK/results.tsv
printf 'round\tconns\ttarget\trps\tp50_ms\tp99_ms\terrors\tload1\n' > "$RESULTS"
ms() { # wrk latency like 1.23ms, 456.00us, 1.02s -> ms
  awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'
}
for round in $(seq "$ROUNDS"); do
  for conns in 32 64; do
    for t in "${TARGETS[@]}"; do
      name=${t%% *}; url=${t##* }
      headers=(-H 'Accept-Encoding: br, gzip')
      [[ $name == herald_pg_304 ]] && headers+=(-H "If-None-Match: $ETAG")
      wrk -t1 -c4 -d3s "${headers[@]}" "$url" >/dev/null
      out=$(wrk -t2 -c"$conns" -d"$DUR" --latency "${headers[@]}" "$url")
      rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
      p50=$(ms "$(awk '$1=="50%"{print $2}' <<<"$out")"); p99=$(ms "$(awk '$1=="99%"{print $2}' <<<"$out")")
      errors=$(awk '/Non-2xx|Socket errors/{s=s $0 "; "} END{print s==""?"0":s}' <<<"$out")
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$conns" "$name" "$rps" "$p50" "$p99" "${errors:-0}" \
        "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS"
    done
  done
done
echo; echo "Ratios per round (Herald's req/s over the other's, same round and connections):"
python3 - "$RESULTS" <<'PY'
import csv, sys, collections
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
by = collections.defaultdict(dict)
for r in rows: by[(r['round'], r['conns'])][r['target']] = float(r['rps'])
print("round\tconns\tcached H2/nginx\tcached PG/nginx\tcached H2/WP\tcached PG/WP\tuncached PG req/s")
for (rnd, c), t in sorted(by.items()):
    f = lambda a, b: "%.2f" % (t[a] / t[b]) if t.get(b) else "-"
    print(f"{rnd}\t{c}\t{f('herald_h2_cached','nginx_static')}\t{f('herald_pg_cached','nginx_static')}\t"
          f"{f('herald_h2_cached','wordpress')}\t{f('herald_pg_cached','wordpress')}\t{t.get('herald_pg_uncached', 0):.0f}")
PY
echo "raw results: $RESULTS"
