import ArgumentParser

struct WhoPartneredWithCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who-partnered-with",
        abstract: "Organizations that partnered with ORG.",
        discussion: "Names match any alias, in any case, Korean or English.\n\nExample:\n  kgraph who-partnered-with KT --as-of 2024-07-01"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "org")) var org: String

    func run() throws {
        try RelationQuery(command: "who-partnered-with", kind: .partnership, direction: nil, otherColumn: "partner")
            .run(name: org, store: options, query: query)
    }
}
