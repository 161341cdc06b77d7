import Crypto
import EventLog
import Events
import PostgresNIO

extension PostgresEventLog {
    /// Walks the whole log in position order as the LevelDB log's `verify` does: recomputes the
    /// hash chain, checks positions are 1, 2, 3, … with no gaps, that each row's event_id (the
    /// idempotency index) is its record's id, and that every article text hashes to its key.
    /// Stops at the first damage found. Tables that refuse UPDATE and DELETE make damage unlikely,
    /// not impossible: a superuser can disable the triggers.
    public func verify() throws -> VerifyReport {
        lock.lock()
        defer { lock.unlock() }
        var report = VerifyReport()
        var chain = [UInt8](repeating: 0, count: EventLog.chainSize)
        var expected: UInt64 = 1
        while true {
            let rows = try server.query("""
                SELECT position, event_id, record, chain FROM kgraph_events
                WHERE position >= \(Int64(expected)) ORDER BY position LIMIT \(pageSize)
                """)
            for row in rows {
                let (position, id, record, stored): (Int64, String, ByteBuffer, ByteBuffer)
                do { (position, id, record, stored) = try row.decode((Int64, String, ByteBuffer, ByteBuffer).self) } catch {
                    report.damage = .undecodable(position: expected, reason: "\(error)")
                    return report
                }
                let pos = UInt64(position)
                if pos != expected {
                    report.damage = .missing(position: expected)
                    return report
                }
                if let damage = check(record, stored: Array(stored.readableBytesView), id: id, at: pos, chain: &chain) {
                    report.damage = damage
                    return report
                }
                report.recordsChecked += 1
                report.idsChecked += 1
                expected += 1
            }
            if rows.rows.count < pageSize { break }
        }
        knownHead = expected - 1
        if let damage = try verifyArticles(&report) { report.damage = damage }
        return report
    }

    private func check(_ record: ByteBuffer, stored: [UInt8], id: String, at pos: UInt64, chain: inout [UInt8]) -> LogDamage? {
        record.withUnsafeReadableBytes { bytes -> LogDamage? in
            guard bytes.count > 12 else { return .undecodable(position: pos, reason: "record is truncated") }
            let computed = EventLog.chain(previous: chain, position: pos, record: bytes)
            if computed != stored {
                let holds = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 4, as: UInt64.self))
                // Say "reordered" only when the record is intact but sits at another position.
                if holds != pos, EventLog.isIntactRecord(bytes, position: holds) {
                    return .reordered(position: pos, holds: holds)
                }
                return .altered(position: pos)
            }
            chain = computed
            guard let event = try? RecordCodec.decode(bytes) else {
                return .undecodable(position: pos, reason: "the record does not decode")
            }
            if event.id != id { return .indexMismatch(id: id, detail: "position \(pos) holds event \(event.id)") }
            return nil
        }
    }

    private func verifyArticles(_ report: inout VerifyReport) throws(StoreError) -> LogDamage? {
        var after = ByteBuffer()
        while true {
            let rows = try server.query("""
                SELECT hash, text FROM kgraph_articles WHERE hash > \(after) ORDER BY hash LIMIT \(pageSize)
                """)
            for row in rows {
                let (hash, text) = try decode(row, (ByteBuffer, String).self)
                let key = Array(hash.readableBytesView)
                if Array(SHA256.hash(data: Array(text.utf8))) != key { return .articleAltered(hash: hex(key)) }
                report.articlesChecked += 1
                after = hash
            }
            if rows.rows.count < pageSize { return nil }
        }
    }
}
