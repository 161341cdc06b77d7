import EventLog
import Events
import Foundation
import Projections
import Testing

@Suite struct OrgGraphTests {
    @Test func goldenGraph() throws {
        let t = try TempStore()
        try t.store.log.append([
            partnership("KT", "마이크로소프트", "2024-06-03", surfaces: ("KT", "MS")),
            investment("KT", "KT클라우드", "2024-09"),
            announcement("네이버클라우드", "2024-09-25"),
            partnership("SK텔레콤", "아마존웹서비스", "2025-03-14"),
            Event(kind: .partnership, occurredAt: day("2025-08-04"), source: Source(document: "b.txt"),
                  participants: ["네이버클라우드", "네이버", "서울대학교"].map { Participant(role: .party, name: $0) }),
        ])
        let g = try t.graph
        #expect(try g.partners("KT") == ["마이크로소프트:1"])
        #expect(try g.partners("마이크로소프트") == ["kt:1"])
        #expect(try g.partners("네이버클라우드") == ["네이버:1", "서울대학교:1"])
        #expect(try g.partners("서울대학교") == ["네이버:1", "네이버클라우드:1"])
        #expect(try g.partners("KT", .investment) == ["kt클라우드:1"])
        let incoming = try g.relations(of: "kt클라우드", kinds: [.investment])
        #expect(incoming.map(\.direction) == [.incoming])
        #expect(incoming.first?.other == "kt")
        let investmentRef = try #require(incoming.first?.reports.first)
        #expect(investmentRef.hasAmount)
        #expect(try g.report(investmentRef, kind: .investment, from: "kt", to: "kt클라우드").amount?.text == "1000억원")
        #expect(try g.partners("네이버클라우드", .announcement) == [":1"])
        let ms = try #require(try g.node("마이크로소프트"))
        #expect(ms.name == "마이크로소프트")
        #expect(ms.surfaces == ["MS"])
        let ref = try #require(try g.reports(.partnership, from: "마이크로소프트", to: "kt").first)
        #expect(ref.date == day("2024-06-03"))
        #expect(ref.position == 1)
        let report = try g.report(ref, kind: .partnership, from: "마이크로소프트", to: "kt")
        #expect(report.evidence.contains("손잡았다"))
        #expect(report.fromSurface == "MS" && report.toSurface == "KT")
    }

    @Test func reportsOfOneHappeningMergeIntoOneOccurrence() throws {
        let t = try TempStore()
        try t.store.log.append([
            partnership("KT", "마이크로소프트", "2024-06-03", doc: "a.txt"),
            partnership("KT", "마이크로소프트", "2024-06-04", doc: "b.txt"),
            partnership("KT", "마이크로소프트", "2024-06", doc: "c.txt", article: 2),
            partnership("KT", "마이크로소프트", "2024-06-07", doc: "e.txt"),
            partnership("KT", "마이크로소프트", "2025-02-01", doc: "d.txt"),
        ])
        let reports = try t.graph.reports(.partnership, from: "kt", to: "마이크로소프트")
        #expect(reports.count == 5)
        // 3 and 4 June are one deal (a day apart); 7 June is another; "June" fits both, so it
        // stands alone rather than bridging them.
        let occurrences = Occurrences.cluster(reports)
        #expect(occurrences.map(\.first) == [day("2024-06"), day("2024-06-03"), day("2024-06-07"), day("2025-02-01")])
        #expect(occurrences.map(\.sourceCount) == [1, 2, 1, 1])
        #expect(occurrences[1].last == day("2024-06-04"))
    }

    @Test func aCoarseDateJoinsItsOnlyCandidate() {
        func ref(_ p: UInt64, _ date: String) -> ReportRef {
            ReportRef(position: p, recordedAt: 0, date: day(date), planned: false, hasAmount: false, articleKey: p)
        }
        let refs = [ref(1, "2024-03-10"), ref(2, "2024"), ref(3, "2024-11-20"), ref(4, "2025-05"), ref(5, "2025-05-02"), ref(6, "2025")]
        let groups = Occurrences.cluster(refs).map { $0.reports.map(\.position) }
        // 2024 fits two deals and stays apart; May 2025 and 2025 each fit one.
        #expect(groups == [[2], [1], [3], [4, 5, 6]])
        #expect(Occurrences.date([.init(date: day("2024-06-04"), published: day("2024-06-04")),
                                  .init(date: day("2024-06-03"), published: day("2024-06-04")),
                                  .init(date: day("2024-06-04"), published: day("2024-06-04"))]).date == day("2024-06-03"))
        #expect(Occurrences.date([.init(date: day("2024-06-04"), published: day("2024-06-04")),
                                  .init(date: day("2024-06"), published: day("2024-06-05"))]).date == day("2024-06-04"))
    }

    @Test func retractionRemovesAReportAndItsRetractionRestoresIt() throws {
        let t = try TempStore()
        let wrong = partnership("KT", "네이버", "2024-01-01")
        let right = partnership("KT", "마이크로소프트", "2024-06-03")
        try t.store.log.append([wrong, right])
        #expect(try t.graph.partners("KT") == ["네이버:1", "마이크로소프트:1"])
        let r = retraction(of: wrong.id)
        try t.store.log.append([r])
        #expect(try t.graph.partners("KT") == ["마이크로소프트:1"])
        #expect(try t.graph.partners("네이버").isEmpty)
        try t.store.log.append([retraction(of: r.id)])
        #expect(try t.graph.partners("KT") == ["네이버:1", "마이크로소프트:1"])
        #expect(try t.store.log.head == 4, "the history stays in the log")
    }

    @Test func aliasMergesNodesAndASelfAliasSplitsThemAgain() throws {
        let t = try TempStore()
        try t.store.log.append([
            partnership("KT", "마이크로소프트", "2024-06-03"),
            partnership("케이티", "네이버", "2024-07-01", surfaces: ("케이티", "네이버")),
        ])
        #expect(try t.graph.partners("KT") == ["마이크로소프트:1"])
        #expect(try t.graph.partners("케이티") == ["네이버:1"])
        try t.store.log.append([alias("케이티", is: "KT")])
        #expect(try t.graph.partners("KT") == ["네이버:1", "마이크로소프트:1"])
        #expect(try t.graph.partners("네이버") == ["kt:1"])
        #expect(try t.graph.node("케이티") == nil)
        #expect(try t.graph.node("kt")?.surfaces.contains("케이티") == true)
        // Events after the alias resolve through it.
        try t.store.log.append([partnership("케이티", "카카오", "2024-08-01")])
        #expect(try t.graph.partners("KT") == ["네이버:1", "마이크로소프트:1", "카카오:1"])
        // The alias was wrong: the name stands for itself again.
        try t.store.log.append([alias("케이티", is: "케이티")])
        #expect(try t.graph.partners("KT") == ["마이크로소프트:1"])
        #expect(try t.graph.partners("케이티") == ["네이버:1", "카카오:1"])
    }

    @Test func aliasStateEqualsAReplayThatKnewItFromTheStart() throws {
        let late = try TempStore()
        let events = [partnership("MS", "KT", "2024-06-03"), partnership("마이크로소프트", "오픈AI", "2024-01-01")]
        try late.store.log.append(events)
        try late.store.log.append([alias("MS", is: "마이크로소프트")])
        let early = try TempStore()
        try early.store.log.append([alias("MS", is: "마이크로소프트")])
        try early.store.log.append(events)
        #expect(try late.graph.partners("마이크로소프트") == early.graph.partners("마이크로소프트"))
        #expect(try late.graph.partners("마이크로소프트") == ["kt:1", "오픈ai:1"])
    }
}
