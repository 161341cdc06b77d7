import EventLog
import Foundation

/// One reader of the log for several folds at once. A reader thread reads each record once
/// (the log checks it against the hash chain as it hands it out), copies runs of consecutive
/// records into shared, read-only chunks, and every subscribed fold walks the same chunks in log
/// order on its own thread. The log is thus read and its chain checked once, however many
/// projections fold it.
///
/// Memory is bounded: at most `capacity` chunks are held (each at most `chunkBytes` plus one
/// record, or `chunkRecords` records); the reader waits while the slowest fold is that far behind, and a
/// chunk is let go once every fold has passed it. A fold that stops early (Ctrl-C, its
/// `--until-position`, an error) unsubscribes, and the reader stops once no fold is left.
/// An error of the reader (a damaged record) is thrown to every fold once it has walked the
/// records read before it.
///
/// Chunk layout: `bytes` holds the records (RecordCodec format, without the chain) back to back;
/// `ends[i]` is the offset just past the record at position `first + i`.
final class SharedRecordFeed: @unchecked Sendable {
    /// Consecutive records, shared read-only by every fold. Once every fold is past it, the
    /// reader takes its buffers back for a later chunk (`recycle`), so a long catch-up does not
    /// map, fault in and unmap fresh memory for every chunk.
    final class Chunk: @unchecked Sendable {
        let first: UInt64
        private(set) var bytes: [UInt8]
        private(set) var ends: [Int]

        init(first: UInt64, bytes: [UInt8], ends: [Int]) {
            self.first = first
            self.bytes = bytes
            self.ends = ends
        }

        /// Hands the buffers over to the reader; only for a chunk no fold can still be walking.
        func takeBuffers() -> ([UInt8], [Int]) {
            defer {
                bytes = []
                ends = []
            }
            return (bytes, ends)
        }
    }

    /// Chunks held at most: 16 chunks of at most 512 KiB.
    static let defaultCapacity = 16
    static let defaultChunkBytes = 512 << 10
    static let defaultChunkRecords = 1_024
    /// Chunks kept for their buffers once every fold is done with them.
    static let spareChunks = 4

    private let condition = NSCondition()
    /// The chunks not yet passed by every fold; `window[0]` is chunk number `base`.
    private var window: [Chunk] = []
    private var base = 0
    /// Chunks every fold is done with, whose buffers the reader reuses.
    private var released: [Chunk] = []
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
    /// log throws (the error then goes to every fold). A short read is cut into at least eight
    /// chunks (of 64 records or more), so the folds start before the reader is done.
    func produce(log: any EventLogBackend, from position: UInt64, through last: UInt64,
                 chunkBytes: Int = defaultChunkBytes, chunkRecords: Int? = nil) {
        let wanted = last >= position ? Int(clamping: last - position + 1) : 0
        let chunkRecords = chunkRecords ?? min(Self.defaultChunkRecords, max(64, wanted / 8))
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var first: UInt64 = 0
        func fresh() {
            if let (b, e) = recycled() {
                bytes = b
                ends = e
                bytes.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
            } else {
                bytes = []
                bytes.reserveCapacity(chunkBytes + 4_096)
                ends = []
                ends.reserveCapacity(chunkRecords)
            }
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

    /// The buffers of a chunk every fold is done with, if there is one.
    private func recycled() -> ([UInt8], [Int])? {
        condition.lock()
        defer { condition.unlock() }
        return released.popLast()?.takeBuffers()
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

    /// Lets go of the chunks every fold is done with. A fold walks the chunk before its next
    /// one until it asks for that next one, so the chunk before the lowest next stays (unless no
    /// fold is left). Lock held.
    private func trim() {
        let keep = lowestNext().map { $0 - 1 } ?? produced
        while base < keep, !window.isEmpty {
            let chunk = window.removeFirst()
            if released.count < Self.spareChunks { released.append(chunk) }
            base += 1
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
            let wasLowest = lowestNext() == n
            next[consumer] = n + 1
            if wasLowest {
                // The slowest fold moved on: chunks may be let go, and the reader may go on.
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
