import Events
import Foundation
import TestSupport
import Testing

/// The analyst's desk end to end: articles, show, search, events, orgs, changes, and the fixes to
/// log, append and name suggestions, on the hand-written articles in Samples/articles and a few
/// written here.
@Suite struct DeskCLITests {
    static let samples = CLI.packageRoot.appendingPathComponent("Samples/articles").path

    /// A store holding the sample articles, ingested once.
    final class Desk {
        let dir = TempDir()
        var store: String { dir.path + "/store" }
        let ingest: CLIResult
        init() throws {
            ingest = try CLI.run(["ingest", DeskCLITests.samples, "--store", dir.path + "/store"])
        }
        func run(_ args: [String]) throws -> CLIResult { try CLI.run(args + ["--store", store]) }
        func json(_ args: [String]) throws -> JSON {
            let r = try run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            return try JSON.parse(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    // MARK: Articles

    @Test func everyArticleIsKeptAndTheQuietOnesAreNamed() throws {
        let d = try Desk()
        #expect(d.ingest.status == 0, "\(d.ingest.stderr)")
        #expect(d.ingest.stdout.contains("1 of 4 articles gave no event: search-cloud.txt#3"))
        #expect(d.ingest.stdout.contains("--dry-run --explain"))
        #expect(d.ingest.stdout.contains("7 articles (1 without events: `kgraph articles --without-events`)"))

        let all = jsonArray(try d.json(["articles", "--json"])["articles"])
        #expect(all.count == 7)
        let quiet = jsonArray(try d.json(["articles", "--without-events", "--json"])["articles"])
        #expect(quiet.count == 1)
        #expect(quiet.first?["citation"] == .string("search-cloud.txt#3"))
        #expect(quiet.first?["events"] == .int(0))
        #expect(jsonString(quiet.first?["title"])?.hasPrefix("증권가") == true)

        let recent = jsonArray(try d.json(["articles", "--from", "2025", "--json"])["articles"])
        #expect(recent.count == 3)
        #expect(recent.allSatisfy { (jsonString($0["published"]) ?? "") >= "2025" })

        // Ingesting again keeps one record per article.
        let again = try d.run(["ingest", Self.samples])
        #expect(again.status == 0)
        #expect(jsonArray(try d.json(["articles", "--json"])["articles"]).count == 7)
        let table = try d.run(["articles"])
        #expect(table.stdout.contains("search-cloud.txt#3") && table.stdout.contains("7 articles, 1 without events"))
    }

    @Test func showPrintsOneArticleWholeOrOneEvent() throws {
        let d = try Desk()
        let quiet = try d.run(["show", "search-cloud.txt#3"])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout.contains("events     0"))
        #expect(quiet.stdout.contains("한 증권사 연구원은 클라우드 관련 종목의 실적 개선이 이어질 것이라고 전망했다."))

        let ban = try d.json(["show", "single-ban.txt", "--json"])
        #expect(jsonArray(ban["events"]).count == 4)
        #expect(jsonString(ban["text"])?.contains("딥시크(DeepSeek)의 접속을 차단했다") == true)
        #expect(ban["article"]?["title"] == .string("정부 부처, 중국 AI 딥시크 접속 차단"))

        let id = try #require(jsonString(jsonArray(ban["events"]).first?["id"]))
        let event = try d.run(["show", id])
        #expect(event.status == 0)
        #expect(event.stdout.contains("kind       ban") && event.stdout.contains("딥시크"))

        let missing = try d.run(["show", "single-bam.txt#0"])
        #expect(missing.status == 1)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(missing.stderr.contains("no article, occurrence or event 'single-bam.txt#0'"))
    }

    @Test func storedTextIsShownEscaped() throws {
        let d = try Desk()
        // A headline is stored text from outside: a control character in it may not drive the terminal.
        let file = d.dir.file("esc.jsonl", #"""
            {"kind":"article","subject":"가온전자 소식\u001b[2J\r가짜 줄","source":{"document":"esc.txt","article":0}}

            """#)
        let appended = try d.run(["append", file])
        #expect(appended.status == 0, "\(appended.stderr)")
        for args in [["articles"], ["show", "esc.txt#0"]] {
            let r = try d.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.contains(#"가온전자 소식\u{1B}[2J\r가짜 줄"#), "\(args): \(r.stdout)")
            #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0 == "\r" }, "\(args): \(r.stdout)")
        }
    }

    // MARK: Search

    @Test func searchFindsHangulSubstringsWithTheirSentenceAndEvents() throws {
        let d = try Desk()
        let ban = try d.run(["search", "차단"])
        #expect(ban.status == 0, "\(ban.stderr)")
        #expect(ban.stdout.contains("single-ban.txt#0"))
        #expect(ban.stdout.contains("→ ban"))

        let both = try d.json(["search", "딥시크 차단", "--json"])
        let first = try #require(jsonArray(both["results"]).first)
        #expect(first["article"]?["citation"] == .string("single-ban.txt#0"))
        #expect(jsonString(first["sentence"])?.contains("차단") == true)
        let found = jsonArray(first["events"])
        #expect(!found.isEmpty && found.allSatisfy { $0["kind"] == .string("ban") })

        let none = try d.run(["search", "딥시크 차단", "--kind", "partnership"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("nothing matches"))

        // --org takes any alias: MS is 마이크로소프트.
        let ms = jsonArray(try d.json(["search", "클라우드", "--org", "MS", "--json"])["results"])
        #expect(ms.count == 1)
        #expect(ms.first?["article"]?["citation"] == .string("search-cloud.txt#0"))

        // An article that gave no event is found all the same.
        let quiet = jsonArray(try d.json(["search", "증권사", "--json"])["results"])
        #expect(quiet.first?["article"]?["citation"] == .string("search-cloud.txt#3"))
        let quietEvents = jsonArray(quiet.first?["events"])
        #expect(quietEvents.isEmpty)

        // A dated window leaves the 2024 articles out.
        let late = jsonArray(try d.json(["search", "클라우드", "--from", "2025", "--json"])["results"])
        #expect(late.allSatisfy { (jsonString($0["article"]?["published"]) ?? "") >= "2025" })
    }

    @Test func shortAndLongTermsMatchInsideWords() throws {
        let dir = TempDir()
        let store = dir.path + "/store"
        let file = dir.file("memo.txt", "가온전자, 한빛소프트와 협력\n기사승인 : 2024-03-05\n가온전자는 5일 한빛소프트와 반도체 설계 분야에서 협력하기로 했다고 밝혔다.\n")
        #expect(try CLI.run(["ingest", file, "--store", store]).status == 0)
        for words in ["협력", "협력하기로", "반도체 협력", "HANBIT", "설계"] {
            let r = try CLI.run(["search", words, "--json", "--store", store])
            let results = jsonArray(try JSON.parse(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["results"])
            if words == "HANBIT" {
                #expect(results.isEmpty)
            } else {
                #expect(results.count == 1, "\(words): \(r.stdout)")
            }
        }
        let bad = try CLI.run(["search", "  ", "--store", store])
        #expect(bad.status == 1)
    }

    // MARK: Events and log

    @Test func eventsListByValidTimeWithAnyAlias() throws {
        let d = try Desk()
        let bans = jsonArray(try d.json(["events", "--from", "2025", "--kind", "ban", "--format", "json"])["events"])
        #expect(bans.count == 3)
        #expect(bans.allSatisfy { $0["kind"] == .string("ban") && (jsonString($0["date"]) ?? "") >= "2025" })
        #expect(bans.allSatisfy { jsonString($0["evidence"])?.isEmpty == false })

        let all = jsonArray(try d.json(["events", "--format", "json"])["events"]).compactMap { jsonString($0["date"]) }
        #expect(all == all.sorted())
        #expect(all.count == 17)

        let ms = jsonArray(try d.json(["events", "--org", "MS", "--format", "json"])["events"])
        #expect(ms.count == 1)
        #expect(jsonArray(ms.first?["participants"]).contains { $0["name"] == .string("마이크로소프트") })

        let government = try d.run(["events", "--type", "government", "--format", "csv"])
        let lines = government.stdout.split(separator: "\r\n")
        #expect(lines.first == "date,kind,modality,participants,amount,document,article,publisher,evidence,position,id")
        #expect(lines.count > 1)
        let planned = jsonArray(try d.json(["events", "--modality", "planned", "--format", "json"])["events"])
        #expect(planned.allSatisfy { $0["modality"] == .string("planned") })

        // Two reports of one deal, a day apart, are one occurrence with two sources.
        let wire = d.dir.file("wire.jsonl", """
            {"kind":"partnership","date":"2024-06-04","participants":[{"role":"party","name":"KT"},{"role":"party","name":"Microsoft"}],"source":{"document":"wire.txt","article":0}}

            """)
        #expect(try d.run(["append", wire]).status == 0)
        let deals = jsonArray(try d.json(["events", "--occurrences", "--org", "MS", "--format", "json"])["occurrences"])
        #expect(deals.count == 1)
        #expect(deals.first?["sources"] == .int(2))
        #expect(deals.first?["first"] == .string("2024-06-03") && deals.first?["last"] == .string("2024-06-04"))
        let table = try d.run(["events", "--occurrences", "--org", "KT"])
        #expect(table.stdout.contains("2024-06-03…2024-06-04") && table.stdout.contains("search-cloud.txt#0, wire.txt#0"))

        let unknownType = try d.run(["events", "--type", "ministry"])
        #expect(unknownType.status == 1 && unknownType.stderr.contains("unknown type 'ministry'"))
    }

    @Test func logTakesPositionsByNameAndOrganizationsByAlias() throws {
        let d = try Desk()
        let date = try d.run(["log", "--from", "2025"])
        #expect(date.status == 1)
        #expect(date.stderr.contains("--from-position") && date.stderr.contains("kgraph events --from"))
        let dateAsPosition = try d.run(["log", "--from-position", "2025-01"])
        #expect(dateAsPosition.status == 1)
        #expect(dateAsPosition.stderr.contains("kgraph events --from 2025-01"))
        guard case .int(let head)? = try d.json(["stats", "--json"])["head"] else {
            Issue.record("no head in stats")
            return
        }
        let tail = try d.run(["log", "--from-position", "20", "--json"])
        #expect(tail.status == 0)
        #expect(tail.stdout.split(separator: "\n").count == Int(head) - 19)
        let ms = try d.run(["log", "--org", "MS"])
        #expect(ms.status == 0)
        #expect(ms.stdout.contains("KT ↔ 마이크로소프트"))
    }

    // MARK: One organization, one node

    @Test func appendedNamesResolveThroughTheGazetteer() throws {
        let d = try Desk()
        let file = d.dir.file("wire.jsonl", """
            {"kind":"partnership","date":"2025-01-10","participants":[{"role":"party","name":"KT"},{"role":"party","name":"Google"}],"source":{"document":"wire.txt","article":0,"evidence":"KT가 Google과 손잡았다."}}
            {"kind":"investment","date":"2025-02","participants":[{"role":"investor","name":"구글"},{"role":"target","name":"Anthropic"}],"source":{"document":"wire.txt","article":1,"evidence":"구글이 앤트로픽에 투자했다."}}

            """)
        #expect(try d.run(["append", file]).status == 0)
        let path = try d.run(["path", "KT", "Anthropic"])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.contains("KT ↔ 구글") && path.stdout.contains("구글 →"))
        let orgs = jsonArray(try d.json(["orgs", "--json"])["organizations"])
        #expect(!orgs.contains { $0["id"] == .string("google") })
    }

    @Test func appendRefusesABanWithoutItsTarget() throws {
        let d = try Desk()
        let head = try d.json(["stats", "--json"])["head"]
        let file = d.dir.file("ban.jsonl", """
            {"kind":"partnership","date":"2025-01-10","participants":[{"role":"party","name":"KT"},{"role":"party","name":"구글"}],"source":{"document":"b.txt"}}
            {"kind":"ban","date":"2025-02","participants":[{"role":"imposer","name":"외교부"}],"source":{"document":"b.txt"}}

            """)
        let r = try d.run(["append", file])
        #expect(r.status == 1)
        #expect(r.stderr.contains("ban.jsonl:2: field `participants`: a ban needs a participant with role target"))
        #expect(try d.json(["stats", "--json"])["head"] == head)
    }

    @Test func latinMisspellingsGetSuggestions() throws {
        let d = try Desk()
        let file = d.dir.file("intel.jsonl", """
            {"kind":"partnership","date":"2024-01-10","participants":[{"role":"party","name":"KT"},{"role":"party","name":"인텔"}],"source":{"document":"i.txt"}}

            """)
        #expect(try d.run(["append", file]).status == 0)
        for (typo, suggestion) in [("Microsfot", "마이크로소프트"), ("Intell", "인텔"), ("마이크로소프", "마이크로소프트")] {
            let r = try d.run(["who-partnered-with", typo])
            #expect(r.status == 1)
            #expect(r.stderr.contains("did you mean") && r.stderr.contains("'\(suggestion)'"), "\(typo): \(r.stderr)")
        }
    }

    // MARK: Organizations and changes

    @Test func orgsListAndRank() throws {
        let d = try Desk()
        let top = jsonArray(try d.json(["orgs", "--top", "1", "--by", "degree", "--json"])["organizations"])
        #expect(top.count == 1)
        #expect(top.first?["name"] == .string("리벨리온"))
        #expect(top.first?["degree"] == .int(7))
        let government = jsonArray(try d.json(["orgs", "--type", "government", "--json"])["organizations"])
        #expect(!government.isEmpty)
        #expect(government.allSatisfy { $0["type"] == .string("government") })
        let reports = government.compactMap { o -> Int64? in if case .int(let n)? = o["reports"] { return n } else { return nil } }
        #expect(reports == reports.sorted(by: >))
        let window = jsonArray(try d.json(["orgs", "--to", "2024-12", "--json"])["organizations"])
        #expect(window.allSatisfy { (jsonString($0["lastSeen"]) ?? "") < "2025" })
        let csv = try d.run(["orgs", "--csv"])
        #expect(csv.stdout.hasPrefix("id,name,type,aliases,first_seen,last_seen,reports,degree,partners\r\n"))
        let bad = try d.run(["orgs", "--by", "size"])
        #expect(bad.status == 1 && bad.stderr.contains("use degree, reports or partners"))
    }

    @Test func changesTellNewRelationsSourcesAndRetractions() throws {
        let d = try Desk()
        let head = try #require({ () -> Int64? in if case .int(let h)? = try d.json(["stats", "--json"])["head"] { return h } else { return nil } }())
        let file = d.dir.file("more.jsonl", """
            {"id":"more-1","kind":"partnership","date":"2024-06-04","participants":[{"role":"party","name":"KT"},{"role":"party","name":"Microsoft"}],"source":{"document":"more.txt","article":0}}
            {"id":"more-2","kind":"partnership","date":"2025-11-20","participants":[{"role":"party","name":"KT"},{"role":"party","name":"MS"}],"source":{"document":"more.txt","article":1}}
            {"id":"more-3","kind":"partnership","date":"2025-01-10","participants":[{"role":"party","name":"KT"},{"role":"party","name":"구글"}],"source":{"document":"more.txt","article":2}}

            """)
        #expect(try d.run(["append", file]).status == 0)
        #expect(try d.run(["retract", "more-3", "--reason", "잘못 읽음"]).status == 0)
        let answer = try d.json(["changes", "--since", String(head), "--json"])
        let kinds = jsonArray(answer["changes"]).compactMap { jsonString($0["change"]) }
        #expect(kinds == ["new source", "new occurrence", "new relation", "retraction"])
        #expect(jsonArray(answer["changes"]).last?["target"]?["id"] == .string("more-3"))
        let table = try d.run(["changes", "--since", String(head)])
        #expect(table.stdout.contains("1 new relation, 1 new occurrence, 1 new source, 1 retraction"))
        // A date: everything recorded since that day, article records counted.
        let today = String(Timestamp.iso8601(milliseconds: Int64(Date().timeIntervalSince1970 * 1000)).prefix(10))
        let sinceToday = try d.run(["changes", "--since", today])
        #expect(sinceToday.stdout.contains("7 articles"))
        let bad = try d.run(["changes", "--since", "last week"])
        #expect(bad.status == 1 && bad.stderr.contains("neither a log position nor a date"))
    }

    @Test func theSearchIndexIsAProjectionThatReplaysToTheSameDigest() throws {
        let d = try Desk()
        // A retracted article record leaves the lists; the replay below knows it from the start.
        let quiet = try #require(jsonString(jsonArray(try d.json(["articles", "--without-events", "--json"])["articles"]).first?["id"]))
        #expect(try d.run(["retract", quiet, "--reason", "중복 기사"]).status == 0)
        #expect(jsonArray(try d.json(["articles", "--json"])["articles"]).count == 6)
        #expect(jsonArray(try d.json(["search", "증권사", "--json"])["results"]).isEmpty)
        let replay = try d.run(["replay", "--projection", "articles", "--into", "articles-check"])
        #expect(replay.status == 0, "\(replay.stderr)")
        let lines = try d.run(["projections", "--json"]).stdout.split(separator: "\n")
        var digests: [String: String] = [:]
        for line in lines {
            let row = try JSON.parse(String(line))
            if let name = jsonString(row["name"]), let digest = jsonString(row["digest"]) { digests[name] = digest }
        }
        #expect(digests["articles"] != nil)
        #expect(digests["articles"] == digests["articles-check"])
    }
}
