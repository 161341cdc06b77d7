import EventLog
import Events

/// What a reader needs to cite one report: the event as the log holds it (evidence whole, amount,
/// subject, participants) and its article's citation metadata — headline, publisher, URL and
/// publication date — from the article's `article` record, else from the event's own source.
public struct Citation: Sendable {
    public var event: Event
    /// The article's headline, when its record is in the log.
    public var title: String?
    public var publisher: String?
    public var url: String?
    /// The article's publication date (unknown when not known).
    public var published: PartialDate
    /// The log position of the article's record, when found.
    public var articlePosition: UInt64?
    /// What tells sources apart (`ReportRef.sourceKey`): the article text's hash when known.
    public var sourceKey: UInt64
}

extension OrgGraphReader {
    /// The citations of the events at `positions`, read with two batched lookups: the events, then
    /// the `article` records they came from. An article's record is found by its id, which derives
    /// from the event's document, article number, article hash and publication date
    /// (`ArticleRecord.id`); an event without an article hash (appended from elsewhere) finds
    /// it by its document and article number. What the event's own source says wins. Records
    /// appended after the reader's `knownAt` are not cited, so a past answer never changes.
    /// - Throws: `ProjectionError.damaged` when a position the graph cites is not in the log;
    ///   `StoreError` from the log.
    public func citations(_ positions: [UInt64]) throws -> [UInt64: Citation] {
        let events = try log.events(at: Array(Set(positions)))
        var recordOf: [UInt64: UInt64] = [:]
        for (p, e) in events {
            guard let h = e.source.articleHash else { continue }
            let id = ArticleRecord.id(document: e.source.document, index: e.source.article ?? 0, textHash: h,
                                      published: e.source.published ?? .unknown)
            if let r = try log.position(of: id) { recordOf[p] = r }
        }
        var records = try log.events(at: Array(Set(recordOf.values)))
        // Events without an article hash (appended from elsewhere): their document's article
        // records, by article number, through the log's document index (the latest record wins).
        let unhashed = Set(events.values.filter { $0.source.articleHash == nil }.map(\.source.document))
        for document in unhashed.sorted().prefix(200) {
            var byIndex: [Int: Event] = [:]
            try log.forEach(filter: EventFilter(kinds: [.article], document: document)) { r in
                if let k = knownAt, r.position > k { return false }
                byIndex[r.source.article ?? 0] = r
                return true
            }
            for (p, e) in events where e.source.articleHash == nil && e.source.document == document {
                if let r = byIndex[e.source.article ?? 0] {
                    recordOf[p] = r.position
                    records[r.position] = r
                }
            }
        }
        var out: [UInt64: Citation] = [:]
        for p in positions where out[p] == nil {
            guard let e = events[p] else {
                throw ProjectionError.damaged(path: state.path, reason: "it cites log position \(p), which the log does not have; replay it")
            }
            // Knowledge time: a record appended after `knownAt` was not known then.
            var record = recordOf[p].flatMap { records[$0] }
            if let k = knownAt, let r = record, r.position > k { record = nil }
            out[p] = Citation(event: e, title: record?.subject,
                              publisher: e.source.publisher ?? record?.source.publisher,
                              url: e.source.url ?? record?.source.url,
                              published: e.source.published ?? record?.source.published ?? .unknown,
                              articlePosition: record?.position,
                              sourceKey: ReportRef.sourceKey(articleHash: e.source.articleHash, document: e.source.document,
                                                             article: e.source.article))
        }
        return out
    }
}
