import ArgumentParser
import Events
import Foundation
import Ingest
import Projections
import Query
import Render

struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: "List organizations with type, aliases, first and last seen, and counts; rank them.",
        discussion: """
            reports: events naming it; degree: distinct organizations it shares an event with; \
            partners: distinct partners in partnerships. Counted over the events in the window.

            Example:
              kgraph orgs
              kgraph orgs --top 10 --by degree --from 2024
              kgraph orgs --type government --csv
            """
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var window: DateWindowOptions

    @Option(help: ArgumentHelp("Only organizations of this type: \(OrganizationType.allCases.map(\.name).joined(separator: ", ")).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Only events of this kind count (repeatable, or comma-separated).", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only the first N.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("Rank by degree, reports or partners.", valueName: "measure"))
    var by: String = "reports"

    @Flag(help: "One JSON object (Schemas/orgs.schema.json).")
    var json = false

    @Flag(help: "Comma-separated values.")
    var csv = false

    func validate() throws {
        if let type, OrganizationType(name: type) == nil {
            throw ValidationError("unknown type '\(type)'; use one of \(OrganizationType.allCases.map(\.name).joined(separator: ", "))")
        }
        guard Desk.Ranking(rawValue: by) != nil else { throw ValidationError("--by \(by): use degree, reports or partners") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
        if json && csv { throw ValidationError("give --json or --csv, not both") }
    }

    func run() throws {
        try LiveGraph.answering(options) { graph in try answer(graph) }
    }

    private func answer(_ graph: LiveGraph) throws {
        var filter = window.filter
        filter.kinds = try EventChoiceOptions.parse(kind.flatMap { ["--kind", $0] }).kinds()
        let ranking = Desk.Ranking(rawValue: by) ?? .reports
        let rows = try graph.desk().organizations(filter, type: type.flatMap(OrganizationType.init(name:)), by: ranking, top: top)
        if json {
            print(DeskJSON.organizations(by: ranking, rows: rows).serialized)
            return
        }
        if csv {
            let out = StandardOutput()
            out.write(CSV.line(["id", "name", "type", "aliases", "first_seen", "last_seen", "reports", "degree", "partners"]))
            for o in rows {
                out.write(CSV.line([o.org, o.name, o.type?.name ?? "", o.aliases.joined(separator: "; "), o.firstSeen.isKnown ? o.firstSeen.description : "",
                                    o.lastSeen.isKnown ? o.lastSeen.description : "", String(o.reports), String(o.degree), String(o.partners)]))
            }
            return
        }
        guard !rows.isEmpty else {
            print("no organization matches; widen the dates or the type")
            return
        }
        var table = TextTable(columns: ["name", "type", "reports", "degree", "partners", "first seen", "last seen", "aliases"])
        for o in rows {
            table.add([o.name, o.type?.name ?? "-", String(o.reports), String(o.degree), String(o.partners),
                       o.firstSeen.isKnown ? o.firstSeen.description : "-", o.lastSeen.isKnown ? o.lastSeen.description : "-",
                       clip(o.aliases.joined(separator: ", "), width: 40)])
        }
        print(table.render(header: true), terminator: "")
        print("\(plural(rows.count, "organization")), ranked by \(ranking.rawValue) — `kgraph org NAME` shows one")
    }
}
