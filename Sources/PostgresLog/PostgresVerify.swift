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
                SELECT position, event_id, kind, document, record, chain FROM kgraph_events
                WHERE position >= \(Int64(expected)) ORDER BY position LIMIT \(pageSize)
                """)
            var organizations = Set<OrganizationRow>()
            let pageStart = expected
            for row in rows {
                let (position, id, kind, document, record, stored): (Int64, String, Int16, String, ByteBuffer, ByteBuffer)
                do { (position, id, kind, document, record, stored) = try row.decode((Int64, String, Int16, String, ByteBuffer, ByteBuffer).self) } catch {
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
                if let event = record.withUnsafeReadableBytes({ try? RecordCodec.decode($0) }) {
                    if Int16(event.kind.rawValue) != kind {
                        report.damage = .secondaryIndexMismatch(index: "kind", detail: "row \(pos) says kind \(kind), its record \(event.kind)")
                        return report
                    }
                    if event.source.document != document {
                        report.damage = .secondaryIndexMismatch(index: "document", detail: "row \(pos) names another document than its record")
                        return report
                    }
                    for org in Set(event.participants.map(\.org)) { organizations.insert(OrganizationRow(organization: org, position: position)) }
                    report.indexEntriesChecked += 2
                }
                report.recordsChecked += 1
                report.idsChecked += 1
                expected += 1
            }
            if expected > pageStart, let damage = try checkOrganizations(organizations, from: pageStart, through: expected - 1, &report) {
                report.damage = damage
                return report
            }
            if rows.rows.count < pageSize { break }
        }
        knownHead = expected - 1
        let stray = try server.query("""
            SELECT count(*) FROM kgraph_event_organizations WHERE position < 1 OR position > \(Int64(expected - 1))
            """)
        if let n = try stray.first.map({ try decode($0, Int64.self) }), n > 0 {
            report.damage = .secondaryIndexMismatch(index: "organization", detail: "\(n) rows name positions the log does not hold")
            return report
        }
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

    private struct OrganizationRow: Hashable {
        var organization: String
        var position: Int64
    }

    /// The organization index rows of one page of positions against what its records name.
    private func checkOrganizations(_ expected: Set<OrganizationRow>, from first: UInt64, through last: UInt64,
                                    _ report: inout VerifyReport) throws(StoreError) -> LogDamage? {
        let rows = try server.query("""
            SELECT organization, position FROM kgraph_event_organizations
            WHERE position BETWEEN \(Int64(first)) AND \(Int64(last)) ORDER BY position, organization
            """)
        var actual = Set<OrganizationRow>()
        for row in rows {
            let (org, position) = try decode(row, (String, Int64).self)
            guard expected.contains(OrganizationRow(organization: org, position: position)) else {
                return .secondaryIndexMismatch(index: "organization", detail: "a row files record \(position) under an organization it does not have")
            }
            actual.insert(OrganizationRow(organization: org, position: position))
        }
        if let missing = expected.subtracting(actual).min(by: { $0.position < $1.position }) {
            return .secondaryIndexMismatch(index: "organization", detail: "record \(missing.position) has no row for \(missing.organization)")
        }
        report.indexEntriesChecked += UInt64(actual.count)
        return nil
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
