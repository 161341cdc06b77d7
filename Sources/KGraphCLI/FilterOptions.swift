import ArgumentParser
import EventLog
import Events

/// Which events to read: shared by `log` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Start at this log position.", valueName: "position"))
    var from: UInt64 = 1

    @Option(help: ArgumentHelp("Only events of this kind (repeatable): announcement, partnership, investment, ban, retraction, alias.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only events naming this organization (canonical name).", valueName: "name"))
    var org: String?

    @Option(help: ArgumentHelp("Only events from this source document.", valueName: "name"))
    var document: String?

    @Option(help: ArgumentHelp("Stop after this many events.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        for k in kind where EventKind(name: k) == nil {
            throw ValidationError("unknown kind '\(k)'; use one of \(EventKind.allCases.map(\.name).joined(separator: ", "))")
        }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    var filter: EventFilter {
        EventFilter(kinds: Set(kind.compactMap(EventKind.init(name:))),
                    organization: org.map(OrganizationID.make), document: document)
    }

    /// Reads matching events in log order, honouring --limit.
    func forEach(in log: any EventLogBackend, _ body: (Event) throws -> Void) throws {
        var remaining = limit ?? Int.max
        guard remaining > 0 else { return }
        try log.forEach(from: from, filter: filter) { event in
            try body(event)
            remaining -= 1
            return remaining > 0
        }
        if log.skippedUnknownKinds > 0 {
            printError("warning: skipped \(log.skippedUnknownKinds) events of kinds this kgraph does not know; upgrade kgraph to read them")
        }
    }
}
