/// The parts of a record that relation-folding projections need — kind, times, participants,
/// article — read in place, without building an `Event` or any String. A replay over a million
/// records spends most of its time here, so nothing in it allocates once `participants` has
/// grown to the largest count seen.
///
/// The slices point into the record buffer and are valid only while it is.
public struct RecordFacts {
    public struct ParticipantSlices {
        public var role: Role
        public var typeRaw: UInt8
        public var org: UnsafeRawBufferPointer
        public var name: UnsafeRawBufferPointer
        public var surface: UnsafeRawBufferPointer
    }

    public var kindRaw: UInt8 = 0
    public var position: UInt64 = 0
    public var occurredAt: PartialDate = .unknown
    public var recordedAt: Int64 = 0
    public var planned = false
    public var hasAmount = false
    public var id = UnsafeRawBufferPointer(start: nil, count: 0)
    public var participants: [ParticipantSlices] = []
    public var document = UnsafeRawBufferPointer(start: nil, count: 0)
    public var article: Int?
    /// The first 8 bytes (little-endian) of the article text's SHA-256, when the record carries it:
    /// enough to tell article texts apart without allocating.
    public var articleHashPrefix: UInt64?

    public init() {}

    public var kind: EventKind? { EventKind(rawValue: kindRaw) }
}

extension RecordCodec {
    /// Fills `facts` from a record (format version 1, see the top of this file's sibling
    /// RecordCodec.swift): the header, section A, and the article reference (and the first bytes of the article's
    /// hash) at the start of section C; section B is skipped by its lengths.
    public static func readFacts(_ buf: UnsafeRawBufferPointer, into facts: inout RecordFacts) throws(RecordCodecError) {
        let h = try header(buf)
        facts.kindRaw = h.kindRaw
        facts.position = h.position
        facts.occurredAt = h.occurredAt
        facts.recordedAt = h.recordedAt
        facts.planned = h.flags & 1 != 0
        facts.hasAmount = h.flags & 2 != 0
        var r = ByteReader(buf)
        r.offset = headerSize
        facts.id = try r.slice()
        facts.participants.removeAll(keepingCapacity: true)
        for _ in 0..<h.participantCount {
            guard let role = Role(rawValue: try r.u8()) else { throw .malformed("unknown role") }
            let typeRaw = try r.u8()
            let org = try r.slice(), name = try r.slice(), surface = try r.slice()
            facts.participants.append(.init(role: role, typeRaw: typeRaw, org: org, name: name, surface: surface))
        }
        // Section B: scope, reason, subject, retracts, alias name, alias organization.
        for _ in 0..<6 { _ = try r.slice() }
        if facts.hasAmount {
            try r.need(24)
            r.offset += 24
            _ = try r.slice()
            _ = try r.slice()
        }
        try r.need(8)
        r.offset += 8  // confidence
        _ = try r.slice()
        _ = try r.slice()  // producer
        facts.document = try r.slice()
        facts.article = try r.optInt()
        _ = try r.optInt()  // sentence
        if h.flags & 4 != 0 {
            try r.need(32)
            facts.articleHashPrefix = try r.u64LE()
        } else {
            facts.articleHashPrefix = nil
        }
    }
}
