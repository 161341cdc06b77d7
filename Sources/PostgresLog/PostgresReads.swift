import EventLog
import Events
import PostgresNIO

/// The statements the readers send: one page of records in position order, narrowed by the
/// indexes a filter can use (organization, then document); kinds are narrowed in the statement
/// and checked again on the record bytes.
enum PostgresReads {
    static func page(from start: UInt64, filter: EventFilter, limit: Int) -> PostgresQuery {
        let from = Int64(clamping: start)
        let kinds = filter.kinds.map { Int16($0.rawValue) }.sorted()
        var bindings = PostgresBindings()
        bindings.append(from)
        bindings.append(limit)
        var conditions: [String] = []
        var sql: String
        if let org = filter.organization {
            bindings.append(org)
            sql = "SELECT e.position, e.record FROM kgraph_event_organizations o JOIN kgraph_events e ON e.position = o.position WHERE o.organization = $3 AND o.position >= $1"
            if let doc = filter.document {
                bindings.append(doc)
                conditions.append("e.document = $\(bindings.count)")
            }
            if !kinds.isEmpty {
                bindings.append(kinds)
                conditions.append("e.kind = ANY($\(bindings.count))")
            }
            sql += conditions.map { " AND " + $0 }.joined() + " ORDER BY o.position LIMIT $2"
        } else {
            sql = "SELECT position, record FROM kgraph_events WHERE position >= $1"
            if let doc = filter.document {
                bindings.append(doc)
                conditions.append("document = $\(bindings.count)")
            }
            if !kinds.isEmpty {
                bindings.append(kinds)
                conditions.append("kind = ANY($\(bindings.count))")
            }
            sql += conditions.map { " AND " + $0 }.joined() + " ORDER BY position LIMIT $2"
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    static func matchesKind(_ record: UnsafeRawBufferPointer, _ filter: EventFilter) -> Bool {
        guard !filter.kinds.isEmpty else { return true }
        guard record.count > 1, let kind = EventKind(rawValue: record[1]) else { return false }
        return filter.kinds.contains(kind)
    }
}
