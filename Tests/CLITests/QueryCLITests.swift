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

    @Test func knownAtIgnoresLaterCorrectionsAndStaysWithinTheHead() throws {
        let dir = TempDir()
        let store = dir.path + "/store"
        try CLI.run(["init", "--store", store])
        let lines = [
            #"{"id": "e-1", "kind": "partnership", "date": "2024-06-03", "participants": [{"role": "party", "name": "KT"}, {"role": "party", "name": "네이버"}], "source": {"document": "a.txt"}}"#,
            #"{"id": "e-2", "kind": "partnership", "date": "2024-06-04", "participants": [{"role": "party", "name": "KT"}, {"role": "party", "name": "카카오"}], "source": {"document": "b.txt"}}"#,
            #"{"id": "e-3", "kind": "partnership", "date": "2024-06-05", "participants": [{"role": "party", "name": "한빛통신"}, {"role": "party", "name": "LG"}], "source": {"document": "c.txt"}}"#,
        ]
        #expect(try CLI.run(["append", "-", "--store", store], stdin: Data(lines.joined(separator: "\n").utf8)).status == 0)
        func partners(_ args: [String]) throws -> CLIResult { try CLI.run(["who-partnered-with", "KT"] + args + ["--store", store]) }
        let before = try partners(["--known-at", "3"])
        #expect(try CLI.run(["retract", "e-1", "--reason", "정정", "--store", store]).status == 0)
        // A name the gazetteer does not know: append keeps it its own organization until the alias.
        #expect(try CLI.run(["alias", "한빛통신", "--is", "KT", "--store", store]).status == 0)
        let at3 = try partners(["--known-at", "3"])
        #expect(at3.status == 0, "\(at3.stderr)")
        #expect(at3.stdout.contains("네이버") && at3.stdout.contains("카카오") && !at3.stdout.contains("LG"), "\(at3.stdout)")
        #expect(at3.stdout == before.stdout, "a past answer never changes")
        let now = try partners(["--known-at", "now"])
        #expect(!now.stdout.contains("네이버") && now.stdout.contains("카카오") && now.stdout.contains("LG"), "\(now.stdout)")
        #expect(now.stdout == (try partners([])).stdout)
        let atAsOf = try partners(["--known-at", "3", "--as-of", "2024-06-03"])
        #expect(atAsOf.stdout.contains("네이버") && !atAsOf.stdout.contains("카카오"), "the two axes combine: \(atAsOf.stdout)")

        let past = try CLI.run(["neighbors", "KT", "--known-at", "10", "--store", store])
        #expect(past.status == 1)
        #expect(past.stderr.contains("past the log head 5 (recorded 20"), "\(past.stderr)")
        #expect(past.stderr.split(separator: "\n").count == 1)
        let future = try partners(["--known-at", "2999-01-01"])
        #expect(future.status == 1)
        #expect(future.stderr.contains("after the last append, position 5"), "\(future.stderr)")
        // An instant names the position recorded by then: the first batch's time is position 3.
        let log = try CLI.run(["log", "--json", "--from-position", "3", "--limit", "1", "--store", store])
        guard case .string(let recorded)? = try JSON.parse(log.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["recordedAt"] else {
            Issue.record("no recordedAt in \(log.stdout)")
            return
        }
        let byTime = try partners(["--known-at", recorded])
        #expect(byTime.status == 0, "\(byTime.stderr)")
        #expect(byTime.stdout == at3.stdout, "the retraction came in a later command, so later than \(recorded)")
    }

    @Test func aPartialDateCoversItsWholePeriod() throws {
        let s = try SampleStore()
        let june = try CLI.run(["who-partnered-with", "KT", "--as-of", "2024-06", "--store", s.path])
        #expect(june.status == 0)
        #expect(june.stdout.contains("마이크로소프트"), "--as-of 2024-06 keeps the partnership of 3 June: \(june.stdout)")
        let may = try CLI.run(["who-partnered-with", "KT", "--as-of", "2024-05", "--store", s.path])
        #expect(!may.stdout.contains("마이크로소프트"))
        let to = try CLI.run(["who-partnered-with", "KT", "--from", "2024-06", "--to", "2024-06", "--store", s.path])
        #expect(to.stdout.contains("마이크로소프트"))
        let help = try CLI.run(["who-partnered-with", "--help"])
        #expect(help.stdout.contains("counts to its last day"))
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

    @Test func picturesDrawOccurrencesWithTitleAndWindow() throws {
        let s = try SampleStore()
        let dot = try CLI.run(["timeline", "KT", "--depth", "1", "--format", "dot", "--as-of", "2025-12-31", "--store", s.path])
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdout.contains("KT ↔ 마이크로소프트"), "boxes say who took part")
        #expect(dot.stdout.contains("KT → KT클라우드") && dot.stdout.contains("5000억원"), "…and the amount")
        #expect(dot.stdout.contains("KT timeline (depth 1)") && dot.stdout.contains("as of 2025-12-31"), "title and window")
        #expect(!dot.stdout.contains("sample-ai-cloud.txt#0\""), "no file name stands in for a box's label")
        let around = try CLI.run(["dump", "--org", "딥시크", "--depth", "1", "--format", "dot", "--store", s.path])
        #expect(around.status == 0, "\(around.stderr)")
        #expect(around.stdout.contains("around 딥시크 (depth 1)") && around.stdout.contains("→ 딥시크"))
    }

    @Test func viewWritesOneSelfContainedPage() throws {
        let s = try SampleStore()
        let page = s.dir.path + "/kt.html"
        let r = try CLI.run(["view", "KT", "--depth", "2", "--output", page, "--store", s.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("wrote \(page) ("))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("마이크로소프트") && html.contains("id=\"kgraph-data\""))
        #expect(!html.contains("<script src") && !html.contains("{{"))
        let json = try CLI.run(["view", "KT", "--json", "--store", s.path])
        #expect(json.status == 0)
        #expect(json.stdout.hasPrefix("{\"query\":\"view\""), "\(json.stdout.prefix(80))")
        let missing = try CLI.run(["view", "KT", "--store", s.path])
        #expect(missing.status == 1 && missing.stderr.contains("--output FILE.html"), "\(missing.stderr)")
        let unknown = try CLI.run(["view", "Nobody Inc", "--output", page, "--store", s.path])
        #expect(unknown.status == 1)
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
