import Events

// Organization graph state (projection kind `org-graph`, rules version 1).
//
//   'n' org                                  → Node
//   'e' kind:u8 from 0x00 to                 → Edge: the concatenated Reports that support it
//   'j' org 0x00 kind:u8 dir:u8 other        → (empty)  adjacency, one per edge end
//        dir 0 = undirected (partnership), 1 = org is the source, 2 = org is the target
//   'A', 'R'                                 → corrections (Corrections.swift)
//
// Edge ends: a partnership's two parties in byte order of their ids; an investment's investor
// and target; a ban's imposer and target; an announcement's actor and "" (no second end). A
// missing side (an investment whose investor is not named) is "".
//
// Node:    str name, u8 type (0 unknown), varint n, n × str surface (sorted, at most 32)
// Report:  varint length, then
//            u64 position, i64 recordedAt, str eventId, date(5) occurredAt, u8 modality,
//            str document, opt+1 article, opt+1 sentence, str evidence (≤ 400 bytes),
//            str fromSurface, str toSurface, u8 hasAmount [f64 value (NaN = none), str currency, str text],
//            u16 confidence × 10000
// Reports of an edge are in log order; appending one is a byte append, no decode.

public enum GraphKeys {
    static let nodeTag = UInt8(ascii: "n")
    static let edgeTag = UInt8(ascii: "e")
    static let adjacencyTag = UInt8(ascii: "j")

    public enum Direction: UInt8, Sendable {
        case undirected = 0, outgoing = 1, incoming = 2
    }

    static func node(_ org: String) -> [UInt8] { [nodeTag] + Array(org.utf8) }
    static func edge(_ kind: EventKind, _ from: String, _ to: String) -> [UInt8] {
        [edgeTag, kind.rawValue] + Array(from.utf8) + [0] + Array(to.utf8)
    }
    static func adjacency(_ org: String, _ kind: EventKind, _ dir: Direction, _ other: String) -> [UInt8] {
        [adjacencyTag] + Array(org.utf8) + [0, kind.rawValue, dir.rawValue] + Array(other.utf8)
    }
    static func adjacencyPrefix(_ org: String) -> [UInt8] { [adjacencyTag] + Array(org.utf8) + [0] }
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
        var framed = ByteWriter(capacity: w.bytes.count + 3)
        framed.varint(UInt64(w.bytes.count))
        framed.bytes += w.bytes
        return framed.bytes
    }

    static func decode(_ r: inout ByteReader) throws -> Report {
        let length = Int(try r.varint())
        let end = r.offset + length
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
        r.offset = end
        return Report(position: position, recordedAt: recordedAt, eventId: id, date: date, modality: modality,
                      document: document, article: article, sentence: sentence, evidence: evidence,
                      fromSurface: from, toSurface: to, amount: amount, confidence: c)
    }

    static func decodeAll(_ bytes: UnsafeRawBufferPointer) throws -> [Report] {
        var r = ByteReader(bytes)
        var out: [Report] = []
        while !r.isAtEnd { out.append(try decode(&r)) }
        return out
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
