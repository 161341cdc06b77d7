import EventLog
import Events
import Dispatch
import Foundation
import Synchronization

/// What a projection sees while folding one event.
public final class ProjectionContext {
    /// The projection's own state.
    public let state: ProjectionState
    /// The log, for corrections that must look back at the events they correct.
    public let log: any EventLogBackend
    /// The log position of the event being folded.
    public internal(set) var position: UInt64 = 0

    init(state: ProjectionState, log: any EventLogBackend) {
        self.state = state
        self.log = log
    }
}

public struct CatchUpResult: Sendable {
    public var applied: UInt64 = 0
    public var skippedUnknownKinds: UInt64 = 0
    public var checkpoint: UInt64 = 0
    public var interrupted = false
}

/// Folds the log into a projection from its checkpoint on, committing state and checkpoint
/// together every `chunkEvents` events (or sooner, when the pending state passes `chunkBytes`),
/// so a crash loses at most the uncommitted chunk and the next run resumes from the checkpoint;
/// Ctrl-C commits what was folded before stopping.
public enum ProjectionRunner {
    /// Set from a signal handler to stop a long replay at the next event; the work done so far
    /// is committed.
    public static let interruptRequested = Atomic<Bool>(false)

    /// Large commits make a fast replay: the org graph writes one segment per organization a
    /// commit touched, so fewer commits write fewer, larger segments. 250,000 events hold about
    /// 150 MiB at the commit on synthetic news.
    public static let defaultChunkEvents = 250_000
    public static let defaultChunkBytes = 128 << 20
    /// A catch-up that folded at least this many events ends by writing LevelDB's memtable out
    /// (`ProjectionState.settle`): the next catch-up after a few new events then commits into an
    /// empty memtable, and the next process to open the state has no large write-ahead log to replay.
    public static let settleAfterEvents: UInt64 = 50_000

    /// The projection must have been opened (`open`) on this state; the catalog does that.
    /// A catch-up of a local log with at least `readAheadFrom` records to read reads them on a
    /// thread of its own, beside the fold (nil: always on the caller's thread).
    public static func catchUp(_ projection: any Projection, state: ProjectionState, log: any EventLogBackend,
                               chunkEvents: Int = defaultChunkEvents, chunkBytes: Int = defaultChunkBytes,
                               readAheadFrom: UInt64? = readAheadRecords, progress: ((UInt64) -> Void)? = nil) throws -> CatchUpResult {
        try catchUp(projection, state: state, log: log, chunkEvents: chunkEvents, chunkBytes: chunkBytes,
                    feed: nil, readAheadFrom: readAheadFrom, progress: progress)
    }

    /// The default least number of records a catch-up of a local log must have to read for it to
    /// read them on a thread of its own (a `SharedRecordFeed` with one fold): reading,
    /// decompressing and checking the chain then run beside the fold instead of before each
    /// event. A smaller one reads in line, sparing the thread's start for the catch-up of a few
    /// new events.
    public static let readAheadRecords: UInt64 = 20_000

    /// `catchUp`, reading the records from `feed` (as its fold number `consumer`) instead of the
    /// log when given: several folds then share one reader (`ProjectionCatalog.catchUpAll`).
    /// Without a feed, a catch-up of a local log with at least `readAheadFrom` records to read
    /// reads them on a thread of its own.
    static func catchUp(_ projection: any Projection, state: ProjectionState, log: any EventLogBackend,
                        chunkEvents: Int = defaultChunkEvents, chunkBytes: Int = defaultChunkBytes,
                        feed: (SharedRecordFeed, consumer: Int)?, readAheadFrom: UInt64? = readAheadRecords,
                        progress: ((UInt64) -> Void)? = nil) throws -> CatchUpResult {
        if feed == nil, let readAheadFrom, log is EventLog {
            let from = state.meta.checkpoint + 1
            let limit = state.meta.untilPosition > 0 ? state.meta.untilPosition : UInt64.max
            let last = min(limit, log.head)
            if last >= from, last - from + 1 >= max(1, readAheadFrom) {
                let reader = SharedRecordFeed(consumers: 1)
                let done = DispatchGroup()
                let source = UncheckedLog(log)
                ProjectionCatalog.spawn(done) { reader.produce(log: source.log, from: from, through: last) }
                // The fold unsubscribes when it returns or throws, which stops the reader.
                defer { done.wait() }
                return try catchUp(projection, state: state, log: log, chunkEvents: chunkEvents, chunkBytes: chunkBytes,
                                   feed: (reader, consumer: 0), progress: progress)
            }
        }
        defer { if let feed { feed.0.unsubscribe(feed.consumer) } }
        var meta = state.meta
        var result = CatchUpResult()
        let context = ProjectionContext(state: state, log: log)
        let limit = meta.untilPosition > 0 ? meta.untilPosition : UInt64.max
        let recordFolding = projection as? any RecordFolding
        guard meta.checkpoint < min(limit, log.head) else {
            result.checkpoint = meta.checkpoint
            return result
        }
        // The log's chain, committed with each checkpoint (ProjectionMeta). A LevelDB log checks
        // every record it hands out against the chain and answers chain(at:) with one read, so
        // it is asked at each commit; a shared log's reader holds its connection while handing out
        // records, so the chain is carried along the fold instead (one SHA-256 per record).
        let carryChain = !(log is EventLog)
        var chain: [UInt8]
        if let known = meta.checkpointChain {
            chain = known
        } else if let fromLog = try log.chain(at: meta.checkpoint) {
            chain = fromLog
        } else {
            throw ProjectionError.damaged(path: state.path, reason: "its checkpoint \(meta.checkpoint) lies past the log head \(log.head)")
        }
        var sinceCommit = 0
        do {
            func fold(_ position: UInt64, _ record: UnsafeRawBufferPointer) throws -> Bool {
                if position > limit { return false }
                if interruptRequested.load(ordering: .relaxed) {
                    result.interrupted = true
                    return false
                }
                let header = try RecordCodec.header(record)
                if header.kind == nil {
                    meta.skippedUnknownKinds += 1
                    result.skippedUnknownKinds += 1
                } else if meta.untilDate.isKnown, header.occurredAt.isKnown, header.occurredAt > meta.untilDate,
                          header.kind?.isCorrection == false {
                    // A cut by date leaves later happenings out; corrections still apply.
                } else {
                    context.position = position
                    if try recordFolding?.apply(record: record, context) != true {
                        try projection.apply(try RecordCodec.decode(record), context)
                    }
                    meta.appliedEvents += 1
                    result.applied += 1
                }
                if carryChain { chain = EventLog.chain(previous: chain, position: position, record: record) }
                meta.checkpoint = position
                sinceCommit += 1
                if sinceCommit >= chunkEvents || state.pendingSize + projection.pendingBytes >= chunkBytes {
                    meta.checkpointChain = carryChain ? chain : try log.chain(at: position)
                    try projection.willCommit(context)
                    try state.commit(meta, keepingBatch: true)
                    sinceCommit = 0
                    progress?(position)
                }
                return true
            }
            if let feed {
                try feed.0.forEachRecord(feed.consumer, from: meta.checkpoint + 1, fold)
            } else {
                try log.forEachRecord(from: meta.checkpoint + 1, fold)
            }
        } catch {
            // Whatever the chunk had pending was never committed: drop it, the checkpoint is intact,
            // and the projection reloads what it caches from the committed state.
            state.discardPending()
            try? projection.open(context)
            throw error
        }
        try projection.willCommit(context)
        meta.checkpointChain = carryChain ? chain : try log.chain(at: meta.checkpoint) ?? chain
        try state.commit(meta)
        if result.applied >= settleAfterEvents { state.settle() }
        result.checkpoint = meta.checkpoint
        return result
    }
}

/// A log handed to a reader thread. A local log serves the reader's cursor and the folds' own
/// reads (the chain at each commit, corrections looking back) at once.
struct UncheckedLog: @unchecked Sendable {
    let log: any EventLogBackend
    init(_ log: any EventLogBackend) { self.log = log }
}
