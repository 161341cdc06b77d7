// Event record format, version 1 — the bytes of one event in the log.
//
// JSON is the interchange format; the log stores this binary form because a projection replay
// decodes every record (Foundation's JSON decoder manages ~36k events/s here; this ~1M/s).
// Integers are little-endian unless marked BE. `varint` is unsigned LEB128. `str` is a varint
// byte count followed by that many bytes of UTF-8. `opt+1` is a varint holding value+1, 0 = absent.
//
//   Fixed header (28 bytes) — what a projection filters on, at fixed offsets:
//     off  size  field
//       0     1  record format version (= 1). A reader refuses versions it does not know.
//       1     1  kind            (EventKind raw value; unknown kinds decode as `.unknownKind`)
//       2     1  event schema version (Event.schemaVersion)
//       3     1  flags           bit0 modality planned, bit1 amount present, bit2 article hash present,
//                                bit3 span present, bit4 published date present
//       4     8  position  BE    the event's own log position (catches reordered records)
//      12     1  occurredAt precision (0 unknown, 1 year, 2 month, 3 day)
//      13     2  occurredAt year
//      15     1  occurredAt month (0 = none)
//      16     1  occurredAt day   (0 = none)
//      17     8  recordedAt, milliseconds since 1970-01-01 UTC, signed
//      25     1  participant count n (≤ 255)
//      26     2  reserved (0)
//   Section A — identity and participants (what the organization graph needs):
//     str id
//     n × { u8 role, u8 organization type (0 = unknown), str org, str name, str surface }
//   Section B — payload:
//     str scope, str reason, str subject, str retracts, str aliasName, str aliasOrganization
//       (an empty string means absent; the interchange rejects empty strings for these fields)
//     if flags.bit1: f64 value, f64 low, f64 high (NaN = absent), str currency, str text
//     f64 confidence
//     str producerName, str producerVersion
//   Section C — provenance (the bulky part, last so readers of A and B never touch it):
//     str document, opt+1 article, opt+1 sentence
//     if flags.bit2: 32 bytes article SHA-256
//     if flags.bit3: varint spanStart, varint spanEnd
//     if flags.bit4: u8 precision, u16 year, u8 month, u8 day  (published date)
//     str url, str publisher, str evidence
//
// New fields go at the end of a section under a new format version; old versions stay readable.

public enum RecordCodecError: Error, Equatable, CustomStringConvertible {
    case truncated
    case unsupportedVersion(UInt8)
    case malformed(String)

    public var description: String {
        switch self {
        case .truncated: "record is truncated"
        case .unsupportedVersion(let v):
            "record format version \(v) is newer than this kgraph reads (\(RecordCodec.formatVersion)); upgrade kgraph"
        case .malformed(let what): "record is malformed: \(what)"
        }
    }
}

public enum RecordCodec {
    public static let formatVersion: UInt8 = 1
    static let headerSize = 28

    // MARK: Encoding

    public static func encode(_ e: Event) -> [UInt8] {
        var w = ByteWriter(capacity: 160 + (e.source.evidence?.utf8.count ?? 0))
        var flags: UInt8 = 0
        if e.modality == .planned { flags |= 1 }
        if e.amount != nil { flags |= 2 }
        if e.source.articleHash != nil { flags |= 4 }
        if e.source.span != nil { flags |= 8 }
        if e.source.published != nil { flags |= 16 }
        w.u8(formatVersion)
        w.u8(e.kind.rawValue)
        w.u8(e.schemaVersion)
        w.u8(flags)
        w.u64BE(e.position)
        w.date(e.occurredAt)
        w.u64LE(UInt64(bitPattern: e.recordedAt))
        w.u8(UInt8(clamping: e.participants.count))
        w.u8(0)
        w.u8(0)
        // A
        w.str(e.id)
        for p in e.participants.prefix(255) {
            w.u8(p.role.rawValue)
            w.u8(p.type?.rawValue ?? 0)
            w.str(p.org)
            w.str(p.name)
            w.str(p.surface)
        }
        // B
        w.str(e.scope ?? "")
        w.str(e.reason ?? "")
        w.str(e.subject ?? "")
        w.str(e.retracts ?? "")
        w.str(e.alias?.name ?? "")
        w.str(e.alias?.organization ?? "")
        if let a = e.amount {
            w.f64(a.value ?? .nan)
            w.f64(a.low ?? .nan)
            w.f64(a.high ?? .nan)
            w.str(a.currency ?? "")
            w.str(a.text)
        }
        w.f64(e.confidence)
        w.str(e.producer.name)
        w.str(e.producer.version)
        // C
        w.str(e.source.document)
        w.optInt(e.source.article)
        w.optInt(e.source.sentence)
        if let h = e.source.articleHash {
            precondition(h.count == 32, "article hash must be 32 bytes")
            w.bytes.append(contentsOf: h)
        }
        if let s = e.source.span {
            w.varint(UInt64(s.start))
            w.varint(UInt64(s.end))
        }
        if let p = e.source.published { w.date(p) }
        w.str(e.source.url ?? "")
        w.str(e.source.publisher ?? "")
        w.str(e.source.evidence ?? "")
        return w.bytes
    }

    // MARK: Decoding

    /// The fixed header only: no allocation, for filtering a scan.
    public static func header(_ buf: UnsafeRawBufferPointer) throws(RecordCodecError) -> RecordHeader {
        guard buf.count >= headerSize else { throw .truncated }
        guard buf[0] == formatVersion else { throw .unsupportedVersion(buf[0]) }
        var r = ByteReader(buf)
        r.offset = 4
        let position = try r.u64BE()
        let date = try r.date()
        let recordedAt = Int64(bitPattern: try r.u64LE())
        return RecordHeader(kindRaw: buf[1], schemaVersion: buf[2], flags: buf[3], position: position,
                            occurredAt: date, recordedAt: recordedAt, participantCount: Int(buf[25]))
    }

    public static func decode(_ bytes: [UInt8]) throws(RecordCodecError) -> Event {
        do {
            return try bytes.withUnsafeBytes { buf throws(RecordCodecError) -> Event in try decode(buf) }
        } catch let e as RecordCodecError {
            throw e
        } catch {
            throw .malformed("\(error)")
        }
    }

    /// Decodes a whole event. Throws `.malformed("unknown kind …")` for kinds newer than this build.
    public static func decode(_ buf: UnsafeRawBufferPointer) throws(RecordCodecError) -> Event {
        let h = try header(buf)
        guard let kind = EventKind(rawValue: h.kindRaw) else { throw .malformed("unknown kind \(h.kindRaw)") }
        var r = ByteReader(buf)
        r.offset = headerSize
        let id = try r.str()
        var participants: [Participant] = []
        participants.reserveCapacity(h.participantCount)
        for _ in 0..<h.participantCount {
            guard let role = Role(rawValue: try r.u8()) else { throw .malformed("unknown role") }
            let typeRaw = try r.u8()
            let org = try r.str(), name = try r.str(), surface = try r.str()
            // A type from a newer kgraph reads as unknown rather than failing the record.
            participants.append(Participant(role: role, org: org, name: name, surface: surface,
                                            type: OrganizationType(rawValue: typeRaw)))
        }
        let scope = try r.optStr(), reason = try r.optStr(), subject = try r.optStr(), retracts = try r.optStr()
        let aliasName = try r.optStr(), aliasOrg = try r.optStr()
        var amount: Amount? = nil
        if h.flags & 2 != 0 {
            let v = try r.f64(), lo = try r.f64(), hi = try r.f64()
            let currency = try r.optStr()
            let text = try r.str()
            amount = Amount(value: v.isNaN ? nil : v, low: lo.isNaN ? nil : lo, high: hi.isNaN ? nil : hi,
                            currency: currency, text: text)
        }
        let confidence = try r.f64()
        let producer = Producer(name: try r.str(), version: try r.str())
        var source = Source(document: try r.str())
        source.article = try r.optInt()
        source.sentence = try r.optInt()
        if h.flags & 4 != 0 { source.articleHash = try r.raw(32) }
        if h.flags & 8 != 0 {
            let start = try r.varint(), end = try r.varint()
            guard start <= Int.max, end <= Int.max else { throw .malformed("span") }
            source.span = Span(start: Int(start), end: Int(end))
        }
        if h.flags & 16 != 0 { source.published = try r.date() }
        source.url = try r.optStr()
        source.publisher = try r.optStr()
        source.evidence = try r.optStr()
        guard r.offset == buf.count else { throw .malformed("\(buf.count - r.offset) trailing bytes") }
        var alias: AliasDeclaration? = nil
        if let aliasName, let aliasOrg { alias = AliasDeclaration(name: aliasName, organization: aliasOrg) }
        return Event(id: id, position: h.position, kind: kind, schemaVersion: h.schemaVersion,
                     occurredAt: h.occurredAt, recordedAt: h.recordedAt, source: source,
                     participants: participants, amount: amount, scope: scope, reason: reason,
                     subject: subject, retracts: retracts, alias: alias,
                     modality: h.flags & 1 != 0 ? .planned : .done, confidence: confidence, producer: producer)
    }
}

/// The fixed-offset part of a record.
public struct RecordHeader: Sendable {
    public let kindRaw: UInt8
    public let schemaVersion: UInt8
    public let flags: UInt8
    public let position: UInt64
    public let occurredAt: PartialDate
    public let recordedAt: Int64
    public let participantCount: Int
    public var kind: EventKind? { EventKind(rawValue: kindRaw) }
}

/// Little-endian, LEB128-varint byte writer shared by the binary formats (records, projection state).
public struct ByteWriter {
    public var bytes: [UInt8]
    public init(capacity: Int = 64) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }
    public mutating func u8(_ v: UInt8) { bytes.append(v) }
    public mutating func u64BE(_ v: UInt64) { withUnsafeBytes(of: v.bigEndian) { bytes.append(contentsOf: $0) } }
    public mutating func u64LE(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func f64(_ v: Double) { u64LE(v.bitPattern) }
    public mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
    public mutating func str(_ s: String) {
        var s = s
        s.withUTF8 { u in
            varint(UInt64(u.count))
            bytes.append(contentsOf: u)
        }
    }
    public mutating func optInt(_ v: Int?) { varint(v.map { UInt64($0) + 1 } ?? 0) }
    public mutating func date(_ d: PartialDate) {
        u8(d.precision.rawValue)
        let y = UInt16(d.year)
        u8(UInt8(y & 0xFF))
        u8(UInt8(y >> 8))
        u8(UInt8(d.month))
        u8(UInt8(d.day))
    }
}

/// The reader for `ByteWriter`'s formats; every read is bounds-checked.
public struct ByteReader {
    public let buf: UnsafeRawBufferPointer
    public var offset = 0
    public init(_ buf: UnsafeRawBufferPointer) { self.buf = buf }
    public var isAtEnd: Bool { offset == buf.count }

    public mutating func need(_ n: Int) throws(RecordCodecError) {
        if n > buf.count - offset { throw .truncated }
    }
    public mutating func u8() throws(RecordCodecError) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return buf[offset]
    }
    public mutating func u64LE() throws(RecordCodecError) -> UInt64 {
        try need(8)
        defer { offset += 8 }
        return UInt64(littleEndian: buf.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    public mutating func u64BE() throws(RecordCodecError) -> UInt64 {
        try need(8)
        defer { offset += 8 }
        return UInt64(bigEndian: buf.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    public mutating func f64() throws(RecordCodecError) -> Double { Double(bitPattern: try u64LE()) }
    public mutating func varint() throws(RecordCodecError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            if shift == 63 && b > 1 { throw .malformed("varint overflow") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw .malformed("varint overflow") }
        }
    }
    public mutating func raw(_ n: Int) throws(RecordCodecError) -> [UInt8] {
        try need(n)
        defer { offset += n }
        return Array(UnsafeRawBufferPointer(rebasing: buf[offset..<offset + n]))
    }
    public mutating func str() throws(RecordCodecError) -> String {
        let n = try varint()
        guard n <= UInt64(buf.count - offset) else { throw .truncated }
        let count = Int(n)
        let slice = UnsafeRawBufferPointer(rebasing: buf[offset..<offset + count])
        offset += count
        // Records are written from valid Strings and guarded by the hash chain, so this skips the
        // strict validation (1.7× faster on Korean text here); a damaged byte decodes as U+FFFD
        // instead of failing, and `kgraph verify` names the damaged record.
        return String(decoding: slice, as: UTF8.self)
    }
    /// A `str` field's bytes in place, without building a String.
    public mutating func slice() throws(RecordCodecError) -> UnsafeRawBufferPointer {
        let n = try varint()
        guard n <= UInt64(buf.count - offset) else { throw .truncated }
        defer { offset += Int(n) }
        return UnsafeRawBufferPointer(rebasing: buf[offset..<offset + Int(n)])
    }
    public mutating func optStr() throws(RecordCodecError) -> String? {
        let s = try str()
        return s.isEmpty ? nil : s
    }
    public mutating func optInt() throws(RecordCodecError) -> Int? {
        let v = try varint()
        guard v <= UInt64(Int.max) else { throw .malformed("integer") }
        return v == 0 ? nil : Int(v - 1)
    }
    public mutating func date() throws(RecordCodecError) -> PartialDate {
        let precision = try u8()
        let lo = try u8(), hi = try u8()
        let year = Int(UInt16(lo) | UInt16(hi) << 8)
        let month = Int(try u8()), day = Int(try u8())
        switch precision {
        case 0: return .unknown
        case 1: if let d = PartialDate(year: year) { return d }
        case 2: if let d = PartialDate(year: year, month: month) { return d }
        case 3: if let d = PartialDate(year: year, month: month, day: day) { return d }
        default: break
        }
        throw .malformed("date")
    }
}
