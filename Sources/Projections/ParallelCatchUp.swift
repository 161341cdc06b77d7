import Dispatch
import EventLog
import Events
import Synchronization

extension ProjectionCatalog {
    /// Catches up the live instances of `kinds` at the same time, one thread each, each reading
    /// the log with its own cursor and writing only its own state (a projection's state and
    /// fold are never shared between threads). On a shared log (PostgreSQL), whose reader holds
    /// one connection, they are caught up one after the other.
    ///
    /// The result is the same as calling `caughtUp` for each kind: every instance folds the log
    /// in order from its own checkpoint, so the state does not depend on which ran first. Stale
    /// instances are left alone (`caughtUp` names them when they are read). Ctrl-C
    /// (`ProjectionRunner.interruptRequested`) stops every fold at its next event, each with its
    /// work so far committed.
    ///
    /// - Parameter progress: told the lowest position the folds have committed, as they commit.
    /// - Returns: the catch-up results, per kind.
    /// - Throws: the first kind's error, in `kinds` order, after every fold has stopped.
    @discardableResult
    public func catchUpAll(_ kinds: [String]? = nil, progress: (@Sendable (UInt64) -> Void)? = nil) throws -> [String: CatchUpResult] {
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
        if log is EventLog, pending.count > 1 {
            DispatchQueue.concurrentPerform(iterations: pending.count) { run.fold($0) }
        } else {
            for i in pending.indices { run.fold(i) }
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

        func fold(_ i: Int) {
            let result = Result { () throws -> CatchUpResult in
                try ProjectionRunner.catchUp(jobs[i].projection, state: jobs[i].state, log: log) { [committed] in committed(i, $0) }
            }
            outcomes[i] = result
        }
    }
}
