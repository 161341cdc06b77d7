import Render
import ArgumentParser
import Events

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts per kind, head position and size of a store.",
        discussion: "Example:\n  kgraph stats --json --store ./news"
    )

    @OptionGroup var options: StoreOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let store = try options.open()
        let log = store.log
        let counts = log.countsByKind
        let size = store.sizeOnDisk()
        let articles = log.articleCount
        if json {
            let doc = JSON.object([
                ("store", .string(store.path)),
                ("head", .int(Int64(log.head))),
                ("events", .int(Int64(counts.values.reduce(0, +)))),
                ("kinds", .object(EventKind.allCases.map { ($0.name, .int(Int64(counts[$0] ?? 0))) })),
                ("articles", .int(Int64(articles))),
                ("bytes", .int(Int64(size))),
            ])
            print(doc.serialized)
            return
        }
        var table = TextTable(columns: ["kind", "events"], rightAligned: [1])
        for kind in EventKind.allCases { table.add([kind.name, String(counts[kind] ?? 0)]) }
        print("store    \(store.path)")
        print("head     \(log.head)")
        print("articles \(articles)")
        print("size     \(formatBytes(size))")
        print(table.render(header: true), terminator: "")
    }
}

func formatBytes(_ n: UInt64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"]
    var v = Double(n)
    var i = 0
    while v >= 1024, i < units.count - 1 {
        v /= 1024
        i += 1
    }
    return i == 0 ? "\(n) B" : String(format: "%.1f %@", v, units[i])
}

import Foundation
