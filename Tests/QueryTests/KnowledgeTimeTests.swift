import EventLog
import Events
import Foundation
import Projections
import Query
import TestSupport
import Testing

/// Knowledge time is exact: corrections apply only from their own position on.
@Suite struct KnowledgeTimeTests {
    final class Stores {
        let root = NSTemporaryDirectory() + "kgraph-known-" + UUID().uuidString
        let full: Store, growing: Store
        init() throws {
            full = try Store.create(at: root + "/full")
            growing = try Store.create(at: root + "/growing")
            full.log.durability = .osBuffered
            growing.log.durability = .osBuffered
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func anAnswerAtPositionPEqualsAStoreHoldingTheFirstPEvents(seed: UInt64) throws {
        let stores = try Stores()
        let events = KnowledgeTime.randomLog(seed: seed, count: 36)
        #expect(events.contains { $0.kind == .retraction } && events.contains { $0.kind == .alias })
        let failures = try KnowledgeTime.mismatches(full: stores.full, growing: stores.growing, events: events)
        #expect(failures.isEmpty, "seed \(seed): \(failures.prefix(3))")
    }

    /// Without aliases every answer comes from the live projections, filtered by position and by
    /// the positions of withdrawals.
    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func retractionsCarryTheirPositionIntoTheLiveProjections(seed: UInt64) throws {
        let stores = try Stores()
        let events = KnowledgeTime.randomLog(seed: seed, count: 40, aliases: false)
        let failures = try KnowledgeTime.mismatches(full: stores.full, growing: stores.growing, events: events)
        #expect(failures.isEmpty, "seed \(seed): \(failures.prefix(3))")
        #expect(!FileManager.default.fileExists(atPath: stores.root + "/full/projections/cuts"), "no cut was needed")
    }

    @Test func aRetractionOrAliasAppendedLaterDoesNotShowEarlier() throws {
        let stores = try Stores()
        var naver = event(.partnership, "2024-06-03", [(.party, "KT"), (.party, "네이버")], doc: "a.txt")
        naver.id = "e-1"
        var retract = Event(kind: .retraction, occurredAt: .unknown, source: Source(document: "cli"), participants: [],
                            reason: "정정", retracts: "e-1")
        retract.id = "r-1"
        let merge = Event(kind: .alias, occurredAt: .unknown, source: Source(document: "cli"), participants: [],
                          alias: AliasDeclaration(name: "케이티", organization: "KT"))
        try stores.full.log.append([naver, event(.partnership, "2024-06-04", [(.party, "케이티"), (.party, "카카오")], doc: "b.txt"),
                                    retract, merge])
        func partners(_ org: String, at p: UInt64?) throws -> [String] {
            let live = ProjectionCatalog(store: stores.full)
            let catalog = try p.map { try live.knownAt($0) } ?? live
            let q = GraphQueries(graph: try OrgGraphReader(try catalog.caughtUp("org-graph"), log: stores.full.log, knownAt: p),
                                 names: AliasesReader(try catalog.caughtUp("aliases")))
            return try q.relations(of: org, kind: .partnership, window: TimeWindow(knownAtPosition: p)).map(\.name)
        }
        #expect(try partners("kt", at: 2) == ["네이버"], "at 2 nothing was retracted and 케이티 was its own node")
        #expect(try partners("케이티", at: 2) == ["카카오"])
        #expect(try partners("kt", at: 3) == [])
        #expect(try partners("kt", at: nil) == ["카카오"])
        #expect(try partners("kt", at: 2) == ["네이버"], "asked again, the past answer is the same")
    }
}
