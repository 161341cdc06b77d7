import EventLog
import Events
import Projections

/// One report of an occurrence as answers cite it: which article told it (document and article
/// number, headline, publisher, URL, publication date), the date it gives the event, and its
/// evidence sentence whole.
public struct CitedReport: Sendable, Equatable {
    public var eventId: String
    /// Its log position (knowledge time; differs between stores holding the same reports).
    public var position: UInt64
    public var document: String
    public var article: Int?
    public var sentence: Int?
    /// The date this report gives the event.
    public var date: PartialDate
    /// Its article's publication date (unknown when not known).
    public var published: PartialDate
    public var publisher: String?
    public var url: String?
    /// Its article's headline.
    public var title: String?
    /// The evidence sentence, whole.
    public var evidence: String
    /// The amount as the article wrote it (`1조2000억원`).
    public var amount: String?
    /// What the report says was announced, invested in or banned, when it says (`subject`).
    public var subject: String?
    public var planned: Bool
    /// Equal for reports from the same article text (`ReportRef.sourceKey`).
    public var sourceKey: UInt64

    /// `doc.txt#2` — the article a user can open with `kgraph show`.
    public var citation: String { Source.citation(document: document, article: article) }
    /// Whether it states the event's own date rather than dating it by publication.
    public var statesDate: Bool { Occurrences.DatedReport(date: date, published: published).stated }
}

/// An organization taking part in an occurrence.
public struct OccurrenceParty: Sendable, Equatable {
    public var role: Role
    public var org: String
    public var name: String
    public init(role: Role, org: String, name: String) {
        self.role = role
        self.org = org
        self.name = name
    }
}

/// One real-world happening as answers list it: the reports of one relation that the occurrence
/// rule merges (`Occurrences.cluster`, stated in the README under "Projections"), with its date,
/// the span of its reports' dates, its distinct sources and every report. What relation answers,
/// `timeline`, `show` and pictures draw from.
public struct OccurrenceAnswer: Sendable {
    /// `oc-…`: what `kgraph show` takes. Derived from the smallest event id among its reports
    /// (`oc-` + that id without its `ev-`), so it does not depend on the order of appends; a
    /// later report with a smaller id renames it, and `show` still finds it by any report's id.
    public var id: String
    public var kind: EventKind
    /// Every organization of the relation, with its role.
    public var participants: [OccurrenceParty]
    /// The most precise date its reports agree on (`Occurrences.date`).
    public var date: PartialDate
    /// How `date` was chosen, in words.
    public var dateResolution: String
    /// The span of its reports' dates.
    public var first: PartialDate
    public var last: PartialDate
    /// Distinct article texts telling it (the same text saved in two files is one source).
    public var sources: Int
    /// Amounts as reported, distinct, sorted.
    public var amounts: [String]
    /// Subjects as reported, distinct, sorted.
    public var subjects: [String]
    /// Whether every report tells it as a plan.
    public var planned: Bool
    /// The report that best dates it: one giving `date`, stating it when any does, from the
    /// earliest article.
    public var evidence: CitedReport
    /// Every report, earliest article first.
    public var reports: [CitedReport]

    /// Distinct publishers of its reports, in report order.
    public var publishers: [String] {
        var seen: [String] = []
        for r in reports { if let p = r.publisher, !seen.contains(p) { seen.append(p) } }
        return seen
    }

    /// The occurrence id of a report set anchored at `eventId` (see `id`).
    public static func id(anchoredAt eventId: String) -> String {
        "oc-" + (eventId.hasPrefix("ev-") ? String(eventId.dropFirst(3)) : eventId)
    }

    /// The event ids an occurrence id may stand for (`oc-X` → `ev-X`, then `X`).
    public static func eventIds(of occurrenceId: String) -> [String] {
        guard occurrenceId.hasPrefix("oc-"), occurrenceId.count > 3 else { return [] }
        let rest = String(occurrenceId.dropFirst(3))
        return ["ev-" + rest, rest]
    }

    /// A SHA-256 (hex) of what the occurrences say, leaving out log positions: equal for two
    /// stores that hold the same reports appended in any order.
    public static func digest(_ occurrences: [OccurrenceAnswer]) -> String {
        var text = ""
        func field(_ s: String) { text += s + "\u{1F}" }
        for o in occurrences {
            field(o.id); field(o.kind.name); field(o.date.description); field(o.first.description); field(o.last.description)
            field(String(o.sources)); field(o.amounts.joined(separator: ",")); field(o.planned ? "planned" : "done")
            for p in o.participants { field("\(p.role.name):\(p.org)") }
            for r in o.reports { field(r.eventId); field(r.citation); field(r.date.description) }
            text += "\u{1E}"
        }
        return hex(EventLog.articleHash(text))
    }
}

extension GraphQueries {
    /// One relation's reports as a group to cluster: its kind, its organizations, its reports.
    public struct ReportGroup: Sendable {
        public var kind: EventKind
        public var participants: [OccurrenceParty]
        public var reports: [ReportRef]
        public init(kind: EventKind, participants: [OccurrenceParty], reports: [ReportRef]) {
            self.kind = kind
            self.participants = participants
            self.reports = reports
        }
    }

    /// Each group's reports merged into occurrences by the occurrence rule, every report cited
    /// (log and article records read in one batch for all groups). Occurrences in date order.
    public func occurrences(_ groups: [ReportGroup]) throws -> [[OccurrenceAnswer]] {
        let citations = try graph.citations(groups.flatMap { $0.reports.map(\.position) })
        return groups.map { g in
            // Source identity comes from the citation (the article's hash), whatever the ref held.
            let refs = g.reports.map { r -> ReportRef in
                var r = r
                if let c = citations[r.position] { r.articleKey = c.sourceKey }
                return r
            }
            return Occurrences.cluster(refs).map { answer($0, kind: g.kind, participants: g.participants, citations: citations) }
                .sorted(by: Self.occurrenceOrder)
        }
    }

    /// Earlier first (by date, then span); undated last; then by id.
    static func occurrenceOrder(_ a: OccurrenceAnswer, _ b: OccurrenceAnswer) -> Bool {
        if a.date.isKnown != b.date.isKnown { return a.date.isKnown }
        if a.date != b.date { return a.date < b.date }
        if a.first != b.first { return a.first < b.first }
        return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }

    func answer(_ o: Occurrence, kind: EventKind, participants: [OccurrenceParty], citations: [UInt64: Citation]) -> OccurrenceAnswer {
        var reports: [CitedReport] = o.reports.compactMap { ref in
            guard let c = citations[ref.position] else { return nil }
            let e = c.event
            return CitedReport(eventId: e.id, position: ref.position, document: e.source.document, article: e.source.article,
                               sentence: e.source.sentence, date: ref.date, published: c.published, publisher: c.publisher,
                               url: c.url, title: c.title, evidence: e.source.evidence ?? "", amount: e.amount?.text,
                               subject: e.subject, planned: ref.planned, sourceKey: c.sourceKey)
        }
        // Earliest article first; ties by event id, so the order never depends on the log's.
        reports.sort { a, b in
            let (pa, pb) = (a.published.isKnown ? a.published : a.date, b.published.isKnown ? b.published : b.date)
            if pa != pb { return pa.isKnown != pb.isKnown ? pa.isKnown : pa < pb }
            return a.eventId.utf8.lexicographicallyPrecedes(b.eventId.utf8)
        }
        let resolved = Occurrences.date(reports.map { Occurrences.DatedReport(date: $0.date, published: $0.published) })
        let giving = reports.filter { $0.date == resolved.date }
        let evidence = giving.first(where: \.statesDate) ?? giving.first ?? reports[0]
        let anchor = reports.map(\.eventId).min { $0.utf8.lexicographicallyPrecedes($1.utf8) } ?? ""
        return OccurrenceAnswer(
            id: OccurrenceAnswer.id(anchoredAt: anchor), kind: kind, participants: participants,
            date: resolved.date, dateResolution: resolved.how, first: o.first, last: o.last,
            sources: Set(reports.map(\.sourceKey)).count,
            amounts: Array(Set(reports.compactMap(\.amount))).sorted(), subjects: Array(Set(reports.compactMap(\.subject))).sorted(),
            planned: reports.allSatisfy(\.planned), evidence: evidence, reports: reports)
    }

    /// The occurrence a report belongs to, by an occurrence id (`oc-…`) or an event id, as the
    /// whole log tells it now; nil when no relation report has that id.
    public func occurrence(_ id: String) throws -> OccurrenceAnswer? {
        let candidates = id.hasPrefix("oc-") ? OccurrenceAnswer.eventIds(of: id) : [id]
        for eventId in candidates {
            guard let p = try graph.log.position(of: eventId), let e = try graph.log.event(at: p), e.kind.isRelation else { continue }
            for part in e.participants {
                let org = try names.canonical(part.org)
                for rel in try graph.relations(of: org, kinds: [e.kind]) where rel.reports.contains(where: { $0.position == p }) {
                    var parties: [OccurrenceParty] = []
                    let selfRole: Role = rel.direction == .incoming ? .target : part.role
                    parties.append(OccurrenceParty(role: selfRole, org: org, name: try name(of: org)))
                    if !rel.other.isEmpty {
                        let otherRole: Role = switch rel.direction {
                        case .undirected: .party
                        case .outgoing: .target
                        case .incoming: e.kind == .investment ? .investor : .imposer
                        }
                        parties.append(OccurrenceParty(role: otherRole, org: rel.other, name: try name(of: rel.other)))
                    }
                    let group = ReportGroup(kind: e.kind, participants: parties, reports: rel.reports)
                    return try occurrences([group])[0].first { o in o.reports.contains { $0.position == p } }
                }
            }
        }
        return nil
    }
}

extension GraphQueries {
    /// Timeline items merged into occurrences: items of one kind and one set of participants
    /// (roles and organizations) grouped, each group clustered by the occurrence rule. In date
    /// order, undated last. What `kgraph timeline` lists and pictures may draw.
    public func occurrences(of items: [TimelineItem]) throws -> [OccurrenceAnswer] {
        var groups: [String: ReportGroup] = [:]
        var order: [String] = []
        for i in items {
            let e = i.entry
            let key = "\(e.kind.rawValue)|" + Set(i.participants.map { "\($0.role.rawValue):\($0.org)" }).sorted().joined(separator: "|")
            let ref = ReportRef(position: e.position, recordedAt: e.recordedAt, date: e.date, planned: e.modality == .planned,
                                hasAmount: !e.amountText.isEmpty, articleKey: 0)
            if groups[key] == nil {
                order.append(key)
                groups[key] = ReportGroup(kind: e.kind, participants: i.participants.map { OccurrenceParty(role: $0.role, org: $0.org, name: $0.name) },
                                          reports: [])
            }
            groups[key]!.reports.append(ref)
        }
        return try occurrences(order.map { groups[$0]! }).flatMap { $0 }.sorted(by: Self.occurrenceOrder)
    }
}
