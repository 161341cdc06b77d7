import Foundation

/// The built `kgraph`, run as a child process the way a user runs it.
struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum CLI {
    static let productsDirectory: URL = {
        if let dir = ProcessInfo.processInfo.environment["KGRAPH_BIN_DIR"] { return URL(fileURLWithPath: dir) }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: url.appendingPathComponent("kgraph").path) {
            url = url.deletingLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("kgraph").path) { return url }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Starts `kgraph args…`; the caller waits with `finish`.
    static func start(_ args: [String], env: [String: String] = [:]) throws -> RunningCLI {
        let p = Process()
        p.executableURL = productsDirectory.appendingPathComponent("kgraph")
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "KGRAPH_STORE")
        environment.removeValue(forKey: "PGPASSWORD")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        return try RunningCLI(p)
    }

    @discardableResult
    static func run(_ args: [String], env: [String: String] = [:]) throws -> CLIResult {
        try start(args, env: env).finish()
    }
}

/// A child process whose output is drained while it runs, so a large output cannot block it.
final class RunningCLI: @unchecked Sendable {
    let process: Process
    private let group = DispatchGroup()
    private var out = Data(), err = Data()

    init(_ process: Process) throws {
        self.process = process
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        group.enter()
        DispatchQueue.global().async { self.out = outPipe.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
        group.enter()
        DispatchQueue.global().async { self.err = errPipe.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
    }

    /// Waits for the process to exit, killing it after `timeout` seconds.
    func finish(timeout: TimeInterval = 300) -> CLIResult {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        group.wait()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self))
    }
}
