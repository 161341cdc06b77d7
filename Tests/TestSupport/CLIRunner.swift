import Foundation

/// Runs the built executables as child processes, the way a user does.
public struct CLIResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

public enum CLI {
    /// The directory holding the built products (next to the test bundle).
    public static let productsDirectory: URL = {
        if let dir = ProcessInfo.processInfo.environment["KGRAPH_BIN_DIR"] { return URL(fileURLWithPath: dir) }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: url.appendingPathComponent("kgraph").path) {
            url = url.deletingLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("kgraph").path) { return url }
        // Fall back to the package's default build folder.
        return packageRoot.appendingPathComponent(".build/debug")
    }()

    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func executable(_ name: String) -> URL { productsDirectory.appendingPathComponent(name) }

    /// Starts `kgraph args…` with the store and password variables of the test run cleared; the
    /// caller waits with `finish`.
    public static func start(_ args: [String], stdin: Data? = nil, env: [String: String] = [:]) throws -> RunningCLI {
        let p = Process()
        p.executableURL = executable("kgraph")
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "KGRAPH_STORE")
        environment.removeValue(forKey: "PGPASSWORD")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        return try RunningCLI(p, stdin: stdin)
    }

    @discardableResult
    public static func run(_ args: [String], stdin: Data? = nil, env: [String: String] = [:]) throws -> CLIResult {
        try start(args, stdin: stdin, env: env).finish()
    }
}

/// A child process whose output is drained while it runs, so a large output cannot block it.
public final class RunningCLI: @unchecked Sendable {
    public let process: Process
    private let group = DispatchGroup()
    private var out = Data(), err = Data()

    init(_ process: Process, stdin: Data?) throws {
        self.process = process
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        group.enter()
        DispatchQueue.global().async { self.out = outPipe.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
        group.enter()
        DispatchQueue.global().async { self.err = errPipe.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
        if let stdin {
            inPipe.fileHandleForWriting.write(stdin)
            try inPipe.fileHandleForWriting.close()
        }
    }

    /// Waits for the process to exit, killing it after `timeout` seconds.
    public func finish(timeout: TimeInterval = 300) -> CLIResult {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        group.wait()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A fresh directory under the system temp dir, removed when the value is released. It is made
/// when the first file is written into it, so a test can also hand its path to `kgraph init`.
public final class TempDir {
    public let path: String
    public init() { path = NSTemporaryDirectory() + "kgraph-test-" + UUID().uuidString }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    public func file(_ name: String, _ contents: String) -> String {
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let p = path + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data(contents.utf8))
        return p
    }
}
