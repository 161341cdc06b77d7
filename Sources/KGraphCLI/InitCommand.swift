import ArgumentParser
import EventLog

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store.",
        discussion: "Example:\n  kgraph init --store ./news"
    )

    @OptionGroup var options: StoreOptions

    func run() throws {
        let path = options.resolvedPath
        _ = try Store.create(at: path)
        print("created an empty kgraph store at \(path)")
    }
}
