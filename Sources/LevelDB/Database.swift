import CLevelDB
#if canImport(Glibc)
import Glibc
#endif

/// An error reported by LevelDB, with its own status text.
public struct LevelDBError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }

    /// LevelDB reports a held lock as an I/O error naming the lock: `lock PATH/LOCK: already held
    /// by process` (this process) or `lock PATH/LOCK: Resource temporarily unavailable` (another;
    /// `util/env_posix.cc`). Failing to open the LOCK file at all (`PATH/LOCK: No such file or
    /// directory`) is not a held lock.
    public var isLockHeld: Bool {
        message.contains("lock ") && (message.contains("already held") || message.contains("Resource temporarily unavailable"))
    }

    /// Errors that mean the files on disk are damaged rather than unavailable.
    public var isCorruption: Bool { message.hasPrefix("Corruption") }

    /// The database's files are missing (no `CURRENT`), which LevelDB reports as an invalid argument.
    public var isMissing: Bool { message.contains("does not exist") }

    static func take(_ err: UnsafeMutablePointer<CChar>?) -> LevelDBError? {
        guard let err else { return nil }
        defer { leveldb_free(err) }
        return LevelDBError(message: String(cString: err))
    }
}

/// Tuning that callers may choose; the defaults suit an event log.
public struct DatabaseOptions: Sendable {
    public var createIfMissing = true
    public var errorIfExists = false
    /// Stop at damage instead of skipping it: LevelDB's `paranoid_checks`. With it, a damaged
    /// write-ahead log or table makes the open (or the read) fail with a Corruption status
    /// rather than dropping the records it cannot read.
    public var paranoidChecks = true
    /// Check every block's CRC32C on every read (LevelDB's `verify_checksums`), so a flipped
    /// bit in a table file is an error, never a changed value.
    public var verifyChecksums = true
    public var bloomBitsPerKey: Int32 = 10
    /// Larger than LevelDB's 4 MiB default: fewer level-0 files to compact under bulk appends.
    public var writeBufferSize = 32 << 20
    /// Larger than LevelDB's 2 MiB default, for the same reason.
    public var maxFileSize = 8 << 20
    public var blockCacheSize = 32 << 20
    public var compression = true

    public init() {}
}

/// A LevelDB database opened through its C API. One instance per directory and process:
/// LevelDB itself refuses a second open of the same directory.
public final class Database: @unchecked Sendable {
    let db: OpaquePointer
    private let options: OpaquePointer
    private let filter: OpaquePointer?
    private let cache: OpaquePointer?
    let readOptions: OpaquePointer
    private let writeOptions: OpaquePointer
    private let syncWriteOptions: OpaquePointer
    public let path: String

    /// Opens like `init`, but while another handle still holds the database's own LOCK, retries
    /// for up to `lockWait` seconds. kgraph guards each store with a lock of its own: a process that
    /// has just taken it may find the previous holder's LevelDB lock not yet released (a process
    /// lets go of its files in an order of its own as it exits), for an instant.
    public static func open(path: String, options: DatabaseOptions = DatabaseOptions(),
                            lockWait: Double) throws(LevelDBError) -> Database {
        var waited = 0.0, pause = 0.001
        while true {
            do {
                return try Database(path: path, options: options)
            } catch {
                guard error.isLockHeld, waited < lockWait else { throw error }
                usleep(UInt32(pause * 1_000_000))
                waited += pause
                pause = min(pause * 2, 0.05)
            }
        }
    }

    public init(path: String, options opts: DatabaseOptions = DatabaseOptions()) throws(LevelDBError) {
        self.path = path
        let options = leveldb_options_create()!
        leveldb_options_set_create_if_missing(options, opts.createIfMissing ? 1 : 0)
        leveldb_options_set_error_if_exists(options, opts.errorIfExists ? 1 : 0)
        leveldb_options_set_paranoid_checks(options, opts.paranoidChecks ? 1 : 0)
        leveldb_options_set_write_buffer_size(options, opts.writeBufferSize)
        leveldb_options_set_max_file_size(options, opts.maxFileSize)
        leveldb_options_set_compression(options, Int32(opts.compression ? leveldb_snappy_compression : leveldb_no_compression))
        var filter: OpaquePointer? = nil
        if opts.bloomBitsPerKey > 0 {
            filter = leveldb_filterpolicy_create_bloom(opts.bloomBitsPerKey)
            leveldb_options_set_filter_policy(options, filter)
        }
        var cache: OpaquePointer? = nil
        if opts.blockCacheSize > 0 {
            cache = leveldb_cache_create_lru(opts.blockCacheSize)
            leveldb_options_set_cache(options, cache)
        }
        var err: UnsafeMutablePointer<CChar>? = nil
        let handle = leveldb_open(options, path, &err)
        if let error = LevelDBError.take(err) {
            leveldb_options_destroy(options)
            if let filter { leveldb_filterpolicy_destroy(filter) }
            if let cache { leveldb_cache_destroy(cache) }
            throw error
        }
        self.db = handle!
        self.options = options
        self.filter = filter
        self.cache = cache
        self.readOptions = leveldb_readoptions_create()
        leveldb_readoptions_set_verify_checksums(readOptions, opts.verifyChecksums ? 1 : 0)
        self.writeOptions = leveldb_writeoptions_create()
        self.syncWriteOptions = leveldb_writeoptions_create()
        leveldb_writeoptions_set_sync(syncWriteOptions, 1)
    }

    deinit {
        leveldb_close(db)
        leveldb_readoptions_destroy(readOptions)
        leveldb_writeoptions_destroy(writeOptions)
        leveldb_writeoptions_destroy(syncWriteOptions)
        leveldb_options_destroy(options)
        if let filter { leveldb_filterpolicy_destroy(filter) }
        if let cache { leveldb_cache_destroy(cache) }
    }

    /// The value stored under `key`, or nil.
    public func get(_ key: [UInt8]) throws(LevelDBError) -> [UInt8]? {
        var len = 0
        var err: UnsafeMutablePointer<CChar>? = nil
        let value = key.withUnsafeBufferPointer { k in
            k.withMemoryRebound(to: CChar.self) { leveldb_get(db, readOptions, $0.baseAddress, k.count, &len, &err) }
        }
        if let error = LevelDBError.take(err) { throw error }
        guard let value else { return nil }
        defer { leveldb_free(value) }
        return Array(UnsafeRawBufferPointer(start: value, count: len))
    }

    public func put(_ key: [UInt8], _ value: [UInt8], sync: Bool = false) throws(LevelDBError) {
        let batch = WriteBatch()
        batch.put(key, value)
        try write(batch, sync: sync)
    }

    /// Applies every operation of `batch` or none of them.
    public func write(_ batch: WriteBatch, sync: Bool = false) throws(LevelDBError) {
        var err: UnsafeMutablePointer<CChar>? = nil
        leveldb_write(db, sync ? syncWriteOptions : writeOptions, batch.handle, &err)
        if let error = LevelDBError.take(err) { throw error }
    }

    /// A forward/backward cursor over a consistent view of the database.
    public func makeIterator() -> Cursor { Cursor(database: self) }

    /// Approximate bytes on disk for keys in [start, limit).
    public func approximateSize(from start: [UInt8], to limit: [UInt8]) -> UInt64 {
        var size: UInt64 = 0
        start.withUnsafeBufferPointer { s in
            limit.withUnsafeBufferPointer { l in
                var sp: UnsafePointer<CChar>? = UnsafeRawPointer(s.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var lp: UnsafePointer<CChar>? = UnsafeRawPointer(l.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var sl = s.count, ll = l.count
                leveldb_approximate_sizes(db, 1, &sp, &sl, &lp, &ll, &size)
            }
        }
        return size
    }

    public func compactAll() {
        leveldb_compact_range(db, nil, 0, nil, 0)
    }

    /// Writes the memtable out as a table now. Compacting a one-key range does that first and
    /// then has almost nothing to compact; the next open need not replay a large write-ahead log.
    public func flushMemtable(around key: [UInt8]) {
        key.withUnsafeBufferPointer { k in
            let p = UnsafeRawPointer(k.baseAddress)?.assumingMemoryBound(to: CChar.self)
            leveldb_compact_range(db, p, k.count, p, k.count)
        }
    }

    /// LevelDB's own salvage (`leveldb_repair_db`): rebuilds the database's descriptor (MANIFEST,
    /// CURRENT) from the table and write-ahead files it finds, keeping what it can read. The
    /// database must be closed. What it drops is not reported; callers compare before and after.
    public static func salvage(path: String) throws(LevelDBError) {
        let options = leveldb_options_create()
        defer { leveldb_options_destroy(options) }
        var err: UnsafeMutablePointer<CChar>? = nil
        leveldb_repair_db(options, path, &err)
        if let error = LevelDBError.take(err) { throw error }
    }

    /// Removes a database directory's files. The database must be closed.
    public static func destroy(path: String) throws(LevelDBError) {
        let options = leveldb_options_create()
        defer { leveldb_options_destroy(options) }
        var err: UnsafeMutablePointer<CChar>? = nil
        leveldb_destroy_db(options, path, &err)
        if let error = LevelDBError.take(err) { throw error }
    }
}

/// Operations applied atomically by `Database.write(_:sync:)`.
public final class WriteBatch {
    let handle: OpaquePointer
    public private(set) var count = 0
    public private(set) var byteCount = 0

    public init() { handle = leveldb_writebatch_create() }
    deinit { leveldb_writebatch_destroy(handle) }

    public func put(_ key: [UInt8], _ value: [UInt8]) {
        key.withUnsafeBufferPointer { k in
            value.withUnsafeBufferPointer { v in
                put(UnsafeRawBufferPointer(k), UnsafeRawBufferPointer(v))
            }
        }
    }

    public func put(_ key: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) {
        leveldb_writebatch_put(
            handle,
            key.baseAddress?.assumingMemoryBound(to: CChar.self), key.count,
            value.baseAddress?.assumingMemoryBound(to: CChar.self), value.count)
        count += 1
        byteCount += key.count + value.count
    }

    public func delete(_ key: [UInt8]) {
        key.withUnsafeBufferPointer { k in
            k.withMemoryRebound(to: CChar.self) { leveldb_writebatch_delete(handle, $0.baseAddress, k.count) }
        }
        count += 1
    }

    public func clear() {
        leveldb_writebatch_clear(handle)
        count = 0
        byteCount = 0
    }
}

/// A LevelDB iterator. Key and value buffers are borrowed: valid until the next move.
public final class Cursor {
    private let handle: OpaquePointer
    private let database: Database  // keeps the database open while the cursor lives

    init(database: Database) {
        self.database = database
        self.handle = leveldb_create_iterator(database.db, database.readOptions)
    }
    deinit { leveldb_iter_destroy(handle) }

    public var isValid: Bool { leveldb_iter_valid(handle) != 0 }
    public func seekToFirst() { leveldb_iter_seek_to_first(handle) }
    public func seekToLast() { leveldb_iter_seek_to_last(handle) }
    public func next() { leveldb_iter_next(handle) }
    public func previous() { leveldb_iter_prev(handle) }

    public func seek(_ key: [UInt8]) {
        key.withUnsafeBufferPointer { k in
            k.withMemoryRebound(to: CChar.self) { leveldb_iter_seek(handle, $0.baseAddress, k.count) }
        }
    }

    /// The current key, borrowed.
    public var keyBuffer: UnsafeRawBufferPointer {
        var len = 0
        let p = leveldb_iter_key(handle, &len)
        return UnsafeRawBufferPointer(start: p, count: len)
    }

    /// The current value, borrowed.
    public var valueBuffer: UnsafeRawBufferPointer {
        var len = 0
        let p = leveldb_iter_value(handle, &len)
        return UnsafeRawBufferPointer(start: p, count: len)
    }

    public var key: [UInt8] { Array(keyBuffer) }
    public var value: [UInt8] { Array(valueBuffer) }

    /// True when the current key begins with `prefix`.
    public func keyHasPrefix(_ prefix: [UInt8]) -> Bool {
        let k = keyBuffer
        guard k.count >= prefix.count else { return false }
        for i in 0..<prefix.count where k[i] != prefix[i] { return false }
        return true
    }

    public func checkError() throws(LevelDBError) {
        var err: UnsafeMutablePointer<CChar>? = nil
        leveldb_iter_get_error(handle, &err)
        if let error = LevelDBError.take(err) { throw error }
    }
}
