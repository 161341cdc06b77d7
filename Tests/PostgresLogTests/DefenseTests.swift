import EventLog
import Events
import Foundation
import PostgresCluster
@testable import PostgresLog
import TestSupport
import Testing

/// The shared log defends itself: a role that may INSERT cannot add a row that does not continue
/// the log, nor touch the schema version; the README's least-privilege roles work.
struct DefenseTests {
    /// A log with three events and an INSERT-only ingest role, as the README grants it.
    func logWithIngestRole() throws -> (ThrowawayCluster, database: String, url: String, role: String, log: PostgresEventLog) {
        let (cluster, database, url, log) = try TestServer.freshLog()
        try log.append((0..<3).map { sampleEvent($0) }, articles: ["본문"])
        let role = "ingest_\(database)"
        try cluster.psql("""
            CREATE ROLE \(role) LOGIN PASSWORD 'ingest-pw';
            GRANT SELECT, INSERT ON kgraph_events, kgraph_event_organizations, kgraph_articles TO \(role);
            GRANT SELECT ON kgraph_schema_version TO \(role);
            """, database: database)
        return (cluster, database, url, role, log)
    }

    func refused(_ cluster: ThrowawayCluster, _ database: String, as role: String, _ sql: String) -> String? {
        do {
            _ = try cluster.psql("SET ROLE \(role); \(sql)", database: database)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func forgedRowsAreRefusedAndTheLogKeepsWorking() throws {
        let (cluster, database, url, role, log) = try logWithIngestRole()
        let chain3 = try #require(try log.chain(at: 3))
        let record = RecordCodec.encode({ var e = sampleEvent(9); e.position = 4; return e }())
        let hex = { (b: [UInt8]) in "'\\x" + b.map { String(format: "%02x", $0) }.joined() + "'::bytea" }
        let goodChain = EventLog.chain(previous: chain3, position: 4, record: record)
        let forgeries: [(String, String)] = [
            ("a gap", "INSERT INTO kgraph_events VALUES (9, 'f1', 2, 'x.txt', \(hex(record)), \(hex(goodChain)))"),
            ("a wrong chain", "INSERT INTO kgraph_events VALUES (4, 'f2', 2, 'x.txt', \(hex(record)), \(hex([UInt8](repeating: 7, count: 32))))"),
            ("a record that is no record", "INSERT INTO kgraph_events VALUES (4, 'f3', 2, 'x.txt', '\\x00ff'::bytea, sha256(\(hex(chain3)) || int8send(4) || '\\x00ff'::bytea))"),
            ("a kind column unlike its record", "INSERT INTO kgraph_events VALUES (4, 'f4', 3, 'x.txt', \(hex(record)), \(hex(goodChain)))"),
            ("an organization row without its event", "INSERT INTO kgraph_event_organizations VALUES ('회사1', 2)"),
            ("an article under a wrong key", "INSERT INTO kgraph_articles VALUES (\(hex([UInt8](repeating: 1, count: 32)))), 'x')"),
            ("a schema version", "INSERT INTO kgraph_schema_version (version) VALUES (7)"),
            ("removing the schema version", "DELETE FROM kgraph_schema_version"),
        ]
        for (what, sql) in forgeries {
            let error = refused(cluster, database, as: role, sql)
            #expect(error != nil, "\(what) was allowed")
        }
        // As the owner too: the database, not the privileges, keeps the log whole.
        for (what, sql) in forgeries.prefix(4) {
            #expect(refused(cluster, database, as: "postgres", sql) != nil, "\(what) was allowed to the owner")
        }
        #expect(try cluster.psql("SELECT max(version) FROM kgraph_schema_version", database: database) == "2")
        // The ingest role still appends through kgraph, and everything still reads and verifies.
        let ingestURL = url.replacingOccurrences(of: "postgres:\(cluster.password)@", with: "\(role):ingest-pw@")
        let dir = TempDir()
        let file = dir.file("e.jsonl", interchangeLine(id: "ing-1", n: 1) + "\n" + interchangeLine(id: "ing-2", n: 2) + "\n")
        let append = try CLI.run(["append", file, "--store", ingestURL, "--projections", dir.path + "/p"])
        #expect(append.status == 0, "\(append.stderr)")
        #expect(append.stdout.contains("2 new events"))
        let verify = try CLI.run(["verify", "--store", url, "--projections", dir.path + "/p"])
        #expect(verify.status == 0, "\(verify.stderr)")
        let read = try CLI.run(["log", "--store", ingestURL, "--projections", dir.path + "/p"])
        #expect(read.status == 0, "\(read.stderr)")
    }

    @Test func aValidlyChainedRowStillAppendsFromKgraph() throws {
        // The trigger accepts exactly what kgraph writes: a batch of many rows in one statement.
        let (_, _, _, log) = try TestServer.freshLog()
        try log.append((0..<250).map { sampleEvent($0) })
        try log.append((250..<260).map { sampleEvent($0) })
        #expect(log.head == 260)
        let report = try log.verify()
        #expect(report.isIntact, "\(String(describing: report.damage))")
        #expect(report.indexEntriesChecked >= 260 * 2)
    }

    @Test func initUpgradesALogOfSchemaVersionOneAndItDefendsItselfFromThen() throws {
        let (cluster, database, url) = try TestServer.freshDatabase()
        // The tables as an older kgraph created them, with a row in them.
        let v1 = ([PostgresSchema.versionTable] + (PostgresSchema.migrations[1] ?? [])).joined(separator: ";\n")
        try cluster.psql(v1 + ";\nINSERT INTO kgraph_schema_version (version) VALUES (1)", database: database)
        let dir = TempDir()
        let refused = try CLI.run(["stats", "--store", url, "--projections", dir.path])
        #expect(refused.status == 1 && refused.stderr.contains("older than this kgraph's 2"), "\(refused.stderr)")
        let upgraded = try CLI.run(["init", "--store", url, "--projections", dir.path])
        #expect(upgraded.status == 0, "\(upgraded.stderr)")
        #expect(upgraded.stdout.contains("upgraded the kgraph log from schema version 1"))
        #expect(try cluster.psql("SELECT max(version) FROM kgraph_schema_version", database: database) == "2")
        #expect(throws: (any Error).self) {
            try cluster.psql("INSERT INTO kgraph_events VALUES (5, 'x', 2, 'x.txt', '\\x01'::bytea, decode(repeat('00', 32), 'hex'))", database: database)
        }
        let log = try PostgresEventLog.open(try PostgresURL(url))
        try log.append([sampleEvent(1)])
        #expect(log.head == 1)
    }

    @Test func anAlteredRowIsNeverPrinted() throws {
        let (cluster, database, url, log) = try TestServer.freshLog()
        try log.append((0..<10).map { sampleEvent($0) })
        // A superuser can switch the triggers off; reads still refuse the altered record.
        try cluster.psql("""
            ALTER TABLE kgraph_events DISABLE TRIGGER USER;
            UPDATE kgraph_events SET record = overlay(record PLACING '\\x58'::bytea FROM octet_length(record) - 3 FOR 1) WHERE position = 5;
            """, database: database)
        #expect { _ = try log.event(at: 5) } throws: { "\($0)".contains("record 5 was altered") }
        #expect(try log.event(at: 4) != nil)
        let dir = TempDir()
        for args in [["log"], ["export"], ["log", "--kind", "partnership"], ["who-partnered-with", "회사5"]] {
            let r = try CLI.run(args + ["--store", url, "--projections", dir.path])
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("record 5 was altered"), "\(args): \(r.stderr)")
        }
    }

    @Test func verifyReplaysTheProjectionsOfASharedLog() throws {
        let (_, _, url, log) = try TestServer.freshLog()
        try log.append((0..<40).map { sampleEvent($0) })
        let dir = TempDir()
        let query = try CLI.run(["who-partnered-with", "회사5", "--store", url, "--projections", dir.path])
        #expect(query.status == 0, "\(query.stderr)")
        let verify = try CLI.run(["verify", "--replay-projections", "--store", url, "--projections", dir.path])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("projection org-graph at checkpoint 40 equals a replay of the log"), "\(verify.stdout)")
        #expect(verify.stdout.contains("projection timeline at checkpoint 40"))
    }

    @Test func verifyNamesAnEditedOrganizationRow() throws {
        let (cluster, database, _, log) = try TestServer.freshLog()
        try log.append((0..<10).map { sampleEvent($0) })
        try cluster.psql("""
            ALTER TABLE kgraph_event_organizations DISABLE TRIGGER USER;
            UPDATE kgraph_event_organizations SET organization = 'x' WHERE position = 4 AND organization LIKE '회사%';
            """, database: database)
        let damage = try log.verify().damage
        guard case .secondaryIndexMismatch(let index, _) = damage else {
            Issue.record("\(String(describing: damage))")
            return
        }
        #expect(index == "organization")
    }
}
