import Events
import ArgumentParser
import Query
import Render

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chains of relations linking two organizations, each hop with its date and source.",
        discussion: "Example:\n  kgraph path KT 오픈AI --max-depth 4"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @OptionGroup var kinds: KindsOption
    @Argument(help: ArgumentHelp("Where the chain starts.", valueName: "org1")) var from: String
    @Argument(help: ArgumentHelp("Where it ends.", valueName: "org2")) var to: String
    @Option(help: "Longest chain to look for.") var maxDepth = 4

    func validate() throws {
        guard (1...8).contains(maxDepth) else { throw ValidationError("--max-depth must be between 1 and 8") }
    }

    func run() throws {
        try LiveGraph.answering(options, query) { live in try answer(live) }
    }

    private func answer(_ live: LiveGraph) throws {
        let a = try live.resolve(from), b = try live.resolve(to)
        let window = live.window
        let paths = try live.queries.paths(from: a.org, to: b.org, maxDepth: maxDepth, kinds: try kinds.parsed(), window: window)
        var names: [String: String] = [:]
        for hop in paths.joined() {
            names[hop.from] = try live.queries.name(of: hop.from)
            names[hop.to] = try live.queries.name(of: hop.to)
        }
        if query.json {
            print(QueryJSON.paths(from: a, to: b, window: window, paths: paths, names: names).serialized)
            return
        }
        guard !paths.isEmpty else {
            print("no chain of at most \(maxDepth) relations links \(Escaped.text(a.name)) and \(Escaped.text(b.name))\(window == .always ? "" : " in that time window")")
            return
        }
        for (i, hops) in paths.enumerated() {
            print("path \(i + 1) (\(hops.count) hop\(hops.count == 1 ? "" : "s")):")
            for h in hops {
                let arrow = h.kind == .partnership ? "↔" : "→"
                print(Escaped.text("  \(names[h.from] ?? h.from) \(arrow) \(names[h.to] ?? h.to)  \(h.kind.name), \(h.evidence.date)  [\(h.evidence.citation)]"))
            }
        }
    }
}
