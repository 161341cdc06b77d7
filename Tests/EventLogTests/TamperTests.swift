import EventLog
import Events
import Foundation
import LevelDB
import Testing

/// Damage a real LevelDB log behind kgraph's back, then check `verify` names the first bad record.
@Suite struct TamperTests {
    /// A store with `count` events, closed again so the test can edit the raw database.
    func makeStore(_ count: Int = 20) throws -> TempDir {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        for chunk in stride(from: 0, to: count, by: 7) {
            try store.log.append((chunk..<min(count, chunk + 7)).map { sampleEvent($0) }, articles: ["기사 \(chunk)"])
        }
        return dir
    }

    func eventKey(_ p: UInt64) -> [UInt8] { [UInt8(ascii: "e")] + withUnsafeBytes(of: p.bigEndian) { Array($0) } }

    func tamper(_ dir: TempDir, _ edit: (Database) throws -> Void) throws {
        let db = try Database(path: dir.path + "/log", options: { var o = DatabaseOptions(); o.createIfMissing = false; return o }())
        try edit(db)
    }

    func damage(_ dir: TempDir) throws -> LogDamage? {
        try Store.open(at: dir.path).log.verify().damage
    }

    @Test func intactLogVerifies() throws {
        let dir = try makeStore()
        let report = try Store.open(at: dir.path).log.verify()
        #expect(report.isIntact)
        #expect(report.recordsChecked == 20 && report.idsChecked == 20 && report.articlesChecked == 3)
    }

    @Test(arguments: [0, 5, 30, -40, -1])
    func aFlippedByteIsNamed(offset: Int) throws {
        let dir = try makeStore()
        try tamper(dir) { db in
            var value = try #require(try db.get(eventKey(12)))
            let i = offset >= 0 ? offset : value.count + offset
            value[i] ^= 0x01
            try db.put(eventKey(12), value)
        }
        let d = try damage(dir)
        #expect(d?.position == 12, "\(String(describing: d))")
        #expect(d.map { "\($0)" }?.contains("record 12") == true)
    }

    @Test func aDeletedRecordIsNamed() throws {
        let dir = try makeStore()
        try tamper(dir) { try $0.write({ let b = WriteBatch(); b.delete(eventKey(9)); return b }()) }
        #expect(try damage(dir) == .missing(position: 9))
    }

    @Test func aDeletedLastRecordIsNamed() throws {
        let dir = try makeStore()
        try tamper(dir) { try $0.write({ let b = WriteBatch(); b.delete(eventKey(20)); return b }()) }
        #expect(try damage(dir) == .missing(position: 20))
    }

    @Test func aSwappedPairIsNamed() throws {
        let dir = try makeStore()
        try tamper(dir) { db in
            let a = try #require(try db.get(eventKey(4)))
            let b = try #require(try db.get(eventKey(5)))
            try db.put(eventKey(4), b)
            try db.put(eventKey(5), a)
        }
        #expect(try damage(dir) == .reordered(position: 4, holds: 5))
    }

    @Test func aRecordWithARecomputedFakeChainStillBreaksTheNext() throws {
        // Replacing a record wholesale (even with a well-formed one) breaks the chain at that record.
        let dir = try makeStore()
        try tamper(dir) { db in
            let other = try #require(try db.get(eventKey(3)))
            try db.put(eventKey(7), other)
        }
        let d = try damage(dir)
        #expect(d?.position == 7)
    }

    @Test func anAlteredArticleTextIsNamed() throws {
        let dir = try makeStore()
        try tamper(dir) { db in
            let hash = EventLog.articleHash("기사 7")
            try db.put([UInt8(ascii: "a")] + hash, Array("기사 8".utf8))
        }
        #expect(try damage(dir) == .articleAltered(hash: hex(EventLog.articleHash("기사 7"))))
    }

    @Test func unknownKindsAreSkippedAndCounted() throws {
        let dir = try makeStore(3)
        try tamper(dir) { db in
            var record = RecordCodec.encode(sampleEvent(99))
            record[1] = 77  // a kind from some future kgraph
            record.replaceSubrange(4..<12, with: withUnsafeBytes(of: UInt64(4).bigEndian) { Array($0) })
            // Appended the way that kgraph would: chained, and the head moved.
            let previous = try #require(try db.get(eventKey(3))).suffix(32)
            let chain = EventLog.chain(previous: Array(previous), position: 4, record: record)
            try db.put(eventKey(4), record + chain)
            try db.put(Array("mhead".utf8), withUnsafeBytes(of: UInt64(4).bigEndian) { Array($0) } + chain)
        }
        let store = try Store.open(at: dir.path)
        var seen = 0
        try store.log.forEach { _ in seen += 1; return true }
        #expect(seen == 3)
        #expect(store.log.skippedUnknownKinds == 1)
    }
}
