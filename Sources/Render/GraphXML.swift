import Events
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Query

// Graph exports in the two XML formats graph tools open: GraphML (NetworkX, yEd, Cytoscape,
// igraph) and GEXF 1.3 (Gephi, NetworkX). The documents are built as XML trees with Foundation's
// XMLDocument (libxml2 underneath), which escapes text and attribute values; characters XML 1.0
// does not allow at all (controls, U+FFFE, U+FFFF) are written out as `\u{1B}` first.
//
// Both files hold one directed graph. NetworkX reads no graph that mixes directed and undirected
// edges, so a partnership is written as one edge from the party whose id sorts first to the
// other, with `directed` false: a reader that wants it undirected turns those edges round or
// reads them both ways. Announcements (and bans whose imposer is unnamed) have no other end:
// they are counted on their node, not written as edges.
//
// Attributes, with their GraphML key ids and GEXF attribute ids:
//   node  name (string; also GEXF's label), type (string, "" unknown), aliases (string, "; " between),
//         announcements (int), bansByUnnamed (int)
//   edge  kind, directed (boolean), first, last (dates as written: YYYY, YYYY-MM or YYYY-MM-DD;
//         "" unknown), occurrences, reports, sources (int), documents (the citations, "; "
//         between), amounts ("; " between), planned (boolean); GEXF's edge label is the kind and
//         its weight the occurrences.

/// One attribute of nodes or edges in a graph export: its name, XML type and value per item.
struct GraphAttribute<Item>: Sendable {
    enum Kind: Sendable { case string, int, bool }
    let name: String
    let kind: Kind
    let value: @Sendable (Item) -> String

    static func string(_ name: String, _ value: @escaping @Sendable (Item) -> String) -> Self { Self(name: name, kind: .string, value: value) }
    static func int(_ name: String, _ value: @escaping @Sendable (Item) -> Int) -> Self { Self(name: name, kind: .int, value: { String(value($0)) }) }
    static func bool(_ name: String, _ value: @escaping @Sendable (Item) -> Bool) -> Self { Self(name: name, kind: .bool, value: { value($0) ? "true" : "false" }) }
}

/// The attributes every graph export writes, in this order (CSV columns too).
enum GraphAttributes {
    static let listSeparator = "; "

    static func date(_ d: PartialDate) -> String { d.isKnown ? d.description : "" }

    static let node: [GraphAttribute<ExportNode>] = [
        .string("name") { $0.name },
        .string("type") { $0.type?.name ?? "" },
        .string("aliases") { $0.aliases.joined(separator: listSeparator) },
        .int("announcements") { $0.announcements },
        .int("bansByUnnamed") { $0.bansByUnnamed },
    ]

    static let edge: [GraphAttribute<ExportEdge>] = [
        .string("kind") { $0.kind.name },
        .bool("directed") { $0.directed },
        .string("first") { date($0.first) },
        .string("last") { date($0.last) },
        .int("occurrences") { $0.occurrences },
        .int("reports") { $0.reports },
        .int("sources") { $0.sources },
        .string("documents") { $0.documents.joined(separator: listSeparator) },
        .string("amounts") { $0.amounts.joined(separator: listSeparator) },
        .bool("planned") { $0.planned },
    ]

    /// `s` with every character XML 1.0 does not allow written out as `\u{1B}`.
    static func legal(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isIllegal) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if isIllegal(u) { out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// XML 1.0's Char production leaves out the C0 controls but tab, LF and CR, and U+FFFE, U+FFFF.
    private static func isIllegal(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0xFFFE || u.value == 0xFFFF
    }
}

/// Builds an XML tree and serializes it.
struct XMLTree {
    let root: XMLElement

    init(_ name: String, namespace: String, attributes: [(String, String)] = []) {
        root = XMLElement(name: name)
        root.addNamespace(XMLNode.namespace(withName: "", stringValue: namespace) as! XMLNode)
        Self.set(root, attributes)
    }

    static func set(_ element: XMLElement, _ attributes: [(String, String)]) {
        for (name, value) in attributes {
            element.addAttribute(XMLNode.attribute(withName: name, stringValue: GraphAttributes.legal(value)) as! XMLNode)
        }
    }

    @discardableResult
    static func child(_ parent: XMLElement, _ name: String, _ attributes: [(String, String)] = [], text: String? = nil) -> XMLElement {
        let element = XMLElement(name: name)
        if let text { element.stringValue = GraphAttributes.legal(text) }
        set(element, attributes)
        parent.addChild(element)
        return element
    }

    /// The document as UTF-8, with its XML declaration, indented.
    func serialized() -> Data {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlData(options: [.nodePrettyPrint])
    }
}

/// GraphML (http://graphml.graphdrawing.org/), as NetworkX's `read_graphml` reads it.
public enum GraphMLWriter {
    public static func document(_ g: ExportGraph) -> Data {
        let tree = XMLTree("graphml", namespace: "http://graphml.graphdrawing.org/xmlns")
        func keys<Item>(_ attributes: [GraphAttribute<Item>], for domain: String) {
            for a in attributes {
                let type = switch a.kind { case .string: "string"; case .int: "int"; case .bool: "boolean" }
                XMLTree.child(tree.root, "key", [("id", a.name), ("for", domain), ("attr.name", a.name), ("attr.type", type)])
            }
        }
        keys(GraphAttributes.node, for: "node")
        keys(GraphAttributes.edge, for: "edge")
        let graph = XMLTree.child(tree.root, "graph", [("id", "kgraph"), ("edgedefault", "directed")])
        for n in g.nodes {
            let node = XMLTree.child(graph, "node", [("id", n.id)])
            for a in GraphAttributes.node { XMLTree.child(node, "data", [("key", a.name)], text: a.value(n)) }
        }
        for (i, e) in g.edges.enumerated() {
            let edge = XMLTree.child(graph, "edge", [("id", "e\(i)"), ("source", e.from), ("target", e.to)])
            for a in GraphAttributes.edge { XMLTree.child(edge, "data", [("key", a.name)], text: a.value(e)) }
        }
        return tree.serialized()
    }
}

/// GEXF 1.3 (https://gexf.net/), as Gephi and NetworkX's `read_gexf` read it.
public enum GEXFWriter {
    public static func document(_ g: ExportGraph, creator: String) -> Data {
        let tree = XMLTree("gexf", namespace: "http://gexf.net/1.3", attributes: [("version", "1.3")])
        let meta = XMLTree.child(tree.root, "meta")
        XMLTree.child(meta, "creator", text: creator)
        XMLTree.child(meta, "description", text: "organization graph: nodes are organizations, edges relations (kind, first and last date, occurrences, sources)")
        let graph = XMLTree.child(tree.root, "graph", [("mode", "static"), ("defaultedgetype", "directed")])
        func declare<Item>(_ attributes: [GraphAttribute<Item>], class domain: String) {
            let list = XMLTree.child(graph, "attributes", [("class", domain), ("mode", "static")])
            for a in attributes {
                let type = switch a.kind { case .string: "string"; case .int: "integer"; case .bool: "boolean" }
                XMLTree.child(list, "attribute", [("id", a.name), ("title", a.name), ("type", type)])
            }
        }
        declare(GraphAttributes.node, class: "node")
        declare(GraphAttributes.edge, class: "edge")
        let nodes = XMLTree.child(graph, "nodes")
        for n in g.nodes {
            let node = XMLTree.child(nodes, "node", [("id", n.id), ("label", n.name)])
            let values = XMLTree.child(node, "attvalues")
            for a in GraphAttributes.node { XMLTree.child(values, "attvalue", [("for", a.name), ("value", a.value(n))]) }
        }
        let edges = XMLTree.child(graph, "edges")
        for (i, e) in g.edges.enumerated() {
            let edge = XMLTree.child(edges, "edge", [("id", "e\(i)"), ("source", e.from), ("target", e.to), ("label", e.kind.name),
                                                     ("weight", String(e.occurrences))])
            let values = XMLTree.child(edge, "attvalues")
            for a in GraphAttributes.edge { XMLTree.child(values, "attvalue", [("for", a.name), ("value", a.value(e))]) }
        }
        return tree.serialized()
    }
}

/// The graph as CSV files (RFC 4180, `CSV.line`), as pandas and `csv.DictReader` read them:
/// nodes (`id` and the node attributes), edges (`source`, `target` and the edge attributes), and
/// the events table (one row per event behind each edge, so an event of several parties is on
/// several rows: `source`, `target`, `kind`, `date`,
/// `modality`, `document` (the citation), `amount`, `evidence` (clipped), `id`).
public enum GraphCSV {
    public static func events(_ g: ExportGraph) -> String {
        CSV.line(["source", "target", "kind", "date", "modality", "document", "amount", "evidence", "id"])
            + g.edges.flatMap { e in
                e.events.map { r in
                    CSV.line([e.from, e.to, e.kind.name, GraphAttributes.date(r.date), r.modality.name, r.citation, r.amount ?? "",
                              GraphAttributes.legal(r.evidence), r.eventId])
                }
            }.joined()
    }

    public static func nodes(_ g: ExportGraph) -> String {
        CSV.line(["id"] + GraphAttributes.node.map(\.name)) + g.nodes.map { n in CSV.line([n.id] + GraphAttributes.node.map { $0.value(n) }) }.joined()
    }

    public static func edges(_ g: ExportGraph) -> String {
        CSV.line(["source", "target"] + GraphAttributes.edge.map(\.name))
            + g.edges.map { e in CSV.line([e.from, e.to] + GraphAttributes.edge.map { $0.value(e) }) }.joined()
    }
}
