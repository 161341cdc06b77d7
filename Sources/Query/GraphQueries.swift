import Events
import Projections

/// Where a fact comes from, for citing it beside every answer.
public struct Evidence: Sendable, Equatable {
    public var date: PartialDate
    public var document: String
    public var article: Int?
    public var sentence: Int?
    public var text: String
    public var position: UInt64
    public var eventId: String

    public init(_ r: Report) {
        date = r.date
        document = r.document
        article = r.article
        sentence = r.sentence
        text = r.evidence
        position = r.position
        eventId = r.eventId
    }

    /// `doc.txt#2` — the article a user can open.
    public var citation: String { Source.citation(document: document, article: article) }
}

/// One relation of an organization as a query answers it.
public struct RelationRow: Sendable {
    public var kind: EventKind
    public var direction: GraphKeys.Direction
    /// The organization at the other end ("" for announcements).
    public var org: String
    public var name: String
    public var first: PartialDate
    public var last: PartialDate
    /// Distinct articles reporting it.
    public var sources: Int
    /// Distinct real-world happenings (reports of one happening merge).
    public var occurrences: Int
    public var reports: Int
    /// The earliest admitted report's evidence.
    public var evidence: Evidence
    public var amounts: [String]
    public var planned: Bool
}

/// Read-only walks over the live projections. Pure over the readers: no log access.
public struct GraphQueries {
    public let graph: OrgGraphReader
    public let names: AliasesReader

    public init(graph: OrgGraphReader, names: AliasesReader) {
        self.graph = graph
        self.names = names
    }

    /// The display name of an organization id.
    public func name(of org: String) throws -> String {
        if org.isEmpty { return "" }
        if let n = try graph.node(org) { return n.name }
        return try names.orgRecord(org).0
    }

    /// Relations of `org` of one kind and direction that the window admits, earliest first.
    public func relations(of org: String, kind: EventKind, direction: GraphKeys.Direction? = nil,
                          window: TimeWindow = .always) throws -> [RelationRow] {
        var rows: [RelationRow] = []
        for rel in try graph.relations(of: org, kinds: [kind]) where direction == nil || rel.direction == direction {
            let admitted = rel.reports.filter(window.admits)
            guard !admitted.isEmpty else { continue }
            if kind == .announcement {
                for occurrence in Occurrences.cluster(admitted) {
                    rows.append(try row(rel, occurrence.reports))
                }
            } else {
                rows.append(try row(rel, admitted))
            }
        }
        return rows.sorted { ($0.first, $0.name, $0.evidence.position) < ($1.first, $1.name, $1.evidence.position) }
    }

    private func row(_ rel: Relation, _ reports: [Report]) throws -> RelationRow {
        let occurrences = Occurrences.cluster(reports)
        let dated = reports.map(\.date).filter(\.isKnown)
        let earliest = reports.min { ($0.date, $0.position) < ($1.date, $1.position) }!
        return RelationRow(
            kind: rel.kind, direction: rel.direction, org: rel.other, name: try name(of: rel.other),
            first: dated.min() ?? .unknown, last: dated.max() ?? .unknown,
            sources: Report.articleCount(reports),
            occurrences: occurrences.count, reports: reports.count, evidence: Evidence(earliest),
            amounts: Array(Set(reports.compactMap { $0.amount?.text })).sorted(),
            planned: reports.allSatisfy { $0.modality == .planned })
    }
}
