import ArgumentParser
import EventLog
import Foundation
import PostgresLog

/// `--store` and `--projections`, shared by every command.
public struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Store directory, or a shared log's postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=disable|prefer|require] (else $KGRAPH_STORE, else \(StoreOptions.defaultPathDescription)).", valueName: "path|url"))
    public var store: String?

    @Option(name: .long, help: ArgumentHelp("With a postgres:// store, the local directory of projections (default \(StoreOptions.defaultProjectionsDescription)).", valueName: "dir"))
    public var projections: String?

    @Option(name: .long, help: ArgumentHelp("Seconds to wait while another kgraph process holds the store (0: fail at once).", valueName: "seconds"))
    public var lockTimeout: Double = 30

    public init() {}

    public func validate() throws {
        guard lockTimeout >= 0, lockTimeout <= 86_400 else { throw ValidationError("--lock-timeout must be between 0 and 86400 seconds") }
    }

    /// Said once, after a second of waiting for another process's lock.
    private var waiting: (String) -> Void { { printError($0) } }

    static let defaultPathDescription = "$XDG_DATA_HOME/kgraph/store (~/.local/share/kgraph/store)"
    static let defaultProjectionsDescription = "$XDG_DATA_HOME/kgraph/projections/HOST-PORT-DB"

    /// --store, then KGRAPH_STORE, then the XDG data directory.
    public var resolvedPath: String {
        if let store, !store.isEmpty { return store }
        if let s = Self.environment["KGRAPH_STORE"], !s.isEmpty { return s }
        return Self.dataDirectory + "/kgraph/store"
    }

    /// The log is on PostgreSQL.
    var isShared: Bool { PostgresURL.isPostgresURL(resolvedPath) }

    /// What the store argument names; a URL of another shape is refused (password masked),
    /// never taken as a directory name.
    func location() throws -> PostgresURL.StoreLocation {
        try PostgresURL.storeLocation(resolvedPath)
    }

    /// Where a shared log's projections live: --projections, else one directory per server and
    /// database under the XDG data directory, so several logs never share projections.
    func projectionsPath(for url: PostgresURL) -> String {
        if let projections, !projections.isEmpty { return projections }
        return Self.dataDirectory + "/kgraph/projections/" + url.projectionsDirectoryName
    }

    /// Opens the store to append to or read the log. A shared log's projections directory is not
    /// locked: appends from several processes on one machine do not wait for each other here.
    func open() throws -> Store {
        try open(lockingProjections: false)
    }

    /// Opens the store to fold projections: a shared log's projections directory is locked.
    func openForProjections() throws -> Store {
        try open(lockingProjections: true)
    }

    private func open(lockingProjections: Bool) throws -> Store {
        guard case .server(let url) = try location() else {
            return try Store.open(at: resolvedPath, lockTimeout: lockTimeout, waiting: waiting)
        }
        return try Store.attach(log: try PostgresEventLog.open(url), projectionsAt: projectionsPath(for: url),
                                lockingProjections: lockingProjections, lockTimeout: lockTimeout, waiting: waiting)
    }

    /// Creates the store (or, on PostgreSQL, kgraph's tables, migrating older ones) and says what it did.
    func create() throws -> (Store, message: String) {
        guard case .server(let url) = try location() else {
            let path = resolvedPath
            return (try Store.create(at: path, lockTimeout: lockTimeout, waiting: waiting), "created an empty kgraph store at \(path)")
        }
        let (log, previous) = try PostgresEventLog.create(url)
        let dir = projectionsPath(for: url)
        let store = try Store.attach(log: log, projectionsAt: dir, lockTimeout: lockTimeout, waiting: waiting)
        let what = previous == 0 ? "created an empty kgraph log" : "upgraded the kgraph log from schema version \(previous)"
        return (store, "\(what) at \(url.masked); projections in \(dir)")
    }

    /// Opens the store, creating it when there is none yet (ingest does this).
    func openOrCreate() throws -> (Store, created: String?) {
        let path = resolvedPath
        if case .server = try location() {
            do { return (try open(), nil) } catch StoreError.server(let m) where m.contains("kgraph init") {
                let (store, message) = try create()
                return (store, message)
            }
        }
        return try Store.openOrCreate(at: path, lockTimeout: lockTimeout, waiting: waiting)
    }

    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    private static var dataDirectory: String {
        environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
    }
}
