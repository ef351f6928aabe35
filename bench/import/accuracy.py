#!/usr/bin/env python3
"""Field-by-field accuracy of the import on the team's fixtures.

usage: bench/import/accuracy.py [JAR]   (from the project folder, after ./mvnw package)

Runs `java -jar JAR import src/test/resources/import/fixtures --dry-run --json` on a fresh H2
data folder (the seed loaded, as on a first start), and compares every field of every record
with the expected JSON the team wrote (src/test/resources/import/expected/NN-name.json, one
list of records per fixture file). Prints, for each of the fourteen fields, how many records
give exactly the expected value, then each difference. ImportContract asserts the same records
whole; this shows where a change would land, field by field.
"""
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

FIELDS = ["source", "status", "kind", "language", "title", "date", "dateline", "countries",
          "organizations", "contacts", "figures", "themes", "warnings", "error"]
FIXTURES = "src/test/resources/import/fixtures"
EXPECTED = "src/test/resources/import/expected"


def fixture_of(source):
    """'fixtures/26-wordpress-export.xml#post-12' -> '26-wordpress-export.json'"""
    name = source.split("/", 1)[1].split("#")[0]
    return name.rsplit(".", 1)[0] + ".json"


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else "target/herald.jar"
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, HERALD_DATA_DIR=data, HERALD_ADMIN_PASSWORD="a-long-accuracy-password")
        run = subprocess.run(["java", "-jar", jar, "import", FIXTURES, "--dry-run", "--json"],
                             env=env, capture_output=True, text=True)
    actual = defaultdict(list)
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            actual[fixture_of(record["source"])].append(record)
    if not actual:
        sys.exit("no records on standard output; standard error ends:\n" + run.stderr[-2000:])

    matched = defaultdict(int)
    total = 0
    differences = []
    for name in sorted(os.listdir(EXPECTED)):
        with open(os.path.join(EXPECTED, name), encoding="utf-8") as f:
            expected = json.load(f)
        got = actual.pop(name, [])
        if len(got) != len(expected):
            differences.append(f"{name}: {len(got)} records, {len(expected)} expected")
        for want, have in zip(expected, got):
            total += 1
            for field in FIELDS:
                if want.get(field) == have.get(field):
                    matched[field] += 1
                else:
                    differences.append(f"{name} {field}: got {json.dumps(have.get(field), ensure_ascii=False)}, "
                                       f"expected {json.dumps(want.get(field), ensure_ascii=False)}")
    for name in actual:
        differences.append(f"{name}: records without an expected file")

    summary = [line for line in run.stderr.splitlines() if "items/s" in line]
    print(f"{total} records of {len(os.listdir(EXPECTED))} fixture files; {summary[-1] if summary else 'no summary line'}")
    print("| field | records exactly as expected |")
    print("| --- | --- |")
    for field in FIELDS:
        print(f"| {field} | {matched[field]} / {total} ({100.0 * matched[field] / max(1, total):.0f} %) |")
    for difference in differences:
        print("difference:", difference)
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
