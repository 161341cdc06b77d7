import EventLog
import Events

/// Reads timelines: the entries' keys from the `timeline` state, the events they stand for from
/// the log (checked against its chain), resolved through the state's alias table.
public struct TimelineReader {
    public let state: ProjectionState
    public let log: any EventLogBackend
    /// Knowledge time: entries withdrawn at this log position are hidden (nil: the head).
    public let knownAt: UInt64?
    private let withdrawals: [UInt64: [UInt64]]
    private let aliases: [String: (org: String, name: String)]

    /// A reader of the timelines as known at `knownAt` as far as retractions go (see `OrgGraphReader.init`).
    /// `log` is the log the state was folded from.
    public init(_ state: ProjectionState, log: any EventLogBackend, knownAt: UInt64? = nil) throws {
        self.state = state
        self.log = log
        self.knownAt = knownAt
        withdrawals = try Corrections.withdrawals(in: state)
        aliases = try Corrections.aliases(in: state)
    }

    func isWithdrawn(_ position: UInt64) -> Bool {
        withdrawals[position].map { Corrections.isWithdrawn($0, at: knownAt ?? .max) } ?? false
    }

    /// What a key names: position and role (the rest comes from the log).
    private struct Stub {
        var position: UInt64
        var role: Role
    }

    /// Builds the entries of one organization from its stubs, reading their events in one pass.
    private func entries(of org: String, _ stubs: [Stub]) throws -> [TimelineEntry] {
        guard !stubs.isEmpty else { return [] }
        let events = try log.events(at: stubs.map(\.position))
        return stubs.compactMap { s in
            guard let e = events[s.position] else { return nil }
            return TimelineEntry.make(org: org, role: s.role, from: Corrections.resolve(e, aliases: aliases))
        }
    }

    private static func stub(_ key: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer, at offset: Int) -> Stub {
        Stub(position: UInt64(bigEndian: key.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
             role: value.count >= 2 ? Role(rawValue: value[1]) ?? .party : .party)
    }

    /// The organization's events in valid-time order (unknown dates first), then log order.
    public func entries(of org: String) throws -> [TimelineEntry] {
        var stubs: [Stub] = []
        let prefix = TimelineEntry.prefix(org: org)
        try state.forEach(prefix: prefix) { key, value in
            guard key.count == prefix.count + 12 else { return true }
            let s = Self.stub(key, value, at: prefix.count + 4)
            if !isWithdrawn(s.position) { stubs.append(s) }
            return true
        }
        return try entries(of: org, stubs)
    }
}

extension TimelineReader {
    /// Every entry of every organization, organization by organization.
    public func forEachEntry(_ body: (TimelineEntry) throws -> Bool) throws {
        var org: [UInt8]? = nil
        var stubs: [Stub] = []
        var stopped = false
        func flush() throws {
            defer { stubs.removeAll(keepingCapacity: true) }
            guard let o = org, !stopped else { return }
            for e in try entries(of: String(decoding: o, as: UTF8.self), stubs) where try !body(e) {
                stopped = true
                return
            }
        }
        try state.forEach(prefix: [UInt8(ascii: "t")]) { key, value in
            guard let zero = key.firstIndex(of: 0), key.count == zero + 13 else { return true }
            let o = key[1..<zero]
            if org.map({ !$0.elementsEqual(o) }) ?? true {
                try flush()
                if stopped { return false }
                org = Array(o)
            }
            let s = Self.stub(key, value, at: zero + 5)
            if !isWithdrawn(s.position) { stubs.append(s) }
            return true
        }
        try flush()
    }
}
