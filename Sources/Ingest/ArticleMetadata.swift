import Events
import Foundation

/// What a reader needs to cite an article, as ingest finds it: headline, publisher, URL and
/// publication date. Each field is nil when not found.
///
/// Where each comes from, strongest first (`IngestPipeline` applies it):
/// - a front-matter block at the top of a text file (`FrontMatter`): what the user says wins;
/// - publisher and URL: the page's HTML metadata (`<meta property="og:site_name">`,
///   `<link rel="canonical">`, `og:url`), then the article's own lines: its byline
///   (`[디지털데일리 권하영기자]`, `(서울=연합뉴스) 홍길동 기자 =`, `서울경제 = 홍길동 기자`), its copyright
///   line (`Copyright ⓒ 디지털데일리`, `저작권자 © 서울경제, 무단 전재 및 재배포 금지`) or a site line
///   (`PublisherLines`);
/// - publication date: the date the article prints (`ArticleSegmenter`), then the page's
///   `article:published_time`, then `--published`;
/// - headline: the text's first line (`IngestPipeline.headline`). `og:title` is read but not
///   used: a record's headline is part of its claim, so a new headline for an ingested page would
///   make its re-ingest a conflict.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var published: PartialDate?

    public init(title: String? = nil, publisher: String? = nil, url: String? = nil, published: PartialDate? = nil) {
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
    }

    /// These fields, each filled from `weaker` where this one has none.
    public func over(_ weaker: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(title: title ?? weaker.title, publisher: publisher ?? weaker.publisher,
                        url: url ?? weaker.url, published: published ?? weaker.published)
    }

    /// Longest publisher and URL kept, in characters (longer values are dropped, not cut: a cut URL cites nothing).
    static let maximumPublisher = 60
    static let maximumURL = FieldLimits.url

    /// A publisher as found: trimmed, no control characters, 2...60 characters; nil otherwise.
    static func cleanPublisher(_ s: String) -> String? {
        var t = Escaped.droppingControls(s).trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,·|-–—<>[]")))
        // Parentheses stay when they pair (`CWN(CHANGE WITH NEWS)`), else go.
        if t.hasPrefix("("), !t.contains(")") { t.removeFirst() }
        if t.hasSuffix(")"), !t.contains("(") { t.removeLast() }
        if t.contains("("), !t.contains(")") { t += ")" }
        t = t.trimmingCharacters(in: .whitespaces)
        guard t.count >= 2, t.count <= maximumPublisher, !t.contains("@"), !t.contains("기자") else { return nil }
        return t
    }

    /// A URL as found: http(s) only, no white space or control characters, within the interchange's limit.
    static func cleanURL(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), t.utf8.count <= maximumURL,
              !t.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return t
    }
}

/// A front-matter block: the first lines of a text file, between two lines `---`, holding
/// `key: value` lines. Keys: `published` (YYYY-MM-DD, YYYY-MM or YYYY), `url`, `publisher`,
/// `title`; values may be quoted; other keys are ignored. It describes every article of the
/// file (give one article per file when it names a URL or title) and overrides what the page
/// shows.
///
///     ---
///     published: 2024-06-04
///     publisher: 한빛일보
///     url: https://news.example/a/1
///     title: KT, MS와 클라우드 협력
///     ---
public struct FrontMatter: Sendable {
    enum State { case start, opened, inside, done }
    private var state = State.start
    private var held: [String] = []
    private var openedAt = 0
    public private(set) var metadata = ArticleMetadata()

    public init() {}

    static let keys: Set<String> = ["published", "url", "publisher", "title"]

    /// Reads one line of a text file; returns the lines to pass on as text: none while the line
    /// belongs to the front matter, the line itself otherwise (with a held `---` when the block
    /// turned out to be no front matter).
    /// - Throws: `IngestError` for a `published` that is no date, or a URL that is no http(s) URL.
    public mutating func read(_ line: String, lineNumber: Int) throws -> [String] {
        // Past the front matter (nearly every line), the line is passed on untrimmed.
        switch state {
        case .done:
            return [line]
        case .start:
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return [line] }
            if t == "---" {
                state = .opened
                openedAt = lineNumber
                held = [line]
                return []
            }
            state = .done
            return [line]
        case .opened, .inside:
            let t = line.trimmingCharacters(in: .whitespaces)
            if t == "---", state == .inside {
                state = .done
                held = []
                return []
            }
            if t.isEmpty { return [] }
            guard let (key, value) = Self.pair(t) else {
                if state == .inside {
                    throw IngestError("line \(lineNumber): the front matter opened by '---' at line \(openedAt) holds a line that is no `key: value`; close it with a line '---' before the text")
                }
                state = .done
                defer { held = [] }
                return held + [line]
            }
            state = .inside
            try take(key, value, lineNumber: lineNumber)
            return []
        }
    }

    /// The end of the file: a held `---` with nothing after it is text.
    /// - Throws: `IngestError` when a front matter was never closed.
    public mutating func finish() throws -> [String] {
        switch state {
        case .inside: throw IngestError("the front matter opened by '---' at line \(openedAt) is never closed; end it with a line '---'")
        case .opened:
            state = .done
            defer { held = [] }
            return held
        default: return []
        }
    }

    static func pair(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_" || $0 == "-") }) else { return nil }
        var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            value = String(value.dropFirst().dropLast())
        }
        return (key, value)
    }

    mutating func take(_ key: String, _ value: String, lineNumber: Int) throws {
        guard Self.keys.contains(key), !value.isEmpty else { return }
        switch key {
        case "published":
            guard let d = PartialDate(parsing: value) else {
                throw IngestError("line \(lineNumber): front matter published \(Escaped.quoted(value)) is not a date; write YYYY-MM-DD")
            }
            metadata.published = d
        case "url":
            guard let u = ArticleMetadata.cleanURL(value) else {
                throw IngestError("line \(lineNumber): front matter url \(Escaped.quoted(value)) is not an http(s) URL; write the article's address")
            }
            metadata.url = u
        case "publisher": metadata.publisher = ArticleMetadata.cleanPublisher(value) ?? metadata.publisher
        default: metadata.title = String(Escaped.droppingControls(value).prefix(ArticleRecord.maximumHeadline))
        }
    }
}

/// The citation metadata an HTML page declares in its `<meta>` and `<link>` tags: `og:site_name`
/// (publisher), `og:url` and `<link rel="canonical">` (URL; the canonical link wins), `og:title`
/// (headline) and `article:published_time` (publication date, its date part as written). Fed
/// the raw lines before tags are stripped; a tag must sit on one line.
public struct HTMLMetadata: Sendable {
    public private(set) var metadata = ArticleMetadata()
    private var canonical: String?
    private var ogURL: String?

    public init() {}

    public var found: ArticleMetadata {
        var m = metadata
        m.url = canonical ?? ogURL
        return m
    }

    static let tag = try! NSRegularExpression(pattern: "<(meta|link)\\s[^>]*>", options: [.caseInsensitive])
    static let attribute = try! NSRegularExpression(pattern: "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", options: [])

    /// Reads the tags of one raw line.
    public mutating func scan(_ line: String) {
        // Every tag holds a '<': most lines hold none, and need no case-insensitive search.
        guard line.utf8.contains(UInt8(ascii: "<")),
              line.range(of: "<meta", options: .caseInsensitive) != nil || line.range(of: "<link", options: .caseInsensitive) != nil else { return }
        let ns = line as NSString
        for m in Self.tag.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
            let tag = ns.substring(with: m.range)
            var attrs: [String: String] = [:]
            let tns = tag as NSString
            for a in Self.attribute.matches(in: tag, range: NSRange(location: 0, length: tns.length)) {
                let name = tns.substring(with: a.range(at: 1)).lowercased()
                let r = a.range(at: 3).location != NSNotFound ? a.range(at: 3) : a.range(at: 4)
                attrs[name] = Self.unescape(tns.substring(with: r))
            }
            if ns.substring(with: m.range(at: 1)).lowercased() == "link" {
                if attrs["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, let href = attrs["href"] {
                    canonical = canonical ?? ArticleMetadata.cleanURL(href)
                }
                continue
            }
            guard let key = (attrs["property"] ?? attrs["name"])?.lowercased(), let content = attrs["content"] else { continue }
            switch key {
            case "og:site_name": metadata.publisher = metadata.publisher ?? ArticleMetadata.cleanPublisher(content)
            case "og:url": ogURL = ogURL ?? ArticleMetadata.cleanURL(content)
            case "og:title":
                let t = Escaped.droppingControls(content).trimmingCharacters(in: .whitespaces)
                if !t.isEmpty, metadata.title == nil { metadata.title = String(t.prefix(ArticleRecord.maximumHeadline)) }
            case "article:published_time", "og:article:published_time", "pubdate", "date":
                if metadata.published == nil, let d = PartialDate(parsing: String(content.trimmingCharacters(in: .whitespaces).prefix(10))) {
                    metadata.published = d
                }
            default: break
            }
        }
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Finds an article's publisher in its own lines: a byline first, else a copyright line, else a
/// site line (a site's name beside the date, as search-result pages print it).
/// Korean news prints the outlet in a byline (`[디지털데일리 권하영기자]`, `(서울=연합뉴스) 홍길동
/// 기자 =`, `【서울=뉴시스】`, `서울경제 = 홍길동 기자`) or a copyright notice (`Copyright ⓒ
/// 디지털데일리. All rights reserved`, `<저작권자 © 서울경제, 무단 전재 및 재배포 금지>`).
public enum PublisherLines {
    /// The publisher the lines name, or nil.
    ///
    /// An article's lines are read up to three times here, on the thread that feeds the
    /// extractors: each reading first asks a cheap question of the raw line that every line it
    /// could accept answers yes (`LineShape`), and only those lines pay for Foundation's trimming,
    /// searching and pattern matching. The answers are the same as without the questions.
    public static func publisher(in lines: [String]) -> String? {
        for line in lines where LineShape.mayBeByline(line) { if let p = byline(line) { return p } }
        for line in lines.reversed() where LineShape.mayBeCopyright(line) { if let p = copyright(line) { return p } }
        for line in lines where LineShape.mayBeSiteLine(line) { if let p = siteLine(line) { return p } }
        return nil
    }

    static let siteDate = try! NSRegularExpression(
        pattern: #"^(.{2,30}?)\s*[·|ㅣ/]?\s*(\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?|\d{1,2}(분|시간|일) 전)(\s+\d{1,2}:\d{2}(:\d{2})?)?$"#)
    /// Words that stand before a date without naming an outlet (labels of dates, in segmentation.json's spirit).
    static let dateWords = ["입력", "승인", "수정", "등록", "발행", "게재", "송고", "업데이트", "작성", "기사", "최종", "날짜", "일시", "기자", "특파원"]

    /// The outlet of a site line: a short line holding a site's name and a date, as search-result
    /// pages print under each article (`가상일보 · 2024.06.10`, `ZDNet Korea 2024-06-10 10:21`).
    /// The name must not be a date label, and must be at least four Hangul syllables or hold a
    /// Latin letter or digit (two or three syllables are more often a reporter's name).
    static func siteLine(_ raw: String) -> String? {
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard line.count <= 50 else { return nil }
        let ns = line as NSString
        guard let m = siteDate.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let name = ns.substring(with: m.range(at: 1)).trimmingCharacters(in: .whitespaces)
        guard !dateWords.contains(where: { name.contains($0) }), !name.contains(":"), !name.contains("@") else { return nil }
        let hangul = name.unicodeScalars.filter { (0xAC00...0xD7A3).contains($0.value) }.count
        let other = name.unicodeScalars.contains { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        guard other || hangul >= 4 else { return nil }
        return ArticleMetadata.cleanPublisher(name)
    }

    static let brackets: [(Character, Character)] = [("[", "]"), ("(", ")"), ("【", "】"), ("〔", "〕")]
    static let reporters = ["기자", "특파원", "통신원"]
    static let captions = ["사진", "자료", "그래픽", "출처", "영상", "이미지", "표", "그림", "제공", "편집", "디자인"]

    /// The outlet of a byline at the start of a line.
    static func byline(_ raw: String) -> String? {
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard let first = line.first else { return nil }
        if let pair = brackets.first(where: { $0.0 == first }), let end = line.firstIndex(of: pair.1) {
            let inside = line[line.index(after: line.startIndex)..<end].trimmingCharacters(in: .whitespaces)
            guard inside.count <= 40 else { return nil }
            if let eq = inside.firstIndex(of: "=") {
                // Not a caption or a credit: `(사진=KT 제공)`, `[자료=과기정통부]`.
                if captions.contains(where: { inside.hasPrefix($0) }) || inside.hasSuffix("제공") { return nil }
                // `서울=연합뉴스` (place = outlet) or `디지털데일리 = 홍길동 기자` (outlet = reporter).
                let left = inside[..<eq].trimmingCharacters(in: .whitespaces), right = inside[inside.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                return isReporter(right) ? ArticleMetadata.cleanPublisher(left) : ArticleMetadata.cleanPublisher(right)
            }
            // `디지털데일리 권하영기자`, `CWN 서종열 기자`: the words before the reporter's name.
            var words = inside.split(separator: " ").map(String.init)
            guard words.count >= 2, isReporter(words.last!) else { return nil }
            words.removeLast()
            if reporters.contains(inside.split(separator: " ").last.map(String.init) ?? ""), words.count >= 2 { words.removeLast() }
            return ArticleMetadata.cleanPublisher(words.joined(separator: " "))
        }
        // `서울경제 = 홍길동 기자`
        if let eq = line.range(of: " = "), line.distance(from: line.startIndex, to: eq.lowerBound) <= 20 {
            let left = String(line[..<eq.lowerBound]), right = line[eq.upperBound...]
            let words = right.split(separator: " ", maxSplits: 3)
            guard words.count >= 1, words.prefix(2).contains(where: { w in reporters.contains { w.hasSuffix($0) } }) else { return nil }
            return ArticleMetadata.cleanPublisher(left)
        }
        return nil
    }

    static func isReporter(_ s: String) -> Bool { reporters.contains { s.hasSuffix($0) } }

    static let copyrightMarks = ["Copyrights", "Copyright", "COPYRIGHT", "copyright", "저작권자", "ⓒ", "Ⓒ", "©", "(c)", "(C)"]

    /// The holder of a copyright notice.
    static func copyright(_ raw: String) -> String? {
        var line = raw.trimmingCharacters(in: .whitespaces)
        guard line.count <= 120, copyrightMarks.contains(where: { line.contains($0) }) else { return nil }
        // The holder stands after the last mark, up to the end of its clause.
        for mark in copyrightMarks {
            if let r = line.range(of: mark, options: .backwards) { line = String(line[r.upperBound...]) }
        }
        for stop in [",", ". ", "|", "<", ">", "무단", "All rights", "all rights", "ALL RIGHTS", "/"] {
            if let r = line.range(of: stop) { line = String(line[..<r.lowerBound]) }
        }
        if line.hasSuffix(".") { line.removeLast() }
        // A year before the holder (`© 2024 ZDNet Korea`), a page number after it.
        let words = line.split(separator: " ").filter { !$0.allSatisfy(\.isNumber) && $0 != "-" }
        return ArticleMetadata.cleanPublisher(words.joined(separator: " "))
    }
}

/// The lines read since the last article was cut out: where its byline (near the top) and its
/// copyright line (near the end) stand. Bounded: the first 400 and the last 60 lines.
struct ArticleLines {
    private var head: [String] = []
    private var tail: [String] = []

    mutating func add(_ line: String) {
        if head.count < 400 {
            head.append(line)
        } else {
            tail.append(line)
            if tail.count > 60 { tail.removeFirst() }
        }
    }

    /// The lines kept, and a fresh start for the next article.
    mutating func take() -> [String] {
        defer {
            head = []
            tail = []
        }
        return head + tail
    }
}

/// Questions about a raw line that cost a pass over its bytes and no allocation. Each is true of
/// every line the reading it guards could accept, so skipping the lines it is false of changes no
/// answer of `PublisherLines`.
enum LineShape {
    /// Whether `PublisherLines.byline` could accept the line: after white space, an opening
    /// bracket of `PublisherLines.brackets`, or anywhere ` = `.
    static func mayBeByline(_ line: String) -> Bool {
        if let first = line.unicodeScalars.first(where: { !isWhitespace($0) }),
           PublisherLines.brackets.contains(where: { $0.0.unicodeScalars.first == first }) { return true }
        return line.utf8.firstRange(of: " = ".utf8) != nil
    }

    /// Whether `PublisherLines.copyright` could accept the line: it holds one of the marks byte
    /// for byte, or conjoining jamo (U+1100–U+11FF), with which 저작권자 may be spelt so that
    /// Foundation's search, which compares canonically equivalent text as equal, still finds it.
    static func mayBeCopyright(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            for i in bytes.indices {
                let b = bytes[i]
                // U+1100–U+11FF are E1 84 80 … E1 87 BF in UTF-8.
                if b == 0xE1, i + 1 < bytes.count, (0x84...0x87).contains(bytes[i + 1]) { return true }
                guard markStarts[Int(b)] else { continue }
                for mark in marks where mark[0] == b && bytes.count - i >= mark.count {
                    if mark.indices.allSatisfy({ bytes[i + $0] == mark[$0] }) { return true }
                }
            }
            return false
        }
    }

    static let marks = PublisherLines.copyrightMarks.map { Array($0.utf8) }
    /// For each byte value, whether a mark begins with it.
    static let markStarts: [Bool] = (0..<256).map { b in marks.contains { $0.first == UInt8(b) } }

    /// Whether `PublisherLines.siteLine` could accept the line: at most 50 characters once
    /// trimmed (so at most 50 besides white space), holding a decimal digit (its pattern's `\d`
    /// is Unicode's Nd).
    static func mayBeSiteLine(_ line: String) -> Bool {
        var characters = 0
        for c in line where !(c.unicodeScalars.count == 1 && isWhitespace(c.unicodeScalars.first!)) {
            characters += 1
            if characters > 50 { return false }
        }
        return line.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber }
    }

    /// `CharacterSet.whitespaces` as Foundation defines it on this platform: tab, the space
    /// separators (Unicode category Zs) and U+200B ZERO WIDTH SPACE.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s == "\u{200B}" || s.properties.generalCategory == .spaceSeparator
    }
}
