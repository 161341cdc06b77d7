import Render
import ArgumentParser
import EventLog
import Events
import Projections
import Foundation

struct ProjectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projections",
        abstract: "List, catch up, promote and drop projections (the read models built from the log).",
        discussion: """
            Example:
              kgraph projections --json
              kgraph replay --projection org-graph --into org-graph-v2
              kgraph projections promote org-graph-v2
              kgraph projections drop org-graph
            """,
        subcommands: [ListProjections.self, CatchUpProjections.self, PromoteProjection.self, DropProjection.self],
        defaultSubcommand: ListProjections.self
    )
}

struct ListProjections: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Every projection: kind, version, checkpoint, lag behind the log head, size, digest, and which are live.",
        discussion: "Example:\n  kgraph projections list --json"
    )

    @OptionGroup var options: StoreOptions

    @Flag(help: "One JSON object per projection, one per line (Schemas/projections.schema.json).")
    var json = false

    func run() throws {
        let store = try options.openForProjections()
        let catalog = ProjectionCatalog(store: store)
        catalog.warn = { printError("warning: \($0)") }
        let rows = try catalog.list()
        if json {
            let out = StandardOutput()
            for p in rows {
                out.write(JSON.object([
                    ("name", .string(p.instance)), ("kind", .string(p.kind)), ("version", .int(Int64(p.version))),
                    ("checkpoint", .int(Int64(p.checkpoint))), ("head", .int(Int64(p.head))), ("lag", .int(Int64(p.lag))),
                    ("digest", .string(p.digest)), ("live", .bool(p.live)), ("stale", .bool(p.stale)),
                    ("bytes", .int(Int64(p.bytes))), ("appliedEvents", .int(Int64(p.appliedEvents))),
                    ("skippedUnknownKinds", .int(Int64(p.skippedUnknownKinds))),
                    ("untilPosition", p.untilPosition > 0 ? .int(Int64(p.untilPosition)) : .null),
                ]).serialized)
            }
            return
        }
        guard !rows.isEmpty else {
            print("no projections built yet; `kgraph projections catch-up` builds the built-in ones (queries build them too)")
            return
        }
        var table = TextTable(columns: ["name", "kind", "version", "checkpoint", "lag", "size", "digest", "live"],
                              rightAligned: [2, 3, 4, 5])
        for p in rows {
            let notes = [p.live ? "live" : "", p.stale ? "stale: replay" : "", p.untilPosition > 0 ? "cut at \(p.untilPosition)" : ""]
                .filter { !$0.isEmpty }.joined(separator: ", ")
            table.add([p.instance, p.kind, String(p.version), String(p.checkpoint), String(p.lag), formatBytes(p.bytes),
                       String(p.digest.prefix(16)), notes])
        }
        print("log head \(store.log.head)")
        print(table.render(header: true), terminator: "")
    }
}

struct CatchUpProjections: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catch-up",
        abstract: "Fold new log events into the live projections (all built-in kinds by default).",
        discussion: "Example:\n  kgraph projections catch-up org-graph"
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp("Projection kinds: org-graph, timeline, aliases.", valueName: "kind"))
    var kinds: [String] = []

    func run() throws {
        let store = try options.openForProjections()
        let catalog = ProjectionCatalog(store: store)
        catalog.warn = { printError("warning: \($0)") }
        let chosen = kinds.isEmpty ? BuiltInProjections.all.map(\.kind) : kinds
        ProjectionRunner.interruptRequested.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in ProjectionRunner.interruptRequested.store(true, ordering: .relaxed) }
        defer { signal(SIGINT, SIG_DFL) }
        // Independent projections fold at the same time, one thread each.
        let results = try ReplayProgress.runSendable { progress in try catalog.catchUpAll(chosen, progress: progress) }
        for kind in chosen {
            let state = try catalog.caughtUp(kind)
            print("\(state.meta.instance): checkpoint \(state.meta.checkpoint) of head \(store.log.head)")
        }
        if results.values.contains(where: \.interrupted) {
            throw CLIError(message: "interrupted; what was folded is kept, run the same command again to go on", exitCode: 130)
        }
    }
}

struct PromoteProjection: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promote",
        abstract: "Make a projection the one queries of its kind read.",
        discussion: "Example:\n  kgraph projections promote org-graph-v2"
    )

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The projection to make live.", valueName: "name")) var name: String

    func run() throws {
        let catalog = ProjectionCatalog(store: try options.openForProjections())
        try catalog.promote(name)
        print("\(name) is now live")
    }
}

struct DropProjection: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drop",
        abstract: "Delete a projection that is not live (the log is untouched; it can be replayed again).",
        discussion: "Example:\n  kgraph projections drop org-graph-old"
    )

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The projection to delete.", valueName: "name")) var name: String

    func run() throws {
        let catalog = ProjectionCatalog(store: try options.openForProjections())
        try catalog.drop(name)
        print("dropped \(name)")
    }
}
