import Events
import Projections

/// An organization as graph exports write it.
public struct ExportNode: Sendable, Equatable {
    /// Organization id (`OrganizationID`).
    public var id: String
    public var name: String
    public var type: OrganizationType?
    /// Other names: how the exported reports wrote it, and names declared by `alias` events;
    /// sorted by their bytes, the name itself left out.
    public var aliases: [String]
    /// Occurrences of its announcements the window admits (announcements have no other end, so
    /// they are no edges).
    public var announcements: Int
    /// Occurrences of bans on it whose imposer is unnamed (no edge either).
    public var bansByUnnamed: Int
}

/// One relation between two organizations as graph exports write it: every report of one kind
/// between one pair (one direction for investments and bans) that the window admits.
public struct ExportEdge: Sendable, Equatable {
    public var kind: EventKind
    /// The source end: the investor or imposer; for a partnership, the party whose id sorts first.
    public var from: String
    /// The target end; for a partnership, the other party.
    public var to: String
    /// False for partnerships (the order of `from` and `to` means nothing).
    public var directed: Bool
    public var first: PartialDate
    public var last: PartialDate
    /// Happenings: reports whose dates fit together merge (`Occurrences.cluster`).
    public var occurrences: Int
    public var reports: Int
    /// Distinct articles reporting it.
    public var sources: Int
    /// Those articles as citations (`doc.txt#2`), sorted by their bytes.
    public var documents: [String]
    /// Distinct amounts as the articles wrote them, sorted.
    public var amounts: [String]
    /// Whether every report tells a plan.
    public var planned: Bool
    /// The reports behind the edge, in log order: one event each.
    public var events: [ExportReport]
}

/// One event behind an exported edge: what an events table lists.
public struct ExportReport: Sendable, Equatable {
    public var eventId: String
    public var position: UInt64
    public var date: PartialDate
    public var modality: Modality
    /// `doc.txt#2`.
    public var citation: String
    public var amount: String?
    public var evidence: String
}

/// The organization graph as graph tools read it: the nodes the admitted edges touch, and the edges.
public struct ExportGraph: Sendable, Equatable {
    /// In id order (bytes).
    public var nodes: [ExportNode] = []
    /// In kind, source and target order (bytes).
    public var edges: [ExportEdge] = []
}

extension GraphQueries {
    /// The whole graph as `dump` walks it (`wholeGraph`), with what graph tools need on top: each
    /// node's type and aliases, each edge's occurrences, reports and the articles behind it. Reads
    /// every admitted report's event from the log, once, in position order.
    /// - Parameters:
    ///   - kinds: relation kinds to keep (empty: all).
    ///   - window: valid and knowledge time, as queries take it.
    public func exportGraph(kinds: Set<EventKind> = [], window: TimeWindow = .always) throws -> ExportGraph {
        var pending: [PendingEdge] = []
        try graph.forEachEdge { kind, from, to, reports in
            guard kinds.isEmpty || kinds.contains(kind) else { return true }
            let admitted = reports.filter(window.admits)
            if !admitted.isEmpty { pending.append(PendingEdge(kind: kind, from: from, to: to, reports: admitted)) }
            return true
        }
        let details = try graph.reports(pending.flatMap { e in e.reports.map { ($0, e.kind, e.from, e.to) } })
        var surfaces: [String: Set<String>] = [:]
        var announcements: [String: Int] = [:]
        var bansByUnnamed: [String: Int] = [:]
        var edges: [ExportEdge] = []
        var offset = 0
        for e in pending {
            let reports = details[offset..<(offset + e.reports.count)]
            offset += e.reports.count
            for r in reports {
                if !e.from.isEmpty { surfaces[e.from, default: []].insert(r.fromSurface) }
                if !e.to.isEmpty { surfaces[e.to, default: []].insert(r.toSurface) }
            }
            let occurrences = Occurrences.cluster(e.reports).count
            guard !e.from.isEmpty, !e.to.isEmpty else {
                let org = e.from.isEmpty ? e.to : e.from
                if e.kind == .announcement { announcements[org, default: 0] += occurrences } else if e.kind == .ban { bansByUnnamed[org, default: 0] += occurrences }
                continue
            }
            let dated = e.reports.map(\.date).filter(\.isKnown)
            let citations = Set(reports.map { Source.citation(document: $0.document, article: $0.article) })
            edges.append(ExportEdge(
                kind: e.kind, from: e.from, to: e.to, directed: e.kind != .partnership,
                first: dated.min() ?? .unknown, last: dated.max() ?? .unknown, occurrences: occurrences,
                reports: e.reports.count, sources: ReportRef.articleCount(e.reports),
                documents: citations.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) },
                amounts: Set(reports.compactMap { $0.amount?.text }).sorted(), planned: e.reports.allSatisfy(\.planned),
                events: reports.map { r in
                    ExportReport(eventId: r.eventId, position: r.position, date: r.date, modality: r.modality,
                                 citation: Source.citation(document: r.document, article: r.article), amount: r.amount?.text, evidence: r.evidence)
                }.sorted { $0.position < $1.position }))
        }
        var ids = Set<String>()
        for e in pending { for org in [e.from, e.to] where !org.isEmpty { ids.insert(org) } }
        var out = ExportGraph()
        for id in ids.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let node = try graph.node(id)
            let name = try node?.name ?? self.name(of: id)
            var aliases = surfaces[id, default: []].union(try names.declaredAliases(of: id))
            aliases.remove(name)
            aliases.remove("")
            out.nodes.append(ExportNode(id: id, name: name, type: node?.type, aliases: aliases.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) },
                                        announcements: announcements[id] ?? 0, bansByUnnamed: bansByUnnamed[id] ?? 0))
        }
        out.edges = edges.sorted { a, b in
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            if a.from != b.from { return a.from.utf8.lexicographicallyPrecedes(b.from.utf8) }
            return a.to.utf8.lexicographicallyPrecedes(b.to.utf8)
        }
        return out
    }
}
