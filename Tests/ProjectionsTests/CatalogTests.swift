import EventLog
import Events
import Foundation
import LevelDB
import Projections
import Testing

@Suite struct CatalogTests {
    func manyEvents(_ n: Int) -> [Event] {
        (0..<n).map { i in
            switch i % 4 {
            case 0: partnership("회사\(i % 50)", "기관\(i % 13)", "2024-0\(1 + i % 9)-1\(i % 10)", doc: "d\(i % 7).txt", article: i % 5)
            case 1: investment("회사\(i % 31)", "기관\(i % 17)", "2023-1\(i % 3)", doc: "d\(i).txt")
            case 2: announcement("기관\(i % 19)", "2025", doc: "d\(i).txt")
            default: partnership("회사\(i % 50)", "회사\((i + 1) % 50)", "2022-12-0\(1 + i % 9)", doc: "e\(i).txt")
            }
        }
    }

    @Test func aReplayMatchesTheLiveDigestAndPromoteDropWork() throws {
        let t = try TempStore()
        try t.store.log.append(manyEvents(500))
        try t.store.log.append([retraction(of: manyEvents(500)[4].id), alias("회사1", is: "회사2")])
        let live = try t.catalog.caughtUp("org-graph")
        let (result, replayed) = try t.catalog.replay("org-graph", into: "org-graph-v2")
        #expect(result.applied == 502)
        #expect(try t.catalog.digest(of: replayed) == t.catalog.digest(of: live))
        for kind in ["timeline", "aliases"] {
            let l = try t.catalog.caughtUp(kind)
            #expect(try t.catalog.digest(of: t.catalog.replay(kind, into: "\(kind)-2").1) == t.catalog.digest(of: l))
        }
        try t.catalog.promote("org-graph-v2")
        #expect(try t.catalog.list().first { $0.instance == "org-graph-v2" }?.live == true)
        #expect(throws: ProjectionError.cannotDropLive("org-graph-v2")) { try t.catalog.drop("org-graph-v2") }
        try t.catalog.drop("org-graph")
        #expect(try t.catalog.list().map(\.instance).sorted() == ["aliases", "aliases-2", "org-graph-v2", "timeline", "timeline-2"])
        // Queries now read the promoted instance and keep following the head.
        try t.store.log.append([partnership("KT", "카카오", "2025-01-01")])
        #expect(try t.graph.partners("KT") == ["카카오:1"])
    }

    @Test func catchUpIsIncremental() throws {
        let t = try TempStore()
        try t.store.log.append(manyEvents(100))
        let first = try t.catalog.caughtUp("org-graph")
        #expect(first.meta.checkpoint == 100 && first.meta.appliedEvents == 100)
        try t.store.log.append([partnership("KT", "카카오", "2025-01-01")])
        let second = try t.catalog.caughtUp("org-graph")
        #expect(second.meta.checkpoint == 101 && second.meta.appliedEvents == 101)
    }

    /// The org graph's layout depends on when commits happened (a segment per organization per
    /// commit); what it says must not. Many small catch-ups, with corrections among them, give
    /// the digest of one replay, and of a replay committing every few events.
    @Test func theDigestDoesNotDependOnCommitBoundaries() throws {
        let t = try TempStore()
        let events = manyEvents(400)
        for (i, start) in stride(from: 0, to: events.count, by: 37).enumerated() {
            try t.store.log.append(Array(events[start..<min(events.count, start + 37)]))
            if i == 3 { try t.store.log.append([retraction(of: events[10].id)]) }
            if i == 6 { try t.store.log.append([alias("회사3", is: "회사4")]) }
            _ = try t.catalog.caughtUp("org-graph")
        }
        let live = try t.catalog.digest(of: t.catalog.caughtUp("org-graph"))
        let once = try t.catalog.digest(of: t.catalog.replay("org-graph", into: "once").1)
        let often = try t.catalog.digest(of: t.catalog.replay("org-graph", into: "often", commitEvery: 7).1)
        #expect(once == live)
        #expect(often == live)
        try t.store.log.append([partnership("회사1", "회사2", "2023-01-01", doc: "later.txt")])
        #expect(try t.catalog.digest(of: t.catalog.caughtUp("org-graph")) != live, "a new report changes the digest")
    }

    @Test func cutsByPositionAndDate() throws {
        let t = try TempStore()
        try t.store.log.append([partnership("KT", "마이크로소프트", "2024-06-03"), partnership("KT", "카카오", "2025-01-01")])
        let (_, byPosition) = try t.catalog.replay("org-graph", into: "at-1", untilPosition: 1)
        #expect(try OrgGraphReader(byPosition, log: t.store.log).partners("KT") == ["마이크로소프트:1"])
        let (_, byDate) = try t.catalog.replay("org-graph", into: "in-2024", untilDate: day("2024-12-31"))
        #expect(try OrgGraphReader(byDate, log: t.store.log).partners("KT") == ["마이크로소프트:1"])
        try t.store.log.append([partnership("KT", "네이버", "2024-07-01")])
        try t.catalog.promote("at-1")
        #expect(try t.graph.partners("KT") == ["마이크로소프트:1"], "a cut projection never follows the head")
        let lag = try t.catalog.list().first { $0.instance == "at-1" }?.lag
        #expect(lag == 0)
    }

    /// Cuts for knowledge time are kept up to `maxCuts`, the least recently asked removed first;
    /// asking for a cut again makes it the most recent.
    @Test func cutsAreEvictedLeastRecentlyAskedFirst() throws {
        let t = try TempStore()
        let n = ProjectionCatalog.maxCuts + 4
        try t.store.log.append(manyEvents(n + 1) + [alias("회사1", is: "회사2")])
        let cuts = t.path + "/projections/cuts"
        func kept() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: cuts)) }
        func ask(_ p: Int) throws {
            _ = try t.catalog.knownAt(UInt64(p))
            // Directory times tick with the kernel's coarse clock: a few milliseconds apart.
            Thread.sleep(forTimeInterval: 0.02)
        }
        for p in 1...ProjectionCatalog.maxCuts { try ask(p) }
        #expect(try kept() == Set((1...ProjectionCatalog.maxCuts).map(String.init)))
        try ask(1)
        for p in (ProjectionCatalog.maxCuts + 1)...n { try ask(p) }
        let after = try kept()
        #expect(after.count == ProjectionCatalog.maxCuts)
        #expect(after.contains("1"), "asked again, the first cut is recent")
        #expect(!after.contains("2") && after.contains(String(n)), "the least recently asked went first")
        let sameAnswer = try t.catalog.knownAt(UInt64(n))
        #expect(try sameAnswer.caughtUp("org-graph").meta.version == OrgGraphProjection.supportedVersions.max())
    }

    @Test func replayNamesAreChecked() throws {
        let t = try TempStore()
        #expect(throws: ProjectionError.self) { try t.catalog.replay("org-graph", into: "bad name") }
        #expect(throws: ProjectionError.self) { try t.catalog.replay("nonsense", into: "x") }
        #expect(throws: ProjectionError.unsupportedVersion(kind: "org-graph", version: 9, supported: OrgGraphProjection.supportedVersions)) {
            try t.catalog.replay("org-graph", into: "x", version: 9)
        }
        _ = try t.catalog.replay("org-graph", into: "x")
        #expect(throws: ProjectionError.alreadyExists("x")) { try t.catalog.replay("org-graph", into: "x", untilPosition: 3) }
    }

    @Test func aStaleProjectionIsRefusedWithTheFix() throws {
        let t = try TempStore()
        try t.store.log.append(manyEvents(10))
        _ = try t.catalog.caughtUp("org-graph")
        t.catalog.close()
        // The same store read by a kgraph whose org-graph rules moved on to version 5.
        let newer = ProjectionCatalog(store: t.store, factories: [
            ProjectionFactory(NewerOrgGraph.self) { _ in NewerOrgGraph() },
        ])
        #expect(throws: ProjectionError.stale(instance: "org-graph", builtWith: 4, current: 5)) { try newer.caughtUp("org-graph") }
        #expect("\(ProjectionError.stale(instance: "org-graph", builtWith: 4, current: 5))".contains("kgraph replay --projection org-graph"))
    }

    @Test func damagedStateIsRebuiltFromTheLog() throws {
        let t = try TempStore()
        try t.store.log.append(manyEvents(200))
        let digest = try t.catalog.digest(of: try t.catalog.caughtUp("org-graph"))
        t.catalog.close()
        let dir = t.path + "/projections/org-graph@\(OrgGraphProjection.currentVersion)"
        // Wreck the database: every table and the manifest lose their bytes.
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name != "LOCK" {
            FileManager.default.createFile(atPath: dir + "/" + name, contents: Data("garbage".utf8))
        }
        let fresh = ProjectionCatalog(store: t.store)
        var warnings: [String] = []
        fresh.warn = { warnings.append($0) }
        let rebuilt = try fresh.caughtUp("org-graph")
        #expect(try fresh.digest(of: rebuilt) == digest)
        #expect(warnings.contains { $0.contains("damaged") && $0.contains("rebuilding it from the log") })
        #expect(try t.store.log.verify().isIntact, "the log is never touched")
    }

    @Test func unknownKindsAreSkippedAndCounted() throws {
        let path = NSTemporaryDirectory() + "kgraph-proj-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { try Store.create(at: path).log.append(manyEvents(3)) }
        do {
            // A record of a kind from some newer kgraph, written straight into the log database.
            var options = DatabaseOptions()
            options.createIfMissing = false
            let db = try Database(path: path + "/log", options: options)
            var record = RecordCodec.encode(announcement("KT", "2025-01-01"))
            record[1] = 77
            let position = withUnsafeBytes(of: UInt64(4).bigEndian) { Array($0) }
            record.replaceSubrange(4..<12, with: position)
            // Chained as a newer kgraph would append it.
            let previous = Array(try #require(try db.get([UInt8(ascii: "e")] + withUnsafeBytes(of: UInt64(3).bigEndian) { Array($0) })).suffix(32))
            let chain = EventLog.chain(previous: previous, position: 4, record: record)
            try db.put([UInt8(ascii: "e")] + position, record + chain)
            try db.put(Array("mhead".utf8), position + chain)
        }
        let store = try Store.open(at: path)
        let catalog = ProjectionCatalog(store: store)
        var warnings: [String] = []
        catalog.warn = { warnings.append($0) }
        let state = try catalog.caughtUp("org-graph")
        #expect(state.meta.checkpoint == 4)
        #expect(state.meta.appliedEvents == 3)
        #expect(state.meta.skippedUnknownKinds == 1)
        #expect(warnings.contains { $0.contains("skipped 1 events of kinds this kgraph does not know") })
    }
}

/// The org-graph rules as a later kgraph might ship them.
final class NewerOrgGraph: Projection {
    static let kind = "org-graph"
    static let supportedVersions = [5]
    func apply(_ event: Event, _ context: ProjectionContext) throws {}
}
