import ArgumentParser
import EventLog
import Events
import Foundation
import Projections

struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Keep this node's projections current as events arrive, printing each one.",
        discussion: """
            On a postgres:// store, wakes on each append's notification \
            (LISTEN kgraph_log) and re-reads the head every --interval seconds in \
            case a notification is lost: another machine's append is folded \
            within about a second. If the server goes away, retries with backoff \
            (1 s doubling to 30 s). On a store directory, holds the store only \
            while it reads and folds, re-opening it every --interval seconds: \
            appends from other processes wait their turn (--lock-timeout) and \
            none fails.

            Prints each new event as a `log` line (an envelope with --json), in \
            log order, then catches up the live projections. Stop with Ctrl-C; \
            the projections keep what was folded.

            Example:
              kgraph follow --store postgres://analyst@db/news --projections ~/news
              kgraph follow --store ./news --json --until 5000
            """
    )

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("Seconds between re-reads of the head when no notification arrives.", valueName: "seconds"))
    var interval: Double = 1

    @Option(help: ArgumentHelp("Exit once the projections have folded the log up to this position.", valueName: "position"))
    var until: UInt64?

    @Flag(help: "One JSON envelope per line per event (Schemas/envelope.schema.json).")
    var json = false

    func validate() throws {
        guard interval > 0, interval <= 3600 else { throw ValidationError("--interval must be between 0 and 3600 seconds") }
    }

    func run() throws {
        // follow runs until stopped: make sure Ctrl-C and kill reach it even when the parent
        // started it with those signals blocked (threads of many runtimes block them).
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        var follower = LogFollower(options: options, interval: interval, json: json)
        var backoff = 1.0
        while true {
            do {
                let position = try follower.step()
                backoff = 1
                if let until, position >= until { return }
            } catch let error as StoreError {
                guard case .serverUnavailable(let message) = error else { throw error }
                printError("warning: \(message); retrying in \(Int(backoff)) s")
                follower.disconnect()
                Thread.sleep(forTimeInterval: backoff)
                backoff = min(backoff * 2, 30)
            }
        }
    }
}

/// One node's view of the log while following: what it has printed and folded so far.
struct LogFollower {
    let options: StoreOptions
    let interval: Double
    let json: Bool
    private var store: Store?
    /// Kept open with a shared log's store, so each look does not reopen the projection databases.
    private var catalog: ProjectionCatalog?
    /// The last position printed; nil until the first step has read where the projections stand.
    private var printed: UInt64?
    private let out = StandardOutput()

    init(options: StoreOptions, interval: Double, json: Bool) {
        self.options = options
        self.interval = interval
        self.json = json
    }

    mutating func disconnect() {
        catalog?.close()
        catalog = nil
        store = nil
    }

    /// Waits for new events, prints them, folds them into the live projections; returns the
    /// position the projections reached.
    mutating func step() throws -> UInt64 {
        let shared = options.isShared
        let store: Store
        // A store directory is opened afresh each time, so between looks other processes can append.
        if !shared, printed != nil { Thread.sleep(forTimeInterval: interval) }
        if let open = self.store {
            store = open
        } else {
            do { store = try options.openForProjections() } catch StoreError.inUse(_) where !shared && printed != nil {
                return printed ?? 0   // another process is appending; look again after the interval
            }
            if shared { self.store = store }
        }
        if let printed {
            _ = try store.log.waitForAppends(after: printed, timeout: shared ? interval : 0)
        }
        let catalog = self.catalog ?? ProjectionCatalog(store: store)
        catalog.warn = { printError("warning: \($0)") }
        if shared { self.catalog = catalog }
        defer { if !shared { catalog.close() } }
        if printed == nil {
            let reached = try catchUp(catalog)
            printed = reached
            if !json { out.write("following \(store.path) from position \(reached); projections at \(reached)") }
        }
        let reached = try printEvents(after: printed ?? 0, in: store.log)
        printed = reached
        let folded = try catchUp(catalog)
        return min(folded, reached)
    }

    /// Prints each event after `position` and returns the last one printed. Positions must follow
    /// each other with no gap: a log that showed p+1 before p would be a broken promise, not news.
    private func printEvents(after position: UInt64, in log: any EventLogBackend) throws -> UInt64 {
        var last = position
        try log.forEachRecord(from: position + 1) { pos, record in
            guard pos == last + 1 else {
                throw CLIError.corrupt("the log showed position \(pos) right after \(last); run `kgraph verify`")
            }
            last = pos
            guard try RecordCodec.header(record).kind != nil else { return true }
            let event = try RecordCodec.decode(record)
            out.write(json ? Interchange.envelope(event).serialized : LogLine.text(event))
            return true
        }
        out.flush()
        return last
    }

    /// Folds new events into every live built-in projection; returns the lowest checkpoint.
    private func catchUp(_ catalog: ProjectionCatalog) throws -> UInt64 {
        var lowest = UInt64.max
        for factory in BuiltInProjections.all {
            lowest = min(lowest, try catalog.caughtUp(factory.kind).meta.checkpoint)
        }
        return lowest == .max ? 0 : lowest
    }
}
