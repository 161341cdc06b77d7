import EventLog
import Events
import Foundation
import PostgresNIO

/// The event log in PostgreSQL, shared by ingest workers and query nodes on many machines.
/// Table layout: PostgresSchema.swift; appends and their ordering: PostgresAppend.swift.
///
/// One instance holds one connection and is used from one thread at a time, as the CLI does;
/// an internal lock makes concurrent use safe but serial.
public final class PostgresEventLog: EventLogBackend, @unchecked Sendable {
    public let url: PostgresURL
    let server: ServerConnection
    let lock = NSRecursiveLock()
    /// The head last read from the server; `head` falls back to it if the server cannot answer.
    var knownHead: UInt64 = 0
    public private(set) var skippedUnknownKinds = 0
    /// Rows fetched per round trip by the readers.
    public var pageSize = 10_000
    private var listening = false
    private let appended = DispatchSemaphore(value: 0)

    public var durability: Durability = .syncEachBatch {
        didSet {
            // Without waiting for the WAL flush, a commit survives a killed process but not a lost server.
            let setting = durability == .syncEachBatch ? "on" : "off"
            _ = try? server.query(PostgresQuery(unsafeSQL: "SET synchronous_commit = \(setting)"))
        }
    }

    public var location: String { url.masked }

    init(url: PostgresURL, server: ServerConnection) {
        self.url = url
        self.server = server
    }

    /// Connects to an existing log. A database without kgraph's tables, or with a schema newer
    /// than this build's, is refused with the command that fixes it.
    public static func open(_ url: PostgresURL) throws(StoreError) -> PostgresEventLog {
        let server = try ServerConnection(url: url)
        let version = try PostgresMigrations.installedVersion(server)
        guard version > 0 else {
            throw .server("no kgraph log in database \"\(url.database)\" at \(url.host):\(url.port); create one with `kgraph init --store \(url.masked)`")
        }
        try PostgresMigrations.refuseNewer(version, url: url)
        guard version == PostgresSchema.currentVersion else {
            throw .server("the kgraph log at \(url.masked) has schema version \(version), older than this kgraph's \(PostgresSchema.currentVersion); upgrade it with `kgraph init --store \(url.masked)`")
        }
        let log = PostgresEventLog(url: url, server: server)
        _ = log.head
        return log
    }

    /// Creates kgraph's tables, or migrates older ones to this build's schema. Returns the log
    /// and the version the database had before (0 when it had no kgraph tables).
    public static func create(_ url: PostgresURL) throws(StoreError) -> (log: PostgresEventLog, previousVersion: Int) {
        let server = try ServerConnection(url: url)
        let previous = try PostgresMigrations.migrate(server, url: url)
        let log = PostgresEventLog(url: url, server: server)
        _ = log.head
        return (log, previous)
    }

    // MARK: Reading

    public var head: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        if let rows = try? server.query("SELECT coalesce(max(position), 0) FROM kgraph_events"),
           let h = try? rows.first?.decode(Int64.self) {
            knownHead = UInt64(h)
        }
        return knownHead
    }

    public func position(of id: String) throws(StoreError) -> UInt64? {
        lock.lock()
        defer { lock.unlock() }
        let rows = try server.query("SELECT position FROM kgraph_events WHERE event_id = \(id)")
        return try rows.first.map { row throws(StoreError) in UInt64(try decode(row, Int64.self)) }
    }

    /// Checked against the hash chain, as the LevelDB log's reads are (`.corrupt` when altered).
    public func event(at position: UInt64) throws -> Event? {
        try events(at: [position])[position]
    }

    /// One round trip for all of an answer's citations, not one per row. Each record comes with
    /// its chain and the chain before it, and is checked against them: an answer's evidence is
    /// never an altered record.
    public func events(at positions: [UInt64]) throws -> [UInt64: Event] {
        guard !positions.isEmpty else { return [:] }
        lock.lock()
        defer { lock.unlock() }
        let wanted = Set(positions).sorted().map { Int64(clamping: $0) }
        let rows = try server.query("""
            SELECT e.position, e.record, e.chain, p.chain FROM kgraph_events e
            LEFT JOIN kgraph_events p ON p.position = e.position - 1
            WHERE e.position = ANY(\(wanted))
            """)
        var out: [UInt64: Event] = [:]
        for row in rows {
            let (position, record) = try checkedRow(row)
            out[position] = try RecordCodec.decode(record)
        }
        return out
    }

    /// A row of (position, record, chain, previous chain), checked against the hash chain.
    func checkedRow(_ row: PostgresRow) throws(StoreError) -> (UInt64, [UInt8]) {
        let columns: (Int64, ByteBuffer, ByteBuffer, ByteBuffer?)
        do { columns = try row.decode((Int64, ByteBuffer, ByteBuffer, ByteBuffer?).self) } catch {
            throw .corrupt("a row of the kgraph log cannot be read: \(error)")
        }
        let position = UInt64(columns.0)
        let record = Array(columns.1.readableBytesView)
        let previous = columns.3.map { Array($0.readableBytesView) }
            ?? (position == 1 ? [UInt8](repeating: 0, count: EventLog.chainSize) : nil)
        guard let previous else {
            throw .corrupt("record \(position - 1) of the log at \(url.masked) is missing; run `kgraph verify --store \(url.masked)`")
        }
        let computed = EventLog.chain(previous: previous, position: position, record: record)
        guard computed.elementsEqual(columns.2.readableBytesView) else {
            throw .corrupt("record \(position) was altered: it does not match the log's hash chain; run `kgraph verify --store \(url.masked)`, then restore the log from a backup")
        }
        return (position, record)
    }

    public func chain(at position: UInt64) throws -> [UInt8]? {
        guard position > 0 else { return [UInt8](repeating: 0, count: EventLog.chainSize) }
        lock.lock()
        defer { lock.unlock() }
        let rows = try server.query("SELECT chain FROM kgraph_events WHERE position = \(Int64(clamping: position))")
        return try rows.first.map { row throws(StoreError) in Array(try decode(row, ByteBuffer.self).readableBytesView) }
    }

    public func article(hash: [UInt8]) throws -> String? {
        lock.lock()
        defer { lock.unlock() }
        let rows = try server.query("SELECT text FROM kgraph_articles WHERE hash = \(ByteBuffer(bytes: hash))")
        guard let text = try rows.first.map({ row throws(StoreError) in try decode(row, String.self) }) else { return nil }
        guard EventLog.articleHash(text) == hash else {
            throw StoreError.corrupt("article text \(hex(hash)) was altered: it no longer hashes to its key; run `kgraph verify --store \(url.masked)`")
        }
        return text
    }

    public func forEach(from position: UInt64, filter: EventFilter, _ body: (Event) throws -> Bool) throws {
        try forEachRecord(from: position, filter: filter) { _, record in
            guard try RecordCodec.header(record).kind != nil else {
                skippedUnknownKinds += 1
                return true
            }
            return try body(try RecordCodec.decode(record))
        }
    }

    /// Reads in pages of `pageSize` rows, in position order. The next page is requested before
    /// the current one is handed to `body`, so the server sends while the caller folds.
    public func forEachRecord(from position: UInt64, filter: EventFilter,
                              _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        lock.lock()
        defer { lock.unlock() }
        var start = max(position, 1)
        var pending = server.start(PostgresReads.page(from: start, filter: filter, limit: pageSize))
        while true {
            let rows = try server.wait(pending)
            var last: UInt64 = 0
            var count = 0
            if let tail = rows.rows.last { last = UInt64(try decode(tail, Int64.self)) }
            count = rows.rows.count
            let more = count == pageSize
            if more {
                start = last + 1
                pending = server.start(PostgresReads.page(from: start, filter: filter, limit: pageSize))
            }
            for row in rows {
                let (pos, record) = try checkedRow(row)
                let keepGoing = try record.withUnsafeBytes { bytes in
                    try PostgresReads.matchesKind(bytes, filter) ? body(pos, bytes) : true
                }
                if !keepGoing {
                    if more { _ = try? server.wait(pending) }
                    return
                }
            }
            if !more { return }
        }
    }

    // MARK: Statistics

    public var countsByKind: [EventKind: UInt64] {
        lock.lock()
        defer { lock.unlock() }
        var out: [EventKind: UInt64] = [:]
        for kind in EventKind.allCases { out[kind] = 0 }
        guard let rows = try? server.query("SELECT kind, count(*) FROM kgraph_events GROUP BY kind") else { return out }
        for row in rows {
            guard let (kind, n) = try? row.decode((Int16, Int64).self),
                  let k = UInt8(exactly: kind).flatMap(EventKind.init(rawValue:)) else { continue }
            out[k] = UInt64(n)
        }
        return out
    }

    public var articleCount: Int {
        lock.lock()
        defer { lock.unlock() }
        let rows = try? server.query("SELECT count(*) FROM kgraph_articles")
        return (try? rows?.first?.decode(Int64.self)).flatMap { $0 }.map(Int.init) ?? 0
    }

    public var storedBytes: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        let rows = try? server.query("""
            SELECT sum(pg_total_relation_size(t))::bigint FROM unnest(ARRAY[
                'kgraph_events', 'kgraph_event_organizations', 'kgraph_articles']::regclass[]) AS t
            """)
        return (try? rows?.first?.decode(Int64?.self)).flatMap { $0 }.map { UInt64($0) } ?? 0
    }

    // MARK: Following

    /// Waits for an append's notification (LISTEN kgraph_log), and in any case re-reads the head
    /// when `timeout` passes, so a lost notification delays an event by at most `timeout`.
    public func waitForAppends(after position: UInt64, timeout: TimeInterval) throws -> UInt64 {
        if !listening {
            let signal = appended
            try server.listen(PostgresSchema.notifyChannel) { _ in signal.signal() }
            listening = true
        }
        while appended.wait(timeout: .now()) == .success {}
        let current = try currentHead()
        if current > position { return current }
        _ = appended.wait(timeout: .now() + timeout)
        return try currentHead()
    }

    /// The head from the server, or the error that kept it from answering.
    public func currentHead() throws(StoreError) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        let rows = try server.query("SELECT coalesce(max(position), 0) FROM kgraph_events")
        knownHead = UInt64(try decode(rows.first, Int64.self))
        return knownHead
    }

    /// Whether the connection is gone (the server stopped or the network dropped).
    public var isDisconnected: Bool { server.isClosed }

    func decode<T: PostgresDecodable>(_ row: PostgresRow?, _ type: T.Type) throws(StoreError) -> T {
        guard let row else { throw .server("\(url.masked) answered with no row where one was expected") }
        do { return try row.decode(T.self) } catch { throw .corrupt("a row of the kgraph log cannot be read: \(error)") }
    }

    func decode<A: PostgresDecodable, B: PostgresDecodable>(_ row: PostgresRow, _ type: (A, B).Type) throws(StoreError) -> (A, B) {
        do { return try row.decode((A, B).self) } catch { throw .corrupt("a row of the kgraph log cannot be read: \(error)") }
    }

    func decode<A: PostgresDecodable, B: PostgresDecodable, C: PostgresDecodable>(_ row: PostgresRow, _ type: (A, B, C).Type) throws(StoreError) -> (A, B, C) {
        do { return try row.decode((A, B, C).self) } catch { throw .corrupt("a row of the kgraph log cannot be read: \(error)") }
    }
}
