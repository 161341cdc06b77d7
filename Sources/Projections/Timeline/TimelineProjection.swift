import EventLog
import Events

// Per-organization timelines (projection kind `timeline`, rules version 1).
//
//   't' org 0x00 year:u16BE month:u8 day:u8 position:u64BE   → TimelineEntry
//   'A', 'R'                                                  → corrections (Corrections.swift)
//
// Keys sort by organization, then valid time (unknown dates first, a month before its days),
// then log position, so a timeline is one ordered range scan.
//
// TimelineEntry: u8 kind, u8 role, date(5), i64 recordedAt, str eventId, u8 modality,
//                str document, opt+1 article, str evidence (≤ 400 bytes), str amount text,
//                varint n, n × {u8 role, str org, str name}   — the other participants

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
    public var evidence: String
    public var amountText: String
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

    func encoded() -> [UInt8] {
        var w = ByteWriter(capacity: 96 + evidence.utf8.count)
        w.u8(kind.rawValue)
        w.u8(role.rawValue)
        w.date(date)
        w.u64LE(UInt64(bitPattern: recordedAt))
        w.str(eventId)
        w.u8(modality.rawValue)
        w.str(document)
        w.optInt(article)
        w.str(evidence)
        w.str(amountText)
        w.varint(UInt64(others.count))
        for o in others {
            w.u8(o.role.rawValue)
            w.str(o.org)
            w.str(o.name)
        }
        return w.bytes
    }

    static func decode(org: String, position: UInt64, _ bytes: UnsafeRawBufferPointer) throws -> TimelineEntry {
        var r = ByteReader(bytes)
        guard let kind = EventKind(rawValue: try r.u8()), let role = Role(rawValue: try r.u8()) else {
            throw RecordCodecError.malformed("timeline entry")
        }
        let date = try r.date()
        let recordedAt = Int64(bitPattern: try r.u64LE())
        let id = try r.str()
        let modality = Modality(rawValue: try r.u8()) ?? .done
        let document = try r.str()
        let article = try r.optInt()
        let evidence = try r.str(), amount = try r.str()
        var others: [(Role, String, String)] = []
        for _ in 0..<min(try r.varint(), 1000) {
            let role = Role(rawValue: try r.u8()) ?? .party
            others.append((role, try r.str(), try r.str()))
        }
        return TimelineEntry(org: org, position: position, kind: kind, role: role, date: date, recordedAt: recordedAt,
                             eventId: id, modality: modality, document: document, article: article, evidence: evidence,
                             amountText: amount, others: others)
    }
}

public final class TimelineProjection: Projection, FactFolding {
    public static let kind = "timeline"
    /// 2: withdrawn events stay, with the positions of their withdrawals (Corrections.swift).
    public static let supportedVersions = [2]

    private let corrections = Corrections()

    public init() {}

    public func open(_ context: ProjectionContext) throws {
        try corrections.load(context.state)
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
            let entry = TimelineEntry(
                org: p.org, position: e.position, kind: e.kind, role: p.role, date: e.occurredAt, recordedAt: e.recordedAt,
                eventId: e.id, modality: e.modality, document: e.source.document, article: e.source.article,
                evidence: Report.clip(e.source.evidence), amountText: e.amount?.text ?? "",
                others: e.participants.filter { $0.org != p.org }.map { ($0.role, $0.org, $0.name) })
            context.state.put(TimelineEntry.key(org: p.org, date: e.occurredAt, position: e.position), entry.encoded())
        }
    }

    func remove(_ e: Event, _ context: ProjectionContext) throws {
        for p in distinctOrgs(e) {
            context.state.delete(TimelineEntry.key(org: p.org, date: e.occurredAt, position: e.position))
        }
    }
}
