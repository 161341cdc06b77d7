import Events

/// The org graph's folding since its last commit, kept compact in memory and written at the
/// commit as one segment per organization (format: GraphRecords.swift). Memory is bounded by
/// the commit interval, not by the log: about 40 bytes per edge end and 100 per organization.
struct PendingSegments {
    /// One report seen from one end of its edge.
    struct Entry {
        var owner: Int32      // organization id; a dense index while the commit writes
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
        /// The commit that last touched it: a stale fragment is reset on its next touch.
        var generation: UInt32 = 0
        var first: UInt64 = 0
        var namePosition: UInt64 = .max
        var name: Int32 = -1
        var typePosition: UInt64 = .max
        var type: UInt8 = 0
        /// Hashes of two surfaces already taken: most participants repeat one of them, and
        /// are then done without a lookup.
        var seen0: UInt64 = 0
        var seen1: UInt64 = 0
        var surfaces: [Int32] = []

        mutating func reset(generation: UInt32, first: UInt64) {
            self.generation = generation
            self.first = first
            namePosition = .max
            name = -1
            typePosition = .max
            type = 0
            seen0 = 0
            seen1 = 0
            surfaces.removeAll(keepingCapacity: true)
        }
    }

    /// Organization ids, and the names and surfaces written about them; kept across commits.
    var orgs = ByteInterner(capacity: 1 << 16)
    var texts = ByteInterner(capacity: 1 << 16)
    private(set) var entries: [Entry] = []
    /// Indexed by organization id, so finding an organization's fragment is one memory access
    /// (at a hundred thousand organizations every extra indirection is a cache miss).
    private var fragments: [Fragment] = []
    /// Organization ids touched since the last commit, in first-touch order.
    private(set) var touched: [Int32] = []
    private var generation: UInt32 = 1
    /// Set when events from before the last commit are folded again (corrections): their
    /// segment keys may already exist, and the write must merge instead of replace.
    var refoldsPast = false

    var isEmpty: Bool { touched.isEmpty }
    var approximateBytes: Int { entries.count * MemoryLayout<Entry>.stride + touched.count * 96 }

    /// Makes `org` part of this commit, from the first event naming it; returns `org`.
    mutating func fragment(_ org: Int32, position: UInt64) -> Int32 {
        let o = Int(org)
        if o >= fragments.count { fragments += Array(repeating: Fragment(), count: max(o + 1 - fragments.count, fragments.count, 1024)) }
        if fragments[o].generation != generation {
            // Reset in place: the surfaces array keeps its memory for this commit's surfaces.
            fragments[o].reset(generation: generation, first: position)
            touched.append(org)
        }
        return org
    }

    /// Records what one event's participant says of its organization; returns its fragment.
    mutating func touch(_ org: Int32, position: UInt64, name: UnsafeRawBufferPointer, type: UInt8,
                        surface: UnsafeRawBufferPointer) -> Int32 {
        let f = fragment(org, position: position)
        let i = Int(org)
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
    mutating func segments(_ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Void) rethrows {
        // Many segments go out in key order (organizations by their bytes): LevelDB inserts
        // sorted keys into its memtable several times faster than scattered ones. A few are
        // written as touched, since sorting them would cost more than it saves.
        let sorted = self.touched.count >= ProjectionState.sortedWriteThreshold
        let byBytes = sorted ? self.orgs.idsInByteOrder(among: self.touched) : []
        // Closures capture these, not the whole of `self` (which they would copy, arrays
        // retained and released, at every call).
        let orgs = self.orgs, touched = self.touched, texts = self.texts
        // Group entries by owner (a counting sort: O(n), no comparisons), moving the entries
        // themselves so each group is contiguous for its sort.
        var dense = [Int32](repeating: 0, count: fragments.count)
        for (d, org) in touched.enumerated() { dense[Int(org)] = Int32(d) }
        var starts = [Int](repeating: 0, count: touched.count + 1)
        for e in entries { starts[Int(dense[Int(e.owner)]) + 1] += 1 }
        for i in 0..<touched.count { starts[i + 1] += starts[i] }
        // Within a group: by kind, dir, other end (its id here: readers put edges in byte order,
        // and comparing ids instead of bytes spares a sort of every organization's name).
        var fill = starts
        var grouped = [Entry](unsafeUninitializedCapacity: entries.count) { _, n in n = entries.count }
        for var e in entries {
            e.order = UInt64(e.kind) << 40 | UInt64(e.dir) << 32 | UInt64(UInt32(bitPattern: e.other &+ 1))
            let d = Int(dense[Int(e.owner)])
            grouped[fill[d]] = e
            fill[d] += 1
        }

        var w = ByteWriter(capacity: 4096)
        var key: [UInt8] = []
        let order = sorted ? byBytes.map { Int(dense[Int($0)]) } : Array(touched.indices)
        for d in order {
            let org = touched[d]
            // Fields read in place: a copy of the fragment would retain and release its surfaces.
            let o = Int(org)
            let range = starts[d]..<starts[d + 1]
            if range.count > 1 {
                grouped[range].sort { a, b in a.order != b.order ? a.order < b.order : a.position < b.position }
            }
            w.bytes.removeAll(keepingCapacity: true)
            w.u64LE(fragments[o].namePosition)
            if fragments[o].name >= 0 { texts.withBytes(fragments[o].name) { w.raw($0) } } else { w.varint(0) }
            w.u64LE(fragments[o].typePosition)
            w.u8(fragments[o].type)
            w.varint(UInt64(fragments[o].surfaces.count))
            if fragments[o].surfaces.count == 1 {
                texts.withBytes(fragments[o].surfaces[0]) { w.raw($0) }
            } else {
                for s in fragments[o].surfaces.sorted(by: { texts.precedes($0, $1) }) { texts.withBytes(s) { w.raw($0) } }
            }
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
            orgs.withBytes(org) { GraphKeys.segment($0, first: fragments[o].first, into: &key) }
            try key.withUnsafeBytes { k in try w.bytes.withUnsafeBytes { v in try body(k, v) } }
        }
    }

    /// Forgets the commit's contents; the interned ids stay.
    mutating func clear() {
        generation &+= 1
        if generation == 0 {
            // Wrapped: no stale fragment may look current.
            for i in fragments.indices { fragments[i].generation = 0 }
            generation = 1
        }
        touched.removeAll(keepingCapacity: true)
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
