import Events

/// Small hand-written events for tests.
enum Fixture {
    static func partnership(_ a: String = "KT", _ b: String = "마이크로소프트", date: String = "2024-06-03",
                            document: String = "fixture.txt", article: Int = 0) -> Event {
        Event(kind: .partnership, occurredAt: PartialDate(parsing: date)!,
              source: Source(document: document, article: article, sentence: 2, span: Span(start: 10, end: 52),
                             evidence: "\(a)와 \(b)는 클라우드 사업에서 손을 잡았다고 밝혔다."),
              participants: [Participant(role: .party, name: a), Participant(role: .party, name: b, surface: "MS")],
              scope: "클라우드", confidence: 0.9, producer: Producer(name: "test", version: "1"))
    }

    static func investment() -> Event {
        Event(kind: .investment, occurredAt: PartialDate(year: 2024, month: 9)!,
              source: Source(document: "fixture.txt", article: 1, articleHash: Array(repeating: 7, count: 32),
                             published: PartialDate(year: 2024, month: 9, day: 12)),
              participants: [Participant(role: .investor, name: "KT"), Participant(role: .target, name: "KT클라우드")],
              amount: Amount(value: 5e11, currency: "KRW", text: "5000억원"), modality: .planned)
    }
}
