import ArgumentParser

struct BansOnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bans-on",
        abstract: "Who banned or restricted ORG.",
        discussion: "Names match any alias, in any case, Korean or English.\n\nExample:\n  kgraph bans-on DeepSeek"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "org")) var org: String

    func run() throws {
        try RelationQuery(command: "bans-on", kind: .ban, direction: .incoming, otherColumn: "imposer")
            .run(name: org, store: options, query: query)
    }
}
