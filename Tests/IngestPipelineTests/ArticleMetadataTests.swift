import Events
import Ingest
import Testing

/// Citation metadata read at ingest, on lines written here.
@Suite struct ArticleMetadataTests {
    @Test func bylinesNameTheirOutlet() {
        #expect(PublisherLines.publisher(in: ["[디지털일보 홍길동기자] KT는 협약을 맺었다."]) == "디지털일보")
        #expect(PublisherLines.publisher(in: ["[CWN 서가온 기자]"]) == "CWN")
        #expect(PublisherLines.publisher(in: ["(서울=가상뉴스) 홍길동 기자 = KT가 협약을 맺었다."]) == "가상뉴스")
        #expect(PublisherLines.publisher(in: ["【서울=가상뉴시스】 본문"]) == "가상뉴시스")
        #expect(PublisherLines.publisher(in: ["가온경제 = 이민수 기자", "KT는 협약을 맺었다."]) == "가온경제")
        // Captions and credits name no outlet.
        #expect(PublisherLines.publisher(in: ["(사진=KT 제공) KT 본사", "[자료=과기정통부]"]) == nil)
        #expect(PublisherLines.publisher(in: ["[단독] KT, 협약", "KT는 A = B 라고 말했다."]) == nil)
    }

    @Test func copyrightLinesNameTheirHolder() {
        #expect(PublisherLines.publisher(in: ["본문.", "Copyright ⓒ 디지털일보. All rights reserved."]) == "디지털일보")
        #expect(PublisherLines.publisher(in: ["<저작권자 © 서울가온경제, 무단 전재 및 재배포 금지>"]) == "서울가온경제")
        #expect(PublisherLines.publisher(in: ["ⓒ 가상뉴스 무단전재 재배포 금지"]) == "가상뉴스")
        #expect(PublisherLines.publisher(in: ["Copyright © 2024 Tech Daily. All rights reserved."]) == "Tech Daily")
        #expect(PublisherLines.publisher(in: ["[저작권자ⓒ GWN(GAON WITH NEWS). 무단전재-재배포 금지]"]) == "GWN(GAON WITH NEWS)")
        #expect(PublisherLines.publisher(in: ["Copyrights(C)gaon.example 5"]) == "gaon.example")
        // A byline wins over a copyright line.
        #expect(PublisherLines.publisher(in: ["[한빛일보 김철수 기자] 본문", "ⓒ 다른일보"]) == "한빛일보")
    }

    @Test func siteLinesNameTheirOutlet() {
        #expect(PublisherLines.publisher(in: ["본문 문장이다.", "가상경제신문 · 2024.06.10"]) == "가상경제신문")
        #expect(PublisherLines.publisher(in: ["Tech Daily 2024-06-10 10:21"]) == "Tech Daily")
        #expect(PublisherLines.publisher(in: ["가상뉴스1 | 3시간 전"]) == "가상뉴스1")
        // Date labels and reporters' names are no outlets.
        #expect(PublisherLines.publisher(in: ["입력 2024.06.03 10:00", "기사승인 : 2025-02-06 17:20:00", "홍길동 2024.06.03"]) == nil)
        #expect(PublisherLines.publisher(in: ["2024.06.10"]) == nil)
    }

    @Test func htmlMetadataGivesPublisherURLTitleAndDate() {
        var h = HTMLMetadata()
        h.scan(#"<meta property="og:site_name" content="테크온"><meta property="og:url" content="https://techon.example/77?ref=og">"#)
        h.scan(#"<link rel="canonical" href="https://techon.example/77"> <meta property="og:title" content="KT &amp; MS">"#)
        h.scan(#"<meta property='article:published_time' content='2024-06-03T18:00:00+09:00'>"#)
        h.scan(#"<meta name="description" content="무시">"#)
        #expect(h.found == ArticleMetadata(title: "KT & MS", publisher: "테크온", url: "https://techon.example/77",
                                           published: PartialDate(year: 2024, month: 6, day: 3)))
        var og = HTMLMetadata()
        og.scan(#"<meta property="og:url" content="https://techon.example/77?ref=og"><meta property="og:url" content="javascript:x">"#)
        #expect(og.found.url == "https://techon.example/77?ref=og")
        var bad = HTMLMetadata()
        bad.scan(#"<link rel="canonical" href="javascript:alert(1)">"#)
        #expect(bad.found.url == nil)
    }

    @Test func frontMatterIsReadAndKeptOutOfTheText() throws {
        var f = FrontMatter()
        var text: [String] = []
        for (n, line) in ["---", "published: 2024-06-04", "publisher: \"한빛일보\"", "url: https://news.example/a/1", "title: 제목", "note: 무시", "---", "본문"].enumerated() {
            text += try f.read(line, lineNumber: n + 1)
        }
        text += try f.finish()
        #expect(text == ["본문"])
        #expect(f.metadata == ArticleMetadata(title: "제목", publisher: "한빛일보", url: "https://news.example/a/1",
                                              published: PartialDate(year: 2024, month: 6, day: 4)))
        // A `---` that opens no key: value line is text.
        var g = FrontMatter()
        var plain: [String] = []
        for (n, line) in ["---", "본문 첫 줄", "둘째 줄"].enumerated() { plain += try g.read(line, lineNumber: n + 1) }
        #expect(plain == ["---", "본문 첫 줄", "둘째 줄"])
        // Bad values and an unclosed block are refused.
        var h = FrontMatter()
        _ = try h.read("---", lineNumber: 1)
        #expect(throws: IngestError.self) { try h.read("published: 6월 4일", lineNumber: 2) }
        var i = FrontMatter()
        _ = try i.read("---", lineNumber: 1)
        _ = try i.read("url: https://news.example/a", lineNumber: 2)
        #expect(throws: IngestError.self) { try i.finish() }
    }
}
