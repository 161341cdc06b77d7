import ArgumentParser

struct BansByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bans-by",
        abstract: "What ORG banned or restricted.",
        discussion: "Names match any alias, in any case, Korean or English.\n\nExample:\n  kgraph bans-by 개인정보위"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "org")) var org: String

    func run() throws {
        try RelationQuery(command: "bans-by", kind: .ban, direction: .outgoing, otherColumn: "target")
            .run(name: org, store: options, query: query)
    }
}
