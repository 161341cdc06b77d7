import Events
import Testing
@testable import Extraction

/// Events told in relative clauses, a measure received by a listed set, and a name of two words
/// after a classifier (sentences of our own, invented firms).
@Suite struct ClausesAndSpacedNamesTests {
    @Test func aReceivedMeasureOnTheListItsClauseModifies() {
        let found = only(.ban, "미국 상무부의 블랙리스트에 오른 대상은 누리반도체와 한빛테크, 동방전자 등 8개 기업이다.")
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.imposer) == ["미국 상무부"])
        #expect(found.first?.names(.target) == ["누리반도체", "한빛테크", "동방전자"])
    }

    /// Regression guard: a partner named with 와/과 after the name the clause modifies is no target.
    @Test func aPartnerAfterTheModifiedNameIsNoTarget() {
        let found = only(.ban, "미국의 제재를 받고 있는 누리반도체와 협력한 한빛테크는 매출이 줄었다.")
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리반도체"])
    }

    @Test(arguments: [
        ("한빛전자는 미국 스타트업 바로솔 AI와 업무협약을 맺었다.", EventKind.partnership, Role.party, ["한빛전자", "바로솔 AI"]),
        ("호주 개인정보위원회는 미국 기업 세렌뷰 AI에 모은 자료를 파기하라고 명령했다.", .ban, .target, ["세렌뷰 AI"]),
        ("한빛전자는 물류 스타트업 바로솔 테크놀로지의 지분 30%를 인수했다.", .investment, .target, ["바로솔 테크놀로지"]),
    ])
    func aBareWordAndASuffixAfterAClassifierAreOneName(text: String, kind: EventKind, role: Role, names: [String]) {
        expectOne(kind, text, role, names)
    }

    /// Regression guard: a dictionary word after the classifier opens no name.
    @Test func aDictionaryWordAfterAClassifierIsNoName() {
        let names = events("한빛전자는 국내 스타트업 육성 AI 프로그램을 운영하며 누리텔레콤과 협력한다.").flatMap { $0.participants.map(\.name) }
        #expect(!names.contains { $0.hasSuffix(" AI") }, "\(names)")
    }

    @Test(arguments: [
        "누리텔레콤은 국내 게임업체 한빛게임즈와 공동 개발한 언어모델 3종을 공개했다.",
        "누리텔레콤은 한빛게임즈와 함께 개발한 서비스를 내놨다.",
    ])
    func aPartnershipInAClauseOnAThingIsTheSentencesSubjects(text: String) {
        expectOne(.partnership, text, .party, ["누리텔레콤", "한빛게임즈"])
    }

    /// Regression guard: a clause with a subject of its own is not the sentence's subject's.
    @Test func aClauseWithItsOwnSubjectLeavesTheTopicOut() {
        let parties = only(.partnership, "누리텔레콤은 한빛게임즈와 동방소프트가 공동 개발한 모델을 도입했다.").flatMap { $0.names(.party) }
        #expect(!parties.contains("누리텔레콤"), "\(parties)")
    }

    /// A clause with a subject of its own that names no organization, or a deal that never
    /// happened, gives no partnership.
    @Test(arguments: [
        "누리텔레콤은 고객사들이 한빛게임즈와 공동 개발한 모델을 도입했다.",
        "누리텔레콤은 한빛게임즈와 제휴한 적이 없다고 밝혔다.",
        "누리텔레콤은 한빛게임즈와 협력한 사실이 없다.",
    ])
    func noPartnershipOfTheTopicInTheseClauses(text: String) {
        let parties = only(.partnership, text).flatMap { $0.names(.party) }
        #expect(!parties.contains("누리텔레콤"), "\(parties)")
    }

    /// A loanword that names a kind of product before `AI` is no firm's name.
    @Test(arguments: [
        "한빛전자는 국내 기업 온디바이스 AI에 투자한다.",
        "한빛전자는 로봇 스타트업 피지컬 AI에 50억원을 투자했다.",
    ])
    func aKindOfProductBeforeAFirmFormIsNoName(text: String) {
        expectNone(.investment, text)
    }

    @Test func aMeasureNotReceivedIsNone() {
        let text = "미국 상무부의 블랙리스트에 오른 대상은 누리반도체와 한빛테크, 동방전자 등이 아니다."
        expectNone(.ban, text)
    }

    @Test(arguments: [
        "누리텔레콤이 대만 게임 기업 한빛소프트와 앱마켓 서비스 협력을 위한 계약을 체결했다고 21일 밝혔다.",
        "누리텔레콤은 한빛소프트와 협업을 위한 계약을 맺었다.",
    ])
    func aContractForCooperationIsAPartnership(text: String) {
        expectOne(.partnership, text, .party, ["누리텔레콤", "한빛소프트"])
    }

    /// The organizations of a subject that joined a partner told by a common noun did not join
    /// one another.
    @Test func aPartnerToldByACommonNounIsUnnamed() {
        let text = "누리텔레콤, 한빛전자, 동방소프트 등이 신생 게임사와 손을 잡은 데 이어 서진랩스도 투자처를 찾고 있다."
        expectNone(.partnership, text)
    }

    @Test func aDealsNounCarriedByHaeGoesOn() {
        expectOne(.investment, "누리텔레콤은 최근 신생 게임사인 한빛소프트에 전략적 투자를 해 판권을 확보했다.",
                  [(.investor, ["누리텔레콤"]), (.target, ["한빛소프트"])])
    }

    @Test func aPermitSuspendedIsABan() {
        let found = only(.ban, "캘리포니아주 차량관리국은 누리모빌리티의 무인택시 운행 허가를 중단했다.")
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리모빌리티"])
    }

    /// `현대·기아차`: the word before the middle dot shares the end of the name after it.
    @Test(arguments: [
        ("현대·기아차는 누리텔레콤과 자율주행 업무협약을 맺었다.", ["현대자동차", "기아", "누리텔레콤"]),
        ("삼성·LG전자가 누리텔레콤과 업무협약을 맺었다.", ["삼성전자", "LG전자", "누리텔레콤"]),
    ])
    func aWordBeforeTheMiddleDotSharesTheNamesEnd(text: String, parties: [String]) {
        expectOne(.partnership, text, .party, parties)
    }

    /// Regression guard: 와/과 that joins the nouns of a field names no partner.
    @Test func nounsJoinedByWaAreNoPartner() {
        expectOne(.partnership, "누리텔레콤과 한빛전자는 AI와 클라우드 분야에서 협력하기로 했다.", .party, ["누리텔레콤", "한빛전자"])
    }
}
