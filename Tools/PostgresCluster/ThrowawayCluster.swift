import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL cluster of its own for the tests and the benchmark: `initdb` into a temporary
/// directory, a server on 127.0.0.1 at a free port, stopped by its pid. Run as root (as CI
/// does), the server runs as the `postgres` user, which Debian's `postgresql` package creates.
///
/// The superuser `postgres` has password `password`; TCP connections must give it (scram-sha-256),
/// so the tests exercise real authentication. Local socket connections (used by `psql` here) trust.
public final class ThrowawayCluster: @unchecked Sendable {
    public let port: Int
    public let directory: String
    public let password = "throwaway-secret"
    public let bin: String
    public private(set) var pid: pid_t = 0
    private let runAs: [String]
    private var serverOptions = ""

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts a cluster; `options` are server settings (`-c name=value`). With `tls`, the server
    /// also accepts TLS, with a self-signed certificate made by openssl for 127.0.0.1.
    public init(options: [String: String] = [:], tls: Bool = false) throws {
        guard let bin = ThrowawayCluster.findBin() else {
            throw Failure(description: "PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin, /usr/local/bin or PATH; run Tools/setup.sh (installs Debian's postgresql)")
        }
        self.bin = bin
        let root = getuid() == 0
        runAs = root ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-pg-\(UUID().uuidString.prefix(8))").path
        port = ThrowawayCluster.freePort()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(password.utf8).write(to: URL(fileURLWithPath: directory + "/pwfile"))
        if root { try run(["/bin/chown", "-R", "postgres:postgres", directory], as: []) }
        try run([bin + "/initdb", "-D", directory + "/data", "-U", "postgres", "--pwfile", directory + "/pwfile",
                 "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C"], as: runAs)
        var settings = ["listen_addresses": "127.0.0.1", "unix_socket_directories": directory, "max_connections": "100"]
        if tls {
            try run(["/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                     "-keyout", directory + "/server.key", "-out", directory + "/server.crt"], as: runAs)
            chmod(directory + "/server.key", 0o600)
            settings.merge(["ssl": "on", "ssl_cert_file": directory + "/server.crt", "ssl_key_file": directory + "/server.key"]) { $1 }
        }
        settings.merge(options) { $1 }
        serverOptions = settings.sorted { $0.key < $1.key }.map { "-c \($0.key)=\($0.value)" }.joined(separator: " ")
        try startServer()
    }

    deinit { stop() }

    /// Starts the server on the existing data directory (after `stopServer`), same port and settings.
    public func startServer() throws {
        try run([bin + "/pg_ctl", "start", "-w", "-t", "60", "-D", directory + "/data", "-l", directory + "/server.log",
                 "-o", "-p \(port) \(serverOptions)"], as: runAs)
        guard let pidFile = try? String(contentsOfFile: directory + "/data/postmaster.pid", encoding: .utf8),
              let first = pidFile.split(separator: "\n").first, let pid = pid_t(first) else {
            throw Failure(description: "PostgreSQL started but wrote no pid; see \(directory)/server.log")
        }
        self.pid = pid
    }

    /// Stops the server (fast shutdown, by its pid) and keeps its files, for `startServer`.
    public func stopServer() {
        guard pid > 0 else { return }
        kill(pid, SIGINT)
        for _ in 0..<300 where kill(pid, 0) == 0 { usleep(50_000) }
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        pid = 0
    }

    /// A URL for a database of this cluster, as kgraph takes it.
    public func url(database: String, user: String = "postgres", password: String? = nil) -> String {
        "postgres://\(user):\(password ?? self.password)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Runs SQL as the superuser over the local socket and returns what psql printed (unaligned, tuples only).
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        try run([bin + "/psql", "-h", directory, "-p", String(port), "-U", "postgres", "-d", database,
                 "-v", "ON_ERROR_STOP=1", "-X", "-q", "-At", "-c", sql], as: [])
    }

    /// Creates an empty database and returns its name.
    @discardableResult
    public func createDatabase(_ name: String) throws -> String {
        try psql("CREATE DATABASE \"\(name)\"")
        return name
    }

    /// Stops the server (fast shutdown, by its pid) and removes its files.
    public func stop() {
        stopServer()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a command to completion with posix_spawn and waitpid. (Foundation's Process can miss
    /// the exit of a child that, like pg_ctl, leaves a daemon behind.)
    @discardableResult
    private func run(_ command: [String], as prefix: [String]) throws -> String {
        let argv = prefix + command
        let outPath = directory + "/.out-\(UUID().uuidString)", errPath = outPath + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Nothing else of this process's: a server started now must not hold the pipes other
        // tests are reading their children's output from, or those reads never end.
        closeInheritedDescriptors(&actions)
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, argv[0], &actions, nil, &cArgs, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            let message = errors.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "\((command.first! as NSString).lastPathComponent) failed (exit \(code)): \(message)")
        }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Has the child close every descriptor from 3 up: glibc's posix_spawn_file_actions_addclosefrom_np
    /// (2.34 and later, looked up at run time as the C module does not declare it), else each
    /// descriptor open now, as /proc/self/fd lists them.
    private func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            if let fd = Int32(entry), fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        }
    }

    private static func findBin() -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let versions = try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql") {
            candidates += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin" }
        }
        candidates += ["/usr/local/bin"]
        candidates += (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return candidates.first { dir in
            ["initdb", "pg_ctl", "psql"].allSatisfy { fm.isExecutableFile(atPath: dir + "/" + $0) }
        }
    }

    /// A port nothing listens on: bound once to port 0, which the kernel picks unused.
    private static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : Int.random(in: 20_000..<40_000)
    }
}
