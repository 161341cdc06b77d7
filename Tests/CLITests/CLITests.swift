import Events
import Foundation
import TestSupport
import Testing

@Suite struct CLITests {
    let samples = CLI.packageRoot.appendingPathComponent("Samples/events.jsonl").path

    /// A store holding the samples; it lives as long as the returned directory.
    final class SampleStore {
        let dir = TempDir()
        var store: String { dir.path + "/store" }
    }

    func storeWithSamples() throws -> SampleStore {
        let s = SampleStore()
        #expect(try CLI.run(["init", "--store", s.store]).status == 0)
        let r = try CLI.run(["append", samples, "--store", s.store])
        #expect(r.status == 0, "\(r.stderr)")
        return s
    }

    func head(_ store: String) throws -> Int64? {
        let r = try CLI.run(["stats", "--json", "--store", store])
        guard case .int(let h)? = try JSON.parse(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["head"] else { return nil }
        return h
    }

    @Test func initAppendLogStatsVerify() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let lines = try String(contentsOfFile: samples, encoding: .utf8).split(separator: "\n").count
        #expect(try head(store) == Int64(lines))
        let log = try CLI.run(["log", "--store", store, "--kind", "partnership"])
        #expect(log.status == 0)
        #expect(log.stdout.contains("KT ↔ 마이크로소프트"))
        #expect(!log.stdout.contains("investment"))
        let verify = try CLI.run(["verify", "--store", store])
        #expect(verify.status == 0)
        #expect(verify.stdout.hasPrefix("ok: \(lines) records"))
    }

    @Test func storeComesFromTheEnvironmentWhenNotGiven() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let r = try CLI.run(["stats"], env: ["KGRAPH_STORE": store])
        #expect(r.status == 0)
        #expect(r.stdout.contains(store))
    }

    @Test func reAppendingReportsAndAddsNothing() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let before = try head(store)
        let r = try CLI.run(["append", samples, "--store", store])
        #expect(r.status == 0)
        #expect(r.stdout.contains("0 new events, \(before!) already present"))
        #expect(try head(store) == before)
    }

    @Test func exportAppendsIntoAnotherStoreWithTheSameIds() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let (dir, store) = (fixture.dir, fixture.store)
        let export = try CLI.run(["export", "--format", "jsonl", "--store", store])
        #expect(export.status == 0)
        let copy = dir.path + "/copy"
        try CLI.run(["init", "--store", copy])
        let appended = try CLI.run(["append", "-", "--store", copy], stdin: Data(export.stdout.utf8))
        #expect(appended.status == 0, "\(appended.stderr)")
        let again = try CLI.run(["export", "--format", "jsonl", "--store", copy])
        func ids(_ s: String) throws -> [String] {
            try s.split(separator: "\n").map { line -> String in
                guard case .string(let id)? = try JSON.parse(String(line))["id"] else { return "" }
                return id
            }
        }
        #expect(try ids(again.stdout) == ids(export.stdout))
    }

    @Test(arguments: [
        ("{\"kind\":\"merger\",\"date\":\"2024\",\"participants\":[],\"source\":{\"document\":\"a\"}}", "field `kind`"),
        ("{\"kind\":\"ban\",\"date\":\"2024-02-30\",\"participants\":[{\"role\":\"imposer\",\"name\":\"EU\"}],\"source\":{\"document\":\"a\"}}", "field `date`"),
        ("{\"kind\":\"ban\",\"date\":\"2024\",\"participants\":[{\"name\":\"EU\"}],\"source\":{\"document\":\"a\"}}", "field `participants[0].role`"),
        ("{\"kind\":\"ban\",\"date\":\"2024\",", "invalid JSON"),
        ("{\"kind\":\"ban\",\"date\":\"2024\",\"participants\":[{\"role\":\"imposer\",\"name\":\"\(String(repeating: "x", count: 300))\"}],\"source\":{\"document\":\"a\"}}", "at most 200"),
    ])
    func aBadLineFailsTheWholeFileNamingLineAndField(bad: String, expected: String) throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let (dir, store) = (fixture.dir, fixture.store)
        let before = try head(store)
        let good = #"{"kind":"announcement","date":"2025-05-01","participants":[{"role":"actor","name":"카카오"}],"source":{"document":"new.txt"}}"#
        let file = dir.file("batch.jsonl", good + "\n" + bad + "\n" + good.replacingOccurrences(of: "카카오", with: "네이버") + "\n")
        let r = try CLI.run(["append", file, "--store", store])
        #expect(r.status == 1)
        #expect(r.stderr.contains("batch.jsonl:2: "), "\(r.stderr)")
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(r.stderr.contains("--skip-invalid"))
        #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)")
        #expect(try head(store) == before, "nothing of the file is appended")
    }

    @Test func skipInvalidAppendsTheGoodLines() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let (dir, store) = (fixture.dir, fixture.store)
        let before = try head(store)!
        let good = #"{"kind":"announcement","date":"2025-05-01","participants":[{"role":"actor","name":"카카오"}],"source":{"document":"new.txt"}}"#
        let file = dir.file("mixed.jsonl", good + "\nnot json\n\n" + #"{"kind":"ban"}"# + "\n")
        let r = try CLI.run(["append", "--skip-invalid", file, "--store", store])
        #expect(r.status == 0)
        #expect(r.stdout.contains("1 new events, 0 already present, 2 invalid lines skipped"))
        #expect(r.stderr.contains("mixed.jsonl:2:") && r.stderr.contains("mixed.jsonl:4:"))
        #expect(try head(store) == before + 1)
    }

    @Test func invalidUTF8IsNamedByLine() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let (dir, store) = (fixture.dir, fixture.store)
        let path = dir.path + "/latin1.jsonl"
        var bytes = Array(#"{"kind":"announcement","date":"2025","participants":[{"role":"actor","name":"caf"#.utf8)
        bytes += [0xE9] + Array(#""}],"source":{"document":"x"}}"#.utf8) + [0x0A]
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let r = try CLI.run(["append", path, "--store", store])
        #expect(r.status == 1)
        #expect(r.stderr.contains("latin1.jsonl:1: the line is not valid UTF-8"))
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let (dir, store) = (fixture.dir, fixture.store)
        let before = try head(store)!
        let good = dir.file("good.jsonl", #"{"kind":"announcement","date":"2025","participants":[{"role":"actor","name":"카카오"}],"source":{"document":"g"}}"#)
        let bad = dir.file("bad.jsonl", "{}")
        let r = try CLI.run(["append", bad, dir.path + "/missing.jsonl", good, "--store", store])
        #expect(r.status == 1)
        #expect(r.stdout.contains("good.jsonl: 1 new events"))
        #expect(r.stderr.contains("bad.jsonl:1:"))
        #expect(r.stderr.contains("missing.jsonl: no such file"))
        #expect(r.stderr.contains("2 of 3 files were not appended"))
        #expect(try head(store) == before + 1)
    }

    @Test func expectedHeadMismatchIsAUserError() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let r = try CLI.run(["append", samples, "--expected-head", "1", "--store", store])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not the expected 1"))
    }

    @Test func aPathThatIsNotAStoreIsNeverMadeOne() throws {
        let dir = TempDir()
        let path = dir.path + "/nothing-here"
        for args in [["log"], ["stats"], ["verify"], ["append", samples], ["export"]] {
            let r = try CLI.run(args + ["--store", path])
            #expect(r.status == 1)
            #expect(r.stderr.contains("kgraph init --store \(path)"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func emptyStoreSaysSo() throws {
        let dir = TempDir()
        try CLI.run(["init", "--store", dir.path])
        let r = try CLI.run(["log", "--store", dir.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("the log is empty"))
    }

    @Test func newerStoreFormatIsRefused() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        try Data("{\"format\": 2}".utf8).write(to: URL(fileURLWithPath: store + "/kgraph.json"))
        let r = try CLI.run(["log", "--store", store])
        #expect(r.status == 1)
        #expect(r.stderr.contains("store format 2 is newer than this kgraph supports"))
    }

    @Test func badOptionsAreUserErrors() throws {
        let fixture = try storeWithSamples()
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let r = try CLI.run(["log", "--kind", "merger", "--store", store])
        #expect(r.status == 1)
        #expect(r.stderr.contains("unknown kind 'merger'"))
        let h = try CLI.run(["append", "--help"])
        #expect(h.status == 0)
        #expect(h.stdout.contains("Example:"))
    }
}
