import ArgumentParser
import Events
import Query
import Render

struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "An organization's profile: canonical name, aliases, type, counts per kind, first and last seen.",
        discussion: "Example:\n  kgraph org 케이티"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "name")) var name: String

    func run() throws {
        try LiveGraph.answering(options, query) { live in try answer(live) }
    }

    private func answer(_ live: LiveGraph) throws {
        let org = try live.resolve(name)
        let window = live.window
        let p = try live.queries.profile(of: org.org, window: window)
        if query.json {
            print(QueryJSON.profile(p, window: window).serialized)
            return
        }
        print("\(Escaped.text(p.name))  (\(p.type?.name ?? "type unknown"), id \(p.org))")
        print("aliases     \(p.aliases.isEmpty ? "—" : Escaped.text(p.aliases.joined(separator: ", ")))")
        print("first seen  \(p.firstSeen)")
        print("last seen   \(p.lastSeen)")
        var table = TextTable(columns: ["kind", "relations", "reports"], rightAligned: [1, 2])
        for c in p.counts { table.add([c.kind.name, String(c.relations), String(c.reports)]) }
        print(table.render(header: true), terminator: "")
    }
}
