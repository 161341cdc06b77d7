import Render
import ArgumentParser
import Events
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List events in log order (by position; `kgraph events` lists them by date).",
        discussion: """
            Example:
              kgraph log --from-position 100 --kind partnership --store ./news
              kgraph log --org KT --json | jq .participants
            """
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var filter: FilterOptions

    @Flag(help: "One JSON envelope per line (Schemas/envelope.schema.json).")
    var json = false

    func run() throws {
        let store = try options.open()
        let out = StandardOutput()
        if json {
            try filter.forEach(in: store.log) { out.write(Interchange.envelope($0).serialized) }
            return
        }
        var table = TextTable(columns: ["pos", "date", "kind", "participants", "source", "id"])
        var rows = 0
        try filter.forEach(in: store.log) { e in
            table.add([String(e.position), e.occurredAt.description, e.kind.name, summary(e), e.source.citation, e.id])
            rows += 1
            if table.rowCount >= 1000 { out.write(table.render(header: rows <= 1000)); table.removeRows() }
        }
        if store.log.head == 0 {
            print("the log is empty; add events with `kgraph append FILE`")
        } else if rows == 0 {
            print("no events match (log head is \(store.log.head))")
        } else if table.rowCount > 0 {
            out.write(table.render(header: rows <= 1000))
        }
    }

    private func summary(_ e: Event) -> String { LogLine.summary(e) }
}

/// How `log` and `follow` describe one event in a line.
enum LogLine {
    static func summary(_ e: Event) -> String {
        switch e.kind {
        case .retraction: return "withdraws \(e.retracts ?? "?")"
        case .alias: return "\(e.alias?.name ?? "?") = \(e.alias?.organization ?? "?")"
        case .article: return "article: \(e.subject ?? "(no headline)")"
        default: return EventSummary.who(e.kind, e.participants.map { ($0.role, $0.name) }, amount: e.amount?.text)
        }
    }

    /// Position, date, kind, who, source and id, separated by two spaces.
    static func text(_ e: Event) -> String {
        Escaped.text([String(e.position), e.occurredAt.description, e.kind.name, summary(e), e.source.citation, e.id].joined(separator: "  "))
    }
}

/// Buffered standard output: one write per many lines.
final class StandardOutput {
    private var buffer: [UInt8] = []
    func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        if line.utf8.last != 0x0A { buffer.append(0x0A) }
        if buffer.count > 1 << 16 { flush() }
    }
    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }
}
