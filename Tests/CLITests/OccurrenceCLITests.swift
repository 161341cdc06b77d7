import Events
import Foundation
import TestSupport
import Testing

/// Occurrences end to end, on articles written here: one deal told by five outlets with a day of
/// jitter, a second deal of the same pair in the same year, a wire copy saved three times, a
/// front matter and an HTML page's metadata; answers, `show` and `timeline` list occurrences
/// with their sources, outlets, headlines and URLs.
@Suite struct OccurrenceCLITests {
    /// Five outlets tell KT's June 2024 agreement with Microsoft; one tells its September deal;
    /// one wire story about LG CNS is saved in three files.
    static let articles: [(String, String)] = [
        ("kt-ms-1.txt", """
            KT, 마이크로소프트와 클라우드 협력
            입력 2024.06.03 10:00
            [한빛일보 김철수 기자] KT는 3일 마이크로소프트와 클라우드 사업 협력을 위한 업무협약을 체결했다고 밝혔다.
            두 회사는 국내 기업을 위한 인공지능 서비스를 함께 만들 계획이다.
            """),
        ("kt-ms-2.txt", """
            KT·MS 인공지능 클라우드 맞손
            입력 2024.06.03 15:20
            (서울=가상뉴스) 박영희 기자 = KT가 마이크로소프트와 인공지능 클라우드 협력을 위한 업무협약을 체결했다.
            협약에 따라 두 회사는 공공 부문 시장을 함께 공략한다.
            """),
        ("kt-ms-3.txt", """
            KT, MS와 업무협약…AI 전환 속도
            입력 2024.06.04 08:00
            가온경제 = 이민수 기자
            KT는 전날 마이크로소프트와 인공지능 전환 사업을 위한 업무협약을 체결했다고 밝혔다.
            업계는 이번 협약이 국내 클라우드 시장에 영향을 줄 것으로 본다.
            """),
        ("kt-ms-4.txt", """
            KT, 마이크로소프트와 손잡고 클라우드 키운다
            입력 2024.06.04 11:00
            KT가 마이크로소프트와 클라우드 사업 협력을 위한 업무협약을 체결했다.
            두 회사는 데이터센터 운영 경험을 나누기로 했다.
            ⓒ 누리일보, 무단 전재 및 재배포 금지
            """),
        ("kt-ms-5.html", """
            <html><head>
            <meta property="og:site_name" content="테크온">
            <meta property="og:url" content="https://techon.example/news/77?ref=og">
            <link rel="canonical" href="https://techon.example/news/77">
            <meta property="article:published_time" content="2024-06-03T18:00:00+09:00">
            </head><body>
            <h1>KT와 마이크로소프트, 클라우드 협력 업무협약</h1>
            <p>KT는 3일 마이크로소프트와 클라우드 사업 협력을 위한 업무협약을 체결했다고 밝혔다.</p>
            <p>두 회사는 국내 기업 고객을 위한 서비스를 함께 선보일 예정이다.</p>
            </body></html>
            """),
        ("kt-ms-sept.txt", """
            ---
            published: 2024-09-27
            publisher: 한빛일보
            url: https://hanbit.example/2024/09/27/kt-ms
            title: KT, 마이크로소프트와 전략적 파트너십
            ---
            KT, 마이크로소프트와 전략적 파트너십
            KT는 27일 마이크로소프트와 인공지능 전환 사업을 위한 전략적 파트너십을 맺었다고 밝혔다.
            두 회사는 앞으로 5년 동안 함께 사업을 키운다.
            """),
    ]

    static let wire = """
        LG CNS, 아마존웹서비스와 업무협약
        입력 2024.07.05 09:00
        (서울=가상뉴스) 최가온 기자 = LG CNS는 5일 아마존웹서비스와 클라우드 전환 사업을 위한 업무협약을 체결했다고 밝혔다.
        두 회사는 금융 고객을 위한 서비스를 함께 만든다.
        """

    final class World {
        let dir = TempDir()
        var store: String { dir.path + "/store" }
        let ingest: CLIResult
        init() throws {
            _ = dir.file(".keep", "")
            try FileManager.default.createDirectory(atPath: dir.path + "/in", withIntermediateDirectories: true)
            for (name, text) in OccurrenceCLITests.articles { _ = dir.file("in/" + name, text) }
            for n in 1...3 { _ = dir.file("in/wire-\(n).txt", OccurrenceCLITests.wire) }
            ingest = try CLI.run(["ingest", dir.path + "/in", "--store", dir.path + "/store"])
        }
        func run(_ args: [String]) throws -> CLIResult { try CLI.run(args + ["--store", store]) }
        func json(_ args: [String]) throws -> JSON {
            let r = try run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            return try JSON.parse(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func twoDealsOfOnePairInOneYearEachWithItsSources() throws {
        let w = try World()
        #expect(w.ingest.status == 0, "\(w.ingest.stderr)")
        let rows = jsonArray(try w.json(["who-partnered-with", "KT", "--json"])["results"])
        let ms = try #require(rows.first { jsonString($0["org"]?["name"]) == "마이크로소프트" }, "\(rows)")
        let deals = jsonArray(ms["occurrences"])
        #expect(deals.count == 2, "\(deals)")
        // June: five outlets, a day of jitter (two print only their publication date, 4 June).
        let june = try #require(deals.first)
        #expect(june["date"] == .string("2024-06-03"), "\(june)")
        #expect(june["first"] == .string("2024-06-03") && june["last"] == .string("2024-06-04"), "\(june)")
        #expect(june["sources"] == .int(5))
        let publishers = Set(jsonArray(june["reports"]).compactMap { jsonString($0["publisher"]) })
        #expect(publishers == ["한빛일보", "가상뉴스", "가온경제", "누리일보", "테크온"], "\(june)")
        let html = try #require(jsonArray(june["reports"]).first { $0["document"] == .string("kt-ms-5.html") })
        #expect(html["url"] == .string("https://techon.example/news/77"))
        // September: the front matter's citation.
        let september = try #require(deals.last)
        #expect(september["date"] == .string("2024-09-27") && september["sources"] == .int(1))
        let cited = try #require(jsonArray(september["reports"]).first)
        #expect(cited["publisher"] == .string("한빛일보") && cited["url"] == .string("https://hanbit.example/2024/09/27/kt-ms"))
        #expect(cited["title"] == .string("KT, 마이크로소프트와 전략적 파트너십") && cited["published"] == .string("2024-09-27"))

        // The table: the partner once, then one line per deal with its id.
        let table = try w.run(["who-partnered-with", "KT"])
        let lines = table.stdout.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("마이크로소프트") }, "\(table.stdout)")
        #expect(lines[first].contains("2024-06-03") && lines[first].contains("2024-06-03…2024-06-04"), "\(table.stdout)")
        #expect(lines[first + 1].hasPrefix(" ") && lines[first + 1].contains("2024-09-27"), "\(table.stdout)")
        #expect(lines[first].contains(jsonString(june["id"]) ?? "?"))

        // `show` takes that id: every report with its outlet, headline and URL.
        let show = try w.run(["show", jsonString(june["id"]) ?? ""])
        #expect(show.status == 0, "\(show.stderr)")
        for outlet in publishers { #expect(show.stdout.contains(outlet), "\(outlet): \(show.stdout)") }
        #expect(show.stdout.contains("https://techon.example/news/77") && show.stdout.contains("stated by"))
        #expect(show.stdout.contains("KT는 전날 마이크로소프트와 인공지능 전환 사업을 위한 업무협약을 체결했다고 밝혔다."))
        let shown = try w.json(["show", jsonString(june["id"]) ?? "", "--json"])
        #expect(jsonArray(shown["occurrence"]?["reports"]).count == 5)
        // An event id shows the event, its citation and its occurrence.
        let event = try w.run(["show", jsonString(cited["eventId"]) ?? ""])
        #expect(event.stdout.contains("publisher  한빛일보") && event.stdout.contains(jsonString(september["id"]) ?? "?"), "\(event.stdout)")

        // The timeline: one line per deal, with its sources.
        let timeline = try w.run(["timeline", "KT"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let dealLines = timeline.stdout.split(separator: "\n").filter { $0.contains("partnership") }
        #expect(dealLines.count == 2, "\(timeline.stdout)")
        #expect(dealLines.first?.contains("5 sources") == true && dealLines.last?.contains("1 source") == true, "\(timeline.stdout)")
    }

    @Test func aWireCopySavedThreeTimesIsOneSource() throws {
        let w = try World()
        #expect(w.ingest.status == 0, "\(w.ingest.stderr)")
        let rows = jsonArray(try w.json(["who-partnered-with", "LG CNS", "--json"])["results"])
        let deals = jsonArray(rows.first?["occurrences"])
        #expect(deals.count == 1, "\(rows)")
        #expect(deals.first?["sources"] == .int(1))
        #expect(jsonArray(deals.first?["reports"]).count == 3)
        #expect(rows.first?["sources"] == .int(1))
        #expect(jsonArray(deals.first?["reports"]).allSatisfy { $0["publisher"] == .string("가상뉴스") })
        // The graph itself counts the article text once (its edges' sources).
        let edges = jsonArray(try w.json(["neighbors", "LG CNS", "--depth", "1", "--json"])["graph"]?["edges"])
        #expect(edges.count == 1 && edges.first?["sources"] == .int(1), "\(edges)")
    }

    @Test func frontMatterAndHTMLMetadataAreRecorded() throws {
        let w = try World()
        let articles = jsonArray(try w.json(["articles", "--json"])["articles"])
        let sept = try #require(articles.first { $0["citation"] == .string("kt-ms-sept.txt#0") })
        #expect(sept["publisher"] == .string("한빛일보") && sept["url"] == .string("https://hanbit.example/2024/09/27/kt-ms"))
        #expect(sept["title"] == .string("KT, 마이크로소프트와 전략적 파트너십") && sept["published"] == .string("2024-09-27"))
        let page = try #require(articles.first { $0["citation"] == .string("kt-ms-5.html#0") })
        #expect(page["publisher"] == .string("테크온") && page["url"] == .string("https://techon.example/news/77"))
        #expect(page["published"] == .string("2024-06-03"))
        let byline = try #require(articles.first { $0["citation"] == .string("kt-ms-1.txt#0") })
        #expect(byline["publisher"] == .string("한빛일보"))
        // The front matter's lines are not article text.
        let show = try w.run(["show", "kt-ms-sept.txt#0"])
        #expect(!show.stdout.contains("---") && show.stdout.contains("url        https://hanbit.example/2024/09/27/kt-ms"), "\(show.stdout)")

        // A front matter that is never closed, or a date that is none: one line naming the fix.
        let open = w.dir.file("open.txt", "---\npublished: 2024-06-04\nKT는 3일 마이크로소프트와 업무협약을 체결했다.\n")
        let r = try w.run(["ingest", open])
        #expect(r.status == 1 && r.stderr.contains("front matter") && r.stderr.contains("'---'"), "\(r.stderr)")
        let bad = w.dir.file("bad.txt", "---\npublished: June 4\n---\nKT는 3일 마이크로소프트와 업무협약을 체결했다.\n")
        let b = try w.run(["ingest", bad])
        #expect(b.status == 1 && b.stderr.contains("YYYY-MM-DD"), "\(b.stderr)")
    }

    @Test func publishedFillsOnlyArticlesThatPrintNoDate() throws {
        let dir = TempDir()
        let dated = dir.file("dated.txt", "KT, 마이크로소프트와 협력\n입력 2024.06.03 10:00\nKT는 3일 마이크로소프트와 클라우드 사업 협력을 위한 업무협약을 체결했다고 밝혔다.\n")
        let undated = dir.file("undated.txt", "KT는 마이크로소프트와 클라우드 사업 협력을 위한 업무협약을 체결했다고 밝혔다.\n")
        let r = try CLI.run(["ingest", dated, undated, "--published", "2024-12-01", "--store", dir.path + "/store"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try CLI.run(["articles", "--json", "--store", dir.path + "/store"])
        let articles = jsonArray(try JSON.parse(out.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["articles"])
        #expect(articles.first { $0["citation"] == .string("dated.txt#0") }?["published"] == .string("2024-06-03"), "\(out.stdout)")
        #expect(articles.first { $0["citation"] == .string("undated.txt#0") }?["published"] == .string("2024-12-01"), "\(out.stdout)")
    }

    /// One article telling four ministries' bans of one app, in two sentences: each ministry's
    /// ban is its own occurrence with its own id, and the timeline's occurrences (one event's
    /// whole set of participants) are shown by theirs.
    @Test func eachRelationOfOneEventHasItsOwnOccurrenceId() throws {
        let dir = TempDir()
        let sample = CLI.packageRoot.appendingPathComponent("Samples/articles/single-ban.txt").path
        #expect(try CLI.run(["ingest", sample, "--store", dir.path + "/store"]).status == 0)
        let out = try CLI.run(["bans-on", "딥시크", "--json", "--store", dir.path + "/store"])
        let rows = jsonArray(try JSON.parse(out.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["results"])
        let ids = rows.flatMap { jsonArray($0["occurrences"]).compactMap { jsonString($0["id"]) } }
        #expect(ids.count >= 4 && Set(ids).count == ids.count, "\(ids)")
        for (row, id) in zip(rows, ids) {
            let shown = try CLI.run(["show", id, "--store", dir.path + "/store"])
            #expect(shown.status == 0 && shown.stdout.contains(jsonString(row["org"]?["name"]) ?? "?"), "\(shown.stdout)")
        }
        let timeline = try CLI.run(["timeline", "딥시크", "--store", dir.path + "/store"])
        let timelineIds = timeline.stdout.split(separator: " ").filter { $0.hasPrefix("oc-") }.map { String($0.split(separator: "\n")[0]) }
        #expect(!timelineIds.isEmpty, "\(timeline.stdout)")
        for id in timelineIds {
            let shown = try CLI.run(["show", id, "--store", dir.path + "/store"])
            #expect(shown.status == 0 && shown.stdout.contains("occurrence     \(id)"), "\(id): \(shown.stdout) \(shown.stderr)")
        }
        let missing = try CLI.run(["show", "oc-0123456789abcdef-01234567", "--store", dir.path + "/store"])
        #expect(missing.status == 1 && missing.stderr.contains("no occurrence"))
    }

    /// Partnerships dated 10 March, 20 November and "2024": three occurrences whichever order
    /// they are appended in, and the same answer.
    @Test func aYearOnlyReportBetweenTwoDealsInBothOrders() throws {
        func line(_ date: String, _ doc: String) -> String {
            #"{"kind":"partnership","date":"\#(date)","participants":[{"role":"party","name":"KT"},{"role":"party","name":"Microsoft"}],"source":{"document":"\#(doc)","article":0,"evidence":"KT와 MS는 협력한다 (\#(doc))"}}"#
        }
        let march = line("2024-03-10", "march.txt"), november = line("2024-11-20", "november.txt"), year = line("2024", "year.txt")
        var answers: [String] = []
        for (n, order) in [[march, november, year], [year, march, november]].enumerated() {
            let dir = TempDir()
            let file = dir.file("order-\(n).jsonl", order.joined(separator: "\n") + "\n")
            #expect(try CLI.run(["init", "--store", dir.path + "/store"]).status == 0)
            let r = try CLI.run(["append", file, "--store", dir.path + "/store"])
            #expect(r.status == 0, "\(r.stderr)")
            let table = try CLI.run(["who-partnered-with", "KT", "--store", dir.path + "/store"])
            #expect(table.status == 0, "\(table.stderr)")
            #expect(table.stdout.contains("3 occurrences"), "\(table.stdout)")
            answers.append(table.stdout)
        }
        #expect(answers[0] == answers[1], "\(answers)")
    }
}
