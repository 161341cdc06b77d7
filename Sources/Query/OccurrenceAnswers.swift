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

// `OccurrenceParty` (an organization taking part in an occurrence) is in OccurrenceList.swift.

/// One real-world happening as answers list it: the reports of one relation that the occurrence
/// rule merges (`Occurrences.cluster`, stated in the README under "Projections"), with its date,
/// the span of its reports' dates, its distinct sources and every report. What relation answers,
/// `timeline`, `show` and pictures draw from.
public struct OccurrenceAnswer: Sendable {
    /// `oc-…`: what `kgraph show` takes. `oc-`, the smallest event id among its reports without
    /// its `ev-`, `-` and the relation's key (`relationKey`), so it does not depend on the order
    /// of appends. A later report with a smaller id renames it; `show` also finds it by any of
    /// its reports' event ids.
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

    /// The occurrence id of a report set anchored at `eventId` (see `id`), for the relation
    /// `kind` among `participants`.
    public static func id(anchoredAt eventId: String, kind: EventKind, participants: [OccurrenceParty]) -> String {
        "oc-" + (eventId.hasPrefix("ev-") ? String(eventId.dropFirst(3)) : eventId) + "-" + relationKey(kind, participants)
    }

    /// 8 hex digits of SHA-256 over the kind and the sorted `role:org` pairs: tells apart the
    /// relations one event makes (four ministries banning one app are four bans).
    public static func relationKey(_ kind: EventKind, _ participants: [OccurrenceParty]) -> String {
        let text = kind.name + "|" + participants.map { "\($0.role.name):\($0.org)" }.sorted().joined(separator: "|")
        return String(hex(EventLog.articleHash(text)).prefix(8))
    }

    /// What an occurrence id names: the event ids its anchor may have (`ev-X`, then `X`) and its
    /// relation key; nil when it is no occurrence id.
    public static func parse(_ occurrenceId: String) -> (eventIds: [String], relation: String)? {
        guard occurrenceId.hasPrefix("oc-") else { return nil }
        let rest = occurrenceId.dropFirst(3)
        guard rest.count > 9, rest[rest.index(rest.endIndex, offsetBy: -9)] == "-" else { return nil }
        let anchor = String(rest.dropLast(9)), key = String(rest.suffix(8))
        return (["ev-" + anchor, anchor], key)
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
            id: OccurrenceAnswer.id(anchoredAt: anchor, kind: kind, participants: participants), kind: kind, participants: participants,
            date: resolved.date, dateResolution: resolved.how, first: o.first, last: o.last,
            sources: Set(reports.map(\.sourceKey)).count,
            amounts: Array(Set(reports.compactMap(\.amount))).sorted(), subjects: Array(Set(reports.compactMap(\.subject))).sorted(),
            planned: reports.allSatisfy(\.planned), evidence: evidence, reports: reports)
    }

    /// The occurrence a report belongs to, by an occurrence id (`oc-…`) or an event id, as the
    /// whole log tells it now; nil when no relation report has that id. An occurrence id names
    /// its relation too: one of the organization graph's edges (what relation answers list) or
    /// one event's whole set of participants (what `timeline` lists, read from `timeline`).
    public func occurrence(_ id: String, timeline: TimelineReader? = nil) throws -> OccurrenceAnswer? {
        let parsed = OccurrenceAnswer.parse(id)
        if id.hasPrefix("oc-"), parsed == nil { return nil }
        for eventId in parsed?.eventIds ?? [id] {
            guard let p = try graph.log.position(of: eventId), let e = try graph.log.event(at: p), e.kind.isRelation else { continue }
            var groups: [ReportGroup] = []
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
                    groups.append(ReportGroup(kind: e.kind, participants: parties, reports: rel.reports))
                }
            }
            // The event's whole set of participants, as the timeline groups it.
            if let timeline, let first = e.participants.first {
                let items = try self.timeline(timeline, of: try names.canonical(first.org), kinds: [e.kind])
                if let mine = items.first(where: { $0.entry.position == p }) {
                    groups.append(try timelineGroup(items.filter { $0.relationKey == mine.relationKey }))
                }
            }
            let answers = try occurrences(groups).flatMap { $0 }.filter { o in o.reports.contains { $0.position == p } }
            if let wanted = parsed?.relation {
                if let o = answers.first(where: { $0.id.hasSuffix("-" + wanted) }) { return o }
            } else if let o = answers.first {
                return o
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
        try occurrences(Self.groupedByRelation(items).map(timelineGroup)).flatMap { $0 }.sorted(by: Self.occurrenceOrder)
    }

    /// Timeline items grouped by relation (`TimelineItem.relationKey`), each group in item order,
    /// the groups in the order of their first items.
    static func groupedByRelation(_ items: [TimelineItem]) -> [[TimelineItem]] {
        var groups: [String: [TimelineItem]] = [:]
        var order: [String] = []
        for i in items {
            let key = i.relationKey
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(i)
        }
        return order.map { groups[$0]! }
    }

    /// Timeline items of one kind and one set of participants as a group of reports.
    func timelineGroup(_ items: [TimelineItem]) throws -> ReportGroup {
        let refs = items.map { i in
            ReportRef(position: i.entry.position, recordedAt: i.entry.recordedAt, date: i.entry.date, planned: i.entry.modality == .planned,
                      hasAmount: !i.entry.amountText.isEmpty, articleKey: 0)
        }
        return ReportGroup(kind: items[0].entry.kind, participants: items[0].participants.map { OccurrenceParty(role: $0.role, org: $0.org, name: $0.name) },
                           reports: refs)
    }
}

extension TimelineItem {
    /// The relation an item tells: its kind and its whole set of participants (role and
    /// organization), whatever their order.
    var relationKey: String {
        "\(entry.kind.rawValue)|" + Set(participants.map { "\($0.role.rawValue):\($0.org)" }).sorted().joined(separator: "|")
    }
}
