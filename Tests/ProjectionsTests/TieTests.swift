import EventLog
import Events
import Foundation
import LevelDB
import Projections
import Testing

/// A projection answers only for the log it was folded from: restored or replaced logs, and
/// damaged projection files, are rebuilt from the log with a warning.
@Suite struct TieTests {
    func copyDirectory(_ from: String, _ to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
        try? FileManager.default.removeItem(atPath: to + "/LOCK")
    }

    @Test func aLogRestoredFromAnOlderCopyUnderNewerProjectionsIsFollowed() throws {
        let path = NSTemporaryDirectory() + "kgraph-tie-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let backup = path + "-backup"
        defer { try? FileManager.default.removeItem(atPath: backup) }
        do {
            let store = try Store.create(at: path)
            try store.log.append([partnership("KT", "카카오", "2024-01-01")])
            try store.log.append((0..<8).map { partnership("회사\($0)", "기관\($0)", "2024-02-0\(1 + $0)") })
        }
        try copyDirectory(path + "/log", backup)  // the backup: 9 events
        do {
            let store = try Store.open(at: path)
            try store.log.append((0..<60).map { partnership("KT", "후기\($0)", "2024-03-01") })
            let catalog = ProjectionCatalog(store: store)
            #expect(try OrgGraphReader(try catalog.caughtUp("org-graph"), log: store.log).partners("KT").count == 61)
            _ = try catalog.caughtUp("timeline")
        }
        try copyDirectory(backup, path + "/log")  // restored under the projections of 69 events
        let store = try Store.open(at: path)
        let catalog = ProjectionCatalog(store: store)
        var warnings: [String] = []
        catalog.warn = { warnings.append($0) }
        let listed = try catalog.list()
        #expect(listed.allSatisfy { $0.checkpoint <= store.log.head }, "\(listed.map { ($0.instance, $0.checkpoint) })")
        let graph = try OrgGraphReader(try catalog.caughtUp("org-graph"), log: store.log)
        #expect(try graph.partners("KT") == ["카카오:1"])
        #expect(try catalog.caughtUp("timeline").meta.checkpoint == 9)
        #expect(warnings.contains { $0.contains("lies past the log head 9") && $0.contains("rebuilding it from the log") }, "\(warnings)")
    }

    @Test func projectionsOfAnotherLogOfTheSameLengthAreRebuilt() throws {
        let a = try TempStore()
        try a.store.log.append((0..<10).map { partnership("회사\($0)", "기관\($0)", "2024-01-0\(1 + $0 % 9)") })
        _ = try a.catalog.caughtUp("org-graph")
        a.catalog.close()
        let b = try TempStore()
        try b.store.log.append((0..<10).map { partnership("다른\($0)", "기관\($0)", "2024-01-0\(1 + $0 % 9)") })
        // b's projections are swapped for a's: same checkpoint, another log.
        let dir = "/org-graph@\(OrgGraphProjection.currentVersion)"
        try copyDirectory(a.path + "/projections" + dir, b.path + "/projections" + dir)
        var warnings: [String] = []
        b.catalog.warn = { warnings.append($0) }
        let graph = try OrgGraphReader(try b.catalog.caughtUp("org-graph"), log: b.store.log)
        #expect(try graph.partners("다른3") == ["기관3:1"])
        #expect(try graph.partners("회사3").isEmpty)
        #expect(warnings.contains { $0.contains("differs from this log") }, "\(warnings)")
    }

    @Test func flippedBytesInAProjectionNeverChangeAnAnswer() throws {
        let t = try TempStore()
        let events = (0..<300).map { partnership("회사\($0 % 40)", "기관\($0 % 23)", "2024-0\(1 + $0 % 9)-1\($0 % 10)") }
        try t.store.log.append(events)
        let expected = try (0..<40).map { try t.graph.partners("회사\($0)") }
        do { try t.catalog.caughtUp("org-graph").compact() }
        t.catalog.close()
        let dir = t.path + "/projections/org-graph@\(OrgGraphProjection.currentVersion)"
        let tables = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".ldb") }.map { dir + "/" + $0 }
        let table = try #require(tables.max { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0) ?? 0 < (try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) ?? 0 })
        let pristine = try #require(FileManager.default.contents(atPath: table))
        var rebuilt = 0
        for offset in stride(from: 3, to: pristine.count, by: max(1, pristine.count / 25)) {
            var bytes = pristine
            bytes[offset] ^= 0x10
            if FileManager.default.fileExists(atPath: table) { try bytes.write(to: URL(fileURLWithPath: table)) }
            let catalog = ProjectionCatalog(store: t.store)
            var warned = false
            catalog.warn = { _ in warned = true }
            var answers: [[String]]
            do {
                let graph = try OrgGraphReader(try catalog.caughtUp("org-graph"), log: t.store.log)
                answers = try (0..<40).map { try graph.partners("회사\($0)") }
            } catch is LevelDBError {
                // Found while reading: what a query does then (rebuild and answer again).
                warned = true
                try catalog.discardLive()
                catalog.close()
                let graph = try OrgGraphReader(try catalog.caughtUp("org-graph"), log: t.store.log)
                answers = try (0..<40).map { try graph.partners("회사\($0)") }
            }
            catalog.close()
            #expect(answers == expected, "a flip at byte \(offset) changed an answer")
            if warned { rebuilt += 1 }
            // Put the table back for the next flip when it is still the one in use.
            if FileManager.default.fileExists(atPath: table) { try pristine.write(to: URL(fileURLWithPath: table)) } else { break }
        }
        #expect(rebuilt > 0)
    }
}
