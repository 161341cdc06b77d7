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

    @Test func anIdReusedForAnotherClaimIsAnErrorNamingLineIdAndPosition() throws {
        let dir = TempDir()
        let store = dir.path + "/store"
        try CLI.run(["init", "--store", store])
        let partnership = #"{"id": "e-1", "kind": "partnership", "date": "2024-06-03", "participants": [{"role": "party", "name": "KT"}, {"role": "party", "name": "네이버"}], "source": {"document": "a.txt"}}"#
        let ban = #"{"id": "e-1", "kind": "ban", "date": "2024-06-03", "participants": [{"role": "imposer", "name": "KT"}, {"role": "target", "name": "네이버"}], "source": {"document": "a.txt"}}"#
        let other = #"{"id": "e-2", "kind": "partnership", "date": "2024-06-04", "participants": [{"role": "party", "name": "KT"}, {"role": "party", "name": "카카오"}], "source": {"document": "a.txt"}}"#
        let first = try CLI.run(["append", "-", "--store", store], stdin: Data((partnership + "\n").utf8))
        #expect(first.status == 0)
        let retry = try CLI.run(["append", "-", "--store", store], stdin: Data((partnership + "\n").utf8))
        #expect(retry.status == 0)
        #expect(retry.stdout.contains("0 new events, 1 already present"))
        let clash = try CLI.run(["append", "-", "--store", store], stdin: Data((other + "\n" + ban + "\n").utf8))
        #expect(clash.status == 1)
        #expect(clash.stderr.contains("<stdin>:2:"), "\(clash.stderr)")
        #expect(clash.stderr.contains("'e-1'") && clash.stderr.contains("position 1"), "\(clash.stderr)")
        #expect(clash.stderr.split(separator: "\n").count == 1)
        #expect(try head(store) == 1, "the whole batch failed, its valid line too")
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let dir = TempDir()
        let store = dir.path + "/store"
        try CLI.run(["init", "--store", store])
        func line(name: String = "KT", document: String = "a.txt", evidence: String = "KT와 네이버") -> String {
            #"{"kind": "partnership", "date": "2024-06-03", "participants": [{"role": "party", "name": "\#(name)"}, {"role": "party", "name": "네이버"}], "source": {"document": "\#(document)", "evidence": "\#(evidence)"}}"#
        }
        for (bad, field) in [(line(name: #"KT\u001b[2J"#), "participants[0].name"), (line(document: #"a\r\nkgraph: forged"#), "source.document")] {
            let r = try CLI.run(["append", "-", "--store", store], stdin: Data(bad.utf8))
            #expect(r.status == 1)
            #expect(r.stderr.contains("field `\(field)`") && r.stderr.contains("control character"), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1 && !r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0 == "\r" })
        }
        // Evidence may hold them; tables and log lines show them escaped.
        let stored = try CLI.run(["append", "-", "--store", store], stdin: Data(line(evidence: #"첫 줄\r\nKT  가짜 행 \u001b[31m빨강"#).utf8))
        #expect(stored.status == 0, "\(stored.stderr)")
        for args in [["who-partnered-with", "KT"], ["log"], ["timeline", "KT"]] {
            let r = try CLI.run(args + ["--store", store])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0 == "\r" }, "\(args): \(r.stdout)")
            #expect(!r.stdout.contains("\nKT  가짜 행"), "\(args): no forged row")
        }
        // Error messages quote input escaped and cut: one short line.
        let date = String(repeating: "2", count: 1_000_000)
        let long = try CLI.run(["append", "-", "--store", store],
                               stdin: Data(line().replacingOccurrences(of: "2024-06-03", with: date).utf8))
        #expect(long.status == 1)
        #expect(long.stderr.utf8.count < 400 && long.stderr.split(separator: "\n").count == 1, "\(long.stderr.prefix(600))")
        for args in [["who-partnered-with", "KT\nkgraph: error: forged"], ["who-partnered-with", "KT", "--as-of", "2024\r\n" + String(repeating: "9", count: 100_000)],
                     ["retract", "e\u{1B}[2J\nx", "--reason", "r"], ["alias", "케이\u{7}티", "--is", "KT"]] {
            let r = try CLI.run(args + ["--store", store])
            #expect(r.status == 1, "\(args.first!)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.utf8.count < 600, "\(r.stderr.prefix(700))")
            #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0 == "\r" || $0.value == 7 })
        }
    }

    @Test func ingestDropsControlCharactersFromTextAndNames() throws {
        let dir = TempDir()
        let page = dir.file("page.html", "<html><body><p>가온전자는&#27;[2J 한빛연구원과\u{7} 업무협약을 체결했다고 밝혔다.</p></body></html>\n")
        let r = try CLI.run(["ingest", page, "--published", "2024-06-10", "--store", dir.path + "/store"])
        #expect(r.status == 0, "\(r.stderr)")
        let export = try CLI.run(["export", "--format", "jsonl", "--store", dir.path + "/store"])
        #expect(export.stdout.contains("가온전자") && export.stdout.contains("partnership"), "\(export.stdout)")
        #expect(!export.stdout.contains("\\u001b") && !export.stdout.contains("\\u0007"), "\(export.stdout)")
        #expect(!export.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 7 })
        // The article's stored text keeps none either: `show` prints it, `search` finds it.
        for args in [["show", "page.html#0"], ["search", "업무협약"]] {
            let out = try CLI.run(args + ["--store", dir.path + "/store"])
            #expect(out.status == 0, "\(args): \(out.stderr)")
            #expect(out.stdout.contains("한빛연구원과 업무협약"), "\(args): \(out.stdout)")
            #expect(!out.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 7 }, "\(args): \(out.stdout)")
        }
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

    /// Help prose is written as paragraphs that the argument parser wraps to the terminal: a line
    /// broken by hand inside a paragraph comes out ragged (a short line, then the rest of its
    /// sentence). No command's overview and discussion holds one: no prose line is followed by
    /// another whose first word would have fitted after it.
    @Test func helpParagraphsAreWrappedOnce() throws {
        let top = try CLI.run(["--help"])
        let names = top.stdout.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }.compactMap { $0.split(separator: " ").first.map(String.init) } ?? []
        #expect(names.count > 20)
        for command in [[]] + names.map({ [$0] }) {
            let help = try CLI.run(command + ["--help"])
            let lines = (help.stdout.components(separatedBy: "USAGE:").first ?? "").components(separatedBy: "\n")
            for (a, b) in zip(lines, lines.dropFirst()) where !a.isEmpty && !b.isEmpty && !a.hasPrefix(" ") && !b.hasPrefix(" ") && !a.hasSuffix(":") {
                let word = b.split(separator: " ").first.map(String.init) ?? ""
                #expect(a.count + 1 + word.count > 76, "kgraph \(command.joined(separator: " ")) --help: '\(a)' / '\(b)'")
            }
        }
    }
}
