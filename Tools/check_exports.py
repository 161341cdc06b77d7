#!/usr/bin/env python3
"""Reads kgraph's graph exports back with independent readers and checks them against `dump --json`.

Usage: python3 Tools/check_exports.py DUMP.json GRAPH.graphml GRAPH.gexf NODES.csv EDGES.csv EVENTS.csv

GraphML and GEXF are read with NetworkX (read_graphml, read_gexf), the CSV files with Python's csv
module. Each must hold the organizations and the two-ended relations of the dump (same ids, names,
kinds, ends, first and last dates, sources), and the attributes kgraph documents (type, aliases,
direction, occurrences, reports, documents); the events table must list each edge's reports, from
the documents the edge names. Prints one JSON object with the counts read; exits 1
naming each disagreement, 2 when NetworkX is missing.
"""
import csv
import json
import sys

try:
    import networkx as nx
except ImportError:
    print("check_exports.py: needs the Python package networkx: pip install networkx", file=sys.stderr)
    sys.exit(2)

NODE_ATTRS = ["name", "type", "aliases", "announcements", "bansByUnnamed"]
EDGE_ATTRS = ["kind", "directed", "first", "last", "occurrences", "reports", "sources", "documents", "amounts", "planned"]


def main(argv):
    if len(argv) != 7:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    dump_path, graphml_path, gexf_path, nodes_path, edges_path, events_path = argv[1:]
    with open(dump_path, encoding="utf-8") as f:
        dump = json.load(f)["graph"]
    names = {n["id"]: n["name"] for n in dump["nodes"]}
    expected = {}
    for e in dump["edges"]:
        if e["from"] is None or e["to"] is None:
            continue  # announcements and bans by an unnamed imposer: counted on their node
        expected[(e["kind"], e["from"], e["to"])] = (e["first"] or "", e["last"] or "", e["sources"])

    problems = []
    counts = {}

    def check(fmt, nodes, edges):
        """nodes: {id: attrs}; edges: list of (source, target, attrs)."""
        counts[fmt] = {"nodes": len(nodes), "edges": len(edges)}
        if set(nodes) != set(names):
            problems.append(f"{fmt}: nodes {sorted(set(nodes) ^ set(names))[:5]} differ from the dump's")
        for node, attrs in nodes.items():
            missing = [a for a in NODE_ATTRS if a not in attrs]
            if missing:
                problems.append(f"{fmt}: node {node} lacks {missing}")
            elif node in names and attrs["name"] != names[node]:
                problems.append(f"{fmt}: node {node} is named {attrs['name']!r}, the dump says {names[node]!r}")
            elif node in names and names[node] in str(attrs["aliases"]).split("; "):
                problems.append(f"{fmt}: node {node} lists its own name among its aliases")
        seen = {}
        for source, target, attrs in edges:
            missing = [a for a in EDGE_ATTRS if a not in attrs]
            if missing:
                problems.append(f"{fmt}: edge {source}->{target} lacks {missing}")
                continue
            key = (attrs["kind"], source, target)
            seen[key] = seen.get(key, 0) + 1
            want = expected.get(key)
            if want is None:
                problems.append(f"{fmt}: edge {key} is not in the dump")
                continue
            got = (attrs["first"] or "", attrs["last"] or "", int(attrs["sources"]))
            if got != want:
                problems.append(f"{fmt}: edge {key} has first, last, sources {got}, the dump says {want}")
            directed = attrs["directed"] in (True, "true", "True")
            if directed != (attrs["kind"] != "partnership"):
                problems.append(f"{fmt}: edge {key} has directed={attrs['directed']!r}")
            documents = [d for d in str(attrs["documents"]).split("; ") if d]
            if len(documents) != int(attrs["sources"]):
                problems.append(f"{fmt}: edge {key} lists {len(documents)} documents for {attrs['sources']} sources")
            if not (int(attrs["reports"]) >= int(attrs["occurrences"]) >= 1):
                problems.append(f"{fmt}: edge {key} has {attrs['reports']} reports and {attrs['occurrences']} occurrences")
        if set(seen) != set(expected) or any(n != 1 for n in seen.values()):
            problems.append(f"{fmt}: edges differ from the dump's: {sorted(set(seen) ^ set(expected))[:5]}")

    g = nx.read_graphml(graphml_path)
    if not g.is_directed():
        problems.append("graphml: the graph is not directed")
    check("graphml", dict(g.nodes(data=True)), list(g.edges(data=True)))

    g = nx.read_gexf(gexf_path)
    if not g.is_directed():
        problems.append("gexf: the graph is not directed")
    for node, attrs in g.nodes(data=True):
        if attrs.get("label") != attrs.get("name"):
            problems.append(f"gexf: node {node} has label {attrs.get('label')!r} and name {attrs.get('name')!r}")
    check("gexf", dict(g.nodes(data=True)), list(g.edges(data=True)))

    with open(nodes_path, encoding="utf-8", newline="") as f:
        nodes = {row["id"]: row for row in csv.DictReader(f)}
    with open(edges_path, encoding="utf-8", newline="") as f:
        edges = [(row["source"], row["target"], row) for row in csv.DictReader(f)]
    check("csv", nodes, edges)

    with open(events_path, encoding="utf-8", newline="") as f:
        events = list(csv.DictReader(f))
    counts["csv"]["events"] = len(events)
    by_edge = {}
    for row in events:
        by_edge.setdefault((row["kind"], row["source"], row["target"]), []).append(row)
    # An event of several participants stands behind several edges, once behind each.
    if len({(row["kind"], row["source"], row["target"], row["id"]) for row in events}) != len(events):
        problems.append("events.csv: an event is listed twice for one edge")
    for source, target, attrs in edges:
        key = (attrs["kind"], source, target)
        rows = by_edge.get(key, [])
        if len(rows) != int(attrs["reports"]):
            problems.append(f"events.csv: {len(rows)} events for edge {key}, which has {attrs['reports']} reports")
        documents = {d for d in attrs["documents"].split("; ") if d}
        if {row["document"] for row in rows} != documents:
            problems.append(f"events.csv: the events of edge {key} come from {sorted({r['document'] for r in rows})}, the edge names {sorted(documents)}")
    if set(by_edge) - {(a["kind"], s, t) for s, t, a in edges}:
        problems.append("events.csv: events of edges that edges.csv lacks")

    print(json.dumps(counts, sort_keys=True))
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
