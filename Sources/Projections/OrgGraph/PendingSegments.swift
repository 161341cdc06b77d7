import Events

/// The org graph's folding since its last commit, kept compact in memory and written at the
/// commit as one segment per organization (format: GraphRecords.swift). Memory is bounded by
/// the commit interval, not by the log: about 40 bytes per edge end and 100 per organization.
struct PendingSegments {
    /// One report seen from one end of its edge.
    struct Entry {
        var owner: Int32      // index into `fragments`
        var other: Int32      // organization id, -1 for none
        var kind: UInt8
        var dir: UInt8
        var flags: UInt8
        var date: UInt32      // PendingSegments.pack
        var position: UInt64
        var recordedAt: Int64
        var articleKey: UInt64
        /// Filled at the write: kind, dir and the other end, for sorting.
        var order: UInt64 = 0
    }

    /// What a segment will say of its organization's node.
    struct Fragment {
        var org: Int32
        var first: UInt64
        var namePosition: UInt64 = .max
        var name: Int32 = -1
        var typePosition: UInt64 = .max
        var type: UInt8 = 0
        /// Hashes of two surfaces already taken: most participants repeat one of them, and
        /// are then done without a lookup.
        var seen0: UInt64 = 0
        var seen1: UInt64 = 0
        var surfaces: [Int32] = []
    }

    /// Organization ids, and the names and surfaces written about them; kept across commits.
    var orgs = ByteInterner(capacity: 1 << 16)
    var texts = ByteInterner(capacity: 1 << 16)
    private(set) var entries: [Entry] = []
    private(set) var fragments: [Fragment] = []
    /// Organization id → index into `fragments`, -1 when untouched since the last commit.
    private var slots: [Int32] = []
    /// Set when events from before the last commit are folded again (corrections): their
    /// segment keys may already exist, and the write must merge instead of replace.
    var refoldsPast = false

    var isEmpty: Bool { fragments.isEmpty }
    var approximateBytes: Int { entries.count * MemoryLayout<Entry>.stride + fragments.count * 96 }

    /// The fragment of `org` in this commit, created at the first event naming it.
    mutating func fragment(_ org: Int32, position: UInt64) -> Int32 {
        let o = Int(org)
        if o >= slots.count { slots += Array(repeating: -1, count: max(o + 1 - slots.count, slots.count)) }
        if slots[o] >= 0 { return slots[o] }
        let index = Int32(fragments.count)
        fragments.append(Fragment(org: org, first: position))
        slots[o] = index
        return index
    }

    /// Records what one event's participant says of its organization; returns its fragment.
    mutating func touch(_ org: Int32, position: UInt64, name: UnsafeRawBufferPointer, type: UInt8,
                        surface: UnsafeRawBufferPointer) -> Int32 {
        let f = fragment(org, position: position)
        let i = Int(f)
        if fragments[i].name < 0 || position < fragments[i].namePosition {
            fragments[i].name = texts.id(name)
            fragments[i].namePosition = position
        }
        if type != 0, fragments[i].type == 0 || position < fragments[i].typePosition {
            fragments[i].type = type
            fragments[i].typePosition = position
        }
        let h = ByteInterner.hash(surface) | 1
        if h == fragments[i].seen0 || h == fragments[i].seen1 { return f }
        let id = texts.id(surface, hash: h)
        if fragments[i].seen0 == 0 { fragments[i].seen0 = h } else if fragments[i].seen1 == 0 { fragments[i].seen1 = h }
        guard !fragments[i].surfaces.contains(id) else { return f }
        if fragments[i].surfaces.count < Node.maxSurfaces {
            fragments[i].surfaces.append(id)
        } else if let largest = fragments[i].surfaces.indices.max(by: { texts.precedes(fragments[i].surfaces[$0], fragments[i].surfaces[$1]) }),
                  texts.precedes(id, fragments[i].surfaces[largest]) {
            // Keep the smallest by bytes, as the merge of segments does: the same surfaces
            // whatever the commit boundaries were.
            fragments[i].surfaces[largest] = id
        }
        return f
    }

    mutating func append(_ entry: Entry) { entries.append(entry) }

    static func pack(_ d: PartialDate) -> UInt32 {
        UInt32(d.precision.rawValue) << 30 | UInt32(UInt16(truncatingIfNeeded: d.year)) << 10 | UInt32(d.month) << 5 | UInt32(d.day)
    }

    /// Each touched organization's segment: (key, value), valid during the call.
    func segments(_ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Void) rethrows {
        // Group entries by owner (a counting sort: O(n), no comparisons), moving the entries
        // themselves so each group is contiguous for its sort.
        var starts = [Int](repeating: 0, count: fragments.count + 1)
        for e in entries { starts[Int(e.owner) + 1] += 1 }
        for i in 0..<fragments.count { starts[i + 1] += starts[i] }
        // Within a group: by kind, dir, other end (its id here: readers put edges in byte order,
        // and comparing ids instead of bytes spares a sort of every organization's name).
        var fill = starts
        var grouped = entries
        for var e in entries {
            e.order = UInt64(e.kind) << 40 | UInt64(e.dir) << 32 | UInt64(UInt32(bitPattern: e.other &+ 1))
            grouped[fill[Int(e.owner)]] = e
            fill[Int(e.owner)] += 1
        }

        var w = ByteWriter(capacity: 4096)
        var key: [UInt8] = []
        for f in fragments.indices {
            let fragment = fragments[f]
            let range = starts[f]..<starts[f + 1]
            if range.count > 1 {
                grouped[range].sort { a, b in a.order != b.order ? a.order < b.order : a.position < b.position }
            }
            w.bytes.removeAll(keepingCapacity: true)
            w.u64LE(fragment.namePosition)
            if fragment.name >= 0 { texts.withBytes(fragment.name) { w.raw($0) } } else { w.varint(0) }
            w.u64LE(fragment.typePosition)
            w.u8(fragment.type)
            let surfaces = fragment.surfaces.sorted { texts.precedes($0, $1) }
            w.varint(UInt64(surfaces.count))
            for s in surfaces { texts.withBytes(s) { w.raw($0) } }
            // Edges: runs of equal (kind, dir, other).
            var edgeCount = 0
            var i = range.lowerBound
            while i < range.upperBound {
                var j = i + 1
                let head = grouped[i]
                while j < range.upperBound {
                    let e = grouped[j]
                    guard e.kind == head.kind, e.dir == head.dir, e.other == head.other else { break }
                    j += 1
                }
                edgeCount += 1
                i = j
            }
            w.varint(UInt64(edgeCount))
            i = range.lowerBound
            while i < range.upperBound {
                let head = grouped[i]
                var j = i + 1
                while j < range.upperBound {
                    let e = grouped[j]
                    guard e.kind == head.kind, e.dir == head.dir, e.other == head.other else { break }
                    j += 1
                }
                w.u8(head.kind)
                w.u8(head.dir)
                if head.other >= 0 { orgs.withBytes(head.other) { w.raw($0) } } else { w.varint(0) }
                w.varint(UInt64(j - i))
                // ReportRefs in place: the commit's innermost loop, so stores, not appends.
                var o = w.bytes.count
                w.bytes.append(contentsOf: repeatElement(0, count: (j - i) * ReportRef.encodedSize))
                w.bytes.withUnsafeMutableBytes { out in
                    for k in i..<j {
                        let e = grouped[k]
                        out.storeBytes(of: e.position.littleEndian, toByteOffset: o, as: UInt64.self)
                        out.storeBytes(of: UInt64(bitPattern: e.recordedAt).littleEndian, toByteOffset: o + 8, as: UInt64.self)
                        out[o + 16] = UInt8(e.date >> 30)
                        out[o + 17] = UInt8(truncatingIfNeeded: e.date >> 10)
                        out[o + 18] = UInt8(truncatingIfNeeded: e.date >> 18)
                        out[o + 19] = UInt8((e.date >> 5) & 0x1F)
                        out[o + 20] = UInt8(e.date & 0x1F)
                        out[o + 21] = e.flags
                        out.storeBytes(of: e.articleKey.littleEndian, toByteOffset: o + 22, as: UInt64.self)
                        o += ReportRef.encodedSize
                    }
                }
                i = j
            }
            key.removeAll(keepingCapacity: true)
            key.append(GraphKeys.segmentTag)
            orgs.withBytes(fragment.org) { key.append(contentsOf: $0) }
            key.append(0)
            withUnsafeBytes(of: fragment.first.bigEndian) { key.append(contentsOf: $0) }
            try key.withUnsafeBytes { k in try w.bytes.withUnsafeBytes { v in try body(k, v) } }
        }
    }

    /// Forgets the commit's contents; the interned ids stay.
    mutating func clear() {
        for f in fragments { slots[Int(f.org)] = -1 }
        fragments.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        refoldsPast = false
    }
}

extension ByteWriter {
    /// A `str` field from bytes already in UTF-8.
    mutating func raw(_ s: UnsafeRawBufferPointer) {
        varint(UInt64(s.count))
        bytes.append(contentsOf: s)
    }
}
