import ArgumentParser
import Events
import Foundation
import Ingest
import Projections
import Query
import Render

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article whole (headline, date, publisher, its events, its text), one occurrence, or one event.",
        discussion: """
            An article is named by its citation (doc.txt#2; doc.txt alone is its first article), \
            its record id (ar-…) or its log position; an event by its id (ev-…); an occurrence by \
            the id answers print (oc-…). An occurrence is shown with its participants, its date and \
            how it was chosen, and every report: outlet, headline, URL, date and evidence.

            Example:
              kgraph show ai-cloud.txt#1
              kgraph show ai-cloud.txt#1 --no-text --json
              kgraph show oc-3f2a…
              kgraph show ev-3f2a…
            """,
        aliases: ["article"]
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp("An article (doc.txt#N, ar-… or a log position), an occurrence id (oc-…) or an event id.", valueName: "article|occurrence|event"))
    var reference: String

    @Flag(help: "Leave the article's text out.")
    var noText = false

    @Flag(help: "One JSON object (Schemas/show.schema.json).")
    var json = false

    func run() throws {
        try LiveGraph.answering(options) { graph in try answer(graph) }
    }

    private func answer(_ graph: LiveGraph) throws {
        let desk = try graph.desk()
        let log = graph.store.log
        if reference.hasPrefix("oc-") {
            guard let o = try graph.queries.occurrence(reference, timeline: try graph.timeline()) else {
                throw CLIError.user("no occurrence \(Escaped.quoted(reference, limit: 60)) in the store; relation answers and `kgraph timeline` print the ids of occurrences")
            }
            if json {
                print(JSON.object([("occurrence", QueryJSON.occurrence(o))]).serialized)
            } else {
                print(OccurrenceText.lines(o).joined(separator: "\n"))
            }
            return
        }
        if let a = try desk.articles.article(reference) {
            let rows = try desk.articles.events(ofArticle: a.position)
            var events: [(EventRow, Event?)] = []
            let full = try log.events(at: rows.map(\.position))
            for var row in rows {
                try desk.canonicalizeRow(&row)
                events.append((row, full[row.position]))
            }
            var text: String? = nil
            if !noText, let h = a.hash, let bytes = Self.unhex(h) { text = try log.article(hash: bytes) }
            if json {
                print(JSON.object([
                    ("article", DeskJSON.article(a)),
                    ("text", text.map { .string($0) } ?? .null),
                    ("events", .array(events.map { DeskJSON.event($0.0, evidence: $0.1?.source.evidence, amount: $0.1?.amount?.text) })),
                ]).serialized)
                return
            }
            print(Escaped.text("article    \(a.citation)\(a.retracted ? "  (retracted)" : "")"))
            print(Escaped.text("headline   \(a.title ?? "-")"))
            print(Escaped.text("published  \(a.published.isKnown ? a.published.description : "unknown")"))
            print(Escaped.text("publisher  \(a.publisher ?? "-")"))
            print(Escaped.text("url        \(a.url ?? "-")"))
            print(Escaped.text("record     \(a.id) at log position \(a.position), recorded \(Timestamp.iso8601(milliseconds: a.recordedAt))"))
            print(Escaped.text("text       \(a.hash.map { "sha256 \($0)" } ?? "not stored whole")"))
            print(Escaped.text("events     \(events.count)\(events.isEmpty ? " (see why: kgraph ingest FILE --dry-run --explain)" : "")"))
            for (row, e) in events {
                print(Escaped.text("  \(row.date.isKnown ? row.date.description : "undated")  \(row.kind.name)  \(EventSummary.who(row.kind, row.participants.map { ($0.role, $0.name) }, amount: e?.amount?.text))\(row.modality == .planned ? "  (planned)" : "")\(row.retracted ? "  (retracted)" : "")  \(row.id)"))
                if let ev = e?.source.evidence { print(Escaped.text("    \(ev)")) }
            }
            if let text {
                print("")
                // Line by line: line breaks are the text's own, any other control character is escaped.
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) { print(Escaped.text(String(line))) }
            }
            return
        }
        if let p = try log.position(of: reference), let e = try log.event(at: p) {
            let citation = e.kind.isRelation || e.kind == .article ? try graph.queries.graph.citations([p])[p] : nil
            let occurrence = e.kind.isRelation ? try graph.queries.occurrence(e.id) : nil
            if json {
                var fields: [(String, JSON)] = [("event", Interchange.envelope(e))]
                if let o = occurrence { fields.append(("occurrence", QueryJSON.occurrence(o))) }
                if let c = citation {
                    fields.append(("citation", .object([
                        ("title", c.title.map { .string($0) } ?? .null), ("publisher", c.publisher.map { .string($0) } ?? .null),
                        ("url", c.url.map { .string($0) } ?? .null), ("published", c.published.isKnown ? .string(c.published.description) : .null),
                    ])))
                }
                print(JSON.object(fields).serialized)
                return
            }
            print(Escaped.text("event      \(e.id) at log position \(e.position), recorded \(Timestamp.iso8601(milliseconds: e.recordedAt))"))
            print(Escaped.text("kind       \(e.kind.name)\(e.modality == .planned ? " (planned)" : "")"))
            print(Escaped.text("date       \(e.occurredAt.isKnown ? e.occurredAt.description : "unknown")"))
            for part in e.participants { print(Escaped.text("\(part.role.name.padding(toLength: 11, withPad: " ", startingAt: 0))\(part.name)\(part.surface != part.name ? " (written \(part.surface))" : "")")) }
            if let a = e.amount { print(Escaped.text("amount     \(a.text)")) }
            if let s = e.subject { print(Escaped.text("subject    \(s)")) }
            if let r = e.retracts { print(Escaped.text("retracts   \(r)")) }
            if let a = e.alias { print(Escaped.text("alias      \(a.name) = \(a.organization)")) }
            print(Escaped.text("source     \(e.source.citation)\(e.source.sentence.map { " sentence \($0)" } ?? "")"))
            if let c = citation, e.kind.isRelation {
                print(Escaped.text("headline   \(c.title ?? "-")"))
                print(Escaped.text("publisher  \(c.publisher ?? "-")"))
                print(Escaped.text("url        \(c.url ?? "-")"))
                print(Escaped.text("published  \(c.published.isKnown ? c.published.description : "unknown")"))
            }
            if let ev = e.source.evidence { print(Escaped.text("evidence   \(ev)")) }
            if let o = occurrence {
                print(Escaped.text("occurrence \(o.id): \(o.date.isKnown ? o.date.description : "undated"), \(plural(o.sources, "source")), \(plural(o.reports.count, "report")) (kgraph show \(o.id))"))
            }
            return
        }
        let near = try desk.articles.documents(like: reference)
        throw CLIError.user("no article, occurrence or event \(Escaped.quoted(reference, limit: 60)) in the store; \(near.isEmpty ? "list articles with `kgraph articles`" : "documents with a similar name: \(near.joined(separator: ", ")) (cite one as DOC#N)")")
    }

    static func unhex(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        while let a = it.next() {
            guard let b = it.next(), let hi = Self.nibble(a), let lo = Self.nibble(b) else { return nil }
            out.append(hi << 4 | lo)
        }
        return out
    }

    static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }
}
