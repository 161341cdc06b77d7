import EventLog
import Foundation

/// One reader of the log for several folds at once. A reader thread reads each record once
/// (the log checks it against the hash chain as it hands it out), copies runs of consecutive
/// records into shared, read-only chunks, and every subscribed fold walks the same chunks in log
/// order on its own thread. The log is thus read and its chain checked once, however many
/// projections fold it.
///
/// Memory is bounded: at most `capacity` chunks are held (each about `chunkBytes`, or
/// `chunkRecords` records); the reader waits while the slowest fold is that far behind, and a
/// chunk is let go once every fold has passed it. A fold that stops early (Ctrl-C, its
/// `--until-position`, an error) unsubscribes, and the reader stops once no fold is left.
/// An error of the reader (a damaged record) is thrown to every fold once it has walked the
/// records read before it.
///
/// Chunk layout: `bytes` holds the records (RecordCodec format, without the chain) back to back;
/// `ends[i]` is the offset just past the record at position `first + i`.
final class SharedRecordFeed: @unchecked Sendable {
    /// Consecutive records, shared read-only by every fold.
    final class Chunk: Sendable {
        let first: UInt64
        let bytes: [UInt8]
        let ends: [Int]

        init(first: UInt64, bytes: [UInt8], ends: [Int]) {
            self.first = first
            self.bytes = bytes
            self.ends = ends
        }
    }

    /// Chunks held at most: 16 chunks of at most 512 KiB.
    static let defaultCapacity = 16
    static let defaultChunkBytes = 512 << 10
    static let defaultChunkRecords = 1_024

    private let condition = NSCondition()
    /// The chunks not yet passed by every fold; `window[0]` is chunk number `base`.
    private var window: [Chunk] = []
    private var base = 0
    private var produced = 0
    /// Per fold, the number of the next chunk it reads; nil once it has unsubscribed.
    private var next: [Int?]
    private var finished = false
    private var failure: (any Error)?
    let capacity: Int

    /// A feed for `consumers` folds, numbered from 0.
    init(consumers: Int, capacity: Int = defaultCapacity) {
        next = Array(repeating: 0, count: consumers)
        self.capacity = max(1, capacity)
    }

    // MARK: The reader

    /// Reads the log's records from `position` through `last` into chunks; run on the reader's
    /// own thread. Returns when every record is handed out, every fold has unsubscribed, or the
    /// log throws (the error then goes to every fold).
    func produce(log: any EventLogBackend, from position: UInt64, through last: UInt64,
                 chunkBytes: Int = defaultChunkBytes, chunkRecords: Int = defaultChunkRecords) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var first: UInt64 = 0
        func fresh() {
            bytes = []
            bytes.reserveCapacity(chunkBytes + 4_096)
            ends = []
            ends.reserveCapacity(chunkRecords)
        }
        fresh()
        do {
            try log.forEachRecord(from: position) { position, record in
                if position > last { return false }
                if ends.isEmpty { first = position }
                bytes.append(contentsOf: record)
                ends.append(bytes.count)
                if ends.count >= chunkRecords || bytes.count >= chunkBytes {
                    let wanted = publish(Chunk(first: first, bytes: bytes, ends: ends))
                    fresh()
                    return wanted
                }
                return true
            }
            if !ends.isEmpty { _ = publish(Chunk(first: first, bytes: bytes, ends: ends)) }
            finish(nil)
        } catch {
            finish(error)
        }
    }

    /// Adds a chunk, waiting while the window is full; false when no fold is left to read it.
    private func publish(_ chunk: Chunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while let lowest = lowestNext(), produced - lowest >= capacity { condition.wait() }
        guard lowestNext() != nil else { return false }
        window.append(chunk)
        produced += 1
        condition.broadcast()
        return true
    }

    private func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk of the slowest fold still reading; nil when none is. Lock held.
    private func lowestNext() -> Int? {
        var lowest: Int?
        for case let n? in next { lowest = min(lowest ?? n, n) }
        return lowest
    }

    /// Lets go of the chunks every fold has passed. Lock held.
    private func trim() {
        let lowest = lowestNext() ?? produced
        if lowest > base {
            window.removeFirst(min(lowest - base, window.count))
            base = lowest
        }
    }

    // MARK: The folds

    /// The next chunk for fold `consumer`, waiting for the reader; nil at the end of what is read.
    /// Throws the reader's error once the chunks read before it are walked.
    private func take(_ consumer: Int) throws -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while let n = next[consumer], n >= produced, !finished { condition.wait() }
        guard let n = next[consumer] else { return nil }
        if n < produced {
            let chunk = window[n - base]
            next[consumer] = n + 1
            if n == base {
                trim()
                condition.broadcast()
            }
            return chunk
        }
        if let failure { throw failure }
        return nil
    }

    /// Fold `consumer` reads no more: the reader no longer waits for it.
    func unsubscribe(_ consumer: Int) {
        condition.lock()
        next[consumer] = nil
        trim()
        condition.broadcast()
        condition.unlock()
    }

    /// Like `EventLogBackend.forEachRecord(from:_:)`, over the shared chunks, for fold
    /// `consumer`: each record at or after `position`, in log order, until `body` returns false.
    /// The fold is unsubscribed when this returns or throws.
    func forEachRecord(_ consumer: Int, from position: UInt64,
                       _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws {
        defer { unsubscribe(consumer) }
        while let chunk = try take(consumer) {
            let stopped = try chunk.bytes.withUnsafeBytes { raw -> Bool in
                var start = 0
                for (i, end) in chunk.ends.enumerated() {
                    defer { start = end }
                    let at = chunk.first + UInt64(i)
                    if at < position { continue }
                    if try !body(at, UnsafeRawBufferPointer(rebasing: raw[start..<end])) { return true }
                }
                return false
            }
            if stopped { return }
        }
    }
}
