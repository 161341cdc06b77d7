import LevelDB

/// Every key/value pair an event log wrote, read back from its LevelDB and grouped by the event
/// that caused it, so raw LevelDB can be given exactly the same bytes in the same batches.
struct CapturedWrites {
    struct Pair {
        var offset: Int
        var keyCount: Int32
        var valueCount: Int32
    }

    /// Keys and values back to back; `Pair` offsets point in here.
    private(set) var arena: [UInt8] = []
    /// Pairs ordered by event position, and within an event in the order the log writes them.
    private(set) var pairs: [Pair] = []
    /// `pairs[firstPair[p - 1] ..< firstPair[p]]` belong to the event at position p.
    private(set) var firstPair: [Int] = []
    /// Kind of each event (index p - 1): a batch also rewrites the counter of every kind it holds.
    private(set) var kinds: [UInt8] = []
    private(set) var formatPair: Pair?
    private(set) var headPair: Pair?
    /// The per-kind counters, indexed by kind.
    private(set) var countPairs: [UInt8: Pair] = [:]

    var eventCount: Int { kinds.count }

    /// Bytes of the 'e' values (record and chain), for reporting the average record size.
    private(set) var eventValueBytes = 0

    init(logPath: String, eventCount: Int) throws {
        var options = DatabaseOptions()
        options.createIfMissing = false
        let db = try Database(path: logPath, options: options)
        var scanned: [(position: Int, rank: UInt8, pair: Pair)] = []
        scanned.reserveCapacity(eventCount * 7)
        kinds = [UInt8](repeating: 0, count: eventCount)
        arena.reserveCapacity(eventCount * 1000)

        let cursor = db.makeIterator()
        cursor.seekToFirst()
        while cursor.isValid {
            let key = cursor.keyBuffer, value = cursor.valueBuffer
            let pair = Pair(offset: arena.count, keyCount: Int32(key.count), valueCount: Int32(value.count))
            arena.append(contentsOf: key)
            arena.append(contentsOf: value)
            switch key.first {
            case UInt8(ascii: "e"):
                scanned.append((Self.position(key, at: 1), 0, pair))
                eventValueBytes += value.count
            case UInt8(ascii: "i"):
                scanned.append((Self.position(value, at: 0), 1, pair))
            case UInt8(ascii: "k"):
                let p = Self.position(key, at: 2)
                scanned.append((p, 2, pair))
                if p >= 1, p <= eventCount { kinds[p - 1] = key[1] }
            case UInt8(ascii: "o"):
                scanned.append((Self.position(key, at: key.count - 8), 3, pair))
            case UInt8(ascii: "d"):
                scanned.append((Self.position(key, at: key.count - 8), 4, pair))
            case UInt8(ascii: "m"):
                let name = String(decoding: key.dropFirst(), as: UTF8.self)
                if name == "format" { formatPair = pair }
                else if name == "head" { headPair = pair }
                else if name.hasPrefix("count") { countPairs[key[key.count - 1]] = pair }
                else { throw BenchFailure("unexpected meta key m\(name)") }
            default:
                throw BenchFailure("unexpected key tag \(key.first.map { String($0) } ?? "(empty)")")
            }
            cursor.next()
        }
        try cursor.checkError()

        // Counting sort by position: O(n), and keeps each event's pairs in the log's write order.
        var counts = [Int](repeating: 0, count: eventCount + 1)
        for s in scanned {
            guard s.position >= 1, s.position <= eventCount else {
                throw BenchFailure("key names position \(s.position), outside 1...\(eventCount)")
            }
            counts[s.position] += 1
        }
        firstPair = [Int](repeating: 0, count: eventCount + 1)
        for p in 1...eventCount { firstPair[p] = firstPair[p - 1] + counts[p] }
        var next = firstPair
        var ordered = [(rank: UInt8, pair: Pair)](repeating: (0, Pair(offset: 0, keyCount: 0, valueCount: 0)),
                                                   count: scanned.count)
        for s in scanned {
            ordered[next[s.position - 1]] = (s.rank, s.pair)
            next[s.position - 1] += 1
        }
        for p in 0..<eventCount {
            ordered[firstPair[p]..<firstPair[p + 1]].sort { $0.rank < $1.rank }
        }
        pairs = ordered.map(\.pair)
        guard headPair != nil, formatPair != nil else { throw BenchFailure("log has no head or format key") }
        guard pairs.count > 0, firstPair[eventCount] == pairs.count else { throw BenchFailure("pairs lost") }
    }

    private static func position(_ b: UnsafeRawBufferPointer, at offset: Int) -> Int {
        guard offset >= 0, offset + 8 <= b.count else { return -1 }
        return Int(truncatingIfNeeded: UInt64(bigEndian: b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
    }
}
