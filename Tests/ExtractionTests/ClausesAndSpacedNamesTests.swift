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

    @Test func aContractForCooperationIsAPartnership() {
        expectOne(.partnership, "누리텔레콤이 대만 게임 기업 한빛소프트와 앱마켓 서비스 협력을 위한 계약을 체결했다고 21일 밝혔다.",
                  .party, ["누리텔레콤", "한빛소프트"])
    }
}
