import ArgumentParser
import Events
import Ingest
import Query
import Render

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Occurrences in valid-time order, grouped by month, each with its sources; as a table, JSON, or a Graphviz picture.",
        discussion: """
            Example:
              kgraph timeline KT --depth 1
              kgraph timeline KT --depth 2 --format dot | dot -Tsvg > kt.svg
              kgraph timeline KT --depth 1 --render png kt.png
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, dot }

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @OptionGroup var kinds: KindsOption
    @OptionGroup var graphviz: GraphvizOptions
    @Argument(help: ArgumentHelp("The organization (every event in the store when left out).", valueName: "org")) var org: String?
    @Option(help: "Also the events of organizations this many hops away.") var depth = 0
    @Option(help: "Output: text, json or dot.") var format: Format = .text

    func validate() throws {
        guard (0...4).contains(depth) else { throw ValidationError("--depth must be between 0 and 4") }
        if depth > 0 && org == nil { throw ValidationError("--depth needs an organization to walk from") }
    }

    func run() throws {
        try LiveGraph.answering(options, query) { live in try answer(live) }
    }

    private func answer(_ live: LiveGraph) throws {
        let centre = try org.map { try live.resolve($0) }
        let window = live.window
        let items = try live.queries.timeline(try live.timeline(), of: centre?.org, depth: depth,
                                                 kinds: try kinds.parsed(), window: window)
        if format == .dot || graphviz.rendersPicture {
            let kindSet = try kinds.parsed()
            let occurrences = try live.queries.occurrences(items, articles: try live.desk().articles)
            let title = centre.map { "\($0.name) timeline" + (depth > 0 ? " (depth \(depth))" : "") } ?? "timeline"
            let subtitle = PictureTitle.subtitle(window: window, occurrences: occurrences, kinds: kindSet)
            try graphviz.emit(TimelineDOT.render(occurrences, title: title, subtitle: subtitle, bucket: graphviz.bucket))
            return
        }
        if query.json || format == .json {
            print(QueryJSON.timeline(org: centre, window: window, items: items).serialized)
            return
        }
        guard !items.isEmpty else {
            print("no events\(centre.map { " for \(Escaped.text($0.name))" } ?? "")\(window == .always ? "" : " in that time window")")
            return
        }
        // One line per occurrence: reports of one happening told by several outlets are one line.
        let occurrences = try live.queries.occurrences(of: items)
        var month = ""
        var table = TextTable(columns: ["date", "kind", "who", "sources", "outlets", "id"], rightAligned: [3])
        let out = StandardOutput()
        for o in occurrences {
            let m = o.date.isKnown ? String(o.date.description.prefix(7)) : "date unknown"
            if m != month {
                if table.rowCount > 0 { out.write(table.render(header: false)); table.removeRows() }
                out.write("\n" + m)
                month = m
            }
            let who = EventSummary.who(o.kind, o.participants.map { ($0.role, $0.name) }, amount: o.amounts.first)
            let outlets = o.publishers.isEmpty ? Set(o.reports.map(\.citation)).sorted().joined(separator: ", ") : o.publishers.joined(separator: ", ")
            table.add(["  " + o.date.description, o.kind.name + (o.planned ? " (planned)" : ""), who, plural(o.sources, "source"),
                       clip(outlets, width: 40), o.id])
        }
        if table.rowCount > 0 { out.write(table.render(header: false)) }
    }
}
