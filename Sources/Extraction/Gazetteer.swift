import Events

/// Known organizations, indexed for longest-first matching by their first scalar.
public struct Gazetteer: Sendable {
    public struct Organization: Sendable, Hashable {
        public let name: String
        public let type: OrganizationType?
    }

    struct Alias: Sendable {
        let text: Scalars
        let organization: Int
    }

    let organizations: [Organization]
    // Aliases by their first two scalars (one for one-scalar aliases), and a table of the
    // scalars any alias starts with, so most positions are rejected without hashing.
    private var index: [UInt64: [Alias]] = [:]
    private var starts = [Bool](repeating: false, count: 0x10000)
    /// A Bloom filter over the first two scalars of every alias: most pairs are rejected cheaply.
    private var pairs = [Bool](repeating: false, count: 1 << 20)

    private static func pairBit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int((a.value &* 0x9E37 ^ b.value &* 0x85EB) & 0xFFFFF)
    }
    private var byName: [String: Int] = [:]
    private var hasOneScalarAliases = false

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar?) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b?.value ?? 0)
    }

    public init(entries: [GazetteerEntry]) {
        var orgs: [Organization] = []
        for entry in entries {
            let id = orgs.count
            orgs.append(Organization(name: entry.name, type: OrganizationType(name: entry.type)))
            for alias in [entry.name] + entry.aliases {
                let folded = Gazetteer.fold(alias)
                guard !folded.isEmpty else { continue }
                if byName[folded.string] == nil { byName[folded.string] = id }
                let second: Unicode.Scalar? = folded.count > 1 ? folded[1] : nil
                if second == nil { hasOneScalarAliases = true }
                index[Gazetteer.key(folded[0], second), default: []].append(Alias(text: folded, organization: id))
                if folded[0].value < 0x10000 { starts[Int(folded[0].value)] = true }
                if let second { pairs[Gazetteer.pairBit(folded[0], second)] = true }
            }
        }
        organizations = orgs
        for key in index.keys { index[key]!.sort { $0.text.count > $1.text.count } }
    }

    /// Latin letters are matched case-insensitively (Kt, KT); Hangul as written. Runs of white
    /// space count as one space.
    static func fold(_ s: String) -> Scalars {
        var out: Scalars = []
        for c in s.unicodeScalars {
            if c.isSpace {
                if let last = out.last, last != " " { out.append(" ") }
            } else if c.isUpperLatin {
                out.append(Unicode.Scalar(c.value + 32)!)
            } else {
                out.append(c)
            }
        }
        if out.last == " " { out.removeLast() }
        return out
    }

    /// The organization a name denotes, exactly (after folding).
    public func lookup(_ name: String) -> Organization? {
        byName[Gazetteer.fold(name).string].map { organizations[$0] }
    }

    /// Aliases starting at `i` in folded text `s`, longest first, with the index where each ends
    /// in `s` (a single space in the alias matches any run of white space).
    func candidates(in s: Scalars, at i: Int) -> [(organization: Int, end: Int)] {
        let first = s[i]
        guard first.value >= 0x10000 || starts[Int(first.value)] else { return [] }
        let two = i + 1 < s.count && pairs[Gazetteer.pairBit(first, s[i + 1])] ? index[Gazetteer.key(first, s[i + 1])] : nil
        let one = hasOneScalarAliases ? index[Gazetteer.key(first, nil)] : nil
        guard two != nil || one != nil else { return [] }
        var out: [(Int, Int)] = []
        // Two-scalar keys first, then one-scalar ones.
        for alias in two ?? [] {
            if let end = Gazetteer.end(of: alias.text, in: s, at: i) { out.append((alias.organization, end)) }
        }
        for alias in one ?? [] {
            if let end = Gazetteer.end(of: alias.text, in: s, at: i) { out.append((alias.organization, end)) }
        }
        return out
    }

    /// Where alias `a` ends when it occurs at `i` in folded text `s`, else nil.
    private static func end(of a: Scalars, in s: Scalars, at i: Int) -> Int? {
        var j = i, k = 0
        var skipped = false
        while k < a.count, j < s.count {
            // `SK 텔레콤`, `네이버 클라우드`: a known name written with one space inside it.
            if !skipped, s[j] == " ", a[k] != " ", k >= 2, a.count - k >= 2, a[k - 1] != " " {
                skipped = true
                j += 1
                continue
            }
            if a[k] == " " {
                guard s[j].isSpace else { break }
                while j < s.count, s[j].isSpace { j += 1 }
                k += 1
            } else if a[k] == s[j] {
                j += 1
                k += 1
            } else {
                break
            }
        }
        return k == a.count ? j : nil
    }
}
