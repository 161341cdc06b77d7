import EventLog
import Foundation
import Logging
import PostgresNIO

/// One connection to the server, used synchronously: each query blocks its caller until the
/// server answers. The connection runs on a private one-thread event loop, and callers wait on
/// futures (never on Swift concurrency's pool), so blocking here cannot starve the code that
/// would complete the wait.
final class ServerConnection: @unchecked Sendable {
    let url: PostgresURL
    let connection: PostgresConnection
    private let group: MultiThreadedEventLoopGroup
    private let logger: Logger
    /// Waits in progress, each failed when the connection closes: postgres-nio leaves a query sent
    /// after the server hung up unanswered, and a wait on it would block for ever.
    private let pendingLock = NSLock()
    private var pending: [Int: @Sendable () -> Void] = [:]
    private var nextWait = 0
    private var closed = false

    init(url: PostgresURL, connectTimeout: TimeAmount = .seconds(5)) throws(StoreError) {
        self.url = url
        var logger = Logger(label: "kgraph.postgres")
        logger.logLevel = .critical
        self.logger = logger
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            var configuration = PostgresConnection.Configuration(
                host: url.host, port: url.port, username: url.user, password: url.password,
                database: url.database, tls: try ServerConnection.tls(url.tls))
            configuration.options.connectTimeout = connectTimeout
            configuration.options.tlsServerName = url.tls == .verifyFull ? url.host : nil
            connection = try PostgresConnection.connect(
                on: group.next(), configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw PostgresFailure.describe(error, url: url, connecting: true)
        }
        connection.closeFuture.whenComplete { [weak self] _ in self?.failPendingWaits() }
    }

    private func failPendingWaits() {
        let waits = pendingLock.withLock {
            closed = true
            defer { pending.removeAll() }
            return Array(pending.values)
        }
        for fail in waits { fail() }
    }

    deinit {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    private static func tls(_ mode: PostgresURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        var config = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable: return .disable
        case .prefer:
            config.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: config))
        case .require:
            config.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: config))
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: config))
        }
    }

    var isClosed: Bool { connection.isClosed }

    /// Runs one statement and returns all its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws(StoreError) -> PostgresQueryResult {
        try wait(start(query))
    }

    /// Sends a statement without waiting; the connection runs statements in the order sent.
    func start(_ query: PostgresQuery) -> EventLoopFuture<PostgresQueryResult> {
        connection.query(query, logger: logger)
    }

    func wait<T: Sendable>(_ future: EventLoopFuture<T>) throws(StoreError) -> T {
        let promise = connection.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        let fail: @Sendable () -> Void = { promise.fail(ConnectionLost()) }
        let id: Int? = pendingLock.withLock {
            guard !closed else { return nil }
            nextWait += 1
            pending[nextWait] = fail
            return nextWait
        }
        if id == nil { fail() }
        defer { if let id { pendingLock.withLock { _ = pending.removeValue(forKey: id) } } }
        do { return try promise.futureResult.wait() } catch {
            throw PostgresFailure.describe(error, url: url, connecting: false)
        }
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try query("BEGIN")
        do {
            let result = try body()
            try query("COMMIT")
            return result
        } catch {
            if !connection.isClosed { _ = try? query("ROLLBACK") }
            throw error
        }
    }

    /// Calls `handler` (on the connection's thread) for each notification on `channel`.
    func listen(_ channel: String, _ handler: @escaping @Sendable (String) -> Void) throws(StoreError) {
        connection.addListener(channel: channel) { _, notification in handler(notification.payload) }
        try query(PostgresQuery(unsafeSQL: "LISTEN \(channel)"))
    }
}

/// The connection closed while a statement was waiting for its answer.
struct ConnectionLost: Error {}
