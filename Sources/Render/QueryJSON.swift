import Events
import Projections
import Query

// JSON answers of the query commands (`--json`); schema: Schemas/query.schema.json.
// Every answer is one object: {"query", "org"?, "window", "results" | "graph" | "paths" | "profile"}.
public enum QueryJSON {
    public static func window(_ w: TimeWindow) -> JSON {
        .object([
            ("asOf", w.asOf.map { .string($0.description) } ?? .null),
            ("knownAtPosition", w.knownAtPosition.map { .int(Int64($0)) } ?? .null),
            ("knownAt", w.knownAtTime.map { .string(Timestamp.iso8601(milliseconds: $0)) } ?? .null),
            ("from", w.from.map { .string($0.description) } ?? .null),
            ("to", w.to.map { .string($0.description) } ?? .null),
        ])
    }

    public static func org(_ id: String, _ name: String) -> JSON {
        .object([("id", .string(id)), ("name", .string(name))])
    }

    static func date(_ d: PartialDate) -> JSON { d.isKnown ? .string(d.description) : .null }

    public static func evidence(_ e: Evidence) -> JSON {
        .object([
            ("date", date(e.date)), ("document", .string(e.document)),
            ("article", e.article.map { .int(Int64($0)) } ?? .null), ("sentence", e.sentence.map { .int(Int64($0)) } ?? .null),
            ("text", .string(e.text)), ("position", .int(Int64(e.position))), ("eventId", .string(e.eventId)),
        ])
    }

    public static func relations(query: String, org: (String, String), window w: TimeWindow, rows: [RelationRow]) -> JSON {
        .object([
            ("query", .string(query)), ("org", self.org(org.0, org.1)), ("window", window(w)),
            ("results", .array(rows.map { r in
                .object([
                    ("kind", .string(r.kind.name)),
                    ("direction", .string(direction(r.direction))),
                    ("org", r.org.isEmpty ? .null : self.org(r.org, r.name)),
                    ("first", date(r.first)), ("last", date(r.last)),
                    ("sources", .int(Int64(r.sources))), ("occurrences", .array(r.occurrences.map(occurrence))),
                    ("reports", .int(Int64(r.reports))), ("planned", .bool(r.planned)),
                    ("amounts", .array(r.amounts.map { .string($0) })),
                    ("evidence", evidence(r.evidence)),
                ])
            })),
        ])
    }

    /// One occurrence: `{id, kind, participants, date, dateResolution, first, last, sources, amounts,
    /// subjects, planned, evidence, reports: [report]}`.
    public static func occurrence(_ o: OccurrenceAnswer) -> JSON {
        .object([
            ("id", .string(o.id)), ("kind", .string(o.kind.name)),
            ("participants", .array(o.participants.map { p in
                .object([("role", .string(p.role.name)), ("id", .string(p.org)), ("name", .string(p.name))])
            })),
            ("date", date(o.date)), ("dateResolution", .string(o.dateResolution)),
            ("first", date(o.first)), ("last", date(o.last)), ("sources", .int(Int64(o.sources))),
            ("amounts", .array(o.amounts.map { .string($0) })), ("subjects", .array(o.subjects.map { .string($0) })),
            ("planned", .bool(o.planned)), ("evidence", evidence(Evidence(o.evidence))),
            ("reports", .array(o.reports.map(report))),
        ])
    }

    /// One report of an occurrence: `{eventId, position, document, article, sentence, date,
    /// publisher, url, title, published, amount, planned, evidence}` (absent values are null).
    public static func report(_ r: CitedReport) -> JSON {
        func text(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
        return .object([
            ("eventId", .string(r.eventId)), ("position", .int(Int64(r.position))), ("document", .string(r.document)),
            ("article", r.article.map { .int(Int64($0)) } ?? .null), ("sentence", r.sentence.map { .int(Int64($0)) } ?? .null),
            ("date", date(r.date)), ("publisher", text(r.publisher)), ("url", text(r.url)), ("title", text(r.title)),
            ("published", date(r.published)), ("amount", text(r.amount)), ("planned", .bool(r.planned)),
            ("evidence", .string(r.evidence)),
        ])
    }

    static func direction(_ d: GraphKeys.Direction) -> String {
        switch d {
        case .undirected: "both"
        case .outgoing: "out"
        case .incoming: "in"
        }
    }

    public static func subgraph(query: String, org: (String, String)?, window w: TimeWindow, graph g: Subgraph) -> JSON {
        .object([
            ("query", .string(query)), ("org", org.map { self.org($0.0, $0.1) } ?? .null), ("window", window(w)),
            ("graph", .object([
                ("nodes", .array(g.nodes.keys.sorted().map { id in
                    .object([("id", .string(id)), ("name", .string(g.nodes[id]!)), ("depth", g.depth[id].map { .int(Int64($0)) } ?? .null)])
                })),
                ("edges", .array(g.edges.map { e in
                    .object([
                        ("kind", .string(e.kind.name)), ("from", e.from.isEmpty ? .null : .string(e.from)),
                        ("to", e.to.isEmpty ? .null : .string(e.to)), ("first", date(e.first)), ("last", date(e.last)),
                        ("sources", .int(Int64(e.sources))), ("evidence", evidence(e.evidence)),
                    ])
                })),
            ])),
        ])
    }

    public static func paths(from a: (String, String), to b: (String, String), window w: TimeWindow, paths: [[PathHop]],
                             names: [String: String]) -> JSON {
        .object([
            ("query", .string("path")), ("from", org(a.0, a.1)), ("to", org(b.0, b.1)), ("window", window(w)),
            ("paths", .array(paths.map { hops in
                .array(hops.map { h in
                    .object([
                        ("kind", .string(h.kind.name)), ("from", org(h.from, names[h.from] ?? h.from)),
                        ("to", org(h.to, names[h.to] ?? h.to)), ("evidence", evidence(h.evidence)),
                    ])
                })
            })),
        ])
    }

    public static func timeline(org: (String, String)?, window w: TimeWindow, items: [TimelineItem]) -> JSON {
        .object([
            ("query", .string("timeline")), ("org", org.map { self.org($0.0, $0.1) } ?? .null), ("window", window(w)),
            ("results", .array(items.map { i in
                .object([
                    ("kind", .string(i.entry.kind.name)), ("date", date(i.entry.date)),
                    ("modality", .string(i.entry.modality.name)), ("eventId", .string(i.entry.eventId)),
                    ("position", .int(Int64(i.entry.position))),
                    ("participants", .array(i.participants.map { p in
                        .object([("role", .string(p.role.name)), ("id", .string(p.org)), ("name", .string(p.name))])
                    })),
                    ("amount", i.entry.amountText.isEmpty ? .null : .string(i.entry.amountText)),
                    ("evidence", .object([
                        ("document", .string(i.entry.document)), ("article", i.entry.article.map { .int(Int64($0)) } ?? .null),
                        ("text", .string(i.entry.evidence)),
                    ])),
                ])
            })),
        ])
    }

    public static func profile(_ p: OrganizationProfile, window w: TimeWindow) -> JSON {
        .object([
            ("query", .string("org")), ("org", org(p.org, p.name)), ("window", window(w)),
            ("profile", .object([
                ("type", p.type.map { .string($0.name) } ?? .null),
                ("aliases", .array(p.aliases.map { .string($0) })),
                ("counts", .object(p.counts.map { ($0.kind.name, .object([("relations", .int(Int64($0.relations))), ("reports", .int(Int64($0.reports)))])) })),
                ("firstSeen", date(p.firstSeen)), ("lastSeen", date(p.lastSeen)),
            ])),
        ])
    }
}
