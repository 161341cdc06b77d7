import EventLog
import Events

/// Appends through the event log, timing only the `append` calls.
enum KGraphAppend {
    /// Seconds spent inside `append` for all of `events`, in batches of `batchSize`, into a new store.
    /// The store is closed on return, so its files are complete for whoever reads them next.
    static func run(_ events: ArraySlice<Event>, batchSize: Int, storePath: String) throws -> Double {
        let store = try Store.create(at: storePath)
        store.log.durability = .osBuffered
        var watch = Stopwatch()
        var start = events.startIndex
        while start < events.endIndex {
            let end = min(start + batchSize, events.endIndex)
            let batch = Array(events[start..<end])
            let result = try watch.measure { try store.log.append(batch) }
            // A duplicate id would silently shrink the write and flatter the figure.
            guard result.appended.count == batch.count else {
                throw BenchFailure("append wrote \(result.appended.count) of \(batch.count) events")
            }
            start = end
        }
        return watch.seconds
    }
}
