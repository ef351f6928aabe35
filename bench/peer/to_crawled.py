#!/usr/bin/env python3
"""Turns the peer benchmark's corpus (../shared/bench/peer, corpus.jsonl) into a zip of crawled
pages in the seed's form, which `java -jar herald.jar import` reads: the site menu, the title, a
"Posted:" line with the article's date, the body's paragraphs hard-wrapped, a media contact. The same articles
as WordPress serves, so the two are compared on the same content.

usage: to_crawled.py corpus.jsonl OUT.zip
"""
import json, sys, textwrap, zipfile
from datetime import datetime

NAV = "-\nWho we are\nWho we are\n-\nOur Work\nOur Work\nWhat We Do\nWhat We Do\n- Where we work\n- Data and Research\n"
# A media contact makes each a press release, as the seed's is (without one the importer cannot tell
# a news item from a page and holds the item for review).
CONTACT = "For more information please contact:\nJoel Millman\nIOM Geneva\nTel. +41 22 717 9111\nE-mail: jmillman@iom.int\n"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def page(article):
    date = datetime.fromisoformat(article["date"].replace("Z", ""))
    paragraphs = [p for p in article["body"].split("\n\n") if p.strip()]
    body = "\n".join(textwrap.fill(p, 68) for p in paragraphs)
    return (f"{NAV}{article['title']}\nPosted: {date.day} {MONTHS[date.month - 1]} {date.year}\n{body}\n"
            f"{CONTACT}")


def main():
    source, out = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as lines, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for line in lines:
            article = json.loads(line)
            info = zipfile.ZipInfo(f"{int(article['id']):06d}.txt", date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, page(article))


if __name__ == "__main__":
    main()
