import EventLog
import Events
import Foundation
import TestSupport
import LevelDB
import Synchronization
import Testing

/// Tests that need more than one process: store locking, damage found by `verify`, and crashes.
@Suite(.serialized) struct ProcessTests {
    @Test func aSecondProcessIsToldTheStoreIsInUse() throws {
        let dir = TempDir()
        try CLI.run(["init", "--store", dir.path])
        // `append -` opens the store, then waits on its standard input, holding the store.
        let holder = Process()
        holder.executableURL = CLI.executable("kgraph")
        holder.arguments = ["append", "-", "--store", dir.path]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = Pipe()
        let holderErr = Pipe()
        holder.standardError = holderErr
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        // Wait until the holder has the store: its LOCK file is then locked against us too.
        var held = false
        for _ in 0..<600 where holder.isRunning {
            let fd = open(dir.path + "/LOCK", O_RDWR)
            if fd >= 0 {
                if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                    flock(fd, LOCK_UN)
                } else {
                    held = true
                }
                close(fd)
            }
            if held { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try #require(held, "the holder never opened the store: \(String(decoding: holderErr.fileHandleForReading.availableData, as: UTF8.self))")
        let r = try CLI.run(["stats", "--lock-timeout", "0", "--store", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr == "kgraph: error: store is in use by another kgraph process (\(dir.path)); wait for it to finish, then retry\n")
        let impatient = try CLI.run(["stats", "--lock-timeout", "1.5", "--store", dir.path])
        #expect(impatient.status == 1)
        #expect(impatient.stderr == """
            kgraph: waiting for another kgraph process to release \(dir.path) (up to 1.5 s; change with --lock-timeout)
            kgraph: error: store is still in use by another kgraph process (\(dir.path)) after waiting 1.5 s; retry later, or wait longer with --lock-timeout SECONDS

            """)
        // A command with the default timeout waits, and runs once the holder is done.
        let patient = try CLI.start(["stats", "--store", dir.path])
        Thread.sleep(forTimeInterval: 0.3)
        #expect(patient.process.isRunning, "it waits rather than failing")
        try input.fileHandleForWriting.close()
        let waited = patient.finish(timeout: 60)
        #expect(waited.status == 0, "\(waited.stderr)")
        holder.waitUntilExit()
        #expect(holder.terminationStatus == 0)
        #expect(try CLI.run(["stats", "--store", dir.path]).status == 0, "the store is free again")
    }

    @Test func appendsBesideFollowAllSucceedAndFollowPrintsEachOnce() throws {
        let dir = TempDir()
        try CLI.run(["init", "--store", dir.path])
        let writers = 2, each = 12, total = writers * each
        let follow = try CLI.start(["follow", "--interval", "0.1", "--until", String(total), "--store", dir.path])
        Thread.sleep(forTimeInterval: 0.3)
        let failures = Mutex<[String]>([])
        let store = dir.path
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            for i in 0..<each {
                let id = "w-\(w)-\(i)"
                let line = #"{"id": "\#(id)", "kind": "partnership", "date": "2024-06-03", "participants": [{"role": "party", "name": "회사\#(w)"}, {"role": "party", "name": "기관\#(i)"}], "source": {"document": "\#(id).txt"}}"#
                do {
                    let r = try CLI.run(["append", "-", "--store", store], stdin: Data(line.utf8))
                    if r.status != 0 { failures.withLock { $0.append("\(id): \(r.stderr)") } }
                } catch {
                    failures.withLock { $0.append("\(id): \(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 })")
        let followed = follow.finish(timeout: 120)
        #expect(followed.status == 0, "\(followed.stderr)")
        let printed = followed.stdout.split(separator: "\n").filter { !$0.hasPrefix("following ") }
        #expect(printed.count == total, "\(followed.stdout)")
        for w in 0..<writers {
            for i in 0..<each {
                #expect(printed.filter { $0.hasSuffix("  w-\(w)-\(i)") }.count == 1, "w-\(w)-\(i) printed once")
            }
        }
        let stats = try CLI.run(["stats", "--json", "--store", dir.path])
        #expect(stats.stdout.contains("\"head\":\(total)"), "none is lost: \(stats.stdout)")
    }

    @Test func verifyExitsTwoNamingTheRecord() throws {
        let dir = TempDir()
        try CLI.run(["init", "--store", dir.path])
        try CLI.run(["append", CLI.packageRoot.appendingPathComponent("Samples/events.jsonl").path, "--store", dir.path])
        do {
            var options = DatabaseOptions()
            options.createIfMissing = false
            let db = try Database(path: dir.path + "/log", options: options)
            let key = [UInt8(ascii: "e")] + withUnsafeBytes(of: UInt64(3).bigEndian) { Array($0) }
            var value = try #require(try db.get(key))
            value[value.count / 2] ^= 0x20
            try db.put(key, value)
        }
        let r = try CLI.run(["verify", "--store", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("record 3 was altered"), "\(r.stderr)")
        #expect(r.stderr.contains("checked 2 records before it"))
    }

    /// SIGKILL a writer at 30 random moments; after each, the log verifies, positions have no gaps,
    /// and every position the writer reported as committed is there.
    @Test func killedWritersLoseNothingTheyCommitted() throws {
        let dir = TempDir()
        try CLI.run(["init", "--store", dir.path])
        var generator = SystemRandomNumberGenerator()
        var lastReported: UInt64 = 0
        for round in 0..<30 {
            let child = Process()
            child.executableURL = CLI.executable("kgraph-crash-writer")
            child.arguments = [dir.path, String(round * 1000 + 7)]
            let out = Pipe()
            child.standardOutput = out
            child.standardError = Pipe()
            try child.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.6, using: &generator))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            #expect(child.terminationReason == .uncaughtSignal)
            let reported = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n").compactMap { line -> UInt64? in
                    guard line.hasPrefix("committed ") else { return nil }
                    return UInt64(line.dropFirst("committed ".count))
                }
            if let last = reported.last { lastReported = max(lastReported, last) }

            let store = try Store.open(at: dir.path)
            let report = try store.log.verify()
            #expect(report.isIntact, "round \(round): \(String(describing: report.damage))")
            #expect(store.log.head >= lastReported, "round \(round): head \(store.log.head) lost reported \(lastReported)")
            var expected: UInt64 = 1
            try store.log.forEachRecord { position, _ in
                #expect(position == expected)
                expected += 1
                return true
            }
            #expect(expected - 1 == store.log.head)
        }
        #expect(lastReported > 0, "the writer committed something in 30 rounds")
    }
}
