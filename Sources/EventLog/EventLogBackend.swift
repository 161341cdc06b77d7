import Events
import Foundation

/// What projections and commands need from an event log, whichever database holds it.
///
/// `EventLog` keeps the log in an embedded LevelDB that one process owns; `PostgresEventLog`
/// (target PostgresLog) keeps it in PostgreSQL, shared by writers and readers on many machines.
/// Both store the same record bytes (RecordCodec) and the same hash chain, so a log exported from
/// one and appended to the other verifies the same way.
///
/// Every call is synchronous; a backend that talks to a server blocks until it answers.
public protocol EventLogBackend: AnyObject {
    /// The last position appended (0 for an empty log). A shared log re-reads it from the server.
    var head: UInt64 { get }
    /// How hard an append pushes its bytes toward the disk.
    var durability: Durability { get set }
    /// Records skipped by `forEach` because their kind is newer than this build knows.
    var skippedUnknownKinds: Int { get }
    /// Events per kind in the whole log.
    var countsByKind: [EventKind: UInt64] { get }
    /// Article texts stored.
    var articleCount: Int { get }
    /// Bytes the log occupies where it is stored.
    var storedBytes: UInt64 { get }
    /// Where the log lives, fit to print: a directory, or a database URL with its password masked.
    var location: String { get }

    /// Appends `events` as one atomic batch, with the article texts they cite. Ids already in the
    /// log are reported in `alreadyPresent`; a moved head with `expectedHead` throws `.headMismatch`.
    @discardableResult
    func append(_ events: [Event], articles: [String], expectedHead: UInt64?) throws(StoreError) -> AppendResult
    /// The position of an event id, if the log has it.
    func position(of id: String) throws(StoreError) -> UInt64?
    /// Each record at or after `position` that matches `filter`, in log order, as its bytes
    /// (RecordCodec format, without the chain), until `body` returns false. The buffer is valid
    /// only during the call.
    func forEachRecord(from position: UInt64, filter: EventFilter,
                       _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws
    /// Like `forEachRecord`, decoded; records of unknown kinds are skipped and counted.
    func forEach(from position: UInt64, filter: EventFilter, _ body: (Event) throws -> Bool) throws
    /// The event at `position`, if any.
    func event(at position: UInt64) throws -> Event?
    /// The events at several positions (absent where the log has none): what an answer citing
    /// many reports reads.
    func events(at positions: [UInt64]) throws -> [UInt64: Event]
    /// A stored article text by its SHA-256.
    func article(hash: [UInt8]) throws -> String?
    /// chain(position) as the log stores it (32 zero bytes at position 0); nil past the head.
    /// Projections record it with their checkpoint to stay tied to this log.
    func chain(at position: UInt64) throws -> [UInt8]?
    /// Recomputes the hash chain and checks positions, the id index and article texts.
    func verify() throws -> VerifyReport
    /// Blocks until the log may hold events past `position`, or `timeout` seconds pass; returns
    /// the head then. A log that others cannot append to while this process holds it just waits.
    func waitForAppends(after position: UInt64, timeout: TimeInterval) throws -> UInt64
}

// Protocol requirements take no default arguments, so the short forms callers use are here.
extension EventLogBackend {
    @discardableResult
    public func append(_ events: [Event]) throws(StoreError) -> AppendResult {
        try append(events, articles: [], expectedHead: nil)
    }

    @discardableResult
    public func append(_ events: [Event], articles: [String]) throws(StoreError) -> AppendResult {
        try append(events, articles: articles, expectedHead: nil)
    }

    @discardableResult
    public func append(_ events: [Event], expectedHead: UInt64?) throws(StoreError) -> AppendResult {
        try append(events, articles: [], expectedHead: expectedHead)
    }

    public func forEachRecord(_ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        try forEachRecord(from: 1, filter: .all, body)
    }

    public func forEachRecord(from position: UInt64, _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        try forEachRecord(from: position, filter: .all, body)
    }

    public func forEachRecord(filter: EventFilter, _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        try forEachRecord(from: 1, filter: filter, body)
    }

    public func forEach(_ body: (Event) throws -> Bool) throws {
        try forEach(from: 1, filter: .all, body)
    }

    public func forEach(from position: UInt64, _ body: (Event) throws -> Bool) throws {
        try forEach(from: position, filter: .all, body)
    }

    public func forEach(filter: EventFilter, _ body: (Event) throws -> Bool) throws {
        try forEach(from: 1, filter: filter, body)
    }

    public func events(at positions: [UInt64]) throws -> [UInt64: Event] {
        var out: [UInt64: Event] = [:]
        for p in Set(positions).sorted() { out[p] = try event(at: p) }
        return out
    }

    /// When the event at `position` was recorded (milliseconds since 1970 UTC); nil where the log has none.
    public func recordedAt(_ position: UInt64) throws -> Int64? {
        guard position > 0 else { return nil }
        return try event(at: position)?.recordedAt
    }

    /// The last position recorded at or before `time` (milliseconds since 1970 UTC), 0 when none
    /// was: what the log held at that instant. A binary search over positions, since appends
    /// assign `recordedAt` in log order (were a clock ever set back between appends, the earlier
    /// positions win).
    public func lastPosition(recordedBy time: Int64) throws -> UInt64 {
        var low: UInt64 = 0, high = head  // invariant: recordedAt(low) <= time (or low == 0), answer in [low, high]
        while low < high {
            let mid = low + (high - low + 1) / 2
            guard let t = try recordedAt(mid) else { throw StoreError.corrupt("position \(mid) is missing below the head \(head)") }
            if t <= time { low = mid } else { high = mid - 1 }
        }
        return low
    }

    public func waitForAppends(after position: UInt64, timeout: TimeInterval) throws -> UInt64 {
        if head <= position { Thread.sleep(forTimeInterval: timeout) }
        return head
    }
}
