import EventLog
import Events
import Foundation

/// A fresh directory under the system temp dir, removed when the value is released.
final class TempDir {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "kgraph-test-" + UUID().uuidString
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

func sampleEvent(_ n: Int, kind: EventKind = .partnership, document: String = "doc.txt") -> Event {
    let roles: [Role] = switch kind {
    case .partnership: [.party, .party]
    case .investment: [.investor, .target]
    case .ban: [.imposer, .target]
    default: [.actor]
    }
    return Event(kind: kind, occurredAt: PartialDate(year: 2024, month: 1 + n % 12, day: 1 + n % 28)!,
                 source: Source(document: document, article: n, evidence: "문장 \(n): 회사\(n)와 기관\(n % 7)이 협력했다."),
                 participants: roles.enumerated().map { i, r in Participant(role: r, name: i == 0 ? "회사\(n)" : "기관\(n % 7)") })
}
