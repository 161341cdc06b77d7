import Foundation

/// Streams a file (or standard input) line by line in fixed-size chunks, so memory stays bounded
/// whatever the file's size. Lines are raw bytes: the caller decides what invalid UTF-8 means.
///
/// Reading is linear in the input: each byte is searched for a line break once, however long its
/// line. A line longer than the reader's limit is either cut at a UTF-8 character boundary
/// (`.cut`, for ingest: minified HTML, a file without line breaks) or refused as soon as the limit
/// is passed (`.refuse`, for interchange files: no event is that long), so memory stays bounded
/// whatever the line too.
public struct LineReader {
    /// What ingest accepts as one line before cutting it: 1 MiB.
    public static let maximumIngestLine = 1 << 20
    /// The longest line of a JSON Lines interchange file: 16 MiB. One event with its evidence
    /// takes a few kilobytes; a longer line is refused, not read into memory.
    public static let maximumInterchangeLine = 16 << 20

    /// What happens to a line longer than the limit.
    public enum Overlong: Sendable {
        /// Split it into pieces of at most the limit.
        case cut
        /// Throw a one-line `IngestError` naming the line.
        case refuse
    }

    private let handle: FileHandle
    private let name: String
    private let maximumLine: Int?
    private let overlong: Overlong
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes from `start` up to here hold no line break: the next search begins here.
    private var scanned = 0
    private var atEOF = false
    public private(set) var lineNumber = 0
    /// Size of each read, in bytes.
    private let chunkSize: Int

    /// Opens `path` (`-` is standard input). Throws `IngestError` naming the fix when the file is
    /// missing, a directory or unreadable. Lines longer than `maximumLine` bytes are handled as
    /// `overlong` says.
    public init(path: String, maximumLine: Int? = nil, overlong: Overlong = .cut, chunkSize: Int = 1 << 20) throws {
        self.maximumLine = maximumLine
        self.overlong = overlong
        self.chunkSize = chunkSize
        self.name = path == "-" ? "<stdin>" : path
        if path == "-" {
            handle = FileHandle.standardInput
            return
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw IngestError("\(path): no such file; check the path")
        }
        guard !isDir.boolValue else { throw IngestError("\(path) is a directory; give a JSON Lines file") }
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw IngestError("\(path): cannot be read; check its permissions")
        }
        handle = h
    }

    /// The next line without its terminator, or nil at the end. Throws `IngestError` only for an
    /// overlong line with `.refuse`.
    public mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[scanned...].firstIndex(of: 0x0A) {
                if let maximumLine, nl - start > maximumLine, overlong == .refuse { throw refusal(maximumLine) }
                if let maximumLine, nl - start > maximumLine { return cut(maximumLine) }
                var line = buffer[start..<nl]
                start = nl + 1
                scanned = start
                lineNumber += 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            scanned = buffer.count
            if let maximumLine, buffer.count - start > maximumLine {
                if overlong == .refuse { throw refusal(maximumLine) }
                return cut(maximumLine)
            }
            if atEOF {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                scanned = start
                lineNumber += 1
                return line
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEOF = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    /// The first `maximumLine` bytes of the current line, backed up to a UTF-8 character start.
    private mutating func cut(_ maximumLine: Int) -> ArraySlice<UInt8> {
        var end = start + maximumLine
        // Back up to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while end > start + 1, buffer[end] & 0xC0 == 0x80 { end -= 1 }
        let line = buffer[start..<end]
        start = end
        scanned = start
        lineNumber += 1
        return line
    }

    private func refusal(_ maximumLine: Int) -> IngestError {
        IngestError("\(name):\(lineNumber + 1): the line is longer than \(maximumLine >> 20) MiB, the most one line may hold; put one event per line")
    }
}
