import Events

// Organization graph state (projection kind `org-graph`, rules version 4).
//
//   'g' org 0x00 first:u64BE   → Segment: what one commit learned about `org`
//   'A', 'R', 'W', 'w'         → corrections (Corrections.swift); a withdrawn report stays in its
//                                segments, and readers hide it by its withdrawals ('W')
//
// A commit writes one segment per organization it touched, keyed by the log position of the
// first event in that commit naming the organization. It never reads or rewrites older segments:
// folding is blind writes, so a replay of a million events is about one put per organization
// and a catch-up of n events at most 3n puts. A reader merges an organization's segments, which
// sit together in key order: one range scan. A replay writes one segment per organization per
// chunk; catch-ups add small ones, which a later replay (and promote) folds back into one.
// Corrections (retractions, aliases) are rare and rewrite the segments they touch.
//
// Segment:      NodeFragment, varint e, e × Edge
// NodeFragment: u64 namePosition, str name, u64 typePosition, u8 type (0 unknown),
//               varint s, s × str surface (sorted, at most 32)
//     namePosition/typePosition: the log position of the event that gave the name/type.
//     Merged, the lowest wins: an organization is called what the first event naming it called
//     it. UInt64.max marks a name an alias declaration gave, used when no event names it.
// Edge:         u8 kind, u8 dir, str other, varint n, n × ReportRef
//     sorted by kind, dir and the writer's own order of other ends (readers sort by bytes);
//     other is "" for an announcement or an unnamed side.
//     dir: 0 = undirected (partnership), 1 = org is the source (investor, imposer, actor),
//     2 = org is the target.
// ReportRef:    u64 position, i64 recordedAt, date(5), u8 flags (bit0 planned, bit1 has an amount),
//               u64 article key   — 30 bytes, sorted by position
//     article key: the first 8 bytes (LE) of the article text's SHA-256 when the event carries
//     it, so the same text ingested from several files is one source; else FNV-1a 64 of the
//     article's document bytes, 0x00, article number (u64 LE). Sources are counted without
//     storing names. Everything else a report says (evidence,
//     document, amount, surfaces) is read from the log at its position when an answer cites it.
//
// Every report is stored under each named end of its edge, so all of an organization's
// relations are one range scan. Integers little-endian unless marked BE.

public enum GraphKeys {
    static let segmentTag = UInt8(ascii: "g")

    public enum Direction: UInt8, Sendable {
        case undirected = 0, outgoing = 1, incoming = 2
    }

    static func segmentsPrefix(_ org: String) -> [UInt8] { [segmentTag] + Array(org.utf8) + [0] }

    /// Writes a segment's key into `key` (reused by a commit writing thousands of them).
    static func segment(_ org: UnsafeRawBufferPointer, first position: UInt64, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        key.append(segmentTag)
        key.append(contentsOf: org)
        key.append(0)
        withUnsafeBytes(of: position.bigEndian) { key.append(contentsOf: $0) }
    }

    static func segment(_ org: String, first position: UInt64) -> [UInt8] {
        var key: [UInt8] = []
        var org = org
        org.withUTF8 { segment(UnsafeRawBufferPointer($0), first: position, into: &key) }
        return key
    }

    /// The organization of a segment key.
    static func org(ofSegment key: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard key.count >= 10, key[0] == segmentTag, key[key.count - 9] == 0 else { return nil }
        return UnsafeRawBufferPointer(rebasing: key[1..<(key.count - 9)])
    }
}

/// The time coordinates and source of one report, as the graph stores it. Walks and counts need
/// nothing more; an answer that cites a report reads the rest from the log (`OrgGraphReader.report`).
public struct ReportRef: Equatable, Sendable {
    public var position: UInt64
    public var recordedAt: Int64
    public var date: PartialDate
    public var planned: Bool
    public var hasAmount: Bool
    /// Equal for reports from the same article text (`sourceKey(articleHash:document:article:)`).
    public var articleKey: UInt64

    static let encodedSize = 30

    public init(position: UInt64, recordedAt: Int64, date: PartialDate, planned: Bool, hasAmount: Bool, articleKey: UInt64) {
        self.position = position
        self.recordedAt = recordedAt
        self.date = date
        self.planned = planned
        self.hasAmount = hasAmount
        self.articleKey = articleKey
    }

    public var modality: Modality { planned ? .planned : .done }

    func encode(into w: inout ByteWriter) {
        w.u64LE(position)
        w.u64LE(UInt64(bitPattern: recordedAt))
        w.date(date)
        w.u8((planned ? 1 : 0) | (hasAmount ? 2 : 0))
        w.u64LE(articleKey)
    }

    static func decode(_ r: inout ByteReader) throws(RecordCodecError) -> ReportRef {
        let position = try r.u64LE()
        let recordedAt = Int64(bitPattern: try r.u64LE())
        let date = try r.date()
        let flags = try r.u8()
        return ReportRef(position: position, recordedAt: recordedAt, date: date, planned: flags & 1 != 0,
                         hasAmount: flags & 2 != 0, articleKey: try r.u64LE())
    }

    /// FNV-1a 64 over the document's bytes, a 0 byte and the article number.
    public static func articleKey(document: UnsafeRawBufferPointer, article: Int?) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in document {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        h ^= 0
        h &*= 0x100_0000_01b3
        var n = UInt64(bitPattern: Int64(article ?? -1))
        for _ in 0..<8 {
            h ^= n & 0xFF
            h &*= 0x100_0000_01b3
            n >>= 8
        }
        return h
    }

    public static func articleKey(document: String, article: Int?) -> UInt64 {
        var d = document
        return d.withUTF8 { articleKey(document: UnsafeRawBufferPointer($0), article: article) }
    }

    /// The key that tells sources apart: the article text's hash (its first 8 bytes, little-endian)
    /// when known, so one wire copy saved in several files is one source; else the document and
    /// article number (`articleKey(document:article:)`).
    public static func sourceKey(articleHash: [UInt8]?, document: String, article: Int?) -> UInt64 {
        if let h = articleHash, h.count >= 8 { return sourceKey(hashPrefix: h) }
        return articleKey(document: document, article: article)
    }

    /// The first 8 bytes of a hash as the little-endian integer `RecordFacts.articleHashPrefix` reads.
    static func sourceKey(hashPrefix h: [UInt8]) -> UInt64 {
        var v: UInt64 = 0
        for i in (0..<8).reversed() { v = v << 8 | UInt64(h[i]) }
        return v
    }

    /// How many distinct articles the reports come from.
    public static func articleCount(_ refs: [ReportRef]) -> Int { Set(refs.map(\.articleKey)).count }
}

/// An organization as the graph knows it: its name, type and the ways articles wrote it.
public struct Node: Equatable, Sendable {
    public var org: String
    public var name: String
    public var type: OrganizationType?
    public var surfaces: [String]

    static let maxSurfaces = 32
}

/// One segment's part of a node (see the format above).
struct NodeFragment: Equatable {
    var namePosition: UInt64 = .max
    var name = ""
    var typePosition: UInt64 = .max
    var type: UInt8 = 0
    var surfaces: [String] = []

    /// The lowest position wins (ties: the smaller bytes), so the merge is the same in any order.
    mutating func merge(_ o: NodeFragment) {
        if NodeFragment.prefers(o.name, at: o.namePosition, over: name.isEmpty ? nil : (namePosition, name)) {
            namePosition = o.namePosition
            name = o.name
        }
        if o.type != 0, type == 0 || (o.typePosition, o.type) < (typePosition, type) {
            typePosition = o.typePosition
            type = o.type
        }
        // Compared as bytes: String's == and < normalize Unicode first, slowly for Hangul.
        var grew = false
        for s in o.surfaces where !surfaces.contains(where: { $0.utf8.elementsEqual(s.utf8) }) {
            surfaces.append(s)
            grew = true
        }
        if grew {
            surfaces.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            if surfaces.count > Node.maxSurfaces { surfaces.removeLast(surfaces.count - Node.maxSurfaces) }
        }
    }

    /// The naming rule: a name from a lower position wins; at the same position, the smaller bytes.
    static func prefers(_ name: String, at position: UInt64, over current: (position: UInt64, name: String)?) -> Bool {
        guard !name.isEmpty else { return false }
        guard let current else { return true }
        return position < current.position
            || (position == current.position && name.utf8.lexicographicallyPrecedes(current.name.utf8))
    }

    func node(org: String) -> Node {
        Node(org: org, name: name.isEmpty ? org : name, type: OrganizationType(rawValue: type),
             surfaces: surfaces.filter { $0 != name && !$0.isEmpty })
    }

    func encode(into w: inout ByteWriter) {
        w.u64LE(namePosition)
        w.str(name)
        w.u64LE(typePosition)
        w.u8(type)
        w.varint(UInt64(surfaces.count))
        for s in surfaces { w.str(s) }
    }

    static func decode(_ r: inout ByteReader) throws(RecordCodecError) -> NodeFragment {
        var f = NodeFragment()
        f.namePosition = try r.u64LE()
        f.name = try r.str()
        f.typePosition = try r.u64LE()
        f.type = try r.u8()
        let n = try r.varint()
        guard n <= UInt64(Node.maxSurfaces) else { throw .malformed("segment surfaces") }
        for _ in 0..<n { f.surfaces.append(try r.str()) }
        return f
    }
}

/// One relation of an organization, with the reports behind it in log order.
public struct Relation: Sendable {
    public var kind: EventKind
    public var direction: GraphKeys.Direction
    /// The organization at the other end ("" for an announcement, or an unnamed side).
    public var other: String
    public var reports: [ReportRef]
}

/// A decoded segment, for the merges of readers and the rewrites of corrections.
struct Segment {
    var node = NodeFragment()
    var edges: [Relation] = []

    func encoded() -> [UInt8] {
        var w = ByteWriter(capacity: 64 + edges.reduce(0) { $0 + 16 + $1.other.utf8.count + $1.reports.count * ReportRef.encodedSize })
        node.encode(into: &w)
        w.varint(UInt64(edges.count))
        for e in edges {
            w.u8(e.kind.rawValue)
            w.u8(e.direction.rawValue)
            w.str(e.other)
            w.varint(UInt64(e.reports.count))
            for r in e.reports { r.encode(into: &w) }
        }
        return w.bytes
    }

    /// `kinds` empty = every kind; edges of other kinds are skipped without decoding their reports.
    static func decode(_ bytes: UnsafeRawBufferPointer, kinds: Set<EventKind> = [], nodeOnly: Bool = false) throws(RecordCodecError) -> Segment {
        var r = ByteReader(bytes)
        var s = Segment(node: try NodeFragment.decode(&r))
        if nodeOnly { return s }
        let n = try r.varint()
        for _ in 0..<n {
            guard let kind = EventKind(rawValue: try r.u8()), let dir = GraphKeys.Direction(rawValue: try r.u8()) else {
                throw .malformed("segment edge")
            }
            let other = try r.str()
            let count = try r.varint()
            guard count <= UInt64(r.buf.count - r.offset) / UInt64(ReportRef.encodedSize) else { throw .truncated }
            if !kinds.isEmpty && !kinds.contains(kind) {
                r.offset += Int(count) * ReportRef.encodedSize
                continue
            }
            var refs: [ReportRef] = []
            refs.reserveCapacity(Int(count))
            for _ in 0..<count { refs.append(try ReportRef.decode(&r)) }
            s.edges.append(Relation(kind: kind, direction: dir, other: other, reports: refs))
        }
        return s
    }

    /// Merges another segment of the same organization: node parts by their rule, edges by
    /// (kind, direction, other), reports by position.
    mutating func merge(_ o: Segment) {
        node.merge(o.node)
        edges = Segment.mergeEdges(edges + o.edges)
    }

    /// `base` merged with each of `segments` in turn, as `merge` would leave it, but with one sort
    /// of all the edges instead of one per segment (an organization of a long log has a segment per
    /// commit). Merging X then Y sorts mergeEdges(mergeEdges(X) + Y), which equals
    /// mergeEdges(X + Y): both sorts are stable, so equal keys and equal positions keep the order
    /// they were read in.
    static func merging(_ segments: [Segment], into base: Segment) -> Segment {
        guard !segments.isEmpty else { return base }
        var out = base
        var edges = base.edges
        for s in segments {
            out.node.merge(s.node)
            edges += s.edges
        }
        out.edges = mergeEdges(edges)
        return out
    }

    static func mergeEdges(_ edges: [Relation]) -> [Relation] {
        var out: [Relation] = []
        for i in edgeOrderIndices(edges) {
            let e = edges[i]
            if let last = out.last, last.kind == e.kind, last.direction == e.direction, last.other == e.other {
                out[out.count - 1].reports += e.reports
            } else {
                out.append(e)
            }
        }
        for i in out.indices where out[i].reports.count > 1 {
            out[i].reports.sort { $0.position < $1.position }
        }
        return out
    }

    /// The indices of `edges` in `edgeOrder`, ties in their own order: what a stable sort by
    /// `edgeOrder` gives. Sorting the relations themselves moves their strings and report arrays,
    /// with reference counting at every move; this sorts integers by keys held in one byte arena.
    static func edgeOrderIndices(_ edges: [Relation]) -> [Int] {
        var arena: [UInt8] = []
        var keys: [(kindAndDirection: UInt16, start: Int, count: Int)] = []
        keys.reserveCapacity(edges.count)
        for e in edges {
            let start = arena.count
            arena.append(contentsOf: e.other.utf8)
            keys.append((UInt16(e.kind.rawValue) << 8 | UInt16(e.direction.rawValue), start, arena.count - start))
        }
        var order = Array(edges.indices)
        arena.withUnsafeBytes { bytes in
            order.sort { i, j in
                let a = keys[i], b = keys[j]
                if a.kindAndDirection != b.kindAndDirection { return a.kindAndDirection < b.kindAndDirection }
                let n = min(a.count, b.count)
                let c = n == 0 ? 0 : memcmp(bytes.baseAddress! + a.start, bytes.baseAddress! + b.start, n)
                if c != 0 { return c < 0 }
                if a.count != b.count { return a.count < b.count }
                return i < j
            }
        }
        return order
    }

    /// `edges` sorted by `edgeOrder`, stably.
    static func inEdgeOrder(_ edges: [Relation]) -> [Relation] { edgeOrderIndices(edges).map { edges[$0] } }

    static func edgeOrder(_ a: Relation, _ b: Relation) -> Bool {
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        if a.direction != b.direction { return a.direction.rawValue < b.direction.rawValue }
        return a.other.utf8.lexicographicallyPrecedes(b.other.utf8)
    }
}

/// One article's claim behind an edge, read back from the log for citing.
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

    /// Evidence cut to a bounded size at a Unicode scalar boundary, by bytes: walking Characters
    /// (grapheme breaking) cost more than the rest of an answer.
    static func clip(_ s: String?) -> String {
        guard var s else { return "" }
        guard s.utf8.count > maxEvidenceBytes else { return s }
        return s.withUTF8 { u in
            var end = maxEvidenceBytes - 3
            while end > 0, u[end] & 0xC0 == 0x80 { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: u[..<end]), as: UTF8.self) + "…"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
