import Events
import Extraction

/// What the fuzzing harness feeds arbitrary bytes to. Each target must return normally for any
/// input: throwing a documented error is fine, a crash (a trap, an overflow, an index out of
/// range, a runaway allocation) is a bug. `kgraph-fuzz` runs them under libFuzzer; the inputs
/// that ever crashed one are kept in Tools/Fuzz/Regressions/TARGET/ and replayed by the tests.
public enum FuzzTargets {
    /// The target names, as `kgraph-fuzz TARGET` and the regression folders spell them.
    public static let names = ["interchange", "html", "extractor"]

    /// Runs target `name` on `bytes`; false for an unknown name.
    @discardableResult
    public static func run(_ name: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        switch name {
        case "interchange": interchange(bytes)
        case "html": html(bytes)
        case "extractor": extractor(bytes)
        default: return false
        }
        return true
    }

    /// The JSON Lines interchange reader: each line of the input as one event.
    public static func interchange(_ bytes: UnsafeRawBufferPointer) {
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if let event = try? Interchange.event(fromLine: line) {
                _ = RecordCodec.encode(event)
            }
        }
    }

    /// The HTML stripper, fed line by line as ingest feeds it.
    public static func html(_ bytes: UnsafeRawBufferPointer) {
        var stripper = HTMLStripper()
        let text = String(decoding: bytes, as: UTF8.self)
        _ = HTMLStripper.looksLikeHTML(String(text.prefix(512)))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            _ = stripper.feed(String(line))
        }
    }

    /// The extractor (segmentation, dates, organizations, triggers, roles) on the input as a
    /// news dump. Uses the bundled lexicons and, when installed, MeCab's dictionary.
    public static func extractor(_ bytes: UnsafeRawBufferPointer) {
        guard let extractor = sharedExtractor else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        for article in extractor.extract(document: "fuzz.txt", text: text) {
            _ = extractor.misses(in: article)
        }
    }

    private static let sharedExtractor: Extractor? = {
        (try? Extractor.bundled()) ?? (try? Extractor(lexicon: Lexicon.bundled()))
    }()
}
