import EventLog
import Events
import Projections

/// One thing the log learned in a knowledge-time span (`kgraph changes`).
public struct Change: Sendable {
    public enum What: String, Sendable {
        /// A relation (kind and participants) the log did not hold before.
        case newRelation = "new relation"
        /// A known relation on a date no earlier report of it is compatible with (the org graph's
        /// occurrence rule, `Occurrences.compatible`).
        case newOccurrence = "new occurrence"
        /// Another report of a known occurrence.
        case newSource = "new source"
        case retraction
        case alias
        case article
    }

    public var what: What
    public var event: Event
    /// For a retraction: the event it withdraws (or restores), when the log has it.
    public var target: Event?
}

/// What the log learned between two positions: every record after `since` up to `until`,
/// each relation event told as new, a new occurrence, or a new source of a known one. The
/// organizations of relations are compared as the alias table knows them now.
public enum Changes {
    public static func between(_ log: any EventLogBackend, names: AliasesReader, since: UInt64, until: UInt64) throws -> [Change] {
        var known: [String: [(id: String, date: PartialDate)]] = [:]
        var retracted = Set<String>()
        func key(_ e: Event) throws -> String {
            var parts: [String] = []
            for p in e.participants { parts.append("\(p.role.rawValue):\(try names.canonical(p.org))") }
            return "\(e.kind.rawValue)|" + Set(parts).sorted().joined(separator: "|")
        }
        var out: [Change] = []
        var byId: [String: Event] = [:]
        try log.forEach(from: 1) { e in
            if e.position > until { return false }
            let inSpan = e.position > since
            if inSpan { byId[e.id] = e }
            switch e.kind {
            case .retraction:
                if let t = e.retracts {
                    if retracted.contains(t) { retracted.remove(t) } else { retracted.insert(t) }
                }
                if inSpan {
                    var target = byId[e.retracts ?? ""]
                    if target == nil, let t = e.retracts, let p = try log.position(of: t) { target = try log.event(at: p) }
                    out.append(Change(what: .retraction, event: e, target: target))
                }
            case .alias:
                if inSpan { out.append(Change(what: .alias, event: e)) }
            case .article:
                if inSpan { out.append(Change(what: .article, event: e)) }
            case .announcement, .partnership, .investment, .ban:
                let k = try key(e)
                if inSpan {
                    let dates = known[k, default: []].filter { !retracted.contains($0.id) }.map(\.date)
                    let what: Change.What = dates.isEmpty ? .newRelation
                        : dates.contains(where: { Occurrences.compatible($0, e.occurredAt) }) ? .newSource : .newOccurrence
                    out.append(Change(what: what, event: e))
                }
                known[k, default: []].append((e.id, e.occurredAt))
            }
            return true
        }
        return out
    }

    /// The last position recorded before `milliseconds` (knowledge time, ms since 1970 UTC): a
    /// span "since a date" starts after it.
    public static func position(before milliseconds: Int64, in log: any EventLogBackend) throws -> UInt64 {
        var last: UInt64 = 0
        try log.forEachRecord(from: 1) { position, record in
            let header = try RecordCodec.header(record)
            if header.recordedAt >= milliseconds { return false }
            last = position
            return true
        }
        return last
    }
}
