import ArgumentParser
import Foundation
import Render

/// `--format dot` and `--render svg|png FILE`, shared by `timeline` and `dump`.
struct GraphvizOptions: ParsableArguments {
    enum Picture: String, ExpressibleByArgument, CaseIterable { case svg, png }

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Run Graphviz's dot and write a picture: --render svg FILE or --render png FILE.", valueName: "svg|png file"))
    var render: [String] = []

    @Option(help: ArgumentHelp("Period of the time axis: month, quarter or year (default: chosen from the span).", valueName: "period"))
    var bucket: Bucket?

    func validate() throws {
        guard render.isEmpty || (render.count == 2 && Picture(rawValue: render[0]) != nil) else {
            throw ValidationError("--render takes a format and a file, e.g. --render svg timeline.svg or --render png timeline.png")
        }
    }

    var rendersPicture: Bool { !render.isEmpty }

    /// Writes the DOT to standard output, or renders it to the picture file.
    func emit(_ dot: String) throws {
        guard render.count == 2 else {
            print(dot, terminator: "")
            return
        }
        try Graphviz.render(dot, format: render[0], to: render[1])
        print("wrote \(render[1])")
    }
}

extension Bucket: ExpressibleByArgument {}

enum Graphviz {
    static func dotExecutable() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func render(_ dot: String, format: String, to file: String) throws {
        try run(dot, format: format, to: file)
    }

    /// Runs dot on `dot` and returns what it wrote (an SVG for `svg`).
    static func output(_ dot: String, format: String) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-\(UUID().uuidString).\(format)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try run(dot, format: format, to: file)
        return try Data(contentsOf: URL(fileURLWithPath: file))
    }

    private static func run(_ dot: String, format: String, to file: String) throws {
        guard let exe = dotExecutable() else {
            throw CLIError.user("Graphviz's dot is not installed; install it (Debian: `apt-get install graphviz`) or use --format dot and render elsewhere")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["-T\(format)", "-o", file]
        let input = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardError = err
        try p.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw CLIError.user("dot failed: \(message.split(separator: "\n").first ?? "exit \(p.terminationStatus)"); check the Graphviz installation")
        }
        if !message.isEmpty { printError("warning: dot says: \(message.trimmingCharacters(in: .whitespacesAndNewlines))") }
    }
}
