import EventLog
import Events
import LevelDB

// Per-organization timelines (projection kind `timeline`, rules version 3).
//
//   't' org 0x00 year:u16BE month:u8 day:u8 position:u64BE   → u8 kind, u8 role
//   'A', 'R', 'W', 'w'                                        → corrections (Corrections.swift)
//
// Keys sort by organization, then valid time (unknown dates first, a month before its days),
// then log position, so a timeline is one ordered range scan. The entry holds only what the
// key does not: the event's kind and the organization's role in it. The rest of a
// `TimelineEntry` (id, source, evidence, amount, the other participants) is read from the log at
// the entry's position by `TimelineReader`, resolved through the same alias table, so a replay
// writes about 30 bytes per organization and event instead of the whole report.
//
// Version 2 stored the whole entry in the value; version 3 reads the same answers from the log.

/// One event as one organization's timeline shows it.
public struct TimelineEntry: Equatable, Sendable {
    public var org: String
    public var position: UInt64
    public var kind: EventKind
    public var role: Role
    public var date: PartialDate
    public var recordedAt: Int64
    public var eventId: String
    public var modality: Modality
    public var document: String
    public var article: Int?
    /// The evidence sentence, clipped to 400 bytes of UTF-8 (an ellipsis marks a cut).
    public var evidence: String
    public var amountText: String
    /// The event's other participants (aliases resolved), in the event's order.
    public var others: [(role: Role, org: String, name: String)]

    public static func == (a: TimelineEntry, b: TimelineEntry) -> Bool {
        a.org == b.org && a.position == b.position && a.eventId == b.eventId && a.role == b.role
    }

    static func key(org: String, date: PartialDate, position: UInt64) -> [UInt8] {
        var k: [UInt8] = [UInt8(ascii: "t")] + Array(org.utf8) + [0]
        k += [UInt8(date.year >> 8), UInt8(date.year & 0xFF), UInt8(date.month), UInt8(date.day)]
        k += withUnsafeBytes(of: position.bigEndian) { Array($0) }
        return k
    }

    static func prefix(org: String) -> [UInt8] { [UInt8(ascii: "t")] + Array(org.utf8) + [0] }

    /// The entry of `org` in `event`, whose participants are already resolved (`Corrections.resolve`).
    static func make(org: String, role: Role, from e: Event) -> TimelineEntry {
        TimelineEntry(org: org, position: e.position, kind: e.kind, role: role, date: e.occurredAt, recordedAt: e.recordedAt,
                      eventId: e.id, modality: e.modality, document: e.source.document, article: e.source.article,
                      evidence: Report.clip(e.source.evidence), amountText: e.amount?.text ?? "",
                      others: e.participants.filter { $0.org != org }.map { ($0.role, $0.org, $0.name) })
    }
}

/// Folds relation records from their bytes: one small entry per distinct organization of each
/// event, held in memory (about 24 bytes each) until the commit, which writes them in key order
/// (LevelDB inserts sorted keys into its memtable several times faster than scattered ones).
/// Corrections (retractions, aliases, an event withdrawn before it arrived) and events naming an
/// aliased organization take the general path through `Corrections`.
public final class TimelineProjection: Projection, RecordFolding, FactFolding {
    public static let kind = "timeline"
    /// 2: withdrawn events stay, with the positions of their withdrawals (Corrections.swift).
    /// 3: entries hold kind and role only; readers take the rest from the log.
    public static let supportedVersions = [3]

    private let corrections = Corrections()
    private var facts = RecordFacts()
    private var key: [UInt8] = []
    private var seen: [UnsafeRawBufferPointer] = []

    /// One timeline entry folded since the last commit, waiting to be written.
    private struct Entry {
        /// Organization id (`orgs`).
        var org: Int32
        var kind: UInt8
        var role: UInt8
        /// year << 16 | month << 8 | day, so the key's date bytes sort as this number does.
        var date: UInt32
        var position: UInt64
    }

    /// Organization ids of the pending entries (kept across commits: at most one per organization).
    private var orgs = ByteInterner(capacity: 1 << 14)
    private var entries: [Entry] = []

    public init() {}

    public func open(_ context: ProjectionContext) throws {
        entries.removeAll(keepingCapacity: false)
        try corrections.load(context.state)
    }

    public var pendingBytes: Int { entries.count * MemoryLayout<Entry>.stride }

    public func apply(record: UnsafeRawBufferPointer, _ context: ProjectionContext) throws -> Bool {
        try RecordCodec.readFacts(record, into: &facts)
        guard let kind = facts.kind, !kind.isCorrection else { return false }
        if corrections.anyPendingWithdrawals, corrections.hasPendingWithdrawals(String(decoding: facts.id, as: UTF8.self)) { return false }
        guard kind.isRelation else { return true }
        if !corrections.aliases.isEmpty {
            for p in facts.participants where corrections.aliases[String(decoding: p.org, as: UTF8.self)] != nil { return false }
        }
        seen.removeAll(keepingCapacity: true)
        let d = facts.occurredAt
        let date = UInt32(truncatingIfNeeded: d.year) << 16 | UInt32(truncatingIfNeeded: d.month) << 8 | UInt32(truncatingIfNeeded: d.day)
        for p in facts.participants where !seen.contains(where: { $0.elementsEqual(p.org) }) {
            seen.append(p.org)
            entries.append(Entry(org: orgs.id(p.org), kind: kind.rawValue, role: p.role.rawValue, date: date, position: facts.position))
        }
        return true
    }

    /// Writes the pending entries, in key order ('t' org 0x00 date position: organizations by
    /// their bytes, then date, then position) when they are many; a small catch-up's few writes
    /// go out as folded, since sorting them would cost more than it saves.
    public func willCommit(_ context: ProjectionContext) throws {
        guard !entries.isEmpty else { return }
        let batch = context.state.stagingBatch()
        guard entries.count >= ProjectionState.sortedWriteThreshold else {
            for e in entries { stage(e, org: e.org, into: batch) }
            entries.removeAll(keepingCapacity: true)
            return
        }
        // Rank the organizations touched since the last commit by their bytes.
        let touched = self.orgs.idsInByteOrder(among: entries.lazy.map(\.org))
        let orgs = self.orgs
        var rank = [Int32](repeating: 0, count: orgs.count)
        for (i, o) in touched.enumerated() { rank[Int(o)] = Int32(i) }
        // Group by organization with a counting sort (no comparisons, and most organizations
        // have a few entries a commit); then order each group by date, then position.
        var starts = [Int](repeating: 0, count: touched.count + 1)
        for e in entries { starts[Int(rank[Int(e.org)]) + 1] += 1 }
        for i in 0..<touched.count { starts[i + 1] += starts[i] }
        var fill = starts
        var grouped = [Entry](unsafeUninitializedCapacity: entries.count) { buffer, n in
            for e in entries {
                let r = Int(rank[Int(e.org)])
                (buffer.baseAddress! + fill[r]).initialize(to: e)
                fill[r] += 1
            }
            n = entries.count
        }
        entries.removeAll(keepingCapacity: true)
        for r in 0..<touched.count where starts[r + 1] - starts[r] > 1 {
            grouped[starts[r]..<starts[r + 1]].sort { a, b in a.date != b.date ? a.date < b.date : a.position < b.position }
        }
        // An organization's keys share their prefix: written once per organization.
        var key: [UInt8] = []
        for r in 0..<touched.count {
            key.removeAll(keepingCapacity: true)
            key.append(UInt8(ascii: "t"))
            orgs.withBytes(touched[r]) { key.append(contentsOf: $0) }
            key.append(0)
            let prefix = key.count
            for e in grouped[starts[r]..<starts[r + 1]] {
                key.removeLast(key.count - prefix)
                Self.put(e, key: &key, into: batch)
            }
        }
    }

    private func stage(_ e: Entry, org: Int32, into batch: WriteBatch) {
        key.removeAll(keepingCapacity: true)
        key.append(UInt8(ascii: "t"))
        orgs.withBytes(org) { key.append(contentsOf: $0) }
        key.append(0)
        Self.put(e, key: &key, into: batch)
    }

    /// Completes the key of `e` after its organization's prefix ('t' org 0x00) and puts it.
    private static func put(_ e: Entry, key: inout [UInt8], into batch: WriteBatch) {
        key.append(UInt8(truncatingIfNeeded: e.date >> 24))
        key.append(UInt8(truncatingIfNeeded: e.date >> 16))
        key.append(UInt8(truncatingIfNeeded: e.date >> 8))
        key.append(UInt8(truncatingIfNeeded: e.date))
        withUnsafeBytes(of: e.position.bigEndian) { key.append(contentsOf: $0) }
        var v = (e.kind, e.role)
        key.withUnsafeBytes { k in withUnsafeBytes(of: &v) { batch.put(k, $0) } }
    }

    public func apply(_ event: Event, _ context: ProjectionContext) throws {
        try corrections.fold(event, context, into: self)
    }

    private func distinctOrgs(_ e: Event) -> [Participant] {
        var seen = Set<String>()
        return e.participants.filter { seen.insert($0.org).inserted }
    }

    func add(_ e: Event, _ context: ProjectionContext) throws {
        for p in distinctOrgs(e) {
            context.state.put(TimelineEntry.key(org: p.org, date: e.occurredAt, position: e.position), [e.kind.rawValue, p.role.rawValue])
        }
    }

    func remove(_ e: Event, _ context: ProjectionContext) throws {
        for p in distinctOrgs(e) {
            context.state.delete(TimelineEntry.key(org: p.org, date: e.occurredAt, position: e.position))
        }
    }
}
