import EventLog
import Events
import Foundation
import TestSupport
import PostgresCluster
import PostgresLog
import Testing

/// The database itself keeps the log immutable, and `verify` finds what a superuser changes anyway.
struct ImmutabilityTests {
    @Test func updateDeleteAndTruncateAreRefusedByTrigger() throws {
        let (cluster, database, _, log) = try TestServer.freshLog()
        try log.append((0..<3).map { sampleEvent($0) }, articles: ["본문"])
        for sql in ["UPDATE kgraph_events SET kind = 9 WHERE position = 1", "DELETE FROM kgraph_events WHERE position = 3",
                    "TRUNCATE kgraph_events CASCADE", "DELETE FROM kgraph_articles", "UPDATE kgraph_event_organizations SET position = 9"] {
            do {
                try cluster.psql(sql, database: database)
                Issue.record("\(sql) was allowed")
            } catch {
                #expect("\(error)".contains("append-only"), "\(sql): \(error)")
            }
        }
        #expect(log.head == 3)
        #expect(try log.verify().isIntact)
    }

    @Test func verifyNamesATamperedRow() throws {
        let (cluster, database, url, log) = try TestServer.freshLog()
        try log.append((0..<10).map { sampleEvent($0) })
        // A superuser can switch the triggers off; the hash chain still gives the change away.
        try cluster.psql("""
            ALTER TABLE kgraph_events DISABLE TRIGGER kgraph_events_immutable;
            UPDATE kgraph_events SET record = overlay(record PLACING '\\x58'::bytea FROM 40 FOR 1) WHERE position = 5;
            """, database: database)
        #expect(try log.verify().damage == .altered(position: 5))
        let cli = try CLI.run(["verify", "--store", url])
        #expect(cli.status == 2)
        #expect(cli.stderr.contains("record 5 was altered"))
    }

    @Test func verifyNamesADeletedRow() throws {
        let (cluster, database, _, log) = try TestServer.freshLog()
        try log.append((0..<10).map { sampleEvent($0) })
        try cluster.psql("""
            ALTER TABLE kgraph_events DISABLE TRIGGER kgraph_events_immutable;
            DELETE FROM kgraph_events WHERE position = 7;
            """, database: database)
        #expect(try log.verify().damage == .missing(position: 7))
    }

    @Test func anIngestRoleWithInsertAndSelectOnlyCanAppendButNotChange() throws {
        let (cluster, database, url, _) = try TestServer.freshLog()
        let role = "ingest_\(database)"
        try cluster.psql("""
            CREATE ROLE \(role) LOGIN PASSWORD 'ingest-pw';
            GRANT SELECT, INSERT ON kgraph_events, kgraph_event_organizations, kgraph_articles TO \(role);
            GRANT SELECT ON kgraph_schema_version TO \(role);
            """, database: database)
        let ingestURL = try #require(url.replacingOccurrences(of: "postgres:\(cluster.password)@", with: "\(role):ingest-pw@")
            .nilIfSame(url))
        let dir = TempDir()
        let file = dir.file("e.jsonl", interchangeLine(id: "ing-1", n: 1) + "\n" + interchangeLine(id: "ing-2", n: 2) + "\n")
        let append = try CLI.run(["append", file, "--store", ingestURL, "--projections", dir.path + "/p"])
        #expect(append.status == 0, "\(append.stderr)")
        #expect(append.stdout.contains("2 new events"))
        do {
            try cluster.psql("SET ROLE \(role); DELETE FROM kgraph_events", database: database)
            Issue.record("the ingest role could delete")
        } catch {
            #expect("\(error)".contains("permission denied"))
        }
    }
}

extension String {
    func nilIfSame(_ other: String) -> String? { self == other ? nil : self }
}
