// Text is handled as arrays of Unicode scalars: offsets are then the scalar offsets that event
// spans are defined in, and indexing is O(1), which String.Index is not.
typealias Scalars = [Unicode.Scalar]

extension Unicode.Scalar {
    var isHangulSyllable: Bool { (0xAC00...0xD7A3).contains(value) }
    var isLatinLetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    var isUpperLatin: Bool { (0x41...0x5A).contains(value) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
    /// A letter or digit of a word: Hangul, Latin, ASCII digits, or any other Alphabetic scalar
    /// (in ASCII only the Latin letters are Alphabetic, so white space and punctuation there are
    /// answered without a property lookup).
    var isWordScalar: Bool {
        if value < 0x80 { return isLatinLetter || isASCIIDigit }
        return isHangulSyllable || properties.isAlphabetic
    }
    /// Unicode's White_Space. Asked of nearly every scalar of every sentence, so the answer for
    /// ASCII and for everything above U+3000 (Hangul among it; White_Space holds nothing there)
    /// is given without a property lookup.
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value > 0x3000 { return false }
        return properties.isWhitespace
    }
    /// A Hangul syllable ending in a consonant (받침).
    var hasFinalConsonant: Bool { isHangulSyllable && (value - 0xAC00) % 28 != 0 }
    /// A Hangul syllable ending in ㄹ, which takes the vowel forms of 로/으로.
    var hasFinalRieul: Bool { isHangulSyllable && (value - 0xAC00) % 28 == 8 }
    /// A Hangul syllable ending in ㄴ (`한`, `는`, `된`).
    var hasFinalNieun: Bool { isHangulSyllable && (value - 0xAC00) % 28 == 4 }
    /// A quotation mark that may open a quoted name: a straight one or an opening one.
    var opensAQuote: Bool { isStraightQuote || isOpeningQuote }
    var isOpeningQuote: Bool {
        switch value {
        // `<포트나이트>`: a title in angle brackets, as game and film news writes them.
        case 0x201C, 0x2018, 0x300C, 0x300E, 0x300A, 0x3008, 0x3C: true
        default: false
        }
    }
    /// `‘오로라 시맨틱'`, `‘CES 2025′`: a straight apostrophe or a prime closes a curly single quote
    /// left open (`opened` is the innermost open mark), as copied text mixes them.
    func closesSingleQuote(opened: Unicode.Scalar?) -> Bool {
        (self == "'" || self == "\u{2032}") && opened == "\u{2018}"
    }

    var isClosingQuote: Bool {
        switch value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x300B, 0x3009, 0x3E: true
        default: false
        }
    }
    var isStraightQuote: Bool { self == "\"" || self == "'" }
}

extension Array where Element == Unicode.Scalar {
    init(_ s: String) { self = Array(s.unicodeScalars) }

    /// The text of `range`. Encodes UTF-8 by hand: appending scalars to a String takes a slow
    /// transcoding path that dominated extraction time.
    func string(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var n = 0
            for i in range {
                let v = self[i].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | v >> 6); buffer[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | v >> 12); buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | v >> 18); buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }

    var string: String { string(0..<count) }

    /// Whether `pattern` occurs at `index`.
    func matches(_ pattern: Scalars, at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= count else { return false }
        for k in 0..<pattern.count where self[index + k] != pattern[k] { return false }
        return true
    }

    func firstIndex(of pattern: Scalars, from: Int = 0, to end: Int? = nil) -> Int? {
        let limit = (end ?? count) - pattern.count
        guard !pattern.isEmpty, from <= limit else { return nil }
        var i = from
        while i <= limit {
            if self[i] == pattern[0] && matches(pattern, at: i) { return i }
            i += 1
        }
        return nil
    }

    func contains(_ pattern: Scalars, in range: Range<Int>) -> Bool {
        firstIndex(of: pattern, from: range.lowerBound, to: range.upperBound) != nil
    }

    func trimmedRange(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, self[lo].isSpace { lo += 1 }
        while hi > lo, self[hi - 1].isSpace { hi -= 1 }
        return lo..<hi
    }
}

extension String {
    var scalars: Scalars { Array(unicodeScalars) }
    var trimmed: String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !$0.isSpace }), let last = s.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(s[first...last])
    }
}

/// Marks the positions that lie inside quotation marks or parentheses, which change how a
/// word there is read: a quote is speech or a title, a parenthesis a gloss or an aside.
struct Nesting {
    let inQuote: [Bool]
    let parenDepth: [Int]

    init(_ s: Scalars) {
        var q = [Bool](repeating: false, count: s.count)
        var p = [Int](repeating: 0, count: s.count)
        var curly = 0, straightDouble = false, straightSingle = false, depth = 0
        // A parenthesis that never closes in the sentence (`(자카르타= 박의래 특파원 = 호주 정부가 …`, a
        // byline cut by a copying site) opens no aside: only matched pairs count.
        var matched = [Bool](repeating: false, count: s.count)
        var open: [Int] = []
        for (i, c) in s.enumerated() {
            if c == "(" || c == "（" { open.append(i) } else if c == ")" || c == "）", let o = open.popLast() { matched[o] = true; matched[i] = true }
        }
        // Likewise a quotation mark that never closes in the sentence (`통신은 "A가 …했다고 밝혔다.`, a
        // mark lost in copying) opens no speech: the rest of the sentence is read as told.
        var quoteMatched = [Bool](repeating: false, count: s.count)
        var pending: [Int] = []
        var straightOpen: Int? = nil
        for (i, c) in s.enumerated() {
            if c.isOpeningQuote { pending.append(i) }
            else if c.isClosingQuote || c.closesSingleQuote(opened: pending.last.map { s[$0] }), let o = pending.popLast() { quoteMatched[o] = true }
            if c == "\"" {
                if let o = straightOpen { quoteMatched[o] = true; quoteMatched[i] = true; straightOpen = nil } else { straightOpen = i }
            }
        }
        // The opening curly marks not yet closed, innermost last.
        var openers: [Unicode.Scalar] = []
        for (i, c) in s.enumerated() {
            if (c == ")" || c == "）") && matched[i] { depth = Swift.max(0, depth - 1) }
            // `‘오로라 시맨틱 테크놀로지스'(OST) 인수`: a straight apostrophe closes a curly single
            // quote left open, as copied text often mixes them; it opens nothing then.
            // So does a prime (`‘CES 2025′에서`).
            let closesCurly = c.closesSingleQuote(opened: openers.last)
            if c.isClosingQuote || closesCurly {
                curly = Swift.max(0, curly - 1)
                _ = openers.popLast()
            }
            let quoted = curly > 0 || straightDouble || straightSingle
            q[i] = quoted
            p[i] = depth
            if (c == "(" || c == "（") && matched[i] { depth += 1 }
            if c.isOpeningQuote && quoteMatched[i] {
                curly += 1
                openers.append(c)
            }
            if c == "\"" && quoteMatched[i] { straightDouble.toggle() }
            // An apostrophe inside a Latin word (Moody's) is not a quote.
            if c == "'" && !closesCurly && !(i > 0 && s[i - 1].isLatinLetter && i + 1 < s.count && s[i + 1].isLatinLetter) { straightSingle.toggle() }
        }
        inQuote = q
        parenDepth = p
    }
}

/// Finds any of a fixed set of strings in scalar text in one pass, indexing the patterns by their
/// first scalar: Foundation's `String.contains` per pattern is far too slow for every line of a corpus.
struct PatternSet: Sendable {
    private var index: [Unicode.Scalar: [Scalars]] = [:]
    /// The scalars some pattern starts with: most positions are rejected without hashing.
    private var starts = [Bool](repeating: false, count: 0x10000)

    init(_ patterns: [String]) {
        for p in patterns {
            let s = p.scalars
            guard let first = s.first else { continue }
            index[first, default: []].append(s)
            if first.value < 0x10000 { starts[Int(first.value)] = true }
        }
    }

    @inline(__always) private func mayStart(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x10000 || starts[Int(c.value)]
    }

    /// The first pattern found in `s[range]` (it must end inside the range), if any.
    func first(in s: Scalars, range: Range<Int>) -> Scalars? {
        for i in range {
            guard mayStart(s[i]), let candidates = index[s[i]] else { continue }
            for p in candidates where i + p.count <= range.upperBound && s.matches(p, at: i) { return p }
        }
        return nil
    }

    func occurs(in s: Scalars) -> Bool {
        for i in 0..<s.count {
            guard mayStart(s[i]), let candidates = index[s[i]] else { continue }
            for p in candidates where s.matches(p, at: i) { return true }
        }
        return false
    }
}
