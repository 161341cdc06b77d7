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
    /// The kind, organization or document index disagrees with the records.
    case secondaryIndexMismatch(index: String, detail: String)
    /// A per-kind counter disagrees with the records.
    case counterMismatch(kind: String, stored: UInt64, actual: UInt64)

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
        case .secondaryIndexMismatch(let index, let d): "the \(index) index disagrees with the records: \(d)"
        case .counterMismatch(let kind, let stored, let actual): "the counter of \(kind) events says \(stored), the log holds \(actual)"
        }
    }

    /// The position of the first damaged record, when the damage is in a record.
    public var position: UInt64? {
        switch self {
        case .altered(let p), .missing(let p), .reordered(let p, _), .undecodable(let p, _), .beyondHead(let p, _): p
        case .headChainMismatch(let h): h
        case .indexMismatch, .articleAltered, .secondaryIndexMismatch, .counterMismatch: nil
        }
    }
}

public struct VerifyReport: Sendable {
    public var recordsChecked: UInt64 = 0
    public var articlesChecked = 0
    public var idsChecked: UInt64 = 0
    /// Entries of the kind, organization and document indexes checked against the records.
    public var indexEntriesChecked: UInt64 = 0
    /// Per-kind counters checked against the records.
    public var countersChecked = 0
    public var damage: LogDamage?
    public var isIntact: Bool { damage == nil }

    public init() {}
}

extension EventLog {
    /// Walks the whole log: recomputes the hash chain, checks positions are gapless and in order,
    /// that the head marker matches, that every id maps to its record, that the kind,
    /// organization and document indexes hold exactly one entry per record (and organization)
    /// and nothing else, that the per-kind counters match, and that every stored article text
    /// hashes to its key. Stops at the first damage found.
    public func verify() throws -> VerifyReport {
        do { return try verifyAll() } catch let e as LevelDBError { throw EventLog.damage(e, path: path) }
    }

    private func verifyAll() throws -> VerifyReport {
        var report = VerifyReport()
        var expectedIndex = IndexDigest()
        var counts: [UInt8: UInt64] = [:]
        var indexesCheckable = true
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
            if (try? RecordCodec.header(record))?.kind == nil {
                // A kind newer than this build: its indexes cannot be predicted here.
                indexesCheckable = false
                report.recordsChecked += 1
                expected += 1
                cursor.next()
                continue
            }
            guard let event = try? RecordCodec.decode(record) else {
                report.damage = .undecodable(position: pos, reason: "the record does not decode")
                return report
            }
            expectedIndex.add(LogKeys.kind(event.kind.rawValue, pos))
            expectedIndex.add(LogKeys.document(event.source.document, pos))
            for org in Set(event.participants.map(\.org)) { expectedIndex.add(LogKeys.org(org, pos)) }
            counts[event.kind.rawValue, default: 0] += 1
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
        if let damage = try verifyIDIndex(&report)
            ?? (indexesCheckable ? try verifySecondaryIndexes(expectedIndex, &report) ?? verifyCounters(counts, &report) : nil)
            ?? verifyArticles(&report) {
            report.damage = damage
        }
        return report
    }

    /// An order-independent digest of a set of keys: their count and the lane-wise wrapping sum of
    /// their SHA-256s. Two sets of distinct keys with equal digests are equal but for a collision.
    struct IndexDigest: Equatable {
        var count: UInt64 = 0
        var lanes: [UInt64] = [0, 0, 0, 0]

        mutating func add(_ key: [UInt8]) {
            key.withUnsafeBytes { add($0) }
        }

        mutating func add(_ key: UnsafeRawBufferPointer) {
            let digest = SHA256.hash(data: key)
            digest.withUnsafeBytes { d in
                for i in 0..<4 { lanes[i] &+= d.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self) }
            }
            count += 1
        }
    }

    /// The kind ('k'), organization ('o') and document ('d') index ranges against the digest the
    /// records call for; on a difference, a second pass names the first wrong or missing entry.
    private func verifySecondaryIndexes(_ expected: IndexDigest, _ report: inout VerifyReport) throws -> LogDamage? {
        var actual = IndexDigest()
        for tag in [LogKeys.documentTag, LogKeys.kindTag, LogKeys.orgTag] {
            let cursor = db.makeIterator()
            cursor.seek([tag])
            while cursor.isValid, cursor.keyBuffer.first == tag {
                actual.add(cursor.keyBuffer)
                cursor.next()
            }
            try cursor.checkError()
        }
        report.indexEntriesChecked = actual.count
        guard actual != expected else { return nil }
        return try nameIndexDamage() ?? .secondaryIndexMismatch(
            index: "kind, organization or document", detail: "\(actual.count) entries where the records call for \(expected.count)")
    }

    /// The first index entry that names a record without that kind, organization or document, or
    /// the first record whose entry is missing.
    private func nameIndexDamage() throws -> LogDamage? {
        let names: [UInt8: String] = [LogKeys.kindTag: "kind", LogKeys.orgTag: "organization", LogKeys.documentTag: "document"]
        for tag in [LogKeys.kindTag, LogKeys.orgTag, LogKeys.documentTag] {
            let cursor = db.makeIterator()
            cursor.seek([tag])
            while cursor.isValid, cursor.keyBuffer.first == tag {
                let key = cursor.key
                let index = names[tag]!
                guard key.count >= 10 else {
                    return .secondaryIndexMismatch(index: index, detail: "a malformed entry")
                }
                let pos = LogKeys.readBE64(Array(key.suffix(8)))
                guard let event = try? self.event(at: pos) else {
                    return .secondaryIndexMismatch(index: index, detail: "an entry names position \(pos), which holds no readable record")
                }
                let wanted: [[UInt8]] = switch tag {
                case LogKeys.kindTag: [LogKeys.kind(event.kind.rawValue, pos)]
                case LogKeys.orgTag: Set(event.participants.map(\.org)).map { LogKeys.org($0, pos) }
                default: [LogKeys.document(event.source.document, pos)]
                }
                guard wanted.contains(key) else {
                    return .secondaryIndexMismatch(index: index, detail: "an entry files record \(pos) under a \(index) it does not have")
                }
                cursor.next()
            }
            try cursor.checkError()
        }
        var position: UInt64 = 1
        while position <= head {
            guard let event = try self.event(at: position) else { return .missing(position: position) }
            if try db.get(LogKeys.kind(event.kind.rawValue, position)) == nil {
                return .secondaryIndexMismatch(index: "kind", detail: "record \(position) has no entry")
            }
            if try db.get(LogKeys.document(event.source.document, position)) == nil {
                return .secondaryIndexMismatch(index: "document", detail: "record \(position) has no entry")
            }
            for org in Set(event.participants.map(\.org)) where try db.get(LogKeys.org(org, position)) == nil {
                return .secondaryIndexMismatch(index: "organization", detail: "record \(position) has no entry for \(org)")
            }
            position += 1
        }
        return nil
    }

    /// Every 'm' "count" key against the events of each kind counted in the walk.
    private func verifyCounters(_ counts: [UInt8: UInt64], _ report: inout VerifyReport) throws -> LogDamage? {
        for kind in 0...UInt8.max {
            let stored = try db.get(LogKeys.count(kind))
            if let stored, stored.count != 8 {
                return .counterMismatch(kind: EventKind(rawValue: kind).map { "\($0)" } ?? "kind \(kind)", stored: UInt64.max, actual: counts[kind] ?? 0)
            }
            let value = stored.map { LogKeys.readBE64($0) } ?? 0
            if value != counts[kind] ?? 0 {
                return .counterMismatch(kind: EventKind(rawValue: kind).map { "\($0)" } ?? "kind \(kind)", stored: value, actual: counts[kind] ?? 0)
            }
            if stored != nil { report.countersChecked += 1 }
        }
        return nil
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
