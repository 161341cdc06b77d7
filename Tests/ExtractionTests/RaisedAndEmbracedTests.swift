import Events
import Testing
@testable import Extraction

/// Money raised from named investors, takeovers told as 품다, and the targets listed after 금지 대상.
@Suite struct RaisedAndEmbracedTests {
    @Test(arguments: [
        ("누리AI는 신규 투자자 세림인베스트먼트로부터 200억원을 조달했다.", "세림인베스트먼트", "누리AI"),
        ("업스테이지가 한빛벤처스로부터 500만 달러를 조달했다.", "한빛벤처스", "업스테이지"),
        ("누리바이오는 세림캐피탈로부터 300만 유로를 조달했다고 밝혔다.", "세림캐피탈", "누리바이오"),
    ])
    func moneyRaisedFromAnInvestor(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target])
    }

    @Test(arguments: [
        ("스캐터랩은 2011년 설립된 AI 스타트업이다. 지난 2015년에는 한빛네트워크와 세림벤처스로부터 13억원을 유치했다.", "스캐터랩", ["한빛네트워크", "세림벤처스"]),
        ("누리AI는 음성 인식 기술을 개발한다. 지난해에는 세림인베스트먼트로부터 50억원을 투자받았다.", "누리AI", ["세림인베스트먼트"]),
        ("오로라칩스는 2019년 창업했다. 이후 한빛벤처스와 세림캐피탈로부터 200억원을 유치했다.", "오로라칩스", ["한빛벤처스", "세림캐피탈"]),
    ])
    func theArticlesOrganizationReceivesWhenLeftOut(text: String, target: String, investors: [String]) {
        // The round's company is left out of the sentence: it is the organization the article is about.
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [target], "\(events(text).map(\.participants))")
        #expect(Set(i.first?.names(.investor) ?? []) == Set(investors))
    }

    @Test(arguments: [
        "KT는 올해 안에 GPU 수천장을 투입해 'GPU팜'을 구축한다.",
        "네이버는 연구 인력 300명을 투입했다.",
        "삼성전자는 예산 500억원을 집행했다.",
    ])
    func whatIsSpentIsNoTarget(text: String) {
        #expect(only(.investment, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test func spendingOnANamedCompanyStillInvests() {
        let i = only(.investment, "KT는 리벨리온에 300억원을 투입했다.")
        #expect(i.first?.names(.target) == ["리벨리온"])
    }

    @Test func materialsBoughtFromASupplierAreNoInvestment() {
        #expect(only(.investment, "누리전자는 세림화학으로부터 핵심 부품을 조달했다.").isEmpty)
    }

    @Test(arguments: [
        "세림전자가 누리테크를 품었다.",
        "세림전자는 결국 누리테크를 품게 됐다.",
        "세림전자가 1조원에 누리테크를 품는다.",
    ])
    func aTakeoverToldAsEmbracing(text: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == ["세림전자"])
        #expect(i.first?.names(.target) == ["누리테크"])
    }

    @Test(arguments: [
        "인도 정부는 중국 앱 59개의 사용을 금지했다. 금지 대상에는 틱톡과 위챗이 포함됐다.",
        "인도 정부는 중국 앱 59개를 차단했다. 차단 대상에는 틱톡, 위챗 등이 들어갔다.",
        "인도 정부는 중국 앱 59개의 사용을 막았다. 금지된 앱은 틱톡, 위챗 등이다.",
    ])
    func targetsListedAfterTheirHead(text: String) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.target) }) == ["틱톡", "위챗"])
        #expect(b.allSatisfy { $0.names(.imposer) == ["인도 정부"] })
    }
}

/// Shares taken up are an investment in their company; the report of it stands back.
@Suite struct SharesTakenUpTests {
    @Test(arguments: [
        "세림전자는 누리테크 주식을 취득하기로 했다고 밝혔다.",
        "세림전자는 1000억원 규모의 누리테크 신주를 인수한다.",
        "세림전자가 누리테크 주식 취득을 마쳤다.",
    ])
    func sharesTakenUp(text: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == ["세림전자"])
        #expect(i.first?.names(.target) == ["누리테크"])
        #expect(only(.announcement, text).isEmpty)
    }
}

/// Leading a round, joining as an investor.
@Suite struct LeadInvestorTests {
    @Test(arguments: [
        "한빛벤처스는 누리AI의 시리즈B 라운드를 주도했다.",
        "한빛벤처스가 누리AI의 300억원 규모 투자를 이끌었다.",
        "한빛벤처스는 누리AI에 전략적 투자자로 참여했다.",
    ])
    func aLeadOrAJoiningInvestor(text: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == ["한빛벤처스"])
        #expect(i.first?.names(.target) == ["누리AI"], "\(i.map(\.participants))")
    }

    @Test func roundsAfterTheRoundTakeTheirCompany() {
        let text = "누리AI는 300억원 규모의 시리즈B 투자를 유치했다. 한빛벤처스가 이번 라운드를 주도했고 세림캐피탈이 참여했다."
        let investors = Set(only(.investment, text).filter { $0.names(.target) == ["누리AI"] }.flatMap { $0.names(.investor) })
        #expect(investors.contains("한빛벤처스"), "\(investors)")
    }
}

/// An investment told in a clause that modifies a round, and an agreement joined to an investment.
@Suite struct JoinedClauseTests {
    @Test(arguments: [
        "한빛캐피탈이 누리AI에 최대 400억 달러를 투자하는 라운드를 주도한다.",
        "한빛캐피탈이 누리AI에 30억 달러를 투자하는 협상을 마쳤다.",
    ])
    func anInvestmentInAClauseThatModifiesARound(text: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == ["한빛캐피탈"])
        #expect(i.first?.names(.target) == ["누리AI"])
    }

    @Test(arguments: [
        "한빛텔레콤은 누리AI에 1억 달러를 투자하고 전략적 파트너십을 맺었다.",
        "한빛텔레콤은 누리AI에 1억 달러를 투자하며 업무협약을 체결했다.",
        "한빛텔레콤은 누리AI 지분을 인수하고 공동 개발에 나선다.",
    ])
    func anAgreementJoinedToAnInvestmentIsWithItsOtherSide(text: String) {
        #expect(Set(only(.partnership, text).first?.names(.party) ?? []) == ["한빛텔레콤", "누리AI"])
    }
}

/// Companies invested in, listed with names no rule knows.
@Suite struct ListedTargetTests {
    @Test(arguments: [
        ("한빛벤처스는 루미노칩, 세나바이오, 아크모션에 투자했다.", ["루미노칩", "세나바이오", "아크모션"]),
        ("한빛벤처스는 아크모션, 누리전자에 투자했다.", ["아크모션", "누리전자"]),
        ("세림캐피탈은 올해 노바웨이브, 한빛로보틱스에 투자했다.", ["노바웨이브", "한빛로보틱스"]),
    ])
    func unknownNamesListedBeforeAKnownOne(text: String, targets: [String]) {
        #expect(Set(only(.investment, text).flatMap { $0.names(.target) }) == Set(targets))
    }
}
