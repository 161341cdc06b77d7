import EventLog
import Events
import Foundation
import Projections
import Query

/// A store built from events written here, with its projections caught up.
final class QueryFixture {
    let path = NSTemporaryDirectory() + "kgraph-query-" + UUID().uuidString
    let store: Store
    let catalog: ProjectionCatalog

    init(_ events: [Event]) throws {
        store = try Store.create(at: path)
        store.log.durability = .osBuffered
        try store.log.append(events)
        catalog = ProjectionCatalog(store: store)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    var queries: GraphQueries {
        get throws {
            GraphQueries(graph: try OrgGraphReader(try catalog.caughtUp("org-graph"), log: store.log), names: AliasesReader(try catalog.caughtUp("aliases")))
        }
    }
    var timeline: TimelineReader { get throws { try TimelineReader(try catalog.caughtUp("timeline"), log: store.log) } }
}

func d(_ s: String) -> PartialDate { PartialDate(parsing: s)! }

func event(_ kind: EventKind, _ date: String, _ parts: [(Role, String)], doc: String = "a.txt", article: Int = 0,
           surfaces: [String: String] = [:]) -> Event {
    Event(kind: kind, occurredAt: d(date),
          source: Source(document: doc, article: article, evidence: "\(parts.map(\.1).joined(separator: "·")) \(kind.name) \(date)"),
          participants: parts.map { Participant(role: $0.0, name: $0.1, surface: surfaces[$0.1]) })
}

/// A small world: KT and Microsoft partner in June 2024 (told by two articles), KT invests in
/// KT Cloud, Microsoft partners with OpenAI earlier, the privacy regulator bans DeepSeek.
let world: [Event] = [
    event(.partnership, "2024-06-03", [(.party, "KT"), (.party, "마이크로소프트")], doc: "a.txt", surfaces: ["마이크로소프트": "MS"]),
    event(.partnership, "2024-06-04", [(.party, "KT"), (.party, "마이크로소프트")], doc: "b.txt", surfaces: ["KT": "케이티"]),
    event(.investment, "2024-09", [(.investor, "KT"), (.target, "KT클라우드")], doc: "c.txt"),
    event(.partnership, "2023-01-23", [(.party, "마이크로소프트"), (.party, "오픈AI")], doc: "d.txt", surfaces: ["마이크로소프트": "Microsoft"]),
    event(.ban, "2025-02", [(.imposer, "개인정보보호위원회"), (.target, "딥시크")], doc: "e.txt", surfaces: ["개인정보보호위원회": "개인정보위"]),
    event(.announcement, "2025-02-17", [(.actor, "개인정보보호위원회")], doc: "e.txt"),
    event(.partnership, "2025-03-14", [(.party, "SK텔레콤"), (.party, "아마존웹서비스")], doc: "f.txt", surfaces: ["아마존웹서비스": "AWS"]),
    event(.partnership, "2025-05", [(.party, "MS증권"), (.party, "KT")], doc: "g.txt", surfaces: ["MS증권": "MS"]),
]
