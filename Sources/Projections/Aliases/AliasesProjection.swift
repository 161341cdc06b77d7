import EventLog
import Events

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
    /// (fold id << 32 | org id) → mentions, for every counter read or written by this process;
    /// the top bit marks a counter changed since the last commit (and listed in `dirty`).
    private var counts: [UInt64: UInt64] = [:]
    private static let dirtyBit: UInt64 = 1 << 63
    /// Counters changed since the last commit; written once each by `willCommit`.
    private var dirty: [UInt64] = []
    /// Organizations whose 'o' record is known to exist (indexed by org id).
    private var orgKnown: [Bool] = []
    /// The state held no name before this process folded: a counter or organization not seen in
    /// memory is not stored either, and needs no read.
    private var startedEmpty = false
    private var facts = RecordFacts()

    public init() {}

    public func open(_ context: ProjectionContext) throws {
        counts = [:]
        dirty = []
        orgKnown = []
        startedEmpty = context.state.meta.checkpoint == 0
    }

    public var pendingBytes: Int { dirty.count * 48 }

    public func willCommit(_ context: ProjectionContext) throws {
        guard !dirty.isEmpty else { return }
        var keyed: [(key: [UInt8], value: UInt64)] = []
        keyed.reserveCapacity(dirty.count)
        for pair in dirty {
            let c = (counts[pair] ?? 0) & ~Self.dirtyBit
            counts[pair] = c
            keyed.append((counterKey(pair), c))
        }
        keyed.sort { $0.key.lexicographicallyPrecedes($1.key) }
        for (key, value) in keyed {
            key.withUnsafeBytes { k in withUnsafeBytes(of: value.littleEndian) { context.state.stage(k, $0) } }
        }
        dirty = []
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
            let org = orgs.id(p.org)
            try mention(p.name, org, context.state)
            if !p.surface.elementsEqual(p.name) { try mention(p.surface, org, context.state) }
            try ensureOrg(org, p.name, p.typeRaw, context.state)
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
        var w = ByteWriter()
        w.str(String(decoding: name, as: UTF8.self))
        w.u8(type)
        state.put(key, w.bytes)
    }

    private func mention(_ name: UnsafeRawBufferPointer, _ org: Int32, _ state: ProjectionState) throws {
        let raw = Int(rawNames.id(name))
        if raw >= foldOf.count {
            foldOf.append(folds.id(OrganizationID.make(String(decoding: name, as: UTF8.self))))
        }
        let pair = UInt64(UInt32(bitPattern: foldOf[raw])) << 32 | UInt64(UInt32(bitPattern: org))
        var count: UInt64
        if let c = counts[pair] {
            count = c
        } else {
            count = 0
            if !startedEmpty, let v = try state.get(counterKey(pair)), v.count == 8 {
                count = v.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            }
        }
        if count & Self.dirtyBit == 0 {
            dirty.append(pair)
            count |= Self.dirtyBit
        }
        counts[pair] = count + 1
    }
}
