import Crypto
import Events
import LevelDB

/// The first thing found wrong with a log, in log order.
public enum LogDamage: Equatable, Sendable, CustomStringConvertible {
    /// The record's bytes (or its stored chain hash) are not what was appended.
    case altered(position: UInt64)
    /// No record where one must be.
    case missing(position: UInt64)
    /// The record at `position` was written for position `holds`.
    case reordered(position: UInt64, holds: UInt64)
    /// The record cannot be decoded at all.
    case undecodable(position: UInt64, reason: String)
    /// A record past the head the log believes in.
    case beyondHead(position: UInt64, head: UInt64)
    /// The head marker disagrees with the chain.
    case headChainMismatch(head: UInt64)
    /// The id index disagrees with the records.
    case indexMismatch(id: String, detail: String)
    /// A stored article text does not hash to its key.
    case articleAltered(hash: String)

    public var description: String {
        switch self {
        case .altered(let p): "record \(p) was altered: its hash chain does not match"
        case .missing(let p): "record \(p) is missing"
        case .reordered(let p, let holds): "record \(p) is out of order: position \(p) holds the record written for position \(holds)"
        case .undecodable(let p, let r): "record \(p) cannot be decoded: \(r)"
        case .beyondHead(let p, let h): "record \(p) lies beyond the log head \(h)"
        case .headChainMismatch(let h): "the head marker's hash does not match record \(h)"
        case .indexMismatch(let id, let d): "id index for \(id): \(d)"
        case .articleAltered(let h): "article text \(h) was altered: it no longer hashes to its key"
        }
    }

    /// The position of the first damaged record, when the damage is in a record.
    public var position: UInt64? {
        switch self {
        case .altered(let p), .missing(let p), .reordered(let p, _), .undecodable(let p, _), .beyondHead(let p, _): p
        case .headChainMismatch(let h): h
        case .indexMismatch, .articleAltered: nil
        }
    }
}

public struct VerifyReport: Sendable {
    public var recordsChecked: UInt64 = 0
    public var articlesChecked = 0
    public var idsChecked: UInt64 = 0
    public var damage: LogDamage?
    public var isIntact: Bool { damage == nil }

    public init() {}
}

extension EventLog {
    /// Walks the whole log: recomputes the hash chain, checks positions are gapless and in order,
    /// that the head marker matches, that every id maps to its record, and that every stored article
    /// text hashes to its key. Stops at the first damage found.
    public func verify() throws -> VerifyReport {
        var report = VerifyReport()
        var chain = [UInt8](repeating: 0, count: LogKeys.chainSize)
        var expected: UInt64 = 1
        let cursor = db.makeIterator()
        cursor.seek([LogKeys.eventTag])
        while cursor.isValid, cursor.keyBuffer.first == LogKeys.eventTag {
            let key = cursor.keyBuffer
            guard key.count == 9 else {
                report.damage = .undecodable(position: expected, reason: "malformed key")
                return report
            }
            let pos = LogKeys.readBE64(key, at: 1)
            if pos > head {
                report.damage = .beyondHead(position: pos, head: head)
                return report
            }
            if pos != expected {
                report.damage = .missing(position: expected)
                return report
            }
            let value = cursor.valueBuffer
            guard value.count > LogKeys.chainSize + 12 else {
                report.damage = .undecodable(position: pos, reason: "record is truncated")
                return report
            }
            let record = UnsafeRawBufferPointer(rebasing: value[..<(value.count - LogKeys.chainSize)])
            let stored = Array(value[(value.count - LogKeys.chainSize)...])
            let holds = LogKeys.readBE64(record, at: 4)
            let computed = EventLog.chain(previous: chain, position: pos, record: record)
            if computed != stored {
                // Say "reordered" only when the record is intact but sits at another position.
                if holds != pos, EventLog.isIntactRecord(record, position: holds) {
                    report.damage = .reordered(position: pos, holds: holds)
                } else {
                    report.damage = .altered(position: pos)
                }
                return report
            }
            chain = computed
            report.recordsChecked += 1
            expected += 1
            cursor.next()
        }
        try cursor.checkError()
        if expected - 1 != head {
            report.damage = .missing(position: expected)
            return report
        }
        if head > 0, chain != headChain {
            report.damage = .headChainMismatch(head: head)
            return report
        }
        if let damage = try verifyIDIndex(&report) ?? verifyArticles(&report) { report.damage = damage }
        return report
    }

    /// A record is intact at `position` if it decodes and claims that position; the chain cannot
    /// confirm it without its predecessor, so this is only used to word a report.
    public static func isIntactRecord(_ record: UnsafeRawBufferPointer, position: UInt64) -> Bool {
        guard let h = try? RecordCodec.header(record), h.position == position else { return false }
        return (try? RecordCodec.decode(record)) != nil
    }

    private func verifyIDIndex(_ report: inout VerifyReport) throws -> LogDamage? {
        let cursor = db.makeIterator()
        cursor.seek([LogKeys.idTag])
        while cursor.isValid, cursor.keyBuffer.first == LogKeys.idTag {
            let id = String(decoding: cursor.keyBuffer.dropFirst(), as: UTF8.self)
            guard cursor.valueBuffer.count == 8 else { return .indexMismatch(id: id, detail: "malformed entry") }
            let pos = LogKeys.readBE64(cursor.valueBuffer)
            guard let event = try? self.event(at: pos) else {
                return .indexMismatch(id: id, detail: "points at position \(pos), which does not hold a readable record")
            }
            guard event.id == id else { return .indexMismatch(id: id, detail: "position \(pos) holds event \(event.id)") }
            report.idsChecked += 1
            cursor.next()
        }
        try cursor.checkError()
        if report.idsChecked != head {
            return .indexMismatch(id: "*", detail: "\(report.idsChecked) ids indexed for \(head) records")
        }
        return nil
    }

    private func verifyArticles(_ report: inout VerifyReport) throws -> LogDamage? {
        let cursor = db.makeIterator()
        cursor.seek([LogKeys.articleTag])
        while cursor.isValid, cursor.keyBuffer.first == LogKeys.articleTag {
            let key = Array(cursor.keyBuffer.dropFirst())
            let digest = Array(SHA256.hash(data: cursor.valueBuffer))
            if digest != key { return .articleAltered(hash: hex(key)) }
            report.articlesChecked += 1
            cursor.next()
        }
        try cursor.checkError()
        return nil
    }
}
