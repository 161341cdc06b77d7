import ArgumentParser
import EventLog
import Events
import Foundation
import Projections
import Query
import Render

/// Query latency on a large synthetic store: in process, and end to end through the CLI.
struct QueryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Latency of who-partnered-with, neighbors --depth 2 and path, in process and through the kgraph CLI; DOT dump time."
    )

    @Option(help: "Synthetic events in the store.") var events = 1_000_000
    @Option(help: "Size of the organization pool.") var organizations = 100_000
    @Option(help: "Queries per case.") var samples = 2_000
    @Option(help: "CLI invocations for the end-to-end case.") var cliRuns = 30
    @Option(help: "The kgraph executable for the end-to-end case.") var kgraph = ".build/release/kgraph"
    @Option(help: "Markdown file whose query section is replaced.") var output = "BENCHMARKS.md"
    @Option(help: "Seed for the synthetic events.") var seed: UInt64 = 20_150_101
    @Option(help: "Cases to run, comma-separated: who, neighbors, path, dot, cli.") var cases = "who,neighbors,path,dot,cli"
    @Option(name: .customLong("keep-store"), help: "Build the synthetic store here and keep it; reuse it if it is there (for profiling).") var keptStore: String?
    @Option(name: .customLong("work-dir"), help: "Where the temporary store goes (removed afterwards).") var workDirectory = "/tmp"

    func run() throws {
        let work = workDirectory + "/kgraph-bench-query-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let storePath = keptStore ?? work + "/store"

        progress("generating and appending \(events) events, then building the projections (not timed)")
        var orgNames: [String] = []
        if let keptStore, Store.exists(at: keptStore) {
            var generator = SyntheticEvents(seed: seed, organizations: organizations)
            var seen = Set<String>()
            for e in generator.generate(events) { for p in e.participants where seen.insert(p.org).inserted { orgNames.append(p.name) } }
        } else {
            let store = try Store.create(at: storePath)
            store.log.durability = .osBuffered
            var generator = SyntheticEvents(seed: seed, organizations: organizations)
            let all = generator.generate(events)
            var seen = Set<String>()
            for e in all { for p in e.participants where seen.insert(p.org).inserted { orgNames.append(p.name) } }
            for start in stride(from: 0, to: all.count, by: 10_000) {
                try store.log.append(Array(all[start..<min(all.count, start + 10_000)]))
            }
            let catalog = ProjectionCatalog(store: store)
            // Steady state: no background compaction left over from building them.
            for kind in ["org-graph", "aliases", "timeline"] { try catalog.caughtUp(kind).compact() }
        }

        let store = try Store.open(at: storePath)
        let catalog = ProjectionCatalog(store: store)
        let queries = GraphQueries(graph: try OrgGraphReader(try catalog.caughtUp("org-graph"), log: store.log),
                                   names: AliasesReader(try catalog.caughtUp("aliases")))
        let resolver = NameResolver(queries.names)
        var rng = SplitMix64(seed: seed ^ 0x5EED)
        func pick() -> String { orgNames[Int(rng.next() % UInt64(orgNames.count))] }
        let clock = ContinuousClock()

        func latencies(_ n: Int, _ body: () throws -> Void) rethrows -> [Double] {
            var out: [Double] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                let start = clock.now
                try body()
                out.append(seconds(clock.now - start) * 1000)
            }
            return out.sorted()
        }
        progress("in-process queries")
        var partners = 0
        var partnersByTime: [(ms: Double, partners: Int)] = []
        let who = try latencies(cases.contains("who") ? samples : 0) {
            let start = clock.now
            guard case .found(let org, _) = try resolver.resolve(pick()) else { return }
            let n = try queries.relations(of: org, kind: .partnership).count
            partners += n
            partnersByTime.append((seconds(clock.now - start) * 1000, n))
        }
        // The slowest answers: are they the hubs?
        let slowest = partnersByTime.sorted { $0.ms > $1.ms }.prefix(max(partnersByTime.count / 100, 1))
        let slowPartners = slowest.isEmpty ? 0 : Double(slowest.map(\.partners).reduce(0, +)) / Double(slowest.count)
        var reached = 0
        let selected = Set(cases.split(separator: ",").map(String.init))
        let neighbors = try latencies(selected.contains("neighbors") ? max(samples / 4, 10) : 0) {
            reached += try queries.neighbors(of: OrganizationID.make(pick()), depth: 2).nodes.count
        }
        var found = 0
        let paths = try latencies(selected.contains("path") ? max(samples / 10, 10) : 0) {
            found += try queries.paths(from: OrganizationID.make(pick()), to: OrganizationID.make(pick()), maxDepth: 4).isEmpty ? 0 : 1
        }

        progress("DOT picture of 10,000 events")
        let dotStart = clock.now
        let items = try queries.timeline(try TimelineReader(try catalog.caughtUp("timeline"), log: store.log), of: nil, limit: 10_000)
        let occurrences = try queries.occurrences(items)
        let dot = TimelineDOT.render(occurrences, title: "bench")
        let dotSeconds = seconds(clock.now - dotStart)
        catalog.close()

        progress("end-to-end CLI runs")
        var cli: [Double] = []
        if FileManager.default.isExecutableFile(atPath: kgraph) {
            for _ in 0..<cliRuns {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: kgraph)
                p.arguments = ["who-partnered-with", pick(), "--store", storePath]
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                let start = clock.now
                try p.run()
                p.waitUntilExit()
                cli.append(seconds(clock.now - start) * 1000)
            }
            cli.sort()
        }

        func pct(_ v: [Double], _ p: Double) -> Double { v.isEmpty ? .nan : v[min(v.count - 1, Int(Double(v.count) * p))] }
        var lines: [String] = []
        lines.append("## Queries (`kgraph-bench query`)")
        lines.append("")
        lines.append("\(ReplayBenchmark.timestamp()) · N = \(Format.grouped(events)) synthetic events · \(Format.grouped(orgNames.count)) organizations · seed \(seed)")
        lines.append("")
        lines.append("| case | p50 | p99 | target |")
        lines.append("|---|---:|---:|---|")
        let w99 = pct(who, 0.99)
        lines.append("| `who-partnered-with` in process (name lookup + relations), \(who.count) random organizations | \(Format.fixed(pct(who, 0.5), 3)) ms | \(Format.fixed(w99, 3)) ms | p99 < 1 ms (\(w99 < 1 ? "met" : "**missed**")) |")
        lines.append("| `neighbors --depth 2` in process, \(neighbors.count) random organizations | \(Format.fixed(pct(neighbors, 0.5), 2)) ms | \(Format.fixed(pct(neighbors, 0.99), 2)) ms | – |")
        lines.append("| `path` (max depth 4) between random pairs, \(paths.count) pairs | \(Format.fixed(pct(paths, 0.5), 2)) ms | \(Format.fixed(pct(paths, 0.99), 2)) ms | – |")
        if !cli.isEmpty {
            let c99 = pct(cli, 0.99)
            lines.append("| `kgraph who-partnered-with` end to end (process start, open, catch-up check, answer), \(cli.count) runs | \(Format.fixed(pct(cli, 0.5), 1)) ms | \(Format.fixed(c99, 1)) ms | < 100 ms (\(pct(cli, 0.5) < 100 ? "met at p50" : "**missed**")) |")
        }
        lines.append("| `dump --format dot` of \(Format.grouped(items.count)) events (\(Format.grouped(occurrences.count)) occurrences): read them, merge occurrences and write DOT (\(Format.grouped(dot.utf8.count)) bytes) | \(Format.fixed(dotSeconds * 1000, 0)) ms | – | < 1 s (\(dotSeconds < 1 ? "met" : "**missed**")) |")
        lines.append("")
        lines.append("- Averages per query: \(Format.fixed(Double(partners) / Double(max(who.count, 1)), 1)) partners (\(Format.fixed(slowPartners, 0)) for the slowest 1%, the most-reported organizations); \(Format.fixed(Double(reached) / Double(max(neighbors.count, 1)), 0)) organizations within 2 hops; \(found) of \(paths.count) random pairs linked within 4 hops.")
        lines.append("- In-process figures read the live projections once they are caught up and compacted (untimed); the CLI figure includes process start and opening the store.")
        try BenchmarksFile.write(section: "query", lines.joined(separator: "\n"), to: output)
        print(lines.joined(separator: "\n"))
    }
}
