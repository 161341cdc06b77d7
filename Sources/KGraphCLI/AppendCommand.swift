import ArgumentParser
import EventLog
import Events
import Ingest
import PostgresLog

struct AppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Append events from JSON Lines files (the interchange format, Schemas/interchange.schema.json).",
        discussion: """
            Each file is one atomic batch: if any line is invalid, nothing of that file is appended \
            (unless --skip-invalid). An event whose id is already in the log with the same claim is \
            reported, not duplicated; an id already used for a different claim fails the whole file.

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
        // Names resolve as ingest resolves them: "Google" is the gazetteer's 구글, one node.
        let names: OrganizationNames
        do { names = try OrganizationNames(log: log) } catch let error as StoreError { throw error } catch {
            throw CLIError.user("\(error); reinstall kgraph, or restore Sources/Extraction/Lexicon")
        }
        let events = parsed.events.map { e -> Event in
            var resolved = names.resolving(e)
            if resolved != e, e.id == EventID.derive(e) {
                resolved.id = ""
                resolved.id = EventID.derive(resolved)
            }
            return resolved
        }
        let result: AppendResult
        do {
            result = try log.append(events, expectedHead: expectedHead)
        } catch {
            throw conflictNamingLines(error, parsed: parsed, file: name)
        }
        let skipped = parsed.problems.isEmpty ? "" : ", \(parsed.problems.count) invalid lines skipped"
        print("\(name): \(result.appended.count) new events, \(result.alreadyPresent.count) already present\(skipped) (head \(result.head))")
    }
}

/// An append error, with an id conflict told by the file's lines rather than the batch's indexes.
private func conflictNamingLines(_ error: StoreError, parsed: InterchangeFile, file name: String) -> any Error {
    guard case .idConflict(let id, let index, let position, let earlier) = error else { return error }
    let holder = position.map { "position \($0)" } ?? "line \(earlier.map { parsed.lines[$0] } ?? 0) of \(name)"
    return CLIError.user("\(name):\(parsed.lines[index]): event id \(Escaped.quoted(id)) is already held by \(holder) with different content; nothing from \(name) was appended — give the event its own id")
}

/// One JSON Lines file, parsed: its valid events, and what is wrong with the rest.
struct InterchangeFile {
    struct Problem {
        let line: Int
        let error: String
    }

    var events: [Event] = []
    /// The line each of `events` came from.
    var lines: [Int] = []
    var problems: [Problem] = []

    static func read(_ path: String) throws -> InterchangeFile {
        var reader: LineReader
        do {
            reader = try LineReader(path: path, maximumLine: LineReader.maximumInterchangeLine, overlong: .refuse)
        } catch let error as IngestError { throw CLIError.user(error.message) }
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
                out.lines.append(reader.lineNumber)
            } catch {
                out.problems.append(Problem(line: reader.lineNumber, error: "\(error)"))
            }
        }
        return out
    }
}

/// Writes one line to standard error: any password in it masked, control characters escaped
/// (`Escaped.text`), so a message quoting input can never spill onto a second line.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("kgraph: \(Escaped.text(PostgresURL.maskPassword(in: message)))\n".utf8))
}

import Foundation
