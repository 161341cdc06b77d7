import Crypto
import EventLog
import Events
import Foundation
import SQLite

// The article catalog, the event list by valid time, and the full-text index
// (projection kind `articles`, rules version 1).
//
// Kept in SQLite beside the instance's LevelDB: STORE/projections/INSTANCE@1/index.sqlite.
// SQLite's FTS5 with its trigram tokenizer does the text search (substring matches, Hangul
// included); nothing here is a hand-written posting list.
//
//   meta(key TEXT PRIMARY KEY, value INTEGER)
//       "format" = 1; "checkpoint" = the last log position this file holds, written in the same
//       SQLite transaction as the rows it covers
//   articles(position INTEGER PRIMARY KEY,   -- log position of the `article` record
//            id, document, idx, hash,        -- hash: hex SHA-256 of the text (NULL: not stored whole)
//            title, publisher, url,
//            published,                      -- PartialDate text: "2024-06-03", "2024-06", "2024", ""
//            day_first, day_last,            -- the days `published` may mean (days since 1970); NULL unknown
//            recorded_at,                    -- knowledge time, ms since 1970 UTC
//            events,                         -- relation events appended from this article
//            retracted)                      -- 1 while a retraction withdraws the record
//   events(position INTEGER PRIMARY KEY, id, kind,   -- EventKind raw value (relations only)
//          date, day_first, day_last, recorded_at, modality, document, idx, sentence,
//          publisher,                        -- the event's own, else its article's
//          article,                          -- position of its article record, NULL if none; a record of
//                                            -- the same text at the same place, folded or restored after
//                                            -- the one it had was withdrawn, takes it over (re-ingest
//                                            -- under another publication date)
//          retracted)
//   participants(position, role, org, name, type)    -- one row per participant (org: organization id
//          as written; names are resolved through the alias table when queried)
//   retractions(id PRIMARY KEY, retracts)            -- which retraction withdrew what
//   text_index USING fts5(body, tokenize='trigram')  -- rowid = log position: an article's whole
//          text, or an event's evidence sentence
//
// The runner commits the LevelDB checkpoint after `willCommit` commits SQLite. A crash between
// the two re-delivers events this file already holds: they are skipped by its own checkpoint.
public final class ArticlesProjection: Projection {
    public static let kind = "articles"
    public static let supportedVersions = [1]
    static let formatVersion: Int64 = 1

    /// The SQLite file of a projection instance.
    public static func databasePath(_ state: ProjectionState) -> String { state.path + "/index.sqlite" }

    private var db: SQLiteDatabase?
    private var held: UInt64 = 0
    private var lastPosition: UInt64 = 0

    public init() {}

    static let schema = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER);
        CREATE TABLE IF NOT EXISTS articles(position INTEGER PRIMARY KEY, id TEXT NOT NULL, document TEXT NOT NULL,
            idx INTEGER, hash TEXT, title TEXT, publisher TEXT, url TEXT, published TEXT, day_first INTEGER,
            day_last INTEGER, recorded_at INTEGER, events INTEGER NOT NULL DEFAULT 0, retracted INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS articles_place ON articles(document, idx);
        CREATE INDEX IF NOT EXISTS articles_day ON articles(day_first);
        CREATE INDEX IF NOT EXISTS articles_id ON articles(id);
        CREATE TABLE IF NOT EXISTS events(position INTEGER PRIMARY KEY, id TEXT NOT NULL, kind INTEGER NOT NULL,
            date TEXT, day_first INTEGER, day_last INTEGER, recorded_at INTEGER, modality INTEGER, document TEXT,
            idx INTEGER, sentence INTEGER, publisher TEXT, article INTEGER, retracted INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS events_day ON events(day_first);
        CREATE INDEX IF NOT EXISTS events_id ON events(id);
        CREATE INDEX IF NOT EXISTS events_article ON events(article);
        CREATE TABLE IF NOT EXISTS participants(position INTEGER NOT NULL, role INTEGER NOT NULL, org TEXT NOT NULL,
            name TEXT, type INTEGER, PRIMARY KEY(position, role, org)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS participants_org ON participants(org);
        CREATE TABLE IF NOT EXISTS retractions(id TEXT PRIMARY KEY, retracts TEXT NOT NULL);
        CREATE VIRTUAL TABLE IF NOT EXISTS text_index USING fts5(body, tokenize='trigram');
        """

    /// Throws `ProjectionError.damaged` when index.sqlite is gone from state that already holds
    /// events (the file is created when the instance is first opened), and SQLite's own error for
    /// a file that is no longer a database: the catalog rebuilds the instance from the log.
    public func open(_ context: ProjectionContext) throws {
        if let db, db.inTransaction { try db.execute("ROLLBACK") }
        let path = Self.databasePath(context.state)
        if db == nil, context.state.meta.checkpoint > 0, !FileManager.default.fileExists(atPath: path) {
            throw ProjectionError.damaged(path: path, reason: "\(path) is missing")
        }
        let db = try self.db ?? Self.openDatabase(context.state)
        self.db = db
        held = UInt64(try Self.integer(db, "SELECT value FROM meta WHERE key = 'checkpoint'") ?? 0)
    }

    static func openDatabase(_ state: ProjectionState) throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: databasePath(state))
        try db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        try db.execute(schema)
        try db.run("INSERT OR IGNORE INTO meta(key, value) VALUES ('format', ?)", [.int(formatVersion)])
        return db
    }

    static func integer(_ db: SQLiteDatabase, _ sql: String, _ values: [SQLiteValue] = []) throws -> Int64? {
        if case .int(let v)? = try db.scalar(sql, values) { return v }
        return nil
    }

    public func apply(_ event: Event, _ context: ProjectionContext) throws {
        let position = context.position
        guard position > held, let db else { return }
        if !db.inTransaction { try db.execute("BEGIN") }
        lastPosition = position
        switch event.kind {
        case .article: try foldArticle(event, position, db, context)
        case .retraction: try foldRetraction(event, db)
        case .alias: break  // names are resolved through the alias table when queried
        case .announcement, .partnership, .investment, .ban: try foldRelation(event, position, db)
        }
    }

    private func foldArticle(_ e: Event, _ position: UInt64, _ db: SQLiteDatabase, _ context: ProjectionContext) throws {
        let days = Self.days(e.occurredAt)
        try db.run("""
            INSERT OR REPLACE INTO articles(position, id, document, idx, hash, title, publisher, url, published,
                day_first, day_last, recorded_at, events, retracted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,0)
            """, [.int(Int64(position)), .text(e.id), .text(e.source.document), Self.opt(e.source.article),
                  Self.opt(e.source.articleHash.map(hex)), Self.opt(e.subject), Self.opt(e.source.publisher),
                  Self.opt(e.source.url), .text(e.occurredAt.isKnown ? e.occurredAt.description : ""),
                  days.0, days.1, .int(e.recordedAt)])
        if let hash = e.source.articleHash, let text = try context.log.article(hash: hash) {
            try db.run("INSERT OR REPLACE INTO text_index(rowid, body) VALUES (?, ?)", [.int(Int64(position)), .text(text)])
        }
        try adoptEvents(ofWithdrawnRecordsLike: position, db)
    }

    /// The article record at `position` takes over the events of withdrawn records of the same
    /// text at the same place (an article ingested again under another publication date: the
    /// older record is withdrawn, and events whose claim did not change are not appended again).
    /// Records never withdrawn keep their events, so a log without such withdrawals folds as before.
    private func adoptEvents(ofWithdrawnRecordsLike position: UInt64, _ db: SQLiteDatabase) throws {
        let p = SQLiteValue.int(Int64(position))
        let older = "SELECT o.position FROM articles o, articles a WHERE a.position = ? AND o.document = a.document AND o.idx IS a.idx AND o.hash = a.hash AND o.retracted = 1 AND o.position != a.position"
        guard try Self.integer(db, "SELECT count(*) FROM events WHERE article IN (\(older))", [p]) ?? 0 > 0 else { return }
        try db.run("UPDATE articles SET events = 0 WHERE position IN (\(older))", [p])
        try db.run("UPDATE events SET article = ? WHERE article IN (\(older))", [p, p])
        try db.run("UPDATE articles SET events = (SELECT count(*) FROM events WHERE article = ?) WHERE position = ?", [p, p])
    }

    private func foldRelation(_ e: Event, _ position: UInt64, _ db: SQLiteDatabase) throws {
        // The article record this event came from: the latest one for its document and index.
        var article: Int64? = nil
        var articlePublisher: String? = nil
        if let idx = e.source.article {
            try db.query("SELECT position, publisher FROM articles WHERE document = ? AND idx = ? ORDER BY position DESC LIMIT 1",
                         [.text(e.source.document), .int(Int64(idx))]) { row in
                article = row.int(0)
                articlePublisher = row.text(1)
            }
        }
        let days = Self.days(e.occurredAt)
        try db.run("""
            INSERT OR REPLACE INTO events(position, id, kind, date, day_first, day_last, recorded_at, modality, document,
                idx, sentence, publisher, article, retracted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)
            """, [.int(Int64(position)), .text(e.id), .int(Int64(e.kind.rawValue)),
                  .text(e.occurredAt.isKnown ? e.occurredAt.description : ""), days.0, days.1, .int(e.recordedAt),
                  .int(Int64(e.modality.rawValue)), .text(e.source.document), Self.opt(e.source.article),
                  Self.opt(e.source.sentence), Self.opt(e.source.publisher ?? articlePublisher), article.map { .int($0) } ?? .null])
        for p in e.participants {
            try db.run("INSERT OR REPLACE INTO participants(position, role, org, name, type) VALUES (?,?,?,?,?)",
                       [.int(Int64(position)), .int(Int64(p.role.rawValue)), .text(p.org), .text(p.name),
                        p.type.map { .int(Int64($0.rawValue)) } ?? .null])
        }
        if let article { try db.run("UPDATE articles SET events = events + 1 WHERE position = ?", [.int(article)]) }
        if let evidence = e.source.evidence, !evidence.isEmpty {
            try db.run("INSERT OR REPLACE INTO text_index(rowid, body) VALUES (?, ?)", [.int(Int64(position)), .text(evidence)])
        }
    }

    /// A retraction withdraws an event or an article record; retracting the retraction puts it back.
    private func foldRetraction(_ e: Event, _ db: SQLiteDatabase) throws {
        guard let target = e.retracts else { return }
        try db.run("INSERT OR REPLACE INTO retractions(id, retracts) VALUES (?, ?)", [.text(e.id), .text(target)])
        if case .text(let undone)? = try db.scalar("SELECT retracts FROM retractions WHERE id = ?", [.text(target)]) {
            try mark(undone, retracted: false, db)
            // A record restored (its article ingested again under its earlier date) takes its events back.
            if let restored = try Self.integer(db, "SELECT position FROM articles WHERE id = ? AND retracted = 0", [.text(undone)]) {
                try adoptEvents(ofWithdrawnRecordsLike: UInt64(restored), db)
            }
        } else {
            try mark(target, retracted: true, db)
        }
    }

    private func mark(_ id: String, retracted: Bool, _ db: SQLiteDatabase) throws {
        let flag: SQLiteValue = .int(retracted ? 1 : 0)
        try db.run("UPDATE events SET retracted = ? WHERE id = ?", [flag, .text(id)])
        try db.run("UPDATE articles SET retracted = ? WHERE id = ?", [flag, .text(id)])
    }

    public func willCommit(_ context: ProjectionContext) throws {
        guard let db, db.inTransaction else { return }
        try db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('checkpoint', ?)", [.int(Int64(lastPosition))])
        try db.execute("COMMIT")
        held = lastPosition
    }

    /// Hashes the rows of every table in position order: equal for two builds from the same log.
    public static func digest(_ state: ProjectionState) throws -> String {
        let db = try openDatabase(state)
        var hasher = SHA256()
        for sql in ["SELECT * FROM articles ORDER BY position", "SELECT * FROM events ORDER BY position",
                    "SELECT * FROM participants ORDER BY position, role, org", "SELECT rowid, body FROM text_index ORDER BY rowid"] {
            try db.query(sql) { row in
                for i in 0..<row.columnCount { hasher.update(data: Array("\(row.value(i))\u{1F}".utf8)) }
                hasher.update(data: [0x1E])
            }
        }
        return hex(hasher.finalize())
    }

    static func days(_ d: PartialDate) -> (SQLiteValue, SQLiteValue) {
        guard d.isKnown else { return (.null, .null) }
        let r = d.dayRange
        return (.int(r.first), .int(r.last))
    }

    static func opt(_ s: String?) -> SQLiteValue { s.map { .text($0) } ?? .null }
    static func opt(_ n: Int?) -> SQLiteValue { n.map { .int(Int64($0)) } ?? .null }
}
