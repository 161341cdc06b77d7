import EventLog
import Events
import Foundation
import TestSupport
import PostgresLog
import Testing

/// The log's guarantees, on a real PostgreSQL server.
struct PostgresLogTests {
    @Test func appendsAreReadBackInOrderWithGaplessPositions() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        let first = try log.append((0..<5).map { sampleEvent($0) })
        #expect(first.appended.map(\.position) == [1, 2, 3, 4, 5])
        let second = try log.append((5..<8).map { sampleEvent($0) })
        #expect(second.head == 8)
        var ids: [String] = []
        try log.forEach { e in
            #expect(e.position == UInt64(ids.count + 1))
            ids.append(e.id)
            return true
        }
        #expect(ids == (0..<8).map { sampleEvent($0).id })
        #expect(try log.event(at: 3)?.id == sampleEvent(2).id)
        #expect(try log.position(of: sampleEvent(6).id) == 7)
        #expect(log.head == 8)
        #expect(try log.verify().isIntact)
    }

    @Test func anIdReusedForAnotherClaimFailsTheWholeBatch() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        var first = sampleEvent(0)
        first.id = "e-1"
        try log.append([first])
        #expect(try log.append([first]).alreadyPresent.map(\.position) == [1])
        var other = sampleEvent(1, kind: .ban)
        other.id = "e-1"
        #expect(throws: StoreError.idConflict(id: "e-1", index: 1, position: 1, earlierIndex: nil)) {
            try log.append([sampleEvent(2), other])
        }
        var twin = sampleEvent(3)
        twin.id = "e-2"
        var clash = sampleEvent(4)
        clash.id = "e-2"
        #expect(throws: StoreError.idConflict(id: "e-2", index: 1, position: nil, earlierIndex: 0)) {
            try log.append([twin, clash])
        }
        #expect(log.head == 1, "a failed batch appends nothing")
    }

    @Test func reappendingAnIdIsReportedAsPresentNotWritten() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        let events = (0..<5).map { sampleEvent($0) }
        try log.append(events)
        let again = try log.append(events + [sampleEvent(9), sampleEvent(9)])
        #expect(again.appended.map(\.id) == [sampleEvent(9).id])
        #expect(again.alreadyPresent.count == 6)
        #expect(again.alreadyPresent.last?.position == 6)
        #expect(log.head == 6)
        #expect(log.countsByKind[.partnership] == 6)
    }

    @Test func anExpectedHeadThatMovedAppendsNothing() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        try log.append([sampleEvent(0)], expectedHead: 0)
        #expect(throws: StoreError.headMismatch(expected: 0, actual: 1)) {
            try log.append([sampleEvent(1)], expectedHead: 0)
        }
        #expect(log.head == 1)
        try log.append([sampleEvent(1)], expectedHead: 1)
        #expect(log.head == 2)
    }

    @Test func aFailedBatchAppendsNothing() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        try log.append([sampleEvent(0)])
        // PostgreSQL text cannot hold NUL: the third event's row is refused, so the whole batch is.
        let bad = [sampleEvent(1), sampleEvent(2), sampleEvent(3, document: "bad\u{0}name.txt")]
        #expect(throws: StoreError.self) { try log.append(bad, articles: ["기사 본문"]) }
        #expect(log.head == 1)
        #expect(log.articleCount == 0)
        #expect(try log.position(of: sampleEvent(1).id) == nil)
        try log.append([sampleEvent(1)])
        #expect(log.head == 2)
        #expect(try log.verify().isIntact)
    }

    @Test func articleTextsAreStoredOnceByHash() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        let text = "KT와 마이크로소프트가 협력한다고 3일 밝혔다."
        let a = try log.append([sampleEvent(0)], articles: [text, text])
        let b = try log.append([sampleEvent(1)], articles: [text])
        #expect(a.articlesStored == 1)
        #expect(b.articlesStored == 0)
        #expect(log.articleCount == 1)
        #expect(try log.article(hash: EventLog.articleHash(text)) == text)
        #expect(try log.verify().articlesChecked == 1)
    }

    @Test func filtersSelectWhatTheLevelDBLogSelects() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        let dir = TempDir()
        let store = try Store.create(at: dir.path + "/store")
        var events: [Event] = []
        for n in 0..<60 {
            let kind: EventKind = [.partnership, .investment, .ban, .announcement][n % 4]
            events.append(sampleEvent(n, kind: kind, document: "doc\(n % 3).txt"))
        }
        try log.append(events)
        try store.log.append(events)
        let someOrg = events[5].participants[0].org
        let filters = [
            EventFilter(), EventFilter(kinds: [.ban]), EventFilter(kinds: [.ban, .investment]),
            EventFilter(organization: someOrg), EventFilter(document: "doc1.txt"),
            EventFilter(kinds: [.investment], organization: someOrg, document: "doc2.txt"),
        ]
        for filter in filters {
            for from: UInt64 in [1, 17] {
                var fromPostgres: [UInt64] = [], fromLevelDB: [UInt64] = []
                try log.forEach(from: from, filter: filter) { fromPostgres.append($0.position); return true }
                try store.log.forEach(from: from, filter: filter) { fromLevelDB.append($0.position); return true }
                #expect(fromPostgres == fromLevelDB, "filter \(filter) from \(from)")
                if from == 1 { #expect(!fromLevelDB.isEmpty, "filter \(filter) selects nothing: the test proves little") }
            }
        }
    }

    @Test func readsPageThroughLongLogs() throws {
        let (_, _, _, log) = try TestServer.freshLog()
        log.pageSize = 7
        try log.append((0..<50).map { sampleEvent($0) })
        var positions: [UInt64] = []
        try log.forEachRecord(from: 3) { p, _ in positions.append(p); return p < 40 }
        #expect(positions == Array(3...40))
        #expect(try log.verify().recordsChecked == 50)
    }
}
