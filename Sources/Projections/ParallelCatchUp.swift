import Dispatch
import Foundation
import EventLog
import Events
import Synchronization

extension ProjectionCatalog {
    /// Catches up the live instances of `kinds` at the same time: one reader thread reads the
    /// log once (checking each record against the hash chain once) into shared, bounded chunks
    /// (`SharedRecordFeed`), and each projection folds them on a thread of its own, writing only
    /// its own state (a projection's state and fold are never shared between threads). On a
    /// shared log (PostgreSQL), whose reader holds one connection, they are caught up one after
    /// the other.
    ///
    /// The result is the same as calling `caughtUp` for each kind: every instance folds the log
    /// in order from its own checkpoint (the reader starts at the lowest), so the state does not
    /// depend on which ran first. Stale instances are left alone (`caughtUp` names them when they
    /// are read). Ctrl-C (`ProjectionRunner.interruptRequested`) stops every fold at its next
    /// event, each with its work so far committed.
    ///
    /// - Parameters:
    ///   - progress: told the lowest position the folds have committed, as they commit.
    ///   - sharedReader: false makes each fold read the log with its own cursor (checking the
    ///     chain itself) on a pool as wide as the cores: the way before the shared reader, kept
    ///     so a benchmark can compare the two in one run. The states are the same either way.
    /// - Returns: the catch-up results, per kind.
    /// - Throws: the first kind's error, in `kinds` order, after every fold has stopped.
    @discardableResult
    public func catchUpAll(_ kinds: [String]? = nil, sharedReader: Bool = true,
                           progress: (@Sendable (UInt64) -> Void)? = nil) throws -> [String: CatchUpResult] {
        var jobs: [Job] = []
        for kind in kinds ?? factories.map(\.kind) {
            let factory = try self.factory(kind)
            let name = try liveInstance(kind)
            let (state, projection) = try openInstance(name, kind: kind, create: factory.supportedVersions.max() ?? 1,
                                                       untilPosition: untilPosition)
            guard factory.supportedVersions.contains(state.meta.version) else { continue }
            jobs.append(Job(kind: kind, name: name, state: state, projection: projection))
        }
        let log = store.log
        let pending = jobs.filter { $0.state.meta.checkpoint < min(untilPosition > 0 ? untilPosition : .max, log.head) }
        let reached = Mutex(pending.map { $0.state.meta.checkpoint })
        let run = Runner(jobs: pending, log: log) { index, position in
            let lowest = reached.withLock { r -> UInt64 in
                r[index] = position
                return r.min() ?? position
            }
            progress?(lowest)
        }
        if log is EventLog, pending.count > 1, !sharedReader {
            DispatchQueue.concurrentPerform(iterations: pending.count) { run.fold($0, readAheadFrom: nil) }
        } else if log is EventLog, pending.count > 1 {
            // Every fold must run at once (the reader waits for the slowest), so each gets its
            // own thread rather than a place in a pool as wide as the cores.
            let feed = SharedRecordFeed(consumers: pending.count)
            let from = (pending.map { $0.state.meta.checkpoint }.min() ?? 0) + 1
            let last = untilPosition > 0 ? min(untilPosition, log.head) : log.head
            let done = DispatchGroup()
            Self.spawn(done) { feed.produce(log: run.log, from: from, through: last) }
            for i in pending.indices { Self.spawn(done) { run.fold(i, feed: feed) } }
            done.wait()
        } else {
            for i in pending.indices { run.fold(i, readAheadFrom: readAheadFrom) }
        }
        var out: [String: CatchUpResult] = [:]
        for (i, job) in pending.enumerated() {
            switch run.outcomes[i] {
            case .success(let result)?:
                out[job.kind] = result
                if result.skippedUnknownKinds > 0 {
                    warn("skipped \(result.skippedUnknownKinds) events of kinds this kgraph does not know; upgrade kgraph to fold them into \(job.name)")
                }
            case .failure(let error)?: throw error
            case nil: break
            }
        }
        return out
    }

    struct Job {
        var kind: String
        var name: String
        var state: ProjectionState
        var projection: any Projection
    }

    /// The folds, each touched by one thread only; outcomes are read once every thread is done.
    final class Runner: @unchecked Sendable {
        let jobs: [Job]
        let log: any EventLogBackend
        let committed: @Sendable (Int, UInt64) -> Void
        /// One slot per fold, written by its thread only.
        let outcomes: UnsafeMutableBufferPointer<Result<CatchUpResult, any Error>?>

        init(jobs: [Job], log: any EventLogBackend, committed: @escaping @Sendable (Int, UInt64) -> Void) {
            self.jobs = jobs
            self.log = log
            self.committed = committed
            outcomes = .allocate(capacity: jobs.count)
            outcomes.initialize(repeating: nil)
        }

        deinit {
            outcomes.deinitialize()
            outcomes.deallocate()
        }

        /// Folds job `i`, from the log or (as its fold `i`) from `feed`; `readAheadFrom` as for
        /// `ProjectionRunner.catchUp`.
        func fold(_ i: Int, feed: SharedRecordFeed? = nil, readAheadFrom: UInt64? = nil) {
            let result = Result { () throws -> CatchUpResult in
                try ProjectionRunner.catchUp(jobs[i].projection, state: jobs[i].state, log: log,
                                             feed: feed.map { ($0, consumer: i) }, readAheadFrom: readAheadFrom) { [committed] in committed(i, $0) }
            }
            outcomes[i] = result
        }
    }

    /// Runs `body` on a thread of its own (8 MiB of stack, as the main thread has), inside `group`.
    static func spawn(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
