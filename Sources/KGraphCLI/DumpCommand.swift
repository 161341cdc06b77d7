import ArgumentParser
import Events
import Query
import Render

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "The whole organization graph, or the part around one organization, as DOT or JSON.",
        discussion: """
            Example:
              kgraph dump --format dot --render svg graph.svg
              kgraph dump --format json --org KT --depth 2 --as-of 2024-12-31
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, json }

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @OptionGroup var kinds: KindsOption
    @OptionGroup var graphviz: GraphvizOptions
    @Option(help: "Output: dot or json.") var format: Format = .dot
    @Option(help: ArgumentHelp("Only the part around this organization.", valueName: "org")) var org: String?
    @Option(help: "Hops around --org.") var depth = 2

    func run() throws {
        try LiveGraph.answering(options, query) { live in try answer(live) }
    }

    private func answer(_ live: LiveGraph) throws {
        let window = live.window
        let kindSet = try kinds.parsed()
        let centre = try org.map { try live.resolve($0) }
        if format == .json && !graphviz.rendersPicture {
            let g = try centre.map { try live.queries.neighbors(of: $0.org, depth: depth, kinds: kindSet, window: window) }
                ?? live.queries.wholeGraph(kinds: kindSet, window: window)
            print(QueryJSON.subgraph(query: "dump", org: centre, window: window, graph: g).serialized)
            return
        }
        let occurrences = try live.queries.occurrences(try live.timeline(), around: centre?.org, depth: centre == nil ? 0 : depth,
                                                        kinds: kindSet, window: window, articles: try live.desk().articles)
        let title = centre.map { "around \($0.name) (depth \(depth))" } ?? "organization graph"
        let subtitle = PictureTitle.subtitle(window: window, occurrences: occurrences, kinds: kindSet)
        try graphviz.emit(TimelineDOT.render(occurrences, title: title, subtitle: subtitle, bucket: graphviz.bucket))
    }
}
