import ArgumentParser
import Events
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
        let showAmount = rows.contains { !$0.amounts.isEmpty }
        var columns = [otherColumn, "first", "last", "sources"]
        if showAmount { columns.append("amount") }
        columns.append("evidence")
        var table = TextTable(columns: columns, rightAligned: [3])
        for r in rows {
            var row = [r.name.isEmpty ? "—" : r.name, r.first.description, r.last.description, String(r.sources)]
            if showAmount { row.append(r.amounts.joined(separator: ", ")) }
            row.append("\(r.evidence.citation): \(clip(r.evidence.text, width: 70))\(r.planned ? " (planned)" : "")")
            table.add(row)
        }
        print("\(Escaped.text(org.name)) — \(command) (\(rows.count))")
        print(table.render(header: true), terminator: "")
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
