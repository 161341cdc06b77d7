import Events
import Testing
@testable import Extraction

/// Orders to stop, countries' governments, product words that name no one, launches planned, and a
/// headline above its date line (sentences of our own; invented firms beside a few real services).
@Suite struct OrdersCountriesAndHeadlinesTests {
    @Test(arguments: [
        ("베트남 산업통상부는 누리마켓플레이스가 등록을 마치지 못하자 국내 영업을 중단하도록 통보했다.", "베트남 산업통상부", "누리마켓플레이스"),
        ("인도 통신부는 한빛위성이 사전 예약 접수를 중지하라고 지시했다.", "인도 통신부", "한빛위성"),
        ("과기정통부는 누리텔레콤에 신규 가입자 모집을 전면 중단하도록 했다.", "과학기술정보통신부", "누리텔레콤"),
    ])
    func whoIsToldToStopIsTheTarget(text: String, imposer: String, target: String) {
        expectOne(.ban, text, [(.imposer, [imposer]), (.target, [target])])
    }

    @Test func bothFirmsOfAMergerStoppedAreTargets() {
        let text = "중국 국가시장감독총국은 한빛전자와 누리반도체의 합병을 금지한다고 발표했다."
        let found = only(.ban, text)
        #expect(found.count == 1, "\(summary(text))")
        #expect(Set(found.first?.names(.target) ?? []) == ["한빛전자", "누리반도체"], "\(summary(text))")
    }

    @Test(arguments: [
        ("알바니아 정부는 누리톡을 1년간 금지했다.", "알바니아 정부"),
        ("세르비아는 한빛채팅 앱 사용을 차단했다.", "세르비아 정부"),
        ("에콰도르 정부가 텔레그램 사용을 금지했다.", "에콰도르 정부"),
    ])
    func aCountryActsThroughItsOwnGovernment(text: String, imposer: String) {
        expectOne(.ban, text, .imposer, [imposer])
    }

    /// Regression guard: a country of origin with 의 is no participant of the background investment.
    @Test func aCountryOfOriginLeavesTheTargetNamed() {
        let text = "한빛자동차는 성과를 냈다고 밝혔다. 지난 2019년 투자한 크로아티아의 전기차 업체 '누리모터스'는 기업 가치가 크게 올랐다."
        expectOne(.investment, text, [(.investor, ["한빛자동차"]), (.target, ["누리모터스"])])
    }

    @Test(arguments: [
        "중국 공업정보화부가 90개의 모바일 앱을 퇴출시켰다.",
        "스리랑카 당국은 테러 이후 모든 소셜미디어를 차단했다.",
        "정부가 불법 스트리밍 사이트에 대한 접속을 차단해 왔다.",
    ])
    func aKindOfProductIsNoTarget(text: String) {
        expectNone(.ban, text)
    }

    @Test(arguments: [
        ("미국 연방 의회는 지난해 4월 틱톡 금지법을 제정했다.", "미국 의회"),
        ("몬태나주 의회는 틱톡 금지법을 통과시켰다.", "몬태나주 의회"),
    ])
    func aLawThatBansIsTheLegislaturesBan(text: String, imposer: String) {
        expectOne(.ban, text, [(.imposer, [imposer]), (.target, ["틱톡"])])
    }

    /// Regression guard: a list that names the imposer of the measure before it is not that measure's.
    @Test func aListNamingTheImposerIsNotItsTargets() {
        let text = "애플이 누리게임즈의 앱 출시를 차단했다. 알파벳, 아마존, 애플, 메타 등 6곳이 게이트키퍼로 지정됐다."
        let found = only(.ban, text)
        #expect(found.count == 1, "\(summary(text))")
        #expect(found.first?.names(.target) == ["누리게임즈"], "\(summary(text))")
    }

    @Test(arguments: [
        ("누리텔레콤은 내년 상반기 새 요금제를 출시할 계획이다.", "누리텔레콤"),
        ("한빛시는 공공 배달앱을 개발한 뒤 9월부터 정식 서비스를 시작할 예정이다.", "한빛시"),
    ])
    func aLaunchPlannedIsAnnounced(text: String, actor: String) {
        let found = only(.announcement, text)
        #expect(found.count == 1, "\(summary(text))")
        #expect(found.first?.names(.actor) == [actor], "\(summary(text))")
        #expect(found.first?.modality == .planned, "\(summary(text))")
    }

    /// Regression guard: an announcement still to be made is none yet.
    @Test func anAnnouncementToComeIsNone() {
        expectNone(.announcement, "누리텔레콤은 다음 달 새 전략을 발표할 예정이다.")
    }

    @Test func aHeadlineEndingIn다OpensTheArticleUnderItsDateLine() {
        let page = """
            물류 로봇이 현장에 들어온다
            2022.11.01 18:14
            수정 : 2022.11.01 18:14
            한빛로지스는 최근 누리로보틱스와 스마트 물류 시범사업을 위한 업무협약을 체결했다. 두 회사는 도심 물류센터를 함께 짓는다.
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.count == 1)
        #expect(articles.first?.published == day("2022-11-01"))
        #expect(articles.first?.text.hasPrefix("물류 로봇이 현장에 들어온다") == true)
    }

    /// Regression guard: a one-line snippet that ends as a sentence still closes at its date line.
    @Test func aOneSentenceSnippetStillClosesAtItsDateLine() {
        let page = """
            한빛전자는 청주에 새 메모리 공장을 짓고 가동을 시작했다.
            2025.03.04
            누리소프트는 중소기업을 위한 클라우드 보안 서비스를 출시했다고 밝혔다.
            2025.02.27
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.map(\.published) == [day("2025-03-04"), day("2025-02-27")])
    }
}
