import EventLog
import Foundation
import PostgresNIO

/// Turns what the driver throws into one line that says what went wrong and how to fix it,
/// naming the server by its masked URL: no message built here ever carries the password.
enum PostgresFailure {
    static func describe(_ error: any Error, url: PostgresURL, connecting: Bool) -> StoreError {
        let message = url.scrub(text(error, url: url, connecting: connecting))
        return isTransient(error, connecting: connecting) ? .serverUnavailable(message) : .server(message)
    }

    /// Errors that waiting may cure: no server to talk to, or a connection that went away.
    private static func isTransient(_ error: any Error, connecting: Bool) -> Bool {
        if error is ConnectionLost { return true }
        guard let psql = error as? PSQLError else { return true }
        switch psql.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown: return true
        case .server:
            // 57P01..57P03: the server is shutting down or starting up.
            return (psql.serverInfo?[.sqlState] ?? "").hasPrefix("57P")
        default: return false
        }
    }

    private static func text(_ error: any Error, url: PostgresURL, connecting: Bool) -> String {
        let server = "PostgreSQL at \(url.host):\(url.port)"
        let fixURL = "in --store (or KGRAPH_STORE) \(url.masked)"
        if error is ConnectionLost {
            return "lost the connection to PostgreSQL at \(url.host):\(url.port); check that the server is running, then retry"
        }
        guard let psql = error as? PSQLError else {
            return connecting
                ? "cannot reach \(server) (\(shortCause(error))); start the server, or fix the host and port \(fixURL)"
                : "\(server) failed: \(error); retry, and check the server's log if it persists"
        }
        let state = psql.serverInfo?[.sqlState] ?? ""
        let message = psql.serverInfo?[.message] ?? ""
        switch (psql.code, state) {
        case (.server, "28P01"), (.server, "28000"), (.authMechanismRequiresPassword, _), (.saslError, _):
            let why = message.isEmpty ? "the server asks for a password and none was given" : message
            return "\(server) refused the credentials of user \"\(url.user)\" (\(why)); fix the user or password \(fixURL), or set PGPASSWORD"
        case (.server, "3D000"):
            return "database \"\(url.database)\" does not exist on \(server); create it (createdb \(url.database)) or fix the database name \(fixURL)"
        case (.server, "42P01"), (.server, "42883"):
            return "no kgraph log in database \"\(url.database)\" on \(server); create one with `kgraph init --store \(url.masked)`"
        case (.server, "42501"):
            return "\(server) refused: \(message); the role \"\(url.user)\" lacks a privilege (see README, PostgreSQL, for the roles kgraph needs)"
        case (.server, _):
            return "\(server) failed: \(message) (SQLSTATE \(state))"
        case (.sslUnsupported, _):
            return "\(server) does not offer TLS, which sslmode=\(url.tls.rawValue) demands; enable ssl on the server, or use sslmode=prefer \(fixURL)"
        case (.connectionError, _):
            return "cannot reach \(server) (\(shortCause(psql.underlying))); start the server, or fix the host and port \(fixURL)"
        case (.serverClosedConnection, _), (.clientClosedConnection, _), (.uncleanShutdown, _):
            return "lost the connection to \(server); check that the server is running, then retry"
        default:
            let cause = psql.underlying.map { "\($0)" } ?? "\(psql.code)"
            return connecting
                ? "cannot connect to \(server) (\(cause)); check the server and \(fixURL)"
                : "\(server) failed: \(cause); retry, and check the server's log if it persists"
        }
    }

    /// The socket-level reason in a few words; NIO's own description nests several layers.
    private static func shortCause(_ error: (any Error)?) -> String {
        guard let error else { return "connection failed" }
        let text = "\(error)"
        for (needle, short) in [("refused", "connection refused"), ("imed out", "timed out"), ("imeout", "timed out"),
                                ("unreachable", "network unreachable"), ("resolve", "unknown host"), ("UnknownHost", "unknown host"), ("reset", "connection reset")]
            where text.contains(needle) {
            return short
        }
        return text
    }
}
