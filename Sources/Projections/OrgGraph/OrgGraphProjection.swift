import EventLog
import Events

/// Organizations as nodes and their relations as edges, each edge holding every report that
/// supports it. Key layout and record formats: GraphRecords.swift.
public final class OrgGraphProjection: Projection, FactFolding {
    public static let kind = "org-graph"
    public static let supportedVersions = [1]

    private let corrections = Corrections()
    /// Nodes already read or written, so most events touch no node key at all.
    private var nodes: [String: Node] = [:]

    public init() {}

    public func open(_ context: ProjectionContext) throws {
        nodes = [:]
        try corrections.load(context.state)
    }

    public func apply(_ event: Event, _ context: ProjectionContext) throws {
        try corrections.fold(event, context, into: self)
    }

    /// The edges an event contributes to: (kind, from, fromSurface, to, toSurface, direction).
    static func edges(of e: Event) -> [(from: Participant?, to: Participant?, dir: GraphKeys.Direction)] {
        switch e.kind {
        case .partnership:
            let parties = e.participants.filter { $0.role == .party }
            var out: [(Participant?, Participant?, GraphKeys.Direction)] = []
            for i in parties.indices {
                for j in parties.indices where j > i && parties[i].org != parties[j].org {
                    // Byte order, as the keys sort (String's `<` normalizes Unicode first: slower, and different).
                    let (a, b) = parties[i].org.utf8.lexicographicallyPrecedes(parties[j].org.utf8)
                        ? (parties[i], parties[j]) : (parties[j], parties[i])
                    out.append((a, b, .undirected))
                }
            }
            return out
        case .investment, .ban:
            let sources = e.participants.filter { $0.role != .target }
            let targets = e.participants.filter { $0.role == .target }
            var out: [(Participant?, Participant?, GraphKeys.Direction)] = []
            for s in sources.isEmpty ? [nil] : sources.map(Optional.some) {
                for t in targets.isEmpty ? [nil] : targets.map(Optional.some) where s?.org != t?.org || s == nil {
                    out.append((s, t, .outgoing))
                }
            }
            return out
        case .announcement:
            return e.participants.filter { $0.role == .actor }.map { ($0, nil, .outgoing) }
        case .retraction, .alias:
            return []
        }
    }

    /// The keys a report is stored under: one per named end of each of the event's edges.
    static func reportKeys(of e: Event) -> [(key: [UInt8], from: Participant?, to: Participant?)] {
        var out: [([UInt8], Participant?, Participant?)] = []
        for (from, to, dir) in edges(of: e) {
            let a = from?.org ?? "", b = to?.org ?? ""
            if !a.isEmpty { out.append((GraphKeys.report(a, e.kind, dir, b, e.position), from, to)) }
            if !b.isEmpty {
                out.append((GraphKeys.report(b, e.kind, dir == .undirected ? .undirected : .incoming, a, e.position), from, to))
            }
        }
        return out
    }

    func add(_ e: Event, _ context: ProjectionContext) throws {
        let state = context.state
        for p in e.participants { try touchNode(p, state) }
        var encoded: [UInt8] = []
        var lastPair: (String, String)? = nil
        for (key, from, to) in Self.reportKeys(of: e) {
            // Both ends of an edge carry the same report bytes: encode once per edge.
            let pair = (from?.org ?? "", to?.org ?? "")
            if lastPair == nil || lastPair! != pair {
                encoded = Report(
                    position: e.position, recordedAt: e.recordedAt, eventId: e.id, date: e.occurredAt, modality: e.modality,
                    document: e.source.document, article: e.source.article, sentence: e.source.sentence,
                    evidence: Report.clip(e.source.evidence), fromSurface: from?.surface ?? "", toSurface: to?.surface ?? "",
                    amount: e.amount, confidence: e.confidence).encoded()
                lastPair = pair
            }
            state.put(key, encoded)
        }
    }

    func remove(_ e: Event, _ context: ProjectionContext) throws {
        for (key, _, _) in Self.reportKeys(of: e) { context.state.delete(key) }
    }

    func aliasChanged(from name: String, to canonical: String, canonicalName: String, _ context: ProjectionContext) throws {
        let state = context.state
        guard let old = try node(name, state) else { return }
        var target = try node(canonical, state) ?? Node(org: canonical, name: canonicalName, type: old.type, surfaces: [])
        var changed = target.addSurface(old.name)
        for s in old.surfaces { changed = target.addSurface(s) || changed }
        if target.type == nil, old.type != nil {
            target.type = old.type
            changed = true
        }
        if changed || nodes[canonical] == nil { save(target, state) }
        nodes[name] = nil
        state.delete(GraphKeys.node(name))
    }

    private func node(_ org: String, _ state: ProjectionState) throws -> Node? {
        if let n = nodes[org] { return n }
        guard let bytes = try state.get(GraphKeys.node(org)) else { return nil }
        let n = try bytes.withUnsafeBytes { try Node.decode(org: org, $0) }
        nodes[org] = n
        return n
    }

    private func save(_ n: Node, _ state: ProjectionState) {
        nodes[n.org] = n
        state.put(GraphKeys.node(n.org), n.encoded())
    }

    private func touchNode(_ p: Participant, _ state: ProjectionState) throws {
        if var n = try node(p.org, state) {
            var changed = n.addSurface(p.surface)
            if n.type == nil, let t = p.type {
                n.type = t
                changed = true
            }
            if changed { save(n, state) }
        } else {
            var n = Node(org: p.org, name: p.name, type: p.type, surfaces: [])
            _ = n.addSurface(p.surface)
            save(n, state)
        }
    }
}
