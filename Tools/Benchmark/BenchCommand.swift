import ArgumentParser
import Foundation

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kgraph-bench",
        abstract: "Measure kgraph against the raw storage it is built on.",
        discussion: """
            Each subcommand writes its own section of BENCHMARKS.md, leaving the other sections as they are. \
            Build it in release mode; debug builds measure the compiler, not the code.

            Example:
              swift run -c release kgraph-bench log --events 1000000 --runs 3
            """,
        subcommands: [LogBenchmark.self, ExtractionBenchmark.self, IngestBenchmark.self, ReplayBenchmark.self, QueryBenchmark.self, PostgresBenchmark.self, SearchBenchmark.self]
    )
}

/// A run that produced figures which cannot be trusted (lost events, mismatched replays).
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Progress goes to standard error, so standard output stays clean for `--json`.
func progress(_ message: String) {
    FileHandle.standardError.write(Data("kgraph-bench: \(message)\n".utf8))
}
