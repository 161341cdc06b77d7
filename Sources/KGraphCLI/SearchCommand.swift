import ArgumentParser
import Events
import Foundation
import Ingest
import Projections
import Query
import Render

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find articles and event evidence by words, Korean included, ranked, with the matching sentence and its events.",
        discussion: """
            Every word must occur; each matches as a substring, so 차단 finds 차단했다 and \
            차단한. Put a phrase in double quotes. The index is SQLite FTS5 with its trigram \
            tokenizer, kept as the `articles` projection.

            Example:
              kgraph search "딥시크 차단"
              kgraph search 클라우드 --kind partnership --org KT --from 2024
              kgraph search '"공동 개발"' --json
            """
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp("Words to find (all of them), or a \"quoted phrase\".", valueName: "words"))
    var words: [String]

    @OptionGroup var window: DateWindowOptions
    @OptionGroup var choice: EventChoiceOptions

    @Option(help: ArgumentHelp("Only articles whose publisher contains this (case-insensitive).", valueName: "name"))
    var publisher: String?

    @Option(help: ArgumentHelp("At most this many results.", valueName: "n"))
    var limit: Int = 20

    @Flag(help: "One JSON object (Schemas/search.schema.json).")
    var json = false

    func validate() throws {
        guard !Desk.terms(words.joined(separator: " ")).isEmpty else { throw ValidationError("give words to search for, e.g. kgraph search \"딥시크 차단\"") }
        guard limit > 0 else { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        try LiveGraph.answering(options) { graph in try answer(graph) }
    }

    private func answer(_ graph: LiveGraph) throws {
        var filter = window.filter
        filter.publisher = publisher
        try choice.apply(to: &filter, graph: graph)
        let query = words.joined(separator: " ")
        let results = try graph.desk().search(query, filter: filter, type: choice.organizationType, limit: limit)
        if json {
            print(DeskJSON.search(query: query, terms: Desk.terms(query), results: results).serialized)
            return
        }
        guard !results.isEmpty else {
            print("nothing matches \(Desk.terms(query).map { Escaped.quoted($0) }.joined(separator: " and ")); try fewer or shorter words")
            return
        }
        for (n, r) in results.enumerated() {
            let a = r.article
            let date = a?.published.isKnown == true ? a!.published.description : (r.events.first?.event.date.description ?? "")
            let place = a?.citation ?? r.events.first?.event.citation ?? ""
            print(Escaped.text("\(n + 1). \(place)  \(date)\(a?.publisher.map { "  \($0)" } ?? "")  \(clip(a?.title ?? "", width: 60))"))
            print(Escaped.text("   \(clip(r.sentence, width: 160))"))
            for (e, _) in r.events {
                print(Escaped.text("   → \(e.kind.name)  \(e.date.isKnown ? e.date.description : "undated")  \(EventSummary.who(e.kind, e.participants.map { ($0.role, $0.name) }, amount: nil))  \(e.id)"))
            }
        }
        print("\(plural(results.count, "result"))\(results.count == limit ? " (the best \(limit); raise --limit)" : "") — `kgraph show ARTICLE` prints one whole")
    }
}
