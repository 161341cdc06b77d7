#!/usr/bin/env python3
"""Ingests the development set (or the seeds) with kgraph and scores it with ../shared/gold/score.py.

Usage:
    Tools/devset/evaluate.py [--split develop|held-out|held-out-1|fresh…fresh21|working|all] [--kgraph PATH] [--json] [--misses]
    Tools/devset/evaluate.py --seeds [--kgraph PATH] [--json] [--misses]

The texts must first be laid out in Tools/devset/texts/ (see Tools/devset/README.md). Each article
is ingested alone, with its publication date from articles.tsv (`--published`), into a throwaway
store; the store is exported as JSON Lines and scored against gold.jsonl, restricted to the
split's documents. The working files stay in Tools/devset/runs/ (git-ignored) for reading misses.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))


def articles():
    with open(os.path.join(HERE, "articles.tsv"), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"evaluate: {' '.join(cmd[:3])} … failed ({r.returncode}): {r.stderr.strip()[:300]}")
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    splits = sorted({a["split"] for a in articles()})
    ap.add_argument("--split", default="develop", choices=splits + ["working", "all"],
                    help="working: every split but held-out")
    ap.add_argument("--seeds", action="store_true", help="score the seeds instead of the development set")
    ap.add_argument("--kgraph", default=os.path.join(ROOT, ".build", "debug", "kgraph"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--misses", action="store_true", help="print the scorer's lists of misses")
    args = ap.parse_args()

    name = "seeds" if args.seeds else args.split
    work = os.path.join(HERE, "runs", name)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    store = os.path.join(work, "store")
    if args.seeds:
        gold = os.path.join(SHARED, "gold", "seeds.gold.jsonl")
        run([args.kgraph, "ingest", os.path.join(SHARED, "corpus", "seeds"), "--store", store])
        docs = []
    else:
        gold = os.path.join(HERE, "gold.jsonl")
        rows = [a for a in articles() if args.split == "all" or a["split"] == args.split
                or (args.split == "working" and a["split"] != "held-out")]
        run([args.kgraph, "init", "--store", store])
        for a in rows:
            path = os.path.join(HERE, "texts", a["id"] + ".txt")
            if not os.path.exists(path):
                sys.exit(f"evaluate: {path} is missing: lay out the texts first (Tools/devset/README.md)")
            run([args.kgraph, "ingest", path, "--published", a["published"], "--store", store])
        docs = [a["id"] + ".txt" for a in rows]
    export = os.path.join(work, "export.jsonl")
    with open(export, "w", encoding="utf-8") as f:
        f.write(run([args.kgraph, "export", "--format", "jsonl", "--store", store]))
    cmd = [sys.executable, os.path.join(SHARED, "gold", "score.py"), gold, export]
    if docs:
        cmd += ["--docs"] + docs
    if args.json:
        cmd.append("--json")
    out = run(cmd)
    if args.json or args.misses:
        print(out)
    else:
        # The tables only: the lists of misses follow the first blank line after them.
        print(out.split("\nMISSES")[0].rstrip() if "\nMISSES" in out else out)


if __name__ == "__main__":
    main()
