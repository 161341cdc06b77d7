import Events
import Foundation
import TestSupport
import Testing

@Suite struct QueryCLITests {
    final class SampleStore {
        let dir = TempDir()
        var path: String { dir.path + "/store" }
        init() throws {
            try CLI.run(["init", "--store", path])
            try CLI.run(["append", CLI.packageRoot.appendingPathComponent("Samples/events.jsonl").path, "--store", path])
        }
    }

    @Test func whoPartneredWithAnswersWithDateAndEvidence() throws {
        let s = try SampleStore()
        for name in ["KT", "kt", "케이티"] {
            let r = try CLI.run(["who-partnered-with", name, "--store", s.path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("마이크로소프트") && r.stdout.contains("2024-06-03") && r.stdout.contains("sample-ai-cloud.txt#0"))
        }
        let before = try CLI.run(["who-partnered-with", "KT", "--as-of", "2024-06-02", "--store", s.path])
        #expect(before.status == 0)
        #expect(!before.stdout.contains("마이크로소프트"))
        let json = try CLI.run(["who-partnered-with", "MS", "--json", "--store", s.path])
        let answer = try JSON.parse(json.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        guard case .array(let results)? = answer["results"], case .object? = results.first else {
            Issue.record("no results in \(json.stdout)")
            return
        }
        #expect(results.first?["org"]?["name"] == .string("KT"))
    }

    @Test func namesThatMatchNothingSuggestTheNearest() throws {
        let s = try SampleStore()
        let r = try CLI.run(["who-partnered-with", "마이크로소프", "--store", s.path])
        #expect(r.status == 1)
        #expect(r.stderr == "kgraph: error: no organization named '마이크로소프' in the store; did you mean '마이크로소프트'?\n")
    }

    @Test func malformedTimesAreOneLineErrors() throws {
        let s = try SampleStore()
        for (args, message) in [
            (["--as-of", "2024-13-01"], "--as-of '2024-13-01' is not a real date"),
            (["--from", "2025", "--to", "2024"], "--from 2025 is after --to 2024"),
            (["--known-at", "yesterday"], "--known-at 'yesterday' is neither a log position nor a date"),
        ] {
            let r = try CLI.run(["who-partnered-with", "KT"] + args + ["--store", s.path])
            #expect(r.status == 1)
            #expect(r.stderr.hasPrefix("kgraph: error: \(message)"), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func missingAndEmptyStoresSaySo() throws {
        let dir = TempDir()
        let missing = try CLI.run(["who-partnered-with", "KT", "--store", dir.path + "/none"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("kgraph init --store"))
        try CLI.run(["init", "--store", dir.path + "/empty"])
        let empty = try CLI.run(["timeline", "--store", dir.path + "/empty"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("is empty; add events with `kgraph ingest FILE`"))
    }

    @Test func everyQueryCommandAnswers() throws {
        let s = try SampleStore()
        let cases: [([String], String)] = [
            (["investors-in", "KT클라우드"], "KT"),
            (["investments-by", "KT"], "5000억원"),
            (["bans-by", "개인정보위"], "딥시크"),
            (["bans-on", "DeepSeek"], "개인정보보호위원회"),
            (["announcements-by", "네이버클라우드"], "2024-09-25"),
            (["neighbors", "오픈AI", "--depth", "2"], "소프트뱅크"),
            (["path", "소프트뱅크", "오라클"], "partnership, 2025-01"),
            (["timeline", "KT", "--depth", "1"], "2024-06"),
            (["org", "케이티"], "aliases     케이티"),
        ]
        for (args, expected) in cases {
            let r = try CLI.run(args + ["--store", s.path])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.contains(expected), "\(args): \(r.stdout)")
        }
    }

    @Test func picturesRenderWithGraphviz() throws {
        let s = try SampleStore()
        let svg = s.dir.path + "/t.svg"
        let r = try CLI.run(["timeline", "KT", "--depth", "1", "--render", "svg", svg, "--store", s.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "no Graphviz warning: \(r.stderr)")
        let picture = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(picture.contains("<svg") && picture.contains("마이크로소프트"))
        let dot = try CLI.run(["dump", "--format", "dot", "--store", s.path])
        #expect(dot.stdout.hasPrefix("digraph kgraph {"))
        let bad = try CLI.run(["dump", "--render", "gif", "x.gif", "--store", s.path])
        #expect(bad.status == 1)
    }
}

@Suite struct SeedQueryTests {
    /// On the real seed page about KT and Microsoft (which prints no date of its own, so the user
    /// gives it), the partnership is found with its June 2024 date and cited; before it, it is not.
    @Test func ktPartneredWithMicrosoftInJune2024() throws {
        let seed = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds/001_96cb6cfe1ca4b62a.txt").path
        guard FileManager.default.fileExists(atPath: seed) else { return }
        let dir = TempDir()
        let ingest = try CLI.run(["ingest", seed, "--published", "2024-06-10", "--store", dir.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let r = try CLI.run(["who-partnered-with", "KT", "--store", dir.path])
        #expect(r.status == 0)
        let row = r.stdout.split(separator: "\n").first { $0.hasPrefix("마이크로소프트") }
        #expect(row?.contains("2024-06-03") == true, "\(r.stdout)")
        #expect(row?.contains("001_96cb6cfe1ca4b62a.txt#0") == true)
        let before = try CLI.run(["who-partnered-with", "KT", "--as-of", "2024-06-02", "--store", dir.path])
        #expect(before.status == 0)
        #expect(!before.stdout.contains("마이크로소프트"))
        let json = try CLI.run(["who-partnered-with", "Microsoft", "--json", "--store", dir.path])
        #expect(json.stdout.contains("\"first\":\"2024-06-03\""))
    }
}
