import EventLog
import PostgresNIO

/// Creates and upgrades kgraph's tables (PostgresSchema.swift), one transaction per `init`,
/// serialized by an advisory lock so two machines running `init` at once do not race.
enum PostgresMigrations {
    /// The schema version in the database; 0 when it has no kgraph tables.
    static func installedVersion(_ server: ServerConnection) throws(StoreError) -> Int {
        let exists = try server.query("SELECT to_regclass('kgraph_schema_version') IS NOT NULL")
        guard (try? exists.first?.decode(Bool.self)) == true else { return 0 }
        let rows = try server.query("SELECT coalesce(max(version), 0) FROM kgraph_schema_version")
        return (try? rows.first?.decode(Int32.self)).flatMap { $0 }.map(Int.init) ?? 0
    }

    static func refuseNewer(_ version: Int, url: PostgresURL) throws(StoreError) {
        guard version <= PostgresSchema.currentVersion else {
            throw .server("the kgraph log at \(url.masked) has schema version \(version), newer than this kgraph supports (\(PostgresSchema.currentVersion)); upgrade kgraph to use it")
        }
    }

    /// Brings the schema to `currentVersion` and returns the version it had. A database already
    /// at the current version is refused as `alreadyAStore`, as `init` on an existing store is.
    static func migrate(_ server: ServerConnection, url: PostgresURL) throws(StoreError) -> Int {
        try server.transaction { () throws(StoreError) -> Int in
            try server.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLockKey))")
            try server.query(PostgresQuery(unsafeSQL: PostgresSchema.versionTable))
            let version = try installedVersion(server)
            try refuseNewer(version, url: url)
            guard version < PostgresSchema.currentVersion else { throw .alreadyAStore(url.masked) }
            for next in (version + 1)...PostgresSchema.currentVersion {
                for statement in PostgresSchema.migrations[next] ?? [] {
                    try server.query(PostgresQuery(unsafeSQL: statement))
                }
                try server.query("INSERT INTO kgraph_schema_version (version) VALUES (\(Int32(next)))")
            }
            return version
        }
    }
}
