import ArgumentParser
import Events

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write events in the JSON Lines interchange format.",
        discussion: """
            The output validates against Schemas/interchange.schema.json and can be appended to
            another store (ids are kept, so appending it twice adds nothing).

            Example:
              kgraph export --format jsonl --store ./news > events.jsonl
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @OptionGroup var options: StoreOptions
    @OptionGroup var filter: FilterOptions

    @Option(help: "Output format.")
    var format: Format = .jsonl

    func run() throws {
        let store = try options.open()
        let out = StandardOutput()
        try filter.forEach(in: store.log) { out.write(Interchange.json($0).serialized) }
    }
}
