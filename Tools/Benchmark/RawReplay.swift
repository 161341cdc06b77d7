import LevelDB

/// Writes captured pairs into a fresh LevelDB through the same wrapper, batch for batch.
enum RawReplay {
    struct Outcome {
        var seconds: Double
        var bytes: Int
    }

    /// Times building and writing each batch: the log's figure includes building its batch too.
    static func run(_ capture: CapturedWrites, batchSize: Int, path: String) throws -> Outcome {
        let db = try Database(path: path, options: DatabaseOptions())
        let n = capture.eventCount
        var watch = Stopwatch()
        var bytes = 0
        try capture.arena.withUnsafeBytes { arena in
            func put(_ batch: WriteBatch, _ pair: CapturedWrites.Pair) {
                let k = Int(pair.keyCount), v = Int(pair.valueCount)
                batch.put(UnsafeRawBufferPointer(rebasing: arena[pair.offset..<pair.offset + k]),
                          UnsafeRawBufferPointer(rebasing: arena[pair.offset + k..<pair.offset + k + v]))
            }
            // Creating a store writes its format marker synchronously, outside the timed appends.
            let setup = WriteBatch()
            put(setup, capture.formatPair!)
            try db.write(setup, sync: true)

            let batch = WriteBatch()
            var first = 1
            while first <= n {
                let last = min(first + batchSize - 1, n)
                try watch.measure {
                    batch.clear()
                    var kindsSeen: UInt64 = 0
                    for pair in capture.pairs[capture.firstPair[first - 1]..<capture.firstPair[last]] {
                        put(batch, pair)
                    }
                    for p in first...last { kindsSeen |= 1 << (capture.kinds[p - 1] & 63) }
                    put(batch, capture.headPair!)
                    for kind in 0..<UInt8(64) where kindsSeen & (1 << kind) != 0 {
                        if let pair = capture.countPairs[kind] { put(batch, pair) }
                    }
                    try db.write(batch, sync: false)
                }
                bytes += batch.byteCount
                first = last + 1
            }
        }
        return Outcome(seconds: watch.seconds, bytes: bytes)
    }

    static func compactFully(path: String) throws {
        var options = DatabaseOptions()
        options.createIfMissing = false
        try Database(path: path, options: options).compactAll()
    }

    /// Throws unless the store's log and the raw database hold the same keys and values.
    static func compare(_ storePath: String, _ rawPath: String) throws {
        var options = DatabaseOptions()
        options.createIfMissing = false
        let a = try Database(path: storePath + "/log", options: options).makeIterator()
        let b = try Database(path: rawPath, options: options).makeIterator()
        a.seekToFirst()
        b.seekToFirst()
        var n = 0
        while a.isValid, b.isValid {
            guard a.keyBuffer.elementsEqual(b.keyBuffer), a.valueBuffer.elementsEqual(b.valueBuffer) else {
                throw BenchFailure("pair \(n) differs between the log and the raw replay")
            }
            n += 1
            a.next()
            b.next()
        }
        guard a.isValid == b.isValid else { throw BenchFailure("the raw replay has a different key count") }
        try a.checkError()
        try b.checkError()
    }
}
