import Events
import Foundation
import LevelDB

#if canImport(Glibc)
import Glibc
#endif

// Repairing a damaged log means accepting a loss, so it is never done silently: `planRepair`
// works on a copy and says exactly which positions a repair would lose; `repair` does the same
// and then puts the repaired copy in place, keeping the damaged log beside it as
// STORE/log.damaged-YYYYMMDDTHHMMSSZ. A repair appends nothing.
//
// What it mends: damage in the write-ahead log (LevelDB's *.log files), the one place where an
// acknowledged batch lives in a single copy until LevelDB writes it to a table. LevelDB is
// opened on the copy without paranoid checks, which drops the damaged batch whole. When even
// that open or a read fails (a missing CURRENT, a damaged MANIFEST or table), LevelDB's own
// salvage (leveldb_repair_db) rebuilds the copy from the files it can read. Either way the log
// is then cut after the last record whose hash chain holds, so no record survives that chains
// onto a lost one. The write-ahead log's bytes are also read directly (ignoring checksums) to
// name the lost events' positions and ids.

/// What a repair keeps and loses.
public struct RepairPlan: Sendable {
    /// Positions 1…keptHead survive.
    public var keptHead: UInt64
    /// Positions after `keptHead` that were acknowledged (found in the write-ahead log or the
    /// database) and do not survive, with their event ids where they can still be read.
    public var lost: [(position: UInt64, id: String?)]
    /// Where the damaged log was kept, after `repair`.
    public var keptDamagedAt: String?
}

extension Store {
    /// Which positions a repair of the store's log would lose, worked out on a copy; the store is
    /// not changed. Throws `.corrupt` when the damage is not in the write-ahead log (a repair
    /// cannot mend it), `.inUse` when another process holds the store.
    public static func planRepair(at path: String) throws -> RepairPlan {
        try withRepairCopy(at: path) { copy, plan in plan }
    }

    /// Repairs the store's log as `planRepair` describes and puts it in place; the damaged log is
    /// kept beside it. Projections past the new head are rebuilt when next opened.
    public static func repair(at path: String) throws -> RepairPlan {
        try withRepairCopy(at: path) { copy, plan in
            var plan = plan
            let log = path + "/log"
            let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                    formatOptions: [.withYear, .withMonth, .withDay, .withTime, .withTimeZone])
            let kept = path + "/log.damaged-" + stamp.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
            guard rename(log, kept) == 0 else { throw StoreError.io("cannot move the damaged log aside: \(String(cString: strerror(errno)))") }
            guard rename(copy, log) == 0 else {
                _ = rename(kept, log)
                throw StoreError.io("cannot put the repaired log in place: \(String(cString: strerror(errno)))")
            }
            plan.keptDamagedAt = kept
            return plan
        }
    }

    private static func withRepairCopy(at path: String, _ body: (String, RepairPlan) throws -> RepairPlan) throws -> RepairPlan {
        guard exists(at: path) else { throw StoreError.notAStore(path) }
        let fd = Glibc.open(path + "/LOCK", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError.io("cannot open \(path)/LOCK: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw StoreError.inUse(path) }
        defer { flock(fd, LOCK_UN) }
        let log = path + "/log"
        let copy = path + "/log.repairing-\(getpid())"
        let fm = FileManager.default
        try? fm.removeItem(atPath: copy)
        do { try fm.copyItem(atPath: log, toPath: copy) } catch {
            throw StoreError.io("cannot copy the log to repair it: \(error.localizedDescription); free some disk space and retry")
        }
        var keepCopy = false
        defer { if !keepCopy { try? fm.removeItem(atPath: copy) } }
        try? fm.removeItem(atPath: copy + "/LOCK")
        let found = WriteAheadLogScan(directory: log)
        var plan: RepairPlan
        do {
            var options = DatabaseOptions()
            options.createIfMissing = false
            options.paranoidChecks = false
            do {
                let db = try Database(path: copy, options: options)
                let (keptHead, removed) = try LogRepair.cut(db)
                plan = RepairPlan(keptHead: keptHead, lost: LogRepair.lost(after: keptHead, removed: removed, walScan: found))
            } catch {
                // The descriptor is missing or damaged, or a table is unreadable: let LevelDB
                // rebuild the database from the files it can read, then cut as above.
                try Database.salvage(path: copy)
                let salvaged = try Database(path: copy, options: options)
                let (keptHead, removed) = try LogRepair.cut(salvaged)
                plan = RepairPlan(keptHead: keptHead, lost: LogRepair.lost(after: keptHead, removed: removed, walScan: found))
            }
        } catch {
            throw StoreError.corrupt("a repair cannot read the log (\(error)); restore the store from a backup")
        }
        let result = try body(copy, plan)
        keepCopy = result.keptDamagedAt != nil
        return result
    }
}

/// Cutting a log after its last sound record.
enum LogRepair {
    /// Every position after `keptHead` that was acknowledged: removed by the cut, or found in the
    /// write-ahead log, and the positions between them; with ids where they can still be read.
    static func lost(after keptHead: UInt64, removed: [UInt64: String?], walScan found: WriteAheadLogScan) -> [(position: UInt64, id: String?)] {
        var lost = removed
        for (position, id) in found.events where position > keptHead { lost[position] = id ?? lost[position] ?? nil }
        // A head the damaged bytes may have garbled is believed only as far as events were seen.
        let highest = max(min(found.highestHead, found.events.keys.max() ?? 0), lost.keys.max() ?? 0)
        if highest > keptHead {
            for position in (keptHead + 1)...highest where lost[position] == nil { lost[position] = .some(nil) }
        }
        return lost.keys.sorted().map { ($0, lost[$0] ?? nil) }
    }

    /// Finds the last position p such that records 1…p are present, gapless and chained, then
    /// removes every record after it with its index entries, and rewrites the head and counters.
    /// Returns p and the removed positions with their ids where readable.
    static func cut(_ db: Database) throws -> (UInt64, [UInt64: String?]) {
        var chain = [UInt8](repeating: 0, count: LogKeys.chainSize)
        var good: UInt64 = 0
        var counts: [UInt8: UInt64] = [:]
        let cursor = db.makeIterator()
        cursor.seek([LogKeys.eventTag])
        while cursor.isValid, cursor.keyBuffer.first == LogKeys.eventTag, cursor.keyBuffer.count == 9 {
            let pos = LogKeys.readBE64(cursor.keyBuffer, at: 1)
            let value = cursor.valueBuffer
            guard pos == good + 1, value.count > LogKeys.chainSize else { break }
            let record = UnsafeRawBufferPointer(rebasing: value[..<(value.count - LogKeys.chainSize)])
            let computed = EventLog.chain(previous: chain, position: pos, record: record)
            guard computed.elementsEqual(value[(value.count - LogKeys.chainSize)...]) else { break }
            chain = computed
            good = pos
            if record.count > 1 { counts[record[1], default: 0] += 1 }
            cursor.next()
        }
        try cursor.checkError()
        let batch = WriteBatch()
        var removed: [UInt64: String?] = [:]
        // Records past the cut.
        cursor.seek(LogKeys.event(good + 1))
        while cursor.isValid, cursor.keyBuffer.first == LogKeys.eventTag {
            let key = cursor.key
            if key.count == 9 {
                let value = cursor.value
                let id = value.count > LogKeys.chainSize ? (try? RecordCodec.decode(Array(value.dropLast(LogKeys.chainSize))))?.id : nil
                removed[LogKeys.readBE64(key, at: 1)] = id
            }
            batch.delete(key)
            cursor.next()
        }
        // Index entries naming positions past the cut.
        for tag in [LogKeys.idTag, LogKeys.kindTag, LogKeys.orgTag, LogKeys.documentTag] {
            cursor.seek([tag])
            while cursor.isValid, cursor.keyBuffer.first == tag {
                let key = cursor.key
                let position: UInt64? = tag == LogKeys.idTag
                    ? (cursor.valueBuffer.count == 8 ? LogKeys.readBE64(cursor.valueBuffer) : nil)
                    : (key.count >= 9 ? LogKeys.readBE64(Array(key.suffix(8))) : nil)
                if let position, position > good {
                    batch.delete(key)
                    if tag == LogKeys.idTag, removed[position] ?? nil == nil {
                        removed[position] = String(decoding: key.dropFirst(), as: UTF8.self)
                    }
                }
                cursor.next()
            }
        }
        try cursor.checkError()
        batch.put(LogKeys.headKey, LogKeys.be64(good) + chain)
        for kind in 0...UInt8.max {
            if let n = counts[kind] { batch.put(LogKeys.count(kind), LogKeys.be64(n)) } else { batch.delete(LogKeys.count(kind)) }
        }
        try db.write(batch, sync: true)
        db.compactAll()  // the repaired log stands in tables, with a fresh write-ahead log
        return (good, removed)
    }
}

/// The events found in a LevelDB write-ahead log's bytes, read without checking checksums, so
/// that the contents of a damaged batch can still be named.
///
/// Format (LevelDB doc/log_format.md): 32 KiB blocks of physical records, each
/// crc32c:u32 length:u16LE type:u8 (1 full, 2 first, 3 middle, 4 last) then `length` bytes; a
/// block's last 6 or fewer bytes are padding. A logical record is one WriteBatch:
/// sequence:u64LE count:u32LE, then per entry tag:u8 (1 put, 0 delete), varint32 key length,
/// key, and for a put varint32 value length and value.
struct WriteAheadLogScan {
    /// Event positions with their ids where readable.
    var events: [UInt64: String?] = [:]
    /// The highest head a batch in the write-ahead log set.
    var highestHead: UInt64 = 0

    init(directory: String) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".log") }.sorted()
        for file in files {
            guard let data = FileManager.default.contents(atPath: directory + "/" + file) else { continue }
            for batch in Self.logicalRecords(Array(data)) { read(batch: batch) }
        }
    }

    static func logicalRecords(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var current: [UInt8] = []
        var offset = 0
        let block = 32_768
        while offset + 7 <= bytes.count {
            let left = block - offset % block
            if left < 7 {
                offset += left
                continue
            }
            let length = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8
            let type = bytes[offset + 6]
            let start = offset + 7
            let end = min(start + length, bytes.count, offset + left)
            guard type >= 1, type <= 4, length > 0 || type == 1 else {
                offset += left  // unreadable: skip to the next block
                current = []
                continue
            }
            let fragment = bytes[start..<end]
            switch type {
            case 1: out.append(Array(fragment)); current = []
            case 2: current = Array(fragment)
            case 3: current += fragment
            default: out.append(current + fragment); current = []
            }
            offset = end
        }
        return out
    }

    mutating func read(batch: [UInt8]) {
        guard batch.count >= 12 else { return }
        var i = 12
        func varint() -> Int? {
            var value = 0, shift = 0
            while i < batch.count, shift < 35 {
                let b = batch[i]
                i += 1
                value |= Int(b & 0x7F) << shift
                if b & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }
        var ids: [UInt64: String] = [:]
        while i < batch.count {
            let tag = batch[i]
            i += 1
            guard tag <= 1, let kl = varint(), kl >= 0, i + kl <= batch.count else { break }
            let key = Array(batch[i..<(i + kl)])
            i += kl
            guard tag == 1 else { continue }
            guard let vl = varint(), vl >= 0, i + vl <= batch.count else { break }
            let value = Array(batch[i..<(i + vl)])
            i += vl
            if key.count == 9, key[0] == LogKeys.eventTag {
                let position = LogKeys.readBE64(key, at: 1)
                let id = value.count > LogKeys.chainSize ? (try? RecordCodec.decode(Array(value.dropLast(LogKeys.chainSize))))?.id : nil
                events[position] = id ?? events[position] ?? nil
            } else if key.first == LogKeys.idTag, value.count == 8 {
                ids[LogKeys.readBE64(value)] = String(decoding: key.dropFirst(), as: UTF8.self)
            } else if key == LogKeys.headKey, value.count >= 8 {
                highestHead = max(highestHead, LogKeys.readBE64(value))
            }
        }
        for (position, id) in ids where events[position] ?? nil == nil { events[position] = id }
    }
}
