import Testing
import Events
@testable import Extraction

/// A topic the recognizer does not know is still the subject (`아지봇은 …로부터 투자를 받았다`), so
/// the organization the article is about does not stand in for it; a body cited as the source
/// (`…에 따르면`) of a clause about something else announces nothing; a description ending in a
/// classifier between a pair (`A와 대표 인터넷 기업 B는`); words read bare before a deal's noun
/// that are vocabulary (`3분기 중으로 합병을`, `타법인에 대한 출자`); and deals told with 품다, 수혈
/// and a list of measures' classifiers (`제재 대상 기관에 추가`).
@Suite struct UnrecognizedTopicsAndDescribedPartnersTests {
    @Test func anUnknownTopicReceivingARoundIsNotTheArticlesOrganization() {
        let text = "카카오는 새 AI 모델을 출시했다고 3일 밝혔다. 아지봇은 이번 투자에 앞서 텐센트와 BYD로부터 투자를 받았다."
        let found = only(.investment, text)
        #expect(!found.contains { $0.names(.target).contains("카카오") }, "\(found.map(\.participants))")
    }

    @Test func anUnknownTopicSigningIsNotTheArticlesOrganization() {
        let text = "카카오는 새 AI 모델을 출시했다고 3일 밝혔다. 누리봇은 지난달 한빛대학교와 업무협약을 체결했다."
        let found = only(.partnership, text)
        #expect(!found.contains { $0.names(.party).contains("카카오") }, "\(found.map(\.participants))")
    }

    @Test func aTopicThatEndsTheArticlesOrganizationStandsForIt() {
        let text = "인공지능산업융합사업단은 새 사업을 시작했다고 3일 밝혔다. 사업단은 같은 날 바인벤처스와도 업무협약을 체결했다."
        expectOneAnyOrder(.partnership, text, .party, ["인공지능산업융합사업단", "바인벤처스"])
    }

    @Test(arguments: [
        "과학기술정보통신부에 따르면 이번 MOU는 양국의 협력을 강화한다는 취지에서 추진됐다.",
        "21일 방송통신심의위원회에 따르면 불법 사이트들은 주소를 바꾸는 수법으로 단속을 피하고 있다.",
    ])
    func aSourceOfAClauseAboutSomethingElseAnnouncesNothing(text: String) {
        #expect(only(.announcement, text).isEmpty)
    }

    @Test func aSourceOfWhatItDidItselfAnnounces() {
        expectOne(.announcement, "과학기술정보통신부에 따르면 지난 14일 서울에서 매칭데이를 개최하고 스타트업 10곳을 최종 선정했다.",
                  .actor, ["과학기술정보통신부"])
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
        ("누리랩스와 한빛텔레콤은 실사를 거쳐 올해 3분기 중으로 합병을 위한 본계약 체결을 마무리할 계획이다.", "중으로"),
        ("19일 업계에 따르면 카카오는 올해 상반기 총 23개 타법인에 대한 출자를 진행했다.", "타법인"),
    ])
    func vocabularyBeforeADealIsNoTarget(text: String, word: String) {
        let found = only(.investment, text)
        #expect(!found.contains { $0.names(.target).contains { $0.contains(word) } }, "\(found.map(\.participants))")
    }

    @Test func aHeadlinesSubjectIsNoPartOfTheFacility() {
        expectOne(.investment, "삼성SDS, 구미 AI 데이터센터에 4273억원 투자",
                  [(.investor, ["삼성SDS"]), (.target, ["구미 AI 데이터센터"])])
    }

    @Test func takeoversToldWithEmbracingOneAfterAnother() {
        expectOne(.investment, "지주사인 카카오가 한빛실트론(웨이퍼 제조), 한빛스페셜티(특수가스 제조)를 차례로 품으며 사업을 키웠다.",
                  [(.investor, ["카카오"]), (.target, ["한빛실트론", "한빛스페셜티"])])
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
