import EventLog
import Events

// The name table (projection kind `aliases`, rules version 1): every way an organization has been
// written, for looking organizations up by any name, in any case, Korean or English.
//
//   'm' fold(name) 0x00 org     → u64LE mentions   — a name (canonical, surface or declared alias)
//   'o' org                     → str canonical name, u8 type (0 unknown)
//   'A' org                     → str canonical org — declared by `alias` events (last one wins;
//                                  an alias of a name to itself removes the entry)
//
// fold(name) is OrganizationID.make: NFKC, lower case, no white space.

public final class AliasesProjection: Projection {
    public static let kind = "aliases"
    public static let supportedVersions = [1]

    /// Counters and organizations already read or written by this process, so most events
    /// touch no stored key before writing.
    private var known: [[UInt8]: UInt64] = [:]
    private var knownOrgs = Set<String>()
    /// Counters changed since the last commit; written once each by `willCommit`.
    private var dirty = Set<[UInt8]>()
    /// Folded forms of names already seen (folding is Unicode normalization: not free).
    private var folded: [String: [UInt8]] = [:]

    public init() {}

    public func open(_ context: ProjectionContext) throws {
        known = [:]
        knownOrgs = []
        dirty = []
    }

    public func willCommit(_ context: ProjectionContext) throws {
        for key in dirty.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            context.state.put(key, withUnsafeBytes(of: (known[key] ?? 0).littleEndian) { Array($0) })
        }
        dirty = []
        if folded.count > 500_000 { folded = [:] }
    }

    private func ensureOrg(_ org: String, _ name: String, _ type: OrganizationType?, _ state: ProjectionState) throws {
        guard knownOrgs.insert(org).inserted else { return }
        if try state.get(Self.orgKey(org)) == nil { state.put(Self.orgKey(org), Self.orgRecord(name, type)) }
    }

    static func nameKey(_ name: String, _ org: String) -> [UInt8] {
        [UInt8(ascii: "m")] + Array(OrganizationID.make(name).utf8) + [0] + Array(org.utf8)
    }

    static func orgKey(_ org: String) -> [UInt8] { [UInt8(ascii: "o")] + Array(org.utf8) }
    static func aliasKey(_ org: String) -> [UInt8] { [UInt8(ascii: "A")] + Array(org.utf8) }

    public func apply(_ event: Event, _ context: ProjectionContext) throws {
        let state = context.state
        if event.kind == .alias, let a = event.alias {
            let name = OrganizationID.make(a.name), target = OrganizationID.make(a.organization)
            if name == target {
                state.delete(Self.aliasKey(name))
            } else {
                state.put(Self.aliasKey(name), Array(target.utf8))
            }
            try mention(a.name, target, state)
            try mention(a.organization, target, state)
            try ensureOrg(target, a.organization, nil, state)
            return
        }
        for p in event.participants {
            try mention(p.name, p.org, state)
            if p.surface != p.name { try mention(p.surface, p.org, state) }
            try ensureOrg(p.org, p.name, p.type, state)
        }
    }

    static func orgRecord(_ name: String, _ type: OrganizationType?) -> [UInt8] {
        var w = ByteWriter()
        w.str(name)
        w.u8(type?.rawValue ?? 0)
        return w.bytes
    }

    private func mention(_ name: String, _ org: String, _ state: ProjectionState) throws {
        let fold: [UInt8]
        if let f = folded[name] {
            fold = f
        } else {
            fold = Array(OrganizationID.make(name).utf8)
            folded[name] = fold
        }
        let key = [UInt8(ascii: "m")] + fold + [0] + Array(org.utf8)
        let count: UInt64
        if let c = known[key] {
            count = c
        } else if let v = try state.get(key), v.count == 8 {
            count = v.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        } else {
            count = 0
        }
        known[key] = count + 1
        dirty.insert(key)
    }
}
