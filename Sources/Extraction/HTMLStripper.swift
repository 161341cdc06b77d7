/// Turns HTML into plain text line by line, so a large page streams through with bounded memory.
/// Scripts, styles and comments are dropped; block elements end a line; entities are decoded.
public struct HTMLStripper: Sendable {
    private enum State: Sendable { case text, tag, comment, raw(String) }
    private var state = State.text
    private var tagName = ""
    private var inTagName = false

    public init() {}

    /// Whether the start of a file looks like HTML rather than text that merely mentions a tag.
    public static func looksLikeHTML(_ head: String) -> Bool {
        let lower = head.prefix(4096).lowercased()
        return lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<body")
            || (lower.contains("<p>") && lower.contains("</p>")) || (lower.contains("<div") && lower.contains("</div>"))
    }

    private static let blockTags: Set<String> = [
        "p", "/p", "br", "br/", "div", "/div", "li", "/li", "tr", "/tr", "h1", "h2", "h3", "h4", "h5", "h6",
        "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "article", "/article", "section", "/section", "ul", "/ul", "ol", "/ol",
        "table", "/table", "header", "/header", "footer", "/footer", "title", "/title", "dd", "dt", "blockquote", "/blockquote",
    ]

    /// Feeds one line of HTML; returns the text lines it completes (possibly none).
    public mutating func feed(_ line: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        let s = Array(line.unicodeScalars)
        var i = 0
        func flush() {
            let text = HTMLStripper.decodeEntities(String(current))
            if !text.trimmed.isEmpty { out.append(text) }
            current = String.UnicodeScalarView()
        }
        while i < s.count {
            let c = s[i]
            switch state {
            case .text:
                if c == "<" {
                    if s.matches("<!--".scalars, at: i) {
                        state = .comment
                        i += 4
                        continue
                    }
                    state = .tag
                    tagName = ""
                    inTagName = true
                } else {
                    current.append(c)
                }
            case .comment:
                if s.matches("-->".scalars, at: i) {
                    state = .text
                    i += 3
                    continue
                }
            case .raw(let closing):
                if c == "<", s.matches(closing.scalars, at: i) || s.matches(closing.uppercased().scalars, at: i) {
                    state = .tag
                    tagName = ""
                    inTagName = true
                }
            case .tag:
                if c == ">" {
                    let name = tagName.lowercased()
                    if name == "script" || name == "style" || name == "noscript" {
                        state = .raw("</" + name)
                    } else {
                        state = .text
                        if HTMLStripper.blockTags.contains(name) { flush() } else { current.append(" ") }
                    }
                } else if inTagName {
                    if c.isSpace || (c == "/" && !tagName.isEmpty) { inTagName = false } else { tagName.unicodeScalars.append(c) }
                }
            }
            i += 1
        }
        if case .text = state { flush() } else if !current.isEmpty { flush() }
        return out
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "middot": "·", "hellip": "…",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "ndash": "–", "mdash": "—", "copy": "©",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let semi = s[i..<Swift.min(s.count, i + 10)].firstIndex(of: ";") {
                let body = s.string((i + 1)..<semi)
                var decoded: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[body]
                }
                if let decoded {
                    out.append(contentsOf: decoded.unicodeScalars)
                    i = semi + 1
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }
}
