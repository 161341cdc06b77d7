import Events
import Testing
@testable import Extraction

/// Orders to stop, countries' governments and states' bodies, product words that name no one,
/// delistings, launches planned, partnerships that gain no members from descriptions, a headline
/// above its date line and a stamp's label on its own line (sentences of our own; invented firms
/// beside a few real services and exchanges).
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

    /// Regression guard: a firm's or a civic group's request or instruction to stop is no measure.
    @Test(arguments: [
        "참여연대는 누리마켓플레이스가 새벽 배송을 중단하라고 요청했다.",
        "한빛그룹은 계열사인 한빛배터리가 신규 투자를 중단하도록 했다.",
        "누리톡은 일부 기능을 중단하도록 했다.",
    ])
    func aRequestThatIsNoGovernmentsIsNoBan(text: String) {
        expectNone(.ban, text)
    }

    @Test(arguments: [
        ("미국 몬태나주 의회는 틱톡 금지법을 통과시켰다.", "몬태나주 의회"),
        ("미 캘리포니아주 차량관리국(DMV)이 웨이모의 운행 허가를 중단했다.", "캘리포니아주 차량관리국"),
    ])
    func aStatesBodyAfterItsCountryActs(text: String, imposer: String) {
        expectOne(.ban, text, .imposer, [imposer])
    }

    /// Regression guard: a country named bare with 에서 after a topic is where, not a party; at the
    /// head of its clause it still acts.
    @Test func aCountryWith에서IsWhereNotWho() {
        expectOne(.partnership, "누리모터스는 세르비아에서 한빛전자와 전기차 부품 생산 협약을 체결했다.", .party, ["누리모터스", "한빛전자"])
        expectOne(.ban, "2월 27일 캐나다에서도 공용 기기에서 틱톡 이용을 금지했다.", .imposer, ["캐나다 정부"])
    }

    /// Regression guards: a party told of as the topic names its own members, and a bulleted list
    /// of fields names no one.
    @Test(arguments: [
        ("한빛산업협회는 누리콘텐츠협회와 업무협약을 체결했다. 한빛산업협회는 사업자단체로 KT, SK텔레콤뿐만 아니라 삼성전자, 네이버 등 기업들도 참여하고 있다.",
         ["한빛산업협회", "누리콘텐츠협회"]),
        ("한빛산업협회는 누리콘텐츠협회와 업무협약을 체결했다. 한빛산업협회에는 KT, SK텔레콤뿐만 아니라 삼성전자, 네이버 등 기업들도 참여하고 있다.",
         ["한빛산업협회", "누리콘텐츠협회"]),
        ("한빛텔레콤은 대전광역시, 한국전자통신연구원과 협력 관계를 구축했다. 3개 기관은 ▲서비스 개발 지원 ▲테스트베드 제공 협력 ▲확산 홍보 협력 등 분야에서 협력하기로 했다.",
         ["한빛텔레콤", "대전광역시", "한국전자통신연구원"]),
    ] as [(String, Set<String>)])
    func aPartnershipGainsNoMembersFromDescriptions(text: String, parties: Set<String>) {
        expectOneAnyOrder(.partnership, text, .party, parties)
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
    @Test(arguments: [
        "한빛자동차는 성과를 냈다고 밝혔다. 지난 2019년 투자한 크로아티아의 전기차 업체 '누리모터스'는 기업 가치가 크게 올랐다.",
        "한빛자동차는 지난해 투자한 크로아티아의 전기차 업체 누리모터스와 협력을 확대한다.",
    ])
    func aCountryOfOriginLeavesTheTargetNamed(text: String) {
        expectOne(.investment, text, [(.investor, ["한빛자동차"]), (.target, ["누리모터스"])])
    }

    @Test(arguments: [
        ("업비트는 31일 페이코인의 거래지원 종료를 결정했다고 밝혔다.", "업비트", "페이코인"),
        ("디지털자산 거래소 공동협의체(DAXA)가 위믹스의 상장폐지를 24일 발표했다.", "디지털자산거래소 공동협의체", "위믹스"),
    ])
    func aDelistingIsABan(text: String, imposer: String, target: String) {
        expectOne(.ban, text, [(.imposer, [imposer]), (.target, [target])])
    }

    /// A title the joint-development clause modifies is a thing: the partners are the subject and
    /// those named with 와/과.
    @Test func aQuotedTitleAfterAJointClauseIsNoParty() {
        let text = "이펀컴퍼니가 캡스톤게임즈, 몹캐스트게임즈와 공동 개발한 모바일 축구게임 '얼티밋 풋볼클럽'이 사전예약을 시작했다."
        expectOneAnyOrder(.partnership, text, .party, ["이펀컴퍼니", "캡스톤게임즈", "몹캐스트게임즈"])
    }

    @Test func aMemorandumOfAgreementIsAPartnership() {
        expectOne(.partnership, "한빛건설은 누리물산과 MOA를 체결했다.", .party, ["한빛건설", "누리물산"])
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

    /// Regression guards: an announcement still to be made, a thing to be launched, a plan others
    /// report, a plan denied or given up, and another's plan in a clause are none.
    @Test(arguments: [
        "누리텔레콤은 다음 달 새 전략을 발표할 예정이다.",
        "한빛폰 S26은 내년 2월 출시될 예정이다.",
        "누리전자는 내년 폴더블 노트북을 출시할 계획인 것으로 알려졌다.",
        "증권사는 보고서에서 누리전자가 3분기 새 메모리를 출시할 예정이라고 분석했다.",
        "누리전자는 올해 폴더블 노트북을 출시할 계획이 없다.",
        "누리전자는 당초 올해 수소 트럭을 출시할 계획이었다.",
    ])
    func aPlanNotOfficiallyOwnIsNoAnnouncement(text: String) {
        expectNone(.announcement, text)
    }

    /// Regression guard: another firm's plan, told in a clause, is not announced by it.
    @Test func anothersPlanInAClauseIsNotItsAnnouncement() {
        let text = "한빛전자는 누리전자가 출시할 예정인 로봇청소기보다 먼저 새 제품을 내놓기로 했다."
        #expect(!only(.announcement, text).contains { $0.names(.actor) == ["누리전자"] }, "\(summary(text))")
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

    @Test func aStampLabelOnItsOwnLineDatesTheArticle() {
        let page = """
            새로워진 누리일보 로그인/회원가입
            관심과 취향에 맞게 내맘대로 메인 뉴스를 설정하고 구독한 콘텐츠는 마이페이지에서 한번에 모아보세요
            자세히보기
            입력
            2022.04.26 04:30
            수정
            2022.04.26 10:11
            한빛텔레콤은 투자 자회사 한빛인베스트먼트를 통해 올해 스타트업 20곳에 투자한다고 밝혔다. 회사는 AI 분야에 집중한다.
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.count == 1)
        #expect(articles.first?.published == day("2022-04-26"))
        #expect(articles.first?.dateSource == .label)
        #expect(articles.first?.lines.contains("입력") == false)
    }

    /// Regression guard: a search page of one-line snippets ending in 다, each under a date of its
    /// own with no time, is one article a snippet.
    @Test func snippetsEndingIn다UnderBareDatesStaySeparate() {
        let page = """
            한빛전자는 누리소프트와 클라우드 협약을 체결했다
            2025.03.10
            세림캐피탈은 누리로보틱스에 100억원을 투자했다
            2025.03.11
            동방통신위원회는 누리톡 접속을 차단했다
            2025.03.12
            """
        let articles = ArticleSegmenter.segment(page, lexicon: extractor.lexicon)
        #expect(articles.map(\.published) == [day("2025-03-10"), day("2025-03-11"), day("2025-03-12")])
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
