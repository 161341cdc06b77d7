import Events
import Foundation

// The extractor's knowledge lives in JSON files under Lexicon/, so a linguist can extend it
// without touching Swift. Each file is described by a schema in Schemas/:
//   gazetteer.json     organizations: canonical name, type, aliases   (gazetteer.schema.json)
//   josa.json          particles with the role they mark and the final sound they need
//   triggers.json      trigger stems per event kind, consortium heads  (lexicon-triggers.schema.json)
//   cues.json          negation, speculation, plan cues; noun lists that decide modifier triggers
//   patterns.json      organization suffixes, stop words, acronym stop list, speaker titles
//   segmentation.json  page-furniture markers and publication-date labels
// Unknown keys (such as "comment") are ignored, so files can carry their own notes.

public struct GazetteerEntry: Decodable, Sendable {
    public var name: String
    public var type: String
    public var aliases: [String]
}

struct GazetteerFile: Decodable, Sendable {
    var organizations: [GazetteerEntry]
}

struct JosaFile: Decodable, Sendable {
    struct Particle: Decodable, Sendable {
        var form: String
        var role: String
        var after: String
    }
    var particles: [Particle]
    var listSeparators: [String]
}

struct TriggerFile: Decodable, Sendable {
    struct Entry: Decodable, Sendable {
        var stem: String
        var form: String
        var reverses: Bool?
        var joins: Bool?
        var sells: Bool?
        var nominal: Bool?
        var speakerOnly: Bool?
        /// Names the measure told before (`유사한 조치`): its targets are that measure's.
        var likewise: Bool?
        /// Names what the buyer became of the target (`최대주주가 됐다`, `새 주인이 됐다`): the target
        /// is named with 의 or bare right before it.
        var owner: Bool?
        /// Names something founded together (`공동 설립`): in a relative clause the founders are
        /// the parties, not what they founded.
        var founds: Bool?
    }
    struct Consortium: Decodable, Sendable {
        var heads: [String]
        var memberVerbs: [String]
        var leadMarkers: [String]?
        /// What makes a member verb an intention (`참여 의사`, `참여를 검토`).
        var intentTails: [String]?
        var agreementHeads: [String]?
        var launchVerbs: [String]?
        var unitingVerbs: [String]?
        var foundingClauses: [String]?
        /// Participles of a clause naming a consortium's members before its head (`주관하는`).
        var clauseVerbs: [String]?
        /// Participles naming a consortium's lead before its head (`A가 이끄는 컨소시엄`).
        var leadingParticiples: [String]?
        /// Participles of making an agreement with a partner (`B와 맺은 파트너십`).
        var makingParticiples: [String]?
    }
    struct InvestmentLists: Decodable, Sendable {
        var investees: [String]
        var investors: [String]
        /// Verbs that name the lead of a funding round (`주도`, `이끌`, `리드`).
        var leadVerbs: [String]?
        /// Nouns that name a round (`투자`, `라운드`): a lead verb counts only beside one.
        var roundNouns: [String]?
        /// A company's 의 before a round (`의 시리즈`, `의 이번`): where a round's lead may be read
        /// without an earlier sentence.
        var ownedRoundMarkers: [String]?
        /// Nouns of what is owned or of who owns (`지분`, `경영권`, `최대주주`): a name right before
        /// one, bare or with 의, is the company owned.
        var ownershipNouns: [String]?
        /// Participles after which the subject before them led a round (`B가 주도한 C의 투자`,
        /// `B가 이끈 라운드`): that subject invests in the round the sentence's subject joined.
        var leadParticiples: [String]?
        /// Participles of taking part (`참여한`): with a round named right after them, the subject
        /// before them invested in the round (`B 등이 참여한 시리즈D 라운드에서 …를 유치했다`).
        var joinParticiples: [String]?
    }
    var kinds: [String: [Entry]]
    /// Triggers composed from data: each head, each link, each verb (`중단` + `할 것을 ` + `권고` →
    /// `중단할 것을 권고`; `설명회` + `을 ` + `연다` → `설명회를 연다`). The link `을 ` is written 를 after
    /// a vowel. Each composed stem is a trigger of the composition's kind and form `verb`, unless that
    /// kind lists it already.
    struct Composition: Decodable, Sendable {
        var kind: String
        var heads: [String]
        var links: [String]
        var verbs: [String]
    }
    var compositions: [Composition]?

    /// `kinds` with the composed stems added.
    mutating func compose() {
        for composition in compositions ?? [] {
            var entries = kinds[composition.kind, default: []]
            var known = Set(entries.map(\.stem))
            for head in composition.heads {
                let vowelEnd = head.unicodeScalars.last.map { $0.isHangulSyllable && !$0.hasFinalConsonant } ?? false
                for link in composition.links {
                    let written = link == "을 " && vowelEnd ? "를 " : link
                    for verb in composition.verbs where known.insert(head + written + verb).inserted {
                        entries.append(Entry(stem: head + written + verb, form: "verb"))
                    }
                }
            }
            kinds[composition.kind] = entries
        }
    }
    /// `명단에 중국 기업 12곳을 추가했다`: a list's place, the object, then the verb.
    struct GappedBans: Decodable, Sendable {
        var places: [String]
        var verbs: [Entry]
        var maxGap: Int
    }
    var gappedBans: GappedBans?
    var consortium: Consortium
    var investmentLists: InvestmentLists?
    struct BanLists: Decodable, Sendable {
        var targets: [String]
        /// Participles that say a name was put on a list (`추가된`, `오른`): with `listedNouns`, a head
        /// written with words between (`이번에 추가된 중국 기업에는`).
        var listedParticiples: [String]?
        /// Nouns that end such a head (`기업`, `업체`).
        var listedNouns: [String]?
        /// Words that take names off a list (`명단에서 제외`, `해제`): a list told with them names no target.
        var removals: [String]?
        /// A measure received in a relative clause (`제재를 받고 있는`, `블랙리스트에 오른`).
        var received: [String]?
    }
    var banLists: BanLists?
    var jointMarkers: [String]
    /// Adverbs that may stand between the words of a phrase trigger (`명단에 새로 등재`, `제휴를 각각
    /// 맺었다`), each followed by one space in the text.
    var phraseAdverbs: [String]?
}

struct CueFile: Decodable, Sendable {
    var negation: [String]
    var speculation: [String]
    var termination: [String]
    var hypothetical: [String]
    var planned: [String]
    var dependentNouns: [String]
    /// Dependent nouns of a clause of when that make an announcement a condition (`출시될 때`).
    var conditionNouns: [String]?
    var instrumentNouns: [String]
    var complementNouns: [String]
    var supportVerbs: [String]
    /// Support verbs that carry the noun only right after it (`협력 중이다`).
    var adjacentSupportVerbs: [String]?
    /// Support verbs by which a third party approves a deal (`인수를 승인했다`): the subject is no party.
    var approvalVerbs: [String]?
    /// Support verbs that lay a measure on the one named with 에 (`영업정지 처분을 내렸다`).
    var imposingVerbs: [String]?
    /// Words that decide a role or reject a reading (cues.json `roleWords`; the schema tells each).
    struct RoleWords: Decodable, Sendable {
        var useNouns: [String]
        var tradeStems: [String]
        var marketWords: [String]
        var successively: [String]
        var orderStems: [String]
        var spendingStems: [String]
        var levelNouns: [String]
        /// Topic-marked words that are no speaker apart from the organizations named (회사, 지난해).
        var notSpeakers: [String]?
        /// A stake of the speaker's own firm (자사 지분).
        var ownStakes: [String]?
        /// What follows goods put on the list of controlled exports as an object (수출 통제 대상).
        var controlledExports: [String]?
        /// Words of time that open no name of goods (최근, 그동안).
        var timeWords: [String]?
        /// Nouns of someone's subsidiary (자회사, 계열사).
        var subsidiaryNouns: [String]?
        /// Nouns that put one happening after another (뒤, 후).
        var sequenceNouns: [String]?
        /// Endings that join a clause to the next (다면서, 하며).
        var clauseLinks: [String]?
        /// Stems of an order to stop (중단하도록, 중단하라).
        var stopOrders: [String]?
        /// Stems of a request or an instruction to stop (중단하라고 요청): a measure only from a government.
        var governmentRequests: [String]?
    }
    var roleWords: RoleWords?
    var denials: [String]
    /// Beginnings of a word that deny the clause before the noun it follows (`적이 없다`).
    var absenceWords: [String]?
    var reportingStems: [String]
    /// Statements and plans that stand back, anywhere in the article, for an organization that is
    /// already a party of the article's partnership, investment or ban.
    var articleStandBackStems: [String]?
    /// Words that name a measure (조치, 규제, 제재): an announcement that points back to one
    /// (`이번 조치`), by organizations that all impose the article's bans, tells of those bans.
    var measureWords: [String]?
    /// Words that lift a measure (해제, 완화): an announcement that speaks of lifting one tells news
    /// of its own, not the ban.
    var measureLiftingWords: [String]?
    /// Words that point back to a measure told before (이번, 해당, 이 같은).
    var measureBackReferences: [String]?
    var occasionVerbs: [String]
    /// Endings of a quoted title that name an event held (데이, 서밋, 회).
    var eventNouns: [String]?
    /// Announcement stems of a saying (말했, 강조했): with what was said quoted word for word before
    /// them, the saying is comment on the news, no announcement.
    var commentaryStems: [String]?
    /// Endings of a quoted saying that commit the speaker (하겠다, 하겠습니다): such a saying is a
    /// statement of intent, an announcement, whatever its stem.
    var commitmentEndings: [String]?
    /// Endings of a quoted saying that only expect (도움이 될 것, 기대한다): after any announcement
    /// stem, such a saying is comment on the news.
    var expectationEndings: [String]?
    /// Participles of granting (부여한, 내준): a name with 에 before one of them is the target of
    /// the measure that takes the grant back (`A 공장에 부여한 지위를 철회`).
    var grantingWords: [String]?
    var speechVerbs: [String]
    var anonymousSpeakers: [String]
    /// Words of a sale or a takeover that make a contract the deal itself (주식매매계약), not a partnership.
    var saleContracts: [String]?
    /// Words right before an announcement stem that make it an inquiry (조사에 착수), not an announcement.
    var inquiries: [String]?
}

struct PatternFile: Decodable, Sendable {
    struct Suffix: Decodable, Sendable {
        var suffix: String
        var type: String
    }
    struct AliasBlocker: Decodable, Sendable {
        var alias: String
        var after: [String]
    }
    struct ForeignLeader: Decodable, Sendable {
        var name: String
        var organization: String
        var type: String
    }
    struct HeadOfState: Decodable, Sendable {
        var title: String
        var organization: String
        var type: String
    }
    var suffixes: [Suffix]
    var minStemLength: Int
    var stopWords: [String]
    var acronymStopList: [String]
    var titles: [String]
    var headsOfState: [HeadOfState]
    var facilityNouns: [String]
    var facilityVerbs: [String]
    var foreignLeaders: [ForeignLeader]
    var objectHeads: [String]
    var aliasBlockers: [AliasBlocker]
    var organizationTails: [String]?
    var thingHeads: [String]?
    /// Words that qualify a count (`30개 이상의`): part of the count after a list's 등.
    var countQualifiers: [String]?
    /// Titles that name a unit or a side (`측`, `본부`, `부문`), not an officer.
    var unitTitles: [String]?
    var governmentBodySuffixes: [String]?
    /// Heads of local governments (`시장` → `시`): the head speaks for the body.
    struct LocalHead: Decodable, Sendable {
        var title: String
        var body: String
        var apart: Bool?
    }
    var localHeads: [LocalHead]?
    var unitSuffixes: [String]?
    var spacedBodySuffixes: [String]?
    /// Words that end a firm's name as a word of their own after a classifier (`세렌뷰 AI`).
    var spacedFirmForms: [String]?
    /// Loanwords of a kind of product before such a word (`온디바이스 AI`): no name.
    var spacedFirmFormBlockers: [String]?
    var divisionHeads: [String]?
    /// Company forms that may end a Latin gloss, and the same forms transliterated.
    struct GlossCompanyForms: Decodable, Sendable {
        var latin: [String]
        var hangul: [String]
    }
    var glossCompanyForms: GlossCompanyForms?
    /// Nouns a count after a list names (patterns.json `countedKinds`): things (`7개 분야`),
    /// organizations (`5개 기관`) and persons (`12명의 개인`).
    struct CountedKinds: Decodable, Sendable {
        var things: [String]
        var organizations: [String]
        var persons: [String]
    }
    var countedKinds: CountedKinds?
    /// Endings of a place or a time (`에서`, `부터`): a word with one, between a person's name and a
    /// title, names no organization.
    var notNameEndings: [String]?
    /// Endings of the name of a law or a decree (`법`, `시행령`): a word found where a name may
    /// stand (`데이터 관련법을 준수하도록`) that ends in one names no organization.
    var lawEndings: [String]?
    /// Nouns of buying and selling a company (인수, 매각) that may follow its name with 을/를.
    var acquisitionNouns: [String]?
    /// What names goods that may not be exported, and what does not.
    struct ExportedGoods: Decodable, Sendable {
        /// Words that open no name of goods (`특정 제품`): dropped from a phrase's start.
        var determiners: [String]
        /// Nouns that alone name no goods (`제품`, `품목`).
        var genericNouns: [String]
        /// Heads that name firms or bodies, not goods (`러시아 기업에 대한`).
        var organizationNouns: [String]
        /// Words that name where exports go, before 수출 (`대중`, `대중국`, `대러시아·벨라루스`).
        var destinations: [String]
        /// The country a destination word names (`대중국` → `중국`).
        var destinationCountries: [String: String]?
    }
    /// patterns.json `exportedGoods`: what names goods a measure on exports is on, and what does not.
    var exportedGoods: ExportedGoods?
    var mediaOutlets: [String]?
    var mediaSuffixes: [String]?
    var surnames: [String]?
    var appositiveHeads: [AppositiveHead]?
    var appositiveBlockers: [String]?
    /// Hangul syllables that read some Chinese character: a loanword holds one outside them.
    var sinoKoreanSyllables: String?
}

/// A classifier noun after which a name stands in apposition (`중국 AI 기업 센스타임을`).
struct AppositiveHead: Decodable, Sendable {
    var noun: String
    /// The organization type the name gets; nil leaves it open (`플랫폼` names firms and services).
    var type: String?
}

struct SegmentationFile: Decodable, Sendable {
    var furnitureMarkers: [String]
    var shortLineMarkers: [String]
    var shortLineLength: Int
    var furnitureLines: [String]
    var dateLabels: [String]
    var editLabels: [String]
}

public enum LexiconError: Error, CustomStringConvertible {
    case missing(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .missing(let f): "lexicon file \(f) is missing from the bundle"
        case .invalid(let f, let why): "lexicon file \(f) is invalid: \(why)"
        }
    }
}

/// Every lexicon file, decoded once.
public struct Lexicon: Sendable {
    public let gazetteer: [GazetteerEntry]
    let josa: JosaFile
    let triggers: TriggerFile
    let cues: CueFile
    let patterns: PatternFile
    let segmentation: SegmentationFile

    /// The lexicon bundled with the extractor.
    public static func bundled() throws -> Lexicon {
        try Lexicon(directory: nil)
    }

    /// Loads the files from `directory`, or from the bundle when nil.
    public init(directory: URL?) throws {
        func load<T: Decodable>(_ name: String, as: T.Type) throws -> T {
            let url = directory?.appendingPathComponent(name + ".json")
                ?? Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Lexicon")
                ?? Bundle.module.url(forResource: name, withExtension: "json")
            guard let url, let data = try? Data(contentsOf: url) else { throw LexiconError.missing(name + ".json") }
            do { return try JSONDecoder().decode(T.self, from: data) } catch {
                throw LexiconError.invalid(name + ".json", "\(error)")
            }
        }
        gazetteer = try load("gazetteer", as: GazetteerFile.self).organizations
        josa = try load("josa", as: JosaFile.self)
        var triggers = try load("triggers", as: TriggerFile.self)
        triggers.compose()
        self.triggers = triggers
        cues = try load("cues", as: CueFile.self)
        patterns = try load("patterns", as: PatternFile.self)
        segmentation = try load("segmentation", as: SegmentationFile.self)
    }
}
