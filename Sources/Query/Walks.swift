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
                // Every edge of an expanded node is in the answer, so decoding them all is no waste.
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
                            sources: Report.articleCount(reports),
                            evidence: Evidence(ordered[0]), reports: ordered.map(Evidence.init))
    }

    /// The shortest chains of relations from `a` to `b` (at most `limit`), each hop with its
    /// earliest admitted report. Announcements link nobody and are not walked. The walk is
    /// breadth-first from both ends at once, always growing the smaller side, so a chain of four
    /// hops costs two levels from each end instead of four from one.
    public func paths(from a: String, to b: String, maxDepth: Int = 4, kinds: Set<EventKind> = [],
                      window: TimeWindow = .always, limit: Int = 5) throws -> [[PathHop]] {
        guard a != b else { return [] }
        let walkable = (kinds.isEmpty ? Set([EventKind.partnership, .investment, .ban]) : kinds).subtracting([.announcement])
        // For each side, every node reached and its shortest-path parents (toward that side's end).
        var sides: [[String: [(String, PendingHop)]]] = [[a: []], [b: []]]
        var frontiers = [[a], [b]]
        var depth = 0
        var meeting: [String] = []
        while meeting.isEmpty, depth < maxDepth, !frontiers[0].isEmpty, !frontiers[1].isEmpty {
            let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
            var found: [String: [(String, PendingHop)]] = [:]
            for current in frontiers[side] {
                for link in try graph.links(of: current, kinds: walkable) where !link.other.isEmpty && sides[side][link.other] == nil {
                    guard let earliest = link.stamps.filter(window.admits).min(by: { ($0.date, $0.position) < ($1.date, $1.position) }) else { continue }
                    // Directed hops keep their direction; partnerships read in walking order, a toward b.
                    let (from, to) = link.direction == .incoming || (link.direction == .undirected && side == 1)
                        ? (link.other, current) : (current, link.other)
                    found[link.other, default: []].append((current, PendingHop(kind: link.kind, from: from, to: to, position: earliest.position)))
                }
            }
            for (node, ps) in found { sides[side][node] = ps }
            frontiers[side] = found.keys.sorted()
            meeting = frontiers[side].filter { sides[1 - side][$0] != nil }
            depth += 1
        }
        // Chains from the meeting nodes back to each end.
        func chains(_ side: Int, from node: String, _ suffix: [PendingHop], into out: inout [[PendingHop]]) {
            guard out.count < limit else { return }
            let parents = sides[side][node] ?? []
            if parents.isEmpty {
                out.append(suffix)
                return
            }
            for (parent, hop) in parents.sorted(by: { $0.0 < $1.0 }) { chains(side, from: parent, [hop] + suffix, into: &out) }
        }
        var results: [[PendingHop]] = []
        for m in meeting.sorted() where results.count < limit {
            var toA: [[PendingHop]] = [], toB: [[PendingHop]] = []
            chains(0, from: m, [], into: &toA)
            chains(1, from: m, [], into: &toB)
            for left in toA {
                for right in toB where results.count < limit { results.append(left + right.reversed()) }
            }
        }
        // Only the hops of the answer pay for decoding their evidence.
        return try results.map { hops in
            try hops.map { h in
                let report = try graph.reports(h.kind, from: h.from, to: h.to).first { $0.position == h.position }
                guard let report else { throw ProjectionError.damaged(path: graph.state.path, reason: "a report vanished during a walk") }
                return PathHop(kind: h.kind, from: h.from, to: h.to, evidence: Evidence(report))
            }
        }
    }
}

/// A hop found by the walk, before its evidence is read.
struct PendingHop {
    var kind: EventKind
    var from: String
    var to: String
    var position: UInt64
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
