import Foundation
import TestSupport
import Testing

/// `kgraph ingest` end to end: the binary, a throwaway store, real files.
@Suite struct IngestTests {
    static let samples = CLI.packageRoot.appendingPathComponent("Samples/articles").path

    @Test func ingestingTwiceAppendsNothingNew() throws {
        let dir = TempDir()
        let store = dir.path + "/store"
        let first = try CLI.run(["ingest", IngestTests.samples, "--store", store])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("created a kgraph store"))
        let total = try #require(first.stdout.split(separator: "\n").last { $0.hasPrefix("total:") })
        let appended = try #require(Int(total.split(separator: ",").first { $0.contains("new event") }!.split(separator: " ").first!))
        #expect(appended > 0)

        let second = try CLI.run(["ingest", IngestTests.samples, "--store", store])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stdout.contains("created"))
        #expect(second.stdout.contains("total:"))
        #expect(second.stdout.contains("0 new events, \(appended) already present"))

        let export = try CLI.run(["export", "--format", "jsonl", "--store", store])
        // Every article also has its `article` record; the events are the rest.
        #expect(export.stdout.split(separator: "\n").filter { !$0.contains(#""kind":"article""#) }.count == appended)
    }

    @Test func perFileSummaryNamesKindsAndWarnings() throws {
        let dir = TempDir()
        let file = dir.file("undated.txt", "가온전자는 한빛연구원과 업무협약을 체결했다고 밝혔다. 가온전자는 새 센서를 출시했다.\n")
        let r = try CLI.run(["ingest", file, "--store", dir.path + "/store"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("undated.txt: 1 article, 2 events (partnership 1, announcement 1), 2 new events, 0 already present, 1 warning"))
        #expect(r.stderr.contains("warning: undated.txt: article 0 has no publication date"))
        let export = try CLI.run(["export", "--format", "jsonl", "--store", dir.path + "/store"])
        #expect(export.stdout.contains("\"date\":null"))
    }

    @Test func publishedOverridesAndResolvesRelativeDates() throws {
        let dir = TempDir()
        let file = dir.file("a.txt", "가온전자는 지난 3일 한빛연구원과 업무협약을 체결했다.\n")
        let r = try CLI.run(["ingest", file, "--published", "2024-06-10", "--store", dir.path + "/store"])
        #expect(r.status == 0)
        #expect(!r.stderr.contains("warning"))
        let export = try CLI.run(["export", "--format", "jsonl", "--store", dir.path + "/store"])
        #expect(export.stdout.contains("\"date\":\"2024-06-03\""))
        let bad = try CLI.run(["ingest", file, "--published", "June 10", "--store", dir.path + "/store"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("YYYY-MM-DD"))
    }

    @Test func dryRunExplainsAndAppendsNothing() throws {
        let dir = TempDir()
        let store = dir.path + "/store"
        let r = try CLI.run(["ingest", IngestTests.samples + "/single-ban.txt", "--dry-run", "--explain", "--store", store])
        #expect(r.status == 0)
        #expect(r.stdout.contains("evidence:"))
        #expect(r.stdout.contains("rule:"))
        #expect(r.stdout.contains("ban"))
        #expect(r.stdout.contains("dry run, nothing appended"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func standardInputAndHTML() throws {
        let dir = TempDir()
        let html = try String(contentsOfFile: IngestTests.samples + "/single-investment.html", encoding: .utf8)
        let r = try CLI.run(["ingest", "-", "--store", dir.path + "/store"], stdin: Data(html.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("<stdin>: 1 article"))
        let export = try CLI.run(["export", "--format", "jsonl", "--store", dir.path + "/store"])
        #expect(export.stdout.contains("\"kind\":\"investment\""))
        #expect(!export.stdout.contains("<p>"))
    }

    @Test func badFilesAreReportedAndTheRestIngested() throws {
        let dir = TempDir()
        let inputs = dir.path + "/in"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: inputs + "/a-good.txt", contents: Data("가온전자는 한빛연구원과 업무협약을 체결했다.\n2025.03.04\n".utf8))
        FileManager.default.createFile(atPath: inputs + "/b-binary.bin", contents: Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0xFF]))
        FileManager.default.createFile(atPath: inputs + "/c-latin1.txt", contents: Data([0x4B, 0x54, 0x20, 0xB0, 0xA1, 0x0A]))
        FileManager.default.createFile(atPath: inputs + "/d-empty.txt", contents: Data())
        let store = dir.path + "/store"
        let r = try CLI.run(["ingest", inputs, "--store", store])
        #expect(r.status == 1)
        #expect(r.stdout.contains("a-good.txt: 1 article, 1 event (partnership 1), 1 new event"))
        #expect(r.stderr.contains("b-binary.bin: looks like a binary file"))
        #expect(r.stderr.contains("c-latin1.txt: line 1 is not valid UTF-8"))
        #expect(r.stderr.contains("d-empty.txt: the file is empty"))
        #expect(r.stderr.contains("3 of 4 files were not ingested"))
        let export = try CLI.run(["export", "--format", "jsonl", "--store", store])
        #expect(export.stdout.split(separator: "\n").filter { !$0.contains(#""kind":"article""#) }.count == 1)
    }

    @Test func invalidUTF8LateInAFileWritesNothingOfIt() throws {
        let dir = TempDir()
        var bytes = Data("가온전자는 한빛연구원과 업무협약을 체결했다.\n2025.03.04\n".utf8)
        bytes.append(contentsOf: [0xC3, 0x28, 0x0A])
        let path = dir.path + "/late.txt"
        try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: bytes)
        let r = try CLI.run(["ingest", path, "--store", dir.path + "/store"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("line 3 is not valid UTF-8"))
        let export = try CLI.run(["export", "--format", "jsonl", "--store", dir.path + "/store"])
        #expect(export.stdout.isEmpty)
    }

    @Test func aFolderWithoutTheDictionaryNamesTheFix() throws {
        let dir = TempDir()
        let file = dir.file("a.txt", "가온전자는 한빛연구원과 업무협약을 체결했다.\n")
        let r = try CLI.run(["ingest", file, "--dry-run", "--mecab-dic", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("holds no mecab-ko-dic dictionary"))
        #expect(r.stderr.contains("--mecab-dic"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func missingPathNamesTheFix() throws {
        let r = try CLI.run(["ingest", "/nonexistent/kgraph-news", "--dry-run"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no such file or directory"))
    }

    /// The acceptance bar on the seed corpus, scored by ../shared/gold/score.py.
    @Test func seedsMeetTheBar() throws {
        let shared = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let seeds = shared.appendingPathComponent("corpus/seeds").path
        let gold = shared.appendingPathComponent("gold/seeds.gold.jsonl").path
        let scorer = shared.appendingPathComponent("gold/score.py").path
        guard FileManager.default.fileExists(atPath: seeds), FileManager.default.fileExists(atPath: scorer) else { return }
        let dir = TempDir()
        let store = dir.path + "/store"
        let ingest = try CLI.run(["ingest", seeds, "--store", store])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let export = try CLI.run(["export", "--format", "jsonl", "--store", store])
        let exportPath = dir.file("export.jsonl", export.stdout)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", scorer, gold, exportPath, "--json"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let overall = try #require(report["overall"] as? [String: Any])
        let perKind = try #require(report["per_kind"] as? [String: [String: Any]])
        let macro = try #require(overall["macro_f1"] as? Double)
        #expect(macro >= 0.80, "macro F1 \(macro)")
        for (kind, figures) in perKind {
            let goldTriples = (figures["tp"] as? Int ?? 0) + (figures["fn"] as? Int ?? 0)
            guard goldTriples > 0 else { continue }
            let f1 = figures["f1"] as? Double ?? 0
            #expect(f1 >= 0.6, "\(kind) F1 \(f1)")
        }
        let dateAccuracy = try #require(overall["date_accuracy"] as? Double)
        #expect(dateAccuracy >= 0.8, "date accuracy \(dateAccuracy)")
    }

    @Test func aFileWithoutLineBreaksIsReadInBoundedPieces() throws {
        let dir = TempDir()
        // 2.2 MB of text on one line: read in pieces of at most 1 MiB, cut between characters;
        // an article longer than the segmenter's bound is cut too.
        let sentence = "가온전자는 한빛연구원과 업무협약을 체결했다. 두 회사는 새 센서를 함께 만든다. "
        let text = String(repeating: sentence, count: 2_200_000 / sentence.utf8.count)
        let file = dir.file("one-line.txt", text)
        let r = try CLI.run(["ingest", file, "--published", "2025-03-04", "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("one-line.txt:") })
        let articles = Int(summary.split(separator: " ")[1]) ?? 0
        #expect(articles >= 2)
        #expect(summary.contains("\(articles) events (partnership \(articles))"))
    }
}
