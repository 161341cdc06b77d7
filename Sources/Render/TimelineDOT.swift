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

    /// The period a known date falls in, as a number that counts periods (consecutive periods
    /// differ by one). A date coarser than the period (a year on a month axis) takes the year's
    /// first period.
    func index(of d: PartialDate) -> Int {
        switch self {
        case .year: return d.year
        case .quarter: return d.year * 4 + max(d.month - 1, 0) / 3
        case .month: return d.year * 12 + max(d.month - 1, 0)
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The label an analyst reads: `Jun 2024`, `Q3 2024`, `2024`.
    func label(_ index: Int) -> String {
        switch self {
        case .year: return String(index)
        case .quarter: return "Q\(index % 4 + 1) \(index / 4)"
        case .month: return "\(Bucket.monthNames[index % 12]) \(index / 12)"
        }
    }

    /// `month`/`months`, for the label of a break in the axis.
    func unit(_ n: Int) -> String { n == 1 ? rawValue : rawValue + "s" }
}

/// Graphviz DOT for a timeline of occurrences, meant to be pasted into a report.
///
/// - **Time axis**, left to right: one node per period (month, quarter or year). Periods without
///   events are kept, so spacing follows time: one empty period is a small grey node, a longer
///   empty stretch one dashed break (`⋯ 14 months ⋯`).
/// - **Occurrences**: one box per happening in its period's column (`rank=same`), saying what
///   happened: who (`KT ↔ 마이크로소프트`, `KT → KT클라우드`), the amount or subject, the date, the
///   kind and the number of sources. At least `groupAt` occurrences of one kind on one day that
///   share a participant in one role are drawn as one grouped box (`15 government bodies → 딥시크`)
///   listing the others. A column holds at most `columnHeight` boxes and organizations; the rest
///   wrap into extra columns of the same period, so a busy day does not make a picture a metre tall.
/// - **Page width**: a strip holds at most `stripColumns` columns of boxes; a longer timeline
///   wraps into strips stacked one under the other (each its own axis, and its own copy of the
///   organizations it draws), so the picture keeps to about a landscape page's width.
/// - **Organizations** stand as ellipses in the column where they first appear; participant edges
///   are coloured and styled per kind with `constraint=false`, so they never bend the axis.
/// - **Title and legend** are the graph's label: the title, a subtitle (query window, span), and a
///   one-line legend of the kinds drawn (none when only one kind is).
/// - **SVG**: every box and edge carries a `tooltip` (dates, outlet, headline, evidence sentence)
///   and, when an article URL is known, a link (`URL`, opened in a new tab). Only http(s) URLs are
///   linked.
///
/// Node ids are ASCII (`p3`, `e12`, `o7`); Korean goes in labels. Output order is fully
/// determined by the input, so golden files stay stable.
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

    /// Layout limits: boxes and organizations per column, the size of a group, the width of a
    /// label line (in display columns; Hangul counts two), names listed in a group box, columns
    /// per strip.
    public struct Layout: Sendable {
        public var columnHeight = 6
        public var groupAt = 3
        public var lineWidth = 34
        public var groupNames = 12
        /// Columns of boxes in one strip: about a landscape page (a column is some 3 inches wide).
        public var stripColumns = 3
        public init() {}
    }

    /// One box of the picture: an occurrence, or a group of occurrences sharing one participant.
    struct Box {
        var members: [OccurrenceItem]
        /// For a group: the shared participant.
        var shared: OccurrenceParty?
        var first: PartialDate { members[0].first }
        var kind: EventKind { members[0].kind }
    }

    /// The DOT text. `title` heads the picture (the query); `subtitle` says the window and span.
    public static func render(_ occurrences: [OccurrenceItem], title: String, subtitle: String? = nil,
                              bucket: Bucket? = nil, layout: Layout = Layout()) -> String {
        let ordered = occurrences.sorted { a, b in
            if a.first.isKnown != b.first.isKnown { return a.first.isKnown }
            return (a.first, a.reports.first?.position ?? 0, a.id) < (b.first, b.reports.first?.position ?? 0, b.id)
        }
        let dated = ordered.map(\.first).filter(\.isKnown)
        let bucket = bucket ?? Bucket.automatic(first: dated.first ?? .unknown, last: dated.last ?? .unknown)

        // Columns: each period from the first to the last, and "date unknown" last.
        var byPeriod: [Int: [OccurrenceItem]] = [:]
        var undated: [OccurrenceItem] = []
        for o in ordered {
            if o.first.isKnown { byPeriod[bucket.index(of: o.first), default: []].append(o) } else { undated.append(o) }
        }
        enum Slot { case period(Int), empty(Int), gap(Int), unknown }
        var slots: [Slot] = []
        if let lo = byPeriod.keys.min(), let hi = byPeriod.keys.max() {
            var i = lo
            while i <= hi {
                if byPeriod[i] != nil {
                    slots.append(.period(i))
                    i += 1
                    continue
                }
                var j = i
                while j <= hi && byPeriod[j] == nil { j += 1 }
                slots.append(j - i == 1 ? .empty(i) : .gap(j - i))
                i = j
            }
        }
        if !undated.isEmpty { slots.append(.unknown) }

        var out: [String] = []
        let kinds = Set(ordered.map(\.kind))
        out.append("digraph kgraph {")
        out.append("  graph [rankdir=LR, newrank=true, splines=true, nodesep=0.2, ranksep=0.35, fontname=\"\(font)\", labelloc=t, labeljust=l, label=\(heading(title, subtitle, kinds: kinds))];")
        out.append("  node [fontname=\"\(font)\", fontsize=10];")
        out.append("  edge [fontname=\"\(font)\", fontsize=9, arrowsize=0.6];")

        var orgID: [String: String] = [:]
        var orgCount = 0
        // Per strip: its nodes (axis, organizations, boxes) and its columns; edges go after.
        var stripLines: [[String]] = [[]]
        var ranks: [[[String]]] = [[]]
        var edgeLines: [String] = []
        // One axis per strip: a timeline longer than a page wraps into strips stacked one under
        // the other, each with its own copy of the organizations it draws.
        var axes: [[(id: String, gap: Bool)]] = [[]]
        var columnsInStrip = 0
        var boxCount = 0

        for (s, slot) in slots.enumerated() {
            let pid = "p\(s)"
            let items: [OccurrenceItem]
            let node: String
            switch slot {
            case .period(let i):
                node = "  \(pid) [label=\(quote(bucket.label(i))), shape=box, style=\"filled\", fillcolor=\"#111827\", fontcolor=\"#ffffff\", fontsize=12];"
                items = byPeriod[i] ?? []
            case .empty(let i):
                node = "  \(pid) [label=\(quote(bucket.label(i))), shape=box, style=\"filled\", fillcolor=\"#e5e7eb\", color=\"#9ca3af\", fontcolor=\"#4b5563\", fontsize=8, height=0.2, margin=\"0.04,0.02\"];"
                items = []
            case .gap(let n):
                node = "  \(pid) [label=\(quote("⋯ \(n) \(bucket.unit(n)) ⋯")), shape=plaintext, fontcolor=\"#6b7280\", fontsize=8];"
                items = []
            case .unknown:
                node = "  \(pid) [label=\"date unknown\", shape=box, style=\"filled\", fillcolor=\"#6b7280\", fontcolor=\"#ffffff\", fontsize=12];"
                items = undated
            }
            let isGap: Bool = { if case .gap = slot { return true } else { return false } }()
            let boxes = group(items, layout: layout)
            // Columns this period takes in the current strip; a period that does not fit starts a new strip.
            func columns(_ strip: Int) -> Int {
                var orgs = Set<String>()
                for box in boxes { for (party, _) in drawnParties(box) where orgID["\(strip)|\(party.org)"] == nil { orgs.insert(party.org) } }
                return max(1, (boxes.count + orgs.count + layout.columnHeight - 1) / layout.columnHeight)
            }
            if !boxes.isEmpty, columnsInStrip > 0, columnsInStrip + columns(axes.count - 1) > layout.stripColumns {
                axes.append([])
                stripLines.append([])
                ranks.append([])
                columnsInStrip = 0
            }
            let strip = axes.count - 1
            axes[strip].append((pid, isGap))
            stripLines[strip].append(node)
            var members: [String] = []
            for box in boxes {
                let id = "e\(boxCount)"
                boxCount += 1
                stripLines[strip].append(boxLine(id, box, layout: layout))
                members.append(id)
                for (party, isShared) in drawnParties(box) {
                    let key = "\(strip)|\(party.org)"
                    if orgID[key] == nil {
                        let oid = "o\(orgCount)"
                        orgCount += 1
                        orgID[key] = oid
                        stripLines[strip].append("  \(oid) [label=\(quote(wrap(party.name, layout.lineWidth).joined(separator: "\n"))), shape=ellipse, style=\"filled\", fillcolor=\"#fffbeb\", color=\"#92400e\", tooltip=\(quote(party.name + (party.type.map { " (\($0.name))" } ?? "")))];")
                        members.append(oid)
                    }
                    edgeLines.append(edgeLine(id, orgID[key]!, party.role, box, shared: isShared))
                }
            }
            // The column, cut into chunks that stand side by side.
            let chunks = stride(from: 0, to: max(members.count, 1), by: layout.columnHeight).map {
                Array(members[$0..<min($0 + layout.columnHeight, members.count)])
            }
            columnsInStrip += isGap || boxes.isEmpty ? 0 : chunks.count
            for (c, chunk) in chunks.enumerated() {
                if c == 0 {
                    ranks[strip].append([pid] + chunk)
                } else {
                    let cid = "p\(s)c\(c)"
                    stripLines[strip].append("  \(cid) [label=\"\", shape=point, width=0.03, color=\"#9ca3af\"];")
                    axes[strip].append((cid, false))
                    ranks[strip].append([cid] + chunk)
                }
            }
        }
        // Each strip a cluster (drawn without a frame), so strips stand one under the other
        // instead of mixing their columns.
        // Graphviz stacks the clusters it reads later above those it read earlier: the last strip
        // goes first, so the timeline reads from the top.
        for (i, lines) in stripLines.enumerated().reversed() {
            out.append("")
            out.append("  subgraph cluster_strip\(i) {")
            out.append("    graph [label=\"\", color=\"#ffffff\", margin=4];")
            out += lines.map { "  " + $0 }
            out.append("    // its columns: an axis node, its boxes, and organizations first seen there")
            for r in ranks[i] { out.append("    { rank=same; " + r.joined(separator: "; ") + "; }") }
            out.append("  }")
        }
        out.append("")
        out.append("  // participants, and the time axis of each strip")
        out += edgeLines
        for axis in axes {
            for (i, node) in axis.enumerated() where i > 0 {
                let dashed = node.gap || axis[i - 1].gap
                out.append("  \(axis[i - 1].id) -> \(node.id) [color=\"#9ca3af\", penwidth=2, arrowhead=none\(dashed ? ", style=dashed" : "")];")
            }
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Grouping

    /// Boxes for one column: occurrences of one kind on one known date that share a participant
    /// in one role become one box when there are at least `groupAt` of them; the rest stay single.
    static func group(_ items: [OccurrenceItem], layout: Layout) -> [Box] {
        var boxes: [(Box, Int)] = []
        var taken = Set<String>()
        var byDay: [String: [(Int, OccurrenceItem)]] = [:]
        var dayOrder: [String] = []
        for (i, o) in items.enumerated() where o.first.isKnown && o.kind != .announcement {
            let key = "\(o.kind.rawValue)|\(o.first)"
            if byDay[key] == nil { dayOrder.append(key) }
            byDay[key, default: []].append((i, o))
        }
        for key in dayOrder {
            var rest = byDay[key]!
            while rest.count >= layout.groupAt {
                var counts: [String: (Int, OccurrenceParty)] = [:]
                for (_, o) in rest {
                    for p in Set(o.participants.map { "\($0.role == .target ? "t" : "a")|\($0.org)" }) {
                        let party = o.participants.first { "\($0.role == .target ? "t" : "a")|\($0.org)" == p }!
                        counts[p] = ((counts[p]?.0 ?? 0) + 1, party)
                    }
                }
                guard let best = counts.max(by: { a, b in
                    a.value.0 != b.value.0 ? a.value.0 < b.value.0 : !a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
                }), best.value.0 >= layout.groupAt else { break }
                let inGroup = rest.filter { _, o in o.participants.contains { "\($0.role == .target ? "t" : "a")|\($0.org)" == best.key } }
                boxes.append((Box(members: inGroup.map(\.1), shared: best.value.1), inGroup[0].0))
                for (_, o) in inGroup { taken.insert(o.id) }
                rest.removeAll { taken.contains($0.1.id) }
            }
        }
        for (i, o) in items.enumerated() where !taken.contains(o.id) { boxes.append((Box(members: [o], shared: nil), i)) }
        return boxes.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// The organizations a box draws an edge to: every participant of a single occurrence; only
    /// the shared one of a group (the others are listed in its label).
    static func drawnParties(_ box: Box) -> [(OccurrenceParty, Bool)] {
        if let shared = box.shared { return [(shared, true)] }
        return box.members[0].participants.filter { !$0.org.isEmpty }.map { ($0, false) }
    }

    // MARK: Labels

    static func who(_ o: OccurrenceItem) -> String {
        let actors = o.actors.map(\.name), targets = o.targets.map(\.name)
        switch o.kind {
        case .partnership: return o.participants.map(\.name).joined(separator: " ↔ ")
        case .investment, .ban:
            return "\(actors.isEmpty ? "?" : actors.joined(separator: ", ")) → \(targets.isEmpty ? "?" : targets.joined(separator: ", "))"
        default: return actors.joined(separator: ", ")
        }
    }

    static func what(_ o: OccurrenceItem) -> String? {
        let parts = o.amounts + (o.subject.map { [$0] } ?? []) + (o.planned ? ["planned"] : [])
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    static func when(_ first: PartialDate, _ last: PartialDate) -> String {
        guard first.isKnown else { return "date unknown" }
        guard last.isKnown, first != last else { return first.description }
        // The end without the year it shares with the start: 2024-06-03–06-05.
        let end = last.year == first.year && last.precision > .year ? String(last.description.dropFirst(5)) : last.description
        return "\(first)–\(end)"
    }

    static func sources(_ n: Int) -> String { n == 1 ? "1 source" : "\(n) sources" }

    /// Distinct articles over several occurrences.
    static func distinctSources(_ members: [OccurrenceItem]) -> Int {
        members.count == 1 ? members[0].sources : Set(members.flatMap { $0.reports.map(\.citation) }).count
    }

    static func plural(_ type: OrganizationType?) -> String {
        switch type {
        case .company: "companies"
        case .government: "government bodies"
        case .agency: "agencies"
        case .university: "universities"
        case .association: "associations"
        case .consortium: "consortia"
        case .product: "products"
        case nil: "organizations"
        }
    }

    static func boxLine(_ id: String, _ box: Box, layout: Layout) -> String {
        let s = style(box.kind)
        var lines: [String] = []
        let tooltip: String
        if let shared = box.shared {
            let others = box.members.flatMap { $0.participants.filter { $0.org != shared.org } }
            var names: [String] = []
            for p in others where !names.contains(p.name) { names.append(p.name) }
            let types = Set(others.map(\.type))
            let noun = "\(names.count) " + plural(types.count == 1 ? types.first! : nil)
            let head: String
            switch (box.kind, shared.role) {
            case (.partnership, _): head = "\(shared.name) ↔ \(noun)"
            case (_, .target): head = "\(noun) → \(shared.name)"
            default: head = "\(shared.name) → \(noun)"
            }
            lines += wrap(head, layout.lineWidth)
            let listed = names.prefix(layout.groupNames).joined(separator: ", ") + (names.count > layout.groupNames ? ", +\(names.count - layout.groupNames)\u{A0}more" : "")
            lines += wrap(listed, layout.lineWidth).map { $0 }
            let last = box.members.map(\.last).filter(\.isKnown).max() ?? box.first
            lines.append("\(when(box.first, last)) · \(s.label) · \(sources(distinctSources(box.members)))")
            tooltip = box.members.map { o in
                "\(who(o)) (\(sources(o.sources)))\n" + (o.reports.first.map(reportLine) ?? "")
            }.joined(separator: "\n\n")
        } else {
            let o = box.members[0]
            lines += wrap(who(o), layout.lineWidth)
            if let what = what(o) { lines += Array(wrap(what, layout.lineWidth).prefix(2)) }
            lines.append("\(when(o.first, o.last)) · \(s.label) · \(sources(o.sources))")
            tooltip = tip(o)
        }
        var attributes = "label=\(quote(lines.joined(separator: "\n"))), shape=box, style=\"rounded,filled\", fillcolor=\"\(s.fill)\", color=\"\(s.color)\", fontsize=9, tooltip=\(quote(tooltip))"
        if let url = box.members.lazy.flatMap(\.reports).compactMap(\.url).first(where: isLinkable) {
            attributes += ", URL=\(quote(url)), target=\"_blank\""
        }
        return "  \(id) [\(attributes)];"
    }

    static func edgeLine(_ box: String, _ org: String, _ role: Role, _ b: Box, shared: Bool) -> String {
        let s = style(b.kind)
        var attributes = "color=\"\(s.color)\", style=\(s.edge), constraint=false"
        let first = b.members[0]
        attributes += ", tooltip=\(quote(b.members.count == 1 ? tip(first) : "\(b.members.count) × \(s.label)"))"
        if b.members.count == 1, let url = first.reports.compactMap(\.url).first(where: isLinkable) {
            attributes += ", URL=\(quote(url)), target=\"_blank\""
        }
        switch role {
        case .target: return "  \(box) -> \(org) [\(attributes), arrowhead=normal];"
        case .investor, .imposer: return "  \(org) -> \(box) [\(attributes), arrowhead=normal];"
        case .party, .actor: return "  \(org) -> \(box) [\(attributes), arrowhead=none];"
        }
    }

    /// `2024-06-03 · 연합뉴스 · headline (doc.txt#0)` and the evidence on the next line.
    static func reportLine(_ r: OccurrenceReport) -> String {
        let head = [r.date.isKnown ? r.date.description : nil, r.publisher, r.headline].compactMap { $0 }.joined(separator: " · ")
        return "\(head) (\(r.citation))\n“\(r.evidence)”"
    }

    /// A tooltip: what happened, then each report (at most five) with its evidence.
    static func tip(_ o: OccurrenceItem) -> String {
        var lines = ["\(who(o)) — \(style(o.kind).label), \(when(o.first, o.last)), \(sources(o.sources))"]
        if let what = what(o) { lines.append(what) }
        for r in o.reports.prefix(5) { lines.append(reportLine(r)) }
        if o.reports.count > 5 { lines.append("… \(o.reports.count - 5) more reports") }
        return lines.joined(separator: "\n")
    }

    /// Only web links are linked: a `javascript:` or `file:` URL from an article record is not.
    public static func isLinkable(_ url: String) -> Bool {
        let u = url.lowercased()
        return (u.hasPrefix("http://") || u.hasPrefix("https://")) && !u.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" || $0.isWhitespace })
    }

    /// The graph's label: the title in bold, the subtitle, and the legend of the kinds drawn
    /// (none for one kind), as a Graphviz HTML-like label.
    static func heading(_ title: String, _ subtitle: String?, kinds: Set<EventKind>) -> String {
        var rows = "<tr><td align=\"left\"><font point-size=\"15\"><b>\(html(title))</b></font></td></tr>"
        if let subtitle, !subtitle.isEmpty {
            rows += "<tr><td align=\"left\"><font point-size=\"10\" color=\"#4b5563\">\(html(subtitle))</font></td></tr>"
        }
        let shown = [EventKind.partnership, .investment, .ban, .announcement].filter(kinds.contains)
        if shown.count > 1 {
            let legend = shown.map { k in
                let s = style(k)
                return "<font color=\"\(s.color)\">■</font> \(s.label)"
            }.joined(separator: "   ")
            rows += "<tr><td align=\"left\"><font point-size=\"9\">\(legend)</font></td></tr>"
        }
        return "<<table border=\"0\" cellspacing=\"1\" cellpadding=\"0\">\(rows)</table>>"
    }

    /// Text for an HTML-like label: XML's five specials as entities, and every character XML 1.0
    /// does not allow written out as `\u{1B}`.
    static func html(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r": out += " "
            default:
                if TimelineDOT.outsideXML(u) {
                    out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// Cuts text into lines of at most `width` display columns (Hangul counts two), at spaces
    /// where it can, anywhere where it must.
    public static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if displayWidth(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            for ch in word {
                if displayWidth(line + String(ch)) > width {
                    lines.append(line)
                    line = ""
                }
                line.append(ch)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Characters XML 1.0 does not allow (controls, U+FFFE, U+FFFF): an SVG is XML, so labels
    /// and titles write them out instead.
    static func outsideXML(_ u: Unicode.Scalar) -> Bool { Escaped.isControl(u) || u.value == 0xFFFE || u.value == 0xFFFF }

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
                if TimelineDOT.outsideXML(u) {
                    out += "\\\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
