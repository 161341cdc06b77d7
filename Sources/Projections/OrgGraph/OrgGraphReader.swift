import Events

/// One relation of an organization, with the reports behind it.
public struct Relation: Sendable {
    public var kind: EventKind
    public var direction: GraphKeys.Direction
    /// The organization at the other end ("" for an announcement, or an unnamed side).
    public var other: String
    public var reports: [Report]
}

/// Read access to an `org-graph` state. Queries use this, never the raw keys.
public struct OrgGraphReader {
    public let state: ProjectionState
    public init(_ state: ProjectionState) { self.state = state }

    public func node(_ org: String) throws -> Node? {
        try state.get(GraphKeys.node(org)).map { bytes in try bytes.withUnsafeBytes { try Node.decode(org: org, $0) } }
    }

    /// The reports on the edge `kind` from → to (parties of a partnership in either order).
    public func reports(_ kind: EventKind, from: String, to: String) throws -> [Report] {
        let prefix = from.isEmpty ? GraphKeys.relation(to, kind, .incoming, "")
            : GraphKeys.relation(from, kind, kind == .partnership ? .undirected : .outgoing, to)
        var out: [Report] = []
        try state.forEach(prefix: prefix) { _, value in
            out.append(try Report.decode(value))
            return true
        }
        return out
    }

    /// Every relation of `org`, optionally of some kinds only, ordered by kind, direction, other end.
    /// One range scan.
    public func relations(of org: String, kinds: Set<EventKind> = []) throws -> [Relation] {
        var out: [Relation] = []
        try state.forEach(prefix: GraphKeys.relationsPrefix(org)) { key, value in
            guard let (_, kind, dir, other) = GraphKeys.parse(key) else { return true }
            guard kinds.isEmpty || kinds.contains(kind) else { return true }
            let report = try Report.decode(value)
            if let last = out.last, last.kind == kind, last.direction == dir, last.other == other {
                out[out.count - 1].reports.append(report)
            } else {
                out.append(Relation(kind: kind, direction: dir, other: other, reports: [report]))
            }
            return true
        }
        return out
    }

    /// Like `relations`, but each report reduced to its time coordinates: for graph walks, which
    /// visit many relations and cite few.
    public func links(of org: String, kinds: Set<EventKind> = []) throws -> [(kind: EventKind, direction: GraphKeys.Direction, other: String, stamps: [ReportStamp])] {
        var out: [(kind: EventKind, direction: GraphKeys.Direction, other: String, stamps: [ReportStamp])] = []
        try state.forEach(prefix: GraphKeys.relationsPrefix(org)) { key, value in
            guard let (_, kind, dir, other) = GraphKeys.parse(key) else { return true }
            guard kinds.isEmpty || kinds.contains(kind) else { return true }
            let stamp = try Report.stamp(value)
            if let last = out.last, last.kind == kind, last.direction == dir, last.other == other {
                out[out.count - 1].stamps.append(stamp)
            } else {
                out.append((kind, dir, other, [stamp]))
            }
            return true
        }
        return out
    }

    /// Every edge once, in key order of its source end: (kind, from, to, reports).
    public func forEachEdge(_ body: (EventKind, String, String, [Report]) throws -> Bool) throws {
        var current: (kind: EventKind, from: String, to: String)? = nil
        var reports: [Report] = []
        var stopped = false
        try state.forEach(prefix: [GraphKeys.relationTag]) { key, value in
            guard let (org, kind, dir, other) = GraphKeys.parse(key) else { return true }
            // Each edge is stored at both ends; take it from its source end (or its only end).
            let edge: (EventKind, String, String)
            switch dir {
            case .undirected where org.utf8.lexicographicallyPrecedes(other.utf8): edge = (kind, org, other)
            case .outgoing: edge = (kind, org, other)
            case .incoming where other.isEmpty: edge = (kind, "", org)
            default: return true
            }
            if let c = current, (c.kind, c.from, c.to) != edge {
                if try !body(c.kind, c.from, c.to, reports) {
                    stopped = true
                    return false
                }
                reports = []
            }
            current = edge
            reports.append(try Report.decode(value))
            return true
        }
        if !stopped, let c = current { _ = try body(c.kind, c.from, c.to, reports) }
    }

    /// Every node in id order.
    public func forEachNode(_ body: (Node) throws -> Bool) throws {
        try state.forEach(prefix: [GraphKeys.nodeTag]) { key, value in
            try body(try Node.decode(org: String(decoding: key.dropFirst(), as: UTF8.self), value))
        }
    }
}

/// Reports of one real-world event: the same relation, dates within a few days, possibly told by
/// several articles. GDELT counts reports; analysts want events, each with its sources.
public struct Occurrence: Sendable {
    public var reports: [Report]
    public var first: PartialDate { reports.map(\.date).filter(\.isKnown).min() ?? .unknown }
    public var last: PartialDate { reports.map(\.date).filter(\.isKnown).max() ?? .unknown }
    /// Distinct articles telling it.
    public var sourceCount: Int { Report.articleCount(reports) }
}

public enum Occurrences {
    public static let windowDays = 7

    /// Groups an edge's reports into occurrences: a report joins an occurrence when its date is
    /// compatible with one already there (within `windowDays`, or one date contains the other,
    /// as `2024-06` contains `2024-06-03`). Deterministic: reports are taken in log order.
    public static func cluster(_ reports: [Report]) -> [Occurrence] {
        var out: [Occurrence] = []
        for r in reports.sorted(by: { $0.position < $1.position }) {
            if let i = out.firstIndex(where: { o in o.reports.contains { compatible($0.date, r.date) } }) {
                out[i].reports.append(r)
            } else {
                out.append(Occurrence(reports: [r]))
            }
        }
        return out.sorted { ($0.first, $0.reports[0].position) < ($1.first, $1.reports[0].position) }
    }

    static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.isKnown, b.isKnown else { return !a.isKnown && !b.isKnown }
        if a.precision == .day, b.precision == .day {
            return abs(a.dayRange.first - b.dayRange.first) <= windowDays
        }
        // The coarser date contains the finer one.
        let coarse = a.precision < b.precision ? a : b, fine = a.precision < b.precision ? b : a
        if coarse.year != fine.year { return false }
        return coarse.precision == .year || coarse.month == fine.month
    }
}
