/// Korean sentence splitting. A sentence ends at a line break, or at `.`, `?`, `!` (with any
/// closing quotes) followed by white space, a Hangul syllable or the end. Dumps often lose the space
/// after a period (`넘었다.멜리우스`), so a Hangul syllable after the period also ends a sentence;
/// a period between digits (`4.5일`, `9.84%`) or inside a Latin abbreviation (`J.D`) does not.
public enum SentenceSplitter {
    /// Sentence ranges (scalar offsets into `text`), trimmed, non-empty.
    static func split(_ s: Scalars) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        func emit(_ end: Int) {
            let r = s.trimmedRange(start..<end)
            if !r.isEmpty { out.append(r) }
            start = end
        }
        var i = 0
        // A period inside a quotation does not end the sentence that quotes it; an unbalanced
        // quote stops counting after a while: 300 scalars for speech (“ or "), which may hold
        // several sentences, 60 for a name or title (‘누리랩스’, 「…」, 《…》), which holds none,
        // so a lost closing mark (‘테크리뷰에 따르면) does not join the sentences after it.
        var curly = 0, straight = false, quoteStart = 0, quoteLimit = 300
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                emit(i)
                curly = 0
                straight = false
                i += 1
                continue
            }
            if c.isOpeningQuote || (c == "\"" && !straight) {
                if curly == 0 && !straight {
                    quoteStart = i
                    quoteLimit = c == "\"" || c.value == 0x201C ? 300 : 60
                }
                if c == "\"" { straight = true } else { curly += 1 }
            } else if c.isClosingQuote || c == "'" && curly > 0 {
                // A straight apostrophe may close a curly quote (`‘오로라 시맨틱'`), as copied text mixes them.
                curly = max(0, curly - 1)
            } else if c == "\"" {
                straight = false
            }
            let quoted = (curly > 0 || straight) && i - quoteStart < quoteLimit
            if !quoted, c == "." || c == "?" || c == "!" || c == "。" {
                if c == ".", i > 0, s[i - 1].isASCIIDigit, i + 1 < s.count, s[i + 1].isASCIIDigit {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < s.count, s[j].isClosingQuote || s[j] == "\"" || s[j] == "'" || s[j] == ")" { j += 1 }
                if j == s.count || s[j].isSpace || (s[j].isHangulSyllable && i > 0 && s[i - 1].isHangulSyllable) {
                    emit(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        emit(s.count)
        return out
    }

    /// The sentences of `text`.
    public static func sentences(_ text: String) -> [String] {
        let s = text.scalars
        return split(s).map { s.string($0) }
    }
}
