import EventLog
import Foundation
import TestSupport
import PostgresLog
import Testing

/// The commands print the same on either backend, and a query node sees appends promptly.
struct CLIBackendTests {
    @Test func everyCommandPrintsTheSameOnLevelDBAndPostgreSQL() throws {
        let (_, _, url, _) = try TestServer.freshLog()
        let dir = TempDir()
        let samples = CLI.packageRoot.appendingPathComponent("Samples")
        let leveldb = ["--store", dir.path + "/store"]
        let postgres = ["--store", url, "--projections", dir.path + "/projections"]
        #expect(try CLI.run(["init"] + leveldb).status == 0)
        for flags in [leveldb, postgres] {
            let ingest = try CLI.run(["ingest", samples.appendingPathComponent("articles").path] + flags)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let append = try CLI.run(["append", samples.appendingPathComponent("events.jsonl").path] + flags)
            #expect(append.status == 0, "\(append.stderr)")
            // Corrections after position 20, so that knowledge time at 20 must leave them out.
            let first = try CLI.run(["log", "--kind", "partnership", "--org", "KT", "--json", "--limit", "1"] + flags)
            let id = try #require((try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])?["id"] as? String)
            #expect(try CLI.run(["retract", id, "--reason", "정정"] + flags).status == 0)
            #expect(try CLI.run(["alias", "케이티", "--is", "케이티"] + flags).status == 0)
        }
        let commands: [[String]] = [
            ["log"], ["log", "--kind", "partnership", "--org", "KT"], ["export", "--format", "jsonl"],
            ["who-partnered-with", "KT"], ["who-partnered-with", "케이티", "--as-of", "2024-06-01"],
            ["bans-on", "DeepSeek"], ["path", "KT", "리벨리온"], ["timeline", "KT", "--depth", "1"],
            ["org", "KT"], ["neighbors", "KT", "--depth", "2"], ["verify"], ["dump", "--format", "dot"],
            ["who-partnered-with", "KT", "--known-at", "20"], ["neighbors", "KT", "--known-at", "25", "--json"],
            ["timeline", "KT", "--known-at", "now"],
            ["articles"], ["search", "딥시크 차단"], ["events", "--from", "2025", "--org", "MS"], ["events", "--occurrences"],
            ["orgs", "--top", "5", "--by", "degree"], ["show", "single-ban.txt", "--json"], ["changes", "--since", "0", "--json"],
        ]
        for command in commands {
            let a = try CLI.run(command + leveldb)
            let b = try CLI.run(command + postgres)
            #expect(a.status == 0, "\(command): \(a.stderr)")
            // recordedAt is when each log learned an event: the one field that differs by design.
            #expect(withoutRecordedAt(a.stdout) == withoutRecordedAt(b.stdout), "\(command) differs")
            #expect(a.stderr == b.stderr, "\(command) differs on stderr")
        }
        let statsA = try CLI.run(["stats", "--json"] + leveldb), statsB = try CLI.run(["stats", "--json"] + postgres)
        let counts = { (s: String) in try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any] }
        #expect(try counts(statsA.stdout)?["kinds"] as? [String: Int] == counts(statsB.stdout)?["kinds"] as? [String: Int])
        #expect(try counts(statsB.stdout)?["store"] as? String == url.replacingOccurrences(of: ":throwaway-secret@", with: ":***@"))
    }

    func withoutRecordedAt(_ s: String) -> String {
        s.replacingOccurrences(of: ",\"recordedAt\":\"[^\"]*\"", with: "", options: .regularExpression)
    }

    @Test func aFollowerSeesAnotherNodesAppendWithinASecond() throws {
        let (_, _, url, log) = try TestServer.freshLog()
        let dir = TempDir()
        try log.append([sampleEvent(0)])
        // A 10-second poll: only the notification can make it in time.
        let follower = try CLI.start(["follow", "--store", url, "--projections", dir.path, "--until", "2", "--interval", "10"])
        Thread.sleep(forTimeInterval: 3)
        #expect(follower.process.isRunning)
        let writer = try PostgresEventLog.open(try PostgresURL(url))
        try writer.append([sampleEvent(1)])
        let appendedAt = Date()
        while follower.process.isRunning, Date().timeIntervalSince(appendedAt) < 5 { usleep(5_000) }
        let delay = Date().timeIntervalSince(appendedAt)
        let result = follower.finish(timeout: 0)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(delay < 1.0, "the follower took \(delay) s")
        #expect(result.stdout.contains("2  2024-02-02  partnership"))
    }

    @Test func followOnAStoreDirectoryPollsItBetweenOtherWriters() throws {
        let dir = TempDir()
        let store = dir.path + "/store"
        let samples = CLI.packageRoot.appendingPathComponent("Samples")
        #expect(try CLI.run(["append", samples.appendingPathComponent("events.jsonl").path, "--store", store]).status == 1)
        #expect(try CLI.run(["init", "--store", store]).status == 0)
        let follower = try CLI.start(["follow", "--store", store, "--until", "2", "--interval", "0.3"])
        Thread.sleep(forTimeInterval: 1.5)
        let file = dir.file("two.jsonl", interchangeLine(id: "lv-1", n: 1) + "\n" + interchangeLine(id: "lv-2", n: 2) + "\n")
        // The follower holds the store for a moment at each look: the append waits its turn.
        let appended = try CLI.run(["append", file, "--store", store])
        #expect(appended.status == 0, "\(appended.stderr)")
        let result = follower.finish(timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("lv-1") && result.stdout.contains("lv-2"))
    }
}
