import EventLog
import Events
import PostgresNIO

/// The statements the readers send: one page of records in position order, narrowed by the
/// indexes a filter can use (organization, then document); kinds are narrowed in the statement
/// and checked again on the record bytes. Each row is (position, record, chain, previous
/// chain), so the reader checks every record against the hash chain.
enum PostgresReads {
    static func page(from start: UInt64, filter: EventFilter, limit: Int) -> PostgresQuery {
        let from = Int64(clamping: start)
        let kinds = filter.kinds.map { Int16($0.rawValue) }.sorted()
        var bindings = PostgresBindings()
        bindings.append(from)
        bindings.append(limit)
        // Through the organization index, or the events table alone; the same narrowing after.
        let (sql, events, order): (String, String, String)
        if let org = filter.organization {
            bindings.append(org)
            sql = "SELECT e.position, e.record, e.chain, p.chain FROM kgraph_event_organizations o JOIN kgraph_events e ON e.position = o.position LEFT JOIN kgraph_events p ON p.position = e.position - 1 WHERE o.organization = $3 AND o.position >= $1"
            (events, order) = ("e.", "o.position")
        } else {
            sql = "SELECT e.position, e.record, e.chain, p.chain FROM kgraph_events e LEFT JOIN kgraph_events p ON p.position = e.position - 1 WHERE e.position >= $1"
            (events, order) = ("e.", "e.position")
        }
        var conditions: [String] = []
        if let doc = filter.document {
            bindings.append(doc)
            conditions.append("\(events)document = $\(bindings.count)")
        }
        if !kinds.isEmpty {
            bindings.append(kinds)
            conditions.append("\(events)kind = ANY($\(bindings.count))")
        }
        let statement = sql + conditions.map { " AND " + $0 }.joined() + " ORDER BY \(order) LIMIT $2"
        return PostgresQuery(unsafeSQL: statement, binds: bindings)
    }

    static func matchesKind(_ record: UnsafeRawBufferPointer, _ filter: EventFilter) -> Bool {
        guard !filter.kinds.isEmpty else { return true }
        guard record.count > 1, let kind = EventKind(rawValue: record[1]) else { return false }
        return filter.kinds.contains(kind)
    }
}
