import Events
import Foundation
import Projections
import Query
import Render
import Testing

@Suite struct TimelineDOTTests {
    func drawn() throws -> [DrawnEvent] {
        let f = try QueryFixture(world)
        let items = try f.queries.timeline(try f.timeline, of: nil)
        return items.map {
            DrawnEvent(date: $0.entry.date, kind: $0.entry.kind, participants: $0.participants, sources: 1,
                       citation: $0.entry.document, order: $0.entry.position)
        }
    }

    /// Runs Graphviz's dot; returns its exit status and everything it wrote to standard error.
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

    @Test func rendersWithGraphvizWithoutAWarning() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz is installed by `make setup`")
        let dot = TimelineDOT.render(try drawn(), title: "타임라인 \"테스트\"")
        for format in ["svg", "png"] {
            let (status, warnings, out) = try runDot(dot, format: format)
            #expect(status == 0)
            #expect(warnings.isEmpty, "Graphviz said: \(warnings)")
            #expect(out.count > 1000)
        }
        let svg = String(decoding: try runDot(dot).2, as: UTF8.self)
        #expect(svg.contains("마이크로소프트"), "Korean labels survive into the picture")
    }

    @Test func layoutFollowsTheTimeAxis() throws {
        let dot = TimelineDOT.render(try drawn(), title: "t", bucket: .month)
        // Periods in time order on one axis.
        #expect(dot.contains("p0 [label=\"2023-01\""))
        #expect(dot.contains("p0 -> p1 -> p2 -> p3 -> p4 -> p5"))
        // Every event sits in its period's column; relation edges never constrain the layout.
        #expect(dot.components(separatedBy: "{ rank=same; ").count - 1 == 6)
        let relationEdges = dot.split(separator: "\n").filter { $0.contains(" -> e") || ($0.contains("-> o") && $0.contains("  e")) }
        #expect(!relationEdges.isEmpty)
        #expect(relationEdges.allSatisfy { $0.contains("constraint=false") })
        // Node ids are ASCII; Korean stays in labels, with quotes escaped.
        for line in dot.split(separator: "\n") where line.hasPrefix("  ") && line.contains(" [") {
            let id = line.trimmingCharacters(in: .whitespaces).split(separator: " ")[0]
            #expect(id.allSatisfy { $0.isASCII }, "\(line)")
        }
        let quoted = TimelineDOT.render(try drawn(), title: "a \"b\"")
        #expect(quoted.contains("label=\"a \\\"b\\\"\""))
    }

    @Test func outputIsDeterministicAndBucketsFollowTheSpan() throws {
        let events = try drawn()
        #expect(TimelineDOT.render(events, title: "t") == TimelineDOT.render(events.reversed(), title: "t"))
        #expect(Bucket.automatic(first: d("2024-01"), last: d("2024-12")) == .month)
        #expect(Bucket.automatic(first: d("2019-01"), last: d("2024-12")) == .quarter)
        #expect(Bucket.automatic(first: d("2001"), last: d("2024")) == .year)
        let byYear = TimelineDOT.render(events, title: "t", bucket: .year)
        #expect(byYear.contains("p0 [label=\"2023\"") && byYear.contains("p2 [label=\"2025\""))
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
        let events = [DrawnEvent(date: d("2024-06"), kind: .partnership,
                                 participants: [(.party, "a", nasty), (.party, "b", "한빛\r\n연구원")],
                                 sources: 1, citation: "doc\u{1F}.txt", order: 1)]
        let dot = TimelineDOT.render(events, title: "제목\u{8}")
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no raw control character in the DOT text")
        #expect(dot.contains("\\\\u{1B}"), "the escape is visible in the label")
        let (status, _, svg) = try runDot(dot)
        #expect(status == 0)
        let (wellFormed, why) = try parsesAsXML(svg)
        #expect(wellFormed, "the SVG is not well-formed XML: \(why)")
    }

    @Test func aBackslashIsDrawnAsABackslash() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz is installed by `make setup`")
        let events = [DrawnEvent(date: d("2024-06"), kind: .partnership,
                                 participants: [(.party, "a", "C:\\데이터\\랩"), (.party, "b", "한빛연구원")],
                                 sources: 1, citation: "a.txt", order: 1)]
        let dot = TimelineDOT.render(events, title: "t")
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
}
