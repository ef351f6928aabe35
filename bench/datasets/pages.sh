#!/usr/bin/env bash
# Issue 22 pages at scale: 280,000 indicator values (200 countries x 70 years x 20 indicators,
# uploaded through the back office as an editor does) and 50,000 figures from articles (written
# straight into the database beside the running node, each sourced from the seed's release), then
# the median latency of a country page with its "Migration in figures" block and of an indicator's
# page with its choropleth, warm, one connection at a time (wrk --latency), with the page cache
# off (every request rendered: the worst case) and on.
# usage: ./mvnw -DskipTests package && bench/datasets/pages.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS=${1:-10}
PORT=${PORT:-18095}; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/herald-data-pages.XXXXXX)
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
NODE=
stop() { [ -n "$NODE" ] && { kill $NODE 2>/dev/null || true; wait $NODE 2>/dev/null || true; }; NODE=; }
trap 'stop; rm -rf "$WORK"' EXIT
start() { # cache on|off
  HERALD_DATA_DIR=$WORK HERALD_PORT=$PORT HERALD_CACHE=$1 HERALD_ADMIN_PASSWORD=bench-password-1234 \
      java -jar target/herald.jar > "$WORK/node-$1.log" 2>&1 &
  NODE=$!
  until curl -sf -o /dev/null "$BASE/en/"; do kill -0 $NODE 2>/dev/null || { tail -20 "$WORK/node-$1.log"; exit 1; }; sleep 1; done
}
start false
cat > "$WORK/Codes.java" <<'JAVA'
public class Codes { public static void main(String[] a) { for (String c : java.util.Locale.getISOCountries()) System.out.println(c); } }
JAVA
java "$WORK/Codes.java" > "$WORK/codes.txt"
python3 bench/datasets/generate.py "$WORK/values.csv" 200 70 20 "$WORK/codes.txt" "Scale indicator"
JAR="$WORK/cookies"
csrf() { curl -s -c "$JAR" -b "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=bench-password-1234&_csrf=$(csrf /login)" "$BASE/login"
location=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' -F "_csrf=$(csrf /admin/datasets)" \
    -F "file=@$WORK/values.csv" -F "dataset=" "$BASE/admin/datasets/uploads")
id=${location##*/}
form="_csrf=$(csrf /admin/datasets/uploads/$id)&column-country=0&column-year=1&column-indicator=2&column-value=3"
form="$form&slug=scale&title-en=Scale&source=bench&licence=CC+BY+4.0&unit=people&counts=on&demonstration=on"
echo "upload of 280,000 values: $(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code} %{time_total} s' -d "$form" "$BASE/admin/datasets/uploads/$id")"
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/herald;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" \
    -user sa -sql "INSERT INTO figure (country_code, figure_value, unit, qualifier, sentence, source_content_id)
      SELECT c.code, 1000 + x, 'migrants', NULL, 'Benchmark sentence ' || x, r.id
      FROM SYSTEM_RANGE(1, 50000) s(x)
      JOIN (SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n FROM country) c ON c.n = MOD(s.x, 200)
      CROSS JOIN (SELECT MIN(id) AS id FROM content_item WHERE content_type = 'ARTICLE') r" > /dev/null
echo "figures stored: $(java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/herald;AUTO_SERVER=TRUE" -user sa -sql "SELECT COUNT(*) FROM figure" | sed -n 2p)"
INDICATOR=$(curl -s "$BASE/api/v1/indicators" | grep -o '"code":"scale-indicator-1[^"]*"' | head -1 | sed 's/"code":"//;s/"$//')
COUNTRY=de
measure() { # label path
  for i in 1 2 3 4 5; do curl -s -o /dev/null "$BASE$2"; done
  local out; out=$(wrk -t1 -c1 -d"${SECS}s" --latency "$BASE$2")
  echo "$1: median $(echo "$out" | awk '/^ +50%/ {print $2}'), p99 $(echo "$out" | awk '/^ +99%/ {print $2}'), $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s, $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes' "$BASE$2")"
}
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); indicator $INDICATOR"
measure "country page /en/countries/$COUNTRY, cache off" "/en/countries/$COUNTRY"
measure "indicator page with its choropleth, cache off" "/en/data/indicators/$INDICATOR"
measure "the choropleth as SVG, cache off" "/en/data/indicators/$INDICATOR/map.svg"
stop
start true
measure "country page, cache on" "/en/countries/$COUNTRY"
measure "indicator page with its choropleth, cache on" "/en/data/indicators/$INDICATOR"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
