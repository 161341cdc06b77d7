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

    /// Names already counted in this run's memory, to skip re-reading their counters.
    private var known: [[UInt8]: UInt64] = [:]

    public init() {}

    public func open(_ context: ProjectionContext) throws { known = [:] }

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
            if try state.get(Self.orgKey(target)) == nil { state.put(Self.orgKey(target), Self.orgRecord(a.organization, nil)) }
            return
        }
        for p in event.participants {
            try mention(p.name, p.org, state)
            if p.surface != p.name { try mention(p.surface, p.org, state) }
            if try state.get(Self.orgKey(p.org)) == nil { state.put(Self.orgKey(p.org), Self.orgRecord(p.name, p.type)) }
        }
    }

    static func orgRecord(_ name: String, _ type: OrganizationType?) -> [UInt8] {
        var w = ByteWriter()
        w.str(name)
        w.u8(type?.rawValue ?? 0)
        return w.bytes
    }

    private func mention(_ name: String, _ org: String, _ state: ProjectionState) throws {
        let key = Self.nameKey(name, org)
        let count: UInt64
        if let c = known[key] {
            count = c
        } else if let v = try state.get(key), v.count == 8 {
            count = v.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        } else {
            count = 0
        }
        known[key] = count + 1
        state.put(key, withUnsafeBytes(of: (count + 1).littleEndian) { Array($0) })
    }
}
