/// A calendar date known to the day, the month, the year, or not at all.
/// News often says only "in September" or "last year": the precision is kept, never guessed.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: UInt8, Sendable, Comparable {
        case unknown = 0, year = 1, month = 2, day = 3
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
        public var name: String {
            switch self {
            case .unknown: "unknown"
            case .year: "year"
            case .month: "month"
            case .day: "day"
            }
        }
    }

    /// 0 when unknown; otherwise 1...9999.
    public let year: Int
    /// 0 when the precision is coarser than a month.
    public let month: Int
    /// 0 when the precision is coarser than a day.
    public let day: Int

    public static let unknown = PartialDate(uncheckedYear: 0, month: 0, day: 0)

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Fails on impossible dates (month 13, 30 February, year 0).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.init(uncheckedYear: year, month: month ?? 0, day: day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (exactly these forms).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0])
        else { return nil }
        let m = parts.count > 1 ? Int(parts[1]) : nil
        let d = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: y, month: m, day: d)
    }

    public var precision: Precision {
        if year == 0 { return .unknown }
        if month == 0 { return .year }
        if day == 0 { return .month }
        return .day
    }

    public var isKnown: Bool { year != 0 }

    /// `2024-06-03`, `2024-06`, `2024`, or `unknown`.
    public var description: String {
        switch precision {
        case .unknown: return "unknown"
        case .year: return pad(year, 4)
        case .month: return pad(year, 4) + "-" + pad(month, 2)
        case .day: return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        }
    }

    /// Orders by the earliest day each date can mean; unknown dates sort first.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The days the date may mean, as day numbers since 1970-01-01 (every day for an unknown date).
    public var dayRange: (first: Int64, last: Int64) {
        switch precision {
        case .unknown: return (Int64.min, Int64.max)
        case .year: return (Timestamp.days(fromCivil: year, 1, 1), Timestamp.days(fromCivil: year, 12, 31))
        case .month:
            return (Timestamp.days(fromCivil: year, month, 1),
                    Timestamp.days(fromCivil: year, month, PartialDate.daysIn(month: month, year: year)))
        case .day:
            let n = Timestamp.days(fromCivil: year, month, day)
            return (n, n)
        }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
