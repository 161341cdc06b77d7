/// The grammatical role a particle gives the noun before it.
public enum Marker: String, Sendable {
    case subject, object, comitative, genitive, dative, source, oblique, copula, list, none
    /// `…에 대한`, `…에 대해`: what a measure is about.
    case about
    /// `…에 따르면`: who said it.
    case according
}

/// Strips particles (josa) from a word, only where the particle's form fits the sound before it:
/// 이/은/을/과/으로 follow a final consonant, 가/는/를/와/로 a vowel (로 also ㄹ). After Latin
/// letters or digits (KT가, MS와) both forms pass. This is what keeps 기아 and 국가 whole.
public struct JosaStripper: Sendable {
    /// A particle as the lookups need it: plain values only, so that finding one copies no
    /// reference-counted storage.
    struct Particle: Sendable {
        /// What the particle's form must follow (josa.json `after`).
        enum Follows: Sendable { case consonant, vowel, any }
        let marker: Marker
        let follows: Follows
        /// The form starts with 으 (`으로`), which no final ㄹ takes.
        let opensWithEu: Bool
        /// The form starts with 로, which a final ㄹ takes as a vowel does.
        let opensWithRo: Bool

        init(form: Scalars, marker: Marker, after: String) {
            self.marker = marker
            follows = after == "consonant" ? .consonant : after == "vowel" ? .vowel : .any
            opensWithEu = form.first == "으"
            opensWithRo = form.first == "로"
        }
    }

    // Keyed by the packed scalars (see `key`): hashing a String normalizes it, which costs more
    // than the whole lookup on every word of a corpus.
    private let byKey: [UInt64: Particle]
    private let maxLength: Int

    init(_ file: JosaFile) {
        var map: [UInt64: Particle] = [:]
        for p in file.particles {
            let form = p.form.scalars
            guard let k = JosaStripper.key(form[...]) else { continue }
            map[k] = Particle(form: form, marker: Marker(rawValue: p.role) ?? .none, after: p.after)
        }
        byKey = map
        maxLength = min(4, file.particles.map { $0.form.unicodeScalars.count }.max() ?? 0)
    }

    /// Up to four scalars below U+10000 packed into one integer (Hangul particles all fit).
    static func key(_ s: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard !s.isEmpty, s.count <= 4 else { return nil }
        var k: UInt64 = 0
        for c in s {
            guard c.value < 0x10000 else { return nil }
            k = k << 16 | UInt64(c.value)
        }
        return k
    }

    private func particle(_ s: ArraySlice<Unicode.Scalar>) -> Particle? {
        guard let k = JosaStripper.key(s) else { return nil }
        return byKey[k]
    }

    public init(lexicon: Lexicon) { self.init(lexicon.josa) }

    /// Whether `particle` may follow the scalar `last`.
    static func fits(_ particle: Particle, after last: Unicode.Scalar) -> Bool {
        guard last.isHangulSyllable else { return true }
        switch particle.follows {
        case .consonant:
            return last.hasFinalConsonant && !(last.hasFinalRieul && particle.opensWithEu)
        case .vowel:
            return !last.hasFinalConsonant || (last.hasFinalRieul && particle.opensWithRo)
        case .any:
            return true
        }
    }

    /// Particles that end a chain of particles: nothing follows them.
    static let closesAChain: Set<Unicode.Scalar> = ["도", "은", "는"]

    /// The role marked by `tail` (one particle or two in a row) after a word ending in `last`;
    /// nil when `tail` is not a particle chain that fits.
    func marker(of tail: ArraySlice<Unicode.Scalar>, after last: Unicode.Scalar) -> Marker? {
        if tail.isEmpty { return Marker.none }
        guard tail.count <= maxLength * 2 else { return nil }
        if let p = particle(tail), JosaStripper.fits(p, after: last) { return p.marker }
        guard tail.count >= 2 else { return nil }
        let start = tail.startIndex
        for cut in 1..<min(tail.count, maxLength + 1) {
            // 도, 은 and 는 close a chain (`에서도`, `와는`); `…도를` is the end of a name (펜산도를).
            guard let first = particle(tail[start..<(start + cut)]), JosaStripper.fits(first, after: last),
                  !(cut == 1 && JosaStripper.closesAChain.contains(tail[start])),
                  let second = particle(tail[(start + cut)...]) else { continue }
            return first.marker == .none || first.marker == .list ? second.marker : first.marker
        }
        return nil
    }

    /// Where the stem of `s[range]` may end: before a particle chain that fits, longest chain first.
    func stemEnds(_ s: Scalars, _ range: Range<Int>) -> [(end: Int, marker: Marker)] {
        var out: [(Int, Marker)] = []
        let lo = max(range.lowerBound + 1, range.upperBound - maxLength * 2)
        guard lo < range.upperBound else { return [] }
        for cut in lo..<range.upperBound {
            if let m = marker(of: s[cut..<range.upperBound], after: s[cut - 1]), m != .none { out.append((cut, m)) }
        }
        return out
    }

    /// Splits `word` into stem and particle when the ending is a particle that fits, else nil.
    /// Does not know names: a gazetteer match decides first where the name ends.
    public func strip(_ word: String) -> (stem: String, particle: String, marker: Marker)? {
        let w = word.scalars
        guard w.count >= 2 else { return nil }
        for cut in stride(from: max(1, w.count - maxLength * 2), to: w.count, by: 1) {
            let last = w[cut - 1]
            if let m = marker(of: w[cut...], after: last), m != .none {
                return (w.string(0..<cut), w.string(cut..<w.count), m)
            }
        }
        return nil
    }
}
