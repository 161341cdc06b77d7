import EventLog
import Events

/// Read access to an `org-graph` state. Queries use this, never the raw keys. Walks and counts
/// read the projection only; citing a report reads its event from the log, by position.
public struct OrgGraphReader {
    public let state: ProjectionState
    public let log: any EventLogBackend
    /// Declared aliases (raw id → canonical id), to tell which participant of a cited event is
    /// which end of the edge.
    private let aliases: [String: String]
    /// Knowledge time: reports withdrawn at this log position are hidden (nil: the head).
    public let knownAt: UInt64?
    private let withdrawals: [UInt64: [UInt64]]

    /// A reader of the graph as known at log position `knownAt` (nil: the head) as far as
    /// retractions go: a report withdrawn later than `knownAt` still shows, one restored later
    /// does not. Reports appended after `knownAt` are the caller's to filter (`TimeWindow`); an
    /// alias declared later needs projections cut at `knownAt` (`ProjectionCatalog.knownAt`).
    public init(_ state: ProjectionState, log: any EventLogBackend, knownAt: UInt64? = nil) throws {
        self.state = state
        self.log = log
        self.knownAt = knownAt
        withdrawals = try Corrections.withdrawals(in: state)
        var aliases: [String: String] = [:]
        try state.forEach(prefix: [Corrections.aliasTag]) { key, value in
            guard let split = value.firstIndex(of: 0) else { return true }
            aliases[String(decoding: key.dropFirst(), as: UTF8.self)] = String(decoding: value[..<split], as: UTF8.self)
            return true
        }
        self.aliases = aliases
    }

    /// An organization's segments, merged; nil when the graph has never seen it.
    private func merged(_ org: String, kinds: Set<EventKind> = [], nodeOnly: Bool = false) throws -> Segment? {
        var first: Segment? = nil
        var rest: [Segment] = []
        try state.forEach(prefix: GraphKeys.segmentsPrefix(org)) { _, value in
            let s = try Segment.decode(value, kinds: kinds, nodeOnly: nodeOnly)
            if first == nil { first = s } else { rest.append(s) }
            return true
        }
        var out = first.map { Segment.merging(rest, into: $0) }
        // A writer orders a segment's edges by its own ids; answers want byte order.
        if let edges = out?.edges { out!.edges = Segment.inEdgeOrder(edges) }
        if out != nil { hideWithdrawn(&out!) }
        return out
    }

    /// Takes out the reports withdrawn at `knownAt`, and the edges left without reports.
    private func hideWithdrawn(_ segment: inout Segment) {
        guard !withdrawals.isEmpty else { return }
        let at = knownAt ?? .max
        var emptied = false
        for i in segment.edges.indices {
            segment.edges[i].reports.removeAll { r in withdrawals[r.position].map { Corrections.isWithdrawn($0, at: at) } ?? false }
            emptied = emptied || segment.edges[i].reports.isEmpty
        }
        if emptied { segment.edges.removeAll { $0.reports.isEmpty } }
    }

    public func node(_ org: String) throws -> Node? {
        try merged(org, nodeOnly: true)?.node.node(org: org)
    }

    /// The organization's name alone: what most answers need of the other end of a relation,
    /// without its surfaces.
    public func name(_ org: String) throws -> String? {
        try names([org])[org] ?? node(org)?.name
    }

    /// Names of several organizations with one cursor (see `name`); organizations the graph has
    /// never seen are missing from the answer.
    public func names(_ orgs: [String]) throws -> [String: String] {
        let orgs = Array(Set(orgs.filter { !$0.isEmpty }))
        var best = [(position: UInt64, name: String)?](repeating: nil, count: orgs.count)
        try state.forEach(prefixes: orgs.map(GraphKeys.segmentsPrefix)) { i, _, value in
            // A segment starts with its node's name and where it came from (NodeFragment).
            var r = ByteReader(value)
            let position = try r.u64LE()
            let name = try r.str()
            if NodeFragment.prefers(name, at: position, over: best[i]) { best[i] = (position, name) }
        }
        var out: [String: String] = [:]
        for (i, org) in orgs.enumerated() { if let b = best[i] { out[org] = b.name } }
        return out
    }

    /// Every relation of `org`, optionally of some kinds only, ordered by kind, direction, other
    /// end; reports in log order. One range scan.
    public func relations(of org: String, kinds: Set<EventKind> = []) throws -> [Relation] {
        try merged(org, kinds: kinds)?.edges ?? []
    }

    /// The reports on the edge `kind` from → to (parties of a partnership in either order).
    public func reports(_ kind: EventKind, from: String, to: String) throws -> [ReportRef] {
        let (org, dir, other): (String, GraphKeys.Direction, String) = from.isEmpty ? (to, .incoming, "")
            : (from, kind == .partnership ? .undirected : .outgoing, to)
        return try relations(of: org, kinds: [kind]).first { $0.direction == dir && $0.other == other }?.reports ?? []
    }

    /// What the log says of a report on the edge `kind` from → to: its evidence, article,
    /// amount, and how the article wrote each end.
    public func report(_ ref: ReportRef, kind: EventKind, from: String, to: String) throws -> Report {
        guard let e = try log.event(at: ref.position) else {
            throw ProjectionError.damaged(path: state.path, reason: "it cites log position \(ref.position), which the log does not have; replay it")
        }
        return report(ref, kind: kind, from: from, to: to, event: e)
    }

    /// `report` for many, reading the log with one cursor.
    public func reports(_ wanted: [(ref: ReportRef, kind: EventKind, from: String, to: String)]) throws -> [Report] {
        let events = try log.events(at: wanted.map(\.ref.position))
        return try wanted.map { w in
            guard let e = events[w.ref.position] else {
                throw ProjectionError.damaged(path: state.path, reason: "it cites log position \(w.ref.position), which the log does not have; replay it")
            }
            return report(w.ref, kind: w.kind, from: w.from, to: w.to, event: e)
        }
    }

    private func report(_ ref: ReportRef, kind: EventKind, from: String, to: String, event e: Event) -> Report {
        func surface(_ org: String, roles: (Role) -> Bool) -> String {
            guard !org.isEmpty else { return "" }
            return e.participants.first { roles($0.role) && (aliases[$0.org] ?? $0.org) == org }?.surface
                ?? e.participants.first { (aliases[$0.org] ?? $0.org) == org }?.surface ?? ""
        }
        let fromSurface = surface(from) { kind == .partnership || $0 != .target }
        let toSurface = surface(to) { kind == .partnership || $0 == .target }
        return Report(position: ref.position, recordedAt: ref.recordedAt, eventId: e.id, date: ref.date, modality: ref.modality,
                      document: e.source.document, article: e.source.article, sentence: e.source.sentence,
                      evidence: Report.clip(e.source.evidence), fromSurface: fromSurface, toSurface: toSurface,
                      amount: e.amount, confidence: e.confidence)
    }

    /// Every edge once, in key order of its source end: (kind, from, to, reports).
    public func forEachEdge(_ body: (EventKind, String, String, [ReportRef]) throws -> Bool) throws {
        try forEachOrganization { org, segment in
            for rel in segment.edges {
                // Each edge is stored at both ends; take it from its source end (or its only end).
                let edge: (String, String)
                switch rel.direction {
                case .undirected where org.utf8.lexicographicallyPrecedes(rel.other.utf8): edge = (org, rel.other)
                case .outgoing: edge = (org, rel.other)
                case .incoming where rel.other.isEmpty: edge = ("", org)
                default: continue
                }
                if try !body(rel.kind, edge.0, edge.1, rel.reports) { return false }
            }
            return true
        }
    }

    /// Every node in id order.
    public func forEachNode(_ body: (Node) throws -> Bool) throws {
        try forEachOrganization { org, segment in try body(segment.node.node(org: org)) }
    }

    /// Each organization with its segments merged, in id order.
    private func forEachOrganization(_ body: (String, Segment) throws -> Bool) throws {
        var current: [UInt8]? = nil
        var first = Segment()
        var rest: [Segment] = []
        var stopped = false
        func merged() -> Segment {
            var merged = Segment.merging(rest, into: first)
            merged.edges = Segment.inEdgeOrder(merged.edges)
            hideWithdrawn(&merged)
            return merged
        }
        try state.forEach(prefix: [GraphKeys.segmentTag]) { key, value in
            guard let org = GraphKeys.org(ofSegment: key) else { return true }
            let segment = try Segment.decode(value)
            if let c = current, c.elementsEqual(org) {
                rest.append(segment)
                return true
            }
            if let c = current, try !body(String(decoding: c, as: UTF8.self), merged()) {
                stopped = true
                return false
            }
            current = Array(org)
            first = segment
            rest.removeAll(keepingCapacity: true)
            return true
        }
        if !stopped, let c = current { _ = try body(String(decoding: c, as: UTF8.self), merged()) }
    }
}
