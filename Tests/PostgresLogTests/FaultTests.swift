import EventLog
import Foundation
import TestSupport
import PostgresCluster
import PostgresLog
import Testing

/// What a user sees when the server is down, the password wrong, or TLS missing.
struct FaultTests {
    @Test func aWrongPasswordIsNamedAndNeverPrinted() throws {
        let (cluster, database, _, _) = try TestServer.freshLog()
        let secret = "hunter2-\(database)"
        let url = cluster.url(database: database, password: secret)
        for (args, env) in [(["stats", "--store", url], [:]), (["log"], ["KGRAPH_STORE": url])] {
            let result = try CLI.run(args + ["--projections", TempDir().path], env: env)
            #expect(result.status == 1)
            #expect(result.stderr.contains("refused the credentials of user \"postgres\""))
            #expect(result.stderr.contains("postgres://postgres:***@"))
            #expect(!result.stderr.contains(secret))
            #expect(!result.stdout.contains(secret))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(!"\(PostgresURL.maskPassword(in: "try \(url) again"))".contains(secret))
    }

    @Test func anUnreachableServerGetsOneLineNamingTheFix() throws {
        let cluster = try TestServer.cluster()
        let down = "postgres://postgres:\(cluster.password)@127.0.0.1:1/nowhere?sslmode=disable"
        let result = try CLI.run(["who-partnered-with", "KT", "--store", down, "--projections", TempDir().path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("kgraph: error: cannot reach PostgreSQL at 127.0.0.1:1 (connection refused); start the server"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stderr.contains(cluster.password))
    }

    @Test func followRetriesWithBackoffWhileTheServerIsDown() throws {
        let cluster = try TestServer.cluster()
        let down = "postgres://postgres:\(cluster.password)@127.0.0.1:1/nowhere?sslmode=disable"
        let follower = try CLI.start(["follow", "--store", down, "--projections", TempDir().path])
        Thread.sleep(forTimeInterval: 3.5)
        let result = follower.finish(timeout: 0)
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings.count >= 2)
        #expect(warnings.first?.hasSuffix("retrying in 1 s") == true)
        #expect(warnings.dropFirst().first?.hasSuffix("retrying in 2 s") == true)
        #expect(!result.stderr.contains(cluster.password))
    }

    @Test func followReconnectsAfterTheServerRestartsAndMissesNothing() throws {
        let cluster = try ThrowawayCluster(options: ["fsync": "off"])
        defer { cluster.stop() }
        let url = cluster.url(database: try cluster.createDatabase("restart"))
        let dir = TempDir()
        let log = try PostgresEventLog.create(try PostgresURL(url)).log
        try log.append([sampleEvent(0)])
        let follower = try CLI.start(["follow", "--store", url, "--projections", dir.path, "--json", "--until", "3", "--interval", "0.3"])
        Thread.sleep(forTimeInterval: 2)
        cluster.stopServer()
        Thread.sleep(forTimeInterval: 1.5)
        try cluster.startServer()
        let writer = try PostgresEventLog.open(try PostgresURL(url))
        try writer.append([sampleEvent(1), sampleEvent(2)])
        let result = follower.finish(timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("retrying in 1 s"))
        #expect(!result.stderr.contains(cluster.password))
        let positions = result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["position"] as? Int
        }
        #expect(positions == [2, 3])
    }

    @Test func sslmodeRequireAgainstAServerWithoutTLSIsRefused() throws {
        let (cluster, database, _, _) = try TestServer.freshLog()
        let url = cluster.url(database: database).replacingOccurrences(of: "sslmode=disable", with: "sslmode=require")
        let result = try CLI.run(["stats", "--store", url, "--projections", TempDir().path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not offer TLS, which sslmode=require demands"))
        let preferred = url.replacingOccurrences(of: "sslmode=require", with: "sslmode=prefer")
        #expect(try CLI.run(["stats", "--store", preferred, "--projections", TempDir().path]).status == 0)
    }

    @Test func sslmodeRequireConnectsOverTLSWhenTheServerOffersIt() throws {
        let cluster = try ThrowawayCluster(tls: true)
        defer { cluster.stop() }
        let database = try cluster.createDatabase("tls")
        let url = cluster.url(database: database).replacingOccurrences(of: "sslmode=disable", with: "sslmode=require")
        let dir = TempDir()
        let created = try CLI.run(["init", "--store", url, "--projections", dir.path])
        #expect(created.status == 0, "\(created.stderr)")
        // The server's own view of the connection: pg_stat_ssl says whether it is encrypted.
        let log = try PostgresEventLog.open(try PostgresURL(url))
        try log.append([sampleEvent(0)])
        let encrypted = try cluster.psql("SELECT bool_and(ssl) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE datname = '\(database)' AND backend_type = 'client backend'")
        #expect(encrypted == "t")
        #expect(log.head == 1)
    }

    @Test func aBadURLNamesTheForm() throws {
        #expect(throws: StoreError.self) { try PostgresURL("postgres://user:pw@host:5432/") }
        let result = try CLI.run(["stats", "--store", "postgres://u:topsecret@host/db?sslmode=sometimes"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not one of disable, prefer, require"))
        #expect(!result.stderr.contains("topsecret"))
    }
}
