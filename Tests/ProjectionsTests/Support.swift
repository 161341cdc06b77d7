import EventLog
import Events
import Foundation
import Projections

final class TempStore {
    let path = NSTemporaryDirectory() + "kgraph-proj-" + UUID().uuidString
    let store: Store
    let catalog: ProjectionCatalog
    init() throws {
        store = try Store.create(at: path)
        store.log.durability = .osBuffered
        catalog = ProjectionCatalog(store: store)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    var graph: OrgGraphReader { get throws { try OrgGraphReader(try catalog.caughtUp("org-graph"), log: store.log) } }
}

func day(_ s: String) -> PartialDate { PartialDate(parsing: s)! }

func partnership(_ a: String, _ b: String, _ date: String, doc: String = "a.txt", article: Int = 0,
                 surfaces: (String, String)? = nil) -> Event {
    Event(kind: .partnership, occurredAt: day(date),
          source: Source(document: doc, article: article, evidence: "\(a)와 \(b)가 손잡았다 (\(doc)#\(article))"),
          participants: [Participant(role: .party, name: a, surface: surfaces?.0), Participant(role: .party, name: b, surface: surfaces?.1)])
}

func investment(_ investor: String, _ target: String, _ date: String, doc: String = "a.txt", article: Int = 0) -> Event {
    Event(kind: .investment, occurredAt: day(date), source: Source(document: doc, article: article, evidence: "\(investor) → \(target)"),
          participants: [Participant(role: .investor, name: investor), Participant(role: .target, name: target)],
          amount: Amount(value: 1e11, currency: "KRW", text: "1000억원"))
}

func announcement(_ actor: String, _ date: String, doc: String = "a.txt", article: Int = 0) -> Event {
    Event(kind: .announcement, occurredAt: day(date), source: Source(document: doc, article: article, evidence: "\(actor) 발표"),
          participants: [Participant(role: .actor, name: actor)])
}

func retraction(of id: String) -> Event {
    Event(kind: .retraction, occurredAt: .unknown, source: Source(document: "cli"), participants: [], reason: "오보", retracts: id)
}

func alias(_ name: String, is org: String) -> Event {
    Event(kind: .alias, occurredAt: .unknown, source: Source(document: "cli"), participants: [],
          alias: AliasDeclaration(name: name, organization: org))
}

extension OrgGraphReader {
    /// "other:reportCount" per relation of a kind, sorted — a compact picture for golden checks.
    func partners(_ name: String, _ kind: EventKind = .partnership) throws -> [String] {
        try relations(of: OrganizationID.make(name), kinds: [kind]).map { "\($0.other):\($0.reports.count)" }.sorted()
    }
}
