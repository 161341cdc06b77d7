import Events
import Projections

/// Which reports a query may see, by valid time (when it happened) and knowledge time (when the
/// log learned it). Datomic and XTDB users expect both: `--as-of` and `--known-at`.
public struct TimeWindow: Sendable, Equatable {
    /// Only what had happened by this date (a partial date counts from its first day).
    public var asOf: PartialDate?
    /// Only what the log held at this position ("what did we believe then").
    public var knownAtPosition: UInt64?
    /// Only what the log held at this instant (milliseconds since 1970 UTC).
    public var knownAtTime: Int64?
    /// Only what happened within [from, to] (a partial date overlapping the window counts).
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
        let (start, end) = DayRange.of(date)
        if let asOf, start > DayRange.of(asOf).end { return false }
        if let from, end < DayRange.of(from).start { return false }
        if let to, start > DayRange.of(to).end { return false }
        return true
    }

    public func admits(_ r: Report) -> Bool { admits(position: r.position, recordedAt: r.recordedAt, date: r.date) }
    public func admits(_ s: ReportStamp) -> Bool { admits(position: s.position, recordedAt: s.recordedAt, date: s.date) }
    public func admits(_ e: TimelineEntry) -> Bool { admits(position: e.position, recordedAt: e.recordedAt, date: e.date) }
}

/// The days a partial date may mean, as day numbers since 1970-01-01.
public enum DayRange {
    public static func of(_ d: PartialDate) -> (start: Int64, end: Int64) {
        switch d.precision {
        case .unknown: return (Int64.min, Int64.max)
        case .year: return (day(d.year, 1, 1), day(d.year, 12, 31))
        case .month: return (day(d.year, d.month, 1), day(d.year, d.month, PartialDate.daysIn(month: d.month, year: d.year)))
        case .day: let n = day(d.year, d.month, d.day); return (n, n)
        }
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Int64 {
        let yy = Int64(m <= 2 ? y - 1 : y)
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = Int64(m > 2 ? m - 3 : m + 9)
        let doy = (153 * mp + 2) / 5 + Int64(d) - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }
}
