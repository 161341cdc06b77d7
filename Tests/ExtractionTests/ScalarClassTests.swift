@testable import Extraction
import Testing

/// The scalar classes the readers ask of every scalar answer common text without a property
/// lookup; for every scalar they must still agree with Unicode's properties.
@Suite struct ScalarClassTests {
    @Test func spaceIsUnicodeWhiteSpace() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(s.isSpace == s.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }

    @Test func wordScalarsAreHangulLatinDigitsOrAlphabetic() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let expected = (0xAC00...0xD7A3).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                || (0x30...0x39).contains(v) || s.properties.isAlphabetic
            #expect(s.isWordScalar == expected, "U+\(String(v, radix: 16))")
        }
    }
}
