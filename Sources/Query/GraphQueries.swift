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

/// Read-only walks over the live projections, through their readers.
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
        if let n = try graph.name(org) { return n }
        return try names.orgRecord(org).0
    }

    /// Relations of `org` of one kind and direction that the window admits, earliest first.
    public func relations(of org: String, kind: EventKind, direction: GraphKeys.Direction? = nil,
                          window: TimeWindow = .always) throws -> [RelationRow] {
        var picked: [(rel: Relation, reports: [ReportRef], earliest: ReportRef)] = []
        func pick(_ rel: Relation, _ refs: [ReportRef]) {
            picked.append((rel, refs, refs.min { ($0.date, $0.position) < ($1.date, $1.position) }!))
        }
        for rel in try graph.relations(of: org, kinds: [kind]) where direction == nil || rel.direction == direction {
            let admitted = rel.reports.filter(window.admits)
            guard !admitted.isEmpty else { continue }
            if kind == .announcement {
                for occurrence in Occurrences.cluster(admitted) { pick(rel, occurrence.reports) }
            } else {
                pick(rel, admitted)
            }
        }
        // What rows show beyond the graph — names of the other ends, the earliest report's
        // evidence, amounts — is read in two batches, not a lookup per row.
        let names = try graph.names(picked.map(\.rel.other))
        var cited: [(ref: ReportRef, kind: EventKind, from: String, to: String)] = []
        for (rel, reports, earliest) in picked {
            for ref in [earliest] + reports.filter({ $0.hasAmount && $0 != earliest }) {
                cited.append(rel.direction == .incoming ? (ref, rel.kind, rel.other, org) : (ref, rel.kind, org, rel.other))
            }
        }
        var reports: [UInt64: Report] = [:]
        for r in try graph.reports(cited) { reports[r.position] = r }

        var rows: [RelationRow] = []
        for (rel, refs, earliest) in picked {
            let dated = refs.map(\.date).filter(\.isKnown)
            let name = rel.other.isEmpty ? "" : try names[rel.other] ?? self.name(of: rel.other)
            rows.append(RelationRow(
                kind: rel.kind, direction: rel.direction, org: rel.other, name: name,
                first: dated.min() ?? .unknown, last: dated.max() ?? .unknown,
                sources: ReportRef.articleCount(refs),
                occurrences: Occurrences.cluster(refs).count, reports: refs.count, evidence: Evidence(reports[earliest.position]!),
                amounts: Array(Set(refs.filter(\.hasAmount).compactMap { reports[$0.position]?.amount?.text })).sorted(),
                planned: refs.allSatisfy(\.planned)))
        }
        // Names compare as bytes: the same order as String's for precomposed text, without
        // normalizing every comparison.
        return rows.sorted { a, b in
            if a.first != b.first { return a.first < b.first }
            if !a.name.utf8.elementsEqual(b.name.utf8) { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            return a.evidence.position < b.evidence.position
        }
    }
}
