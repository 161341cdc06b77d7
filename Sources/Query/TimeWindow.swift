import Events
import Projections

/// Which reports a query may see, by valid time (when it happened) and knowledge time (when the
/// log learned it). Datomic and XTDB users expect both: `--as-of` and `--known-at`.
///
/// A partial date in a bound covers its whole period, as analysts read it: `asOf` 2024-06 keeps
/// what happened by 30 June, `from` 2024-06 starts on 1 June, `to` 2024 ends on 31 December. A
/// report dated only to a month or year counts when its period overlaps the window (for `asOf`:
/// when its period has begun by the bound's last day).
public struct TimeWindow: Sendable, Equatable {
    /// Only what had happened by this date (a partial date counts to its last day: 2024-06 keeps all of June).
    public var asOf: PartialDate?
    /// Only what the log held at this position ("what did we believe then").
    public var knownAtPosition: UInt64?
    /// Only what the log held at this instant (milliseconds since 1970 UTC).
    public var knownAtTime: Int64?
    /// Only what happened within [from, to]: `from` counts from its first day, `to` to its last
    /// (a report whose partial date overlaps the window counts).
    public var from: PartialDate?
    public var to: PartialDate?

    public init(asOf: PartialDate? = nil, knownAtPosition: UInt64? = nil, knownAtTime: Int64? = nil,
                from: PartialDate? = nil, to: PartialDate? = nil) {
        self.asOf = asOf
        self.knownAtPosition = knownAtPosition
        self.knownAtTime = knownAtTime
        self.from = from
        self.to = to
    }

    public static let always = TimeWindow()

    var constrainsValidTime: Bool { asOf != nil || from != nil || to != nil }

    public func admits(position: UInt64, recordedAt: Int64, date: PartialDate) -> Bool {
        if let p = knownAtPosition, position > p { return false }
        if let t = knownAtTime, recordedAt > t { return false }
        guard constrainsValidTime else { return true }
        // An undated report cannot be placed in time: a time-bound query leaves it out.
        guard date.isKnown else { return false }
        let (start, end) = date.dayRange
        if let asOf, start > asOf.dayRange.last { return false }
        if let from, end < from.dayRange.first { return false }
        if let to, start > to.dayRange.last { return false }
        return true
    }

    public func admits(_ r: ReportRef) -> Bool { admits(position: r.position, recordedAt: r.recordedAt, date: r.date) }
    public func admits(_ e: TimelineEntry) -> Bool { admits(position: e.position, recordedAt: e.recordedAt, date: e.date) }
}
