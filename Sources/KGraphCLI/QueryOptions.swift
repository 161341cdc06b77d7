import ArgumentParser
import EventLog
import Events
import Extraction
import LevelDB
import Projections
import Query

/// Time filters and output format, shared by every query command.
struct QueryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Valid time: only what had happened by this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Knowledge time: what the log held at this position or instant (N, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ).", valueName: "when"))
    var knownAt: String?

    @Option(help: ArgumentHelp("Only what happened on or after this date.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only what happened on or before this date.", valueName: "date"))
    var to: String?

    @Flag(help: "One JSON object (Schemas/query.schema.json).")
    var json = false

    func validate() throws { _ = try window() }

    func window() throws -> TimeWindow {
        func date(_ flag: String, _ value: String?) throws -> PartialDate? {
            guard let value else { return nil }
            guard let d = PartialDate(parsing: value) else {
                throw ValidationError("\(flag) '\(value)' is not a real date; write YYYY-MM-DD, YYYY-MM or YYYY")
            }
            return d
        }
        var w = TimeWindow(asOf: try date("--as-of", asOf), from: try date("--from", from), to: try date("--to", to))
        if let f = w.from, let t = w.to, f.dayRange.first > t.dayRange.last {
            throw ValidationError("--from \(f) is after --to \(t); swap them")
        }
        if let knownAt {
            if let p = UInt64(knownAt) {
                w.knownAtPosition = p
            } else if let t = Timestamp.parse(knownAt) {
                // A bare date means the end of that day.
                w.knownAtTime = knownAt.count == 10 ? t + 86_399_999 : t
            } else {
                throw ValidationError("--known-at '\(knownAt)' is neither a log position nor a date; write N, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
            }
        }
        return w
    }
}

/// An open store whose projections are caught up to the log head, ready for queries.
final class LiveGraph {
    let store: Store
    let catalog: ProjectionCatalog
    let queries: GraphQueries

    init(_ options: StoreOptions) throws {
        store = try options.openForProjections()
        guard store.log.head > 0 else {
            throw CLIError.user("the store at \(store.path) is empty; add events with `kgraph ingest FILE` or `kgraph append FILE`")
        }
        catalog = ProjectionCatalog(store: store)
        catalog.warn = { printError("warning: \($0)") }
        let graph = try OrgGraphReader(try catalog.caughtUp(OrgGraphProjection.kind), log: store.log)
        let names = AliasesReader(try catalog.caughtUp(AliasesProjection.kind))
        queries = GraphQueries(graph: graph, names: names)
    }

    /// Runs `body` on the caught-up projections. A read that LevelDB refuses there (a checksum,
    /// a damaged table) means a projection's files are damaged: the live projections are rebuilt
    /// from the log with a one-line warning and `body` runs again, so the answer is the log's.
    /// (Damage in the log itself is reported by the log as `StoreError`, exit 2.)
    static func answering(_ options: StoreOptions, _ body: (LiveGraph) throws -> Void) throws {
        do {
            try body(try LiveGraph(options))
        } catch let error as LevelDBError {
            printError("warning: a projection's files are damaged (\(error.message)); rebuilding the projections from the log")
            do {
                let store = try options.openForProjections()
                try ProjectionCatalog(store: store).discardLive()
            }
            try body(try LiveGraph(options))
        }
    }

    func timeline() throws -> TimelineReader {
        TimelineReader(try catalog.caughtUp(TimelineProjection.kind))
    }

    /// An organization by any of its names, or a one-line error that helps pick the right one.
    func resolve(_ name: String) throws -> (org: String, name: String) {
        switch try NameResolver(queries.names).resolve(name) {
        case .found(let org, let display):
            return (org, display)
        case .ambiguous(let candidates):
            let list = candidates.prefix(8).map { "\($0.name) (\($0.mentions) mentions)" }.joined(separator: ", ")
            throw CLIError.user("'\(name)' may mean several organizations: \(list); use one of those names")
        case .unknown(let suggestions):
            // A name the store has never seen may still be a known alias of one it has
            // ("Microsoft" when the articles wrote 마이크로소프트 and MS): ask the gazetteer.
            if let known = try? Gazetteer(entries: Lexicon.bundled().gazetteer).lookup(name),
               OrganizationID.make(known.name) != OrganizationID.make(name),
               case .found(let org, let display) = try NameResolver(queries.names).resolve(known.name) {
                return (org, display)
            }
            let hint = suggestions.isEmpty ? "list organizations with `kgraph dump --format json`"
                : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            throw CLIError.user("no organization named '\(name)' in the store; \(hint)")
        }
    }
}
