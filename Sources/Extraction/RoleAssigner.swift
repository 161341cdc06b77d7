import Events
import Foundation

/// A participant chosen for an event, with the reason it was chosen.
struct Cast: Sendable {
    var role: Role
    var name: String
    var surface: String
    var type: OrganizationType?
    var why: String
    /// A country as a measure's target because the measure is against it (`러시아에 대해 …수출을
    /// 금지`), not because it says whose firms; such a target is kept where countries are dropped.
    var countryMeasured = false
}

extension Cast {
    /// `m` in `role`; `why` is explained as `surface (why, rule)`, or `surface (why)` when `rule` is false.
    init(_ m: Mention, _ role: Role, _ why: String, rule: Bool = true) {
        self.init(role: role, name: m.name, surface: m.surface, type: m.type, why: rule ? "\(m.surface) (\(why), \(m.rule))" : "\(m.surface) (\(why))")
    }

    /// The same organization in another role (the article's topic as an investor), explained as
    /// `surface (why)`.
    func recast(_ role: Role, _ why: String) -> Cast {
        Cast(role: role, name: name, surface: surface, type: type, why: "\(surface) (\(why))")
    }
}

extension Array where Element == Cast {
    /// The first cast of each name, in order.
    var uniqueByName: [Cast] {
        var seen = Set<String>()
        return filter { seen.insert($0.name).inserted }
    }
}

/// Mentions joined by commas, 및 or 와/과 (`SK그룹과 아마존웹서비스(AWS)는`) take the role of the
/// last one's particle together.
struct MentionGroup: Sendable {
    var members: [Mention]
    var marker: Marker
    var start: Int { members.first!.start }
    var end: Int { members.last!.markerEnd }
}

/// Assigns roles from particles and word order (Korean is verb-final: the parties come before the
/// trigger). The subject (이/가/은/는, or an organization speaking through its officer) acts;
/// 와/과 adds partners; 을/를, 의 and 에 대한 name what a ban or an investment is about.
final class RoleAssigner: Sendable {
    let facilityNouns: [Scalars]
    /// Participles of granting (cues.json `grantingWords`: 부여한, 내준).
    let grantingWords: Set<String>
    /// Parts of an organization that are bought (`낸드 사업 부문`).
    let divisionHeads: Set<String>
    /// triggers.json `investmentLists.ownershipNouns` (`지분`, `경영권`, `최대주주`).
    let ownershipNouns: [String]
    /// triggers.json `investmentLists.leadParticiples`, each with a space on both sides (` 주도한 `):
    /// after them, the subject before led the round (`B가 주도한 C의 투자`).
    let leadParticiples: [Scalars]
    /// triggers.json `investmentLists.joinParticiples`, each with a space on both sides (` 참여한 `):
    /// after them and before a round's noun, the subject before them took part in that round.
    let joinParticiples: [Scalars]
    /// triggers.json `investmentLists.leadVerbs` (`주도`, `이끌`): a sentence with one names its round's
    /// investors by the round's own reading.
    let leadVerbs: [Scalars]

    /// Whether a lead verb stands in `s` as a verb (`ConsortiumReader.leadsAt`).
    func namesALead(_ s: Scalars) -> Bool {
        leadVerbs.contains { verb in
            var from = 0
            while let v = s.firstIndex(of: verb, from: from) {
                if ConsortiumReader.leadsAt(s, v, verb) { return true }
                from = v + 1
            }
            return false
        }
    }
    /// triggers.json `investmentLists.roundNouns` (`투자`, `라운드`): nouns that name a round.
    let roundNounList: Set<String>
    /// Nouns of buying or selling a company (patterns.json `acquisitionNouns`: 인수, 매입): a bare
    /// name right before one is what is bought (`하만 인수 절차를 마무리했다`).
    let acquisitionNouns: [String]
    /// patterns.json `exportedGoods.determiners`: words that open no name of goods (`특정`, `일부`),
    /// nor stand for it right before the exports (`기존 수출 통제`, `대(對) 한국 수출`).
    let exportDeterminers: Set<String>
    /// patterns.json `exportedGoods.genericNouns`: nouns that alone name no goods (`제품`, `품목`).
    let genericGoods: Set<String>
    /// patterns.json `exportedGoods.destinations`: words that name where exports go (`대중`, `대중국`),
    /// no part of the goods' name.
    let exportDestinations: [String]
    /// Destination words (`대러시아`) and the country each names, as a target (patterns.json
    /// `exportedGoods.destinationCountries`).
    let destinationCountries: [String: Cast]
    /// patterns.json `exportedGoods.organizationNouns`: heads that name firms, not goods (`기업`).
    let notGoods: Set<String>
    /// The ban stems of triggers.json written as one word with 수출 (`수출통제`, `수출규제`): 수출 glued
    /// to a measure's noun belongs to the measure.
    let exportMeasureNouns: Set<String>
    let facilityVerbs: [Scalars]
    let jointMarkers: [Scalars]
    let josa: JosaStripper
    /// Support verbs that lay a measure on the one named with 에 (cues.json `imposingVerbs`).
    let imposingVerbs: Set<String>
    /// Nouns of using something (cues.json `roleWords.useNouns`: 사용, 접속).
    let useNouns: Set<String>
    /// Each use noun joined to what follows by 와/과, between spaces (` 다운로드와 `), built once.
    let useNounsJoined: [Scalars]
    /// Stems of trade a measure may stop (cues.json `roleWords.tradeStems`: 판매, 수출).
    let tradeStems: [String]
    /// What puts a country's market after its name, spaces included (cues.json `roleWords.marketWords`).
    let marketWords: [Scalars]
    /// Adverbs of one deal after another (cues.json `roleWords.successively`: 연이어), each read with
    /// the space after it.
    let successively: [Scalars]
    /// Stems of an order or a sanction given to the one named with 에 (cues.json `roleWords.orderStems`).
    let orderStems: [String]
    /// Stems of an order to stop (cues.json `roleWords.stopOrders`): who must stop may be the plain
    /// subject of the order's clause.
    let stopOrders: [String]
    /// Stems of a request or an instruction to stop (cues.json `roleWords.governmentRequests`): a
    /// measure only when a government gives it.
    let governmentRequests: [String]
    /// Stems of money spent, not invested in what is named (cues.json `roleWords.spendingStems`: 투입).
    let spendingStems: [String]
    /// Topic-marked words that are no speaker apart from the organizations named (cues.json
    /// `roleWords.notSpeakers`: 회사, 양사, 지난해).
    let notSpeakers: [String]
    /// A stake of the speaker's own firm (cues.json `roleWords.ownStakes`: 자사 지분).
    let ownStakes: [Scalars]
    /// What follows goods put on the list of controlled exports as an object (cues.json
    /// `roleWords.controlledExports`: `HBM을 수출 통제 대상으로 추가했다`).
    let controlledExports: [Scalars]
    /// Words of time that open no name of goods (cues.json `roleWords.timeWords`: `최근 B의 수출을`).
    let timeWords: Set<String>
    /// Nouns of someone's subsidiary (cues.json `roleWords.subsidiaryNouns`: 자회사, 계열사): become one
    /// in the passive (`B는 A의 자회사로 편입됐다`), the owner named right before took it over.
    let subsidiaryNouns: [String]
    /// Nouns that put one happening after another (cues.json `roleWords.sequenceNouns`: `…내린 뒤`,
    /// `…한 후`): what comes before one is a clause of its own.
    let sequenceNouns: Set<String>
    /// Endings that join a clause to the next (cues.json `roleWords.clauseLinks`: `…했다면서 `,
    /// `…하며 `), each with the space after it.
    let clauseLinks: [Scalars]

    /// Tells a facility's own name (`장성 파인데이터센터`) from a description in common words
    /// (`서비스용 모빌리티 제조공장`); without it every facility told with words before it counts.
    let analyzer: MorphologicalAnalyzer?

    init(lexicon: Lexicon, analyzer: MorphologicalAnalyzer? = nil) {
        self.analyzer = analyzer
        facilityNouns = lexicon.patterns.facilityNouns.map(\.scalars).sorted { $0.count > $1.count }
        grantingWords = Set(lexicon.cues.grantingWords ?? [])
        divisionHeads = Set(lexicon.patterns.divisionHeads ?? [])
        ownershipNouns = lexicon.triggers.investmentLists?.ownershipNouns ?? []
        leadParticiples = (lexicon.triggers.investmentLists?.leadParticiples ?? []).map { (" " + $0 + " ").scalars }
        joinParticiples = (lexicon.triggers.investmentLists?.joinParticiples ?? []).map { (" " + $0 + " ").scalars }
        leadVerbs = (lexicon.triggers.investmentLists?.leadVerbs ?? []).map(\.scalars)
        roundNounList = Set(lexicon.triggers.investmentLists?.roundNouns ?? [])
        acquisitionNouns = lexicon.patterns.acquisitionNouns ?? []
        exportDeterminers = Set(lexicon.patterns.exportedGoods?.determiners ?? [])
        genericGoods = Set(lexicon.patterns.exportedGoods?.genericNouns ?? [])
        notGoods = Set(lexicon.patterns.exportedGoods?.organizationNouns ?? [])
        exportDestinations = lexicon.patterns.exportedGoods?.destinations ?? []
        // The gazetteer's entry names the country as every other rule does (러시아 → 러시아 정부).
        let countries = lexicon.patterns.exportedGoods?.destinationCountries ?? [:]
        destinationCountries = countries.reduce(into: [:]) { out, pair in
            let (word, country) = pair
            guard let entry = lexicon.gazetteer.first(where: { $0.name == country || $0.aliases.contains(country) }) else { return }
            out[word] = Cast(role: .target, name: entry.name, surface: country, type: OrganizationType(name: entry.type),
                             why: "\(country) (a list item '\(word)', the country the measure on exports is against)", countryMeasured: true)
        }
        exportMeasureNouns = Set((lexicon.triggers.kinds["ban"] ?? []).map(\.stem).filter { $0.hasPrefix("수출") && !$0.contains(" ") })
        facilityVerbs = lexicon.patterns.facilityVerbs.map(\.scalars)
        jointMarkers = lexicon.triggers.jointMarkers.map(\.scalars)
        josa = JosaStripper(lexicon.josa)
        imposingVerbs = Set(lexicon.cues.imposingVerbs ?? [])
        let words = lexicon.cues.roleWords
        useNouns = Set(words?.useNouns ?? [])
        useNounsJoined = useNouns.sorted().flatMap { noun in ["와", "과"].map { " \(noun)\($0) ".scalars } }
        controlledExports = (words?.controlledExports ?? []).map(\.scalars)
        timeWords = Set(words?.timeWords ?? [])
        subsidiaryNouns = words?.subsidiaryNouns ?? []
        sequenceNouns = Set(words?.sequenceNouns ?? [])
        clauseLinks = (words?.clauseLinks ?? []).map { ($0 + " ").scalars }
        tradeStems = words?.tradeStems ?? []
        marketWords = (words?.marketWords ?? []).map(\.scalars)
        successively = (words?.successively ?? []).map { ($0 + " ").scalars }
        orderStems = words?.orderStems ?? []
        stopOrders = words?.stopOrders ?? []
        governmentRequests = words?.governmentRequests ?? []
        spendingStems = words?.spendingStems ?? []
        notSpeakers = words?.notSpeakers ?? []
        ownStakes = (words?.ownStakes ?? []).map(\.scalars)
        appositiveHeads = Set((lexicon.patterns.appositiveHeads ?? []).map(\.noun))
        phraseAdverbs = Set((lexicon.triggers.phraseAdverbs ?? []) + lexicon.triggers.jointMarkers)
        absenceWords = lexicon.cues.absenceWords ?? []
    }

    /// cues.json `absenceWords` (`없`, `아니`): after the noun a clause modifies, they deny it.
    let absenceWords: [String]

    /// triggers.json `phraseAdverbs` and `jointMarkers` (`각각`, `새로`, `함께`): adverbs that may stand
    /// between a partner and the verb of the deal.
    let phraseAdverbs: Set<String>

    /// Classifier nouns (patterns.json `appositiveHeads`): a list item reads from after the last one.
    let appositiveHeads: Set<String>

    /// Whether the last word of `text` is a verb with its ending (`하고`, `개발하며`) to the analyzer,
    /// and not a foreign name it cut apart: a clause, not a name. False without an analyzer.
    func endsInAPredicate(_ text: String) -> Bool {
        guard let analyzer, let last = text.split(separator: " ").last else { return false }
        let m = analyzer.analyze(String(last))
        // `협력 중이며`: the copula with an ending closes a clause too.
        return !MorphologicalAnalyzer.isMisSplitForeignWord(m) && m.contains { $0.tag.hasPrefix("VV") || $0.tag.hasPrefix("XSV") || $0.tag.hasPrefix("VX") || $0.tag.hasPrefix("VCP") }
            && m.last.map { $0.tag.hasPrefix("E") || $0.tag.contains("+E") } == true
    }

    /// Verbs of a clause that sets up what it modifies (`…가 설립한 합작법인`).
    static let jointVentureClause = TriggerMatcher.makingVerbs + ["설립된 ", "출범시킨 "].map(\.scalars)

    /// Nouns of a kind of organization (`중소기업`, `스타트업`): a count right after one counts new ones.
    static let kindsCounted = ["기업", "업체", "회사", "기관", "단체", "스타트업", "협력사", "팹리스"]

    static let bothParties = ["양사", "양 사", "양측", "두 회사", "양 기관", "두 기관", "양 기업", "두 기업", "두 업체"].map(\.scalars)
    /// The three parties named before (`세 기관은`, `3사는`).
    static let threeParties = ["세 기관", "세 회사", "세 기업", "세 곳", "3사", "3개사", "3개 기관", "3개 기업"].map(\.scalars)
    /// The parties named before, counted (`4개 업체는`, `네 기관은`, `5사는`) or not (`이들 기업은`),
    /// for two to ten of them.
    static func partiesCounted(_ n: Int) -> [Scalars] { partiesByCount[n] ?? [] }
    private static let partiesByCount = Dictionary(uniqueKeysWithValues: (2...10).map { ($0, makePartiesCounted($0)) })
    private static func makePartiesCounted(_ n: Int) -> [Scalars] {
        let native = [2: "두", 3: "세", 4: "네", 5: "다섯", 6: "여섯", 7: "일곱", 8: "여덟", 9: "아홉", 10: "열"]
        let nouns = ["기관", "회사", "기업", "업체", "곳", "단체"]
        var words = ["이들 기업", "이들 기관", "이들 업체", "이들 회사", "이들 단체"]
        words += ["\(n)사", "\(n)개사", "\(n)곳"] + nouns.map { "\(n)개 \($0)" } + nouns.map { "\(n)개\($0)" }
        if let k = native[n] { words += nouns.map { "\(k) \($0)" } }
        var seen = Set<String>()
        return ((n == 2 ? bothParties : n == 3 ? threeParties : []) + words.map(\.scalars)).filter { seen.insert($0.string).inserted }
    }

    /// Adds the earlier partners where the sentence calls them `양사` (both companies), by their
    /// count (`세 기관`, `4개 업체`) or `이들 기업`, as one subject group in the place of the word.
    static func resolvingBothParties(_ mentions: [Mention], in s: Scalars, nesting: Nesting, partners: [Cast], josa: JosaStripper) -> [Mention] {
        var out = mentions
        for word in partiesCounted(partners.count) {
            var from = 0
            while let at = s.firstIndex(of: word, from: from) {
                from = at + word.count
                guard at == 0 || !OrganizationRecognizer.isWordScalar(s[at - 1]) else { continue }
                let wEnd = OrganizationRecognizer.wordEnd(s, from: at + word.count)
                guard let marker = josa.marker(of: s[(at + word.count)..<wEnd], after: s[at + word.count - 1]), marker != .none else { continue }
                // `이들 업체와 거래할 수 없다`: 이들 (these) may point at any group named before; only as
                // the subject does it stand for the partners.
                if word.first == "이", marker != .subject { continue }
                // `중소기업 2곳에 투자했다`: a count right after a bare noun of a kind of organization
                // counts new ones of that kind; a count standing alone (`또 두 회사는`), or after the
                // names (`A와 B 두 회사`), points back.
                if word.first != "이", !word.starts(with: "양".scalars), at >= 2, s[at - 1] == " ", s[at - 2].isHangulSyllable,
                   !mentions.contains(where: { $0.end == at - 1 || $0.markerEnd == at - 1 }) {
                    var b = at - 2
                    while b > 0, OrganizationRecognizer.isWordScalar(s[b - 1]) { b -= 1 }
                    let noun = s.string(b..<(at - 1))
                    if RoleAssigner.kindsCounted.contains(where: { noun.hasSuffix($0) }) { continue }
                }
                for (k, p) in partners.enumerated() {
                    let last = k == partners.count - 1
                    var m = Mention(start: at, end: at + word.count, name: p.name, surface: p.surface, type: p.type,
                                    marker: last ? marker : .list, markerEnd: last ? wEnd : at, rule: "both parties")
                    // `…“두 회사가 …”이라고 밝혔다`: quoted words are the speaker's, not the sentence's roles.
                    m.inQuote = nesting.inQuote[at]
                    m.inParens = nesting.parenDepth[at] > 0
                    out.append(m)
                }
            }
        }
        return out.sorted { ($0.start, $0.markerEnd) < ($1.start, $1.markerEnd) }
    }

    /// `디케이테크인은 … 자사가 카카오브레인을 흡수합병한다고 밝혔다`: 자사 (and 당사) with a particle
    /// stands for the topic the sentence opened with; it takes that particle's role. Returns the
    /// mentions with one added for each such word, in order of position.
    static func resolvingItself(_ mentions: [Mention], in s: Scalars, nesting: Nesting, josa: JosaStripper) -> [Mention] {
        var out = mentions
        for word in itself {
            var from = 0
            while let at = s.firstIndex(of: word, from: from) {
                from = at + word.count
                guard at == 0 || !OrganizationRecognizer.isWordScalar(s[at - 1]),
                      let topic = mentions.last(where: { $0.topic && $0.marker == .subject && $0.markerEnd <= at && !$0.inQuote && !$0.anonymous }) else { continue }
                let wEnd = OrganizationRecognizer.wordEnd(s, from: at + word.count)
                guard wEnd > at + word.count, let marker = josa.marker(of: s[(at + word.count)..<wEnd], after: s[at + word.count - 1]), marker != .none else { continue }
                var m = Mention(start: at, end: at + word.count, name: topic.name, surface: topic.surface, type: topic.type,
                                marker: marker, markerEnd: wEnd, rule: "itself (\(word.string))")
                m.inQuote = nesting.inQuote[at]
                m.inParens = nesting.parenDepth[at] > 0
                out.append(m)
            }
        }
        return out.sorted { ($0.start, $0.markerEnd) < ($1.start, $1.markerEnd) }
    }

    /// Words by which an organization names itself.
    static let itself = ["자사", "당사"].map(\.scalars)

    /// Whether a cast fills what its kind needs: two parties; an investor and a target; an imposer
    /// and a target; an actor.
    static func hasRequiredRoles(_ kind: EventKind, _ cast: [Cast]) -> Bool {
        func count(_ r: Role) -> Int { cast.filter { $0.role == r }.count }
        switch kind {
        case .partnership: return Set(cast.map(\.name)).count >= 2
        case .investment: return count(.investor) >= 1 && count(.target) >= 1
        case .ban: return count(.imposer) >= 1 && count(.target) >= 1
        case .announcement: return count(.actor) >= 1
        default: return !cast.isEmpty
        }
    }

    /// What a kind needs, in words, for explanations of a miss.
    static func needs(_ kind: EventKind) -> String {
        switch kind {
        case .partnership: "a subject and a partner with 와/과, or a consortium list"
        case .investment: "an investor as subject and a target as object, 에 or a facility"
        case .ban: "an imposer as subject and a target as object, 의 or 에 대한"
        case .announcement: "an organization as subject or speaker"
        default: "participants"
        }
    }

    /// Whether `owner`, named with 의, owns what `owned` names right after it (`메타의 채팅 앱
    /// 왓츠앱`): within twenty scalars, no comma between.
    static func owns(_ owner: MentionGroup, _ owned: MentionGroup, in s: Scalars) -> Bool {
        owner.marker == .genitive && owned.start > owner.end && owned.start - owner.end <= 20 && !s[owner.end..<owned.start].contains(",")
    }

    /// `B를 대상으로`: those new shares are offered to.
    static let offeredTo = "대상으로".scalars

    /// `A 외에도`, `A 외에`: A does what the subject does.
    static let besides = [" 외에도 ", " 외에 "].map(\.scalars)

    /// Whether the word right after `end` carries a subject particle (`사용도`, `접속이`): the noun a
    /// name is the object of, standing as a passive's subject.
    static func headIsSubject(_ s: Scalars, after end: Int, josa: JosaStripper) -> Bool {
        var k = end
        while k < s.count, s[k] == " " || s[k].isClosingQuote || s[k] == "'" { k += 1 }
        let e = OrganizationRecognizer.wordEnd(s, from: k)
        guard e > k, let split = josa.strip(s.string(k..<e)) else { return false }
        return split.marker == .subject
    }

    /// Whether the word after `end` is one of `words`, bare (`틱톡 사용 금지`).
    static func bareWordFollows(_ s: Scalars, after end: Int, in words: Set<String>) -> Bool {
        guard !words.isEmpty, end < s.count, s[end] == " " else { return false }
        let e = OrganizationRecognizer.wordEnd(s, from: end + 1)
        return e > end + 1 && words.contains(s.string((end + 1)..<e))
    }

    static let quotativeEndings = ["다고 ", "라고 ", "다며 ", "라며 ", "냐고 ", "자고 "].map(\.scalars)
    static let reportedSaying = ["다고", "다며", "다는"].map(\.scalars)

    /// Groups the usable mentions (not quoted, not in an aside) of a sentence.
    /// - Parameter classifiers: classifier nouns (patterns.json `appositiveHeads`); after a comma, words
    ///   that end in one describe the next item (`포패러다임, 중국 최대 유전자 기업 BGI`) and keep the list.
    /// - Parameter objectHeads: nouns a measure or a deal is on (patterns.json `objectHeads`: 사용,
    ///   인수); in a headline a bare name before one is the object (`캐나다 정부, 틱톡 사용 금지`).
    static func groups(_ mentions: [Mention], in s: Scalars, classifiers: Set<String> = [], objectHeads: Set<String> = []) -> [MentionGroup] {
        var out: [MentionGroup] = []
        // A headline (no closing period) may set its subject off with a comma: `엔비디아, 인텔에 투자`.
        let headline = s.last(where: { !$0.isSpace }).map { $0 != "." } ?? false
        // `홍콩의 HKT·PCCW와`, `미국의 매직리프, 나이언틱과`: a government or place with 의 right before a
        // firm only locates it; the list goes on through it.
        let locators = Set(mentions.indices.filter { k in
            let m = mentions[k]
            // `영국 한빛컴퓨터와 미국 애플 등이`: a bare country right before a firm locates it as well.
            guard m.type == .government, m.marker == .genitive || m.marker == .none && m.end == m.markerEnd,
                  k + 1 < mentions.count, m.markerEnd < s.count, s[m.markerEnd] == " " else { return false }
            let next = mentions[k + 1]
            return next.start == m.markerEnd + 1 && next.type != .government
        })
        for (k, m) in mentions.enumerated() where !m.inQuote && !m.inParens && !locators.contains(k) {
            if headline, out.count == 1, let only = out.first, only.members.count == 1, only.start <= 1, only.marker == .list,
               [.dative, .comitative, .object, .source].contains(m.marker)
                || m.marker == .none && RoleAssigner.bareWordFollows(s, after: m.markerEnd, in: objectHeads) {
                out.append(MentionGroup(members: [m], marker: m.marker))
                continue
            }
            // `틱톡, 딥시크, MS 코파일럿에 대해`: a list item written as its owner and the product; the
            // product is the item.
            if var last = out.last, last.marker == .none, last.members.count >= 2, last.members.last!.markerEnd + 1 == m.start,
               s[last.members.last!.markerEnd] == " " {
                last.members[last.members.count - 1] = m
                last.marker = m.marker
                out[out.count - 1] = last
                continue
            }
            // A locator before the name (`…와 미국 애플`) is no word between the list's items.
            let itemStart = k > 0 && locators.contains(k - 1) ? mentions[k - 1].start : m.start
            if var last = out.last, last.marker == .list || last.marker == .comitative,
               !(last.marker == .comitative && s.string(last.members.last!.markerEnd..<max(last.members.last!.markerEnd, itemStart)).contains(",")),
               // `B와도 C, D 등 …`: 와도 (with B too) names a partner; it joins no list.
               !(last.marker == .comitative && last.members.last!.markerEnd > 0 && s[last.members.last!.markerEnd - 1] == "도"),
               gapIsSeparator(s, last.members.last!.markerEnd, itemStart, allowName: last.marker == .list,
                              allowPerson: last.marker == .comitative && last.members.last!.speaker && m.speaker,
                              classifiers: last.marker == .list || last.marker == .comitative ? classifiers : [],
                              afterComitative: last.marker == .comitative) {
                last.members.append(m)
                last.marker = m.marker
                out[out.count - 1] = last
            } else {
                out.append(MentionGroup(members: [m], marker: m.marker))
            }
        }
        return out
    }

    /// Whether a Hangul word ends in a syllable that closes a verb's ending, a particle or an
    /// adverb (`협력하는`, `거래해`, `온`, `달리`, `계약으로`), as a bare noun rarely does.
    /// 지 ends nouns (`이차전지`, `부지`) as well: it counts only in the particle 까지 and the
    /// endings `predicateJiEndings` (`하지`, `않지`).
    static func endsLikeAPredicateOrParticle(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last else { return false }
        return predicateOrParticleEndings.contains(last) || last == "지" && predicateJiEndings.contains(where: word.hasSuffix)
    }
    /// Words ending in 지 that are a particle or a verb's ending, not a noun.
    static let predicateJiEndings = ["까지", "하지", "되지", "않지", "했지"]
    /// The last syllables `endsLikeAPredicateOrParticle` looks for.
    static let predicateOrParticleEndings = Set("는은을를의로에서고며한된온던리게히이가와과도만해여면다".unicodeScalars)

    /// Marks that set off the items of a list (`▲A ▲B`).
    static let bullets = Set("▲△■□●○◆◇".unicodeScalars)

    /// Only white space, punctuation of a list, 및/그리고/또는, or one short name (손정의) between.
    /// - Parameter allowPerson: officers speaking for both sides (`김OO KT 대표와 사티아 나델라 MS
    ///   CEO는`): up to two short words of a person's name between.
    /// - Parameter classifiers: classifier nouns (patterns.json `appositiveHeads`) that may end a
    ///   description of up to five Hangul words before the next name, after a comma
    ///   (`, 중국 최대 유전자 기업 BGI`) or, with `afterComitative`, after 와/과 when every word of it
    ///   is a bare noun (`A와 대표 인터넷 기업 B는`; not `A와 협력하는 중소기업 B는`, `A와 달리 토종
    ///   검색 기업 B는`, `A와의 계약으로 스타트업 B는`).
    /// - Parameter afterComitative: the list so far ends in a name with 와/과.
    private static func gapIsSeparator(_ s: Scalars, _ a: Int, _ b: Int, allowName: Bool, allowPerson: Bool = false, classifiers: Set<String> = [],
                                       afterComitative: Bool = false) -> Bool {
        guard a <= b else { return false }
        // `'메가존', 게임 개발사 '갈라랩'`: the quotation marks around names are no words between.
        var gap = RoleAssigner.unquoted(s.string(a..<b).trimmed).trimmed
        // `, 중국 최대 유전자 기업 BGI`: a description that ends in a classifier noun, after the comma;
        // `누리텔레콤과 대표 인터넷 기업 한빛소프트는`: or after 와/과.
        if !classifiers.isEmpty, afterComitative || gap.hasPrefix(",") || a > 0 && s[a - 1] == ",", let last = gap.split(separator: " ").last.map(String.init) {
            let words = gap.split(separator: " ").filter { $0 != "," }
            if (1...5).contains(words.count), words.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isHangulSyllable) }),
               ConsortiumReader.isClassifierWord(last, classifiers),
               !afterComitative || a > 0 && s[a - 1] != "의" && words.dropLast().allSatisfy({ !RoleAssigner.endsLikeAPredicateOrParticle(String($0)) }) { return true }
        }
        // A company-form mark before the next name (`, ㈜카카오엔터프라이즈`) is part of it.
        gap = gap.replacingOccurrences(of: "㈜", with: "").replacingOccurrences(of: "(주)", with: "").trimmed
        // `▲A ▲B`: a bullet sets off each item.
        while let f = gap.unicodeScalars.first, f == "," || f == "·" || RoleAssigner.bullets.contains(f) { gap = String(gap.unicodeScalars.dropFirst()).trimmed }
        if gap.isEmpty || gap == "," || gap == "및" || gap == "그리고" || gap == "또는" || gap == "·" { return true }
        let words = gap.split(separator: " ")
        if allowPerson, words.count <= 2, words.allSatisfy({ $0.unicodeScalars.count <= 5 && $0.unicodeScalars.allSatisfy(\.isHangulSyllable) }) { return true }
        return allowName && words.count == 1 && words[0].unicodeScalars.count <= 4 && words[0].unicodeScalars.allSatisfy(\.isHangulSyllable)
    }

    /// The last subject group before `position`; else public bodies acting through a place
    /// (`여러 부처에서 차단했다`: 에서 marks the agent when the bodies are government or agencies);
    /// else a headline's leading name set off by a comma (`엔비디아, 스타트업에 첫 투자`).
    func subject(_ groups: [MentionGroup], before position: Int, in s: Scalars? = nil) -> MentionGroup? {
        if let g = groups.last(where: { $0.marker == .subject && $0.end <= position }) {
            // `이탈리아 정부는 오픈AI가 개발한 챗GPT에 대한 접근을 중단했다`: a plain subject whose
            // verb modifies a noun belongs to a relative clause; the topic before it acts.
            // `중국 당국은 마이크론 제품이 …못했다며 …지시했다`: a reason clause's subject, likewise.
            if let s, !g.members.contains(where: \.topic),
               let topic = groups.last(where: { $0.marker == .subject && $0.end <= g.start && $0.members.contains(where: \.topic) }),
               RoleAssigner.opensRelativeClause(s, after: g.end, before: position) || RoleAssigner.reasonEndings.contains(where: { s.contains($0, in: g.end..<position) })
                // `FCC는 중국 정부가 이 회사를 소유하고 있다고 밝혔다`: the subject of what is reported
                // (…다고, …라고) is not who reports it.
                || RoleAssigner.reportedEndings.contains(where: { s.contains($0, in: g.end..<position) }) {
                return topic
            }
            // `A가 B와 C가 보유한 D 지분을 사들였다`: a plain subject of a relative clause (B, C) owns
            // what the clause modifies; the plain subject before it, in the same clause, acts.
            if let s, !g.members.contains(where: \.topic), RoleAssigner.opensRelativeClause(s, after: g.end, before: position),
               let earlier = groups.last(where: { $0.marker == .subject && $0.end <= g.start }),
               RoleAssigner.lastClauseEnd(s, from: earlier.end, to: g.start) == nil,
               !s[earlier.end..<g.start].contains(where: { $0 == "," || $0 == "." }) {
                return earlier
            }
            // `감독청이 로블록스가 “…”며 차단 조치를 발표했다`: the subject of a quoted reason is not the
            // one who acts; the subject before it is.
            if let s, RoleAssigner.quotedReasonEndings.contains(where: { s.contains($0, in: g.end..<position) }),
               let earlier = groups.last(where: { $0.marker == .subject && $0.end <= g.start }) {
                return earlier
            }
            // `A는 물론 B도 …했다`: not only A but B too; both act.
            if let s, let earlier = groups.last(where: { $0.marker == .subject && $0.end <= g.start }),
               RoleAssigner.notOnly(s.string(earlier.end..<g.start)) {
                return MentionGroup(members: earlier.members + g.members, marker: .subject)
            }
            return g
        }
        if let g = groups.last(where: { g in
            g.marker == .source && g.end <= position && g.members.allSatisfy { [.government, .agency].contains($0.type) }
                // `누리모터스는 세르비아에서 …협약을 체결했다`: a country named bare after a topic the
                // recognizer does not know is where, not who (`캐나다에서도 …을 금지했다` acts).
                && !(g.members.contains(where: { $0.name == $0.surface + " 정부" })
                     && (s.map { $0.string(0..<g.start).split(separator: " ").contains { $0.hasSuffix("은") || $0.hasSuffix("는") } } ?? false))
                // `타이베이 뮤직센터에서 열린 기조연설`: a venue, not an agent.
                && !(s.map { RoleAssigner.opensRelativeClause($0, after: g.end, before: position) } ?? false)
        }) { return g }
        if let first = groups.first, first.start <= 1, first.end <= position, first.members.count == 1, first.marker == .list { return first }
        return nil
    }

    /// Whether the words between two subjects say "not only … but also" (`물론`, `물론이고`), with
    /// at most one bare word of place before the second (`물론 대만 B도`).
    static func notOnly(_ gap: String) -> Bool {
        let words = gap.split(separator: " ")
        guard let first = words.first, first == "물론" || first == "물론이고" || first == "물론," else { return false }
        return words.count <= 2
    }

    static let nounsEndingInHan = ["제한 ", "권한 ", "기한 ", "시한 ", "무한 "].map(\.scalars)
    /// Words after a body whose request or order a measure follows (`CAC 요청에 따라`).
    static let requestWords = ["요청에 따라", "요청으로", "요청을 받아", "요구에 따라", "지시에 따라", "명령에 따라"].map(\.scalars)

    /// Whether only spaces and at most one short bare word (사용, 접속) stand between a name and a
    /// trigger noun.
    static func isBareLead(_ s: Scalars, from: Int, to: Int) -> Bool {
        guard from <= to else { return false }
        let words = s.string(from..<to).split(separator: " ")
        // `딥시크 접속 전면 차단`: an adverb of extent may follow the bare word.
        return words.isEmpty || words.count <= 2 && words.allSatisfy { $0.unicodeScalars.count <= 3 && $0.unicodeScalars.allSatisfy(\.isHangulSyllable) }
            && (words.count == 1 || RoleAssigner.extentAdverbs.contains(String(words[1])))
    }

    /// Whether a round or a capital increase follows a name's 의, after at most four words of its
    /// size and kind (`카카오브레인의 700억원 규모의 주주배정 방식 유상증자에`).
    static func roundFollows(_ s: Scalars, after end: Int) -> Bool {
        // Most names with 의 precede no round: a look for the nouns' letters first, without strings.
        let limit = min(s.count, end + 40)
        // 투자, common in these texts, opens the reading only beside 이번 or 첫 (see below).
        guard roundNounStarts.contains(where: { s.firstIndex(of: $0, from: end, to: limit) != nil })
                || s.firstIndex(of: RoleAssigner.investmentNoun, from: end, to: limit) != nil
                    && thisRoundStarts.contains(where: { s.firstIndex(of: $0, from: end, to: limit) != nil }) else { return false }
        let words = s.string(end..<limit).split(separator: " ")
        var modified = false
        for word in words.prefix(5) {
            if roundNouns.contains(where: { word.hasPrefix($0) }) { return true }
            // `누리칩스의 이번 투자에는`: 투자 after 이번 or 첫 is this round, the owner's (`A의 추가
            // 투자`, `펀드의 1호 투자` are investments the owner makes).
            if modified, word.hasPrefix("투자") { return true }
            guard word.contains(where: \.isNumber) || roundModifiers.contains(String(word)) else { return false }
            if thisRound.contains(String(word)) { modified = true }
        }
        return false
    }

    /// Whether a round is named right at `from` (before `end`), after at most 이번 or 첫: the word
    /// without its particle is one of `rounds` (triggers.json `investmentLists.roundNouns`) or a
    /// series (`시리즈D`) (`참여한 시리즈D 라운드에서`, `참여한 이번 투자에서`; not `참여한 투자설명회에서`).
    func roundNamedAfter(_ s: Scalars, from: Int, before end: Int) -> Bool {
        guard from < end else { return false }
        var words = s.string(from..<end).split(separator: " ").map(String.init)
        if let first = words.first, RoleAssigner.thisRound.contains(first) { words.removeFirst() }
        guard let word = words.first else { return false }
        let stem = josa.strip(word)?.stem ?? word
        return roundNounList.contains(stem) || stem.hasPrefix("시리즈")
    }

    static let roundNouns = ["유상증자", "증자", "시리즈", "투자 라운드", "프리", "펀딩"]
    /// Pieces one of `roundNouns` holds.
    static let roundNounStarts = ["증자", "시리즈", "라운드", "프리", "펀딩"].map(\.scalars)
    static let investmentNoun = "투자".scalars
    static let roundModifiers: Set<String> = ["규모", "규모의", "주주배정", "방식", "방식의", "신규", "추가", "제3자배정", "이번", "첫"]
    /// Modifiers that make 투자 one round, the one told (`이번`, `첫`).
    static let thisRound: Set<String> = ["이번", "첫"]
    static let thisRoundStarts = thisRound.map(\.scalars)

    /// The particle a group ends with (`도`, `는`), or "" when it ends bare.
    static func particle(of g: MentionGroup, in s: Scalars) -> String {
        let end = g.members.last!.end
        return end < g.end ? s.string(end..<g.end).trimmingCharacters(in: .whitespaces) : ""
    }

    static let exports = "수출".scalars
    static let against = "에 대".scalars
    /// `한국 수출을 제한한다`: exports to the country named bare before them.
    static let exportsTo = " 수출".scalars
    /// Endings of a verb form (`…에 한해`, `사용될`, `주도하는`): a word with one names no goods.
    static let verbFormEndings: [Character] = ["해", "한", "는", "된", "될", "던", "며", "고"]

    /// Where the last clause closed by a connective ending (`…했고`, `…했으며`) between `from` and
    /// `to` ends, if one does: what comes before it belongs to that clause's own verb.
    static func lastClauseEnd(_ s: Scalars, from: Int, to: Int) -> Int? {
        var end: Int? = nil
        var wordStart = from
        for k in from..<max(from, to) where s[k] == " " {
            // `투자했고,`: a comma or a closing quote after the ending.
            var last = k
            while last > wordStart, s[last - 1] == "," || RoleAssigner.quoteScalars.contains(s[last - 1]) { last -= 1 }
            if RoleAssigner.connectiveEndings.contains(where: { last - $0.count >= wordStart && s.matches($0, at: last - $0.count) }) { end = k + 1 }
            wordStart = k + 1
        }
        return end
    }

    /// Whether a group's particle is 도 (also), alone or after a list's 등 (`등 기업도`), but not
    /// 에도 (`…등에도`, a place or a target).
    static func marksAlso(_ particle: String) -> Bool {
        particle == "도" || particle.hasPrefix("등") && particle.hasSuffix("도") && !particle.hasSuffix("에도")
    }

    /// Whether the word after `end` (one space on) is a noun with 에 (`양자기술에`), before `limit`.
    static func nextWordEndsInDative(_ s: Scalars, after end: Int, before limit: Int) -> Bool {
        guard end + 1 < limit, s[end] == " ", s[end + 1].isHangulSyllable else { return false }
        let e = OrganizationRecognizer.wordEnd(s, from: end + 1)
        guard e <= limit, e - (end + 1) >= 2 else { return false }
        return s[e - 1] == "에"
    }

    /// Endings of a verb that closes its clause and goes on (`했고`, `했으며`, `했지만`, `개최하면서`).
    static let connectiveEndings = ["했고", "했으며", "했지만", "했는데", "됐고", "됐으며", "였고", "였으며", "하면서", "되면서"].map(\.scalars)

    /// Whether the group's last name stands right before `start`, one space and perhaps a closing
    /// quotation mark between (`하만 인수`, `'시프트' 인수`).
    static func rightBefore(_ g: MentionGroup, _ start: Int, in s: Scalars) -> Bool {
        let end = g.members.last!.end
        guard end < start, start - end <= 3 else { return false }
        return s[end..<start].allSatisfy { $0 == " " || $0.isClosingQuote || $0 == "'" } && s[start - 1] == " "
    }

    /// Whether only white space and date expressions (`지난달`, `18일`) stand in `from..<to`.
    static func onlyDatesBetween(_ s: Scalars, _ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        let gap: Scalars = Array(s[from..<to])
        // Any known day resolves the relative words; only where they stand matters here.
        let dates = DateResolver.mentions(in: gap, published: PartialDate(parsing: "2000-06-15")!)
        return gap.indices.allSatisfy { k in gap[k].isSpace || dates.contains { $0.start <= k && k < $0.end } }
    }

    /// Where the first word in `from..<to` that begins with an ownership noun (triggers.json
    /// `investmentLists.ownershipNouns`: 지분, 경영권) starts, if one does (`지분 49%를`, `보유 지분을`
    /// reads the second word).
    func firstOwnershipWord(_ s: Scalars, from: Int, to: Int) -> Int? {
        var k = from
        while k < to {
            while k < to, s[k] == " " { k += 1 }
            let start = k
            while k < to, s[k] != " " { k += 1 }
            guard k > start else { break }
            let word = s.string(start..<k)
            if ownershipNouns.contains(where: { word.hasPrefix($0) }) { return start }
        }
        return nil
    }

    /// Whether one of `nouns` (triggers.json `investmentLists.ownershipNouns`: what an owner holds
    /// of a company, or what the owner is) follows a name's 의 (`넵튠의 지분`, `업스테이지의 일정 지분`,
    /// `카라이프의 경영권`, `누리칩스의 최대주주`).
    static func ownershipFollows(_ s: Scalars, after end: Int, nouns: [String]) -> Bool {
        let words = s.string(end..<min(s.count, end + 12)).split(separator: " ")
        let owned = { (w: Substring) in nouns.contains { w.hasPrefix($0) } }
        return words.first.map(owned) == true || words.count > 1 && words[0].unicodeScalars.count <= 3 && owned(words[1])
    }

    /// `문피아의 주식 182만주를`: the word after a name's 의 is 주식 alone (shares counted after it),
    /// not a compound such as `주식투자`.
    static func sharesFollow(_ s: Scalars, after end: Int) -> Bool {
        s.matches(RoleAssigner.sharesWord, at: end) || end < s.count && s[end] == " " && s.matches(RoleAssigner.sharesWord, at: end + 1)
    }
    static let sharesWord = "주식 ".scalars

    /// Whether a part of the organization named with 의 at `end` is what the phrase up to the object
    /// particle names (`인텔의 낸드 사업 부문 전체를`): at most four bare words, one of them (or the
    /// stem of the last) one of the lexicon's `divisionHeads`.
    func divisionFollows(_ s: Scalars, after end: Int) -> Bool {
        RoleAssigner.divisionFollows(s, after: end, josa: josa, heads: divisionHeads)
    }

    static func divisionFollows(_ s: Scalars, after end: Int, josa: JosaStripper, heads divisionHeads: Set<String>) -> Bool {
        let words = s.string(end..<min(s.count, end + 30)).split(separator: " ").map(String.init)
        for (n, word) in words.prefix(5).enumerated() {
            if let split = josa.strip(word) {
                return split.marker == .object && n >= 1 && (divisionHeads.contains(split.stem) || words[..<n].contains { divisionHeads.contains($0) })
            }
        }
        return false
    }

    static func skipSpaces(_ s: Scalars, from: Int) -> Int {
        var k = from
        while k < s.count, s[k] == " " { k += 1 }
        return k
    }

    static let inclusionWords: Set<String> = ["포함한", "비롯한", "포함된", "포함하는"]
    static let modifierEndings = ["한 ", "된 ", "하는 ", "되는 ", "던 ", "운 ", "든 ", "열린 "].map(\.scalars)

    /// Whether the words from `from` to `position` are one noun phrase of at most three words that
    /// ends in the object particle (`와 개발자 계정을`): what 와/과 joined is then part of the object.
    /// (A single word after 와/과 may be a name of its own, `왓츠앱과 스레드를`: the sentence is then
    /// read again with the analyzer, see `Extractor.hasUncoveredPartner`.)
    static func joinsTheObject(_ s: Scalars, from: Int, before position: Int, josa: JosaStripper) -> Bool {
        let words = s.string(from..<position).split(separator: " ").map(String.init)
        guard (1...4).contains(words.count) else { return false }
        guard let k = words.firstIndex(where: { josa.strip($0) != nil }), k <= 2,
              let split = josa.strip(words[k]), split.marker == .object else { return false }
        return words[..<k].allSatisfy { josa.strip($0) == nil && $0.unicodeScalars.allSatisfy(\.isHangulSyllable) }
    }

    /// Bound nouns after a modifier ending that make an adverbial clause (`…할 때까지`, `…하는 동안`).
    static let adverbialNouns = ["때까지 ", "때 ", "때는 ", "때에 ", "동안 ", "경우 ", "경우에 ", "경우에는 ", "전까지 ", "즉시 "].map(\.scalars)

    /// Whether the word after `end` is a classifier noun (patterns.json `appositiveHeads`: `앱`,
    /// `서비스`) with the object particle: the name before it is what the object is.
    func namesTheObject(_ s: Scalars, after end: Int) -> Bool {
        guard end < s.count, s[end] == " " else { return false }
        let next = s.string((end + 1)..<OrganizationRecognizer.wordEnd(s, from: end + 1))
        guard let split = josa.strip(next), split.marker == .object else { return false }
        return appositiveHeads.contains(split.stem)
    }

    /// Verbs of making in the modifier form: `X가 만든 장비` is X's product.
    static let makingWords = ["만든 ", "만드는 ", "생산한 ", "생산하는 ", "제조한 ", "제조하는 ", "개발한 ", "공급한 ", "공급하는 "].map(\.scalars)

    /// Adjectives in the modifier form that describe the noun after them and take no argument.
    static let plainAdjectives: Set<String> = ["새로운", "다양한", "신규한", "추가적인", "새"]

    /// Whether the predicate right after a subject at `after` modifies a noun (`…가 개발한 챗GPT`):
    /// the first word ending in a noun-modifying ending before `position`, with no other particle-
    /// marked word before it.
    static func opensRelativeClause(_ s: Scalars, after: Int, before position: Int) -> Bool {
        var k = after
        for _ in 0..<8 {
            while k < position, s[k] == " " { k += 1 }
            guard k < position else { return false }
            var e = k
            while e < position, s[e] != " " { e += 1 }
            let word = Scalars(s[k..<min(s.count, e + 1)])
            // `DJI를 포함한 외국산 드론`: a list's inclusion, not a clause of its own.
            if RoleAssigner.inclusionWords.contains(word.string.trimmed) { return false }
            // `A에 189억원, B에 127억원을 투자했다`: a figure closed by a comma ends the group's own
            // item; a modifier after it belongs to the next.
            if e > k, s[e - 1] == ",", s[k..<e].contains(where: \.isASCIIDigit) { return false }
            // `중국 공장에 대한 VEU 지위를`: 에 대한 says what is about what, not a clause.
            if word.string.trimmed == "대한", k >= 2, s[k - 2] == "에" { k = e; continue }
            // `거래제한 기업 목록에`: a noun that ends in 한 (제한, 권한) modifies nothing.
            if RoleAssigner.nounsEndingInHan.contains(where: { word.count >= $0.count && word.matches($0, at: word.count - $0.count) }) { k = e; continue }
            if modifierEndings.contains(where: { word.count >= $0.count && word.matches($0, at: word.count - $0.count) }) {
                // `화웨이 장비를 구매하는 것을 금지했다`: a clause made a noun by 것 is the measure's object.
                if ["것을 ", "것도 ", "것은 "].contains(where: { s.matches($0.scalars, at: min(s.count, e + 1)) }) { k = e; continue }
                // `SK텔레콤에 유심 공급이 안정화할 때까지 …중단할 것을 권고했다`: a clause of time or
                // condition modifies no name.
                if RoleAssigner.adverbialNouns.contains(where: { s.matches($0, at: min(s.count, e + 1)) }) { k = e; continue }
                // `SK텔레콤에 새로운 가입자 모집을`: an adjective of the noun after it takes no 에.
                if RoleAssigner.plainAdjectives.contains(word.string.trimmed) { k = e; continue }
                return true
            }
            // `보유하고 있던 넵튠`: a progressive that modifies a noun.
            if word.string.hasSuffix("고 "), let next = Optional(Scalars(s[min(s.count, e + 1)..<min(s.count, e + 6)])),
               ["있던 ", "있는 ", "있었던 "].contains(where: { next.matches($0.scalars, at: 0) }) { return true }
            // A verb that ends the clause otherwise (했다, 하고, 해) is the subject's own.
            if word.string.hasSuffix("다 ") || word.string.hasSuffix("고 ") || word.string.hasSuffix("며 ") { return false }
            k = e
        }
        return false
    }

    /// `A는 B와, C는 D와 각각 …협약을 맺었다`: each subject with the partners named after it,
    /// when 각각 (respectively) distributes them; nil unless at least two such pairs stand before
    /// the trigger.
    func distributedPartnerships(_ hit: TriggerHit, _ groups: [MentionGroup], _ s: Scalars) -> [([Cast], String)]? {
        // 각각 may stand inside the phrase too (`제휴를 각각 맺었다`, `협약을 각각 체결했다`).
        let respectively = s.firstIndex(of: RoleAssigner.respectively, from: 0, to: hit.supportVerbEnd ?? hit.end) != nil
        // `A와 B, C와 D가 짝을 이뤘다`: pairs joined by 와/과 and listed with commas, a deal each.
        // (`…와 B, C와 D가 각각 과기정통부와 협약을 맺었다`: with a partner named after, each pairs with it.)
        if hit.stem.hasPrefix("짝을") || respectively, let subj = subject(groups, before: hit.start), subj.members.count >= 4, subj.members.count % 2 == 0,
           !groups.contains(where: { $0.start >= subj.end && $0.end <= hit.start + 1 && $0.marker == .comitative }),
           subj.members.indices.allSatisfy({ i in i == subj.members.count - 1 || subj.members[i].marker == (i % 2 == 0 ? .comitative : .list) }) {
            return stride(from: 0, to: subj.members.count, by: 2).map { i in
                (cast(MentionGroup(members: [subj.members[i], subj.members[i + 1]], marker: .subject), .party, "one of a pair listed (A와 B, C와 D)"),
                 "partnership: pairs listed, each a deal of its own, trigger '\(hit.stem)' (\(hit.reading))")
            }
        }
        // `A는 B, C 등과 연이어 손잡고`: one deal after another, one per partner.
        let successive = !respectively && successively.contains { s.firstIndex(of: $0, from: 0, to: hit.start) != nil }
        guard respectively || successive else { return nil }
        let before = groups.filter { $0.end <= hit.start + 1 }
        var out: [([Cast], String)] = []
        // `A는 B와, C는 D와 각각`: two subjects or more, each with its own partner.
        for (k, g) in before.enumerated() where respectively && g.marker == .subject && before.filter({ $0.marker == .subject }).count >= 2 {
            let next = before[(k + 1)...].firstIndex { $0.marker == .subject } ?? before.count
            let partners = before[(k + 1)..<next].filter { $0.marker == .comitative }
            guard !partners.isEmpty else { continue }
            let cast = dedupe(self.cast(g, .party, "subject") + partners.flatMap { self.cast($0, .party, "partner (와/과), distributed by 각각") })
            if cast.count >= 2 { out.append((cast, "partnership: subject and its own partner, distributed by 각각 before trigger '\(hit.stem)' (\(hit.reading))")) }
        }
        // `A와 B는 C, D와 각각`: one subject, each partner a deal of its own.
        if out.isEmpty, let subj = subject(groups, before: hit.start) {
            let partners = before.filter { $0.start >= subj.end && $0.marker == .comitative }.flatMap(\.members)
            if partners.count >= 2 {
                for p in partners {
                    let cast = dedupe(self.cast(subj, .party, "subject") + self.cast(MentionGroup(members: [p], marker: .comitative), .party, "partner, distributed by 각각"))
                    if cast.count >= 2 { out.append((cast, "partnership: one deal per partner (각각) before trigger '\(hit.stem)' (\(hit.reading))")) }
                }
            }
        }
        // `A와 B는 각각 C와`: each subject a deal of its own with the one partner.
        if respectively, out.count < 2, let subj = subject(groups, before: hit.start), subj.members.count >= 2 {
            let partners = before.filter { $0.start >= subj.end && $0.marker == .comitative }.flatMap(\.members)
            if partners.count == 1, let at = s.firstIndex(of: RoleAssigner.respectively, from: subj.end, to: hit.start), at < partners[0].start {
                out = []
                for m in subj.members {
                    let cast = dedupe(self.cast(MentionGroup(members: [m], marker: .subject), .party, "subject, distributed by 각각")
                                      + self.cast(MentionGroup(members: partners, marker: .comitative), .party, "partner (와/과)"))
                    if cast.count >= 2 { out.append((cast, "partnership: one deal per subject with the partner (각각) before trigger '\(hit.stem)' (\(hit.reading))")) }
                }
            }
        }
        return out.count >= 2 ? out : nil
    }

    static let respectively = "각각".scalars
    /// The topic (은/는) that gives a measure whose act has a subject of its own (`방통위는 A가 …하는
    /// 것을 금지했다`, `산업통상부는 A가 …중단하도록 통보했다`): `subj` when it is a topic, else the
    /// last topic-marked subject before it.
    static func topicGiving(_ subj: MentionGroup, _ groups: [MentionGroup]) -> MentionGroup? {
        subj.members.contains(where: \.topic) ? subj
            : groups.last(where: { $0.marker == .subject && $0.end <= subj.start && $0.members.contains(where: \.topic) })
    }

    /// `투자한 크로아티아의 전기차 업체 리막`: a country with 의 after a relative clause tells where
    /// the firm the clause modifies is from; it is not that firm.
    static func isOrigin(_ g: MentionGroup) -> Bool {
        g.marker == .genitive && g.members.allSatisfy { $0.type == .government }
    }

    /// `각자 컨소시엄을 구성`, `각기 …`: each on its own, with no partner of the others.
    static let eachApart = ["각자 ", "각기 "].map(\.scalars)

    /// Whether 각자 or 각기 stands just before `position` (eight scalars at most).
    static func toldEachApart(_ s: Scalars, before position: Int) -> Bool {
        eachApart.contains { s.contains($0, in: max(0, position - 8)..<position) }
    }

    func cast(_ g: MentionGroup, _ role: Role, _ why: String) -> [Cast] {
        // A name in quotation marks is a product or a title: it may be acted on, never act.
        g.members.filter { [.target, .party].contains(role) || $0.rule != "quoted name" }.map { Cast($0, role, why) }
    }

    /// The measure told before (on `targets`) taken again by `subj`, those of it that were its
    /// targets left out; nil when none is left. `told` says when it was told, in the targets' reasons.
    func sameMeasure(by subj: MentionGroup, as why: String, on targets: [Cast], told: String, _ rule: String) -> ([Cast], String)? {
        let imposers = cast(subj, .imposer, why).filter { i in !targets.contains { $0.name == i.name } }
        guard !imposers.isEmpty else { return nil }
        return (imposers + targets.map { Cast(role: .target, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (target of the measure \(told))") }, rule)
    }

    // MARK: Kinds

    func announcement(_ hit: TriggerHit, _ groups: [MentionGroup], _ mentions: [Mention], _ s: Scalars) -> ([Cast], String)? {
        if hit.form == "source" {
            // `제주도에 따르면`: an official body is the source of what follows.
            guard let m = mentions.last(where: { $0.marker == .according && $0.markerEnd >= hit.start - 1 && $0.markerEnd <= hit.end + 4 && !$0.inQuote }),
                  m.type == .government,
                  // `대통령실에 따르면 오픈AI는 …할 계획이다`: what the body reports of another organization is not its own.
                  !mentions.contains(where: { $0.start > m.markerEnd && $0.marker == .subject && !$0.inQuote && $0.name != m.name }),
                  // `산업부에 따르면 이번 MOU는 …추진됐다`, `…에 따르면 불법 사이트들은 …`: nor what it
                  // reports of a thing named as a subject or topic anywhere after it, but in a relative
                  // clause (`스타트업들이 참가한 매칭데이를 개최했다` is the body's own act).
                  !nounSubject(in: m.markerEnd..<s.count, groups, s,
                               NounSubjectTest(particles: ["은", "는", "이", "가", "도"], tags: ["JX", "JKS"], minLength: 2,
                                               outsideQuotesWithLatin: true, skipsRelativeClauses: true)) else { return nil }
            return ([Cast(role: .actor, name: m.name, surface: m.surface, type: m.type, why: "\(m.surface) (source of the report, \(m.rule))")],
                    "announcement: an official body as the source (…에 따르면)")
        }
        if hit.passive {
            // `이번 협약은 엔비디아의 행사에서 발표됐다`: what was announced is a deal, told as its own event.
            if RoleAssigner.dealSubjects.contains(where: { s.contains($0, in: 0..<hit.start) }) { return nil }
            // `LG AI연구원의 새 언어모델 ‘엑사원’이 공개됐다`: who launched is the owner (의) of what was launched.
            guard let owner = groups.first(where: { $0.marker == .genitive && $0.end <= hit.start }) else { return nil }
            let members = owner.members.filter { $0.type != .product && !$0.anonymous }
            guard !members.isEmpty else { return nil }
            return (cast(MentionGroup(members: members, marker: .genitive), .actor, "owner of what was launched (의)"),
                    "announcement (passive): trigger '\(hit.stem)'")
        }
        guard let subj = subject(groups, before: hit.start, in: s) else { return nil }
        // `…당국자들은 영국 내무부가 물러서야 한다고 밝혔다`: a plain subject followed by a quoted
        // clause's ending is that clause's subject, not the speaker.
        // Only when the saying is itself reported (`밝혔다고 전했다`): `A가 …했다고 밝혔다` is A's own.
        let reported = RoleAssigner.reportedSaying.contains { s.matches($0, at: hit.end) }
        if !subj.members.contains(where: \.topic), RoleAssigner.quotativeEndings.contains(where: { s.contains($0, in: subj.end..<hit.start) }) {
            if reported { return nil }
            // `현지 매체는 상무부가 …을 적용했다고 밝혔다`: a topic before the clause's subject is the
            // speaker; when it is a common noun (a paper, a lawmaker), no organization announces.
            if speakerTopicBefore(subj.start, groups, s) { return nil }
        }
        let members = subj.members.filter { !$0.anonymous && $0.type != .product && (!hit.speakerOnly || $0.speaker) }
        guard !members.isEmpty else { return nil }
        var cast = cast(MentionGroup(members: members, marker: .subject), .actor, members.contains(where: \.speaker) ? "speaks through its officer" : "subject")
        if let joint = jointPartners(groups, after: subj, before: hit.start, s) {
            cast += self.cast(joint, .actor, "together with the subject")
        }
        return (cast, "announcement: subject + trigger '\(hit.stem)' (\(hit.reading))")
    }

    /// Whether a word before `position` outside every name is a common noun marked as topic
    /// (은/는: `매체는`, `의원은`, `외신들은`), as MeCab reads it (noun morphemes, then JX): the
    /// speaker of a saying whose quoted clause has its own subject. Words that stand for an
    /// organization already named (`회사는`, `양사는`) and times (`지난해는`) do not count (cues.json
    /// `roleWords.notSpeakers`).
    func speakerTopicBefore(_ position: Int, _ groups: [MentionGroup], _ s: Scalars) -> Bool {
        nounSubject(in: 0..<position, groups, s, NounSubjectTest(particles: ["은", "는"], tags: ["JX"]))
    }

    /// Whether the clause before `position` has a topic (은/는) that is no dictionary word and that
    /// the recognizer does not know as a name (`아지봇은`, MeCab 아지+봇): its subject is there, only
    /// unrecognized, and is not the organization the article is about. Dictionary words stand for
    /// an organization already named or for a person (`이 스타트업은`, `김민수 대표는`, `대학은`,
    /// `오늘은`), and so does a topic that ends that organization's name (`사업단은` for
    /// 인공지능산업융합사업단, matched against `topic.name`, its canonical name).
    func unknownTopicBefore(_ position: Int, _ groups: [MentionGroup], _ s: Scalars, topic: Cast) -> Bool {
        nounSubject(in: 0..<position, groups, s,
                    NounSubjectTest(particles: ["은", "는"], tags: ["JX"], unknownWordsOnly: true, standsFor: topic.name))
    }

    /// What `nounSubject` looks for: a word whose last scalar is one of `particles`, which MeCab
    /// tags with one of `tags`, after noun morphemes (NN*: common, proper or bound) or XSN.
    struct NounSubjectTest {
        var particles: Set<Unicode.Scalar>
        var tags: Set<String>
        /// The least length of the word in Unicode scalars, its particle included.
        var minLength = 3
        /// Skips words inside quotation marks, and lets foreign letters (SL) count as nouns (`MOU는`).
        var outsideQuotesWithLatin = false
        /// Skips a word followed by a verb in its modifier form (ETM after VV or XSV, or after a
        /// noun with 하다: MeCab reads `참가한` as 참가+XSA): the subject of a relative clause
        /// (`스타트업들이 참가한 매칭데이를`); an adjective (`소프트웨어도 비슷한 조치를`, 비슷+XSA) does
        /// not make one.
        var skipsRelativeClauses = false
        /// Counts only words whose stem is no dictionary word.
        var unknownWordsOnly = false
        /// A name whose endings stand for it (`사업단` for 인공지능산업융합사업단); not counted.
        var standsFor: String? = nil
    }

    /// Whether a word in `range` outside every name the recognizer found is a subject or topic made
    /// of nouns, by `test` (`이번 MOU는`, `불법 사이트들은`, `소프트웨어도`): one that is no
    /// organization the recognizer knows. Words that stand for an organization already named and
    /// times (cues.json `roleWords.notSpeakers`) do not count. False without an analyzer.
    func nounSubject(in range: Range<Int>, _ groups: [MentionGroup], _ s: Scalars, _ test: NounSubjectTest) -> Bool {
        guard let analyzer, !range.isEmpty else { return false }
        let quoted = test.outsideQuotesWithLatin ? Nesting(s).inQuote : []
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, s[end] != " " { end += 1 }
            defer { start = end + 1 }
            guard end - start >= test.minLength, test.particles.contains(s[end - 1]),
                  !(test.outsideQuotesWithLatin && quoted[start]),
                  // A word inside a name the recognizer found is part of that name.
                  !groups.contains(where: { $0.start < end && $0.end > start }) else { continue }
            let stem = s.string(start..<(end - 1))
            guard !notSpeakers.contains(where: { stem.hasSuffix($0) }), !(test.standsFor?.hasSuffix(stem) ?? false),
                  !(test.unknownWordsOnly && analyzer.isDictionaryWord(stem)) else { continue }
            if test.skipsRelativeClauses, end + 1 < s.count, s[end] == " " {
                let next = analyzer.analyze(s.string((end + 1)..<OrganizationRecognizer.wordEnd(s, from: end + 1)))
                if next.last?.tag.hasSuffix("ETM") == true, next.first?.tag.hasPrefix("NN") == true || next.contains(where: { $0.tag.contains("VV") || $0.tag.contains("XSV") }) { continue }
            }
            let m = analyzer.analyze(s.string(start..<end))
            if m.count >= 2, test.tags.contains(m.last!.tag),
               m.dropLast().allSatisfy({ $0.tag.hasPrefix("NN") || $0.tag == "XSN" || test.outsideQuotesWithLatin && $0.tag == "SL" }) { return true }
        }
        return false
    }

    /// Endings of a clause that gives a measure's reason (`…못했다며`, `…우려가 있다는 이유로`).
    /// A quotation closed by a connective of reason (`”며 `, `"라며 `).
    static let quotedReasonEndings = ["”며 ", "\"며 ", "”라며 ", "\"라며 ", "’며 ", "'며 "].map(\.scalars)

    /// Endings that close a reported clause (`…있다고 밝혔다`, `…것이라고 말했다`).
    static let reportedEndings = ["다고 ", "라고 "].map(\.scalars)

    static let reasonEndings = ["다며 ", "라며 ", "다는 이유로 ", "라는 이유로 ", "다는 우려", "라는 우려", "다는 판단"].map(\.scalars)

    /// Whether `s[from..<to]` is only an amount and a comma (`각각 300억원씩, `): a subject whose verb
    /// is left out for the next one's.
    /// The next subject may carry its own description (`…씩, 싱가포르 국부펀드 테마섹의 자회사 파빌리온이`):
    /// at most five words that end no clause.
    static func gappedAmount(_ s: Scalars, from: Int, to: Int) -> Bool {
        guard from < to, to - from <= 60 else { return false }
        let gap = Scalars(s[from..<to])
        // The amount is read as amounts are everywhere (AmountParser); only 각각 may precede it.
        guard let amount = AmountParser.amounts(in: gap).first,
              gap.string(0..<amount.start).split(separator: " ").allSatisfy({ $0 == "각각" }) else { return false }
        var k = amount.end
        if gap.matches("씩".scalars, at: k) { k += 1 }
        while k < gap.count, gap[k] == " " { k += 1 }
        guard k < gap.count, gap[k] == "," else { return false }
        let rest = gap.string((k + 1)..<gap.count).split(separator: " ")
        return rest.count <= 5 && !rest.contains { w in ["다", "고", "며", "서", "면", "만"].contains { w.hasSuffix($0) } }
    }

    /// Whether the words between a pair joined by 와/과 and a partnership noun say the noun is
    /// between them: `간` or `간의`, then at most two bare nouns (`간 기술협력 양해각서`).
    static func namesBetween(_ gap: String, josa: JosaStripper) -> Bool {
        let words = gap.split(separator: " ").map(String.init)
        guard let first = words.first, ["간", "간의"].contains(first), words.count <= 3 else { return false }
        return words.dropFirst().allSatisfy { josa.strip($0) == nil }
    }

    /// Adverbs of extent between a bare word and a measure (`접속 전면 차단`).
    static let extentAdverbs: Set<String> = ["전면", "일시", "잠정", "전격", "영구", "부분"]

    /// A deal as the subject of a passive announcement (`이번 협약은 …발표됐다`).
    static let dealSubjects = ["협약은", "협약이", "계약은", "계약이", "제휴는", "제휴가", "파트너십은", "파트너십이", "투자는", "투자가", "인수는", "인수가", "합의는", "합의가", "MOU는", "MOU가"].map(\.scalars)

    /// Organizations joined to the subject by `…와 함께`.
    func jointPartners(_ groups: [MentionGroup], after subj: MentionGroup, before position: Int, _ s: Scalars) -> MentionGroup? {
        jointPartners(groups, from: subj.end, before: position, s)
    }

    /// The organizations joined by 와/과 before `함께` (patterns of `jointMarkers`) in `s[from..<position]`.
    func jointPartners(_ groups: [MentionGroup], from: Int, before position: Int, _ s: Scalars) -> MentionGroup? {
        guard let marker = jointMarkers.compactMap({ s.firstIndex(of: $0, from: from, to: position) }).first else { return nil }
        // `A는 B와 함께 펀드를 조성한다고 밝혔다`: together belongs to the reported clause, a joint
        // undertaking of both all the same; the saying itself stands back (a reporting stem).
        let partners = groups.filter { $0.start >= from && $0.end <= marker + 1 && ($0.marker == .comitative) }
        let members = partners.flatMap(\.members).filter { !$0.anonymous }
        return members.isEmpty ? nil : MentionGroup(members: members, marker: .comitative)
    }

    func partnership(_ hit: TriggerHit, _ groups: [MentionGroup], _ s: Scalars, topic: Cast? = nil) -> ([Cast], String)? {
        // `KT·MS, AI 협력 강화`: a headline names the parties together before the noun.
        if hit.reading.hasPrefix("headline"), let first = groups.first, first.start <= 1, first.members.count >= 2,
           [.none, .list].contains(first.marker), first.end <= hit.start, groups.count == 1,
           !s.string(first.end..<hit.start).split(separator: " ").contains(where: { josa.strip(String($0))?.marker == .comitative }) {
            return (cast(first, .party, "named together in a headline"), "partnership: headline naming the parties together, trigger '\(hit.stem)'")
        }
        // `MS와 G42의 협약이 체결되기까지`: the parties joined by 와/과 own the agreement (의).
        if let owners = groups.last(where: { $0.end <= hit.start && hit.start - $0.end <= 1 }), owners.marker == .genitive, owners.members.count >= 2,
           owners.members.dropLast().allSatisfy({ $0.marker == .comitative }) {
            return (cast(owners, .party, "owns the agreement (A와 B의)"), "partnership: the agreement of the organizations joined by 와/과, trigger '\(hit.stem)'")
        }
        // `서울대와 누리랩스 간 협력`: the parties joined by 와/과 named before 간 (between). The josa
        // reading takes 간 as a partner particle too, so every name of the pair carries that marker.
        // With a support verb (`부처는 A와 B 간 기술협력 협약을 맺었다`) the pair still owns the
        // agreement, and the subject only brought it about.
        if let pair = groups.last(where: { $0.end <= hit.start }), pair.members.count >= 2,
           pair.members.allSatisfy({ $0.marker == .comitative }),
           RoleAssigner.namesBetween(s.string(pair.members.last!.end..<hit.start), josa: josa) {
            return (cast(pair, .party, "named before 간 (between)"), "partnership: between the organizations joined by 와/과, trigger '\(hit.stem)'")
        }
        // A noun phrase owned by one name (`한빛전자의 협력 업체`) names no partnership.
        if hit.reading.hasPrefix(TriggerMatcher.ownedReading) { return nil }
        // `우버·티맵모빌리티 합작사 우티`: a joint venture with its owners named right before the noun.
        if hit.nominal, hit.stem.hasPrefix("합작") || hit.stem.hasPrefix("합자"),
           let owners = groups.last(where: { $0.end <= hit.start && hit.start - $0.end <= 1 }), owners.members.count >= 2,
           [.none, .list].contains(owners.marker),
           // `일본·대만 합작법인`: countries say where the venture's owners come from, not who they are.
           !owners.members.contains(where: { $0.type == .government }) {
            return (cast(owners, .party, "owns the joint venture named right after it"), "partnership: joint venture of the organizations named before it, trigger '\(hit.stem)'")
        }
        // `A·B·C가 출자해 만든 합작회사 D`: a joint venture told as a noun is theirs when a list of
        // two or more is the subject of the clause that modifies it; nothing else makes it one.
        if hit.nominal {
            guard let owners = groups.last(where: { $0.marker == .subject && $0.end <= hit.start && hit.start - $0.end <= 24 }), owners.members.count >= 2,
                  RoleAssigner.jointVentureClause.contains(where: { s.contains($0, in: owners.end..<hit.start) }) else { return nil }
            return (cast(owners, .party, "set up the joint venture"), "partnership: joint venture set up by the organizations listed, trigger '\(hit.stem)'")
        }
        // `오픈AI와 손잡은 카카오는`: the partner (와/과) in the relative clause and the name it modifies.
        // `A가 B와 공동 설립한 C`, `A와 B가 공동 조성한 펀드`: the founders are the parties; what they
        // founded is not.
        if hit.modifies, hit.founds {
            let partner = groups.last(where: { $0.marker == .comitative && $0.end <= hit.start && hit.start - $0.end <= 30 })
            guard let founders = groups.last(where: { $0.marker == .subject && $0.end <= (partner?.start ?? hit.start) && (partner?.start ?? hit.start) - $0.end <= 30 }) else { return nil }
            let cast = dedupe(self.cast(founders, .party, "founder") + (partner.map { self.cast($0, .party, "co-founder (와/과)") } ?? []))
            return cast.count >= 2 ? (cast, "partnership: founded together, relative clause '\(hit.stem)' (background)") : nil
        }
        if hit.modifies {
            guard let partner = groups.last(where: { $0.marker == .comitative && $0.end <= hit.start && hit.start - $0.end <= 30 }) else { return nil }
            // `…와 공동 개발한 축구게임 '얼티밋 풋볼클럽'이`: a title or a product the clause modifies is a thing.
            guard let head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 24 && $0.marker != .none && $0.marker != .comitative }),
                  !head.members.allSatisfy({ $0.rule == "quoted name" || $0.type == .product }) else {
                // `누리텔레콤은 한빛게임즈와 공동 개발한 모델을 공개했다`: a clause on a thing shares the
                // subject of the sentence, named right before the partner.
                // Not when another subject stands between (`A는 고객사들이 B와 공동 개발한`), nor for
                // what never happened (`B와 제휴한 적이 없다`, `협력한 사실이 없다`).
                guard let subj = groups.last(where: { $0.end <= partner.start }), subj.marker == .subject,
                      !subj.members.contains(where: { m in partner.members.contains { $0.name == m.name } }),
                      !s.string(subj.end..<partner.start).split(separator: " ").contains(where: { josa.strip(String($0))?.marker == .subject }),
                      !deniedAfter(s, hit.end) else { return nil }
                return (cast(subj, .party, "subject the clause shares") + cast(partner, .party, "partner (와/과) of the relative clause"),
                        "partnership: relative clause '\(hit.stem)' on a thing (background)")
            }
            guard !head.members.contains(where: { m in partner.members.contains { $0.name == m.name } }) else { return nil }
            return (cast(partner, .party, "partner (와/과) of the relative clause") + cast(head, .party, "noun the clause modifies"),
                    "partnership: relative clause '\(hit.stem)' (background)")
        }
        var cast: [Cast] = []
        var subj = subject(groups, before: hit.start, in: s)
        // `크래프톤이 ‘CES 2025’가 열리고 있는 …에서 엔비디아와 협업해`: a quoted title is no party;
        // the subject before it is.
        if let quoted = subj, quoted.members.allSatisfy({ $0.rule == "quoted name" }) {
            subj = subject(groups, before: quoted.start, in: s)
        }
        if let subj { cast += self.cast(subj, .party, "subject") }
        // `지난 2일에는 한국 IBM과 업무협약을 체결했다`: with the subject left out, the party is the
        // organization the article is about.
        else if let topic, groups.contains(where: { $0.marker == .comitative && $0.end <= hit.start + 1 }),
                !unknownTopicBefore(hit.start, groups, s, topic: topic) {
            cast.append(topic.recast(.party, "subject left out: the organization the article is about"))
        }
        // A partnership told as the way something was done (`A는 B와 협업을 통해 …`) is the subject's,
        // or the article's organization's, with the partner named: a list of partners alone (`미국,
        // 유럽 등 선진국과의 협력을 통해`) states a policy.
        if hit.incidental, cast.isEmpty { return nil }
        let from = subj?.end ?? 0
        for g in groups where g.start >= from && g.end <= hit.start + 1 {
            if g.marker == .comitative {
                // `케이알로지스대전제3호피에프브이, 강진산업개발, 케이리츠투자운용 등과`: names the recognizer
                // does not know, listed before one it does.
                let listStart = ConsortiumReader.listStart(s, before: g.start)
                if listStart < g.start, listStart >= from {
                    for piece in s.string(listStart..<g.start).split(whereSeparator: { ",·".contains($0) }) {
                        let name = piece.trimmingCharacters(in: .whitespaces)
                        guard (2...20).contains(name.unicodeScalars.count), !cast.contains(where: { $0.name == name }),
                              // `…개발을 하고, 보다폰과는`: a clause that ends in a verb is no list item.
                              !endsInAPredicate(name),
                              // `협력 대상 가운데 한 곳으로, 누리대와`: nor is a word with a particle of place or means.
                              !RoleAssigner.adverbialEndings.contains(where: { name.hasSuffix($0) }),
                              // `지난 14일, 누리협회와`: nor is a day.
                              !RoleAssigner.dayOrTime.occurs(in: name) else { continue }
                        cast.append(Cast(role: .party, name: name, surface: name, type: nil, why: "\(name) (partner listed before a known one, list-item)"))
                    }
                }
                cast += self.cast(g, .party, "partner (와/과)")
            } else if g.marker != .subject, g.marker != .list, let k = g.members.dropLast().lastIndex(where: { $0.marker == .comitative }) {
                // `A와 B, C 등의 사업을 위한 협정`: the partner (와/과) before names that end otherwise.
                // `한국과 말레이시아에서 협업한다`: countries listed as where it happens are no partners.
                let partners = Array(g.members[...k]).filter { g.marker != .source || !RoleAssigner.isCountry($0) }
                if !partners.isEmpty { cast += self.cast(MentionGroup(members: partners, marker: .comitative), .party, "partner (와/과)") }
            }
        }
        // `A가 B의 X 프로젝트에 참여`: the project's owner is the partner.
        if hit.joins {
            for g in groups where g.start >= from && g.end <= hit.start + 1 && g.marker == .genitive {
                cast += self.cast(MentionGroup(members: g.members.filter { $0.type != .consortium && $0.type != .product }, marker: .genitive),
                                  .party, "owner of the project joined (의)")
            }
        }
        cast = dedupe(cast)
        // `A가 B에 투자하고 …을 공동 개발한다`, `A는 B에 1억 달러를 투자하고 파트너십을 맺었다`: a joint
        // undertaking or an agreement with no partner of its own is with the other side of the
        // clause it is joined to.
        if cast.count == 1, let subj,
           let other = groups.last(where: { g in
               g.start >= subj.end && g.end <= hit.start && [.dative, .object].contains(g.marker)
                   && !g.members.contains { $0.type == .government || $0.type == .product }
                   && RoleAssigner.connectives.contains { c in s.firstIndex(of: c, from: g.end, to: hit.start) != nil }
           }) {
            cast = dedupe(cast + self.cast(other, .party, "other side of the clause joined to the undertaking"))
        }
        // `A, B, C 등이 신생 게임사와 손을 잡은`: a partner told only by a common noun with 와/과 goes
        // unnamed; the organizations of the subject each joined it, not one another.
        if let subj, cast.allSatisfy({ c in subj.members.contains { $0.name == c.name } }),
           unnamedPartner(s, from: subj.end, to: hit.start, groups: groups) { return nil }
        guard cast.count >= 2 else { return nil }
        return (cast, "partnership: parties before trigger '\(hit.stem)' (\(hit.reading))")
    }

    /// Whether a word of `absenceWords` follows the noun a participle modifies, within two words
    /// (`제휴한 적이 없다`, `협력한 사실이 아니다`).
    func deniedAfter(_ s: Scalars, _ end: Int) -> Bool {
        let words = s.string(end..<min(s.count, end + 24)).split(separator: " ").prefix(3)
        return words.dropFirst().contains { w in absenceWords.contains { w.hasPrefix($0) } }
    }

    /// Whether the word before the verb of the deal `to` (or before adverbs of `phraseAdverbs`
    /// there) takes 와/과 and is no organization's name: a partner told by a common noun. A word in
    /// 와/과 further back joins nouns (`AI와 클라우드 분야에서`).
    func unnamedPartner(_ s: Scalars, from: Int, to: Int, groups: [MentionGroup]) -> Bool {
        var words: [Range<Int>] = []
        var k = from
        while k < to {
            while k < to, !OrganizationRecognizer.isWordScalar(s[k]) { k += 1 }
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            guard e > k, e <= to else { break }
            words.append(k..<e)
            k = e
        }
        while let last = words.last, phraseAdverbs.contains(s.string(last)) { words.removeLast() }
        guard let w = words.last, josa.strip(s.string(w))?.marker == .comitative else { return false }
        return !groups.contains { g in g.members.contains { $0.start < w.upperBound && $0.markerEnd > w.lowerBound } }
    }

    /// Whether the words of `range` carry no particle: only bare words describe a name between
    /// its owner's 의 and it (`A의 미국 설계업체 B 인수`); a word with a particle opens another
    /// clause (`A의 최대주주가 된 데 이어 인수가`).
    func onlyBareWords(_ s: Scalars, _ range: Range<Int>) -> Bool {
        !s.string(range).split(separator: " ").contains { w in (josa.strip(String(w))?.marker).map { $0 != .none } ?? false }
    }

    /// Whether the word the trigger ends in reports it (`투자했다고`, `투자한다고`): a statement quoted
    /// indirectly by the sentence's topic.
    static func reported(_ s: Scalars, after end: Int) -> Bool {
        let e = OrganizationRecognizer.wordEnd(s, from: end)
        return e - end >= 2 && s.matches("다고".scalars, at: e - 2)
    }

    /// A figure of a day, month, year or hour, or a word of time, ending a phrase (`14일`, `지난 3월`,
    /// `14일 오후`, `지난달`).
    static let dayOrTime = try! NSRegularExpression(pattern: #"(\d+\s*(일|월|년|분기|시)|오전|오후|지난달|지난해|작년|올해|이날|당일|최근)$"#)

    /// Particles of place or means (`한 곳으로`, `현지에서`): a word ending in one is no name in a list.
    static let adverbialEndings = ["으로", "에서", "에게"]

    /// Endings that join a clause to the next one (`투자하고`, `인수하며`).
    static let connectives = ["하고 ", "하며 ", "하면서 ", "했고 ", "했으며 "].map(\.scalars)

    /// - Parameters:
    ///   - fundraiser: the company whose round the article tells, for sentences naming only investors.
    ///   - topic: the organization the article is about, for `A, B 등이 투자한 이력이 있다`.
    func investment(_ hit: TriggerHit, _ groups: [MentionGroup], _ s: Scalars, fundraiser: Cast? = nil, topic: Cast? = nil) -> ([Cast], String)? {
        if hit.nominal {
            // `A의 (…) B 인수`: B right before the noun, A with 의 before B.
            if let bought = groups.last(where: { g in
                   let nameEnd = g.members.last!.end
                   return nameEnd <= hit.start && hit.start - nameEnd <= 1 && [.none, .object].contains(g.marker)
               }),
               let buyer = groups.last(where: { $0.marker == .genitive && $0.end <= bought.start && bought.start - $0.end <= 30
                   && onlyBareWords(s, $0.end..<bought.start) }) {
                return (cast(buyer, .investor, "buyer (의)") + cast(bought, .target, "what is bought, right before the noun"),
                        "investment: noun phrase '\(hit.stem)' (A의 B \(hit.stem))")
            }
            // `네이버, 포시마크 인수`: a headline sets its subject off with a comma instead.
            guard hit.reading.hasPrefix("headline") else { return nil }
        }
        // `누리소프트로부터 100억원을 투자받은 세림반도체`: a round received, told in a relative clause;
        // the source invests in the name the clause modifies.
        if hit.modifies, hit.reverses, let source = groups.last(where: { $0.marker == .source && $0.end <= hit.start }),
           let head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 40 && $0.marker != .none }) {
            return (cast(source, .investor, "source (로부터) of the relative clause") + cast(head, .target, "noun the clause modifies"),
                    "investment: relative clause '\(hit.stem)' received from a named source (background)")
        }
        // `앞서 시리즈A에서 A와 B로부터 투자받았다`: the company of the article, unnamed here, received:
        // the round's company named earlier, else the organization the article is about.
        // `아지봇은 …로부터 투자를 받았다`: a topic the recognizer does not know is still the subject.
        if hit.reverses, subject(groups, before: hit.start) == nil,
           let raiser = fundraiser ?? topic.map({ $0.recast(.target, "the organization the article is about; the subject is left out") }),
           !unknownTopicBefore(hit.start, groups, s, topic: raiser) {
            let investors = groups.filter { $0.end <= hit.start + 1 && ($0.marker == .source || $0.marker == .comitative) }
            guard !investors.isEmpty else { return nil }
            return ([raiser] + investors.flatMap { cast($0, .investor, "source (로부터)") },
                    "investment (received by \(raiser.name), named earlier in the article): trigger '\(hit.stem)'")
        }
        // `2017년 삼성전자에 인수된 하만은`: a takeover told in a passive relative clause; the buyer is
        // named with 에 right before it, what was bought is the noun the clause modifies.
        if hit.modifies, hit.passive, !hit.sells, acquisitionNouns.contains(where: hit.stem.hasPrefix),
           let buyer = groups.last(where: { $0.marker == .dative && $0.end <= hit.start && hit.start - $0.end <= 12 && !$0.members.allSatisfy { $0.type == .government } }),
           let head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 40 && $0.marker != .none }) {
            return (cast(buyer, .investor, "buyer (에) of the passive relative clause") + cast(head, .target, "what was bought, the noun the clause modifies"),
                    "investment: takeover told in a passive relative clause '\(hit.stem)' (background)")
        }
        if hit.sells, hit.modifies {
            // `…가 인텔에 매각한 스타트업 올라웍스`: the buyer (에) invests in the noun modified.
            guard let buyer = groups.last(where: { $0.marker == .dative && $0.end <= hit.start && !$0.members.allSatisfy { $0.type == .government } }),
                  let head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 40 && $0.marker != .none }) else { return nil }
            // `누리랩스를 세림캐피탈에 매각한 한빛전자는`: with what was sold the clause's object, the
            // noun the clause modifies is the seller, who takes no part.
            let clause = RoleAssigner.lastClauseEnd(s, from: 0, to: hit.start) ?? 0
            if let sold = groups.last(where: { $0.marker == .object && $0.start >= clause && $0.end <= hit.start && hit.start - $0.end <= 30
                && !$0.members.allSatisfy { $0.type == .government } }) {
                return (cast(buyer, .investor, "buyer (에)") + cast(sold, .target, "what was sold, the object of the relative clause"),
                        "investment: sale told in a relative clause on the seller '\(hit.stem)' (background)")
            }
            return (cast(buyer, .investor, "buyer (에)") + cast(head, .target, "what was sold, the noun the clause modifies"),
                    "investment: sale told in a relative clause '\(hit.stem)' (background)")
        }
        // `수아랩을 2300억원에 인수한 미국 코그넥스`: a takeover told in a relative clause with no
        // subject; the noun the clause modifies is the buyer of the object.
        if hit.modifies, !hit.reverses, !hit.passive, !hit.sells, !hit.joins, acquisitionNouns.contains(where: hit.stem.hasPrefix),
           let object = groups.last(where: { $0.marker == .object && $0.end <= hit.start && hit.start - $0.end <= 24 }),
           !groups.contains(where: { $0.marker == .subject && $0.end <= object.start }),
           let head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 24 && $0.marker != .none }),
           !head.members.contains(where: { $0.type == .government }),
           !head.members.contains(where: { m in object.members.contains { $0.name == m.name } }) {
            return (cast(head, .investor, "buyer, the noun the clause modifies") + cast(object, .target, "object of the relative clause"),
                    "investment: takeover told in a relative clause on the buyer '\(hit.stem)' (background)")
        }
        guard let foundSubject = subject(groups, before: hit.start, in: s) else {
            // `2020년에는 멜라노테크를 70억달러에 인수한 바 있다`: with the buyer left out, the
            // organization the article is about bought what the object names.
            // `이보다 앞서 투자한 AI 플랫폼 기업 누리랩스 등의 기술을`: a relative clause with its buyer
            // left out tells what the organization the article is about invested in.
            if let topic, hit.modifies, !hit.reverses, !hit.passive, !hit.sells, !hit.joins,
               !groups.contains(where: { $0.end <= hit.start && [.object, .dative, .subject, .genitive].contains($0.marker) }),
               let head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 40 && $0.marker != .none && !RoleAssigner.isOrigin($0) }),
               !head.members.contains(where: { $0.name == topic.name || $0.type == .government }),
               !s[hit.end..<head.start].contains(where: { $0 == "," || $0 == "." }) {
                return ([topic.recast(.investor, "the organization the article is about; the subject is left out")]
                        + cast(head, .target, "noun the clause modifies"),
                        "investment: relative clause '\(hit.stem)' with its subject left out (background)")
            }
            guard let topic, !hit.reverses, !hit.passive, !hit.sells, !hit.modifies, !hit.joins else { return nil }
            // `크루소, 코히어에 투자했으며`: 에 names what it invests in as well; a clause closed before
            // the trigger (`…에 매각했으며 B를 인수하는 등`) keeps its own.
            let clauseStart = RoleAssigner.lastClauseEnd(s, from: 0, to: hit.start) ?? 0
            let targets = dedupe(groups.filter { $0.start >= clauseStart && $0.end <= hit.start + 1
                    && ([.object, .dative].contains($0.marker)
                        // `'가온디언트' 지분도 100% 확보했다`: a bare name right before the stake.
                        || $0.marker == .none && RoleAssigner.rightBefore($0, hit.start, in: s) && ownershipNouns.contains(where: hit.stem.hasPrefix))
                    && !RoleAssigner.opensRelativeClause(s, after: $0.end, before: hit.start)
                    && !$0.members.contains { $0.type == .government || $0.name == topic.name } }
                .flatMap { cast($0, .target, "object") })
            guard !targets.isEmpty else { return nil }
            return ([topic.recast(.investor, "the organization the article is about; the subject is left out")] + targets,
                    "investment: subject left out, the article's organization invests; trigger '\(hit.stem)' (\(hit.reading))")
        }
        // `삼성전자는 지난해 뉴로메틱도 인수한 바 있다`: with a topic before it and no object, a name
        // with 도 is what the topic bought too, not a second buyer.
        var alsoBought: MentionGroup? = nil
        var subj = foundSubject
        // `A는 B를 비롯해 C, D 등 소프트웨어 기업도 인수했다`: 도 on the noun phrase a list closes.
        let alsoParticle = RoleAssigner.particle(of: subj, in: s)
        if !hit.reverses, !hit.passive, !hit.sells, !hit.joins,
           RoleAssigner.marksAlso(alsoParticle),
           let topic = groups.last(where: { $0.marker == .subject && $0.end <= subj.start && ["은", "는"].contains(RoleAssigner.particle(of: $0, in: s)) }),
           !groups.contains(where: { $0.start > topic.end && $0.start < hit.start && [.object, .dative].contains($0.marker) }),
           !s[topic.end..<subj.start].contains(where: { $0 == "," || $0 == "." }),
           // `A는 B와 협력하고 있으며 C도 투자했다`: another clause between makes C a subject of its own.
           !s.string(topic.end..<subj.start).split(separator: " ").contains(where: { w in ["며", "고", "데", "만", "나", "다"].contains { w.hasSuffix($0) } }) {
            alsoBought = subj
            subj = topic
        }
        // `또 누리랩스도 인수했다`, `또 A를 비롯해 B, C 등 기업도 인수했다`: with no subject named and
        // none set before in the sentence, 도 marks what the organization the article is about bought
        // too, not a buyer.
        if alsoBought == nil, let topic, !hit.reverses, !hit.passive, !hit.sells, !hit.joins, !hit.modifies,
           acquisitionNouns.contains(where: hit.stem.hasPrefix),
           RoleAssigner.marksAlso(alsoParticle),
           !groups.contains(where: { $0.marker == .subject && $0.end <= subj.start }),
           !groups.contains(where: { $0.start > subj.end && $0.start < hit.start && [.object, .dative].contains($0.marker) }),
           !subj.members.contains(where: { $0.name == topic.name || $0.type == .government }) {
            // `A를 비롯해`: the list's head, named with the object particle before 비롯해.
            let head = groups.filter { g in
                g.end <= subj.start && g.marker == .object && s.matches(ConsortiumReader.including, at: RoleAssigner.skipSpaces(s, from: g.end))
            }
            let bought = dedupe(head.flatMap { cast($0, .target, "heads the list of what was bought too") } + cast(subj, .target, "what the article's organization bought too (도)"))
                .filter { $0.name != topic.name }
            guard !bought.isEmpty else { return nil }
            return ([topic.recast(.investor, "the organization the article is about; the subject is left out")] + bought,
                    "investment: subject left out, the article's organization bought these too; trigger '\(hit.stem)' (\(hit.reading))")
        }
        if hit.sells, hit.passive {
            // `B는 2019년 C에 매각됐다`: what was sold is the subject; the buyer (에) invests in it.
            let buyers = groups.filter { $0.start >= subj.end && $0.start < hit.start && $0.marker == .dative && !$0.members.allSatisfy { $0.type == .government } }
            guard !buyers.isEmpty else { return nil }
            return (buyers.flatMap { cast($0, .investor, "buyer (에)") } + cast(subj, .target, "subject of the passive sale"),
                    "investment (a sale told in the passive, the buyer invests): trigger '\(hit.stem)'")
        }
        if hit.sells {
            // `A는 B 지분을 C에 매각했다`: C, the buyer, invests in B; the seller takes no part.
            let between = groups.filter { $0.start >= subj.end && $0.start < hit.start }
            let buyers = between.filter { $0.marker == .dative && !$0.members.allSatisfy { $0.type == .government } }
            let sold = between.filter { [.object, .about, .genitive].contains($0.marker) }
            // `누리AI는 지분 49%를 한빛전자에 매각했다`: a stake with no owner named before it is the
            // seller's own; the buyer invests in the seller.
            if sold.isEmpty, !buyers.isEmpty, !subj.members.contains(where: { $0.type == .government }),
               let stake = firstOwnershipWord(s, from: subj.end, to: hit.start),
               RoleAssigner.onlyDatesBetween(s, subj.end, stake) {
                return (buyers.flatMap { cast($0, .investor, "buyer (에)") } + cast(subj, .target, "seller of its own stake"),
                        "investment (a sale of the seller's own stake, the buyer invests): trigger '\(hit.stem)' (\(hit.reading))")
            }
            guard !buyers.isEmpty, !sold.isEmpty else { return nil }
            return (buyers.flatMap { cast($0, .investor, "buyer (에)") } + sold.flatMap { cast($0, .target, "what is sold") },
                    "investment (a sale, the buyer invests): trigger '\(hit.stem)' (\(hit.reading))")
        }
        if hit.modifies, hit.reverses {
            // `누리엣지가 세림벤처스, 가온투자 등에서 유치한 시리즈C`: the sources named inside the
            // relative clause invested in its subject (background).
            let sources = groups.filter { $0.start >= subj.end && $0.end <= hit.start && $0.marker == .source
                && !$0.members.contains { $0.type == .government } }
            if !sources.isEmpty, !subj.members.contains(where: \.topic), RoleAssigner.lastClauseEnd(s, from: subj.end, to: hit.start) == nil,
               // `누리랩이 한빛전자에서 분사한 뒤 유치한`: a clause before 뒤 is another happening.
               !s.string(subj.end..<hit.start).split(separator: " ").contains(where: { sequenceNouns.contains(String($0)) }) {
                return (sources.flatMap { cast($0, .investor, "source (로부터, 에서) inside the relative clause") } + cast(subj, .target, "raised the round (subject of the relative clause)"),
                        "investment: round told in a relative clause '\(hit.stem)' with its sources")
            }
            // `B가 유치한 300억원 규모 투자에는 A가 참여했다`: B raised, the subject after the clause invests.
            guard let investors = groups.first(where: { $0.marker == .subject && $0.start > hit.end }) else { return nil }
            return (cast(subj, .target, "raised the round (subject of the relative clause)") + cast(investors, .investor, "took part in the round"),
                    "investment: round told in a relative clause '\(hit.stem)' and its participants")
        }
        // `사업비 1조원이 투입되는 데이터센터`: money put in, told in the passive, names no investor.
        if hit.modifies, hit.passive { return nil }
        if hit.modifies {
            // `A가 인수한 B`: the investor is the relative clause's subject, the target its head noun.
            // The head is the name that carries the noun phrase's particle (`독일 센서 기업 누리센스는`).
            // `A가 B에 400억 달러를 투자하는 라운드를 주도한다`: the clause names what it invests in.
            if let into = groups.last(where: { $0.start >= subj.end && $0.end <= hit.start && $0.marker == .dative && !$0.members.allSatisfy { $0.type == .government } }),
               !groups.contains(where: { $0.start >= hit.end && $0.start - hit.end <= 40 && $0.marker != .none }) {
                return (cast(subj, .investor, "subject of the relative clause") + cast(into, .target, "what the clause invests in (에)"),
                        "investment: relative clause '\(hit.stem)' naming what it invests in")
            }
            if var head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 40 && $0.marker != .none && !RoleAssigner.isOrigin($0) }) {
                // `A가 돈을 넣은 B, C가 투자한 D 등이`: a list of such clauses; the head is the first item,
                // the next the subject of a clause of its own.
                if head.members.count >= 2, head.marker == .subject, RoleAssigner.opensRelativeClause(s, after: head.end, before: min(s.count, head.end + 40)) {
                    head.members = [head.members[0]]
                }
                return (cast(subj, .investor, "subject of the relative clause") + cast(head, .target, "noun the clause modifies"),
                        "investment: relative clause '\(hit.stem)' (background)")
            }
            // `B에는 A, C 등이 투자한 이력이 있다`: the clause tells of B, named with 에(는) before it.
            guard let recipient = groups.last(where: { $0.marker == .dative && $0.end <= subj.start && !$0.members.allSatisfy { $0.type == .government } }) else {
                // `A, C 등이 투자한 이력이 있다`: with B left out, the clause tells of the article's organization.
                let after = s.string(hit.end..<min(s.count, hit.end + 8)).split(separator: " ").dropFirst().first.map(String.init) ?? ""
                guard let topic, ["이력이", "이력도", "바", "적이"].contains(after), !subj.members.contains(where: { $0.name == topic.name }) else { return nil }
                return (cast(subj, .investor, "subject of the relative clause") + [topic.recast(.target, "the organization the article is about")],
                        "investment: relative clause '\(hit.stem)' about the article's organization (background)")
            }
            return (cast(subj, .investor, "subject of the relative clause") + cast(recipient, .target, "named with 에 before the clause"),
                    "investment: relative clause '\(hit.stem)' about the organization named with 에 (background)")
        }
        // A target's particle may be the trigger's own first word (`한빛 지분을 인수`).
        // `미르테크 인수를 추진한다`: the object's particle may be the trigger's own.
        // `하만 인수 절차를 마무리했다`: a name right before the noun of buying is what is bought, the
        // phrase's particle coming after the noun it heads.
        let namedRightBefore = { (g: MentionGroup) in RoleAssigner.rightBefore(g, hit.start, in: s) && !g.members.allSatisfy { $0.type == .government } }
        // `A는 B에 C와 함께 투자했고 지난해 D 등의 라운드에도 참여했다`: a clause closed before the
        // trigger keeps its own objects and partners; the subject is shared.
        let clauseStart = RoleAssigner.lastClauseEnd(s, from: subj.end, to: hit.start) ?? subj.end
        let between = groups.filter { g in
            g.start >= clauseStart && g.start < hit.start && (g.end <= hit.end + 2 || namedRightBefore(g) && acquisitionNouns.contains(where: hit.stem.hasPrefix))
        }
        if hit.passive {
            // `B가 A에 인수됐다`: the subject is taken over; the buyer is marked by 에/에게/에 의해.
            var investors = between.filter { $0.marker == .dative }
            // `B는 A의 자회사로 편입됐다`: the owner of what the subject became, named with 의 or bare
            // right before the trigger, took it over.
            if investors.isEmpty, subsidiaryNouns.contains(where: hit.stem.hasPrefix) {
                investors = between.filter { g in
                    let end = g.members.last!.end
                    guard [.genitive, .none].contains(g.marker), end < hit.start, !g.members.allSatisfy({ $0.type == .government }) else { return false }
                    return ["의 ", " "].contains(s.string(end..<hit.start))
                }
            }
            guard !investors.isEmpty else { return nil }
            return (investors.flatMap { cast($0, .investor, "doer (에 의해)") } + cast(subj, .target, "subject of the passive"),
                    "investment (passive): trigger '\(hit.stem)'")
        }
        if hit.reverses {
            // `A가 B로부터 투자를 유치했다`: the subject receives. `A는 B, C 등을 대상으로 유상증자를
            // 실시했다`: those the shares are offered to subscribe.
            var investors = between.filter { $0.marker == .source || $0.marker == .comitative
                || $0.marker == .object && s.matches(RoleAssigner.offeredTo, at: $0.end + 1) }
            // `A는 B 등이 참여한 시리즈D 라운드에서 …를 유치했다`: those who took part in the round,
            // named in a relative clause on it, invest. (A round with a lead, `B가 주도하고 C가 참여한`,
            // is read as a whole by the round's own reading.)
            if !namesALead(s) {
                investors += between.filter { g in
                    g.marker == .subject && !g.members.contains { $0.type == .government }
                        && joinParticiples.contains { p in
                            s.matches(p, at: g.end) && roundNamedAfter(s, from: g.end + p.count, before: hit.start) }
                }
            }
            guard !investors.isEmpty else { return nil }
            return (cast(subj, .target, "subject receiving the investment") + investors.flatMap { cast($0, .investor, "source (로부터)") },
                    "investment (received): trigger '\(hit.stem)'")
        }
        // A country after 에 is where the money goes (미국에 투자), not what it buys.
        // `A는 B의 시리즈B 투자에 참여했다`: joining a round, the company named with 의 receives.
        let headline = hit.reading.hasPrefix("headline")
        var targets = between.filter { g in
            // `인텔에 매각한 스타트업 올라웍스에 투자해`: a name inside a relative clause is that clause's.
            !([.dative, .object].contains(g.marker) && RoleAssigner.opensRelativeClause(s, after: g.end, before: hit.start)) && (
            // `GPU 수천장을 투입해`: what is put in is spent, not invested in; only 에 names where it goes.
            (g.marker == .object && !spendingStems.contains(where: hit.stem.hasPrefix))
                // `미국에 투자`, `미국에 대한 대규모 투자`: a country is where the money goes.
                || [.about, .dative].contains(g.marker) && !g.members.allSatisfy { $0.type == .government } || (headline && g.marker == .none)
                // `B와 500억원 규모의 투자계약을 맺었다`: the counterparty of an investment contract.
                || (g.marker == .comitative && hit.stem.contains("계약"))
                // `누리테크 지분율을 끌어올렸다`, `누리칩스 최대주주에 올랐다`: a bare name right before the
                // stake or the owner the trigger begins with.
                || (g.marker == .none && namedRightBefore(g) && (ownershipNouns.contains(where: hit.stem.hasPrefix) || hit.owner))
                // `누리랩스 인수를 통해`: the takeover the subject acted through bought the name before it.
                || (g.marker == .none && namedRightBefore(g) && hit.incidental && acquisitionNouns.contains(where: hit.stem.hasPrefix))
                // `B의 시리즈D 라운드에 투자했다`: the company named with 의 raised the round.
                || (g.marker == .genitive && (hit.joins || hit.owner || RoleAssigner.ownershipFollows(s, after: g.end, nouns: ownershipNouns)
                                              || RoleAssigner.sharesFollow(s, after: g.end) || divisionFollows(s, after: g.end)
                    || RoleAssigner.roundFollows(s, after: g.end))))
        }.flatMap { cast($0, .target, "object") }
        if let alsoBought { targets = cast(alsoBought, .target, "what the topic bought too (도)") + targets }
        // `누리반도체의 용인 공장에 보조금을 지원`: the firm whose plant the money goes to.
        if targets.isEmpty, let owner = between.first(where: { g in
            g.marker == .genitive && facilityNouns.contains { noun in s.contains(noun, in: g.end..<min(s.count, g.end + 12)) }
                && !g.members.allSatisfy { $0.type == .government }
        }) {
            targets = cast(owner, .target, "whose facility the money goes to")
        }
        // `누리텔레콤의 양자기술에 20만달러를 투자했다`: the firm whose business or technology the money
        // goes into, named with 의 right before the noun with 에.
        if targets.isEmpty, let owner = between.first(where: { g in
            g.marker == .genitive && !g.members.allSatisfy { $0.type == .government }
                && RoleAssigner.nextWordEndsInDative(s, after: g.end, before: hit.start)
        }) {
            targets = cast(owner, .target, "whose business the money goes into (A의 B에)")
        }
        // `누리칩스 낸드 사업부를 인수했다`, `누리칩스로부터 낸드 사업부를 인수했다`: a division bought;
        // its parent, named bare right before it or as the seller (로부터), stands for it (GUIDELINES,
        // "Funding rounds and acquisitions": the parent's name is accepted).
        if targets.isEmpty, acquisitionNouns.contains(where: hit.stem.hasPrefix), let parent = between.first(where: { g in
            [.none, .source].contains(g.marker) && !g.members.allSatisfy { $0.type == .government } && divisionFollows(s, after: g.end)
        }) {
            targets = cast(parent, .target, "whose division is bought")
        }
        // `세림오토에는 한빛기아도 59억원을 출자했다`: what is invested in, set before the subject as the
        // sentence's topic with 에는.
        if targets.isEmpty, let recipient = groups.first(where: { g in
            g.marker == .dative && g.end <= subj.start && g.start <= 1 && RoleAssigner.particle(of: g, in: s) == "에는"
                && !g.members.allSatisfy { $0.type == .government }
        }) {
            targets = cast(recipient, .target, "topic with 에는, what the subject invests in")
        }
        if targets.isEmpty, let f = facility(s, from: subj.end), !facilityNouns.contains(where: { $0.string == f }) {
            targets = [Cast(role: .target, name: f, surface: f, type: nil, why: "\(f) (facility built with the money)")]
        }
        // Set when the target is the company whose money the sentence tells of, named before or
        // elsewhere: those the subject invests with (와/과) are then in the same round.
        var raisedByTopic = false
        // `KB증권과 노앤파트너스도 200억원을 투자했다`: a sentence about the round the article's company
        // raised names only its investors.
        // A government spending is no part of a company's round.
        // `…같은 기술 업체들에도 투자해`: others invested in, named or not, are no part of that round.
        if targets.isEmpty, let raiser = fundraiser, !subj.members.contains(where: { $0.name == raiser.name || $0.type == .government }),
           !groups.contains(where: { $0.start >= subj.end && $0.start < hit.start && [.dative, .object].contains($0.marker) }),
           !s.string(subj.end..<hit.start).split(separator: " ").contains(where: { $0.hasSuffix("에도") || $0.hasSuffix("들에") }) {
            targets = [Cast(role: .target, name: raiser.name, surface: raiser.surface, type: raiser.type, why: "\(raiser.surface) (raised the round the article tells)")]
            raisedByTopic = true
        }
        // `그록은 블랙록, 시스코 등이 투자에 참여했다`: the topic set before the round's participants receives.
        if targets.isEmpty, hit.joins, let topicGroup = groups.last(where: { g in g.end <= subj.start && g.marker == .subject && g.members.allSatisfy(\.topic) }),
           !topicGroup.members.contains(where: { $0.type == .government }) {
            targets = cast(topicGroup, .target, "topic the round is told of")
        }
        // `넥스페리아는 … 2019년 중국 윙텍이 인수했다`: with no object, the topic set before a plain
        // subject is what that subject bought.
        if targets.isEmpty, acquisitionNouns.contains(where: hit.stem.hasPrefix), !subj.members.contains(where: \.topic),
           let topicGroup = groups.last(where: { g in g.end <= subj.start && g.marker == .subject && g.members.allSatisfy(\.topic) }),
           !topicGroup.members.contains(where: { $0.type == .government }),
           !groups.contains(where: { $0.start > subj.end && $0.start < hit.start && [.object, .dative, .about].contains($0.marker) }),
           // An object no rule named yet (`AMD가 눈여겨본 자일링스를 인수했다`) is what was bought.
           // A clause closed by a comma before the subject (`…본사를 둔 기업 중 하나로, 2019년 B가 인수했다`)
           // describes the topic; only what follows it may hold the object.
           !s.string((s[topicGroup.end..<subj.start].lastIndex(of: ",") ?? topicGroup.end)..<hit.start).split(separator: " ")
               .contains(where: { $0.hasSuffix("을") || $0.hasSuffix("를") })
               // `누리칩스는 세림테크가 자사 지분 9.49%를 인수했다고 밝혔다`: the topic's own stake is the topic.
               || ownStakes.contains(where: { s.contains($0, in: subj.end..<hit.start) }) && RoleAssigner.reported(s, after: hit.end) {
            targets = cast(topicGroup, .target, "topic, what the subject bought")
        }
        // `누리랩스는 한빛전자가 세림캐피탈 등과 300억원을 투자했다고 밝혔다`: with nothing named to put the
        // money in, the topic that reports a plain subject's investment received it.
        if targets.isEmpty, !acquisitionNouns.contains(where: hit.stem.hasPrefix), !subj.members.contains(where: \.topic),
           RoleAssigner.reported(s, after: hit.end),
           let topicGroup = groups.last(where: { g in g.end <= subj.start && g.marker == .subject && g.members.allSatisfy(\.topic) }),
           !topicGroup.members.contains(where: { $0.type == .government }),
           !groups.contains(where: { $0.start > subj.end && $0.start < hit.start && [.object, .dative, .about].contains($0.marker) }) {
            targets = cast(topicGroup, .target, "topic reporting the investment it received")
            raisedByTopic = true
        }
        // `루미노칩, 세나바이오, 아크모션에 투자했다`: names no rule knows listed before a known one.
        if let first = between.first(where: { g in g.members.contains { m in targets.contains { $0.name == m.name } } }) {
            let start = ConsortiumReader.listStart(s, before: first.start)
            if start >= subj.end, start < first.start { targets += unknownItems(s, start..<first.start) }
        }
        var named = Set<String>()
        targets = targets.filter { named.insert($0.name).inserted }
        guard !targets.isEmpty else { return nil }
        // `A는 B 등과 함께 C에 투자했다`: those it invests together with invest too.
        var coInvestors: [Cast] = []
        if let joint = jointPartners(groups, from: clauseStart, before: hit.start, s),
           !joint.members.contains(where: { m in targets.contains { $0.name == m.name } || m.type == .government }) {
            coInvestors = cast(joint, .investor, "invests together with the subject (함께)")
        }
        // `한빛전자가 세림캐피탈 등과 …을 투자했다고`: those the subject invested with invest too.
        if raisedByTopic, coInvestors.isEmpty {
            // `누리랩스와 …투자 계약을 체결`: the other side of a contract is no co-investor.
            for g in between where g.marker == .comitative && !g.members.contains(where: { $0.type == .government })
                && !s.string(g.end..<min(s.count, hit.end + 8)).contains("계약") {
                coInvestors += cast(g, .investor, "invests with the subject (와/과)")
            }
        }
        // `KT와 KDB산업은행이 각각 300억원씩, 파빌리온이 200억원을 투자했다`: subjects before, each with
        // its amount and a comma, share the verb.
        var investors = cast(subj, .investor, "subject")
        var from = subj.start
        while let earlier = groups.last(where: { $0.marker == .subject && $0.end <= from }), RoleAssigner.gappedAmount(s, from: earlier.end, to: from) {
            investors = cast(earlier, .investor, "subject sharing the verb (amount, comma)") + investors
            from = earlier.start
        }
        // `A 외에도 B, C 등이 투자에 참여했다`: the one named before 외에(도) took part as well.
        if let besides = groups.last(where: { g in g.end <= subj.start && RoleAssigner.besides.contains { s.matches($0, at: g.end) } }),
           !s[besides.end..<subj.start].contains("."), !targets.contains(where: { t in besides.members.contains { $0.name == t.name } }) {
            investors = cast(besides, .investor, "named with 외에 beside the subject") + investors
        }
        // `A는 B가 주도한 C의 시리즈B 투자에 참여했다`: the one that led the round invests too.
        if hit.stem.contains("참여") || hit.stem.contains("라운드") {
            for g in groups where g.marker == .subject && g.start > subj.end && g.end < hit.start
                && leadParticiples.contains(where: { s.matches($0, at: g.end) })
                && !g.members.contains(where: { m in targets.contains { $0.name == m.name } || m.type == .government }) {
                coInvestors += cast(g, .investor, "led the round the subject joined")
            }
        }
        return (investors + coInvestors + targets, "investment: subject invests in object, trigger '\(hit.stem)' (\(hit.reading))")
    }

    /// The plain subject before `subj` when `subj` is a name with 도 (or 등도) that is the clause's
    /// object (`러시아가 … 왓츠앱도 제한했다`): that subject takes 이/가/은/는 and is no product; no
    /// comma, full stop, clause ending (`…하자`, `…했고`: a verb form) or noun of sequence (`뒤`, `후`)
    /// stands between the two, and no object stands between the name and the measure.
    func subjectBeforeAlsoName(_ subj: MentionGroup, _ groups: [MentionGroup], in s: Scalars, before position: Int) -> MentionGroup? {
        guard RoleAssigner.marksAlso(RoleAssigner.particle(of: subj, in: s)), !subj.members.contains(where: { $0.type == .government }),
              let earlier = groups.last(where: { $0.marker == .subject && $0.end <= subj.start }),
              !RoleAssigner.marksAlso(RoleAssigner.particle(of: earlier, in: s)), !earlier.members.contains(where: { $0.type == .product }),
              !groups.contains(where: { $0.start >= subj.end && $0.start < position && $0.marker == .object }) else { return nil }
        let between = s.string(earlier.end..<subj.start)
        let words = between.split(separator: " ").map(String.init)
        guard words.count <= 8, !between.contains(","), !between.contains("."),
              RoleAssigner.lastClauseEnd(s, from: earlier.end, to: subj.start) == nil,
              !words.contains(where: { sequenceNouns.contains($0) || isVerbForm($0) }) else { return nil }
        return earlier
    }

    /// Where the word ending at or before `position` starts (the position itself when it is a space).
    static func wordStart(_ s: Scalars, before position: Int) -> Int {
        var k = max(0, min(position, s.count - 1))
        while k > 0, s[k] == " " { k -= 1 }
        while k > 0, s[k - 1] != " " { k -= 1 }
        return k
    }

    /// Whether a mention is a country's government (the gazetteer names those `… 정부`): a city
    /// or an agency is not.
    static func isCountry(_ m: Mention) -> Bool { m.type == .government && m.name.hasSuffix(" 정부") }

    /// Whether a group with a source particle names who gave something: 로부터 or 으로부터 after it,
    /// or a public body with 에서 (`미 상무부에서 제재를 받았다`).
    static func namesTheGiver(_ g: MentionGroup, in s: Scalars) -> Bool {
        let end = g.members.last!.markerEnd
        return s.string(max(0, end - 3)..<end).hasSuffix("로부터") || g.members.allSatisfy { [.government, .agency].contains($0.type) }
    }

    /// `것을 `: the dependent noun that makes a clause (`…하는 것을`) the object of a verb.
    static let thingObject = "것을 ".scalars

    /// - Parameter imposersBefore: who imposed the measure told earlier in the article; a list of
    ///   targets told in the passive after it (`인스퍼와 룽손이 명단에 올랐다`) is theirs.
    /// `imposersBefore`: who imposed the measure told just before, for a trigger with its subject
    /// left out; `topicBefore`: they are instead the topic of the sentence before, and what the
    /// measure's noun is of (의) is a target too.
    func ban(_ hit: TriggerHit, _ groups: [MentionGroup], _ s: Scalars, imposersBefore: [Cast] = [], topicBefore: Bool = false) -> ([Cast], String)? {
        if hit.modifies {
            // `미국이 제재 대상으로 분류한 화웨이는`: the clause's subject, right before the measure
            // with nothing but its words between, imposed it on the name the clause modifies.
            guard let subj = groups.last(where: { $0.marker == .subject && $0.end <= hit.start && hit.start - $0.end <= 16 }),
                  !groups.contains(where: { $0.start >= subj.end && $0.start < hit.start }),
                  let head = groups.first(where: { $0.start >= hit.end && $0.start - hit.end <= 12 && $0.marker != .none }),
                  !head.members.contains(where: { $0.type == .government }) else { return nil }
            return (cast(subj, .imposer, "subject of the relative clause") + cast(head, .target, "noun the clause modifies"),
                    "ban: relative clause '\(hit.stem)' (background)")
        }
        guard var subj = subject(groups, before: hit.start, in: s) else {
            // `이어 텔레그램 접속도 차단했다`: with the subject left out, the imposer of the measure told
            // just before imposes this one too (finite, active readings only).
            // `마이크로소프트의 '코파일럿' 사용도 금지됐다`: a passive with no subject but what the measure
            // is on, after the measure of the same imposer.
            guard !imposersBefore.isEmpty, !hit.reverses, !hit.modifies, hit.reading == "finite" else { return nil }
            // In the passive, only what the measure's noun is of, that noun being the subject
            // (`코파일럿 사용도`, `텔레그램 접속이`), not a name with 의 (`메타 플랫폼의 …이 삭제됐다`).
            let marks: [Marker] = topicBefore ? [.object, .about, .genitive] : [.object, .about]
            // Under a borrowed imposer, a name with 의 is a target only when the words up to the measure
            // are that name's object phrase, bare but for the last (`누리톡 앱의 신규 다운로드를`), not a
            // reason (`세림소프트의 요청에 따라`).
            func objectPhraseFollows(_ g: MentionGroup) -> Bool {
                guard g.marker == .genitive else { return true }
                let words = s.string(g.end..<hit.start).split(separator: " ").map(String.init)
                guard let last = words.last, josa.strip(last)?.marker == .object else { return false }
                return words.dropLast().allSatisfy { josa.strip($0) == nil }
            }
            let targets = dedupe(groups.filter { $0.end <= hit.start + 1 && marks.contains($0.marker) && objectPhraseFollows($0)
                    && (!hit.passive || RoleAssigner.headIsSubject(s, after: $0.members.last!.end, josa: josa))
                    && !$0.members.contains { m in m.type == .government || imposersBefore.contains { $0.name == m.name } } }
                .flatMap { cast($0, .target, "object of the measure") })
            guard !targets.isEmpty else { return nil }
            return (imposersBefore + targets, "ban: subject left out, " + (topicBefore ? "the topic of the sentence before" : "the imposer of the measure told before")
                        + " imposes; trigger '\(hit.stem)' (\(hit.reading))")
        }
        // `러시아가 왓츠앱도 제한했다`: after a plain subject of the same clause, a name with 도 is what
        // the measure is on as well, not a second imposer.
        var alsoObject: MentionGroup? = nil
        if !hit.passive, !hit.reverses, let imposer = subjectBeforeAlsoName(subj, groups, in: s, before: hit.start) {
            alsoObject = subj
            subj = imposer
        }
        // `카카오는 일부 기능을 중단하도록 했다`, `참여연대는 쿠팡에 …중단하라고 요청했다`: a firm's or a
        // group's own instruction or request is no measure; a government's is.
        if governmentRequests.contains(where: hit.stem.hasPrefix),
           !groups.contains(where: { $0.marker == .subject && $0.end <= hit.start && $0.members.allSatisfy { $0.type == .government } }) { return nil }
        // `애플은 팔러가 …하지 못했다며 팔러를 금지했다`: a clause's subject that is also what the
        // measure is on is not the imposer; the topic before it is.
        let objects = Set(groups.filter { $0.start < hit.start && $0.marker == .object }.flatMap(\.members).map(\.name))
        if subj.members.allSatisfy({ objects.contains($0.name) }),
           let topic = groups.last(where: { $0.marker == .subject && $0.end <= subj.start && $0.members.contains(where: \.topic) }) {
            subj = topic
        }
        // `한빛전자 DX부문은 …생성형 AI 사용이 금지됐다`: the use of something else, named apart from
        // the topic with the subject particle, is what the passive bans; the topic is only where.
        if hit.passive, subj.members.contains(where: \.topic) {
            let words = s.string(subj.end..<hit.start).split(separator: " ").map(String.init)
            if let h = words.firstIndex(where: { w in josa.strip(w).map { $0.marker == .subject && useNouns.contains($0.stem) } ?? false }),
               h >= 1, josa.strip(words[h - 1]) == nil, !words[h - 1].contains(where: \.isNumber) { return nil }
        }
        if hit.passive || hit.reverses {
            // `B의 사용이 A에 의해 금지됐다`: without a named doer there is no imposer.
            // `B는 A로부터 제재를 받았다`: who the measure was received from imposed it.
            // Only 로부터 names the giver: `한빛전자에서 인수한 공장` is where, not from whom.
            let doers = groups.filter { $0.start >= subj.end && $0.start < hit.start
                && ($0.marker == .dative || hit.reverses && $0.marker == .source && RoleAssigner.namesTheGiver($0, in: s)) }
            // `인도네시아 산업부는 아이폰 16의 판매가 금지돼 있다고 밝혔다`: a public body stating its
            // own measure in the passive imposes it on what the measure is of (not one it received).
            if doers.isEmpty, !hit.reverses, subj.members.allSatisfy({ [.government, .agency].contains($0.type) }),
               RoleAssigner.quotativeEndings.contains(where: { s.matches($0, at: min(s.count, hit.end + 4)) || s.contains($0, in: hit.end..<min(s.count, hit.end + 12)) }) {
                let measured = groups.filter { $0.start >= subj.end && $0.start < hit.start && [.genitive, .object, .about].contains($0.marker) }
                guard !measured.isEmpty else { return nil }
                return (cast(subj, .imposer, "public body stating its measure") + measured.flatMap { cast($0, .target, "what the measure is of") },
                        "ban (passive, stated by the body that imposes it): trigger '\(hit.stem)'")
            }
            // `화웨이는 미국 상무부의 거래제한 명단에 올랐다`: the list's owner, named with 의 at most two
            // words before it, put the subject on it; `화웨이는 미국의 제재를 받아왔다`: so did the
            // body whose measure the subject received.
            let measureOwner = groups.last(where: { g in
                g.marker == .genitive && g.start >= subj.end && g.end <= hit.start
                    && s.string(g.end..<hit.start).split(separator: " ").count <= 2 && !g.members.contains { $0.type == .product }
            })
            func ownersMeasure(_ owner: MentionGroup) -> ([Cast], String) {
                (cast(owner, .imposer, "owner of the list or measure (의)") + cast(subj, .target, "subject put on the list or under the measure"),
                 "ban (passive or received, put on a list or under a measure its owner keeps): trigger '\(hit.stem)'")
            }
            if doers.isEmpty, hit.reverses, let measureOwner { return ownersMeasure(measureOwner) }
            // `텔레그램도 애플의 앱스토어에서 삭제됐다`: the store's owner removed it.
            if doers.isEmpty, let owner = groups.first(where: { g in
                g.marker == .genitive && g.end <= hit.start
                    && s.string(g.end..<min(s.count, g.end + 12)).split(separator: " ").prefix(2).contains { $0.contains("스토어") || $0.contains("마켓") || $0.contains("플레이") }
            }) {
                return (cast(owner, .imposer, "owner of the store it was removed from") + cast(subj, .target, "subject of the passive"),
                        "ban (passive, removed from a store): trigger '\(hit.stem)'")
            }
            // `미 상무부는 37곳을 명단에 추가했다. … 인스퍼와 룽손이 명단에 올랐다`: the targets of the
            // measure told before, named in the passive.
            // A subject inside a relative clause (`중국군이 사용할 …`) is not what was listed.
            if doers.isEmpty, !imposersBefore.isEmpty, !subj.members.contains(where: { m in imposersBefore.contains { $0.name == m.name } }),
               !RoleAssigner.opensRelativeClause(s, after: subj.end, before: hit.start),
               // `4개 기업은 중국군이 사용할 …`: a topic before the subject is what the sentence is about.
               !s.string(0..<subj.start).split(separator: " ").contains(where: { w in
                   guard let split = josa.strip(String(w)) else { return false }
                   return split.marker == .subject && OrganizationRecognizer.topicParticles.contains(split.particle)
               }) {
                // `2019년 트럼프 행정부 당시 블랙리스트에 올랐다`: a government named in the sentence imposed it.
                let named = groups.filter { g in g.start >= subj.end && g.start < hit.start && g.marker == .none && g.members.allSatisfy { $0.type == .government } }
                let imposers = named.isEmpty ? imposersBefore : named.flatMap { cast($0, .imposer, "government named beside the passive") }
                return (imposers + cast(subj, .target, "subject of the passive, a target of the measure told before"),
                        "ban (passive, targets of the measure told before): trigger '\(hit.stem)'")
            }
            if doers.isEmpty, let measureOwner { return ownersMeasure(measureOwner) }
            guard !doers.isEmpty else { return nil }
            return (doers.flatMap { cast($0, .imposer, "doer (에 의해)") } + cast(subj, .target, "subject of the passive"),
                    "ban (passive): trigger '\(hit.stem)'")
        }
        // A headline drops the particles: `캐나다 정부, 틱톡 사용 금지`.
        let headline = hit.reading.hasPrefix("headline")
        // A government named with 에 is where the measure applies (`정부에 등록된 기기`), not its target.
        // `법원은 B가 A에 특허료를 청구하는 것을 금지했다`: the act has a plain subject of its own
        // after the measure's subject.
        let subjectsBefore = hit.start >= 4 ? groups.filter { $0.marker == .subject && $0.end < hit.start - 3 } : []
        let actHasASubject = subjectsBefore.count >= 2 && subjectsBefore.dropFirst().contains { !$0.members.contains(where: \.topic) }
        var onTarget = groups.filter {
            $0.start >= subj.end && $0.start < hit.start && $0.end <= hit.end + 2
                // `중국의 정찰풍선 개발에 관여한 6개 기관을`: a name inside a relative clause is that clause's.
                // `A 중국 공장에 부여한 VEU 지위를 철회`: unless the clause grants what the measure takes back.
                && (!RoleAssigner.opensRelativeClause(s, after: $0.end, before: hit.start) || grantedTo(s, after: $0.end, before: hit.start, dative: $0.marker == .dative))
                && ([.object, .genitive, .about, .dative].contains($0.marker) || headline && $0.marker == .none
                    || alsoObject?.start == $0.start
                    // `화웨이와의 거래를 금지했다`: dealings with a firm are what the measure is on.
                    || $0.marker == .comitative && s.string(max(0, $0.end - 2)..<$0.end).hasSuffix("의")
                    // `후야와 더우위의 합병을 금지했다`: both firms of the deal the measure stops.
                    || $0.marker == .comitative && groups.contains(where: { [g = $0] in $0.marker == .genitive && $0.start == g.end + 1 && s[g.end] == " " })
                    // `<포트나이트>와 개발자 계정을 삭제했다`: a name joined to the object's common nouns.
                    || $0.marker == .comitative && RoleAssigner.joinsTheObject(s, from: $0.end, before: hit.start, josa: josa)
                    // `틱톡 금지법을 시행했다`, `딥시크 사용 금지령을 내렸다`: a bare name right before the measure.
                    || $0.marker == .none && !$0.members.contains { $0.type == .government } && (RoleAssigner.isBareLead(s, from: $0.end, to: hit.start)
                        // `삼성전자와 SK하이닉스 중국 공장의 VEU 지위를`: the owners of the plants named bare before them.
                        || ownsTheFacility(s, after: $0.end, before: hit.start)
                        // `노바VPN 앱을 삭제할 것을 요구했다`: a name before its classifier noun as the object.
                        || namesTheObject(s, after: $0.end)))
                && !($0.marker == .dative && $0.members.allSatisfy { $0.type == .government })
                // 에 names who is ordered (`클리어뷰AI에 …중단하라고 명령했다`), else only where.
                && !($0.marker == .dative && !orderStems.contains { hit.stem.contains($0) } && !grantedTo(s, after: $0.end, before: hit.start, dative: true)
                     // `A에 영업정지 처분을 내렸다`: a verb that lays the measure on A.
                     && !(hit.supportVerb.map(imposingVerbs.contains) ?? false)
                     // `법원은 A에 스마트폰을 판매하는 것을 금지했다`: A may no longer do the act, which
                     // has an object of its own (`A에 접근하는 것을`: A is what the act is on) and no
                     // subject of its own (`B가 A에 …을 청구하는 것을`: B is barred, A receives).
                     && !(hit.start >= 4 && s.matches(RoleAssigner.thingObject, at: hit.start - 3)
                          && !s[$0.end..<hit.start].contains(",")
                          && s.string($0.end..<(hit.start - 3)).split(separator: " ").contains { josa.strip(String($0))?.marker == .object }
                          && !actHasASubject))
        }
        // `SKT에 신규모집을 중단하라는 행정지도를 내렸다`: who is ordered to stop is the target; what
        // they are to stop (`신규모집`) is not. (`구글에 테무를 차단하도록 요청했다`: who is asked to
        // block is not.)
        if ["중단하라", "중단하도록", "자제하라", "자제하도록"].contains(where: hit.stem.hasPrefix), onTarget.contains(where: { $0.marker == .dative }) {
            onTarget.removeAll { $0.marker == .object }
        }
        // `메타의 채팅 앱 왓츠앱 사용을`: the owner named with 의 before the product is no target.
        let owners = onTarget.filter { g in onTarget.contains { $0.marker != .genitive && RoleAssigner.owns(g, $0, in: s) } }
        var targets = dedupe(onTarget.filter { g in !owners.contains { $0.start == g.start } }
            .flatMap { cast($0, .target, "object of the measure") }.filter { t in !subj.members.contains { $0.name == t.name } })
        // `틱톡 다운로드와 위챗 사용을 금지`: a name with its own use noun, joined by 와/과 to the object,
        // is banned too (cues.json `roleWords.useNouns`).
        for object in onTarget where object.marker == .object {
            // Between the name and the object only a use noun and 와/과 (` 다운로드와 `), matched in place.
            for g in groups where g.marker == .none && g.end < object.start
                && !targets.contains(where: { t in g.members.contains { $0.name == t.name } }) {
                let joined = useNounsJoined.contains { $0.count == object.start - g.end && s.matches($0, at: g.end) }
                if joined { targets.insert(contentsOf: cast(g, .target, "banned with its own use noun, joined to the object"), at: 0) }
            }
        }
        // `방통위는 누리랩이 국내에서 앱을 판매하는 것을 금지했다`: the measure is on the act the clause
        // before 것을 tells, so on that clause's plain subject, who may no longer do it; the topic
        // before it imposes the measure.
        if targets.isEmpty, hit.start >= 4, s.matches(RoleAssigner.thingObject, at: hit.start - 3) {
            if let imposer = RoleAssigner.topicGiving(subj, groups), let doer = groups.last(where: { g in g.marker == .subject && g.start >= imposer.end && g.end < hit.start
                   && !g.members.contains(where: \.topic) && !g.members.contains { $0.type == .government } }),
               RoleAssigner.lastClauseEnd(s, from: doer.end, to: hit.start - 3) == nil,
               // `메타가 …허용했다면서 …접근하는 것을 통제하겠다`: a reason clause's subject is not the doer.
               !(RoleAssigner.reasonEndings + RoleAssigner.reportedEndings + clauseLinks).contains(where: { s.contains($0, in: doer.end..<hit.start) }),
               !s[doer.end..<hit.start].contains(","),
               // The doer stands before the act's own verb, the word right before 것을; between them
               // neither a relative clause (`누리랩이 만든 앱을 …`) nor another subject (`…청소년이
               // 내려받는 것을`) may stand: their subject is not the act's doer.
               case let verbStart = RoleAssigner.wordStart(s, before: hit.start - 4), verbStart > doer.end,
               !RoleAssigner.opensRelativeClause(s, after: doer.end, before: verbStart),
               !s.string(doer.end..<verbStart).split(separator: " ").contains(where: { w in
                   josa.strip(String(w)).map { ["이", "가"].contains($0.particle) } ?? false }) {
                subj = imposer
                targets = cast(doer, .target, "subject of the act the measure forbids (…하는 것을)")
            }
        }
        // `산업통상부는 테무가 …운영을 중단하도록 통보했다`: who is told to stop, named as the plain
        // subject of the order's clause after the topic that gives the order, is its target.
        if targets.isEmpty, stopOrders.contains(where: hit.stem.hasPrefix),
           let imposer = RoleAssigner.topicGiving(subj, groups),
           // Only a government's order has a target so named (`참여연대는 쿠팡이 …중단하라고 요청했다`).
           imposer.members.allSatisfy({ $0.type == .government }),
           let doer = groups.first(where: { g in g.marker == .subject && g.start >= imposer.end && g.end < hit.start
               && !g.members.contains(where: \.topic) && !g.members.contains { $0.type == .government } }),
           !groups.contains(where: { $0.marker == .subject && $0.start > doer.end && $0.end < hit.start }) {
            subj = imposer
            targets = cast(doer, .target, "subject of the clause the order stops (…가 …중단하도록)")
        }
        // `미국의 드론 업체 A를 비롯해 …`: a country says whose firms, and leaves room for the list.
        if targets.allSatisfy({ $0.type == .government }) { targets = [] }
        // `희토류 관련 기술의 수출 통제를 강화했다`, `갈륨, 게르마늄 등의 미국 수출을 통제한다`: goods
        // named as what may not be exported are the measure's targets (GUIDELINES: products may be
        // targets), beside any country the measure is against (`한국에 대한 반도체 소재 수출 규제`).
        // 수출 must belong to the measure (`수출을 금지`, `수출 통제를`, `수출을 부당하게 제한`), not to a
        // name before it (`수출통제법에 근거해 …명단에 포함한다`).
        var goods: [Cast] = []
        if targets.isEmpty, let at = s.firstIndex(of: RoleAssigner.exports, from: max(subj.end, hit.start - 12), to: min(s.count, hit.end + 4)),
           exportsOfTheMeasure(s, at: at) {
            goods = exportedGoods(s, from: subj.end, before: at, groups: groups)
        }
        // `러시아에 대해 …수출을 금지하기로 했다`, `한국에 대한 수출 규제를 강화했다`, `한국 수출을
        // 제한한다`: a measure on exports against a country, named right before 에 대해/에 대한 or
        // bare before 수출, is on that country.
        if targets.isEmpty, s.contains(RoleAssigner.exports, in: subj.end..<min(s.count, hit.end + 4)),
           let country = groups.first(where: { g in
               g.start >= subj.end && g.start < hit.start && g.members.count == 1 && g.members[0].type == .government
                   && (s.matches(RoleAssigner.against, at: g.members[0].end) || s.matches(RoleAssigner.exportsTo, at: g.members[0].end))
           }) {
            targets = cast(country, .target, "the country the measure on exports is against (에 대해)").map { var t = $0; t.countryMeasured = true; return t }
        }
        // `러시아에 칩 판매를 중단했다`, `러시아에 대한 부품 공급을 중단했다`: sales or supplies stopped
        // to a country, named with 에 or 에 대한, are a measure on that country; so are those stopped
        // in it (`러시아에서 판매를 중단`) or in its market (`러시아 시장에 공급을 중단`).
        if targets.isEmpty, tradeStems.contains(where: { hit.stem.unicodeScalars.starts(with: $0.unicodeScalars) }),
           let country = groups.first(where: { g in
               g.start >= subj.end && g.start < hit.start && g.members.count == 1 && g.members[0].type == .government
                   && ([.dative, .source].contains(g.marker) || s.matches(RoleAssigner.against, at: g.members[0].end)
                       || marketWords.contains { s.matches($0, at: g.members[0].end) })
           }) {
            targets = cast(country, .target, "the country the sales or supplies stopped are to").map { var t = $0; t.countryMeasured = true; return t }
        }
        targets += goods
        // `YMTC를 비롯해 중국 기업 31개 사를 …추가 지정했다`: the list headed by 비롯해 is the object.
        if let g = groups.first(where: { g in
            // A count standing for earlier names (`두 회사의`) ends its list items before the word's
            // end: no particle to read there.
            g.start >= subj.end && g.start < hit.start && g.members.count >= 1 && g.members.first!.marker == .list
                && g.members.first!.markerEnd >= g.members.first!.end
                && s.string(g.members.first!.end..<min(s.count, g.members.first!.markerEnd + 1)).contains("비롯")
        }) {
            let listed = g.members.filter { $0.type != .government }.map { Cast(role: .target, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (heads the list the measure is on, \($0.rule))") }
            // `오픈AI의 챗GPT를 비롯한`: the owner named with 의 before the list's head is no target.
            let owners = Set(onTarget.filter { RoleAssigner.owns($0, g, in: s) }.flatMap(\.members).map(\.name))
            targets = dedupe(listed + targets.filter { !owners.contains($0.name) } + itemsAfterIncluding(s, from: g.members.first!.end, before: hit.start))
        }
        // `마이크론 제품이 보안 심사를 통과하지 못했다며 …구매 중단을 지시했다`: with no name on the
        // measure, the subject of the reason clause before it is what the measure is on.
        if targets.isEmpty, let reason = groups.first(where: { g in
            [.subject, .none].contains(g.marker) && g.start > subj.end && g.end < hit.start && !g.members.contains { $0.type == .government }
                && RoleAssigner.reasonEndings.contains { s.contains($0, in: g.end..<hit.start) }
        }) {
            targets = cast(reason, .target, "subject of the reason clause before the measure")
        }
        // `화웨이와 ZTE 등 중국 기업이 만든 장비와 부품은 …퇴출하기로 했다`: the measure is on what they
        // make, and so on its makers.
        if targets.isEmpty, let makers = groups.first(where: { g in
            g.marker == .subject && g.start > subj.end && g.end < hit.start && !g.members.contains { $0.type == .government }
                && RoleAssigner.makingWords.contains { s.matches($0, at: RoleAssigner.skipSpaces(s, from: g.end)) }
        }) {
            targets = cast(makers, .target, "maker of what the measure is on")
        }
        // `화성광학, 동방칩스, 남해정밀을 명단에 올렸다`: a list of names no rule knows, as the object;
        // `동방광학, 화남테크를`: such names listed before one that is known.
        if targets.isEmpty, !headline { targets = listedObjects(s, after: subj.end, before: hit.start) }
        else if !headline, let first = groups.first(where: { g in g.start >= subj.end && g.end <= hit.end + 2 && g.members.contains { m in targets.contains { $0.name == m.name } } }) {
            let start = ConsortiumReader.listStart(s, before: first.start)
            if start >= subj.end, start < first.start {
                let known = Set(targets.map(\.name))
                targets += unknownItems(s, start..<first.start).filter { !known.contains($0.name) }
            }
        }
        // `인도네시아는 구글과 애플에 테무를 앱스토어에서 차단하도록 요청했다`: those ordered to carry a
        // measure out on a named target impose it too (as `요청에 따라` below); they are its target only
        // when the order names nothing else (`SK텔레콤에 가입자 모집을 중단할 것을 권고했다`).
        let ordered = Set(onTarget.filter { $0.marker == .dative }.flatMap(\.members).map(\.name))
        var carriers: [Cast] = []
        if !ordered.isEmpty, targets.contains(where: { !ordered.contains($0.name) }) {
            carriers = targets.filter { ordered.contains($0.name) }
                .map { Cast(role: .imposer, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (ordered to carry the measure out)") }
            targets.removeAll { ordered.contains($0.name) }
        }
        // `대러시아·벨라루스 수출 통제`: a list item that is a destination word is its country, not a name.
        targets = dedupe(targets.map { t in
            let bare = String(t.surface.unicodeScalars.filter { $0 != "·" && $0 != "," })
            return destinationCountries[bare] ?? t
        })
        guard !targets.isEmpty else { return nil }
        let imposers = subj.members.filter { $0.type != .product }
        guard !imposers.isEmpty else { return nil }
        // `금융정보분석원의 요청에 따라 구글은 …앱 접속을 차단했다`: the body that asked imposes too.
        let requesters = groups.filter { g in
            g.end <= hit.start && !g.members.contains { m in imposers.contains { $0.name == m.name } }
                && RoleAssigner.requestWords.contains { s.matches($0, at: RoleAssigner.skipSpaces(s, from: g.end)) }
        }.flatMap { cast($0, .imposer, "asked for the measure (요청에 따라)") }
        return (cast(MentionGroup(members: imposers, marker: .subject), .imposer, "subject") + requesters + carriers + targets,
                "ban: subject imposes trigger '\(hit.stem)' (\(hit.reading)) on object")
    }

    /// The items of a comma-separated list that ends in the object particle right before
    /// `before` (`화성광학, 동방칩스, 남해정밀을`), read as written: at least two, each one or two
    /// words without a digit, none a single dictionary word (the analyzer decides; without it, none).
    func listedObjects(_ s: Scalars, after: Int, before: Int) -> [Cast] {
        guard analyzer != nil else { return [] }
        // The object word: the last word before the trigger that ends in 을/를, with at most two
        // bare words between (`…14곳을 미검증 명단에 추가`).
        var e = before, b = before
        var found: (stem: String, particle: String, marker: Marker)? = nil
        for _ in 0..<3 {
            while e > after, s[e - 1] == " " { e -= 1 }
            b = e
            while b > after, OrganizationRecognizer.isWordScalar(s[b - 1]) { b -= 1 }
            guard e > b else { return [] }
            if let split = josa.strip(s.string(b..<e)), split.marker != .none {
                found = split
                break
            }
            e = b
        }
        guard let split = found, e - b >= 3, split.marker == .object else { return [] }
        // `A, B 등 14개 업체를`: a list closed by 등 and counted as firms names them even alone.
        if let counted = RoleAssigner.countedClassStart(s, objectStart: b, after: after) {
            var itemsStart = counted
            while itemsStart > after, OrganizationRecognizer.isWordScalar(s[itemsStart - 1]) || s[itemsStart - 1] == " " && itemsStart - 1 > after && OrganizationRecognizer.isWordScalar(s[itemsStart - 2]) && counted - itemsStart < 16 { itemsStart -= 1 }
            let start = ConsortiumReader.listStart(s, before: itemsStart)
            guard start >= after, start < counted else { return [] }
            let items = unknownItems(s, start..<counted)
            return items.count == s.string(start..<counted).split(separator: ",").count ? items : []
        }
        let listEnd = e - split.particle.unicodeScalars.count
        let start = ConsortiumReader.listStart(s, before: b)
        guard start >= after, start < b else { return [] }
        let items = unknownItems(s, start..<listEnd)
        guard items.count >= 2, items.count == s.string(start..<listEnd).split(separator: ",").count else { return [] }
        return items
    }

    /// Where ` 등` starts when the object word at `objectStart` is a counted class of firms after it
    /// (`A 등 14개 업체를`, `A 등 중국 기업 14곳을`): at most two words between, one with a count.
    static func countedClassStart(_ s: Scalars, objectStart: Int, after: Int) -> Int? {
        var k = objectStart
        var sawCount = s[k].isASCIIDigit
        for _ in 0..<3 {
            var e = k
            while e > after, s[e - 1] == " " { e -= 1 }
            var b = e
            while b > after, OrganizationRecognizer.isWordScalar(s[b - 1]) { b -= 1 }
            guard e > b else { return nil }
            if s.string(b..<e) == "등" { return sawCount ? b - 1 : nil }
            if s[b].isASCIIDigit { sawCount = true }
            k = b
        }
        return nil
    }

    /// `삼성전자 중국 공장에 부여한 VEU 지위를`, `A에 내준 면허를`: within three words after a name,
    /// a word with 에 followed by a participle of granting (cues.json `grantingWords`): what was
    /// granted is what the measure takes back, and the name is its target.
    func grantedTo(_ s: Scalars, after end: Int, before limit: Int, dative: Bool = false) -> Bool {
        guard !grantingWords.isEmpty, end < limit else { return false }
        let words = s.string(end..<min(limit, end + 30)).split(separator: " ").map(String.init)
        var afterDative = dative
        for word in words.prefix(4) {
            if grantingWords.contains(word) { return afterDative }
            guard let split = josa.strip(word), split.marker != .none else { afterDative = false; continue }
            guard split.marker == .dative else { return false }
            afterDative = true
        }
        return false
    }

    /// Whether at most two bare words after a name lead to a facility noun with 의 or 에 대한
    /// (`SK하이닉스 중국 공장의`, `누리전자 우시 팹에 대한`).
    func ownsTheFacility(_ s: Scalars, after end: Int, before limit: Int) -> Bool {
        let words = s.string(end..<min(limit, end + 24)).split(separator: " ").map(String.init)
        for word in words.prefix(3) {
            guard let split = josa.strip(word) else { continue }
            return [.genitive, .dative].contains(split.marker) && facilityNouns.contains { split.stem.hasSuffix($0.string) }
        }
        return false
    }

    /// `A를 비롯해 개발업체인 B, C 등 14개 업체를`: the items after 비롯해 up to 등, each read from
    /// after its last classifier noun (`개발업체인`), as `unknownItems` reads them.
    func itemsAfterIncluding(_ s: Scalars, from: Int, before: Int) -> [Cast] {
        guard let at = s.firstIndex(of: ConsortiumReader.including, from: from, to: before) else { return [] }
        var k = OrganizationRecognizer.wordEnd(s, from: at)
        while k < before, s[k] == " " { k += 1 }
        guard let close = s.firstIndex(of: " 등 ".scalars, from: k, to: before) else { return [] }
        var pieces: [String] = []
        var lo = k
        for c in (k..<close).filter({ s[$0] == "," }) + [close] {
            let r = s.trimmedRange(lo..<c)
            let cut = ConsortiumReader.classifierEnd(s, r, classifiers: appositiveHeads, copula: true) ?? r.lowerBound
            pieces.append(s.string(s.trimmedRange(cut..<r.upperBound)))
            lo = c + 1
        }
        let listed = pieces.joined(separator: ", ").scalars
        return unknownItems(listed, 0..<listed.count)
    }

    /// The comma-separated items in `range` that look like names as written: one or two words
    /// without a digit or a particle, none a single dictionary word.
    func unknownItems(_ s: Scalars, _ range: Range<Int>) -> [Cast] {
        guard let analyzer else { return [] }
        return s.string(range).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { p in
            let words = p.split(separator: " ")
            return (2...20).contains(p.unicodeScalars.count) && words.count <= 2 && !p.contains(where: \.isNumber)
                && !(words.count == 1 && analyzer.isDictionaryWord(p)) && words.allSatisfy { josa.strip(String($0)).map { $0.marker == .none } ?? true }
        }.map { Cast(role: .target, name: $0, surface: $0, type: nil, why: "\($0) (listed as the object, list-item)") }
    }

    private func dedupe(_ cast: [Cast]) -> [Cast] { cast.uniqueByName }

    /// The goods a measure on exports is on, named before `수출` (at `before`) and after the
    /// subject (from `from`): with 의 or 에 대한, a country the exports go to perhaps between
    /// (`노광장비의 대중 수출`, `흑연 등의 미국 수출`, `장비에 대한 대중국 수출`), or bare right before it
    /// (`반도체 장비 수출을`). A phrase is its last words without a particle, at most three
    /// (`희토류 관련 기술`; `희토류와 관련된 기술` whole); a list closed by 등 gives each item
    /// (`갈륨, 게르마늄, 초경질 재료와 흑연 등의`). A lone generic noun (`제품`, `품목`) or a phrase
    /// opened by a determiner or a count (`특정 제품`, `57개 품목`) names nothing (patterns.json
    /// `exportedGoods`). Empty when no goods are named so.
    func exportedGoods(_ s: Scalars, from: Int, before: Int, groups: [MentionGroup]) -> [Cast] {
        guard before > from else { return [] }
        var words = s.string(from..<before).split(separator: " ").map { RoleAssigner.unquoted($0) }.filter { !$0.isEmpty }
        // The country the exports go to: `대중`, `대중국`, `대러시아·벨라루스`, or a name known as one.
        if let last = words.last, exportDestinations.contains(where: { last.hasPrefix($0) })
            || groups.contains(where: { g in g.end == before - 1 && g.members.allSatisfy { $0.type == .government } && g.marker == .none }) {
            words.removeLast()
        }
        // `반도체에 대한 기존 수출 통제`, `대(對) 한국 수출`: a determiner right before the exports names
        // no goods; the goods, if any, are named before it.
        let wordsBefore = words.count
        while let last = words.last, exportDeterminers.contains(last) { words.removeLast() }
        // With a determiner dropped, the goods must be tied to the measure by 의 or 에 대한; a bare
        // word before it (`이날 신규 수출 통제`) is no name of goods.
        let determinerDropped = words.count < wordsBefore
        guard let last = words.last else { return [] }
        var head: String
        if last.hasSuffix("의"), last.unicodeScalars.count >= 2 {
            head = String(last.dropLast())
        } else if ["대한", "대해", "대해서도", "관한"].contains(last), words.count >= 2, words[words.count - 2].hasSuffix("에") {
            words.removeLast()
            head = String(words.last!.dropLast())
        } else if !determinerDropped, s.matches(RoleAssigner.exportsTo, at: before - 1), josa.strip(last) == nil, !RoleAssigner.verbFormEndings.contains(last.last!),
                  // `기술 등이 사용됐다면 수출 통제를`: a verb's ending closes a clause before the exports.
                  !isVerbForm(last) {
            head = last
        } else if let split = josa.strip(last), split.marker == .object, !split.stem.contains(where: \.isNumber),
                  controlledExports.contains(where: { s.matches($0, at: before) }) {
            // `고대역폭메모리(HBM)와 첨단 반도체장비를 수출 통제 대상으로 추가했다`: the object put on the list.
            head = split.stem
        } else {
            return []
        }
        words[words.count - 1] = head
        // `첨단 반도체 제조 장치 23개 품목에 대한`: a count of generic items after the goods' name
        // counts them; the name is the words before.
        if genericGoods.contains(head), words.count >= 3, let count = words[words.count - 2].first, count.isNumber,
           josa.strip(words[words.count - 3]) == nil, !words[words.count - 3].hasSuffix(",") {
            words.removeLast(2)
            head = words[words.count - 1]
        }
        // A list closed by 등, right before the head or before its classifier words (`갈륨, 게르마늄 등의`,
        // `불화수소, 포토레지스트 등 반도체 소재 3개 품목의`): each item before it.
        if let closing = (max(0, words.count - 6)..<words.count).reversed().first(where: { words[$0] == "등" }),
           words[(closing + 1)...].dropLast().allSatisfy({ josa.strip($0) == nil }) {
            // `희토류 등의`, `희토류 등 핵심 광물의`: one item before 등 is the goods named.
            return goodsListed(Array(words[..<closing]), single: true)
        }
        // One phrase: the words without a particle before the head, at most three in all.
        var phrase = [head]
        var i = words.count - 2
        while i >= 0, phrase.count < 3, !words[i].hasSuffix(","), josa.strip(words[i]) == nil, !words[i].contains(where: \.isNumber), words[i] != "및", words[i] != "등",
              !RoleAssigner.verbFormEndings.contains(words[i].last!) || ["관련된", "관련한"].contains(words[i]),
              // `이미 반도체 장비에 대한`, `최근 B의`: an adverb or a word of time opens no name.
              !timeWords.contains(words[i]), !isAdverb(words[i]) {
            phrase.insert(words[i], at: 0)
            i -= 1
        }
        // `갈륨, 게르마늄, 안티몬의`: a list without 등.
        if i >= 0, words[i].hasSuffix(","), phrase.count < 3 {
            return goodsListed(words)
        }
        // `희토류와 관련된 기술`: what the goods relate to belongs to their name.
        if let first = phrase.first, ["관련된", "관련한", "관련"].contains(first), i >= 0, words[i].hasSuffix("와") || words[i].hasSuffix("과") {
            phrase.insert(words[i], at: 0)
            i -= 1
        }
        // `고대역폭메모리(HBM)와 첨단 반도체장비에 대한`: goods joined by 와/과 are two.
        var joined: [String] = []
        if i >= 0, let split = josa.strip(words[i]), split.marker == .comitative,
           ["와", "과"].contains(split.particle), !split.stem.contains(where: \.isNumber) {
            joined = [split.stem]
        }
        // `대중 반도체 장비`: the country the exports go to opens no name of goods either.
        while let first = phrase.first, exportDeterminers.contains(first) || exportDestinations.contains(where: { first.hasPrefix($0) }) && phrase.count > 1 {
            phrase.removeFirst()
        }
        // `러시아 기업에 대한`: firms, or a name the recognizer knows, are no goods.
        let known = Set(groups.flatMap(\.members).flatMap { [$0.surface, $0.name] })
        guard !phrase.contains(where: { known.contains($0) }), !notGoods.contains(head) else { return [] }
        let name = phrase.joined(separator: " ")
        guard namesGoods(name) else { return [] }
        return (joined.filter { namesGoods($0) && !known.contains($0) } + [name])
            .map { Cast(role: .target, name: $0, surface: $0, type: nil, why: "\($0) (goods the measure on exports is on)") }
    }

    /// Whether MeCab reads `word` with a connective or final verb ending (EC, EF: `사용됐다면`,
    /// `많다면`); a noun carries neither.
    func isVerbForm(_ word: String) -> Bool {
        guard let analyzer else { return false }
        return analyzer.analyze(word).contains { $0.tag.contains("EC") || $0.tag.contains("EF") }
    }

    /// Whether MeCab reads `word` as one adverb (MAG, MAJ: `이미`, `또한`).
    func isAdverb(_ word: String) -> Bool {
        guard let analyzer else { return false }
        let m = analyzer.analyze(word)
        return m.count == 1 && m[0].tag.hasPrefix("MA")
    }

    /// The items of a list that `words` end with (the words before its 등), the last up to three
    /// words (bounded by the comma before it), the others one word (`갈륨, 게르마늄, 초경질 재료와 흑연`).
    /// - Parameter single: one item (`희토류 등의`) counts too, as one word.
    private func goodsListed(_ words: [String], single: Bool = false) -> [Cast] {
        var items: [[String]] = [[]]
        for word in words.reversed() {
            if word.hasSuffix(",") {
                guard !items[items.count - 1].isEmpty else { return [] }
                items.append([String(word.dropLast())])
            } else if items.count == 1, items[0].count < 3,
                      josa.strip(word) == nil || items[0].count == 1 && (word.hasSuffix("와") || word.hasSuffix("과")) {
                items[0].append(word)
            } else {
                break
            }
        }
        var names = items.map { $0.reversed().joined(separator: " ") }.reversed().map { $0 }
        if names.count == 1 {
            // One item is read only when asked for and when it is one bare word (`희토류 등의`).
            guard single, items[0].count == 1, let only = items[0].first, josa.strip(only) == nil, !only.contains(where: \.isNumber),
                  namesGoods(only) else { return [] }
            return [Cast(role: .target, name: only, surface: only, type: nil, why: "\(only) (goods the measure on exports is on)")]
        }
        // `초경질 재료와 흑연`: the last item joins two.
        if let lastItem = names.last, let cut = lastItem.range(of: "와 ") ?? lastItem.range(of: "과 ") {
            names[names.count - 1] = String(lastItem[..<cut.lowerBound])
            names.append(String(lastItem[cut.upperBound...]))
        }
        return names.filter(namesGoods).map { Cast(role: .target, name: $0, surface: $0, type: nil, why: "\($0) (goods the measure on exports is on, list-item)") }
    }

    /// Quotation marks around a word (straight, curly, corner brackets, angle brackets): no part of it.
    static let quoteMarks: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "<", ">", "《", "》"]
    static let quoteScalars = Set(quoteMarks.flatMap(\.unicodeScalars))

    /// `word` without the quotation marks around it (`‘희토류`, `장비”` → `희토류`, `장비`).
    static func unquoted<S: StringProtocol>(_ word: S) -> String {
        String(word.drop { quoteMarks.contains($0) }.reversed().drop { quoteMarks.contains($0) }.reversed())
    }

    /// Whether the word at `at` is 수출 itself, with a particle, or glued to a measure's noun
    /// (`수출을`, `수출도`, `수출통제를`), not a longer name (`수출통제법`).
    func exportsOfTheMeasure(_ s: Scalars, at: Int) -> Bool {
        var end = at
        while end < s.count, OrganizationRecognizer.isWordScalar(s[end]) { end += 1 }
        let word = s.string(at..<end)
        let stem = josa.strip(word)?.stem ?? word
        return stem == "수출" || exportMeasureNouns.contains(stem)
    }

    /// Whether `phrase` names goods: not empty, not a lone generic noun, not opened by a count.
    private func namesGoods(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ")
        guard let first = words.first, (2...30).contains(phrase.unicodeScalars.count) else { return false }
        if first.first?.isNumber == true || exportDeterminers.contains(String(first)) { return false }
        // `지난 4월`: a date is no goods (a figure followed by a unit of time).
        if words.contains(where: { w in w.first?.isNumber == true && ["년", "월", "일"].contains(where: { w.hasSuffix($0) }) }) { return false }
        return !(words.count == 1 && genericGoods.contains(phrase))
    }

    /// `…에 100MW 규모 인공지능(AI) 전용 데이터센터를 구축`: the facility an investment builds,
    /// named by the words before a facility noun up to a measure, a number or a particle.
    func facility(_ s: Scalars, from: Int) -> String? {
        for noun in facilityNouns {
            var searchFrom = from
            while let at = s.firstIndex(of: noun, from: searchFrom) {
                searchFrom = at + 1
                let after = at + noun.count
                guard after < s.count else { continue }
                // What is built (…센터를 구축), or where the money goes (…데이터센터에 투입).
                let built = (s[after] == "을" || s[after] == "를") && facilityVerbs.contains(where: { s.contains($0, in: after..<min(s.count, after + 12)) })
                let funded = s[after] == "에" && (after + 1 == s.count || s[after + 1] == " ")
                guard built || funded else { continue }
                var start = at
                // The head noun may be glued to a modifier (AI데이터센터): take its whole word.
                while start > 0, OrganizationRecognizer.isWordScalar(s[start - 1]) || s[start - 1] == ")" {
                    if s[start - 1] == ")", let open = s[..<start].lastIndex(of: "(") { start = open } else { start -= 1 }
                }
                var words = 0
                while words < 3, start > 1, s[start - 1] == " " {
                    var k = start - 1
                    while k > 0, s[k - 1] != " " { k -= 1 }
                    let word = s.string(k..<(start - 1))
                    let plain = word.split(separator: "(").first.map(String.init) ?? word
                    let verbLike = ["해", "고", "며", "서", "여", "다"].contains { plain.hasSuffix($0) }
                    if word.isEmpty || word == "규모" || word.unicodeScalars.first!.isASCIIDigit || josa.strip(plain).map({ $0.marker != .none }) == true
                        || plain.hasSuffix("에") || plain.hasSuffix("의") || verbLike
                        // `삼성SDS, 구미 AI 데이터센터에`: a comma closes a headline's subject or a list item.
                        || plain.hasSuffix(",") { break }
                    start = k
                    words += 1
                }
                let name = s.string(start..<after).trimmed
                // Named participants only (GUIDELINES): a facility described in common words has no name.
                if let analyzer, name.split(separator: " ").allSatisfy({ MorphologicalAnalyzer.isCommonNoun(analyzer.analyze(String($0))) }) { continue }
                if name.unicodeScalars.count >= 2 { return name }
            }
        }
        return nil
    }
}
