import Events

// Organization graph state (projection kind `org-graph`, rules version 1).
//
//   'n' org                                                   → Node
//   'r' org 0x00 kind:u8 dir:u8 other 0x00 position:u64BE     → Report
//   'A', 'R'                                                  → corrections (Corrections.swift)
//
// Every report is stored under each named end of its edge, so all of an organization's
// relations, with their evidence, are one range scan — the query users type all day — and
// folding a report is one or two blind writes, with no read of what is there already.
// dir: 0 = undirected (partnership), 1 = org is the source (investor, imposer, actor),
// 2 = org is the target. An announcement's other end is ""; so is an unnamed side.
// Edges: a partnership's parties in byte order of their ids; an investment's investor → target;
// a ban's imposer → target; an announcement's actor → "".
//
// Node:    str name, u8 type (0 unknown), varint n, n × str surface (sorted, at most 32)
// Report:  u64 position, i64 recordedAt, str eventId, date(5) occurredAt, u8 modality,
//          str document, opt+1 article, opt+1 sentence, str evidence (≤ 400 bytes),
//          str fromSurface, str toSurface, u8 hasAmount [f64 value (NaN = none), str currency, str text],
//          u16 confidence × 10000
// Under one (org, kind, dir, other) prefix, reports sort by log position.

public enum GraphKeys {
    static let nodeTag = UInt8(ascii: "n")
    static let relationTag = UInt8(ascii: "r")

    public enum Direction: UInt8, Sendable {
        case undirected = 0, outgoing = 1, incoming = 2
    }

    static func node(_ org: String) -> [UInt8] { [nodeTag] + Array(org.utf8) }

    /// The prefix of every report of one relation seen from `org`.
    static func relation(_ org: String, _ kind: EventKind, _ dir: Direction, _ other: String) -> [UInt8] {
        var k: [UInt8] = [relationTag]
        k.reserveCapacity(org.utf8.count + other.utf8.count + 14)
        k += org.utf8
        k += [0, kind.rawValue, dir.rawValue]
        k += other.utf8
        k.append(0)
        return k
    }

    static func report(_ org: String, _ kind: EventKind, _ dir: Direction, _ other: String, _ position: UInt64) -> [UInt8] {
        relation(org, kind, dir, other) + withUnsafeBytes(of: position.bigEndian) { Array($0) }
    }

    static func relationsPrefix(_ org: String) -> [UInt8] { [relationTag] + Array(org.utf8) + [0] }

    /// Parts of a report key: (org, kind, dir, other).
    static func parse(_ key: UnsafeRawBufferPointer) -> (String, EventKind, Direction, String)? {
        guard key.count > 12, key[0] == relationTag, let zero = key[1...].firstIndex(of: 0), zero + 3 < key.count - 8,
              let kind = EventKind(rawValue: key[zero + 1]), let dir = Direction(rawValue: key[zero + 2])
        else { return nil }
        let org = String(decoding: key[1..<zero], as: UTF8.self)
        let other = String(decoding: key[(zero + 3)..<(key.count - 9)], as: UTF8.self)
        return (org, kind, dir, other)
    }
}

public struct Node: Equatable, Sendable {
    public var org: String
    public var name: String
    public var type: OrganizationType?
    public var surfaces: [String]

    static let maxSurfaces = 32

    func encoded() -> [UInt8] {
        var w = ByteWriter()
        w.str(name)
        w.u8(type?.rawValue ?? 0)
        w.varint(UInt64(surfaces.count))
        for s in surfaces { w.str(s) }
        return w.bytes
    }

    static func decode(org: String, _ bytes: UnsafeRawBufferPointer) throws -> Node {
        var r = ByteReader(bytes)
        let name = try r.str()
        let type = OrganizationType(rawValue: try r.u8())
        let n = try r.varint()
        var surfaces: [String] = []
        for _ in 0..<min(n, 1000) { surfaces.append(try r.str()) }
        return Node(org: org, name: name, type: type, surfaces: surfaces)
    }

    /// Adds a way of writing the name; false when nothing changed.
    mutating func addSurface(_ s: String) -> Bool {
        guard s != name, !surfaces.contains(s), surfaces.count < Node.maxSurfaces else { return false }
        surfaces.append(s)
        surfaces.sort()
        return true
    }
}

/// The time coordinates of a report, for walks that filter by time but cite nothing.
public struct ReportStamp: Sendable {
    public var position: UInt64
    public var recordedAt: Int64
    public var date: PartialDate
}

/// One article's claim behind an edge.
public struct Report: Equatable, Sendable {
    public var position: UInt64
    public var recordedAt: Int64
    public var eventId: String
    public var date: PartialDate
    public var modality: Modality
    public var document: String
    public var article: Int?
    public var sentence: Int?
    public var evidence: String
    public var fromSurface: String
    public var toSurface: String
    public var amount: Amount?
    public var confidence: Double

    static let maxEvidenceBytes = 400

    func encoded() -> [UInt8] {
        var w = ByteWriter(capacity: 96 + evidence.utf8.count)
        w.u64LE(position)
        w.u64LE(UInt64(bitPattern: recordedAt))
        w.str(eventId)
        w.date(date)
        w.u8(modality.rawValue)
        w.str(document)
        w.optInt(article)
        w.optInt(sentence)
        w.str(evidence)
        w.str(fromSurface)
        w.str(toSurface)
        if let a = amount {
            w.u8(1)
            w.f64(a.value ?? .nan)
            w.str(a.currency ?? "")
            w.str(a.text)
        } else {
            w.u8(0)
        }
        let c = UInt16((min(max(confidence, 0), 1) * 10_000).rounded())
        w.u8(UInt8(c & 0xFF))
        w.u8(UInt8(c >> 8))
        return w.bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> Report {
        var r = ByteReader(bytes)
        let position = try r.u64LE()
        let recordedAt = Int64(bitPattern: try r.u64LE())
        let id = try r.str()
        let date = try r.date()
        let modality = Modality(rawValue: try r.u8()) ?? .done
        let document = try r.str()
        let article = try r.optInt(), sentence = try r.optInt()
        let evidence = try r.str(), from = try r.str(), to = try r.str()
        var amount: Amount? = nil
        if try r.u8() == 1 {
            let v = try r.f64()
            let currency = try r.str(), text = try r.str()
            amount = Amount(value: v.isNaN ? nil : v, currency: currency.isEmpty ? nil : currency, text: text)
        }
        let c = Double(UInt16(try r.u8()) | UInt16(try r.u8()) << 8) / 10_000
        return Report(position: position, recordedAt: recordedAt, eventId: id, date: date, modality: modality,
                      document: document, article: article, sentence: sentence, evidence: evidence,
                      fromSurface: from, toSurface: to, amount: amount, confidence: c)
    }

    /// How many distinct articles the reports come from.
    public static func articleCount(_ reports: [Report]) -> Int {
        Set(reports.map { Source.citation(document: $0.document, article: $0.article) }).count
    }

    /// Position, recordedAt and date only: what a time filter needs, without decoding any text.
    static func stamp(_ bytes: UnsafeRawBufferPointer) throws -> ReportStamp {
        var r = ByteReader(bytes)
        let position = try r.u64LE()
        let recordedAt = Int64(bitPattern: try r.u64LE())
        let idLength = Int(try r.varint())
        r.offset += idLength
        return ReportStamp(position: position, recordedAt: recordedAt, date: try r.date())
    }

    /// Evidence cut to a bounded size at a character boundary.
    static func clip(_ s: String?) -> String {
        guard let s else { return "" }
        guard s.utf8.count > maxEvidenceBytes else { return s }
        var out = ""
        for ch in s {
            if out.utf8.count + ch.utf8.count > maxEvidenceBytes - 3 { break }
            out.append(ch)
        }
        return out + "…"
    }
}
