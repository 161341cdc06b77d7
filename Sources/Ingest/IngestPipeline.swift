import EventLog
import Events
import Extraction
import Foundation

/// Bad input for ingest: one line that names the fix (the command prints it and exits 1).
public struct IngestError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The ingest pipeline: read a file (text or HTML), split it into articles, extract events, and
/// append one batch per file holding an `article` record for every article (with its text,
/// stored once by hash) and the events extracted from it.
///
/// Commands stay thin over it: `kgraph ingest` runs it over files; a re-extraction over stored
/// articles runs `extract(article:…)` the same way.
public struct IngestPipeline {
    /// Article text held in memory for one file's batch (bytes). Past it, later articles keep their
    /// record and events, but not their whole text.
    public static let articleTextBudget = 64 << 20

    public let extractor: Extractor
    /// The publication date for articles that print none (`--published`); a front matter's
    /// `published` and the date an article prints win over it.
    public var published: PartialDate?
    /// Collect a line per event and per trigger that gave none, for `--explain`.
    public var explain = false

    /// Threads that extract articles (1: the caller's thread only). The log receives the same
    /// batches, byte for byte, whatever the number: articles are extracted in parallel and taken
    /// in their order.
    public var workers = 1
    /// Articles segmented before they are extracted together, when `workers` > 1.
    public static let articleWindow = 64
    private let extractors: ExtractorPool

    public init(extractor: Extractor, published: PartialDate? = nil, explain: Bool = false, workers: Int = 1) {
        self.extractor = extractor
        self.published = published
        self.explain = explain
        self.workers = workers
        extractors = ExtractorPool(extractor)
    }

    /// Reads, extracts and (with a log) appends one file as one batch. Throws `IngestError` for a
    /// file that cannot be ingested (binary, invalid UTF-8, empty), and `StoreError` from the log;
    /// either way nothing of the file is appended.
    public func ingest(_ file: IngestInputs.File, into log: (any EventLogBackend)?,
                       progress: ((UInt64, UInt64?) -> Void)? = nil) throws -> IngestReport {
        try append(try prepare(file, progress: progress), to: log)
    }

    /// One file read and extracted, not yet appended: its batch (article records and events in
    /// article order), the article texts to store, and the report so far.
    public struct PreparedFile: Sendable {
        public var batch: [Event]
        public var articleTexts: [String]
        public var report: IngestReport
    }

    /// Reads and extracts one file (the articles of a large file on `workers` threads). Pure:
    /// touches no log, so several files may be prepared at once and appended in order.
    /// Throws `IngestError` for a file that cannot be ingested (binary, invalid UTF-8, empty).
    public func prepare(_ file: IngestInputs.File, progress: ((UInt64, UInt64?) -> Void)? = nil) throws -> PreparedFile {
        var reader = try IngestReader(file)
        var segmenter = ArticleSegmenter(lexicon: extractor.lexicon)
        var report = IngestReport(document: file.documentName)
        var batch: [Event] = []
        var articleTexts: [String] = []
        var heldTextBytes = 0
        var overBudget = false
        let document = file.documentName

        var articleLines = ArticleLines()
        /// An article as the segmenter gave it, with the citation metadata read when it was given.
        struct Pending: Sendable {
            var article: SegmentedArticle
            var meta: ArticleMetadata
            var dated: PartialDate?
        }
        var window: [Pending] = []
        func take(_ articles: [SegmentedArticle], final: Bool = false) {
            for var article in articles {
                // Citation metadata (ArticleMetadata.swift). Publisher and URL: the front matter,
                // then the page's HTML metadata, then the article's byline, copyright or site line.
                // Date: the front matter, then the date the article prints, then the page's
                // metadata, then --published. Headline: the front matter's title, else the text's.
                // Read here, as the segmenter gives the article: its own lines are those fed since.
                let front = reader.frontMatter.metadata, page = reader.htmlMetadata.found
                var meta = front.over(page)
                let own = articleLines.take()
                meta.publisher = meta.publisher ?? PublisherLines.publisher(in: own)
                meta.published = front.published ?? (article.published.isKnown ? article.published : nil) ?? page.published ?? published
                // Control characters (raw, or decoded from an HTML entity such as &#27;) would reach
                // terminals and pictures: the text keeps none, and neither do the names found in it.
                article.lines = article.lines.map(Escaped.droppingControls)
                let dated = meta.published.map { $0 == article.published ? nil : $0 } ?? nil
                window.append(Pending(article: article, meta: meta, dated: dated))
            }
            guard final || window.count >= (workers > 1 ? Self.articleWindow : 1) else { return }
            let first = report.articles
            let indexed = window.enumerated().map { (index: first + $0.offset, pending: $0.element) }
            window.removeAll(keepingCapacity: true)
            let results = OrderedParallel.map(indexed, workers: workers) { item in
                (extracted: extractors.with { $0.extract(article: item.pending.article, index: item.index, document: document, published: item.pending.dated) },
                 meta: item.pending.meta)
            }
            for (extracted, meta) in results {
                report.articles += 1
                report.warnings += extracted.warnings
                if explain {
                    for miss in extractor.misses(in: extracted) { report.explanations.append("\(document)#\(extracted.index) trigger without event: \(miss)") }
                }
                let hash = EventLog.articleHash(extracted.text)
                let size = extracted.text.utf8.count
                let stored = heldTextBytes + size <= IngestPipeline.articleTextBudget
                if stored {
                    articleTexts.append(extracted.text)
                    heldTextBytes += size
                } else if !overBudget {
                    overBudget = true
                    report.warnings.append("more than \(IngestPipeline.articleTextBudget >> 20) MiB of article text in one file; later articles are listed but not stored whole (their events keep the evidence sentence); split the file to store them all")
                }
                var record = ArticleRecord.make(document: document, index: extracted.index, textHash: hash,
                                                headline: reader.frontMatter.metadata.title ?? Self.headline(of: extracted.text),
                                                publisher: meta.publisher, url: meta.url, published: extracted.published,
                                                producer: Extractor.producer)
                if !stored { record.source.articleHash = nil }
                batch.append(record)
                if extracted.events.isEmpty { report.withoutEvents.append(extracted.index) }
                for var e in extracted.events {
                    if stored { e.event.source.articleHash = hash }
                    batch.append(e.event)
                    report.events += 1
                    report.perKind[e.event.kind, default: 0] += 1
                    if explain { report.explanations.append(IngestReport.describe(e, article: extracted)) }
                }
            }
        }
        while let line = try reader.nextLine() {
            articleLines.add(line)
            take(segmenter.feed(line))
            progress?(reader.bytesRead, reader.size)
        }
        take(segmenter.finish(), final: true)
        // A page of one article may print its copyright line after the date line that closed it.
        if report.articles == 1, let i = batch.firstIndex(where: { $0.kind == .article }), batch[i].source.publisher == nil,
           let publisher = PublisherLines.publisher(in: articleLines.take()) {
            batch[i].source.publisher = publisher
        }
        if reader.linesRead == 0 || reader.bytesRead == 0 { throw IngestError("the file is empty; nothing to ingest") }
        if report.articles == 0 { report.warnings.append("no article text found (only page furniture)") }
        return PreparedFile(batch: batch, articleTexts: articleTexts, report: report)
    }

    /// Appends a prepared file as one batch (with a log; without one, a dry run, nothing) and
    /// completes its report with what was new. Throws `StoreError` from the log; nothing of the
    /// file is appended then.
    public func append(_ prepared: PreparedFile, to log: (any EventLogBackend)?) throws -> IngestReport {
        var report = prepared.report
        let batch = prepared.batch
        if let log, !batch.isEmpty {
            // Articles ingested before (same document, index and text) have their events replaced.
            let (result, changes) = try Reconciliation.appendReplacing(batch, articles: prepared.articleTexts, document: report.document, log: log)
            let newIds = Set(result.appended.map(\.id))
            for e in batch {
                let isNew = newIds.contains(e.id)
                if e.kind == .article { if isNew { report.newArticles += 1 } } else if isNew { report.new += 1 } else { report.present += 1 }
            }
            report.retracted = changes.reduce(0) { $0 + $1.retracted.count }
            report.superseded = changes.reduce(0) { $0 + $1.superseded.count }
        }
        return report
    }

    /// An article's headline: its first line with text that is not a section path
    /// (`뉴스홈 > IT > 보안`) or a bullet, clipped to `ArticleRecord.maximumHeadline` characters.
    /// The segmenter keeps a headline as the article's first line; a dump that starts with the
    /// body gives the body's first line instead.
    public static func headline(of text: String) -> String? {
        var first: String? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { continue }
            if first == nil { first = t }
            if t.contains(" > ") || t.hasPrefix("•") || t.hasPrefix("▶") { continue }
            return String(t.prefix(ArticleRecord.maximumHeadline))
        }
        return first.map { String($0.prefix(ArticleRecord.maximumHeadline)) }
    }
}

/// The files an ingest reads: each argument, and the regular files inside each directory.
public enum IngestInputs {
    public struct File: Sendable {
        public let path: String
        public init(path: String) { self.path = path }
        public var displayName: String { path == "-" ? "<stdin>" : (path as NSString).lastPathComponent }
        /// The document name events cite: the file's name (stdin: "stdin").
        public var documentName: String { path == "-" ? "stdin" : Escaped.droppingControls((path as NSString).lastPathComponent) }
    }

    /// Each argument as a file; a directory gives its regular files (not hidden ones), sorted.
    public static func expand(_ inputs: [String]) throws -> [File] {
        var out: [File] = []
        for input in inputs {
            if input == "-" {
                out.append(File(path: "-"))
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                throw IngestError("\(input): no such file or directory; check the path")
            }
            guard isDir.boolValue else {
                out.append(File(path: input))
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: input) else {
                throw IngestError("\(input): cannot be read; check its permissions")
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
public struct IngestReader {
    private var lines: LineReader
    private var html: HTMLStripper?
    private var pending: [String] = []
    private var decided = false
    public private(set) var bytesRead: UInt64 = 0
    public private(set) var linesRead = 0
    /// A text file's front matter (`FrontMatter`), and an HTML page's metadata (`HTMLMetadata`).
    public private(set) var frontMatter = FrontMatter()
    public private(set) var htmlMetadata = HTMLMetadata()
    /// The file's size in bytes (nil for standard input).
    public let size: UInt64?

    public init(_ file: IngestInputs.File) throws {
        if file.path != "-" {
            let attrs = try? FileManager.default.attributesOfItem(atPath: file.path)
            size = (attrs?[.size] as? NSNumber)?.uint64Value
            if size == 0 { throw IngestError("the file is empty; nothing to ingest") }
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw IngestError("cannot be read; check its permissions")
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

    /// The next line of text (HTML already stripped), or nil at the end.
    public mutating func nextLine() throws -> String? {
        while pending.isEmpty {
            guard let raw = try lines.next() else {
                pending = try frontMatter.finish()
                if pending.isEmpty { return nil }
                break
            }
            bytesRead += UInt64(raw.count + 1)
            if raw.contains(0) {
                throw IngestError("looks like a binary file (it contains NUL bytes); give a text or HTML file")
            }
            var bytes = raw
            if lines.lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw IngestError("line \(lines.lineNumber) is not valid UTF-8; convert the file to UTF-8 (e.g. iconv -f EUC-KR -t UTF-8)")
            }
            linesRead += 1
            // Decided on the first line with text (or by the file's extension).
            if !decided, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                decided = true
                if HTMLStripper.looksLikeHTML(text) { html = HTMLStripper() }
            }
            if html != nil {
                htmlMetadata.scan(text)
                pending = html!.feed(text)
            } else {
                pending = try frontMatter.read(text, lineNumber: lines.lineNumber)
            }
        }
        return pending.removeFirst()
    }
}

/// What one file gave.
public struct IngestReport: Sendable {
    public var document: String
    public var articles = 0
    /// Article records the log did not hold yet.
    public var newArticles = 0
    /// Indexes of the articles that gave no event.
    public var withoutEvents: [Int] = []
    public var events = 0
    public var perKind: [EventKind: Int] = [:]
    public var new = 0
    public var present = 0
    /// Events of an earlier ingest of the same articles that this one no longer gives: retracted.
    public var retracted = 0
    /// Older `article` records of the same texts (another publication date or metadata): retracted.
    public var superseded = 0
    public var warnings: [String] = []
    public var explanations: [String] = []

    public init(document: String) { self.document = document }

    /// One line: articles, events per kind, what was appended, warnings.
    public func summary(name: String, dryRun: Bool) -> String {
        let kinds = [EventKind.partnership, .investment, .ban, .announcement].compactMap { k in
            perKind[k].map { "\(k.name) \($0)" }
        }
        var parts = ["\(name): \(plural(articles, "article")), \(plural(events, "event"))\(kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")"]
        if dryRun { parts.append("dry run, nothing appended") } else { parts.append("\(plural(new, "new event")), \(present) already present") }
        if superseded > 0 || retracted > 0 { parts.append("replacing an earlier ingest: \(plural(superseded, "older record")) and \(plural(retracted, "event")) retracted") }
        if !warnings.isEmpty { parts.append(plural(warnings.count, "warning")) }
        return parts.joined(separator: ", ")
    }

    /// The line naming the articles that gave no event, and how to see why; nil when all gave one.
    public func withoutEventsLine(name: String, path: String, dryRun: Bool = false) -> String? {
        guard !withoutEvents.isEmpty else { return nil }
        let list = withoutEvents.prefix(10).map { Source.citation(document: document, article: $0) }.joined(separator: ", ")
        let more = withoutEvents.count > 10 ? ", …" : ""
        let which = withoutEvents.count == articles ? "no article gave an event" : "\(withoutEvents.count) of \(articles) articles gave no event"
        let arg = path.contains(" ") ? "'\(path)'" : path
        let why = dryRun ? "see why with --explain" : "kept and searchable; see why with `kgraph ingest \(arg) --dry-run --explain`"
        return "  \(which): \(list)\(more) (\(why))"
    }

    /// Several lines for `--explain`: the event, its amount, evidence and the rule that fired.
    public static func describe(_ e: ExtractedEvent, article: ExtractedArticle) -> String {
        let ev = e.event
        let who = ev.participants.map { "\($0.role.name) \($0.name)\($0.surface != $0.name ? " (\($0.surface))" : "")" }.joined(separator: ", ")
        var lines = ["\(ev.source.document)#\(article.index) s\(ev.source.sentence ?? 0)  \(ev.kind.name)  \(ev.occurredAt)  \(who)  [\(ev.modality.name), confidence \(ev.confidence)]"]
        if let a = ev.amount { lines.append("  amount:   \(a.text)\(a.value.map { " = \(Int64($0)) \(a.currency ?? "")" } ?? "")") }
        lines.append("  evidence: \(ev.source.evidence ?? "")")
        lines.append("  rule:     \(e.explanation)")
        return lines.joined(separator: "\n")
    }
}

/// Sums over the files of one ingest run.
public struct IngestTotals: Sendable {
    public var articles = 0, withoutEvents = 0, events = 0, new = 0, present = 0, warnings = 0

    public init() {}

    public mutating func add(_ r: IngestReport) {
        articles += r.articles
        withoutEvents += r.withoutEvents.count
        events += r.events
        new += r.new
        present += r.present
        warnings += r.warnings.count
    }

    public func summary(files: Int, failed: Int, dryRun: Bool) -> String {
        let done = dryRun ? "dry run, nothing appended" : "\(plural(new, "new event")), \(present) already present"
        let quiet = withoutEvents > 0 ? " (\(withoutEvents) without events: `kgraph articles --without-events`)" : ""
        return "total: \(plural(files - failed, "file")) ingested\(failed > 0 ? ", \(failed) failed" : ""), \(plural(articles, "article"))\(quiet), \(plural(events, "event")), \(done), \(plural(warnings, "warning"))"
    }
}

/// `n word` or `n words`.
public func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
