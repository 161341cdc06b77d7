import EventLog
import Events
import Foundation
import Projections

/// The analyst's desk: article lists, event lists, full-text search and organization rankings,
/// over the `articles` projection, with organizations resolved through the alias table.
public struct Desk {
    public let articles: ArticlesReader
    public let queries: GraphQueries

    public init(articles: ArticlesReader, queries: GraphQueries) {
        self.articles = articles
        self.queries = queries
    }

    /// Every organization id that denotes `org` under the alias table: its own and each name
    /// declared an alias of it. What an `--org` filter matches.
    public func ids(of org: String) throws -> Set<String> {
        Set([org] + (try queries.names.declaredAliases(of: org)))
    }

    /// The organization a participant's id denotes now.
    public func canonical(_ org: String) throws -> String { try queries.names.canonical(org) }

    /// An organization's type: what the graph or the alias table knows of it.
    public func type(of org: String) throws -> OrganizationType? {
        try queries.graph.node(org)?.type ?? queries.names.orgRecord(org).1
    }

    /// Events the filter keeps, each participant re-homed to the organization it denotes now;
    /// with `type`, only events with a participant of that type.
    public func events(_ filter: DeskFilter, type: OrganizationType? = nil, limit: Int = Int.max) throws -> [EventRow] {
        var out: [EventRow] = []
        for var row in try articles.events(filter, limit: type == nil ? limit : Int.max) {
            try canonicalize(&row)
            if let type, !row.participants.contains(where: { $0.type == type }) { continue }
            out.append(row)
            if out.count >= limit { break }
        }
        return out
    }

    /// Re-homes a row's participants to the organizations their ids denote now, with names and types.
    public func canonicalizeRow(_ row: inout EventRow) throws { try canonicalize(&row) }

    func canonicalize(_ row: inout EventRow) throws {
        for i in row.participants.indices {
            let org = try canonical(row.participants[i].org)
            if org != row.participants[i].org {
                row.participants[i].org = org
                row.participants[i].name = try queries.name(of: org)
            }
            row.participants[i].type = try type(of: org) ?? row.participants[i].type
        }
    }

    // MARK: Occurrences

    /// One happening: the events of one kind and one set of participants whose dates the org
    /// graph's rule (`Occurrences.cluster`) merges, with the distinct article texts telling it.
    public struct OccurrenceRow: Sendable {
        public var kind: EventKind
        public var participants: [EventRow.Party]
        public var first: PartialDate
        public var last: PartialDate
        /// Distinct articles telling it.
        public var sources: Int
        /// Its events (reports), in log order.
        public var events: [EventRow]
    }

    /// The events the filter keeps, merged into occurrences, in valid-time order (undated last).
    public func occurrences(_ filter: DeskFilter, type: OrganizationType? = nil, limit: Int = Int.max) throws -> [OccurrenceRow] {
        var groups: [String: [EventRow]] = [:]
        var order: [String] = []
        for row in try events(filter, type: type) {
            let key = "\(row.kind.rawValue)|" + Set(row.participants.map { "\($0.role.rawValue):\($0.org)" }).sorted().joined(separator: "|")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        var out: [OccurrenceRow] = []
        // Sources are article texts: the citations give each report's article hash.
        let citations = try queries.graph.citations(order.flatMap { groups[$0]!.map(\.position) })
        for key in order {
            let rows = groups[key]!
            let byPosition = Dictionary(uniqueKeysWithValues: rows.map { ($0.position, $0) })
            let refs = rows.map { r in
                ReportRef(position: r.position, recordedAt: r.recordedAt, date: r.date, planned: r.modality == .planned, hasAmount: false,
                          articleKey: citations[r.position]?.sourceKey
                              ?? Array(r.document.utf8).withUnsafeBytes { ReportRef.articleKey(document: $0, article: r.index) })
            }
            for o in Occurrences.cluster(refs) {
                let members = o.reports.compactMap { byPosition[$0.position] }
                out.append(OccurrenceRow(kind: members[0].kind, participants: members[0].participants, first: o.first, last: o.last,
                                         sources: o.sourceCount, events: members))
            }
        }
        out.sort { a, b in
            if a.first.isKnown != b.first.isKnown { return a.first.isKnown }
            return (a.first, a.events[0].position) < (b.first, b.events[0].position)
        }
        return Array(out.prefix(limit))
    }

    // MARK: Search

    /// One answer of a search: an article (or an event from outside any stored article), the
    /// sentence that matched, and the events whose evidence matched.
    public struct SearchResult: Sendable {
        public var article: ArticleRow?
        /// bm25 (lower is better); 0 when every term was short.
        public var score: Double
        public var sentence: String
        public var events: [(event: EventRow, evidence: String)]
    }

    /// Splits a query into its terms: words separated by spaces, or one phrase in double quotes.
    public static func terms(_ query: String) -> [String] {
        var out: [String] = []
        var current = "", quoted = false
        for ch in query {
            if ch == "\"" {
                quoted.toggle()
                if !quoted, !current.isEmpty { out.append(current); current = "" }
            } else if ch.isWhitespace, !quoted {
                if !current.isEmpty { out.append(current); current = "" }
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Articles and event evidence holding every term, best first (bm25 from FTS5, newer first on
    /// a tie). `filter` keeps dates and publishers of articles; kinds, organizations, modality
    /// and `type` keep events, and an article only when it carries such an event.
    public func search(_ query: String, filter: DeskFilter, type: OrganizationType? = nil, limit: Int = 20) throws -> [SearchResult] {
        let terms = Self.terms(query)
        guard !terms.isEmpty else { return [] }
        let hits = try articles.matchingTexts(terms, limit: max(200, limit * 20))
        let eventsFiltered = !filter.kinds.isEmpty || filter.orgs != nil || filter.modality != nil || type != nil
        var groups: [UInt64: SearchResult] = [:]
        var order: [UInt64] = []
        func keep(_ e: EventRow) -> Bool {
            if e.retracted && !filter.includeRetracted { return false }
            if !filter.kinds.isEmpty && !filter.kinds.contains(e.kind) { return false }
            if let m = filter.modality, e.modality != m { return false }
            if let orgs = filter.orgs, !e.participants.contains(where: { orgs.contains($0.org) }) { return false }
            if let type, !e.participants.contains(where: { $0.type == type }) { return false }
            if let p = filter.knownAtPosition, e.position > p { return false }
            return Self.admits(e.date, filter)
        }
        func admitsArticle(_ a: ArticleRow) -> Bool {
            if a.retracted && !filter.includeRetracted { return false }
            if let p = filter.knownAtPosition, a.position > p { return false }
            if let publisher = filter.publisher, !(a.publisher ?? "").localizedCaseInsensitiveContains(publisher) { return false }
            if let d = filter.document, a.document != d { return false }
            return Self.admits(a.published, filter)
        }
        for hit in hits {
            if let a = try articles.article(at: hit.position) {
                guard admitsArticle(a) else { continue }
                if groups[a.position] == nil { order.append(a.position) }
                var g = groups[a.position] ?? SearchResult(article: a, score: hit.score, sentence: "", events: [])
                g.article = a
                g.score = min(g.score, hit.score)
                g.sentence = Self.sentence(around: terms, in: hit.body)
                groups[a.position] = g
            } else if var e = try articles.event(at: hit.position) {
                // Organizations as they are known now, for the filter and the answer.
                try canonicalize(&e)
                guard keep(e) else { continue }
                let key = e.article ?? e.position
                let article = try e.article.flatMap { try articles.article(at: $0) }
                if let article, !admitsArticle(article), filter.publisher != nil || filter.document != nil { continue }
                if filter.publisher != nil, article == nil, !(e.publisher ?? "").localizedCaseInsensitiveContains(filter.publisher!) { continue }
                if groups[key] == nil { order.append(key) }
                var g = groups[key] ?? SearchResult(article: article, score: hit.score, sentence: hit.body, events: [])
                g.score = min(g.score, hit.score)
                if g.sentence.isEmpty { g.sentence = hit.body }
                g.events.append((e, hit.body))
                groups[key] = g
            }
        }
        var results: [SearchResult] = []
        for key in order {
            guard var g = groups[key] else { continue }
            if eventsFiltered, g.events.isEmpty {
                // An article whose text matched: kept when it carries an event the filter keeps.
                guard let a = g.article else { continue }
                var carried = try articles.events(ofArticle: a.position)
                for i in carried.indices { try canonicalize(&carried[i]) }
                guard carried.contains(where: keep) else { continue }
            }
            g.events.sort { $0.event.position < $1.event.position }
            results.append(g)
        }
        results.sort { a, b in
            if a.score != b.score { return a.score < b.score }
            let pa = a.article?.position ?? a.events.first?.event.position ?? 0
            let pb = b.article?.position ?? b.events.first?.event.position ?? 0
            return pa > pb
        }
        return Array(results.prefix(limit))
    }

    static func admits(_ date: PartialDate, _ filter: DeskFilter) -> Bool {
        guard filter.from != nil || filter.to != nil else { return true }
        guard date.isKnown else { return false }
        if let from = filter.from, date.dayRange.last < from.dayRange.first { return false }
        if let to = filter.to, date.dayRange.first > to.dayRange.last { return false }
        return true
    }

    /// The line of `text` where the first term occurs, cut to the sentence around it when the line
    /// is long (at most about 240 characters), for showing why an article matched.
    public static func sentence(around terms: [String], in text: String, width: Int = 240) -> String {
        guard let term = terms.first, let hit = text.range(of: term, options: [.caseInsensitive]) else {
            return String(text.prefix(width))
        }
        let lineStart = text[..<hit.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let lineEnd = text[hit.upperBound...].firstIndex(of: "\n") ?? text.endIndex
        var start = lineStart, end = lineEnd
        if text.distance(from: start, to: end) > width {
            // Sentence ends: a full stop, question or exclamation mark followed by a space.
            if let r = text.range(of: ". ", options: .backwards, range: lineStart..<hit.lowerBound) { start = r.upperBound }
            if let r = text.range(of: ". ", range: hit.upperBound..<lineEnd) { end = text.index(after: r.lowerBound) }
            if text.distance(from: start, to: end) > width {
                start = text.index(hit.lowerBound, offsetBy: -min(width / 3, text.distance(from: start, to: hit.lowerBound)))
                end = text.index(start, offsetBy: min(width, text.distance(from: start, to: end)))
            }
        }
        return text[start..<end].trimmingCharacters(in: .whitespaces)
    }

    // MARK: Organizations

    /// One organization in a ranking.
    public struct OrganizationRow: Sendable {
        public var org: String
        public var name: String
        public var type: OrganizationType?
        public var aliases: [String]
        public var firstSeen: PartialDate
        public var lastSeen: PartialDate
        /// Reports (events) naming it.
        public var reports: Int
        /// Distinct organizations it shares an event with.
        public var degree: Int
        /// Distinct partners in partnerships.
        public var partners: Int
    }

    /// What a ranking orders by.
    public enum Ranking: String, CaseIterable, Sendable {
        case degree, reports, partners
    }

    /// Organizations named by the events the filter keeps, ranked by `by` (then by name), with
    /// type, aliases, first and last seen, and counts.
    public func organizations(_ filter: DeskFilter, type: OrganizationType? = nil, by: Ranking = .reports,
                              top: Int? = nil) throws -> [OrganizationRow] {
        var positions: [String: Set<UInt64>] = [:]
        var others: [String: Set<String>] = [:]
        var partners: [String: Set<String>] = [:]
        var first: [String: PartialDate] = [:], last: [String: PartialDate] = [:]
        var byEvent: [UInt64: (EventKind, [String], PartialDate)] = [:]
        for p in try articles.participations(filter) {
            let org = try canonical(p.org)
            var entry = byEvent[p.position] ?? (p.kind, [], p.date)
            if !entry.1.contains(org) { entry.1.append(org) }
            byEvent[p.position] = entry
        }
        for (position, (kind, orgs, date)) in byEvent {
            for org in orgs {
                positions[org, default: []].insert(position)
                for other in orgs where other != org {
                    others[org, default: []].insert(other)
                    if kind == .partnership { partners[org, default: []].insert(other) }
                }
                if date.isKnown {
                    if first[org].map({ date.dayRange.first < $0.dayRange.first }) ?? true { first[org] = date }
                    if last[org].map({ date.dayRange.last > $0.dayRange.last }) ?? true { last[org] = date }
                }
            }
        }
        var rows: [OrganizationRow] = []
        for (org, ps) in positions {
            let t = try self.type(of: org)
            if let type, t != type { continue }
            rows.append(OrganizationRow(org: org, name: try queries.name(of: org), type: t, aliases: [],
                                        firstSeen: first[org] ?? .unknown, lastSeen: last[org] ?? .unknown,
                                        reports: ps.count, degree: others[org]?.count ?? 0, partners: partners[org]?.count ?? 0))
        }
        func measure(_ r: OrganizationRow) -> Int {
            switch by {
            case .degree: r.degree
            case .reports: r.reports
            case .partners: r.partners
            }
        }
        rows.sort { (measure($1), $0.name) < (measure($0), $1.name) }
        if let top { rows = Array(rows.prefix(top)) }
        for i in rows.indices {
            let node = try queries.graph.node(rows[i].org)
            let own = OrganizationID.make(rows[i].name)
            rows[i].aliases = Array(Set((node?.surfaces ?? []) + (try queries.names.declaredAliases(of: rows[i].org)))
                .filter { OrganizationID.make($0) != own }).sorted()
        }
        return rows
    }
}
