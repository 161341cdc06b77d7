import Events

/// A date expression in a sentence, resolved against the article's publication date.
struct DateMention: Sendable, Equatable {
    let start: Int
    let end: Int
    let date: PartialDate
    let text: String
}

/// Resolves Korean date expressions, keeping their precision: `2022년` is a year, `오는 9월` a
/// month, `지난 3일` a day. Relative days look back from the publication date (`29일(현지시간)` in
/// an article of the 2nd is the 29th of the month before); `전날` is the day before the last day
/// the sentence named, else before the publication date.
public enum DateResolver {
    /// Every date expression in `s`, in order. With an unknown publication date, only absolute
    /// expressions resolve.
    static func mentions(in s: Scalars, published: PartialDate) -> [DateMention] {
        var out: [DateMention] = []
        var anchor = published
        var i = 0
        func add(_ start: Int, _ end: Int, _ date: PartialDate?) {
            guard let date, date.isKnown else { return }
            out.append(DateMention(start: start, end: end, date: date, text: s.string(start..<end)))
            if date.precision == .day { anchor = date }
        }
        while i < s.count {
            let c = s[i]
            if c.isASCIIDigit, i == 0 || !(s[i - 1].isASCIIDigit || s[i - 1] == "." || s[i - 1] == "," || s[i - 1].isLatinLetter) {
                if let (date, end) = numeric(s, at: i, published: published) {
                    add(i, end, date)
                    i = end
                    continue
                }
                while i < s.count, s[i].isASCIIDigit { i += 1 }
                continue
            }
            if c.isHangulSyllable, i == 0 || !s[i - 1].isHangulSyllable, let (date, end) = word(s, at: i, published: published, anchor: anchor) {
                add(i, end, date)
                i = end
                continue
            }
            i += 1
        }
        return out
    }

    /// The event date of a trigger at `trigger`: the last date named before it in the sentence
    /// (outside quotations), else the first after it, else the publication date.
    static func eventDate(_ dates: [DateMention], trigger: Int, nesting: Nesting, published: PartialDate,
                          in s: Scalars? = nil, subjectStart: Int? = nil) -> (PartialDate, String?) {
        // Quoted and parenthesized dates belong to speech and asides; `2030년까지` is a deadline;
        // before the subject, only a date right before it (`29일 캠브리콘은`, `28일(현지시간) 미
        // 상무부는`) or one that opens the sentence dates its act.
        let usable = dates.filter { d in
            !nesting.inQuote[d.start] && nesting.parenDepth[d.start] == 0 && !(s.map { $0.matches(DateResolver.until, at: d.end) } ?? false)
                && (subjectStart.map { st in d.start >= st || st - d.end <= 1 || (d.start <= 1 || s.map { DateResolver.onlyTimeWordsBefore($0, d.start) } ?? false) && d.text.hasSuffix("일")
                    || (s.map { DateResolver.onlyATimeParticleBetween($0, d.end, st) } ?? false) || (s.map { DateResolver.onlyAnAsideBetween($0, d.end, st) } ?? false) } ?? true)
        }
        // A page's date line glued to the sentence (`date 2026-02-11 …`) yields to a date the prose gives.
        let prose = usable.filter { !DateResolver.isNumericDate($0.text) }
        let candidates = prose.isEmpty ? usable : prose
        let chosen = candidates.last(where: { $0.end <= trigger }) ?? candidates.first(where: { $0.start >= trigger })
        guard let chosen else { return (published, nil) }
        // `올해`, `이달`: a span that holds the publication day says when the content applies, not
        // when it happened; the publication day is the better date.
        if chosen.date.precision < .day, published.precision == .day, contains(chosen.date, published) { return (published, nil) }
        return (chosen.date, chosen.text)
    }

    static let until = "까지".scalars

    /// Whether only a word of time or sequence stands before `start` (`지난 5일에는 …`, `앞서 3일 …`).
    static func onlyTimeWordsBefore(_ s: Scalars, _ start: Int) -> Bool {
        guard start <= 8 else { return false }
        return ["", "지난", "오는", "앞서", "이어", "또", "또한", "한편"].contains(s.string(0..<start).trimmingCharacters(in: .whitespaces))
    }

    /// Whether only a particle of time (`에`, `에는`, `에도`, `엔`) stands between a date and the
    /// subject (`2018년에는 A가 B를 인수했다`, `…된 데 이어 2016년에는 C가 …`): the date is the act's,
    /// as a date right before the subject is.
    static func onlyATimeParticleBetween(_ s: Scalars, _ from: Int, _ to: Int) -> Bool {
        guard from <= to, to - from <= 4 else { return false }
        return ["에", "에는", "에도", "엔"].contains(s.string(from..<to).trimmingCharacters(in: .whitespaces))
    }

    /// Whether `text` is a date written in digits only (`2026-02-11`, `2026.2.11`).
    static func isNumericDate(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        return u.count >= 8 && u.prefix(4).allSatisfy(\.isASCIIDigit) && u.allSatisfy { $0.isASCIIDigit || $0 == "-" || $0 == "." || $0 == "/" }
    }

    /// Whether only white space and one parenthetical aside (`(현지시간)`) stand between `from` and `to`.
    static func onlyAnAsideBetween(_ s: Scalars, _ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        let gap = s.string(from..<to).trimmingCharacters(in: .whitespaces)
        return gap.isEmpty || gap.hasPrefix("(") && gap.hasSuffix(")") && !gap.dropFirst().contains("(")
    }

    static func contains(_ span: PartialDate, _ day: PartialDate) -> Bool {
        span.year == day.year && (span.month == 0 || span.month == day.month)
    }

    /// The previous word (after white space), for 지난/오는/올해 before a number.
    private static func wordBefore(_ s: Scalars, _ i: Int) -> String {
        var k = i - 1
        while k >= 0, s[k] == " " { k -= 1 }
        var start = k
        while start >= 0, s[start].isHangulSyllable { start -= 1 }
        return k >= 0 ? s.string((start + 1)..<(k + 1)) : ""
    }

    private static func numeric(_ s: Scalars, at i: Int, published: PartialDate) -> (PartialDate?, Int)? {
        if let (date, range) = DateLine.firstAbsoluteDate(Scalars(s[i..<min(s.count, i + 24)])), range.lowerBound == 0 {
            return (date, i + range.upperBound)
        }
        guard let (n, afterNumber) = DateLine.number(s, from: i, maxDigits: 4) else { return nil }
        var j = afterNumber
        guard j < s.count else { return nil }
        let prefix = wordBefore(s, i)
        let past = prefix == "지난" || prefix == "작년" || prefix == "지난해"
        let future = prefix == "오는" || prefix == "내년"
        if s[j] == "년", afterNumber - i == 4, (1900...2100).contains(n) {
            j += 1
            var k = j
            while k < s.count, s[k] == " " { k += 1 }
            if let (m, am) = DateLine.number(s, from: k, maxDigits: 2), am < s.count, s[am] == "월", (1...12).contains(m) {
                var l = am + 1
                while l < s.count, s[l] == " " { l += 1 }
                if let (d, ad) = DateLine.number(s, from: l, maxDigits: 2), ad < s.count, s[ad] == "일", notDuration(s, ad + 1) {
                    return (PartialDate(year: n, month: m, day: d), ad + 1)
                }
                return (PartialDate(year: n, month: m), am + 1)
            }
            return (PartialDate(year: n), j)
        }
        guard afterNumber - i <= 2, published.isKnown else { return nil }
        if s[j] == "월", (1...12).contains(n) {
            let month = n
            var year = published.year
            if prefix == "작년" || prefix == "지난해" { year -= 1 } else if prefix == "내년" { year += 1 } else if past, published.month > 0, month > published.month { year -= 1 } else if future, published.month > 0, month < published.month { year += 1 }
            // A month named without a year is the nearest one: `1월` in late December is next
            // January, `12월` in January is last December.
            if !past && !future && prefix != "올해", published.month > 0 {
                if published.month - month > 6 { year += 1 } else if month - published.month > 6 { year -= 1 }
            }
            j += 1
            var k = j
            while k < s.count, s[k] == " " { k += 1 }
            if let (d, ad) = DateLine.number(s, from: k, maxDigits: 2), ad < s.count, s[ad] == "일", notDuration(s, ad + 1) {
                if !past && !future && prefix != "올해", published.month > 0, month > published.month + 1, month - published.month <= 6 { year -= 1 }
                return (PartialDate(year: year, month: month, day: d), ad + 1)
            }
            return (PartialDate(year: year, month: month), j)
        }
        if s[j] == "일", (1...31).contains(n), notDuration(s, j + 1), published.precision == .day {
            // `지난달 28일`, `다음 달 3일`: the month is named.
            let before = s.string(max(0, i - 6)..<i).trimmed
            let shift: Int? = prefix == "지난달" ? -1 : prefix == "이달" || before.hasSuffix("이번 달") ? 0
                : prefix == "내달" || before.hasSuffix("다음 달") ? 1 : nil
            if let shift {
                var y = published.year, m = published.month + shift
                if m == 0 { m = 12; y -= 1 }
                if m == 13 { m = 1; y += 1 }
                return (PartialDate(year: y, month: m, day: n), j + 1)
            }
            return (day(n, published: published, future: future), j + 1)
        }
        return nil
    }

    /// `3일간`, `5일째`, `4.5일제` are lengths, not dates.
    private static func notDuration(_ s: Scalars, _ k: Int) -> Bool {
        guard k < s.count else { return true }
        if "간째제분치".unicodeScalars.contains(s[k]) { return false }
        // `30일 안에`, `90일 이내`, `3일 동안`: a span of days, not a day of the month.
        var j = k
        while j < s.count, s[j] == " " { j += 1 }
        return !durationWords.contains { s.matches($0, at: j) }
    }

    static let durationWords = ["안에", "안으로", "이내", "내에", "내로", "동안", "만에"].map(\.scalars)

    /// Day `n` of the publication month, or of the month before when that is after publication
    /// (of the month after, for `오는`).
    static func day(_ n: Int, published: PartialDate, future: Bool) -> PartialDate? {
        var y = published.year, m = published.month
        if future {
            if n < published.day { m += 1 }
        } else if n > published.day {
            m -= 1
        }
        if m == 0 { m = 12; y -= 1 }
        if m == 13 { m = 1; y += 1 }
        // `지난 31일` early in March: February has no 31st, so it is January's.
        while n > PartialDate.daysIn(month: m, year: y), !future {
            m -= 1
            if m == 0 { m = 12; y -= 1 }
        }
        return PartialDate(year: y, month: m, day: n)
    }

    private static let words: [(String, Int)] = [
        ("지난해", 0), ("작년", 0), ("올해", 1), ("금년", 1), ("내년", 2), ("지난달", 3), ("이달", 4), ("이번 달", 4),
        ("다음 달", 5), ("내달", 5), ("이날", 6), ("오늘", 6), ("금일", 6), ("전날", 7), ("어제", 7), ("하루 전", 7),
        ("상반기", 8), ("하반기", 8), ("연말", 8), ("연초", 8), ("그제", 9), ("그저께", 9), ("이틀 전", 9), ("재작년", 10),
    ]
    private static let wordScalars = words.map { ($0.0.scalars, $0.1) }

    private static func word(_ s: Scalars, at i: Int, published: PartialDate, anchor: PartialDate) -> (PartialDate?, Int)? {
        guard published.isKnown else { return nil }
        for (w, code) in wordScalars where s.matches(w, at: i) {
            let end = i + w.count
            // `올해 1월` and `지난해 7월` are read as one month by the numeric rule.
            if code <= 2, let next = nextNonSpace(s, end), s[next].isASCIIDigit { return (nil, end) }
            let y = published.year
            switch code {
            case 0: return (PartialDate(year: y - 1), end)
            case 1: return (PartialDate(year: y), end)
            case 2: return (PartialDate(year: y + 1), end)
            case 3, 4, 5:
                guard published.month > 0 else { return (PartialDate(year: y), end) }
                var m = published.month + (code == 3 ? -1 : code == 5 ? 1 : 0), yy = y
                if m == 0 { m = 12; yy -= 1 }
                if m == 13 { m = 1; yy += 1 }
                return (PartialDate(year: yy, month: m), end)
            case 6:
                return (anchor, end)
            case 7:
                return (anchor.precision == .day ? dayBefore(anchor) : anchor, end)
            case 9:
                return (anchor.precision == .day ? dayBefore(dayBefore(anchor)) : anchor, end)
            case 10:
                return (PartialDate(year: y - 2), end)
            default:
                // A half or the year's end names no single month: keep the year. After `2023년`
                // the year was read already (`2023년 상반기` is 2023).
                let prev = wordBefore(s, i)
                if prev.hasSuffix("년") { return (nil, end) }
                return (PartialDate(year: prev == "지난해" || prev == "작년" ? y - 1 : prev == "내년" ? y + 1 : y), end)
            }
        }
        return nil
    }

    private static func nextNonSpace(_ s: Scalars, _ k: Int) -> Int? {
        var j = k
        while j < s.count, s[j] == " " { j += 1 }
        return j < s.count ? j : nil
    }

    static func dayBefore(_ d: PartialDate) -> PartialDate {
        if d.day > 1 { return PartialDate(year: d.year, month: d.month, day: d.day - 1) ?? d }
        var m = d.month - 1, y = d.year
        if m == 0 { m = 12; y -= 1 }
        return PartialDate(year: y, month: m, day: PartialDate.daysIn(month: m, year: y)) ?? d
    }

    /// Resolves every expression in `text` (tests, explanations).
    public static func resolve(_ text: String, published: PartialDate) -> [(text: String, date: PartialDate)] {
        mentions(in: text.scalars, published: published).map { ($0.text, $0.date) }
    }
}
