import Crypto

/// The kinds of event the log holds. Raw values are written in records: never renumber.
public enum EventKind: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case announcement = 1
    case partnership = 2
    case investment = 3
    case ban = 4
    /// Withdraws an earlier event by id; the earlier event stays in the log.
    case retraction = 5
    /// Declares that a name denotes an organization.
    case alias = 6
    /// Records that an article was read: its document and index, text hash (the text itself is
    /// stored once by that hash), headline (`subject`), publisher, URL and publication date
    /// (`occurredAt` and `source.published`). It names no participants; an article that gave no
    /// event is kept all the same, so it can be listed, searched and extracted again.
    case article = 7

    public var name: String {
        switch self {
        case .announcement: "announcement"
        case .partnership: "partnership"
        case .investment: "investment"
        case .ban: "ban"
        case .retraction: "retraction"
        case .alias: "alias"
        case .article: "article"
        }
    }

    public var description: String { name }

    public init?(name: String) {
        guard let kind = EventKind.allCases.first(where: { $0.name == name }) else { return nil }
        self = kind
    }

    /// The roles a participant of this kind may hold.
    public var allowedRoles: [Role] {
        switch self {
        case .announcement: [.actor]
        case .partnership: [.party]
        case .investment: [.investor, .target]
        case .ban: [.imposer, .target]
        case .retraction, .alias, .article: []
        }
    }

    /// The roles an event of this kind must name (`append` refuses one without them). An
    /// investment may name only its investor or only its target; a ban always names what it bans.
    public var requiredRoles: [Role] {
        switch self {
        case .announcement: [.actor]
        case .partnership: [.party]
        case .ban: [.target]
        case .investment, .retraction, .alias, .article: []
        }
    }

    public var isCorrection: Bool { self == .retraction || self == .alias }

    /// A happening between organizations (announcement, partnership, investment, ban): what the
    /// organization graph and timelines fold. Corrections and article records are not relations.
    public var isRelation: Bool { !isCorrection && self != .article }
}

/// A participant's part in an event. Raw values are written in records: never renumber.
public enum Role: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case party = 1
    case investor = 2
    case target = 3
    case imposer = 4
    case actor = 5

    public var name: String {
        switch self {
        case .party: "party"
        case .investor: "investor"
        case .target: "target"
        case .imposer: "imposer"
        case .actor: "actor"
        }
    }

    public var description: String { name }

    public init?(name: String) {
        guard let role = Role.allCases.first(where: { $0.name == name }) else { return nil }
        self = role
    }
}

public enum Modality: UInt8, Sendable {
    case done = 0
    case planned = 1

    public var name: String { self == .done ? "done" : "planned" }

    public init?(name: String) {
        switch name {
        case "done": self = .done
        case "planned": self = .planned
        default: return nil
        }
    }
}

/// What sort of organization a participant is. Raw values are written in records: never renumber.
public enum OrganizationType: UInt8, CaseIterable, Sendable {
    case company = 1, government = 2, agency = 3, university = 4, association = 5, consortium = 6, product = 7

    public var name: String {
        switch self {
        case .company: "company"
        case .government: "government"
        case .agency: "agency"
        case .university: "university"
        case .association: "association"
        case .consortium: "consortium"
        case .product: "product"
        }
    }

    public init?(name: String) {
        guard let t = OrganizationType.allCases.first(where: { $0.name == name }) else { return nil }
        self = t
    }
}

/// An organization taking part in an event.
public struct Participant: Hashable, Sendable {
    public var role: Role
    /// Stable organization id, derived from the canonical name (`OrganizationID.make`).
    public var org: String
    /// Canonical name.
    public var name: String
    /// The name as the source wrote it.
    public var surface: String
    /// What sort of organization it is, when the producer knows.
    public var type: OrganizationType?

    public init(role: Role, name: String, surface: String? = nil, type: OrganizationType? = nil) {
        self.role = role
        self.name = name
        self.surface = surface ?? name
        self.org = OrganizationID.make(name)
        self.type = type
    }

    public init(role: Role, org: String, name: String, surface: String, type: OrganizationType? = nil) {
        self.role = role
        self.org = org
        self.name = name
        self.surface = surface
        self.type = type
    }
}

/// Where a claim came from, down to the sentence.
public struct Source: Hashable, Sendable {
    /// Which document and article a claim came from, as people cite it: `doc.txt#2`.
    public static func citation(document: String, article: Int?) -> String {
        document + (article.map { "#\($0)" } ?? "")
    }

    public var citation: String { Source.citation(document: document, article: article) }

    public var document: String
    public var article: Int?
    /// SHA-256 of the article text, whose bytes the log stores once under this hash.
    public var articleHash: [UInt8]?
    public var sentence: Int?
    /// Character offsets (Unicode scalars) of the evidence in the article, half-open.
    public var span: Span?
    public var evidence: String?
    public var url: String?
    public var publisher: String?
    public var published: PartialDate?

    public init(document: String, article: Int? = nil, articleHash: [UInt8]? = nil, sentence: Int? = nil,
                span: Span? = nil, evidence: String? = nil, url: String? = nil, publisher: String? = nil,
                published: PartialDate? = nil) {
        self.document = document
        self.article = article
        self.articleHash = articleHash
        self.sentence = sentence
        self.span = span
        self.evidence = evidence
        self.url = url
        self.publisher = publisher
        self.published = published
    }
}

public struct Span: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A sum of money as the article gave it. Vague amounts ("수조원") keep a range and no value.
public struct Amount: Hashable, Sendable {
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// ISO 4217 code when known (KRW, USD, …).
    public var currency: String?
    public var text: String

    public init(value: Double? = nil, low: Double? = nil, high: Double? = nil, currency: String? = nil, text: String) {
        self.value = value
        self.low = low
        self.high = high
        self.currency = currency
        self.text = text
    }
}

/// The name → organization decision carried by an `alias` event.
public struct AliasDeclaration: Hashable, Sendable {
    public var name: String
    /// Canonical name of the organization the alias denotes.
    public var organization: String
    public init(name: String, organization: String) {
        self.name = name
        self.organization = organization
    }
}

public struct Producer: Hashable, Sendable {
    public var name: String
    public var version: String
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
    public static let unknown = Producer(name: "unknown", version: "")
}

/// One immutable fact the log holds: an event, or a correction of earlier events.
public struct Event: Hashable, Sendable {
    public static let schemaVersion: UInt8 = 1

    public var id: String
    /// Global log position; 0 until the log assigns one.
    public var position: UInt64
    public var kind: EventKind
    public var schemaVersion: UInt8
    /// Valid time: when it happened in the world.
    public var occurredAt: PartialDate
    /// Knowledge time: when the log learned it, in milliseconds since 1970 UTC. 0 until appended.
    public var recordedAt: Int64
    public var source: Source
    public var participants: [Participant]
    public var amount: Amount?
    /// Partnership or ban scope ("클라우드 인프라", "정부 기관 단말").
    public var scope: String?
    /// Ban reason, or why a retraction was made.
    public var reason: String?
    /// Announcement subject.
    public var subject: String?
    /// For a retraction: the id of the withdrawn event.
    public var retracts: String?
    /// For an alias: the declaration.
    public var alias: AliasDeclaration?
    public var modality: Modality
    /// 0...1.
    public var confidence: Double
    public var producer: Producer

    public init(id: String = "", position: UInt64 = 0, kind: EventKind, schemaVersion: UInt8 = Event.schemaVersion,
                occurredAt: PartialDate, recordedAt: Int64 = 0, source: Source, participants: [Participant],
                amount: Amount? = nil, scope: String? = nil, reason: String? = nil, subject: String? = nil,
                retracts: String? = nil, alias: AliasDeclaration? = nil, modality: Modality = .done,
                confidence: Double = 1, producer: Producer = .unknown) {
        self.id = id
        self.position = position
        self.kind = kind
        self.schemaVersion = schemaVersion
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.source = source
        self.participants = participants
        self.amount = amount
        self.scope = scope
        self.reason = reason
        self.subject = subject
        self.retracts = retracts
        self.alias = alias
        self.modality = modality
        self.confidence = confidence
        self.producer = producer
        if id.isEmpty { self.id = EventID.derive(self) }
    }
}

/// Builds the `article` record ingest appends for every article it reads.
public enum ArticleRecord {
    /// Longest headline kept, in characters.
    public static let maximumHeadline = 160

    /// The id of the record `make` builds: what a report's source (document, article, text hash,
    /// publication date) finds its article's record by.
    public static func id(document: String, index: Int, textHash: [UInt8], published: PartialDate) -> String {
        var key: [UInt8] = []
        for part in ["kgraph-article-id-1", document, String(index), hex(textHash), published.description] {
            key += Array(part.utf8) + [0x1F]
        }
        return "ar-" + hex(SHA256.hash(data: key).prefix(16))
    }

    /// The record for one article. Its id is `ar-` and 32 hex digits of SHA-256 over the document,
    /// the index, the text's hash and the publication date: the same text at the same place is
    /// one record however often it is ingested, and a changed text or date is a new one.
    public static func make(document: String, index: Int, textHash: [UInt8], headline: String?,
                            publisher: String? = nil, url: String? = nil, published: PartialDate,
                            producer: Producer) -> Event {
        let id = self.id(document: document, index: index, textHash: textHash, published: published)
        let source = Source(document: document, article: index, articleHash: textHash, url: url, publisher: publisher,
                            published: published.isKnown ? published : nil)
        return Event(id: id, kind: .article, occurredAt: published, source: source, participants: [],
                     subject: headline.map { String($0.prefix(maximumHeadline)) }, producer: producer)
    }
}
