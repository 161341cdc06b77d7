import ArgumentParser
import EventLog
import Events
import Foundation
import Projections

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Build a new projection from the whole log, beside the live one.",
        discussion: """
            Queries keep reading the live projection while this runs. Ctrl-C stops at the next event \
            with the work so far committed; the same command resumes from there. When it is done, \
            `kgraph projections promote NEW` makes it live.

            Example:
              kgraph replay --projection org-graph --into org-graph-v2
              kgraph replay --projection org-graph --into og-2024 --until-date 2024-12-31
            """
    )

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("The projection (or kind) to rebuild: org-graph, timeline, aliases.", valueName: "name"))
    var projection: String

    @Option(help: ArgumentHelp("Name of the new projection.", valueName: "new"))
    var into: String

    @Option(help: ArgumentHelp("Stop at this log position (a view of what was known then).", valueName: "n"))
    var untilPosition: UInt64?

    @Option(help: ArgumentHelp("Leave out events that happened after this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var untilDate: String?

    @Option(help: ArgumentHelp("Rules version to build with (default: the newest this kgraph has).", valueName: "v"))
    var version: Int?

    @Option(help: ArgumentHelp("Commit state and checkpoint every n events: smaller resumes sooner after a crash, larger replays faster.", valueName: "n"))
    var commitEvery = ProjectionRunner.defaultChunkEvents

    func validate() throws {
        if commitEvery < 1 { throw ValidationError("--commit-every must be at least 1") }
        if untilPosition != nil && untilDate != nil { throw ValidationError("give --until-position or --until-date, not both") }
        if let untilDate, PartialDate(parsing: untilDate) == nil {
            throw ValidationError("--until-date '\(untilDate)' is not a real date; write YYYY-MM-DD, YYYY-MM or YYYY")
        }
        if untilPosition == 0 { throw ValidationError("--until-position counts from 1") }
    }

    func run() throws {
        let store = try options.openForProjections()
        let catalog = ProjectionCatalog(store: store)
        catalog.warn = { printError("warning: \($0)") }
        ProjectionRunner.interruptRequested.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in ProjectionRunner.interruptRequested.store(true, ordering: .relaxed) }
        defer { signal(SIGINT, SIG_DFL) }
        let started = Date()
        let (result, state) = try ReplayProgress.run { progress in
            try catalog.replay(projection, into: into, version: version, untilPosition: untilPosition ?? 0,
                               untilDate: untilDate.flatMap(PartialDate.init(parsing:)) ?? .unknown, commitEvery: commitEvery,
                               progress: progress)
        }
        if result.interrupted {
            throw CLIError(message: "interrupted at position \(result.checkpoint) of \(store.log.head); run the same command again to resume", exitCode: 130)
        }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(result.applied) / seconds) : 0
        print("\(into): folded \(result.applied) events up to position \(result.checkpoint) in \(String(format: "%.2f", seconds)) s (\(rate) events/s), version \(state.meta.version)")
        if result.skippedUnknownKinds > 0 {
            printError("warning: skipped \(result.skippedUnknownKinds) events of kinds this kgraph does not know")
        }
        print("digest \(try catalog.digest(of: state))")
    }
}

/// Progress on standard error for long folds, only when a person is watching.
enum ReplayProgress {
    static func run<T>(_ body: (((UInt64) -> Void)?) throws -> T) rethrows -> T {
        guard isatty(STDERR_FILENO) != 0 else { return try body(nil) }
        defer { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return try body { position in
            FileHandle.standardError.write(Data("\rfolding… position \(position)".utf8))
        }
    }

    /// `run` for folds on several threads: progress is told from whichever commits.
    static func runSendable<T>(_ body: ((@Sendable (UInt64) -> Void)?) throws -> T) rethrows -> T {
        guard isatty(STDERR_FILENO) != 0 else { return try body(nil) }
        defer { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return try body { position in
            FileHandle.standardError.write(Data("\rfolding… position \(position)".utf8))
        }
    }
}
