import Events
import Testing
@testable import Extraction

@Suite struct SegmenterTests {
    @Test func searchPageSplitsAtDateLines() {
        let page = """
            "반도체"에 대한 통합검색 결과
            가온전자, 새 공장 가동 가온전자는 충북 청주에 메모리 공장을 새로 짓고 3일 가동을 시작했다. 회사는 이번 공장으로 생산량이 두 배로 늘어날 것이라고 설명했다.

            2025.03.04

            누리소프트, 클라우드 보안 서비스 출시 누리소프트는 중소기업을 위한 클라우드 보안 서비스를 출시했다고 밝혔다. 이 서비스는 월 구독 방식으로 제공된다.

            2025.02.27
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.count == 2)
        #expect(articles.map(\.published) == [day("2025-03-04"), day("2025-02-27")])
        #expect(articles.allSatisfy { $0.dateSource == .closingLine })
        #expect(!articles[0].text.contains("통합검색"))
    }

    @Test func pagesWithTheDateBeforeEachArticle() {
        let page = """
            2025.03.04
            가온전자는 충북 청주에 메모리 공장을 새로 짓고 가동을 시작했다. 회사는 생산량이 두 배로 늘어날 것이라고 설명했다.
            2025.02.27
            누리소프트는 중소기업을 위한 클라우드 보안 서비스를 출시했다고 밝혔다. 이 서비스는 월 구독 방식으로 제공된다.
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.map(\.published) == [day("2025-03-04"), day("2025-02-27")])
        #expect(articles.map(\.dateSource) == [.headerLine, .headerLine])
    }

    @Test func bylineWithItsStamp() {
        let page = """
            가온전자, 새 공장 가동
            홍길동 기자 | 2025.03.04 14:10
            가온전자는 충북 청주에 메모리 공장을 새로 짓고 가동을 시작했다.
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.first?.published == day("2025-03-04"))
        #expect(articles.first?.dateSource == .label)
    }

    @Test func labeledStampBeatsWidgetDateAndRelatedList() {
        let page = """
              • 맑음서울-3.1℃
              • 흐림부산2.0℃
              • 2026.01.11 (일)
            정부, 데이터센터 지원책 발표
            홍길동 / 기사승인 : 2024-05-02 09:10:11
            [가상일보 홍길동 기자] 과학기술정보통신부는 2일 지역 데이터센터 지원 방안을 발표했다. 지원 대상은 다음 달 공모로 정한다.
            홍길동 기자
            hong@example.com
            [저작권자ⓒ 가상일보. 무단전재-재배포 금지]
            2025-01-22 13:15:31"다른 기사의 제목이 여기에 붙어 있다"
            2025-01-22 11:22:08
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.count == 1)
        #expect(articles[0].published == day("2024-05-02"))
        #expect(articles[0].dateSource == .label)
        let text = articles[0].text
        #expect(text.hasPrefix("정부, 데이터센터"))
        #expect(text.contains("과학기술정보통신부는 2일"))
        #expect(!text.contains("기자]"))
        #expect(!text.contains("℃") && !text.contains("저작권") && !text.contains("hong@") && !text.contains("2025-01-22"))
    }

    @Test func relatedListDatesAreNeverTaken() {
        let page = """
            한빛전자가 새 센서를 내놨다. 회사는 이번 제품이 자율주행 차량의 눈 역할을 할 것이라고 소개했다. 업계의 반응은 엇갈린다.
            관련기사 더보기
            2025-01-22 13:15:31"다른 회사의 실적 기사 제목"
            2025-01-22 12:00:00"또 다른 기사 제목"
            2025-01-22 11:22:08
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.count == 1)
        #expect(articles[0].published == .unknown)
        #expect(articles[0].dateSource == .none)
    }

    @Test func trailingDateWithZoneClosesTheArticle() {
        let page = """
            가상 칼럼: 인공지능 규제의 방향
            여러 공공기관이 외부 인공지능 서비스의 사용을 막는 지침을 내렸다. 이는 정보 유출을 막기 위한 조치라고 설명된다. 전문가들은 균형 잡힌 접근을 주문한다.
            2025/02/17 11:53 KST
            Copyrights(C)example.jp 5
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.count == 1)
        #expect(articles[0].published == day("2025-02-17"))
    }

    @Test func dateLineShapes() {
        let labels = ["기사승인", "입력"].map(\.scalars), edits = ["수정"].map(\.scalars)
        #expect(DateLine.parse("2025.09.11", labels: labels, editLabels: edits)?.shape == .alone)
        #expect(DateLine.parse("입력 2024-04-12 15:50:25", labels: labels, editLabels: edits)?.shape == .labeled)
        #expect(DateLine.parse("수정 2024-04-13 10:00", labels: labels, editLabels: edits)?.shape == .edited)
        #expect(DateLine.parse("2025-01-22 13:15:31\"제목\"", labels: labels, editLabels: edits)?.shape == .listItem)
        #expect(DateLine.parse("2025/02/17 11:53 KST", labels: labels, editLabels: edits)?.date == day("2025-02-17"))
        #expect(DateLine.parse("2024년 4월 12일", labels: labels, editLabels: edits)?.date == day("2024-04-12"))
        #expect(DateLine.parse("입력 2025년 03월 04일 14시 05분", labels: labels, editLabels: edits)?.shape == .labeled)
        #expect(DateLine.parse("2025년 03월 04일 14시 05분", labels: labels, editLabels: edits)?.shape == .alone)
        #expect(DateLine.parse("입력 2025.03.04 14:00 수정 2025.03.05 09:00", labels: labels, editLabels: edits)?.date == day("2025-03-04"))
        #expect(DateLine.parse("버전 2025.13.40", labels: labels, editLabels: edits) == nil)
    }

    @Test func htmlIsStrippedOfTagsAndScripts() {
        var stripper = HTMLStripper()
        var lines: [String] = []
        for line in ["<html><head><script>var x = '<p>';", "</script><style>p{}</style></head>", "<body><p>가온전자는 &quot;새 공장&quot;을 지었다.</p><p>둘째&nbsp;문단</p></body></html>"] {
            lines += stripper.feed(line)
        }
        #expect(lines == ["가온전자는 \"새 공장\"을 지었다.", "둘째 문단"])
        #expect(HTMLStripper.looksLikeHTML("<!DOCTYPE html><html>"))
        #expect(!HTMLStripper.looksLikeHTML("부등호 a < b 와 c > d"))
    }

    @Test func sentencesSplitWithoutBreakingNumbersOrQuotes() {
        let text = "매출은 9.84% 늘었다.이어 회사는 \"내년에도 성장한다. 자신 있다\"고 말했다. 정말인가? 그렇다"
        #expect(SentenceSplitter.sentences(text) == ["매출은 9.84% 늘었다.", "이어 회사는 \"내년에도 성장한다. 자신 있다\"고 말했다.", "정말인가?", "그렇다"])
    }
}

@Suite struct LongArticleTests {
    /// An article longer than the segmenter's bound is cut in pieces that all keep the date line
    /// found at its top.
    @Test func aDateLineDatesAnArticleOfAnyLength() throws {
        let lexicon = try Lexicon.bundled()
        let sentence = "가온전자는 한빛연구원과 업무협약을 체결했다고 밝혔다. 두 회사는 새 센서를 함께 만든다."
        var text = "입력 2025.03.04 10:00\n"
        for _ in 0..<(ArticleSegmenter.maximumBody / sentence.count * 2) { text += sentence + "\n" }
        let articles = ArticleSegmenter.segment(text, lexicon: lexicon)
        #expect(articles.count >= 2)
        #expect(articles.allSatisfy { $0.published == PartialDate(year: 2025, month: 3, day: 4) })
    }
}
