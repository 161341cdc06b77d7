import EventLog
import Events
import Foundation
@testable import Projections
import Testing

/// One reader of the log feeding several folds (`SharedRecordFeed`, `ProjectionCatalog.catchUpAll`).
@Suite struct SharedReaderTests {
    /// Each record of the log from `position` on, as the log itself hands them out.
    func records(_ log: any EventLogBackend, from position: UInt64, through last: UInt64 = .max) throws -> [(UInt64, [UInt8])] {
        var out: [(UInt64, [UInt8])] = []
        try log.forEachRecord(from: position) { at, record in
            guard at <= last else { return false }
            out.append((at, Array(record)))
            return true
        }
        return out
    }

    func filled(_ n: Int) throws -> TempStore { try filledWithEvents(n).0 }

    func filledWithEvents(_ n: Int) throws -> (TempStore, [Event]) {
        let t = try TempStore()
        var all: [Event] = []
        for i in 0..<n {
            all.append(i % 3 == 0 ? announcement("기관\(i % 31)", "2025", doc: "a\(i).txt")
                       : partnership("회사\(i % 37)", "기관\(i % 19)", "2024-0\(1 + i % 9)-1\(i % 10)", doc: "d\(i).txt"))
        }
        for start in stride(from: 0, to: n, by: 97) { try t.store.log.append(Array(all[start..<min(n, start + 97)])) }
        return (t, all)
    }

    /// Folds that start at different positions and stop at different places each see exactly
    /// the records the log hands out, through chunks far smaller than the log and a window of
    /// two chunks (so the reader waits for the slowest fold), and the reader stops once every
    /// fold has stopped.
    @Test func everyFoldSeesTheLogsRecordsInOrder() throws {
        let t = try filled(500)
        let log = t.store.log
        // (first position, last position the fold wants, or nil for all)
        let folds: [(from: UInt64, until: UInt64?)] = [(1, nil), (5, 20), (137, nil), (1, 333)]
        let feed = SharedRecordFeed(consumers: folds.count, capacity: 2)
        let seen = UnsafeMutableBufferPointer<[(UInt64, [UInt8])]>.allocate(capacity: folds.count)
        seen.initialize(repeating: [])
        defer { seen.deinitialize(); seen.deallocate() }
        let box = Seen(seen)
        let done = DispatchGroup()
        ProjectionCatalog.spawn(done) { [log = UncheckedLog(log)] in
            feed.produce(log: log.log, from: 1, through: log.log.head, chunkBytes: 1 << 20, chunkRecords: 3)
        }
        for (i, fold) in folds.enumerated() {
            ProjectionCatalog.spawn(done) {
                try? feed.forEachRecord(i, from: fold.from) { at, record in
                    if let until = fold.until, at > until { return false }
                    box.seen[i].append((at, Array(record)))
                    return true
                }
            }
        }
        done.wait()
        for (i, fold) in folds.enumerated() {
            let expected = try records(log, from: fold.from, through: fold.until ?? .max)
            #expect(box.seen[i].map { $0.0 } == expected.map { $0.0 }, "fold \(i)")
            let sameBytes = box.seen[i].map { $0.1 } == expected.map { $0.1 }
            #expect(sameBytes, "fold \(i) was handed other bytes than the log's")
        }
        #expect(box.seen[0].count == 500)
    }

    /// Every fold stopping early ends the reader too, long before the end of the log.
    @Test func theReaderStopsWhenNoFoldIsLeft() throws {
        let t = try filled(300)
        let feed = SharedRecordFeed(consumers: 2, capacity: 1)
        let done = DispatchGroup()
        let log = UncheckedLog(t.store.log)
        ProjectionCatalog.spawn(done) { feed.produce(log: log.log, from: 1, through: log.log.head, chunkRecords: 2) }
        for i in 0..<2 {
            ProjectionCatalog.spawn(done) { try? feed.forEachRecord(i, from: 1) { at, _ in at < 4 } }
        }
        #expect(done.wait(timeout: .now() + 30) == .success, "the reader waited for folds that had stopped")
    }

    /// Folds from different checkpoints, side by side over the shared reader, across many
    /// chunks, with corrections along the way: the same states as each projection replayed alone.
    @Test func sideBySideFromDifferentCheckpointsEqualsAlone() throws {
        let (t, first) = try filledWithEvents(2_500)
        try t.store.log.append([alias("회사3", is: "회사4"), retraction(of: first[1].id)])
        _ = try t.catalog.caughtUp("aliases")
        var later: [Event] = []
        for i in 0..<1_800 { later.append(investment("회사\(i % 41)", "기관\(i % 23)", "2023-0\(1 + i % 9)", doc: "i\(i).txt")) }
        try t.store.log.append(later)
        _ = try t.catalog.caughtUp("timeline")
        try t.store.log.append([alias("기관5", is: "회사1"), retraction(of: later[7].id)])
        try t.store.log.append(later.prefix(200).map { e in
            var copy = e
            copy.id = e.id + "-again"
            return copy
        })
        let before = try t.catalog.list().filter(\.live).reduce(into: [String: UInt64]()) { $0[$1.kind] = $1.checkpoint }
        #expect(Set(before.values).count >= 2, "the folds start from different checkpoints: \(before)")
        let results = try t.catalog.catchUpAll()
        #expect(results.count >= 2)
        #expect(results.values.allSatisfy { $0.checkpoint == t.store.log.head && !$0.interrupted && $0.applied > 0 })
        for kind in ["org-graph", "aliases", "timeline"] {
            let side = try t.catalog.digest(of: t.catalog.caughtUp(kind))
            let alone = try t.catalog.digest(of: t.catalog.replay(kind, into: kind + "-alone").1)
            #expect(side == alone, "\(kind)")
        }
    }

    /// A view of the log as it was at a position (`knownAt`: an alias came later) folds side by
    /// side up to there only.
    @Test func sideBySideStopsAtTheKnownAtPosition() throws {
        let t = try filled(1_500)
        try t.store.log.append([alias("회사3", is: "회사4")])
        let view = try t.catalog.knownAt(700)
        #expect(view.untilPosition == 700)
        let results = try view.catchUpAll(["org-graph", "aliases", "timeline"])
        #expect(results.count == 3)
        #expect(results.values.allSatisfy { $0.checkpoint == 700 && $0.applied == 700 })
    }

    /// A replay that reads the log on a thread of its own builds the same state as one that
    /// reads it on the folding thread, through many commits and an alias; one cut at a position
    /// stops there, and its reader with it.
    @Test func readingAheadBuildsTheSameState() throws {
        let t = try filled(1_500)
        try t.store.log.append([alias("회사3", is: "회사4")])
        for kind in ["org-graph", "aliases", "timeline"] {
            t.catalog.readAheadFrom = 1
            let (ahead, aheadState) = try t.catalog.replay(kind, into: kind + "-ahead", commitEvery: 200)
            let (cut, _) = try t.catalog.replay(kind, into: kind + "-cut", untilPosition: 700, commitEvery: 200)
            t.catalog.readAheadFrom = nil
            let (inline, inlineState) = try t.catalog.replay(kind, into: kind + "-inline", commitEvery: 200)
            #expect(ahead.checkpoint == t.store.log.head && ahead.applied == inline.applied, "\(kind)")
            #expect(cut.checkpoint == 700 && cut.applied == 700, "\(kind)")
            #expect(try t.catalog.digest(of: aheadState) == t.catalog.digest(of: inlineState), "\(kind)")
        }
    }

    final class Seen: @unchecked Sendable {
        let seen: UnsafeMutableBufferPointer<[(UInt64, [UInt8])]>
        init(_ seen: UnsafeMutableBufferPointer<[(UInt64, [UInt8])]>) { self.seen = seen }
    }
}
