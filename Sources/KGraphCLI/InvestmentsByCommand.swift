import ArgumentParser

struct InvestmentsByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "investments-by",
        abstract: "What ORG invested in.",
        discussion: "Names match any alias, in any case, Korean or English.\n\nExample:\n  kgraph investments-by SK그룹 --from 2025-01"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "org")) var org: String

    func run() throws {
        try RelationQuery(command: "investments-by", kind: .investment, direction: .outgoing, otherColumn: "target")
            .run(name: org, store: options, query: query)
    }
}
