import ArgumentParser
import Events
import Projections

/// A window of valid time, shared by `articles`, `events`, `search` and `orgs`.
struct DateWindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only what happened (articles: was published) on or after this date.", valueName: "YYYY[-MM[-DD]]"))
    var from: String?

    @Option(help: ArgumentHelp("Only what happened (articles: was published) on or before this date.", valueName: "YYYY[-MM[-DD]]"))
    var to: String?

    func validate() throws { _ = try dates() }

    func dates() throws -> (from: PartialDate?, to: PartialDate?) {
        func date(_ flag: String, _ value: String?) throws -> PartialDate? {
            guard let value else { return nil }
            guard let d = PartialDate(parsing: value) else {
                throw ValidationError("\(flag) '\(value)' is not a real date; write YYYY-MM-DD, YYYY-MM or YYYY")
            }
            return d
        }
        let f = try date("--from", from), t = try date("--to", to)
        if let f, let t, f.dayRange.first > t.dayRange.last { throw ValidationError("--from \(f) is after --to \(t); swap them") }
        return (f, t)
    }

    var filter: DeskFilter {
        let (f, t) = (try? dates()) ?? (nil, nil)
        return DeskFilter(from: f, to: t)
    }
}

/// Which sources to keep: by publisher and by document, shared by `articles` and `events`.
struct SourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only those whose publisher contains this (case-insensitive).", valueName: "name"))
    var publisher: String?

    @Option(help: ArgumentHelp("Only those of this document (file name).", valueName: "name"))
    var document: String?

    /// Adds these choices to `filter`.
    func apply(to filter: inout DeskFilter) {
        filter.publisher = publisher
        filter.document = document
    }
}

/// Which events to keep, by kind, organization (any alias), organization type and modality.
struct EventChoiceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only events of this kind (repeatable, or comma-separated): announcement, partnership, investment, ban.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only events naming this organization, by any of its names (repeatable: any of them).", valueName: "name"))
    var org: [String] = []

    @Option(help: ArgumentHelp("Only events with a participant of this type: \(OrganizationType.allCases.map(\.name).joined(separator: ", ")).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Only done or only planned events.", valueName: "done|planned"))
    var modality: String?

    func validate() throws {
        _ = try kinds()
        if let type, OrganizationType(name: type) == nil {
            throw ValidationError("unknown type '\(type)'; use one of \(OrganizationType.allCases.map(\.name).joined(separator: ", "))")
        }
        if let modality, Modality(name: modality) == nil { throw ValidationError("unknown modality '\(modality)'; use done or planned") }
    }

    func kinds() throws -> Set<EventKind> {
        var out = Set<EventKind>()
        for name in kind.flatMap({ $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }) {
            guard let k = EventKind(name: name), k.isRelation else {
                throw ValidationError("unknown kind '\(name)'; use announcement, partnership, investment or ban")
            }
            out.insert(k)
        }
        return out
    }

    var organizationType: OrganizationType? { type.flatMap(OrganizationType.init(name:)) }

    /// Adds these choices to `filter`, resolving each organization through the alias table.
    func apply(to filter: inout DeskFilter, graph: LiveGraph) throws {
        filter.kinds = try kinds()
        filter.modality = modality.flatMap(Modality.init(name:))
        if !org.isEmpty {
            var ids = Set<String>()
            for name in org { ids.formUnion(try graph.ids(of: name)) }
            filter.orgs = ids
        }
    }
}
