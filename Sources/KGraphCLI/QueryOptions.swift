import ArgumentParser
import EventLog
import Events
import Extraction
import Ingest
import LevelDB
import Projections
import Query

/// Time filters and output format, shared by every query command.
///
/// A partial date covers its whole period, whichever option takes it: `--as-of 2024-06` keeps
/// what happened by 30 June, `--from 2024-06` starts on 1 June, `--to 2024` ends on 31 December.
struct QueryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Valid time: only what had happened by this date (YYYY-MM-DD, YYYY-MM or YYYY; a month or year counts to its last day).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Knowledge time: what the log held at this position or instant (N, YYYY-MM-DD (its end), YYYY-MM-DDTHH:MM:SSZ, or now); at most the log head.", valueName: "when"))
    var knownAt: String?

    @Option(help: ArgumentHelp("Only what happened on or after this date (a month or year counts from its first day).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only what happened on or before this date (a month or year counts to its last day).", valueName: "date"))
    var to: String?

    @Flag(help: "One JSON object (Schemas/query.schema.json).")
    var json = false

    func validate() throws { _ = try window() }

    /// The window as written; `--known-at now` leaves knowledge time open.
    func window() throws -> TimeWindow {
        func date(_ flag: String, _ value: String?) throws -> PartialDate? {
            guard let value else { return nil }
            guard let d = PartialDate(parsing: value) else {
                throw ValidationError("\(flag) \(Escaped.quoted(value)) is not a real date; write YYYY-MM-DD, YYYY-MM or YYYY")
            }
            return d
        }
        var w = TimeWindow(asOf: try date("--as-of", asOf), from: try date("--from", from), to: try date("--to", to))
        if let f = w.from, let t = w.to, f.dayRange.first > t.dayRange.last {
            throw ValidationError("--from \(f) is after --to \(t); swap them")
        }
        if let knownAt, knownAt != "now" {
            if let p = UInt64(knownAt) {
                w.knownAtPosition = p
            } else if let t = Timestamp.parse(knownAt) {
                // A bare date means the end of that day.
                w.knownAtTime = knownAt.count == 10 ? t + 86_399_999 : t
            } else {
                throw ValidationError("--known-at \(Escaped.quoted(knownAt)) is neither a log position nor a date; write N, YYYY-MM-DD, YYYY-MM-DDTHH:MM:SSZ or now")
            }
        }
        return w
    }

    /// The window with knowledge time pinned to a log position, so the answer never changes as
    /// the log grows: `now` is the head, a date or instant the last position recorded by then.
    /// A position past the head, or an instant after the last append, is an error naming both.
    func window(for log: any EventLogBackend) throws -> TimeWindow {
        var w = try window()
        guard let knownAt else { return w }
        let head = log.head
        let headTime = try log.recordedAt(head).map { Timestamp.iso8601(milliseconds: $0) } ?? "never"
        let fix = "ask about position \(head) or earlier, or use --known-at now"
        if knownAt == "now" {
            w.knownAtPosition = head
        } else if let p = w.knownAtPosition {
            guard p <= head else {
                throw CLIError.user("--known-at \(p) is past the log head \(head) (recorded \(headTime)); \(fix)")
            }
        } else if let t = w.knownAtTime {
            let headRecorded = try log.recordedAt(head) ?? 0
            guard t <= headRecorded else {
                throw CLIError.user("--known-at \(Escaped.quoted(knownAt)) is after the last append, position \(head) (recorded \(headTime)); the log cannot answer for a time it has not reached yet: \(fix)")
            }
            w.knownAtPosition = try log.lastPosition(recordedBy: t)
        }
        return w
    }
}

/// An open store whose projections are caught up to the log head, or cut at the knowledge time
/// asked (`ProjectionCatalog.knownAt`), ready for queries.
final class LiveGraph {
    let store: Store
    let catalog: ProjectionCatalog
    let queries: GraphQueries
    /// The query's time window, knowledge time pinned to a position (`QueryOptions.window(for:)`).
    let window: TimeWindow

    init(_ options: StoreOptions, _ query: QueryOptions) throws {
        store = try options.openForProjections()
        guard store.log.head > 0 else {
            throw CLIError.user("the store at \(store.path) is empty; add events with `kgraph ingest FILE` or `kgraph append FILE`")
        }
        window = try query.window(for: store.log)
        let live = ProjectionCatalog(store: store)
        live.warn = { printError("warning: \($0)") }
        catalog = try window.knownAtPosition.map { try live.knownAt($0) } ?? live
        catalog.warn = { printError("warning: \($0)") }
        // The projections a query reads fold what the log gained since, side by side on the cores.
        try catalog.catchUpAll([OrgGraphProjection.kind, AliasesProjection.kind, TimelineProjection.kind])
        let graph = try OrgGraphReader(try catalog.caughtUp(OrgGraphProjection.kind), log: store.log, knownAt: window.knownAtPosition)
        let names = AliasesReader(try catalog.caughtUp(AliasesProjection.kind))
        queries = GraphQueries(graph: graph, names: names)
    }

    /// The graph as the whole log tells it (no time options): what the desk's commands read.
    convenience init(_ options: StoreOptions) throws {
        try self.init(options, try QueryOptions.parse([]))
    }

    /// Article lists, event lists, search and rankings over the `articles` projection.
    func desk() throws -> Desk {
        Desk(articles: try ArticlesReader(try catalog.caughtUp(ArticlesProjection.kind)), queries: queries)
    }

    /// Every id an organization goes by, for filters: any alias resolves.
    func ids(of name: String) throws -> Set<String> {
        let org = try resolve(name).org
        return Set([org] + (try queries.names.declaredAliases(of: org)))
    }

    /// Runs `body` on the caught-up projections. A read that LevelDB or SQLite refuses there (a
    /// checksum, a damaged table or page) means a projection's files are damaged: the live
    /// projections are rebuilt from the log with a one-line warning and `body` runs again, so the
    /// answer is the log's. (Damage in the log itself is reported by the log as `StoreError`, exit 2.)
    static func answering(_ options: StoreOptions, _ query: QueryOptions, _ body: (LiveGraph) throws -> Void) throws {
        do {
            try body(try LiveGraph(options, query))
        } catch {
            guard let damage = ProjectionCatalog.damage(in: error) else { throw error }
            printError("warning: a projection's files are damaged (\(damage)); rebuilding the projections from the log")
            do {
                let store = try options.openForProjections()
                try ProjectionCatalog(store: store).discardLive()
            }
            try body(try LiveGraph(options, query))
        }
    }

    /// `answering` for the graph as the whole log tells it (no time options): the desk's commands.
    static func answering(_ options: StoreOptions, _ body: (LiveGraph) throws -> Void) throws {
        try answering(options, try QueryOptions.parse([]), body)
    }

    func timeline() throws -> TimelineReader {
        try TimelineReader(try catalog.caughtUp(TimelineProjection.kind), log: store.log, knownAt: window.knownAtPosition)
    }

    /// An organization by any of its names, or a one-line error that helps pick the right one.
    func resolve(_ name: String) throws -> (org: String, name: String) {
        switch try NameResolver(queries.names).resolve(name) {
        case .found(let org, let display):
            return (org, display)
        case .ambiguous(let candidates):
            let list = candidates.prefix(8).map { "\($0.name) (\($0.mentions) mentions)" }.joined(separator: ", ")
            throw CLIError.user("\(Escaped.quoted(name)) may mean several organizations: \(list); use one of those names")
        case .unknown(let suggestions):
            // A name the store has never seen may still be a known alias of one it has
            // ("Microsoft" when the articles wrote 마이크로소프트 and MS): ask the gazetteer.
            if let known = try? Gazetteer(entries: Lexicon.bundled().gazetteer).lookup(name),
               OrganizationID.make(known.name) != OrganizationID.make(name),
               case .found(let org, let display) = try NameResolver(queries.names).resolve(known.name) {
                return (org, display)
            }
            // Misspellings in any script: the gazetteer's names (Latin ones included) that the store knows.
            var suggestions = suggestions
            if let names = try? OrganizationNames(log: nil) {
                for candidate in names.nearest(name) {
                    if case .found(_, let display) = try NameResolver(queries.names).resolve(candidate), !suggestions.contains(display) {
                        suggestions.append(display)
                    }
                }
            }
            let hint = suggestions.isEmpty ? "list organizations with `kgraph orgs`"
                : "did you mean \(suggestions.map { Escaped.quoted($0) }.joined(separator: ", "))?"
            throw CLIError.user("no organization named \(Escaped.quoted(name)) in the store; \(hint)")
        }
    }
}
