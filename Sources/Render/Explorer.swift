import Events
import Foundation
import Projections
import Query

/// The graph `kgraph view` draws: organizations, one relation per kind and pair of organizations
/// (the two parties of a partnership; investors and imposers to their targets), and the
/// occurrences behind each relation. A partnership of three or more parties (a consortium, an
/// alliance) is drawn as a hub: a node of its own that every party links to, instead of a clique
/// of every pair. Announcements link nobody: they are listed with their actor, not drawn as
/// relations. Ids are ASCII and stable for one input: `n0…` for organizations (in id order), then
/// for hubs (in time order), `r0…` for relations (in order of their first occurrence), the
/// occurrences' own ids.
public struct ExplorerGraph: Sendable {
    public struct Node: Sendable {
        public var id: String
        public var org: String
        public var name: String
        public var type: OrganizationType?
        /// Hops from the centre, when the graph was walked from one.
        public var depth: Int?
        public var centre: Bool
        /// For a hub: the index of its occurrence in `occurrences` (`org` is then "").
        public var occurrence: Int?
    }

    public struct Relation: Sendable {
        public var id: String
        public var kind: EventKind
        /// Node ids: the acting side and the target (a partnership's two parties in id order).
        public var from: String
        public var to: String
        /// Indices into `occurrences`, in time order.
        public var occurrences: [Int]
    }

    public var nodes: [Node] = []
    public var relations: [Relation] = []
    public var occurrences: [OccurrenceItem]
    /// Organization id → node id.
    public var nodeID: [String: String] = [:]

    public init(_ occurrences: [OccurrenceItem], centre: String? = nil, depth: [String: Int] = [:]) {
        self.occurrences = occurrences
        var parties: [String: OccurrenceParty] = [:]
        for o in occurrences { for p in o.participants where !p.org.isEmpty && parties[p.org] == nil { parties[p.org] = p } }
        if let centre, parties[centre] == nil {
            parties[centre] = OccurrenceParty(role: .actor, org: centre, name: centre, type: nil)
        }
        for (i, org) in parties.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            let p = parties[org]!
            nodeID[org] = "n\(i)"
            nodes.append(Node(id: "n\(i)", org: org, name: p.name, type: p.type, depth: depth[org], centre: org == centre, occurrence: nil))
        }
        var index: [String: Int] = [:]
        for (i, o) in occurrences.enumerated() {
            var pairs: [(String, String)] = []
            switch o.kind {
            case .partnership:
                let ids = Array(Set(o.participants.map(\.org).filter { !$0.isEmpty })).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                if ids.count >= Self.hubAt {
                    let hub = "n\(nodes.count)"
                    let when = o.first.isKnown ? " · \(o.first)" : ""
                    nodes.append(Node(id: hub, org: "", name: "\(ids.count) parties\(when)", type: nil, depth: nil, centre: false, occurrence: i))
                    for a in ids {
                        relations.append(Relation(id: "r\(relations.count)", kind: o.kind, from: nodeID[a]!, to: hub, occurrences: [i]))
                    }
                    continue
                }
                if ids.count == 2 { pairs.append((ids[0], ids[1])) }
            case .investment, .ban:
                for a in o.actors where !a.org.isEmpty { for t in o.targets where !t.org.isEmpty && t.org != a.org { pairs.append((a.org, t.org)) } }
            default: break
            }
            for (a, b) in pairs {
                let key = "\(o.kind.rawValue)|\(a)|\(b)"
                if let r = index[key] {
                    if relations[r].occurrences.last != i { relations[r].occurrences.append(i) }
                } else {
                    index[key] = relations.count
                    relations.append(Relation(id: "r\(relations.count)", kind: o.kind, from: nodeID[a]!, to: nodeID[b]!, occurrences: [i]))
                }
            }
        }
    }

    /// Parties from which a partnership is drawn as a hub.
    public static let hubAt = 3

    /// The node of an id (`nN` is the N-th node).
    func node(_ id: String) -> Node? {
        guard let i = Int(id.dropFirst()), nodes.indices.contains(i), nodes[i].id == id else { return nil }
        return nodes[i]
    }

    /// `KT ↔ 마이크로소프트`, `KT → KT클라우드`.
    func summary(_ r: Relation) -> String {
        let a = node(r.from)?.name ?? "", b = node(r.to)?.name ?? ""
        return r.kind == .partnership ? "\(a) ↔ \(b)" : "\(a) → \(b)"
    }

    /// The first day a date may mean, `YYYY-MM-DD` (what the page's slider compares; a report
    /// dated to a month counts from that month's first day, as `--as-of` counts it).
    static func start(_ d: PartialDate) -> String? {
        guard d.isKnown else { return nil }
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(d.year, 4))-\(pad(max(d.month, 1), 2))-\(pad(max(d.day, 1), 2))"
    }

    // MARK: JSON

    /// What `kgraph view --json` prints and the page embeds; schema: Schemas/view.schema.json.
    /// `{"query": "view", "org", "depth", "window", "graph": {"nodes", "relations"},
    /// "occurrences", "dates"}`; `dates` are the distinct first days of the dated occurrences,
    /// in order: the stops of the page's slider.
    public func json(org: (String, String)?, depth: Int, window: TimeWindow) -> JSON {
        func date(_ d: PartialDate) -> JSON { d.isKnown ? .string(d.description) : .null }
        func str(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
        var relationOf: [Int: [String]] = [:]
        for r in relations { for i in r.occurrences { relationOf[i, default: []].append(r.id) } }
        let dates = Set(occurrences.compactMap { Self.start($0.first) }).sorted()
        return .object([
            ("query", .string("view")),
            ("org", org.map { QueryJSON.org($0.0, $0.1) } ?? .null),
            ("depth", .int(Int64(depth))),
            ("window", QueryJSON.window(window)),
            ("graph", .object([
                ("nodes", .array(nodes.map(nodeJSON))),
                ("relations", .array(relations.map { r in
                    .object([
                        ("id", .string(r.id)), ("kind", .string(r.kind.name)), ("from", .string(r.from)), ("to", .string(r.to)),
                        ("summary", .string(summary(r))),
                        ("occurrences", .array(r.occurrences.map { .string(occurrences[$0].id) })),
                    ])
                })),
            ])),
            ("occurrences", .array(occurrences.enumerated().map { i, o in
                .object([
                    ("id", .string(o.id)), ("kind", .string(o.kind.name)),
                    ("relations", .array((relationOf[i] ?? []).map { .string($0) })),
                    ("summary", .string(TimelineDOT.who(o))),
                    ("first", date(o.first)), ("last", date(o.last)), ("start", str(Self.start(o.first))),
                    ("sources", .int(Int64(o.sources))),
                    ("amounts", .array(o.amounts.map { .string($0) })), ("subject", str(o.subject)), ("planned", .bool(o.planned)),
                    ("participants", .array(o.participants.map { p in
                        .object([("role", .string(p.role.name)), ("id", .string(p.org)), ("name", .string(p.name)),
                                 ("node", p.org.isEmpty ? .null : str(nodeID[p.org]))])
                    })),
                    ("reports", .array(o.reports.map { r in
                        .object([
                            ("date", date(r.date)), ("document", .string(r.document)),
                            ("article", r.article.map { .int(Int64($0)) } ?? .null), ("citation", .string(r.citation)),
                            ("evidence", .string(r.evidence)), ("amount", r.amount.isEmpty ? .null : .string(r.amount)),
                            ("headline", str(r.headline)), ("publisher", str(r.publisher)), ("url", str(r.url)),
                            ("eventId", .string(r.eventId)), ("position", .int(Int64(r.position))),
                        ])
                    })),
                ])
            })),
            ("dates", .array(dates.map { .string($0) })),
        ])
    }

    func nodeJSON(_ n: Node) -> JSON {
        let type: JSON = n.type.map { .string($0.name) } ?? .null
        let depth: JSON = n.depth.map { .int(Int64($0)) } ?? .null
        let occurrence: JSON = n.occurrence.map { .string(occurrences[$0].id) } ?? .null
        return .object([
            ("id", .string(n.id)), ("org", .string(n.org)), ("name", .string(n.name)),
            ("type", type), ("depth", depth), ("centre", .bool(n.centre)), ("occurrence", occurrence),
        ])
    }

    // MARK: DOT

    /// Graphviz DOT of the whole graph, for the page: every organization (`id="nN"`, class
    /// `node org`) and every relation (`id="rN"`, class `kind-KIND`) carries its id into the SVG,
    /// so the page's script can hide and show them by date and kind. Each relation is labelled
    /// with its first date.
    public func dot(title: String) -> String {
        var out = ["digraph kgraph {"]
        out.append("  graph [rankdir=LR, splines=true, nodesep=0.3, ranksep=0.9, fontname=\"\(TimelineDOT.font)\", bgcolor=\"transparent\", tooltip=\(TimelineDOT.quote(title))];")
        out.append("  node [shape=ellipse, style=filled, fillcolor=\"#fffbeb\", color=\"#92400e\", fontname=\"\(TimelineDOT.font)\", fontsize=11];")
        out.append("  edge [fontname=\"\(TimelineDOT.font)\", fontsize=8, arrowsize=0.7];")
        for n in nodes {
            if let i = n.occurrence {
                let s = TimelineDOT.style(occurrences[i].kind)
                out.append("  \(n.id) [id=\"\(n.id)\", class=\"hub\", shape=box, style=\"rounded,filled\", fillcolor=\"\(s.fill)\", color=\"\(s.color)\", fontsize=9, label=\(TimelineDOT.quote(s.label + "\n" + n.name)), tooltip=\(TimelineDOT.quote(TimelineDOT.tip(occurrences[i])))];")
                continue
            }
            let extra = n.centre ? ", penwidth=2.5, fillcolor=\"#fde68a\"" : ""
            out.append("  \(n.id) [id=\"\(n.id)\", class=\"org\", label=\(TimelineDOT.quote(n.name)), tooltip=\(TimelineDOT.quote(n.name + (n.type.map { " (\($0.name))" } ?? "")))\(extra)];")
        }
        for r in relations {
            let s = TimelineDOT.style(r.kind)
            let os = r.occurrences.map { occurrences[$0] }
            let first = os.map(\.first).filter(\.isKnown).min()
            let toHub = node(r.to)?.occurrence != nil
            let label = toHub ? "" : (first?.description ?? "undated") + (os.count > 1 ? " ×\(os.count)" : "")
            let tip = "\(summary(r)): \(os.count) \(s.label)\(os.count == 1 ? "" : "s")"
            out.append("  \(r.from) -> \(r.to) [id=\"\(r.id)\", class=\"kind-\(s.label)\", color=\"\(s.color)\", fontcolor=\"\(s.color)\", style=\(s.edge), penwidth=1.6, arrowhead=\(r.kind == .partnership ? "none" : "normal"), label=\(TimelineDOT.quote(label)), tooltip=\(TimelineDOT.quote(tip))];")
        }
        // Organizations in no relation (announcements only) would stand in one long column: they
        // are chained by invisible edges into rows of four. (Graphviz's component packing would do
        // it, but drops edge labels.)
        let linked = Set(relations.flatMap { [$0.from, $0.to] })
        let alone = nodes.filter { !linked.contains($0.id) }.map(\.id)
        for row in stride(from: 0, to: alone.count, by: 4) {
            let ids = alone[row..<min(row + 4, alone.count)]
            if ids.count > 1 { out.append("  " + ids.joined(separator: " -> ") + " [style=invis];") }
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }
}

/// The self-contained HTML page of `kgraph view`: the template `Explorer/explorer.html` (a
/// resource of this module; its placeholders are documented at its top) filled with the title,
/// the Graphviz SVG and the JSON answer.
public enum ExplorerPage {
    public enum Failure: Error, CustomStringConvertible {
        case templateMissing
        public var description: String {
            "the explorer page template (explorer.html) is missing beside the kgraph binary; reinstall kgraph with its resource bundle"
        }
    }

    /// The template's text, from the module's resources.
    public static func template() throws -> String {
        guard let url = Bundle.module.url(forResource: "explorer", withExtension: "html", subdirectory: "Explorer")
                ?? Bundle.module.url(forResource: "explorer", withExtension: "html"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { throw Failure.templateMissing }
        return text
    }

    /// The page. `svg` is Graphviz's output (its XML prologue and doctype are dropped: the SVG is
    /// inlined in HTML).
    public static func html(title: String, subtitle: String, svg: String, data: JSON) throws -> String {
        let template = try self.template()
        let inline = svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? svg
        // JSON has "<" only inside strings, where \u003c means the same; so the script element
        // cannot be closed by the data.
        let json = data.serialized.replacingOccurrences(of: "<", with: "\\u003c")
        let values = ["TITLE": escapeHTML(title), "SUBTITLE": escapeHTML(subtitle), "DATA": json, "SVG": inline]
        // One pass over the template, so text put in never counts as a placeholder.
        var page = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            page += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}"), let value = values[String(rest[open.upperBound..<close.lowerBound])] else {
                page += "{{"
                rest = rest[open.upperBound...]
                continue
            }
            page += value
            rest = rest[close.upperBound...]
        }
        page += rest
        return page
    }

    /// Text for HTML: the five specials as entities, control characters written out as `\u{1B}`.
    static func escapeHTML(_ s: String) -> String { TimelineDOT.html(s) }
}
