import EventLog
import Foundation
import TestSupport
import PostgresLog
import Testing

/// kgraph owns its schema: `init` creates it, a newer one is refused in one line.
struct SchemaTests {
    @Test func initCreatesTheSchemaOnceAndRefusesASecondTime() throws {
        let (cluster, database, url) = try TestServer.freshDatabase()
        let dir = TempDir()
        let created = try CLI.run(["init", "--store", url, "--projections", dir.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("created an empty kgraph log"))
        #expect(try cluster.psql("SELECT max(version) FROM kgraph_schema_version", database: database) == "2")
        let again = try CLI.run(["init", "--store", url, "--projections", dir.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already a kgraph store"))
    }

    @Test func aDatabaseWithoutTheSchemaNamesInit() throws {
        let (_, _, url) = try TestServer.freshDatabase()
        let result = try CLI.run(["stats", "--store", url, "--projections", TempDir().path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kgraph init --store"))
    }

    @Test func aNewerSchemaIsRefusedInOneLine() throws {
        let (cluster, database, url, _) = try TestServer.freshLog()
        try cluster.psql("INSERT INTO kgraph_schema_version (version) VALUES (3)", database: database)
        #expect(throws: StoreError.self) { try PostgresEventLog.open(try PostgresURL(url)) }
        let result = try CLI.run(["log", "--store", url, "--projections", TempDir().path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("schema version 3, newer than this kgraph supports (2); upgrade kgraph"))
        #expect(!result.stderr.contains(cluster.password))
    }
}
