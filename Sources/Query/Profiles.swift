import Events
import Projections

/// What `kgraph org NAME` shows.
public struct OrganizationProfile: Sendable {
    public var org: String
    public var name: String
    public var type: OrganizationType?
    public var aliases: [String]
    /// Per kind: relations (distinct other ends) and reports.
    public var counts: [(kind: EventKind, relations: Int, reports: Int)]
    public var firstSeen: PartialDate
    public var lastSeen: PartialDate
}

/// One event on a timeline, told once however many organizations it involves.
public struct TimelineItem: Sendable {
    public var entry: TimelineEntry
    /// Display names of every organization in the event, the timeline's own first.
    public var participants: [(role: Role, org: String, name: String)]
}

extension GraphQueries {
    public func profile(of org: String, window: TimeWindow = .always) throws -> OrganizationProfile {
        let node = try graph.node(org)
        var counts: [(EventKind, Int, Int)] = []
        var dates: [PartialDate] = []
        for kind in [EventKind.partnership, .investment, .ban, .announcement] {
            let rels = try graph.relations(of: org, kinds: [kind])
            var relations = 0, reports = 0
            for rel in rels {
                let admitted = rel.reports.filter(window.admits)
                if admitted.isEmpty { continue }
                relations += 1
                reports += admitted.count
                dates += admitted.map(\.date).filter(\.isKnown)
            }
            counts.append((kind, relations, reports))
        }
        let name = try self.name(of: org)
        let type = try node?.type ?? names.orgRecord(org).1
        return OrganizationProfile(org: org, name: name, type: type,
                                   aliases: Array(Set((node?.surfaces ?? []) + (try names.declaredAliases(of: org)))
                                       .filter { OrganizationID.make($0) != OrganizationID.make(name) }).sorted(),
                                   counts: counts,
                                   firstSeen: dates.min() ?? .unknown, lastSeen: dates.max() ?? .unknown)
    }

    /// Events of `org` and of the organizations within `depth` hops of it (everything when `org` is
    /// nil), in valid-time order, each event once.
    public func timeline(_ timeline: TimelineReader, of org: String?, depth: Int = 0, kinds: Set<EventKind> = [],
                         window: TimeWindow = .always, limit: Int = 100_000) throws -> [TimelineItem] {
        var byEvent: [String: TimelineItem] = [:]
        func take(_ e: TimelineEntry) throws {
            guard window.admits(e), kinds.isEmpty || kinds.contains(e.kind), byEvent[e.eventId] == nil else { return }
            byEvent[e.eventId] = TimelineItem(entry: e, participants: [(e.role, e.org, try name(of: e.org))] + e.others)
        }
        if let org {
            let orgs = depth > 0 ? try neighbors(of: org, depth: depth, kinds: kinds, window: window).nodes.keys.sorted() : [org]
            for o in orgs { for e in try timeline.entries(of: o) { try take(e) } }
        } else {
            try timeline.forEachEntry { e in
                try take(e)
                return byEvent.count < limit
            }
        }
        return byEvent.values.sorted { ($0.entry.date, $0.entry.position) < ($1.entry.date, $1.entry.position) }
    }
}
