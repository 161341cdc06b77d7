import ArgumentParser
import EventLog
import Events
import Ingest

/// Which events to read: shared by `log` and `export`. They read in log order, so they start at
/// a log position; dates of events are `kgraph events --from DATE`.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("from-position"), help: ArgumentHelp("Start at this log position.", valueName: "position"))
    var fromPosition: String?

    /// Kept to say what to write instead (`--from` here once meant a position); `export` to a
    /// graph format takes it as the start of its valid-time window.
    @Option(name: .customLong("from"), help: .hidden)
    var ambiguousFrom: String?

    @Option(help: ArgumentHelp("Only events of this kind (repeatable): announcement, partnership, investment, ban, retraction, alias.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only events naming this organization, by any of its names.", valueName: "name"))
    var org: String?

    @Option(help: ArgumentHelp("Only events from this source document.", valueName: "name"))
    var document: String?

    @Option(help: ArgumentHelp("Stop after this many events.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        _ = try from
        for k in kind where EventKind(name: k) == nil {
            throw ValidationError("unknown kind '\(k)'; use one of \(EventKind.allCases.map(\.name).joined(separator: ", "))")
        }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    /// The first position to read (1 when not given).
    var from: UInt64 {
        get throws {
            guard let fromPosition else { return 1 }
            if let p = UInt64(fromPosition) { return p }
            if PartialDate(parsing: fromPosition) != nil {
                throw ValidationError("--from-position takes a log position, not the date \(fromPosition); to list events by date write `kgraph events --from \(fromPosition)`")
            }
            throw ValidationError("--from-position '\(fromPosition)' is not a log position; write a number such as --from-position 120")
        }
    }

    /// The organization ids `--org` stands for: the gazetteer's canonical name for any of its
    /// aliases, and every name the log's `alias` events declare to denote it.
    func organizations(in log: any EventLogBackend) throws -> Set<String>? {
        guard let org else { return nil }
        let names = try OrganizationNames(log: log)
        let canonical = OrganizationID.make(names.resolve(org)?.name ?? org)
        return Set([canonical, OrganizationID.make(org)] + names.declaredNames(of: canonical))
    }

    /// Reads matching events in log order, honouring --limit.
    func forEach(in log: any EventLogBackend, _ body: (Event) throws -> Void) throws {
        if let ambiguousFrom {
            throw ValidationError("--from \(ambiguousFrom): this command reads in log order; write --from-position N for a log position, or `kgraph events --from DATE` to list events by date")
        }
        var remaining = limit ?? Int.max
        guard remaining > 0 else { return }
        let orgs = try organizations(in: log)
        let filter = EventFilter(kinds: Set(kind.compactMap(EventKind.init(name:))),
                                 organization: orgs?.count == 1 ? orgs!.first : nil, document: document)
        try log.forEach(from: try from, filter: filter) { event in
            if let orgs, orgs.count > 1, !event.participants.contains(where: { orgs.contains($0.org) }),
               !(event.alias.map { orgs.contains(OrganizationID.make($0.organization)) } ?? false) {
                return true
            }
            try body(event)
            remaining -= 1
            return remaining > 0
        }
        if log.skippedUnknownKinds > 0 {
            printError("warning: skipped \(log.skippedUnknownKinds) events of kinds this kgraph does not know; upgrade kgraph to read them")
        }
    }
}
