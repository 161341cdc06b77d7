import EventLog
import Events
import Foundation
import LevelDB
import Testing

@Suite struct EventLogTests {
    @Test func appendsWithGaplessPositionsAndReadsBack() throws {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        let first = try store.log.append((0..<5).map { sampleEvent($0) })
        #expect(first.appended.map(\.position) == [1, 2, 3, 4, 5])
        let second = try store.log.append((5..<8).map { sampleEvent($0) })
        #expect(second.appended.map(\.position) == [6, 7, 8])
        var seen: [UInt64] = []
        try store.log.forEach { e in
            seen.append(e.position)
            #expect(e.recordedAt > 0)
            return true
        }
        #expect(seen == Array(1...8))
        #expect(try store.log.event(at: 3)?.id == sampleEvent(2).id)
    }

    @Test func reAppendingAnIdIsANoOp() throws {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        let events = (0..<4).map { sampleEvent($0) }
        try store.log.append(events)
        let again = try store.log.append(events + [sampleEvent(9)] + [sampleEvent(9)])
        #expect(again.appended.count == 1)
        #expect(again.alreadyPresent.count == 5)
        #expect(again.alreadyPresent.last?.position == 5, "a duplicate within the batch points at its first copy")
        #expect(store.log.head == 5)
        #expect(store.log.countsByKind[.partnership] == 5)
        #expect(try store.log.verify().isIntact)
    }

    @Test func anIdReusedForAnotherClaimFailsTheWholeBatch() throws {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        var first = sampleEvent(0)
        first.id = "e-1"
        try store.log.append([first])
        var retry = first
        retry.confidence = 0.5  // not part of the claim: a retry
        #expect(try store.log.append([retry]).alreadyPresent.map(\.position) == [1])
        var other = sampleEvent(1, kind: .ban)
        other.id = "e-1"
        #expect(throws: StoreError.idConflict(id: "e-1", index: 1, position: 1, earlierIndex: nil)) {
            try store.log.append([sampleEvent(2), other])
        }
        var twin = sampleEvent(3)
        twin.id = "e-2"
        var clash = sampleEvent(4)
        clash.id = "e-2"
        #expect(throws: StoreError.idConflict(id: "e-2", index: 1, position: nil, earlierIndex: 0)) {
            try store.log.append([twin, clash])
        }
        #expect(store.log.head == 1, "a failed batch appends nothing")
        #expect(try store.log.verify().isIntact)
    }

    @Test func expectedHeadGuardsAgainstAnotherWriter() throws {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        try store.log.append([sampleEvent(0)], expectedHead: 0)
        #expect(throws: StoreError.headMismatch(expected: 0, actual: 1)) {
            try store.log.append([sampleEvent(1)], expectedHead: 0)
        }
        #expect(store.log.head == 1)
        try store.log.append([sampleEvent(1)], expectedHead: 1)
        #expect(store.log.head == 2)
    }

    @Test func filtersByKindOrganizationDocumentAndPosition() throws {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        try store.log.append([
            sampleEvent(1), sampleEvent(2, kind: .investment), sampleEvent(3, kind: .ban, document: "other.txt"),
            sampleEvent(8), sampleEvent(22, kind: .investment),
        ])
        func positions(_ filter: EventFilter, from: UInt64 = 1) throws -> [UInt64] {
            var out: [UInt64] = []
            try store.log.forEach(from: from, filter: filter) { out.append($0.position); return true }
            return out
        }
        #expect(try positions(EventFilter(kinds: [.investment])) == [2, 5])
        #expect(try positions(EventFilter(kinds: [.investment, .ban])) == [2, 3, 5])
        #expect(try positions(EventFilter(organization: OrganizationID.make("기관1"))) == [1, 4, 5])
        #expect(try positions(EventFilter(organization: OrganizationID.make("기관1")), from: 2) == [4, 5])
        #expect(try positions(EventFilter(kinds: [.partnership], organization: OrganizationID.make("기관1"))) == [1, 4])
        #expect(try positions(EventFilter(document: "other.txt")) == [3])
        #expect(try positions(.all, from: 4) == [4, 5])
        #expect(try positions(EventFilter(organization: "nobody")).isEmpty)
    }

    @Test func storesEachArticleTextOnce() throws {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        let text = "KT는 3일 클라우드 사업 계획을 밝혔다."
        let a = try store.log.append([sampleEvent(0)], articles: [text, text])
        let b = try store.log.append([sampleEvent(1)], articles: [text])
        #expect(a.articlesStored == 1)
        #expect(b.articlesStored == 0)
        #expect(store.log.articleCount == 1)
        let hash = EventLog.articleHash(text)
        #expect(try store.log.article(hash: hash) == text)
    }

    @Test func emptyAppendChangesNothing() throws {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        let r = try store.log.append([])
        #expect(r.head == 0 && r.appended.isEmpty)
        #expect(try store.log.verify().isIntact)
    }

    @Test func survivesReopen() throws {
        let dir = TempDir()
        do {
            let store = try Store.create(at: dir.path)
            try store.log.append((0..<10).map { sampleEvent($0) })
        }
        let store = try Store.open(at: dir.path)
        #expect(store.log.head == 10)
        let r = try store.log.append([sampleEvent(3), sampleEvent(10)])
        #expect(r.appended.map(\.position) == [11])
        #expect(try store.log.verify().recordsChecked == 11)
    }
}
