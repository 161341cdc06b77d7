import ArgumentParser

struct InvestorsInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "investors-in",
        abstract: "Who invested in ORG.",
        discussion: "Names match any alias, in any case, Korean or English.\n\nExample:\n  kgraph investors-in 'KT클라우드'"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "org")) var org: String

    func run() throws {
        try RelationQuery(command: "investors-in", kind: .investment, direction: .incoming, otherColumn: "investor")
            .run(name: org, store: options, query: query)
    }
}
