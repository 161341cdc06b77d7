import Foundation

/// BENCHMARKS.md holds one section per benchmark, between `<!-- bench:NAME:start -->` and
/// `<!-- bench:NAME:end -->`; each benchmark rewrites only its own.
enum BenchmarksFile {
    static func markers(_ name: String) -> (start: String, end: String) {
        ("<!-- bench:\(name):start -->", "<!-- bench:\(name):end -->")
    }

    /// `body` wrapped in the section's markers.
    static func section(_ name: String, _ body: String) -> String {
        let m = markers(name)
        return m.start + "\n" + body + (body.hasSuffix("\n") ? "" : "\n") + m.end + "\n"
    }

    /// Replaces the named section of `path`, or appends it; creates the file if needed.
    static func write(section name: String, _ body: String, to path: String) throws {
        let m = markers(name)
        let block = section(name, body)
        let existing = (try? String(contentsOfFile: path, encoding: .utf8))
            ?? "# Benchmarks\n\nMeasured figures. Each section belongs to one `kgraph-bench` subcommand, which rewrites it.\n"
        var text: String
        if let start = existing.range(of: m.start), let end = existing.range(of: m.end, range: start.upperBound..<existing.endIndex) {
            var after = end.upperBound
            if after < existing.endIndex, existing[after] == "\n" { after = existing.index(after: after) }
            text = String(existing[..<start.lowerBound]) + block + String(existing[after...])
        } else {
            text = existing
            if !text.hasSuffix("\n") { text += "\n" }
            text += "\n" + block
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
