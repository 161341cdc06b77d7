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
            partnership("KT", "마이크로소프트", "2024-06-05", doc: "b.txt"),
            partnership("KT", "마이크로소프트", "2024-06", doc: "c.txt", article: 2),
            partnership("KT", "마이크로소프트", "2025-02-01", doc: "d.txt"),
        ])
        let reports = try t.graph.reports(.partnership, from: "kt", to: "마이크로소프트")
        #expect(reports.count == 4)
        let occurrences = Occurrences.cluster(reports)
        #expect(occurrences.count == 2)
        #expect(occurrences[0].sourceCount == 3)
        #expect(occurrences[0].first == day("2024-06"))
        #expect(occurrences[0].last == day("2024-06-05"))
        #expect(occurrences[1].sourceCount == 1)
        #expect(occurrences[1].first == day("2025-02-01"))
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
