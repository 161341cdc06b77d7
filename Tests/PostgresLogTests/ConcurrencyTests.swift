import EventLog
import Events
import Foundation
import TestSupport
import PostgresLog
import Testing

/// Many writers, several readers, one ordered log.
struct ConcurrencyTests {
    /// Writes `files` JSONL files of `perFile` events with ids `prefix-N`; returns their paths.
    func writerFiles(_ dir: TempDir, prefix: String, files: Int, perFile: Int) -> [String] {
        (0..<files).map { f in
            let lines = (0..<perFile).map { i in interchangeLine(id: "\(prefix)-\(f * perFile + i)", n: f * perFile + i) }
            return dir.file("\(prefix)-\(f).jsonl", lines.joined(separator: "\n") + "\n")
        }
    }

    /// The follower's view: each envelope's position and id, in the order it printed them.
    func printedEvents(_ stdout: String) throws -> [(position: UInt64, id: String)] {
        try stdout.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let position = try #require(object["position"] as? Int)
            let id = try #require(object["id"] as? String)
            return (UInt64(position), id)
        }
    }

    @Test func fourWritersAtOnceAndAFollowerThatSeesEveryEventOnceInOrder() throws {
        let (_, _, url, log) = try TestServer.freshLog()
        let dir = TempDir()
        let writers = 4, files = 10, perFile = 1_000
        let total = UInt64(writers * files * perFile)
        let follower = try CLI.start(["follow", "--store", url, "--projections", dir.path + "/follower",
                                      "--json", "--until", String(total), "--interval", "0.5"])
        let inputs = (0..<writers).map { w in writerFiles(dir, prefix: "w\(w)", files: files, perFile: perFile) }
        let running = try inputs.map { try CLI.start(["append"] + $0 + ["--store", url, "--projections", dir.path + "/writer"]) }
        for writer in running {
            let result = writer.finish()
            #expect(result.status == 0, "\(result.stderr)")
        }
        let followed = follower.finish(timeout: 240)
        #expect(followed.status == 0, "\(followed.stderr)")
        #expect(log.head == total)

        var finalOrder: [String] = []
        try log.forEach { finalOrder.append($0.id); return true }
        let seen = try printedEvents(followed.stdout)
        #expect(seen.count == Int(total))
        #expect(seen.map(\.position) == Array(1...total), "the follower saw a position out of order or twice")
        #expect(seen.map(\.id) == finalOrder)
        #expect(Set(seen.map(\.id)).count == Int(total))
        // Batches of different writers interleave: the log is not four runs one after another.
        let writerOfPosition = finalOrder.map { $0.prefix(2) }
        #expect(zip(writerOfPosition, writerOfPosition.dropFirst()).filter { $0 != $1 }.count > writers - 1)
        #expect(try log.verify().isIntact)
    }

    @Test func twoQueryNodesFollowingTheSameLogReachTheSameDigests() throws {
        let (_, _, url, _) = try TestServer.freshLog()
        let dir = TempDir()
        let total = 3 * 800
        let nodes = try ["a", "b"].map { node in
            try CLI.start(["follow", "--store", url, "--projections", dir.path + "/node-\(node)",
                           "--until", String(total), "--interval", "0.3"])
        }
        let writers = try (0..<3).map { w in
            try CLI.start(["append"] + writerFiles(dir, prefix: "n\(w)", files: 4, perFile: 200)
                          + ["--store", url, "--projections", dir.path + "/writer"])
        }
        for writer in writers { #expect(writer.finish().status == 0) }
        for node in nodes {
            let result = node.finish(timeout: 180)
            #expect(result.status == 0, "\(result.stderr)")
        }
        var digests: [[String: String]] = []
        for node in ["a", "b"] {
            let listed = try CLI.run(["projections", "--json", "--store", url, "--projections", dir.path + "/node-\(node)"])
            #expect(listed.status == 0, "\(listed.stderr)")
            var byKind: [String: String] = [:]
            for line in listed.stdout.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["checkpoint"] as? Int == total)
                byKind[try #require(object["kind"] as? String)] = object["digest"] as? String
            }
            digests.append(byKind)
        }
        #expect(digests[0].keys.sorted() == ["aliases", "articles", "org-graph", "timeline"])
        #expect(digests[0] == digests[1])
    }

    @Test func twoWritersRacingOnTheSameIdsAppendEachOnce() throws {
        let (_, _, url, log) = try TestServer.freshLog()
        let events = (0..<2_000).map { sampleEvent($0, tag: "race") }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let own = try PostgresEventLog.open(try PostgresURL(url))
                var appended: [String] = [], present: [String] = []
                // The writers walk the same ids in opposite batch orders, so they collide mid-way.
                let batches = stride(from: 0, to: events.count, by: 100).map { Array(events[$0..<min(events.count, $0 + 100)]) }
                for batch in writer == 0 ? batches : batches.reversed() {
                    let result = try own.append(batch)
                    appended += result.appended.map(\.id)
                    present += result.alreadyPresent.map(\.id)
                }
                results.add(appended: appended, present: present)
            } catch {
                results.fail("\(error)")
            }
        }
        #expect(results.failures.isEmpty, "\(results.failures)")
        #expect(log.head == 2_000)
        #expect(results.appended.count == 2_000)
        #expect(Set(results.appended) == Set(events.map(\.id)))
        #expect(results.appended.count + results.present.count == 4_000)
        #expect(try log.verify().isIntact)
    }
}

final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var appended: [String] = []
    private(set) var present: [String] = []
    private(set) var failures: [String] = []
    func add(appended a: [String], present p: [String]) { lock.withLock { appended += a; present += p } }
    func fail(_ message: String) { lock.withLock { failures.append(message) } }
}
