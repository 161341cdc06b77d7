import Events

public struct TimelineReader {
    public let state: ProjectionState
    /// Knowledge time: entries withdrawn at this log position are hidden (nil: the head).
    public let knownAt: UInt64?
    private let withdrawals: [UInt64: [UInt64]]

    /// A reader of the timelines as known at `knownAt` as far as retractions go (see `OrgGraphReader.init`).
    public init(_ state: ProjectionState, knownAt: UInt64? = nil) throws {
        self.state = state
        self.knownAt = knownAt
        withdrawals = try Corrections.withdrawals(in: state)
    }

    func isWithdrawn(_ position: UInt64) -> Bool {
        withdrawals[position].map { Corrections.isWithdrawn($0, at: knownAt ?? .max) } ?? false
    }

    /// The organization's events in valid-time order (unknown dates first), then log order.
    public func entries(of org: String) throws -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        let prefix = TimelineEntry.prefix(org: org)
        try state.forEach(prefix: prefix) { key, value in
            guard key.count == prefix.count + 12 else { return true }
            let position = UInt64(bigEndian: key.loadUnaligned(fromByteOffset: prefix.count + 4, as: UInt64.self))
            if !isWithdrawn(position) { out.append(try TimelineEntry.decode(org: org, position: position, value)) }
            return true
        }
        return out
    }
}

extension TimelineReader {
    /// Every entry of every organization, organization by organization.
    public func forEachEntry(_ body: (TimelineEntry) throws -> Bool) throws {
        try state.forEach(prefix: [UInt8(ascii: "t")]) { key, value in
            guard let zero = key.firstIndex(of: 0), key.count == zero + 13 else { return true }
            let org = String(decoding: key[1..<zero], as: UTF8.self)
            let position = UInt64(bigEndian: key.loadUnaligned(fromByteOffset: zero + 5, as: UInt64.self))
            return isWithdrawn(position) ? true : try body(try TimelineEntry.decode(org: org, position: position, value))
        }
    }
}
