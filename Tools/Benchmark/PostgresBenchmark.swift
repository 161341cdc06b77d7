import ArgumentParser
import EventLog
import Events
import Foundation
import PostgresCluster
import PostgresLog
import Projections

/// The PostgreSQL log: appends in batches of 1,000 and a full replay into `org-graph`, each beside
/// PostgreSQL's own COPY moving the same rows in the same run, on a throwaway local cluster.
struct PostgresBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postgres",
        abstract: "PostgreSQL log append and replay throughput, beside COPY of the same rows."
    )

    static let batchSize = 1_000
    static let target = 0.5

    @Option(help: "Synthetic events to append and replay.") var events = 200_000
    @Option(help: "Markdown file whose postgres section is replaced.") var output = "BENCHMARKS.md"
    @Option(help: "Seed for the synthetic events.") var seed: UInt64 = 20_150_101
    @Option(help: "Size of the organization pool.") var organizations = 100_000
    @Option(name: .customLong("work-dir"), help: "Where the projections go (removed afterwards).") var workDirectory = "/tmp"

    func run() throws {
        let work = workDirectory + "/kgraph-bench-postgres-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        progress("starting a throwaway PostgreSQL cluster")
        let cluster = try ThrowawayCluster()
        defer { cluster.stop() }
        let database = try cluster.createDatabase("bench")
        let url = try PostgresURL(cluster.url(database: database))

        progress("generating \(events) events (not timed)")
        var generator = SyntheticEvents(seed: seed, organizations: organizations)
        let all = generator.generate(events)

        progress("appending in batches of \(Self.batchSize)")
        let log = try PostgresEventLog.create(url).log
        log.durability = .osBuffered
        var appendWatch = Stopwatch()
        for start in stride(from: 0, to: all.count, by: Self.batchSize) {
            let batch = Array(all[start..<min(all.count, start + Self.batchSize)])
            let result = try appendWatch.measure { try log.append(batch) }
            guard result.appended.count == batch.count else { throw BenchFailure("a batch lost events") }
        }
        guard log.head == UInt64(events) else { throw BenchFailure("the log holds \(log.head) events, not \(events)") }
        let copy = try CopyBaseline(cluster: cluster, database: database)
        progress("COPY of the same rows")
        let copyLoad = try copy.load()
        let copyRead = try copy.read()

        progress("raw read and replay into org-graph")
        var rawWatch = Stopwatch()
        var touched = 0
        try rawWatch.measure {
            try log.forEachRecord { _, record in
                touched &+= Int(record[0]) &+ record.count
                return true
            }
        }
        let store = try Store.attach(log: log, projectionsAt: work + "/projections")
        let catalog = ProjectionCatalog(store: store)
        var replayWatch = Stopwatch()
        let (replayed, _) = try replayWatch.measure { try catalog.replay("org-graph", into: "org-graph-bench") }
        guard replayed.checkpoint == UInt64(events) else { throw BenchFailure("the replay stopped at \(replayed.checkpoint)") }
        catalog.close()
        let levelDBReplay = try replayFromLevelDB(all, work: work)

        let report = PostgresReport(
            events: events, organizations: organizations, seed: seed, postgresVersion: copy.serverVersion,
            append: Double(events) / appendWatch.seconds, copyLoad: Double(events) / copyLoad,
            rawRead: Double(events) / rawWatch.seconds, replay: Double(events) / replayWatch.seconds,
            copyRead: Double(events) / copyRead, levelDBReplay: Double(events) / levelDBReplay,
            organizationRows: copy.organizationRows, logBytes: log.storedBytes)
        try BenchmarksFile.write(section: "postgres", report.markdown, to: output)
        print(report.markdown)
        _ = touched
    }
}

extension PostgresBenchmark {
    /// Seconds to replay the same events into `org-graph` from a LevelDB store: the fold's own cost.
    func replayFromLevelDB(_ all: [Event], work: String) throws -> Double {
        progress("the same replay from LevelDB, for reference")
        let store = try Store.create(at: work + "/store")
        store.log.durability = .osBuffered
        for start in stride(from: 0, to: all.count, by: 10_000) {
            try store.log.append(Array(all[start..<min(all.count, start + 10_000)]))
        }
        let catalog = ProjectionCatalog(store: store)
        defer { catalog.close() }
        var watch = Stopwatch()
        let (result, _) = try watch.measure { try catalog.replay("org-graph", into: "org-graph-bench") }
        guard result.checkpoint == UInt64(all.count) else { throw BenchFailure("the LevelDB replay stopped at \(result.checkpoint)") }
        return watch.seconds
    }
}

/// PostgreSQL moving the same rows itself: COPY FROM into tables shaped like kgraph's (same
/// columns, indexes and constraints), and COPY TO out of the log table, run through psql.
struct CopyBaseline {
    let cluster: ThrowawayCluster
    let database: String
    let directory: String
    let organizationRows: Int
    let serverVersion: String

    /// Dumps the appended rows to files the server can read back (not timed).
    init(cluster: ThrowawayCluster, database: String) throws {
        self.cluster = cluster
        self.database = database
        directory = cluster.directory
        try cluster.psql("""
            COPY kgraph_events TO '\(directory)/events.copy';
            COPY kgraph_event_organizations TO '\(directory)/organizations.copy';
            CREATE TABLE copy_events (LIKE kgraph_events INCLUDING ALL);
            CREATE TABLE copy_event_organizations (LIKE kgraph_event_organizations INCLUDING ALL);
            """, database: database)
        organizationRows = Int(try cluster.psql("SELECT count(*) FROM kgraph_event_organizations", database: database)) ?? 0
        serverVersion = try cluster.psql("SHOW server_version", database: database)
    }

    /// Seconds to load every row of both tables in one transaction.
    func load() throws -> Double {
        try timed {
            try cluster.psql("""
                SET synchronous_commit = off;
                BEGIN;
                COPY copy_events FROM '\(directory)/events.copy';
                COPY copy_event_organizations FROM '\(directory)/organizations.copy';
                COMMIT;
                """, database: database)
        }
    }

    /// Seconds to read every record in position order to the client (psql, discarding it).
    func read() throws -> Double {
        try timed {
            try cluster.psql("\\copy (SELECT position, record FROM kgraph_events ORDER BY position) TO '/dev/null'", database: database)
        }
    }

    private func timed(_ body: () throws -> Void) throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return seconds(clock.now - start)
    }
}

struct PostgresReport {
    let events: Int, organizations: Int, seed: UInt64, postgresVersion: String
    let append: Double, copyLoad: Double, rawRead: Double, replay: Double, copyRead: Double, levelDBReplay: Double
    let organizationRows: Int, logBytes: UInt64

    var markdown: String {
        let date = Timestamp.iso8601(milliseconds: Int64(Date().timeIntervalSince1970 * 1000)).prefix(16)
            .replacingOccurrences(of: "T", with: " ") + " UTC"
        func ratio(_ a: Double, _ b: Double) -> String { Format.fixed(a / b, 2) + "×" }
        func verdict(_ a: Double, _ b: Double) -> String {
            "≥ \(Format.fixed(PostgresBenchmark.target, 2))× (\(a / b >= PostgresBenchmark.target ? "met" : "**missed**"))"
        }
        return """
            ## PostgreSQL log (`kgraph-bench postgres`)

            \(date) · N = \(Format.grouped(events)) synthetic events · \(Format.grouped(organizations)) organizations · seed \(seed) · runs = 1

            Machine: \(SystemInfo.processorCount) × \(SystemInfo.cpuModel), PostgreSQL \(postgresVersion) on 127.0.0.1 (a throwaway cluster, default settings). Release build.

            | case | kgraph ev/s | COPY ev/s | ratio | target |
            |---|---:|---:|---:|---|
            | append, batches of \(Format.grouped(PostgresBenchmark.batchSize)) | \(Format.rate(append)) | \(Format.rate(copyLoad)) | \(ratio(append, copyLoad)) | \(verdict(append, copyLoad)) |
            | read every record in order (`forEachRecord`) | \(Format.rate(rawRead)) | \(Format.rate(copyRead)) | \(ratio(rawRead, copyRead)) | – |
            | full replay into a new `org-graph` | \(Format.rate(replay)) | \(Format.rate(copyRead)) | \(ratio(replay, copyRead)) | \(verdict(replay, copyRead)) |
            | the same replay from a LevelDB store (reference) | \(Format.rate(levelDBReplay)) | – | – | – |

            - Append: `PostgresEventLog.append`, one transaction per batch (advisory lock, head and chain, id check, `INSERT … SELECT FROM unnest(…)` into `kgraph_events` and the organization index, `pg_notify`), `synchronous_commit = off` (durability `.osBuffered`, as the LevelDB figures use). COPY: the same rows (\(Format.grouped(events)) events and \(Format.grouped(organizationRows)) organization-index rows, dumped from the log untimed) loaded by `COPY … FROM` file into tables `LIKE` kgraph's, indexes included, in one transaction: \(Format.rate(copyLoad * Double(events + organizationRows) / Double(events))) rows/s counting both tables' rows.
            - Reads: COPY is `\\copy (SELECT position, record … ORDER BY position) TO '/dev/null'` through psql. kgraph reads pages of 10,000 rows, asking for the next page before handing out the current one. The replay folds every record into `org-graph`'s LevelDB (from the record bytes, as from a LevelDB log), committing every \(Format.grouped(ProjectionRunner.defaultChunkEvents)) events: reading PostgreSQL (2nd row) is the smaller part of its cost; the fold is the larger, as the same replay from LevelDB shows.
            - Log tables on the server after the load: \(Format.megabytes(logBytes)).
            - Single run: on this shared machine, differences under about 20% are noise.
            """
    }
}
