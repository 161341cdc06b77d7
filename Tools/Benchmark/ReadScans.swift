import EventLog
import Events
import LevelDB

/// Full forward reads of a finished store. Each opens the store afresh and times only the scan.
enum ReadScans {
    struct Outcome {
        var seconds: Double
        var cpuSeconds: Double
        var events: Int
        var bytes: Int
        /// Folded from what each scan read, so no part of the work can be optimized away.
        var checksum: Int
    }

    /// `forEach`: every record fully decoded into an `Event`.
    static func decodeAll(storePath: String) throws -> Outcome {
        let store = try Store.open(at: storePath)
        var watch = Stopwatch()
        var n = 0, sum = 0
        let cpuStart = threadCPUSeconds()
        try watch.measure {
            try store.log.forEach { event in
                n += 1
                sum &+= event.participants.count &+ (event.source.evidence?.utf8.count ?? 0)
                return true
            }
        }
        return Outcome(seconds: watch.seconds, cpuSeconds: threadCPUSeconds() - cpuStart, events: n, bytes: 0, checksum: sum)
    }

    /// `forEachRecord` + `RecordCodec.header`: what a projection that filters on the header pays.
    static func headersOnly(storePath: String) throws -> Outcome {
        let store = try Store.open(at: storePath)
        var watch = Stopwatch()
        var n = 0, sum = 0, bytes = 0
        let cpuStart = threadCPUSeconds()
        try watch.measure {
            try store.log.forEachRecord { _, record in
                let header = try RecordCodec.header(record)
                n += 1
                bytes += record.count
                sum &+= header.participantCount &+ Int(header.kindRaw)
                return true
            }
        }
        return Outcome(seconds: watch.seconds, cpuSeconds: threadCPUSeconds() - cpuStart, events: n, bytes: bytes, checksum: sum)
    }

    /// A bare cursor over the log's event range, touching each value (length, first and last byte).
    static func rawScan(logPath: String) throws -> Outcome {
        var options = DatabaseOptions()
        options.createIfMissing = false
        let db = try Database(path: logPath, options: options)
        let eventTag = UInt8(ascii: "e")
        var watch = Stopwatch()
        var n = 0, sum = 0, bytes = 0
        let cpuStart = threadCPUSeconds()
        try watch.measure {
            let cursor = db.makeIterator()
            cursor.seek([eventTag])
            while cursor.isValid, cursor.keyBuffer.first == eventTag {
                let v = cursor.valueBuffer
                n += 1
                bytes += v.count
                if let first = v.first, let last = v.last { sum &+= Int(first) &+ Int(last) }
                cursor.next()
            }
            try cursor.checkError()
        }
        return Outcome(seconds: watch.seconds, cpuSeconds: threadCPUSeconds() - cpuStart, events: n, bytes: bytes, checksum: sum)
    }
}
