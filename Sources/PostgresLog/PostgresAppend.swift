import EventLog
import Events
import Foundation
import PostgresNIO

// How appends keep the log's order trustworthy for readers on other machines.
//
// Each append is one transaction that first takes a transaction-scoped advisory lock
// (pg_advisory_xact_lock), then reads the head, assigns the next positions, inserts, and commits;
// the lock is released only after the commit is visible. So appends run one at a time, positions
// are assigned in commit order, and any snapshot a reader takes sees a gapless prefix of the
// log: a reader never sees position p+1 while p is still to come, and "everything after my
// checkpoint" is always a correct question.
//
// The trade-off: writers on all machines queue for that lock, so appends do not run in
// parallel (one batch of 1,000 events takes milliseconds, so this caps throughput, not
// correctness). The alternative, used by some event stores, lets writers take positions from a
// sequence concurrently and has readers stop at the oldest transaction still running
// (pg_snapshot_xmin(pg_current_snapshot())): appends then overlap, but positions get gaps
// (rolled-back transactions burn sequence values), every reader must apply the watermark, and
// a long transaction holds all readers back. kgraph's log promises gapless positions and a
// hash chain over consecutive records, which needs the serial order anyway.
extension PostgresEventLog {
    @discardableResult
    public func append(_ events: [Event], articles: [String], expectedHead: UInt64?) throws(StoreError) -> AppendResult {
        lock.lock()
        defer { lock.unlock() }
        let result = try server.transaction { () throws(StoreError) -> AppendResult in
            try server.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.appendLockKey))")
            // Read after the lock: this statement's snapshot includes every earlier append.
            let tail = try server.query("""
                SELECT coalesce(max(position), 0), (extract(epoch FROM clock_timestamp()) * 1000)::bigint,
                       (SELECT chain FROM kgraph_events ORDER BY position DESC LIMIT 1)
                FROM kgraph_events
                """)
            let (headValue, now, chainValue) = try decodeTail(tail.first)
            let head = UInt64(headValue)
            if let expectedHead, expectedHead != head { throw .headMismatch(expected: expectedHead, actual: head) }
            let batch = try PostgresAppendBatch(events: events, head: head, headChain: chainValue,
                                                recordedAt: now, existing: existingEvents(events))
            var result = AppendResult()
            result.alreadyPresent = batch.alreadyPresent
            result.appended = batch.appended
            if !batch.positions.isEmpty {
                try server.query(batch.insertEvents)
                try server.query(batch.insertOrganizations)
                try server.query("SELECT pg_notify(\(PostgresSchema.notifyChannel), \(String(batch.head)))")
            }
            result.articlesStored = try storeArticles(articles)
            result.head = batch.head
            return result
        }
        knownHead = result.head
        return result
    }

    private func decodeTail(_ row: PostgresRow?) throws(StoreError) -> (Int64, Int64, [UInt8]) {
        guard let row else { throw .server("\(url.masked) did not answer the head query") }
        do {
            let (head, now, chain) = try row.decode((Int64, Int64, ByteBuffer?).self)
            let bytes = chain.map { Array($0.readableBytesView) } ?? [UInt8](repeating: 0, count: EventLog.chainSize)
            guard bytes.count == EventLog.chainSize else { throw StoreError.corrupt("the chain of record \(head) is not 32 bytes") }
            return (head, now, bytes)
        } catch let e as StoreError {
            throw e
        } catch {
            throw .corrupt("the log head cannot be read: \(error)")
        }
    }

    /// The batch's ids already in the log, with their positions and events (the unique index
    /// answers this), so a reused id can be told from a retry. Each stored record is checked
    /// against the hash chain first (`checkedRow`): a conflict is never judged on an altered record.
    private func existingEvents(_ events: [Event]) throws(StoreError) -> [String: (position: UInt64, event: Event)] {
        guard !events.isEmpty else { return [:] }
        let ids = events.map(\.id)
        let rows = try server.query("""
            SELECT e.position, e.record, e.chain, p.chain FROM kgraph_events e
            LEFT JOIN kgraph_events p ON p.position = e.position - 1
            WHERE e.event_id = ANY(\(ids))
            """)
        var out: [String: (position: UInt64, event: Event)] = [:]
        for row in rows {
            let (position, record) = try checkedRow(row)
            do {
                let event = try RecordCodec.decode(record)
                out[event.id] = (position, event)
            } catch {
                throw .corrupt("the record at position \(position) cannot be decoded: \(error)")
            }
        }
        return out
    }

    /// Inserts texts not yet stored and returns how many were new.
    private func storeArticles(_ texts: [String]) throws(StoreError) -> Int {
        var seen = Set<[UInt8]>()
        var hashes: [ByteBuffer] = []
        var unique: [String] = []
        for text in texts {
            let hash = EventLog.articleHash(text)
            guard seen.insert(hash).inserted else { continue }
            hashes.append(ByteBuffer(bytes: hash))
            unique.append(text)
        }
        guard !unique.isEmpty else { return 0 }
        let rows = try server.query("""
            INSERT INTO kgraph_articles (hash, text) SELECT * FROM unnest(\(hashes)::bytea[], \(unique)::text[])
            ON CONFLICT (hash) DO NOTHING RETURNING 1
            """)
        return rows.rows.count
    }
}

/// One batch, positioned and chained: the rows an append inserts, as column arrays, so each
/// table takes the whole batch in one INSERT … SELECT FROM unnest(…) statement.
struct PostgresAppendBatch {
    var positions: [Int64] = []
    var ids: [String] = []
    var kinds: [Int16] = []
    var documents: [String] = []
    var records: [ByteBuffer] = []
    var chains: [ByteBuffer] = []
    var organizations: [String] = []
    var organizationPositions: [Int64] = []
    var appended: [(id: String, position: UInt64)] = []
    var alreadyPresent: [(id: String, position: UInt64)] = []
    var head: UInt64

    /// Positions and chains `events` after `head`; an id already in `existing` or earlier in the
    /// batch is a retry when the claim is the same (`EventID.sameClaim`) and `.idConflict` otherwise.
    init(events: [Event], head: UInt64, headChain: [UInt8], recordedAt: Int64,
         existing: [String: (position: UInt64, event: Event)]) throws(StoreError) {
        self.head = head
        var chain = headChain
        var inBatch: [String: (position: UInt64, index: Int)] = [:]
        for (index, var event) in events.enumerated() {
            if let earlier = inBatch[event.id] {
                guard EventID.sameClaim(events[earlier.index], event) else {
                    throw .idConflict(id: event.id, index: index, position: nil, earlierIndex: earlier.index)
                }
                alreadyPresent.append((event.id, earlier.position))
                continue
            }
            if let stored = existing[event.id] {
                guard EventID.sameClaim(stored.event, event) else {
                    throw .idConflict(id: event.id, index: index, position: stored.position, earlierIndex: nil)
                }
                alreadyPresent.append((event.id, stored.position))
                continue
            }
            self.head += 1
            event.position = self.head
            event.recordedAt = recordedAt
            let record = RecordCodec.encode(event)
            chain = EventLog.chain(previous: chain, position: self.head, record: record)
            positions.append(Int64(self.head))
            ids.append(event.id)
            kinds.append(Int16(event.kind.rawValue))
            documents.append(event.source.document)
            records.append(ByteBuffer(bytes: record))
            chains.append(ByteBuffer(bytes: chain))
            for org in Set(event.participants.map(\.org)).sorted() {
                organizations.append(org)
                organizationPositions.append(Int64(self.head))
            }
            inBatch[event.id] = (self.head, index)
            appended.append((event.id, self.head))
        }
    }

    var insertEvents: PostgresQuery {
        """
        INSERT INTO kgraph_events (position, event_id, kind, document, record, chain)
        SELECT * FROM unnest(\(positions)::bigint[], \(ids)::text[], \(kinds)::smallint[], \(documents)::text[],
                             \(records)::bytea[], \(chains)::bytea[])
        """
    }

    var insertOrganizations: PostgresQuery {
        """
        INSERT INTO kgraph_event_organizations (organization, position)
        SELECT * FROM unnest(\(organizations)::text[], \(organizationPositions)::bigint[])
        """
    }
}
