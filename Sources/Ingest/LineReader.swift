import Foundation

/// Streams a file (or standard input) line by line in fixed-size chunks, so memory stays bounded
/// whatever the file's size. Lines are raw bytes: the caller decides what invalid UTF-8 means.
/// With `maximumLine`, a longer line (minified HTML, a file without line breaks) is cut at a
/// UTF-8 character boundary, so memory stays bounded whatever the line too.
public struct LineReader {
    /// What ingest accepts as one line before cutting it.
    public static let maximumIngestLine = 1 << 20

    private let handle: FileHandle
    private let maximumLine: Int?
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false
    public private(set) var lineNumber = 0

    /// Opens `path` (`-` is standard input). Throws `IngestError` naming the fix when the file is
    /// missing, a directory or unreadable.
    public init(path: String, maximumLine: Int? = nil) throws {
        self.maximumLine = maximumLine
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

    /// The next line without its terminator, or nil at the end.
    public mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var line = buffer[start..<nl]
                start = nl + 1
                lineNumber += 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if let maximumLine, buffer.count - start > maximumLine {
                var end = start + maximumLine
                // Back up to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
                while end > start + 1, buffer[end] & 0xC0 == 0x80 { end -= 1 }
                let line = buffer[start..<end]
                start = end
                lineNumber += 1
                return line
            }
            if atEOF {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { atEOF = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
