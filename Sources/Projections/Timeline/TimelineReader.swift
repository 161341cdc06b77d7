import Events

public struct TimelineReader {
    public let state: ProjectionState
    public init(_ state: ProjectionState) { self.state = state }

    /// The organization's events in valid-time order (unknown dates first), then log order.
    public func entries(of org: String) throws -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        let prefix = TimelineEntry.prefix(org: org)
        try state.forEach(prefix: prefix) { key, value in
            guard key.count == prefix.count + 12 else { return true }
            let position = UInt64(bigEndian: key.loadUnaligned(fromByteOffset: prefix.count + 4, as: UInt64.self))
            out.append(try TimelineEntry.decode(org: org, position: position, value))
            return true
        }
        return out
    }
}
