import Events

/// Reads Korean sums of money: digits with the units 만 (10⁴), 억 (10⁸), 조 (10¹²), with 천/백/십
/// inside a group (`28억8천만위안`), and a currency word. `약` is kept in the text; a vague
/// amount (`수조원`, `수천억원`) keeps its text and a range (2-9 of the unit), never a value.
public enum AmountParser {
    private static let units: [(String, Double)] = [("조", 1e12), ("억", 1e8), ("만", 1e4)]
    private static let smallUnits: [(String, Double)] = [("천", 1e3), ("백", 1e2), ("십", 1e1)]
    private static let currencies: [(String, String)] = [
        ("달러", "USD"), ("불", "USD"), ("원", "KRW"), ("위안", "CNY"), ("엔", "JPY"), ("유로", "EUR"), ("파운드", "GBP"),
    ]

    /// The amounts in `text`, in order.
    public static func amounts(in text: String) -> [Amount] {
        amounts(in: text.scalars).map(\.amount)
    }

    static func amounts(in s: Scalars) -> [(amount: Amount, start: Int, end: Int)] {
        var out: [(Amount, Int, Int)] = []
        var i = 0
        while i < s.count {
            let wordStart = i == 0 || !(s[i - 1].isHangulSyllable || s[i - 1].isASCIIDigit || s[i - 1] == "," || s[i - 1] == ".")
            if wordStart, let (amount, end) = parse(s, at: i) {
                var start = i
                // `약 632조원`: the hedge belongs to the text.
                if start >= 2, s[start - 1] == " ", s[start - 2] == "약" { start -= 2 } else if start >= 1, s[start - 1] == "약" { start -= 1 }
                let a = Amount(value: amount.value, low: amount.low, high: amount.high, currency: amount.currency, text: s.string(start..<end))
                out.append((a, start, end))
                i = end
                continue
            }
            i += 1
        }
        return out
    }

    /// Where a sum of money that starts at `i` ends (`300억원`, `1조 2000억 원`, `4억 5000만 달러`),
    /// or nil when none starts there.
    static func end(ofAmountAt i: Int, in s: Scalars) -> Int? {
        parse(s, at: i)?.1
    }

    /// A price told with 에 that starts at `from` (`300억원에`, `약 300억원에`, `4억 5000만 달러에`):
    /// where its amount starts (after `약 `) and ends, and where its 에 ends; nil when none starts there.
    /// - Parameter gloss: whether an aside of under 40 scalars may stand between the amount and 에
    ///   (`4억 5000만 달러(약 6000억원)에`).
    static func dativePrice(_ s: Scalars, from: Int, gloss: Bool) -> (amountStart: Int, amountEnd: Int, end: Int)? {
        var k = from
        if k + 1 < s.count, s[k] == "약", s[k + 1] == " " { k += 2 }
        guard k < s.count, let amountEnd = end(ofAmountAt: k, in: s) else { return nil }
        var e = amountEnd
        if gloss, e < s.count, s[e] == "(", let close = s[e...].firstIndex(of: ")"), close - e < 40 { e = close + 1 }
        guard e < s.count, s[e] == "에" else { return nil }
        return (k, amountEnd, e + 1)
    }

    /// One amount starting at `i`: a number with Korean units, then a currency (white space allowed).
    private static func parse(_ s: Scalars, at i: Int) -> (Amount, Int)? {
        var j = i
        var total = 0.0
        if !s[j].isASCIIDigit {
            // Vague: 수조원, 수천억원, 수십억 달러 — a range of 2-9 of the unit.
            guard s[j] == "수" else { return nil }
            var m = j + 1, lo = 2.0, hi = 9.0
            if m < s.count, let small = smallUnits.first(where: { s.matches($0.0.scalars, at: m) }) {
                lo *= small.1
                hi *= small.1
                m += 1
            }
            guard m < s.count, let unit = units.first(where: { s.matches($0.0.scalars, at: m) }) else { return nil }
            m += 1
            while m < s.count, s[m] == " " { m += 1 }
            guard let (currency, end) = currency(s, at: m) else { return nil }
            return (Amount(low: lo * unit.1, high: hi * unit.1, currency: currency, text: ""), end)
        }
        while j < s.count {
            guard let (group, afterGroup) = groupValue(s, at: j) else { break }
            var k = afterGroup
            if k < s.count, let unit = units.first(where: { s.matches($0.0.scalars, at: k) }) {
                total += group * unit.1
                k += 1
                j = k
                // `1조 2000억 원`, `4억 5000만 달러`: the standard spelling spaces by 만 units; a
                // smaller group may follow after one space.
                if j + 1 < s.count, s[j] == " ", s[j + 1].isASCIIDigit, let (_, next) = groupValue(s, at: j + 1),
                   next < s.count, let smaller = units.first(where: { s.matches($0.0.scalars, at: next) }), smaller.1 < unit.1 {
                    j += 1
                }
                continue
            }
            total += group
            j = k
            break
        }
        guard j > i else { return nil }
        var k = j
        while k < s.count, s[k] == " " { k += 1 }
        guard let (currency, end) = currency(s, at: k) else { return nil }
        return (Amount(value: total, currency: currency, text: ""), end)
    }

    /// `4,550`, `1576`, `8천`, `2천800`, `1.5` → value, and where it ends.
    private static func groupValue(_ s: Scalars, at i: Int) -> (Double, Int)? {
        var j = i
        var digits = ""
        while j < s.count, s[j].isASCIIDigit || (s[j] == "," && j + 1 < s.count && s[j + 1].isASCIIDigit)
            || (s[j] == "." && j + 1 < s.count && s[j + 1].isASCIIDigit) {
            if s[j] != "," { digits.unicodeScalars.append(s[j]) }
            j += 1
        }
        guard var value = Double(digits), !digits.isEmpty else { return nil }
        // `8천만`, `2천800`: thousands inside a 만/억 group.
        if j < s.count, let small = smallUnits.first(where: { s.matches($0.0.scalars, at: j) }) {
            value *= small.1
            j += 1
            if j < s.count, s[j].isASCIIDigit, let (rest, end) = groupValue(s, at: j) {
                value += rest
                j = end
            }
        }
        return (value, j)
    }

    private static func currency(_ s: Scalars, at k: Int) -> (String, Int)? {
        for (word, code) in currencies where s.matches(word.scalars, at: k) {
            let end = k + word.unicodeScalars.count
            // `원` must not start a longer word (원장, 원격).
            if code == "KRW" || code == "JPY", end < s.count, s[end].isHangulSyllable,
               !"을를이가은는의에과와도으대대로만씩어".unicodeScalars.contains(s[end]) { return nil }
            return (code, end)
        }
        return nil
    }
}
