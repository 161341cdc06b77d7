import EventLog
import Events
import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ProjectionCLITests {
    /// A store with `count` synthetic events, appended in-process, then closed.
    func bigStore(_ count: Int) throws -> TempDir {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        store.log.durability = .osBuffered
        var batch: [Event] = []
        for i in 0..<count {
            batch.append(Event(
                kind: i % 3 == 0 ? .investment : .partnership,
                occurredAt: PartialDate(year: 2015 + i % 10, month: 1 + i % 12, day: 1 + i % 28)!,
                source: Source(document: "doc\(i % 97).txt", article: i % 11, evidence: "회사\(i % 1000)와 기관\(i % 777)의 협력 \(i)"),
                participants: i % 3 == 0
                    ? [Participant(role: .investor, name: "회사\(i % 1000)"), Participant(role: .target, name: "기관\(i % 777)")]
                    : [Participant(role: .party, name: "회사\(i % 1000)"), Participant(role: .party, name: "기관\(i % 777)")]))
            if batch.count == 10_000 {
                try store.log.append(batch)
                batch.removeAll()
            }
        }
        try store.log.append(batch)
        return dir
    }

    /// Starts `kgraph arguments` and sends it SIGINT (Ctrl-C) 0.3 s later; returns the process and
    /// the pipe of its standard error.
    func interrupted(_ arguments: [String]) throws -> (Process, Pipe) {
        let child = Process()
        child.executableURL = CLI.executable("kgraph")
        child.arguments = arguments
        let err = Pipe()
        child.standardOutput = Pipe()
        child.standardError = err
        try child.run()
        Thread.sleep(forTimeInterval: 0.3)
        kill(child.processIdentifier, SIGINT)
        return (child, err)
    }

    func digests(_ store: String) throws -> [String: String] {
        let r = try CLI.run(["projections", "--json", "--store", store])
        var out: [String: String] = [:]
        for line in r.stdout.split(separator: "\n") {
            let json = try JSON.parse(String(line))
            if case .string(let name)? = json["name"], case .string(let digest)? = json["digest"] { out[name] = digest }
        }
        return out
    }

    /// Kill a replay at random moments; each rerun resumes from its checkpoint, and the result has
    /// the digest of a replay that was never interrupted.
    @Test func aKilledReplayResumesToTheSameDigest() throws {
        let dir = try bigStore(120_000)
        var kills = 0
        var generator = SystemRandomNumberGenerator()
        var finished = false
        // Eight runs killed at random moments (later ones allowed longer, so a slow machine still
        // gets past a commit), then one left to finish.
        for round in 0..<9 where !finished {
            let child = Process()
            child.executableURL = CLI.executable("kgraph")
            child.arguments = ["replay", "--projection", "org-graph", "--into", "crashy", "--commit-every", "5000", "--store", dir.path]
            child.standardOutput = Pipe()
            child.standardError = Pipe()
            try child.run()
            if round < 8 {
                let deadline = Date().addingTimeInterval(Double.random(in: 0.1...(0.5 + Double(round) * 0.5), using: &generator))
                while child.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
                if child.isRunning {
                    kill(child.processIdentifier, SIGKILL)
                    kills += 1
                }
            }
            child.waitUntilExit()
            finished = child.terminationReason == .exit && child.terminationStatus == 0
        }
        #expect(finished, "the replay finished after \(kills) kills")
        #expect(kills > 0, "at least one kill landed mid-replay")
        let clean = try CLI.run(["replay", "--projection", "org-graph", "--into", "clean", "--store", dir.path])
        #expect(clean.status == 0, "\(clean.stderr)")
        let d = try digests(dir.path)
        #expect(d["crashy"] != nil)
        #expect(d["crashy"] == d["clean"])
    }

    @Test func ctrlCStopsAReplayThatTheSameCommandResumes() throws {
        let dir = try bigStore(60_000)
        let (child, err) = try interrupted(["replay", "--projection", "timeline", "--into", "t2", "--store", dir.path])
        child.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if child.terminationStatus == 130 {
            #expect(message.contains("interrupted at position") && message.contains("run the same command again to resume"))
        } else {
            #expect(child.terminationStatus == 0, "\(message)")
        }
        let resumed = try CLI.run(["replay", "--projection", "timeline", "--into", "t2", "--store", dir.path])
        #expect(resumed.status == 0)
        let clean = try CLI.run(["replay", "--projection", "timeline", "--into", "t3", "--store", dir.path])
        #expect(clean.status == 0)
        let d = try digests(dir.path)
        #expect(d["t2"] == d["t3"])
    }

    /// Ctrl-C during a side-by-side catch-up (one shared reader of the log, a thread per fold)
    /// stops every fold with its work committed, and the process exits; the same command goes
    /// on, and the result equals replays of each projection alone.
    @Test func ctrlCStopsASideBySideCatchUpThatTheSameCommandFinishes() throws {
        let dir = try bigStore(60_000)
        let (child, err) = try interrupted(["projections", "catch-up", "org-graph", "aliases", "timeline", "--store", dir.path])
        let deadline = Date().addingTimeInterval(60)
        while child.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if child.isRunning {
            kill(child.processIdentifier, SIGKILL)
            Issue.record("the catch-up did not stop after Ctrl-C")
        }
        child.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if child.terminationStatus == 130 {
            #expect(message.contains("interrupted; what was folded is kept"), "\(message)")
        } else {
            #expect(child.terminationStatus == 0, "\(message)")
        }
        let resumed = try CLI.run(["projections", "catch-up", "org-graph", "aliases", "timeline", "--store", dir.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        for kind in ["org-graph", "aliases", "timeline"] {
            #expect(resumed.stdout.contains("\(kind): checkpoint 60000 of head 60000"), "\(resumed.stdout)")
            #expect(try CLI.run(["replay", "--projection", kind, "--into", "\(kind)-alone", "--store", dir.path]).status == 0)
        }
        let d = try digests(dir.path)
        for kind in ["org-graph", "aliases", "timeline"] {
            #expect(d[kind] != nil)
            #expect(d[kind] == d["\(kind)-alone"], "\(kind)")
        }
    }

    /// Projections are rebuilt from the log at will: with their whole directory removed, a
    /// catch-up builds them again, to the digests they had, instead of reporting a held lock.
    @Test func aRemovedProjectionsDirectoryIsRebuiltByCatchUp() throws {
        let dir = TempDir()
        let store = dir.path
        try CLI.run(["init", "--store", store])
        try CLI.run(["append", CLI.packageRoot.appendingPathComponent("Samples/events.jsonl").path, "--store", store])
        #expect(try CLI.run(["projections", "catch-up", "--store", store]).status == 0)
        let before = try digests(store)
        #expect(before.count == 4)
        try FileManager.default.removeItem(atPath: store + "/projections")
        let rebuilt = try CLI.run(["projections", "catch-up", "--store", store])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(!rebuilt.stderr.contains("in use"))
        #expect(try digests(store) == before)
    }

    @Test func retractAliasAndProjectionCommands() throws {
        let dir = TempDir()
        let store = dir.path
        try CLI.run(["init", "--store", store])
        try CLI.run(["append", CLI.packageRoot.appendingPathComponent("Samples/events.jsonl").path, "--store", store])
        let empty = try CLI.run(["projections", "--store", store])
        #expect(empty.stdout.contains("no projections built yet"))
        #expect(try CLI.run(["projections", "catch-up", "--store", store]).status == 0)
        let list = try CLI.run(["projections", "--json", "--store", store])
        let rows = try list.stdout.split(separator: "\n").map { try JSON.parse(String($0)) }
        #expect(rows.count == 4)
        for row in rows {
            #expect(row["live"] == .bool(true))
            #expect(row["lag"] == .int(0))
            for key in ["name", "version", "checkpoint", "head", "digest"] { #expect(row[key] != nil) }
        }
        // Retract the KT–Microsoft partnership; the projection lags, then catches up without it.
        let export = try CLI.run(["export", "--kind", "partnership", "--org", "KT", "--store", store])
        guard case .string(let id)? = try JSON.parse(String(export.stdout.split(separator: "\n")[0]))["id"] else {
            Issue.record("no id in \(export.stdout)")
            return
        }
        let retract = try CLI.run(["retract", id, "--reason", "기사 정정", "--store", store])
        #expect(retract.status == 0)
        #expect(retract.stdout.contains("retracted \(id)"))
        let lagging = try CLI.run(["projections", "--json", "--store", store])
        #expect(lagging.stdout.contains("\"lag\":1"))
        #expect(try CLI.run(["retract", "ev-nothing", "--reason", "x", "--store", store]).status == 1)
        let alias = try CLI.run(["alias", "케이티", "--is", "KT", "--store", store])
        #expect(alias.stdout.contains("케이티 now denotes KT"))
        let again = try CLI.run(["alias", "케이티", "--is", "KT", "--store", store])
        #expect(again.stdout.contains("nothing appended"))
        // Replays of the same log agree with the caught-up live projections.
        #expect(try CLI.run(["projections", "catch-up", "--store", store]).status == 0)
        for kind in ["org-graph", "timeline", "aliases"] {
            #expect(try CLI.run(["replay", "--projection", kind, "--into", "\(kind)-copy", "--store", store]).status == 0)
        }
        let d = try digests(store)
        for kind in ["org-graph", "timeline", "aliases"] { #expect(d[kind] == d["\(kind)-copy"], "\(kind)") }
        // Promote and drop.
        #expect(try CLI.run(["projections", "drop", "org-graph", "--store", store]).status == 1)
        #expect(try CLI.run(["projections", "promote", "org-graph-copy", "--store", store]).status == 0)
        #expect(try CLI.run(["projections", "drop", "org-graph", "--store", store]).status == 0)
        let bad = try CLI.run(["replay", "--projection", "org-graph", "--into", "x", "--until-date", "2024-13-01", "--store", store])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("not a real date"))
    }
}
