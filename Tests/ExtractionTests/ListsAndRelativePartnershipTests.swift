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

    @Test(arguments: [
        ("누리AI의 시리즈B 라운드는 세림인베스트먼트가 주도했다.", "누리AI", ["세림인베스트먼트"]),
        ("오로라랩스의 이번 시리즈A 라운드는 한빛벤처스가 주도했으며 세림캐피탈이 새로 참여했다.", "오로라랩스", ["한빛벤처스", "세림캐피탈"]),
        ("큐브AI의 프리A 라운드는 누리파트너스가 이끌었다.", "큐브AI", ["누리파트너스"]),
    ])
    func aRoundNamedByItsCompany(text: String, company: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [company], "\(events(text).map(\.participants))")
        #expect(Set(i.first?.names(.investor) ?? []) == Set(investors))
    }

    @Test(arguments: [
        ("앞서 미국 연방통신위원회도 지난 3월 하이크비전과 다화테크놀로지를 위협 기업 명단에 올린 바 있다.", ["하이크비전", "다화테크놀로지"]),
        ("미국 상무부는 지난해 누리칩스를 수출통제 대상에 올린 바 있다.", ["누리칩스"]),
        ("중국 상무부는 세림방산을 신뢰할 수 없는 기업 목록에 올린 뒤 수입을 막았다.", ["세림방산"]),
    ])
    func putOnAListInTheBackground(text: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(Set(b.first.map { $0.participants.filter { $0.role == .target }.map { $0.surface ?? $0.name } } ?? []) == Set(targets), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("중국 인민해방군은 군사시설에 테슬라 차량의 출입을 금지했다.", "테슬라"),
        ("서울시는 누리모터스 차량의 도심 진입을 금지했다.", "누리모터스"),
        ("인도 정부는 샤오미 스마트폰의 판매를 금지했다.", "샤오미"),
    ])
    func aFirmNamedBeforeItsGoods(text: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target).contains(target) == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "누리칩스는 2022년 시리즈B에서 세림캐피탈과 한빛벤처스로부터 투자를 받았다.",
        "오로라랩스는 프리A에서 누리인베스트먼트로부터 투자를 받았다.",
    ])
    func aRoundIsNoInvestor(text: String) {
        let investors = only(.investment, text).flatMap { $0.names(.investor) }
        #expect(!investors.contains { $0.hasPrefix("시리즈") || $0.hasPrefix("프리") }, "\(investors)")
        #expect(!investors.isEmpty)
    }

    @Test(arguments: [
        ("LG화학은 미국 세포치료제 개발사 노바셀 테라퓨틱스 인수를 마무리했다.", "노바셀 테라퓨틱스"),
        ("세림제약은 오로라파마슈티컬스를 인수했다.", "오로라파마슈티컬스"),
        ("한빛그룹은 누리바이오사이언스에 100억원을 투자했다.", "누리바이오사이언스"),
    ])
    func drugMakersByTheirForm(text: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [target], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("삼성SDS가 이끄는 컨소시엄이 우선협상대상자로 뽑혔다. 컨소시엄에는 삼성전자, 네이버클라우드, KT 등이 참여했다.", ["삼성SDS", "삼성전자", "네이버클라우드", "KT"]),
        ("세림정보 컨소시엄이 사업자로 선정됐다. 컨소시엄에는 누리테크와 한빛데이터가 참여한다.", ["세림정보", "누리테크", "한빛데이터"]),
        ("한빛시스템이 주관하는 컨소시엄이 과제를 따냈다. 컨소시엄에는 오로라랩스, 누리AI가 이름을 올렸다.", ["한빛시스템", "오로라랩스", "누리AI"]),
    ])
    func membersOfAConsortiumLedBefore(text: String, parties: [String]) {
        // A list that opens with the head names the members; the lead was named in a sentence before.
        let p = only(.partnership, text)
        #expect(p.first?.names(.party) == parties, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("세림전자와 누리테크가 차세대 칩을 함께 개발한다.", ["세림전자", "누리테크"]),
        ("한빛데이터는 오로라랩스와 AI 데이터센터를 함께 구축한다.", ["한빛데이터", "오로라랩스"]),
        ("네이버클라우드와 인텔, 카이스트가 AI 소프트웨어 생태계를 함께 만든다.", ["네이버클라우드", "인텔", "한국과학기술원"]),
    ])
    func aJointUndertaking(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(events(text).map(\.participants))")
    }

    @Test func aJointUndertakingNeedsTwoSides() {
        #expect(only(.partnership, "세림전자는 차세대 칩을 함께 개발한다.").isEmpty)
    }

    @Test(arguments: [
        "세림전자와 누리테크, 한빛데이터가 협의체를 꾸렸다. 세 기관은 10일 업무협약을 체결했다.",
        "세림전자와 누리테크, 한빛데이터가 AI 칩을 함께 개발한다. 3사는 이날 협약을 맺었다.",
    ])
    func threePartiesNamedBefore(text: String) {
        // `세 기관`, `3사`: the three parties of the partnership told before.
        let p = only(.partnership, text)
        #expect(p.contains { Set($0.names(.party)) == ["세림전자", "누리테크", "한빛데이터"] }, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("일본 정부는 2019년 7월 한국에 대한 반도체 소재 수출 규제를 강화했다.", "일본 정부", "한국", ["한국", "반도체 소재"]),
        ("일본 경제산업성은 러시아에 대해 반도체와 센서 등 57개 제품의 수출을 금지하기로 했다.", "일본 경제산업성", "러시아", ["러시아"]),
        ("미국 정부는 중국에 대한 첨단 반도체 수출을 금지했다.", "미국 정부", "중국", ["중국"]),
    ])
    func exportsBannedAgainstACountry(text: String, imposer: String, country: String, targets: [String]) {
        // A measure on exports against a country (에 대해, 에 대한) is on that country (and on the
        // goods it names, ExportedGoodsTests).
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer], "\(events(text).map(\.participants))")
        let written = b.first.map { $0.participants.filter { $0.role == .target }.map { $0.surface ?? $0.name } }
        #expect(written?.first == country)
        #expect(written.map(Set.init) == Set(targets), "\(written ?? [])")
    }

    @Test(arguments: [
        "미국 정부는 중국 기업에 대한 제재를 강화했다.",
        "미국 상무부는 중국의 드론 업체 세림에어로를 수출통제 명단에 올렸다.",
    ])
    func aCountryThatSaysWhoseFirmsIsNoTarget(text: String) {
        let targets = only(.ban, text).flatMap { $0.participants.filter { $0.role == .target }.map { $0.surface ?? $0.name } }
        #expect(!targets.contains("중국"), "\(targets)")
    }
}
