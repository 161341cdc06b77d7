import Events
import Foundation
import Projections
import Query
import Render
import Testing

/// Runs Graphviz's dot; returns its exit status, everything it wrote to standard error, and its output.
func runDot(_ dot: String, format: String = "svg", verbose: Bool = false) throws -> (Int32, String, Data) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    p.arguments = ["-T\(format)"] + (verbose ? ["-v"] : [])
    let input = Pipe(), output = Pipe(), err = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = err
    try p.run()
    input.fileHandleForWriting.write(Data(dot.utf8))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (p.terminationStatus, message, out)
}

func svgText(_ dot: String) throws -> String {
    let (status, warnings, out) = try runDot(dot)
    #expect(status == 0)
    #expect(warnings.isEmpty, "Graphviz said: \(warnings)")
    return String(decoding: out, as: UTF8.self)
}

/// The `<text>` elements of an SVG, in order, with XML's entities read back.
func texts(_ svg: String) -> [String] {
    svg.components(separatedBy: "<text").dropFirst().compactMap { chunk in
        guard let open = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</text>") else { return nil }
        return String(chunk[chunk.index(after: open)..<close.lowerBound]).xmlUnescaped
    }
}

extension String {
    var xmlUnescaped: String {
        replacingOccurrences(of: "&#160;", with: "\u{A0}").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Reports of `events` where each source names a publisher and, for `linked` documents, a URL.
func sourced(_ events: [Event], linked: Set<String> = []) -> [Event] {
    events.map { e in
        var e = e
        e.source.publisher = "가상일보"
        if linked.contains(e.source.document) { e.source.url = "https://news.example.org/\(e.source.document)" }
        return e
    }
}

@Suite struct TimelineDOTTests {
    func occurrences(_ events: [Event] = world) throws -> [OccurrenceItem] {
        let f = try QueryFixture(events)
        let q = try f.queries
        return try q.occurrences(try q.timeline(try f.timeline, of: nil))
    }

    @Test func occurrenceBoxesSayWhatHappened() throws {
        let os = try occurrences(world + [
            Event(kind: .investment, occurredAt: d("2024-09-20"), source: Source(document: "h.txt", article: 0, evidence: "KT는 리벨리온에 300억원을 투자했다."),
                  participants: [Participant(role: .investor, name: "KT"), Participant(role: .target, name: "리벨리온")],
                  amount: Amount(value: 3e10, currency: "KRW", text: "300억원")),
            Event(kind: .announcement, occurredAt: d("2024-10-01"), source: Source(document: "i.txt", article: 0, evidence: "네이버클라우드가 새 서비스를 공개했다."),
                  participants: [Participant(role: .actor, name: "네이버클라우드")], subject: "기업용 생성형 AI 서비스"),
        ])
        // Two articles telling one KT–Microsoft partnership are one occurrence with two sources.
        let ktms = os.filter { $0.kind == .partnership && Set($0.participants.map(\.name)) == ["KT", "마이크로소프트"] }
        #expect(ktms.count == 1)
        #expect(ktms.first?.sources == 2 && ktms.first?.reports.count == 2)
        let dot = TimelineDOT.render(os, title: "KT timeline", subtitle: "as of 2025-12-31")
        let svg = try svgText(dot)
        let shown = texts(svg)
        #expect(shown.contains("KT ↔ 마이크로소프트"), "\(shown)")
        #expect(shown.contains("2024-06-03–06-04 · partnership · 2 sources"), "\(shown)")
        #expect(shown.contains("KT → 리벨리온"))
        #expect(shown.contains("300억원"))
        #expect(shown.contains("기업용 생성형 AI 서비스"))
        #expect(shown.contains("2024-10-01 · announcement · 1 source"))
        // No file name stands in for what happened.
        #expect(!shown.contains { $0.contains("a.txt") })
        // Title and subtitle, and the legend of the four kinds drawn.
        #expect(shown.contains("KT timeline") && shown.contains("as of 2025-12-31"))
        #expect(shown.filter { $0 == "■" }.count == 4)
        for kind in ["partnership", "investment", "ban", "announcement"] {
            #expect(shown.contains { $0.trimmingCharacters(in: .whitespaces.union(["\u{A0}"])) == kind }, "legend: \(kind)")
        }
    }

    @Test func tooltipsCarryTheEvidenceAndLinksGoToTheArticle() throws {
        let os = try occurrences(sourced(world, linked: ["a.txt"]))
        let svg = try svgText(TimelineDOT.render(os, title: "t"))
        // The KT–Microsoft box and its edges link to the one article with a URL, in a new tab.
        #expect(svg.contains("xlink:href=\"https://news.example.org/a.txt\""))
        #expect(svg.contains("target=\"_blank\""))
        // Every tooltip names the outlet and quotes the evidence sentence.
        let titles = svg.components(separatedBy: "xlink:title=\"").dropFirst().map { String($0.prefix { $0 != "\"" }).xmlUnescaped }
        #expect(titles.contains { $0.contains("가상일보") && $0.contains("“KT·마이크로소프트 partnership 2024-06-03”") && $0.contains("a.txt#0") },
                "\(titles)")
        #expect(titles.contains { $0.contains("“개인정보보호위원회·딥시크 ban 2025-02”") })
        // Only web links are linked.
        #expect(TimelineDOT.isLinkable("https://a.example/x") && !TimelineDOT.isLinkable("javascript:alert(1)"))
        #expect(!TimelineDOT.isLinkable("https://a.example/\" onload=\"x"))
    }

    @Test func theAxisFollowsTimeWithBreaksForEmptyStretches() throws {
        let dot = TimelineDOT.render(try occurrences(), title: "t", bucket: .month)
        // Periods with events, a lone empty month as a small node, longer empty stretches as breaks.
        for label in ["Jan 2023", "Jun 2024", "Sep 2024", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025"] {
            #expect(dot.contains("[label=\"\(label)\""), "\(label)")
        }
        #expect(dot.contains("⋯ 16 months ⋯") && dot.contains("⋯ 2 months ⋯") && dot.contains("⋯ 4 months ⋯"))
        #expect(!dot.contains("Oct 2024"), "an empty stretch is one break, not one node per month")
        let breaks = dot.split(separator: "\n").filter { $0.contains(" -> ") && $0.contains("style=dashed") && $0.contains("penwidth=2") }
        // Three columns to a strip: the four-month break closes the first strip, so it has one dashed line.
        #expect(breaks.count == 5, "each break is joined to the axis by dashed lines")
        let quarters = TimelineDOT.render(try occurrences(), title: "t", bucket: .quarter)
        #expect(quarters.contains("[label=\"Q1 2023\"") && quarters.contains("[label=\"Q2 2024\"") && quarters.contains("⋯ 4 quarters ⋯"))
        let years = TimelineDOT.render(try occurrences(), title: "t", bucket: .year)
        #expect(years.contains("[label=\"2023\"") && years.contains("[label=\"2025\""))
        #expect(Bucket.automatic(first: d("2024-01"), last: d("2024-12")) == .month)
        #expect(Bucket.automatic(first: d("2019-01"), last: d("2024-12")) == .quarter)
        #expect(Bucket.automatic(first: d("2001"), last: d("2024")) == .year)
        // Relation edges never constrain the layout; node ids are ASCII.
        let relationEdges = dot.split(separator: "\n").filter { $0.contains(" -> e") || ($0.contains("-> o") && $0.contains("  e")) }
        #expect(!relationEdges.isEmpty && relationEdges.allSatisfy { $0.contains("constraint=false") })
        for line in dot.split(separator: "\n") where line.hasPrefix("  ") && line.contains(" [") && !line.contains("graph [") {
            let id = line.trimmingCharacters(in: .whitespaces).split(separator: " ")[0]
            #expect(id.allSatisfy { $0.isASCII }, "\(line)")
        }
    }

    @Test func manySameDayBansOfOneServiceAreOneGroupedBox() throws {
        let ministries = ["외교부", "국방부", "산업통상자원부", "통일부", "환경부"]
        let bans = ministries.enumerated().map { i, m in
            Event(kind: .ban, occurredAt: d("2025-02-06"), source: Source(document: "m\(i).txt", article: 0, evidence: "\(m)는 딥시크 접속을 막았다."),
                  participants: [Participant(role: .imposer, name: m, type: .government), Participant(role: .target, name: "딥시크", type: .company)])
        }
        let os = try occurrences(bans)
        #expect(os.count == 5)
        let dot = TimelineDOT.render(os, title: "bans")
        let svg = try svgText(dot)
        let shown = texts(svg)
        #expect(shown.contains("5 government bodies → 딥시크"), "\(shown)")
        #expect(shown.contains { $0.contains("외교부") && $0.contains("국방부") }, "the box lists the ministries")
        #expect(shown.contains("2025-02-06 · ban · 5 sources"))
        // One box, one edge (to the shared target); the ministries are not drawn as nodes.
        #expect(dot.split(separator: "\n").filter { $0.contains("style=\"rounded,filled\"") }.count == 1)
        #expect(!shown.contains("통일부"))
        // The tooltip tells each ban with its evidence.
        #expect(svg.contains("환경부는 딥시크 접속을 막았다."))
        // One kind drawn: no legend.
        #expect(!dot.contains("■"))
        // Two on one day stay separate boxes.
        let two = TimelineDOT.render(Array(os.prefix(2)), title: "t")
        #expect(two.split(separator: "\n").filter { $0.contains("style=\"rounded,filled\"") }.count == 2)
    }

    @Test func aCrowdedPeriodWrapsIntoColumns() throws {
        let deals = (0..<14).map { i in
            Event(kind: .partnership, occurredAt: d("2024-05-\(10 + i)"), source: Source(document: "p\(i).txt", article: 0, evidence: "협력 \(i)"),
                  participants: [Participant(role: .party, name: "회사\(i)A"), Participant(role: .party, name: "회사\(i)B")])
        }
        let layout = TimelineDOT.Layout()
        let dot = TimelineDOT.render(try occurrences(deals), title: "t", layout: layout)
        let ranks = dot.split(separator: "\n").filter { $0.contains("{ rank=same;") }
        // 14 boxes and 28 organizations: 42 members in columns of six, side by side on the axis.
        #expect(ranks.count == 7, "\(ranks.count) columns")
        for r in ranks { #expect(r.split(separator: ";").count - 2 <= layout.columnHeight + 1, "\(r)") }
        #expect(dot.contains("p0 -> p0c1 ->") || dot.contains("p0 -> p0c1 ["))
        // Long names wrap to the line width.
        let long = TimelineDOT.wrap("한국과학기술정보연구원 슈퍼컴퓨팅인프라센터 국가데이터센터", 34)
        #expect(long.count >= 2 && long.allSatisfy { displayWidth($0) <= 34 })
    }

    @Test func aLongTimelineWrapsIntoStripsThatReadFromTheTop() throws {
        let dot = TimelineDOT.render(try occurrences(), title: "t", bucket: .month)
        // Six months with events: three columns fit a strip.
        #expect(dot.contains("subgraph cluster_strip0 {") && dot.contains("subgraph cluster_strip1 {"))
        #expect(!dot.contains("cluster_strip2"))
        let svg = try svgText(dot)
        func y(_ text: String) -> Double? {
            guard let r = svg.range(of: ">\(text)</text>") else { return nil }
            let tag = svg[..<r.lowerBound].components(separatedBy: "<text").last ?? ""
            guard let y = tag.range(of: " y=\"") else { return nil }
            return Double(tag[y.upperBound...].prefix { $0 != "\"" })
        }
        let first = try #require(y("Jan 2023")), last = try #require(y("May 2025"))
        #expect(first < last, "the first strip stands above the last (SVG y grows downwards)")
        // Each strip draws its own copy of the organizations it needs.
        #expect(texts(svg).filter { $0 == "KT" }.count == 2)
    }

    @Test func outputIsDeterministic() throws {
        let os = try occurrences()
        #expect(TimelineDOT.render(os, title: "t") == TimelineDOT.render(os.reversed(), title: "t"))
    }

    /// Whether an independent XML parser (Python's) accepts `data` as well-formed XML.
    func parsesAsXML(_ data: Data) throws -> (Bool, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.stdin.buffer)"]
        let input = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardError = err
        try p.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus == 0, message)
    }

    @Test func controlCharactersInLabelsStillGiveWellFormedSVG() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz is installed by `make setup`")
        let nasty = "가온\u{1B}[31m전자\u{0}\u{7}\u{FFFE}\u{85}"
        let os = try occurrences([Event(kind: .partnership, occurredAt: d("2024-06"), source: Source(document: "doc\u{1F}.txt", article: 0, evidence: "증거\u{1B}문장 <b>&"),
                                        participants: [Participant(role: .party, name: "가온전자", surface: nasty), Participant(role: .party, name: "한빛연구원")])])
        var named = os
        named[0].participants[0].name = nasty
        let dot = TimelineDOT.render(named, title: "제목\u{8} <i>&", subtitle: "a\u{1B}b")
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no raw control character in the DOT text")
        #expect(dot.contains("\\\\u{1B}"), "the escape is visible in the label")
        let (status, _, svg) = try runDot(dot)
        #expect(status == 0)
        let (wellFormed, why) = try parsesAsXML(svg)
        #expect(wellFormed, "the SVG is not well-formed XML: \(why)")
    }

    @Test func aBackslashIsDrawnAsABackslash() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz is installed by `make setup`")
        var os = try occurrences([event(.partnership, "2024-06", [(.party, "가온"), (.party, "한빛연구원")])])
        os[0].participants[0].name = "C:\\데이터\\랩"
        let dot = TimelineDOT.render(os, title: "t")
        let svg = String(decoding: try runDot(dot).2, as: UTF8.self)
        #expect(svg.contains(">C:\\데이터\\랩</text>"), "the SVG text holds the backslashes")
        #expect(svg.contains("font-family=\"\(TimelineDOT.font)\""))
        // Hangul fonts draw U+005C as the won sign: a Latin font must come first, Hangul falling back.
        let (status, log, _) = try runDot(dot, format: "png", verbose: true)
        #expect(status == 0)
        // dot -v says `fontname: "…" resolved to: (PangoCairoFcFont) "DejaVu Sans, Book" /path/DejaVuSans.ttf`.
        let chosen = log.split(separator: "\n").compactMap { line in line.range(of: "resolved to:").map { String(line[$0.upperBound...]) } }
        #expect(!chosen.isEmpty, "dot -v names the fonts it chose: \(log.suffix(500))")
        for font in chosen { #expect(font.contains("DejaVu") && !font.contains("Nanum"), "\(font)") }
    }

    @Test func picturesRenderAsPNGWithoutAWarning() throws {
        let dot = TimelineDOT.render(try occurrences(), title: "타임라인 \"테스트\"")
        let (status, warnings, out) = try runDot(dot, format: "png")
        #expect(status == 0)
        #expect(warnings.isEmpty, "Graphviz said: \(warnings)")
        #expect(out.count > 1000)
    }
}

@Suite struct ExplorerTests {
    func graph(_ events: [Event] = world) throws -> (ExplorerGraph, [OccurrenceItem]) {
        let f = try QueryFixture(events)
        let q = try f.queries
        let os = try q.occurrences(try q.timeline(try f.timeline, of: nil))
        return (ExplorerGraph(os), os)
    }

    @Test func relationsAreKindsAndPairsWithTheirOccurrences() throws {
        let (g, os) = try graph()
        // Six relations: KT–MS, MS–OpenAI, KT→KT Cloud, the ban, SKT–AWS, MS증권–KT; announcements are no relation.
        #expect(g.relations.count == 6)
        #expect(g.nodes.count == Set(os.flatMap { $0.participants.map(\.org) }).count)
        let ktms = g.relations.first { r in r.kind == .partnership && Set([r.from, r.to].compactMap { id in g.nodes.first { $0.id == id }?.name }) == ["KT", "마이크로소프트"] }
        #expect(ktms?.occurrences.count == 1)
        let svg = try svgText(g.dot(title: "t")).xmlUnescaped
        // Graphviz carries the ids and classes the page's script reads into the SVG.
        for r in g.relations { #expect(svg.contains("id=\"\(r.id)\""), "\(r.id)") }
        for n in g.nodes { #expect(svg.contains("id=\"\(n.id)\""), "\(n.id)") }
        #expect(svg.contains("kind-partnership") && svg.contains("kind-ban") && svg.contains("kind-investment"))
    }

    @Test func aPartnershipOfManyPartiesIsAHubNotAClique() throws {
        let parties = ["가온", "나래", "다솜", "라온", "마루"]
        let (g, os) = try graph([event(.partnership, "2025-08-04", parties.map { (.party, $0) })])
        #expect(os.count == 1)
        let hub = try #require(g.nodes.first { $0.occurrence != nil })
        #expect(hub.name == "5 parties · 2025-08-04" && hub.org.isEmpty)
        #expect(g.relations.count == 5, "one line per party to the hub, not ten pairs")
        #expect(g.relations.allSatisfy { $0.to == hub.id })
        let svg = try svgText(g.dot(title: "t"))
        #expect(texts(svg).contains("5 parties · 2025-08-04"))
        let data = g.json(org: nil, depth: 0, window: .always)
        if case .array(let nodes)? = data["graph"]?["nodes"] {
            #expect(nodes.filter { $0["occurrence"] == .string(os[0].id) }.count == 1)
        } else { Issue.record("no nodes") }
    }

    @Test func thePageIsSelfContainedAndItsDataCannotCloseTheScript() throws {
        var events = world
        events.append(event(.partnership, "2025-06-01", [(.party, "KT"), (.party, "</script><script>alert(1)</script>")]))
        let (g, os) = try graph(events)
        let data = g.json(org: nil, depth: 0, window: .always)
        let svg = try svgText(g.dot(title: "t"))
        let page = try ExplorerPage.html(title: "KT & <friends>", subtitle: "s", svg: svg, data: data)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>KT &amp; &lt;friends&gt;</title>"))
        #expect(!page.contains("<script>alert(1)"), "names are escaped in the SVG and in the data")
        #expect(page.components(separatedBy: "</script>").count == 3, "two script elements, closed once each")
        #expect(!page.contains("<script src") && !page.contains("<link") && !page.contains("@import"))
        #expect(!page.contains("{{"), "every placeholder is filled")
        // The embedded data reads back as the JSON answer.
        let start = page.range(of: "id=\"kgraph-data\">")!.upperBound
        let end = page[start...].range(of: "</script>")!.lowerBound
        let embedded = try JSON.parse(String(page[start..<end]))
        #expect(embedded == data)
        if case .array(let list)? = embedded["occurrences"] { #expect(list.count == os.count) } else { Issue.record("no occurrences") }
        if case .array(let dates)? = embedded["dates"] { #expect(dates.first == .string("2023-01-23")) } else { Issue.record("no dates") }
    }
}
