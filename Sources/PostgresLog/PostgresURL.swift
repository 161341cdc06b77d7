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

    public static func isPostgresURL(_ s: String) -> Bool {
        s.hasPrefix("postgres://") || s.hasPrefix("postgresql://")
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

    /// Replaces the password of every postgres URL in `text` with `***`, and any literal
    /// occurrence of `password`: for messages that quote what they were given.
    public static func maskPassword(in text: String, password: String? = nil) -> String {
        var out = text
        if let password, !password.isEmpty { out = out.replacingOccurrences(of: password, with: "***") }
        // scheme://user:secret@  →  scheme://user:***@
        guard let regex = try? NSRegularExpression(pattern: "(postgres(?:ql)?://[^:/@\\s]*:)[^@\\s]*@") else { return out }
        let range = NSRange(out.startIndex..., in: out)
        return regex.stringByReplacingMatches(in: out, range: range, withTemplate: "$1***@")
    }

    /// `masked`, with any other copy of the password in `text` hidden too.
    func scrub(_ text: String) -> String {
        PostgresURL.maskPassword(in: text, password: password)
    }
}
