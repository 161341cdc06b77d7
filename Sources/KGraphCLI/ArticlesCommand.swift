import ArgumentParser
import Events
import Ingest
import Projections
import Render

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the stored articles with their headline, date, publisher and number of events.",
        discussion: """
            Every ingested article is kept, whether or not it gave events. Articles are listed by \
            publication date (undated last).

            Example:
              kgraph articles --from 2024-06 --to 2024-09
              kgraph articles --without-events    # what gave nothing, to re-check
              kgraph articles --publisher 연합뉴스 --json
            """
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var window: DateWindowOptions

    @OptionGroup var sources: SourceOptions

    @Flag(help: "Only articles that gave no event.")
    var withoutEvents = false

    @Option(help: ArgumentHelp("At most this many articles.", valueName: "n"))
    var limit: Int = 1000

    @Flag(help: "One JSON object (Schemas/articles.schema.json).")
    var json = false

    func run() throws {
        try LiveGraph.answering(options) { graph in try answer(graph) }
    }

    private func answer(_ graph: LiveGraph) throws {
        var filter = window.filter
        sources.apply(to: &filter)
        filter.withoutEvents = withoutEvents
        let rows = try graph.desk().articles.articles(filter, limit: limit)
        if json {
            print(DeskJSON.articles(rows).serialized)
            return
        }
        guard !rows.isEmpty else {
            print(withoutEvents ? "no article without events matches" : "no article matches; ingest articles with `kgraph ingest FILE`")
            return
        }
        var table = TextTable(columns: ["published", "article", "events", "headline", "publisher"])
        for a in rows {
            table.add([a.published.isKnown ? a.published.description : "-", a.citation, String(a.events),
                       clip(a.title ?? "", width: 60), a.publisher ?? "-"])
        }
        print(table.render(header: true), terminator: "")
        let quiet = rows.filter { $0.events == 0 }.count
        print("\(plural(rows.count, "article"))\(quiet > 0 && !withoutEvents ? ", \(quiet) without events" : "")\(rows.count == limit ? " (the first \(limit); raise --limit)" : "") — `kgraph show ARTICLE` prints one")
    }
}
