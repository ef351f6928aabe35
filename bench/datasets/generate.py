#!/usr/bin/env python3
"""Writes the benchmark's CSV files: COUNTRIES countries x YEARS years x INDICATORS indicators.

usage: generate.py OUT.csv COUNTRIES YEARS INDICATORS CODES.txt NAME
Countries are ISO 3166-1 alpha-2 codes from the JDK's list (passed in codes.txt by run.sh);
values are made up (a base per country grown by the year).
"""
import sys

out, countries, years, indicators = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
codes = open(sys.argv[5]).read().split()[:countries]
name = sys.argv[6]  # each file its own indicators: an indicator belongs to one dataset
with open(out, "w") as f:
    f.write("country,year,indicator,value\n")
    for i in range(indicators):
        for c, code in enumerate(codes):
            for y in range(2024 - years, 2024):
                f.write(f"{code},{y},{name} {i + 1},{(c + 1) * 1000 + (y - 1950) * 7 + i}\n")
