import Events
import Foundation
import TestSupport
import Testing

/// `kgraph reextract`, re-ingesting under another publication date, and the graph exports read
/// back by NetworkX and Python's csv module (Tools/check_exports.py).
@Suite struct ReextractExportTests {
    static let samples = CLI.packageRoot.appendingPathComponent("Samples/articles").path
    static let bundledLexicon = CLI.packageRoot.appendingPathComponent("Sources/Extraction/Lexicon").path

    /// Two articles written for this test, one file.
    static let fixture = """
        가온전자, 한빛연구원과 센서 협력
        가온전자는 지난 3일 한빛연구원과 차세대 센서 개발을 위한 업무협약을 체결했다고 밝혔다. 두 회사는 새 센서를 함께 만든다. 양사는 내년 상반기 시제품을 내놓을 계획이다.

        2024.06.10

        별빛캐피탈, 누리소프트에 투자
        별빛캐피탈은 지난 5일 누리소프트에 100억원을 투자했다고 밝혔다. 누리소프트는 이 돈으로 물류 로봇 소프트웨어 개발을 서두른다. 회사는 연말까지 인력을 두 배로 늘린다.

        2024.06.12

        """

    final class Store {
        let dir = TempDir()
        var path: String { dir.path + "/store" }
        func run(_ args: [String]) throws -> CLIResult { try CLI.run(args + ["--store", path]) }
        func ok(_ args: [String]) throws -> CLIResult {
            let r = try run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            return r
        }
        func json(_ args: [String]) throws -> JSON { try JSON.parse(try ok(args).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }
        var head: Int64 {
            get throws {
                guard case .int(let h)? = try json(["stats", "--json"])["head"] else { return -1 }
                return h
            }
        }
        /// The ids of the relation events that stand now, as `kgraph events` lists them.
        var eventIDs: Set<String> {
            get throws {
                guard case .array(let rows)? = try json(["events", "--format", "json"])["events"] else { return [] }
                return Set(rows.compactMap { if case .string(let id)? = $0["id"] { id } else { nil } })
            }
        }
        /// The graph as the CSV export writes it: nodes.csv and edges.csv, concatenated.
        func graphCSV() throws -> String {
            let out = dir.path + "/csv-\(UUID().uuidString)"
            _ = try ok(["export", "--format", "csv", "--output", out])
            return try String(contentsOfFile: out + "/nodes.csv", encoding: .utf8) + String(contentsOfFile: out + "/edges.csv", encoding: .utf8)
        }
    }

    /// A copy of the bundled lexicon in which 한빛연구원 is an alias of 한빛전자연구원: the partnership
    /// the bundled rules find gets another participant (a retraction and an addition).
    static func changedLexicon(in dir: TempDir) throws -> String {
        let folder = dir.path + "/lexicon"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: bundledLexicon) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(atPath: bundledLexicon + "/" + name, toPath: folder + "/" + name)
        }
        let path = folder + "/gazetteer.json"
        var gazetteer = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var organizations = try #require(gazetteer["organizations"] as? [[String: Any]])
        organizations.append(["name": "한빛전자연구원", "type": "agency", "aliases": ["한빛연구원"]])
        gazetteer["organizations"] = organizations
        try JSONSerialization.data(withJSONObject: gazetteer).write(to: URL(fileURLWithPath: path))
        return folder
    }

    @Test func reextractingWithTheSameRulesAppendsNothingAndLeavesHandWorkAlone() throws {
        let s = Store()
        _ = try s.ok(["ingest", Self.samples])
        // An extracted event retracted by hand, and an analyst's own event citing an ingested article.
        guard case .array(let cloud)? = try s.json(["events", "--format", "json", "--document", "search-cloud.txt"])["events"],
              case .string(let handRetracted)? = cloud.first?["id"] else {
            Issue.record("no events from search-cloud.txt")
            return
        }
        _ = try s.ok(["retract", handRetracted, "--reason", "checked with the company"])
        let line = #"{"kind":"partnership","date":"2024-06-05","participants":[{"role":"party","name":"KT"},{"role":"party","name":"한빛랩스"}],"source":{"document":"search-cloud.txt","article":0,"evidence":"분석가가 전화로 확인했다."},"producer":"analyst/1"}"#
        _ = try s.ok(["append", s.dir.file("hand.jsonl", line + "\n")])
        let before = try s.head
        let standing = try s.eventIDs

        let first = try s.ok(["reextract"])
        #expect(first.stdout.contains("0 retracted, 0 added"), "\(first.stdout)")
        #expect(first.stdout.contains("0 events appended"))
        #expect(try s.head == before)
        let second = try s.ok(["reextract", "--document", "search-cloud.txt"])
        #expect(second.stdout.contains("nothing appended"))
        #expect(second.stdout.contains("1 retracted by hand stay retracted"), "\(second.stdout)")
        #expect(try s.head == before)
        #expect(try s.eventIDs == standing)
        #expect(!standing.contains(handRetracted))

        // Under other rules the analyst's event still stands.
        let changed = try s.ok(["reextract", "--lexicon", try Self.changedLexicon(in: s.dir)])
        #expect(changed.status == 0)
        let hand = try s.json(["events", "--format", "json", "--org", "한빛랩스"])
        guard case .array(let rows)? = hand["events"] else {
            Issue.record("no events in \(hand)")
            return
        }
        #expect(rows.count == 1)
    }

    @Test func aChangedLexiconRetractsAndAddsUntilTheStoreEqualsACleanIngest() throws {
        let s = Store()
        let file = s.dir.file("sensors.txt", Self.fixture)
        let ingest = try s.ok(["ingest", file])
        #expect(ingest.stdout.contains("2 articles"), "\(ingest.stdout)")
        let bundledIDs = try s.eventIDs
        let bundledGraph = try s.graphCSV()
        #expect(bundledGraph.contains("한빛연구원"))
        let lexicon = try Self.changedLexicon(in: s.dir)

        // A dry run names what would change and appends nothing.
        let head = try s.head
        let dry = try s.ok(["reextract", "--dry-run", "--lexicon", lexicon])
        #expect(dry.stdout.contains("  retract ev-") && dry.stdout.contains("  add ev-"), "\(dry.stdout)")
        #expect(dry.stdout.contains("dry run, nothing appended"))
        #expect(try s.head == head)

        let run = try s.ok(["reextract", "--lexicon", lexicon])
        let changes = Self.changes(run.stdout)
        #expect(changes.retracted >= 1 && changes.added >= 1 && changes.restored == 0, "\(run.stdout)")
        #expect(try s.head == head + Int64(changes.retracted + changes.added))
        let retraction = try s.run(["log", "--kind", "retraction"])
        #expect(retraction.stdout.contains("withdraws"))
        let reasons = try s.run(["log", "--kind", "retraction", "--json"]).stdout
        #expect(reasons.contains("re-extracted by kgraph-rules "), "\(reasons)")
        let again = try s.ok(["reextract", "--lexicon", lexicon])
        #expect(again.stdout.contains("nothing appended"))
        #expect(try s.head == head + Int64(changes.retracted + changes.added))

        // The store now answers as a store that ingested the file under the new lexicon.
        let clean = Store()
        _ = try clean.ok(["ingest", file, "--lexicon", lexicon])
        #expect(try s.eventIDs == clean.eventIDs)
        #expect(try s.eventIDs != bundledIDs)
        let changedGraph = try s.graphCSV()
        #expect(changedGraph == (try clean.graphCSV()))
        #expect(changedGraph.contains("한빛전자연구원"))

        // Back to the bundled rules: the withdrawn event is restored, the other withdrawn.
        let back = try s.ok(["reextract"])
        let undone = Self.changes(back.stdout)
        #expect(undone.retracted == changes.added && undone.restored == changes.retracted && undone.added == 0, "\(back.stdout)")
        #expect(try s.eventIDs == bundledIDs)
        #expect(try s.graphCSV() == bundledGraph)
        // The log keeps the whole history, and every projection equals a replay of it.
        #expect(try s.head == head + Int64(2 * (changes.retracted + changes.added)))
        _ = try s.ok(["verify", "--replay-projections"])
    }

    /// The counts a reextract summary line gives: "…, R retracted, A added[, S restored], …".
    static func changes(_ output: String) -> (retracted: Int, added: Int, restored: Int) {
        func number(before word: String) -> Int {
            guard let r = output.range(of: #"\d+ "# + word, options: .regularExpression) else { return 0 }
            return Int(output[r].split(separator: " ")[0]) ?? 0
        }
        return (number(before: "retracted,"), number(before: "added"), number(before: "restored"))
    }

    /// An article that prints no date, so `--published` dates it (a printed date line would win).
    static let undated = """
        가온전자, 한빛연구원과 센서 협력
        가온전자는 지난 3일 한빛연구원과 차세대 센서 개발을 위한 업무협약을 체결했다고 밝혔다. 두 회사는 새 센서를 함께 만든다. 한편 별빛캐피탈은 지난 5일 누리소프트에 100억원을 투자했다고 밝혔다.

        """

    @Test func reingestingUnderAnotherPublicationDateReplacesTheArticlesEvents() throws {
        let s = Store()
        let file = s.dir.file("note.txt", Self.undated)
        _ = try s.ok(["ingest", file, "--published", "2024-06-10"])
        let june = try s.eventIDs
        #expect(june.count >= 2)
        let july = try s.ok(["ingest", file, "--published", "2024-07-15"])
        #expect(july.stdout.contains("replacing an earlier ingest: 1 older record and "), "\(july.stdout)")
        let events = try s.json(["events", "--format", "json"])
        guard case .array(let rows)? = events["events"] else {
            Issue.record("no events in \(events)")
            return
        }
        // One copy of each event, dated against the new publication date.
        #expect(rows.count == june.count)
        #expect(rows.contains { $0["date"] == .string("2024-07-03") } && rows.contains { $0["date"] == .string("2024-07-05") })
        #expect(!rows.contains { $0["date"] == .string("2024-06-03") || $0["date"] == .string("2024-06-05") })
        guard case .array(let articles)? = try s.json(["articles", "--json"])["articles"] else {
            Issue.record("no articles")
            return
        }
        #expect(articles.count == 1)
        #expect(articles.allSatisfy { $0["published"] == .string("2024-07-15") })
        // Ingesting again under the same date appends nothing.
        let same = try s.ok(["ingest", file, "--published", "2024-07-15"])
        #expect(same.stdout.contains("0 new events, \(june.count) already present") && !same.stdout.contains("replacing"), "\(same.stdout)")
        // The June events come back when the June date does.
        _ = try s.ok(["ingest", file, "--published", "2024-06-10"])
        #expect(try s.eventIDs == june)
        _ = try s.ok(["verify", "--replay-projections"])
    }

    @Test func aPrintedDateWinsOverPublishedSoReingestingChangesNothing() throws {
        let s = Store()
        let file = s.dir.file("page.txt", Self.fixture)
        _ = try s.ok(["ingest", file, "--published", "2024-06-01"])
        let before = try s.eventIDs
        let again = try s.ok(["ingest", file, "--published", "2024-07-15"])
        #expect(!again.stdout.contains("replacing"), "\(again.stdout)")
        #expect(try s.eventIDs == before)
    }

    @Test func anEventWhoseClaimKeepsItsIdFollowsTheNewRecordOfItsArticle() throws {
        let s = Store()
        // An absolute date: the event is the same claim under either publication date.
        let file = s.dir.file("fixed.txt", "가온전자, 한빛연구원과 협력\n가온전자는 2024년 6월 3일 한빛연구원과 차세대 센서 개발을 위한 업무협약을 체결했다고 밝혔다. 두 회사는 새 센서를 함께 만든다.\n")
        for date in ["2024-06-10", "2024-06-11", "2024-06-10"] {
            _ = try s.ok(["ingest", file, "--published", date])
            guard case .array(let articles)? = try s.json(["articles", "--json"])["articles"] else {
                Issue.record("no articles")
                return
            }
            #expect(articles.count == 1)
            #expect(articles.first?["published"] == .string(date))
            #expect(articles.first?["events"] == .int(1), "\(articles)")
            #expect(try s.eventIDs.count == 1)
        }
        #expect(try s.ok(["articles", "--without-events"]).stdout.contains("no article"))
        _ = try s.ok(["verify", "--replay-projections"])
    }

    @Test func anotherFileOfTheSameNameKeepsTheFirstFilesEvents() throws {
        let s = Store()
        let first = s.dir.file("news.txt", Self.fixture)
        _ = try s.ok(["ingest", first])
        let before = try s.eventIDs
        let otherDir = s.dir.path + "/other"
        try FileManager.default.createDirectory(atPath: otherDir, withIntermediateDirectories: true)
        let other = otherDir + "/news.txt"
        try Data("""
            누리소프트, 별빛랩스와 협약
            누리소프트는 지난 7일 별빛랩스와 물류 로봇 공동 개발을 위한 업무협약을 체결했다고 밝혔다. 두 회사는 시범 사업을 함께 한다.

            2024.08.09

            """.utf8).write(to: URL(fileURLWithPath: other))
        let r = try s.ok(["ingest", other])
        #expect(!r.stdout.contains("replacing"), "\(r.stdout)")
        #expect(try s.eventIDs.isSuperset(of: before))
    }

    /// Runs Tools/check_exports.py over the exports and `dump --json` of one store and window.
    static func checkExports(_ s: Store, _ filters: [String]) throws -> JSON {
        let out = s.dir.path + "/exports-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let dump = try s.ok(["dump", "--format", "json"] + filters)
        try Data(dump.stdout.utf8).write(to: URL(fileURLWithPath: out + "/dump.json"))
        _ = try s.ok(["export", "--format", "graphml", "--output", out + "/graph.graphml"] + filters)
        let gexf = try s.ok(["export", "--format", "gexf"] + filters)
        try Data(gexf.stdout.utf8).write(to: URL(fileURLWithPath: out + "/graph.gexf"))
        _ = try s.ok(["export", "--format", "csv", "--output", out + "/csv"] + filters)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", CLI.packageRoot.appendingPathComponent("Tools/check_exports.py").path, out + "/dump.json",
                       out + "/graph.graphml", out + "/graph.gexf", out + "/csv/nodes.csv", out + "/csv/edges.csv", out + "/csv/events.csv"]
        let stdout = Pipe(), stderr = Pipe()
        p.standardOutput = stdout
        p.standardError = stderr
        try p.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "check_exports.py: \(problems)")
        return try JSON.parse(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func count(_ j: JSON?) -> Int64 {
        if case .int(let n)? = j { return n }
        return -1
    }

    @Test func graphExportsReadBackWithNetworkXAndCSVAsTheDumpSays() throws {
        let s = Store()
        _ = try s.ok(["ingest", Self.samples])
        // Names that XML and CSV must escape: an ampersand, angle brackets, quotes, a comma.
        let line = #"{"kind":"investment","date":"2025-03-02","participants":[{"role":"investor","name":"R&D <랩스> \"큰\", 작은"},{"role":"target","name":"KT"}],"source":{"document":"hand.txt","article":0,"evidence":"손으로 적은 투자."},"producer":"analyst/1"}"#
        _ = try s.ok(["append", s.dir.file("hand.jsonl", line + "\n")])

        let whole = try Self.checkExports(s, [])
        guard case .array(let nodes)? = try s.json(["dump", "--format", "json"])["graph"]?["nodes"] else {
            Issue.record("no nodes in the dump")
            return
        }
        #expect(Self.count(whole["graphml"]?["nodes"]) == Int64(nodes.count))
        #expect(Self.count(whole["gexf"]?["nodes"]) == Int64(nodes.count))
        #expect(Self.count(whole["csv"]?["edges"]) == Self.count(whole["graphml"]?["edges"]))
        #expect(Self.count(whole["graphml"]?["edges"]) > 10)
        #expect(Self.count(whole["csv"]?["events"]) >= Self.count(whole["csv"]?["edges"]))

        // The same window and kinds as the query commands take.
        let window = try Self.checkExports(s, ["--from", "2025", "--kinds", "partnership,investment"])
        #expect(Self.count(window["graphml"]?["edges"]) > 0)
        #expect(Self.count(window["graphml"]?["edges"]) < Self.count(whole["graphml"]?["edges"]))

        let graphml = try s.ok(["export", "--format", "graphml"]).stdout
        #expect(graphml.contains("R&amp;D &lt;랩스&gt;"))
        #expect(graphml.hasPrefix("<?xml version=\"1.0\""))
    }

    @Test func exportRefusesOptionsThatDoNotFitTheFormat() throws {
        let s = Store()
        _ = try s.ok(["ingest", Self.samples])
        let csv = try s.run(["export", "--format", "csv"])
        #expect(csv.status == 1 && csv.stderr.contains("--output DIR"), "\(csv.stderr)")
        let limit = try s.run(["export", "--format", "graphml", "--limit", "3"])
        #expect(limit.status == 1 && limit.stderr.contains("--format jsonl"))
        let kinds = try s.run(["export", "--kinds", "ban"])
        #expect(kinds.status == 1 && kinds.stderr.contains("graph formats"))
        let retraction = try s.run(["export", "--format", "gexf", "--kind", "retraction"])
        #expect(retraction.status == 1)
        let logOrder = try s.run(["export", "--from", "2025"])
        #expect(logOrder.status == 1 && logOrder.stderr.contains("--from-position"))
        let missing = try s.run(["reextract", "--document", "nowhere.txt"])
        #expect(missing.status == 1 && missing.stderr.contains("kgraph articles"), "\(missing.stderr)")
    }
}
