import EventLog
import Events
import LevelDB

// The name table (projection kind `aliases`, rules version 2): every way an organization has been
// written, for looking organizations up by any name, in any case, Korean or English.
//
//   'm' fold(name) 0x00 org     → u64LE mentions   — a name (canonical, surface or declared alias)
//   'o' org                     → str canonical name, u8 type (0 unknown)
//   'A' org                     → str canonical org — declared by `alias` events (last one wins;
//                                  an alias of a name to itself removes the entry)
//
// fold(name) is OrganizationID.make: NFKC, lower case, no white space.
//
// Version 2 writes the same keys and values as version 1; it folds records from their bytes:
// names and organizations are interned (ByteInterner) and counted by id, folded once per distinct
// name, and written once per commit in key order.

public final class AliasesProjection: Projection, RecordFolding {
    public static let kind = "aliases"
    public static let supportedVersions = [2]

    /// Raw names (name or surface bytes) → index into `foldOf`; folded names; organizations.
    private var rawNames = ByteInterner(capacity: 1 << 14)
    private var foldOf: [Int32] = []
    private var folds = ByteInterner(capacity: 1 << 14)
    private var orgs = ByteInterner(capacity: 1 << 14)
    /// A participant as written (organization, name, surface; each length-prefixed) → the
    /// counters it adds to: one lookup per participant, then array slots, instead of a lookup
    /// per organization, name and surface.
    private var participantsSeen = ByteInterner(capacity: 1 << 14)
    private var counted: [Counted] = []
    private var scratch: [UInt8] = []
    private struct Counted {
        var org: Int32
        var nameCounter: Int32
        /// The surface's counter, when the surface is written otherwise than the name; else -1.
        var surfaceCounter: Int32
    }
    /// (fold id << 32 | org id) → its counter's index in `counters`, for every counter read or
    /// written by this process.
    private var counterIndex = CounterTable()
    /// Mentions per counter; the top bit marks a counter changed since the last commit (and
    /// listed in `dirty`). `counterPairs[i]` is counter i's (fold id << 32 | org id).
    private var counters: [UInt64] = []
    private var counterPairs: [UInt64] = []
    private static let dirtyBit: UInt64 = 1 << 63
    /// Counters changed since the last commit (indexes into `counters`); written once each by `willCommit`.
    private var dirty: [Int32] = []
    /// Organizations whose 'o' record is known to exist (indexed by org id).
    private var orgKnown: [Bool] = []
    /// 'o' records to write at the next commit: organization id and its value in `orgValues`.
    private var newOrgs: [(org: Int32, start: Int32, end: Int32)] = []
    private var orgValues: [UInt8] = []
    /// The state held no name before this process folded: a counter or organization not seen in
    /// memory is not stored either, and needs no read.
    private var startedEmpty = false
    private var facts = RecordFacts()

    public init() {}

    public func open(_ context: ProjectionContext) throws {
        // Counter indexes are this process's own: a reopened fold (after a failed one, whose
        // writes were dropped) reads every counter again, and forgets what pointed at them.
        counterIndex = CounterTable()
        counters = []
        counterPairs = []
        participantsSeen = ByteInterner(capacity: 1 << 14)
        counted = []
        dirty = []
        orgKnown = []
        newOrgs = []
        orgValues = []
        startedEmpty = context.state.meta.checkpoint == 0
    }

    public var pendingBytes: Int { dirty.count * 48 + newOrgs.count * 16 + orgValues.count }

    /// Writes the changed counters and the new organizations, in key order ('m' before 'o';
    /// names, then organizations, by their bytes) when they are many: LevelDB inserts sorted
    /// keys several times faster than scattered ones. A small catch-up's few writes go out
    /// unsorted, since sorting them would cost more than it saves.
    public func willCommit(_ context: ProjectionContext) throws {
        guard !dirty.isEmpty || !newOrgs.isEmpty else { return }
        // Local copies (no bytes copied): the loops below then neither check exclusive access
        // to the properties nor retain them at every key.
        let sorted = dirty.count + newOrgs.count >= ProjectionState.sortedWriteThreshold
        let orgOrder = sorted ? self.orgs.idsInByteOrder() : [], foldOrder = sorted ? self.folds.idsInByteOrder() : []
        let folds = self.folds, orgs = self.orgs, counterPairs = self.counterPairs
        let batch = context.state.stagingBatch()
        var orgRank: [Int32] = [], foldRank: [Int32] = []
        if sorted {
            orgRank = Self.ranks(of: dirty.lazy.map { [counterPairs] in Int32(truncatingIfNeeded: counterPairs[Int($0)] & 0xFFFF_FFFF) } + newOrgs.map(\.org),
                                 inOrder: orgOrder)
            foldRank = Self.ranks(of: dirty.lazy.map { [counterPairs] in Int32(truncatingIfNeeded: counterPairs[Int($0)] >> 32) },
                                  inOrder: foldOrder)
        }
        var order = dirty.map { i in
            let pair = counterPairs[Int(i)]
            return (sortKey: sorted ? UInt64(foldRank[Int(pair >> 32)]) << 32 | UInt64(orgRank[Int(pair & 0xFFFF_FFFF)]) : 0, index: i)
        }
        if sorted { order.sort { $0.sortKey < $1.sortKey } }
        var key: [UInt8] = []
        for (_, i) in order {
            let pair = counterPairs[Int(i)]
            let c = counters[Int(i)] & ~Self.dirtyBit
            counters[Int(i)] = c
            key.removeAll(keepingCapacity: true)
            key.append(UInt8(ascii: "m"))
            folds.withBytes(Int32(truncatingIfNeeded: pair >> 32)) { key.append(contentsOf: $0) }
            key.append(0)
            orgs.withBytes(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)) { key.append(contentsOf: $0) }
            key.withUnsafeBytes { k in withUnsafeBytes(of: c.littleEndian) { batch.put(k, $0) } }
        }
        if sorted { newOrgs.sort { orgRank[Int($0.org)] < orgRank[Int($1.org)] } }
        orgValues.withUnsafeBytes { values in
            for o in newOrgs {
                key.removeAll(keepingCapacity: true)
                key.append(UInt8(ascii: "o"))
                orgs.withBytes(o.org) { key.append(contentsOf: $0) }
                key.withUnsafeBytes { batch.put($0, UnsafeRawBufferPointer(rebasing: values[Int(o.start)..<Int(o.end)])) }
            }
        }
        dirty = []
        newOrgs = []
        orgValues = []
    }

    /// Each id of `ids` → its rank among them in `order` (every id, in the order wanted): an
    /// array indexed by id; ids not listed get 0.
    private static func ranks<S: Sequence>(of ids: S, inOrder order: [Int32]) -> [Int32] where S.Element == Int32 {
        var present = [Bool](repeating: false, count: order.count)
        for id in ids { present[Int(id)] = true }
        var rank = [Int32](repeating: 0, count: order.count)
        var next: Int32 = 0
        for id in order where present[Int(id)] {
            rank[Int(id)] = next
            next += 1
        }
        return rank
    }

    static func nameKey(_ name: String, _ org: String) -> [UInt8] {
        [UInt8(ascii: "m")] + Array(OrganizationID.make(name).utf8) + [0] + Array(org.utf8)
    }

    static func orgKey(_ org: String) -> [UInt8] { [UInt8(ascii: "o")] + Array(org.utf8) }
    static func aliasKey(_ org: String) -> [UInt8] { [UInt8(ascii: "A")] + Array(org.utf8) }

    static func orgRecord(_ name: String, _ type: OrganizationType?) -> [UInt8] {
        var w = ByteWriter()
        w.str(name)
        w.u8(type?.rawValue ?? 0)
        return w.bytes
    }

    // MARK: Folding

    public func apply(record: UnsafeRawBufferPointer, _ context: ProjectionContext) throws -> Bool {
        try RecordCodec.readFacts(record, into: &facts)
        guard facts.kind != .alias else { return false }
        for p in facts.participants {
            scratch.removeAll(keepingCapacity: true)
            func add(_ part: UnsafeRawBufferPointer) {
                scratch.append(UInt8(truncatingIfNeeded: part.count >> 8))
                scratch.append(UInt8(truncatingIfNeeded: part.count))
                scratch.append(contentsOf: part)
            }
            add(p.org)
            add(p.name)
            add(p.surface)
            let seen = Int(scratch.withUnsafeBytes { participantsSeen.id($0) })
            if seen == counted.count {
                let org = orgs.id(p.org)
                counted.append(Counted(org: org, nameCounter: try counter(pair(p.name, org), context.state),
                                       surfaceCounter: p.surface.elementsEqual(p.name) ? -1 : try counter(pair(p.surface, org), context.state)))
            }
            let c = counted[seen]
            bump(c.nameCounter)
            if c.surfaceCounter >= 0 { bump(c.surfaceCounter) }
            try ensureOrg(c.org, p.name, p.typeRaw, context.state)
        }
        return true
    }

    public func apply(_ event: Event, _ context: ProjectionContext) throws {
        let state = context.state
        if event.kind == .alias, let a = event.alias {
            let name = OrganizationID.make(a.name), target = OrganizationID.make(a.organization)
            if name == target {
                state.delete(Self.aliasKey(name))
            } else {
                state.put(Self.aliasKey(name), Array(target.utf8))
            }
            let org = orgs.id(target)
            try withBytes(a.name) { try mention($0, org, state) }
            try withBytes(a.organization) { try mention($0, org, state) }
            try withBytes(a.organization) { try ensureOrg(org, $0, 0, state) }
            return
        }
        for p in event.participants {
            let org = orgs.id(p.org)
            try withBytes(p.name) { try mention($0, org, state) }
            if p.surface != p.name { try withBytes(p.surface) { try mention($0, org, state) } }
            try withBytes(p.name) { try ensureOrg(org, $0, p.type?.rawValue ?? 0, state) }
        }
    }

    private func withBytes(_ s: String, _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        var s = s
        try s.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }

    private func counterKey(_ pair: UInt64) -> [UInt8] {
        var key: [UInt8] = [UInt8(ascii: "m")]
        folds.withBytes(Int32(truncatingIfNeeded: pair >> 32)) { key.append(contentsOf: $0) }
        key.append(0)
        orgs.withBytes(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)) { key.append(contentsOf: $0) }
        return key
    }

    private func ensureOrg(_ org: Int32, _ name: UnsafeRawBufferPointer, _ type: UInt8, _ state: ProjectionState) throws {
        let o = Int(org)
        if o >= orgKnown.count { orgKnown += Array(repeating: false, count: max(o + 1 - orgKnown.count, orgKnown.count, 1024)) }
        guard !orgKnown[o] else { return }
        orgKnown[o] = true
        var key: [UInt8] = [UInt8(ascii: "o")]
        orgs.withBytes(org) { key.append(contentsOf: $0) }
        // A state that started empty holds only what this process wrote: no read needed.
        if !startedEmpty, try state.get(key) != nil { return }
        // The value orgRecord writes: str (varint length, bytes), then the type.
        var w = ByteWriter()
        w.str(String(decoding: name, as: UTF8.self))
        w.u8(type)
        let start = orgValues.count
        orgValues += w.bytes
        newOrgs.append((org, Int32(start), Int32(orgValues.count)))
    }

    private func mention(_ name: UnsafeRawBufferPointer, _ org: Int32, _ state: ProjectionState) throws {
        bump(try counter(pair(name, org), state))
    }

    /// The counter of a name (its fold) for an organization: fold id << 32 | org id.
    private func pair(_ name: UnsafeRawBufferPointer, _ org: Int32) -> UInt64 {
        let raw = Int(rawNames.id(name))
        if raw >= foldOf.count {
            foldOf.append(folds.id(OrganizationID.make(String(decoding: name, as: UTF8.self))))
        }
        return UInt64(UInt32(bitPattern: foldOf[raw])) << 32 | UInt64(UInt32(bitPattern: org))
    }

    /// The index of a counter in `counters`, reading it from the state the first time when it may be stored.
    private func counter(_ pair: UInt64, _ state: ProjectionState) throws -> Int32 {
        let (slot, inserted) = counterIndex.findOrInsert(pair)
        guard inserted else { return Int32(truncatingIfNeeded: counterIndex[value: slot]) }
        let i = Int32(counters.count)
        counterIndex[value: slot] = UInt64(i)
        var stored: UInt64 = 0
        if !startedEmpty, let v = try state.get(counterKey(pair)), v.count == 8 {
            stored = v.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        }
        counters.append(stored)
        counterPairs.append(pair)
        return i
    }

    /// Adds one mention to counter `i`.
    private func bump(_ i: Int32) {
        var count = counters[Int(i)]
        if count & Self.dirtyBit == 0 {
            dirty.append(i)
            count |= Self.dirtyBit
        }
        counters[Int(i)] = count + 1
    }
}

/// UInt64 keys → UInt64 values by open addressing: one probe sequence per lookup, no hashing
/// through `Hasher`; for the aliases' counters, looked up once per new participant. A key and its value
/// sit side by side, so a lookup touches one cache line.
struct CounterTable {
    /// Slot i: key + 1 at 2i (0 = empty; keys stay below 2^63), its value at 2i + 1.
    private var slots: [UInt64]
    private var mask: Int
    private var count = 0

    init() {
        slots = [UInt64](repeating: 0, count: 2 << 14)
        mask = (1 << 14) - 1
    }

    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask }

    /// The value in slot `i` (from `find` or `findOrInsert`).
    subscript(value i: Int) -> UInt64 {
        get { slots[2 * i + 1] }
        set { slots[2 * i + 1] = newValue }
    }

    /// The slot of `key`, inserting it with value 0 if absent. A slot stays valid until the next insert.
    mutating func findOrInsert(_ key: UInt64) -> (index: Int, inserted: Bool) {
        if (count + 1) * 4 > slots.count { grow() }
        var i = home(key)
        while true {
            let k = slots[2 * i]
            if k == key &+ 1 { return (i, false) }
            if k == 0 {
                slots[2 * i] = key &+ 1
                count += 1
                return (i, true)
            }
            i = (i + 1) & mask
        }
    }

    /// The slot of a key that is present.
    func find(_ key: UInt64) -> Int {
        var i = home(key)
        while slots[2 * i] != key &+ 1 { i = (i + 1) & mask }
        return i
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count / 2 - 1
        for j in stride(from: 0, to: old.count, by: 2) where old[j] != 0 {
            var i = home(old[j] &- 1)
            while slots[2 * i] != 0 { i = (i + 1) & mask }
            slots[2 * i] = old[j]
            slots[2 * i + 1] = old[j + 1]
        }
    }
}
