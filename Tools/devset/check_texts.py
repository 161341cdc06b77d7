#!/usr/bin/env python3
"""Checks the laid-out development texts against their pointers in articles.tsv.

Usage: check_texts.py   (prints one line per text that is missing or differs; exit 1 if any)

A text matches when it begins with the pointer's `head` (white space folded to single spaces)
and has `length` Unicode characters.
"""
import csv
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
bad = 0
with open(os.path.join(here, "articles.tsv"), encoding="utf-8") as f:
    rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
for a in rows:
    path = os.path.join(here, "texts", a["id"] + ".txt")
    if not os.path.exists(path):
        print(f"{a['id']}: missing (search the pages corpus with {a['query']!r} and keep the result at {a['url']})")
        bad += 1
        continue
    text = open(path, encoding="utf-8").read()
    fold = lambda s: re.sub(r"\s+", " ", s).strip()
    if not fold(text).startswith(fold(a["head"])) or len(text) != int(a["length"]):
        print(f"{a['id']}: differs (length {len(text)}, expected {a['length']}; head {fold(text)[:30]!r})")
        bad += 1
print(f"{len(rows) - bad} of {len(rows)} texts match")
sys.exit(1 if bad else 0)
