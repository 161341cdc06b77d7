import EventLog
import Events
import Extraction
import Foundation

// Re-extraction as events.
//
// When the rules improve, the stored articles are read again by the current extractor. Nothing in
// the log is edited: an event the extractor no longer produces is withdrawn by a `retraction`
// whose reason names the extractor version, a new one is appended, and one produced again stays
// as it is. An article is identified by its document, its index in the document and the SHA-256
// of its text, so two different files that share a name never touch each other's events.
//
// What a re-extraction may change, and what it never touches:
// - It considers only relation events whose producer is the extractor (`Extractor.name`, any
//   version) and whose source is a stored article: events appended by hand (`kgraph append`),
//   or copied from another store without their article texts, are never retracted.
// - An event the extractor produces again after an earlier re-extraction withdrew it is restored
//   by retracting that retraction. An event someone retracted by hand (`kgraph retract`) stays
//   withdrawn even when the extractor produces it again.
// - Ingesting an article again with another publication date (`--published`) or other metadata
//   gives a new `article` record for the same text: the older record is withdrawn and the
//   article's events are replaced the same way, instead of standing beside a second copy.
//
// Each document's retractions, restorations, records and new events go to the log as one atomic
// batch, appended only if the log head has not moved since the document was read; a re-run of a
// re-extraction with the same rules appends nothing.

/// The retractions a re-extraction appends: withdrawing an event, or restoring one.
public enum ReextractionRetraction {
    /// The producer of re-extraction retractions: the extractor itself, so its version is on record.
    public static var producer: Producer { Extractor.producer }

    /// A retraction of `id`, decided at log head `head`, for the article `document#index`. Its id
    /// joins its content to the head (as `kgraph retract` does), so the same decision taken again
    /// later (after a restoration) is a new event.
    public static func make(retracting id: String, reason: String, document: String, index: Int?, head: UInt64) -> Event {
        var e = Event(kind: .retraction, occurredAt: .unknown, source: Source(document: document, article: index),
                      participants: [], reason: reason, retracts: id, producer: producer)
        e.id = EventID.derive(e) + "@\(head)"
        return e
    }

    /// Whether a retraction was made by a re-extraction (and so may be undone by one).
    public static func isReextraction(_ e: Event) -> Bool { e.kind == .retraction && e.producer.name == Extractor.name }
}

/// What the log holds now for one document: its article records, the events of its articles, and
/// which events a retraction withdraws at the head (the rule of `Projections/Corrections.swift`:
/// a retraction withdraws, retracting it restores).
public struct DocumentState {
    public let document: String
    /// Every event whose source is the document, in log order (records, relations, re-extraction retractions).
    public private(set) var events: [Event] = []
    /// Event id → the retraction that withdraws it at the head.
    public private(set) var withdrawnBy: [String: Event] = [:]
    /// The log head the state was read at.
    public let head: UInt64

    /// Reads the document's events through the log's document index, and every retraction
    /// through its kind index, or takes `retractions` (every retraction in the log, read once for
    /// a run over many documents; the document's own retractions appended since are found
    /// through its index).
    public init(document: String, log: any EventLogBackend, retractions known: [Event]? = nil) throws {
        self.document = document
        head = log.head
        var events: [Event] = []
        try log.forEach(filter: EventFilter(document: document)) { e in
            events.append(e)
            return true
        }
        self.events = events
        guard !events.isEmpty else { return }
        var retractions: [Event]
        if let known {
            let ids = Set(known.map(\.id))
            retractions = (known + events.filter { $0.kind == .retraction && !ids.contains($0.id) }).sorted { $0.position < $1.position }
        } else {
            retractions = try Self.retractions(in: log)
        }
        var kinds: [String: (position: UInt64, kind: EventKind, retracts: String?)] = [:]
        for e in events { kinds[e.id] = (e.position, e.kind, e.retracts) }
        for r in retractions { kinds[r.id] = (r.position, r.kind, r.retracts) }
        for r in retractions {
            guard let target = r.retracts else { continue }
            if let t = kinds[target], t.position < r.position, t.kind == .retraction {
                if let original = t.retracts, withdrawnBy[original] != nil { withdrawnBy[original] = nil }
            } else if let t = kinds[target], t.kind == .alias, t.position < r.position {
                continue  // an alias is undone by declaring the name again
            } else if withdrawnBy[target] == nil {
                withdrawnBy[target] = r
            }
        }
    }

    /// Every retraction in the log, in log order.
    public static func retractions(in log: any EventLogBackend) throws -> [Event] {
        var out: [Event] = []
        try log.forEach(filter: EventFilter(kinds: [.retraction])) { e in
            out.append(e)
            return true
        }
        return out
    }

    /// The article records not withdrawn, in log order.
    public var articles: [Event] { events.filter { $0.kind == .article && withdrawnBy[$0.id] == nil } }

    /// Whether the log holds an event with this id for the document.
    public func holds(_ id: String) -> Bool { events.contains { $0.id == id } }

    /// The relation events the extractor made from the article `index` with text `hash` that stand
    /// at the head. Events without a text hash (from a text too large to store, or a store older
    /// than article records) count when the document has only that one text at that index.
    public func extracted(index: Int, hash: [UInt8]) -> [Event] {
        let hashes = Set(articles.filter { $0.source.article == index }.compactMap(\.source.articleHash))
        return events.filter { e in
            e.kind.isRelation && e.producer.name == Extractor.name && e.source.article == index
                && withdrawnBy[e.id] == nil
                && (e.source.articleHash == hash || (e.source.articleHash == nil && hashes == [hash]))
        }
    }
}

/// What replacing one article's extraction does to the log.
public struct ArticleChange: Sendable {
    public var document: String
    public var index: Int
    /// Events the extractor no longer produces, each withdrawn by a retraction.
    public var retracted: [Event] = []
    /// Events produced again after a re-extraction withdrew them (and the article record itself,
    /// when an ingest under an earlier date comes back): restored.
    public var restored: [Event] = []
    /// Events new to the log.
    public var added: [Event] = []
    /// Events produced again that stand in the log already.
    public var unchanged = 0
    /// Events produced again that someone retracted by hand: left withdrawn.
    public var keptWithdrawn = 0
    /// Older `article` records of the same text, withdrawn (a re-ingest with another date).
    public var superseded: [Event] = []

    public var changesLog: Bool { !retracted.isEmpty || !restored.isEmpty || !added.isEmpty || !superseded.isEmpty }
}

/// Plans the events that replace an article's extraction: retractions, restorations and new events.
public enum Reconciliation {
    /// The change for one article: `record` is the article record that stands after the change
    /// (new, or the one in the log), `events` what the extractor produces from it now. Retraction
    /// reasons name `Extractor.producer`'s version.
    public static func change(record: Event, events: [Event], state: DocumentState) -> ArticleChange {
        let index = record.source.article ?? 0
        var change = ArticleChange(document: state.document, index: index)
        guard let hash = record.source.articleHash else { return change }
        let produced = Set(events.map(\.id))
        change.retracted = state.extracted(index: index, hash: hash).filter { !produced.contains($0.id) }
        change.superseded = state.articles.filter {
            $0.source.article == index && $0.source.articleHash == hash && $0.id != record.id && $0.position < (record.position == 0 ? .max : record.position)
        }
        // The record itself, withdrawn by an earlier re-ingest under another date, comes back.
        if let by = state.withdrawnBy[record.id], ReextractionRetraction.isReextraction(by) { change.restored.append(record) }
        for e in events {
            if let by = state.withdrawnBy[e.id] {
                if ReextractionRetraction.isReextraction(by) { change.restored.append(e) } else { change.keptWithdrawn += 1 }
            } else if state.holds(e.id) {
                change.unchanged += 1
            } else {
                change.added.append(e)
            }
        }
        return change
    }

    /// The retractions that carry out `change` at log head `head`: one per event withdrawn or
    /// record superseded, one per restoration (retracting the re-extraction's retraction).
    public static func corrections(for change: ArticleChange, state: DocumentState, head: UInt64) -> [Event] {
        let version = "\(Extractor.name) \(Extractor.version)"
        let citation = Source.citation(document: change.document, article: change.index)
        var out: [Event] = []
        for e in change.superseded {
            out.append(ReextractionRetraction.make(retracting: e.id, reason: "superseded by a new record of \(citation) (other publication date or metadata), re-extracted by \(version)",
                                                   document: change.document, index: change.index, head: head))
        }
        for e in change.retracted {
            out.append(ReextractionRetraction.make(retracting: e.id, reason: "re-extracted by \(version): no longer found in \(citation)",
                                                   document: change.document, index: change.index, head: head))
        }
        for e in change.restored {
            guard let by = state.withdrawnBy[e.id] else { continue }
            out.append(ReextractionRetraction.make(retracting: by.id, reason: "re-extracted by \(version): found again in \(citation)",
                                                   document: change.document, index: change.index, head: head))
        }
        return out
    }
}

/// Re-extraction of stored articles: `kgraph reextract` runs it; commands stay thin over it.
public struct Reextraction {
    public let extractor: Extractor

    public init(extractor: Extractor) { self.extractor = extractor }

    /// What one document gave.
    public struct Report: Sendable {
        public var document: String
        /// Articles read again (their texts are stored).
        public var articles = 0
        /// Articles whose text the log does not store (copied from another store, or too large): skipped.
        public var withoutText = 0
        public var changes: [ArticleChange] = []
        /// Events appended (new ones and retractions).
        public var appended = 0

        public var retracted: Int { changes.reduce(0) { $0 + $1.retracted.count } }
        public var restored: Int { changes.reduce(0) { $0 + $1.restored.count } }
        public var added: Int { changes.reduce(0) { $0 + $1.added.count } }
        public var unchanged: Int { changes.reduce(0) { $0 + $1.unchanged } }
        public var keptWithdrawn: Int { changes.reduce(0) { $0 + $1.keptWithdrawn } }
        public var superseded: Int { changes.reduce(0) { $0 + $1.superseded.count } }

        /// One line: articles, what changed, what was appended.
        public func summary(dryRun: Bool) -> String {
            var parts = ["\(document): \(plural(articles, "article"))"]
            if withoutText > 0 { parts.append("\(withoutText) without stored text skipped") }
            parts.append("\(retracted) retracted, \(added) added\(restored > 0 ? ", \(restored) restored" : ""), \(unchanged) unchanged")
            if superseded > 0 { parts.append("\(plural(superseded, "older record")) superseded") }
            if keptWithdrawn > 0 { parts.append("\(keptWithdrawn) retracted by hand stay retracted") }
            parts.append(dryRun ? "dry run, nothing appended" : (appended == 0 ? "nothing appended" : "\(plural(appended, "event")) appended"))
            return parts.joined(separator: ", ")
        }

        /// Lines for a dry run: each event that would be retracted, restored or added.
        public var details: [String] {
            func line(_ verb: String, _ e: Event) -> String {
                let who = e.participants.map(\.name).joined(separator: ", ")
                return "  \(verb) \(e.id) \(e.kind.name) \(e.occurredAt) \(who) (\(e.source.citation))"
            }
            return changes.flatMap { c in
                c.superseded.map { "  supersede \($0.id) article record (\($0.source.citation), published \($0.occurredAt))" }
                    + c.retracted.map { line("retract", $0) } + c.restored.map { line("restore", $0) } + c.added.map { line("add", $0) }
            }
        }
    }

    /// The documents of the log's article records, sorted by name.
    public static func documents(in log: any EventLogBackend) throws -> [String] {
        var names = Set<String>()
        try log.forEach(filter: EventFilter(kinds: [.article])) { e in
            names.insert(e.source.document)
            return true
        }
        return names.sorted()
    }

    /// Re-extracts every stored article of `document` and (unless `dryRun`) appends the
    /// retractions, restorations and new events as one batch. Throws `IngestError` for a
    /// document with no article record, and `StoreError` from the log (a moved head after three
    /// tries included); nothing of the document is appended then. `retractions`, every
    /// retraction in the log (`DocumentState.retractions(in:)`), spares a run over many documents
    /// reading them for each; a retry after a moved head reads them again.
    public func run(document: String, log: any EventLogBackend, dryRun: Bool, retractions: [Event]? = nil) throws -> Report {
        var attempt = 0
        while true {
            attempt += 1
            let state = try DocumentState(document: document, log: log, retractions: attempt == 1 ? retractions : nil)
            guard state.events.contains(where: { $0.kind == .article }) else {
                throw IngestError("no stored article from \(Escaped.quoted(document)); list documents with `kgraph articles`")
            }
            var report = Report(document: document)
            var batch: [Event] = []
            // The latest standing record of each text wins; older records of the same text are superseded.
            var latest: [String: Event] = [:]
            for r in state.articles {
                guard let hash = r.source.articleHash else { continue }
                latest["\(r.source.article ?? 0)\u{0}\(hex(hash))"] = r
            }
            for record in latest.values.sorted(by: { $0.position < $1.position }) {
                guard let hash = record.source.articleHash, let text = try log.article(hash: hash) else {
                    report.withoutText += 1
                    continue
                }
                report.articles += 1
                let article = SegmentedArticle(storedText: text, published: record.occurredAt)
                let extracted = extractor.extract(article: article, index: record.source.article ?? 0, document: document)
                let events = extracted.events.map { e -> Event in
                    var event = e.event
                    event.source.articleHash = hash
                    return event
                }
                let change = Reconciliation.change(record: record, events: events, state: state)
                report.changes.append(change)
                batch += Reconciliation.corrections(for: change, state: state, head: state.head) + change.added
            }
            report.withoutText += state.articles.filter { $0.source.articleHash == nil }.count
            if dryRun || batch.isEmpty { return report }
            do {
                let result = try log.append(batch, articles: [], expectedHead: state.head)
                report.appended = result.appended.count
                return report
            } catch {
                // Another writer appended meanwhile: read the document again.
                if attempt < 3, case .headMismatch = error { continue }
                throw error
            }
        }
    }
}

/// Loads the extractor commands run: the bundled lexicon (or the lexicon files in `lexicon`, a
/// folder laid out as `Sources/Extraction/Lexicon`) and MeCab's dictionary.
public enum ExtractorLoader {
    /// - Throws: `IngestError` with a one-line message naming the fix.
    public static func load(dictionary: String?, lexicon: String? = nil) throws -> Extractor {
        do {
            if let lexicon {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: lexicon, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw IngestError("--lexicon \(Escaped.quoted(lexicon)) is not a folder; give a folder holding the lexicon's JSON files")
                }
                let bundled = try Extractor.bundled(dictionary: dictionary)
                return Extractor(lexicon: try Lexicon(directory: URL(fileURLWithPath: lexicon)), analyzer: bundled.analyzer)
            }
            return try Extractor.bundled(dictionary: dictionary)
        } catch let error as IngestError {
            throw error
        } catch let error as MorphologyError {
            throw IngestError(error.description)
        } catch let error as LexiconError {
            throw IngestError(lexicon == nil ? "\(error); reinstall kgraph, or restore Sources/Extraction/Lexicon" : "\(error); fix the file in \(lexicon!)")
        }
    }
}

extension Reconciliation {
    /// Appends one file's batch (article records, each followed by its events), replacing what an
    /// earlier ingest of the same articles (same document, index and text) left: older records of
    /// those texts and the events the extractor no longer gives are retracted, events withdrawn by
    /// a re-extraction and given again are restored. All of it is one atomic batch, appended only
    /// if the head has not moved since the document was read (read again up to three times).
    /// - Returns: the append's result and, per article that replaced an earlier ingest, the change.
    public static func appendReplacing(_ batch: [Event], articles: [String], document: String,
                                       log: any EventLogBackend) throws -> (AppendResult, [ArticleChange]) {
        var attempt = 0
        while true {
            attempt += 1
            let state = try DocumentState(document: document, log: log)
            guard state.events.contains(where: { $0.kind == .article }) else {
                return (try log.append(batch, articles: articles), [])
            }
            var corrections: [Event] = []
            var changes: [ArticleChange] = []
            for record in batch where record.kind == .article {
                let events = batch.filter { $0.kind.isRelation && $0.source.article == record.source.article }
                let change = Reconciliation.change(record: record, events: events, state: state)
                guard !change.retracted.isEmpty || !change.restored.isEmpty || !change.superseded.isEmpty else { continue }
                changes.append(change)
                corrections += Reconciliation.corrections(for: change, state: state, head: state.head)
            }
            do {
                let result = try log.append(corrections + batch, articles: articles, expectedHead: corrections.isEmpty ? nil : state.head)
                return (result, changes)
            } catch {
                // Another writer appended meanwhile: read the document again.
                if attempt < 3, case .headMismatch = error { continue }
                throw error
            }
        }
    }
}
