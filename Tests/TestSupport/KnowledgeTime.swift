import EventLog
import Events
import Foundation
import Projections
import Query

/// The knowledge-time property, shared by the LevelDB and PostgreSQL tests: on a log with
/// interleaved retractions, re-retractions, aliases and splits, the answer at `--known-at P` equals
/// the answer of a store that holds only the first P events, for every P.
public enum KnowledgeTime {
    /// A small deterministic generator, so a failing seed can be replayed.
    public typealias Random = SplitMix

    static let names = ["KT", "케이티", "네이버", "카카오", "LG", "엘지"]

    /// `count` events with ids `k-0`, `k-1`, …: relations among a few names, article records,
    /// retractions of earlier events (retractions and article records among them) and of events
    /// still to come, aliases between the names and splits (none without `aliases`).
    public static func randomLog(seed: UInt64, count: Int, aliases: Bool = true) -> [Event] {
        var rng = Random(seed: seed)
        var events: [Event] = []
        for i in 0..<count {
            var e: Event
            let roll = rng.below(10)
            if roll < 3, !events.isEmpty {
                // Mostly an earlier event; now and then one that comes later.
                let target = rng.below(6) == 0 ? "k-\(i + 1 + rng.below(4))" : events[rng.below(events.count)].id
                e = Event(kind: .retraction, occurredAt: .unknown, source: Source(document: "cli"), participants: [],
                          reason: "정정", retracts: target)
            } else if roll < 5, aliases {
                let name = names[rng.below(names.count)]
                let org = rng.below(3) == 0 ? name : names[rng.below(names.count)]
                e = Event(kind: .alias, occurredAt: .unknown, source: Source(document: "cli"), participants: [],
                          alias: AliasDeclaration(name: name, organization: org))
            } else if roll == 9 {
                // An article record: it names no organization, but takes a position and may be retracted.
                e = ArticleRecord.make(document: "d\(i).txt", index: 0, textHash: Array(repeating: UInt8(i & 0xFF), count: 32),
                                       headline: "기사 \(i)", published: PartialDate(year: 2024, month: 1 + rng.below(12), day: 1)!,
                                       producer: Producer(name: "test", version: "1"))
            } else {
                let a = names[rng.below(names.count)]
                var b = names[rng.below(names.count)]
                if a == b { b = names[(names.firstIndex(of: a)! + 1) % names.count] }
                let kind: EventKind = rng.below(3) == 0 ? .investment : .partnership
                let roles: [Role] = kind == .partnership ? [.party, .party] : [.investor, .target]
                e = Event(kind: kind, occurredAt: PartialDate(year: 2024, month: 1 + rng.below(12), day: 1 + rng.below(28))!,
                          source: Source(document: "d\(i).txt", article: 0, evidence: "\(a)와 \(b) \(i)"),
                          participants: [Participant(role: roles[0], name: a), Participant(role: roles[1], name: b)])
            }
            e.id = "k-\(i)"
            events.append(e)
        }
        return events
    }

    /// Every edge and timeline entry a query at knowledge time `knownAt` (nil: now) sees, as
    /// sorted lines: organizations, kinds, dates, source counts and the positions cited.
    public static func answer(_ store: Store, knownAt: UInt64?) throws -> [String] {
        let live = ProjectionCatalog(store: store)
        let catalog = try knownAt.map { try live.knownAt($0) } ?? live
        defer {
            catalog.close()
            live.close()
        }
        let window = TimeWindow(knownAtPosition: knownAt)
        let queries = GraphQueries(graph: try OrgGraphReader(try catalog.caughtUp(OrgGraphProjection.kind), log: store.log, knownAt: knownAt),
                                   names: AliasesReader(try catalog.caughtUp(AliasesProjection.kind)))
        var lines: [String] = []
        let graph = try queries.wholeGraph(window: window)
        for e in graph.edges {
            lines.append("edge \(e.kind) \(e.from)(\(graph.nodes[e.from] ?? "?")) → \(e.to)(\(graph.nodes[e.to] ?? "?")) \(e.first)…\(e.last) sources \(e.sources) cites \(e.evidence.position)")
        }
        for org in Set(graph.edges.flatMap { [$0.from, $0.to] }) where !org.isEmpty {
            for kind in [EventKind.partnership, .investment] {
                for r in try queries.relations(of: org, kind: kind, window: window) {
                    lines.append("relation \(org) \(kind) \(r.direction) \(r.org) \(r.first)…\(r.last) reports \(r.reports) occurrences \(r.occurrences.count)")
                }
            }
        }
        try TimelineReader(try catalog.caughtUp(TimelineProjection.kind), log: store.log, knownAt: knownAt).forEachEntry { e in
            if window.admits(e) { lines.append("timeline \(e.org) \(e.position) \(e.kind) \(e.role) \(e.others.map(\.org))") }
            return true
        }
        return lines.sorted()
    }

    /// Where the property fails: for each P in 0...events.count, the answer of `full` (holding
    /// every event) at `--known-at P` against `growing`'s answer once it holds the first P
    /// events (appended one at a time). Empty when the property holds.
    public static func mismatches(full: Store, growing: Store, events: [Event]) throws -> [String] {
        try full.log.append(events)
        var out: [String] = []
        for p in 0...events.count {
            if p > 0 { try growing.log.append([events[p - 1]]) }
            let expected = try answer(growing, knownAt: nil)
            let got = try answer(full, knownAt: UInt64(p))
            if got != expected {
                let missing = Set(expected).subtracting(got).sorted(), extra = Set(got).subtracting(expected).sorted()
                out.append("at --known-at \(p): missing \(missing), extra \(extra)")
            }
        }
        // Folded one event at a time or replayed in one go, the projections say the same.
        let catalog = ProjectionCatalog(store: growing)
        defer { catalog.close() }
        for kind in [OrgGraphProjection.kind, TimelineProjection.kind] {
            let live = try catalog.digest(of: try catalog.caughtUp(kind))
            let replayed = try catalog.digest(of: try catalog.replay(kind, into: "replayed-" + kind).1)
            if live != replayed { out.append("\(kind): a catch-up per event and a replay differ") }
        }
        return out
    }
}
