import Testing
import Events
@testable import Extraction

/// Names spelt in several words (a bare suffix after a proper noun, Latin words after an
/// acronym), prices in several words between what is bought and the verb, refusals and
/// revocations as bans, and 도 that falls on goods rather than on the names before them.
@Suite struct SpacedPriceTests {
    @Test(arguments: [
        ("한빛전자는 펜산도를 19억 달러에 인수했다.", "펜산도"),
        ("한빛전자는 펜산도를 약 4억 5000만 달러(약 6000억원)에 인수했다.", "펜산도"),
        ("한빛전자는 래디쉬를 1조 2000억원에 인수했다.", "래디쉬"),
    ])
    func whatIsBoughtBeforeASpacedPrice(text: String, target: String) {
        expectOne(.investment, text, .target, [target])
        #expect(only(.investment, text).first?.names(.investor) == ["한빛전자"])
    }

    @Test func aCommonWordBeforeThePriceIsNoCompany() {
        #expect(only(.investment, "한빛전자는 시장을 125억 달러에 인수했다.").isEmpty)
    }
}

@Suite struct SpacedSuffixNameTests {
    @Test(arguments: [
        ("상하이 자동차는 한빛전자에 투자했다.", Role.investor, "상하이 자동차"),
        ("한빛전자는 상하이 테크놀로지에 투자했다.", Role.target, "상하이 테크놀로지"),
        ("한빛전자는 텍사스 커뮤니케이션과 업무협약을 체결했다.", Role.party, "텍사스 커뮤니케이션"),
    ])
    func aProperNounAndABareSuffixAreOneName(text: String, role: Role, name: String) {
        let found = events(text).filter { $0.kind != .article }
        #expect(found.count == 1)
        #expect(found.first?.names(role).contains(name) == true, "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "한빛전자는 스마트 모빌리티와 업무협약을 체결했다.",
        "한빛전자는 자율주행 모빌리티와 업무협약을 체결했다.",
    ])
    func aCommonWordAndASuffixAreNoName(text: String) {
        #expect(only(.partnership, text).isEmpty)
    }

    @Test func aListItemKeepsItsFirstWord() {
        let p = only(.partnership, "한빛전자는 레전드 캐피탈, 차이나 머천트 캐피탈과 업무협약을 맺었다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "레전드 캐피탈", "차이나 머천트 캐피탈"], "\(p.map(\.participants))")
    }
}

@Suite struct LatinNameAfterAcronymTests {
    @Test(arguments: [
        ("네이버는 투자사 KKR Redwood에 597억원을 출자했다.", "KKR Redwood"),
        ("한빛전자는 ABC Ventures에 투자했다.", "ABC Ventures"),
        ("한빛전자는 SBI Hanbit에 투자했다.", "SBI Hanbit"),
    ])
    func theAcronymIsTheNamesFirstWord(text: String, target: String) {
        expectOne(.investment, text, .target, [target])
    }

    @Test(arguments: [
        ("누리소프트는 HN C&S와 업무협약을 맺었다.", Role.party, "HN C&S"),
        ("KDX AB는 누리소프트에 300억원을 투자했다.", Role.investor, "KDX AB"),
        ("누리소프트는 SJ ENT에 200억원을 투자했다.", Role.target, "SJ ENT"),
    ])
    func aGroupsLettersBeforeAnAcronymAreOneName(text: String, role: Role, name: String) {
        let kind: EventKind = role == .party ? .partnership : .investment
        #expect(only(kind, text).first?.names(role).contains(name) == true, "\(only(kind, text).map(\.participants))")
    }

    @Test func aCountrysLettersOrAModelCodeJoinNoName() {
        expectOne(.partnership, "세림AI는 UAE MGX와 손잡았다.", .party, ["세림AI", "MGX"])
        let targets = only(.ban, "미국 정부는 중국에 대한 AMD MI308 수출을 제한했다.").flatMap { $0.names(.target) }
        #expect(!targets.contains("AMD MI308"), "\(targets)")
    }

    @Test func aCommonAbbreviationBeforeAnAcronymStaysApart() {
        let p = only(.investment, "누리소프트는 AI SDS에 200억원을 투자했다.")
        #expect(p.first?.names(.target) == ["SDS"], "\(p.map(\.participants))")
    }

    @Test func anAcronymWithItsParticleStaysApart() {
        let p = only(.partnership, "누리소프트는 ABC와 Hanbit Labs와 업무협약을 맺었다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["누리소프트", "ABC", "Hanbit Labs"], "\(p.map(\.participants))")
    }
}

@Suite struct RefusalAndRevocationTests {
    @Test(arguments: [
        ("구글이 카카오톡의 최신 버전 심사를 거절했다.", "구글", "카카오톡"),
        ("애플은 틱톡의 업데이트 승인을 거부했다.", "애플", "틱톡"),
        ("네덜란드 정부는 ASML의 수출 라이선스를 부분적으로 취소했다.", "네덜란드 정부", "ASML"),
        ("백악관은 엔비디아 칩의 중국 수출을 허용하지 않기로 했다.", "백악관", "엔비디아"),
    ])
    func aRefusedReviewOrARevokedLicenceIsABan(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer).contains(imposer) == true, "\(b.map(\.participants))")
        #expect(b.first?.names(.target).contains(target) == true, "\(b.map(\.participants))")
    }

    @Test func aReviewNotRefusedIsNoBan() {
        #expect(only(.ban, "구글은 카카오톡 심사를 거절하지 않았다.").isEmpty)
    }

    @Test func aVersionAfterAClassifierIsNoName() {
        let b = only(.ban, "구글은 '카카오톡' 앱 최신버전에 대해 등록 심사를 거부했다.")
        #expect(!b.contains { $0.names(.target).contains("최신버전") }, "\(b.map(\.participants))")
    }

    @Test func twoNamesJoinedInsideQuotesAreNoOneName() {
        let b = only(.ban, "네덜란드 정부는 ASML에 대해 'NXT:2050i와 NXT:2100i'의 수출 허가를 취소했다.")
        #expect(b.first?.names(.target).contains("ASML") == true, "\(b.map(\.participants))")
        #expect(!b.contains { $0.names(.target).contains("NXT:2050i와 NXT:2100i") })
    }
}

@Suite struct AlsoOnGoodsTests {
    @Test func makersOfGoodsAlsoBarredAreNoImposers() {
        let b = only(.ban, "미국 연방통신위원회는 화웨이와 ZTE의 장비 판매를 금지했다. 하이크비전·다화 등 영상장비도 판매를 금지했다.")
        #expect(!b.contains { $0.names(.imposer).contains("하이크비전") }, "\(b.map(\.participants))")
        #expect(b.contains { $0.names(.imposer) == ["미국 연방통신위원회"] })
    }

    @Test(arguments: [
        "국방부는 딥시크 접속을 차단했다. 외교부도 접속을 막았다.",
        "국방부는 딥시크 접속을 차단했다. 외교부 등 부처들도 접속을 막았다.",
    ])
    func anImposerWithAlsoTakesTheMeasure(text: String) {
        let b = only(.ban, text)
        #expect(b.contains { $0.names(.imposer).contains("외교부") && $0.names(.target) == ["딥시크"] }, "\(b.map(\.participants))")
    }
}

@Suite struct CouncilAndRespectivelyTests {
    @Test(arguments: [
        "초거대AI협의회에는 한빛전자, 누리소프트, 세림반도체 등이 참여했다.",
        "한빛AI컨소시엄에는 한빛전자, 누리소프트, 세림반도체가 참여했다.",
        "초거대AI협의회에는 한빛전자, 누리소프트, 세림반도체 등 30개 기업이 회원사로 참여했다.",
    ])
    func membersOfABodyNamedInOneWord(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리소프트", "세림반도체"], "\(p.map(\.participants))")
    }

    @Test func aSpacedConsortiumStillHasItsLead() {
        let p = only(.partnership, "한빛AI 컨소시엄에는 한빛전자, 누리소프트, 세림반도체가 참여했다.")
        #expect(p.first?.names(.party).first == "한빛AI", "\(p.map(\.participants))")
    }

    @Test(arguments: [
        "한빛텔레콤은 25일 미국의 구글, 메타와 전략적 제휴를 각각 맺었다.",
        "한빛텔레콤은 구글, 메타와 업무협약을 각각 체결했다.",
    ])
    func respectivelyInsideThePhraseMakesOneDealPerPartner(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.map { Set($0.names(.party)) }) == [["한빛텔레콤", "구글"], ["한빛텔레콤", "메타"]], "\(p.map(\.participants))")
    }

    @Test(arguments: [
        ("LG유플러스는 버라이즌과 사업협력을 추진하기로 했다.", "버라이즌"),
        ("한빛전자는 누리소프트와 기술협력을 강화하기로 했다.", "누리소프트"),
    ])
    func aGluedCooperationNounIsAPartnership(text: String, partner: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(p.first?.names(.party).contains(partner) == true, "\(p.map(\.participants))")
    }

    @Test func aClauseEndingInAVerbIsNoListItem() {
        let p = only(.partnership, "한빛전자는 누리소프트와 AI 공동 개발을 하고, 세림반도체와는 파트너십을 강화한다.")
        #expect(!p.contains { $0.names(.party).contains("하고") }, "\(p.map(\.participants))")
        #expect(p.contains { $0.names(.party).contains("세림반도체") })
    }
}

@Suite struct LaunchAndMonthTests {
    @Test(arguments: [
        ("LG유플러스는 지난달 12일부터 신규 요금제 가입을 개시했다.", "LG유플러스"),
        ("SK텔레콤은 기업고객을 대상으로 한 5G 서비스를 우선 개시했다.", "SK텔레콤"),
        ("한빛전자는 이달부터 새 단말기 판매를 시작했다.", "한빛전자"),
    ])
    func openingSalesOrSubscriptionsIsALaunch(text: String, actor: String) {
        expectOne(.announcement, text, .actor, [actor])
    }

    @Test func aProperNounGluedToAVerbMadeANounIsAName() {
        expectOne(.investment, "한빛전자는 이노비움에 117억원을 투자했다.", .target, ["이노비움"])
    }

    @Test(arguments: [
        ("한빛전자는 9월 누리소프트에 투자했다.", "2024-09"),
        ("한빛전자는 2월 누리소프트에 투자했다.", "2025-02"),
        ("한빛전자는 올해 9월 누리소프트에 투자를 완료할 계획이다.", "2025-09"),
    ])
    func aBareMonthAfterPublicationToldAsDoneIsLastYears(text: String, date: String) {
        let i = only(.investment, text, published: "2025-03-14")
        #expect(i.count == 1)
        #expect(i.first?.occurredAt == day(date), "\(i.map(\.occurredAt))")
    }
}

@Suite struct RoundLeadAndTakeoverClauseTests {
    @Test func theLeadOfTheRoundJoinedInvestsToo() {
        let i = only(.investment, "한빛전자는 세림파트너스가 주도한 누리소프트의 시리즈B 투자에 참여했다.")
        #expect(Set(i.first?.names(.investor) ?? []) == ["한빛전자", "세림파트너스"], "\(i.map(\.participants))")
        #expect(i.first?.names(.target) == ["누리소프트"])
    }

    @Test(arguments: [
        ("한빛전자는 누리소프트 인수를 위한 주식매매계약을 체결했다.", "누리소프트"),
        ("한빛전자는 누리소프트 주식 182만주를 약 605억원에 취득했다.", "누리소프트"),
        ("네이버웹툰이 웹소설 플랫폼 문피아의 주식 182만주를 605억원에 추가 취득했다.", "문피아"),
    ])
    func sharesAndPurchaseAgreements(text: String, target: String) {
        expectOne(.investment, text, .target, [target])
    }

    @Test func aCompoundAfterTheGenitiveIsNoShare() {
        let b = only(.ban, "미국 재무부는 미국민의 주식투자를 금지한다고 발표했다.")
        #expect(!b.contains { $0.names(.target).contains("미국민") }, "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("최근 한국 AI 스타트업 수아랩을 2300억원에 인수한 미국 코그넥스의 대표가 방한했다.", "코그넥스", "수아랩"),
        ("누리소프트를 인수한 한빛전자는 새 공장을 지었다.", "한빛전자", "누리소프트"),
    ])
    func theBuyerIsTheNounATakeoverClauseModifies(text: String, buyer: String, target: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [buyer], "\(i.map(\.participants))")
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
    }

    @Test func aClauseWithItsOwnBuyerKeepsIt() {
        let i = only(.investment, "LG전자가 2018년 인수한 오스트리아 조명 업체 ZKW는 성장했다.")
        #expect(i.first?.names(.investor) == ["LG전자"], "\(i.map(\.participants))")
    }
}

@Suite struct DeletionOrderAndLocatorTests {
    @Test func governmentsThatHadAnAppDeletedBanIt() {
        let b = only(.ban, "미국, 캐나다, 일본 등이 공무원들이 쓰는 정부 등록 기기에서 틱톡 앱을 삭제토록 했다.")
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer).count == 3, "\(b.map(\.participants))")
        #expect(b.first?.names(.target) == ["틱톡"])
    }

    @Test func aJointBusinessIsAPartnership() {
        expectOne(.partnership, "SK텔레콤은 이날 MS와 5G 기반의 클라우드 게임 공동사업을 추진키로 했다.", .party, ["SK텔레콤", "마이크로소프트"])
    }

    @Test(arguments: [
        "한빛텔레콤은 싱가포르 싱텔, 대만 타이완모바일, 홍콩의 HKT와 태스크포스를 발족했다.",
        "한빛텔레콤은 싱텔, 타이완모바일, 홍콩의 HKT와 업무협약을 맺었다.",
    ])
    func aPlaceWithItsGenitiveOnlyLocatesTheNextFirm(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        let parties = p.first?.names(.party) ?? []
        #expect(["한빛텔레콤", "싱텔", "HKT"].allSatisfy(parties.contains), "\(parties)")
        #expect(!parties.contains { $0.contains("홍콩") }, "\(parties)")
    }
}
