import EventLog
import Foundation

/// Where a shared log lives: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`
/// (`postgresql://` works too). PORT defaults to 5432, USER to the login name; a missing password
/// falls back to `PGPASSWORD`.
///
/// The password never leaves this value except toward the server: `masked` and every message
/// built from it show `***` in its place.
public struct PostgresURL: Sendable, Equatable {
    /// How the connection is encrypted, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, else plain (libpq's default). Certificates not checked.
        case prefer
        /// TLS or no connection. Certificates not checked, as with libpq's `require`.
        case require
        /// TLS, and the server's certificate must be valid for the host name.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode

    /// True when `s` (surrounding white space aside) starts with `postgres://` or
    /// `postgresql://`, the scheme in any letter case (RFC 3986 §3.1: schemes are case-insensitive).
    public static func isPostgresURL(_ s: String) -> Bool {
        let lower = s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    public init(user: String, password: String?, host: String, port: Int = 5432, database: String, tls: TLSMode = .prefer) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }

    /// Parses a URL; a malformed one gets a message that shows the expected form (never the password).
    public init(_ string: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        let form = "postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require|verify-full]"
        let string = string.trimmingCharacters(in: .whitespacesAndNewlines)
        let masked = PostgresURL.maskPassword(in: string)
        guard PostgresURL.isPostgresURL(string), let parts = URLComponents(string: string) else {
            throw .server("cannot read the store URL \(masked); write it as \(form)")
        }
        guard let host = parts.host, !host.isEmpty else {
            throw .server("the store URL \(masked) names no host; write it as \(form)")
        }
        let database = String(parts.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw .server("the store URL \(masked) names no database; write it as \(form)")
        }
        var tls = TLSMode.prefer
        for item in parts.queryItems ?? [] {
            guard item.name == "sslmode" else {
                throw .server("the store URL \(masked) has an unknown parameter \(item.name); only sslmode is understood")
            }
            guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                throw .server("sslmode=\(item.value ?? "") in \(masked) is not one of disable, prefer, require, verify-full")
            }
            tls = mode
        }
        self.user = parts.user.flatMap { $0.removingPercentEncoding } ?? environment["USER"] ?? "postgres"
        self.password = parts.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        self.host = host
        self.port = parts.port ?? 5432
        self.database = database.removingPercentEncoding ?? database
        self.tls = tls
    }

    /// The URL fit to print: the password, if any, is `***`.
    public var masked: String {
        let auth = password == nil ? user : "\(user):***"
        let query = tls == .prefer ? "" : "?sslmode=\(tls.rawValue)"
        return "postgres://\(auth)@\(host):\(port)/\(database)\(query)"
    }

    /// A file-name-safe name for this log: `<host>-<port>-<db>`, used for the default projections directory.
    public var projectionsDirectoryName: String {
        let safe = { (s: String) in String(s.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" ? $0 : "_" }) }
        return "\(safe(host))-\(port)-\(safe(database))"
    }

    /// Replaces every password in `text` with `***`: the user-info password of a URL of any
    /// scheme (`scheme://user:secret@`, `scheme:/user:secret@`), of a URL written without its
    /// scheme (`user:secret@host`), a `password=` query or connection-string parameter, and any
    /// literal occurrence of `password`. For messages that quote what they were given.
    public static func maskPassword(in text: String, password: String? = nil) -> String {
        var out = text
        if let password, !password.isEmpty { out = out.replacingOccurrences(of: password, with: "***") }
        for (regex, template) in maskRules {
            out = regex.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        return out
    }

    /// The patterns `maskPassword` hides, each with what replaces it.
    private nonisolated(unsafe) static let maskRules: [(NSRegularExpression, String)] = [
        // scheme://user:secret@ (any scheme, any number of slashes, any case) → scheme://user:***@
        ("([A-Za-z][A-Za-z0-9+.-]*:/*[^:/@\\s]*:)[^\\s]*@", "$1***@"),
        // user:secret@host at the start of a word, no scheme → user:***@host
        ("((?:^|[\\s\"'`(=/])[^:/@\\s\"'`(=]+:)[^/\\s\"'`]*@", "$1***@"),
        // password=secret in a query string or key=value connection string → password=***
        ("((?:^|[?&;\\s\"'`])(?:password|passwd|pwd|pgpassword|sslpassword)=)[^&;\\s\"'`]*", "$1***"),
    ].map { (try! NSRegularExpression(pattern: $0.0, options: [.caseInsensitive]), $0.1) }

    /// What a store argument names: a local store directory, or a log on PostgreSQL.
    public enum StoreLocation: Equatable, Sendable {
        case directory(String)
        case server(PostgresURL)
    }

    /// Classifies a `--store` argument. A `postgres://` or `postgresql://` URL (scheme in any case,
    /// surrounding white space ignored) is parsed; anything else shaped like a URL is refused
    /// rather than taken as a directory name: another `scheme://`, a `postgres:` without its two
    /// slashes, or `user:password@host…` without a scheme. Messages mask the password.
    public static func storeLocation(_ raw: String,
                                     environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) -> StoreLocation {
        let form = "postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if isPostgresURL(trimmed) { return .server(try PostgresURL(trimmed, environment: environment)) }
        let masked = maskPassword(in: trimmed)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres:") || lower.hasPrefix("postgresql:") {
            throw .server("the store \(masked) is not a well-formed URL; write it as \(form)")
        }
        if let scheme = trimmed.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:/", options: .regularExpression) {
            let name = trimmed[scheme].dropLast(2)
            throw .server("the store \(masked) uses the scheme \(name):, which kgraph does not read; give a directory or \(form)")
        }
        if trimmed.range(of: "(^|/)[^/\\s]*:[^/\\s]*@", options: .regularExpression) != nil {
            throw .server("the store \(masked) looks like a URL without its scheme; write it as \(form), or give a directory")
        }
        if raw != trimmed, !trimmed.isEmpty, trimmed.contains("@") {
            throw .server("the store \(masked) has white space around it; remove it")
        }
        return .directory(raw)
    }

    /// `masked`, with any other copy of the password in `text` hidden too.
    func scrub(_ text: String) -> String {
        PostgresURL.maskPassword(in: text, password: password)
    }
}
