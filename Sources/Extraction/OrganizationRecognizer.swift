import Events

/// An organization named in a sentence, with the role its particle (or its speaker's) gives it.
struct Mention: Sendable {
    var start: Int
    var end: Int
    var name: String
    var surface: String
    var type: OrganizationType?
    var marker: Marker = .none
    /// Where the particle or the speaker's title ends: the mention's reach in the sentence.
    var markerEnd: Int
    /// Named through a person who speaks for it (김OO KT 대표는).
    var speaker = false
    /// The person is an unnamed 관계자: commentary, not an official statement.
    var anonymous = false
    var inParens = false
    var inQuote = false
    /// Where the words that belong to this mention end (`서울대학교 공과대학과`: the unit too), so
    /// they are not read as a name of their own.
    var consumed: Int? = nil
    /// Marked as the topic (은/는) rather than a plain subject (이/가): a topic spans the whole
    /// sentence, a plain subject may belong to a quoted clause.
    var topic = false
    /// How it was recognized: gazetteer, alias, suffix, acronym, head-of-state, list-item.
    var rule: String
}

/// The analyzer's morphemes of one sentence, computed on first use: a word is read in its context
/// (크다는 이유로 is an adjective and a noun, not two names), and most sentences need no reading.
final class SentenceMorphemes {
    private let s: Scalars
    private let analyzer: MorphologicalAnalyzer?
    private var all: [Morpheme]? = nil

    init(_ s: Scalars, analyzer: MorphologicalAnalyzer?) {
        self.s = s
        self.analyzer = analyzer
    }

    /// The morphemes that overlap `range` (scalar offsets in the sentence).
    func within(_ range: Range<Int>) -> [Morpheme] {
        if all == nil { all = analyzer?.analyze(scalars: s) ?? [] }
        let m = all!
        // Morphemes come in order and do not overlap: the first that ends after the range's start
        // is found by bisection.
        var low = 0, high = m.count
        while low < high {
            let mid = (low + high) / 2
            if m[mid].end > range.lowerBound { high = mid } else { low = mid + 1 }
        }
        var out: [Morpheme] = []
        var k = low
        while k < m.count, m[k].start < range.upperBound {
            out.append(m[k])
            k += 1
        }
        return out
    }
}

/// Names the article taught (`한국클라우드산업협회(KACI)` teaches KACI), valid for that article.
struct ArticleAliases: Sendable {
    var names: [String: Gazetteer.Organization] = [:]
    /// The same keys as folded scalars, indexed by their first scalar: matched at every word.
    private(set) var byFirst: [Unicode.Scalar: [(key: Scalars, org: Gazetteer.Organization)]] = [:]
    mutating func teach(_ alias: String, _ org: Gazetteer.Organization) {
        let folded = Gazetteer.fold(alias)
        let key = folded.string
        guard !key.isEmpty, names[key] == nil, let first = folded.first else { return }
        names[key] = org
        byFirst[first, default: []].append((folded, org))
    }
}

/// The words a list scan looks for.
enum ListScan {
    static let closing = "등".scalars
    static let companyMark = "㈜".scalars
    static let companyMarkParen = "(주)".scalars
    /// Whether the text after 등 counts what it closes (`등 3개 기업과`, `등의 12곳`): after the
    /// rest of the word, white space, digits and 개, 곳 or 개사.
    static func startsWithACount(_ tail: String) -> Bool {
        let u = Array(tail.unicodeScalars)
        var k = 0
        while k < u.count, !u[k].isSpace { k += 1 }
        let spaces = k
        while k < u.count, u[k].isSpace { k += 1 }
        guard k > spaces else { return false }
        let digits = k
        while k < u.count, u[k].isASCIIDigit { k += 1 }
        guard k > digits else { return false }
        while k < u.count, u[k] == " " { k += 1 }
        return k < u.count && (u[k] == "개" || u[k] == "곳")
    }
    /// Research teams, named after their organization with a person or a department between
    /// (`누리대 박하늘 기계공학부 교수팀과`).
    static let researchTeams: Set<String> = ["교수팀", "연구팀", "공동연구팀", "연구진"]
    /// Nouns for kinds of organizations: `A 등 20개 기업과 기관을` joins two of them.
    static let organizationNouns: Set<String> = ["기관", "기업", "단체", "업체", "대학", "협회", "부처", "지자체", "공공기관", "연구기관", "기관들", "기업들"]
}

extension Mention {
    /// Makes the name start earlier, at `start` (words read before it belong to it): the name and
    /// the surface become the text from there to the name's end.
    mutating func begin(at start: Int, in s: Scalars) {
        name = s.string(start..<end)
        surface = name
        self.start = start
    }
}

/// Finds organizations: gazetteer aliases first (longest match, then a particle check), then
/// patterns for names it lacks: organization suffixes with a stop list, Latin acronyms, a head of
/// state's title. Josa are stripped only after such a match, never by guessing where a name ends.
final class OrganizationRecognizer: Sendable {
    let gazetteer: Gazetteer
    let josa: JosaStripper
    let suffixes: [(Scalars, OrganizationType?)]
    let minStem: Int
    let stopWords: Set<String>
    /// Company forms that may end a Latin gloss (`inc`, `corp.`), lowercased, and the same forms
    /// transliterated (`인크`), which a Hangul name may keep (patterns.json `glossCompanyForms`).
    let latinCompanyForms: Set<String>
    let hangulCompanyForms: Set<String>
    let acronymStop: Set<String>
    let titles: [Scalars]
    /// The first scalars of `titles`, to rule out cheaply a word before which no title stands.
    let titleStarts: Set<Unicode.Scalar>
    let anonymousTitles: Set<String>
    let headsOfState: [String: Gazetteer.Organization]
    let foreignLeaders: [String: Gazetteer.Organization]
    let listWords: Set<String>
    let objectHeads: Set<String>
    let suffixLastScalars: Set<Unicode.Scalar>
    let headTitleLengths: Set<Int>
    let headTitles: [Scalars]
    let blockers: [String: Set<String>]
    let organizationTails: Set<String>
    /// patterns.json `thingHeads`: after a list's 등, a phrase these head lists things.
    let thingHeads: Set<String>
    /// patterns.json `countQualifiers`: `30개 이상의`, part of a count after a list's 등.
    let countQualifiers: Set<String>
    /// patterns.json `unitTitles`: titles of a unit or a side, which follow no person's name.
    let unitTitles: Set<String>
    let suffixEnds: [Bool]
    let governmentBodySuffixes: [Scalars]
    /// patterns.json `facilityNouns`: a firm's plant named after it (`삼성전자 시안 공장을`).
    let facilityNouns: Set<String>
    /// patterns.json `localHeads`, longest title first, and their titles as scalars.
    let localHeads: [PatternFile.LocalHead]
    let localHeadTitles: [Scalars]
    /// `facilityNouns` as scalars, for the cheap test before a plant's name is read.
    let facilityScalars: [Scalars]
    let unitSuffixes: [Scalars]
    /// Endings of a body's last word when places stand between the country and it.
    let spacedBodySuffixes: [String]
    /// Parts of an organization that are bought (`낸드 사업 부문`): before them a name is expected.
    let divisionHeads: Set<String>
    /// triggers.json `investmentLists.ownershipNouns` (`지분`, `경영권`, `최대주주`).
    let ownershipNouns: [String]
    /// patterns.json `notNameEndings` (`에서`, `부터`).
    let notNameEndings: [String]
    /// patterns.json `lawEndings` (`법`, `시행령`).
    let lawEndings: [String]
    /// patterns.json `acquisitionNouns`: what is bought or sold before them is a company.
    let acquisitionNouns: [String]
    let mediaOutlets: Set<String>
    let surnames: Set<Unicode.Scalar>
    let mediaSuffixes: [String]
    /// The last letters of `mediaSuffixes`.
    let mediaSuffixEnds: Set<Unicode.Scalar>
    /// Classifier nouns a name follows in apposition (`반도체 기업 칩큐브가`), with the type they give.
    let appositiveHeads: [String: OrganizationType?]
    /// Pieces of business prose that make the word after a classifier no name (`기업 지원사업을`).
    let appositiveBlockers: Set<String>
    /// patterns.json `spacedFirmForms` (`AI`, `테크놀로지`): a word that ends a firm's name after a
    /// classifier and a bare word.
    let spacedFirmForms: [Scalars]
    /// patterns.json `spacedFirmFormBlockers` (`온디바이스`): a bare word that names a kind, no firm.
    let spacedFirmFormBlockers: Set<String>
    /// patterns.json `sinoKoreanSyllables`.
    let sinoKoreanSyllables: Set<Unicode.Scalar>
    /// The last scalars of the classifier nouns.
    let classifierEnds: Set<Unicode.Scalar>
    /// Tells common nouns from names the gazetteer lacks, for words in an argument slot.
    let analyzer: MorphologicalAnalyzer?
    /// The nouns of the trigger lexicon and the object heads (파트너십, 협약, 인수, 사용): never a
    /// name, however the analyzer tags them.
    let lexiconNouns: [Scalars]
    /// Counted nouns after 등 that say a list names fields or goods (`7개 분야`, `57개 품목`;
    /// patterns.json `countedKinds.things`).
    let thingsCounted: [String]

    init(lexicon: Lexicon, analyzer: MorphologicalAnalyzer? = nil) {
        self.analyzer = analyzer
        var nouns = Set(lexicon.patterns.objectHeads + lexicon.triggers.consortium.heads)
        let particles = JosaStripper(lexicon.josa)
        for entries in lexicon.triggers.kinds.values {
            for e in entries {
                guard let first = e.stem.split(separator: " ").first.map(String.init) else { continue }
                let noun = particles.strip(first)?.stem ?? first
                if noun.unicodeScalars.count >= 2, noun.unicodeScalars.allSatisfy(\.isHangulSyllable) { nouns.insert(noun) }
            }
        }
        lexiconNouns = nouns.map(\.scalars)
        thingsCounted = lexicon.patterns.countedKinds?.things ?? []
        gazetteer = Gazetteer(entries: lexicon.gazetteer)
        josa = JosaStripper(lexicon.josa)
        suffixes = lexicon.patterns.suffixes.map { ($0.suffix.scalars, OrganizationType(name: $0.type)) }
            .sorted { $0.0.count > $1.0.count }
        minStem = lexicon.patterns.minStemLength
        stopWords = Set(lexicon.patterns.stopWords)
        latinCompanyForms = Set(lexicon.patterns.glossCompanyForms?.latin ?? [])
        hangulCompanyForms = Set(lexicon.patterns.glossCompanyForms?.hangul ?? [])
        acronymStop = Set(lexicon.patterns.acronymStopList)
        titles = lexicon.patterns.titles.map(\.scalars).sorted { $0.count > $1.count }
        titleStarts = Set(titles.compactMap(\.first))
        anonymousTitles = Set(lexicon.cues.anonymousSpeakers)
        var heads: [String: Gazetteer.Organization] = [:]
        for h in lexicon.patterns.headsOfState {
            heads[h.title] = Gazetteer.Organization(name: h.organization, type: OrganizationType(name: h.type))
        }
        headsOfState = heads
        var leaders: [String: Gazetteer.Organization] = [:]
        for l in lexicon.patterns.foreignLeaders { leaders[l.name] = Gazetteer.Organization(name: l.organization, type: OrganizationType(name: l.type)) }
        foreignLeaders = leaders
        listWords = Set(lexicon.josa.listSeparators.filter { $0.unicodeScalars.count > 1 })
        objectHeads = Set(lexicon.patterns.objectHeads)
        countQualifiers = Set(lexicon.patterns.countQualifiers ?? [])
        unitTitles = Set(lexicon.patterns.unitTitles ?? [])
        suffixLastScalars = Set(lexicon.patterns.suffixes.compactMap { $0.suffix.unicodeScalars.last })
        headTitleLengths = Set(lexicon.patterns.headsOfState.map { $0.title.unicodeScalars.count })
        headTitles = lexicon.patterns.headsOfState.map(\.title.scalars)
        var blocked: [String: Set<String>] = [:]
        for b in lexicon.patterns.aliasBlockers { blocked[b.alias, default: []].formUnion(b.after) }
        blockers = blocked
        organizationTails = Set(lexicon.patterns.organizationTails ?? [])
        thingHeads = Set(lexicon.patterns.thingHeads ?? [])
        governmentBodySuffixes = (lexicon.patterns.governmentBodySuffixes ?? []).map(\.scalars)
        localHeads = (lexicon.patterns.localHeads ?? []).sorted { $0.title.count > $1.title.count }
        facilityNouns = Set(lexicon.patterns.facilityNouns)
        facilityScalars = lexicon.patterns.facilityNouns.map(\.scalars)
        localHeadTitles = localHeads.map(\.title.scalars)
        unitSuffixes = (lexicon.patterns.unitSuffixes ?? []).map(\.scalars)
        spacedBodySuffixes = lexicon.patterns.spacedBodySuffixes ?? []
        divisionHeads = Set(lexicon.patterns.divisionHeads ?? [])
        ownershipNouns = lexicon.triggers.investmentLists?.ownershipNouns ?? []
        notNameEndings = lexicon.patterns.notNameEndings ?? []
        lawEndings = lexicon.patterns.lawEndings ?? []
        acquisitionNouns = lexicon.patterns.acquisitionNouns ?? []
        mediaOutlets = Set(lexicon.patterns.mediaOutlets ?? [])
        surnames = Set((lexicon.patterns.surnames ?? []).compactMap(\.unicodeScalars.first))
        mediaSuffixes = lexicon.patterns.mediaSuffixes ?? []
        mediaSuffixEnds = Set(mediaSuffixes.compactMap(\.unicodeScalars.last))
        var classifiers: [String: OrganizationType?] = [:]
        for h in lexicon.patterns.appositiveHeads ?? [] { classifiers[h.noun] = h.type.flatMap(OrganizationType.init(name:)) }
        appositiveHeads = classifiers
        // 인: a classifier with the copula (`장비업체인 세메스는`).
        classifierEnds = Set(classifiers.keys.compactMap(\.unicodeScalars.last)).union(["인"])
        appositiveBlockers = Set(lexicon.patterns.appositiveBlockers ?? [])
        spacedFirmForms = (lexicon.patterns.spacedFirmForms ?? []).map(\.scalars)
        spacedFirmFormBlockers = Set(lexicon.patterns.spacedFirmFormBlockers ?? [])
        sinoKoreanSyllables = Set((lexicon.patterns.sinoKoreanSyllables ?? "").unicodeScalars)
        var ends = [Bool](repeating: false, count: 0x10000)
        for suffix in lexicon.patterns.suffixes { if let last = suffix.suffix.unicodeScalars.last, last.value < 0x10000 { ends[Int(last.value)] = true } }
        suffixEnds = ends
    }

    /// `한수원` of `한국수력원자력`: 2-5 syllables of the name, in order, starting with its first,
    /// the abbreviation shorter than the name.
    static func isAbbreviation(_ short: Scalars, of name: Scalars) -> Bool {
        guard (2...5).contains(short.count), short.count < name.count, name.count >= 4,
              short.allSatisfy(\.isHangulSyllable), name.allSatisfy(\.isHangulSyllable), short.first == name.first else { return false }
        var k = 0
        for c in name where k < short.count && c == short[k] { k += 1 }
        return k == short.count
    }

    static let governmentTails = ["정부", "당국"].map(\.scalars)

    /// `중국 상무부는 … 상무부는`, `인도네시아 산업부는 … 산업부에 따르면`: a country's body, named
    /// bare later in the article, is that country's (the last word of `name`).
    static func teachBareBody(of name: String, aliases: inout ArticleAliases) {
        guard let space = name.lastIndex(of: " ") else { return }
        let body = String(name[name.index(after: space)...])
        if body.unicodeScalars.count >= 2, !governmentWords.contains(body) {
            aliases.teach(body, Gazetteer.Organization(name: name, type: .government))
        }
    }

    /// Words that name a country's government as a whole (`이탈리아 당국`), not one of its bodies.
    static let governmentWords: Set<String> = ["정부", "당국", "행정부"]

    /// Whether the parenthesis `gloss` (up to its first comma) spells the Hangul `name` in Latin
    /// letters: 1-3 words of letters, digits, `-`, `.` or `&`, with a lowercase letter (an acronym
    /// such as `AI` glosses common nouns too), whose first letter fits the first consonant of the
    /// name (디매트릭스 ~ d-Matrix, 큐룩스 ~ Kyulux, 인공지능 ≁ Semiconductor).
    static func isLatinSpelling(_ gloss: Scalars, of name: Scalars) -> Bool {
        let head = Scalars(gloss.prefix { $0 != "," }).string.trimmed
        let hs = head.unicodeScalars
        guard (2...30).contains(hs.count), hs.contains(where: { $0.isLatinLetter && !$0.isUpperLatin }),
              hs.allSatisfy({ $0.isLatinLetter || $0.isASCIIDigit || " -.&".unicodeScalars.contains($0) }),
              head.split(separator: " ").count <= 3,
              let letter = hs.first(where: \.isLatinLetter), let first = name.first, first.isHangulSyllable else { return false }
        let initial = Int((first.value - 0xAC00) / 588)
        // Latin letters that may open a transliteration of each initial consonant (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
        let openers = ["gkcq", "gkc", "n", "dt", "dt", "rl", "m", "bvp", "bp", "scxz", "sc", "aeiouyhw", "jzgc", "jz", "ctj", "kcqx", "t", "pf", "hw"]
        let lower = Character(Unicode.Scalar(letter.isUpperLatin ? letter.value + 32 : letter.value)!)
        return openers[initial].contains(lower)
    }

    /// `전` (former) before an officer's organization and title.
    static let former = "전"

    static let topicParticles: Set<String> = ["은", "는", "께서는", "에서는", "측은", "도"]

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.isHangulSyllable || c.isLatinLetter || c.isASCIIDigit || c == "&" || c == "+"
    }

    static func wordEnd(_ s: Scalars, from: Int) -> Int {
        var k = from
        while k < s.count, isWordScalar(s[k]) { k += 1 }
        return k
    }

    /// The organizations in sentence `s`, in order, not overlapping.
    /// - Parameter slotsBefore: names the gazetteer and the patterns lack are looked for (with
    ///   the analyzer) only before this offset: roles stand before their trigger in Korean.
    /// - Parameter morphemes: the sentence's analysis, shared by the readings of one sentence
    ///   (made here when nil).
    func mentions(in s: Scalars, nesting: Nesting, aliases: inout ArticleAliases, slotsBefore: Int = .max,
                  morphemes shared: SentenceMorphemes? = nil) -> [Mention] {
        let morphemes = shared ?? SentenceMorphemes(s, analyzer: analyzer)
        let glosses = s.contains("(")
        let folded = s.map { $0.isUpperLatin ? Unicode.Scalar($0.value + 32)! : $0 }
        var out: [Mention] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            // `‘포켓 캐스트’와`, `'옥스퍼드 시멘틱 테크놀로지스'(OST) 인수`: a short quoted name that
            // takes a particle or an alias is a name, not speech.
            if c.isOpeningQuote || c == "'", var m = quotedName(s, at: i, nesting: nesting) {
                finish(&m, s, nesting: nesting, aliases: &aliases)
                m.inQuote = false
                // `로봇 기업 '스킬드 AI'에`: a name of two words or of mixed script, quoted once, is the
                // same organization when the article writes it without the marks.
                // So is one word quoted right after a classifier (`스타트업 ‘블래스트’`).
                if m.type == nil, m.name.contains(" ") || m.name.unicodeScalars.contains(where: \.isLatinLetter) && m.name.unicodeScalars.contains(where: \.isHangulSyllable)
                    || m.rule == OrganizationRecognizer.quotedAfterClassifier {
                    aliases.teach(m.name, Gazetteer.Organization(name: m.name, type: nil))
                }
                out.append(m)
                i = max(m.end + 1, m.markerEnd)
                continue
            }
            guard OrganizationRecognizer.isWordScalar(c) else { i += 1; continue }
            let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let wordStart = prev.map { !OrganizationRecognizer.isWordScalar($0) } ?? true
            // A Hangul name glued after Latin letters (a lost space: `RPO오라클은`) still starts a word.
            let scriptChange = prev.map { $0.isLatinLetter && c.isHangulSyllable } ?? false
            guard wordStart || scriptChange || c.isHangulSyllable else { i += 1; continue }
            if !wordStart && !scriptChange {
                // A heading glued to the body (`파트너십오라클의`): a long known name that ends in a
                // particle may start inside a word.
                // A country inside a transliterated name (`인테그리스가`: 그리스) is no country.
                if var m = gazetteerMention(s, folded, at: i, aliases: aliases, minimumLength: 3, needsParticle: true), m.type != .government {
                    m.rule = "gazetteer, glued"
                    finish(&m, s, nesting: nesting, aliases: &aliases)
                    out.append(m)
                    i = m.end
                    continue
                }
                i += 1
                continue
            }
            if var m = gazetteerMention(s, folded, at: i, aliases: aliases) {
                // A bare government word (`정부`, `당국`) takes its sense from the word before it.
                if m.type == .government, OrganizationRecognizer.governmentWords.contains(m.surface),
                   let previous = OrganizationRecognizer.previousWord(s, before: i) {
                    // `미국, EU, 영국 등 정부와`: the noun after 등 says what the names listed are; it adds none.
                    if previous == "등", out.last?.type == .government {
                        i = m.end
                        continue
                    }
                    // `바이든 정부가`, `트럼프 정부는`: a foreign leader's government, not Korea's.
                    if let government = foreignLeaders[previous] {
                        m.name = government.name
                        m.type = government.type
                    }
                }
                // `염성시 정부와`, `텍사스주 정부는`: the government of the place named just before, not
                // the country's; a country before the place (`중국 염성시`) only locates it.
                if m.type == .government, m.surface == "정부", let place = localGovernmentPlace(s, before: i) {
                    while let last = out.last, last.type == .government, last.end >= place.start - 1 { out.removeLast() }
                    m.start = place.start
                    m.name = place.name
                    m.surface = s.string(place.start..<m.end)
                    m.rule = "local government"
                }
                if m.type == .government, m.rule == "gazetteer" { OrganizationRecognizer.teachBareBody(of: m.name, aliases: &aliases) }
                // `횡성군은 … 군은`: a county, city or district is later called by its last syllable.
                if m.type == .government, m.rule == "gazetteer", let last = m.name.unicodeScalars.last, "군시구".unicodeScalars.contains(last),
                   m.name.unicodeScalars.count >= 2, !m.name.contains(" ") {
                    aliases.teach(String(last), Gazetteer.Organization(name: m.name, type: m.type))
                }
                finish(&m, s, nesting: nesting, aliases: &aliases)
                out.append(m)
                i = max(m.end, m.consumed ?? m.end)
                continue
            }
            if wordStart, var m = patternMention(s, at: i, previous: out.last, glosses: glosses)
                ?? spacedSuffixMention(s, at: i, previous: out.last, morphemes: morphemes)
                ?? appositiveMention(s, at: i, nesting: nesting, morphemes: morphemes)
                ?? (i < slotsBefore ? slotMention(s, at: i, nesting: nesting, morphemes: morphemes) : nil) ?? titledMention(s, at: i, nesting: nesting) {
                // `국내 4대 과학기술특성화대학과`: a count before a word with a suffix makes it a kind of
                // organization, not one's name.
                if m.rule == "suffix", let previous = OrganizationRecognizer.previousWord(s, before: m.start), OrganizationRecognizer.isCount(previous) {
                    i = max(m.end, m.markerEnd)
                    continue
                }
                // `광주인공지능(AI)청년협회는`: a gloss inside the name; the name is read without it.
                if m.rule == "suffix", m.start >= 4, s[m.start - 1] == ")", let open = s[max(0, m.start - 16)..<m.start].lastIndex(of: "("),
                   open > 0, s[open - 1].isHangulSyllable, !s[(open + 1)..<(m.start - 1)].contains(where: { $0 == "(" || $0 == " " }) {
                    var k = open
                    while k > 0, OrganizationRecognizer.isWordScalar(s[k - 1]) { k -= 1 }
                    // A name read inside the first part (`대구` of `대구소프트웨어(SW)기업협회`) is part of this one.
                    while let last = out.last, last.start >= k, last.markerEnd <= m.start { out.removeLast() }
                    if open - k >= 2, out.last.map({ $0.markerEnd <= k }) ?? true {
                        m.name = s.string(k..<open) + s.string(m.start..<m.end)
                        m.surface = s.string(k..<m.end)
                        m.start = k
                    }
                } else if m.rule == "suffix", let start = spacedNameStart(s, before: m.start, previous: out.last, morphemes: morphemes) {
                    m.begin(at: start, in: s)
                } else if m.rule == "acronym", !s[m.start..<m.end].contains(where: \.isASCIIDigit),
                          let start = OrganizationRecognizer.acronymNameStart(s, before: m.start, stop: acronymStop),
                          // `UAE MGX와`: a country's letters only say where the firm is.
                          gazetteer.lookup(s.string(start..<(m.start - 1)))?.type != .government {
                    // `CJ E&M과`, `IMM CS는`: a group's letters before its company's letters name one firm.
                    while let last = out.last, last.start >= start { out.removeLast() }
                    m.begin(at: start, in: s)
                } else if m.rule == "suffix" || m.rule == "latin-name", s[m.start].isUpperLatin,
                          let start = OrganizationRecognizer.latinNameStart(s, before: m.start, previous: OrganizationRecognizer.bareLatinMention(out.last, before: m.start, in: s) ? nil : out.last) {
                    // `KKR Redwood에`: the acronym read before is the name's first word.
                    while let last = out.last, last.start >= start { out.removeLast() }
                    // `Hanbit Labs`, `Nuri Cloud Systems`: capitalized Latin words before a Latin suffix.
                    m.begin(at: start, in: s)
                }
                // `인공지능산업융합사업단장`, `한국인공지능협회장`: an officer's title glued to the name.
                if m.name.hasSuffix("장"), !m.name.contains(" ") {
                    let base = String(m.name.dropLast())
                    let b = base.scalars
                    if b.count >= 3, suffixes.contains(where: { b.count > $0.0.count && b.matches($0.0, at: b.count - $0.0.count) }) {
                        m.name = base
                        m.surface = base
                        m.speaker = true
                    }
                }
                finish(&m, s, nesting: nesting, aliases: &aliases)
                // Once glossed, the bare Hangul name (`디매트릭스에`) is the same firm for the article.
                if m.rule == "glossed" || m.rule == "appositive" { aliases.teach(m.name, Gazetteer.Organization(name: m.name, type: m.type)) }
                out.append(m)
                i = max(m.end, m.consumed ?? m.end, i + 1)
                continue
            }
            i += 1
        }
        if analyzer != nil, !out.isEmpty, s.contains(where: { $0 == "등" }) {
            let listed = listedNames(in: s, nesting: nesting, known: out, aliases: &aliases)
            if !listed.isEmpty { out = (out + listed).sorted { $0.start < $1.start } }
        }
        if analyzer != nil, out.count >= 2 {
            let closing = partnerClosingNames(in: s, nesting: nesting, known: out, aliases: &aliases)
            if !closing.isEmpty { out = (out + closing).sorted { $0.start < $1.start } }
        }
        if s.contains(where: { $0 == "·" }) {
            let shared = sharedEndNames(in: s, nesting: nesting, known: out, aliases: &aliases)
            if !shared.isEmpty { out = (out + shared).sorted { $0.start < $1.start } }
        }
        return out
    }

    /// `현대·기아차는`, `삼성·LG전자가`: a bare word before a middle dot shares the end of the known
    /// name after it; the word with that end (the shortest that works: `현대차`, `삼성전자`) is a
    /// name the gazetteer knows, of another organization.
    func sharedEndNames(in s: Scalars, nesting: Nesting, known: [Mention], aliases: inout ArticleAliases) -> [Mention] {
        var found: [Mention] = []
        for m in known where m.start >= 2 && s[m.start - 1] == "·" && !m.inQuote && m.type != .government {
            let dot = m.start - 1
            var k = dot
            while k > 0, OrganizationRecognizer.isWordScalar(s[k - 1]) { k -= 1 }
            guard (1...6).contains(dot - k), k == 0 || s[k - 1] == " ",
                  !known.contains(where: { $0.end > k && $0.start < dot }) else { continue }
            let head = s.string(k..<dot)
            let surface = Scalars(s[m.start..<m.end])
            for cut in stride(from: surface.count - 1, through: 1, by: -1) {
                guard let org = gazetteer.lookup(head + Scalars(surface[cut...]).string), org.name != m.name, org.type != .government else { continue }
                var x = Mention(start: k, end: dot, name: org.name, surface: head, type: org.type, markerEnd: dot, rule: "shared end")
                finish(&x, s, nesting: nesting, aliases: &aliases)
                found.append(x)
                break
            }
        }
        return found
    }

    /// `전남도, 한전KDN, 서남해안개발과 협약을`: the last item of a list of known names, joined to
    /// them by a comma and closed by the partner particle 와/과, read as written when the gazetteer
    /// and the patterns lack it. Two known items must come right before it, each set off only by
    /// `,` or `·`; the item is one word of two to twenty letters, not a stop word, not one
    /// dictionary word (the analyzer decides: `정부, 지자체와` adds nothing), and no title.
    func partnerClosingNames(in s: Scalars, nesting: Nesting, known: [Mention], aliases: inout ArticleAliases) -> [Mention] {
        guard let analyzer else { return [] }
        var out: [Mention] = []
        for k in 1..<known.count {
            let m = known[k], before = known[k - 1]
            // A list item's reach ends after its comma.
            func closedByComma(_ x: Mention) -> Bool { x.marker == .list && x.markerEnd > 0 && ",·".unicodeScalars.contains(s[x.markerEnd - 1]) }
            guard closedByComma(m), closedByComma(before), before.markerEnd <= m.start,
                  s.string(before.markerEnd..<m.start).trimmed.isEmpty,
                  !nesting.inQuote[m.start], nesting.parenDepth[m.start] == 0 else { continue }
            var q = m.markerEnd
            while q < s.count, s[q] == " " { q += 1 }
            guard q < s.count, k + 1 >= known.count || known[k + 1].start > q else { continue }
            let wEnd = OrganizationRecognizer.wordEnd(s, from: q)
            guard wEnd > q, let split = josa.strip(s.string(q..<wEnd)), split.marker == .comitative else { continue }
            let stem = split.stem
            let count = stem.unicodeScalars.count
            guard (2...20).contains(count), stem.unicodeScalars.allSatisfy({ $0.isHangulSyllable || $0.isLatinLetter }),
                  stem.unicodeScalars.contains(where: \.isHangulSyllable), !stopWords.contains(stem),
                  !analyzer.isDictionaryWord(stem), title(stem) == nil, !appositiveHeads.keys.contains(where: { stem.hasSuffix($0) }),
                  !lexiconNouns.contains(where: { stem.hasSuffix($0.string) }) else { continue }
            var found = Mention(start: q, end: q + count, name: stem, surface: stem, type: nil, markerEnd: q + count, rule: "list-item")
            finish(&found, s, nesting: nesting, aliases: &aliases)
            out.append(found)
        }
        return out
    }

    /// `전라남도, 장성군, ㈜베네포스, KT, 탑솔라 등 11개 기관과`: the items of a list closed by 등
    /// that the gazetteer and the patterns lack, read as written when the same list holds a name
    /// they know. The list runs back from 등 over pieces joined by `,` `·` `、` or opened by `△` `▲`; its first piece is
    /// the known name that ends it or its last word. An item is one to three words without a
    /// digit or a particle, not a stop word, and not one dictionary word (the analyzer decides):
    /// `반도체, 배터리, 삼성전자 등` adds nothing.
    func listedNames(in s: Scalars, nesting: Nesting, known: [Mention], aliases: inout ArticleAliases) -> [Mention] {
        guard let analyzer else { return [] }
        // `△A △B △C 등`: the press also opens each item with a bullet.
        let separators: Set<Unicode.Scalar> = [",", "·", "、", "△", "▲"]
        var out: [Mention] = []
        var from = 0
        while let at = s.firstIndex(of: ListScan.closing, from: from) {
            from = at + 1
            // `도타(Dota)등`: a gloss may close right before 등.
            guard at > 1, s[at - 1] == " " || s[at - 1] == ")", nesting.parenDepth[at] == 0, !nesting.inQuote[at] else { continue }
            let after = OrganizationRecognizer.wordEnd(s, from: at)
            guard after == at + 1 || josa.marker(of: s[(at + 1)..<after], after: "등") != nil else { continue }
            // Pieces, right to left.
            var pieces: [Range<Int>] = []
            var k = s[at - 1] == ")" ? at : at - 1
            while k > 0 {
                var b = k
                var depth = 0
                while b > 0, k - b <= 40 {
                    let c = s[b - 1]
                    if c == ")" { depth += 1 } else if c == "(" { depth -= 1 }
                    if depth == 0, separators.contains(c) { break }
                    b -= 1
                }
                if b > 0, separators.contains(s[b - 1]), k - b <= 40 {
                    pieces.append(b..<k)
                    k = b - 1
                } else {
                    pieces.append(b..<k)
                    break
                }
            }
            guard pieces.count >= 2 else { continue }
            var found: [Mention] = []
            var knownItems = 0
            for (n, raw) in pieces.enumerated() {
                var r = s.trimmedRange(raw)
                guard !r.isEmpty else { continue }
                // The leftmost piece holds the clause before the list: only the known name that ends
                // it, or its last word, is an item. Before a bullet (`…위해 △A △B`) it holds no item.
                if n == pieces.count - 1, raw.upperBound < s.count, "△▲".unicodeScalars.contains(s[raw.upperBound]) { continue }
                if n == pieces.count - 1 {
                    if let last = known.last(where: { $0.end <= r.upperBound && $0.end >= r.upperBound - 1 && $0.start >= r.lowerBound }) {
                        r = last.start..<r.upperBound
                    } else {
                        var b = r.upperBound
                        while b > r.lowerBound, OrganizationRecognizer.isWordScalar(s[b - 1]) || s[b - 1] == ")" || s[b - 1] == "(" { b -= 1 }
                        r = b..<r.upperBound
                    }
                }
                if known.contains(where: { $0.end > r.lowerBound && $0.start < r.upperBound }) {
                    knownItems += 1
                    continue
                }
                // `㈜베네포스`, `(주)탑솔라`: a company-form mark is no part of the name; a gloss is dropped.
                var lo = r.lowerBound
                if s.matches(ListScan.companyMark, at: lo) { lo += ListScan.companyMark.count }
                if s.matches(ListScan.companyMarkParen, at: lo) { lo += ListScan.companyMarkParen.count }
                var hi = r.upperBound
                if let open = s[lo..<hi].firstIndex(of: "(") { hi = open }
                while hi > lo, s[hi - 1].isSpace { hi -= 1 }
                guard hi - lo >= 2, hi - lo <= 20 else { continue }
                let text = s.string(lo..<hi)
                let words = text.split(separator: " ").map(String.init)
                // A word glossed with its Latin spelling (`스팀(Steam)`) is a name even where the
                // dictionary knows it as a common word.
                let glossed = hi < r.upperBound && s[hi] == "(" && s[hi..<r.upperBound].contains(where: \.isLatinLetter)
                guard words.count <= 3, !text.contains(where: \.isNumber),
                      text.unicodeScalars.allSatisfy({ $0.isHangulSyllable || $0.isLatinLetter || $0 == " " || $0 == "&" || $0 == "." || $0 == "-" }),
                      !stopWords.contains(text), !words.contains(where: { josa.strip($0).map { $0.marker != .none } ?? false }),
                      glossed || !(words.count == 1 && analyzer.isDictionaryWord(text)) && !words.allSatisfy(analyzer.isDictionaryWord),
                      !appositiveHeads.keys.contains(words.last!), title(words.last!) == nil else { continue }
                var m = Mention(start: lo, end: hi, name: text, surface: text, type: nil, markerEnd: hi, rule: "list-item")
                finish(&m, s, nesting: nesting, aliases: &aliases)
                found.append(m)
            }
            // `A, B, C 등 3개 반도체 기업과`: a list counted as firms needs no known name.
            let tail = s.string((at + 1)..<min(s.count, at + 24))
            let counted = ListScan.startsWithACount(tail)
                && tail.split(separator: " ").prefix(4).contains { w in appositiveHeads.keys.contains { w.hasPrefix($0) } || w.hasPrefix("기관") }
            // `△해양 △항공우주 등 7개 분야`: a list counted in fields or goods names no organization.
            let countsThings = ListScan.startsWithACount(tail)
                && tail.split(separator: " ").prefix(3).contains { w in thingsCounted.contains { w.hasSuffix($0) } }
            guard knownItems >= 1 || counted && found.count >= 2, !found.isEmpty, !countsThings else { continue }
            out += found
        }
        return out
    }

    /// Whether `name` is a news outlet's (patterns.json `mediaOutlets`, or a name ending in one of
    /// `mediaSuffixes` that the gazetteer does not know).
    func isMediaName(_ name: String) -> Bool {
        isMedia(Mention(start: 0, end: 0, name: name, surface: name, type: nil, markerEnd: 0, rule: ""))
    }

    /// Whether a mention names the press (로이터통신, 월스트리트저널): a reporter, not a participant.
    func isMedia(_ m: Mention) -> Bool {
        if mediaOutlets.contains(m.name) || mediaOutlets.contains(m.surface) { return true }
        // Most names end in no outlet suffix's last letter: rejected before any comparison.
        guard let last = m.name.unicodeScalars.last, mediaSuffixEnds.contains(last) else { return false }
        return mediaSuffixes.contains { m.name.hasSuffix($0) && m.name.unicodeScalars.count > $0.unicodeScalars.count } && gazetteer.lookup(m.name) == nil
    }

    /// The place whose government `정부` at `i` is: the bare word right before it when that word
    /// ends in a unit of local government (시, 주, 성, 현, 도) and is no common word (`염성시`,
    /// `박닌성`) or a government the gazetteer knows (`텍사스주`, its canonical name returned),
    /// else nil. A country there (`중국 정부`) is read by the gazetteer.
    func localGovernmentPlace(_ s: Scalars, before i: Int) -> (start: Int, name: String)? {
        guard let previous = OrganizationRecognizer.previousWord(s, before: i), case let p = previous.unicodeScalars,
              (3...8).contains(p.count), p.allSatisfy(\.isHangulSyllable), let last = p.last,
              "시주성현도".unicodeScalars.contains(last), josa.strip(previous) == nil, !stopWords.contains(previous) else { return nil }
        // A place the gazetteer knows as a government of its own (`텍사스주`) is that government.
        let known = gazetteer.lookup(previous)
        if let known, known.type != .government { return nil }
        guard known != nil || analyzer.map({ !$0.isDictionaryWord(previous) }) ?? true else { return nil }
        var end = i
        while end > 0, s[end - 1].isSpace { end -= 1 }
        return (end - p.count, known?.name ?? previous)
    }

    /// Learns the names before a listing code (`세원(234100)`, `아이에이(038880)가`): a word followed by
    /// a six-digit code in parentheses is a listed company, whatever its name looks like (the
    /// Korea Exchange's codes are six digits). Known names are left to the gazetteer.
    func teachListedNames(in s: Scalars, aliases: inout ArticleAliases) {
        var from = 0
        while let open = s[from...].firstIndex(of: "(") {
            from = open + 1
            guard open + 7 < s.count, s[open + 7] == ")",
                  s[(open + 1)..<(open + 7)].allSatisfy({ $0.isASCII && ("0"..."9").contains($0) }) else { continue }
            var start = open
            while start > 0, OrganizationRecognizer.isWordScalar(s[start - 1]) { start -= 1 }
            guard (2...20).contains(open - start), s[start..<open].contains(where: { $0.isHangulSyllable || $0.isLatinLetter }) else { continue }
            let name = s.string(start..<open)
            if gazetteer.lookup(name) == nil { aliases.teach(name, Gazetteer.Organization(name: name, type: .company)) }
        }
    }

    /// Learns the aliases of `이름(약칭)` pairs in a sentence that is otherwise not read.
    func teachAliases(in s: Scalars, aliases: inout ArticleAliases) {
        var from = 0
        while let open = s[from...].firstIndex(of: "(") {
            from = open + 1
            var start = open
            while start > 0, OrganizationRecognizer.isWordScalar(s[start - 1]) { start -= 1 }
            guard start < open, let close = s[open...].firstIndex(of: ")"), close - open < 40 else { continue }
            // Read just the name and its parenthesis, as a sentence of its own.
            let piece = Scalars(s[start...close])
            var local = aliases
            let found = mentions(in: piece, nesting: Nesting(piece), aliases: &local)
            if let m = found.first, m.start == 0, m.end == open - start { aliases = local }
        }
    }

    private func gazetteerMention(_ s: Scalars, _ folded: Scalars, at i: Int, aliases: ArticleAliases,
                                  minimumLength: Int = 1, needsParticle: Bool = false) -> Mention? {
        let candidates = gazetteer.candidates(in: folded, at: i)
        // Most places start no known name and no alias the article taught.
        if candidates.isEmpty, aliases.names.isEmpty || aliases.byFirst[folded[i]] == nil { return nil }
        var found: [(Gazetteer.Organization, Int, String)] = candidates.map { (gazetteer.organizations[$0.organization], $0.end, "gazetteer") }
        if !aliases.names.isEmpty {
            // A one-syllable alias (`군` for 횡성군) counts only with its particle glued on (`군은`).
            for (key, org) in aliases.byFirst[folded[i]] ?? [] where folded.matches(key, at: i) && (key.count > 1 || i + 1 < s.count && s[i + 1].isHangulSyllable) {
                found.append((org, i + key.count, "alias"))
            }
            // On equal length the article's own definition (`이름(약칭)`) wins over the gazetteer.
            found.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 == "alias" && $1.2 != "alias" }
        }
        // `이탈리아정부는`, `중국당국이`: a country glued to its government.
        let glued = found.flatMap { (org, end, rule) in
            OrganizationRecognizer.governmentTails
                .filter { org.type == .government && s.matches($0, at: end) && endFits(s, start: i, end: end + $0.count) }
                .map { (org, end + $0.count, rule) }
        }
        found = glued + found
        for (org, end, rule) in found where end - i >= minimumLength && endFits(s, start: i, end: end) {
            if !blockers.isEmpty, let after = blockers[s.string(i..<end)], let previous = OrganizationRecognizer.previousWord(s, before: i), after.contains(previous) { continue }
            if needsParticle {
                let wEnd = OrganizationRecognizer.wordEnd(s, from: end)
                guard wEnd > end, let m = josa.marker(of: s[end..<wEnd], after: s[end - 1]), m != .none, m != .copula else { continue }
            }
            return Mention(start: i, end: end, name: org.name, surface: s.string(i..<end), type: org.type,
                           markerEnd: end, rule: rule)
        }
        return nil
    }

    /// A name may end at white space or punctuation, or before a particle that fits its last sound.
    private func endFits(_ s: Scalars, start: Int, end: Int) -> Bool {
        guard end < s.count else { return true }
        let last = s[end - 1], next = s[end]
        if (last.isLatinLetter || last.isASCIIDigit) && (next.isLatinLetter || next.isASCIIDigit) { return false }
        guard OrganizationRecognizer.isWordScalar(next) else { return true }
        let wEnd = OrganizationRecognizer.wordEnd(s, from: end)
        return josa.marker(of: s[end..<wEnd], after: last) != nil
    }

    /// Suffix, acronym and head-of-state patterns for a word the gazetteer does not know.
    /// - Parameter glosses: whether the sentence holds a parenthesis at all (names glossed in it).
    private func patternMention(_ s: Scalars, at i: Int, previous: Mention?, glosses: Bool) -> Mention? {
        let wEnd = OrganizationRecognizer.wordEnd(s, from: i)
        guard wEnd > i else { return nil }
        // Press-release convention: `나무소리(대표 홍길동)는` names a company; a Korean abbreviation
        // made of the name's own syllables (`한국수력원자력(한수원)`) names an organization.
        if wEnd < s.count, s[wEnd] == "(", let close = s[wEnd..<min(s.count, wEnd + 24)].firstIndex(of: ")"),
           wEnd - i >= 2, s[i].isHangulSyllable || s[i].isLatinLetter {
            let inside = Scalars(s[(wEnd + 1)..<close])
            let name = s.string(i..<wEnd)
            let headed = ["대표", "대표이사", "공동대표", "회장", "사장", "이사장", "원장", "총장", "센터장"].contains { inside.matches($0.scalars, at: 0) }
            // `김바다 한빛연구소 소장(부사장)은`: a title glossed with a rank is a person's, no company.
            if headed, !stopWords.contains(name), title(name)?.title != name {
                return Mention(start: i, end: wEnd, name: name, surface: name, type: .company, markerEnd: wEnd, rule: "headed-by")
            }
            if OrganizationRecognizer.isAbbreviation(inside, of: Scalars(s[i..<wEnd])), !stopWords.contains(name) {
                return Mention(start: i, end: wEnd, name: name, surface: name, type: nil, markerEnd: wEnd, rule: "abbreviated")
            }
            // `디매트릭스(d-Matrix, 미국)`, `링크트인(LinkedIn)`: a transliterated name glossed with its
            // Latin spelling on first mention, as the Korean press does for foreign firms.
            if s[i..<wEnd].allSatisfy(\.isHangulSyllable), (2...12).contains(wEnd - i), !stopWords.contains(name),
               OrganizationRecognizer.isLatinSpelling(inside, of: Scalars(s[i..<wEnd])),
               !lexiconNouns.contains(where: { name.scalars.count >= $0.count && name.scalars.matches($0, at: name.scalars.count - $0.count) }),
               analyzer.map({ !$0.isDictionaryWord(name) && !(inside.contains(" ") && $0.entryTag(name) != nil) }) ?? true {
                return Mention(start: i, end: wEnd, name: name, surface: name, type: .company, markerEnd: wEnd, rule: "glossed")
            }
            // `센스타임(商湯集團)`, `당성커지(當升科技)`: a Chinese firm glossed with its name in Han
            // characters: four or more, or ending in a word for a company (集團, 公司, 科技 …); a
            // person's name (`시진핑(習近平)`) is two or three characters.
            if s[i..<wEnd].allSatisfy(\.isHangulSyllable), (2...12).contains(wEnd - i), !stopWords.contains(name),
               inside.allSatisfy({ $0.properties.isIdeographic || $0 == " " }), !inside.isEmpty,
               inside.count >= 4 || OrganizationRecognizer.hanCompanyWords.contains(where: { inside.string.hasSuffix($0) }),
               analyzer.map({ !$0.isDictionaryWord(name) }) ?? true {
                return Mention(start: i, end: wEnd, name: name, surface: name, type: .company, markerEnd: wEnd, rule: "glossed")
            }
        }
        // `일레븐스 아워 게임즈(Eleventh Hour Games)`: a name of two or three words glossed word for word.
        if glosses, s[i].isHangulSyllable, let m = glossedWords(s, at: i) { return m }
        // `장덕천 부천시장은`, `크리스티 놈 사우스다코타 주지사는`: a local government's head speaks for it.
        if s[i].isHangulSyllable, let m = localHeadMention(s, at: i, wordEnd: wEnd) { return m }
        // Most words end in no suffix, start with no capital and are no title: reject them unread.
        if !s[i].isUpperLatin && !headTitles.contains(where: { s.matches($0, at: i) })
            && !s[i..<wEnd].contains(where: { $0.value < 0x10000 && suffixEnds[Int($0.value)] }) { return nil }
        // The stem ends where a fitting particle starts, or at the word's end.
        var stemEnds = josa.stemEnds(s, i..<wEnd).map(\.end)
        stemEnds.append(wEnd)
        for stemEnd in stemEnds {
            let length = stemEnd - i
            let first = s[i]
            // Acronym: 2-6 capitals (digits and & allowed), not a common abbreviation.
            if first.isUpperLatin, (2...6).contains(length),
               s[i..<stemEnd].allSatisfy({ $0.isUpperLatin || $0.isASCIIDigit || $0 == "&" }),
               s[i..<stemEnd].filter(\.isUpperLatin).count >= 2 {
                let stem = s.string(i..<stemEnd)
                if acronymStop.contains(stem) { return nil }
                return Mention(start: i, end: stemEnd, name: stem, surface: stem, type: nil, markerEnd: stemEnd, rule: "acronym")
            }
            // A capitalized Latin name with a Korean particle (`Upstage는`): foreign firms are
            // often written in Latin letters.
            if first.isUpperLatin, stemEnd < wEnd, (3...20).contains(length),
               s[(i + 1)..<stemEnd].allSatisfy({ $0.isLatinLetter || $0.isASCIIDigit }), s[(i + 1)..<stemEnd].contains(where: { !$0.isUpperLatin }) {
                let stem = s.string(i..<stemEnd)
                if !acronymStop.contains(stem) && !stopWords.contains(stem) {
                    return Mention(start: i, end: stemEnd, name: stem, surface: stem, type: nil, markerEnd: stemEnd, rule: "latin-name")
                }
            }
            // Head of state: `이재명 대통령은` speaks for the government; a foreign leader's title does not.
            if headTitleLengths.contains(length), let title = headTitles.first(where: { $0.count == length && s.matches($0, at: i) }),
               var org = headsOfState[title.string], let previous = OrganizationRecognizer.previousWord(s, before: i) {
                let p = previous.scalars
                // `트럼프 대통령은` speaks for the United States, `이 대통령은` for Korea.
                if let government = foreignLeaders[previous] { org = government }
                if p.count <= 4, p.allSatisfy(\.isHangulSyllable), gazetteer.lookup(previous) == nil {
                    return Mention(start: i, end: stemEnd, name: org.name, surface: s.string(i..<stemEnd), type: org.type,
                                   markerEnd: stemEnd, speaker: true, rule: "head-of-state")
                }
            }
            // Organization suffix with a long enough stem, outside the stop list.
            guard first.isHangulSyllable || first.isLatinLetter, suffixLastScalars.contains(s[stemEnd - 1]) else { continue }
            for (suffix, type) in suffixes where length - suffix.count >= minStem && s.matches(suffix, at: stemEnd - suffix.count) {
                let stem = s.string(i..<stemEnd)
                if stopWords.contains(stem) { return nil }
                if stemEnd - suffix.count - 1 >= i, stopWords.contains(s.string((stemEnd - suffix.count - 1)..<stemEnd)) { return nil }
                return Mention(start: i, end: stemEnd, name: stem, surface: stem, type: type, markerEnd: stemEnd, rule: "suffix")
            }
        }
        return nil
    }

    /// `(이하 …)`: the short form a text uses from here on.
    static let hereafter = "이하 ".scalars

    /// Han words that end a company's name (`商湯集團`, `當升科技`).
    static let hanCompanyWords = ["集團", "集团", "公司", "科技", "電子", "电子", "銀行", "银行", "控股", "通信", "網絡", "网络", "技術", "技术", "汽車", "汽车", "電器", "电器", "集團公司"]

    /// A transliterated name of two or three Hangul words right before a Latin gloss of as many
    /// words (`일레븐스 아워 게임즈(Eleventh Hour Games)`).
    func glossedWords(_ s: Scalars, at i: Int) -> Mention? {
        var k = i
        var words: [String] = []
        while words.count < 3 {
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            guard e > k, s[k..<e].allSatisfy(\.isHangulSyllable), e - k <= 8 else { return nil }
            words.append(s.string(k..<e))
            guard e < s.count else { return nil }
            // `암페어 컴퓨팅(이하 암페어)`: a name given its short form for the rest of the article.
            // Common words so shortened (`인공지능 기본법(이하 AI기본법)`) name no organization.
            if s[e] == "(", s.matches(OrganizationRecognizer.hereafter, at: e + 1), words.count <= 2, e - i >= 2,
               s[e..<min(s.count, e + 30)].contains(")"), !words.allSatisfy({ analyzer?.isDictionaryWord($0) ?? true }),
               !words.contains(where: { stopWords.contains($0) || josa.strip($0) != nil && josa.strip($0)?.marker != Marker.none }) {
                let name = words.joined(separator: " ")
                return Mention(start: i, end: e, name: name, surface: name, type: .company, markerEnd: e, rule: "glossed")
            }
            if s[e] == "(" {
                guard words.count >= 2, let close = s[e..<min(s.count, e + 40)].firstIndex(of: ")") else { return nil }
                let gloss = Scalars(s[(e + 1)..<close])
                let head = Scalars(gloss.prefix { $0 != "," }).string.trimmed
                var glossWords = head.split(separator: " ").map(String.init)
                // `큐에라 컴퓨팅(QuEra Computing Inc)`: a company form the Hangul leaves out is no word of
                // the name (else `기업 큐에라 컴퓨팅` would match word for word).
                if let form = glossWords.last, latinCompanyForms.contains(form.lowercased()), glossWords.count >= 2,
                   !hangulCompanyForms.contains(words[words.count - 1]) {
                    glossWords.removeLast()
                }
                guard glossWords.count == words.count, OrganizationRecognizer.isLatinSpelling(gloss, of: Scalars(s[i..<e])),
                      !words.contains(where: { stopWords.contains($0) || josa.strip($0) != nil && josa.strip($0)?.marker != Marker.none }) else { return nil }
                let name = words.joined(separator: " ")
                return Mention(start: i, end: e, name: name, surface: name, type: .company, markerEnd: e, rule: "glossed")
            }
            guard s[e] == " " else { return nil }
            k = e + 1
        }
        return nil
    }

    /// `부천시장은` (the name the gazetteer knows once the body's ending is put back) or
    /// `사우스다코타 주지사는` (a title of `localHeads` marked `apart`, after a bare Hangul word of
    /// two to eight syllables): a government mention spanning the name, speaking for it.
    func localHeadMention(_ s: Scalars, at i: Int, wordEnd wEnd: Int) -> Mention? {
        // Most words hold no title: ruled out on scalars, before any string is made.
        guard wEnd - i >= 2, localHeadTitles.contains(where: { s.firstIndex(of: $0, from: i, to: wEnd) != nil }) else { return nil }
        let word = s.string(i..<wEnd)
        let stem = josa.strip(word)?.stem ?? word
        let stemEnd = i + stem.unicodeScalars.count
        for head in localHeads {
            if stem == head.title, head.apart == true, let place = OrganizationRecognizer.previousWord(s, before: i),
               (2...8).contains(place.unicodeScalars.count), place.unicodeScalars.allSatisfy(\.isHangulSyllable), josa.strip(place) == nil,
               !stopWords.contains(place) {
                let start = i - 1 - place.unicodeScalars.count
                let name = gazetteer.lookup(place + head.body)?.name ?? place + head.body
                return Mention(start: start, end: stemEnd, name: name, surface: s.string(start..<stemEnd), type: .government,
                               markerEnd: stemEnd, speaker: true, rule: "head of local government")
            }
            if stem.hasSuffix(head.title), stem.count > head.title.count + 1 {
                let body = String(stem.dropLast(head.title.count)) + head.body
                if let known = gazetteer.lookup(body), known.type == OrganizationType.government {
                    return Mention(start: i, end: stemEnd, name: known.name, surface: stem, type: .government,
                                   markerEnd: stemEnd, speaker: true, rule: "head of local government")
                }
            }
        }
        return nil
    }

    /// The rule of a quoted name right after a classifier: a name in any role, unlike a quoted
    /// word alone, which may be a title.
    static let quotedAfterClassifier = "quoted name after a classifier"

    /// A name in quotation marks at `open`: at most four words and 30 scalars, followed right after
    /// the closing mark by a particle of an argument slot, an alias in parentheses, or an object
    /// head (`'A' 인수를`); the gazetteer's name when it knows the quoted text. The mention spans the
    /// text inside the marks; `finish` reads what follows the closing mark.
    func quotedName(_ s: Scalars, at open: Int, nesting: Nesting) -> Mention? {
        guard analyzer != nil, open + 2 < s.count, nesting.inQuote[open] == false || s[open] == "'" else { return nil }
        let limit = min(s.count, open + 32)
        guard let close = s[(open + 1)..<limit].firstIndex(where: { $0.isClosingQuote || $0 == "'" }), close > open + 1 else { return nil }
        let inner = s.trimmedRange((open + 1)..<close)
        guard !inner.isEmpty, close + 1 < s.count else { return nil }
        let text = s.string(inner)
        guard text.split(separator: " ").count <= 4, text.unicodeScalars.contains(where: { $0.isHangulSyllable || $0.isLatinLetter }),
              !text.contains("%"), text.unicodeScalars.first.map({ !$0.isASCIIDigit }) ?? false,
              !text.contains(where: { ".,!?\"“”".contains($0) }),
              // `‘NXT:2050i와 NXT:2100i’`: two names joined inside the marks are no one name.
              !text.contains("와 ") && !text.contains("과 ") else { return nil }
        let after = close + 1
        let wEnd = OrganizationRecognizer.wordEnd(s, from: after)
        // A quoted word may be a title (`‘CES 2025’가 열리고`); after a classifier (`기업 '모레'는`) it
        // is a name, whatever role it takes.
        let classified = OrganizationRecognizer.previousWord(s, before: open).map { classifierType($0) != nil } ?? false
        var fits = false
        if s[after] == "(" { fits = true }
        if wEnd > after, let marker = josa.marker(of: s[after..<wEnd], after: s[inner.upperBound - 1]), OrganizationRecognizer.slotMarkers.contains(marker) || marker == .genitive { fits = true }
        // `솔루션 기업 '모레'는`, `운영대행사업자 '메가존', 게임 개발사 '갈라랩'과`: after a classifier the
        // quoted word is a name as the subject or a list item too.
        if !fits, classified, wEnd > after && josa.marker(of: s[after..<wEnd], after: s[inner.upperBound - 1]) == .subject || ",·".unicodeScalars.contains(s[after]) {
            fits = true
        }
        // `'시프트' 인수 절차를`, `'위챗' 사용을`: the noun whose object the name is, with or without its particle.
        if s[after] == " ", let next = nextWord(s, from: after), objectHeads.contains(josa.strip(next.text)?.stem ?? next.text) { fits = true }
        // `‘챗GPT’ 등 외부 생성형 AI를`: a name closing a list of examples.
        if s[after] == " ", let next = nextWord(s, from: after), next.text == "등" || next.text.hasPrefix("등") && josa.marker(of: next.text.scalars.dropFirst()[...], after: "등") != nil { fits = true }
        // `‘아이폰 16’ 시리즈의`: a known name and a noun that still denotes it.
        if s[after] == " ", gazetteer.lookup(text) != nil, let next = nextWord(s, from: after), organizationTails.contains(josa.strip(next.text)?.stem ?? next.text) { fits = true }
        guard fits else { return nil }
        // Titles of plans and agreements are quoted too: a phrase that ends in one of the lexicon's
        // nouns (`'클라우드 원팀' 결성 협약`) is not a name.
        let t = text.scalars
        if lexiconNouns.contains(where: { t.count >= $0.count && t.matches($0, at: t.count - $0.count) }) { return nil }
        // `'디디추싱(滴滴出行)'`: a gloss inside the marks is no part of the name.
        var name = text
        if name.hasSuffix(")"), let open = name.firstIndex(of: "("), open > name.startIndex {
            name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
        }
        let known = gazetteer.lookup(name)
        // The mention ends after the closing mark, where its particle or alias is read.
        return Mention(start: inner.lowerBound, end: close + 1, name: known?.name ?? name, surface: name, type: known?.type,
                       markerEnd: close + 1, rule: classified ? OrganizationRecognizer.quotedAfterClassifier : "quoted name")
    }

    /// Where a name starts whose first word stands apart from its suffixed word: the word before
    /// `start` is bare (no particle), not part of the previous mention, and a name to the analyzer.
    func spacedNameStart(_ s: Scalars, before start: Int, previous: Mention?, morphemes: SentenceMorphemes) -> Int? {
        guard analyzer != nil, start >= 3, s[start - 1] == " " else { return nil }
        let end = start - 1
        var k = end
        while k > 0, OrganizationRecognizer.isWordScalar(s[k - 1]) { k -= 1 }
        guard end - k >= 2, end - k <= 8, k == 0 || s[k - 1] == " " || s[k - 1] == "," || s[k - 1].isOpeningQuote,
              previous.map({ $0.markerEnd <= k }) ?? true else { return nil }
        let word = s.string(k..<end)
        guard !stopWords.contains(word), josa.strip(word) == nil || josa.strip(word)?.marker == Marker.none,
              MorphologicalAnalyzer.isName(morphemes.within(k..<end), length: end - k, asSubject: true, surnames: surnames)
                // `텍사스 인스트루먼츠`: a place the gazetteer does not know as a government may open a firm's name.
                || MorphologicalAnalyzer.isPlace(morphemes.within(k..<end)) && gazetteer.lookup(word) == nil else { return nil }
        // `네이버와 손잡고 한빛랩스를`: in the sentence the analyzer may take a verb with its ending for
        // a proper noun (손잡고/NNP); read alone it is the verb (손잡/VV+고/EC), and opens no name.
        let alone = analyzer!.analyze(word)
        if alone.count == 2, alone[0].tag.hasPrefix("V"), alone[1].tag.hasPrefix("E") { return nil }
        return k
    }

    /// `상하이 자동차는`, `텍사스 커뮤니케이션과`, `상하이 테크놀로지에`: a word that is only an organization
    /// suffix of three scalars or more (and its particle), after a bare word that names (as
    /// `spacedNameStart` decides, holding a proper noun): the words are one name. A common word before the suffix
    /// (`스마트 모빌리티`, `전기 자동차`) or a known name (`중국 자동차`) makes none.
    func spacedSuffixMention(_ s: Scalars, at i: Int, previous: Mention?, morphemes: SentenceMorphemes) -> Mention? {
        guard analyzer != nil, i >= 3, s[i].isHangulSyllable, s[i - 1] == " " else { return nil }
        let wEnd = OrganizationRecognizer.wordEnd(s, from: i)
        var stemEnds = josa.stemEnds(s, i..<wEnd).map(\.end)
        stemEnds.append(wEnd)
        for stemEnd in stemEnds {
            guard let (_, type) = suffixes.first(where: { $0.0.count >= 3 && $0.0.count == stemEnd - i && s.matches($0.0, at: i) }) else { continue }
            // A proper noun or a place, not a compound the analyzer cut short (인+앱+결제 시스템).
            func properWordStart(before end: Int) -> Int? {
                guard let k = spacedNameStart(s, before: end, previous: previous, morphemes: morphemes),
                      morphemes.within(k..<(end - 1)).contains(where: { MorphologicalAnalyzer.properTags.contains($0.tag) }) else { return nil }
                return k
            }
            guard var start = properWordStart(before: i) else { return nil }
            // `차이나 머천트 캐피탈`: a second naming word before the first.
            if let earlier = properWordStart(before: start) ?? listItemOpening(s, before: start, previous: previous) { start = earlier }
            // `누리 인베스트먼트 홀딩스`, `ST다이나모 캐피탈 파트너스`: a word that is only a suffix names
            // nothing; the bare word before it opens the name, whatever the dictionary says of it.
            else if isOnlySuffix(s, start..<(i - 1)) {
                guard let b = bareWordStart(s, before: start, previous: previous) else { return nil }
                start = b
            }
            let name = s.string(start..<stemEnd)
            if stopWords.contains(name) { return nil }
            return Mention(start: start, end: stemEnd, name: name, surface: name, type: type, markerEnd: stemEnd, rule: "suffix, spaced")
        }
        return nil
    }

    /// The particle of ` 등이`, ` 등과` or ` 등에` right at `k`: the marker a list closed by 등 gives
    /// its last item. Not the object particle: `인프라 지원비 등을` lists things as often as names.
    func markerAfterClosingEtc(_ s: Scalars, at k: Int) -> Marker? {
        guard k + 2 < s.count, s[k] == " ", s[k + 1] == "등", let next = nextWord(s, from: k),
              let split = josa.strip(next.text), split.stem == "등", [.subject, .comitative, .dative].contains(split.marker) else { return nil }
        return split.marker
    }

    /// Whether `range` of `s` is exactly one organization suffix (`인베스트먼트`, `캐피탈`): a word that
    /// names nothing by itself.
    func isOnlySuffix(_ s: Scalars, _ range: Range<Int>) -> Bool {
        suffixes.contains { $0.0.count == range.count && s.matches($0.0, at: range.lowerBound) }
    }

    /// `누리 인베스트먼트 홀딩스`: where the bare word one space before `start` begins, the word that
    /// names a firm whose next word is only a suffix: 2–12 letters after white space or the
    /// sentence's start, no particle, no stop word, no title, and after `previous` if one is given.
    func bareWordStart(_ s: Scalars, before start: Int, previous: Mention?) -> Int? {
        guard start >= 2, s[start - 1] == " " else { return nil }
        var b = start - 1
        while b > 0, OrganizationRecognizer.isWordScalar(s[b - 1]) { b -= 1 }
        let word = s.string(b..<(start - 1))
        guard b < start - 1, b == 0 || s[b - 1] == " ", (2...12).contains(start - 1 - b), josa.strip(word) == nil,
              !stopWords.contains(word), title(word) == nil, previous.map({ $0.markerEnd <= b }) ?? true else { return nil }
        return b
    }

    /// `레전드 캐피탈, 차이나 머천트 캐피탈 등`: a bare Hangul word that opens a list item (after `,`
    /// or `·`) and is no dictionary word belongs to the name after it, however the analyzer cuts it
    /// (차이+나).
    func listItemOpening(_ s: Scalars, before start: Int, previous: Mention?) -> Int? {
        guard let analyzer, start >= 3, s[start - 1] == " " else { return nil }
        var k = start - 1
        while k > 0, s[k - 1].isHangulSyllable { k -= 1 }
        guard (2...6).contains(start - 1 - k), k >= 2, s[k - 1] == " " || s[k - 1] == "·",
              s[k - 1] == "·" || s[k - 2] == "," || s[k - 2] == "·", previous.map({ $0.markerEnd <= k }) ?? true else { return nil }
        let word = s.string(k..<(start - 1))
        guard !stopWords.contains(word), josa.strip(word) == nil, !analyzer.isDictionaryWord(word) else { return nil }
        return k
    }

    /// Whether `m` is a Latin name or acronym without a particle right before `start` (`KKR` of
    /// `KKR Redwood`): the first word of a longer Latin name, not a name of its own.
    static func bareLatinMention(_ m: Mention?, before start: Int, in s: Scalars) -> Bool {
        guard let m, m.markerEnd == m.end, m.end + 1 == start, s[m.end] == " " else { return false }
        return s[m.start..<m.end].allSatisfy { $0.isLatinLetter || $0.isASCIIDigit || $0 == "&" }
    }

    /// Where a word of 2–5 capitals (or &) right before the acronym at `start` begins (`CJ E&M`,
    /// `IMM CS`), if it stands alone (text start, space or quote before it) and is no common
    /// abbreviation (`AI`, `IT`: patterns.json `acronymStopList`).
    static func acronymNameStart(_ s: Scalars, before start: Int, stop: Set<String>) -> Int? {
        guard start >= 3, s[start - 1] == " " else { return nil }
        var b = start - 1
        while b > 0, s[b - 1].isUpperLatin || s[b - 1] == "&" { b -= 1 }
        guard (2...5).contains(start - 1 - b), s[b].isUpperLatin,
              b == 0 || s[b - 1] == " " || s[b - 1].isOpeningQuote,
              !stop.contains(s.string(b..<(start - 1))) else { return nil }
        return b
    }

    /// Where up to two capitalized Latin words right before `start` begin (`Hanbit Labs`), if any.
    static func latinNameStart(_ s: Scalars, before start: Int, previous: Mention?) -> Int? {
        var begin: Int? = nil
        var k = start
        for _ in 0..<2 {
            guard k >= 2, s[k - 1] == " " else { break }
            var b = k - 1
            while b > 0, s[b - 1].isLatinLetter { b -= 1 }
            guard b < k - 1, s[b].isUpperLatin, b == 0 || s[b - 1] == " " || s[b - 1].isOpeningQuote,
                  previous.map({ $0.markerEnd <= b }) ?? true else { break }
            begin = b
            k = b
        }
        return begin
    }

    /// Particles of the argument slots a name the gazetteer lacks may fill: subject, partner
    /// (와/과), object, 에/에게 and 로부터.
    static let slotMarkers: Set<Marker> = [.subject, .comitative, .object, .dative, .source, .list]

    /// A word in an argument slot (`루닛메디는`, `클리어뷰AI에`) whose stem the morphological
    /// analyzer does not read as common nouns: a proper noun, foreign letters or a stretch the
    /// dictionary lacks. Person names (2-3 syllables, all `인명`) and places outside the subject
    /// slot are not organizations. Without an analyzer no word is taken this way.
    func slotMention(_ s: Scalars, at i: Int, nesting: Nesting, morphemes: SentenceMorphemes) -> Mention? {
        guard analyzer != nil, s[i].isHangulSyllable || s[i].isLatinLetter else { return nil }
        let wEnd = OrganizationRecognizer.wordEnd(s, from: i)
        // The longest stem that leaves a fitting particle of an argument slot.
        var slot = josa.stemEnds(s, i..<wEnd).first(where: { OrganizationRecognizer.slotMarkers.contains($0.marker)
            // `게임사 넵튠의 지분`: whose stake is bought.
            || $0.marker == .genitive && (RoleAssigner.ownershipFollows(s, after: wEnd, nouns: ownershipNouns) || RoleAssigner.roundFollows(s, after: wEnd)
                || RoleAssigner.divisionFollows(s, after: wEnd, josa: josa, heads: divisionHeads) || buysWhatFollows(s, after: wEnd)
                // `누리톡의 사용을 금지했다`: whose use, service or business is the object.
                || usedWhatFollows(s, after: wEnd)) })
        // `세림캐피털과 누리삭스 등이`: the last item of a list closed by 등 takes the particle after 등.
        if slot == nil, let marker = markerAfterClosingEtc(s, at: wEnd) { slot = (wEnd, marker) }
        // `전남도, 한국전력공사`: a list item ends at the comma; what looks like a particle is the name's.
        if wEnd < s.count, ",·".unicodeScalars.contains(s[wEnd]) { slot = (wEnd, .list) }
        // `펜산도 인수가`: before a noun of buying, a last 도 is the name's, not the particle.
        if let found = slot, found.end < wEnd, s[found.end] == "도", found.end + 1 == wEnd, isBoughtOrSold(s, after: wEnd) { slot = nil }
        // `NHN엔터프라이즈㈜와`, `서남해안개발(주)은`: the company-form mark stands between the name and
        // its particle; a comma after it closes a list item.
        var trailingMark = 0
        if wEnd < s.count, s[wEnd] == "㈜" { trailingMark = 1 }
        if wEnd + 3 <= s.count, ["(주)", "(유)"].contains(s.string(wEnd..<(wEnd + 3))) { trailingMark = 3 }
        if slot == nil, trailingMark > 0 {
            let pStart = wEnd + trailingMark
            let pEnd = OrganizationRecognizer.wordEnd(s, from: pStart)
            // The particle is written to fit the mark (주) or the name before it (`개발㈜은`).
            if pEnd > pStart, let marker = josa.marker(of: s[pStart..<pEnd], after: "주") ?? josa.marker(of: s[pStart..<pEnd], after: s[wEnd - 1]),
               OrganizationRecognizer.slotMarkers.contains(marker) {
                slot = (wEnd, marker)
            } else if pStart < s.count, ",·".unicodeScalars.contains(s[pStart]) {
                slot = (wEnd, .list)
            }
        }
        // `당성커지(當升科技)는`: a gloss between the name and its particle.
        if slot == nil, wEnd < s.count, s[wEnd] == "(", let close = s[wEnd..<min(s.count, wEnd + 24)].firstIndex(of: ")") {
            let pEnd = OrganizationRecognizer.wordEnd(s, from: close + 1)
            if pEnd > close + 1, let marker = josa.marker(of: s[(close + 1)..<pEnd], after: s[wEnd - 1]), OrganizationRecognizer.slotMarkers.contains(marker) {
                slot = (wEnd, marker)
            }
            // `㈜모레(Moreh), …`: a list item glossed before its comma.
            if slot == nil, close + 1 < s.count, ",·".unicodeScalars.contains(s[close + 1]) { slot = (wEnd, .list) }
            // `토론토대(캐나다) 등과`: the last item of a list closed by 등, glossed before it.
            if slot == nil, let marker = markerAfterClosingEtc(s, at: close + 1) { slot = (wEnd, marker) }
        }
        // `㈜모레`, `(주)누리`, `(유)한국기계설비기술`: a company-form mark before the word says it is a
        // company's name, even one the dictionary knows as a common word (모레: the day after tomorrow).
        let formMarked = i >= 1 && s[i - 1] == "㈜" || i >= 3 && ["(주)", "(유)"].contains(s.string((i - 3)..<i))
            || trailingMark > 0 && slot?.end == wEnd
        var bare = false
        var ownedFollows = false
        if slot == nil, let next = nextWord(s, from: wEnd) {
            let split = josa.strip(next.text)
            let stem = split?.stem ?? next.text
            // `스웨덴 정부는`, `이탈리아 당국이`, `노르웨이 의회는`: a country acting through its body.
            if Scalars(s[i..<wEnd]).allSatisfy(\.isHangulSyllable), MorphologicalAnalyzer.isPlace(morphemes.within(i..<wEnd)),
               OrganizationRecognizer.governmentWords.contains(stem) || governmentBodySuffixes.contains(where: { stem.hasSuffix($0.string) && stem.unicodeScalars.count > $0.count }) {
                let name = s.string(i..<wEnd) + " " + (["당국", "행정부"].contains(stem) ? "정부" : stem)
                let stemEnd = next.end - (split?.particle.unicodeScalars.count ?? 0)
                return Mention(start: i, end: stemEnd, name: name, surface: s.string(i..<stemEnd), type: .government, markerEnd: stemEnd, rule: "country body")
            }
            // `하이로드 인수를`, `위챗 사용을`: a bare name before the noun whose object it is.
            // A bare head must itself lead to a head with the particle (`딥시크 앱 사용을`); `웹툰 플랫폼
            // 타파스를` names the category of what follows.
            var chained = objectHeads.contains(next.text) && nextWord(s, from: next.end).flatMap { josa.strip($0.text) }.map { objectHeads.contains($0.stem) } == true
            // `틱톡 설치와 이용을`, `틱톡 설치 및 이용을`: two heads joined, the last with its particle.
            if !chained, let w3 = nextWord(s, from: next.end) {
                let joined = split.map { $0.marker == .comitative && objectHeads.contains($0.stem) } ?? false
                let spelled = split == nil && objectHeads.contains(next.text) && w3.text == "및"
                let last = joined ? w3 : spelled ? nextWord(s, from: w3.end) : nil
                if let last, let head = josa.strip(last.text), head.marker == .object, objectHeads.contains(head.stem) { chained = true }
            }
            // `카스퍼스키 보안 소프트웨어 사용을`: two bare nouns, then the head with its particle.
            if !chained, split == nil, let w3 = nextWord(s, from: next.end), josa.strip(w3.text) == nil, objectHeads.contains(w3.text),
               let w4 = nextWord(s, from: w3.end), let last = josa.strip(w4.text), last.marker == .object, objectHeads.contains(last.stem) {
                chained = true
            }
            // `네이버, 포시마크 인수`: a headline drops the particle before the noun of the deal.
            let headline = split == nil && objectHeads.contains(next.text) && s.last(where: { !$0.isSpace }).map({ $0 != "." }) == true
            // `자일링스 지분 4%를 확보`: whose shares, with the share told after the noun.
            // `플러그파워 지분을 취득`, `카라이프 경영권을`: whose shares, with or without the share's figure;
            // `누리칩스 최대주주에`: whose owner the buyer became.
            ownedFollows = ownershipNouns.contains { next.text.hasPrefix($0) } || stem == "주식"
            // `오로라칩스 인수 작업을 마쳤다`: a bare name before the bare noun of buying.
            if chained || headline || split.map({ objectHeads.contains($0.stem) }) == true || ownedFollows || acquisitionNouns.contains(next.text) {
                slot = (wEnd, .object)
                bare = true
            }
        }
        guard let (stemEnd, marker) = slot else { return nil }
        // `지나 레이몬도 미 상무 장관은`: a name ending in 도 before an officer's title within three
        // words is the officer's own, not a name with the particle 도.
        if wEnd == stemEnd + 1, s[stemEnd] == "도" {
            var k = wEnd
            for _ in 0..<3 {
                guard let next = nextWord(s, from: k) else { break }
                if let t = title(next.text), t.marker == .subject { return nil }
                k = next.end
            }
        }
        let stem = Scalars(s[i..<stemEnd])
        guard (2...14).contains(stem.count), stem.contains(where: \.isHangulSyllable),
              !stopWords.contains(stem.string), !(nesting.inQuote[i] && !nesting.inQuote[max(0, i - 1)]) else { return nil }
        // `관련법을 준수하도록`: a law, not a name.
        if lawEndings.contains(where: { stem.string.hasSuffix($0) }) { return nil }
        // `네 군데의 외부 개발사에`: a classifier alone (patterns.json `appositiveHeads`) names no firm.
        if appositiveHeads.keys.contains(stem.string) { return nil }
        // `파트너십을`, `투자협약을`: the lexicon's own nouns are what events are made of, not names.
        if lexiconNouns.contains(where: { stem.count >= $0.count && stem.matches($0, at: stem.count - $0.count) }) { return nil }
        // `RPO오라클은`: a known name glued after foreign letters is that name, found elsewhere.
        for k in 1..<stem.count where stem[k - 1].isLatinLetter && stem[k].isHangulSyllable {
            if !gazetteer.candidates(in: s, at: i + k).isEmpty { return nil }
        }
        // `㈜인코어드P&P와`: such a name may hold an ampersand or digits.
        if formMarked, stem.count >= 2, stem.allSatisfy({ $0.isHangulSyllable || $0.isLatinLetter || $0.isASCIIDigit || $0 == "&" }),
           stem.contains(where: { $0.isHangulSyllable || $0.isLatinLetter }) {
            return Mention(start: i, end: stemEnd, name: stem.string, surface: stem.string, type: .company, markerEnd: stemEnd, rule: "slot, company-form mark")
        }
        // A word the dictionary knows as one common word (업계, 이번, 라운드) is no name in any
        // context: rejected before the sentence is read.
        if !bare, analyzer!.isDictionaryWord(stem.string) { return nil }
        // `3분기 중으로 합병을`: a word read bare before the noun of a deal is no name when, right after
        // a word of time, it is a dictionary word with a particle of means, place or source (중+으로,
        // 말+에): it ends the phrase of time.
        if bare, marker == .object, let split = josa.strip(stem.string), [.oblique, .dative, .source].contains(split.marker),
           analyzer!.isDictionaryWord(split.stem), let previous = OrganizationRecognizer.previousWord(s, before: i),
           OrganizationRecognizer.isTimeWord(previous) { return nil }
        // `전략가인 캐봇 헨더슨은`, `책임자 대니 휴슨은`: a name after a person's title or role is a person.
        // The title stands bare (`책임자 대니`) or as a copula (`전략가인`); `정부는 X를` is a subject, not a title.
        func namesAPerson(_ word: String) -> Bool {
            // `미국 이노패드를`: a country whose name ends like a title (국) is no title.
            if gazetteer.lookup(word) != nil { return false }
            if let t = title(word), t.marker == .none, t.title.unicodeScalars.count == word.unicodeScalars.count || !word.unicodeScalars.contains(where: { !$0.isHangulSyllable && !$0.isLatinLetter }) {
                return josa.strip(word) == nil || josa.strip(word)?.marker == Marker.none
            }
            return word.hasSuffix("인") && title(String(word.dropLast())) != nil
        }
        if let previous = OrganizationRecognizer.previousWord(s, before: i), namesAPerson(previous) { return nil }
        // `5천억 원가량을`, `300억 원을`: a word after a figure is its unit.
        if let previous = OrganizationRecognizer.previousWord(s, before: i), previous.unicodeScalars.first?.isASCIIDigit == true,
           previous.unicodeScalars.allSatisfy({ $0.isASCIIDigit || ".,".unicodeScalars.contains($0) || "십백천만억조".unicodeScalars.contains($0) }) { return nil }
        // `책임자 대니 휴슨은`: a given name between the title and the name, with no particle.
        if let first = OrganizationRecognizer.previousWord(s, before: i), first.unicodeScalars.count <= 4, josa.strip(first) == nil, i - first.unicodeScalars.count - 1 > 0,
           let second = OrganizationRecognizer.previousWord(s, before: i - first.unicodeScalars.count - 1), namesAPerson(second) { return nil }
        // `그린옥스 캐피탈과`: a word that is only an organization suffix names the firm with the
        // bare word before it, or nothing.
        if isOnlySuffix(s, i..<stemEnd) {
            // A proper noun the dictionary knows (`텍사스 인스트루먼츠`) may open the name; a common noun may not.
            guard let previous = OrganizationRecognizer.previousWord(s, before: i), (2...8).contains(previous.unicodeScalars.count), josa.strip(previous) == nil,
                  !stopWords.contains(previous), !analyzer!.isDictionaryWord(previous) || analyzer!.entryTag(previous) == "NNP" && gazetteer.lookup(previous) == nil,
                  title(previous) == nil else { return nil }
            var start = i - 1 - previous.unicodeScalars.count
            // `누리 인베스트먼트 홀딩스와`: a word before that is only a suffix too takes the bare word
            // before it as well.
            if isOnlySuffix(s, start..<(i - 1)) {
                guard let b = bareWordStart(s, before: start, previous: nil) else { return nil }
                start = b
            }
            let name = s.string(start..<stemEnd)
            return Mention(start: start, end: stemEnd, name: name, surface: name, type: nil, markerEnd: stemEnd, rule: "slot, spaced")
        }
        // `인공지능과 클라우드 사업을`: 와/과 joining two common nouns is no partner. The noun of a
        // deal itself (`한빛엔터프라이즈와 협약을`, `…와 업무협약을`) is what the partner is with.
        if marker == .comitative, let next = nextWord(s, from: wEnd) {
            let nextStem = (josa.strip(next.text)?.stem ?? next.text).scalars
            let tag = analyzer!.entryTag(nextStem.string)
            let dealNoun = lexiconNouns.contains { nextStem.count >= $0.count && nextStem.matches($0, at: nextStem.count - $0.count) }
            if !dealNoun, tag == "NNG" || tag == "NNP" && stopWords.contains(nextStem.string) { return nil }
        }
        let inside = morphemes.within(i..<stemEnd)
        // Before a stake (`넵튠의 지분`) the syntax expects a name: the weaker test suffices.
        if marker == .genitive { bare = true }
        // Where a deal's other side stands (`타파스를 인수`, `페리지에 투자`, `보스턴다이내믹스와`), a
        // transliterated name the dictionary splits into short pieces is still a name: the weaker
        // test, short of a person's or a place's name.
        let bought = marker == .object && isBoughtOrSold(s, after: wEnd)
        let loose = [.object, .dative, .comitative].contains(marker) && (!MorphologicalAnalyzer.isCommonNoun(inside) || isLoanwordPair(inside))
            && !MorphologicalAnalyzer.isPersonOrPlace(inside, length: stem.count, surnames: surnames)
            || bought
            || marker == .comitative && joinsAName(s, after: wEnd, inside)
            || marker == .subject && opensTheSentence(s, at: i, stem: stem)
        guard bare ? !MorphologicalAnalyzer.isCommonNoun(morphemes.within(i..<(marker == .genitive ? stemEnd : wEnd)))
                        // `큐리오시스의 시리즈B`: a transliterated name the analyzer cuts at a particle.
                        || marker == .genitive && MorphologicalAnalyzer.isCutAtParticles(morphemes.within(i..<stemEnd))
                        // `대만 실리콘모션 인수`: what is bought, right before the noun of buying;
                        // `플러그파워 지분`: whose shares are bought.
                        || bought && !analyzer!.isDictionaryWord(stem.string)
                        || ownedFollows && !analyzer!.isDictionaryWord(stem.string)
                            && (!MorphologicalAnalyzer.isCommonNoun(morphemes.within(i..<stemEnd)) || isLoanwordPair(morphemes.within(i..<stemEnd)))
                   : loose || isLatinLedName(stem) || MorphologicalAnalyzer.isName(inside, length: stem.count, asSubject: marker == .subject, surnames: surnames) else { return nil }
        let name = stem.string
        // `모빌린트, 하이퍼 엑셀, 디노티시아`: a list item of two bare words is one name.
        if marker == .list, let first = OrganizationRecognizer.previousWord(s, before: i), case let start = i - 1 - first.unicodeScalars.count,
           start > 1, s[start - 1] == " ", ",·".unicodeScalars.contains(s[start - 2]), (2...8).contains(first.unicodeScalars.count),
           josa.strip(first) == nil, !stopWords.contains(first), title(first) == nil, gazetteer.lookup(first) == nil, classifierType(first) == nil {
            let spaced = first + " " + name
            return Mention(start: start, end: stemEnd, name: spaced, surface: spaced, type: nil, markerEnd: stemEnd, rule: "slot, spaced")
        }
        return Mention(start: i, end: stemEnd, name: name, surface: name, type: nil, markerEnd: stemEnd, rule: "slot")
    }

    /// Whether the next word, or the one after a bare word (`국내 서비스를`), is a noun of use,
    /// service or business (`objectHeads`: 사용, 서비스, 활동, 영업 …) with the object particle, as
    /// in `누리톡의 사용을`: the name before it, with 의, is then whose use a measure is on, as a
    /// bare name is in `누리톡 사용을`.
    func usedWhatFollows(_ s: Scalars, after wordEnd: Int) -> Bool {
        guard var next = nextWord(s, from: wordEnd) else { return false }
        if josa.strip(next.text) == nil, !objectHeads.contains(next.text), let after = nextWord(s, from: next.end) { next = after }
        guard let split = josa.strip(next.text) else { return false }
        return split.marker == .object && objectHeads.contains(split.stem)
    }

    /// `맥스리니어의 대만 실리콘모션 인수`: a name with 의 whose bought company follows, two words at
    /// most before a noun of `acquisitionNouns`.
    func buysWhatFollows(_ s: Scalars, after wordEnd: Int) -> Bool {
        guard !acquisitionNouns.isEmpty, var next = nextWord(s, from: wordEnd) else { return false }
        for _ in 0..<3 {
            if acquisitionNouns.contains(where: { next.text.hasPrefix($0) }) { return true }
            guard josa.strip(next.text) == nil, let after = nextWord(s, from: next.end) else { return false }
            next = after
        }
        return false
    }

    /// `래디쉬는 카카오엔터테인먼트와 …계약을 맺었다`: the word that opens the sentence with 은/는 is
    /// its topic. In the sentence the analyzer may cut a transliterated name into an ending and a
    /// noun (래디+쉬); read alone, it is a name by the usual test (래+디쉬, proper nouns).
    func opensTheSentence(_ s: Scalars, at i: Int, stem: Scalars) -> Bool {
        guard let analyzer, i == 0, stem.count >= 2, stem.count <= 8, stem.allSatisfy({ $0.isHangulSyllable }) else { return false }
        let end = i + stem.count
        guard end + 1 < s.count, s[end] == "은" || s[end] == "는", s[end + 1] == " " else { return false }
        return MorphologicalAnalyzer.isName(analyzer.analyze(stem.string), length: stem.count, asSubject: true, surnames: surnames)
    }

    /// `화성광학과 동방칩스도`: a word of common nouns glued (화성+광학) joined by 와/과 to a name is a
    /// name too, when it holds no verb, ending, particle or suffix and each piece has two syllables
    /// or more. The name after it is one the gazetteer
    /// knows or one the analyzer reads as a name (동방+칩스), not a dictionary word.
    func joinsAName(_ s: Scalars, after wordEnd: Int, _ inside: [Morpheme]) -> Bool {
        guard let analyzer, inside.count >= 2, !inside.contains(where: MorphologicalAnalyzer.isPredicateOrFunctional),
              // `…고도화와`: a noun made with a suffix (고도+화) is vocabulary.
              inside.allSatisfy({ $0.surface.unicodeScalars.count >= 2 && !$0.tag.hasPrefix("XS") }),
              let next = nextWord(s, from: wordEnd) else { return false }
        let stem = josa.strip(next.text)?.stem ?? next.text
        if gazetteer.lookup(stem) != nil { return true }
        guard stem.unicodeScalars.count >= 2, !analyzer.isDictionaryWord(stem) else { return false }
        return MorphologicalAnalyzer.isName(analyzer.analyze(stem), length: stem.unicodeScalars.count, asSubject: false, surnames: surnames)
    }

    /// `펜산도를 19억달러에 인수`, `래디쉬를 인수`, `올라웍스를 인텔에 매각`: what is bought or sold is a
    /// company, however the analyzer cuts a transliterated name (펜+산도, 래디+쉬 as an ending and a
    /// noun, 런+에+이+아이). The word after the object, or the one after a word with 에 (the price
    /// or the buyer), or after a price spelt in several words (`125억 달러에`, `약 1조 2000억원에`),
    /// starts with one of `acquisitionNouns`. Common words are rejected before.
    func isBoughtOrSold(_ s: Scalars, after wordEnd: Int) -> Bool {
        guard !acquisitionNouns.isEmpty else { return false }
        if let priceEnd = Self.spacedPriceEnd(s, from: wordEnd) {
            guard let next = nextWord(s, from: priceEnd) else { return false }
            return acquisitionNouns.contains { next.text.hasPrefix($0) }
        }
        guard var next = nextWord(s, from: wordEnd) else { return false }
        if next.text.hasSuffix("에"), next.text.unicodeScalars.count <= 12, let after = nextWord(s, from: next.end) { next = after }
        return acquisitionNouns.contains { next.text.hasPrefix($0) }
    }

    /// Where a price with 에 that starts after `from` ends, when it spans more than one word
    /// (`125억 달러에`, `약 4억 5000만 달러(약 6000억원)에`): right after its 에, else nil.
    static func spacedPriceEnd(_ s: Scalars, from: Int) -> Int? {
        var k = from
        while k < s.count, s[k].isSpace { k += 1 }
        guard let price = AmountParser.dativePrice(s, from: k, gloss: true),
              price.amountStart > k || s[price.amountStart..<price.amountEnd].contains(" "),
              price.end == s.count || s[price.end].isSpace else { return nil }
        return price.end
    }

    /// `IC인사이츠는`, `NHN에듀와`: capital Latin letters glued to Hangul make a company's name,
    /// unless the letters are a common abbreviation (patterns.json `acronymStopList`: `AI반도체`)
    /// or the Hangul is ordinary vocabulary (`XR데이터센터`). The analyzer cuts such a word into
    /// pieces that look like a copula or a person's name (IC + 인 + 사이츠), so its tags cannot decide.
    func isLatinLedName(_ stem: Scalars) -> Bool {
        let letters = stem.prefix { $0.isLatinLetter }
        guard letters.count >= 2, letters.count < stem.count, letters.allSatisfy(\.isUpperLatin),
              stem[letters.count...].allSatisfy(\.isHangulSyllable), stem.count - letters.count >= 2,
              !acronymStop.contains(Scalars(letters).string), let analyzer else { return false }
        let hangul = Scalars(stem[letters.count...])
        return !analyzer.isDictionaryWord(hangul.string) && !MorphologicalAnalyzer.isCommonNoun(analyzer.analyze(hangul.string))
    }

    /// `아크모션에 투자`, `센스타임을 명단에 추가`: a word the analyzer reads as exactly two
    /// loanword nouns of two syllables or more (아크+모션, 센스+타임) is a transliterated name where
    /// a deal's other side stands. A loanword holds a syllable no Chinese character reads
    /// (`sinoKoreanSyllables`: 주민+투표 is Sino-Korean); neither piece may be business prose
    /// (`appositiveBlockers`: 데이터+센터 holds 센터) or a lexicon noun.
    func isLoanwordPair(_ m: [Morpheme]) -> Bool {
        guard m.count == 2, m.allSatisfy({ $0.tag == "NNG" && $0.surface.unicodeScalars.count >= 2 }),
              m.contains(where: { $0.surface.unicodeScalars.contains { !sinoKoreanSyllables.contains($0) } }) else { return false }
        return !m.contains { appositiveBlockers.contains($0.surface) || lexiconNouns.contains($0.surface.scalars) || appositiveHeads.keys.contains($0.surface) }
    }

    /// `중국 AI 기업 센스타임을`, `딥페이크 앱 페이스스왑의`: the word right after a classifier noun
    /// (patterns.json `appositiveHeads`: 기업, 업체, 스타트업, 앱 …) that takes the particle of an
    /// argument is the name of that organization or product. A transliterated name falls apart
    /// into loanword nouns (센스+타임, 마인드+웨이브), so the classifier, not the analyzer's tags, is
    /// the evidence; the word is no name when the analyzer reads it as one dictionary word, as a
    /// verb, ending or bound noun, or when a piece of it is business prose (`appositiveBlockers`:
    /// `기업 지원사업을`, `업체 관계자는`). Without an analyzer no word is taken this way.
    func appositiveMention(_ s: Scalars, at i: Int, nesting: Nesting, morphemes: SentenceMorphemes) -> Mention? {
        // Most words follow no classifier: the last scalar of the word before decides cheaply.
        guard let analyzer, !appositiveHeads.isEmpty, s[i].isHangulSyllable, i >= 2, s[i - 1] == " ",
              classifierEnds.contains(s[i - 2]),
              let previous = OrganizationRecognizer.previousWord(s, before: i), let type = classifierType(previous) else { return nil }
        let wEnd = OrganizationRecognizer.wordEnd(s, from: i)
        var slot = josa.stemEnds(s, i..<wEnd).first(where: { OrganizationRecognizer.slotMarkers.contains($0.marker) || $0.marker == .genitive })
        // `…, 세림반도체`: a list item ends at the comma or the middle dot; `방산업체 록히드마틴 등`: or
        // before 등.
        if wEnd < s.count, ",·".unicodeScalars.contains(s[wEnd]) || s.matches(OrganizationRecognizer.spacedEtc, at: wEnd) { slot = (wEnd, .list) }
        // `센스타임(SenseTime)은`: a gloss between the name and its particle.
        if slot == nil, wEnd < s.count, s[wEnd] == "(", let close = s[wEnd..<min(s.count, wEnd + 40)].firstIndex(of: ")") {
            let pEnd = OrganizationRecognizer.wordEnd(s, from: close + 1)
            if let marker = josa.marker(of: s[(close + 1)..<pEnd], after: s[wEnd - 1]),
               OrganizationRecognizer.slotMarkers.contains(marker) || marker == .genitive || (marker == .none && pEnd == close + 1) {
                slot = (wEnd, marker)
            }
        }
        // `소재기업 도우인시스 지분을`, `업체 와이드칩스 인수`: a bare name before the stake or the
        // noun of buying, whose particle comes after that noun.
        if slot == nil, wEnd + 1 < s.count, s[wEnd] == " ", let next = nextWord(s, from: wEnd),
           ownershipNouns.contains(where: { next.text.hasPrefix($0) }) || acquisitionNouns.contains(where: { next.text.hasPrefix($0) }) {
            slot = (wEnd, .none)
        }
        // `미국 기업 세렌뷰 AI에`, `스타트업 누리 테크놀로지와`: a bare word, then a word that ends a
        // firm's name (`spacedFirmForms`) and takes the particle; the two words are the name, unless
        // the bare word names a kind of product (`온디바이스 AI에`).
        var suffixEnd: Int?
        if slot == nil, wEnd + 1 < s.count, s[wEnd] == " ", OrganizationRecognizer.isWordScalar(s[wEnd + 1]),
           !spacedFirmFormBlockers.contains(s.string(i..<wEnd)) {
            let nEnd = OrganizationRecognizer.wordEnd(s, from: wEnd + 1)
            for (end, marker) in josa.stemEnds(s, (wEnd + 1)..<nEnd) + [(nEnd, Marker.list)]
            where (OrganizationRecognizer.slotMarkers.contains(marker) || marker == .genitive)
                && spacedFirmForms.contains(where: { $0.count == end - wEnd - 1 && s.matches($0, at: wEnd + 1) })
                && (end < nEnd || end < s.count && ",·".unicodeScalars.contains(s[end])) {
                slot = (wEnd, marker)
                suffixEnd = end
                break
            }
        }
        guard let (stemEnd, _) = slot else { return nil }
        let stem = Scalars(s[i..<stemEnd])
        let name = stem.string
        guard (2...14).contains(stem.count), !stopWords.contains(name), !analyzer.isDictionaryWord(name), title(name) == nil,
              !(nesting.inQuote[i] && !nesting.inQuote[max(0, i - 1)]) else { return nil }
        // After a classifier a one-syllable head ends a name (`반도체 기업 퀀텀칩과`, `스타트업 누리앱에`).
        if lexiconNouns.contains(where: { stem.count >= $0.count && stem.matches($0, at: stem.count - $0.count) && ($0.count >= 2 || stem.count == $0.count) }) { return nil }
        // The word is read with its particle (`누리에어를`), not the whole sentence: a classifier's
        // name needs no more context, and most sentences are then never analyzed.
        let inside = analyzer.analyze(scalars: Scalars(s[i..<wEnd])).filter { $0.start < stem.count }
        // A noun made with a derivational suffix (`서비스 고도화와`: 고도+화) is vocabulary.
        // A case particle the analyzer finds between nouns inside the word (`마인드로보가`: 마인드+로+보가)
        // is a piece of a transliterated name.
        guard !inside.isEmpty, !inside.indices.contains(where: { k in
                  MorphologicalAnalyzer.isPredicateOrFunctional(inside[k]) && !MorphologicalAnalyzer.isInnerParticle(inside, at: k)
                      || inside[k].tag == "NNB" || appositiveBlockers.contains(inside[k].surface) }),
              inside.last?.tag.hasPrefix("XSN") != true,
              // `스타트업 유니컨에` (유니+컨, read as two pieces of a person's name): after a classifier
              // a name the analyzer cuts into proper-noun pieces is a transliterated firm's.
              !MorphologicalAnalyzer.isPersonOrPlace(inside, length: stem.count, surnames: surnames)
                || inside.filter({ $0.start < stem.count && $0.tag == "NNP" }).count >= 2 && stem.count >= 3 else { return nil }
        if let suffixEnd {
            let spaced = s.string(i..<suffixEnd)
            return Mention(start: i, end: suffixEnd, name: spaced, surface: spaced, type: type, markerEnd: suffixEnd, rule: "appositive, spaced")
        }
        return Mention(start: i, end: stemEnd, name: name, surface: name, type: type, markerEnd: stemEnd, rule: "appositive")
    }

    /// `정현우 큐리오시스 대표와`, `유태준 마음AI 대표(오른쪽)는`: the word between a person's name and
    /// an officer's title (patterns.json `titles`, not the `unitTitles` of a unit or a side: `전기차
    /// 충전사업 부문을` names no person) names the organization the officer speaks for,
    /// known or not. The person's name is two to four Hangul syllables opening with a surname
    /// (`surnames`) and taking no particle; the word takes none either and is no dictionary word
    /// (`신임`, `공동`), stop word or title. Without an analyzer no word is taken this way.
    func titledMention(_ s: Scalars, at i: Int, nesting: Nesting) -> Mention? {
        // Most words stand before no title: the word after decides first, cheaply.
        let wEnd = OrganizationRecognizer.wordEnd(s, from: i)
        guard let analyzer, wEnd + 1 < s.count, s[wEnd] == " ", titleStarts.contains(s[wEnd + 1]), i >= 3, s[i - 1] == " ",
              let next = nextWord(s, from: wEnd),
              let t = title(next.text), !unitTitles.contains(t.title), next.text.unicodeScalars.count - t.title.unicodeScalars.count <= 2,
              next.text.hasPrefix(t.title), let person = OrganizationRecognizer.previousWord(s, before: i) else { return nil }
        let p = person.unicodeScalars
        guard (2...4).contains(p.count), p.allSatisfy(\.isHangulSyllable), surnames.contains(p.first!), josa.strip(person) == nil,
              gazetteer.lookup(person) == nil, title(person) == nil else { return nil }
        let stem = Scalars(s[i..<wEnd])
        let name = stem.string
        guard (2...14).contains(stem.count), stem.contains(where: { $0.isHangulSyllable || $0.isLatinLetter }),
              !stopWords.contains(name), title(name) == nil,
              // A name may end like a particle (`리버플로`); a place or a time may not stand there.
              !notNameEndings.contains(where: { name.hasSuffix($0) }),
              !(nesting.inQuote[i] && !nesting.inQuote[max(0, i - 1)]), !analyzer.isDictionaryWord(name) else { return nil }
        // `넥슨의 오웬 마호니 대표`: after its organization, a name in the Western order is all the person's.
        if let before = OrganizationRecognizer.previousWord(s, before: i - p.count - 1),
           gazetteer.lookup(josa.strip(before)?.stem ?? before) != nil || gazetteer.lookup(before) != nil { return nil }
        // The analyzer reads the person's name as one (`정현우`: NNP 인명), or as three syllables
        // that are no dictionary word and hold no verb, ending or particle (`조득상`: 조+득상);
        // `장녀인`, `지낸` are no names.
        let pm = analyzer.analyze(person)
        guard !pm.isEmpty, pm.allSatisfy({ $0.tag == "NNP" && $0.semanticClass == "인명" })
                || p.count == 3 && !analyzer.isDictionaryWord(person) && !pm.contains(where: { MorphologicalAnalyzer.isPredicateOrFunctional($0) || $0.tag.hasPrefix("XS") })
        else { return nil }
        let wm = analyzer.analyze(name)
        if wm.count == 1, wm[0].semanticClass == "인명" { return nil }
        return Mention(start: i, end: wEnd, name: name, surface: name, type: nil, markerEnd: wEnd, rule: "between a person's name and a title")
    }

    /// Whether `word` tells a time (`3분기`, `2025년`, `하반기`, `올해`): digits and a unit of time,
    /// or a word of time of its own.
    static func isTimeWord(_ word: String) -> Bool {
        let w = word.unicodeScalars
        let rest = String(String.UnicodeScalarView(w.drop { $0.isASCIIDigit }))
        if rest.count < w.count { return ["분기", "반기", "년", "월", "주", "일"].contains(rest) }
        return ["상반기", "하반기", "올해", "내년", "연내", "연말", "연초", "이번", "오는"].contains(word)
    }

    /// ` 등` closing a list after its last item.
    static let spacedEtc = " 등".scalars

    /// The type a classifier word gives the name after it: the word is a classifier
    /// (`스타트업`) or ends in one of two syllables or more (`공조기업`, `게임업체`), if so.
    func classifierType(_ word: String) -> OrganizationType?? {
        if let type = appositiveHeads[word] { return type }
        // `반도체 장비업체인 세메스는`, `팹리스 기업인 누리칩과`: the classifier with the copula's 인
        // (… that is a …) before the name.
        // Any such word is read so, even one of the dictionary: `기업인` (a businessperson) is, in
        // news, almost always the classifier before a name (`플랫폼 기업인 누리링크가`). A name after
        // it that the analyzer reads as a person's or a place's is rejected by `appositiveMention`.
        if word.hasSuffix("인"), word.unicodeScalars.count >= 3, analyzer != nil,
           let type = classifierType(String(word.dropLast())) { return type }
        // Most words end in no classifier: the cheap test first, the analyzer only then.
        guard let (_, type) = appositiveHeads.first(where: { noun, _ in
            noun.unicodeScalars.count >= 2 && word.unicodeScalars.count > noun.unicodeScalars.count && word.hasSuffix(noun)
        }) else { return nil }
        guard let analyzer, !analyzer.isDictionaryWord(word) || word.unicodeScalars.count >= 4 else { return nil }
        return type
    }

    /// Whether `word` counts (`4대`, `3개`, `5곳`, `10여개`): digits, then a counter of
    /// `ConsortiumReader.countNouns`, 대 (the big four) or 여개, 여곳 (some ten).
    static func isCount(_ word: String) -> Bool {
        let w = word.unicodeScalars
        guard let first = w.first, first.isASCIIDigit else { return false }
        let rest = String(String.UnicodeScalarView(w.drop { $0.isASCIIDigit }))
        return ConsortiumReader.countNouns.contains(rest) || ["대", "여개", "여곳"].contains(rest)
    }

    /// The word before `i` across white space, if a word stands there.
    static func previousWord(_ s: Scalars, before i: Int) -> String? {
        var k = i - 1
        guard k >= 0, s[k].isSpace else { return nil }
        while k >= 0, s[k].isSpace { k -= 1 }
        guard k >= 0, OrganizationRecognizer.isWordScalar(s[k]) else { return nil }
        var start = k
        while start > 0, OrganizationRecognizer.isWordScalar(s[start - 1]) { start -= 1 }
        return s.string(start..<(k + 1))
    }
}
