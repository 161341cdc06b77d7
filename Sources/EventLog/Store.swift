import Foundation
import LevelDB

#if canImport(Glibc)
import Glibc
#endif

// Store directory layout:
//
//   STORE/
//     kgraph.json        {"format": 1, "createdAt": ISO-8601} — written once by `init`
//     LOCK               flock(2)-held by the one process that has the store open; another
//                        process waits for it (polling, up to its lock timeout), never shares it
//     log/               LevelDB: the event log (key layout in LogKeys.swift)
//     projections/       one LevelDB per projection (built by the projection layer)
//
// A new store is built complete in STORE/../.NAME.creating-PID-RANDOM/ and renamed to STORE in
// one step, so no process ever sees a half-made store (Store.create). `kgraph repair` may leave
// STORE/log.damaged-TIME/, the damaged log it replaced (Repair.swift).
//
// `format` is the store format version. A kgraph refuses a store whose format is newer than
// the one it writes, rather than guessing at it.
//
// With the log on a server (`Store.attach`), only the projections are local:
//
//   PROJECTIONS/         one LevelDB per projection, as above, plus
//     LOCK               flock(2)-held by the one process that folds into them

public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notAStore(String)
    case alreadyAStore(String)
    case pathInUse(String)
    case inUse(String)
    /// Another process held the store (or projections directory) for all of `waited` seconds.
    case lockTimeout(String, waited: Double)
    /// Another process created the store a moment ago and still holds it.
    case beingCreated(String)
    case newerFormat(found: Int, supported: Int)
    case corrupt(String)
    case io(String)
    case headMismatch(expected: UInt64, actual: UInt64)
    /// The batch's event at `index` reuses `id` for a different claim: the log holds it at
    /// `position`, or (when `position` is nil) the batch's own event at `earlierIndex` does.
    case idConflict(id: String, index: Int, position: UInt64?, earlierIndex: Int?)
    /// A problem with the database server holding the log, described in full (with its fix).
    case server(String)
    /// The server cannot be reached or dropped the connection: retrying later may succeed.
    case serverUnavailable(String)

    public var description: String {
        switch self {
        case .notAStore(let p):
            "no kgraph store at \(p); create one with `kgraph init --store \(p)` (or point --store / KGRAPH_STORE at an existing store)"
        case .alreadyAStore(let p): "\(p) is already a kgraph store; use it as it is, or choose another --store path"
        case .pathInUse(let p): "\(p) exists and is not an empty directory; choose a new path for --store"
        case .inUse(let p): "store is in use by another kgraph process (\(p)); wait for it to finish, then retry"
        case .lockTimeout(let p, let waited):
            "store is still in use by another kgraph process (\(p)) after waiting \(Store.seconds(waited)) s; retry later, or wait longer with --lock-timeout SECONDS"
        case .beingCreated(let p): "the store at \(p) is being created by another kgraph process; wait for it to finish, then retry"
        case .newerFormat(let found, let supported):
            "store format \(found) is newer than this kgraph supports (\(supported)); upgrade kgraph to read it"
        case .corrupt(let m):
            m.contains("`kgraph ") || m.contains("restore") ? "store damaged: \(m)" : "store damaged: \(m); run `kgraph verify` for details"
        case .io(let m):
            m.contains("No space left on device") && !m.contains("free some disk space")
                ? "cannot use the store: \(m); free some disk space and retry" : "cannot use the store: \(m)"
        case .headMismatch(let expected, let actual):
            "the log head is \(actual), not the expected \(expected): another writer appended first; re-read and retry"
        case .idConflict(let id, _, let position, _):
            "event id \(Escaped.quoted(id)) is already \(position.map { "at position \($0)" } ?? "used earlier in the batch") with different content; give the new event its own id (nothing was appended)"
        case .server(let m), .serverUnavailable(let m): m
        }
    }

    /// Corruption is exit code 2; everything else is a user-facing error (exit code 1).
    public var isCorruption: Bool {
        if case .corrupt = self { return true }
        return false
    }
}

/// A log and the directory of projections folded from it, held exclusively by this process
/// while the value lives: a store directory (LevelDB log inside), or a log on a server with a
/// local projections directory (`attach`).
public final class Store: @unchecked Sendable {
    public static let formatVersion = 1

    /// The store directory, or the server log's location (password masked).
    public let path: String
    public let log: any EventLogBackend
    public let projectionsPath: String
    private let lockFD: Int32

    /// Creates an empty store. The path must not exist or be an empty directory.
    ///
    /// All or nothing: the store is built in a hidden directory beside `path`
    /// (`.NAME.creating-PID-RANDOM`), made durable, and renamed into place in one rename(2), so a
    /// store either does not exist or is complete, whenever the process is killed or the disk
    /// fills. A half-made store left by an older kgraph (`kgraph.json` but no log) is finished here.
    /// When another process creates the same store first, this one throws `.alreadyAStore`.
    @discardableResult
    public static func create(at path: String, lockTimeout: TimeInterval = 0,
                              waiting: ((String) -> Void)? = nil) throws(StoreError) -> Store {
        if exists(at: path) {
            guard isUnfinished(at: path) else { throw .alreadyAStore(path) }
            return try open(at: path, lockTimeout: lockTimeout, waiting: waiting)  // finishes it
        }
        try build(at: path)
        return try open(at: path, creatingLog: false, lockTimeout: lockTimeout, waiting: waiting)
    }

    /// Opens the store at `path`, creating it first when there is none. Returns a line saying so
    /// when it created one. A process that loses a race to create the same store opens the
    /// winner's store instead, like any other writer: it waits up to `lockTimeout` seconds while the
    /// winner holds it, and otherwise throws `.beingCreated`.
    public static func openOrCreate(at path: String, lockTimeout: TimeInterval = 0,
                                    waiting: ((String) -> Void)? = nil) throws(StoreError) -> (Store, created: String?) {
        if exists(at: path) { return (try open(at: path, lockTimeout: lockTimeout, waiting: waiting), nil) }
        do {
            try build(at: path)
        } catch .alreadyAStore {
            do { return (try open(at: path, lockTimeout: lockTimeout, waiting: waiting), nil) } catch .inUse { throw .beingCreated(path) }
        }
        return (try open(at: path, creatingLog: false, lockTimeout: lockTimeout, waiting: waiting), "created a kgraph store at \(path)")
    }

    /// Builds a complete store beside `path` and renames it into place.
    private static func build(at path: String) throws(StoreError) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard isDir.boolValue, contents.isEmpty else { throw .pathInUse(path) }
        }
        // Through symbolic links: the rename must land where the path leads, not replace a link.
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create \(parent): \(error.localizedDescription); check the path and its permissions")
        }
        removeAbandonedBuilds(in: parent, name: name)
        let temp = parent + "/.\(name).creating-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            do {
                try fm.createDirectory(atPath: temp + "/projections", withIntermediateDirectories: true)
                _ = try EventLog(path: temp + "/log", create: true)  // writes and syncs its format marker
                let manifest = "{\"format\": \(formatVersion), \"createdAt\": \"\(nowISO())\"}\n"
                try writeDurably(Data(manifest.utf8), to: temp + "/kgraph.json")
                syncDirectory(temp + "/projections")
                syncDirectory(temp)
            } catch let e as StoreError {
                throw e
            } catch {
                throw StoreError.io("\(path): \(error.localizedDescription)")
            }
            guard rename(temp, url.path) == 0 else {
                let code = errno
                if exists(at: path) { throw StoreError.alreadyAStore(path) }
                if code == ENOTEMPTY || code == EEXIST { throw StoreError.pathInUse(path) }
                throw StoreError.io("cannot move the new store into \(path): \(String(cString: strerror(code)))")
            }
            syncDirectory(parent)
        } catch let e as StoreError {
            try? fm.removeItem(atPath: temp)
            throw e
        } catch {
            try? fm.removeItem(atPath: temp)
            throw .io("\(path): \(error)")
        }
    }

    /// Removes `.NAME.creating-PID-…` directories whose creating process is gone (killed mid-build).
    private static func removeAbandonedBuilds(in parent: String, name: String) {
        let prefix = ".\(name).creating-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count).prefix(while: { $0 != "-" })) else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { try? FileManager.default.removeItem(atPath: parent + "/" + entry) }
        }
    }

    private static func writeDurably(_ data: Data, to path: String) throws(StoreError) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(fd) == 0 else {
            throw .io("cannot write \(path): \(String(cString: strerror(errno))); free some disk space and retry")
        }
    }

    private static func syncDirectory(_ path: String) {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// A store an older kgraph began to create and never finished: `kgraph.json` is there, but
    /// the log directory holds no database (no `CURRENT`, no table or write-ahead files).
    static func isUnfinished(at path: String) -> Bool {
        let log = path + "/log"
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: log, isDirectory: &isDir), isDir.boolValue,
              !FileManager.default.fileExists(atPath: log + "/CURRENT") else { return false }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: log)) ?? []
        return !files.contains { $0.hasSuffix(".ldb") || $0.hasSuffix(".log") && $0 != "LOG" || $0.hasPrefix("MANIFEST-") }
    }

    /// Opens an existing store. Never turns a path that is not a store into one; finishes a store
    /// whose creation an older kgraph left half-done.
    ///
    /// While another process holds the store, waits up to `lockTimeout` seconds for it (0: fail at
    /// once with `.inUse`), calling `waiting` once after the first second so a person knows why
    /// nothing happens; past the timeout, throws `.lockTimeout`.
    public static func open(at path: String, lockTimeout: TimeInterval = 0,
                            waiting: ((String) -> Void)? = nil) throws(StoreError) -> Store {
        try open(at: path, creatingLog: false, lockTimeout: lockTimeout, waiting: waiting)
    }

    /// Seconds as people write them: `30`, `0.5`.
    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(format: "%.1f", s)
    }

    /// Takes the exclusive flock on `fd`, waiting as `open` describes.
    static func lock(_ fd: Int32, path: String, timeout: TimeInterval, waiting: ((String) -> Void)?) throws(StoreError) {
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        guard timeout > 0 else { throw .inUse(path) }
        let start = Date()
        var told = false
        var pause = 0.002
        while true {
            let waited = Date().timeIntervalSince(start)
            if waited >= timeout { throw .lockTimeout(path, waited: timeout) }
            if !told, waited >= 1 {
                told = true
                waiting?("waiting for another kgraph process to release \(path) (up to \(seconds(timeout)) s; change with --lock-timeout)")
            }
            Thread.sleep(forTimeInterval: min(pause, timeout - waited))
            pause = min(pause * 2, 0.02)
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        }
    }

    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/kgraph.json")
    }

    private static func open(at path: String, creatingLog: Bool, lockTimeout: TimeInterval,
                             waiting: ((String) -> Void)?) throws(StoreError) -> Store {
        guard let manifest = FileManager.default.contents(atPath: path + "/kgraph.json") else { throw .notAStore(path) }
        let format = try readFormat(manifest)
        guard format <= formatVersion else { throw .newerFormat(found: format, supported: formatVersion) }
        let fd = Glibc.open(path + "/LOCK", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("cannot open \(path)/LOCK: \(String(cString: strerror(errno)))") }
        do {
            try lock(fd, path: path, timeout: lockTimeout, waiting: waiting)
        } catch {
            close(fd)
            throw error
        }
        do {
            let finishing = creatingLog || isUnfinished(at: path)
            if !finishing {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path + "/log", isDirectory: &isDir), isDir.boolValue else {
                    throw StoreError.corrupt("\(path)/log, the event log, is missing; restore the store from a backup (or, if it never held events, remove \(path) and run `kgraph init`)")
                }
                guard FileManager.default.fileExists(atPath: path + "/log/CURRENT") else {
                    throw StoreError.corrupt("\(path)/log/CURRENT is missing though the log holds data; run `kgraph repair --store \(path)` or restore the store from a backup")
                }
            }
            // Projections are rebuilt from the log at will: an operator may have removed them all.
            try? FileManager.default.createDirectory(atPath: path + "/projections", withIntermediateDirectories: true)
            let log = try EventLog(path: path + "/log", create: finishing)
            return Store(path: path, log: log, lockFD: fd)
        } catch let error as StoreError {
            flock(fd, LOCK_UN)
            close(fd)
            throw error
        } catch {
            flock(fd, LOCK_UN)
            close(fd)
            throw .io("\(error)")
        }
    }

    /// Pairs a log kept elsewhere (a server) with a local projections directory, created when
    /// missing. With `lockingProjections`, the directory is locked like a store directory: one
    /// process folds into it at a time. Commands that only append or read the log leave it unlocked,
    /// so several ingest workers on one machine can run beside a query node.
    public static func attach(log: any EventLogBackend, projectionsAt projectionsPath: String,
                              lockingProjections: Bool = true, lockTimeout: TimeInterval = 0,
                              waiting: ((String) -> Void)? = nil) throws(StoreError) -> Store {
        do {
            try FileManager.default.createDirectory(atPath: projectionsPath, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create the projections directory \(projectionsPath): \(error.localizedDescription); choose another with --projections")
        }
        guard lockingProjections else { return Store(path: log.location, log: log, projectionsPath: projectionsPath, lockFD: -1) }
        let fd = Glibc.open(projectionsPath + "/LOCK", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("cannot open \(projectionsPath)/LOCK: \(String(cString: strerror(errno)))") }
        do {
            try lock(fd, path: projectionsPath, timeout: lockTimeout, waiting: waiting)
        } catch {
            close(fd)
            throw error
        }
        return Store(path: log.location, log: log, projectionsPath: projectionsPath, lockFD: fd)
    }

    private init(path: String, log: any EventLogBackend, projectionsPath: String? = nil, lockFD: Int32) {
        self.path = path
        self.log = log
        self.projectionsPath = projectionsPath ?? path + "/projections"
        self.lockFD = lockFD
    }

    deinit {
        guard lockFD >= 0 else { return }
        flock(lockFD, LOCK_UN)
        close(lockFD)
    }

    /// Bytes on disk under the store directory; for a log on a server, its bytes there plus the
    /// local projections.
    public func sizeOnDisk() -> UInt64 {
        log is EventLog ? Store.directorySize(path) : log.storedBytes + Store.directorySize(projectionsPath)
    }

    /// Bytes of the regular files under `path`, the way `du --apparent-size` counts them.
    public static func directorySize(_ path: String) -> UInt64 {
        var total: UInt64 = 0
        guard let e = FileManager.default.enumerator(atPath: path) else { return 0 }
        for case let rel as String in e {
            if let attrs = try? FileManager.default.attributesOfItem(atPath: path + "/" + rel),
               attrs[.type] as? FileAttributeType == .typeRegular, let size = attrs[.size] as? NSNumber {
                total += size.uint64Value
            }
        }
        return total
    }

    private static func readFormat(_ manifest: Data) throws(StoreError) -> Int {
        guard let obj = try? JSONSerialization.jsonObject(with: manifest) as? [String: Any],
              let format = obj["format"] as? Int
        else { throw .corrupt("kgraph.json is unreadable") }
        return format
    }

    static func nowISO() -> String {
        Events.Timestamp.iso8601(milliseconds: Int64(Date().timeIntervalSince1970 * 1000))
    }
}

import Events
