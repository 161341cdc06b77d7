import ArgumentParser
import Events
import Ingest
import Projections
import Query
import Render

/// The shared body of who-partnered-with, investors-in, investments-by, bans-by, bans-on and
/// announcements-by: relations of one kind and direction, with dates, source counts and evidence.
struct RelationQuery {
    let command: String
    let kind: EventKind
    let direction: GraphKeys.Direction?
    let otherColumn: String

    func run(name: String, store: StoreOptions, query: QueryOptions) throws {
        try LiveGraph.answering(store, query) { live in try answer(live, name: name, query: query) }
    }

    private func answer(_ live: LiveGraph, name: String, query: QueryOptions) throws {
        let org = try live.resolve(name)
        let window = live.window
        let rows = try live.queries.relations(of: org.org, kind: kind, direction: direction, window: window)
        if query.json {
            print(QueryJSON.relations(query: command, org: org, window: window, rows: rows).serialized)
            return
        }
        guard !rows.isEmpty else {
            print("\(Escaped.text(org.name)): no \(kind.name) found\(window == .always ? "" : " in that time window")")
            return
        }
        let occurrences = rows.reduce(0) { $0 + $1.occurrences.count }
        print("\(Escaped.text(org.name)) — \(command) (\(rows.count)): \(plural(occurrences, "occurrence")); `kgraph show ID` prints one whole")
        print(RelationTable.render(rows, otherColumn: otherColumn), terminator: "")
    }
}

/// Relation answers as a table: the organization at the other end once, then one line per
/// occurrence with its date, the span of its reports' dates, its sources, amounts, the evidence
/// that dates it (citation, outlet, sentence) and the id `kgraph show` takes.
enum RelationTable {
    static func render(_ rows: [RelationRow], otherColumn: String) -> String {
        let showAmount = rows.contains { !$0.amounts.isEmpty }
        var columns = [otherColumn, "date", "reports dated", "sources"]
        if showAmount { columns.append("amount") }
        columns += ["evidence", "id"]
        var table = TextTable(columns: columns, rightAligned: [3])
        for r in rows {
            for (i, o) in r.occurrences.enumerated() {
                var row = [i == 0 ? (r.name.isEmpty ? "—" : r.name) : "", o.date.description, span(o.first, o.last), String(o.sources)]
                if showAmount { row.append(o.amounts.joined(separator: ", ")) }
                let outlet = o.evidence.publisher.map { " \($0)" } ?? ""
                row.append("\(o.evidence.citation)\(outlet): \(clip(o.evidence.evidence, width: 60))\(o.planned ? " (planned)" : "")")
                row.append(o.id)
                table.add(row)
            }
        }
        return table.render(header: true)
    }

    /// `2024-06-03` when both ends agree, else `2024-06-02…2024-06-04`.
    static func span(_ first: PartialDate, _ last: PartialDate) -> String {
        first == last ? first.description : "\(first)…\(last)"
    }
}

/// Cuts text to about `width` terminal columns, on one line. Other control characters are
/// left for the table's escaping to show (`\r` stays visible as `\r`).
func clip(_ s: String, width: Int) -> String {
    let flat = s.replacingOccurrences(of: "\n", with: " ")
    guard displayWidth(flat) > width else { return flat }
    var out = ""
    var w = 0
    for ch in flat {
        let cw = displayWidth(String(ch))
        if w + cw > width - 1 { break }
        out.append(ch)
        w += cw
    }
    return out + "…"
}
