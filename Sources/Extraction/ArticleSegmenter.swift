import Events

/// One article cut out of a dump: its body lines (page furniture removed) and its publication date.
public struct SegmentedArticle: Sendable, Equatable {
    public enum DateSource: String, Sendable {
        /// A labeled stamp such as `기사승인 : 2024-04-12`.
        case label
        /// The date line that closes an article on a search-result page.
        case closingLine
        /// A date line near the top of an article.
        case headerLine
        /// Given by the user (`--published`).
        case override
        case none
    }

    public var lines: [String]
    public var published: PartialDate
    public var dateSource: DateSource

    public var text: String { lines.joined(separator: "\n") }
}

/// Splits a dump into articles, line by line, so a file of any size streams through.
///
/// Dumps come in two shapes. A search-result page is a run of articles, each followed by a line
/// holding only its date: such a line closes the article before it. A single article carries a
/// labeled stamp (기사승인, 입력) or a date line, among widgets, bylines, related-article lists and
/// comment boxes, which are dropped. A date glued to a headline belongs to a related-articles
/// list and is never taken; a bulleted date belongs to a widget.
public struct ArticleSegmenter: Sendable {
    /// Body text an article needs before a date line may close it: shorter text is a headline.
    static let minimumBody = 80
    /// A longer article is cut, so one runaway file cannot hold memory.
    static let maximumBody = 400_000
    static let reporter = "기자".scalars
    static let correspondent = "특파원".scalars

    private let rules: SegmentationRules
    private var lines: [String] = []
    private var bodyLength = 0
    private var labeled: PartialDate?
    private var header: PartialDate?
    private var previousWasList = false
    private var endsLikeSentence = false
    /// The line before was a stamp's label alone (`입력`, `수정 :`): the date line after it is that stamp.
    private var labelBefore: StampLabel? = nil

    enum StampLabel { case published, edited }

    public init(lexicon: Lexicon) {
        rules = SegmentationRules(lexicon.segmentation)
    }

    /// Feeds one line; returns the articles it completes.
    public mutating func feed(_ rawLine: String) -> [SegmentedArticle] {
        let line = rawLine.trimmed
        if line.isEmpty { return [] }
        let scalars = line.scalars
        let label = labelBefore
        labelBefore = rules.stampLabel(scalars)
        // `입력` on a line of its own, its date on the next: the label is no body.
        if labelBefore != nil { return [] }
        if let d = DateLine.parse(scalars, labels: rules.dateLabels, editLabels: rules.editLabels), d.shape != .inText {
            defer { previousWasList = d.shape == .listItem }
            if d.shape == .alone, let label {
                if label == .published, labeled == nil { labeled = d.date }
                return []
            }
            switch d.shape {
            case .labeled:
                if labeled == nil { labeled = d.date }
                return []
            case .edited, .listItem, .inText:
                return []
            case .alone:
                if d.bulleted || previousWasList { return [] }
                // A short block closes too when it reads as a sentence: headlines rarely end in 다.
                // One that does (`…택배가 스마트해진다`), a lone line with no period above a stamp
                // with its time, heads the article that the stamp dates.
                let headline = lines.count == 1 && d.timed && lines[0].unicodeScalars.last == "다"
                if bodyLength >= ArticleSegmenter.minimumBody || (bodyLength >= 15 && endsLikeSentence && !headline) {
                    // Pages that put each article's date before it: the article already has its
                    // date, so this line opens the next one.
                    if header != nil {
                        let article = close(closingDate: nil)
                        header = d.date
                        return [article]
                    }
                    return [close(closingDate: d.date)]
                }
                if header == nil { header = d.date }
                return []
            }
        }
        previousWasList = false
        if rules.isFurniture(line, scalars) { return [] }
        let body = rules.strippingByline(line)
        if body.isEmpty { return [] }
        lines.append(body)
        bodyLength += body.unicodeScalars.count
        let tail = body.unicodeScalars.suffix(2)
        endsLikeSentence = tail.last == "다" || Array(tail) == ["다", "."] || Array(tail) == ["요", "."] || Array(tail) == [".", "\""]
        if bodyLength >= ArticleSegmenter.maximumBody {
            // The rest of a cut article is the same article: it keeps the date found at its top.
            let (keptLabel, keptHeader) = (labeled, header)
            let piece = close(closingDate: nil)
            (labeled, header) = (keptLabel, keptHeader)
            return [piece]
        }
        return []
    }

    /// Ends the input; returns the last article, if it has any body.
    public mutating func finish() -> [SegmentedArticle] {
        guard bodyLength >= 10 else {
            reset()
            return []
        }
        return [close(closingDate: nil)]
    }

    private mutating func close(closingDate: PartialDate?) -> SegmentedArticle {
        let article: SegmentedArticle
        if let labeled {
            article = SegmentedArticle(lines: lines, published: labeled, dateSource: .label)
        } else if let closingDate {
            article = SegmentedArticle(lines: lines, published: closingDate, dateSource: .closingLine)
        } else if let header {
            article = SegmentedArticle(lines: lines, published: header, dateSource: .headerLine)
        } else {
            article = SegmentedArticle(lines: lines, published: .unknown, dateSource: .none)
        }
        reset()
        return article
    }

    private mutating func reset() {
        lines = []
        bodyLength = 0
        labeled = nil
        header = nil
        previousWasList = false
        endsLikeSentence = false
        labelBefore = nil
    }

    /// Segments a whole text at once (tests, small inputs).
    public static func segment(_ text: String, lexicon: Lexicon) -> [SegmentedArticle] {
        var segmenter = ArticleSegmenter(lexicon: lexicon)
        var out: [SegmentedArticle] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += segmenter.feed(String(line))
        }
        return out + segmenter.finish()
    }
}

/// The furniture rules of segmentation.json, prepared for matching.
struct SegmentationRules: Sendable {
    let markers: PatternSet
    let shortMarkers: PatternSet
    let shortLength: Int
    let wholeLines: Set<String>
    let dateLabels: [Scalars]
    let editLabels: [Scalars]

    init(_ f: SegmentationFile) {
        markers = PatternSet(f.furnitureMarkers)
        shortMarkers = PatternSet(f.shortLineMarkers)
        shortLength = f.shortLineLength
        wholeLines = Set(f.furnitureLines)
        dateLabels = f.dateLabels.map(\.scalars)
        editLabels = f.editLabels.map(\.scalars)
    }

    func isFurniture(_ line: String, _ s: Scalars) -> Bool {
        var k = 0
        while k < s.count, "•·*▶▷■□◆◇".unicodeScalars.contains(s[k]) || s[k].isSpace { k += 1 }
        if k == s.count { return true }
        if s.count - k <= 12, wholeLines.contains(s.string(k..<s.count)) { return true }
        if markers.occurs(in: s) { return true }
        let length = s.count
        // A short line naming a share button is furniture, unless it reads as a sentence
        // (`…페이스북과 트위터 접속을 차단했다.`).
        if length < shortLength, shortMarkers.occurs(in: s), !SegmentationRules.readsAsSentence(s) { return true }
        // An e-mail address alone, or a byline alone (권하영 기자, CWN 서종열 기자).
        if length < 40, !s.contains(" "), s.contains("@") { return true }
        if length < 25, s.matches(ArticleSegmenter.reporter, at: length - 2) || s.matches(ArticleSegmenter.correspondent, at: length - 3) { return true }
        return false
    }

    /// The label of a stamp written alone on its line (`입력`, `수정 :`, `기사입력`), whose date follows
    /// on the next line; nil for any other line.
    func stampLabel(_ s: Scalars) -> ArticleSegmenter.StampLabel? {
        var k = s.count
        while k > 0, s[k - 1] == ":" || s[k - 1].isSpace { k -= 1 }
        guard k > 0, k <= 8 else { return nil }
        let word = Scalars(s[0..<k])
        if dateLabels.contains(where: { $0 == word }) { return .published }
        if editLabels.contains(where: { $0 == word }) { return .edited }
        return nil
    }

    /// Whether a line ends as a Korean sentence does: in 다 or 요, with a period or a closing quote.
    static func readsAsSentence(_ s: Scalars) -> Bool {
        var k = s.count
        while k > 0, s[k - 1] == "." || s[k - 1] == "\"" || s[k - 1].isClosingQuote || s[k - 1].isSpace { k -= 1 }
        return k > 0 && k < s.count && (s[k - 1] == "다" || s[k - 1] == "요")
    }

    /// Drops a leading `[디지털데일리 권하영기자]` or `(서울=연합뉴스) 홍길동 기자 =`.
    func strippingByline(_ line: String) -> String {
        guard let open = line.unicodeScalars.first, open == "[" || open == "(" || open == "【" else { return line }
        let s = line.scalars
        let close: Unicode.Scalar = open == "[" ? "]" : open == "(" ? ")" : "】"
        guard let end = s.firstIndex(of: close), end < 60 else { return line }
        let inside = s.string(1..<end)
        // `(자카르타= 박의래 특파원 = 호주 정부가 … 인공지능(AI) …`: a byline whose closing mark a copying
        // site dropped; the mark found belongs to the text. Only the byline goes.
        if open == "(", inside.contains("("), let eq = line.range(of: " = ", range: line.index(after: line.startIndex)..<line.endIndex),
           line[..<eq.lowerBound].hasSuffix("특파원") || line[..<eq.lowerBound].hasSuffix("기자") {
            return String(line[eq.upperBound...]).trimmed
        }
        guard inside.contains("기자") || inside.contains("특파원") || inside.contains("=") || inside.contains("뉴스") else { return line }
        var rest = s.string((end + 1)..<s.count).trimmed
        // `(서울=연합뉴스) 홍길동 기자 = 본문`
        if let eq = rest.range(of: " = "), rest[..<eq.lowerBound].hasSuffix("기자") { rest = String(rest[eq.upperBound...]) }
        return rest.trimmed
    }
}
