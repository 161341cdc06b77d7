import Crypto
import EventLog
import Events

/// Organizations as nodes and their relations as edges, each edge holding every report that
/// supports it. Key layout and record formats: GraphRecords.swift.
///
/// Relation events are folded straight from record bytes into `PendingSegments` (no Event, no
/// String per event) and written at each commit, one segment per organization. Corrections
/// take the general path: they decode events, and rewrite the segments they touch.
public final class OrgGraphProjection: Projection, RecordFolding, FactFolding {
    public static let kind = "org-graph"
    /// 3: withdrawn reports stay, with the positions of their withdrawals (Corrections.swift).
    /// 4: a report's source is its article text (hash), not its file.
    public static let supportedVersions = [4]

    private let corrections = Corrections()
    private var pending = PendingSegments()
    private var facts = RecordFacts()
    private var participants: [Folded] = []
    /// Organization id → the id it resolves to under the alias table (-2: not looked up yet),
    /// and the canonical name for those that resolve elsewhere.
    private var canonical: [Int32] = []
    private var canonicalName: [Int32: [UInt8]] = [:]
    private var aliasGeneration = -1

    /// A participant, resolved and interned: all the edges need.
    struct Folded {
        var role: Role
        var org: Int32
    }

    public init() {}

    public func open(_ context: ProjectionContext) throws {
        pending.clear()
        try corrections.load(context.state)
    }

    public var pendingBytes: Int { pending.approximateBytes }

    // MARK: Folding

    public func apply(record: UnsafeRawBufferPointer, _ context: ProjectionContext) throws -> Bool {
        try RecordCodec.readFacts(record, into: &facts)
        guard let kind = facts.kind, !kind.isCorrection else { return false }
        // An event withdrawn before it arrived takes the general path, which files its withdrawals.
        if corrections.anyPendingWithdrawals, corrections.hasPendingWithdrawals(String(decoding: facts.id, as: UTF8.self)) { return false }
        if kind == .article { return true }  // an article record names no organization
        participants.removeAll(keepingCapacity: true)
        for p in facts.participants {
            take(p.role, org: pending.orgs.id(p.org), name: p.name, type: p.typeRaw, surface: p.surface, position: facts.position)
        }
        fold(kind, position: facts.position, recordedAt: facts.recordedAt, date: facts.occurredAt, planned: facts.planned,
             hasAmount: facts.hasAmount,
             articleKey: facts.articleHashPrefix ?? ReportRef.articleKey(document: facts.document, article: facts.article))
        return true
    }

    /// Resolves a participant's organization through the alias table, records what it says of
    /// the node, and keeps it for the edges (once per role and organization).
    private func take(_ role: Role, org raw: Int32, name: UnsafeRawBufferPointer, type: UInt8,
                      surface: UnsafeRawBufferPointer, position: UInt64) {
        var org = raw
        if !corrections.aliases.isEmpty {
            org = resolve(raw)
            if participants.contains(where: { $0.role == role && $0.org == org }) { return }
            if let renamed = canonicalName[raw] {
                participants.append(Folded(role: role, org: org))
                _ = renamed.withUnsafeBytes { pending.touch(org, position: position, name: $0, type: type, surface: surface) }
                return
            }
        }
        participants.append(Folded(role: role, org: org))
        _ = pending.touch(org, position: position, name: name, type: type, surface: surface)
    }

    public func apply(_ event: Event, _ context: ProjectionContext) throws {
        if event.kind.isCorrection {
            // A correction reads and rewrites committed segments: write what is pending first.
            try writePending(context.state)
            try corrections.fold(event, context, into: self)
            try writePending(context.state)
        } else {
            try corrections.fold(event, context, into: self)
        }
    }

    public func willCommit(_ context: ProjectionContext) throws { try writePending(context.state, staged: true) }

    func add(_ e: Event, _ context: ProjectionContext) throws {
        // Corrections.fold has resolved aliases already; resolving again is a no-op.
        participants.removeAll(keepingCapacity: true)
        for p in e.participants {
            var name = p.name, surface = p.surface
            let id = pending.orgs.id(p.org)
            name.withUTF8 { n in
                surface.withUTF8 { s in
                    take(p.role, org: id, name: UnsafeRawBufferPointer(n), type: p.type?.rawValue ?? 0,
                         surface: UnsafeRawBufferPointer(s), position: e.position)
                }
            }
        }
        if e.position < context.position { pending.refoldsPast = true }
        fold(e.kind, position: e.position, recordedAt: e.recordedAt, date: e.occurredAt, planned: e.modality == .planned,
             hasAmount: e.amount != nil,
             articleKey: ReportRef.sourceKey(articleHash: e.source.articleHash, document: e.source.document, article: e.source.article))
    }

    private func fold(_ kind: EventKind, position: UInt64, recordedAt: Int64, date: PartialDate, planned: Bool,
                      hasAmount: Bool, articleKey: UInt64) {
        var entry = PendingSegments.Entry(owner: 0, other: -1, kind: kind.rawValue, dir: 0,
                                          flags: (planned ? 1 : 0) | (hasAmount ? 2 : 0), date: PendingSegments.pack(date),
                                          position: position, recordedAt: recordedAt, articleKey: articleKey)
        // One entry per named end of the edge from → to.
        func link(_ from: Int32, _ to: Int32, _ dir: GraphKeys.Direction) {
            if from >= 0 {
                entry.owner = pending.fragment(from, position: position)
                entry.other = to
                entry.dir = dir.rawValue
                pending.append(entry)
            }
            if to >= 0 {
                entry.owner = pending.fragment(to, position: position)
                entry.other = from
                entry.dir = dir == .undirected ? dir.rawValue : GraphKeys.Direction.incoming.rawValue
                pending.append(entry)
            }
        }
        // The edges an event makes: partnership parties pairwise (undirected); investors and
        // imposers → targets; an announcement's actors, alone.
        switch kind {
        case .partnership:
            for i in participants.indices where participants[i].role == .party {
                for j in participants.indices where j > i && participants[j].role == .party && participants[i].org != participants[j].org {
                    link(participants[i].org, participants[j].org, .undirected)
                }
            }
        case .investment, .ban:
            let hasSource = participants.contains { $0.role != .target }, hasTarget = participants.contains { $0.role == .target }
            for s in participants where s.role != .target || !hasSource {
                let from = hasSource ? s.org : -1
                for t in participants where t.role == .target || !hasTarget {
                    let to = hasTarget ? t.org : -1
                    if from != to || from < 0 { link(from, to, .outgoing) }
                    if !hasTarget { break }
                }
                if !hasSource { break }
            }
        case .announcement:
            for p in participants where p.role == .actor { link(p.org, -1, .outgoing) }
        case .retraction, .alias, .article:
            break
        }
    }

    /// The organization `org` denotes under the alias table.
    private func resolve(_ org: Int32) -> Int32 {
        if aliasGeneration != corrections.aliasGeneration {
            canonical = []
            canonicalName = [:]
            aliasGeneration = corrections.aliasGeneration
        }
        let o = Int(org)
        if o >= canonical.count { canonical += Array(repeating: -2, count: o + 1 - canonical.count) }
        if canonical[o] == -2 {
            if let a = corrections.aliases[pending.orgs.string(org)] {
                canonical[o] = pending.orgs.id(a.org)
                canonicalName[org] = Array(a.name.utf8)
            } else {
                canonical[o] = org
            }
        }
        return canonical[o]
    }

    /// Writes the pending segments: into the commit's batch when nothing reads them before it
    /// (`staged`), else as pending writes that corrections can read back.
    private func writePending(_ state: ProjectionState, staged: Bool = false) throws {
        guard !pending.isEmpty else { return }
        let mayOverlap = pending.refoldsPast
        try pending.segments { key, value in
            if mayOverlap, let existing = try state.get(Array(key)) {
                var merged = try existing.withUnsafeBytes { try Segment.decode($0) }
                merged.merge(try Segment.decode(value))
                state.put(Array(key), merged.encoded())
            } else if staged {
                state.stage(key, value)
            } else {
                state.put(Array(key), Array(value))
            }
        }
        pending.clear()
    }

    // MARK: Corrections

    func remove(_ e: Event, _ context: ProjectionContext) throws {
        try writePending(context.state)
        for org in Set(e.participants.map(\.org)) {
            for (key, value) in try context.state.scan(prefix: GraphKeys.segmentsPrefix(org)) {
                var segment = try value.withUnsafeBytes { try Segment.decode($0) }
                var changed = false
                for i in segment.edges.indices {
                    let before = segment.edges[i].reports.count
                    segment.edges[i].reports.removeAll { $0.position == e.position }
                    changed = changed || segment.edges[i].reports.count != before
                }
                guard changed else { continue }
                segment.edges.removeAll { $0.reports.isEmpty }
                context.state.put(key, segment.encoded())
            }
        }
    }

    func aliasChanged(from name: String, to canonical: String, canonicalName: String, _ context: ProjectionContext) throws {
        let state = context.state
        try writePending(state)
        let old = try state.scan(prefix: GraphKeys.segmentsPrefix(name))
        guard !old.isEmpty else { return }
        var node = NodeFragment()
        for (key, value) in old {
            node.merge(try value.withUnsafeBytes { try Segment.decode($0, nodeOnly: true) }.node)
            state.delete(key)
        }
        // The canonical node learns the old one's names; its own name and type, if any, win.
        var moved = Segment()
        moved.node = NodeFragment(name: canonicalName, type: node.type, surfaces: [])
        moved.node.merge(NodeFragment(namePosition: .max, name: "", surfaces: Array(Set([node.name] + node.surfaces)).filter { !$0.isEmpty }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.prefix(Node.maxSurfaces).map { $0 }))
        let key = GraphKeys.segment(canonical, first: context.position)
        if let existing = try state.get(key) {
            var merged = try existing.withUnsafeBytes { try Segment.decode($0) }
            merged.merge(moved)
            moved = merged
        }
        state.put(key, moved.encoded())
    }

    // MARK: Digest

    /// SHA-256 over the logical graph: each organization's segments merged, so a graph built by
    /// one replay and one built by a thousand catch-ups have the same digest when they say the
    /// same thing. Corrections' keys are hashed as stored.
    public static func digest(_ state: ProjectionState) throws -> String {
        var h = SHA256()
        func feed(_ key: [UInt8], _ value: [UInt8]) {
            var lengths = ByteWriter()
            lengths.varint(UInt64(key.count))
            lengths.varint(UInt64(value.count))
            h.update(data: lengths.bytes)
            h.update(data: key)
            h.update(data: value)
        }
        var org: [UInt8]? = nil
        var segments: [Segment] = []
        func flush() {
            if let o = org { feed([GraphKeys.segmentTag] + o, Segment.merging(segments, into: Segment()).encoded()) }
            org = nil
            segments.removeAll(keepingCapacity: true)
        }
        try state.forEach(prefix: []) { key, value in
            if key.first == UInt8(ascii: "!") { return true }
            if let o = GraphKeys.org(ofSegment: key) {
                let segment = try Segment.decode(value)
                if let current = org, current.elementsEqual(o) {
                    segments.append(segment)
                } else {
                    flush()
                    org = Array(o)
                    segments = [segment]
                }
            } else {
                flush()
                feed(Array(key), Array(value))
            }
            return true
        }
        flush()
        return hex(h.finalize())
    }
}
