/// Text from outside, made safe to show on a terminal, in a table or in a one-line message.
///
/// A control character (Unicode general category Cc: C0, DEL, C1) in a name could move the
/// cursor, recolour the terminal or, as CR/LF, forge a table row or a second `kgraph:` line.
/// Line and paragraph separators (U+2028, U+2029) break lines too. Each is written as a Swift
/// escape instead: `\n`, `\r`, `\t`, or `\u{1B}`. A backslash is doubled only in `quoted`, where
/// the reader must be able to tell `\n` written by the user from an escaped newline.
public enum Escaped {
    /// Whether a scalar must never reach a terminal raw.
    public static func isControl(_ u: Unicode.Scalar) -> Bool {
        // Category Cc is U+0000–U+001F and U+007F–U+009F, and Unicode's stability policy keeps it
        // so: comparing values spares a property lookup for every scalar of every line.
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029
    }

    /// The first control character in `s`, if any.
    public static func firstControl(in s: String) -> Unicode.Scalar? {
        s.unicodeScalars.first(where: isControl)
    }

    /// `s` with every control character escaped, for tables and listings.
    public static func text(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = ""
        for u in s.unicodeScalars { append(u, to: &out, doublingBackslash: false) }
        return out
    }

    /// `s` without control characters (a tab stays): what ingest keeps of a text from outside.
    public static func droppingControls(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { isControl($0) && $0 != "\t" }) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.filter { !isControl($0) || $0 == "\t" }))
    }

    /// `s` quoted for an error message: escaped (backslashes doubled), cut to `limit` characters
    /// with `…` and the full length when longer, so a message always stays one short line.
    public static func quoted(_ s: String, limit: Int = 40) -> String {
        var out = "'"
        var count = 0
        for u in s.unicodeScalars {
            if count == limit {
                out += "…' (\(s.unicodeScalars.count) characters)"
                return out
            }
            append(u, to: &out, doublingBackslash: true)
            count += 1
        }
        return out + "'"
    }

    private static func append(_ u: Unicode.Scalar, to out: inout String, doublingBackslash: Bool) {
        switch u {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\\" where doublingBackslash: out += "\\\\"
        default:
            if isControl(u) {
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
}
