#!/usr/bin/env python3
"""Reports whether a text overlaps the articles reserved for evaluation.

Usage: reserved_check.py FILE...   (prints "FILE: N pieces" for each file; exit 1 if any has N > 0)

../shared/hooks/reserved.txt holds the first 12 hex digits of the SHA-1 of every 30-character
window (white space removed) of the reserved articles. A development article must share none.
"""
import hashlib
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
reserved_path = os.path.join(here, "..", "..", "..", "shared", "hooks", "reserved.txt")
reserved = set(open(reserved_path).read().split())
bad = False
for path in sys.argv[1:]:
    s = re.sub(r"\s+", "", open(path, encoding="utf-8", errors="replace").read())
    n = sum(1 for i in range(len(s) - 29)
            if hashlib.sha1(s[i:i + 30].encode()).hexdigest()[:12] in reserved)
    print(f"{path}: {n} pieces")
    bad |= n > 0
sys.exit(1 if bad else 0)
