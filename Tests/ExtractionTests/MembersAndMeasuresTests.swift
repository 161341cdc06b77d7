import Events
import Testing
@testable import Extraction

/// Bodies told by their members, a measure's imposer speaking of it, and a few shapes of the
/// phrase that carries a deal (sentences of our own, invented firms).
@Suite struct MembersAndMeasuresTests {
    @Test(arguments: [
        ("누리 컨소시엄은 한빛은행, 동방건설, 서진랩스 등 4개사로 구성됐다.", ["한빛은행", "동방건설", "서진랩스"]),
        ("누리 컨소시엄은 주관사인 누리텔레콤을 필두로 ▲한빛은행 ▲동방건설 ▲서진랩스 등 4개사로 구성됐다.",
         ["누리텔레콤", "한빛은행", "동방건설", "서진랩스"]),
        ("이 협의체는 누리텔레콤을 중심으로 ▲한빛은행 ▲동방 건설 ▲서진랩스 등 4곳으로 이뤄졌다.",
         ["누리텔레콤", "한빛은행", "동방 건설", "서진랩스"]),
    ])
    func aBodyMadeOfItsListedMembersIsOnePartnership(text: String, parties: [String]) {
        expectOne(.partnership, text, .party, parties)
    }

    /// Regression guard: a body of people stays no partnership now that `…로 구성됐다` unites.
    @Test func aBodyMadeOfPeopleIsNone() {
        #expect(only(.partnership, "이 위원회는 한빛대 교수와 동방연구원 연구원 등 12명으로 구성됐다.").isEmpty)
    }

    @Test(arguments: [
        "누리텔레콤은 한빛전자와 업무협약을 따로 맺었다.",
        "누리텔레콤은 한빛전자와 '친환경 미래도시 업무협약'을 따로 맺고 모델을 넓히기로 했다.",
        "누리텔레콤은 한빛전자와 업무협약을 별도로 체결했다.",
    ])
    func anAdverbBetweenTheDealsNounAndItsVerb(text: String) {
        expectOne(.partnership, text, .party, ["누리텔레콤", "한빛전자"])
    }

    @Test(arguments: [
        "누리텔레콤이 한빛소프트·동방소프트·서진랩스 등 30개 이상의 기업들과 ‘음성인식 동맹’(VIA)을 체결했다.",
        "누리텔레콤이 한빛소프트·동방소프트·서진랩스 등 20곳 가량의 기업들과 동맹을 맺었다.",
        "누리텔레콤은 한빛소프트, 동방소프트, 서진랩스와 글로벌 AI 얼라이언스를 결성했다.",
    ])
    func anAllianceWithACountedList(text: String) {
        expectOne(.partnership, text, .party, ["누리텔레콤", "한빛소프트", "동방소프트", "서진랩스"])
    }

    @Test(arguments: [
        "러시아 모스크바 중재법원은 지난 19일 누리전자에 스마트폰 모델을 수입·판매하는 것을 금지하는 판결을 내렸다.",
        "미국 국제무역위원회는 누리전자에 배터리를 수입하는 것을 금지하는 판정을 내렸다.",
    ])
    func whoMayNoLongerDoTheActIsTheTarget(text: String) {
        #expect(only(.ban, text).first?.names(.target) == ["누리전자"], "\(events(text).map { ($0.kind, $0.participants.map(\.name)) })")
    }

    /// Regression guard for the rule above.
    @Test func whatTheActIsOnIsNotWhoIsBarred() {
        // `A에 접근하는 것을`: the act has no object of its own; A is what access is cut to.
        let text = "한빛방송통신위원회는 국내에서 누리톡에 접근하는 것을 통제하겠다고 밝혔다."
        #expect(!only(.ban, text).contains { $0.names(.target).contains("누리톡") && $0.names(.imposer).isEmpty })
        #expect(!only(.ban, text).contains { $0.names(.imposer).contains("누리톡") })
    }

    @Test(arguments: [
        "미국 상무부는 화성전자를 수출통제 명단에 올렸다. 상무부는 화성전자가 국가 안보를 위협할 위험이 있다며 이번 조치를 단행했다고 밝혔다.",
        "캐나다 정부는 틱톡의 사용을 금지했다. 캐나다 정부는 이번 규제가 이용자 보호를 위한 것이라고 발표했다.",
    ])
    func whatTheImposerSaysOfItsMeasureStandsBack(text: String) {
        let all = events(text)
        #expect(all.contains { $0.kind == .ban })
        #expect(!all.contains { $0.kind == .announcement }, "\(all.map { ($0.kind, $0.participants.map(\.name)) })")
    }

    /// Regression guard for the rule above: lifting a measure is news of its own.
    @Test func liftingAMeasureIsAnnounced() {
        let text = "캐나다 정부는 틱톡의 사용을 금지했다. 이후 캐나다 정부는 조치를 완화해 기업용 제품에 한해 사용을 허용한다고 발표했다."
        #expect(only(.announcement, text).contains { $0.names(.actor) == ["캐나다 정부"] }, "\(events(text).map { ($0.kind, $0.participants.map(\.name)) })")
    }

    @Test func aFirmNamedAfterItsClassifierWithTheCopula() {
        expectOne(.investment, "전기차 충전 플랫폼 기업인 누리링크가 한빛솔루션의 충전사업 부문을 인수했다.",
                  [(.investor, ["누리링크"]), (.target, ["한빛솔루션"])])
    }

    @Test(arguments: [
        "누리게임즈는 올해 상반기에만 네 군데의 외부 개발사에 총 900억원을 투자했다.",
        "누리전자는 국내 여러 제조사에 투자했다.",
    ])
    func aClassifierAloneNamesNoFirm(text: String) {
        #expect(!only(.investment, text).contains { !$0.names(.target).isEmpty }, "\(events(text).map { ($0.kind, $0.participants.map(\.name)) })")
    }

    @Test(arguments: [
        "한빛코발트와 누리퓨처엠은 지난해 C&P신소재를 합작 설립했다.",
        "C&P신소재는 글로벌 전구체 1위 기업 한빛코발트와 이차전지 소재기업 누리퓨처엠이 각각 80%, 20% 지분율로 합작 설립했다.",
    ])
    func foundingAJointVentureIsAPartnership(text: String) {
        expectOne(.partnership, text, .party, ["한빛코발트", "누리퓨처엠"])
    }

    @Test func aDescriptionOfNounsEndingInJiStandsBetweenAPair() {
        // `이차전지` ends in a syllable that also closes verbs (`하지`); read as a noun it may stand
        // between 와/과 and the next name.
        expectOne(.partnership, "누리텔레콤과 이차전지 소재기업 한빛케미칼은 업무협약을 맺었다.", .party, ["누리텔레콤", "한빛케미칼"])
    }

    @Test func aUnitTitleFollowsNoPersonsName() {
        // `전기차 충전사업 부문을`: 부문 names a unit, so 전기차 is read as no person and 충전사업 as no firm.
        let found = only(.investment, "충전 플랫폼 기업 누리링크가 한빛솔루션의 전기차 충전사업 부문을 인수했다.")
        #expect(found.first?.names(.target) == ["한빛솔루션"], "\(found.map(\.participants))")
    }
}
