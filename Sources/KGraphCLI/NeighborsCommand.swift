import Events
import ArgumentParser
import Query
import Render

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "The subgraph around an organization, walking only relations that exist at the chosen time.",
        discussion: "Example:\n  kgraph neighbors KT --depth 2 --kinds partnership,investment --as-of 2025-01-01"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @OptionGroup var kinds: KindsOption
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "org")) var org: String
    @Option(help: "How many hops to walk.") var depth = 1

    func validate() throws {
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6") }
    }

    func run() throws {
        try LiveGraph.answering(options, query) { live in try answer(live) }
    }

    private func answer(_ live: LiveGraph) throws {
        let centre = try live.resolve(org)
        let window = live.window
        let g = try live.queries.neighbors(of: centre.org, depth: depth, kinds: try kinds.parsed(), window: window)
        if query.json {
            print(QueryJSON.subgraph(query: "neighbors", org: centre, window: window, graph: g).serialized)
            return
        }
        guard !g.edges.isEmpty else {
            print("\(Escaped.text(centre.name)): no relations found\(window == .always ? "" : " in that time window")")
            return
        }
        print("\(Escaped.text(centre.name)) — \(g.nodes.count - 1) organizations within \(depth) hop\(depth == 1 ? "" : "s"), \(g.edges.count) relations")
        var table = TextTable(columns: ["kind", "from", "to", "first", "last", "sources", "evidence"], rightAligned: [5])
        for e in g.edges {
            table.add([e.kind.name, e.from.isEmpty ? "—" : g.nodes[e.from] ?? e.from, e.to.isEmpty ? "—" : g.nodes[e.to] ?? e.to,
                       e.first.description, e.last.description, String(e.sources), e.evidence.citation])
        }
        print(table.render(header: true), terminator: "")
    }
}
