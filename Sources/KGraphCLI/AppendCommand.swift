import ArgumentParser
import EventLog
import Events
import PostgresLog

struct AppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Append events from JSON Lines files (the interchange format, Schemas/interchange.schema.json).",
        discussion: """
            Each file is one atomic batch: if any line is invalid, nothing of that file is appended
            (unless --skip-invalid). Events whose id is already in the log are reported, not duplicated.

            Example:
              kgraph append extracted.jsonl --store ./news
              some-extractor | kgraph append - --store ./news
            """
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp("JSON Lines files, or - for standard input.", valueName: "file"))
    var files: [String]

    @Flag(help: "Append the valid lines of a file and report the invalid ones.")
    var skipInvalid = false

    @Option(help: ArgumentHelp("Append only if the log head is still at this position (optimistic concurrency).", valueName: "position"))
    var expectedHead: UInt64?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give a JSON Lines file to append, or - for standard input") }
    }

    func run() throws {
        let store = try options.open()
        var failures = 0
        for file in files {
            do {
                try appendFile(file, to: store.log)
            } catch let error as CLIError where files.count > 1 {
                printError(error.message)
                failures += 1
            }
        }
        if failures > 0 {
            throw CLIError.user("\(failures) of \(files.count) files were not appended; fix them and append them again")
        }
    }

    private func appendFile(_ file: String, to log: any EventLogBackend) throws {
        let parsed = try InterchangeFile.read(file)
        let name = file == "-" ? "<stdin>" : file
        if let first = parsed.problems.first, !skipInvalid {
            let more = parsed.problems.count > 1 ? " (and \(parsed.problems.count - 1) more invalid lines)" : ""
            throw CLIError.user("\(name):\(first.line): \(first.error)\(more); nothing from \(name) was appended — fix the line, or pass --skip-invalid to append the valid lines")
        }
        for p in parsed.problems { printError("warning: \(name):\(p.line): \(p.error); line skipped") }
        let result = try log.append(parsed.events, expectedHead: expectedHead)
        let skipped = parsed.problems.isEmpty ? "" : ", \(parsed.problems.count) invalid lines skipped"
        print("\(name): \(result.appended.count) new events, \(result.alreadyPresent.count) already present\(skipped) (head \(result.head))")
    }
}

/// One JSON Lines file, parsed: its valid events, and what is wrong with the rest.
struct InterchangeFile {
    struct Problem {
        let line: Int
        let error: String
    }

    var events: [Event] = []
    var problems: [Problem] = []

    static func read(_ path: String) throws -> InterchangeFile {
        var reader = try LineReader(path: path, maximumLine: LineReader.maximumInterchangeLine, overlong: .refuse)
        var out = InterchangeFile()
        let producer = Producer(name: "interchange", version: "1")
        while let line = try reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard String(validating: line, as: UTF8.self) != nil else {
                out.problems.append(Problem(line: reader.lineNumber, error: "the line is not valid UTF-8; re-encode the file as UTF-8"))
                continue
            }
            do {
                out.events.append(try Interchange.event(fromLine: line, defaultProducer: producer))
            } catch {
                out.problems.append(Problem(line: reader.lineNumber, error: "\(error)"))
            }
        }
        return out
    }
}

/// One line to standard error, any password in it masked.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("kgraph: \(PostgresURL.maskPassword(in: message))\n".utf8))
}

import Foundation
