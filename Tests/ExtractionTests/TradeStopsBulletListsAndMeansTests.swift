import Testing
import Events
@testable import Extraction

/// Sales or supplies stopped in a country or its market are a measure on that country.
@Suite struct TradeStoppedInACountryTests {
    @Test(arguments: [
        "한빛칩스와 세림반도체가 러시아 시장에 프로세서 등 공급을 중단했다.",
        "누리모바일은 러시아에서 자사 제품 판매 전면 중단을 선언했다.",
        "한빛전자는 러시아 내 판매를 중단했다.",
    ])
    func theCountryIsTheTarget(text: String) {
        let b = only(.ban, text)
        #expect(b.count == 1, "\(b.map(\.participants))")
        #expect(b.first?.names(.target) == ["러시아 정부"], "\(b.map(\.participants))")
    }
}

/// `A는 물론 B도 …했다`: not only A but B too; both act.
@Suite struct NotOnlyButAlsoTests {
    @Test func bothImposeTheMeasure() {
        expectOneAnyOrder(.ban, "한빛전자는 물론 세림반도체도 러시아에 반도체 공급을 중단했다.", .imposer, ["한빛전자", "세림반도체"])
    }

    @Test func aDescribedListAndTheOneAfterIt() {
        let text = "한빛전자, 세림반도체 등 미국 회사는 물론 누리파운드리도 러시아에 반도체 공급을 중단했다."
        expectOneAnyOrder(.ban, text, .imposer, ["한빛전자", "세림반도체", "누리파운드리"])
    }

    @Test func bothInvest() {
        expectOneAnyOrder(.investment, "한빛전자는 물론 세림반도체도 누리랩스에 투자했다.", .investor, ["한빛전자", "세림반도체"])
    }
}

/// What a measure is on, named before two heads joined: `틱톡 설치와 이용을`, `틱톡 다운로드 및 사용을`.
@Suite struct JoinedObjectHeadsTests {
    @Test(arguments: [
        "2022년 12월 8일 대만 정부는 공무원 업무용 기기에서 누리톡 설치와 이용을 금지했다.",
        "대만 정부는 공무원 기기에서 틱톡 설치와 이용을 금지했다.",
        "미국 정부는 연방 기기에서 누리톡 다운로드 및 사용을 금지했다.",
    ])
    func theNameIsTheTarget(text: String) {
        let b = only(.ban, text)
        #expect(b.count == 1, "\(b.map(\.participants))")
        #expect(b.first?.names(.target).count == 1)
        #expect(["누리톡", "틱톡"].contains(b.first?.names(.target).first ?? ""))
    }
}

/// `△A △B △C 등`: bullets open the items of a list.
@Suite struct BulletListTests {
    @Test(arguments: [
        "한빛텔레콤은 지난해 △가온에듀 △누리랩스 △세림교육 등에 투자를 단행했다.",
        "한빛텔레콤은 경쟁력 확대를 위해 ▲가온에듀 ▲누리랩스 ▲세림교육 등에 투자했다.",
    ])
    func eachBulletedItemIsATarget(text: String) {
        expectOne(.investment, text, .investor, ["한빛텔레콤"])
        #expect(Set(only(.investment, text).first?.names(.target) ?? []) == ["가온에듀", "누리랩스", "세림교육"])
    }

    // A list counted in fields (`7개 분야`) names no organization.
    @Test func aListOfFieldsNamesNoTarget() {
        let text = "미국 상무부는 24일 △전자 △컴퓨터 △해양 △항공우주 등 7개 분야 품목의 러시아 수출을 규제하겠다고 밝혔다."
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.target) == ["러시아 정부"], "\(b.map(\.participants))")
    }
}

/// Lists that name the means or the makers of something, not the event's other side.
@Suite struct ListsThatAreNoParticipantsTests {
    // `A, B 등 계열사를 통해 …출자할 예정`: the affiliates are the way the money goes, not targets.
    @Test func aListBeforeThroughIsNoTarget() {
        let text = "한빛그룹은 한빛전자와 한빛화학, 한빛텔레콤 등 계열사를 통해 약 200억원 규모로 펀드에 출자할 예정이다."
        #expect(!only(.investment, text).contains { $0.names(.target).contains("한빛전자") }, "\(only(.investment, text).map(\.participants))")
    }

    // `A, B 등 활용기업 평가와 전문가로 구성된 위원회`: the committee is made up of the evaluation and
    // the experts; the firms only describe whose evaluation it is.
    @Test func aListBeforeAJoinedNounMakesUpNoAlliance() {
        let text = "한빛전자와 세림반도체, 누리랩스 등 활용기업 평가와 전문가로 구성된 위원회의 검증을 거쳐 과제를 선정했다."
        #expect(only(.partnership, text).isEmpty, "\(only(.partnership, text).map(\.participants))")
    }

    @Test func aListRightBeforeTheVerbMakesUpAnAlliance() {
        let text = "한빛전자와 세림반도체, 누리랩스로 구성된 협의체가 출범했다."
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "세림반도체", "누리랩스"])
    }
}

/// A count standing for the companies named before (`두 회사의`) inside a measure's sentence.
@Suite struct CountedReferenceInABanTests {
    @Test(arguments: [
        "세림통신과 누리텔레콤은 오랫동안 미국의 제재를 받아왔다.\n\n그리고 2022년 11월 미국 정부는 국가 안보에 “받아들일 수 없는 위험”을 초래한다는 이유로 두 회사의 새로운 통신 장비 승인을 금지했다.",
        "세림통신과 누리텔레콤은 오랫동안 미국의 제재를 받아왔다.\n\n그리고 미국 정부는 두 회사의 새로운 통신 장비 승인을 금지했다.",
    ])
    func theMeasureIsReadWithoutFailing(text: String) {
        // The sanctions received in the first sentence are a measure of their own (background),
        // merged with the second when it gives no other day.
        let b = only(.ban, text)
        #expect(b.count == (text.contains("2022년") ? 2 : 1), "\(b.map(\.participants))")
        #expect(b.allSatisfy { $0.names(.imposer) == ["미국 정부"] && Set($0.names(.target)).isSuperset(of: ["세림통신", "누리텔레콤"]) }, "\(b.map(\.participants))")
    }
}

/// A date before the country of an export measure (`지난 4월 중국 수출을`) is no goods.
@Suite struct DateIsNoGoodsTests {
    @Test(arguments: [
        "미국이 지난 4월 중국 수출을 제한한 한빛 H20 칩의 판매를 승인했다.",
        "미국 정부는 2023년 10월 중국 수출을 제한했다.",
    ])
    func theDateIsNoTarget(text: String) {
        let b = only(.ban, text)
        #expect(b.count == 1, "\(b.map(\.participants))")
        #expect(b.first.map { !$0.names(.target).contains { $0.contains("월") } } == true, "\(b.map(\.participants))")
    }
}

/// Descriptions in place of names: no participant.
@Suite struct DescriptionsAreNoParticipantsTests {
    // `투자 대상은 국내외 유망 반도체·ICT 기업이다`: the targets described by their kind, none named.
    @Test func aListEndingInAKindOfOrganizationNamesNoTarget() {
        let text = "한빛스퀘어는 1000억원 규모의 펀드를 조성했다. 투자 대상은 국내외 유망 반도체·ICT 기업이다."
        #expect(only(.investment, text).isEmpty, "\(only(.investment, text).map(\.participants))")
    }

    @Test func aListOfNamesAfterTheHeadStillCounts() {
        let text = "한빛전자는 1000억원 규모의 펀드를 조성했다. 투자 대상은 누리랩스, 세림텍 등이다."
        #expect(Set(only(.investment, text).first?.names(.target) ?? []) == ["누리랩스", "세림텍"])
    }

    // `A 부문은 …생성형 AI 사용이 금지됐다`: the use of something else is banned; the topic is where.
    @Test(arguments: [
        "이에 따라 삼성전자 DX부문은 이달 1일부터 사내에서 생성형 AI 사용이 금지됐다.",
        "한빛전자 연구소는 지난달부터 외부 메신저 사용이 금지됐다.",
    ])
    func theTopicOfAPassiveUseBanIsNoTarget(text: String) {
        #expect(only(.ban, text).isEmpty, "\(only(.ban, text).map(\.participants))")
    }
}
