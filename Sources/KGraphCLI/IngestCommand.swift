import ArgumentParser
import EventLog
import Events
import Extraction
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract events from Korean news dumps (text or HTML) and append them to the log.",
        discussion: """
            Each file is split into articles (a search-result page holds several, each followed by its date line), page furniture is dropped, and partnership, investment, ban and announcement events are extracted by rules and lexicons: no model, no network.

            Each file's events are appended as one batch; ingesting a file again appends nothing new. A directory is read file by file; one bad file is reported and the others are still ingested.

            Example:
              kgraph ingest ../shared/corpus/seeds --store ./news
              kgraph ingest article.txt --published 2024-06-10 --store ./news
              kgraph ingest article.txt --dry-run --explain
              curl -s https://example.com/news.html | kgraph ingest - --store ./news
            """
    )

    /// Article text held in memory for one file's batch.
    static let articleTextBudget = 64 << 20

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp("Text or HTML files, directories of them, or - for standard input.", valueName: "file|dir|-"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Publication date of every article, overriding the dates found in the text.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(name: .customLong("mecab-dic"), help: ArgumentHelp("Folder of the mecab-ko-dic dictionary (else $KGRAPH_MECAB_DIC, else where Tools/setup.sh put it).", valueName: "dir"))
    var mecabDictionary: String?

    @Flag(help: "Extract and report, appending nothing.")
    var dryRun = false

    @Flag(help: "Print each event with its evidence sentence and the rule that fired, and each trigger word that gave no event with the reason.")
    var explain = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give a file, a directory, or - for standard input") }
        if let published {
            guard let d = PartialDate(parsing: published), d.precision == .day else {
                throw ValidationError("--published \(published) is not a date; write it as YYYY-MM-DD, e.g. --published 2024-06-10")
            }
        }
    }

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor.bundled(dictionary: mecabDictionary) } catch let error as MorphologyError {
            throw CLIError.user(error.description)
        } catch {
            throw CLIError.user("\(error); reinstall kgraph, or restore Sources/Extraction/Lexicon")
        }
        let files = try IngestInputs.expand(inputs)
        guard !files.isEmpty else { throw CLIError.user("no files found in \(inputs.joined(separator: ", ")); give text or HTML files") }

        var store: Store? = nil
        if !dryRun {
            let (opened, created) = try options.openOrCreate()
            store = opened
            if let created { print(created) }
        }

        let override = published.flatMap(PartialDate.init(parsing:))
        let progress = IngestProgress(totalFiles: files.count)
        var failures: [String] = []
        var totals = IngestTotals()
        for (n, file) in files.enumerated() {
            progress.file(n, name: file.displayName)
            do {
                let report = try ingest(file, extractor: extractor, store: store, override: override, progress: progress)
                progress.clear()
                for w in report.warnings { printError("warning: \(file.displayName): \(w)") }
                print(report.summary(name: file.displayName, dryRun: dryRun))
                totals.add(report)
            } catch let error as CLIError {
                progress.clear()
                printError(error.message.replacingOccurrences(of: "error: ", with: "error: \(file.displayName): "))
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

    private func ingest(_ file: IngestInputs.File, extractor: Extractor, store: Store?, override: PartialDate?,
                        progress: IngestProgress) throws -> IngestReport {
        var reader = try IngestReader(file)
        var segmenter = ArticleSegmenter(lexicon: extractor.lexicon)
        var report = IngestReport()
        var events: [Event] = []
        var articleTexts: [String] = []
        var heldTextBytes = 0
        var overBudget = false
        let document = file.documentName

        func take(_ articles: [SegmentedArticle]) {
            for article in articles {
                let extracted = extractor.extract(article: article, index: report.articles, document: document, published: override)
                report.articles += 1
                report.warnings += extracted.warnings
                if explain {
                    for miss in extractor.misses(in: extracted) { report.explanations.append("\(document)#\(extracted.index) trigger without event: \(miss)") }
                }
                guard !extracted.events.isEmpty else { continue }
                // Only articles that back an event are stored: the log keeps evidence, not the web.
                // Past the budget, events keep their evidence sentence but not the whole article.
                let hash = EventLog.articleHash(extracted.text)
                let size = extracted.text.utf8.count
                let stored = heldTextBytes + size <= IngestCommand.articleTextBudget
                if stored {
                    articleTexts.append(extracted.text)
                    heldTextBytes += size
                } else if !overBudget {
                    overBudget = true
                    report.warnings.append("more than \(IngestCommand.articleTextBudget >> 20) MiB of article text backs events; later articles are not stored whole (their events keep the evidence sentence); split the file to store them all")
                }
                for var e in extracted.events {
                    if stored { e.event.source.articleHash = hash }
                    events.append(e.event)
                    report.perKind[e.event.kind, default: 0] += 1
                    if explain { report.explanations.append(IngestReport.describe(e, article: extracted)) }
                }
            }
        }
        while let line = try reader.nextLine() {
            take(segmenter.feed(line))
            progress.bytes(reader.bytesRead, of: reader.size)
        }
        take(segmenter.finish())
        if reader.linesRead == 0 || reader.bytesRead == 0 { throw CLIError.user("the file is empty; nothing to ingest") }
        if report.articles == 0 { report.warnings.append("no article text found (only page furniture)") }
        if explain {
            for line in report.explanations { print(line) }
        }
        report.events = events.count
        if let store, !events.isEmpty {
            let result = try store.log.append(events, articles: articleTexts)
            report.new = result.appended.count
            report.present = result.alreadyPresent.count
        }
        return report
    }
}

/// The files an ingest reads: each argument, and the regular files inside each directory.
enum IngestInputs {
    struct File {
        let path: String
        var displayName: String { path == "-" ? "<stdin>" : (path as NSString).lastPathComponent }
        /// The document name events cite: the file's name (stdin: "stdin").
        var documentName: String { path == "-" ? "stdin" : (path as NSString).lastPathComponent }
    }

    static func expand(_ inputs: [String]) throws -> [File] {
        var out: [File] = []
        for input in inputs {
            if input == "-" {
                out.append(File(path: "-"))
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                throw CLIError.user("\(input): no such file or directory; check the path")
            }
            guard isDir.boolValue else {
                out.append(File(path: input))
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: input) else {
                throw CLIError.user("\(input): cannot be read; check its permissions")
            }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let full = (input as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
            }
            out += found.sorted().map { File(path: $0) }
        }
        return out
    }
}

/// Reads one input as UTF-8 lines, stripping HTML when the file is HTML, and refusing binary
/// files and invalid UTF-8 with a message that names the fix.
struct IngestReader {
    private var lines: LineReader
    private var html: HTMLStripper?
    private var pending: [String] = []
    private var decided = false
    private(set) var bytesRead: UInt64 = 0
    private(set) var linesRead = 0
    let size: UInt64?

    init(_ file: IngestInputs.File) throws {
        if file.path != "-" {
            let attrs = try? FileManager.default.attributesOfItem(atPath: file.path)
            size = (attrs?[.size] as? NSNumber)?.uint64Value
            if size == 0 { throw CLIError.user("the file is empty; nothing to ingest") }
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw CLIError.user("cannot be read; check its permissions")
            }
        } else {
            size = nil
        }
        lines = try LineReader(path: file.path, maximumLine: LineReader.maximumIngestLine)
        let ext = (file.path as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" || ext == "xhtml" {
            html = HTMLStripper()
            decided = true
        }
    }

    mutating func nextLine() throws -> String? {
        while pending.isEmpty {
            guard let raw = try lines.next() else { return nil }
            bytesRead += UInt64(raw.count + 1)
            if raw.contains(0) {
                throw CLIError.user("looks like a binary file (it contains NUL bytes); give a text or HTML file")
            }
            var bytes = raw
            if lines.lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIError.user("line \(lines.lineNumber) is not valid UTF-8; convert the file to UTF-8 (e.g. iconv -f EUC-KR -t UTF-8)")
            }
            linesRead += 1
            // Decided on the first line with text (or by the file's extension).
            if !decided, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                decided = true
                if HTMLStripper.looksLikeHTML(text) { html = HTMLStripper() }
            }
            if html != nil {
                pending = html!.feed(text)
            } else {
                pending = [text]
            }
        }
        return pending.removeFirst()
    }
}

/// What one file gave.
struct IngestReport {
    var articles = 0
    var events = 0
    var perKind: [EventKind: Int] = [:]
    var new = 0
    var present = 0
    var warnings: [String] = []
    var explanations: [String] = []

    func summary(name: String, dryRun: Bool) -> String {
        let kinds = [EventKind.partnership, .investment, .ban, .announcement].compactMap { k in
            perKind[k].map { "\(k.name) \($0)" }
        }
        var parts = ["\(name): \(plural(articles, "article")), \(plural(events, "event"))\(kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")"]
        if dryRun { parts.append("dry run, nothing appended") } else { parts.append("\(plural(new, "new event")), \(present) already present") }
        if !warnings.isEmpty { parts.append(plural(warnings.count, "warning")) }
        return parts.joined(separator: ", ")
    }

    static func describe(_ e: ExtractedEvent, article: ExtractedArticle) -> String {
        let ev = e.event
        let who = ev.participants.map { "\($0.role.name) \($0.name)\($0.surface != $0.name ? " (\($0.surface))" : "")" }.joined(separator: ", ")
        var lines = ["\(ev.source.document)#\(article.index) s\(ev.source.sentence ?? 0)  \(ev.kind.name)  \(ev.occurredAt)  \(who)  [\(ev.modality.name), confidence \(ev.confidence)]"]
        if let a = ev.amount { lines.append("  amount:   \(a.text)\(a.value.map { " = \(Int64($0)) \(a.currency ?? "")" } ?? "")") }
        lines.append("  evidence: \(ev.source.evidence ?? "")")
        lines.append("  rule:     \(e.explanation)")
        return lines.joined(separator: "\n")
    }
}

struct IngestTotals {
    var articles = 0, events = 0, new = 0, present = 0, warnings = 0

    mutating func add(_ r: IngestReport) {
        articles += r.articles
        events += r.events
        new += r.new
        present += r.present
        warnings += r.warnings.count
    }

    func summary(files: Int, failed: Int, dryRun: Bool) -> String {
        let done = dryRun ? "dry run, nothing appended" : "\(plural(new, "new event")), \(present) already present"
        return "total: \(plural(files - failed, "file")) ingested\(failed > 0 ? ", \(failed) failed" : ""), \(plural(articles, "article")), \(plural(events, "event")), \(done), \(plural(warnings, "warning"))"
    }
}

func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

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
