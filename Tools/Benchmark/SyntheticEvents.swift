import Events

/// Deterministic news-shaped events: the same seed always yields the same events, ids included.
struct SyntheticEvents {
    static let eventsPerDocument = 200

    private var rng: SplitMix64
    private let pool: OrganizationPool
    private var documentDate = PartialDate(year: 2015, month: 1, day: 1)!
    private var documentName = ""
    private var article = 0

    init(seed: UInt64, organizations: Int) {
        var rng = SplitMix64(seed: seed)
        pool = OrganizationPool(count: organizations, rng: &rng)
        self.rng = rng
    }

    mutating func generate(_ count: Int) -> [Event] {
        var out: [Event] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(event(index: i)) }
        return out
    }

    private mutating func event(index: Int) -> Event {
        if index % Self.eventsPerDocument == 0 { startDocument(index / Self.eventsPerDocument) }
        if rng.chance(0.35) { article += 1 }

        let kind = drawKind()
        let orgs = pool.draw(2 + rng.below(2), &rng)
        let surfaces = orgs.map { rng.pick($0.surfaces) }
        let participants = zip(orgs, surfaces).enumerated().map { i, pair in
            Participant(role: role(kind, i, of: orgs.count), org: pair.0.id, name: pair.0.name, surface: pair.1)
        }

        var scope: String?, reason: String?, subject: String?, amount: Amount?
        let lead: String
        switch kind {
        case .partnership:
            scope = rng.pick(Vocabulary.scopes)
            lead = "\(list(surfaces))는 \(scope!) 분야 협력을 위한 업무협약(MOU)을 체결했다고 \(documentDate.day)일 밝혔다"
        case .investment:
            if rng.chance(0.5) { amount = drawAmount() }
            let investors = list(Array(surfaces.dropLast()))
            lead = "\(investors)는 \(surfaces.last!)에 \(amount?.text ?? "상당한") 규모의 투자를 단행한다고 \(documentDate.day)일 공시했다"
        case .ban:
            reason = rng.pick(Vocabulary.banReasons)
            scope = rng.pick(Vocabulary.scopes)
            lead = "\(surfaces[0])는 \(reason!)를 이유로 \(list(Array(surfaces.dropFirst())))의 \(scope!) 제품 사용을 금지한다고 발표했다"
        default:
            subject = rng.pick(Vocabulary.announcementSubjects)
            lead = "\(list(surfaces))는 \(subject!) 계획을 공식 발표하고 세부 일정을 공개했다"
        }
        let evidence = sentence(lead: lead)
        let scalars = evidence.unicodeScalars.count
        let spanStart = rng.below(4000)
        let occurred = dayBefore(documentDate, by: rng.below(30))
        let hash = (0..<4).flatMap { _ in withUnsafeBytes(of: rng.next()) { Array($0) } }

        let source = Source(
            document: documentName, article: article, articleHash: hash, sentence: rng.below(40),
            span: Span(start: spanStart, end: spanStart + scalars), evidence: evidence,
            url: "https://news.example.kr/article/\(100_000_000 + index)", publisher: rng.pick(Vocabulary.publishers),
            published: documentDate)
        return Event(kind: kind, occurredAt: occurred, source: source, participants: participants, amount: amount,
                     scope: scope, reason: reason, subject: subject, modality: rng.chance(0.1) ? .planned : .done,
                     confidence: 0.6 + 0.39 * rng.unit(), producer: Producer(name: "kgraph-extract", version: "0.4.2"))
    }

    private mutating func startDocument(_ n: Int) {
        let year = 2015 + rng.below(12)
        let month = 1 + rng.below(12)
        let day = 1 + rng.below(PartialDate.daysIn(month: month, year: year))
        documentDate = PartialDate(year: year, month: month, day: day)!
        documentName = "news/\(documentDate)/crawl-\(String(n, radix: 10)).jsonl"
        article = 0
    }

    private mutating func drawKind() -> EventKind {
        let u = rng.unit()
        if u < 0.35 { return .partnership }
        if u < 0.65 { return .investment }
        if u < 0.85 { return .announcement }
        return .ban
    }

    private func role(_ kind: EventKind, _ i: Int, of n: Int) -> Role {
        switch kind {
        case .investment: i == n - 1 ? .target : .investor
        case .ban: i == 0 ? .imposer : .target
        case .announcement: .actor
        default: .party
        }
    }

    private mutating func drawAmount() -> Amount {
        switch rng.below(10) {
        case 0..<6:
            let eok = 10 + rng.below(9_990)
            return Amount(value: Double(eok) * 1e8, currency: "KRW", text: "\(eok)억원")
        case 6..<8:
            let jo = 1 + rng.below(9), eok = rng.below(10) * 1000
            let text = eok == 0 ? "\(jo)조원" : "\(jo)조 \(eok)억원"
            return Amount(value: Double(jo) * 1e12 + Double(eok) * 1e8, currency: "KRW", text: text)
        case 8:
            let man = 100 + rng.below(9_900)
            return Amount(value: Double(man) * 1e4, currency: "USD", text: "\(man)만 달러")
        default:
            return Amount(low: 1e10, high: 1e11, currency: "KRW", text: "수백억원")
        }
    }

    /// Grows `lead` with stock phrases and made-up words to 100–150 characters, like a news sentence.
    private mutating func sentence(lead: String) -> String {
        let target = 100 + rng.below(51)
        var s = lead
        var count = s.count
        if count + 20 < target, rng.chance(0.5) {
            let phrase = rng.pick(Vocabulary.fillerPhrases)
            s += ". " + phrase
            count += 2 + phrase.count
        }
        while count < target - 1 {
            var word = ""
            for _ in 0..<(2 + rng.below(3)) { word += rng.pick(Vocabulary.wordSyllables) }
            word += rng.pick(Vocabulary.particles)
            s += " " + word
            count += 1 + word.count
        }
        return s + "."
    }

    private func list(_ names: [String]) -> String {
        names.count <= 1 ? (names.first ?? "") : names.dropLast().joined(separator: ", ") + "와 " + names.last!
    }

    private func dayBefore(_ d: PartialDate, by days: Int) -> PartialDate {
        var (y, m, day) = (d.year, d.month, d.day - days)
        while day < 1 {
            m -= 1
            if m < 1 { (y, m) = (y - 1, 12) }
            day += PartialDate.daysIn(month: m, year: y)
        }
        return PartialDate(year: y, month: m, day: day)!
    }
}
