import Foundation
@testable import Ingest
import Testing

/// The cheap questions asked of a line before the publisher readings are true of every line a
/// reading accepts, so the readings give the same publisher with them as without them.
@Suite struct LineShapeTests {
    @Test func whiteSpaceIsFoundationsOwn() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(LineShape.isWhitespace(s) == CharacterSet.whitespaces.contains(s), "U+\(String(v, radix: 16))")
        }
    }

    /// Lines each reading accepts, some spelt so that only a careful question lets them through:
    /// white space Foundation trims (ideographic space, tab, zero-width space) before a bracket,
    /// 저작권자 in conjoining jamo, digits that are not ASCII.
    static let lines = [
        "[디지털일보 홍길동기자] KT는 협약을 맺었다.",
        "\u{3000}\t[CWN 서가온 기자]",
        "\u{200B}(서울=가상뉴스) 홍길동 기자 = KT가 협약을 맺었다.",
        "【서울=가상뉴시스】 본문",
        "〔가온일보 이민수 기자〕",
        "가온경제 = 이민수 기자",
        "Copyright ⓒ 디지털일보. All rights reserved.",
        "<저작권자 © 서울가온경제, 무단 전재 및 재배포 금지>",
        "<" + "저작권자".decomposedStringWithCanonicalMapping + " 서울가온경제, 무단 전재 및 재배포 금지>",
        "Copyrights(C)gaon.example 5",
        "가상경제신문 · 2024.06.10",
        "ZDNet Korea 2024-06-10 10:21",
        "가상경제신문 · ２０２４.０６.１０",
        "\u{3000}가상경제신문 · 3시간 전\u{3000}",
        "KT는 A = B 라고 말했다.",
        "본문 문장이다.",
    ]

    @Test(arguments: lines) func everyLineAReadingAcceptsPassesItsQuestion(_ line: String) {
        if PublisherLines.byline(line) != nil { #expect(LineShape.mayBeByline(line)) }
        if PublisherLines.copyright(line) != nil { #expect(LineShape.mayBeCopyright(line)) }
        if PublisherLines.siteLine(line) != nil { #expect(LineShape.mayBeSiteLine(line)) }
    }

    @Test func theQuestionsLetThroughWhatTheyMust() {
        #expect(PublisherLines.publisher(in: [Self.lines[8]]) == "서울가온경제")
        #expect(PublisherLines.publisher(in: [Self.lines[1]]) == "CWN")
        #expect(LineShape.mayBeCopyright(Self.lines[8]))
        #expect(LineShape.mayBeByline(Self.lines[2]))
        // And turn away lines no reading could accept.
        #expect(!LineShape.mayBeByline("KT는 협약을 맺었다. (사진)"))
        #expect(!LineShape.mayBeCopyright("KT는 협약을 맺었다."))
        #expect(!LineShape.mayBeSiteLine("가상경제신문 · 어제"))
        #expect(!LineShape.mayBeSiteLine(String(repeating: "가", count: 51) + " 2024.06.10"))
    }
}
