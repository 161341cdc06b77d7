// The JSON Lines interchange format: what external extractors (an LLM pipeline, a person) write
// and what `kgraph export` writes. Schema: Schemas/interchange.schema.json. One event per line:
//
//   {"id"?, "kind", "date", "participants": [{"role", "name", "surface"?, "type"?}],
//    "source": {"document", "article"?, "sentence"?, "span"?, "evidence"?, "url"?, "publisher"?,
//               "published"?, "articleHash"?, "title"?},
//    "amount"?: {"value"?, "low"?, "high"?, "currency"?, "text"}, "scope"?, "reason"?, "subject"?,
//    "retracts"?, "alias"?: {"name", "organization"}, "modality"?, "confidence"?,
//    "producer"?: "name/version" | {"name", "version"}, "position"?, "recordedAt"?}
//
// `date` is YYYY, YYYY-MM, YYYY-MM-DD, or null when unknown (corrections may omit it).
// `source.title` is the article's headline: on an `article` line it is the record's headline
// (when `subject` is absent); a relation event cites the headline of its article's record.
// `position` and `recordedAt` are written by export for reference; the log assigns its own on append.
// Unknown top-level fields are ignored, so pipelines may carry their own notes.

/// A problem with one field of one interchange line.
public struct InterchangeError: Error, Equatable, CustomStringConvertible {
    public let field: String
    public let message: String
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
    public var description: String { field.isEmpty ? message : "field `\(field)`: \(message)" }
}

/// Upper bounds on field sizes, so one runaway line cannot bloat the log.
public enum FieldLimits {
    public static let name = 200
    public static let document = 1024
    public static let evidence = 4000
    public static let url = 2048
    public static let text = 1000
    public static let participants = 64
}

public enum Interchange {
    // MARK: Reading

    /// Parses one line. `recordedAt` and `position` stay 0: the log assigns them.
    public static func event(fromLine line: some Collection<UInt8>, defaultProducer: Producer = .unknown) throws(InterchangeError) -> Event {
        let json: JSON
        do { json = try JSON.parse(line) } catch {
            throw InterchangeError(field: "", message: "\(error)")
        }
        return try event(from: json, defaultProducer: defaultProducer)
    }

    public static func event(from json: JSON, defaultProducer: Producer = .unknown) throws(InterchangeError) -> Event {
        guard case .object = json else { throw InterchangeError(field: "", message: "each line must be a JSON object") }
        let r = FieldReader(json: json, path: "")

        let kindName = try r.token("kind", limit: 32, required: true)!
        guard let kind = EventKind(name: kindName) else {
            throw InterchangeError(field: "kind", message: "unknown kind \(Escaped.quoted(kindName)); use one of \(EventKind.allCases.map(\.name).joined(separator: ", "))")
        }
        let date: PartialDate
        switch json["date"] {
        case nil where !kind.isRelation, .null?: date = .unknown
        case nil: throw InterchangeError(field: "date", message: "missing; give YYYY-MM-DD, YYYY-MM, YYYY or null")
        case .string(let s)?:
            guard let d = PartialDate(parsing: s) else {
                throw InterchangeError(field: "date", message: "\(Escaped.quoted(s)) is not a real date; give YYYY-MM-DD, YYYY-MM or YYYY")
            }
            date = d
        case let other?: throw InterchangeError(field: "date", message: "expected a string, got \(other.typeName)")
        }

        var participants: [Participant] = []
        let items = try r.array("participants", required: kind.isRelation)
        guard items.count <= FieldLimits.participants else {
            throw InterchangeError(field: "participants", message: "\(items.count) participants; at most \(FieldLimits.participants)")
        }
        for (i, item) in items.enumerated() {
            let p = FieldReader(json: item, path: "participants[\(i)].")
            guard case .object = item else { throw InterchangeError(field: "participants[\(i)]", message: "expected an object") }
            let roleName = try p.token("role", limit: 32, required: true)!
            guard let role = Role(name: roleName) else {
                throw InterchangeError(field: "participants[\(i)].role", message: "unknown role \(Escaped.quoted(roleName)); use \(kind.allowedRoles.map(\.name).joined(separator: " or "))")
            }
            guard kind.allowedRoles.contains(role) else {
                let allowed = kind.allowedRoles.map(\.name).joined(separator: " or ")
                throw InterchangeError(field: "participants[\(i)].role", message: "role \(Escaped.quoted(roleName)) does not belong to a\(kind == .announcement || kind == .investment || kind == .alias ? "n" : "") \(kind.name)\(allowed.isEmpty ? "; it takes no participants" : "; use \(allowed)")")
            }
            let name = try p.requiredName("name", limit: FieldLimits.name)
            let surface = try p.optionalName("surface", limit: FieldLimits.name)
            var type: OrganizationType? = nil
            if let typeName = try p.token("type", limit: 32, required: false) {
                guard let t = OrganizationType(name: typeName) else {
                    throw InterchangeError(field: "participants[\(i)].type", message: "unknown type \(Escaped.quoted(typeName)); use \(OrganizationType.allCases.map(\.name).joined(separator: ", "))")
                }
                type = t
            }
            participants.append(Participant(role: role, name: name, surface: surface, type: type))
        }
        try checkRoles(kind: kind, participants: participants)

        guard let sourceJSON = json["source"] else { throw InterchangeError(field: "source", message: "missing; give at least {\"document\": NAME}") }
        guard case .object = sourceJSON else { throw InterchangeError(field: "source", message: "expected an object") }
        let s = FieldReader(json: sourceJSON, path: "source.")
        var source = Source(document: try s.requiredName("document", limit: FieldLimits.document))
        source.article = try s.optionalInt("article", range: 0...1_000_000)
        source.sentence = try s.optionalInt("sentence", range: 0...10_000_000)
        source.evidence = try s.optionalString("evidence", limit: FieldLimits.evidence)
        source.url = try s.optionalString("url", limit: FieldLimits.url)
        source.publisher = try s.optionalName("publisher", limit: FieldLimits.name)
        if let published = try s.optionalString("published", limit: 10) {
            guard let d = PartialDate(parsing: published) else {
                throw InterchangeError(field: "source.published", message: "\(Escaped.quoted(published)) is not a real date; give YYYY-MM-DD, YYYY-MM or YYYY")
            }
            source.published = d
        }
        let title = try s.optionalString("title", limit: FieldLimits.text)
        if let h = try s.optionalString("articleHash", limit: 64) {
            guard let bytes = unhex(h), bytes.count == 32 else {
                throw InterchangeError(field: "source.articleHash", message: "expected 64 hex digits (SHA-256)")
            }
            source.articleHash = bytes
        }
        if let spanJSON = sourceJSON["span"], spanJSON != .null {
            guard case .array(let a) = spanJSON, a.count == 2, case .int(let st) = a[0], case .int(let en) = a[1],
                  st >= 0, en >= st, en <= 100_000_000
            else { throw InterchangeError(field: "source.span", message: "expected [start, end] with 0 ≤ start ≤ end") }
            source.span = Span(start: Int(st), end: Int(en))
        }

        var amount: Amount? = nil
        if let a = json["amount"], a != .null {
            guard case .object = a else { throw InterchangeError(field: "amount", message: "expected an object {value?, currency?, text}") }
            let ar = FieldReader(json: a, path: "amount.")
            let text = try ar.requiredString("text", limit: FieldLimits.text)
            let currency = try ar.optionalString("currency", limit: 3)
            if let currency, currency.utf8.count != 3 || !currency.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) {
                throw InterchangeError(field: "amount.currency", message: "\(Escaped.quoted(currency)) is not an ISO 4217 code; write three capital letters such as KRW or USD")
            }
            let value = try ar.optionalNumber("value"), low = try ar.optionalNumber("low"), high = try ar.optionalNumber("high")
            if let low, let high, low > high {
                throw InterchangeError(field: "amount.low", message: "low \(low) is above high \(high)")
            }
            if let value, (low.map { value < $0 } ?? false) || (high.map { value > $0 } ?? false) {
                throw InterchangeError(field: "amount.value", message: "value \(value) lies outside low...high")
            }
            amount = Amount(value: value, low: low, high: high, currency: currency, text: text)
        }

        var alias: AliasDeclaration? = nil
        if let a = json["alias"], a != .null {
            guard case .object = a else { throw InterchangeError(field: "alias", message: "expected an object {name, organization}") }
            let ar = FieldReader(json: a, path: "alias.")
            alias = AliasDeclaration(name: try ar.requiredName("name", limit: FieldLimits.name),
                                     organization: try ar.requiredName("organization", limit: FieldLimits.name))
        }
        let retracts = try r.token("retracts", limit: EventID.maxLength, required: false)
        if let retracts, !EventID.isValid(retracts) {
            throw InterchangeError(field: "retracts", message: "\(Escaped.quoted(retracts)) is not an event id (1 to \(EventID.maxLength) printable ASCII characters without spaces)")
        }
        if kind == .retraction, retracts == nil {
            throw InterchangeError(field: "retracts", message: "a retraction names the event it withdraws: give \"retracts\": EVENT_ID")
        }
        if kind == .alias, alias == nil {
            throw InterchangeError(field: "alias", message: "an alias event needs \"alias\": {\"name\", \"organization\"}")
        }

        var modality = Modality.done
        if let m = try r.token("modality", limit: 16, required: false) {
            guard let parsed = Modality(name: m) else {
                throw InterchangeError(field: "modality", message: "unknown modality \(Escaped.quoted(m)); use done or planned")
            }
            modality = parsed
        }
        let confidence = try r.optionalNumber("confidence") ?? 1
        guard (0...1).contains(confidence) else {
            throw InterchangeError(field: "confidence", message: "\(confidence) is outside 0...1")
        }
        var producer = defaultProducer
        switch json["producer"] {
        case nil, .null?: break
        case .string(let s)?:
            guard !s.isEmpty, s.utf8.count <= FieldLimits.name else {
                throw InterchangeError(field: "producer", message: "expected a non-empty \"name/version\" of at most \(FieldLimits.name) bytes")
            }
            try FieldReader.refuseControl(s, field: "producer")
            let parts = s.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard !parts[0].isEmpty else {
                throw InterchangeError(field: "producer", message: "\(Escaped.quoted(s)) has no name before the slash; write \"name/version\"")
            }
            producer = Producer(name: parts[0], version: parts.count > 1 ? parts[1] : "")
        case .object?:
            let pr = FieldReader(json: json["producer"]!, path: "producer.")
            producer = Producer(name: try pr.requiredName("name", limit: FieldLimits.name),
                                version: try pr.optionalString("version", limit: 64) ?? "")
        case let other?: throw InterchangeError(field: "producer", message: "expected a string or an object, got \(other.typeName)")
        }

        var id = ""
        if let given = try r.token("id", limit: EventID.maxLength, required: false) {
            guard EventID.isValid(given) else {
                throw InterchangeError(field: "id", message: "ids are 1 to \(EventID.maxLength) printable ASCII characters without spaces")
            }
            id = given
        }
        return Event(id: id, kind: kind, occurredAt: date, source: source, participants: participants,
                     amount: amount, scope: try r.optionalString("scope", limit: FieldLimits.text),
                     reason: try r.optionalString("reason", limit: FieldLimits.text),
                     subject: try r.optionalString("subject", limit: FieldLimits.text) ?? (kind == .article ? title : nil),
                     retracts: retracts, alias: alias, modality: modality, confidence: confidence, producer: producer)
    }

    static func checkRoles(kind: EventKind, participants: [Participant]) throws(InterchangeError) {
        let count = { (role: Role) in participants.filter { $0.role == role }.count }
        switch kind {
        case .partnership where count(.party) < 2:
            throw InterchangeError(field: "participants", message: "a partnership needs at least two participants with role party")
        case .announcement where count(.actor) < 1:
            throw InterchangeError(field: "participants", message: "an announcement needs a participant with role actor")
        case .investment where participants.isEmpty:
            throw InterchangeError(field: "participants", message: "an investment needs an investor or a target")
        case .ban where count(.target) < 1:
            throw InterchangeError(field: "participants", message: "a ban needs a participant with role target (what is banned)")
        default: break
        }
    }

    // MARK: Writing

    /// The interchange line for an event (what `export --format jsonl` writes).
    public static func json(_ e: Event) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(e.id)),
            ("kind", .string(e.kind.name)),
            ("date", e.occurredAt.isKnown ? .string(e.occurredAt.description) : .null),
            ("participants", .array(e.participants.map { p in
                var f: [(String, JSON)] = [("role", .string(p.role.name)), ("name", .string(p.name)), ("surface", .string(p.surface))]
                if let t = p.type { f.append(("type", .string(t.name))) }
                return .object(f)
            })),
            ("source", sourceJSON(e.source)),
        ]
        appendPayload(e, to: &fields)
        fields.append(("modality", .string(e.modality.name)))
        fields.append(("confidence", .double(e.confidence)))
        fields.append(("producer", producerJSON(e.producer)))
        fields.append(("position", .int(Int64(e.position))))
        fields.append(("recordedAt", .string(Timestamp.iso8601(milliseconds: e.recordedAt))))
        return .object(fields)
    }

    /// The stored envelope (what `log --json` writes); schema: Schemas/envelope.schema.json.
    public static func envelope(_ e: Event) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(e.id)),
            ("position", .int(Int64(e.position))),
            ("kind", .string(e.kind.name)),
            ("schemaVersion", .int(Int64(e.schemaVersion))),
            ("occurredAt", .object([
                ("date", e.occurredAt.isKnown ? .string(e.occurredAt.description) : .null),
                ("precision", .string(e.occurredAt.precision.name)),
            ])),
            ("recordedAt", .string(Timestamp.iso8601(milliseconds: e.recordedAt))),
            ("source", sourceJSON(e.source)),
            ("participants", .array(e.participants.map { p in
                var f: [(String, JSON)] = [("role", .string(p.role.name)), ("org", .string(p.org)), ("name", .string(p.name)),
                                           ("surface", .string(p.surface))]
                if let t = p.type { f.append(("type", .string(t.name))) }
                return .object(f)
            })),
        ]
        appendPayload(e, to: &fields)
        fields.append(("modality", .string(e.modality.name)))
        fields.append(("confidence", .double(e.confidence)))
        fields.append(("producer", producerJSON(e.producer)))
        return .object(fields)
    }

    /// The version is left out when unknown: the reader refuses empty strings.
    static func producerJSON(_ p: Producer) -> JSON {
        p.version.isEmpty ? .object([("name", .string(p.name))])
            : .object([("name", .string(p.name)), ("version", .string(p.version))])
    }

    static func sourceJSON(_ s: Source) -> JSON {
        var f: [(String, JSON)] = [("document", .string(s.document))]
        if let v = s.article { f.append(("article", .int(Int64(v)))) }
        if let v = s.sentence { f.append(("sentence", .int(Int64(v)))) }
        if let v = s.span { f.append(("span", .array([.int(Int64(v.start)), .int(Int64(v.end))]))) }
        if let v = s.evidence { f.append(("evidence", .string(v))) }
        if let v = s.url { f.append(("url", .string(v))) }
        if let v = s.publisher { f.append(("publisher", .string(v))) }
        if let v = s.published { f.append(("published", .string(v.description))) }
        if let v = s.articleHash { f.append(("articleHash", .string(hex(v)))) }
        return .object(f)
    }

    static func appendPayload(_ e: Event, to f: inout [(String, JSON)]) {
        if let a = e.amount {
            var af: [(String, JSON)] = []
            if let v = a.value { af.append(("value", .double(v))) }
            if let v = a.low { af.append(("low", .double(v))) }
            if let v = a.high { af.append(("high", .double(v))) }
            if let v = a.currency { af.append(("currency", .string(v))) }
            af.append(("text", .string(a.text)))
            f.append(("amount", .object(af)))
        }
        if let v = e.scope { f.append(("scope", .string(v))) }
        if let v = e.reason { f.append(("reason", .string(v))) }
        if let v = e.subject { f.append(("subject", .string(v))) }
        if let v = e.retracts { f.append(("retracts", .string(v))) }
        if let v = e.alias { f.append(("alias", .object([("name", .string(v.name)), ("organization", .string(v.organization))]))) }
    }
}

/// Typed access to an object's fields, naming the field in every error.
struct FieldReader {
    let json: JSON
    let path: String

    func requiredString(_ key: String, limit: Int) throws(InterchangeError) -> String {
        guard let s = try optionalString(key, limit: limit) else {
            throw InterchangeError(field: path + key, message: "missing")
        }
        return s
    }

    /// A name (of an organization, a document, a publisher, a producer): a string without
    /// control characters, which would reach terminals and pictures (`Escaped`).
    func requiredName(_ key: String, limit: Int) throws(InterchangeError) -> String {
        guard let s = try optionalName(key, limit: limit) else {
            throw InterchangeError(field: path + key, message: "missing")
        }
        return s
    }

    func optionalName(_ key: String, limit: Int) throws(InterchangeError) -> String? {
        guard let s = try optionalString(key, limit: limit) else { return nil }
        try Self.refuseControl(s, field: path + key)
        return s
    }

    static func refuseControl(_ s: String, field: String) throws(InterchangeError) {
        guard let c = Escaped.firstControl(in: s) else { return }
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        throw InterchangeError(field: field, message: "contains the control character \(code) (\(Escaped.quoted(s))); names may not hold control characters, remove it")
    }

    /// Names from a fixed vocabulary (kinds, roles, modality) and ids must be written exactly.
    func token(_ key: String, limit: Int, required: Bool) throws(InterchangeError) -> String? {
        guard let s = try optionalString(key, limit: limit) else {
            if required { throw InterchangeError(field: path + key, message: "missing") }
            return nil
        }
        guard case .string(let raw)? = json[key], raw == s else {
            throw InterchangeError(field: path + key, message: "has spaces around it; write \(Escaped.quoted(s))")
        }
        return s
    }

    func optionalString(_ key: String, limit: Int) throws(InterchangeError) -> String? {
        switch json[key] {
        case nil, .null?: return nil
        case .string(let s)?:
            let trimmed = s.trimmingSpaces
            guard !trimmed.isEmpty else { throw InterchangeError(field: path + key, message: "is empty") }
            guard s.utf8.count <= limit else {
                throw InterchangeError(field: path + key, message: "is \(s.utf8.count) bytes long; at most \(limit)")
            }
            // NUL separates names inside stored keys.
            guard !s.utf8.contains(0) else { throw InterchangeError(field: path + key, message: "contains a NUL character; remove it") }
            return trimmed
        case let other?: throw InterchangeError(field: path + key, message: "expected a string, got \(other.typeName)")
        }
    }

    func optionalInt(_ key: String, range: ClosedRange<Int>) throws(InterchangeError) -> Int? {
        switch json[key] {
        case nil, .null?: return nil
        case .int(let v)?:
            guard range.contains(Int(v)) else {
                throw InterchangeError(field: path + key, message: "\(v) is outside \(range.lowerBound)...\(range.upperBound)")
            }
            return Int(v)
        case let other?: throw InterchangeError(field: path + key, message: "expected a whole number, got \(other.typeName)")
        }
    }

    func optionalNumber(_ key: String) throws(InterchangeError) -> Double? {
        switch json[key] {
        case nil, .null?: return nil
        case .int(let v)?: return Double(v)
        case .double(let v)?:
            guard v.isFinite else { throw InterchangeError(field: path + key, message: "is too large to be a number") }
            return v
        case let other?: throw InterchangeError(field: path + key, message: "expected a number, got \(other.typeName)")
        }
    }

    func array(_ key: String, required: Bool) throws(InterchangeError) -> [JSON] {
        switch json[key] {
        case nil where !required, .null? where !required: return []
        case nil, .null?: throw InterchangeError(field: path + key, message: "missing")
        case .array(let a)?: return a
        case let other?: throw InterchangeError(field: path + key, message: "expected an array, got \(other.typeName)")
        }
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
