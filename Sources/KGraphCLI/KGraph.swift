import ArgumentParser
import EventLog
import Events
import Foundation
import Ingest
import LevelDB
import PostgresLog

public struct KGraph: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "kgraph",
        abstract: "Turn news into a time-aware knowledge graph of organizations.",
        discussion: """
            Events (announcement, partnership, investment, ban) go into an append-only, hash-chained \
            event log. Every command takes --store PATH, else $KGRAPH_STORE, else \(StoreOptions.defaultPathDescription). \
            A postgres://USER@HOST:PORT/DB store keeps the log in PostgreSQL \
            and the projections under --projections DIR \
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
            TimelineCommand.self, OrgCommand.self, DumpCommand.self, FollowCommand.self, ArticlesCommand.self,
            ShowCommand.self, SearchCommand.self, EventsCommand.self, OrgsCommand.self, ChangesCommand.self, ReextractCommand.self, ViewCommand.self,
        ]
    )

    public init() {}

    /// Writes `message` as one line to standard error (`oneLine`), any password in it masked
    /// (the last guard: every message is built masked already).
    private static func report(_ message: String) {
        let masked = PostgresURL.maskPassword(in: message)
        FileHandle.standardError.write(Data("kgraph: \(oneLine(masked))\n".utf8))
    }

    /// Runs the command line and exits with kgraph's codes: 0 ok, 1 user error, 2 store corruption.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as CLIError {
            report(error.message)
            Foundation.exit(error.exitCode)
        } catch let error as IngestError {
            report("error: \(error.message)")
            Foundation.exit(1)
        } catch let error as LevelDBError {
            // A read that LevelDB refused (a checksum, a missing file): damage, never a guess.
            report("store damaged: \(error.message); run `kgraph verify`, then restore the store from a backup or run `kgraph repair`")
            Foundation.exit(2)
        } catch let error as StoreError {
            report("\(error.isCorruption ? "" : "error: ")\(error)")
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
            report("error: \(line)")
            Foundation.exit(1)
        }
    }
}

/// A message as one line of bounded length: control characters escaped, and a message grown
/// past `limit` characters (a runaway value quoted by a parser) cut in its middle.
func oneLine(_ message: String, limit: Int = 400) -> String {
    let line = Escaped.text(message)
    let scalars = Array(line.unicodeScalars)
    guard scalars.count > limit else { return line }
    let head = String(String.UnicodeScalarView(scalars.prefix(limit * 2 / 3)))
    let tail = String(String.UnicodeScalarView(scalars.suffix(limit / 3)))
    return head + " … " + tail
}

/// An error for the person at the terminal: one line that names the fix.
public struct CLIError: Error, CustomStringConvertible {
    public let message: String
    public let exitCode: Int32

    public static func user(_ m: String) -> CLIError { CLIError(message: "error: " + m, exitCode: 1) }
    public static func corrupt(_ m: String) -> CLIError { CLIError(message: "store damaged: " + m, exitCode: 2) }
    public var description: String { message }
}
