import ArgumentParser
import EventLog
import Events
import Foundation
import Projections
import Query
import SQLite

/// `kgraph-bench search`: how fast the `articles` projection (SQLite FTS5, trigram tokenizer)
/// is built from the log, and how long `kgraph search` takes over it, in process.
struct SearchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Index build rate (articles/s) and search latency (p50, p99) over generated Korean articles; writes its BENCHMARKS.md section.",
        discussion: """
            Generates articles from the Korean sentence templates of the extraction benchmark, appends \
            them as article records with their texts (not timed), builds the articles projection from \
            the log (timed), then runs each query of a fixed set many times through the same code as \
            `kgraph search` (timed one by one).

            Example:
              swift run -c release kgraph-bench search --articles 100000
            """
    )

    @Option(help: "Generated articles in the store.") var articles = 100_000
    @Option(help: "Timed searches per query.") var repeats = 30
    @Option(help: "Results asked of each search (as --limit).") var limit = 20
    @Option(help: "Markdown file whose search section is replaced.") var output = "BENCHMARKS.md"
    @Option(help: "Seed for the generated articles.") var seed: UInt64 = 7
    @Option(name: .customLong("work-dir"), help: "Where the temporary store goes (removed afterwards).") var workDirectory = "/tmp"

    /// The queries timed: two-syllable words (checked with LIKE), longer words and phrases (the
    /// trigram index), names, and words that occur rarely.
    static let queries: [(String, String)] = [
        ("협력", "one short word (LIKE over the whole index)"),
        ("투자 유치", "two short words"),
        ("로봇", "a short word found nowhere (LIKE reads every text)"),
        ("데이터센터", "one long word"),
        ("인공지능 반도체", "two long words"),
        ("클라우드 협력", "a long and a short word"),
        ("개인정보보호위원회", "an organization name"),
        ("\"공동 개발\"", "a phrase"),
        ("하람로보틱스 금지하는", "two rarer long words"),
    ]

    func run() throws {
        let work = workDirectory + "/kgraph-bench-search-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let store = try Store.create(at: work + "/store")
        store.log.durability = .osBuffered

        progress("generating and appending \(articles) articles (not timed)")
        var rng = SplitMix64(seed: seed)
        var textBytes = 0
        var batch: [Event] = [], texts: [String] = []
        for n in 0..<articles {
            let text = KoreanCorpus.article(&rng, headline: true)
            textBytes += text.utf8.count
            let published = PartialDate(year: 2024 + n % 2, month: 1 + n % 12, day: 1 + n % 28) ?? .unknown
            batch.append(ArticleRecord.make(document: "bench-\(n / 100).txt", index: n % 100, textHash: EventLog.articleHash(text),
                                            headline: String(text.prefix(while: { $0 != "\n" })), published: published,
                                            producer: Producer(name: "kgraph-bench", version: "1")))
            texts.append(text)
            if batch.count == 2_000 || n == articles - 1 {
                try store.log.append(batch, articles: texts)
                batch.removeAll(keepingCapacity: true)
                texts.removeAll(keepingCapacity: true)
            }
        }

        progress("building the articles projection from the log (timed)")
        let catalog = ProjectionCatalog(store: store)
        let clock = ContinuousClock()
        let start = clock.now
        let state = try catalog.caughtUp(ArticlesProjection.kind)
        let buildSeconds = seconds(clock.now - start)
        let indexBytes = SystemInfo.directorySize(state.path)

        let queries = GraphQueries(graph: try OrgGraphReader(try catalog.caughtUp("org-graph"), log: store.log),
                                   names: AliasesReader(try catalog.caughtUp("aliases")))
        let desk = Desk(articles: try ArticlesReader(state), queries: queries)
        var rows: [(String, String, Int, Double, Double)] = []
        var all: [Double] = []
        for (query, what) in Self.queries {
            var times: [Double] = []
            var found = 0
            _ = try desk.search(query, filter: DeskFilter(), limit: limit)  // warm the page cache
            for _ in 0..<repeats {
                let t0 = clock.now
                found = try desk.search(query, filter: DeskFilter(), limit: limit).count
                times.append(seconds(clock.now - t0) * 1000)
            }
            all += times
            rows.append((query, what, found, Self.percentile(times, 0.5), Self.percentile(times, 0.99)))
            progress("\(query): p50 \(String(format: "%.1f", Self.percentile(times, 0.5))) ms")
        }
        let section = Self.section(articles: articles, textBytes: textBytes, buildSeconds: buildSeconds, indexBytes: indexBytes,
                                   rows: rows, p50: Self.percentile(all, 0.5), p99: Self.percentile(all, 0.99), repeats: repeats, limit: limit)
        try BenchmarksFile.write(section: "search", section, to: output)
        print(section)
        progress("wrote the search section of \(output)")
    }

    /// The value below which `q` of the sorted values fall (nearest rank).
    static func percentile(_ values: [Double], _ q: Double) -> Double {
        let s = values.sorted()
        return s[min(s.count - 1, max(0, Int((q * Double(s.count)).rounded(.up)) - 1))]
    }

    static func section(articles: Int, textBytes: Int, buildSeconds: Double, indexBytes: UInt64,
                        rows: [(String, String, Int, Double, Double)], p50: Double, p99: Double, repeats: Int, limit: Int) -> String {
        var lines = [
            "## Full-text search (`kgraph-bench search`)",
            "",
            "Machine: \(SystemInfo.processorCount) × \(SystemInfo.cpuModel), Linux \(SystemInfo.kernel). SQLite \(SQLiteDatabase.libraryVersion) (Debian), FTS5 trigram tokenizer. Release build.",
            "",
            "\(articles) generated Korean articles (\(String(format: "%.1f", Double(textBytes) / 1e6)) MB of text) appended as article records; the `articles` projection built from the log in one catch-up:",
            "",
            "| articles | build (s) | articles/s | MB/s of text | projection on disk |",
            "|---:|---:|---:|---:|---:|",
            "| \(articles) | \(String(format: "%.1f", buildSeconds)) | \(Int(Double(articles) / buildSeconds)) | \(String(format: "%.2f", Double(textBytes) / 1e6 / buildSeconds)) | \(String(format: "%.0f", Double(indexBytes) / 1e6)) MB |",
            "",
            "Search latency, in process, through the code `kgraph search` runs (`Desk.search`, --limit \(limit)), \(repeats) timed runs per query after one warm-up:",
            "",
            "| query | what it exercises | results | p50 (ms) | p99 (ms) |",
            "|---|---|---:|---:|---:|",
        ]
        for r in rows {
            lines.append("| `\(r.0)` | \(r.1) | \(r.2) | \(String(format: "%.1f", r.3)) | \(String(format: "%.1f", r.4)) |")
        }
        lines += [
            "",
            "All queries together: p50 \(String(format: "%.1f", p50)) ms, p99 \(String(format: "%.1f", p99)) ms.",
            "",
            "- A query made only of short terms (two Hangul syllables) is a `LIKE` scan from the newest text back, which stops at the first max(200, 20 × limit) matches: cheap for a common word, a read of every text for one found nowhere.",
            "- Terms of three or more characters go through the trigram index, and every text they match is ranked by bm25 before the best are kept: the cost grows with the number of matching texts (the generated articles repeat their templates, so common words match a large share of them).",
            "- A long term with a short one is the dearest: the short term's `LIKE` runs on every text the long term matched.",
            "- The index is built in one SQLite transaction per catch-up; its size on disk is the article texts once more plus the trigram index.",
            "- Wall time on a machine shared with other work: runs differ, by up to 2× on a busy machine.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
