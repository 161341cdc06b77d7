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
        var depths = [org: 0]
        var frontier = [org]
        var seenEdges = Set<String>()
        var edges: [PendingEdge] = []
        for level in 0..<max(depth, 0) {
            var next: [String] = []
            for current in frontier {
                // Every edge of an expanded node is in the answer, so decoding them all is no waste.
                for rel in try graph.relations(of: current, kinds: kinds) {
                    let admitted = rel.reports.filter(window.admits)
                    guard !admitted.isEmpty else { continue }
                    let (from, to) = rel.direction == .incoming ? (rel.other, current)
                        : rel.direction == .undirected ? (current.utf8.lexicographicallyPrecedes(rel.other.utf8) ? (current, rel.other) : (rel.other, current))
                        : (current, rel.other)
                    guard seenEdges.insert("\(rel.kind.rawValue)\u{0}\(from)\u{0}\(to)").inserted else { continue }
                    edges.append(PendingEdge(kind: rel.kind, from: from, to: to, reports: admitted))
                    if !rel.other.isEmpty, depths[rel.other] == nil, depths.count < maxNodes {
                        depths[rel.other] = level + 1
                        next.append(rel.other)
                    }
                }
            }
            frontier = next.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        // Keep only edges whose ends are both in the answer (the node cap may cut some).
        edges = edges.filter { (depths[$0.from] != nil || $0.from.isEmpty) && (depths[$0.to] != nil || $0.to.isEmpty) }
        return try subgraph(edges, nodes: Array(depths.keys), depth: depths)
    }

    /// The answer for walked edges: names and each edge's earliest evidence read in batches,
    /// edges in time order.
    func subgraph(_ edges: [PendingEdge], nodes: [String], depth: [String: Int] = [:]) throws -> Subgraph {
        var g = Subgraph()
        g.depth = depth
        let known = try graph.names(nodes)
        for n in nodes where !n.isEmpty { g.nodes[n] = try known[n] ?? name(of: n) }
        let earliest = edges.map { e in e.reports.min { ($0.date, $0.position) < ($1.date, $1.position) }! }
        let cited = try graph.reports(zip(edges, earliest).map { ($1, $0.kind, $0.from, $0.to) })
        g.edges = zip(edges, cited).map { e, report in
            let dated = e.reports.map(\.date).filter(\.isKnown)
            return SubgraphEdge(kind: e.kind, from: e.from, to: e.to, first: dated.min() ?? .unknown, last: dated.max() ?? .unknown,
                                sources: ReportRef.articleCount(e.reports), evidence: Evidence(report))
        }
        g.edges.sort { a, b in
            if a.first != b.first { return a.first < b.first }
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            if !a.from.utf8.elementsEqual(b.from.utf8) { return a.from.utf8.lexicographicallyPrecedes(b.from.utf8) }
            return a.to.utf8.lexicographicallyPrecedes(b.to.utf8)
        }
        return g
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
                for link in try graph.relations(of: current, kinds: walkable) where !link.other.isEmpty && sides[side][link.other] == nil {
                    guard let earliest = link.reports.filter(window.admits).min(by: { ($0.date, $0.position) < ($1.date, $1.position) }) else { continue }
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
                let ref = try graph.reports(h.kind, from: h.from, to: h.to).first { $0.position == h.position }
                guard let ref else { throw ProjectionError.damaged(path: graph.state.path, reason: "a report vanished during a walk") }
                let report = try graph.report(ref, kind: h.kind, from: h.from, to: h.to)
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
        var edges: [PendingEdge] = []
        var nodes = Set<String>()
        try graph.forEachEdge { kind, from, to, reports in
            guard kinds.isEmpty || kinds.contains(kind) else { return true }
            let admitted = reports.filter(window.admits)
            guard !admitted.isEmpty else { return true }
            edges.append(PendingEdge(kind: kind, from: from, to: to, reports: admitted))
            for org in [from, to] where !org.isEmpty { nodes.insert(org) }
            return edges.count < maxEdges
        }
        return try subgraph(edges, nodes: Array(nodes))
    }
}

/// An edge found by a walk, before its evidence is read.
struct PendingEdge {
    var kind: EventKind
    var from: String
    var to: String
    var reports: [ReportRef]
}
