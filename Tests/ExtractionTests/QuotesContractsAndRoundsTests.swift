import Testing
import Events
@testable import Extraction

/// Quotation marks copied carelessly (a name's quote never closed, or closed with a straight
/// apostrophe), stakes bought through a purchase contract, investors named as a round's new
/// investors, an investment a company reports it received, and lists that name things, not
/// partners.
@Suite struct LooseQuoteTests {
    // A quote opened before a name and never closed stops counting 60 scalars on: each first
    // sentence runs past that.
    @Test(arguments: [
        "현지 매체 ‘테크리뷰에 따르면 두 회사의 합병 심사는 각국 경쟁당국에서 차례로 마무리됐고 남은 절차는 주주총회 하나뿐이라고 한다. 한빛전자는 2020년 약 4조원에 누리소프트를 인수한다고 발표했다. 업계는 주목했다.",
        "시장조사업체 ‘오로라리서치가 낸 보고서는 올해 세계 반도체 설계 시장이 지난해보다 두 자릿수 넘게 성장할 것으로 내다봤다. 세림반도체는 지난해 누리칩스를 인수했다. 반응은 엇갈렸다.",
        "외신 「데일리테크의 보도에 따르면 이번 거래는 올해 들어 아시아 반도체 업계에서 이뤄진 거래 가운데 가장 큰 규모로 꼽힌다. 한빛전자는 지난달 오로라랩스를 인수했다. 주가는 올랐다.",
    ])
    func aNamesQuoteLeftOpenDoesNotJoinTheSentencesAfterIt(text: String) {
        let sentences = SentenceSplitter.sentences(text)
        #expect(sentences.count == 3, "\(sentences)")
        #expect(only(.investment, text).count == 1)
    }

    @Test func speechInDoubleQuotesStillHoldsItsSentences() {
        let text = "대표는 \u{201C}우리는 준비를 마쳤다. 내년에 시작한다\u{201D}고 말했다. 회사는 웃었다."
        #expect(SentenceSplitter.sentences(text).count == 2)
    }

    @Test(arguments: [
        ("한빛전자는 지난 16일 독일 스타트업 ‘오로라 시맨틱 랩스'(OSL) 인수 계약을 맺었다.", "오로라 시맨틱 랩스"),
        ("세림반도체는 ‘누리칩스' 지분 40%를 확보했다.", "누리칩스"),
        ("한빛전자가 ‘오로라랩스'를 인수했다.", "오로라랩스"),
    ])
    func aStraightApostropheClosesACurlyQuote(text: String, target: String) {
        expectOne(.investment, text, .target, [target])
    }
}

@Suite struct StakeContractTests {
    @Test(arguments: [
        ("한빛전자는 누리소프트의 지분 51%를 확보하는 주식매매계약을 체결했다고 23일 밝혔다.", "한빛전자", "누리소프트"),
        ("세림반도체는 오로라칩스 지분 51%를 취득하는 계약을 맺었다.", "세림반도체", "오로라칩스"),
        ("한빛전자는 누리랩스의 지분 30%를 인수하는 주식매매계약을 체결했다.", "한빛전자", "누리랩스"),
    ])
    func aStakeBoughtThroughAContractIsAnInvestment(text: String, investor: String, target: String) {
        expectOne(.investment, text, .investor, [investor])
        #expect(only(.investment, text).first?.names(.target) == [target])
        // The deal stands in for its announcement.
        #expect(only(.announcement, text).isEmpty)
    }

    @Test func aStakeHeldIsNoPurchase() {
        #expect(only(.investment, "한빛전자는 누리소프트의 지분 30%를 보유한 최대주주다.").isEmpty)
    }
}

@Suite struct NamedInvestorTests {
    @Test(arguments: [
        ("누리랩스는 21일 500억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 한빛전자, 세림반도체, 오로라텔레콤 등 국내 기업들이 주요 투자사로 이름을 올렸다.", ["한빛전자", "세림반도체", "오로라텔레콤"]),
        ("누리랩스는 21일 시리즈B 투자를 유치했다. 한빛벤처스와 세림캐피탈이 신규 투자사로 참여했다.", ["한빛벤처스", "세림캐피탈"]),
        ("누리랩스는 21일 300억원을 유치했다. 오로라파트너스가 새 투자사로 합류했다.", ["오로라파트너스"]),
    ])
    func investorsNamedAsTheRoundsInvestorsInvestInIt(text: String, investors: [String]) {
        let found = only(.investment, text).filter { $0.names(.investor) == investors }
        #expect(found.count == 1, "\(only(.investment, text).map(\.participants))")
        #expect(found.first?.names(.target) == ["누리랩스"])
    }

    @Test(arguments: [
        ("오로라모빌리티는 한빛전자가 세림반도체, 누리텔레콤 등과 10억달러 이상을 투자했다고 19일 밝혔다.", ["한빛전자", "세림반도체", "누리텔레콤"], "오로라모빌리티"),
        ("누리랩스는 한빛전자가 세림캐피탈, 오로라벤처스 등과 300억원을 투자했다고 밝혔다.", ["한빛전자", "세림캐피탈", "오로라벤처스"], "누리랩스"),
        ("오로라칩스는 세림반도체가 한빛벤처스와 100억원을 투자했다고 밝혔다.", ["세림반도체", "한빛벤처스"], "오로라칩스"),
    ])
    func theTopicReportingAnInvestmentReceivedIt(text: String, investors: [String], target: String) {
        expectOne(.investment, text, .investor, investors)
        #expect(only(.investment, text).first?.names(.target) == [target])
    }

    @Test func theOtherSideOfAnInvestmentContractIsNoCoInvestor() {
        let found = only(.investment, "누리랩스는 시리즈A 투자를 유치했다. 한빛전자는 누리랩스와 100억원 규모의 투자 계약을 체결했다고 밝혔다.")
        #expect(!found.contains { $0.names(.investor).contains("누리랩스") }, "\(found.map(\.participants))")
    }
}

@Suite struct ThingListTests {
    @Test(arguments: [
        "KT는 누리소프트와 홀로그램 통화, 멀티뷰, 타임랩스 등 실감형 솔루션과 관련 기술을 함께 개발하기로 했다.",
        "세림전자는 오로라랩스와 음성인식, 영상분석 등 인공지능 기술과 관련해 협력하기로 했다.",
        "한빛전자는 누리소프트와 스마트팩토리, 디지털트윈 등 첨단 제품과 서비스를 함께 개발한다.",
    ])
    func aListOfThingsAddsNoPartners(text: String) {
        let found = only(.partnership, text)
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.party).count == 2, "\(found.map(\.participants))")
    }

    @Test func aListOfFirmsStillAddsPartners() {
        let found = only(.partnership, "한빛전자는 세림반도체, 오로라칩스 등 국내 기업과 협력한다.")
        #expect(Set(found.first?.names(.party) ?? []) == ["한빛전자", "세림반도체", "오로라칩스"], "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "누리AI연구원은 협력 대상 가운데 한 곳으로, 서울대와 미국 미시간대 등과 공동 연구를 하고 있다.",
        "한빛전자는 현지에서, 세림반도체와 오로라칩스 등과 협력하고 있다.",
    ])
    func aWordWithAParticleOfPlaceIsNoListItem(text: String) {
        let found = only(.partnership, text)
        #expect(!found.contains { p in p.names(.party).contains { $0.hasSuffix("으로") || $0.hasSuffix("에서") } }, "\(found.map(\.participants))")
        #expect(found.count == 1)
    }
}

@Suite struct TeamsTitlesAndPressTests {
    @Test(arguments: [
        ("KAIST 교수팀과 한빛전자는 23일 파트너십 계약을 체결했다.", "한국과학기술원"),
        ("서울대 김하늘 교수 연구팀과 한빛전자는 공동 연구 협약을 맺었다.", "서울대학교"),
        ("KAIST 박지훈 전기및전자공학부 교수팀과 세림반도체는 업무협약을 체결했다.", "한국과학기술원"),
    ])
    func aResearchTeamStandsForItsOrganization(text: String, university: String) {
        let found = only(.partnership, text)
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.party).contains(university) == true, "\(found.map(\.participants))")
        #expect(found.first?.names(.party).contains { $0.hasSuffix("팀") } == false)
    }

    @Test(arguments: [
        "한빛전자와 세림반도체는 12일 '차량용 반도체 공동 연구를 위한 파트너십' 계약을 체결했다.",
        "세림반도체와 누리소프트는 ‘차세대 반도체 공동 개발을 위한 업무협약’ 협약식을 열고 협약을 맺었다.",
        "오로라랩스와 한빛전자는 '데이터 센터 구축을 위한 전략적 제휴' 계약을 맺었다.",
    ])
    func aQuotedTitleOfTheAgreementSignedIsADeal(text: String) {
        #expect(only(.partnership, text).count == 1, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("김바다 한빛리서치 소장(사장)은 “내년에 새 연구소를 열겠다”고 말했다.", "소장"),
        ("누리전자 김하늘 센터장(부사장)은 “새 서비스를 내놓겠다”고 말했다.", "센터장"),
    ])
    func aTitleGlossedWithARankIsNoCompany(text: String, title: String) {
        #expect(!events(text).contains { $0.participants.contains { $0.name == title } }, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "과기정통부 김하늘 AI기반정책관은 “바우처 사업을 계속 지원하겠다”고 말했다.",
        "과기정통부 박지훈 정보통신정책관은 “내년에 새 지원 사업을 시작하겠다”고 밝혔다.",
    ])
    func anOfficialsTitleMakesTheMinistryTheSpeaker(text: String) {
        let found = only(.announcement, text)
        #expect(found.first?.names(.actor) == ["과학기술정보통신부"], "\(found.map(\.participants))")
    }

    @Test func thePressIsNeverTheArticlesOrganization() {
        let text = "로이터는 3일 누리AI가 20억달러의 새 자금을 모았다고 전했다. 이번 라운드에는 기존에 누리AI에 투자했던 곳만 참여했다."
        #expect(!events(text).contains { $0.participants.contains { $0.name == "로이터" } }, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "한빛전자는 누리소프트를 비롯해 세림랩스, 오로라AI 등 소프트웨어 기업도 인수했다.",
        "세림반도체는 한빛소프트를 비롯해 누리테크, 오로라랩스 등 설계 기업도 인수했다.",
    ])
    func alsoOnAListsHeadNounMarksWhatWasBought(text: String) {
        let found = only(.investment, text)
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.investor).count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.target).count == 3, "\(found.map(\.participants))")
    }

    @Test(arguments: [
        ("미국 국방부는 4일 한빛로보틱스와 세림테크놀로지를 ‘중국 군사 기업’으로 지정한다고 밝혔다.", ["한빛로보틱스", "세림테크놀로지"]),
        ("미 국방부는 누리로보틱스를 중국 군사기업으로 지정했다.", ["누리로보틱스"]),
    ])
    func aMilitaryCompanyDesignationIsABan(text: String, targets: [String]) {
        let found = only(.ban, text)
        #expect(found.count == 1, "\(events(text).map(\.participants))")
        #expect(Set(found.first?.names(.target) ?? []) == Set(targets), "\(found.map(\.participants))")
        #expect(found.first?.names(.imposer) == ["미국 국방부"])
    }
}
