import Events
import Projections
import Query
import Testing

@Suite struct QueryTests {
    @Test func whoPartneredWithCitesDatesAndSources() throws {
        let f = try QueryFixture(world)
        let q = try f.queries
        let rows = try q.relations(of: "kt", kind: .partnership)
        #expect(rows.map(\.name) == ["마이크로소프트", "MS증권"])
        let ms = rows[0]
        #expect(ms.first == d("2024-06-03") && ms.last == d("2024-06-04"))
        #expect(ms.sources == 2 && ms.occurrences.count == 1 && ms.reports == 2)
        #expect(ms.evidence.citation == "a.txt#0")
    }

    @Test func aPartialDateBoundCoversItsWholePeriod() throws {
        let june15 = d("2024-06-15"), july1 = d("2024-07-01"), may31 = d("2024-05-31"), june = d("2024-06")
        func admits(_ w: TimeWindow, _ date: PartialDate) -> Bool { w.admits(position: 1, recordedAt: 0, date: date) }
        #expect(admits(TimeWindow(asOf: june), june15), "--as-of 2024-06 keeps what happened in June")
        #expect(!admits(TimeWindow(asOf: june), july1))
        #expect(admits(TimeWindow(from: june), june15) && !admits(TimeWindow(from: june), may31))
        #expect(admits(TimeWindow(to: june), d("2024-06-30")) && !admits(TimeWindow(to: june), july1))
        #expect(admits(TimeWindow(asOf: d("2024")), d("2024-12-31")) && !admits(TimeWindow(asOf: d("2024")), d("2025-01-01")))
        #expect(admits(TimeWindow(asOf: june15), june), "a report dated only to June has begun by 15 June")
        #expect(!admits(TimeWindow(asOf: may31), june))
    }

    @Test func asOfAndKnownAtFilterValidAndKnowledgeTime() throws {
        let f = try QueryFixture(world)
        let q = try f.queries
        #expect(try q.relations(of: "kt", kind: .partnership, window: TimeWindow(asOf: d("2024-06-02"))).isEmpty)
        #expect(try q.relations(of: "kt", kind: .partnership, window: TimeWindow(asOf: d("2024-06-03"))).first?.sources == 1)
        // A month-precision date counts from its first day.
        #expect(try q.relations(of: "kt", kind: .partnership, window: TimeWindow(asOf: d("2025-05-01"))).count == 2)
        // Knowledge time: at position 1 only the first article was known.
        let known = try q.relations(of: "kt", kind: .partnership, window: TimeWindow(knownAtPosition: 1))
        #expect(known.count == 1 && known[0].sources == 1)
        let window = try q.relations(of: "kt", kind: .partnership, window: TimeWindow(from: d("2025"), to: d("2025-12-31")))
        #expect(window.map(\.name) == ["MS증권"])
    }

    @Test func directionsOfInvestmentsAndBans() throws {
        let q = try QueryFixture(world).queries
        #expect(try q.relations(of: "kt클라우드", kind: .investment, direction: .incoming).map(\.name) == ["KT"])
        #expect(try q.relations(of: "kt", kind: .investment, direction: .outgoing).map(\.name) == ["KT클라우드"])
        #expect(try q.relations(of: "kt", kind: .investment, direction: .incoming).isEmpty)
        #expect(try q.relations(of: "딥시크", kind: .ban, direction: .incoming).map(\.name) == ["개인정보보호위원회"])
        #expect(try q.relations(of: "개인정보보호위원회", kind: .announcement).count == 1)
    }

    @Test func namesResolveByAnyAliasAndAmbiguityIsReported() throws {
        let f = try QueryFixture(world)
        let r = NameResolver(try f.queries.names)
        #expect(try r.resolve("kt") == .found(org: "kt", name: "KT"))
        #expect(try r.resolve("케이티") == .found(org: "kt", name: "KT"))
        #expect(try r.resolve("Microsoft") == .found(org: "마이크로소프트", name: "마이크로소프트"))
        #expect(try r.resolve("AWS") == .found(org: "아마존웹서비스", name: "아마존웹서비스"))
        #expect(try r.resolve("개인정보위") == .found(org: "개인정보보호위원회", name: "개인정보보호위원회"))
        guard case .ambiguous(let candidates) = try r.resolve("ms") else {
            Issue.record("MS names two organizations")
            return
        }
        #expect(Set(candidates.map(\.name)) == ["마이크로소프트", "MS증권"])
        guard case .unknown(let suggestions) = try r.resolve("마이크로소프") else {
            Issue.record("a misspelling is unknown")
            return
        }
        #expect(suggestions.first == "마이크로소프트")
    }

    @Test func neighborsWalkOnlyWhatExistsAtTheTime() throws {
        let q = try QueryFixture(world).queries
        let all = try q.neighbors(of: "kt", depth: 2, kinds: [.partnership])
        #expect(Set(all.nodes.keys) == ["kt", "마이크로소프트", "ms증권", "오픈ai"])
        #expect(all.depth["오픈ai"] == 2)
        let early = try q.neighbors(of: "kt", depth: 2, kinds: [.partnership], window: TimeWindow(asOf: d("2024-01-01")))
        #expect(early.nodes.keys.sorted() == ["kt"])
        let withInvestments = try q.neighbors(of: "kt", depth: 1)
        #expect(withInvestments.nodes["kt클라우드"] == "KT클라우드")
    }

    @Test func pathsFollowTheShortestChains() throws {
        let q = try QueryFixture(world).queries
        let paths = try q.paths(from: "kt", to: "오픈ai")
        #expect(paths.count == 1)
        #expect(paths[0].map { "\($0.from)→\($0.to)" } == ["kt→마이크로소프트", "마이크로소프트→오픈ai"])
        #expect(paths[0][0].evidence.date == d("2024-06-03"))
        #expect(try q.paths(from: "kt", to: "오픈ai", maxDepth: 1).isEmpty)
        #expect(try q.paths(from: "kt", to: "오픈ai", window: TimeWindow(asOf: d("2024-01-01"))).isEmpty)
        #expect(try q.paths(from: "kt", to: "딥시크").isEmpty)
    }

    @Test func timelineAndProfile() throws {
        let f = try QueryFixture(world)
        let q = try f.queries
        let items = try q.timeline(try f.timeline, of: "kt")
        #expect(items.map(\.entry.date.description) == ["2024-06-03", "2024-06-04", "2024-09", "2025-05"])
        let deep = try q.timeline(try f.timeline, of: "kt", depth: 1, kinds: [.partnership])
        #expect(deep.count == 4, "KT's partnerships plus Microsoft's with OpenAI, each once")
        let all = try q.timeline(try f.timeline, of: nil)
        #expect(all.count == world.count)
        let p = try q.profile(of: "kt")
        #expect(p.name == "KT" && p.aliases == ["케이티"])
        #expect(p.firstSeen == d("2024-06-03") && p.lastSeen == d("2025-05"))
        let partnerships = try #require(p.counts.first { $0.kind == .partnership })
        #expect(partnerships.relations == 2 && partnerships.reports == 3)
    }
}

@Suite struct PathTests {
    @Test func aLongChainIsFoundFromBothEndsWithDirectionsKept() throws {
        let chain: [Event] = [
            event(.partnership, "2024-01-01", [(.party, "가"), (.party, "나")]),
            event(.investment, "2024-02-01", [(.investor, "다"), (.target, "나")]),
            event(.partnership, "2024-03-01", [(.party, "다"), (.party, "라")]),
            event(.ban, "2024-04-01", [(.imposer, "라"), (.target, "마")]),
            event(.partnership, "2024-05-01", [(.party, "가"), (.party, "바")]),
        ]
        let q = try QueryFixture(chain).queries
        let paths = try q.paths(from: "가", to: "마")
        #expect(paths.count == 1)
        #expect(paths[0].map { "\($0.from)→\($0.to):\($0.kind.name)" } == [
            "가→나:partnership", "다→나:investment", "다→라:partnership", "라→마:ban",
        ])
        #expect(paths[0].map(\.evidence.date) == [d("2024-01-01"), d("2024-02-01"), d("2024-03-01"), d("2024-04-01")])
        #expect(try q.paths(from: "가", to: "마", maxDepth: 3).isEmpty)
        #expect(try q.paths(from: "마", to: "가").first?.count == 4)
    }
}

@Suite struct DeskTextTests {
    @Test func queriesSplitIntoWordsAndQuotedPhrases() {
        #expect(Desk.terms("딥시크  차단") == ["딥시크", "차단"])
        #expect(Desk.terms("\"공동 개발\" KT") == ["공동 개발", "KT"])
        #expect(Desk.terms("   ").isEmpty)
    }

    @Test func theSentenceShownIsTheLineThatMatched() {
        let text = "제목 줄\n첫 문단은 관계없다.\n정부는 6일 딥시크 접속을 차단했다고 밝혔다.\n끝"
        #expect(Desk.sentence(around: ["차단"], in: text) == "정부는 6일 딥시크 접속을 차단했다고 밝혔다.")
        let long = String(repeating: "가나다라. ", count: 60) + "여기서 차단했다. " + String(repeating: "마바사. ", count: 60)
        let cut = Desk.sentence(around: ["차단"], in: long)
        #expect(cut.contains("차단") && cut.count <= 240)
    }

    @Test func reportsDatesTellOccurrencesApart() {
        let d = { (s: String) in PartialDate(parsing: s)! }
        #expect(Occurrences.compatible(d("2024-06-03"), d("2024-06-04")))
        #expect(!Occurrences.compatible(d("2024-06-03"), d("2024-06-05")), "days two apart are two happenings")
        #expect(Occurrences.compatible(d("2024-06"), d("2024-06-20")))
        #expect(!Occurrences.compatible(d("2024-06-03"), d("2024-09-27")))
    }
}
