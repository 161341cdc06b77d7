import ArgumentParser

struct AnnouncementsByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "announcements-by",
        abstract: "What ORG announced.",
        discussion: "Names match any alias, in any case, Korean or English.\n\nExample:\n  kgraph announcements-by 과기정통부 --json"
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: ArgumentHelp("The organization, by any of its names.", valueName: "org")) var org: String

    func run() throws {
        try RelationQuery(command: "announcements-by", kind: .announcement, direction: .outgoing, otherColumn: "with")
            .run(name: org, store: options, query: query)
    }
}
