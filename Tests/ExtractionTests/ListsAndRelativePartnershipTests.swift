import Events
import Testing
@testable import Extraction

/// Targets put on a list its owner keeps, lists closed by 등 after a classifier's name, talks and
/// denied plans that are no event, and partnerships told in a relative clause or by the clause that
/// made them.
@Suite struct ListsAndRelativePartnershipTests {
    @Test(arguments: [
        ("화웨이는 2019년 미국 상무부의 거래제한 명단에 올랐다.", "미국 상무부", "화웨이"),
        ("누리칩스는 지난해 미국 상무부의 수출통제 대상에 올랐다.", "미국 상무부", "누리칩스"),
        ("세림반도체는 중국 상무부의 블랙리스트에 오른 뒤 사업을 접었다.", "중국 상무부", "세림반도체"),
    ])
    func putOnTheListOfItsOwner(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.target) == [target])
    }

    @Test(arguments: [
        ("YMTC는 2022년 12월 미국 정부에 의해 수출통제 대상에 올랐다.", "미국 정부", "YMTC"),
        ("누리칩스는 미국 상무부에 의해 제재 대상에 올랐다.", "미국 상무부", "누리칩스"),
        ("세림반도체는 일본 정부에 의해 수출 통제 대상에 올랐다.", "일본 정부", "세림반도체"),
    ])
    func putOnAListByANamedDoer(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.target) == [target])
    }

    @Test(arguments: [
        ("중국 상무부는 미국 방산업체 록히드마틴 등 10곳을 명단에 올렸다.", "록히드마틴"),
        ("미국 상무부는 중국 드론 업체 세림에어로 등 12곳을 수출통제 명단에 올렸다.", "세림에어로"),
        ("중국 정부는 미국 반도체 기업 마이크론 등의 제품 구매를 금지했다.", "마이크론"),
    ])
    func aClassifiersNameClosedByEtc(text: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target).contains(target) == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "인텔과 TSMC의 합작사 설립 논의는 아직 초기 단계다.",
        "세림전자와 누리테크는 합작법인 설립을 놓고 협상 중이다.",
        "한빛그룹은 오로라랩스와 공동 개발 협약을 위한 협상을 진행하고 있다.",
    ])
    func talksAreNoEvent(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "오픈AI는 한국 기업과의 합작법인 설립 계획은 없다고 밝혔다.",
        "세림전자는 누리테크와 협약을 맺을 계획이 없다고 밝혔다.",
        "한빛그룹은 오로라랩스 인수를 추진하지 않는다고 밝혔다.",
    ])
    func aDeniedPlanReportsNothing(text: String) {
        #expect(events(text).isEmpty, "\(events(text).map { ($0.kind, $0.participants) })")
    }

    @Test(arguments: [
        ("지난달 오픈AI와 손잡은 카카오는 이날 새 서비스를 시작했다.", ["오픈AI", "카카오"]),
        ("네이버와 협력한 삼성전자는 새 칩을 내놨다.", ["네이버", "삼성전자"]),
        ("세림전자와 제휴한 누리테크는 해외 시장에 진출했다.", ["세림전자", "누리테크"]),
    ])
    func aPartnershipInARelativeClause(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("김영섭 KT 대표는 지난 5일 팔란티어와 맺은 전략적 파트너십의 의미를 설명했다.", ["KT", "팔란티어"]),
        ("네이버는 삼성전자와 체결한 업무협약에 따라 AI 칩을 공동 개발한다.", ["네이버", "삼성전자"]),
        ("세림전자는 누리테크와 맺은 협약을 바탕으로 공장을 짓는다.", ["세림전자", "누리테크"]),
    ])
    func anAgreementNamedAfterTheClauseThatMadeIt(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "마이크로소프트와 협력하는 방안을 찾고 있다.",
        "협약을 맺은 기업은 모두 20곳이다.",
    ])
    func noPartnershipWithoutBothSides(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("한화에어로스페이스는 폴란드 WB그룹과 현지 생산을 위한 합작 계약을 체결했다.", ["한화에어로스페이스", "WB그룹"]),
        ("세림전자는 누리테크와 합작계약을 맺었다.", ["세림전자", "누리테크"]),
        ("중소벤처기업부와 한국무역협회는 공동 협의체를 꾸리기로 했다.", ["중소벤처기업부", "한국무역협회"]),
    ])
    func aJointVentureContractOrACouncilFormed(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(events(text).map(\.participants))")
    }
}
