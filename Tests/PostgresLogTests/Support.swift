import EventLog
import Events
import Foundation
import TestSupport
import PostgresCluster
import PostgresLog
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The one PostgreSQL cluster these tests share, started on first use and stopped (by its pid)
/// when the test process exits. Each test works in a database of its own, so tests can run in
/// parallel. If PostgreSQL cannot be installed or started, every test here fails saying why.
enum TestServer {
    nonisolated(unsafe) private static var started: Result<ThrowawayCluster, any Error>?
    private static let lock = NSLock()

    static func cluster() throws -> ThrowawayCluster {
        lock.lock()
        defer { lock.unlock() }
        if started == nil {
            started = Result { try ThrowawayCluster(options: ["fsync": "off", "max_connections": "200"]) }
            atexit { TestServer.stopAtExit() }
        }
        do { return try started!.get() } catch {
            Issue.record("cannot start a throwaway PostgreSQL for these tests: \(error)")
            throw error
        }
    }

    private static func stopAtExit() {
        if case .success(let cluster) = started { cluster.stop() }
    }

    /// A new empty database; returns its kgraph URL.
    static func freshDatabase() throws -> (ThrowawayCluster, database: String, url: String) {
        let cluster = try cluster()
        let name = "t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try cluster.createDatabase(name)
        return (cluster, name, cluster.url(database: name))
    }

    /// A new database with kgraph's tables, and a log open on it.
    static func freshLog() throws -> (ThrowawayCluster, database: String, url: String, log: PostgresEventLog) {
        let (cluster, database, url) = try freshDatabase()
        let log = try PostgresEventLog.create(try PostgresURL(url)).log
        return (cluster, database, url, log)
    }
}

func sampleEvent(_ n: Int, kind: EventKind = .partnership, document: String = "doc.txt", tag: String = "") -> Event {
    let roles: [Role] = switch kind {
    case .partnership: [.party, .party]
    case .investment: [.investor, .target]
    case .ban: [.imposer, .target]
    default: [.actor]
    }
    return Event(kind: kind, occurredAt: PartialDate(year: 2024, month: 1 + n % 12, day: 1 + n % 28)!,
                 source: Source(document: document, article: n, evidence: "문장 \(tag)\(n): 회사\(n % 50)와 기관\(n % 7)이 협력했다."),
                 participants: roles.enumerated().map { i, r in Participant(role: r, name: i == 0 ? "회사\(n % 50)" : "기관\(n % 7)") })
}

/// One interchange line (the format `kgraph append` reads) with an explicit id.
func interchangeLine(id: String, n: Int) -> String {
    """
    {"id": "\(id)", "kind": "partnership", "date": "2024-\(String(format: "%02d", 1 + n % 12))-\(String(format: "%02d", 1 + n % 28))", \
    "participants": [{"role": "party", "name": "회사\(n % 300)"}, {"role": "party", "name": "기관\(n % 37)"}], \
    "source": {"document": "\(id.prefix(3)).txt", "article": \(n % 50), "evidence": "회사\(n % 300)와 기관\(n % 37)이 협력한다고 밝혔다 \(id)."}}
    """
}

