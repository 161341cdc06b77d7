import ArgumentParser
import Events
import Foundation
import Query
import Render

struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Write one self-contained HTML page to explore the graph over time: a date slider, kind filters, sources.",
        discussion: """
            The page needs no server and fetches nothing: the graph is drawn by Graphviz and \
            inlined as SVG, with the answer of --json embedded. Move the slider to see the graph \
            as of a date; click a relation or an organization to list its occurrences with their \
            sources, dates and evidence, linked to the articles where their URLs are known.

            Example:
              kgraph view KT --depth 2 --output kt.html
              kgraph view --output graph.html --from 2024
              kgraph view KT --json
            """
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @OptionGroup var kinds: KindsOption
    @Argument(help: ArgumentHelp("The organization at the centre (the whole graph when left out).", valueName: "org")) var org: String?
    @Option(help: "Hops around the organization.") var depth = 2
    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "file.html")) var output: String?

    func validate() throws {
        guard (0...4).contains(depth) else { throw ValidationError("--depth must be between 0 and 4") }
        guard output != nil || query.json else {
            throw ValidationError("say where to write the page: --output FILE.html (or print its data with --json)")
        }
    }

    func run() throws {
        try LiveGraph.answering(options, query) { live in try answer(live) }
    }

    private func answer(_ live: LiveGraph) throws {
        let window = live.window
        let kindSet = try kinds.parsed()
        let centre = try org.map { try live.resolve($0) }
        var depths: [String: Int] = [:]
        if let centre {
            depths = try live.queries.neighbors(of: centre.org, depth: depth, kinds: kindSet, window: window).depth
        }
        let occurrences = try live.queries.occurrences(try live.timeline(), around: centre?.org, depth: centre == nil ? 0 : depth,
                                                        kinds: kindSet, window: window, articles: try live.desk().articles)
        let graph = ExplorerGraph(occurrences, centre: centre?.org, depth: depths)
        let data = graph.json(org: centre, depth: centre == nil ? 0 : depth, window: window)
        if query.json {
            print(data.serialized)
            if output == nil { return }
        }
        guard let output else { return }
        let title = centre.map { "around \($0.name) (depth \(depth))" } ?? "organization graph"
        let subtitle = PictureTitle.subtitle(window: window, occurrences: occurrences, kinds: kindSet)
        let svg = String(decoding: try Graphviz.output(graph.dot(title: title), format: "svg"), as: UTF8.self)
        let page: String
        do {
            page = try ExplorerPage.html(title: "kgraph: " + title, subtitle: subtitle, svg: svg, data: data)
        } catch let failure as ExplorerPage.Failure {
            throw CLIError.user(failure.description)
        }
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError.user("cannot write \(Escaped.quoted(output)): \(error.localizedDescription); pick a writable path for --output")
        }
        if !query.json {
            print("wrote \(output) (\(graph.nodes.filter { $0.occurrence == nil }.count) organizations, \(graph.relations.count) relations, \(occurrences.count) occurrences)")
        }
    }
}
