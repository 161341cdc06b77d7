import EventLog
import Events

extension IngestPipeline {
    /// Ingests `files` in input order: a few files at a time are read and extracted on `workers`
    /// threads (`prepare`), then each is appended as one batch, in turn (`append`), so the log
    /// receives exactly the batches a one-thread run gives, in the same order.
    ///
    /// - Parameters:
    ///   - starting: told the index of each file before its turn comes.
    ///   - progress: bytes read of a file read alone (a large one); nil while several are read at once.
    ///   - done: each file's report or error, in input order; what it throws stops the run.
    public func ingest(_ files: [IngestInputs.File], into log: (any EventLogBackend)?,
                       starting: (Int) -> Void = { _ in },
                       progress: ((UInt64, UInt64?) -> Void)? = nil,
                       done: (Int, Result<IngestReport, any Error>) throws -> Void) rethrows {
        var prepared: [Int: Result<PreparedFile, any Error>] = [:]
        for n in files.indices {
            starting(n)
            if prepared[n] == nil {
                let window = Array(n..<min(files.count, n + (workers > 1 ? 2 * workers : 1)))
                if window.count == 1 {
                    prepared[n] = Result { try prepare(files[n], progress: progress) }
                } else {
                    let results = OrderedParallel.map(window, workers: workers) { i in Result { try prepare(files[i]) } }
                    for (i, r) in zip(window, results) { prepared[i] = r }
                }
            }
            let report = prepared.removeValue(forKey: n)!.flatMap { p in Result { try append(p, to: log) } }
            try done(n, report)
        }
    }
}
