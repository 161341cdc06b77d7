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
        let g: Subgraph
        if let centre {
            g = try live.queries.neighbors(of: centre.org, depth: depth, kinds: kindSet, window: window)
        } else {
            g = try live.queries.wholeGraph(kinds: kindSet, window: window)
        }
        if format == .json && !graphviz.rendersPicture {
            print(QueryJSON.subgraph(query: "dump", org: centre, window: window, graph: g).serialized)
            return
        }
        let drawn = g.edges.map { e -> DrawnEvent in
            let parts: [(Role, String, String)]
            switch e.kind {
            case .partnership: parts = [(.party, e.from, g.nodes[e.from] ?? e.from), (.party, e.to, g.nodes[e.to] ?? e.to)]
            case .investment: parts = [(.investor, e.from, g.nodes[e.from] ?? e.from), (.target, e.to, g.nodes[e.to] ?? e.to)]
            case .ban: parts = [(.imposer, e.from, g.nodes[e.from] ?? e.from), (.target, e.to, g.nodes[e.to] ?? e.to)]
            default: parts = [(.actor, e.from, g.nodes[e.from] ?? e.from)]
            }
            return DrawnEvent(date: e.first, kind: e.kind, participants: parts.filter { !$0.1.isEmpty }.map { ($0.0, $0.1, $0.2) },
                              sources: e.sources, citation: e.evidence.citation, order: e.evidence.position)
        }
        try graphviz.emit(TimelineDOT.render(drawn, title: centre.map { "around \($0.name)" } ?? "organization graph", bucket: graphviz.bucket))
    }
}
