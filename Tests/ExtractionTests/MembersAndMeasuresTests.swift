import Events
import Testing
@testable import Extraction

/// Bodies told by their members, a measure's imposer speaking of it, and a few shapes of the
/// phrase that carries a deal (sentences of our own, invented firms).
@Suite struct MembersAndMeasuresTests {
    @Test(arguments: [
        ("새로 출범한 누리 협의체는 한빛은행, 동방건설, 서진랩스 등 3곳으로 구성됐다.", ["한빛은행", "동방건설", "서진랩스"]),
        ("누리 컨소시엄은 누리텔레콤을 필두로 ▲한빛은행 ▲동방건설 ▲서진랩스 등 4개사로 구성됐다.",
         ["누리텔레콤", "한빛은행", "동방건설", "서진랩스"]),
        ("한빛 얼라이언스는 누리텔레콤을 중심으로 ▲한빛은행 ▲동방 건설 ▲서진랩스 등 4곳으로 이뤄졌다.",
         ["누리텔레콤", "한빛은행", "동방 건설", "서진랩스"]),
    ])
    func aBodyMadeOfItsListedMembersIsOnePartnership(text: String, parties: [String]) {
        expectOne(.partnership, text, .party, parties)
    }

    /// Regression guards: what 로 closes is not always the list (`현금으로`, `20개 종목으로`), and
    /// bullets set off anything (`▲기조연설`).
    @Test(arguments: [
        "한빛전자와 누리텔레콤의 협상은 비공개로 이뤄졌다.",
        "누리자산운용의 반도체 펀드는 한빛전자, 동방반도체, 서진테크 등 20개 종목으로 구성됐다.",
        "심사위원단은 한빛대, 동방연구원, 서진랩스 소속 전문가 12명으로 구성됐다.",
        "올해 행사는 ▲개막 연설 ▲한빛전자 세션 ▲토론회로 이뤄졌다.",
    ])
    func whatTheVerbsLoCloseIsNotAlwaysAList(text: String) {
        expectNone(.partnership, text)
    }

    @Test(arguments: [
        "세림테크는 동방시스템과 지난달 공급 협약을 따로 맺었다.",
        "세림테크는 동방시스템과 '스마트 물류 협약'을 따로 맺고 시범 사업에 들어갔다.",
        "세림테크는 동방시스템과 연구개발 협약을 별도로 체결했다.",
    ])
    func anAdverbBetweenTheDealsNounAndItsVerb(text: String) {
        expectOne(.partnership, text, .party, ["세림테크", "동방시스템"])
    }

    @Test(arguments: [
        "세림테크는 한빛소프트·동방소프트·서진랩스 등 20개 이상의 기업들과 물류 동맹을 체결했다.",
        "세림테크는 한빛소프트, 동방소프트, 서진랩스 등 10곳 가량의 업체들과 손을 잡고 동맹을 맺었다.",
        "세림테크는 한빛소프트, 동방소프트, 서진랩스와 함께 물류 얼라이언스를 결성했다.",
    ])
    func anAllianceWithACountedList(text: String) {
        expectOne(.partnership, text, .party, ["세림테크", "한빛소프트", "동방소프트", "서진랩스"])
    }

    @Test(arguments: [
        "러시아 모스크바 중재법원은 누리전자에 노트북을 판매하는 것을 금지하는 판결을 내렸다.",
        "미국 국제무역위원회는 지난주 누리전자에 전지 부품을 들여오는 것을 금지하는 판정을 내렸다.",
    ])
    func whoMayNoLongerDoTheActIsTheTarget(text: String) {
        #expect(only(.ban, text).first?.names(.target) == ["누리전자"], "\(summary(text))")
    }

    /// Regression guard for the rule above: when the act has a subject of its own, that subject is
    /// barred, not the one named with 에.
    @Test func theActsOwnSubjectIsBarred() {
        let found = only(.ban, "한빛지방법원은 한빛전자가 누리전자에 특허료를 청구하는 것을 금지했다.")
        #expect(found.first?.names(.target) == ["한빛전자"], "\(found.map(\.participants))")
        #expect(found.first?.names(.imposer) == ["한빛지방법원"], "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "미국 상무부는 화성전자를 수출통제 명단에 올렸다. 상무부는 화성전자 장비가 안보를 위협한다며 이번 조치를 단행했다고 밝혔다.",
        "캐나다 정부는 틱톡의 사용을 금지했다. 캐나다 정부는 이 같은 규제가 이용자 보호를 위한 것이라고 발표했다.",
    ])
    func whatTheImposerSaysOfItsMeasureStandsBack(text: String) {
        let all = events(text)
        #expect(all.contains { $0.kind == .ban })
        #expect(!all.contains { $0.kind == .announcement }, "\(all.map { ($0.kind, $0.participants.map(\.name)) })")
    }

    /// Regression guards for the rule above: lifting a measure, a new measure and news of
    /// something else are announced.
    @Test(arguments: [
        "캐나다 정부는 틱톡의 사용을 금지했다. 이후 캐나다 정부는 조치를 완화해 기업용 기기에 한해 사용을 허용한다고 발표했다.",
        "과학기술정보통신부는 누리톡의 국내 접속을 차단했다. 과학기술정보통신부는 피해 기업을 위한 금융 지원 조치를 발표했다.",
        "과학기술정보통신부는 누리톡의 국내 접속을 차단했다. 과학기술정보통신부는 또 내부통제 개선 보고서를 공개했다.",
    ])
    func otherNewsOfTheImposerIsAnnounced(text: String) {
        #expect(only(.announcement, text).count == 1, "\(summary(text))")
    }

    @Test func aFirmNamedAfterItsClassifierWithTheCopula() {
        expectOne(.investment, "물류 로봇 기업인 누리링크가 지난달 한빛솔루션의 배송 로봇 부문을 사들였다.",
                  [(.investor, ["누리링크"]), (.target, ["한빛솔루션"])])
    }

    @Test(arguments: [
        "누리게임즈는 올해 세 곳의 국내 개발사에 모두 300억원을 투자했다.",
        "누리전자는 국내 여러 제조사에 투자했다.",
    ])
    func aClassifierAloneNamesNoFirm(text: String) {
        #expect(!only(.investment, text).contains { !$0.names(.target).isEmpty }, "\(summary(text))")
    }

    @Test(arguments: [
        "한빛코발트와 누리퓨처엠은 지난해 세림소재를 합작 설립했다.",
        "세림소재는 한빛코발트와 누리퓨처엠이 60대 40으로 합작 설립한 회사로 출발했다.",
    ])
    func foundingAJointVentureIsAPartnership(text: String) {
        expectOne(.partnership, text, .party, ["한빛코발트", "누리퓨처엠"])
    }

    @Test func aDescriptionOfNounsEndingInJiStandsBetweenAPair() {
        // `이차전지` ends in a syllable that also closes verbs (`하지`); read as a noun it may stand
        // between 와/과 and the next name.
        expectOne(.partnership, "누리텔레콤과 이차전지 소재기업 한빛케미칼은 업무협약을 맺었다.", .party, ["누리텔레콤", "한빛케미칼"])
    }

    /// Regression guard for the test above: the particle 까지 still ends the description.
    @Test func untilEndsTheDescription() {
        let found = only(.investment, "한빛전자는 누리텔레콤과 내년까지 반도체 기업 동방반도체를 공동 인수하기로 했다.")
        #expect(found.first?.names(.target) == ["동방반도체"], "\(found.map(\.participants))")
    }

    @Test func aUnitTitleFollowsNoPersonsName() {
        // `전기차 정비사업 부문을`: 부문 names a unit, so 전기차 is read as no person and 정비사업 as no firm.
        let found = only(.investment, "물류 기업 누리링크가 한빛솔루션의 전기차 정비사업 부문을 사들였다.")
        #expect(found.first?.names(.target) == ["한빛솔루션"], "\(found.map(\.participants))")
    }

    @Test func anIntentionToJoinJoinsNothing() {
        let text = "누리텔레콤은 한빛은행과 손잡고 인터넷은행 설립을 위한 업무협약을 체결했다. 현재 동방카드, 서진증권 등이 컨소시엄에 참여 의사를 밝혔다."
        #expect(only(.partnership, text).first?.names(.party) == ["누리텔레콤", "한빛은행"], "\(summary(text))")
    }
}
