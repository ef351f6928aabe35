#!/usr/bin/env bash
# Issue 22 datasets: (1) uploading a 100,000-row CSV (200 countries x 25 years x 20 indicators)
# through the back office, the upload and the mapping step over HTTP as an editor does, timed from
# the mapping form's POST to its answer (the rows checked and stored in one transaction); (2) a
# 280,000-value CSV export (200 countries x 70 years x 20 indicators), streamed from a node whose
# heap is capped at 256 MB (-Xmx256m): time, bytes, and the node's peak heap after the download.
# On a fresh H2 data folder (the embedded default), or PostgreSQL when HERALD_DB_URL is set.
# usage: ./mvnw -DskipTests package && bench/datasets/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18094}; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/herald-datasets.XXXXXX)
NODE=
stop() { [ -n "$NODE" ] && { kill $NODE 2>/dev/null || true; wait $NODE 2>/dev/null || true; }; NODE=; }
trap 'stop; rm -rf "$WORK"' EXIT
HERALD_DATA_DIR=$WORK HERALD_PORT=$PORT HERALD_CACHE=false HERALD_ADMIN_PASSWORD=bench-password-1234 \
    java -Xmx256m -jar target/herald.jar > "$WORK/node.log" 2>&1 &
NODE=$!
until curl -sf -o /dev/null "$BASE/en/"; do kill -0 $NODE 2>/dev/null || { tail -20 "$WORK/node.log"; exit 1; }; sleep 1; done

# Country codes from the JDK, as Herald has them.
cat > "$WORK/Codes.java" <<'JAVA'
public class Codes { public static void main(String[] a) { for (String c : java.util.Locale.getISOCountries()) System.out.println(c); } }
JAVA
java "$WORK/Codes.java" > "$WORK/codes.txt"
python3 bench/datasets/generate.py "$WORK/upload.csv" 200 25 20 "$WORK/codes.txt" "Upload indicator"
python3 bench/datasets/generate.py "$WORK/export.csv" 200 70 20 "$WORK/codes.txt" "Export indicator"

JAR="$WORK/cookies"
csrf() { curl -s -c "$JAR" -b "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=bench-password-1234&_csrf=$(csrf /login)" "$BASE/login"

upload() { # file slug -> seconds of the storing step
  local location id form
  location=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' -F "_csrf=$(csrf /admin/datasets)" \
      -F "file=@$1" -F "dataset=" "$BASE/admin/datasets/uploads")
  id=${location##*/}
  form="_csrf=$(csrf /admin/datasets/uploads/$id)&column-country=0&column-year=1&column-indicator=2&column-value=3"
  form="$form&slug=$2&title-en=Benchmark+$2&source=bench&licence=CC+BY+4.0&unit=people&counts=on&demonstration=on"
  curl -s -c "$JAR" -b "$JAR" -o "$WORK/stored.html" -w '%{http_code} %{time_total}' -d "$form" \
      "$BASE/admin/datasets/uploads/$id"
}
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "upload of $(($(wc -l < "$WORK/upload.csv") - 1)) rows ($(du -h "$WORK/upload.csv" | cut -f1)): status and seconds $(upload "$WORK/upload.csv" bench-100k)"
echo "upload of $(($(wc -l < "$WORK/export.csv") - 1)) rows: status and seconds $(upload "$WORK/export.csv" bench-280k)"
for i in 1 2 3; do
  echo "export of 280,000 values as CSV: $(curl -s -o "$WORK/export-out.csv" -w '%{http_code} %{time_total} s %{size_download} bytes' \
      "$BASE/downloads/datasets/bench-280k/v1.csv"), rows $(($(wc -l < "$WORK/export-out.csv") - 1))"
done
echo "export of 280,000 values as JSON: $(curl -s -o /dev/null -w '%{http_code} %{time_total} s %{size_download} bytes' \
    "$BASE/downloads/datasets/bench-280k/v1.json")"
echo "node heap after the exports (jcmd GC.heap_info):"
jcmd $NODE GC.heap_info 2>/dev/null | head -4 || true
grep -c "OutOfMemoryError" "$WORK/node.log" | sed 's/^/OutOfMemoryError lines in the log: /' || true
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
