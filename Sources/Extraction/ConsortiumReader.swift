import Events

/// `LEAD 컨소시엄에는 A, B, C(약칭), D가 참여했다`: one partnership, lead first. The members of
/// such a list are organizations by construction, so a member the gazetteer lacks is taken as
/// written (particles stripped with the allomorph check).
final class ConsortiumReader: Sendable {
    let heads: [Scalars]
    let memberVerbs: [Scalars]
    let leadMarkers: [Scalars]
    let josa: JosaStripper
    private let verbSet: PatternSet
    let investeeHeads: [Scalars]
    /// Heads that name an agreement, not a body led by someone: no word before them is a lead.
    let agreementHeads: Set<String>
    let investorHeads: [Scalars]
    let banTargetHeads: [Scalars]
    let listedParticiples: Set<String>
    let listedNouns: Set<String>
    private let participleSet: PatternSet
    /// triggers.json `banLists.removals`: words that take names off a list.
    private let removals: PatternSet

    /// A cheap test before a list of a measure's targets is looked for: a listing participle occurs.
    func mayHaveListedHead(_ s: Scalars) -> Bool { participleSet.occurs(in: s) }
    /// Verbs that launch an alliance after its head (`출범`).
    let launchVerbs: [Scalars]
    /// Verbs that unite the organizations listed before them, no head needed (`뭉쳤다`, `로 구성된`).
    let unitingVerbs: [Scalars]
    /// triggers.json `consortium.foundingClauses` (`설립한 기업`): the subject list founded it together.
    let foundingClauses: [Scalars]

    /// Tells a lead written as a name from common words before the head (`자율주행로봇 얼라이언스`).
    let analyzer: MorphologicalAnalyzer?
    /// What a list names before its head: organizations, or persons, who are no participants
    /// (patterns.json `countedKinds`).
    let organizationKinds: Set<String>
    let personKinds: Set<String>

    init(lexicon: Lexicon, analyzer: MorphologicalAnalyzer? = nil) {
        self.analyzer = analyzer
        organizationKinds = Set(lexicon.patterns.countedKinds?.organizations ?? [])
        personKinds = Set(lexicon.patterns.countedKinds?.persons ?? [])
        heads = lexicon.triggers.consortium.heads.map(\.scalars).sorted { $0.count > $1.count }
        memberVerbs = lexicon.triggers.consortium.memberVerbs.map(\.scalars)
        intentTails = (lexicon.triggers.consortium.intentTails ?? []).map(\.scalars)
        // A clause of founding together, or a verb of uniting (`…로 구성됐다`), needs no member verb.
        verbSet = PatternSet(lexicon.triggers.consortium.memberVerbs + (lexicon.triggers.consortium.foundingClauses ?? [])
                             + (lexicon.triggers.consortium.unitingVerbs ?? []))
        leadMarkers = (lexicon.triggers.consortium.leadMarkers ?? []).map(\.scalars)
        josa = JosaStripper(lexicon.josa)
        agreementHeads = Set(lexicon.triggers.consortium.agreementHeads ?? [])
        investeeHeads = (lexicon.triggers.investmentLists?.investees ?? []).map(\.scalars).sorted { $0.count > $1.count }
        banTargetHeads = (lexicon.triggers.banLists?.targets ?? []).map(\.scalars).sorted { $0.count > $1.count }
        listedParticiples = Set(lexicon.triggers.banLists?.listedParticiples ?? [])
        participleSet = PatternSet(lexicon.triggers.banLists?.listedParticiples ?? [])
        removals = PatternSet(lexicon.triggers.banLists?.removals ?? [])
        listedNouns = Set(lexicon.triggers.banLists?.listedNouns ?? [])
        investorHeads = (lexicon.triggers.investmentLists?.investors ?? []).map(\.scalars).sorted { $0.count > $1.count }
        leadVerbs = (lexicon.triggers.investmentLists?.leadVerbs ?? []).map(\.scalars)
        roundNouns = PatternSet(lexicon.triggers.investmentLists?.roundNouns ?? [])
        leadVerbSet = PatternSet(lexicon.triggers.investmentLists?.leadVerbs ?? [])
        launchVerbs = (lexicon.triggers.consortium.launchVerbs ?? []).map(\.scalars)
        unitingVerbs = (lexicon.triggers.consortium.unitingVerbs ?? []).map(\.scalars)
        foundingClauses = (lexicon.triggers.consortium.foundingClauses ?? []).map(\.scalars)
        receivedPhrases = (lexicon.triggers.banLists?.received ?? []).map(\.scalars).sorted { $0.count > $1.count }
        receivedSet = PatternSet(lexicon.triggers.banLists?.received ?? [])
        clauseVerbs = (lexicon.triggers.consortium.clauseVerbs ?? []).map(\.scalars)
        leadingParticiples = Set(lexicon.triggers.consortium.leadingParticiples ?? [])
        clauseVerbSet = PatternSet(lexicon.triggers.consortium.clauseVerbs ?? [])
        classifiers = Set((lexicon.patterns.appositiveHeads ?? []).map(\.noun))
    }

    /// Classifier nouns (patterns.json `appositiveHeads`): in a list item `메모리반도체 업체 CXMT`,
    /// the name is what follows the last one.
    let classifiers: Set<String>

    /// `A, B, C 등을 중심으로 하는 ‘… 얼라이언스’를 출범했다`, `A, B, C 등 통신사들이 원팀으로 뭉쳤다`:
    /// the organizations listed before an alliance head and its launch verb (or before a verb of
    /// uniting: `A, B, C로 구성된 얼라이언스`, or of founding: `A, B 등 8곳이 설립한 기업`, the list as
    /// the clause's subject) form one partnership. The list is the last group of at
    /// least two organizations before the head, at most 60 characters before it, in the same
    /// sentence; the head stands at most 56 characters before the launch verb. A verb of uniting
    /// with 로 (`…로 구성됐다`, `…으로 이뤄진`) takes only the list its 로 closes, or that list and a
    /// count of organizations (`A, B 등 12개사로`). Bulleted items (`▲A ▲B C`) are read as written,
    /// one of them enough for a group when two of them or more are names the recognizer knows; the
    /// organization before a lead marker (`A를 필두로 ▲B ▲C`) comes first when the sentence names a
    /// consortium's head (`consortium.heads`) before the list. Returns the members in list order.
    func readAlliance(_ s: Scalars, groups: [MentionGroup], nesting: Nesting) -> Found? {
        let readings = launchVerbs.map { ($0, false, false) } + unitingVerbs.map { ($0, true, false) } + foundingClauses.map { ($0, true, true) }
        for (verb, uniting, founding) in readings {
            var from = 0
            while let v = s.firstIndex(of: verb, from: from) {
                from = v + 1
                guard !nesting.inQuote[v] else { continue }
                var limit = v
                if !uniting {
                    var head: Int?
                    // A gloss may stand between the head and the verb (`얼라이언스(Global Telco AI Alliance)'는 … 발족`).
                    for h in heads {
                        var k = max(0, v - 56 - h.count)
                        while let at = s.firstIndex(of: h, from: k, to: v), at + h.count <= v {
                            head = max(head ?? at, at)
                            k = at + 1
                        }
                    }
                    guard let head else { continue }
                    limit = head
                }
                // A venue or a place between the list and the verb (`서울에서`) is no list.
                // A bulleted item may stand alone among names the recognizer did not know (`▲동방 건설 ▲서진랩스`).
                guard let list = groups.last(where: { $0.end <= limit && ($0.members.count >= 2 || uniting && ConsortiumReader.isBulleted(s, $0.start)) }),
                      limit - list.end <= 60,
                      !s[list.end..<limit].contains(".") else { continue }
                let closesAList = uniting && !founding && (verb.first == "로" || verb.starts(with: "으로".unicodeScalars))
                // `A, B 등 8곳이 …설립한 기업`: the founders are the clause's subject, right before it.
                if founding, list.marker != .subject || limit - list.end > 40 || s[list.end..<limit].contains(",") { continue }
                // `A, B 등 활용기업 평가와 전문가로 구성된`: what is made up joins another noun with 와/과;
                // the list only describes whose evaluation it is.
                if uniting, s.string(list.members.last!.end..<limit).split(separator: " ").contains(where: { josa.strip(String($0))?.marker == .comitative }) { continue }
                // The list as written: members the recognizer did not know count too (`보다폰, 오렌지,
                // 텔레포니카 등`), up to 등 or the particle that closes it.
                let end = ConsortiumReader.listEnd(s, from: list.members.last!.start, before: limit)
                // `…의 거래는 현금으로 이뤄졌다`, `…등 20개 종목으로 구성됐다`: the 로 closes something else.
                if closesAList, !closesWithACountOfOrganizations(s.string(end..<limit)) { continue }
                let start = ConsortiumReader.listStart(s, before: list.start)
                // `▲기조연설 ▲누리전자 세션`: bullets may set off anything; two known names make it a list of them.
                if list.members.count < 2, groups.filter({ $0.start >= start && $0.end <= limit }).reduce(0, { $0 + $1.members.count }) < 2 { continue }
                let members = items(s, start..<end, mentions: list.members, joined: true, locatedItems: true)
                var seen = Set<String>()
                var cast = members.filter { seen.insert($0.name).inserted }.map {
                    Cast(role: .party, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (alliance member, \($0.rule))")
                }
                // `A를 필두로 B, C 등 12개사로 구성됐다`: the organization before a lead marker heads the list.
                if uniting, !founding, heads.contains(where: { s.firstIndex(of: $0, from: 0, to: start) != nil }),
                   let lead = leadBefore(s, start, groups: groups), seen.insert(lead.name).inserted {
                    cast.insert(Cast(role: .party, name: lead.name, surface: lead.surface, type: lead.type, why: "\(lead.surface) (alliance lead, \(lead.rule))"), at: 0)
                }
                guard cast.count >= 2 else { continue }
                return Found(cast: cast, headStart: limit, verbStart: v)
            }
        }
        return nil
    }

    /// Whether the item at `start` follows a bullet (`▲A`, `△A`; `RoleAssigner.bullets`).
    static func isBulleted(_ s: Scalars, _ start: Int) -> Bool {
        start > 0 && RoleAssigner.bullets.contains(s[start - 1])
    }

    /// Whether `gap`, between a list and the 로 of a verb of uniting, lets the list be what is
    /// made up: nothing, 등, or 등 and a count of organizations: a count alone (`등 12개사`, `등 4곳`),
    /// or up to four words with a count (`OrganizationRecognizer.isCount`) that end in a noun of a
    /// kind of organization (`ListScan.organizationNouns`, `classifiers`: `등 국내 5대 거래소`,
    /// `등 30여개 기업`). A count of persons or things (`12명`, `20개 종목`) is no list of members.
    func closesWithACountOfOrganizations(_ gap: String) -> Bool {
        var words = gap.split(separator: " ").map { w in String(w.unicodeScalars.prefix { $0 != "(" }) }.filter { !$0.isEmpty }
        guard let first = words.first else { return true }
        guard first == "등" else { return false }
        words.removeFirst()
        guard let last = words.last else { return true }
        guard words.count <= 4, words.contains(where: OrganizationRecognizer.isCount) else { return false }
        if words.count == 1 { return ["개사", "곳"].contains(where: last.hasSuffix) }
        let noun = last.hasSuffix("들") ? String(last.dropLast()) : last
        return ListScan.organizationNouns.contains(noun) || classifiers.contains(noun)
    }

    /// The organization with 을/를 right before a lead marker (triggers.json `consortium.leadMarkers`)
    /// that ends just before `start`: `A를 필두로 B, C`, `A를 중심으로 B, C`.
    func leadBefore(_ s: Scalars, _ start: Int, groups: [MentionGroup]) -> Mention? {
        var k = start
        while k > 0, s[k - 1] == " " || RoleAssigner.bullets.contains(s[k - 1]) { k -= 1 }
        for marker in leadMarkers where k >= marker.count && s.matches(marker, at: k - marker.count) {
            let at = k - marker.count
            guard let group = groups.last(where: { $0.end <= at }), group.marker == .object, group.members.count == 1,
                  let lead = group.members.last, s.string(lead.markerEnd..<at).trimmed.isEmpty else { return nil }
            return lead
        }
        return nil
    }

    /// triggers.json `banLists.received`, longest first, and as one set for the cheap test.
    let receivedPhrases: [Scalars]
    private let receivedSet: PatternSet

    /// `미국의 제재를 받고 있는 화웨이`, `미 상무부의 블랙리스트에 오른 SMIC`: a measure received, told in a
    /// relative clause (`banLists.received`) right after the body that imposes it with 의; the
    /// clause modifies the name it is on, at most 20 scalars after it (a description may stand
    /// between). Returns the imposer, the target and where the phrase starts, for each occurrence.
    func readReceivedMeasures(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> [(imposer: Mention, target: Mention, at: Int)] {
        guard receivedSet.occurs(in: s) else { return [] }
        var out: [(Mention, Mention, Int)] = []
        for phrase in receivedPhrases {
            var from = 0
            while let at = s.firstIndex(of: phrase, from: from) {
                from = at + phrase.count
                guard at >= 3, !nesting.inQuote[at], s[at - 1] == " ", s[at - 2] == "의",
                      let imposer = mentions.last(where: { $0.end == at - 2 && !$0.inParens && $0.type == .government }),
                      let target = mentions.first(where: { $0.start >= from && $0.start - from <= 20 && !$0.inParens && $0.type != .government }),
                      !s[from..<target.start].contains(where: { $0 == "," || $0 == "." }) else { continue }
                out.append((imposer, target, at))
            }
        }
        return out
    }

    /// triggers.json `consortium.clauseVerbs`.
    let clauseVerbs: [Scalars]
    /// triggers.json `consortium.leadingParticiples` (`이끄는`, `주관하는`).
    let leadingParticiples: Set<String>
    private let clauseVerbSet: PatternSet

    /// A cheap test before a consortium's member clause is looked for.
    func mayReadMemberClause(_ s: Scalars) -> Bool {
        clauseVerbSet.occurs(in: s) && heads.contains { !agreementHeads.contains($0.string) && s.firstIndex(of: $0) != nil }
    }

    /// `A가 총괄하고 B, C 등이 주관하는 A 컨소시엄은`, `A와 B가 참여하는 A 컨소시엄은`: a consortium (a
    /// head that is no agreement) whose members a relative clause names before it, the clause ending
    /// in a participle of `clauseVerbs` right before the head or its lead's name. One partnership:
    /// the name right before the head first, then those of the clause in order, from the sentence's
    /// start or its last full stop; at least two.
    func readMemberClause(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> Found? {
        for head in heads where !agreementHeads.contains(head.string) {
            var from = 0
            while let h = s.firstIndex(of: head, from: from) {
                from = h + 1
                guard !nesting.inQuote[h] else { continue }
                let lead = mentions.last { $0.end <= h && h - $0.end <= 1 && !$0.inParens && !$0.inQuote }
                let before = lead?.start ?? h
                guard let verb = clauseVerbs.first(where: { v in before >= v.count + 1 && s.matches(v, at: before - 1 - v.count) }) else { continue }
                let clauseEnd = before - 1 - verb.count
                let clauseStart = (s[0..<clauseEnd].lastIndex(of: ".") ?? -1) + 1
                let members = mentions.filter { $0.start >= clauseStart && $0.end <= clauseEnd && !$0.inParens && !$0.inQuote
                    && [.subject, .list, .comitative, .none].contains($0.marker) }
                let cast = ((lead.map { [$0] } ?? []) + members).map { Cast($0, .party, "consortium member named in the clause before its head") }.uniqueByName
                guard cast.count >= 2 else { continue }
                return Found(cast: cast, headStart: h, verbStart: clauseEnd)
            }
        }
        return nil
    }

    /// Phrases naming a funding round whose participants are listed (`이번 투자에는`).
    let roundPhrases = PatternSet(ConsortiumReader.roundHeads.map(\.string))
    /// `기존 투자자인 A와 B도 참여했다`: participants named as investors already.
    static let roundHeads = ["투자에는", "투자에", "투자엔", "라운드에는", "라운드에", "펀딩에는", "투자자인 ", "투자사인 "].map(\.scalars)

    /// `이번 투자에는 A, B가 참여했다`: the organizations listed before the member verb.
    func readRound(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> Found? {
        for head in ConsortiumReader.roundHeads {
            guard let at = s.firstIndex(of: head), !nesting.inQuote[at] else { continue }
            let k = at + head.count
            guard let verb = memberVerbs.compactMap({ s.firstIndex(of: $0, from: k) }).min() else { continue }
            var members = mentions.filter { $0.start >= k && $0.end <= verb && !$0.inParens && !$0.inQuote && $0.type != .government }
            guard !members.isEmpty else { continue }
            // `이번 라운드에는 마이크로소프트와 코튜, 알티미터 등도 참여한다`: the list as written, with
            // the items no rule knows, when it runs from the head to the verb.
            let written = items(s, k..<ConsortiumReader.listEnd(s, from: members.last!.start, before: verb), mentions: mentions, joined: true)
            if written.count > members.count, written.allSatisfy({ m in m.type != .government && m.name.split(separator: " ").count <= 3 }) { members = written }
            var seen = Set<String>()
            let cast = members.filter { seen.insert($0.name).inserted }.map {
                Cast(role: .investor, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (round participant, \($0.rule))")
            }
            return Found(cast: cast, headStart: at, verbStart: verb)
        }
        return nil
    }

    /// triggers.json `investmentLists.leadVerbs` and `roundNouns`.
    let leadVerbs: [Scalars]
    private let roundNouns: PatternSet
    private let leadVerbSet: PatternSet

    /// Whether the lead verb `verb` found at `v` is used as a verb: not inside 주도권, 주도적 or
    /// 주도면밀, which lead nothing.
    static func leadsAt(_ s: Scalars, _ v: Int, _ verb: Scalars) -> Bool {
        let after = v + verb.count < s.count ? s[v + verb.count] : " "
        return !["권", "적", "면"].contains(Character(after))
    }

    /// A cheap test before the lead of a round is looked for: a lead verb and a round noun occur.
    func mayNameARoundLead(_ s: Scalars) -> Bool { leadVerbSet.occurs(in: s) && roundNouns.occurs(in: s) }

    /// `이번 라운드는 A가 주도했다`, `A 주도로 진행된 이번 투자에는`, `A와 B가 리드한 이번 라운드`: the
    /// organizations named right before a lead verb (with 이/가, or bare before `주도로`) led a round;
    /// `이번 투자는 A가 이끌었고, B와 C가 참여했다`: those named after it up to a member verb took part.
    /// Read only in a sentence that names a round (`roundNouns`), outside quotations; `주도권`, `주도적`
    /// lead nothing. Returns the investors in the order written, or nil.
    func readRoundLead(_ s: Scalars, groups: [MentionGroup], mentions: [Mention], nesting: Nesting) -> Found? {
        guard mayNameARoundLead(s) else { return nil }
        for verb in leadVerbs {
            var from = 0
            while let v = s.firstIndex(of: verb, from: from) {
                from = v + 1
                guard !nesting.inQuote[v], ConsortiumReader.leadsAt(s, v, verb),
                      let lead = groups.last(where: { $0.end <= v && v - $0.end <= 1 && [.subject, .none, .list].contains($0.marker) }),
                      !lead.members.contains(where: { $0.inParens || $0.inQuote }) else { continue }
                var cast = lead.members.map { Cast($0, .investor, "led the round") }
                var end = v
                if let member = memberVerbs.compactMap({ s.firstIndex(of: $0, from: v + verb.count) }).min() {
                    end = member
                    cast += mentions.filter { $0.start > v && $0.end <= member && !$0.inParens && !$0.inQuote && [.subject, .list, .comitative, .none].contains($0.marker) }
                        .map { Cast($0, .investor, "round participant") }
                }
                return Found(cast: cast.uniqueByName, headStart: lead.start, verbStart: end)
            }
        }
        return nil
    }

    /// `투자한 기업은 ▲A ▲B ▲C다`, `투자 대상은 A·B·C 등 4개 스타트업으로`, `참여한 투자사는 A, B다`:
    /// a list, introduced by a head noun of the lexicon's `investmentLists`, that names the targets
    /// (or the investors) of an investment told around it. Returns the listed names and whether
    /// they are the targets.
    func readInvestmentList(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> (cast: [Cast], targets: Bool, start: Int)? {
        readList(s, mentions: mentions, nesting: nesting, heads: [(investeeHeads, true), (investorHeads, false)])
    }

    /// `…에 투자를 단행한 기업은 `: where 에 starts and where the clause's head with 은/는 ends.
    static func investorClause(_ s: Scalars) -> (Int, Int)? {
        for verb in [investedIn, putInto] {
            var from = 0
            while let at = s.firstIndex(of: verb, from: from) {
                from = at + 1
                var k = at + verb.count
                for support in ["를 단행", "를 집행", "에 참여"].map(\.scalars) where s.matches(support, at: k) { k += support.count; break }
                guard let modifier = ["한 ", "했던 ", "하는 "].map(\.scalars).first(where: { s.matches($0, at: k) }) else { continue }
                k += modifier.count
                let e = OrganizationRecognizer.wordEnd(s, from: k)
                guard e < s.count, s[e] == " " else { continue }
                let word = s.string(k..<e)
                for particle in ["으로는", "은", "는"] where word.hasSuffix(particle) {
                    if ConsortiumReader.investorHeads.contains(String(word.dropLast(particle.count))) { return (at, e + 1) }
                }
            }
        }
        return nil
    }

    static let investorHeads: Set<String> = ["기업", "회사", "곳", "투자사", "투자자", "업체", "기관", "기업들"]

    static let investedIn = "에 투자".scalars
    static let putInto = "에 출자".scalars

    /// `미스트랄에 투자를 단행한 기업은 삼성, 엔비디아 등이다`: a relative clause on an investment in a
    /// named company, heading a list of who invested. Returns the company (a mention ending right
    /// before 에), the listed investors and where the clause starts.
    func readInvestorsOfNamed(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> (target: Mention, cast: [Cast], start: Int)? {
        guard let (at, k) = ConsortiumReader.investorClause(s) else { return nil }
        guard !nesting.inQuote[at], let target = mentions.last(where: { $0.end == at && !$0.inParens }),
              let list = listFrom(s, k, mentions: mentions, targets: false, head: s.string(target.start..<k).trimmed, at: target.start) else { return nil }
        let cast = list.cast.filter { $0.name != target.name }
        return cast.isEmpty ? nil : (target, cast, target.start)
    }

    /// `제재 기관에는 A, B가 포함됐다`: the targets of a ban told around it.
    func readBanTargets(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> (cast: [Cast], targets: Bool, start: Int)? {
        // A list of a measure's targets also describes them in words (`미쓰비시 계열 조선·항공 엔진
        // 분야 6개 법인`): only names count.
        guard var list = readList(s, mentions: mentions, nesting: nesting, heads: [(banTargetHeads, true)])
                ?? readListedHead(s, mentions: mentions, nesting: nesting)
                ?? readBackReferenceList(s, mentions: mentions, nesting: nesting) else { return nil }
        list.cast = list.cast.filter { c in
            guard c.why.hasSuffix("list-item)") else { return true }
            let words = c.name.split(separator: " ").map(String.init)
            return !c.name.contains(where: \.isNumber) && !words.contains(where: ConsortiumReader.descriptors.contains)
                && !words.allSatisfy { analyzer?.isDictionaryWord($0) ?? false }
        }
        return list.cast.isEmpty ? nil : list
    }

    /// `이번에 추가된 중국 기업에는 A, B가 포함됐다`, `블랙리스트에 오른 업체는 A, B 등이다`: a head that
    /// opens the sentence with a listing participle (`listedParticiples`), up to three words, and a
    /// noun of `listedNouns` (or its plural in 들) with 에는, 은 or 는.
    private func readListedHead(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> (cast: [Cast], targets: Bool, start: Int)? {
        guard !listedParticiples.isEmpty, !listedNouns.isEmpty else { return nil }
        // What follows names the list's items: a verb of inclusion (`포함됐다`, `올랐다`), 등, or a
        // copula (`…이다`); `명단에 오른 기업들은 반발했다` tells what they did.
        let ending = s.string.trimmed
        guard ConsortiumReader.listVerbs.contains(where: { s.firstIndex(of: $0) != nil }) || s.firstIndex(of: ConsortiumReader.etCetera) != nil
                || ending.hasSuffix("이다.") || ending.hasSuffix("이다") else { return nil }
        // `치메이(Qimai)에 따르면 삭제된 앱 중에는`: the head follows the source it is told by.
        var k = 0
        if let told = s.firstIndex(of: ConsortiumReader.accordingTo), told < 60 { k = told + ConsortiumReader.accordingTo.count }
        let opening = k
        var words = 0
        var afterParticiple = -1
        while k < s.count, words < 8 {
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            guard e > k, !nesting.inQuote[k] else { return nil }
            let word = s.string(k..<e)
            if listedParticiples.contains(word) {
                afterParticiple = 0
            } else if afterParticiple >= 0 {
                afterParticiple += 1
                guard afterParticiple <= 4 else { return nil }
                for ending in ["에는", "은", "는"] where word.hasSuffix(ending) {
                    var noun = String(word.dropLast(ending.count))
                    if noun.hasSuffix("들") { noun.removeLast() }
                    if listedNouns.contains(noun) {
                        return listFrom(s, e, mentions: mentions, targets: true, head: s.string(opening..<e - ending.unicodeScalars.count).trimmed, at: opening)
                    }
                }
                // `삭제된 앱 중에는 A, B가 포함됐다`: among them.
                let noun = word.hasSuffix("들") ? String(word.dropLast()) : word
                if listedNouns.contains(noun), e + 1 < s.count, s[e] == " " {
                    let next = OrganizationRecognizer.wordEnd(s, from: e + 1)
                    if ["중에는", "중에선", "가운데는", "가운데"].contains(s.string((e + 1)..<next)) {
                        return listFrom(s, next, mentions: mentions, targets: true, head: s.string(opening..<next).trimmed, at: opening)
                    }
                }
            }
            words += 1
            k = e
            while k < s.count, s[k] == " " { k += 1 }
            if k < s.count, !OrganizationRecognizer.isWordScalar(s[k]) { return nil }
        }
        return nil
    }

    /// `제재 명단에 이름을 올린 중국 업체 소프고는`, `블랙리스트에 오른 룽칩은`: a sentence that opens with a
    /// list's place and a listing participle (`listedParticiples`), then within four words a name
    /// with a subject particle: that name is on the list.
    func readListedName(_ s: Scalars, mentions: [Mention]) -> Mention? {
        guard s.count > 8, !listedParticiples.isEmpty else { return nil }
        var k = 0
        var sawPlace = false
        for _ in 0..<6 {
            while k < s.count, s[k] == " " { k += 1 }
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            guard e > k else { return nil }
            let word = s.string(k..<e)
            if !sawPlace { sawPlace = ConsortiumReader.listPlaces.contains { word.hasSuffix($0) } }
            else if listedParticiples.contains(word) {
                // Only words that describe the name stand between (`중국의 통신장비업체`), none with a
                // particle of its own (`기업에는 바이두가 투자한 룽칩이`).
                return mentions.first { m in
                    guard m.start > e, m.marker == .subject, m.type != .government, !m.inQuote, !s[e..<m.start].contains(",") else { return false }
                    let between = s.string(e..<m.start).split(separator: " ").map(String.init)
                    return between.count <= 4 && between.allSatisfy { w in josa.strip(w).map { [.none, .genitive].contains($0.marker) } ?? true }
                }
            }
            k = e
        }
        return nil
    }

    /// The places a name is put on (`명단에`, `블랙리스트에`).
    static let listPlaces = ["명단에", "목록에", "리스트에"]

    /// Words that point at something told before (`이 기업들`): no name starts with one.
    static let determiners: Set<String> = ["이", "그", "저", "해당", "각", "이런", "그런", "모든", "이들", "다른", "여러"]

    /// `북방은행과 볼가뱅크`: a piece cut where a word ends in 와/과 before a space.
    private func splitAtComitative(_ s: Scalars, _ piece: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var lo = piece.lowerBound
        var k = piece.lowerBound
        while k < piece.upperBound {
            let wEnd = min(piece.upperBound, OrganizationRecognizer.wordEnd(s, from: k))
            guard wEnd > k else { k += 1; continue }
            if wEnd < piece.upperBound, s[wEnd] == " ", wEnd - k >= 2, s[wEnd - 1] == "과" || s[wEnd - 1] == "와",
               josa.strip(s.string(k..<wEnd))?.marker == .comitative {
                out.append(lo..<(wEnd - 1))
                lo = wEnd + 1
            }
            k = wEnd
            while k < piece.upperBound, !OrganizationRecognizer.isWordScalar(s[k]) { k += 1 }
        }
        out.append(lo..<piece.upperBound)
        return out
    }

    /// Where the last classifier word of an item (`업체`, `제조업체`, `국유해운사`: a classifier noun of
    /// patterns.json `appositiveHeads`, or a word ending in one of two syllables or more) ends, if a
    /// word follows it outside parentheses.
    func classifierEnd(_ s: Scalars, _ r: Range<Int>) -> Int? {
        ConsortiumReader.classifierEnd(s, r, classifiers: classifiers)
    }

    /// Whether what starts at `k` may be a name: a quotation mark, a known mention, or a first word
    /// (without its particle) the dictionary does not hold as a common word (`가운데` is one).
    func namesFollow(_ s: Scalars, _ k: Int, before end: Int, mentions: [Mention]) -> Bool {
        guard k < end else { return false }
        if s[k].opensAQuote || mentions.contains(where: { $0.start == k }) { return true }
        let word = s.string(k..<min(end, OrganizationRecognizer.wordEnd(s, from: k)))
        let stem = josa.strip(word)?.stem ?? word
        return !(analyzer?.isDictionaryWord(stem) ?? false) && !(analyzer?.isDictionaryWord(word) ?? false)
    }

    /// Whether a word's last syllable may hold a modifier ending (final ㄴ or ㄹ: `한`, `는`, `던`,
    /// `할`): the cheap test before the analyzer is asked.
    static func mayEndInModifier(_ c: Unicode.Scalar) -> Bool {
        c.hasFinalNieun || c.hasFinalRieul
    }

    /// Whether `word` is a classifier noun (patterns.json `appositiveHeads`) or ends in one of two
    /// syllables or more (`제조업체`, `국유해운사`).
    static func isClassifierWord(_ word: String, _ classifiers: Set<String>) -> Bool {
        classifiers.contains(word) || classifiers.contains { $0.unicodeScalars.count >= 2 && word.hasSuffix($0) && word.unicodeScalars.count > $0.unicodeScalars.count }
    }

    /// Where the last word of `r` that ends in a modifier ending (ETM: `투자한`, `개발하는`) ends, if
    /// a word follows it: the item is the noun the clause modifies.
    func relativeClauseEnd(_ s: Scalars, _ r: Range<Int>) -> Int? {
        guard let analyzer else { return nil }
        var k = r.lowerBound
        while k < r.upperBound, s[k] == " " { k += 1 }
        var cut: Int? = nil
        while k < r.upperBound {
            let wEnd = min(r.upperBound, OrganizationRecognizer.wordEnd(s, from: k))
            guard wEnd > k else { break }
            if s[wEnd - 1] == "(" || s[k] == "(" { break }
            if wEnd < r.upperBound, s[wEnd] == " ", wEnd - k >= 2, ConsortiumReader.mayEndInModifier(s[wEnd - 1]),
               analyzer.analyze(s.string(k..<wEnd)).last?.tag.hasSuffix("ETM") == true { cut = wEnd + 1 }
            k = wEnd
            while k < r.upperBound, s[k] == " " { k += 1 }
        }
        return cut
    }

    /// `classifierEnd` for any set of classifier nouns; with `copula`, a classifier word may end in
    /// the copula 인 (`개발업체인 B`).
    static func classifierEnd(_ s: Scalars, _ r: Range<Int>, classifiers: Set<String>, copula: Bool = false) -> Int? {
        var k = r.lowerBound
        var cut: Int? = nil
        while k < r.upperBound {
            let wEnd = min(r.upperBound, OrganizationRecognizer.wordEnd(s, from: k))
            guard wEnd > k else { break }
            var word = s.string(k..<wEnd)
            if copula, word.hasSuffix("인") { word.removeLast() }
            if wEnd < r.upperBound, s[wEnd] == " ", isClassifierWord(word, classifiers) {
                cut = wEnd + 1
            }
            if wEnd < r.upperBound, s[wEnd] == "(" { break }
            k = wEnd
            while k < r.upperBound, s[k] == " " { k += 1 }
        }
        return cut
    }

    /// `이들 12개 기업은 A, B, C 등이다`: a sentence that opens by pointing back to the counted
    /// targets of the measure just told, then names them.
    private func readBackReferenceList(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> (cast: [Cast], targets: Bool, start: Int)? {
        // `메그비 등 6개 기업은 명단에서 제외됐다`: those taken off the list are no targets.
        guard let k = ConsortiumReader.backReferenceEnd(s), !removals.occurs(in: s) else { return nil }
        // It names them: the list closes with 등 or the sentence is a copula (`…이다.`).
        let rest = s.string(k..<s.count)
        guard rest.contains(" 등") || rest.hasSuffix("이다.") || rest.hasSuffix("입니다.") || rest.hasSuffix("다.") && rest.split(separator: " ").count <= 6 else { return nil }
        return listFrom(s, k, mentions: mentions, targets: true, head: k == 0 ? "the count told before" : s.string(0..<k).trimmed, at: 0)
    }

    /// `다화과기, 하이캉웨이스, 이투과기 등이다.`: the first word is closed by a comma or a middle
    /// dot, two such marks at least, and the sentence ends in 등 and a copula.
    static func standsAloneAsAList(_ s: Scalars) -> Bool {
        var n = s.count
        while n > 0, s[n - 1] == " " || s[n - 1] == "." { n -= 1 }
        guard n > 8, Scalars(s[..<n]).matches(listEnding, at: n - listEnding.count) else { return false }
        let firstEnd = OrganizationRecognizer.wordEnd(s, from: 0)
        guard firstEnd > 0, firstEnd < n, s[firstEnd] == "," || s[firstEnd] == "·" else { return false }
        return s[..<n].filter { $0 == "," || $0 == "·" }.count >= 2
    }
    static let listEnding = " 등이다".scalars

    /// `베이징 BD스타 내비게이션 등 11개 기업은`, `A와 B 등 22개 기관과 기업은`: a list that opens
    /// the sentence, closed by 등 and a count of firms that is the sentence's topic or subject: a
    /// part of the targets counted before, named.
    static func opensWithACountedList(_ s: Scalars) -> Bool {
        guard let close = s.firstIndex(of: etCetera), close > 1, close < 60 else { return false }
        var k = close + etCetera.count
        guard k + 1 < s.count, s[k] == " ", s[k + 1].isASCIIDigit else { return false }
        k += 1
        for _ in 0..<4 {
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            guard e > k else { return false }
            let word = String(String.UnicodeScalarView(s[k..<e].drop { $0.isASCIIDigit }))
            if let last = word.unicodeScalars.last, "은는이가도".unicodeScalars.contains(last) {
                let stem = String(String.UnicodeScalarView(word.unicodeScalars.dropLast()))
                return pointedNouns.contains(stem) || ConsortiumReader.countNouns.contains(stem)
            }
            guard e < s.count, s[e] == " " else { return false }
            k = e + 1
        }
        return false
    }

    /// Counters after a number of organizations (`12개`, `5곳`, `3개사`).
    static let countNouns: Set<String> = ["개", "곳", "개사"]

    static let pointedNouns: Set<String> = ["기업", "업체", "기관", "회사", "단체", "곳", "앱", "서비스", "기업들", "업체들"]

    /// Where an opening that points back to counted targets (`이들 12개 기업은 `) ends, if the
    /// sentence has one.
    static func backReferenceEnd(_ s: Scalars) -> Int? {
        // `A, B, C 등이다.`: a sentence that is only a list points back to what was counted before.
        if standsAloneAsAList(s) || opensWithACountedList(s) { return 0 }
        // `4개 업체는 △A △B 등이다`: a count that opens the sentence points back as well.
        guard s.count > 4, s[0] == "이" || s[0] == "해" || s[0].isASCIIDigit else { return nil }
        // Words: a pointer (이들, 해당, 이), a count (12개, 5곳) if any, the noun with 은/는 if any.
        var words: [(text: String, end: Int)] = []
        var k = 0
        while words.count < 4, k < min(s.count, 24) {
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            guard e > k else { break }
            words.append((s.string(k..<e), e))
            k = e
            guard k < s.count, s[k] == " " else { break }
            k += 1
        }
        guard let first = words.first else { return nil }
        func topic(_ w: String, _ stems: Set<String>) -> Bool {
            guard let last = w.unicodeScalars.last, last == "은" || last == "는" else { return false }
            return stems.contains(String(String.UnicodeScalarView(w.unicodeScalars.dropLast())))
        }
        let end: (Int) -> Int? = { i in i < s.count && s[i] == " " ? i + 1 : nil }
        if topic(first.text, ["이들"]) { return end(first.end) }
        let counted = first.text.unicodeScalars.first?.isASCIIDigit == true
        guard counted || ["이들", "해당", "이"].contains(first.text) else { return nil }
        var n = counted ? 0 : 1
        if n < words.count, let d = words[n].text.unicodeScalars.first, d.isASCIIDigit {
            let rest = String(String.UnicodeScalarView(words[n].text.unicodeScalars.drop { $0.isASCIIDigit }))
            if topic(rest, ConsortiumReader.countNouns) { return end(words[n].end) }
            guard ConsortiumReader.countNouns.contains(rest) else { return nil }
            n += 1
        }
        guard n < words.count, topic(words[n].text, ConsortiumReader.pointedNouns) else { return nil }
        return end(words[n].end)
    }

    private func readList(_ s: Scalars, mentions: [Mention], nesting: Nesting, heads groups: [([Scalars], Bool)]) -> (cast: [Cast], targets: Bool, start: Int)? {
        for (heads, targets) in groups {
            for head in heads {
                var from = 0
                while let at = s.firstIndex(of: head, from: from) {
                    from = at + 1
                    // The head opens the sentence, or a clause after a comma (`…올렸으며, 여기에는 A, B가
                    // 포함됐다`), perhaps after the kind of what it lists (`…4명이고, 기관 제재 대상은`).
                    // Persons are no participants (`개인 제재 대상은 △A △B`).
                    let kind = ConsortiumReader.kindBefore(s, at)
                    if let kind, personKinds.contains(kind.word) { continue }
                    let opening = kind.flatMap { organizationKinds.contains($0.word) ? $0.start : nil } ?? at
                    guard !nesting.inQuote[at],
                          opening <= 12 || opening >= 2 && s[opening - 1] == " " && (s[opening - 2] == "," || s[opening - 2] == "며") else { continue }
                    var k = at + head.count
                    if s.matches(ConsortiumReader.inThe, at: k) { k += ConsortiumReader.inThe.count - 1 }
                    // `여기엔`: 에는 written short.
                    guard k < s.count, s[k] == "은" || s[k] == "는" || s[k] == "엔" else { continue }
                    k += 1
                    if let list = listFrom(s, k, mentions: mentions, targets: targets, head: head.string, at: at) { return list }
                }
            }
        }
        return nil
    }

    /// The list that starts at `k`, after its head: it runs to 등, a copula or 으로, or the sentence's end.
    private func listFrom(_ s: Scalars, _ k: Int, mentions: [Mention], targets: Bool, head: String, at: Int) -> (cast: [Cast], targets: Bool, start: Int)? {
        // `알리바바와 텐센트가 투자자로 참여한 '즈푸AI'가 포함됐다`: one item after a relative clause; the
        // names inside the clause are the clause's.
        var k = k
        if let verb = ConsortiumReader.listVerbs.compactMap({ s.firstIndex(of: $0, from: k) }).min(),
           let cut = relativeClauseEnd(s, k..<verb), !s[cut..<verb].contains(where: { $0 == "," || $0 == "·" }),
           namesFollow(s, cut, before: verb, mentions: mentions) {
            k = cut
            while k < verb - 1, s[k].opensAQuote { k += 1 }
        }
        var end = s.count
        for stop in ConsortiumReader.listStops {
            if let e = s.firstIndex(of: stop, from: k), e < end { end = e }
        }
        while end > k, !OrganizationRecognizer.isWordScalar(s[end - 1]) && s[end - 1] != ")" { end -= 1 }
        guard end > k + 1 else { return nil }
        // An item read as written is words of a name: no modifier ending (`거래하는 미국 단체`), no
        // determiner or pronoun (`이 기업들`).
        let found = items(s, k..<end, mentions: mentions, joined: true).filter { m in
            guard m.rule == "list-item", let analyzer else { return true }
            let words = m.name.split(separator: " ").map(String.init)
            if let first = words.first, ConsortiumReader.determiners.contains(first) || words.last!.hasSuffix("들") { return false }
            // Nor a word with a particle or a modifier ending before its last (`기업에게는 경고가 된`).
            return !words.dropLast().contains { analyzer.analyze($0).last?.tag.hasSuffix("ETM") == true || (josa.strip($0).map { $0.marker != .none } ?? false) }
        }
        if let analyzer, joinedByAConnective(s, k..<end, apart: found, analyzer: analyzer) { return nil }
        // `투자 대상은 국내외 유망 반도체·ICT 기업이다`: a list whose last word is a kind of organization
        // describes the targets; with no name known in it, it names none. So does a compound of one
        // (`중소·벤처기업이다`).
        if let word = s.string(k..<end).split(separator: " ").last, let last = word.split(separator: "·").last.map(String.init),
           organizationKinds.contains(last) || last == "스타트업"
            || word.contains("·") && last.count <= 4 && (organizationKinds.contains(where: { last.hasSuffix($0) }) || last.hasSuffix("스타트업")),
           found.allSatisfy({ $0.rule == "list-item" }) { return nil }
        var seen = Set<String>()
        let cast = found.filter { seen.insert($0.name).inserted && !$0.name.isEmpty }.map {
            Cast(role: targets ? .target : .investor, name: $0.name, surface: $0.surface, type: $0.type,
                 why: "\($0.surface) (listed after '\(head)', \($0.rule))")
        }
        return cast.isEmpty ? nil : (cast, targets, at)
    }

    /// Whether a word of `range` outside the items and outside parentheses ends in a connective
    /// ending (`…거래할 때 …승인을 받아야 하는 만큼`): such a clause tells what happens to those on
    /// the list and lists nobody. Items are left out because a transliterated name may look like
    /// one (메이야보커: 보+커).
    private func joinedByAConnective(_ s: Scalars, _ range: Range<Int>, apart items: [Mention], analyzer: MorphologicalAnalyzer) -> Bool {
        var w = range.lowerBound
        var depth = 0
        while w < range.upperBound {
            if s[w] == "(" { depth += 1 } else if s[w] == ")" { depth = max(0, depth - 1) }
            guard OrganizationRecognizer.isWordScalar(s[w]) else { w += 1; continue }
            let e = OrganizationRecognizer.wordEnd(s, from: w)
            // A particle glued to a closing mark (`(CPU)가`) is no word of its own, nor is a word
            // the list's stop cuts (`있` of `있다.`).
            let glued = w > 0 && !s[w - 1].isSpace && s[w - 1] != "," || e > range.upperBound || e == range.upperBound && e < s.count && !s[e].isSpace
            if depth == 0, !glued, !items.contains(where: { $0.start <= w && w < $0.end }), !s.matches(ConsortiumReader.including, at: w) {
                // A verb's own stem, or a noun made a verb (`거래하고`), then the connective.
                let m = analyzer.analyze(s.string(w..<e))
                let predicate = m.first.map { ["VV", "VA", "VX", "VCN"].contains(where: $0.tag.hasPrefix) } == true
                    || m.count >= 2 && m[0].tag == "NNG" && (m[1].tag.hasPrefix("XSV") || m[1].tag.hasPrefix("XSA"))
                if predicate, m.last?.tag.hasSuffix("EC") == true { return true }
            }
            w = e
        }
        return false
    }

    /// The word right before `at` (`기관` of `기관 제재 대상은`), when one stands there.
    static func kindBefore(_ s: Scalars, _ at: Int) -> (word: String, start: Int)? {
        guard at >= 3, s[at - 1] == " ", OrganizationRecognizer.isWordScalar(s[at - 2]) else { return nil }
        var b = at - 2
        while b > 0, OrganizationRecognizer.isWordScalar(s[b - 1]) { b -= 1 }
        return (s.string(b..<(at - 1)), b)
    }

    /// Words that describe a group of targets rather than name one (`미쓰비시 계열 조선`).
    static let descriptors: Set<String> = ["계열", "분야", "관련", "법인", "법인이", "기업", "업체", "기관", "자회사"]

    static let including = "비롯".scalars
    /// `명단에는`: the list's head with 에는.
    static let inThe = "에는".scalars
    static let accordingTo = "에 따르면 ".scalars
    static let etCetera = " 등".scalars
    /// The verbs that close a list of targets (`포함됐다`, `올랐다`).
    static let listVerbs = [" 포함", " 올랐", " 올라", " 들어갔", " 추가됐"].map(\.scalars)
    static let listStops = [" 등", "이다", "다.", "으로", "로,", "로 "].map(\.scalars) + listVerbs

    /// Where the first member verb (참여, 합류) that tells a joining starts, if the sentence has one:
    /// one followed by an intention (triggers.json `consortium.intentTails`: `참여 의사를 밝혔다`,
    /// `참여를 검토`) joins nothing.
    func memberVerbStart(_ s: Scalars) -> Int? {
        memberVerbs.compactMap { verb in
            var from = 0
            while let at = s.firstIndex(of: verb, from: from) {
                if !intentTails.contains(where: { s.matches($0, at: at + verb.count) }) { return at }
                from = at + 1
            }
            return nil
        }.min()
    }
    /// triggers.json `consortium.intentTails`.
    let intentTails: [Scalars]

    /// A cheap test before the full reading: a member verb or a clause of founding is present.
    func mayApply(_ s: Scalars) -> Bool {
        verbSet.occurs(in: s)
    }

    struct Found {
        var cast: [Cast]
        let headStart: Int
        let verbStart: Int
    }

    func read(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> Found? {
        readWithHead(s, mentions: mentions, nesting: nesting) ?? readWithLead(s, mentions: mentions, nesting: nesting)
    }

    /// `LEAD를 주관사로 A, B가 참여하는 컨소시엄`, `LEAD가 주도하고 A, B 등이 파트너로 참여한다`.
    private func readWithLead(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> Found? {
        for marker in leadMarkers {
            guard let at = s.firstIndex(of: marker), !nesting.inQuote[at],
                  // `LEAD를 주관사로`, `LEAD가 주도하고`: the lead carries the object or the subject particle.
                  let lead = mentions.last(where: { $0.markerEnd <= at && ($0.marker == .object || $0.marker == .subject && marker.first == "주") && !$0.inQuote }),
                  s.string(lead.markerEnd..<at).trimmed.isEmpty,
                  let verb = memberVerbs.compactMap({ s.firstIndex(of: $0, from: at) }).min() else { continue }
            let members = mentions.filter { $0.start > at && $0.end <= verb && !$0.inParens && !$0.inQuote }
            var seen: Set<String> = [lead.name]
            var cast = [Cast(role: .party, name: lead.name, surface: lead.surface, type: lead.type, why: "\(lead.surface) (lead, \(lead.rule))")]
            for m in members where seen.insert(m.name).inserted {
                cast.append(Cast(role: .party, name: m.name, surface: m.surface, type: m.type, why: "\(m.surface) (member, \(m.rule))"))
            }
            if cast.count >= 2 { return Found(cast: cast, headStart: at, verbStart: verb) }
        }
        return nil
    }

    private func readWithHead(_ s: Scalars, mentions: [Mention], nesting: Nesting) -> Found? {
        for head in heads {
            var from = 0
            while let at = s.firstIndex(of: head, from: from) {
                from = at + 1
                // `컨소시엄에는 A, B가 참여했다`: the head may open the sentence, its lead told before.
                // `KT ‘클라우드 원팀’에 A, B가 합류했다`: a quoted name ending in the head is the body
                // itself, its lead named before the opening mark.
                var nameStart = at
                let quotedName = nesting.inQuote[at] && at + head.count < s.count
                    && (s[at + head.count].isClosingQuote || s[at + head.count].isStraightQuote)
                if quotedName {
                    var q = at - 1
                    while q > 0, nesting.inQuote[q], !s[q].opensAQuote { q -= 1 }
                    guard q >= 0, s[q].opensAQuote, at - q <= 20 else { continue }
                    nameStart = q
                } else if nesting.inQuote[at] {
                    continue
                }
                // `초거대AI추진협의회에는`: the head glued to the body's own name; the word names the
                // body, and no lead stands before it.
                var glued = false
                if nameStart > 0, s[nameStart - 1].isHangulSyllable || s[nameStart - 1].isLatinLetter {
                    var w = nameStart - 1
                    while w > 0, OrganizationRecognizer.isWordScalar(s[w - 1]) { w -= 1 }
                    guard nameStart - w >= 2 else { continue }
                    nameStart = w
                    glued = true
                }
                guard nameStart == 0 || nameStart > 1 && s[nameStart - 1] == " " else { continue }
                // The particle after the head: 에는, 에, 엔, 에선.
                var k = at + head.count + (quotedName ? 1 : 0)
                let particles = ["에는", "에선", "에도", "엔", "에"].map(\.scalars)
                guard let p = particles.first(where: { s.matches($0, at: k) }) else { continue }
                k += p.count
                // A lead named before the head, if one is: a consortium is named after its lead
                // (`누리정보 컨소시엄에는`), an agreement is not (`이번 협약에는`).
                // A named alliance (`자율주행로봇 얼라이언스에는`) is led only by a known organization.
                let agreement = agreementHeads.contains(head.string)
                // `KT의 ‘클라우드 원팀’에`: the lead may carry 의 before a quoted name.
                // `A와 B가 주도하는 이번 컨소시엄에는`: leaders told in a relative clause before the head.
                let clauseLeads = nameStart == 0 || glued ? [] : leadsInRelativeClause(s, before: nameStart, mentions: mentions)
                let lead = nameStart == 0 || glued || !clauseLeads.isEmpty ? nil : mentions.last(where: { ($0.end == nameStart - 1 || quotedName && $0.marker == .genitive && $0.markerEnd == nameStart - 1)
                                                                   && !$0.inQuote && (!agreement || quotedName || $0.rule.hasPrefix("gazetteer")) })
                    ?? (agreement || quotedName ? nil : wordBefore(s, nameStart - 1))
                // The member verb, after a subject particle: `…가 참여했다`.
                guard let verb = memberVerbs.compactMap({ s.firstIndex(of: $0, from: k) }).min(), verb > k + 1,
                      s[verb - 1] == " " else { continue }
                var listRange = k..<(verb - 1)
                // `…B가 새로 합류했다`: an adverb between the last member's particle and the verb.
                if let last = mentions.last(where: { $0.marker == .subject && $0.start >= k && $0.markerEnd < verb - 1 }),
                   case let gap = s.string(last.markerEnd..<(verb - 1)).trimmed, !gap.isEmpty, !gap.contains(" "),
                   gap.unicodeScalars.allSatisfy(\.isHangulSyllable), gap.unicodeScalars.count <= 3 {
                    listRange = k..<last.markerEnd
                }
                // `…에는 A를 중심으로 B, C 등이 참여했다`: the member the others gather around, then the list.
                let centre = centreOfList(s, &listRange, mentions: mentions, nesting: nesting)
                let members = items(s, listRange, mentions: mentions, joined: true)
                guard !members.isEmpty else { continue }
                var cast = lead.map { [Cast(role: .party, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (consortium lead, \($0.rule))")] } ?? []
                cast += clauseLeads.map {
                    Cast(role: .party, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (leads the consortium, \($0.rule))")
                }
                if let centre, !cast.contains(where: { $0.name == centre.name }) {
                    cast.append(Cast(role: .party, name: centre.name, surface: centre.surface, type: centre.type, why: "\(centre.surface) (member the list gathers around, \(centre.rule))"))
                }
                var seen = Set(cast.map(\.name))
                for m in members where seen.insert(m.name).inserted {
                    cast.append(Cast(role: .party, name: m.name, surface: m.surface, type: m.type, why: "\(m.surface) (consortium member, \(m.rule))"))
                }
                guard cast.count >= 2 else { continue }
                return Found(cast: cast, headStart: at, verbStart: verb)
            }
        }
        return nil
    }

    /// `A와 B가 주도하는 이번 컨소시엄에는`: the organizations that lead the body in the relative
    /// clause right before its name: the subject of a lead participle (triggers.json
    /// `leadingParticiples`, as for `consortiumLead`), with the names joined to it by 와/과 or a
    /// comma. Returns them in the order written, or none.
    private func leadsInRelativeClause(_ s: Scalars, before nameStart: Int, mentions: [Mention]) -> [Mention] {
        var end = nameStart
        if end >= ConsortiumReader.this.count, s.matches(ConsortiumReader.this, at: end - ConsortiumReader.this.count) { end -= ConsortiumReader.this.count }
        guard end >= 2, s[end - 1] == " " else { return [] }
        var verb = end - 1
        while verb > 0, OrganizationRecognizer.isWordScalar(s[verb - 1]) { verb -= 1 }
        guard leadingParticiples.contains(s.string(verb..<(end - 1))) else { return [] }
        guard var k = mentions.lastIndex(where: { $0.marker == .subject && $0.markerEnd == verb - 1 && !$0.inQuote && !$0.inParens }) else { return [] }
        var leads = [mentions[k]]
        while k > 0, [.comitative, .list].contains(mentions[k - 1].marker), mentions[k].start - mentions[k - 1].markerEnd <= 2,
              !mentions[k - 1].inQuote, !mentions[k - 1].inParens {
            k -= 1
            leads.insert(mentions[k], at: 0)
        }
        return leads
    }

    static let this = "이번 ".scalars

    /// A lead marker inside a member list (`A를 중심으로 B, C`, `A를 주축으로 B, C`): the organization
    /// before it, with the object particle, is a member, and the list proper starts after the marker.
    /// Narrows `range` to that list.
    /// Around a common noun (`반도체를 중심으로`), the list still starts after the marker, with no member added.
    private func centreOfList(_ s: Scalars, _ range: inout Range<Int>, mentions: [Mention], nesting: Nesting) -> Mention? {
        for marker in leadMarkers {
            guard let at = s.firstIndex(of: marker, from: range.lowerBound), at + marker.count < range.upperBound, !nesting.inQuote[at],
                  at >= 2, s[at - 1] == " ", ["을", "를"].contains(s[at - 2]) else { continue }
            let m = mentions.last(where: { $0.start >= range.lowerBound && $0.marker == .object && $0.markerEnd <= at && !$0.inQuote })
                .flatMap { s.string($0.markerEnd..<at).trimmed.isEmpty ? $0 : nil }
            range = (at + marker.count)..<range.upperBound
            return m
        }
        return nil
    }

    static let consortiumHead = "컨소시엄".scalars

    /// A cheap test before a consortium's lead is looked for: the sentence names a consortium.
    func mayNameALead(_ s: Scalars) -> Bool { s.firstIndex(of: ConsortiumReader.consortiumHead) != nil }

    /// The lead of a consortium the sentence names (`삼성SDS 컨소시엄`, `삼성SDS가 이끄는 컨소시엄`),
    /// for a membership list told later without it.
    func consortiumLead(_ s: Scalars, mentions: [Mention]) -> Mention? {
        guard let at = s.firstIndex(of: ConsortiumReader.consortiumHead, from: 0), at > 1 else { return nil }
        if let m = mentions.last(where: { $0.end == at - 1 && !$0.inQuote && !$0.inParens }) { return m }
        if let m = mentions.last(where: { m in
            m.marker == .subject && !m.inQuote && m.markerEnd < at
                && leadingParticiples.contains(s.string(m.markerEnd..<at).trimmingCharacters(in: .whitespaces))
        }) { return m }
        // `세림정보 컨소시엄이`: a consortium is named after its lead, known or not.
        return s[at - 1] == " " ? wordBefore(s, at - 1) : nil
    }

    private func wordBefore(_ s: Scalars, _ end: Int) -> Mention? {
        var start = end
        while start > 0, OrganizationRecognizer.isWordScalar(s[start - 1]) { start -= 1 }
        guard end - start >= 2 else { return nil }
        let name = s.string(start..<end)
        // `새 컨소시엄에는`: a single common word names no lead.
        if let analyzer, analyzer.isDictionaryWord(name) { return nil }
        return Mention(start: start, end: end, name: name, surface: name, type: .company, markerEnd: end, rule: "list-item")
    }

    /// Where a list that reaches `start` begins: back over items the recognizer did not know,
    /// joined by `·` or `,` (`케이뱅크·나무기술·펜타시큐리티시스템`), up to a word with a particle; or
    /// each after a bullet (`▲신한은행 ▲SK 에코플랜트`), an item being all the words (at most 24
    /// characters) back to its bullet.
    static func listStart(_ s: Scalars, before start: Int) -> Int {
        var k = start
        while true {
            // `▲A ▲B C ▲D`: a bullet marks each item, of one word or more.
            func bulletedItemStart(endingAt e: Int) -> Int? {
                var b = e
                while b > 0, e - b < 24, OrganizationRecognizer.isWordScalar(s[b - 1]) || s[b - 1] == " " { b -= 1 }
                return b > 0 && RoleAssigner.bullets.contains(s[b - 1]) ? b : nil
            }
            if let b = bulletedItemStart(endingAt: k) {
                if b < k {
                    k = b  // `▲Korea DRD`: the item starts at its bullet
                    continue
                }
                var e = b - 1
                while e > 0, s[e - 1] == " " { e -= 1 }
                guard let previous = bulletedItemStart(endingAt: e), previous < e else { return k }
                k = previous
                continue
            }
            var j = k
            while j > 0, s[j - 1] == " " { j -= 1 }
            guard j > 0, s[j - 1] == "·" || s[j - 1] == "," else { return k }
            var e = j - 1
            while e > 0, s[e - 1] == " " { e -= 1 }
            var b = e
            while b > 0, OrganizationRecognizer.isWordScalar(s[b - 1]) { b -= 1 }
            guard e - b >= 2, e - b <= 24, b == 0 || s[b - 1] == " " || s[b - 1] == "·" || s[b - 1] == "," else { return k }
            // `KT, 코어 라인, 딥엑스`: an item of two words.
            if b > 1, s[b - 1] == " " {
                var b2 = b - 1
                while b2 > 0, OrganizationRecognizer.isWordScalar(s[b2 - 1]) { b2 -= 1 }
                var p = b2
                while p > 0, s[p - 1] == " " { p -= 1 }
                if (2...8).contains(b - 1 - b2), p > 0, p < b2, s[p - 1] == "," || s[p - 1] == "·" { b = b2 }
            }
            k = b
        }
    }

    /// Where a list that has an item at `from` ends: over further items joined by `,` or `·`, up to
    /// ` 등` (excluded) or the end of the first word that carries a particle, never past `limit`.
    static func listEnd(_ s: Scalars, from: Int, before limit: Int) -> Int {
        var k = from
        while k < limit {
            let wEnd = min(limit, OrganizationRecognizer.wordEnd(s, from: k))
            guard wEnd > k else { return k }
            if wEnd < limit, s[wEnd] == "," || s[wEnd] == "·" {
                k = wEnd + 1
                while k < limit, s[k] == " " { k += 1 }
                continue
            }
            var next = wEnd
            while next < limit, s[next] == " " { next += 1 }
            // `오렌지 텔레콤,`: a name of two words.
            if next < limit, s.matches("등".scalars, at: next) { return wEnd }
            let afterNext = OrganizationRecognizer.wordEnd(s, from: next)
            if next < limit, afterNext < limit, s[afterNext] == "," || s[afterNext] == "·" {
                k = afterNext + 1
                while k < limit, s[k] == " " { k += 1 }
                continue
            }
            return wEnd
        }
        return min(k, limit)
    }

    /// `등` (with or without a particle) closes a list; `외에`, `외에도`, `외` set apart what came
    /// before. Returns where the word ends and whether it closes the list; nil for any other word.
    static func closingWord(_ s: Scalars, at i: Int, josa: JosaStripper) -> (end: Int, closes: Bool)? {
        guard s[i] == "등" || s[i] == "외" else { return nil }
        let e = OrganizationRecognizer.wordEnd(s, from: i)
        let word = s.string(i..<e)
        if s[i] == "외" { return ["외", "외에", "외에도"].contains(word) ? (e, false) : nil }
        return word == "등" || josa.strip(word)?.stem == "등" ? (e, true) : nil
    }

    /// - Parameter joined: items may also be joined by 와/과 (`삼성과 엔비디아·IBM`), as in a list
    ///   that follows its head noun.
    /// - Parameter locatedItems: `mentions` are a group's members, read without the countries that
    ///   locate them (`영국 A와 미국 B`): a bare word before a member is such a country.
    func items(_ s: Scalars, _ range: Range<Int>, mentions: [Mention], joined: Bool = false, locatedItems: Bool = false) -> [Mention] {
        var out: [Mention] = []
        var start = range.lowerBound
        var depth = 0
        var pieces: [Range<Int>] = []
        for i in range {
            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth = max(0, depth - 1) }
            if depth == 0, s[i] == "," || s[i] == "·" || s[i] == "、" || s[i] == "▲" || s[i] == "△" || s[i] == "■" || s[i] == "◆" {
                pieces.append(start..<i)
                start = i + 1
            } else if depth == 0, i > range.lowerBound, s[i - 1] == " ", let closing = ConsortiumReader.closingWord(s, at: i, josa: josa) {
                // `A, B 등 기관·기업 10여 곳이`: 등 closes the list; what follows describes it.
                // `3사 외에 A, B`: what 외에 sets apart is no item.
                if closing.closes {
                    pieces.append(start..<(i - 1))
                    start = range.upperBound
                    break
                }
                pieces.append(start..<(i - 1))
                start = closing.end
            } else if depth == 0, s.matches(ConsortiumReader.including, at: i) {
                // `A를 비롯해 B, C`: A heads the list.
                var cut = i
                while cut > start, s[cut - 1] == " " { cut -= 1 }
                if cut - 1 > start, s[cut - 1] == "을" || s[cut - 1] == "를" { cut -= 1 }
                pieces.append(start..<cut)
                var next = i + ConsortiumReader.including.count
                while next < range.upperBound, OrganizationRecognizer.isWordScalar(s[next]) { next += 1 }
                start = next
            }
        }
        pieces.append(start..<range.upperBound)
        // `챗GPT와 같은 서비스를 제공하는 스파크`: a relative clause before an item is cut before the
        // item is split at 와/과, so that the names inside the clause are not items.
        // The cut holds only where a name follows (`…가운데 나왔다` is no item).
        if joined {
            pieces = pieces.flatMap { piece in
                let cut = relativeClauseEnd(s, piece).flatMap { namesFollow(s, $0, before: piece.upperBound, mentions: mentions) ? $0 : nil }
                return splitAtComitative(s, cut.map { $0..<max($0, piece.upperBound) } ?? piece)
            }
        }
        for (n, piece) in pieces.enumerated() {
            var r = s.trimmedRange(piece)
            guard !r.isEmpty else { continue }
            // `드론 업체 오텔 로보틱스(Autel Robotics)`: the words before a classifier describe the item.
            // `중국 클라우드 기업인 인스퍼`: or before a classifier with the copula.
            if let cut = ConsortiumReader.classifierEnd(s, r, classifiers: classifiers, copula: true), cut < r.upperBound { r = s.trimmedRange(cut..<r.upperBound) }
            // `알리바바가 투자한 '즈푸AI'`: a relative clause before the item describes it.
            if let cut = relativeClauseEnd(s, r), cut < r.upperBound, namesFollow(s, cut, before: r.upperBound, mentions: mentions) {
                r = s.trimmedRange(cut..<r.upperBound)
                while r.count > 2, s[r.lowerBound].opensAQuote { r = (r.lowerBound + 1)..<r.upperBound }
            }
            // `미국 애플`: where the list's members are a group read without the countries that locate
            // them (`locatedItems`), one bare Hangul word before a member is such a country, no part
            // of the name. Elsewhere a place may open a name (`베이징 링크테크`).
            if locatedItems, !mentions.contains(where: { $0.start == r.lowerBound }),
               let inner = mentions.first(where: { $0.start > r.lowerBound + 1 && $0.start < r.upperBound && !$0.inParens && s[$0.start - 1] == " " }),
               s[r.lowerBound..<(inner.start - 1)].allSatisfy(\.isHangulSyllable), inner.start - 1 - r.lowerBound <= 5 {
                r = inner.start..<r.upperBound
            }
            if var m = mentions.first(where: { $0.start == r.lowerBound && !$0.inParens }) {
                // `한빛대학교 산학협력단`: the member is the university; keep the words as written.
                if m.rule == "suffix" || m.type == .university, m.end < r.upperBound, (m.consumed ?? 0) > m.end || m.markerEnd < r.upperBound, !s[m.end..<r.upperBound].contains("(") {
                    var written = s.string(r)
                    if n == pieces.count - 1, let split = josa.strip(written), split.marker == .subject { written = split.stem }
                    if written.split(separator: " ").count <= 3 { m.surface = written }
                }
                out.append(m)
                continue
            }
            var text = s.string(r)
            // Drop a parenthetical alias: `한국과학기술원(KAIST)`.
            if let open = text.firstIndex(of: "("), text.hasSuffix(")") || n == pieces.count - 1 {
                // An unclosed parenthesis (`A(B`) leaves no tail.
                let tail = text.lastIndex(of: ")").map { String(text[text.index(after: $0)...]) } ?? ""
                text = String(text[..<open]) + tail
            }
            // The last item carries the particle that closes the list (`…가 참여했다`, `…로 구성된`).
            if n == pieces.count - 1, let split = josa.strip(text), split.marker != .none, split.marker != .genitive { text = split.stem }
            if text.hasSuffix(" 등") { text = String(text.dropLast(2)) }
            // `3사 외에 A`: a count of those named before is no item.
            if text.first?.isNumber == true, text.count <= 5, ["사", "곳", "개", "개사"].contains(where: { text.hasSuffix($0) }) { continue }
            let count = text.unicodeScalars.count
            guard count >= 2, count <= 24, text.split(separator: " ").count <= 4 else { continue }
            out.append(Mention(start: r.lowerBound, end: r.lowerBound + count, name: text, surface: text, type: nil,
                               markerEnd: r.upperBound, rule: "list-item"))
        }
        return out
    }
}
