import EventLog
import Events
import Projections

/// One report behind an occurrence, with what a reader needs to open the article: its citation,
/// evidence sentence, and the article's headline, publisher and URL where the log or the
/// `articles` catalog knows them (each optional: appended events often carry none).
public struct OccurrenceReport: Sendable, Equatable {
    public var position: UInt64
    public var eventId: String
    public var date: PartialDate
    public var document: String
    public var article: Int?
    /// The evidence sentence as the timeline keeps it (at most 400 bytes).
    public var evidence: String
    /// The amount as the article wrote it ("" when none).
    public var amount: String
    public var headline: String?
    public var publisher: String?
    public var url: String?

    /// `doc.txt#2`.
    public var citation: String { Source.citation(document: document, article: article) }
}

/// A participant of an occurrence, with its type when the graph knows it.
public struct OccurrenceParty: Sendable, Equatable {
    public var role: Role
    public var org: String
    public var name: String
    public var type: OrganizationType?

    public init(role: Role, org: String, name: String, type: OrganizationType? = nil) {
        self.role = role
        self.org = org
        self.name = name
        self.type = type
    }
}

/// One happening as pictures and the explorer page draw it: the reports of one kind and one set
/// of participants whose dates the org graph's rule (`Occurrences.cluster`) merges, with what
/// happened (amount, subject or scope) and every report's source.
public struct OccurrenceItem: Sendable {
    /// Stable within one answer: `kind:first position` (the log position of its earliest-logged report).
    public var id: String
    public var kind: EventKind
    /// Sorted by role (acting side first), then name.
    public var participants: [OccurrenceParty]
    public var first: PartialDate
    public var last: PartialDate
    /// Distinct articles telling it.
    public var sources: Int
    /// Amounts as written, distinct, in report order.
    public var amounts: [String]
    /// An announcement's subject, or a partnership's or ban's scope, when a report gives one.
    public var subject: String?
    /// True when every report tells a plan (`modality: planned`).
    public var planned: Bool
    /// Its reports, earliest date first, then log order.
    public var reports: [OccurrenceReport]

    /// The acting side (investors, imposers, parties, the actor) and the targets.
    public var actors: [OccurrenceParty] { participants.filter { $0.role != .target } }
    public var targets: [OccurrenceParty] { participants.filter { $0.role == .target } }
}

extension GraphQueries {
    /// The timeline's events merged into occurrences, in valid-time order (undated last). The
    /// subject, scope, URL and publisher are read from the log at each report's position (one
    /// cursor), and the headline, publisher and URL of the article from the `articles` catalog
    /// when `articles` is given.
    public func occurrences(_ items: [TimelineItem], articles: ArticlesReader? = nil) throws -> [OccurrenceItem] {
        let events = try graph.log.events(at: items.map(\.entry.position))
        var types: [String: OrganizationType?] = [:]
        func type(_ org: String) throws -> OrganizationType? {
            if let t = types[org] { return t }
            var t: OrganizationType? = nil
            if !org.isEmpty { t = try graph.node(org)?.type ?? names.orgRecord(org).1 }
            types[org] = t
            return t
        }
        var catalog: [String: ArticleRow?] = [:]
        func article(_ citation: String) throws -> ArticleRow? {
            guard let articles else { return nil }
            if let a = catalog[citation] { return a }
            let a = try articles.article(citation)
            catalog[citation] = a
            return a
        }
        var out: [OccurrenceItem] = []
        for members in Self.groupedByRelation(items) {
            let byPosition = Dictionary(members.map { ($0.entry.position, $0) }, uniquingKeysWith: { a, _ in a })
            let refs = members.map { i in
                ReportRef(position: i.entry.position, recordedAt: i.entry.recordedAt, date: i.entry.date,
                          planned: i.entry.modality == .planned, hasAmount: !i.entry.amountText.isEmpty,
                          articleKey: Array(i.entry.document.utf8).withUnsafeBytes { ReportRef.articleKey(document: $0, article: i.entry.article) })
            }
            for o in Occurrences.cluster(refs) {
                let told = o.reports.compactMap { byPosition[$0.position] }
                    .sorted { ($0.entry.date, $0.entry.position) < ($1.entry.date, $1.entry.position) }
                guard let head = told.first else { continue }
                var parties: [OccurrenceParty] = []
                for p in head.participants where !parties.contains(where: { $0.org == p.org && $0.role == p.role }) {
                    parties.append(OccurrenceParty(role: p.role, org: p.org, name: p.name, type: try type(p.org)))
                }
                parties.sort { a, b in
                    let (ra, rb) = (a.role == .target ? 1 : 0, b.role == .target ? 1 : 0)
                    if ra != rb { return ra < rb }
                    return a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
                }
                var reports: [OccurrenceReport] = []
                var amounts: [String] = []
                var subject: String? = nil
                for i in told {
                    let e = i.entry
                    let logged = events[e.position]
                    let catalogued = try article(Source.citation(document: e.document, article: e.article))
                    if !e.amountText.isEmpty, !amounts.contains(e.amountText) { amounts.append(e.amountText) }
                    if subject == nil { subject = [logged?.subject, logged?.scope].compactMap { $0 }.first { !$0.isEmpty } }
                    reports.append(OccurrenceReport(
                        position: e.position, eventId: e.eventId, date: e.date, document: e.document, article: e.article,
                        evidence: e.evidence, amount: e.amountText,
                        headline: catalogued?.title.flatMap { $0.isEmpty ? nil : $0 },
                        publisher: nonEmpty(logged?.source.publisher) ?? nonEmpty(catalogued?.publisher),
                        url: nonEmpty(logged?.source.url) ?? nonEmpty(catalogued?.url)))
                }
                let firstLogged = o.reports.map(\.position).min() ?? head.entry.position
                out.append(OccurrenceItem(id: "\(head.entry.kind.name):\(firstLogged)", kind: head.entry.kind, participants: parties,
                                          first: o.first, last: o.last, sources: o.sourceCount, amounts: amounts, subject: subject,
                                          planned: told.allSatisfy { $0.entry.modality == .planned }, reports: reports))
            }
        }
        out.sort { a, b in
            if a.first.isKnown != b.first.isKnown { return a.first.isKnown }
            return (a.first, a.reports[0].position) < (b.first, b.reports[0].position)
        }
        return out
    }
}

private func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
}

extension GraphQueries {
    /// The occurrences of the graph around `org` to `depth` hops (the whole graph when `org` is
    /// nil): the events of the organizations the walk reaches whose participants all stand within
    /// reach, merged into occurrences. What `dump`'s pictures and `view` draw. With `depth` 0,
    /// every event of `org` itself.
    public func occurrences(_ timeline: TimelineReader, around org: String?, depth: Int, kinds: Set<EventKind> = [],
                            window: TimeWindow = .always, articles: ArticlesReader? = nil) throws -> [OccurrenceItem] {
        var items = try self.timeline(timeline, of: org, depth: depth, kinds: kinds, window: window)
        if let org, depth > 0 {
            let reach = Set(try neighbors(of: org, depth: depth, kinds: kinds, window: window).nodes.keys)
            items = items.filter { $0.participants.allSatisfy { $0.org.isEmpty || reach.contains($0.org) } }
        }
        return try occurrences(items, articles: articles)
    }
}
