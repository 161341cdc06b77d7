import EventLog
import Events
import Foundation
import LevelDB
import TestSupport
import Testing

/// What a person sees on an operator's bad day: a killed `init`, damaged files, a mistyped URL,
/// an overlong line. Damage exits 2 naming the fix; nothing altered is printed as fact.
@Suite(.serialized) struct DamageCLITests {
    let samples = CLI.packageRoot.appendingPathComponent("Samples/events.jsonl").path

    func storeWithSamples() throws -> TempDir {
        let dir = TempDir()
        #expect(try CLI.run(["init", "--store", dir.path]).status == 0)
        let r = try CLI.run(["append", samples, "--store", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    @Test func initKilledAtAnyMomentLeavesNoStoreOrAWholeOne() throws {
        let parent = TempDir()
        try FileManager.default.createDirectory(atPath: parent.path, withIntermediateDirectories: true)
        var killedEarly = 0
        for attempt in 0..<24 {
            let path = parent.path + "/s\(attempt)"
            let running = try CLI.start(["init", "--store", path])
            usleep(UInt32.random(in: 0...40_000))
            kill(running.process.processIdentifier, SIGKILL)
            let result = running.finish()
            if result.status != 0 { killedEarly += 1 }
            if FileManager.default.fileExists(atPath: path) {
                // Whatever is there is a whole store: it opens, and `init` says it exists.
                let stats = try CLI.run(["stats", "--store", path])
                #expect(stats.status == 0, "attempt \(attempt): \(stats.stderr)")
                let again = try CLI.run(["init", "--store", path])
                #expect(again.status == 1 && again.stderr.contains("already a kgraph store"), "\(again.stderr)")
            } else {
                let created = try CLI.run(["init", "--store", path])
                #expect(created.status == 0, "attempt \(attempt): \(created.stderr)")
            }
        }
        // Nothing but finished stores is left beside them (abandoned builds are cleared by the next init).
        let left = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { !$0.hasPrefix("s") }
        #expect(left.isEmpty, "\(left)")
        #expect(killedEarly > 0, "no attempt was killed before it finished; the test proved nothing")
    }

    @Test func writersRacingToCreateOneStoreAreNeverToldToChooseAnotherPath() throws {
        let dir = TempDir()
        let articles = CLI.packageRoot.appendingPathComponent("Samples/articles").path
        for round in 0..<2 {
            let path = dir.path + "/race\(round)"
            let racers = try (0..<3).map { _ in try CLI.start(["ingest", articles, "--store", path]) }
            let results = racers.map { $0.finish() }
            for r in results {
                #expect(!r.stderr.contains("choose a new path"), "\(r.stderr)")
                #expect(r.status == 0 || r.stderr.contains("in use by another kgraph process")
                        || r.stderr.contains("is being created by another kgraph process"), "\(r.stderr)")
            }
            #expect(results.contains { $0.status == 0 })
            #expect(try CLI.run(["verify", "--store", path]).status == 0)
        }
    }

    @Test func anAlteredRecordIsNeverPrinted() throws {
        let dir = try storeWithSamples()
        do {
            var options = DatabaseOptions()
            options.createIfMissing = false
            let db = try Database(path: dir.path + "/log", options: options)
            let key = [UInt8(ascii: "e")] + withUnsafeBytes(of: UInt64(1).bigEndian) { Array($0) }
            var value = try #require(try db.get(key))
            // 마이크로소프트 → 마이크로소픝: one byte of the record's text.
            let text = Array("마이크로소프트".utf8)
            let at = try #require(value.firstRange(of: text))
            value[at.upperBound - 1] ^= 0x01
            try db.put(key, value)
        }
        for args in [["log"], ["log", "--json"], ["export", "--format", "jsonl"], ["log", "--org", "KT"],
                     ["who-partnered-with", "KT"], ["who-partnered-with", "KT", "--json"]] {
            let r = try CLI.run(args + ["--store", dir.path])
            #expect(r.status == 2, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("record 1 was altered"), "\(args): \(r.stderr)")
            #expect(!r.stdout.contains("마이크로소픝"), "\(args) printed the altered text")
            #expect(r.stderr.split(separator: "\n").count <= 2, "\(args): \(r.stderr)")
        }
    }

    @Test func aDamagedWriteAheadLogExitsTwoAndRepairNamesWhatIsLost() throws {
        let dir = try storeWithSamples()
        let second = TempDir()
        let file = second.file("more.jsonl", """
            {"id":"late-1","kind":"announcement","date":"2025-01-02","participants":[{"role":"actor","name":"가나다전자"}],"source":{"document":"late.txt","article":0,"evidence":"가나다전자는 새 반도체를 공개했다."}}

            """)
        #expect(try CLI.run(["append", file, "--store", dir.path]).status == 0)
        let wal = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/log").filter { $0.hasSuffix(".log") }.sorted().last)
        let walPath = dir.path + "/log/" + wal
        var bytes = try #require(FileManager.default.contents(atPath: walPath))
        bytes[bytes.count - 30] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: walPath))
        for args in [["stats"], ["log"], ["verify"]] {
            let r = try CLI.run(args + ["--store", dir.path])
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("kgraph repair"), "\(r.stderr)")
        }
        let dry = try CLI.run(["repair", "--store", dir.path])
        #expect(dry.status == 2, "\(dry.stderr)")
        #expect(dry.stdout.contains("would lose") && dry.stdout.contains("late-1"), "\(dry.stdout)\(dry.stderr)")
        let repaired = try CLI.run(["repair", "--accept-loss", "--store", dir.path])
        #expect(repaired.status == 0, "\(repaired.stderr)")
        #expect(repaired.stdout.contains("lost position"), "\(repaired.stdout)")
        #expect(try CLI.run(["verify", "--store", dir.path]).status == 0)
        let log = try CLI.run(["log", "--json", "--store", dir.path])
        #expect(log.status == 0)
        #expect(!log.stdout.contains("late-1"))
    }

    @Test func aDamagedProjectionIsRebuiltAndTheAnswerIsTheLogs() throws {
        let dir = try storeWithSamples()
        let before = try CLI.run(["who-partnered-with", "KT", "--store", dir.path])
        #expect(before.status == 0, "\(before.stderr)")
        let projections = dir.path + "/projections"
        let graph = try #require(try FileManager.default.contentsOfDirectory(atPath: projections).first { $0.hasPrefix("org-graph@") })
        let files = try FileManager.default.contentsOfDirectory(atPath: projections + "/" + graph)
            .filter { $0.hasSuffix(".log") || $0.hasSuffix(".ldb") }
        #expect(!files.isEmpty)
        for file in files {
            let path = projections + "/" + graph + "/" + file
            var bytes = try #require(FileManager.default.contents(atPath: path))
            guard bytes.count > 64 else { continue }
            bytes[bytes.count / 2] ^= 0x04
            try bytes.write(to: URL(fileURLWithPath: path))
        }
        let after = try CLI.run(["who-partnered-with", "KT", "--store", dir.path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        #expect(after.stderr.contains("rebuilding"), "\(after.stderr)")
        let verify = try CLI.run(["verify", "--replay-projections", "--store", dir.path])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("projection org-graph at checkpoint"), "\(verify.stdout)")
        #expect(verify.stdout.contains("equals a replay of the log"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: projections).allSatisfy { !$0.hasPrefix("verify-") })
    }

    @Test func aDamagedArticleIndexIsRebuiltAndTheDeskAnswersFromTheLog() throws {
        let dir = TempDir()
        let articles = CLI.packageRoot.appendingPathComponent("Samples/articles").path
        let ingest = try CLI.run(["ingest", articles, "--store", dir.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let before = try CLI.run(["articles", "--store", dir.path])
        let search = try CLI.run(["search", "차단", "--store", dir.path])
        #expect(before.status == 0 && search.status == 0, "\(before.stderr) \(search.stderr)")
        #expect(before.stdout.contains("#") && search.stdout.contains("#"), "\(before.stdout) \(search.stdout)")
        let projections = dir.path + "/projections"
        let instance = try #require(try FileManager.default.contentsOfDirectory(atPath: projections).first { $0.hasPrefix("articles@") })
        let index = projections + "/" + instance + "/index.sqlite"
        for f in try FileManager.default.contentsOfDirectory(atPath: projections + "/" + instance) where f.hasPrefix("index.sqlite-") {
            try FileManager.default.removeItem(atPath: projections + "/" + instance + "/" + f)
        }
        var bytes = try #require(FileManager.default.contents(atPath: index))
        for i in stride(from: 0, to: min(bytes.count, 100), by: 1) { bytes[i] ^= 0x5A }  // the header: no longer a database
        try bytes.write(to: URL(fileURLWithPath: index))
        let after = try CLI.run(["articles", "--store", dir.path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        #expect(after.stderr.contains("rebuilding"), "\(after.stderr)")
        let searchAfter = try CLI.run(["search", "차단", "--store", dir.path])
        #expect(searchAfter.stdout == search.stdout, "\(searchAfter.stderr)")
    }

    @Test func aMissingCurrentExitsTwo() throws {
        let dir = try storeWithSamples()
        try FileManager.default.removeItem(atPath: dir.path + "/log/CURRENT")
        let r = try CLI.run(["log", "--store", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("CURRENT is missing"), "\(r.stderr)")
        #expect(!r.stderr.contains("create_if_missing"))
        let dry = try CLI.run(["repair", "--store", dir.path])
        #expect(dry.status == 2, "\(dry.stderr)")
        let repaired = try CLI.run(["repair", "--accept-loss", "--store", dir.path])
        #expect(repaired.status == 0, "\(repaired.stderr)")
        #expect(!repaired.stdout.contains("lost position"), "\(repaired.stdout)")
        let verify = try CLI.run(["verify", "--store", dir.path])
        #expect(verify.status == 0, "\(verify.stderr)")
        let lines = try String(contentsOfFile: samples, encoding: .utf8).split(separator: "\n").count
        #expect(verify.stdout.contains("ok: \(lines) records"), "\(verify.stdout)")
    }

    @Test func anInterchangeLineOverTheLimitIsRefused() throws {
        let dir = TempDir()
        #expect(try CLI.run(["init", "--store", dir.path + "/s"]).status == 0)
        let path = dir.path + "/long.jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<17 { handle.write(chunk) }
        try handle.close()
        let r = try CLI.run(["append", path, "--store", dir.path + "/s"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("long.jsonl:1: the line is longer than 16 MiB"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func lineEndingsAcrossReadsAreFound() throws {
        // Lines of every length around the reader's chunk size arrive whole and in order.
        let dir = TempDir()
        #expect(try CLI.run(["init", "--store", dir.path + "/s"]).status == 0)
        let lines = try String(contentsOfFile: samples, encoding: .utf8).split(separator: "\n")
        let padded = lines.enumerated().map { i, line in String(line) + String(repeating: " ", count: (i * 65_537) % 300_000) }
        let file = dir.file("padded.jsonl", padded.joined(separator: "\r\n") + "\r\n")
        let r = try CLI.run(["append", file, "--store", dir.path + "/s"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(lines.count) new events"), "\(r.stdout)")
    }
}

/// Every way a person may write a store URL: a password never appears in any message, and no
/// directory is ever named after one.
@Suite struct CredentialTests {
    static let secret = "S3cretPw"
    static let variants: [String] = [
        "Postgres://ingest:\(secret)@127.0.0.1:1/news",
        "POSTGRESQL://ingest:\(secret)@127.0.0.1:1/news",
        "postgres:/ingest:\(secret)@db/news",
        "postgres:ingest:\(secret)@db/news",
        " postgres://ingest:\(secret)@127.0.0.1:1/news",
        "postgres://ingest:\(secret)@127.0.0.1:1/news ",
        "postgres://ingest@127.0.0.1:1/news?password=\(secret)",
        "postgres://ingest@127.0.0.1:1/news?sslmode=require&password=\(secret)",
        "postgres://ingest:\(secret)@127.0.0.1:1/news?sslmode=bogus",
        "postgres://ingest:\(secret)@/news",
        "postgres://ingest:\(secret)@127.0.0.1:1/",
        "mysql://ingest:\(secret)@db/news",
        "http://ingest:\(secret)@db/news",
        "pg://ingest:\(secret)@db/news",
        "ingest:\(secret)@db/news",
        "ingest:\(secret)@db:5432/news",
        "//ingest:\(secret)@db/news",
    ]

    @Test(arguments: variants)
    func noMessageShowsThePasswordAndNoDirectoryIsCreated(url: String) throws {
        let cwd = TempDir()
        try FileManager.default.createDirectory(atPath: cwd.path, withIntermediateDirectories: true)
        for args in [["init"], ["ingest", "-"], ["stats"], ["log"], ["append", "-"]] {
            let p = Process()
            p.executableURL = CLI.executable("kgraph")
            p.arguments = args + ["--store", url, "--projections", cwd.path + "/p"]
            p.currentDirectoryURL = URL(fileURLWithPath: cwd.path)
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "KGRAPH_STORE")
            env.removeValue(forKey: "PGPASSWORD")
            env["PGCONNECT_TIMEOUT"] = "2"
            p.environment = env
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            p.standardInput = FileHandle.nullDevice
            try p.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 1, "\(args) \(url): \(stderr)")
            #expect(!stderr.contains(Self.secret) && !String(decoding: stdout, as: UTF8.self).contains(Self.secret),
                    "\(args) \(url): \(stderr)")
            #expect(stderr.split(separator: "\n").count == 1, "\(args) \(url): \(stderr)")
        }
        let made = try FileManager.default.subpathsOfDirectory(atPath: cwd.path).filter { $0.contains(Self.secret) || $0.contains("ingest") }
        #expect(made.isEmpty, "directories named after the URL: \(made)")
    }

    @Test func aDirectoryWithAColonOrAtSignIsStillADirectory() throws {
        let dir = TempDir()
        for name in ["news:2024", "team@news", "a b"] {
            let r = try CLI.run(["init", "--store", dir.path + "/" + name])
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
    }
}
