import Events

/// What a line of a dump says about dates: the absolute dates in it (`2025.09.11`,
/// `2024-04-12 15:50:25`, `2025/02/17 11:53 KST`, `2024년 4월 12일`) and how the line is built
/// around them, which decides whether a date is a publication date or part of a list.
struct DateLine {
    enum Shape: Equatable {
        /// Nothing but the date (and a time, weekday, time zone or bullet).
        case alone
        /// A label such as 기사승인 or 입력 before the date.
        case labeled
        /// An edit stamp (수정 …), never a publication date.
        case edited
        /// A date glued to a headline: an item of a related-articles list.
        case listItem
        /// A date inside running text.
        case inText
    }

    let date: PartialDate
    let shape: Shape
    let bulleted: Bool
    /// A time of day follows the date (`2022.11.01 18:14`): a page's stamp, not a search result's date.
    var timed = false

    /// The first absolute date in `line`, if any, with the line's shape.
    static func parse(_ line: String, labels: [Scalars], editLabels: [Scalars]) -> DateLine? {
        parse(line.scalars, labels: labels, editLabels: editLabels)
    }

    static func parse(_ s: Scalars, labels: [Scalars], editLabels: [Scalars]) -> DateLine? {
        guard let (date, range) = firstAbsoluteDate(s) else { return nil }
        let trimmed = s.trimmedRange(0..<s.count)
        var before = trimmed.lowerBound..<range.lowerBound
        var bulleted = false
        while !before.isEmpty, "•·-*▶▷■□◆◇>|".unicodeScalars.contains(s[before.lowerBound]) || s[before.lowerBound].isSpace {
            bulleted = bulleted || !s[before.lowerBound].isSpace
            before = (before.lowerBound + 1)..<before.upperBound
        }
        let after = skipTimeAndZone(s, from: range.upperBound)
        let hasTime = after > range.upperBound + 1
        let restAfter = s.trimmedRange(after..<trimmed.upperBound)
        let prefix = s.string(before)
        if editLabels.contains(where: { s.contains($0, in: before) }) {
            return DateLine(date: date, shape: .edited, bulleted: bulleted)
        }
        if labels.contains(where: { s.contains($0, in: before) }) {
            return DateLine(date: date, shape: .labeled, bulleted: bulleted)
        }
        let beforeText = prefix.trimmed
        if beforeText.isEmpty && restAfter.isEmpty {
            return DateLine(date: date, shape: .alone, bulleted: bulleted, timed: hasTime)
        }
        // A byline with its stamp: `홍길동 기자 | 2025.03.04 14:10`.
        if restAfter.isEmpty, beforeText.unicodeScalars.count < 40,
           beforeText.hasSuffix("|") || beforeText.hasSuffix("/") || beforeText.contains("기자") || beforeText.contains("특파원") {
            return DateLine(date: date, shape: .labeled, bulleted: bulleted)
        }
        // `2025-01-22 13:15:31"headline…"` or `headline… 2025-01-22`: a list of other articles.
        if (beforeText.isEmpty && hasTime) || (restAfter.isEmpty && s.count < 120) {
            return DateLine(date: date, shape: .listItem, bulleted: bulleted)
        }
        return DateLine(date: date, shape: .inText, bulleted: bulleted)
    }

    /// Year-month-day with `.`, `-` or `/` (optionally spaced: `2025. 9. 11.`), or `YYYY년 M월 D일`.
    static func firstAbsoluteDate(_ s: Scalars) -> (PartialDate, Range<Int>)? {
        var i = 0
        while i < s.count {
            guard s[i].isASCIIDigit, i == 0 || !s[i - 1].isASCIIDigit else { i += 1; continue }
            var j = i
            guard let (year, afterYear) = number(s, from: j, maxDigits: 4), afterYear - j == 4, (1990...2100).contains(year) else { i += 1; continue }
            j = afterYear
            if j < s.count, s[j] == "년" {
                var k = j + 1
                while k < s.count, s[k] == " " { k += 1 }
                if let (m, am) = number(s, from: k, maxDigits: 2), am < s.count, s[am] == "월", (1...12).contains(m) {
                    var l = am + 1
                    while l < s.count, s[l] == " " { l += 1 }
                    if let (d, ad) = number(s, from: l, maxDigits: 2), ad < s.count, s[ad] == "일",
                       let date = PartialDate(year: year, month: m, day: d) {
                        return (date, i..<(ad + 1))
                    }
                }
                i = j
                continue
            }
            guard j < s.count, ".-/".unicodeScalars.contains(s[j]) else { i = j; continue }
            let sep = s[j]
            var k = j + 1
            while k < s.count, s[k] == " " { k += 1 }
            guard let (m, am) = number(s, from: k, maxDigits: 2), am < s.count, s[am] == sep else { i = j; continue }
            var l = am + 1
            while l < s.count, s[l] == " " { l += 1 }
            guard let (d, ad) = number(s, from: l, maxDigits: 2), ad == s.count || !s[ad].isASCIIDigit,
                  let date = PartialDate(year: year, month: m, day: d) else { i = j; continue }
            var end = ad
            if end < s.count, s[end] == "." { end += 1 }
            return (date, i..<end)
        }
        return nil
    }

    static func number(_ s: Scalars, from: Int, maxDigits: Int) -> (Int, Int)? {
        var j = from, v = 0
        while j < s.count, j - from < maxDigits, s[j].isASCIIDigit {
            v = v * 10 + Int(s[j].value - 0x30)
            j += 1
        }
        return j > from ? (v, j) : nil
    }

    /// Skips ` 15:50:25`, ` 11:53 KST`, ` (일)`, `오후 3:10` after a date.
    static func skipTimeAndZone(_ s: Scalars, from: Int) -> Int {
        var j = from
        let skippable: Set<String> = ["KST", "UTC", "GMT", "오전", "오후", "AM", "PM", "am", "pm"]
        while j < s.count {
            var k = j
            while k < s.count, s[k] == " " { k += 1 }
            guard k < s.count else { return k }
            if s[k].isASCIIDigit {
                var l = k
                while l < s.count, s[l].isASCIIDigit || s[l] == ":" { l += 1 }
                // `15:50:25`, or the Korean `14시 05분`.
                if l < s.count, s[l] == "시" || s[l] == "분" || s[l] == "초" { j = l + 1; continue }
                guard s.string(k..<l).contains(":") else { return j }
                j = l
            } else if s[k] == "(", k + 2 < s.count, s[k + 2] == ")", "월화수목금토일".unicodeScalars.contains(s[k + 1]) {
                j = k + 3
            } else {
                var l = k
                while l < s.count, s[l].isLatinLetter || s[l].isHangulSyllable { l += 1 }
                guard l > k, skippable.contains(s.string(k..<l)) else { return j }
                j = l
            }
        }
        return j
    }
}
