import Events
import Foundation
import SQLite

/// One article as the `articles` projection keeps it.
public struct ArticleRow: Sendable, Equatable {
    /// Log position of its `article` record.
    public var position: UInt64
    public var id: String
    public var document: String
    public var index: Int?
    /// SHA-256 of its text, hex; nil when the text was not stored whole.
    public var hash: String?
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var published: PartialDate
    /// Knowledge time, ms since 1970 UTC.
    public var recordedAt: Int64
    /// Relation events appended from it.
    public var events: Int
    public var retracted: Bool
    /// `doc.txt#2`.
    public var citation: String { Source.citation(document: document, article: index) }
}

/// One relation event as the `articles` projection lists it (what `kgraph events` filters on).
public struct EventRow: Sendable, Equatable {
    public struct Party: Sendable, Equatable {
        public var role: Role
        public var org: String
        public var name: String
        public var type: OrganizationType?
    }

    public var position: UInt64
    public var id: String
    public var kind: EventKind
    public var date: PartialDate
    public var recordedAt: Int64
    public var modality: Modality
    public var document: String
    public var index: Int?
    public var sentence: Int?
    public var publisher: String?
    /// Position of the article record it came from.
    public var article: UInt64?
    public var retracted: Bool
    public var participants: [Party]
    public var citation: String { Source.citation(document: document, article: index) }
}

/// What a list of articles or events keeps. Dates are valid time: an article's publication date,
/// an event's date; a partial date that overlaps the window counts, an unknown one does not.
public struct DeskFilter: Sendable {
    public var from: PartialDate?
    public var to: PartialDate?
    public var kinds: Set<EventKind> = []
    /// Events naming any of these organization ids (all the ids an organization goes by).
    public var orgs: Set<String>?
    public var modality: Modality?
    /// Case-insensitive part of the publisher's name.
    public var publisher: String?
    public var document: String?
    /// Articles only: those that gave no event.
    public var withoutEvents = false
    /// Only what the log held at this position (knowledge time).
    public var knownAtPosition: UInt64?
    public var includeRetracted = false

    public init(from: PartialDate? = nil, to: PartialDate? = nil) {
        self.from = from
        self.to = to
    }

    /// SQL conditions over `table`'s day_first/day_last, publisher, document, position, retracted.
    func conditions(_ table: String) -> (String, [SQLiteValue]) {
        var sql: [String] = []
        var values: [SQLiteValue] = []
        if let from {
            sql.append("\(table).day_last >= ?")
            values.append(.int(from.dayRange.first))
        }
        if let to {
            sql.append("\(table).day_first <= ?")
            values.append(.int(to.dayRange.last))
        }
        if let publisher {
            sql.append("\(table).publisher LIKE ? ESCAPE '\\'")
            values.append(.text("%" + ArticlesReader.escapeLike(publisher) + "%"))
        }
        if let document {
            sql.append("\(table).document = ?")
            values.append(.text(document))
        }
        if let knownAtPosition {
            sql.append("\(table).position <= ?")
            values.append(.int(Int64(knownAtPosition)))
        }
        if !includeRetracted { sql.append("\(table).retracted = 0") }
        return (sql.isEmpty ? "1" : sql.joined(separator: " AND "), values)
    }
}

/// Reads an `articles` state: article lists, event lists and full-text search (SQLite FTS5,
/// trigram tokenizer: any run of three or more characters matches as a substring, Hangul
/// included; shorter terms are matched with LIKE over the indexed text).
public final class ArticlesReader {
    let db: SQLiteDatabase

    public init(_ state: ProjectionState) throws {
        db = try SQLiteDatabase(path: ArticlesProjection.databasePath(state), create: false, readOnly: true)
    }

    // MARK: Articles

    static let articleColumns = "a.position, a.id, a.document, a.idx, a.hash, a.title, a.publisher, a.url, a.published, a.recorded_at, a.events, a.retracted"

    static func article(_ r: SQLiteStatement, at c: Int32 = 0) -> ArticleRow {
        ArticleRow(position: UInt64(r.int(c)), id: r.text(c + 1) ?? "", document: r.text(c + 2) ?? "",
                   index: r.isNull(c + 3) ? nil : Int(r.int(c + 3)), hash: r.text(c + 4), title: r.text(c + 5),
                   publisher: r.text(c + 6), url: r.text(c + 7), published: PartialDate(parsing: r.text(c + 8) ?? "") ?? .unknown,
                   recordedAt: r.int(c + 9), events: Int(r.int(c + 10)), retracted: r.int(c + 11) != 0)
    }

    /// Articles in publication order (undated last), then log order.
    public func articles(_ filter: DeskFilter, limit: Int = Int.max) throws -> [ArticleRow] {
        var (cond, values) = filter.conditions("a")
        if filter.withoutEvents { cond += " AND a.events = 0" }
        values.append(.int(Int64(min(limit, Int(Int64.max)))))
        var out: [ArticleRow] = []
        try db.query("SELECT \(Self.articleColumns) FROM articles a WHERE \(cond) ORDER BY a.day_first IS NULL, a.day_first, a.position LIMIT ?", values) {
            out.append(Self.article($0))
        }
        return out
    }

    /// Articles stored, and how many gave no event.
    public func articleCounts() throws -> (articles: Int, withoutEvents: Int) {
        var out = (0, 0)
        try db.query("SELECT count(*), coalesce(sum(events = 0), 0) FROM articles WHERE retracted = 0") { out = (Int($0.int(0)), Int($0.int(1))) }
        return out
    }

    /// An article by its citation (`doc.txt#2`, or `doc.txt` for its first), its record id, or
    /// its log position; the latest record when a document was ingested again with changes.
    public func article(_ reference: String) throws -> ArticleRow? {
        var out: ArticleRow?
        if let p = UInt64(reference) {
            try db.query("SELECT \(Self.articleColumns) FROM articles a WHERE a.position = ?", [.int(Int64(p))]) { out = Self.article($0) }
            if out != nil { return out }
        }
        try db.query("SELECT \(Self.articleColumns) FROM articles a WHERE a.id = ?", [.text(reference)]) { out = Self.article($0) }
        if out != nil { return out }
        var document = reference, index = 0
        if let hash = reference.lastIndex(of: "#"), let n = Int(reference[reference.index(after: hash)...]) {
            document = String(reference[..<hash])
            index = n
        }
        try db.query("SELECT \(Self.articleColumns) FROM articles a WHERE a.document = ? AND a.idx = ? ORDER BY a.position DESC LIMIT 1",
                     [.text(document), .int(Int64(index))]) { out = Self.article($0) }
        return out
    }

    /// Article citations close to `reference`, for a suggestion when nothing matches.
    public func documents(like reference: String, limit: Int = 5) throws -> [String] {
        let stem = reference.split(separator: "#").first.map(String.init) ?? reference
        var out: [String] = []
        try db.query("SELECT DISTINCT document FROM articles WHERE document LIKE ? ESCAPE '\\' ORDER BY document LIMIT ?",
                     [.text("%" + Self.escapeLike(String(stem.prefix(12))) + "%"), .int(Int64(limit))]) { out.append($0.text(0) ?? "") }
        return out
    }

    // MARK: Events

    static let eventColumns = "e.position, e.id, e.kind, e.date, e.recorded_at, e.modality, e.document, e.idx, e.sentence, e.publisher, e.article, e.retracted"

    func event(_ r: SQLiteStatement) -> EventRow {
        EventRow(position: UInt64(r.int(0)), id: r.text(1) ?? "", kind: EventKind(rawValue: UInt8(clamping: r.int(2))) ?? .announcement,
                 date: PartialDate(parsing: r.text(3) ?? "") ?? .unknown, recordedAt: r.int(4),
                 modality: Modality(rawValue: UInt8(clamping: r.int(5))) ?? .done, document: r.text(6) ?? "",
                 index: r.isNull(7) ? nil : Int(r.int(7)), sentence: r.isNull(8) ? nil : Int(r.int(8)), publisher: r.text(9),
                 article: r.isNull(10) ? nil : UInt64(r.int(10)), retracted: r.int(11) != 0, participants: [])
    }

    /// Relation events in valid-time order (undated last), then log order.
    public func events(_ filter: DeskFilter, limit: Int = Int.max) throws -> [EventRow] {
        var (cond, values) = filter.conditions("e")
        if !filter.kinds.isEmpty { cond += " AND e.kind IN (\(filter.kinds.map { String($0.rawValue) }.sorted().joined(separator: ",")))" }
        if let m = filter.modality { cond += " AND e.modality = \(m.rawValue)" }
        if let orgs = filter.orgs {
            guard !orgs.isEmpty else { return [] }
            cond += " AND e.position IN (SELECT position FROM participants WHERE org IN (\(Array(repeating: "?", count: orgs.count).joined(separator: ","))))"
            values += orgs.sorted().map { .text($0) }
        }
        values.append(.int(Int64(min(limit, Int(Int64.max)))))
        var out: [EventRow] = []
        try db.query("SELECT \(Self.eventColumns) FROM events e WHERE \(cond) ORDER BY e.day_first IS NULL, e.day_first, e.day_last, e.position LIMIT ?", values) {
            out.append(event($0))
        }
        return try withParticipants(out)
    }

    /// The events that came from the article recorded at `position`, in log order.
    public func events(ofArticle position: UInt64) throws -> [EventRow] {
        var out: [EventRow] = []
        try db.query("SELECT \(Self.eventColumns) FROM events e WHERE e.article = ? ORDER BY e.position", [.int(Int64(position))]) {
            out.append(event($0))
        }
        return try withParticipants(out)
    }

    func withParticipants(_ rows: [EventRow]) throws -> [EventRow] {
        var out = rows
        for i in out.indices {
            try db.query("SELECT role, org, name, type FROM participants WHERE position = ? ORDER BY role, org", [.int(Int64(out[i].position))]) { r in
                out[i].participants.append(EventRow.Party(role: Role(rawValue: UInt8(clamping: r.int(0))) ?? .party, org: r.text(1) ?? "",
                                                          name: r.text(2) ?? "", type: r.isNull(3) ? nil : OrganizationType(rawValue: UInt8(clamping: r.int(3)))))
            }
        }
        return out
    }

    /// Every (event, participant organization) pair the filter keeps: what rankings count.
    public func participations(_ filter: DeskFilter) throws -> [(position: UInt64, kind: EventKind, org: String, role: Role, date: PartialDate)] {
        var (cond, values) = filter.conditions("e")
        if !filter.kinds.isEmpty { cond += " AND e.kind IN (\(filter.kinds.map { String($0.rawValue) }.sorted().joined(separator: ",")))" }
        var out: [(UInt64, EventKind, String, Role, PartialDate)] = []
        try db.query("SELECT e.position, e.kind, p.org, p.role, e.date FROM events e JOIN participants p ON p.position = e.position WHERE \(cond) ORDER BY e.position", values) { r in
            out.append((UInt64(r.int(0)), EventKind(rawValue: UInt8(clamping: r.int(1))) ?? .announcement, r.text(2) ?? "",
                        Role(rawValue: UInt8(clamping: r.int(3))) ?? .party, PartialDate(parsing: r.text(4) ?? "") ?? .unknown))
        }
        return out
    }

    // MARK: Search

    /// One indexed text that matched: an article's whole text or an event's evidence sentence.
    public struct TextHit: Sendable {
        public var position: UInt64
        /// bm25 score from FTS5 (lower is better); 0 when every term was shorter than three characters.
        public var score: Double
        public var body: String
    }

    /// Texts holding every term (case-insensitive substrings), best first, at most `limit`.
    /// Terms of three or more characters go through the FTS5 trigram index; shorter ones (two
    /// Hangul syllables, `AI`) are checked with LIKE on the rows the long terms found, or over
    /// the whole index when every term is short.
    public func matchingTexts(_ terms: [String], limit: Int) throws -> [TextHit] {
        let long = terms.filter { $0.count >= 3 }, short = terms.filter { $0.count < 3 }
        guard !terms.isEmpty else { return [] }
        var sql: String
        var values: [SQLiteValue] = []
        if long.isEmpty {
            sql = "SELECT rowid, 0.0, body FROM text_index WHERE 1"
        } else {
            sql = "SELECT rowid, bm25(text_index), body FROM text_index WHERE text_index MATCH ?"
            values.append(.text(long.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")))
        }
        for t in short {
            sql += " AND body LIKE ? ESCAPE '\\'"
            values.append(.text("%" + Self.escapeLike(t) + "%"))
        }
        sql += long.isEmpty ? " ORDER BY rowid DESC LIMIT ?" : " ORDER BY bm25(text_index), rowid DESC LIMIT ?"
        values.append(.int(Int64(limit)))
        var out: [TextHit] = []
        try db.query(sql, values) { out.append(TextHit(position: UInt64($0.int(0)), score: $0.double(1), body: $0.text(2) ?? "")) }
        return out
    }

    /// The article recorded at `position`, if that position is an article record.
    public func article(at position: UInt64) throws -> ArticleRow? {
        var out: ArticleRow?
        try db.query("SELECT \(Self.articleColumns) FROM articles a WHERE a.position = ?", [.int(Int64(position))]) { out = Self.article($0) }
        return out
    }

    /// The relation event at `position`, if that position is one.
    public func event(at position: UInt64) throws -> EventRow? {
        var out: [EventRow] = []
        try db.query("SELECT \(Self.eventColumns) FROM events e WHERE e.position = ?", [.int(Int64(position))]) { out.append(event($0)) }
        return try withParticipants(out).first
    }

    static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
