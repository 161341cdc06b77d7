import EventLog
import Events
import Foundation
import Projections
import Testing

/// A built-in projection folded only through decoded events: the reference the byte folds
/// (`RecordFolding`) must agree with, key for key.
final class DecodedOnly<P: Projection>: Projection {
    static var kind: String { P.kind + "-decoded" }
    static var supportedVersions: [Int] { P.supportedVersions }
    let inner: P
    init(_ inner: P) { self.inner = inner }
    func open(_ context: ProjectionContext) throws { try inner.open(context) }
    func apply(_ event: Event, _ context: ProjectionContext) throws { try inner.apply(event, context) }
    func willCommit(_ context: ProjectionContext) throws { try inner.willCommit(context) }
    var pendingBytes: Int { inner.pendingBytes }
    static func digest(_ state: ProjectionState) throws -> String { try P.digest(state) }
}

@Suite struct ByteFoldTests {
    /// Relations over a small pool of names, with surfaces that differ from names, names that fold
    /// alike, a retraction of an event still to come, retractions, and aliases in between.
    func events(_ n: Int) -> [Event] {
        var out: [Event] = []
        for i in 0..<n {
            switch i % 5 {
            case 0: out.append(partnership("회사\(i % 23)", "기관\(i % 11)", "2024-0\(1 + i % 9)-1\(i % 10)", doc: "d\(i % 7).txt", article: i % 5,
                                           surfaces: ("회사 \(i % 23)", "Org\(i % 11)")))
            case 1: out.append(investment("회사\(i % 17)", "기관\(i % 13)", "2023-1\(i % 3)", doc: "d\(i).txt"))
            case 2: out.append(announcement("기관\(i % 19)", "2025", doc: "d\(i).txt"))
            case 3: out.append(partnership("회사\(i % 23)", "회사\(i % 23)", "2022-12", doc: "s\(i).txt"))
            default: out.append(partnership("회사\(i % 29)", "회사\((i + 1) % 29)", "2022-12-0\(1 + i % 9)", doc: "e\(i).txt"))
            }
        }
        return out
    }

    func fill(_ t: TempStore, catchUp: (() throws -> Void)? = nil) throws {
        let all = events(600)
        try t.store.log.append([retraction(of: all[450].id)])  // withdrawn before it arrives
        for (i, start) in stride(from: 0, to: all.count, by: 41).enumerated() {
            try t.store.log.append(Array(all[start..<min(all.count, start + 41)]))
            if i == 2 { try t.store.log.append([retraction(of: all[5].id)]) }
            if i == 4 { try t.store.log.append([alias("회사3", is: "회사4"), alias("Org2", is: "기관3")]) }
            if i == 7 { try t.store.log.append([retraction(of: all[6].id), alias("회사3", is: "회사3")]) }
            if i == 9 { try t.store.log.append([alias("기관5", is: "회사1")]) }
            try catchUp?()
        }
    }

    @Test(arguments: ["timeline", "aliases", "org-graph"])
    func byteFoldsEqualTheDecodedFoldAndReplaysAreStable(kind: String) throws {
        let factories = BuiltInProjections.all + [
            ProjectionFactory(DecodedOnly<TimelineProjection>.self) { _ in DecodedOnly(TimelineProjection()) },
            ProjectionFactory(DecodedOnly<AliasesProjection>.self) { _ in DecodedOnly(AliasesProjection()) },
            ProjectionFactory(DecodedOnly<OrgGraphProjection>.self) { _ in DecodedOnly(OrgGraphProjection()) },
        ]
        let t = try TempStore()
        let catalog = ProjectionCatalog(store: t.store, factories: factories)
        try fill(t) { _ = try catalog.caughtUp(kind) }
        let live = try catalog.digest(of: catalog.caughtUp(kind))
        let decoded = try catalog.digest(of: catalog.caughtUp(kind + "-decoded"))
        let once = try catalog.digest(of: catalog.replay(kind, into: "once").1)
        let often = try catalog.digest(of: catalog.replay(kind, into: "often", commitEvery: 13).1)
        #expect(live == decoded, "the byte fold writes what the decoded fold writes")
        #expect(once == live)
        #expect(often == live)
        // And the state is not empty: a digest over nothing would agree too.
        let emptyStore = try TempStore()
        #expect(try emptyStore.catalog.digest(of: emptyStore.catalog.caughtUp(kind)) != live)
    }

    /// A commit with many writes goes out in key order (`ProjectionState.sortedWriteThreshold`),
    /// a small one as folded: a catch-up in one large commit and a replay in small ones must
    /// write the same state.
    @Test(arguments: ["timeline", "aliases", "org-graph"])
    func largeCommitsWrittenInKeyOrderEqualSmallOnes(kind: String) throws {
        let t = try TempStore()
        var all: [Event] = []
        for i in 0..<12_000 {
            all.append(partnership("신규\(i)", "상대\(i)", "2024-0\(1 + i % 9)-1\(i % 10)", doc: "d\(i % 50).txt", article: i % 3,
                                   surfaces: ("신규 \(i)", "(주)상대\(i)")))
            if i % 4 == 0 { all.append(investment("신규\(i / 2)", "상대\(i / 3)", "2023-0\(1 + i % 9)", doc: "e\(i).txt")) }
        }
        for start in stride(from: 0, to: all.count, by: 5_000) {
            try t.store.log.append(Array(all[start..<min(all.count, start + 5_000)]))
        }
        let large = try t.catalog.digest(of: t.catalog.caughtUp(kind))
        let small = try t.catalog.digest(of: t.catalog.replay(kind, into: "small", commitEvery: 1_000).1)
        #expect(large == small)
        // The state is not empty: a digest over nothing would agree too.
        let emptyStore = try TempStore()
        #expect(try emptyStore.catalog.digest(of: emptyStore.catalog.caughtUp(kind)) != large)
    }

    /// Several commits in key order one after another, each naming organizations new to it and
    /// some from earlier commits (the byte order of organizations is then carried from commit
    /// to commit, `ByteInterner.idsInByteOrder`), write what small commits write: the order only
    /// speeds the writes up, and nothing may be lost or misplaced on the way.
    @Test(arguments: ["timeline", "aliases", "org-graph"])
    func severalLargeCommitsEqualSmallOnes(kind: String) throws {
        let t = try TempStore()
        var all: [Event] = []
        for i in 0..<36_000 {
            // Each commit of 12,000 names at least 21,000 organizations (over the threshold of
            // 20,000 writes), 12,000 of them new; one event in four names an earlier one.
            let other = i % 4 == 0 ? "신규\(i / 4)" : "상대\(i)"
            all.append(partnership("신규\(i)", other, "2024-0\(1 + i % 9)-1\(i % 10)", doc: "d\(i % 50).txt"))
        }
        for start in stride(from: 0, to: all.count, by: 6_000) {
            try t.store.log.append(Array(all[start..<min(all.count, start + 6_000)]))
        }
        let large = try t.catalog.digest(of: t.catalog.replay(kind, into: "large", commitEvery: 12_000).1)
        let small = try t.catalog.digest(of: t.catalog.replay(kind, into: "small", commitEvery: 1_000).1)
        #expect(large == small)
    }

    @Test func projectionsCaughtUpSideBySideEqualOneAfterTheOther() throws {
        let t = try TempStore()
        try fill(t)
        let results = try t.catalog.catchUpAll()
        #expect(results.count == BuiltInProjections.all.count)
        #expect(results.values.allSatisfy { $0.checkpoint == t.store.log.head && !$0.interrupted && $0.applied > 0 })
        for factory in BuiltInProjections.all {
            let side = try t.catalog.digest(of: t.catalog.caughtUp(factory.kind))
            let alone = try t.catalog.digest(of: t.catalog.replay(factory.kind, into: factory.kind + "-alone").1)
            #expect(side == alone, "\(factory.kind)")
        }
        // Caught up already: nothing more to fold.
        #expect(try t.catalog.catchUpAll().isEmpty)
    }

    @Test func aTimelineEntryCarriesTheEventFromTheLog() throws {
        let t = try TempStore()
        try t.store.log.append([investment("카카오", "리벨리온", "2024-03-02", doc: "x.txt"), partnership("KT", "카카오", "2024-01-05", doc: "y.txt")])
        try t.store.log.append([alias("카카오", is: "카카오엔터")])
        let reader = try TimelineReader(try t.catalog.caughtUp("timeline"), log: t.store.log)
        let entries = try reader.entries(of: OrganizationID.make("카카오엔터"))
        #expect(entries.map(\.kind) == [.partnership, .investment], "valid-time order")
        #expect(entries.map(\.role) == [.party, .investor])
        #expect(entries[1].amountText == "1000억원")
        #expect(entries[1].document == "x.txt")
        #expect(entries[1].others.map(\.org) == [OrganizationID.make("리벨리온")])
        #expect(entries[0].others.map(\.org) == [OrganizationID.make("KT")])
        #expect(try reader.entries(of: OrganizationID.make("카카오")).isEmpty, "an aliased name has no timeline of its own")
        var all: [String] = []
        try reader.forEachEntry { all.append("\($0.org) \($0.position)"); return true }
        #expect(all.count == 4)
    }
}
