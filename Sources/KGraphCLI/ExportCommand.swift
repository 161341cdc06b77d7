import ArgumentParser
import Events
import Foundation
import Ingest
import Query
import Render

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write events in the JSON Lines interchange format, or the organization graph as GraphML, GEXF or CSV.",
        discussion: """
            jsonl: events in log order; the output validates against Schemas/interchange.schema.json and can be appended to another store (ids are kept, so appending it twice adds nothing).

            graphml, gexf, csv: the organization graph for Gephi, NetworkX, igraph or pandas, filtered like `dump` by valid time (--from, --to, --as-of), knowledge time (--known-at) and --kinds. Nodes carry name, type and aliases; edges kind, direction, first and last date, occurrences, reports, sources and the articles behind them. csv writes nodes.csv, edges.csv and events.csv (the events behind each edge) into the --output folder.

            Example:
              kgraph export --format jsonl --store ./news > events.jsonl
              kgraph export --format graphml --from 2024 --kinds partnership > g.graphml
              kgraph export --format gexf --output graph.gexf
              kgraph export --format csv --output graph-csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, graphml, gexf, csv
    }

    @OptionGroup var options: StoreOptions
    @OptionGroup var filter: FilterOptions
    @OptionGroup var kinds: KindsOption

    @Option(help: "Output format: jsonl, graphml, gexf or csv.")
    var format: Format = .jsonl

    @Option(help: ArgumentHelp("Graph formats: only what happened on or before this date (a month or year counts to its last day).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Graph formats: only what had happened by this date.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Graph formats: what the log held at this position or instant (N, YYYY-MM-DD, YYYY-MM-DDTHH:MM:SSZ, or now).", valueName: "when"))
    var knownAt: String?

    @Option(help: ArgumentHelp("graphml and gexf: the file to write (else standard output); csv: the folder for nodes.csv, edges.csv and events.csv.", valueName: "path"))
    var output: String?

    func validate() throws {
        if format == .jsonl {
            for (flag, value) in [("--to", to), ("--as-of", asOf), ("--known-at", knownAt), ("--kinds", kinds.kinds), ("--output", output)] where value != nil {
                throw ValidationError("\(flag) applies to the graph formats; give --format graphml, gexf or csv, or leave \(flag) out")
            }
            return
        }
        let logOrder: [(String, Bool)] = [("--from-position", filter.fromPosition != nil), ("--org", filter.org != nil),
                                          ("--document", filter.document != nil), ("--limit", filter.limit != nil)]
        for (flag, given) in logOrder where given {
            throw ValidationError("\(flag) applies to --format jsonl; the graph formats take --from, --to, --as-of, --known-at and --kinds")
        }
        for k in filter.kind where !(EventKind(name: k)?.isRelation ?? false) {
            throw ValidationError("--kind \(k): the graph holds partnership, investment, ban and announcement; give those")
        }
        if format == .csv, output == nil {
            throw ValidationError("--format csv writes three files; name a folder for them with --output DIR")
        }
        _ = try query()
    }

    /// The graph formats' time options, as the query commands read them.
    private func query() throws -> QueryOptions {
        var args: [String] = []
        for (flag, value) in [("--from", filter.ambiguousFrom), ("--to", to), ("--as-of", asOf), ("--known-at", knownAt)] {
            if let value { args += [flag, value] }
        }
        return try QueryOptions.parse(args)
    }

    func run() throws {
        guard format != .jsonl else {
            let store = try options.open()
            let out = StandardOutput()
            try filter.forEach(in: store.log) { out.write(Interchange.json($0).serialized) }
            return
        }
        let kindSet = try kinds.parsed().union(filter.kind.compactMap(EventKind.init(name:)))
        try LiveGraph.answering(options, try query()) { live in
            let graph = try live.queries.exportGraph(kinds: kindSet, window: live.window)
            switch format {
            case .graphml: try write(GraphMLWriter.document(graph))
            case .gexf: try write(GEXFWriter.document(graph, creator: "kgraph \(KGraph.version)"))
            case .csv:
                let folder = output ?? "."
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    try Data(GraphCSV.nodes(graph).utf8).write(to: URL(fileURLWithPath: folder + "/nodes.csv"), options: .atomic)
                    try Data(GraphCSV.edges(graph).utf8).write(to: URL(fileURLWithPath: folder + "/edges.csv"), options: .atomic)
                    try Data(GraphCSV.events(graph).utf8).write(to: URL(fileURLWithPath: folder + "/events.csv"), options: .atomic)
                } catch {
                    throw CLIError.user("cannot write \(folder)/nodes.csv, edges.csv and events.csv: \(error.localizedDescription); choose a folder you may write with --output")
                }
                let events = graph.edges.reduce(0) { $0 + $1.events.count }
                print("\(folder)/nodes.csv: \(plural(graph.nodes.count, "organization")); \(folder)/edges.csv: \(plural(graph.edges.count, "relation")); \(folder)/events.csv: \(plural(events, "event"))")
            case .jsonl: break
            }
        }
    }

    private func write(_ data: Data) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            throw CLIError.user("cannot write \(output): \(error.localizedDescription); choose a path you may write with --output")
        }
    }
}
