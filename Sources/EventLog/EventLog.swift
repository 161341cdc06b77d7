import Crypto
import Events
import Foundation
import LevelDB

/// What one append did.
public struct AppendResult: Sendable {
    /// Events newly written, with the positions they got.
    public var appended: [(id: String, position: UInt64)] = []
    /// Events whose id was already in the log (or earlier in the same batch): not written again.
    public var alreadyPresent: [(id: String, position: UInt64)] = []
    /// Article texts stored by this append (texts already stored are not counted).
    public var articlesStored = 0
    /// The head after the append.
    public var head: UInt64 = 0

    public init() {}
}

/// How hard an append pushes its bytes toward the disk.
public enum Durability: Sendable {
    /// fsync once per batch: survives power loss. The default.
    case syncEachBatch
    /// Leave it to the OS: survives a killed process, not a lost machine. For bulk loads and benchmarks.
    case osBuffered
}

/// Which events a read returns. Empty filters match everything.
public struct EventFilter: Sendable {
    public var kinds: Set<EventKind> = []
    public var organization: String?
    public var document: String?
    public init(kinds: Set<EventKind> = [], organization: String? = nil, document: String? = nil) {
        self.kinds = kinds
        self.organization = organization
        self.document = document
    }
    public static let all = EventFilter()
}

/// The append-only event log: the single source of truth. Key layout and hash chain: LogKeys.swift.
public final class EventLog: EventLogBackend, @unchecked Sendable {
    /// Bytes of one chain hash (SHA-256); chain(0) is this many zero bytes.
    public static let chainSize = LogKeys.chainSize

    let db: Database
    let path: String
    private let lock = NSLock()
    public private(set) var head: UInt64 = 0
    private(set) var headChain = [UInt8](repeating: 0, count: LogKeys.chainSize)
    private var kindCounts: [UInt8: UInt64] = [:]
    public var durability: Durability = .syncEachBatch
    /// Records skipped by reads because their kind is newer than this build knows.
    public private(set) var skippedUnknownKinds = 0

    init(path: String, create: Bool) throws(StoreError) {
        self.path = path
        var options = DatabaseOptions()
        options.createIfMissing = create
        do {
            db = try Database.open(path: path, options: options, lockWait: 5)
        } catch {
            if error.isLockHeld { throw .inUse(path) }
            if error.isCorruption {
                throw .corrupt("the log cannot be opened: \(error.message); run `kgraph repair --store \((path as NSString).deletingLastPathComponent)` to see what a repair would lose, or restore the store from a backup")
            }
            if error.isMissing { throw .corrupt("the log's files at \(path) are missing; restore the store from a backup") }
            throw .io(error.message)
        }
        do {
            if let format = try db.get(LogKeys.formatKey) {
                guard format.count == 1 else { throw StoreError.corrupt("log format marker is damaged") }
                guard format[0] <= LogKeys.logFormatVersion else {
                    throw StoreError.newerFormat(found: Int(format[0]), supported: Int(LogKeys.logFormatVersion))
                }
            } else {
                try db.put(LogKeys.formatKey, [LogKeys.logFormatVersion], sync: true)
            }
            if let h = try db.get(LogKeys.headKey) {
                guard h.count == 8 + LogKeys.chainSize else { throw StoreError.corrupt("log head marker is damaged") }
                head = LogKeys.readBE64(h)
                headChain = Array(h[8...])
            }
            for kind in 0...UInt8.max {
                if let c = try db.get(LogKeys.count(kind)), c.count == 8 { kindCounts[kind] = LogKeys.readBE64(c) }
            }
        } catch let e as StoreError {
            throw e
        } catch let e as LevelDBError {
            throw EventLog.damage(e, path: path)
        } catch {
            throw .io("\(error)")
        }
    }

    /// A LevelDB failure while reading the log, as the store error a person sees: every read
    /// failure is damage (exit 2), named with the fix.
    static func damage(_ error: LevelDBError, path: String) -> StoreError {
        let store = (path as NSString).deletingLastPathComponent
        return .corrupt("reading the log failed: \(error.message); run `kgraph verify --store \(store)`, then restore the store from a backup or run `kgraph repair --store \(store)`")
    }

    /// Checks one record against the hash chain: `value` is the stored record ++ chain(position),
    /// `previous` is chain(position - 1). Throws `.corrupt` naming the record when they disagree,
    /// so an altered record is never handed out as fact.
    static func checkChain(_ value: UnsafeRawBufferPointer, position: UInt64, previous: [UInt8], path: String) throws(StoreError) {
        guard value.count > LogKeys.chainSize, previous.count == LogKeys.chainSize else {
            throw .corrupt("record \(position) is truncated; run `kgraph verify --store \((path as NSString).deletingLastPathComponent)`")
        }
        // chain(previous:position:record:) without its allocations: checked once per record read.
        let record = UnsafeRawBufferPointer(rebasing: value[..<(value.count - LogKeys.chainSize)])
        var h = SHA256()
        previous.withUnsafeBytes { h.update(bufferPointer: $0) }
        withUnsafeBytes(of: position.bigEndian) { h.update(bufferPointer: $0) }
        h.update(bufferPointer: record)
        let matches = h.finalize().withUnsafeBytes { computed in
            memcmp(computed.baseAddress!, value.baseAddress! + record.count, LogKeys.chainSize) == 0
        }
        guard matches else {
            let store = (path as NSString).deletingLastPathComponent
            throw .corrupt("record \(position) was altered: it does not match the log's hash chain; run `kgraph verify --store \(store)`, then restore the store from a backup")
        }
    }

    /// chain(position): what is stored after record `position` (zeros for position 0).
    private func storedChain(at position: UInt64) throws -> [UInt8] {
        guard position > 0 else { return [UInt8](repeating: 0, count: LogKeys.chainSize) }
        guard let value = try db.get(LogKeys.event(position)), value.count > LogKeys.chainSize else {
            throw StoreError.corrupt("record \(position) is missing; run `kgraph verify --store \((path as NSString).deletingLastPathComponent)`")
        }
        return Array(value.suffix(LogKeys.chainSize))
    }

    public func chain(at position: UInt64) throws -> [UInt8]? {
        guard position <= head else { return nil }
        do { return try storedChain(at: position) } catch let e as LevelDBError { throw EventLog.damage(e, path: path) }
    }

    /// The stored value of record `position` (record ++ chain), checked against the chain; nil
    /// when the log has no such position.
    private func checkedValue(at position: UInt64) throws -> [UInt8]? {
        guard position > 0, let value = try db.get(LogKeys.event(position)) else { return nil }
        let previous = try storedChain(at: position - 1)
        try value.withUnsafeBytes { buf in try EventLog.checkChain(buf, position: position, previous: previous, path: path) }
        return value
    }

    // MARK: Appending

    /// Appends `events` as one atomic batch, with the article texts they cite.
    ///
    /// Ids already in the log with the same claim (`EventID.sameClaim`) are reported in
    /// `alreadyPresent` and not written again; an id already used for another claim, in the log
    /// or earlier in the batch, throws `.idConflict` and nothing is written. When
    /// `expectedHead` is given and the head has moved, nothing is written and `.headMismatch` is thrown.
    /// Positions and `recordedAt` are assigned here; whatever the events carried is replaced.
    @discardableResult
    public func append(_ events: [Event], articles: [String] = [], expectedHead: UInt64? = nil) throws(StoreError) -> AppendResult {
        lock.lock()
        defer { lock.unlock() }
        if let expectedHead, expectedHead != head { throw .headMismatch(expected: expectedHead, actual: head) }

        let batch = WriteBatch()
        var result = AppendResult()
        var position = head
        var chain = headChain
        var inBatch: [String: (position: UInt64, index: Int)] = [:]
        var counts = kindCounts
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        do {
            for (index, var event) in events.enumerated() {
                if let earlier = inBatch[event.id] {
                    guard EventID.sameClaim(events[earlier.index], event) else {
                        throw StoreError.idConflict(id: event.id, index: index, position: nil, earlierIndex: earlier.index)
                    }
                    result.alreadyPresent.append((event.id, earlier.position))
                    continue
                }
                if let existing = try existingPosition(of: event.id) {
                    guard let stored = try self.event(at: existing), EventID.sameClaim(stored, event) else {
                        throw StoreError.idConflict(id: event.id, index: index, position: existing, earlierIndex: nil)
                    }
                    result.alreadyPresent.append((event.id, existing))
                    continue
                }
                position += 1
                event.position = position
                event.recordedAt = now
                var value = RecordCodec.encode(event)
                chain = EventLog.chain(previous: chain, position: position, record: value)
                value.append(contentsOf: chain)
                batch.put(LogKeys.event(position), value)
                batch.put(LogKeys.id(event.id), LogKeys.be64(position))
                batch.put(LogKeys.kind(event.kind.rawValue, position), [])
                for org in Set(event.participants.map(\.org)) { batch.put(LogKeys.org(org, position), []) }
                batch.put(LogKeys.document(event.source.document, position), [])
                counts[event.kind.rawValue, default: 0] += 1
                inBatch[event.id] = (position, index)
                result.appended.append((event.id, position))
            }
            var storedHashes = Set<[UInt8]>()
            for text in articles {
                let bytes = Array(text.utf8)
                let hash = EventLog.articleHash(text)
                guard storedHashes.insert(hash).inserted, try db.get(LogKeys.article(hash)) == nil else { continue }
                batch.put(LogKeys.article(hash), bytes)
                result.articlesStored += 1
            }
            guard batch.count > 0 else {
                result.head = head
                return result
            }
            if position != head {
                batch.put(LogKeys.headKey, LogKeys.be64(position) + chain)
                for (kind, n) in counts where n != kindCounts[kind] { batch.put(LogKeys.count(kind), LogKeys.be64(n)) }
            }
            try db.write(batch, sync: durability == .syncEachBatch)
        } catch let e as StoreError {
            throw e
        } catch {
            throw .io("\(error)")
        }
        head = position
        headChain = chain
        kindCounts = counts
        result.head = position
        return result
    }

    /// chain(p) = SHA-256(chain(p-1) ++ pos:u64BE ++ record(p)). Every backend chains records with this.
    public static func chain(previous: [UInt8], position: UInt64, record: [UInt8]) -> [UInt8] {
        record.withUnsafeBytes { chain(previous: previous, position: position, record: $0) }
    }

    public static func chain(previous: [UInt8], position: UInt64, record: UnsafeRawBufferPointer) -> [UInt8] {
        var h = SHA256()
        h.update(data: previous)
        h.update(data: LogKeys.be64(position))
        h.update(bufferPointer: record)
        return Array(h.finalize())
    }

    /// The position of an event id, if the log has it.
    public func position(of id: String) throws(StoreError) -> UInt64? {
        do { return try existingPosition(of: id) } catch { throw .io("\(error)") }
    }

    private func existingPosition(of id: String) throws(LevelDBError) -> UInt64? {
        guard let v = try db.get(LogKeys.id(id)) else { return nil }
        return v.count == 8 ? LogKeys.readBE64(v) : nil
    }

    // MARK: Reading

    /// Calls `body` with each event at or after `position` that matches `filter`, in log order,
    /// until `body` returns false. Records of kinds newer than this build are skipped and counted
    /// in `skippedUnknownKinds`.
    public func forEach(from position: UInt64 = 1, filter: EventFilter = .all,
                        _ body: (Event) throws -> Bool) throws {
        try forEachRecord(from: position, filter: filter) { _, record in
            let header = try RecordCodec.header(record)
            guard header.kind != nil else {
                skippedUnknownKinds += 1
                return true
            }
            return try body(try RecordCodec.decode(record))
        }
    }

    /// Like `forEach`, but hands over each record's bytes (without the chain) for the caller to
    /// decode as much as it needs. The buffer is valid only during the call.
    public func forEachRecord(from position: UInt64 = 1, filter: EventFilter = .all,
                              _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        let start = max(position, 1)
        if let org = filter.organization {
            try forEachIndexed(prefix: LogKeys.orgPrefix(org), from: start, filter: filter, body)
        } else if let doc = filter.document {
            try forEachIndexed(prefix: LogKeys.documentPrefix(doc), from: start, filter: filter, body)
        } else if filter.kinds.count == 1, let kind = filter.kinds.first {
            try forEachIndexed(prefix: LogKeys.kindPrefix(kind.rawValue), from: start, filter: filter, body)
        } else {
            guard start <= head else { return }
            do {
                var previous = try storedChain(at: start - 1)
                var expected = start
                let cursor = db.makeIterator()
                cursor.seek(LogKeys.event(start))
                while cursor.isValid, cursor.keyBuffer.first == LogKeys.eventTag {
                    let pos = LogKeys.readBE64(cursor.keyBuffer, at: 1)
                    if pos > head { break }  // past the head: not part of the log (verify names it)
                    guard pos == expected else {
                        throw StoreError.corrupt("record \(expected) is missing; run `kgraph verify --store \((path as NSString).deletingLastPathComponent)`")
                    }
                    let value = cursor.valueBuffer
                    try EventLog.checkChain(value, position: pos, previous: previous, path: path)
                    previous.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: value[(value.count - LogKeys.chainSize)...])) }
                    expected += 1
                    let record = UnsafeRawBufferPointer(rebasing: value[..<(value.count - LogKeys.chainSize)])
                    if try matchesKind(record, filter), try !body(pos, record) { return }
                    cursor.next()
                }
                try cursor.checkError()
            } catch let e as LevelDBError {
                throw EventLog.damage(e, path: path)
            }
        }
    }

    private func matchesKind(_ record: UnsafeRawBufferPointer, _ filter: EventFilter) throws -> Bool {
        guard !filter.kinds.isEmpty else { return true }
        guard record.count > 1, let kind = EventKind(rawValue: record[1]) else { return false }
        return filter.kinds.contains(kind)
    }

    private func forEachIndexed(prefix: [UInt8], from start: UInt64, filter: EventFilter,
                                _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        do { try scanIndex(prefix: prefix, from: start, filter: filter, body) } catch let e as LevelDBError {
            throw EventLog.damage(e, path: path)
        }
    }

    private func scanIndex(prefix: [UInt8], from start: UInt64, filter: EventFilter,
                           _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        let cursor = db.makeIterator()
        cursor.seek(prefix + LogKeys.be64(start))
        while cursor.isValid, cursor.keyHasPrefix(prefix), cursor.keyBuffer.count == prefix.count + 8 {
            let pos = LogKeys.readBE64(cursor.keyBuffer, at: prefix.count)
            guard let value = try checkedValue(at: pos), value.count > LogKeys.chainSize else {
                throw StoreError.corrupt("an index names position \(pos), which is missing; run `kgraph verify --store \((path as NSString).deletingLastPathComponent)`")
            }
            let keepGoing = try value.withUnsafeBytes { buf -> Bool in
                let record = UnsafeRawBufferPointer(rebasing: buf[..<(buf.count - LogKeys.chainSize)])
                if let doc = filter.document, filter.organization != nil {
                    guard try RecordCodec.decode(record).source.document == doc else { return true }
                }
                guard try matchesKind(record, filter) else { return true }
                return try body(pos, record)
            }
            if !keepGoing { return }
            cursor.next()
        }
        try cursor.checkError()
    }

    /// The event at `position`, if any.
    /// The record is checked against the hash chain first (`.corrupt` when it was altered).
    public func event(at position: UInt64) throws -> Event? {
        do {
            guard let value = try checkedValue(at: position) else { return nil }
            return try RecordCodec.decode(Array(value.dropLast(LogKeys.chainSize)))
        } catch let e as LevelDBError {
            throw EventLog.damage(e, path: path)
        }
    }

    /// The events at several positions (absent where the log has none), read in position order.
    /// Each is checked against the hash chain (one SHA-256 over its record, and a read of the
    /// chain stored before it): an answer's evidence is never an altered record.
    public func events(at positions: [UInt64]) throws -> [UInt64: Event] {
        var out: [UInt64: Event] = [:]
        do {
            for position in Set(positions).sorted() {
                // Point reads: a cursor's seek visits every level of the tree, a read stops at the first.
                guard let value = try checkedValue(at: position), value.count > LogKeys.chainSize else { continue }
                out[position] = try value.withUnsafeBytes { try RecordCodec.decode(UnsafeRawBufferPointer(rebasing: $0[..<($0.count - LogKeys.chainSize)])) }
            }
        } catch let e as LevelDBError {
            throw EventLog.damage(e, path: path)
        }
        return out
    }

    /// The key an article text is stored under: SHA-256 of its UTF-8 bytes.
    public static func articleHash(_ text: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(text.utf8)))
    }

    /// A stored article text by its SHA-256.
    /// Checked against its key: an altered text is `.corrupt`, never returned.
    public func article(hash: [UInt8]) throws -> String? {
        let stored: [UInt8]?
        do { stored = try db.get(LogKeys.article(hash)) } catch { throw EventLog.damage(error, path: path) }
        guard let stored else { return nil }
        guard Array(SHA256.hash(data: stored)) == hash else {
            throw StoreError.corrupt("article text \(hex(hash)) was altered: it no longer hashes to its key; run `kgraph verify --store \((path as NSString).deletingLastPathComponent)`, then restore the store from a backup")
        }
        return String(decoding: stored, as: UTF8.self)
    }

    // MARK: Statistics

    public var countsByKind: [EventKind: UInt64] {
        lock.lock()
        defer { lock.unlock() }
        var out: [EventKind: UInt64] = [:]
        for kind in EventKind.allCases { out[kind] = kindCounts[kind.rawValue] ?? 0 }
        return out
    }

    /// Bytes of the log's LevelDB files.
    public var storedBytes: UInt64 { Store.directorySize(path) }

    public var location: String { path }

    public var articleCount: Int {
        let cursor = db.makeIterator()
        cursor.seek([LogKeys.articleTag])
        var n = 0
        while cursor.isValid, cursor.keyBuffer.first == LogKeys.articleTag {
            n += 1
            cursor.next()
        }
        return n
    }
}
