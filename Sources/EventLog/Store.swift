import Foundation
import LevelDB

#if canImport(Glibc)
import Glibc
#endif

// Store directory layout:
//
//   STORE/
//     kgraph.json        {"format": 1, "createdAt": ISO-8601} — written once by `init`
//     LOCK               flock(2)-held by the one process that has the store open
//     log/               LevelDB: the event log (key layout in LogKeys.swift)
//     projections/       one LevelDB per projection (built by the projection layer)
//
// `format` is the store format version. A kgraph refuses a store whose format is newer than
// the one it writes, rather than guessing at it.

public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notAStore(String)
    case alreadyAStore(String)
    case pathInUse(String)
    case inUse(String)
    case newerFormat(found: Int, supported: Int)
    case corrupt(String)
    case io(String)
    case headMismatch(expected: UInt64, actual: UInt64)

    public var description: String {
        switch self {
        case .notAStore(let p):
            "no kgraph store at \(p); create one with `kgraph init --store \(p)` (or point --store / KGRAPH_STORE at an existing store)"
        case .alreadyAStore(let p): "\(p) is already a kgraph store; use it as it is, or choose another --store path"
        case .pathInUse(let p): "\(p) exists and is not an empty directory; choose a new path for --store"
        case .inUse(let p): "store is in use by another kgraph process (\(p)); wait for it to finish, then retry"
        case .newerFormat(let found, let supported):
            "store format \(found) is newer than this kgraph supports (\(supported)); upgrade kgraph to read it"
        case .corrupt(let m): "store is corrupt: \(m); run `kgraph verify` for details"
        case .io(let m): "cannot use the store: \(m)"
        case .headMismatch(let expected, let actual):
            "the log head is \(actual), not the expected \(expected): another writer appended first; re-read and retry"
        }
    }

    /// Corruption is exit code 2; everything else is a user-facing error (exit code 1).
    public var isCorruption: Bool {
        if case .corrupt = self { return true }
        return false
    }
}

/// A store directory, held exclusively by this process while the value lives.
public final class Store: @unchecked Sendable {
    public static let formatVersion = 1

    public let path: String
    public let log: EventLog
    private let lockFD: Int32

    public var projectionsPath: String { path + "/projections" }

    /// Creates an empty store. The path must not exist or be an empty directory.
    @discardableResult
    public static func create(at path: String) throws(StoreError) -> Store {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            if fm.fileExists(atPath: path + "/kgraph.json") { throw .alreadyAStore(path) }
            let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard isDir.boolValue, contents.isEmpty else { throw .pathInUse(path) }
        }
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
            try fm.createDirectory(atPath: path + "/projections", withIntermediateDirectories: true)
            let manifest = "{\"format\": \(formatVersion), \"createdAt\": \"\(nowISO())\"}\n"
            try Data(manifest.utf8).write(to: URL(fileURLWithPath: path + "/kgraph.json"), options: .atomic)
        } catch {
            throw .io("\(path): \(error.localizedDescription)")
        }
        return try open(at: path, creatingLog: true)
    }

    /// Opens an existing store. Never turns a path that is not a store into one.
    public static func open(at path: String) throws(StoreError) -> Store {
        try open(at: path, creatingLog: false)
    }

    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/kgraph.json")
    }

    private static func open(at path: String, creatingLog: Bool) throws(StoreError) -> Store {
        guard let manifest = FileManager.default.contents(atPath: path + "/kgraph.json") else { throw .notAStore(path) }
        let format = try readFormat(manifest)
        guard format <= formatVersion else { throw .newerFormat(found: format, supported: formatVersion) }
        let fd = Glibc.open(path + "/LOCK", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("cannot open \(path)/LOCK: \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .inUse(path)
        }
        do {
            let log = try EventLog(path: path + "/log", create: creatingLog)
            return Store(path: path, log: log, lockFD: fd)
        } catch {
            flock(fd, LOCK_UN)
            close(fd)
            throw error
        }
    }

    private init(path: String, log: EventLog, lockFD: Int32) {
        self.path = path
        self.log = log
        self.lockFD = lockFD
    }

    deinit {
        flock(lockFD, LOCK_UN)
        close(lockFD)
    }

    /// Bytes on disk under the store directory.
    public func sizeOnDisk() -> UInt64 { Store.directorySize(path) }

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
