import Events
import Projections

/// An edge of a subgraph answer.
public struct SubgraphEdge: Sendable {
    public var kind: EventKind
    /// For partnerships, the two parties in id order; otherwise source → target ("" if unnamed).
    public var from: String
    public var to: String
    public var first: PartialDate
    public var last: PartialDate
    public var sources: Int
    public var evidence: Evidence
    /// Every admitted report's evidence, for timelines.
    public var reports: [Evidence]
}

public struct Subgraph: Sendable {
    /// Organization id → display name.
    public var nodes: [String: String] = [:]
    public var edges: [SubgraphEdge] = []
    /// Each node's distance from the centre (0 for the centre).
    public var depth: [String: Int] = [:]
}

/// One chain of relations linking two organizations.
public struct PathHop: Sendable {
    public var kind: EventKind
    public var from: String
    public var to: String
    public var evidence: Evidence
}

extension GraphQueries {
    /// The subgraph around `org` to `depth` hops, walking only edges the window admits.
    public func neighbors(of org: String, depth: Int, kinds: Set<EventKind> = [], window: TimeWindow = .always,
                          maxNodes: Int = 10_000) throws -> Subgraph {
        var g = Subgraph()
        g.nodes[org] = try name(of: org)
        g.depth[org] = 0
        var frontier = [org]
        var seenEdges = Set<String>()
        for level in 0..<max(depth, 0) {
            var next: [String] = []
            for current in frontier {
                for rel in try graph.relations(of: current, kinds: kinds) {
                    let admitted = rel.reports.filter(window.admits)
                    guard !admitted.isEmpty else { continue }
                    let (from, to) = rel.direction == .incoming ? (rel.other, current)
                        : rel.direction == .undirected ? (min(current, rel.other), max(current, rel.other)) : (current, rel.other)
                    guard seenEdges.insert("\(rel.kind.rawValue)\u{0}\(from)\u{0}\(to)").inserted else { continue }
                    g.edges.append(edge(rel.kind, from, to, admitted))
                    if !rel.other.isEmpty, g.depth[rel.other] == nil, g.nodes.count < maxNodes {
                        g.depth[rel.other] = level + 1
                        g.nodes[rel.other] = try name(of: rel.other)
                        next.append(rel.other)
                    }
                }
            }
            frontier = next.sorted()
        }
        // Keep only edges whose ends are both in the answer (the node cap may cut some).
        g.edges = g.edges.filter { (g.nodes[$0.from] != nil || $0.from.isEmpty) && (g.nodes[$0.to] != nil || $0.to.isEmpty) }
        g.edges.sort { ($0.first, $0.kind.rawValue, $0.from, $0.to) < ($1.first, $1.kind.rawValue, $1.from, $1.to) }
        return g
    }

    func edge(_ kind: EventKind, _ from: String, _ to: String, _ reports: [Report]) -> SubgraphEdge {
        let dated = reports.map(\.date).filter(\.isKnown)
        let ordered = reports.sorted { ($0.date, $0.position) < ($1.date, $1.position) }
        return SubgraphEdge(kind: kind, from: from, to: to, first: dated.min() ?? .unknown, last: dated.max() ?? .unknown,
                            sources: Set(reports.map { "\($0.document)\u{0}\($0.article ?? -1)" }).count,
                            evidence: Evidence(ordered[0]), reports: ordered.map(Evidence.init))
    }

    /// The shortest chains of relations from `a` to `b` (at most `limit`), each hop with its
    /// earliest admitted report. Announcements link nobody and are not walked.
    public func paths(from a: String, to b: String, maxDepth: Int = 4, kinds: Set<EventKind> = [],
                      window: TimeWindow = .always, limit: Int = 5) throws -> [[PathHop]] {
        guard a != b else { return [] }
        let walkable = (kinds.isEmpty ? Set([EventKind.partnership, .investment, .ban]) : kinds).subtracting([.announcement])
        // Breadth-first from a, remembering every shortest-path parent of each node.
        var parents: [String: [(String, PathHop)]] = [a: []]
        var frontier = [a]
        var depth = 0
        while !frontier.isEmpty, parents[b] == nil, depth < maxDepth {
            var found: [String: [(String, PathHop)]] = [:]
            for current in frontier {
                for rel in try graph.relations(of: current, kinds: walkable) where !rel.other.isEmpty && parents[rel.other] == nil {
                    let admitted = rel.reports.filter(window.admits).sorted { ($0.date, $0.position) < ($1.date, $1.position) }
                    guard let earliest = admitted.first else { continue }
                    let (from, to) = rel.direction == .incoming ? (rel.other, current) : (current, rel.other)
                    found[rel.other, default: []].append((current, PathHop(kind: rel.kind, from: from, to: to, evidence: Evidence(earliest))))
                }
            }
            for (node, ps) in found { parents[node] = ps }
            frontier = found.keys.sorted()
            depth += 1
        }
        guard parents[b] != nil else { return [] }
        var out: [[PathHop]] = []
        func unwind(_ node: String, _ suffix: [PathHop]) {
            guard out.count < limit else { return }
            if node == a {
                out.append(suffix)
                return
            }
            for (parent, hop) in (parents[node] ?? []).sorted(by: { $0.0 < $1.0 }) { unwind(parent, [hop] + suffix) }
        }
        unwind(b, [])
        return out
    }
}

extension GraphQueries {
    /// Every edge the window admits, with every organization it touches.
    public func wholeGraph(kinds: Set<EventKind> = [], window: TimeWindow = .always, maxEdges: Int = 1_000_000) throws -> Subgraph {
        var g = Subgraph()
        try graph.forEachEdge { kind, from, to, reports in
            guard kinds.isEmpty || kinds.contains(kind) else { return true }
            let admitted = reports.filter(window.admits)
            guard !admitted.isEmpty else { return true }
            g.edges.append(edge(kind, from, to, admitted))
            for org in [from, to] where !org.isEmpty && g.nodes[org] == nil { g.nodes[org] = try name(of: org) }
            return g.edges.count < maxEdges
        }
        g.edges.sort { ($0.first, $0.kind.rawValue, $0.from, $0.to) < ($1.first, $1.kind.rawValue, $1.from, $1.to) }
        return g
    }
}
