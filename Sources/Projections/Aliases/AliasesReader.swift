import Events

/// Name lookups over an `aliases` state.
public struct AliasesReader {
    public let state: ProjectionState
    public init(_ state: ProjectionState) { self.state = state }

    public struct Candidate: Equatable, Sendable {
        public var org: String
        public var name: String
        public var type: OrganizationType?
        public var mentions: UInt64
    }

    /// The organization a name's id is declared an alias of, following chains.
    public func canonical(_ org: String) throws -> String {
        var current = org
        var seen: Set<String> = [org]
        while let next = try state.get(AliasesProjection.aliasKey(current)) {
            let s = String(decoding: next, as: UTF8.self)
            guard seen.insert(s).inserted else { break }
            current = s
        }
        return current
    }

    /// Organizations a name may denote, most mentioned first. Case, width and spacing are ignored.
    public func lookup(_ name: String) throws -> [Candidate] {
        var counts: [String: UInt64] = [:]
        let prefix = [UInt8(ascii: "m")] + Array(OrganizationID.make(name).utf8) + [0]
        try state.forEach(prefix: prefix) { key, value in
            let org = try canonical(String(decoding: key[prefix.count...], as: UTF8.self))
            counts[org, default: 0] += value.count == 8 ? UInt64(littleEndian: value.loadUnaligned(as: UInt64.self)) : 1
            return true
        }
        return try counts.map { org, n in
            let (name, type) = try orgRecord(org)
            return Candidate(org: org, name: name, type: type, mentions: n)
        }.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }

    public func orgRecord(_ org: String) throws -> (String, OrganizationType?) {
        guard let bytes = try state.get(AliasesProjection.orgKey(org)) else { return (org, nil) }
        return try bytes.withUnsafeBytes { buf in
            var r = ByteReader(buf)
            return (try r.str(), OrganizationType(rawValue: try r.u8()))
        }
    }

    /// Names declared (by `alias` events) to denote `org`, directly or through a chain.
    public func declaredAliases(of org: String) throws -> [String] {
        var out: [String] = []
        try state.forEach(prefix: [UInt8(ascii: "A")]) { key, _ in
            let name = String(decoding: key.dropFirst(), as: UTF8.self)
            if try canonical(name) == org { out.append(name) }
            return true
        }
        return out.sorted()
    }

    /// Every known name (folded), for suggesting the nearest ones to a misspelling.
    public func allNames() throws -> [String] {
        var out = Set<String>()
        try state.forEach(prefix: [UInt8(ascii: "m")]) { key, _ in
            if let zero = key.firstIndex(of: 0) { out.insert(String(decoding: key[1..<zero], as: UTF8.self)) }
            return true
        }
        return out.sorted()
    }
}
