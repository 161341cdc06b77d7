@testable import Events
import TestSupport
import Testing

/// The byte-by-byte fold of plain names (`OrganizationID.plainFold`) against the rule itself
/// (`OrganizationID.fold`, through NFKC).
@Suite struct OrganizationFoldTests {
    /// Characters the fast path must refuse, each of which NFKC, lower case or the white-space
    /// rule treats otherwise than a plain byte copy would: full-width letters, a trailing jamo
    /// (it composes with the syllable before it), a leading jamo, a compatibility jamo, a
    /// combining accent, a tab, a no-break space, an ideographic space, a dotted capital I,
    /// a circled digit, DEL.
    static let others: [Unicode.Scalar] = ["\u{FF21}", "\u{FF4B}", "\u{11A8}", "\u{1100}", "\u{3131}", "\u{0301}",
                                           "\t", "\u{00A0}", "\u{3000}", "\u{0130}", "\u{2460}", "\u{7F}"]

    func plainName(_ rng: inout SplitMix) -> String {
        var s = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            if Bool.random(using: &rng) {
                s.append(Unicode.Scalar(UInt32.random(in: 0xAC00...0xD7A3, using: &rng))!)
            } else {
                s.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &rng)))
            }
        }
        return String(s)
    }

    @Test func plainNamesFoldAsTheRuleDoes() {
        var rng = SplitMix(seed: 20_150_101)
        for _ in 0..<5_000 {
            let name = plainName(&rng)
            var bytes = name
            let fast = bytes.withUTF8 { OrganizationID.plainFold($0) }
            #expect(fast != nil, "\(name) is plain")
            #expect(fast == OrganizationID.fold(name), "\(name)")
        }
        #expect(OrganizationID.make("SK 텔레콤 Co") == "sk텔레콤co")
        #expect(OrganizationID.make("") == "")
    }

    @Test func otherCharactersTakeTheRule() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<2_000 {
            var s = plainName(&rng).unicodeScalars
            let at = s.index(s.startIndex, offsetBy: Int.random(in: 0...s.count, using: &rng))
            s.insert(Self.others.randomElement(using: &rng)!, at: at)
            var name = String(s)
            #expect(name.withUTF8 { OrganizationID.plainFold($0) } == nil, "\(name)")
            #expect(OrganizationID.make(name) == OrganizationID.fold(name), "\(name)")
        }
        #expect(OrganizationID.make("가\u{11A8}") == "각", "a trailing jamo composes with its syllable")
        #expect(OrganizationID.make("ＫＴ\u{3000}클라우드") == "kt클라우드")
    }
}
