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
        let (a, b) = kind == .partnership && to < from ? (to, from) : (from, to)
        guard let bytes = try state.get(GraphKeys.edge(kind, a, b)) else { return [] }
        return try bytes.withUnsafeBytes { try Report.decodeAll($0) }
    }

    /// Every relation of `org`, optionally of some kinds only, ordered by kind then other end.
    public func relations(of org: String, kinds: Set<EventKind> = []) throws -> [Relation] {
        var out: [Relation] = []
        let prefix = GraphKeys.adjacencyPrefix(org)
        var keys: [(EventKind, GraphKeys.Direction, String)] = []
        try state.forEach(prefix: prefix) { key, _ in
            guard key.count >= prefix.count + 2, let kind = EventKind(rawValue: key[prefix.count]),
                  let dir = GraphKeys.Direction(rawValue: key[prefix.count + 1])
            else { return true }
            if kinds.isEmpty || kinds.contains(kind) {
                keys.append((kind, dir, String(decoding: key[(prefix.count + 2)...], as: UTF8.self)))
            }
            return true
        }
        for (kind, dir, other) in keys {
            let (from, to) = dir == .incoming ? (other, org) : (org, other)
            out.append(Relation(kind: kind, direction: dir, other: other, reports: try reports(kind, from: from, to: to)))
        }
        return out
    }

    /// Every edge in key order: (kind, from, to, reports).
    public func forEachEdge(_ body: (EventKind, String, String, [Report]) throws -> Bool) throws {
        try state.forEach(prefix: [GraphKeys.edgeTag]) { key, value in
            guard key.count >= 2, let kind = EventKind(rawValue: key[1]), let zero = key[2...].firstIndex(of: 0) else { return true }
            let from = String(decoding: key[2..<zero], as: UTF8.self)
            let to = String(decoding: key[(zero + 1)...], as: UTF8.self)
            return try body(kind, from, to, try Report.decodeAll(value))
        }
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
    public var sourceCount: Int { Set(reports.map { "\($0.document)\u{0}\($0.article ?? -1)" }).count }
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
            return abs(dayNumber(a) - dayNumber(b)) <= windowDays
        }
        // The coarser date contains the finer one.
        let coarse = a.precision < b.precision ? a : b, fine = a.precision < b.precision ? b : a
        if coarse.year != fine.year { return false }
        return coarse.precision == .year || coarse.month == fine.month
    }

    static func dayNumber(_ d: PartialDate) -> Int {
        Int(Timestamp.parse(d.description).map { $0 / 86_400_000 } ?? 0)
    }
}
