import Events

/// A trigger word found in a sentence, and what its ending and the words after it make of it.
struct TriggerHit: Sendable {
    enum Verdict: Sendable, Equatable {
        case event(Modality)
        case rejected(String)

        /// Whether the trigger tells an event (done or planned).
        var isEvent: Bool { if case .event = self { true } else { false } }
    }

    let kind: EventKind
    let start: Int
    let end: Int
    let stem: String
    let form: String
    /// The subject receives the act (`투자받았다`, `제재를 받았다`): the roles are reversed.
    var reverses: Bool
    /// Joining someone's project: the owner (의) is the partner.
    var joins = false
    /// A sale (`매각`): the buyer, named with 에/에게, invests in what is sold.
    var sells = false
    /// Counts only when a named officer speaks for the organization.
    var speakerOnly = false
    /// Names the measure told before (`…등도 유사한 조치를 시행했다`).
    var likewise = false
    /// Names what the buyer became of the target (`최대주주가 됐다`).
    var owner = false
    /// Names something founded together (`공동 설립한 C`): the founders are the parties.
    var founds = false
    /// `인수됐다`, `금지됐다`: the subject undergoes the event.
    var passive = false
    var verdict: Verdict
    /// How the ending was read: "finite", "connective", "modifier of 공문서", "noun use" …
    var reading: String
    /// The trigger modifies the noun after it (`인수한 ZKW`): what it is about follows it.
    var modifies = false
    /// A deal told as a noun phrase (`A의 B 인수`).
    var nominal = false
    /// A partnership told as the way something else was done (`구글과 협업을 통해 …를 공개했다`):
    /// it happened, but what the sentence reports is the other thing, which does not stand back.
    var incidental = false
    /// The trigger stands in a quotation that reports the speaker's own decision.
    var quoted = false
    /// Where the support verb that carries a verbal noun ends (`인수를 마무리했다`), if one does.
    var supportVerbEnd: Int? = nil
    /// The support verb as the lexicon lists it (`내렸`), if one carries the trigger.
    var supportVerb: String? = nil
}

/// Finds trigger stems (triggers.json) and reads their endings against the cues (cues.json).
///
/// A verbal noun counts only with a verb ending: 발표했다 and 발표하면서 are events, 실적 발표에서
/// is not. A trigger that modifies a noun (출시한 AI 시스템) is background, except before a
/// dependent noun (체결한 뒤) or a policy instrument (금지하는 공문서). Negation, speculation and
/// termination cues after the trigger cancel it; a connective trigger (손잡고 …) is cancelled only
/// by a hypothetical in its own clause (…할 수 있다면,). Plan cues make the modality planned.
final class TriggerMatcher: Sendable {
    struct Stem: Sendable {
        let text: Scalars
        let kind: EventKind
        let form: String
        let reverses: Bool
        let joins: Bool
        let sells: Bool
        let nominal: Bool
        let speakerOnly: Bool
        let isPhrase: Bool
        var likewise = false
        var owner = false
        var founds = false
    }

    /// The stems by their first letter, longest first: `bucketOf` gives a letter's bucket (-1 for
    /// none) below U+10000, `wideBuckets` above.
    private let stemBuckets: [[Stem]]
    /// The second letter of each stem in `stemBuckets` (nil for a one-letter stem), in the same
    /// order: most stems are ruled out on it without touching the stem.
    private let secondBuckets: [[Unicode.Scalar?]]
    private let bucketOf: [Int32]
    private let wideBuckets: [Unicode.Scalar: Int]

    /// The bucket of the stems that start with `c`, if any: most positions are rejected on one
    /// array read, without hashing.
    @inline(__always)
    private func bucket(_ c: Unicode.Scalar) -> Int? {
        if c.value < 0x10000 {
            let b = bucketOf[Int(c.value)]
            return b < 0 ? nil : Int(b)
        }
        return wideBuckets[c]
    }

    /// Whether a stem whose second letter is `second` may still match where `next` follows its first
    /// (`match` steps over closing quotes and glosses).
    @inline(__always)
    private static func mayContinue(_ second: Unicode.Scalar?, _ next: Unicode.Scalar?) -> Bool {
        guard let second else { return true }
        guard let next else { return false }
        return second == next || next.isClosingQuote || next == "'" || next == "\"" || next == "》" || next == "〉" || next == ">" || next == "("
    }
    private let negation: PatternSet
    private let speculation: PatternSet
    private let termination: PatternSet
    private let hypothetical: PatternSet
    private let planned: PatternSet
    private let plannedList: [Scalars]
    private let dependentNouns: Set<String>
    /// cues.json `conditionNouns` (`때`): after an announcement's trigger, a condition, no launch told.
    private let conditionNouns: Set<String>
    /// triggers.json `consortium.makingParticiples` (`맺은`, `체결한`).
    private let makingParticiples: Set<String>
    private let instrumentNouns: Set<String>
    private let complementNouns: Set<String>
    private let supportVerbs: [Scalars]
    /// Support verbs of a third party's approval (cues.json `approvalVerbs`).
    private let approvalVerbs: Set<String>
    /// Nouns of a change in amount after `투자` (`투자 확대`, `투자 축소`): a level of spending, no
    /// deal (cues.json `roleWords.levelNouns`).
    private let levelNouns: [String]
    /// Support verbs that count only right after the noun (cues.json `adjacentSupportVerbs`).
    private let adjacentSupportVerbs: Set<String>
    private let denials: PatternSet
    private let speech: Set<String>
    private let particles: JosaStripper
    private let saleContracts: [String]
    private let inquiries: Set<String>
    /// `명단에 중국 기업 12곳을 추가했다` (triggers.json `gappedBans`).
    private let gappedPlaces: [Scalars]
    private let gappedVerbs: [Stem]
    private let gappedMaxGap: Int

    init(lexicon: Lexicon) {
        var index: [Unicode.Scalar: [Stem]] = [:]
        for (kindName, entries) in lexicon.triggers.kinds {
            guard let kind = EventKind(name: kindName) else { continue }
            for e in entries {
                let text = e.stem.scalars
                guard let first = text.first else { continue }
                index[first, default: []].append(Stem(text: text, kind: kind, form: e.form, reverses: e.reverses ?? false,
                                                      joins: e.joins ?? false, sells: e.sells ?? false, nominal: e.nominal ?? false, speakerOnly: e.speakerOnly ?? false,
                                                      isPhrase: e.stem.contains(" "), likewise: e.likewise ?? false, owner: e.owner ?? false, founds: e.founds ?? false))
            }
        }
        var stemBuckets: [[Stem]] = []
        var bucketOf = [Int32](repeating: -1, count: 0x10000)
        var wideBuckets: [Unicode.Scalar: Int] = [:]
        for (first, stems) in index {
            if first.value < 0x10000 { bucketOf[Int(first.value)] = Int32(stemBuckets.count) } else { wideBuckets[first] = stemBuckets.count }
            stemBuckets.append(stems.sorted { $0.text.count > $1.text.count })
        }
        self.stemBuckets = stemBuckets
        secondBuckets = stemBuckets.map { $0.map { $0.text.count > 1 ? $0.text[1] : nil } }
        self.bucketOf = bucketOf
        self.wideBuckets = wideBuckets
        let c = lexicon.cues
        negation = PatternSet(c.negation)
        speculation = PatternSet(c.speculation)
        termination = PatternSet(c.termination)
        hypothetical = PatternSet(c.hypothetical)
        planned = PatternSet(c.planned)
        plannedList = c.planned.map(\.scalars)
        dependentNouns = Set(c.dependentNouns)
        conditionNouns = Set(c.conditionNouns ?? [])
        makingParticiples = Set(lexicon.triggers.consortium.makingParticiples ?? [])
        instrumentNouns = Set(c.instrumentNouns)
        complementNouns = Set(c.complementNouns)
        supportVerbs = c.supportVerbs.map(\.scalars).sorted { $0.count > $1.count }
        approvalVerbs = Set(c.approvalVerbs ?? [])
        levelNouns = c.roleWords?.levelNouns ?? []
        adjacentSupportVerbs = Set(c.adjacentSupportVerbs ?? [])
        phraseAdverbs = (lexicon.triggers.phraseAdverbs ?? []).map { ($0 + " ").scalars }
        phraseAdverbStarts = Set(phraseAdverbs.compactMap(\.first))
        particles = JosaStripper(lexicon.josa)
        denials = PatternSet(c.denials)
        speech = Set(c.speechVerbs)
        saleContracts = c.saleContracts ?? []
        inquiries = Set(c.inquiries ?? [])
        let gapped = lexicon.triggers.gappedBans
        gappedPlaces = (gapped?.places ?? []).map(\.scalars)
        gappedVerbs = (gapped?.verbs ?? []).map { Stem(text: $0.stem.scalars, kind: .ban, form: $0.form, reverses: false, joins: false, sells: false,
                                                        nominal: false, speakerOnly: false, isPhrase: false) }
        gappedMaxGap = gapped?.maxGap ?? 0
    }

    /// `미 상무부는 수출통제 명단에 중국 기업 12곳을 추가했다`: a ban told with the list's place
    /// before its object. The verb must follow the place within `maxGap` characters of the same
    /// clause (no period, quotation or parenthesis opens between), with a word carrying 을/를 in
    /// between; the hit stands on the verb, so the object is read as for `…을 명단에 추가했다`.
    func gappedBans(in s: Scalars, nesting: Nesting, after hits: [TriggerHit]) -> [TriggerHit] {
        var out: [TriggerHit] = []
        for place in gappedPlaces {
            var from = 0
            while let at = s.firstIndex(of: place, from: from) {
                from = at + 1
                let b = at + place.count
                guard b < s.count, s[b] == " ", nesting.parenDepth[at] == 0, !nesting.inQuote[at] else { continue }
                let limit = min(s.count, b + gappedMaxGap)
                var k = b + 1
                var sawObject = false
                while k < limit {
                    if s[k] == "." || s[k] == "(" || s[k].isOpeningQuote { break }
                    let wEnd = OrganizationRecognizer.wordEnd(s, from: k)
                    guard wEnd > k else { k += 1; continue }
                    if sawObject, let verb = gappedVerbs.first(where: { match($0.text, in: s, at: k) == k + $0.text.count }),
                       !hits.contains(where: { $0.kind == .ban && $0.start <= k && $0.end > k }) {
                        var hit = read(verb, s, start: k, end: k + verb.text.count)
                        hit.reading = "gapped (\(place.string) … \(verb.text.string)), " + hit.reading
                        out.append(hit)
                        break
                    }
                    if let split = particles.strip(s.string(k..<wEnd)), split.marker == .object { sawObject = true }
                    k = wEnd
                    while k < limit, s[k] == " " || s[k] == "," { k += 1 }
                }
            }
        }
        return out
    }

    /// Every trigger in `s` outside quotations, longest stem first at each place; a shorter stem
    /// of the same kind inside a longer one is not reported again.
    func hits(in s: Scalars, nesting: Nesting) -> [TriggerHit] {
        var out: [TriggerHit] = []
        var coveredUntil: [EventKind: Int] = [:]
        for i in 0..<s.count {
            let c = s[i]
            guard let b = bucket(c), nesting.parenDepth[i] == 0 else { continue }
            let stems = stemBuckets[b], nexts = secondBuckets[b]
            let wordStart = i == 0 || !OrganizationRecognizer.isWordScalar(s[i - 1])
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            for n in stems.indices where TriggerMatcher.mayContinue(nexts[n], next) {
                let stem = stems[n]
                guard wordStart || stem.isPhrase || stem.form == "source" else { continue }
                guard var end = match(stem.text, in: s, at: i) else { continue }
                // A quoted title may end inside the stem (`‘…업무협약’을 체결`) or right after it
                // (`'…협력 증진을 위한 업무협약'을 체결`); a stem wholly inside a quotation is speech
                // and does not count.
                var quoted = false
                if nesting.inQuote[end - 1] {
                    var close = end
                    if close < s.count, s[close] == "(", let gloss = s[close..<min(s.count, close + 16)].firstIndex(of: ")") { close = gloss + 1 }
                    if stem.form == "noun", close < s.count, s[close].isClosingQuote || s[close].isStraightQuote,
                       close + 1 < s.count, OrganizationRecognizer.isWordScalar(s[close + 1]) {
                        end = close + 1
                    } else if stem.form == "noun", close + 2 < s.count, s[close].isClosingQuote || s[close].isStraightQuote, s[close + 1] == " ",
                              TriggerMatcher.agreementNouns.contains(where: { s.matches($0, at: close + 2) }) {
                        // `'…공동 연구를 위한 파트너십' 계약을 체결`: the quoted title names the agreement signed.
                        end = close + 1
                    } else if reportedDecision(s, after: end) {
                        // `X는 “…금지하기로 했다”고 밝혔다`: the speaker's own decision, quoted.
                        quoted = true
                    } else {
                        continue
                    }
                }
                if let until = coveredUntil[stem.kind], i < until { continue }
                // `주식매매계약을 체결`, `인수 거래 계약을 맺었다`: the contract of a sale is the deal itself.
                if stem.kind == .partnership, stem.text.first == "계", namesASale(s, before: i) { continue }
                // `발표할 예정이다`: a plan whose verb is itself a trigger was read with that trigger.
                if stem.kind == .announcement, stem.isPhrase, out.contains(where: { $0.kind == .announcement && $0.end == i }) { continue }
                var hit = read(stem, s, start: i, end: end)
                hit.quoted = quoted
                // `…“…기대한다”고 밝혔다`: a quotation that states no plan, decision or deal is
                // commentary, not an announcement.
                if stem.kind == .announcement, speech.contains(stem.text.string), case .event = hit.verdict,
                   let quote = quotationBefore(s, i), planned.first(in: s, range: quote) == nil,
                   !s.contains(TriggerMatcher.intent, in: quote), !statesAnEvent(Scalars(s[quote])) {
                    hit.verdict = .rejected("commentary: the quotation it reports states no plan, decision or deal")
                }
                // `…을 아이폰 등장에 빗대어 말했다`: a verb of saying with nothing reported (no quotation,
                // no …다고) is commentary too.
                if stem.kind == .announcement, ["말했", "강조했", "설명했"].contains(stem.text.string), case .event = hit.verdict,
                   quotationBefore(s, i) == nil, !TriggerMatcher.reportedEndings.contains(where: { s.contains($0, in: max(0, i - 6)..<i) }) {
                    hit.verdict = .rejected("commentary: nothing is reported")
                }
                // `…논의 중이라고 밝혔다`: what is still under discussion is not announced.
                if stem.kind == .announcement, case .event = hit.verdict, TriggerMatcher.underDiscussion.contains(where: { s.contains($0, in: max(0, i - 14)..<i) }) {
                    hit.verdict = .rejected("still under discussion")
                }
                // `조사에 착수했다`: an inquiry started is no announcement.
                if stem.kind == .announcement, case .event = hit.verdict, let before = OrganizationRecognizer.previousWord(s, before: i), inquiries.contains(before) {
                    hit.verdict = .rejected("an inquiry (\(before)), not an announcement")
                }
                // A rejected reading (지분 투자 as a noun) leaves room for a longer one (투자를 단행).
                if case .event = hit.verdict { coveredUntil[stem.kind] = end }
                out.append(hit)
            }
        }
        if !gappedPlaces.isEmpty {
            let gapped = gappedBans(in: s, nesting: nesting, after: out)
            if !gapped.isEmpty { out = (out + gapped).sorted { $0.start < $1.start } }
        }
        // `공동 연구센터를 개소했다`: a launch word inside a deal's own phrase is that deal's.
        let deals = out.filter { hit in
            if case .event = hit.verdict { return hit.kind != .announcement } else { return false }
        }
        out.removeAll { a in a.kind == .announcement && deals.contains { $0.start <= a.start && a.end <= $0.end } }
        return out
    }

    /// Whether the noun phrase that ends at `i` (the word glued before it and up to two words
    /// before that) names a sale or a takeover (cues.json `saleContracts`).
    func namesASale(_ s: Scalars, before i: Int) -> Bool {
        var k = i, words = 0
        while k > 0, words < 3 {
            let end = k
            while k > 0, OrganizationRecognizer.isWordScalar(s[k - 1]) { k -= 1 }
            let word = s.string(k..<end)
            if saleContracts.contains(where: { word.contains($0) }) { return true }
            guard k > 0, s[k - 1] == " " else { break }
            k -= 1
            words += 1
        }
        return false
    }

    static let underDiscussion = ["논의 중", "검토 중", "협의 중", "논의하고 있", "검토하고 있", "협의하고 있"].map(\.scalars)

    /// Endings of a reported clause right before a verb of saying (`…했다고 말했다`).
    static let reportedEndings = ["다고 ", "라고 ", "다며 ", "라며 ", "자고 ", "냐고 ", "고 "].map(\.scalars)

    /// Connective endings that close a clause: cues after them are another verb's.
    static let clauseEnds = ["면서 ", "으며 ", "지만 ", "는데 ", "다가 ", "으나 ", "했고 ", "했으며 "].map(\.scalars)

    static let quoteClosers = ["고 밝혔", "고 말했", "고 전했", "고 발표했", "고 설명했", "고 공지했", "고 통보했", "며"].map(\.scalars)

    static let makingVerbs = ["만든 ", "설립한 ", "세운 ", "출범한 "].map(\.scalars)
    static let quoteEnds = ["고 ", "라고 ", "며 ", "라며 ", "고, ", "라고, "].map(\.scalars)
    /// `…짓겠다`: the speaker's intent.
    static let intent = "겠다".scalars

    /// Whether a quotation tells an event of its own: a trigger that counts.
    func statesAnEvent(_ quote: Scalars) -> Bool {
        guard mayMatch(quote) else { return false }
        return hits(in: quote, nesting: Nesting(quote)).contains { if case .event = $0.verdict { return true } else { return false } }
    }

    /// The inside of a direct quotation that closes right before a verb of saying at `verb`
    /// (`“…”고 밝혔다`), if there is one.
    func quotationBefore(_ s: Scalars, _ verb: Int) -> Range<Int>? {
        // The quotation's ending touches the verb (`”고 밝혔다`); words between (`”고 19일 밝혔다`) are not allowed.
        guard let ending = TriggerMatcher.quoteEnds.first(where: { s.matches($0, at: verb - $0.count) }) else { return nil }
        let close = verb - ending.count - 1
        guard close >= 1, s[close].isClosingQuote || s[close] == "\"" else { return nil }
        guard let open = s[..<close].lastIndex(where: { $0.isOpeningQuote || $0 == "\"" }), open + 1 < close else { return nil }
        return (open + 1)..<close
    }

    /// Whether the quotation around a trigger ending at `end` is a decision its speaker reports:
    /// the quotation closes with a finished or decided predicate (…했다, …하기로 했다, …한다) and is
    /// followed by 고/라고 and a verb of saying.
    func reportedDecision(_ s: Scalars, after end: Int) -> Bool {
        guard let close = s[end..<min(s.count, end + 40)].firstIndex(where: { $0.isClosingQuote || $0 == "\"" }), close > end else { return false }
        let inner = s.string(end..<close)
        guard inner.hasSuffix("다") || inner.hasSuffix("다.") else { return false }
        var k = close + 1
        if k < s.count, s[k] == "라" { k += 1 }
        return TriggerMatcher.quoteClosers.contains { s.matches($0, at: k) }
    }

    /// Where `stem` ends when it occurs at `i`, letting the text insert a closing quote or a short
    /// parenthesis the stem lacks (`업무협약’을 체결`, `업무협약(MOU)을 체결`), or 도 after a
    /// phrase's 에 (`투자에도 참여`). (도 in the place of 을/를 is not taken: it may as well stand for
    /// the subject's particle, `설명회도 열렸다`.)
    func match(_ stem: Scalars, in s: Scalars, at i: Int) -> Int? {
        var j = i, k = 0
        while k < stem.count {
            guard j < s.count else { return nil }
            if s[j] == stem[k] {
                j += 1
                k += 1
            } else if k > 0, s[j].isClosingQuote || s[j] == "'" || s[j] == "\"" || s[j] == "》" || s[j] == "〉" || s[j] == ">" {
                j += 1
            } else if k > 0, s[j] == "(", let close = s[j..<min(s.count, j + 16)].firstIndex(of: ")") {
                j = close + 1
            } else if s[j] == "도", k > 0, stem[k] == " ", stem[k - 1] == "에" {
                // `투자에도 참여했다`: 도 (also) after the particle of a phrase.
                j += 1
            } else if k > 0, stem[k - 1] == " ", phraseAdverbStarts.contains(s[j]),
                      let adverb = phraseAdverbs.first(where: { s.matches($0, at: j) }) {
                // `명단에 새로 등재했다`: an adverb of manner between the words of a phrase.
                j += adverb.count
            } else if k > 0, stem[k - 1] == " ", s[j].isASCIIDigit || s[j] == "약", let end = TriggerMatcher.priceEnd(s, from: j) {
                // `주식 120만주를 (약) 300억원에 취득`: the price between the words of a phrase.
                j = end
            } else {
                return nil
            }
        }
        return j
    }

    /// Where a price told with 에 that starts at `from` ends, after its space (`300억원에 `, `약 300억원에 `,
    /// `1조 2000억원에 `, `4억 5000만 달러에 `); nil when no such price starts there. The sum is read
    /// by `AmountParser`.
    static func priceEnd(_ s: Scalars, from: Int) -> Int? {
        guard let price = AmountParser.dativePrice(s, from: from, gloss: false), price.end < s.count, s[price.end] == " " else { return nil }
        return price.end + 1
    }

    /// triggers.json `phraseAdverbs`, each with the space after it: adverbs that may stand between
    /// the words of a phrase stem (`명단에 새로 등재`, `지분을 추가로 인수`).
    let phraseAdverbs: [Scalars]
    /// The first letters of `phraseAdverbs`: the cheap test on the matcher's hot path.
    let phraseAdverbStarts: Set<Unicode.Scalar>

    /// Whether any stem occurs in `s` at all: the cheap test before a sentence is read closely.
    func mayMatch(_ s: Scalars) -> Bool {
        for place in gappedPlaces where s.firstIndex(of: place) != nil { return true }
        for i in 0..<s.count {
            let c = s[i]
            guard let b = bucket(c) else { continue }
            let stems = stemBuckets[b], nexts = secondBuckets[b]
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            for n in stems.indices where TriggerMatcher.mayContinue(nexts[n], next) && match(stems[n].text, in: s, at: i) != nil { return true }
        }
        return false
    }

    private static let gluedDe = ["한데 따", "한데 대", "한데 이어", "된데 따"].map(\.scalars)
    private static let nounModifiers = ["한 ", "하는 ", "할 ", "된 ", "되는 ", "될 ", "시킨 "].map(\.scalars)
    private static let verbModifiers = ["은 ", "는 ", "을 ", "던 ", "ㄴ ", "았던 ", "었던 ", "아온 "].map(\.scalars)
    private static let verbConnectives = ["고", "으며", "며", "는데", "지만", "으나", "아 ", "어 "].map(\.scalars)
    /// `을 통해`, `으로`: what was done by way of the noun before.
    static let byWayOf = through + ["으로 ", "로 "].map(\.scalars)
    /// The forms of `byWayOf` with 통해: a takeover is read through these only (`인수로` also names a
    /// reason or a result).
    static let through = ["을 통해 ", "를 통해 ", "을 통해서 ", "를 통해서 "].map(\.scalars)

    /// Whether the word right before `start` names a partner with 와/과 (`구글과 협업`, `AMD와의
    /// 협력`), or with 의 after a 와/과 (`삼성전자와 AMD의 협력`).
    func partnerRightBefore(_ s: Scalars, before start: Int) -> Bool {
        let words = s.string(max(0, start - 40)..<start).split(separator: " ").suffix(2).map(String.init)
        guard let last = words.last else { return false }
        if ["와", "과", "와의", "과의"].contains(where: { last.hasSuffix($0) }) && last.unicodeScalars.count >= 3 { return true }
        return last.hasSuffix("의") && words.count == 2 && (words[0].hasSuffix("와") || words[0].hasSuffix("과"))
    }

    /// Whether the word before `start` is a subject joined by 와/과 (`A와 B는`), with at most a word
    /// for the pair between (`양사`, `양사의`, `두 회사의`).
    func pairSubjectRightBefore(_ s: Scalars, before start: Int) -> Bool {
        var words = s.string(max(0, start - 60)..<start).split(separator: " ").map(String.init)
        if let last = words.last, TriggerMatcher.pairWords.contains(last) { words.removeLast() }
        if words.suffix(2) == ["두", "회사의"] { words.removeLast(2) }
        guard let subject = words.last, ["은", "는", "이", "가"].contains(where: { subject.hasSuffix($0) }), subject.unicodeScalars.count >= 3 else { return false }
        // The pair: 와/과 joins the subject to a name within the three words before it.
        return words.dropLast().suffix(3).contains { $0.hasSuffix("와") || $0.hasSuffix("과") }
    }
    static let pairWords: Set<String> = ["양사", "양사의", "양측", "양측의", "양사간", "양사가"]

    /// Whether the words before `start` are a partner with 와/과 and one of `makingParticiples`, with
    /// at most one word between (`팔란티어와 맺은 전략적 파트너십`, `B사와 체결한 업무협약`).
    func madeWithAPartner(_ s: Scalars, before start: Int) -> Bool {
        let words = s.string(max(0, start - 40)..<start).split(separator: " ").suffix(4).map(String.init)
        for gap in 0...1 where words.count >= gap + 2 {
            let participle = words[words.count - 1 - gap], partner = words[words.count - 2 - gap]
            if makingParticiples.contains(participle), partner.hasSuffix("와") || partner.hasSuffix("과") { return true }
        }
        return false
    }

    /// First syllables of 하다 and 되다 glued to a verbal noun.
    private static let verbalOnsets = Set("하해했한할되됐된돼".unicodeScalars)
    private static let negationOnset = ["하지 않", "지 않", "되지 않"].map(\.scalars)

    private static let finiteEndings = [
        "했", "한다", "합니다", "해", "하며", "하면서", "하고", "하여", "하자", "하기로", "키로", "하겠", "하였", "하기도",
        "할 계획", "할 예정", "할 방침", "할 것", "함", "한다고", "했다", "시켰", "시킨다", "시키", "됐", "되었", "되어", "된다", "돼", "되며", "되고",
        "하라는", "하라고", "하도록",
        "한데", "한 데",
        // `접속을 제한하기 시작했다`: a verb of beginning carries the act.
        "하기 시작",
    ].map(\.scalars)
    private static let connectiveEndings = ["해 ", "해,", "해서", "하며", "하면서", "하고", "하여", "하자", "했고", "했으며", "했는데", "하는 한편", "되며", "되고", "돼 "].map(\.scalars)

    private func read(_ stem: Stem, _ s: Scalars, start: Int, end: Int) -> TriggerHit {
        var hit = TriggerHit(kind: stem.kind, start: start, end: end, stem: stem.text.string, form: stem.form,
                             reverses: stem.reverses, verdict: .event(.done), reading: "finite")
        hit.joins = stem.joins
        hit.sells = stem.sells
        // `…하지 못하도록 지시받았다`, `제재받은`: 받 glued to a measure's word, the subject received it.
        // Who is told to impose a measure (`…차단하도록 지시받았다`) is not its target: an order
        // received reverses the roles only when it forbids (`못하도록`, `않도록`).
        if stem.kind == .ban, s.matches(TriggerMatcher.received, at: end) {
            let order = ["도록", "라고", "라는"].contains { stem.text.string.contains($0) }
            let forbids = start >= 1 && (s[start - 1] == "못" || s[start - 1] == "않")
            if !order || forbids { hit.reverses = true }
        }
        hit.speakerOnly = stem.speakerOnly
        hit.likewise = stem.likewise
        hit.owner = stem.owner
        hit.founds = stem.founds
        // `인수합병(M&A)해`, `인수(M&A)했다`: a gloss between the verbal noun and its ending.
        var end = end
        if stem.form == "noun", end < s.count, s[end] == "(", let close = s[end..<min(s.count, end + 16)].firstIndex(of: ")"),
           close + 1 < s.count, TriggerMatcher.verbalOnsets.contains(s[close + 1]) {
            end = close + 1
        }
        let rest = Scalars(s[end..<min(s.count, end + 16)])
        if stem.form == "source" {
            hit.reading = "source"
            return hit
        }
        if TriggerMatcher.negationOnset.contains(where: { rest.matches($0, at: 0) }) {
            hit.verdict = .rejected("negated (\(s.string(end..<min(s.count, end + 5))))")
            hit.reading = "negated"
            return hit
        }
        let passive = rest.first == "되" || rest.first == "됐" || rest.first == "된" || rest.first == "돼"
        hit.passive = passive && stem.form == "noun"
        if passive && stem.kind == .announcement {
            // `…의 새 모델이 공개됐다`: the launcher is the owner of what was launched (roles decide).
            guard ["공개", "출시", "발표", "공표", "출범", "개소", "론칭"].contains(stem.text.string) else {
                hit.verdict = .rejected("passive: the subject is what was announced, not who announced it")
                hit.reading = "passive"
                return hit
            }
            hit.passive = true
        }
        // Noun-modifier endings: 한/하는/할/된/되는 + noun (verb stems: 은/는/을/던).
        var modifierEnd: Int? = nil
        for m in stem.form == "noun" ? TriggerMatcher.nounModifiers : TriggerMatcher.verbModifiers where rest.matches(m, at: 0) {
            modifierEnd = end + m.count
            break
        }
        // `등록한데 따른 조치로 풀이된다`: 데 written glued is still the dependent noun of a clause
        // that a later verb (풀이된다) does not govern.
        if modifierEnd == nil, stem.form == "noun", TriggerMatcher.gluedDe.contains(where: { rest.matches($0, at: 0) }) {
            hit.reading = "connective (…데)"
            return judge(hit, s, from: end + 3, connective: true)
        }
        if let after = modifierEnd {
            var k = after
            // `…가 투자자로 참여한 ‘즈푸AI’`: a quoted name after the clause.
            if k < s.count, s[k].isOpeningQuote || s[k] == "'" { k += 1 }
            let after = k
            while k < s.count, OrganizationRecognizer.isWordScalar(s[k]) { k += 1 }
            let noun = s.string(after..<k)
            let head = stripParticle(noun)
            // `새 서비스가 출시될 때`: a launch in a clause of when is a condition, not a launch told.
            if dependentNouns.contains(head), !(stem.kind == .announcement && conditionNouns.contains(head)) {
                hit.reading = "connective (…\(head))"
                return judge(hit, s, from: k, connective: true)
            }
            if instrumentNouns.contains(head) {
                hit.reading = "modifier of \(head)"
                return judge(hit, s, from: k, connective: false)
            }
            // `금지하는 내용의 행정명령을`, `금지하는 ‘비상 사이버안보 명령’을`: the instrument named
            // after 내용의, or as the last word of a quoted title.
            if let instrument = TriggerMatcher.instrumentAfter(s, from: after, head: head, instruments: instrumentNouns, strip: stripParticle) {
                hit.reading = "modifier of \(instrument.noun)"
                return judge(hit, s, from: instrument.end, connective: false)
            }
            // `차단하는 제재 조치를 취했다`, `금지하는 행정 명령에`: a bare noun and the instrument make one
            // compound noun.
            if noun == head, !noun.isEmpty, k + 1 < s.count, s[k] == " " {
                let e = OrganizationRecognizer.wordEnd(s, from: k + 1)
                let next = stripParticle(s.string((k + 1)..<e))
                if instrumentNouns.contains(next) {
                    hit.reading = "modifier of \(head) \(next)"
                    return judge(hit, s, from: e, connective: false)
                }
            }
            if complementNouns.contains(head) {
                hit.reading = "complement (…\(head))"
                // `발표할 예정이다`: an announcement that has not been made yet. A launch or a
                // selection the organization plans, said as its own plan (`출시할 계획이다`), is the
                // plan announced; not one reported by others (`…계획인 것으로 알려졌다`, `…계획이라고
                // 보도했다`), another's in a clause (`출시할 예정인 폰`), denied or given up (`계획이
                // 없다`, `계획이었다`), nor a thing to be launched (`출시될 예정이다`).
                if stem.kind == .announcement, ["계획", "예정", "방침"].contains(head),
                   ["발표", "공시", "공개"].contains(where: hit.stem.hasPrefix) || hit.passive || rest.first == "될" || noun != head + "이다" {
                    hit.verdict = .rejected("announced only as coming (…\(head))")
                    return hit
                }
                let judged = judge(hit, s, from: after, connective: false)
                if case .event = judged.verdict, ["계획", "예정", "방침"].contains(head) {
                    var planned = judged
                    planned.verdict = .event(.planned)
                    return planned
                }
                return judged
            }
            // `LG전자가 2018년 인수한 … ZKW`: an acquisition told in a relative clause is background
            // that still happened (GUIDELINES, "Background facts count"); what it bought follows.
            if stem.kind == .investment, !noun.isEmpty {
                hit.modifies = true
                hit.reading = "modifier of the noun after it"
                return judge(hit, s, from: after, connective: true)
            }
            // `미국이 제재 대상으로 분류한 화웨이`: a measure told in a relative clause on what it
            // hit; the roles require a name right after the clause.
            if stem.kind == .ban, stem.form == "noun", !noun.isEmpty, rest.matches("한 ".scalars, at: 0) {
                hit.modifies = true
                hit.reading = "modifier of the noun after it"
                return judge(hit, s, from: after, connective: true)
            }
            // `지난달 오픈AI와 손잡은 카카오는`: a partnership told in a relative clause happened; the
            // roles require a partner with 와/과 before it and a name right after it.
            if stem.kind == .partnership, stem.form == "verb" || rest.matches("한 ".scalars, at: 0), !noun.isEmpty {
                hit.modifies = true
                hit.reading = "modifier of the noun after it"
                return judge(hit, s, from: after, connective: true)
            }
            hit.verdict = .rejected("modifies the noun \(noun.isEmpty ? "after it" : noun): background, not an event")
            hit.reading = "modifier"
            return hit
        }
        if stem.form == "noun" && !TriggerMatcher.finiteEndings.contains(where: { rest.matches($0, at: 0) }) {
            // `인수를 마무리했다`, `투자 유치를 완료했다`: a support verb carries the verbal noun.
            // A headline ends on the verbal noun (`엔비디아, 스타트업에 첫 투자`): a statement of the act.
            // `네이버, 스타트업 오로라랩스 인수…AI 인력 확보`: an ellipsis ends a headline's clause.
            // (An announcement so cut is too often a related article's title in the page's furniture.)
            let clause = stem.kind == .announcement ? rest : rest.firstIndex(where: { $0 == "…" }).map { Scalars(rest[..<$0]) } ?? rest
            if clause.allSatisfy({ !OrganizationRecognizer.isWordScalar($0) && $0 != "(" }), !rest.contains(where: { $0 == "?" }) {
                hit.reading = "headline (ends on the noun)"
                return hit
            }
            // `A, B 등이 투자를 확정, 600억원을 모았다`: a verbal phrase cut short by a comma goes on.
            if stem.isPhrase, stem.text.contains("를".unicodeScalars.first!) || stem.text.contains("을".unicodeScalars.first!), rest.first == "," {
                hit.reading = "connective (…,)"
                return judge(hit, s, from: end + 1, connective: true)
            }
            // `서울시는 고려대와 협력, 클러스터를 육성할 계획이다`: a partnership noun right after its partner
            // and cut short by a comma stands for its verb.
            if stem.kind == .partnership, stem.form == "noun", !stem.isPhrase, rest.first == ",", partnerRightBefore(s, before: start) {
                hit.reading = "connective (…와 \(stem.text.string),)"
                return judge(hit, s, from: end + 1, connective: true)
            }
            // `투자 확대 계획을 발표했다`: a change in how much is spent (확대, 축소) is no deal.
            if stem.kind == .investment, let next = TriggerMatcher.wordAfter(s, end),
               levelNouns.contains(where: { next.hasPrefix($0) }) {
                hit.verdict = .rejected("used as a noun (a level of spending)")
                hit.reading = "noun use"
                return hit
            }
            // `A의 B 인수가 마무리됐다`: the deal, told as a noun phrase, is the clause's subject; its
            // verb says whether it happened.
            if stem.nominal, stem.kind == .investment, rest.count > 1, "가이".unicodeScalars.contains(rest[0]), rest[1] == " " {
                hit.nominal = true
                hit.reading = "noun phrase as the subject (A의 B \(stem.text.string)\(rest[0]))"
                return judge(hit, s, from: end + 1, connective: false)
            }
            guard let verb = supportVerb(after: end, in: s) else {
                // `한빛전자는 누리랩스 인수를 통해 AI 역량을 키웠다`: a takeover by way of which the
                // subject acted happened; the roles want what was bought named bare right before it.
                if stem.kind == .investment, stem.nominal, TriggerMatcher.through.contains(where: { rest.matches($0, at: 0) }) {
                    hit.reading = "by way of the deal (…을 통해)"
                    hit.incidental = true
                    return judge(hit, s, from: end, connective: false)
                }
                // `마이크로소프트의 … 액티비전 인수`: a deal told as a noun phrase, buyer with 의 and
                // what was bought right before the noun; the roles decide whether it is one.
                if stem.nominal {
                    hit.nominal = true
                    hit.reading = "noun phrase (A의 B \(stem.text.string))"
                    return judge(hit, s, from: end, connective: false)
                }
                // `A와 B는 양사 협력을 통해 …을 공개했다`: work the pair named as the subject did by way of
                // their partnership tells that it happened; the roles want two parties in that subject.
                if stem.kind == .partnership, TriggerMatcher.byWayOf.contains(where: { rest.matches($0, at: 0) }),
                   pairSubjectRightBefore(s, before: start) {
                    hit.reading = "by way of the pair's partnership (…을 통해)"
                    hit.incidental = true
                    return judge(hit, s, from: end, connective: false)
                }
                // `11번가와 아마존의 협력`, `서울대와 누리랩스 간 협력`: a partnership told as a noun phrase
                // owned by the parties; the roles decide whether two parties own it.
                if stem.kind == .partnership, TriggerMatcher.ownedBefore(s, start) {
                    hit.nominal = true
                    hit.reading = TriggerMatcher.ownedReading + " \(stem.text.string))"
                    return judge(hit, s, from: end, connective: false)
                }
                // `구글과 협업을 통해 …서비스를 공개했다`, `AMD와의 협력으로 탄생한`: work done by way of a
                // partnership with a partner named right before tells that the partnership happened.
                if stem.kind == .partnership, TriggerMatcher.byWayOf.contains(where: { rest.matches($0, at: 0) }),
                   partnerRightBefore(s, before: start) {
                    hit.reading = "by way of the partnership (…을 통해)"
                    hit.incidental = true
                    // Done, planned or denied as the sentence's own verb says (`…를 출시할 계획이다`).
                    return judge(hit, s, from: end, connective: false)
                }
                // `팔란티어와 맺은 전략적 파트너십의`: an agreement named after the clause that made it
                // with a partner happened (GUIDELINES, "Background facts count").
                if stem.kind == .partnership, madeWithAPartner(s, before: start) {
                    hit.reading = "made with a partner (…와 맺은)"
                    return hit
                }
                hit.verdict = .rejected("used as a noun")
                hit.reading = "noun use"
                return hit
            }
            hit.reading = "support verb \(verb.text)"
            hit.supportVerbEnd = verb.end
            hit.supportVerb = verb.text
            // `누리랩은 미국 정부로부터 수출 규제를 받았다`: the subject received the measure; only
            // when 받 follows the measure's own particle (`차단 요청을 받았다` received a request).
            if stem.kind == .ban, s.matches(TriggerMatcher.received, at: verb.start), verb.start - end <= 3 { hit.reverses = true }
            // `CMA는 MS의 블리자드 인수를 승인했다`: the subject approves a deal of others; the deal is
            // read as a noun phrase, buyer with 의 (cues.json `approvalVerbs`).
            // `…인수를 승인받았다`: the subject received the approval; it is the buyer.
            if stem.kind == .investment, approvalVerbs.contains(verb.text),
               case let verbEnd = verb.start + verb.text.unicodeScalars.count,
               !s.matches(TriggerMatcher.received, at: verbEnd), !s.matches(TriggerMatcher.receivedApart, at: verbEnd) {
                hit.nominal = true
                hit.reading = "approved (…\(stem.text.string)를 \(verb.text))"
            }
            var judged = judge(hit, s, from: verb.end, connective: verb.connective)
            if case .event = judged.verdict, let own = planned.first(in: s, range: verb.start..<min(s.count, verb.end + 6)) {
                _ = own
                judged.verdict = .event(.planned)
            }
            return judged
        }
        let connective = TriggerMatcher.connectiveEndings.contains(where: { rest.matches($0, at: 0) })
            || (stem.form == "verb" && TriggerMatcher.verbConnectives.contains(where: { rest.matches($0, at: 0) }))
        hit.reading = connective ? "connective" : "finite"
        // `TSMC·소니·덴소가 출자해 만든 합작회사 JASM`: what the money made follows.
        if connective, stem.kind == .investment, let made = TriggerMatcher.makingVerbs.first(where: { s.matches($0, at: OrganizationRecognizer.wordEnd(s, from: end) + 1) }) {
            hit.modifies = true
            hit.reading = "connective, then \(made.string) (modifies the noun after it)"
        }
        var judged = judge(hit, s, from: end, connective: connective)
        // `협력하기로`, `투자키로`: the plan is in the stem itself; an order to do something
        // (`중단할 것을 권고`) names what is ordered, and the order is given.
        if case .event = judged.verdict, plannedList.contains(where: { cue in
            stem.text.firstIndex(of: cue).map { !stem.text.matches(TriggerMatcher.objectParticle, at: $0 + cue.count) } ?? false
        }) { judged.verdict = .event(.planned) }
        return judged
    }

    static let objectParticle = "을 ".scalars
    /// Nouns of a signed agreement that may follow a quoted title ending in a trigger.
    static let agreementNouns = ["계약", "협약", "협정", "MOU", "양해각서"].map(\.scalars)

    /// `승인받았다`, `승인 받았다`: the support verb received, not given.
    static let received = "받".scalars
    static let receivedApart = " 받".scalars

    /// The word right after `end` when one space separates them, or nil.
    static func wordAfter(_ s: Scalars, _ end: Int) -> String? {
        guard end + 1 < s.count, s[end] == " ", OrganizationRecognizer.isWordScalar(s[end + 1]) else { return nil }
        return s.string((end + 1)..<OrganizationRecognizer.wordEnd(s, from: end + 1))
    }

    /// How a partnership noun owned by the names before it is read (`A와 B의 협력`).
    static let ownedReading = "noun phrase (A와 B의"

    /// Whether a genitive (`…의 `, `…간의 `) or `간` (between) as a word of its own stands right
    /// before `start`.
    static func ownedBefore(_ s: Scalars, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == " " else { return false }
        let before = s[start - 3]
        // `미드저니와의 협력을 통해`: 와의 names a partner of the subject, read by the rules for 와/과.
        if s[start - 2] == "의" { return OrganizationRecognizer.isWordScalar(before) && before != "와" && before != "과" }
        return s[start - 2] == "간" && before == " "
    }

    /// The support verb after a verbal noun at `end`: the noun may head a phrase of up to two more
    /// nouns (`투자 유치를`, `인수 계약을`) that ends in a particle, or take the verb glued
    /// (`투자받았다`); the verb must be one of the cue lexicon's `supportVerbs` and must not
    /// itself modify a noun. Returns where the verb starts and ends and whether it is a connective.
    func supportVerb(after end: Int, in s: Scalars) -> (text: String, start: Int, end: Int, connective: Bool)? {
        var k = end
        var sawParticle = false
        var extraWords = 0
        // `양해각서(MOU)를`, `협약(본보 지난 13일자 1면 보도)을`: a gloss or an aside between the noun
        // and its particle.
        if k < s.count, s[k] == "(", let close = s[k..<min(s.count, k + 40)].firstIndex(of: ")") { k = close + 1 }
        let end = k
        for step in 0..<6 {
            if step > 0 || (k < s.count && s[k] == " ") {
                while k < s.count, s[k] == " " { k += 1 }
            }
            // `합작법인(JV) '세림VNG'를 설립`: a quoted name between the noun and its particle.
            if k < s.count, s[k].isOpeningQuote || s[k] == "'", let close = s[(k + 1)..<min(s.count, k + 30)].firstIndex(where: { $0.isClosingQuote || $0 == "'" }),
               close + 1 < s.count, OrganizationRecognizer.isWordScalar(s[close + 1]) {
                k = close + 1
                if k < s.count, s[k] == "(", let gloss = s[k..<min(s.count, k + 20)].firstIndex(of: ")") { k = gloss + 1 }
                let glued = OrganizationRecognizer.wordEnd(s, from: k)
                if ["을", "를", "이", "가", "에", "은", "는", "도"].contains(s.string(k..<glued)) {
                    sawParticle = true
                    k = glued
                    continue
                }
            }
            guard k < s.count, OrganizationRecognizer.isWordScalar(s[k]) else { return nil }
            var wEnd = OrganizationRecognizer.wordEnd(s, from: k)
            // `출범 후 …확장을 이어오고`: a dependent noun right after the noun closes its clause; a
            // verb further on is another's.
            if step == 0, k > end, dependentNouns.contains(s.string(k..<wEnd)) { return nil }
            // `지분 34.96%를`: a share's figure is one word with its particle.
            while wEnd < s.count, s[wEnd] == "%" || s[wEnd] == "." || OrganizationRecognizer.isWordScalar(s[wEnd]) { wEnd += 1 }
            // `지분 10.93%(151만5000주)를`: a figure glossed before its particle.
            if wEnd < s.count, s[wEnd] == "(", s[k].isASCIIDigit, let close = s[wEnd..<min(s.count, wEnd + 24)].firstIndex(of: ")") {
                wEnd = close + 1
                while wEnd < s.count, OrganizationRecognizer.isWordScalar(s[wEnd]) { wEnd += 1 }
            }
            if let verb = supportVerbs.first(where: { s.matches($0, at: k) }), step == 0 || sawParticle || k == end,
               step == 0 || !adjacentSupportVerbs.contains(verb.string) {
                let after = Scalars(s[(k + verb.count)..<min(s.count, k + verb.count + 8)])
                // `인수를 결정한 회사`: the support verb modifies a noun, a background mention.
                let modifier = ["한 ", "된 ", "할 ", "하는 ", "되는 ", "은 ", "는 ", "받은 ", "던 "].contains { after.matches($0.scalars, at: 0) }
                    && !["한 뒤", "한 후", "한 이후", "한 다음", "한 지 ", "한 데", "한 바", "할 계획", "할 예정", "할 방침", "한 것", "할 것", "한다는", "하는 등"].contains { after.matches($0.scalars, at: 0) }
                // `인수를 공식 발표한 지난 10월 4일`: a clause that dates its deal still tells it.
                let datesIt: Bool = {
                    guard let space = after.firstIndex(of: " ") else { return false }
                    let next = Scalars(after[(space + 1)...])
                    return next.first?.isASCIIDigit == true || ["지난", "당시", "때", "날", "이후", "직후", "올해", "지난해", "작년"].contains { next.matches($0.scalars, at: 0) }
                }()
                // `지분 51%를 확보하는 주식매매계약을 체결`: the verb names what a contract signed does.
                let signsAContract: Bool = {
                    guard modifier, let space = after.firstIndex(of: " ") else { return false }
                    let start = k + verb.count + space + 1
                    let head = stripParticle(s.string(start..<OrganizationRecognizer.wordEnd(s, from: start)))
                    return head.hasSuffix("계약") && complementNouns.contains(head)
                }()
                if modifier && !datesIt && !signsAContract { return nil }
                let connective = ["해 ", "해,", "하고", "하며", "하면서", "하여", "해서", "했고", "했으며", "고 ", "며 ", "아 ", "어 ", "으며", "으면서", "었고"].contains { after.matches($0.scalars, at: 0) }
                return (s.string(k..<(k + verb.count)), k, min(s.count, wEnd), connective)
            }
            // `구매 중단을 자국 기업에 지시했다`: after the particle, up to two words of whom the order
            // goes to (bare or with 에/에게) before the support verb.
            if sawParticle {
                extraWords += 1
                let piece = Scalars(s[k..<wEnd])
                let bare = particles.strip(piece.string) == nil && piece.count <= 4
                let dative = particles.strip(piece.string)?.marker == .dative
                // `수출 통제를 26일부터 시행한다`: a date between tells when, not what.
                let dated = piece.first?.isASCIIDigit == true && ["일", "월", "년", "부터", "까지"].contains { piece.string.hasSuffix($0) }
                // `업무협약을 따로 맺고`, `지분을 추가로 취득`: an adverb of manner (triggers.json
                // `phraseAdverbs`), though it may end as a particle does.
                let adverb = phraseAdverbStarts.contains(piece[0]) && phraseAdverbs.contains { $0.count == piece.count + 1 && s.matches($0, at: k) }
                guard extraWords <= 2, bare || dative || dated || adverb else { return nil }
                k = wEnd
                continue
            }
            // The phrase's last noun carries the particle: 을/를, 에, 이/가, 도.
            let word = Scalars(s[k..<wEnd])
            if k == end {
                // The text glued to the trigger: a particle, or nothing.
                let glued = word.string
                // `시정명령과 (함께) 과징금 2000억원을 부과했다`: the noun joined to the next one by
                // 과/와 shares its verb; the words up to the particle are the other noun's.
                // (`차단과 관련해 입장을 발표했다`: a verb form after 과/와 closes the phrase; the verb
                // further on is another's.)
                if glued == "과" || glued == "와" {
                    guard let next = TriggerMatcher.wordAfter(s, wEnd),
                          next == "함께" || !RoleAssigner.verbFormEndings.contains(next.last!) else { return nil }
                    k = wEnd
                    continue
                }
                guard ["을", "를", "에", "이", "가", "도", "은", "는", "에도"].contains(glued) else { return nil }
                sawParticle = true
            } else if let split = particles.strip(word.string), [.object, .dative, .subject].contains(split.marker) {
                sawParticle = true
            } else if word.count > 6 {
                return nil
            }
            k = wEnd
        }
        return nil
    }

    /// `내용의 행정명령을`, `‘비상 사이버안보 명령’을`: an instrument noun (cues.json
    /// `instrumentNouns`) one word after 내용의, or closing a quoted title of at most four words,
    /// starting at `from` (the word after a noun-modifier ending). Returns the noun and where its
    /// word ends.
    static func instrumentAfter(_ s: Scalars, from: Int, head: String, instruments: Set<String>, strip: (String) -> String) -> (noun: String, end: Int)? {
        var k = from
        let content = head == "내용" || head == "내용의"
        if content {
            guard let space = s[from..<min(s.count, from + 8)].firstIndex(of: " ") else { return nil }
            k = space + 1
        }
        var quoted = k > 0 && k == from && (s[k - 1].isOpeningQuote || s[k - 1] == "'")
        if k < s.count, s[k].isOpeningQuote || s[k] == "'" { k += 1; quoted = true }
        // A bare noun right after the modifier was read by the caller already.
        guard content || quoted else { return nil }
        var words = 0
        while k < s.count, words < 4 {
            let start = k
            while k < s.count, OrganizationRecognizer.isWordScalar(s[k]) { k += 1 }
            guard k > start else { return nil }
            words += 1
            if quoted, k < s.count, s[k].isClosingQuote || s[k] == "'" {
                let noun = s.string(start..<k)
                var e = k + 1
                while e < s.count, OrganizationRecognizer.isWordScalar(s[e]) { e += 1 }
                return instruments.contains(noun) || instruments.contains(where: { noun.hasSuffix($0) && $0.count >= 2 }) ? (noun, e) : nil
            }
            if !quoted { let noun = strip(s.string(start..<k)); return instruments.contains(noun) ? (noun, k) : nil }
            guard k < s.count, s[k] == " " else { return nil }
            k += 1
        }
        return nil
    }

    private func stripParticle(_ noun: String) -> String {
        let n = noun.scalars
        for cut in stride(from: n.count, through: 1, by: -1) {
            let head = n.string(0..<cut)
            if dependentNouns.contains(head) || instrumentNouns.contains(head) || complementNouns.contains(head) { return head }
        }
        return noun
    }

    /// Applies the cues in the trigger's window: to the next comma for a connective, else to the
    /// end of the sentence.
    private func judge(_ hit: TriggerHit, _ s: Scalars, from: Int, connective: Bool) -> TriggerHit {
        var hit = hit
        var windowEnd = s.count
        if connective, let comma = s[from...].firstIndex(where: { $0 == "," }) { windowEnd = comma }
        // `…매입하기로 했다면서 …마무리될 것으로 기대한다고`, `수출이 통제됐다가 …우려를 제기해`: a cue
        // in a later clause belongs to that clause.
        if !connective, let cut = TriggerMatcher.clauseEnds.compactMap({ s.firstIndex(of: $0, from: min(s.count, from + 1)) }).min() { windowEnd = min(windowEnd, cut) }
        let window = from..<windowEnd
        func found(_ cues: PatternSet) -> String? {
            cues.first(in: s, range: window).map(\.string)
        }
        // `…손잡았다는 보도는 사실과 다르다고 해명했다`: a denied report is no event, wherever the
        // denial stands in the sentence.
        if let cue = denials.first(in: s, range: 0..<s.count) {
            hit.verdict = .rejected("denied (\(cue.string))")
            return hit
        }
        if connective {
            // `…을 확정해 협약을 맺을 예정이다`: an announcing act that is a step of a plan has not happened.
            if hit.kind == .announcement, let cue = planned.first(in: s, range: from..<s.count), ["예정", "계획", "방침"].contains(cue.string) {
                hit.verdict = .rejected("a step of what is planned (\(cue.string))")
                return hit
            }
            if let cue = found(hypothetical) {
                hit.verdict = .rejected("hypothetical (\(cue))")
            } else if let cue = found(negation),
                      // `하지 않`, and `협력을 진행하고 있는 것은 아니다`: the progressive's clause is itself denied.
                      ["하지", "지 ", "하고 있는 것", "고 있는 것", " 있는 것"].contains(where: s.string(window).hasPrefix) {
                hit.verdict = .rejected("negated (\(cue))")
            }
            // A plan elsewhere in the clause is another verb's; only the trigger's own ending counts.
            let own = from..<min(windowEnd, from + 6)
            if case .event = hit.verdict, planned.first(in: s, range: own) != nil { hit.verdict = .event(.planned) }
            return hit
        }
        if let cue = found(negation) {
            hit.verdict = .rejected("negated (\(cue))")
        } else if let cue = found(speculation) {
            hit.verdict = .rejected("speculation (\(cue))")
        } else if let cue = found(termination) {
            hit.verdict = .rejected("ended (\(cue))")
        } else if let cue = found(hypothetical) {
            hit.verdict = .rejected("hypothetical (\(cue))")
        } else if found(planned) != nil {
            hit.verdict = .event(.planned)
        }
        return hit
    }
}
