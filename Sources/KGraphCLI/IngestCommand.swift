import ArgumentParser
import EventLog
import Events
import Extraction
import Foundation
import Ingest

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract events from Korean news dumps (text or HTML) and append them to the log.",
        discussion: """
            Each file is split into articles (a search-result page holds several, each followed by its date line), page furniture is dropped, and partnership, investment, ban and announcement events are extracted by rules and lexicons: no model, no network.

            Each article's citation is recorded: headline, publisher (from its byline or copyright line, or an HTML page's og:site_name), URL (an HTML page's canonical link or og:url) and publication date. A text file may begin with a front matter that overrides them:
              ---
              published: 2024-06-04
              publisher: 한빛일보
              url: https://news.example/a/1
              title: KT, MS와 클라우드 협력
              ---

            Every article is kept (its text once by hash, with document, index, headline and date), whether or not it gave events: `kgraph articles` lists them, `kgraph search` finds them. Each file's articles and events are appended as one batch; ingesting a file again appends nothing new, and ingesting it under another --published or front matter replaces its articles' earlier events (retracted, as `kgraph reextract` does) instead of adding a second copy. A directory is read file by file; one bad file is reported and the others are still ingested.

            Example:
              kgraph ingest ../shared/corpus/seeds --store ./news
              kgraph ingest article.txt --published 2024-06-10 --store ./news
              kgraph ingest article.txt --dry-run --explain
              curl -s https://example.com/news.html | kgraph ingest - --store ./news
            """
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp("Text or HTML files, directories of them, or - for standard input.", valueName: "file|dir|-"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Publication date for the articles that print none (a date the article prints, or a front matter's `published`, wins).", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(name: .customLong("mecab-dic"), help: ArgumentHelp("Folder of the mecab-ko-dic dictionary (else $KGRAPH_MECAB_DIC, else where Tools/setup.sh put it).", valueName: "dir"))
    var mecabDictionary: String?

    /// Lexicon files to extract with instead of the bundled ones (see `kgraph reextract --lexicon`).
    @Option(name: .customLong("lexicon"), help: .hidden)
    var lexicon: String?

    @Flag(help: "Extract and report, appending nothing.")
    var dryRun = false

    @Flag(help: "Print each event with its evidence sentence and the rule that fired, and each trigger word that gave no event with the reason.")
    var explain = false

    @Option(help: ArgumentHelp("Threads that extract (default: one per processor). The log receives the same batches in the same order whatever the number.", valueName: "n"))
    var jobs = OrderedParallel.defaultWorkers

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give a file, a directory, or - for standard input") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let published {
            guard let d = PartialDate(parsing: published), d.precision == .day else {
                throw ValidationError("--published \(published) is not a date; write it as YYYY-MM-DD, e.g. --published 2024-06-10")
            }
        }
    }

    func run() throws {
        let extractor = try ExtractorLoader.load(dictionary: mecabDictionary, lexicon: lexicon)
        let files = try IngestInputs.expand(inputs)
        guard !files.isEmpty else { throw CLIError.user("no files found in \(inputs.joined(separator: ", ")); give text or HTML files") }

        var store: Store? = nil
        if !dryRun {
            let (opened, created) = try options.openOrCreate()
            store = opened
            if let created { print(created) }
        }

        let pipeline = IngestPipeline(extractor: extractor, published: published.flatMap(PartialDate.init(parsing:)), explain: explain,
                                      workers: jobs)
        let progress = IngestProgress(totalFiles: files.count)
        var failures: [String] = []
        var totals = IngestTotals()
        // Files are read and extracted a few at a time on `jobs` threads, then appended in input order.
        try pipeline.ingest(files, into: store?.log, starting: { progress.file($0, name: files[$0].displayName) },
                            progress: { progress.bytes($0, of: $1) }) { n, result in
            let file = files[n]
            do {
                let report = try result.get()
                progress.clear()
                for w in report.warnings { printError("warning: \(file.displayName): \(w)") }
                if explain { for line in report.explanations { print(line) } }
                print(report.summary(name: file.displayName, dryRun: dryRun))
                if let line = report.withoutEventsLine(name: file.displayName, path: file.path, dryRun: dryRun) { print(line) }
                totals.add(report)
            } catch let error as IngestError {
                progress.clear()
                printError("error: \(file.displayName): \(error.message)")
                failures.append(file.displayName)
            } catch let error as StoreError where !error.isCorruption {
                progress.clear()
                printError("error: \(file.displayName): \(error); nothing from it was appended")
                failures.append(file.displayName)
            }
        }
        if files.count > 1 { print(totals.summary(files: files.count, failed: failures.count, dryRun: dryRun)) }
        if !failures.isEmpty {
            throw CLIError.user("\(failures.count) of \(files.count) files were not ingested (\(failures.prefix(3).joined(separator: ", "))\(failures.count > 3 ? ", …" : "")); fix or remove them and run ingest again")
        }
    }
}

/// Progress on standard error, only when it is a terminal: a line rewritten in place.
final class IngestProgress {
    private let enabled: Bool
    private let totalFiles: Int
    private var name = ""
    private var index = 0
    private var lastDraw = Date.distantPast
    private var shown = false

    init(totalFiles: Int) {
        self.totalFiles = totalFiles
        enabled = isatty(2) == 1
    }

    func file(_ n: Int, name: String) {
        index = n
        self.name = name
        if totalFiles > 1 { draw("[\(n + 1)/\(totalFiles)] \(name)") }
    }

    func bytes(_ read: UInt64, of size: UInt64?) {
        guard enabled, let size, size > 4 << 20, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
        let percent = Int(Double(read) / Double(size) * 100)
        draw("\(totalFiles > 1 ? "[\(index + 1)/\(totalFiles)] " : "")\(name) \(percent)%")
    }

    func clear() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    private func draw(_ text: String) {
        guard enabled else { return }
        lastDraw = Date()
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        shown = true
    }
}
