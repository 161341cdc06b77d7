import ArgumentParser
import Events
import Foundation
import Ingest
import Projections
import Query
import Render

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List events by valid time, filtered by date, kind, organization, type, publisher and modality, with evidence.",
        discussion: """
            Events are listed by the date they happened (undated last). Organizations are matched \
            by any of their names. Retracted events are left out.

            Example:
              kgraph events --from 2025-01 --to 2025-03 --kind ban
              kgraph events --org MS --kind partnership,investment --format csv > ms.csv
              kgraph events --type government --modality planned --format json
              kgraph events --org KT --occurrences   # one line per happening
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var options: StoreOptions
    @OptionGroup var window: DateWindowOptions
    @OptionGroup var choice: EventChoiceOptions

    @OptionGroup var sources: SourceOptions

    @Option(help: ArgumentHelp("Knowledge time: only what the log held at this position.", valueName: "position"))
    var knownAt: UInt64?

    @Option(help: ArgumentHelp("At most this many events.", valueName: "n"))
    var limit: Int = 10_000

    @Option(help: ArgumentHelp("table, json (Schemas/events.schema.json) or csv.", valueName: "format"))
    var format: Format = .table

    @Flag(help: "One line per occurrence: the events of one kind and one set of participants that tell one happening, with their number of sources.")
    var occurrences = false

    func run() throws {
        try LiveGraph.answering(options) { graph in try answer(graph) }
    }

    private func answer(_ graph: LiveGraph) throws {
        var filter = window.filter
        sources.apply(to: &filter)
        filter.knownAtPosition = knownAt
        try choice.apply(to: &filter, graph: graph)
        let desk = try graph.desk()
        if occurrences { return try listOccurrences(desk, filter, graph) }
        let rows = try desk.events(filter, type: choice.organizationType, limit: limit)
        let full = try graph.store.log.events(at: rows.map(\.position))
        switch format {
        case .json:
            print(DeskJSON.events(from: filter.from, to: filter.to, rows: rows.map { ($0, full[$0.position]?.source.evidence, full[$0.position]?.amount?.text) }).serialized)
        case .csv:
            let out = StandardOutput()
            out.write(CSV.line(["date", "kind", "modality", "participants", "amount", "document", "article", "publisher", "evidence", "position", "id"]))
            for r in rows {
                let e = full[r.position]
                out.write(CSV.line([r.date.isKnown ? r.date.description : "", r.kind.name, r.modality.name,
                                    r.participants.map { "\($0.role.name):\($0.name)" }.joined(separator: "; "),
                                    e?.amount?.text ?? "", r.document, r.index.map(String.init) ?? "", r.publisher ?? "",
                                    e?.source.evidence ?? "", String(r.position), r.id]))
            }
        case .table:
            guard !rows.isEmpty else {
                print("no events match; widen the dates or filters (`kgraph log` lists every record)")
                return
            }
            var table = TextTable(columns: ["date", "kind", "participants", "source", "evidence", "id"])
            for r in rows {
                let e = full[r.position]
                let who = EventSummary.who(r.kind, r.participants.map { ($0.role, $0.name) }, amount: e?.amount?.text)
                table.add([r.date.isKnown ? r.date.description : "-", r.kind.name + (r.modality == .planned ? " (planned)" : ""),
                           who, r.citation, clip(e?.source.evidence ?? "", width: 60), r.id])
            }
            print(table.render(header: true), terminator: "")
            print("\(plural(rows.count, "event"))\(rows.count == limit ? " (the first \(limit); raise --limit)" : "") — `kgraph show ID` prints one")
        }
    }

    private func listOccurrences(_ desk: Desk, _ filter: DeskFilter, _ graph: LiveGraph) throws {
        let rows = try desk.occurrences(filter, type: choice.organizationType, limit: limit)
        let full = try graph.store.log.events(at: rows.flatMap { $0.events.map(\.position) })
        func span(_ o: Desk.OccurrenceRow) -> String {
            guard o.first.isKnown else { return "-" }
            return o.first == o.last ? o.first.description : "\(o.first)…\(o.last)"
        }
        func who(_ o: Desk.OccurrenceRow) -> String { EventSummary.who(o.kind, o.participants.map { ($0.role, $0.name) }, amount: nil) }
        switch format {
        case .json:
            print(DeskJSON.occurrences(from: filter.from, to: filter.to, rows: rows) { e in
                (full[e.position]?.source.evidence, full[e.position]?.amount?.text)
            }.serialized)
        case .csv:
            let out = StandardOutput()
            out.write(CSV.line(["first", "last", "kind", "participants", "sources", "reports", "citations", "ids"]))
            for o in rows {
                out.write(CSV.line([o.first.isKnown ? o.first.description : "", o.last.isKnown ? o.last.description : "", o.kind.name,
                                    o.participants.map { "\($0.role.name):\($0.name)" }.joined(separator: "; "), String(o.sources),
                                    String(o.events.count), o.events.map(\.citation).joined(separator: "; "), o.events.map(\.id).joined(separator: "; ")]))
            }
        case .table:
            guard !rows.isEmpty else {
                print("no events match; widen the dates or filters (`kgraph log` lists every record)")
                return
            }
            var table = TextTable(columns: ["date", "kind", "participants", "sources", "reported in"])
            for o in rows {
                table.add([span(o), o.kind.name, who(o), String(o.sources), clip(Array(Set(o.events.map(\.citation))).sorted().joined(separator: ", "), width: 60)])
            }
            print(table.render(header: true), terminator: "")
            print("\(plural(rows.count, "occurrence")) of \(plural(rows.reduce(0) { $0 + $1.events.count }, "event"))")
        }
    }
}
