import EventLog
import Events
import Foundation
import Projections
import Testing

@Suite struct ArticlesProjectionTests {
    func article(_ n: Int, _ text: String, store: Store) throws -> Event {
        let record = ArticleRecord.make(document: "d\(n).txt", index: 0, textHash: EventLog.articleHash(text), headline: text,
                                        published: day("2024-06-0\(1 + n % 9)"), producer: Producer(name: "test", version: "1"))
        try store.log.append([record, partnership("KT", "조직\(n)", "2024-06-0\(1 + n % 9)", doc: "d\(n).txt")], articles: [text])
        return record
    }

    /// The runner commits SQLite (rows and its own checkpoint) before LevelDB (the runner's
    /// checkpoint). A crash between the two re-delivers events the SQLite file already holds;
    /// they must be skipped, or an article's event count would grow twice.
    @Test func eventsRedeliveredAfterACrashBetweenTheTwoCommitsAreSkipped() throws {
        let t = try TempStore()
        for n in 0..<3 { _ = try article(n, "기사 \(n): 가온전자가 차단했다", store: t.store) }
        _ = try t.catalog.caughtUp(ArticlesProjection.kind)
        t.catalog.close()
        let dir = try #require(try FileManager.default.contentsOfDirectory(atPath: t.store.projectionsPath).first { $0.hasPrefix("articles@") })
        let instance = t.store.projectionsPath + "/" + dir, saved = t.path + "-saved"
        try FileManager.default.copyItem(atPath: instance, toPath: saved)
        defer { try? FileManager.default.removeItem(atPath: saved) }

        // New articles, and a later event from an article already folded.
        for n in 3..<5 { _ = try article(n, "기사 \(n): 한빛소프트와 협력했다", store: t.store) }
        try t.store.log.append([investment("KT", "조직0", "2024-06-01", doc: "d0.txt")])
        _ = try t.catalog.caughtUp(ArticlesProjection.kind)
        t.catalog.close()
        // Put back the LevelDB state from before the second catch-up; keep the newer SQLite file.
        let fm = FileManager.default
        for f in try fm.contentsOfDirectory(atPath: instance) where !f.hasPrefix("index.sqlite") { try fm.removeItem(atPath: instance + "/" + f) }
        for f in try fm.contentsOfDirectory(atPath: saved) where !f.hasPrefix("index.sqlite") { try fm.copyItem(atPath: saved + "/" + f, toPath: instance + "/" + f) }

        let live = try t.catalog.caughtUp(ArticlesProjection.kind)
        #expect(live.meta.checkpoint == t.store.log.head)
        let reader = try ArticlesReader(live)
        #expect(try reader.articles(DeskFilter()).map { "\($0.document):\($0.events)" }.sorted()
                == ["d0.txt:2", "d1.txt:1", "d2.txt:1", "d3.txt:1", "d4.txt:1"])
        let (_, fresh) = try t.catalog.replay(ArticlesProjection.kind, into: "articles-fresh")
        #expect(try t.catalog.digest(of: live) == t.catalog.digest(of: fresh))
    }

    @Test func articlesEventsAndTextAreFoundAndRetractionsHideThem() throws {
        let t = try TempStore()
        let first = try article(1, "가온전자는 앱 접속을 차단했다", store: t.store)
        _ = try article(2, "한빛소프트는 신제품을 공개했다", store: t.store)
        var reader = try ArticlesReader(try t.catalog.caughtUp(ArticlesProjection.kind))
        #expect(try reader.matchingTexts(["차단"], limit: 10).count == 1)
        #expect(try reader.matchingTexts(["차단했다"], limit: 10).count == 1)
        #expect(try reader.matchingTexts(["차단", "한빛"], limit: 10).isEmpty)
        #expect(try reader.article("d1.txt#0")?.id == first.id)
        #expect(try reader.events(DeskFilter(from: day("2024-06-03"))).count == 1)
        try t.store.log.append([retraction(of: first.id)])
        reader = try ArticlesReader(try t.catalog.caughtUp(ArticlesProjection.kind))
        #expect(try reader.articles(DeskFilter()).map(\.document) == ["d2.txt"])
    }

    /// Like the LevelDB projections, the article catalog answers only for the log it was folded
    /// from: under a log of the same length with other records, it is rebuilt from the log.
    @Test func anArticleCatalogOfAnotherLogIsRebuilt() throws {
        let a = try TempStore()
        for n in 0..<3 { _ = try article(n, "기사 \(n): 가온전자가 차단했다", store: a.store) }
        _ = try a.catalog.caughtUp(ArticlesProjection.kind)
        a.catalog.close()
        let b = try TempStore()
        for n in 0..<3 { _ = try article(n, "다른 기사 \(n): 한빛소프트와 협력했다", store: b.store) }
        let dir = "/articles@\(ArticlesProjection.currentVersion)"
        try FileManager.default.copyItem(atPath: a.path + "/projections" + dir, toPath: b.path + "/projections" + dir)
        var warnings: [String] = []
        b.catalog.warn = { warnings.append($0) }
        let reader = try ArticlesReader(try b.catalog.caughtUp(ArticlesProjection.kind))
        #expect(try reader.matchingTexts(["한빛"], limit: 10).count == 3)
        #expect(try reader.matchingTexts(["가온"], limit: 10).isEmpty)
        #expect(warnings.contains { $0.contains("differs from this log") }, "\(warnings)")
    }

    /// An index.sqlite that is no longer a database is damage: rebuilt from the log with a warning.
    @Test func aDamagedArticleIndexIsRebuiltFromTheLog() throws {
        let t = try TempStore()
        for n in 0..<3 { _ = try article(n, "기사 \(n): 가온전자가 차단했다", store: t.store) }
        let before = try t.catalog.digest(of: try t.catalog.caughtUp(ArticlesProjection.kind))
        t.catalog.close()
        let dir = t.store.projectionsPath + "/articles@\(ArticlesProjection.currentVersion)"
        let fm = FileManager.default
        for f in try fm.contentsOfDirectory(atPath: dir) where f.hasPrefix("index.sqlite-") { try fm.removeItem(atPath: dir + "/" + f) }
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: dir + "/index.sqlite"))
        var warnings: [String] = []
        t.catalog.warn = { warnings.append($0) }
        do {
            let live = try t.catalog.caughtUp(ArticlesProjection.kind)
            #expect(try ArticlesReader(live).articles(DeskFilter()).count == 3)
            #expect(try t.catalog.digest(of: live) == before)
        }
        #expect(warnings.contains { $0.contains("damaged") && $0.contains("rebuilding it from the log") }, "\(warnings)")

        // A missing index.sqlite under state that holds events is damage too, never an empty answer.
        t.catalog.close()
        warnings = []
        for f in try fm.contentsOfDirectory(atPath: dir) where f.hasPrefix("index.sqlite") { try fm.removeItem(atPath: dir + "/" + f) }
        let again = try t.catalog.caughtUp(ArticlesProjection.kind)
        #expect(try ArticlesReader(again).articles(DeskFilter()).count == 3)
        #expect(warnings.contains { $0.contains("index.sqlite is missing") }, "\(warnings)")
    }
}
