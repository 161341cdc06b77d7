/// Knowledge-time stamps: milliseconds since 1970-01-01 UTC, printed as ISO 8601.
public enum Timestamp {
    /// `2026-11-22T07:20:30.123Z`.
    public static func iso8601(milliseconds ms: Int64) -> String {
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let millis = Int(ms - seconds * 1000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secOfDay = Int(seconds - days * 86_400)
        let (y, m, d) = civil(fromDays: days)
        func p(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(p(y, 4))-\(p(m, 2))-\(p(d, 2))T\(p(secOfDay / 3600, 2)):\(p(secOfDay / 60 % 60, 2)):\(p(secOfDay % 60, 2)).\(p(millis, 3))Z"
    }

    /// Parses `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM:SS[.mmm]Z`.
    public static func parse(_ text: String) -> Int64? {
        let u = Array(text.utf8)
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count, r.allSatisfy({ (0x30...0x39).contains(u[$0]) }) else { return nil }
            return r.reduce(0) { $0 * 10 + Int(u[$1] - 0x30) }
        }
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D, let y = num(0..<4), let m = num(5..<7), let d = num(8..<10),
              PartialDate(year: y, month: m, day: d) != nil
        else { return nil }
        var ms = days(fromCivil: y, m, d) * 86_400_000
        if u.count == 10 { return ms }
        guard u.count >= 20, u[10] == UInt8(ascii: "T"), u[13] == 0x3A, u[16] == 0x3A, u.last == UInt8(ascii: "Z"),
              let hh = num(11..<13), let mi = num(14..<16), let ss = num(17..<19), hh < 24, mi < 60, ss < 61
        else { return nil }
        ms += Int64(hh * 3_600_000 + mi * 60_000 + ss * 1000)
        if u.count == 24, u[19] == UInt8(ascii: "."), let frac = num(20..<23) { return ms + Int64(frac) }
        return u.count == 20 ? ms : nil
    }

    // Howard Hinnant's civil-from-days algorithm.
    static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }

    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int64 {
        let y = Int64(m <= 2 ? y0 - 1 : y0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64(m > 2 ? m - 3 : m + 9)
        let doy = (153 * mp + 2) / 5 + Int64(d) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
