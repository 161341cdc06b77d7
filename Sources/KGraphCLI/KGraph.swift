import ArgumentParser
import EventLog
import Events
import Foundation
import LevelDB
import PostgresLog

public struct KGraph: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "kgraph",
        abstract: "Turn news into a time-aware knowledge graph of organizations.",
        discussion: """
            Events (announcement, partnership, investment, ban) go into an append-only, hash-chained
            event log. Every command takes --store PATH, else $KGRAPH_STORE, else \(StoreOptions.defaultPathDescription).
            A postgres://USER@HOST:PORT/DB store keeps the log in PostgreSQL
            and the projections under --projections DIR
            (default \(StoreOptions.defaultProjectionsDescription)).

            Example:
              kgraph init --store ./news
              kgraph append events.jsonl --store ./news
              kgraph log --kind partnership --store ./news
            """,
        version: version,
        subcommands: [
            InitCommand.self, IngestCommand.self, AppendCommand.self, LogCommand.self, ExportCommand.self,
            VerifyCommand.self, RepairCommand.self, StatsCommand.self, ProjectionsCommand.self, ReplayCommand.self, RetractCommand.self,
            AliasCommand.self, WhoPartneredWithCommand.self, InvestorsInCommand.self, InvestmentsByCommand.self,
            BansByCommand.self, BansOnCommand.self, AnnouncementsByCommand.self, NeighborsCommand.self, PathCommand.self,
            TimelineCommand.self, OrgCommand.self, DumpCommand.self, FollowCommand.self,
        ]
    )

    public init() {}

    /// Writes one line to standard error, any password in it masked (the last guard: every
    /// message is built masked already).
    private static func report(_ data: Data) {
        let masked = PostgresURL.maskPassword(in: String(decoding: data, as: UTF8.self))
        FileHandle.standardError.write(Data(masked.utf8))
    }

    /// Runs the command line and exits with kgraph's codes: 0 ok, 1 user error, 2 store corruption.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as CLIError {
            report(Data("kgraph: \(error.message)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch let error as LevelDBError {
            // A read that LevelDB refused (a checksum, a missing file): damage, never a guess.
            report(Data("kgraph: store damaged: \(error.message); run `kgraph verify`, then restore the store from a backup or run `kgraph repair`\n".utf8))
            Foundation.exit(2)
        } catch let error as StoreError {
            report(Data("kgraph: \(error.isCorruption ? "" : "error: ")\(error)\n".utf8))
            Foundation.exit(error.isCorruption ? 2 : 1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            // One line that names the fix; `--help` has the rest.
            let line = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            report(Data("kgraph: error: \(line)\n".utf8))
            Foundation.exit(1)
        }
    }
}

/// An error for the person at the terminal: one line that names the fix.
public struct CLIError: Error, CustomStringConvertible {
    public let message: String
    public let exitCode: Int32

    public static func user(_ m: String) -> CLIError { CLIError(message: "error: " + m, exitCode: 1) }
    public static func corrupt(_ m: String) -> CLIError { CLIError(message: "store damaged: " + m, exitCode: 2) }
    public var description: String { message }
}
