import Crypto
import EventLog
import Events
import Foundation
import LevelDB

// Projection state database: STORE/projections/INSTANCE@VERSION/, one LevelDB per instance.
//
// Keys beginning with '!' belong to the runner; every other key is the projection's own.
//
//   '!' "meta"   → meta record, written in the same WriteBatch as the state it describes:
//       u8   meta format (= 2; format 1 has no checkpoint chain)
//       str  kind            ("org-graph", …)
//       str  instance name   ("org-graph", "org-graph-v2", …)
//       var  version         (the folding rules' version)
//       u64  checkpoint      (last applied log position, little-endian)
//       u64  applied events, u64 skipped events of unknown kinds
//       u64  until position  (0 = follow the head)
//       5B   until date      (precision, year u16, month, day; precision 0 = none)
//       32B  checkpoint chain (format 2): the log's chain(checkpoint), all zero at checkpoint 0 —
//            ties the state to the log it was folded from (a log restored from an older copy,
//            or another log, disagrees here and the projection is rebuilt)
//       8B   first 8 bytes of SHA-256 over everything above — a damaged meta is detected

public struct ProjectionMeta: Equatable, Sendable {
    public var kind: String
    public var instance: String
    public var version: Int
    public var checkpoint: UInt64 = 0
    public var appliedEvents: UInt64 = 0
    public var skippedUnknownKinds: UInt64 = 0
    /// A replay cut at a past position stops there and never follows the head.
    public var untilPosition: UInt64 = 0
    /// A replay cut at a date skips events whose valid time is after it.
    public var untilDate: PartialDate = .unknown
    /// The log's chain hash at `checkpoint` (32 bytes); nil in a meta written by an older kgraph.
    public var checkpointChain: [UInt8]? = [UInt8](repeating: 0, count: 32)

    static let formatVersion: UInt8 = 2
    static let key: [UInt8] = Array("!meta".utf8)

    func encoded() -> [UInt8] {
        var w = ByteWriter()
        w.u8(ProjectionMeta.formatVersion)
        w.str(kind)
        w.str(instance)
        w.varint(UInt64(version))
        w.u64LE(checkpoint)
        w.u64LE(appliedEvents)
        w.u64LE(skippedUnknownKinds)
        w.u64LE(untilPosition)
        w.date(untilDate)
        w.bytes += checkpointChain ?? [UInt8](repeating: 0, count: 32)
        w.bytes += SHA256.hash(data: w.bytes).prefix(8)
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) -> ProjectionMeta? {
        guard bytes.count > 8 else { return nil }
        let body = Array(bytes.dropLast(8))
        guard Array(SHA256.hash(data: body).prefix(8)) == Array(bytes.suffix(8)) else { return nil }
        return body.withUnsafeBytes { buf -> ProjectionMeta? in
            var r = ByteReader(buf)
            guard let format = try? r.u8(), format == 1 || format == formatVersion,
                  let kind = try? r.str(), let instance = try? r.str(), let version = try? r.varint(),
                  let checkpoint = try? r.u64LE(), let applied = try? r.u64LE(), let skipped = try? r.u64LE(),
                  let until = try? r.u64LE(), let untilDate = try? r.date()
            else { return nil }
            var chain: [UInt8]? = nil
            if format == formatVersion {
                guard let c = try? r.raw(32) else { return nil }
                chain = c
            }
            guard r.isAtEnd else { return nil }
            var m = ProjectionMeta(kind: kind, instance: instance, version: Int(version))
            m.checkpoint = checkpoint
            m.appliedEvents = applied
            m.skippedUnknownKinds = skipped
            m.untilPosition = until
            m.untilDate = untilDate
            m.checkpointChain = chain
            return m
        }
    }
}

/// A projection's state: its LevelDB and the writes not yet committed.
public final class ProjectionState: @unchecked Sendable {
    let db: Database
    public let path: String
    public private(set) var meta: ProjectionMeta
    /// Writes since the last commit; nil marks a delete. Reads look here first.
    private var pending: [[UInt8]: [UInt8]?] = [:]
    private var pendingBytes = 0
    /// Writes that go straight into the next commit's batch (`stage`).
    private var staged: WriteBatch?
    /// A committed batch, emptied, kept for the next commit of the same catch-up
    /// (`commit(_:keepingBatch:)`): a large commit's batch then grows (copying itself and
    /// faulting in fresh pages) once per catch-up rather than once per commit.
    private var spareBatch: WriteBatch?

    /// Opens (or creates) the state at `path`. Throws `.damaged` when LevelDB or the meta record
    /// is unreadable: the caller rebuilds from the log.
    init(path: String, create meta: ProjectionMeta?) throws {
        self.path = path
        var options = DatabaseOptions()
        options.createIfMissing = meta != nil
        // Projections are rebuilt from the log at will: spend disk, not the replay's CPU, on them.
        options.compression = false
        do {
            db = try Database.open(path: path, options: options, lockWait: 5)
        } catch {
            if error.isLockHeld { throw ProjectionError.inUse(path) }
            throw ProjectionError.damaged(path: path, reason: error.message)
        }
        let stored: [UInt8]?
        do { stored = try db.get(ProjectionMeta.key) } catch { throw ProjectionError.damaged(path: path, reason: error.message) }
        if let stored {
            guard let m = ProjectionMeta.decode(stored) else { throw ProjectionError.damaged(path: path, reason: "its meta record is damaged") }
            self.meta = m
        } else if let meta {
            self.meta = meta
            do { try db.put(ProjectionMeta.key, meta.encoded(), sync: true) } catch { throw ProjectionError.damaged(path: path, reason: error.message) }
        } else {
            throw ProjectionError.damaged(path: path, reason: "it has no meta record")
        }
    }

    // MARK: Reads and writes for the projection

    public func get(_ key: [UInt8]) throws -> [UInt8]? {
        if let p = pending[key] { return p }
        return try db.get(key)
    }

    public func put(_ key: [UInt8], _ value: [UInt8]) {
        pending[key] = .some(value)
        pendingBytes += key.count + value.count
    }

    public func delete(_ key: [UInt8]) {
        pending[key] = .some(nil)
        pendingBytes += key.count
    }

    /// Puts a key straight into the next commit's batch, where `get` and `scan` do not see it:
    /// for a projection writing out its in-memory work in `willCommit`, when nothing reads
    /// before the commit. It saves holding the writes twice.
    public func stage(_ key: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) {
        stagingBatch().put(key, value)
    }

    /// The next commit's batch, for a projection staging many writes in a loop (`stage`).
    func stagingBatch() -> WriteBatch {
        if let staged { return staged }
        let batch = spareBatch ?? WriteBatch()
        spareBatch = nil
        staged = batch
        return batch
    }

    /// Every live key/value under `prefix`, committed or pending, in key order.
    public func scan(prefix: [UInt8]) throws -> [(key: [UInt8], value: [UInt8])] {
        var merged: [[UInt8]: [UInt8]] = [:]
        let cursor = db.makeIterator()
        cursor.seek(prefix)
        while cursor.isValid, cursor.keyHasPrefix(prefix) {
            merged[cursor.key] = cursor.value
            cursor.next()
        }
        try cursor.checkError()
        for (k, v) in pending where k.starts(with: prefix) {
            if let v { merged[k] = v } else { merged.removeValue(forKey: k) }
        }
        return merged.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value) }
    }

    /// Calls `body` for each committed key/value under `prefix` in key order, without copying
    /// the whole range; for readers (queries), which never have pending writes.
    public func forEach(prefix: [UInt8], from start: [UInt8]? = nil,
                        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Bool) throws {
        let cursor = db.makeIterator()
        cursor.seek(start ?? prefix)
        while cursor.isValid, cursor.keyHasPrefix(prefix) {
            if try !body(cursor.keyBuffer, cursor.valueBuffer) { return }
            cursor.next()
        }
        try cursor.checkError()
    }

    /// Like `forEach(prefix:)` for several prefixes, taken in byte order with one cursor: an
    /// answer that looks up many keys pays for one iterator, and its seeks only move forward.
    public func forEach(prefixes: [[UInt8]],
                        _ body: (_ prefixIndex: Int, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Void) throws {
        let cursor = db.makeIterator()
        for i in prefixes.indices.sorted(by: { prefixes[$0].lexicographicallyPrecedes(prefixes[$1]) }) {
            cursor.seek(prefixes[i])
            while cursor.isValid, cursor.keyHasPrefix(prefixes[i]) {
                try body(i, cursor.keyBuffer, cursor.valueBuffer)
                cursor.next()
            }
        }
        try cursor.checkError()
    }

    var pendingSize: Int { pendingBytes + (staged?.byteCount ?? 0) }

    /// Compacts the whole database now rather than in the background (for measurements taken
    /// in a steady state, and after large rebuilds).
    public func compact() { db.compactAll() }

    /// Moves committed state out of LevelDB's write-ahead log into a table, so whoever opens the
    /// projection next (a query process) does not replay the log first, and the next small
    /// commit inserts into an empty memtable rather than one holding a large commit (whose
    /// skip list is too big for the cache): for the end of a replay or of a long catch-up.
    /// Only the memtable is written out: the range named lies past every projection's keys
    /// (which begin with an ASCII tag), so no table is compacted with it.
    func settle() { db.flushMemtable(around: [0xFF, 0xFF, 0xFF, 0xFF]) }

    /// From this many writes on, a projection writes its commit in key order: LevelDB's memtable
    /// takes sorted keys several times faster than scattered ones, which pays for the sort.
    static let sortedWriteThreshold = 20_000

    // MARK: Commits

    /// Writes the pending state and the new meta in one atomic batch. `keepingBatch` keeps the
    /// batch's memory for the next commit (more are coming); otherwise it is let go.
    func commit(_ newMeta: ProjectionMeta, keepingBatch: Bool = false) throws {
        let batch = stagingBatch()
        staged = nil
        for (k, v) in pending {
            if let v { batch.put(k, v) } else { batch.delete(k) }
        }
        batch.put(ProjectionMeta.key, newMeta.encoded())
        try db.write(batch, sync: false)
        if keepingBatch {
            batch.clear()
            spareBatch = batch
        }
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        meta = newMeta
    }

    func discardPending() {
        staged = nil
        spareBatch = nil
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }

    /// SHA-256 over every key and value of the projection's own state, in key order — the
    /// logical state, independent of how LevelDB laid it out on disk or when it was built.
    public func digest() throws -> String {
        var h = SHA256()
        let cursor = db.makeIterator()
        cursor.seekToFirst()
        while cursor.isValid {
            let k = cursor.keyBuffer
            if k.first != UInt8(ascii: "!") {
                var lengths = ByteWriter()
                lengths.varint(UInt64(k.count))
                lengths.varint(UInt64(cursor.valueBuffer.count))
                h.update(data: lengths.bytes)
                h.update(bufferPointer: k)
                h.update(bufferPointer: cursor.valueBuffer)
            }
            cursor.next()
        }
        try cursor.checkError()
        return hex(h.finalize())
    }
}

public enum ProjectionError: Error, Equatable, CustomStringConvertible {
    case unknownKind(String, known: [String])
    case unsupportedVersion(kind: String, version: Int, supported: [Int])
    case stale(instance: String, builtWith: Int, current: Int)
    case noSuchProjection(String, known: [String])
    case alreadyExists(String)
    case damaged(path: String, reason: String)
    case inUse(String)
    case cannotDropLive(String)
    case invalidName(String)

    public var description: String {
        switch self {
        case .unknownKind(let k, let known):
            "unknown projection kind '\(k)'; use one of \(known.joined(separator: ", "))"
        case .unsupportedVersion(let kind, let v, let supported):
            "\(kind) has no version \(v); this kgraph builds version \(supported.map(String.init).joined(separator: ", "))"
        case .stale(let name, let built, let current):
            "projection \(name) was built by rules version \(built), this kgraph uses version \(current); rebuild it with `kgraph replay --projection \(name) --into \(name)-v\(current)` and then `kgraph projections promote \(name)-v\(current)`"
        case .noSuchProjection(let n, let known):
            "no projection named '\(n)'\(known.isEmpty ? "" : "; known: \(known.joined(separator: ", "))") (see `kgraph projections`)"
        case .alreadyExists(let n): "a projection named '\(n)' already exists; pick another name for --into, or drop it first with `kgraph projections drop \(n)`"
        case .damaged(let p, let r): "projection state at \(p) is damaged (\(r))"
        case .inUse(let p): "projection \(p) is in use by another kgraph process; wait for it to finish, then retry"
        case .cannotDropLive(let n): "\(n) is the live projection queries read; promote another one first, then drop it"
        case .invalidName(let n): "'\(n)' is not a usable projection name; use letters, digits, '-' and '_'"
        }
    }
}
