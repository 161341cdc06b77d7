import Events
import Foundation

extension NSRegularExpression {
    /// Whether the pattern matches anywhere in `text`.
    func occurs(in text: String) -> Bool {
        firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// What an article's earlier sentences leave for the later ones: the names it taught, the company
/// that raised a round, the two parties last named (for 양사), the organization it is about, the
/// investors named without targets, and the day of the occasion last told.
struct ArticleContext {
    var aliases = ArticleAliases()
    var fundraiser: Cast? = nil
    /// The lead of the consortium the article named (`삼성SDS가 이끄는 컨소시엄`), for a list of its
    /// members told without it (`컨소시엄에는 A, B가 참여했다`).
    var consortiumLead: Cast? = nil
    var partners: [Cast] = []
    var topic: Cast? = nil
    /// The topic-marked subject of the latest sentence that had one: in an article about several
    /// firms (`삼성전자는 …. 현대차는 …. 지난 5월 딥글린트에 투자했다`), a subject left out is the
    /// one the sentences before were about, which need not be the article's first.
    var recentTopic: Cast? = nil
    var investors: [Cast] = []
    var imposers: [Cast] = []
    /// The targets of the last measure told, for `…등도 유사한 조치를 시행했다`.
    var measureTargets: [Cast] = []
    /// The date the sentence of the measure, the round or the investment told before gave, if it
    /// gave one (an undated one, `같은 날 …도 추가했다`, keeps the last): a list of its targets or
    /// investors that follows undated is of that day.
    var listDate: PartialDate? = nil
    var occasion: PartialDate? = nil
    /// The parties of the last partnership told, which member lists that follow join.
    var partnership: [Cast] = []
    /// The last partnership named its partners only by count (`16개 기업과`): lists that follow join it.
    var openPartnership = false
    /// A partnership with named parties has been read in this article.
    var partnershipTold = false
    /// Sentences read since `partnership` was set: members listed much later tell of another venture.
    var sentencesSincePartnership = 0
    /// The sentence read before the current one, for a subject left out (`…가 소송을 끝냈다. 또 …
    /// 파트너십을 체결했다`).
    var previousSentence: Scalars? = nil
    /// The analysis of `previousSentence`, made once however often it is read.
    var previousMorphemes: SentenceMorphemes? = nil

    /// `이날 8개 협회는 …업무협약을 체결했다`, `산업 협회들은`: the parties only counted or described as
    /// the subject, named in the sentences after (`▲A ▲B ▲C가 이름을 올렸다`).
    static func unnamedSubject(_ s: Scalars, before to: Int) -> Bool {
        unnamedSubjectPattern.occurs(in: s.string(0..<to))
    }
    private static let unnamedSubjectPattern = try! NSRegularExpression(pattern: #"(^|\s)\S*(기업|기관|협회|단체|회사|업체|대학|부처)(들)?(은|는|이|가)\s"#)

    /// Whether `s[from..<to]` names partners by count: a number, a counter (개, 곳, 개사) and 와/과.
    static func countedPartners(_ s: Scalars, from: Int, to: Int) -> Bool {
        countedPartnersPattern.occurs(in: s.string(from..<max(from, to)))
    }
    private static let countedPartnersPattern = try! NSRegularExpression(pattern: #"\d+\s*(개|곳|개사)[^,]{0,16}(과|와)\s"#)

    /// `A와 B 대표는 …만났다. 양사는 …`: the two a sentence names together as its subject.
    mutating func notePair(_ groups: [MentionGroup]) {
        guard let pair = groups.first(where: { $0.marker == .subject && $0.members.count == 2 }) else { return }
        partners = pair.members.map { Cast(role: .party, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (named together in the sentence before)") }
    }

    /// Words that point back to the occasion of the sentence before (`이 자리에서`).
    static let backReferences = ["이 자리에서", "이 자리에", "같은 자리에서", "이날 행사에서"].map(\.scalars)

    /// Keeps the last full date a sentence names (outside quotations is not checked: a quoted
    /// date is rare at this grain) as the day of its occasion; a sentence without one leaves it.
    mutating func noteOccasion(_ dates: [DateMention], _ s: Scalars) {
        if let day = dates.last(where: { $0.date.precision == .day })?.date { occasion = day }
    }
}

/// An event the extractor found, with the rule that fired: how a user debugs a miss.
public struct ExtractedEvent: Sendable {
    public var event: Event
    public var explanation: String
    /// An announcement that stands back when its actors are all parties of the article's deals.
    var standsBackForADeal = false
    /// An announcement that points back to a measure (`이번 조치`), neither lifting nor only
    /// considering one: it stands back when its actors all impose the article's bans.
    var speaksOfAMeasure = false
}

/// One article of a document and what was extracted from it.
public struct ExtractedArticle: Sendable {
    public var index: Int
    public var text: String
    public var published: PartialDate
    public var dateSource: SegmentedArticle.DateSource
    public var events: [ExtractedEvent]
    public var warnings: [String]
}

/// Korean news text → candidate events. Pure: the same input always gives the same events.
///
/// Per article: sentences → organizations (gazetteer, then patterns) → triggers read against their
/// cues → roles from particles and word order → dates resolved against the publication date →
/// one event per kind and set of participants (the first telling wins, unless only a later one
/// gives the date).
public final class Extractor: Sendable {
    public static let name = "kgraph-rules"
    public static let version = "2.26.1"
    public static var producer: Producer { Producer(name: name, version: version) }

    public let lexicon: Lexicon
    let recognizer: OrganizationRecognizer
    let triggers: TriggerMatcher
    let roles: RoleAssigner
    let consortia: ConsortiumReader
    /// A round named by its company (`누리AI의 시리즈B`): triggers.json
    /// `investmentLists.ownedRoundMarkers`, where a round's lead is read without an earlier sentence.
    let ownedRounds: PatternSet

    /// The morphological analyzer that tells names the gazetteer lacks from common nouns, if one
    /// was loaded; without it such names are found only by their shape (suffixes, acronyms).
    public let analyzer: MorphologicalAnalyzer?

    public init(lexicon: Lexicon, analyzer: MorphologicalAnalyzer? = nil) {
        self.lexicon = lexicon
        self.analyzer = analyzer
        recognizer = OrganizationRecognizer(lexicon: lexicon, analyzer: analyzer)
        triggers = TriggerMatcher(lexicon: lexicon)
        roles = RoleAssigner(lexicon: lexicon, analyzer: analyzer)
        consortia = ConsortiumReader(lexicon: lexicon, analyzer: analyzer)
        ownedRounds = PatternSet(lexicon.triggers.investmentLists?.ownedRoundMarkers ?? [])
        occasionVerbs = PatternSet(lexicon.cues.occasionVerbs)
        // A plan told with any verb (`선보일 계획`) reports as `할 계획` does: every announcement stem
        // that ends on a plan noun is a reporting stem too.
        let planStems = (lexicon.triggers.kinds["announcement"] ?? []).map(\.stem).filter { stem in ["계획", "방침", "예정"].contains { stem.hasSuffix(" " + $0) } }
        reportingStems = Set(lexicon.cues.reportingStems + planStems)
        self.planStems = Set(planStems)
        standBackStems = Set(lexicon.cues.articleStandBackStems ?? [])
        measureWords = lexicon.cues.measureWords ?? []
        measureBackReferences = Set(lexicon.cues.measureBackReferences ?? [])
        measureLiftingWords = PatternSet(lexicon.cues.measureLiftingWords ?? [])
        commentaryStems = Set(lexicon.cues.commentaryStems ?? [])
        eventNouns = lexicon.cues.eventNouns ?? []
        commitmentEndings = lexicon.cues.commitmentEndings ?? []
        expectationEndings = lexicon.cues.expectationEndings ?? []
        listHeads = PatternSet((lexicon.triggers.investmentLists?.investees ?? []) + (lexicon.triggers.investmentLists?.investors ?? [])
                               + (lexicon.triggers.banLists?.targets ?? []))
        var ids: [String: String] = [:]
        for org in lexicon.gazetteer { ids[org.name] = OrganizationID.make(org.name) }
        for head in lexicon.patterns.headsOfState { ids[head.organization] = OrganizationID.make(head.organization) }
        knownIDs = ids
    }

    private var roundPhrases: PatternSet { consortia.roundPhrases }
    private let listHeads: PatternSet
    private let occasionVerbs: PatternSet
    /// Announcement stems that report or decide (cues.json `reportingStems`).
    private let reportingStems: Set<String>
    /// Statement and plan stems that stand back article-wide (cues.json `articleStandBackStems`).
    private let standBackStems: Set<String>
    /// Words that name a measure (cues.json `measureWords`).
    private let measureWords: [String]
    /// Words that point back to a measure told before (cues.json `measureBackReferences`).
    private let measureBackReferences: Set<String>
    /// Words that lift a measure (cues.json `measureLiftingWords`).
    private let measureLiftingWords: PatternSet
    /// Sayings that are comment when what was said is quoted (cues.json `commentaryStems`).
    private let commentaryStems: Set<String>
    /// Endings of a quoted title that name an event held (cues.json `eventNouns`).
    private let eventNouns: [String]
    /// Endings that make a quoted saying a statement of intent (cues.json `commitmentEndings`).
    private let commitmentEndings: [String]
    /// Endings that make a quoted saying only an expectation (cues.json `expectationEndings`).
    private let expectationEndings: [String]
    /// Announcement stems that end on a plan noun (`할 예정`, `선보일 계획`).
    private let planStems: Set<String>

    /// Organization ids of the gazetteer's names, computed once: the Unicode folding behind an id
    /// costs more than finding the organization.
    private let knownIDs: [String: String]

    func organizationID(_ name: String) -> String { knownIDs[name] ?? OrganizationID.make(name) }

    /// The extractor with the bundled lexicon and MeCab's mecab-ko-dic dictionary, found as
    /// `MorphologicalAnalyzer.locateDictionary(explicit:)` says.
    /// - Throws: a lexicon error, `MorphologyError.notFound` when no dictionary is found, or
    ///   `MorphologyError.cannotLoad` when the folder found is not a dictionary.
    public static func bundled(dictionary: String? = nil) throws -> Extractor {
        let named = dictionary ?? ProcessInfo.processInfo.environment[MorphologicalAnalyzer.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        guard let folder = MorphologicalAnalyzer.locateDictionary(explicit: dictionary) else {
            throw named.map { MorphologyError.notADictionary($0) } ?? MorphologyError.notFound
        }
        return Extractor(lexicon: try Lexicon.bundled(), analyzer: try MorphologicalAnalyzer(dictionary: folder))
    }

    /// Segments and extracts a whole text (small inputs and tests; the CLI streams articles).
    public func extract(document: String, text: String, published: PartialDate? = nil) -> [ExtractedArticle] {
        ArticleSegmenter.segment(text, lexicon: lexicon).enumerated().map {
            extract(article: $0.element, index: $0.offset, document: document, published: published)
        }
    }

    /// Extracts the events of one segmented article.
    public func extract(article: SegmentedArticle, index: Int, document: String, published override: PartialDate? = nil) -> ExtractedArticle {
        let text = article.text
        let published = override ?? article.published
        let dateSource: SegmentedArticle.DateSource = override != nil ? .override : article.dateSource
        var warnings: [String] = []
        if !published.isKnown {
            warnings.append("article \(index) has no publication date; its events are dated only where the text gives a full date (pass --published YYYY-MM-DD)")
        }
        let written = text.scalars
        let s = Extractor.foldingMiddleDots(written)
        var context = ArticleContext()
        var events: [ExtractedEvent] = []
        // Kind and participants → index in `events`, and whether that telling had a date of its own.
        // Tellings of one pair whose own dates disagree (a June MOU, a September contract) are two
        // happenings: the key then carries the date.
        var seen: [String: (index: Int, dated: Bool)] = [:]
        var datesOfKey: [String: [PartialDate]] = [:]
        var lastPartnership: Int? = nil
        // A name with its listing code (`아이에이(038880)`) names a company for all of the article:
        // the headline and the lead often use the name before the code is given.
        recognizer.teachListedNames(in: s, aliases: &context.aliases)
        for (sentenceIndex, range) in SentenceSplitter.split(s).enumerated() {
            let sentence = Scalars(s[range])
            for found in extract(sentence: sentence, published: published, context: &context) {
                let base = found.kind.name + "|" + found.cast.map { "\($0.role.name):\($0.name)" }.sorted().joined(separator: ",")
                var key = base
                if found.datedByText, !found.extendsPrevious {
                    // The first dated happening keeps the plain key, so undated tellings join it.
                    let dated = datesOfKey[base, default: []]
                    if let k = dated.firstIndex(where: { Extractor.compatible($0, found.date) }) {
                        if k > 0 { key += "@" + dated[k].description }
                    } else {
                        if !dated.isEmpty { key += "@" + found.date.description }
                        datesOfKey[base] = dated + [found.date]
                    }
                }
                if found.extendsPrevious, let last = lastPartnership {
                    // The earlier telling stays the evidence; its parties grow.
                    var event = events[last].event
                    // The members told before stay, whichever partnership the context held.
                    let told = Set(event.participants.map(\.name))
                    event.participants += found.cast.filter { !told.contains($0.name) }
                        .map { Participant(role: $0.role, org: organizationID($0.name), name: $0.name, surface: $0.surface, type: $0.type) }
                    events[last] = ExtractedEvent(event: Event(kind: event.kind, occurredAt: event.occurredAt, source: event.source, participants: event.participants,
                                                               amount: event.amount, modality: event.modality, confidence: event.confidence, producer: Extractor.producer),
                                                  explanation: events[last].explanation + "; " + found.explanation)
                    seen[key] = (last, true)
                    continue
                }
                // One event per happening: the first telling wins, unless only a later one dates it.
                if let earlier = seen[key], earlier.dated || !found.datedByText { continue }
                let evidence = String(Scalars(written[range]).string.prefix(1000))
                var source = Source(document: document, article: index, sentence: sentenceIndex,
                                    span: Span(start: range.lowerBound, end: range.upperBound), evidence: evidence)
                source.published = published.isKnown ? published : nil
                let event = Event(kind: found.kind, occurredAt: found.date, source: source,
                                  participants: found.cast.map { Participant(role: $0.role, org: organizationID($0.name), name: $0.name, surface: $0.surface, type: $0.type) },
                                  amount: found.amount, modality: found.modality, confidence: found.confidence,
                                  producer: Extractor.producer)
                let extracted = ExtractedEvent(event: event, explanation: found.explanation, standsBackForADeal: found.standsBackForADeal,
                                               speaksOfAMeasure: found.speaksOfAMeasure)
                if found.kind == .partnership { lastPartnership = seen[key]?.index ?? events.count }
                if let earlier = seen[key] {
                    events[earlier.index] = extracted
                    seen[key] = (earlier.index, true)
                } else {
                    seen[key] = (events.count, found.datedByText)
                    events.append(extracted)
                }
            }
        }
        Extractor.dateFromTheSameHappening(&events, dated: Set(seen.values.filter(\.dated).map(\.index)), published: published)
        // Announcements stand back across the article too: a statement or a plan (`…협력을 이어갈
        // 계획이라고 밝혔다`) that speaks of a deal, by organizations that are all parties of the
        // article's deals or measures, tells of those (GUIDELINES, "Hard cases"); a plan of something
        // else (`…을 개발해 공급하겠다고 밝혔다`) is still announced.
        let dealNames = Set(events.filter { $0.event.kind != .announcement }.flatMap { $0.event.participants.map(\.name) })
        if !dealNames.isEmpty {
            events.removeAll { $0.standsBackForADeal && $0.event.participants.allSatisfy { dealNames.contains($0.name) } }
        }
        // What the imposers of the article's bans say of a measure (`미 정부는 …위험이 있다며 이번
        // 조치를 단행했다고 밝혔다`, `…조치를 시행하겠다고 발표했다`) tells of those bans, whatever
        // its verb (GUIDELINES, "Hard cases": announcements stand back).
        let imposers = Set(events.filter { $0.event.kind == .ban }.flatMap { $0.event.participants.filter { $0.role == .imposer }.map(\.name) })
        if !imposers.isEmpty {
            events.removeAll { $0.speaksOfAMeasure && $0.event.participants.allSatisfy { imposers.contains($0.name) } }
        }
        return ExtractedArticle(index: index, text: text, published: published, dateSource: dateSource, events: events, warnings: warnings)
    }

    /// Whether the sentence points back to a measure told before: a word of `measureBackReferences`
    /// (`이번`, `해당`, `이 같은`) and, as the next word or the one after it, a word that starts with
    /// one of `measureWords` (`이번 조치를`, `이 같은 규제가`, `이번 수출 통제를`; not `내부통제`).
    /// A new measure announced (`…에 대한 수출통제 조치를 발표했다`) points back to nothing.
    func refersBackToAMeasure(_ s: Scalars) -> Bool {
        let words = s.string.split(separator: " ").map(String.init)
        for i in words.indices {
            let two = i + 1 < words.count ? words[i] + " " + words[i + 1] : ""
            let after: Int
            if measureBackReferences.contains(two) { after = i + 2 } else if measureBackReferences.contains(words[i]) { after = i + 1 } else { continue }
            for k in after..<min(words.count, after + 2) where measureWords.contains(where: { words[k].hasPrefix($0) }) { return true }
        }
        return false
    }

    /// Whether the quoted title that closes at `close` names an event: it holds a figure or Latin
    /// letters (`‘갤럭시 언팩 2023’`, `‘NHN Cloud make IT’`) or ends in a noun of an event (`‘AI 반도체
    /// 협업포럼’`, `‘누리 데브데이’`), not an idiom (`‘새 장’`, `‘판도라의 상자’`).
    /// The nouns of an event are cues.json `eventNouns` and `ceremonies` below.
    func quotedTitleNamesAnEvent(_ s: Scalars, closingAt close: Int) -> Bool {
        guard let open = s[max(0, close - 60)..<close].lastIndex(where: { $0.isOpeningQuote || $0 == "'" }) else { return false }
        let title = s.string((open + 1)..<close)
        if title.unicodeScalars.contains(where: { $0.isASCIIDigit || $0.isLatinLetter }) { return true }
        return eventNouns.contains { title.hasSuffix($0) } || Extractor.ceremonies.occurs(in: title.scalars)
    }

    static let ceremonies = PatternSet(["기공식", "착공식", "개소식", "기념식", "발대식", "출범식", "행사", "포럼", "세미나", "콘퍼런스", "컨퍼런스", "간담회", "박람회", "설명회", "발표회", "심포지엄", "쇼케이스", "시상식", "준공식", "기자회견"])

    /// A measure or an investment told without a day of its own (so dated by publication) takes the
    /// day of the same happening told with its day elsewhere in the article: the lead's `미국 정부는
    /// 바이트댄스와의 거래를 금지하는 행정명령에 서명했다` and the body's `6일(현지시간) 백악관은 …
    /// 거래를 금지하는 행정명령을 내렸다고 발표했다` are one order of the 6th. The same happening: the
    /// same kind, a target in common (for a measure, all its imposers too: a target banned by many on
    /// their own days is many happenings; investors in one company within a week are one round), and
    /// a day within a week before publication (an older day is background, another happening).
    /// - Parameter dated: indices of `events` whose date the text gave.
    static func dateFromTheSameHappening(_ events: inout [ExtractedEvent], dated: Set<Int>, published: PartialDate) {
        guard published.precision == .day else { return }
        let publishedDay = published.dayRange.first
        for i in events.indices where !dated.contains(i) && events[i].event.occurredAt == published {
            let event = events[i].event
            guard event.kind == .ban || event.kind == .investment else { continue }
            let targets = Set(event.participants.filter { $0.role == .target }.map(\.name))
            let actors = Set(event.participants.filter { $0.role != .target }.map(\.name))
            guard let j = events.indices.first(where: { j in
                let other = events[j].event
                return j != i && dated.contains(j) && other.kind == event.kind && other.occurredAt.precision == .day
                    && (1...7).contains(publishedDay - other.occurredAt.dayRange.first)
                    && other.participants.contains { $0.role == .target && targets.contains($0.name) }
                    && (event.kind == .investment || actors.isSubset(of: other.participants.filter { $0.role != .target }.map(\.name)))
            }) else { continue }
            let day = events[j].event.occurredAt
            // The date is part of the event's identity: the id is derived again.
            events[i].event.occurredAt = day
            events[i].event.id = EventID.derive(events[i].event)
            events[i].explanation += "; date: \(day), the day of the same happening told in sentence \(events[j].event.source.sentence.map(String.init) ?? "?")"
        }
    }

    /// Whether two dates may name the same day: equal where both are precise.
    static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        a.year == b.year && (a.month == 0 || b.month == 0 || a.month == b.month) && (a.day == 0 || b.day == 0 || a.day == b.day)
    }

    struct Found {
        var kind: EventKind
        var cast: [Cast]
        var date: PartialDate
        var modality: Modality
        var amount: Amount?
        var confidence: Double
        var explanation: String
        /// The date came from the sentence, not from the publication date.
        var datedByText: Bool
        /// The trigger stem that gave the event.
        var stem: String = ""
        /// Adds members to the partnership the article told last, rather than telling a new one.
        var extendsPrevious = false
        /// Told as the way something else was done (TriggerHit.incidental): no announcement of the
        /// sentence stands back for it.
        var incidental = false
        /// An announcement by a statement or plan stem (cues.json `articleStandBackStems`) whose
        /// sentence also holds a word of a partnership, investment or ban: it stands back when its
        /// actors are all parties of the article's deals.
        var standsBackForADeal = false
        /// An announcement whose sentence points back to a measure (`refersBackToAMeasure`), lifts
        /// none (`measureLiftingWords`) and holds no ban only considered or denied: it stands back
        /// when its actors all impose the article's bans.
        var speaksOfAMeasure = false
    }

    /// Whether the clause after `from` ends as a forecast the press reports: `…할 것이라고
    /// 닛케이아시아는 전했다`, `…할 것으로 블룸버그는 내다봤다`.
    func pressForecast(_ s: Scalars, after from: Int) -> Bool {
        for ending in Extractor.forecastEndings {
            guard let at = s.firstIndex(of: ending, from: from),
                  let speaker = recognizer.nextWord(s, from: at + ending.count)?.text,
                  let split = roles.josa.strip(speaker), split.marker == .subject,
                  recognizer.isMediaName(split.stem) else { continue }
            let rest = s.string((at + ending.count)..<s.count)
            if Extractor.pressVerbs.contains(where: { verb in rest.contains(" " + verb) }) { return true }
        }
        return false
    }
    static let forecastEndings = ["것이라고 ", "것으로 ", "전망이라고 "].map(\.scalars)
    static let pressVerbs = ["전했", "보도", "내다봤", "예상했", "전망했", "관측했", "밝혔"]

    func extract(sentence s: Scalars, published: PartialDate, context: inout ArticleContext) -> [Found] {
        context.sentencesSincePartnership += 1
        // One analysis of the sentence serves all its readings (MeCab is the costliest step).
        let morphemes = SentenceMorphemes(s, analyzer: analyzer)
        defer { context.previousSentence = s; context.previousMorphemes = morphemes }
        // `삼성SDS가 이끄는 컨소시엄이 선정됐다`: the lead, noted once the sentence is read, so that a
        // list in this one is not its own.
        defer { noteConsortiumLead(s, morphemes: morphemes, context: &context) }
        // Most sentences hold no trigger: only the names they teach (`이름(약칭)`) are read.
        guard triggers.mayMatch(s) || consortia.mayApply(s) || consortia.mayReadMemberClause(s) || roundPhrases.occurs(in: s) || listHeads.occurs(in: s)
                || (context.fundraiser != nil || ownedRounds.occurs(in: s)) && consortia.mayNameARoundLead(s)
                || !context.imposers.isEmpty && (ConsortiumReader.backReferenceEnd(s) != nil || consortia.mayHaveListedHead(s)) else {
            if s.contains("(") { recognizer.teachAliases(in: s, aliases: &context.aliases) }
            context.noteOccasion(DateResolver.mentions(in: s, published: published), s)
            // `A와 B 대표는 27일 만났다`: who met, for a `양사는 이 자리에서` that follows.
            if occasionVerbs.occurs(in: s) {
                context.notePair(RoleAssigner.groups(recognizer.mentions(in: s, nesting: Nesting(s), aliases: &context.aliases, morphemes: morphemes), in: s))
            }
            // `퍼플렉시티는 2022년 창립된 AI 스타트업이다`: a description names what the article is about.
            if context.topic == nil, s.matches("다.".scalars, at: max(0, s.count - 2)),
               // Only a name that opens the sentence counts: slots are read at its start alone.
               let first = recognizer.mentions(in: s, nesting: Nesting(s), aliases: &context.aliases, slotsBefore: 1, morphemes: morphemes).first,
               first.start == 0, first.topic, first.marker == .subject, first.type != .product, !first.anonymous,
               // `로이터는 …보도했다`: the press tells of the article's organization; it is never that.
               !recognizer.isMedia(first) {
                context.topic = Cast(role: .party, name: first.name, surface: first.surface, type: first.type, why: first.surface)
            }
            return []
        }
        let nesting = Nesting(s)
        let hits = triggers.hits(in: s, nesting: nesting)
        // Names the gazetteer and the patterns lack are looked for with the analyzer only when a
        // trigger found no organization for its roles: most sentences are read without it.
        var plain = context
        let first = read(s, nesting: nesting, morphemes: morphemes, hits: hits, published: published, slotsBefore: 0, context: &plain)
        let found: [Found]
        if first.unresolved, recognizer.analyzer != nil {
            // Roles stand before their trigger (or, for a relative clause, just after it).
            let slotsBefore = consortia.mayApply(s) || listHeads.occurs(in: s) ? s.count : (hits.map(\.end).max() ?? 0) + 40
            found = read(s, nesting: nesting, morphemes: morphemes, hits: hits, published: published, slotsBefore: slotsBefore, context: &context).found
        } else {
            context = plain
            found = first.found
        }
        if found.contains(where: { $0.kind == .partnership }) { context.partnershipTold = true }
        return found
    }

    /// `이번 협약식에는 A사 김OO 대표, B사 이OO 대표가 참석했다`: a signing ceremony and those who attended it.
    static let signingCeremonies = PatternSet(["협약식", "체결식", "서명식", "조인식"])
    /// Words after a list that make it a list of fields, not of organizations (`…등 분야에서`).
    static let fieldWords = ["분야", "부문", "영역"].map(\.scalars)
    static let attended = "참석".scalars

    /// `23개 품목을`: things counted.
    static let countedAnew = try! NSRegularExpression(pattern: #"\d+\s*(개|종|곳|개사|건)"#)

    /// `A에 이어 B도`: A did it first.
    static let following = "에 이어".scalars

    /// 도 closing a subject, before a space (`외교부도 `).
    static let alsoParticle = "도 ".scalars

    /// A word ending in 의 (`맥스리니어의 `).
    static let genitiveEnding = "의 ".scalars

    /// The last quotation of ten scalars or more that closes before `end` (`“…될 것”이라고
    /// 말했다`), without its marks and the spaces and full stops before the closing mark.
    static func quotationBefore(_ s: Scalars, _ end: Int) -> String? {
        var open: Int? = nil
        var found: String? = nil
        for i in 0..<min(end, s.count) {
            if s[i].isOpeningQuote || s[i] == "\"" && open == nil { open = i; continue }
            if let o = open, s[i].isClosingQuote || s[i] == "\"" {
                if i - o > 10 { found = s.string((o + 1)..<i).trimmingCharacters(in: CharacterSet(charactersIn: " .")) }
                open = nil
            }
        }
        return found
    }

    /// The subject of a measure or an investment told without its targets, kept for the list of
    /// targets that may follow (products never act).
    static func namedBeforeAList(_ subject: MentionGroup, as role: Role) -> [Cast] {
        subject.members.filter { $0.type != .product }
            .map { Cast(role: role, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (\(role.name) named before the list)") }
    }

    /// One reading of a sentence's triggers against its organizations; `unresolved` when some
    /// trigger that counts found no organization for its roles.
    private func read(_ s: Scalars, nesting: Nesting, morphemes: SentenceMorphemes, hits: [TriggerHit], published: PartialDate, slotsBefore: Int,
                      context: inout ArticleContext) -> (found: [Found], unresolved: Bool) {
        // The press reports events; it takes part in none.
        var mentions = recognizer.mentions(in: s, nesting: nesting, aliases: &context.aliases, slotsBefore: slotsBefore, morphemes: morphemes)
            .filter { !recognizer.isMedia($0) }
        // `양사는`: the two parties of the article's last partnership.
        if (2...10).contains(context.partners.count) { mentions = RoleAssigner.resolvingBothParties(mentions, in: s, nesting: nesting, partners: context.partners, josa: roles.josa) }
        if mentions.contains(where: \.topic), RoleAssigner.itself.contains(where: { s.firstIndex(of: $0) != nil }) {
            mentions = RoleAssigner.resolvingItself(mentions, in: s, nesting: nesting, josa: roles.josa)
        }
        // A list after its head noun may name only organizations the gazetteer lacks.
        // A partnership may leave its parties out, named in the sentence before.
        let leftOut = context.previousSentence != nil && hits.contains { hit in
            if case .event = hit.verdict { return hit.kind == .partnership } else { return false }
        }
        guard !mentions.isEmpty || leftOut || listHeads.occurs(in: s) || ConsortiumReader.backReferenceEnd(s) != nil
                || !context.imposers.isEmpty && consortia.mayHaveListedHead(s) else {
            context.noteOccasion(DateResolver.mentions(in: s, published: published), s)
            return ([], hits.contains { if case .event = $0.verdict { return true } else { return false } })
        }
        let groups = RoleAssigner.groups(mentions, in: s, classifiers: roles.appositiveHeads, objectHeads: recognizer.objectHeads)
        // A decision quoted from its speaker reads its objects inside the quotation.
        let quotedGroups = hits.contains(where: \.quoted)
            ? RoleAssigner.groups(mentions.map { var m = $0; m.inQuote = false; return m }, in: s, classifiers: roles.appositiveHeads, objectHeads: recognizer.objectHeads) : groups
        let dates = DateResolver.mentions(in: s, published: published)
        var out: [Found] = []
        var unresolved = false
        // An alliance launched (`…얼라이언스를 출범했다`): its members' launch stands back too.
        var launchedAlliance = false

        func date(at position: Int, subjectStart: Int? = nil) -> (PartialDate, String, Bool) {
            let (d, text) = DateResolver.eventDate(dates, trigger: position, nesting: nesting, published: published, in: s,
                                                   subjectStart: subjectStart)
            // `…27일 만났다. 양사는 이 자리에서 …체결했다`: the occasion named just before.
            if text == nil, let occasion = context.occasion, ArticleContext.backReferences.contains(where: { s.firstIndex(of: $0) != nil }) {
                return (occasion, "'\(occasion)' of the occasion the sentence before named", true)
            }
            return (d, text.map { "'\($0)' → \(d)" } ?? "publication date \(d)", text != nil)
        }
        /// The mention groups of the sentence before, read once, when a subject left out needs them.
        var previousRead: [MentionGroup]? = nil
        func previousGroups(_ context: inout ArticleContext) -> [MentionGroup] {
            if let previousRead { return previousRead }
            guard let previous = context.previousSentence else { return [] }
            let read = RoleAssigner.groups(recognizer.mentions(in: previous, nesting: Nesting(previous), aliases: &context.aliases,
                                                               morphemes: context.previousMorphemes), in: previous)
            previousRead = read
            return read
        }
        /// The date of a list told after its measure or round: its own, else the one that sentence gave.
        func listDate(at position: Int) -> (PartialDate, String, Bool) {
            let own = date(at: position)
            if !own.2, let told = context.listDate { return (told, "'\(told)' of the sentence that told the measure or the round", true) }
            return own
        }
        func confidence(_ cast: [Cast], base: Double) -> Double {
            let patterned = cast.contains { $0.why.hasSuffix("suffix)") || $0.why.hasSuffix("acronym)") || $0.why.hasSuffix("list-item)") }
            return (base * (patterned ? 0.8 : 1.0) * 100).rounded() / 100
        }

        if var c = consortia.read(s, mentions: mentions, nesting: nesting) {
            // `컨소시엄에는 A, B가 참여했다`: a head that opens the sentence has no lead before it.
            if c.headStart == 0, let lead = context.consortiumLead {
                c.cast = [lead] + c.cast.filter { $0.name != lead.name }
            }
            let (d, dateWhy, dated) = date(at: c.verbStart)
            out.append(Found(kind: .partnership, cast: c.cast, date: d, modality: .done, amount: nil, confidence: confidence(c.cast, base: 0.85),
                             explanation: "partnership: consortium membership list (lead first); " + c.cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                             datedByText: dated))
        } else if let c = consortia.readAlliance(s, groups: groups, nesting: nesting) {
            launchedAlliance = true
            let (d, dateWhy, dated) = date(at: c.verbStart)
            out.append(Found(kind: .partnership, cast: c.cast, date: d, modality: .done, amount: nil, confidence: confidence(c.cast, base: 0.8),
                             explanation: "partnership: alliance of the organizations listed before it; " + c.cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                             datedByText: dated))
        } else if !context.partnershipTold, s.firstIndex(of: Extractor.attended) != nil, Extractor.signingCeremonies.occurs(in: s),
                  case let officers = mentions.filter({ $0.speaker && !$0.inQuote && !$0.inParens && !$0.anonymous }),
                  Set(officers.map(\.name)).count >= 2 {
            // `이번 협약식에는 A 대표, B 대표가 참석했다`: with no party named before in the article, the
            // officers who attended its signing speak for its parties.
            let cast = officers.map { Cast($0, .party, "its officer attended the signing") }.uniqueByName
            let (d, dateWhy, dated) = date(at: s.firstIndex(of: Extractor.attended)!)
            out.append(Found(kind: .partnership, cast: cast, date: d, modality: .done, amount: nil, confidence: confidence(cast, base: 0.6),
                             explanation: "partnership: officers attending its signing; " + cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                             datedByText: dated))
        } else if let c = consortia.readMemberClause(s, mentions: mentions, nesting: nesting) {
            let (d, dateWhy, dated) = date(at: c.verbStart)
            out.append(Found(kind: .partnership, cast: c.cast, date: d, modality: .done, amount: nil, confidence: confidence(c.cast, base: 0.75),
                             explanation: "partnership: consortium members named in a clause before its head; " + c.cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                             datedByText: dated))
        } else if context.partnership.count >= 2 || context.openPartnership, context.sentencesSincePartnership <= 3, let verb = consortia.memberVerbStart(s),
                  // Officers who speak (`KT 클라우드/DX사업본부 본부장은 “…합류하는 3개 기관에…”`) join nothing.
                  let list = groups.last(where: { [.subject, .list].contains($0.marker) && $0.start < verb && $0.members.count >= 2 && !$0.members.contains(where: \.speaker) }),
                  // `메타버스산업협회는 … A, B 등 기업들도 참여하고 있다`, `…협회에는 A, B가 참여하고 있다`: a
                  // party told of as the topic names its own members, not the partnership's.
                  !groups.contains(where: { g in g.start < list.start
                      && (g.marker == .subject && g.members.contains(where: \.topic) || g.marker == .dative && RoleAssigner.particle(of: g, in: s) == "에는")
                      // (`메타버스산업협회` for 한국메타버스산업협회: the name told short.)
                      && g.members.contains { m in context.partnership.contains { $0.name == m.name || $0.name.hasSuffix(m.name) } } }),
                  // `▲…개발 지원 ▲…확산 홍보 협력 등 분야에서 협력하기로 했다`: a list of fields.
                  !Extractor.fieldWords.contains(where: { s.contains($0, in: max(0, verb - 10)..<verb) }) {
            // `학계에선 A·B·C가 참여한다`: more members of the partnership told just before; the list
            // runs to the member verb, its last item taken as written when no name is known.
            let listed = consortia.items(s, ConsortiumReader.listStart(s, before: list.start)..<max(list.start, verb - 1), mentions: mentions)
            let joined = listed.filter { m in !context.partnership.contains { $0.name == m.name } }
                .map { Cast(role: .party, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (joins the partnership told before, \($0.rule))") }
            // `▲…개발 지원 ▲…국책사업 공동참여 등`: pieces of a list that no name is known in are fields.
            let namesOne = listed.contains { m in m.rule != "list-item" && !context.partnership.contains { $0.name == m.name } }
            if !joined.isEmpty, namesOne {
                let (d, dateWhy, dated) = date(at: verb)
                var found = Found(kind: .partnership, cast: context.partnership + joined, date: d, modality: .done, amount: nil, confidence: confidence(joined, base: 0.7),
                                  explanation: "partnership: members joining the one told before; " + joined.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                                  datedByText: dated)
                found.extendsPrevious = true
                out.append(found)
            }
        }
        // `…800억원을 유치했으며 이번 투자에는 A, B가 참여했다`: the round told in the same sentence.
        let raisedHere = hits.first { hit in
            if case .event = hit.verdict { return hit.kind == .investment && hit.reverses } else { return false }
        }.flatMap { roles.subject(groups, before: $0.start, in: s)?.members.first }
            .map { Cast(role: .target, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (raised the round)") }
        // `이번 투자에는 A, B가 참여했다`: the investors of the round the article's company raised.
        // `이번 라운드는 A가 주도했다`: the lead of that round, unless a trigger of its own reads it
        // (`A가 이번 투자를 주도했다`).
        let ledByTrigger = hits.contains { h in
            if case .event = h.verdict { return h.kind == .investment && !h.reverses } else { return false }
        }
        // `큐리오시스의 이번 시리즈B 라운드는 A가 주도했다`: the round's company named with 의.
        let ownerHere = groups.first(where: { $0.marker == .genitive && RoleAssigner.roundFollows(s, after: $0.end) })?.members.first
            .map { Cast(role: .target, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (whose round it is, 의)") }
        let namedEarlier = raisedHere == nil && ownerHere == nil
        if let target = raisedHere ?? ownerHere ?? context.fundraiser,
           case let lead = ledByTrigger ? nil : consortia.readRoundLead(s, groups: groups, mentions: mentions, nesting: nesting),
           let c = consortia.readRound(s, mentions: mentions, nesting: nesting) ?? lead {
            let cast = ((lead?.cast ?? []) + c.cast).filter { $0.name != target.name }.uniqueByName + [target]
            let (d, dateWhy, dated) = listDate(at: c.verbStart)
            out.append(Found(kind: .investment, cast: cast, date: d, modality: .done, amount: nil, confidence: confidence(cast, base: 0.75),
                             explanation: "investment: participants of the round raised by \(target.name)\(namedEarlier ? " (an earlier sentence)" : ""); "
                                 + cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy, datedByText: dated))
        }
        // `미국의 제재를 받고 있는 화웨이`: a measure received, in the background.
        for r in consortia.readReceivedMeasures(s, mentions: mentions, nesting: nesting) {
            // `블랙리스트에 오른 대상은 A와 B, C 등이다`: the name the clause modifies may open a list.
            // `…대상은 A와 B 등이 아니다`: what the measure is not on.
            if s.string(r.target.end..<s.count).contains("아니") { continue }
            let listed = groups.first { $0.members.first?.start == r.target.start && $0.marker != .genitive }?.members.filter { $0.type != .government }
            let targets = listed.flatMap { $0.isEmpty ? nil : $0 } ?? [r.target]
            let cast = [Cast(r.imposer, .imposer, "imposes it, named with 의", rule: false)]
                + targets.map { Cast($0, .target, "the name the clause modifies", rule: false) }
            let (d, dateWhy, dated) = date(at: r.at)
            out.append(Found(kind: .ban, cast: cast, date: d, modality: .done, amount: nil, confidence: confidence(cast, base: 0.7),
                             explanation: "ban: a measure received, told in a relative clause (background); " + cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                             datedByText: dated))
        }
        // `투자한 기업은 ▲A ▲B다`: the targets of the investors named before (or of the article's
        // organization); `참여한 투자사는 A, B다`: the investors of the round raised before.
        if let list = consortia.readInvestmentList(s, mentions: mentions, nesting: nesting) {
            let others: [Cast]
            if list.targets, let here = groups.last(where: { $0.marker == .subject && $0.end <= list.start }) {
                // `A가 투자한 기업은 ▲B ▲C다`: the subject of the head's own clause invests.
                others = Extractor.namedBeforeAList(here, as: .investor)
            } else if list.targets {
                others = context.investors.isEmpty ? context.topic.map { [$0.recast(.investor, "the organization the article is about")] } ?? [] : context.investors
            } else {
                others = context.fundraiser.map { [$0] } ?? []
            }
            if !others.isEmpty {
                let cast = list.targets ? others + list.cast : list.cast + others
                let (d, dateWhy, dated) = listDate(at: list.start)
                out.append(Found(kind: .investment, cast: cast, date: d, modality: .done, amount: nil, confidence: confidence(cast, base: 0.7),
                                 explanation: "investment: list of \(list.targets ? "targets" : "investors") after its head noun; " + cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                                 datedByText: dated))
            }
        }
        // `미스트랄에 투자를 단행한 기업은 A, B 등이다`: the investors of a named company.
        if let named = consortia.readInvestorsOfNamed(s, mentions: mentions, nesting: nesting) {
            let target = Cast(role: .target, name: named.target.name, surface: named.target.surface, type: named.target.type, why: "\(named.target.surface) (invested in, named in the clause that heads the list)")
            let cast = named.cast + [target]
            let (d, dateWhy, dated) = date(at: named.start)
            out.append(Found(kind: .investment, cast: cast, date: d, modality: .done, amount: nil, confidence: confidence(cast, base: 0.7),
                             explanation: "investment: list of investors after a clause naming what they invested in; " + cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                             datedByText: dated))
        }
        // A deal only considered or denied (`…금지하는 것을 고려하고 있다고 밝혔다`) is what is announced;
        // a deal done, or named as a noun, is what a statement beside it speaks of.
        let speaksOfADeal = hits.contains { h in
            guard h.kind != .announcement else { return false }
            if case .rejected(let why) = h.verdict { return why.contains("noun") }
            return true
        }
        // An announcement of this sentence speaks of the article's ban when the sentence points back
        // to a measure (`이번 조치를`), lifts none (`…허용한다고 발표했다` is news of its own) and holds
        // no ban only considered or denied (`…금지하는 것을 고려하고 있다고 밝혔다`: that is what is
        // announced). Read once for the sentence, and only when it has an announcement.
        let pointsBackToAMeasure = hits.contains { $0.kind == .announcement } && refersBackToAMeasure(s)
            && !measureLiftingWords.occurs(in: s)
            && !hits.contains { h in
                guard h.kind == .ban, case .rejected(let why) = h.verdict else { return false }
                return !why.contains("noun")
            }
        /// Keeps the date the sentence of a measure or round gives, for the list that may follow.
        func noteListDate(_ told: (PartialDate, String, Bool)) { if told.2 { context.listDate = told.0 } }
        for hit in hits {
            // An imposer named without a target (`…37곳을 목록에 추가했다`): a list that follows names them.
            if hit.kind == .ban, !hit.passive, !hit.reverses, case .event = hit.verdict, let subj = roles.subject(groups, before: hit.start, in: s) {
                context.imposers = Extractor.namedBeforeAList(subj, as: .imposer)
                noteListDate(date(at: hit.start, subjectStart: subj.start))
            }
            // An investor named without a target (`A는 5개 기업에 투자했다`): the list that follows names them.
            if hit.kind == .investment, !hit.reverses, case .event = hit.verdict, let subj = roles.subject(groups, before: hit.start, in: s) {
                context.investors = Extractor.namedBeforeAList(subj, as: .investor)
                noteListDate(date(at: hit.start, subjectStart: subj.start))
            }
            if hit.kind == .investment, hit.reverses, case .event = hit.verdict, let raiser = roles.subject(groups, before: hit.start, in: s)?.members.first {
                context.fundraiser = Cast(role: .target, name: raiser.name, surface: raiser.surface, type: raiser.type, why: "\(raiser.surface) (raised the round)")
                noteListDate(date(at: hit.start))
            } else if hit.kind == .investment, hit.reverses, context.fundraiser == nil,
                      let raiser = (groups.last(where: { $0.marker == .genitive && $0.end <= hit.start && hit.start - $0.end <= 24 })
                                    ?? roles.subject(groups, before: hit.start, in: s))?.members.first, raiser.type != .government {
                // `퓨리오사AI의 700억원 규모 신규 투자 유치가 …`: a round told as a noun still names its company.
                context.fundraiser = Cast(role: .target, name: raiser.name, surface: raiser.surface, type: raiser.type, why: "\(raiser.surface) (raised the round)")
            }
            guard case .event(let modality) = hit.verdict else { continue }
            var results: [([Cast], String)] = []
            let groups = hit.quoted ? quotedGroups : groups
            switch hit.kind {
            case .announcement:
                // `김 대표는 “…될 것”이라고 말했다`: a quoted saying comments on the news.
                // `“…지원을 아끼지 않겠다”고 말했다`: a quoted commitment is a statement of intent.
                // `“…도움이 될 것”이라고 밝혔다`: an expectation quoted is comment, whatever the stem.
                if let quoted = Extractor.quotationBefore(s, hit.start),
                   commentaryStems.contains(hit.stem) && !commitmentEndings.contains(where: quoted.hasSuffix)
                    || expectationEndings.contains(where: quoted.hasSuffix) { continue }
                // `‘누리 서밋 2023’을 열었다`: an event held under a quoted title; `‘새 장’을 열었다` is an idiom.
                if hit.stem.unicodeScalars.first.map({ $0.isClosingQuote || $0 == "'" }) == true, !quotedTitleNamesAnEvent(s, closingAt: hit.start) { continue }
                results = roles.announcement(hit, groups, mentions, s).map { [$0] } ?? []
                // `외교부는 …제재명단에 올렸다. 또 국정원과 함께 …권고문을 발표했다`: with no name before the
                // trigger, the organization the sentence before named as its topic acts.
                // Only a launch or an event held (`공개했다`, `설명회를 연다`): a saying with its speaker left
                // out is as often a person's or another body's.
                if results.isEmpty, case .event = hit.verdict, !hit.passive, !hit.modifies, !hit.quoted, hit.form != "source", !reportingStems.contains(hit.stem),
                   !groups.contains(where: { $0.start < hit.start && $0.marker == .subject }),
                   let topic = previousGroups(&context).first(where: { g in
                       g.marker == .subject && g.members.contains(where: \.topic) && !g.members.contains { $0.anonymous || $0.type == .product }
                   }) {
                    var cast = roles.cast(topic, .actor, "topic of the sentence before; the subject is left out")
                    if let joint = roles.jointPartners(groups, from: 0, before: hit.start, s) { cast += roles.cast(joint, .actor, "together with the subject") }
                    results = [(cast, "announcement: subject left out, trigger '\(hit.stem)' (\(hit.reading))")]
                }
            case .partnership:
                results = roles.distributedPartnerships(hit, groups, s) ?? roles.partnership(hit, groups, s, topic: context.recentTopic ?? context.topic).map { [$0] } ?? []
                // `A, B, C 등이 각자 컨소시엄을 구성해 참가했다`: each formed its own, with partners unnamed.
                if RoleAssigner.toldEachApart(s, before: hit.start) {
                    results = results.filter { r in r.0.contains { $0.why.contains("와/과") } }
                }
            case .investment where hit.stem.hasSuffix("교환") || hit.stem.hasPrefix("상호"):
                // `A와 B는 지분을 상호 교환했다`: a share swap; each invests in the other. So does
                // `A는 B와 상호 지분 투자를 했다`, the other side told with 와/과.
                let subject = roles.subject(groups, before: hit.start, in: s)
                let other = subject.flatMap { subj in groups.first { $0.marker == .comitative && $0.start > subj.end && $0.end <= hit.start && $0.members.count == 1 } }
                if let subject, let pair = subject.members.count == 2 ? subject.members : other.flatMap({ subject.members.count == 1 ? subject.members + $0.members : nil }) {
                    let (a, b) = (pair[0], pair[1])
                    results = [(a, b), (b, a)].map { investor, target in
                        ([Cast(role: .investor, name: investor.name, surface: investor.surface, type: investor.type, why: "\(investor.surface) (one side of the swap)"),
                          Cast(role: .target, name: target.name, surface: target.surface, type: target.type, why: "\(target.surface) (the other side)")],
                         "investment: share swap, trigger '\(hit.stem)'")
                    }
                }
            case .investment:
                results = roles.investment(hit, groups, s, fundraiser: context.fundraiser, topic: context.recentTopic ?? context.topic).map { [$0] } ?? []
                // `A가 B와 제휴를 맺고 4억달러를 투자했다`: with nothing named to put the money in, the
                // partner the subject joined just before in the same sentence is what it invests in.
                if results.isEmpty, !hit.reverses, !hit.passive, !hit.sells, !hit.modifies, hit.verdict.isEvent,
                   let subj = roles.subject(groups, before: hit.start, in: s), !subj.members.contains(where: { $0.type == .government }),
                   let joined = hits.last(where: { $0.kind == .partnership && $0.verdict.isEvent && $0.start > subj.end && $0.end <= hit.start }),
                   let partner = groups.last(where: { $0.marker == .comitative && $0.start >= subj.end && $0.end <= joined.start }),
                   !partner.members.contains(where: { $0.type == .government }),
                   !groups.contains(where: { $0.start >= joined.end && $0.start < hit.start }),
                   !s[partner.end..<joined.start].contains(where: { $0 == "." || $0 == "," }), !s[joined.end..<hit.start].contains("."),
                   // Only the sum goes between (`4억달러를`): a word with 에 or an object names where
                   // the money goes (`데이터센터에 투자한다`).
                   case let words = s.string((joined.supportVerbEnd ?? joined.end)..<hit.start).split(separator: " "),
                   !words.indices.contains(where: { k in
                       guard let split = roles.josa.strip(String(words[k])) else { return false }
                       // `5천억 원가량을`: the unit after a figure is the sum too.
                       let sum = words[k].contains(where: \.isNumber) || k > 0 && words[k - 1].contains(where: \.isNumber)
                       return split.marker == .dative || split.marker == .object && !sum
                   }) {
                    results = [(roles.cast(subj, .investor, "subject") + roles.cast(partner, .target, "the partner it joined before investing (와/과)"),
                                "investment: the subject invests in the partner it joined in the same sentence, trigger '\(hit.stem)' (\(hit.reading))")]
                }
            case .ban where hit.likewise:
                // `영국, 네덜란드, 벨기에 등도 유사한 정책을 시행했다`: others took the measure just told.
                if !context.measureTargets.isEmpty, let subj = roles.subject(groups, before: hit.start, in: s),
                   let again = roles.sameMeasure(by: subj, as: "subject", on: context.measureTargets, told: "told before",
                                                 "ban: the same measure as the one told before, trigger '\(hit.stem)'") {
                    results = [again]
                }
            case .ban:
                results = roles.ban(hit, groups, s, imposersBefore: context.imposers).map { [$0] } ?? []
                // `방통위는 누리앱을 조사해왔다. 지난달에는 누리앱의 다운로드를 중단시켰다`: with no measure
                // told before and no name before the trigger, the body the sentence before was about
                // imposes this one (finite, active readings; its targets are read as above).
                if results.isEmpty, context.imposers.isEmpty, case .event = hit.verdict, !hit.passive, !hit.reverses, !hit.modifies, !hit.quoted,
                   !groups.contains(where: { $0.start < hit.start && $0.marker == .subject }),
                   // `트럼프는 …명령했다`: a subject that names no organization is still a subject.
                   !Extractor.hasUnknownSubject(s, before: hit.start, mentions: [], josa: roles.josa),
                   // Only a public body: a firm the sentence before was about is as often describing
                   // what its product blocks (`…누리가드를 출시했다. 악성 링크 접속을 차단한다`).
                   let topic = previousGroups(&context).first(where: { g in
                       g.marker == .subject && g.start <= 12 && g.members.contains(where: \.topic)
                           && g.members.allSatisfy { [.government, .agency].contains($0.type) && !$0.anonymous }
                   }),
                   case let imposers = roles.cast(topic, .imposer, "topic of the sentence before; the subject is left out"),
                   let read = roles.ban(hit, groups, s, imposersBefore: imposers, topicBefore: true) {
                    results = [read]
                }
                // `미국, 영국, 캐나다에 이어 호주와 뉴질랜드도 …금지했다`: those named with 에 이어 took the
                // same measure before.
                if let (cast, _) = results.first, !hit.passive, let subj = roles.subject(groups, before: hit.start, in: s),
                   let before = groups.last(where: { g in g.end <= subj.start && g.marker == .dative && s.matches(Extractor.following, at: g.members.last!.end) }),
                   !s[before.end..<subj.start].contains(".") {
                    let imposers = roles.cast(before, .imposer, "took the measure before (에 이어)")
                    let targets = cast.filter { $0.role == .target }
                    if !imposers.isEmpty, !targets.isEmpty {
                        results.append((imposers + targets, "ban: the same measure taken before by those named with 에 이어, trigger '\(hit.stem)'"))
                    }
                }
                // `국방부는 딥시크 접속을 차단했고, 외교부도 외부망 PC의 접속을 막았다`: with no target of its
                // own, a subject with 도 takes the measure just told, on its targets.
                if results.isEmpty, !hit.passive, !hit.reverses, !context.measureTargets.isEmpty, case .event = hit.verdict,
                   let subj = roles.subject(groups, before: hit.start, in: s), subj.end >= 1, s[subj.end - 1] == "도" || s.matches(Extractor.alsoParticle, at: max(0, subj.end - 2)),
                   // Only a name known for what it is: `중국기업도 대상으로 하는` is no imposer.
                   subj.members.allSatisfy({ $0.type != nil && $0.type != .product }),
                   Extractor.alsoFallsOnNames(s, subj),
                   // `일본도 23개 품목을 통제 대상에 추가했다`: objects counted anew are a measure on
                   // something else (`AI 챗봇을 …금지했다` still speaks of what was just told).
                   !Extractor.countedAnew.occurs(in: s.string(subj.end..<hit.start)),
                   !groups.contains(where: { $0.start > subj.end && $0.start < hit.start && [.object, .genitive, .about].contains($0.marker) }),
                   let again = roles.sameMeasure(by: subj, as: "subject with 도", on: context.measureTargets, told: "told just before",
                                                 "ban: a subject with 도 takes the measure just told, trigger '\(hit.stem)'") {
                    results = [again]
                }
                // `포패러다임, 중국 최대 유전자 기업 BGI 등도 제재 대상이 됐다`: the passive's subject is a
                // list whose items are described before their names; read it as a list.
                if (hit.passive || hit.reverses), case (var cast, let rule)? = results.first, let subj = roles.subject(groups, before: hit.start, in: s),
                   cast.contains(where: { c in c.role == .target && subj.members.contains { $0.name == c.name } }),
                   let listed = Extractor.describedListItems(s, before: subj.end, consortia: consortia, mentions: mentions, josa: roles.josa) {
                    for item in listed where !cast.contains(where: { $0.name == item.name }) && item.type != .government {
                        cast.append(Cast(role: .target, name: item.name, surface: item.surface, type: item.type, why: "\(item.surface) (listed with the subject of the passive, \(item.rule))"))
                    }
                    results = [(cast, rule)]
                }
            default: break
            }
            // `넷플릭스와 SK텔레콤·SK브로드밴드가 소송을 끝냈다. 또 …파트너십을 체결했다`: with no name
            // before the trigger, the organizations the sentence before named together as its subject.
            // `이날 8개 협회는 …협약을 체결했다`: parties counted or described, not named, are named after.
            let unnamedParties = results.isEmpty && hit.kind == .partnership && !hit.modifies && !hit.quoted && hit.verdict.isEvent
                && !groups.contains(where: { $0.start < hit.start }) && ArticleContext.unnamedSubject(s, before: hit.start)
            if results.isEmpty, hit.kind == .partnership, case .event = hit.verdict, !hit.modifies, !hit.quoted,
               !groups.contains(where: { $0.start < hit.start }), !unnamedParties,
               let joint = previousGroups(&context).first(where: { $0.marker == .subject && $0.members.count >= 2 && !$0.members.contains(where: \.anonymous) }) {
                results = [(roles.cast(joint, .party, "named together as the subject of the sentence before"),
                            "partnership: subject left out, trigger '\(hit.stem)' (\(hit.reading))")]
            }
            // `위메이드는 액션스퀘어에 투자를 진행하고, 사업협력을 위한 업무협약을 체결했다`: with no partner
            // named, the company the subject invested in earlier in the same sentence is the partner.
            // Only a stake taken (투자, 출자) and an agreement (협약, MOU, 제휴): a takeover's own contract
            // (`…를 인수하고 합병 계약을 체결했다`) is no partnership.
            if results.isEmpty, hit.kind == .partnership, case .event = hit.verdict, !hit.modifies, !hit.quoted, !hit.nominal,
               ["협약", "MOU", "제휴"].contains(where: { hit.stem.contains($0) }),
               let subj = roles.subject(groups, before: hit.start, in: s),
               let invested = out.last(where: { f in
                   f.kind == .investment && f.cast.count == 2 && ["투자", "출자"].contains(where: { f.stem.contains($0) }) && f.cast.contains { c in c.role == .investor && subj.members.contains { $0.name == c.name } }
               }),
               let target = invested.cast.first(where: { $0.role == .target }), target.type != .government,
               !groups.contains(where: { $0.start >= subj.end && $0.end <= hit.start + 1 && $0.marker == .comitative }) {
                let cast = invested.cast.map { $0.recast(.party, $0.role == .target ? "\($0.surface) (invested in earlier in the sentence; the partner is left out)" : "\($0.surface) (subject)") }
                results = [(cast, "partnership: the subject and the company it invested in earlier in the sentence, trigger '\(hit.stem)' (\(hit.reading))")]
            }
            // A noun of a deal (`A의 B 인수`) needs its A: one the gazetteer knows, or a word with 의
            // before it that the analyzer may read as a name (`미국 맥스리니어의 대만 실리콘모션 인수`).
            if results.isEmpty, case .event = hit.verdict, !hit.nominal || groups.contains(where: { $0.marker == .genitive && $0.end <= hit.start })
                || s.contains(Extractor.genitiveEnding, in: max(0, hit.start - 30)..<hit.start) { unresolved = true }
            // `KT는 산학연 16개 기업 및 기관과 …협약을 맺었다`: partners counted, named in the sentences after.
            if unnamedParties {
                context.partnership = []
                context.sentencesSincePartnership = 0
                context.openPartnership = true
            }
            if results.isEmpty, hit.kind == .partnership, case .event = hit.verdict, let subj = roles.subject(groups, before: hit.start, in: s),
               ArticleContext.countedPartners(s, from: subj.end, to: hit.start) {
                context.partnership = roles.cast(subj, .party, "subject of a partnership whose partners are named after")
                context.sentencesSincePartnership = 0
                context.openPartnership = true
            }
            // `…투자자로 참여할 것이라고 닛케이아시아는 전했다`: what the press says will happen is its
            // forecast, no event (GUIDELINES, "Not events").
            if hit.kind != .announcement, hit.reading.hasPrefix("complement"), pressForecast(s, after: hit.end) { results = [] }
            // A country or a government is never what is bought or invested in (`한국과 미국, 캐나다 등
            // 관련 기관 절차를 마무리하고 인수를 완료했다`: they approved the deal).
            if hit.kind == .investment {
                results = results.map { r in (r.0.filter { !($0.role == .target && $0.type == .government) }, r.1) }
            }
            results = results.filter { RoleAssigner.hasRequiredRoles(hit.kind, $0.0) }
            // Governments working with others by way of cooperation (`정부는 …와의 협력을 통해`) state a
            // policy, not a partnership (RoleAssigner.partnership keeps the other cases).
            if hit.incidental {
                results = results.filter { r in !r.0.contains { $0.type == .government } }
            }
            if hit.kind == .ban, let last = results.last { context.measureTargets = last.0.filter { $0.role == .target } }
            for (cast, rule) in results {
                // `미 상무부는 2일 …명단에 추가했다. A와 B도 제재 대상이 됐다`: a measure whose imposer is
                // only the one told before is that occasion, and carries its date.
                let imposers = cast.filter { $0.role == .imposer }
                let toldBefore = hit.kind == .ban && !imposers.isEmpty && imposers.allSatisfy { c in
                    context.imposers.contains { $0.name == c.name } && !groups.contains { $0.members.contains { $0.name == c.name } }
                }
                    // `A는 3일 투자를 유치했다. B와 C도 투자에 참여했다`: a part of that round, on its day.
                    || hit.kind == .investment && cast.contains { $0.role == .target && $0.why.hasSuffix("(raised the round the article tells)") }
                var (d, dateWhy, dated) = toldBefore ? listDate(at: hit.start) : date(at: hit.start, subjectStart: roles.subject(groups, before: hit.start, in: s)?.start)
                // `9월 …에 투자했다` in a March article: what is told as done happened in the last September.
                if modality == .done, let last = Extractor.doneMonthAfterPublication(d, why: dateWhy, published: published),
                   // `올해 12월 개소해`: this year's month, named so.
                   s.firstIndex(of: "올해 \(d.month)월".scalars) == nil {
                    dateWhy += ", told as done: the year before"
                    if context.listDate == d { context.listDate = last }
                    d = last
                }
                var amount: Amount? = nil
                if hit.kind == .investment {
                    let amounts = AmountParser.amounts(in: s)
                    amount = (amounts.last { $0.end <= hit.start } ?? amounts.first)?.amount
                }
                let base = hit.reading == "finite" ? 0.9 : hit.reading == "source" ? 0.7 : 0.8
                var found = Found(kind: hit.kind, cast: cast, date: d, modality: modality, amount: amount, confidence: confidence(cast, base: base),
                                  explanation: rule + "; " + cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy
                                      + (modality == .planned ? "; modality: planned" : ""), datedByText: dated, stem: hit.stem)
                // `구글은 맨디언트를 클라우드 부문에 통합할 예정이다`: a plan told in the article's own
                // voice by parties of its deal tells how the deal goes on, whatever it speaks of.
                found.incidental = hit.incidental
                found.standsBackForADeal = hit.kind == .announcement
                    && (speaksOfADeal && standBackStems.contains(hit.stem) || planStems.contains(hit.stem))
                found.speaksOfAMeasure = hit.kind == .announcement && pointsBackToAMeasure
                out.append(found)
                // `A는 B와 함께 … 발표했다`: announcing together is a joint undertaking.
                // Hosting a ceremony or an event together (`…와 함께 기공식을 개최했다`) is no agreement.
                if hit.kind == .announcement, cast.count >= 2, cast.contains(where: { $0.why.contains("together with") }), !Extractor.ceremonies.occurs(in: s) {
                    let parties = cast.map { Cast(role: .party, name: $0.name, surface: $0.surface, type: $0.type, why: $0.why) }
                    out.append(Found(kind: .partnership, cast: parties, date: d, modality: modality, amount: nil, confidence: confidence(parties, base: 0.7),
                                     explanation: "partnership: joint announcement (…와 함께 '\(hit.stem)'); " + parties.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                                     datedByText: dated))
                }
            }
        }
        // `제재 기관에는 A, B가 포함됐다`: the targets of the measure told before
        // or in the same sentence (`…올렸으며, 여기에는 A, B가 포함됐다`).
        // `제재 명단에 이름을 올린 DJI는`: a name put on that list, when the sentence told no measure.
        let listed: (targets: [Cast], start: Int, rule: String)? = context.imposers.isEmpty ? nil
            : (out.contains(where: { $0.kind == .ban }) ? nil : consortia.readListedName(s, mentions: mentions)).map { m in
                ([Cast(role: .target, name: m.name, surface: m.surface, type: m.type, why: "\(m.surface) (named on the list of the measure told before, \(m.rule))")],
                 m.start, "ban: a name put on the list of the measure told before")
            } ?? consortia.readBanTargets(s, mentions: mentions, nesting: nesting).map { ($0.cast, $0.start, "ban: list of targets after its head noun") }
        // `…알파벳, 아마존, 애플 등 6곳이 게이트키퍼로 지정됐다` after `애플이 …을 차단했다`: a list that
        // names the imposer among its members is not that measure's.
        if let listed, !listed.targets.contains(where: { t in context.imposers.contains { $0.name == t.name } }) {
            let cast = context.imposers + listed.targets
            let (d, dateWhy, dated) = listDate(at: listed.start)
            out.append(Found(kind: .ban, cast: cast, date: d, modality: .done, amount: nil, confidence: confidence(cast, base: 0.7),
                             explanation: listed.rule + "; " + cast.map(\.why).joined(separator: "; ") + "; date: " + dateWhy,
                             datedByText: dated))
        }
        // A measure is on firms, products and services: a country or its government named where a
        // target stands (`중국·러시아 기업에 대한 제재`, `대중국 수출 통제`) says whose firms, not what.
        out = out.compactMap { f in
            guard f.kind == .ban else { return f }
            var g = f
            g.cast.removeAll { $0.role == .target && $0.type == .government && !$0.countryMeasured }
            return g.cast.contains { $0.role == .target } ? g : nil
        }
        // Announcements stand back: what an organization announces is the partnership,
        // investment or ban it announced (GUIDELINES, "Hard cases").
        // A launch told beside a deal (`A는 B와 함께 …를 공개했다`) is not the deal's announcement.
        let involved = Set(out.filter { $0.kind != .announcement && !$0.incidental }.flatMap { $0.cast.map(\.name) })
        // What is reported may be a deal or a measure whose other side goes unnamed (`중국 기업 37곳을
        // 목록에 추가한다고 밝혔다`): that is no event, and its report is none either.
        let reportsADeal = hits.contains { hit in
            if case .event = hit.verdict { return hit.kind != .announcement && !hit.quoted && !hit.nominal && !hit.incidental } else { return false }
        }
        // `합작법인 설립 계획은 없다고 밝혔다`: what is reported is a deal denied; its report is no event.
        let reportsADenial = hits.contains { hit in
            if case .rejected(let why) = hit.verdict { return hit.kind != .announcement && why.hasPrefix("negated") } else { return false }
        }
        out.removeAll { $0.kind == .announcement && reportingStems.contains($0.stem) && (reportsADeal || reportsADenial || $0.cast.allSatisfy { involved.contains($0.name) }) }
        // `A는 B, C와 함께 …연합을 결성했다`: the alliance read from its members and the same one read
        // with its founder are one partnership, the fuller reading.
        let partnerships = out.filter { $0.kind == .partnership }.map { Set($0.cast.map(\.name)) }
        out.removeAll { f in
            guard f.kind == .partnership else { return false }
            let names = Set(f.cast.map(\.name))
            return partnerships.contains { names.isStrictSubset(of: $0) }
        }
        if launchedAlliance {
            out.removeAll { f in f.kind == .announcement && consortia.launchVerbs.contains { $0.string == f.stem } && f.cast.allSatisfy { involved.contains($0.name) } }
        }
        // `A가 B에 투자했다. C와 D도 투자에 참여했다`: B is the company of the round the article tells.
        // Only a round told as investing (`투자했다`, `출자했다`), not a purchase or a subsidy, has others joining it.
        if context.fundraiser == nil, let told = out.last(where: { $0.kind == .investment && ["투자", "출자"].contains(where: $0.stem.hasPrefix) && $0.cast.contains { $0.role == .investor } }),
           case let targets = told.cast.filter({ $0.role == .target }), targets.count == 1, let t = targets.first, t.type != .government, !t.why.contains("facility") {
            context.fundraiser = Cast(role: .target, name: t.name, surface: t.surface, type: t.type, why: "\(t.surface) (received the investment told before)")
        }
        if let last = out.last(where: { $0.kind == .partnership }) {
            context.partners = last.cast
            context.partnership = last.cast
            context.sentencesSincePartnership = 0
            context.openPartnership = false
        } else if let last = out.last(where: { $0.kind == .investment && $0.cast.count == 2 }) {
            // `A가 B에 투자했다. 양사는 …`: the investor and the company it invested in.
            context.partners = last.cast.map { Cast(role: .party, name: $0.name, surface: $0.surface, type: $0.type, why: "\($0.surface) (named together in an investment before)") }
        } else {
            context.notePair(groups)
        }
        context.noteOccasion(dates, s)
        // A topic-marked subject, or a headline's leading name (`SK스퀘어, AI 기업 5곳에 투자`).
        let headline = groups.first.flatMap { $0.start <= 1 && $0.marker == .list && $0.members.count == 1 ? $0 : nil }
        let topicGroup = groups.first(where: { $0.marker == .subject && $0.members.contains(where: \.topic) })
        if context.topic == nil, !hits.isEmpty,
           let first = (topicGroup ?? headline)?.members.first,
           first.type != .product, !first.anonymous, !recognizer.isMediaName(first.name) {
            context.topic = Cast(role: .party, name: first.name, surface: first.surface, type: first.type, why: first.surface)
        }
        // Only a topic near the sentence's start (after a date or an adverb at most) sets what the
        // sentences after it are about; a government's is a statement about others.
        if let group = topicGroup, group.start <= 12, let first = group.members.first,
           first.type != .product, first.type != .government, !first.anonymous, !recognizer.isMediaName(first.name) {
            context.recentTopic = Cast(role: .party, name: first.name, surface: first.surface, type: first.type, why: first.surface)
        }
        // `넷플릭스와 SK텔레콤·SK브로드밴드가 …파트너십을 체결했다`, `타파스와 왓패드를 인수했다`: a
        // participant the gazetteer lacks beside those it knows; the sentence is read again with the analyzer.
        // `대덕구는 …등과 협약을 체결했다`: a partnership read without a subject may have one the
        // gazetteer lacks; the sentence is read again with the analyzer, which may name it.
        if slotsBefore == 0, !unresolved, out.contains(where: { f in
            !f.stem.isEmpty && f.kind == .partnership && !f.cast.contains { $0.why.contains("subject") }
        }), Extractor.hasUnknownSubject(s, before: hits.map(\.start).max() ?? 0, mentions: mentions, josa: roles.josa) {
            unresolved = true
        }
        if slotsBefore == 0, !unresolved, out.contains(where: { $0.kind != .announcement }), let last = hits.map(\.start).max(),
           Extractor.hasUncoveredPartner(s, before: last, mentions: mentions, josa: roles.josa) {
            unresolved = true
        }
        return (out, unresolved)
    }

    /// Keeps the lead of the consortium the sentence names (`삼성SDS가 이끄는 컨소시엄이`) for a list
    /// of its members told in a later sentence. The sentence's names are read with every slot, and
    /// only where a consortium is named.
    private func noteConsortiumLead(_ s: Scalars, morphemes: SentenceMorphemes, context: inout ArticleContext) {
        guard consortia.mayNameALead(s) else { return }
        var aliases = context.aliases
        guard let m = consortia.consortiumLead(s, mentions: recognizer.mentions(in: s, nesting: Nesting(s), aliases: &aliases, morphemes: morphemes)) else { return }
        context.consortiumLead = Cast(m, .party, "consortium lead, named before", rule: false)
    }

    /// A month named bare, without day, year or 지난/오는 (`'9월' → 2025-09`), that falls after the
    /// publication month, for an event told as done: the same month a year before, else nil.
    static func doneMonthAfterPublication(_ d: PartialDate, why: String, published: PartialDate) -> PartialDate? {
        guard d.month > 0, d.day == 0, published.month > 0, d.year == published.year, d.month > published.month,
              why.hasPrefix("'\(d.month)월'") else { return nil }
        return PartialDate(year: d.year - 1, month: d.month)
    }

    /// Whether the 도 that closes `subj` falls on its names (`외교부도`, `A, B 등도`, `A 등 기관들도`)
    /// rather than on a noun after them: in `하이크비전·다후아 등 영상장비도 …금지` the goods are also
    /// barred, and the names are their makers, not imposers.
    static func alsoFallsOnNames(_ s: Scalars, _ subj: MentionGroup) -> Bool {
        guard let last = subj.members.last, last.end < subj.end else { return true }
        let words = s.string(last.end..<subj.end).split(separator: " ")
        guard var word = words.last.map(String.init) else { return true }
        for ending in ["역시", "도"] where word.hasSuffix(ending) { word.removeLast(ending.count); break }
        if word.hasSuffix("들") { word.removeLast() }
        return word.isEmpty || word == "등" || ListScan.organizationNouns.contains(word) || ListScan.startsWithACount(word)
    }

    /// `A, 중국 최대 유전자 기업 B 등도`: the items of a list that opens the sentence and ends at
    /// `end`, when the words before are only its items (no particle but the list's own, no verb).
    static func describedListItems(_ s: Scalars, before end: Int, consortia: ConsortiumReader, mentions: [Mention], josa: JosaStripper) -> [Mention]? {
        let head = s.string(0..<end)
        guard head.contains(","), head.split(separator: " ").count <= 14 else { return nil }
        let words = head.split(separator: " ").dropLast()
        guard !words.contains(where: { w in
            let word = w.trimmingCharacters(in: CharacterSet(charactersIn: ",·"))
            return (josa.strip(word).map { $0.marker != .none } ?? false) || word.hasSuffix("며") || word.hasSuffix("고")
        }) else { return nil }
        let items = consortia.items(s, 0..<end, mentions: mentions)
        return items.count >= 2 ? items : nil
    }

    /// Middle dots written with look-alike characters (`ㆍ` U+318D, `・` U+30FB, `‧` U+2027, `∙` U+2219)
    /// as the middle dot `·` (U+00B7) that lists use: one scalar for one, so offsets hold.
    static func foldingMiddleDots(_ s: Scalars) -> Scalars {
        @inline(__always) func looksAlike(_ c: Unicode.Scalar) -> Bool {
            c.value >= 0x2027 && (c.value == 0x318D || c.value == 0x30FB || c.value == 0x2027 || c.value == 0x2219)
        }
        guard s.contains(where: looksAlike) else { return s }
        return s.map { looksAlike($0) ? "·" : $0 }
    }

    /// Whether a word before `end` that no mention covers carries a subject particle (`대덕구는`):
    /// the cheap test before a sentence is read again for its subject.
    static func hasUnknownSubject(_ s: Scalars, before end: Int, mentions: [Mention], josa: JosaStripper) -> Bool {
        var k = 0
        while k < end {
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            if e > k + 2, !mentions.contains(where: { $0.start <= k && $0.markerEnd >= e }),
               let split = josa.strip(s.string(k..<e)), split.marker == .subject { return true }
            k = max(e, k + 1)
            while k < end, !OrganizationRecognizer.isWordScalar(s[k]) { k += 1 }
        }
        return false
    }

    /// Whether a word before `end` that is not a known name stands where a partner stands: before
    /// 와/과 or a list's comma or middle dot.
    static func hasUncoveredPartner(_ s: Scalars, before end: Int, mentions: [Mention], josa: JosaStripper) -> Bool {
        var k = 0
        while k < end {
            guard OrganizationRecognizer.isWordScalar(s[k]) else { k += 1; continue }
            let e = OrganizationRecognizer.wordEnd(s, from: k)
            defer { k = e }
            guard k == 0 || !OrganizationRecognizer.isWordScalar(s[k - 1]), s[k].isHangulSyllable || s[k].isLatinLetter,
                  !mentions.contains(where: { $0.start <= k && k < max($0.end, $0.markerEnd) }) else { continue }
            let listed = e < s.count && ",·".unicodeScalars.contains(s[e]) && (2...14).contains(e - k)
                // `세림개발㈜, 누리랩스와`: a company-form mark after the word names a company.
                || e < s.count && (s[e] == "㈜" || s.matches(ListScan.companyMarkParen, at: e)) && (2...14).contains(e - k)
            let split = josa.strip(s.string(k..<e))
            let partner = split.map { $0.marker == .comitative && (2...14).contains($0.stem.unicodeScalars.count) } ?? false
            // `왓츠앱과 스레드를`: the second of two names joined by 와/과.
            let joined = split.map { [.object, .dative].contains($0.marker) && (2...14).contains($0.stem.unicodeScalars.count) } ?? false
                && mentions.contains { $0.marker == .comitative && $0.markerEnd == k - 1 }
            // `애플에 프로톤VPN을 삭제하라고`, `애플에 노바VPN 앱을`: the object right after the one ordered.
            let afterOrdered = mentions.contains { $0.marker == .dative && $0.markerEnd == k - 1 }
            let ordered = afterOrdered && (split.map { $0.marker == .object && (2...14).contains($0.stem.unicodeScalars.count) }
                ?? (e < s.count && s[e] == " " && josa.strip(s.string((e + 1)..<OrganizationRecognizer.wordEnd(s, from: e + 1)))?.marker == .object))
            if listed || partner || joined || ordered { return true }
        }
        return false
    }

    /// Trigger words in `article` that gave no event, and why: what --explain shows to debug a miss.
    public func misses(in article: ExtractedArticle) -> [String] {
        let s = Extractor.foldingMiddleDots(article.text.scalars)
        var context = ArticleContext()
        var out: [String] = []
        for (index, range) in SentenceSplitter.split(s).enumerated() {
            let sentence = Scalars(s[range])
            let found = extract(sentence: sentence, published: article.published, context: &context)
            guard triggers.mayMatch(sentence) else { continue }
            let nesting = Nesting(sentence)
            var reasons: [String] = []
            for hit in triggers.hits(in: sentence, nesting: nesting) {
                switch hit.verdict {
                case .rejected(let why):
                    reasons.append("\(hit.kind.name) '\(hit.stem)': \(why)")
                case .event where !found.contains(where: { $0.kind == hit.kind }):
                    reasons.append("\(hit.kind.name) '\(hit.stem)': no organization in the roles it needs (\(RoleAssigner.needs(hit.kind)))")
                case .event:
                    break
                }
            }
            if !reasons.isEmpty {
                out.append("s\(index) \(sentence.string.prefix(120))\n    " + reasons.joined(separator: "\n    "))
            }
        }
        return out
    }
}
