import Events
import Projections
import Query

/// The period a timeline groups events by.
public enum Bucket: String, CaseIterable, Sendable {
    case month, quarter, year

    /// Months for spans up to two years, quarters up to eight, years beyond.
    public static func automatic(first: PartialDate, last: PartialDate) -> Bucket {
        guard first.isKnown, last.isKnown else { return .month }
        let months = (last.year - first.year) * 12 + (max(last.month, 1) - max(first.month, 1))
        if months <= 24 { return .month }
        if months <= 96 { return .quarter }
        return .year
    }

    /// The period label of a date, and a key that sorts periods in time order.
    func period(of d: PartialDate) -> (key: String, label: String) {
        guard d.isKnown else { return ("0000", "date unknown") }
        let y = String(d.year)
        switch self {
        case .year: return (y, y)
        case .quarter:
            guard d.month > 0 else { return (y + "-Q0", y) }
            let q = (d.month - 1) / 3 + 1
            return (y + "-Q\(q)", "\(y) Q\(q)")
        case .month:
            guard d.month > 0 else { return (y + "-00", y) }
            let m = d.month < 10 ? "0\(d.month)" : String(d.month)
            return (y + "-" + m, y + "-" + m)
        }
    }
}

/// One event to draw: its date, kind and who took part in which role.
public struct DrawnEvent: Sendable {
    public var date: PartialDate
    public var kind: EventKind
    public var participants: [(role: Role, org: String, name: String)]
    public var sources: Int
    public var citation: String
    public var order: UInt64

    public init(date: PartialDate, kind: EventKind, participants: [(role: Role, org: String, name: String)],
                sources: Int, citation: String, order: UInt64) {
        self.date = date
        self.kind = kind
        self.participants = participants
        self.sources = sources
        self.citation = citation
        self.order = order
    }
}

/// Graphviz DOT for a timeline: a left-to-right axis of period nodes; each event a node in its
/// period's column (`rank=same`); organizations as nodes in the column where they first appear;
/// participant edges coloured and styled per kind with `constraint=false`, so they never bend
/// the time axis; a legend. Node ids are ASCII (`p3`, `e12`, `o7`); Korean goes in labels.
/// Output order is fully determined by the input, so golden files stay stable.
public enum TimelineDOT {
    /// The label fonts, in order: DejaVu Sans (Debian's fonts-dejavu-core) for Latin letters,
    /// digits and signs, then NanumGothic (fonts-nanum) for Hangul, which Pango takes per glyph.
    /// A Hangul font must not come first: Korean fonts draw U+005C `\` as the won sign `₩`.
    public static let font = "DejaVu Sans,NanumGothic"

    struct Style {
        let color: String
        let fill: String
        let edge: String
        let label: String
    }

    static func style(_ kind: EventKind) -> Style {
        switch kind {
        case .partnership: Style(color: "#1d4ed8", fill: "#dbeafe", edge: "solid", label: "partnership")
        case .investment: Style(color: "#15803d", fill: "#dcfce7", edge: "bold", label: "investment")
        case .ban: Style(color: "#b91c1c", fill: "#fee2e2", edge: "dashed", label: "ban")
        case .announcement: Style(color: "#6b7280", fill: "#f3f4f6", edge: "dotted", label: "announcement")
        case .retraction, .alias, .article: Style(color: "#000000", fill: "#ffffff", edge: "solid", label: kind.name)
        }
    }

    public static func render(_ events: [DrawnEvent], title: String, bucket: Bucket? = nil) -> String {
        let ordered = events.sorted { ($0.date, $0.order) < ($1.date, $1.order) }
        let dated = ordered.map(\.date).filter(\.isKnown)
        let bucket = bucket ?? Bucket.automatic(first: dated.first ?? .unknown, last: dated.last ?? .unknown)

        // Periods in time order.
        var periodKeys: [String] = []
        var periodLabels: [String: String] = [:]
        for e in ordered {
            let (key, label) = bucket.period(of: e.date)
            if periodLabels[key] == nil {
                periodKeys.append(key)
                periodLabels[key] = label
            }
        }
        periodKeys.sort()
        let periodID = Dictionary(uniqueKeysWithValues: periodKeys.enumerated().map { ($1, "p\($0)") })

        // Organizations, numbered in order of first appearance.
        var orgOrder: [String] = []
        var orgID: [String: String] = [:]
        var orgFirstPeriod: [String: String] = [:]
        var orgName: [String: String] = [:]
        for e in ordered {
            for p in e.participants where !p.org.isEmpty && orgID[p.org] == nil {
                orgID[p.org] = "o\(orgOrder.count)"
                orgOrder.append(p.org)
                orgFirstPeriod[p.org] = bucket.period(of: e.date).key
                orgName[p.org] = p.name
            }
        }

        var out: [String] = []
        out.append("digraph kgraph {")
        out.append("  graph [rankdir=LR, newrank=true, splines=true, nodesep=0.25, ranksep=0.5, fontname=\"\(font)\", fontsize=16, labelloc=t, label=\(quote(title))];")
        out.append("  node [fontname=\"\(font)\", fontsize=11];")
        out.append("  edge [fontname=\"\(font)\", fontsize=9];")
        out.append("")
        out.append("  // time axis")
        for key in periodKeys {
            out.append("  \(periodID[key]!) [label=\(quote(periodLabels[key]!)), shape=box, style=\"filled\", fillcolor=\"#111827\", fontcolor=\"#ffffff\", fontsize=13];")
        }
        if periodKeys.count > 1 {
            out.append("  " + periodKeys.map { periodID[$0]! }.joined(separator: " -> ") + " [color=\"#9ca3af\", penwidth=2, arrowhead=none];")
        }
        out.append("")
        out.append("  // organizations")
        for org in orgOrder {
            out.append("  \(orgID[org]!) [label=\(quote(orgName[org] ?? org)), shape=ellipse, style=\"filled\", fillcolor=\"#fffbeb\", color=\"#92400e\"];")
        }
        out.append("")
        out.append("  // events")
        var columns: [String: [String]] = [:]
        for (i, e) in ordered.enumerated() {
            let id = "e\(i)"
            let s = style(e.kind)
            let sources = e.sources > 1 ? "\\n\(e.sources) sources" : ""
            let label = "\(escape(e.date.isKnown ? e.date.description : "date unknown")) · \(s.label)\(sources)\\n\(escape(e.citation))"
            out.append("  \(id) [label=\"\(label)\", shape=box, style=\"rounded,filled\", fillcolor=\"\(s.fill)\", color=\"\(s.color)\", fontsize=9];")
            columns[bucket.period(of: e.date).key, default: []].append(id)
            for p in e.participants where !p.org.isEmpty {
                let o = orgID[p.org]!
                let edge = "color=\"\(s.color)\", style=\(s.edge), constraint=false"
                switch p.role {
                case .target: out.append("  \(id) -> \(o) [\(edge), arrowhead=normal];")
                case .investor, .imposer: out.append("  \(o) -> \(id) [\(edge), arrowhead=normal];")
                case .party, .actor: out.append("  \(o) -> \(id) [\(edge), arrowhead=none];")
                }
            }
        }
        out.append("")
        out.append("  // each period's column: its axis node, its events, and organizations first seen there")
        for key in periodKeys {
            let orgs = orgOrder.filter { orgFirstPeriod[$0] == key }.map { orgID[$0]! }
            let members = [periodID[key]!] + (columns[key] ?? []) + orgs
            out.append("  { rank=same; " + members.joined(separator: "; ") + "; }")
        }
        out.append("")
        out.append("  // legend")
        out.append("  subgraph cluster_legend {")
        out.append("    label=\"legend\"; fontsize=11; color=\"#d1d5db\";")
        for (i, kind) in [EventKind.partnership, .investment, .ban, .announcement].enumerated() {
            let s = style(kind)
            out.append("    legend\(i)a [label=\"\", shape=point, width=0.05];")
            out.append("    legend\(i)b [label=\"\(s.label)\", shape=box, style=\"rounded,filled\", fillcolor=\"\(s.fill)\", color=\"\(s.color)\", fontsize=9];")
            let head = kind == .partnership || kind == .announcement ? "none" : "normal"
            out.append("    legend\(i)a -> legend\(i)b [color=\"\(s.color)\", style=\(s.edge), arrowhead=\(head)];")
        }
        out.append("  }")
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    /// A DOT double-quoted string.
    static func quote(_ s: String) -> String { "\"" + escape(s) + "\"" }

    /// A label's text for DOT: quotes and backslashes escaped, a line break as DOT's `\n`, and
    /// every other character that XML 1.0 does not allow (controls, U+FFFE, U+FFFF; an SVG is
    /// XML) written out as `\u{1B}`, so whatever a name holds, `dot -Tsvg` writes well-formed XML.
    static func escape(_ s: String) -> String {
        var out = ""
        var previous: Unicode.Scalar = " "
        for u in s.unicodeScalars {
            defer { previous = u }
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n" where previous == "\r": continue
            case "\n", "\r": out += "\\n"
            default:
                if Escaped.isControl(u) || u.value == 0xFFFE || u.value == 0xFFFF {
                    out += "\\\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
