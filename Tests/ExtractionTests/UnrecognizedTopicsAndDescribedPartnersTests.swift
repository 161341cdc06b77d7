import Testing
import Events
@testable import Extraction

/// A topic the recognizer does not know is still the subject (`아지봇은 …로부터 투자를 받았다`), so
/// the organization the article is about does not stand in for it; a body cited as the source
/// (`…에 따르면`) of a clause about something else announces nothing; a description ending in a
/// classifier between a pair (`A와 대표 인터넷 기업 B는`); words read bare before a deal's noun
/// that are vocabulary (`3분기 중으로 합병을`, `타법인에 대한 출자`); and deals told with 품다 after an
/// adverb (`차례로 품었다`), 수혈 and a list of measures' classifiers (`제재 대상 기관에 추가`).
@Suite struct UnrecognizedTopicsAndDescribedPartnersTests {
    /// The unknown topic is the subject; as it is no name the recognizer knows, the sentence gives
    /// no event rather than one of the article's organization.
    @Test func anUnknownTopicReceivingARoundIsNotTheArticlesOrganization() {
        let text = "카카오는 새 AI 모델을 출시했다고 3일 밝혔다. 아지봇은 이번 투자에 앞서 텐센트와 BYD로부터 투자를 받았다."
        #expect(only(.investment, text).isEmpty, "\(only(.investment, text).map(\.participants))")
    }

    @Test func anUnknownTopicSigningIsNotTheArticlesOrganization() {
        let text = "카카오는 새 AI 모델을 출시했다고 3일 밝혔다. 누리봇은 지난달 한빛대학교와 업무협약을 체결했다."
        #expect(only(.partnership, text).isEmpty, "\(only(.partnership, text).map(\.participants))")
    }

    /// Regression guards: a topic that is a dictionary word stands for the organization already
    /// named or for its officer, and the subject is still left out.
    @Test(arguments: [
        ("한빛랩스는", "김민수 대표는 지난달 카카오와 업무협약을 체결했다.", "한빛랩스"),
        ("한빛랩스는", "오늘은 카카오와 업무협약을 체결했다.", "한빛랩스"),
        ("인공지능산업융합사업단은", "사업단은 같은 날 카카오와도 업무협약을 체결했다.", "인공지능산업융합사업단"),
    ])
    func aTopicThatStandsForTheArticlesOrganizationKeepsIt(topic: String, sentence: String, organization: String) {
        let text = "\(topic) 새 사업을 시작했다고 3일 밝혔다. " + sentence
        expectOneAnyOrder(.partnership, text, .party, [organization, "카카오"])
    }

    @Test func aDescribedTopicStandsForTheArticlesOrganizationReceivingARound() {
        let text = "한빛랩스는 생성형 AI 플랫폼을 출시했다고 3일 밝혔다. 이 스타트업은 지난해 카카오벤처스로부터 50억원 규모의 투자를 유치했다."
        expectOne(.investment, text, [(.target, ["한빛랩스"]), (.investor, ["카카오벤처스"])])
    }

    @Test(arguments: [
        "과학기술정보통신부에 따르면 이번 MOU는 양국의 협력을 강화한다는 취지에서 추진됐다.",
        "21일 방송통신심의위원회에 따르면 불법 사이트들은 주소를 바꾸는 수법으로 단속을 피하고 있다.",
    ])
    func aSourceOfAClauseAboutSomethingElseAnnouncesNothing(text: String) {
        #expect(only(.announcement, text).isEmpty)
    }

    /// Regression guards: what the body did itself, also with a relative clause's subject after it.
    @Test(arguments: [
        "과학기술정보통신부에 따르면 지난 14일 서울에서 매칭데이를 개최하고 스타트업 10곳을 최종 선정했다.",
        "과학기술정보통신부에 따르면 지난 14일 국내 스타트업들이 참가한 매칭데이를 서울에서 개최했다.",
    ])
    func aSourceOfWhatItDidItselfAnnounces(text: String) {
        expectOne(.announcement, text, .actor, ["과학기술정보통신부"])
    }

    @Test func aPairWithADescriptionBeforeTheSecondNameSwapsShares() {
        let text = "국내 1위 이동 통신사인 누리텔레콤과 대표 인터넷 기업 한빛소프트는 3,000억원 규모의 지분을 교환했다."
        let deals = Set(only(.investment, text).map { ($0.names(.investor) + ["→"] + $0.names(.target)).joined(separator: " ") })
        #expect(deals == ["누리텔레콤 → 한빛소프트", "한빛소프트 → 누리텔레콤"], "\(deals)")
    }

    @Test func aPairWithADescriptionBeforeTheSecondNameArePartners() {
        expectOneAnyOrder(.partnership, "누리텔레콤과 대표 인터넷 기업 한빛소프트는 업무협약을 체결했다.", .party, ["누리텔레콤", "한빛소프트"])
    }

    @Test(arguments: [
        "카카오와 협력하는 중소기업 한빛테크는 지난달 네이버와 업무협약을 체결했다.",
        "카카오와 거래해 온 협력업체 한빛테크는 지난달 네이버와 업무협약을 체결했다.",
        "카카오와의 계약으로 스타트업 한빛테크는 지난달 네이버와 업무협약을 체결했다.",
    ])
    func aClauseOrAPhraseBetweenNamesMakesNoPair(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["한빛테크", "네이버"])
    }

    @Test func aNameThatDiffersIsNoActorBesideTheDescribedOne() {
        expectOne(.announcement, "네이버와 달리 토종 검색 기업 누리소프트는 해외 진출 계획을 발표했다.", .actor, ["누리소프트"])
    }

    /// The merger names no other side and the stake names no firm: neither gives an event.
    @Test(arguments: [
        ("누리랩스와 한빛텔레콤은 실사를 거쳐 올해 3분기 중으로 합병을 위한 본계약 체결을 마무리할 계획이다.", "중으로"),
        ("19일 업계에 따르면 카카오는 올해 상반기 총 23개 타법인에 대한 출자를 진행했다.", "타법인"),
    ])
    func vocabularyBeforeADealIsNoTarget(text: String, word: String) {
        let found = only(.investment, text)
        #expect(found.isEmpty, "\(word): \(found.map(\.participants))")
    }

    /// Regression guard: a word with a particle that is no phrase of time is still what was bought.
    @Test func aNameReadBareBeforeTheDealAfterNoTimeIsTheTarget() {
        expectOne(.investment, "카카오는 우리로 인수를 마무리했다.", [(.investor, ["카카오"]), (.target, ["우리로"])])
    }

    @Test func aHeadlinesSubjectIsNoPartOfTheFacility() {
        expectOne(.investment, "삼성SDS, 구미 AI 데이터센터에 4273억원 투자",
                  [(.investor, ["삼성SDS"]), (.target, ["구미 AI 데이터센터"])])
    }

    @Test func takeoversToldWithEmbracingOneAfterAnother() {
        expectOne(.investment, "지주사인 카카오가 한빛실트론(웨이퍼 제조), 한빛스페셜티(특수가스 제조)를 차례로 품었다.",
                  [(.investor, ["카카오"]), (.target, ["한빛실트론", "한빛스페셜티"])])
    }

    /// In the sentence MeCab reads `손잡고` as a proper noun; it opens no spaced name.
    @Test func aPartnerJoinedBeforeATakeoverIsAPartnerNotATarget() {
        let text = "누리텔레콤은 한빛테크와 손잡고 동방시스템을 인수했다."
        expectOneAnyOrder(.partnership, text, .party, ["누리텔레콤", "한빛테크"])
        expectOne(.investment, text, [(.investor, ["누리텔레콤"]), (.target, ["동방시스템"])])
    }

    @Test func harbouringWarinessIsNoTakeover() {
        #expect(only(.investment, "네이버는 카카오에 대한 경계심을 품으며 대응책을 마련했다.").isEmpty)
    }

    @Test func aCapitalInjectionIsAnInvestment() {
        expectOne(.investment, "카카오는 지난 7월 경영난을 겪고 있는 클라우드 자회사 누리엔터프라이즈에 1000억원을 수혈했다.",
                  [(.investor, ["카카오"]), (.target, ["누리엔터프라이즈"])])
    }

    @Test(arguments: [
        "정부는 누리테크를 대북 독자제재 대상 기관에 추가했다.",
        "미국 상무부는 누리테크를 수출 통제 대상 기업에 추가했다.",
    ])
    func anAdditionToTheBodiesUnderSanctionsIsABan(text: String) {
        let found = only(.ban, text)
        #expect(found.count == 1 && found[0].names(.target) == ["누리테크"], "\(found.map(\.participants))")
    }
}
