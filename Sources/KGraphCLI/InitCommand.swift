import ArgumentParser
import EventLog

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store.",
        discussion: """
            With a postgres:// URL, creates kgraph's tables in that database \
            (or upgrades older ones) and the local projections directory.

            Example:
              kgraph init --store ./news
              kgraph init --store postgres://kgraph@db.internal:5432/news
            """
    )

    @OptionGroup var options: StoreOptions

    func run() throws {
        let (_, message) = try options.create()
        print(message)
    }
}
