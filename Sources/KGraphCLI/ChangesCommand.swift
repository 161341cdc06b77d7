import ArgumentParser
import Events
import Foundation
import Ingest
import Projections
import Query
import Render

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "What the log learned in a span of knowledge time: new relations and occurrences, new sources, retractions, aliases, articles.",
        discussion: """
            --since and --until take a log position or a date (UTC; a day means from its start with \
            --since and through its end with --until) or an instant YYYY-MM-DDTHH:MM:SSZ.

            Example:
              kgraph changes --since 2026-11-20
              kgraph changes --since 120 --until 180 --json
            """
    )

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("Start after this position, or at this date or instant (knowledge time).", valueName: "position|date"))
    var since: String

    @Option(help: ArgumentHelp("End at this position, or with this date or instant (default: the head).", valueName: "position|date"))
    var until: String?

    @Flag(help: "Also list each new article record (otherwise counted).")
    var articles = false

    @Flag(help: "One JSON object (Schemas/changes.schema.json).")
    var json = false

    func validate() throws {
        _ = try Self.bound(since, flag: "--since")
        if let until { _ = try Self.bound(until, flag: "--until") }
    }

    enum Bound { case position(UInt64), instant(Int64) }

    static func bound(_ text: String, flag: String) throws -> Bound {
        if let p = UInt64(text) { return .position(p) }
        if let t = Timestamp.parse(text) { return .instant(t) }
        if let d = PartialDate(parsing: text), d.precision != .day {
            return .instant(d.dayRange.first * 86_400_000)
        }
        throw ValidationError("\(flag) '\(text)' is neither a log position nor a date; write N, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
    }

    func run() throws {
        try LiveGraph.answering(options) { graph in try answer(graph) }
    }

    private func answer(_ graph: LiveGraph) throws {
        let log = graph.store.log
        let head = log.head
        let from: UInt64
        switch try Self.bound(since, flag: "--since") {
        case .position(let p): from = p
        case .instant(let t): from = try Changes.position(before: t, in: log)
        }
        var to = head
        if let until {
            switch try Self.bound(until, flag: "--until") {
            case .position(let p): to = min(p, head)
            case .instant(let t):
                // A bare date runs through the end of that day.
                let end = until.count == 10 || PartialDate(parsing: until).map { $0.precision != .day } == true
                    ? (PartialDate(parsing: until)?.dayRange.last ?? t / 86_400_000) * 86_400_000 + 86_400_000 : t + 1
                to = try Changes.position(before: end, in: log)
            }
        }
        guard from < to else {
            if json { print(DeskJSON.changes(since: from, until: to, rows: []).serialized) } else { print("nothing was learned between positions \(from) and \(to) (head \(head))") }
            return
        }
        let rows = try Changes.between(log, names: graph.queries.names, since: from, until: to)
        if json {
            print(DeskJSON.changes(since: from, until: to, rows: rows).serialized)
            return
        }
        var counts: [Change.What: Int] = [:]
        var table = TextTable(columns: ["pos", "recorded", "change", "date", "what", "source"])
        for c in rows {
            counts[c.what, default: 0] += 1
            if c.what == .article && !articles { continue }
            let e = c.event
            let what: String
            switch c.what {
            case .retraction:
                what = "withdraws \(c.target.map { "\($0.kind.name) \(EventSummary.who($0.kind, $0.participants.map { ($0.role, $0.name) }, amount: nil))" } ?? (e.retracts ?? "?"))"
            case .alias: what = "\(e.alias?.name ?? "?") = \(e.alias?.organization ?? "?")"
            case .article: what = e.subject ?? ""
            default: what = "\(e.kind.name) \(EventSummary.who(e.kind, e.participants.map { ($0.role, $0.name) }, amount: e.amount?.text))"
            }
            table.add([String(e.position), String(Timestamp.iso8601(milliseconds: e.recordedAt).prefix(16)), c.what.rawValue,
                       e.occurredAt.isKnown ? e.occurredAt.description : "-", clip(what, width: 60), e.source.citation])
        }
        if table.rowCount > 0 { print(table.render(header: true), terminator: "") }
        let order: [Change.What] = [.newRelation, .newOccurrence, .newSource, .retraction, .alias, .article]
        let summary = order.compactMap { w in counts[w].map { "\($0) \(w.rawValue)\($0 == 1 ? "" : "s")" } }
        print("positions \(from + 1)–\(to): \(summary.isEmpty ? "nothing new" : summary.joined(separator: ", "))\(counts[.article] != nil && !articles ? " (--articles lists them)" : "")")
    }
}
