import Events
import Projections
import Query

// JSON answers of the desk commands; one schema each in Schemas/:
//   articles --json  → articles.schema.json  {"articles": [article…]}
//   show --json      → article.schema.json   {"article": article, "text", "events": [event…]}
//   events --json    → events.schema.json    {"window", "events": [event…]} or, with --occurrences,
//                                            {"window", "occurrences": [{"kind", "first", "last", "participants", "sources", "events"}]}
//   search --json    → search.schema.json    {"query", "terms", "results": [{"score", "article", "sentence", "events"}]}
//   orgs --json      → orgs.schema.json      {"by", "organizations": [org…]}
//   changes --json   → changes.schema.json   {"since", "until", "changes": [{"change", "position", "recordedAt", "event"}]}
public enum DeskJSON {
    static func date(_ d: PartialDate) -> JSON { d.isKnown ? .string(d.description) : .null }
    static func opt(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
    static func opt(_ n: Int?) -> JSON { n.map { .int(Int64($0)) } ?? .null }

    public static func article(_ a: ArticleRow) -> JSON {
        .object([
            ("position", .int(Int64(a.position))), ("id", .string(a.id)), ("document", .string(a.document)),
            ("article", opt(a.index)), ("citation", .string(a.citation)), ("title", opt(a.title)),
            ("publisher", opt(a.publisher)), ("url", opt(a.url)), ("published", date(a.published)),
            ("recordedAt", .string(Timestamp.iso8601(milliseconds: a.recordedAt))), ("textHash", opt(a.hash)),
            ("events", .int(Int64(a.events))), ("retracted", .bool(a.retracted)),
        ])
    }

    /// One event row, with its evidence sentence when the caller has it.
    public static func event(_ e: EventRow, evidence: String? = nil, amount: String? = nil) -> JSON {
        .object([
            ("position", .int(Int64(e.position))), ("id", .string(e.id)), ("kind", .string(e.kind.name)),
            ("date", date(e.date)), ("modality", .string(e.modality.name)),
            ("participants", .array(e.participants.map { p in
                .object([("role", .string(p.role.name)), ("id", .string(p.org)), ("name", .string(p.name)),
                         ("type", opt(p.type?.name))])
            })),
            ("amount", opt(amount)), ("document", .string(e.document)), ("article", opt(e.index)),
            ("sentence", opt(e.sentence)), ("publisher", opt(e.publisher)), ("evidence", opt(evidence)),
            ("recordedAt", .string(Timestamp.iso8601(milliseconds: e.recordedAt))), ("retracted", .bool(e.retracted)),
        ])
    }

    public static func articles(_ rows: [ArticleRow]) -> JSON {
        .object([("articles", .array(rows.map(article)))])
    }

    public static func events(from: PartialDate?, to: PartialDate?, rows: [(EventRow, String?, String?)]) -> JSON {
        .object([
            ("window", .object([("from", from.map(date) ?? .null), ("to", to.map(date) ?? .null)])),
            ("events", .array(rows.map { event($0.0, evidence: $0.1, amount: $0.2) })),
        ])
    }

    public static func occurrences(from: PartialDate?, to: PartialDate?, rows: [Desk.OccurrenceRow],
                                   evidence: (EventRow) -> (String?, String?)) -> JSON {
        .object([
            ("window", .object([("from", from.map(date) ?? .null), ("to", to.map(date) ?? .null)])),
            ("occurrences", .array(rows.map { o in
                .object([
                    ("kind", .string(o.kind.name)), ("first", date(o.first)), ("last", date(o.last)),
                    ("participants", .array(o.participants.map { p in
                        .object([("role", .string(p.role.name)), ("id", .string(p.org)), ("name", .string(p.name)),
                                 ("type", opt(p.type?.name))])
                    })),
                    ("sources", .int(Int64(o.sources))),
                    ("events", .array(o.events.map { e in let (ev, amount) = evidence(e); return event(e, evidence: ev, amount: amount) })),
                ])
            })),
        ])
    }

    public static func search(query: String, terms: [String], results: [Desk.SearchResult]) -> JSON {
        .object([
            ("query", .string(query)), ("terms", .array(terms.map { .string($0) })),
            ("results", .array(results.map { r in
                .object([
                    ("score", .double(r.score)), ("article", r.article.map(article) ?? .null),
                    ("sentence", .string(r.sentence)),
                    ("events", .array(r.events.map { event($0.event, evidence: $0.evidence) })),
                ])
            })),
        ])
    }

    public static func organizations(by: Desk.Ranking, rows: [Desk.OrganizationRow]) -> JSON {
        .object([
            ("by", .string(by.rawValue)),
            ("organizations", .array(rows.map { o in
                .object([
                    ("id", .string(o.org)), ("name", .string(o.name)), ("type", opt(o.type?.name)),
                    ("aliases", .array(o.aliases.map { .string($0) })),
                    ("firstSeen", date(o.firstSeen)), ("lastSeen", date(o.lastSeen)),
                    ("reports", .int(Int64(o.reports))), ("degree", .int(Int64(o.degree))), ("partners", .int(Int64(o.partners))),
                ])
            })),
        ])
    }

    public static func changes(since: UInt64, until: UInt64, rows: [Change]) -> JSON {
        .object([
            ("since", .int(Int64(since))), ("until", .int(Int64(until))),
            ("changes", .array(rows.map { c in
                .object([
                    ("change", .string(c.what.rawValue)), ("position", .int(Int64(c.event.position))),
                    ("recordedAt", .string(Timestamp.iso8601(milliseconds: c.event.recordedAt))),
                    ("event", Interchange.envelope(c.event)),
                    ("target", c.target.map { Interchange.envelope($0) } ?? .null),
                ])
            })),
        ])
    }
}
