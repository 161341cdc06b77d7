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
