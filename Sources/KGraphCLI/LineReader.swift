import Foundation

/// Streams a file (or standard input) line by line in fixed-size chunks, so memory stays bounded
/// whatever the file's size. Lines are raw bytes: the caller decides what invalid UTF-8 means.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false
    private(set) var lineNumber = 0

    init(path: String) throws {
        if path == "-" {
            handle = FileHandle.standardInput
            return
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError.user("\(path): no such file; check the path")
        }
        guard !isDir.boolValue else { throw CLIError.user("\(path) is a directory; give a JSON Lines file") }
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw CLIError.user("\(path): cannot be read; check its permissions")
        }
        handle = h
    }

    /// The next line without its terminator, or nil at the end.
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var line = buffer[start..<nl]
                start = nl + 1
                lineNumber += 1
                if line.last == 0x0D { line = line.dropLast() }
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
