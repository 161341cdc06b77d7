import Events
import Projections

/// A report that cites where it comes from: its event, log position, document, article,
/// sentence, the date it gives, and its evidence sentence.
public protocol EvidenceCarrying {
    var eventId: String { get }
    var position: UInt64 { get }
    var document: String { get }
    var article: Int? { get }
    var sentence: Int? { get }
    var date: PartialDate { get }
    var evidence: String { get }
}

extension Report: EvidenceCarrying {}
extension CitedReport: EvidenceCarrying {}

/// Where a fact comes from, for citing it beside every answer.
public struct Evidence: Sendable, Equatable {
    public var date: PartialDate
    public var document: String
    public var article: Int?
    public var sentence: Int?
    public var text: String
    public var position: UInt64
    public var eventId: String

    /// The evidence of one report, as the graph keeps it (`Report`) or as answers cite it (`CitedReport`).
    public init(_ r: some EvidenceCarrying) {
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

/// One relation of an organization as a query answers it: the organization at the other end
/// once, then each occurrence (deal, ban, announcement…) with its sources.
public struct RelationRow: Sendable {
    public var kind: EventKind
    public var direction: GraphKeys.Direction
    /// The organization at the other end ("" for announcements).
    public var org: String
    public var name: String
    /// The span of all its reports' dates.
    public var first: PartialDate
    public var last: PartialDate
    /// Distinct article texts reporting it.
    public var sources: Int
    /// Its real-world happenings, in date order (`OccurrenceAnswer`).
    public var occurrences: [OccurrenceAnswer]
    public var reports: Int
    /// The first occurrence's evidence.
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

    /// Relations of `org` of one kind and direction that the window admits, earliest first; each
    /// with its occurrences, every report cited (log and article records read in one batch).
    public func relations(of org: String, kind: EventKind, direction: GraphKeys.Direction? = nil,
                          window: TimeWindow = .always) throws -> [RelationRow] {
        var picked: [(rel: Relation, reports: [ReportRef])] = []
        for rel in try graph.relations(of: org, kinds: [kind]) where direction == nil || rel.direction == direction {
            let admitted = rel.reports.filter(window.admits)
            if !admitted.isEmpty { picked.append((rel, admitted)) }
        }
        let names = try graph.names(picked.map(\.rel.other) + [org])
        let selfName = try names[org] ?? name(of: org)
        var groups: [ReportGroup] = []
        var otherNames: [String] = []
        for (rel, refs) in picked {
            let other = rel.other.isEmpty ? "" : try names[rel.other] ?? name(of: rel.other)
            otherNames.append(other)
            var parties: [OccurrenceParty]
            switch (kind, rel.direction) {
            case (.partnership, _): parties = [.init(role: .party, org: org, name: selfName), .init(role: .party, org: rel.other, name: other)]
            case (.announcement, _): parties = [.init(role: .actor, org: org, name: selfName)]
            case (_, .incoming): parties = [.init(role: kind == .investment ? .investor : .imposer, org: rel.other, name: other),
                                            .init(role: .target, org: org, name: selfName)]
            default: parties = [.init(role: kind == .investment ? .investor : .imposer, org: org, name: selfName),
                                .init(role: .target, org: rel.other, name: other)]
            }
            groups.append(ReportGroup(kind: kind, participants: parties.filter { !$0.org.isEmpty }, reports: refs))
        }
        let answers = try occurrences(groups)
        var rows: [RelationRow] = []
        for (i, (rel, refs)) in picked.enumerated() {
            let occ = answers[i]
            guard let firstOccurrence = occ.first else { continue }
            let dated = refs.map(\.date).filter(\.isKnown)
            let cited = occ.flatMap(\.reports)
            rows.append(RelationRow(
                kind: rel.kind, direction: rel.direction, org: rel.other, name: otherNames[i],
                first: dated.min() ?? .unknown, last: dated.max() ?? .unknown,
                sources: Set(cited.map(\.sourceKey)).count, occurrences: occ, reports: refs.count,
                evidence: Evidence(firstOccurrence.evidence),
                amounts: Array(Set(occ.flatMap(\.amounts))).sorted(), planned: occ.allSatisfy(\.planned)))
        }
        // By the first occurrence's date (undated last); names compare as bytes: the same order
        // as String's for precomposed text, without normalizing every comparison.
        return rows.sorted { a, b in
            let (da, db) = (a.occurrences[0].date, b.occurrences[0].date)
            if da.isKnown != db.isKnown { return da.isKnown }
            if da != db { return da < db }
            if !a.name.utf8.elementsEqual(b.name.utf8) { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            return a.occurrences[0].id.utf8.lexicographicallyPrecedes(b.occurrences[0].id.utf8)
        }
    }
}
