import Testing
import Events
@testable import Extraction

/// A partnership renewed, extended or continued is a partnership (cues.json `supportVerbs`:
/// 연장, 갱신, 지속).
@Suite struct RenewedPartnershipTests {
    @Test(arguments: [
        "한빛텔레콤은 세림통신과의 전략적 제휴를 5년 연장하기로 했다고 26일 밝혔다.",
        "누리칩스는 한빛전자와의 전략적 파트너십을 2030년까지 지속한다고 28일 발표했다.",
        "가온소프트는 누리클라우드와의 공급 협약을 3년 더 갱신했다.",
    ])
    func aRenewedPartnershipIsAPartnershipAndNoAnnouncement(text: String) {
        #expect(only(.partnership, text).count == 1, "\(events(text).map(\.participants))")
        #expect(only(.announcement, text).isEmpty, "\(only(.announcement, text).map(\.participants))")
    }

    @Test func aRenewalWithTwoPartnersInAListNamesAllThree() {
        let text = "한빛텔레콤이 총회에서 중국의 누리모바일, 일본의 세림통신과의 전략적 제휴를 5년 연장하기로 했다고 26일 밝혔다."
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛텔레콤", "누리모바일", "세림통신"])
    }
}

/// `부처는 A와 B 간 기술협력 협약을 맺었다`: the pair named before 간 (between) owns the agreement
/// even with a support verb; the subject only brought it about.
@Suite struct AgreementBetweenAPairTests {
    @Test(arguments: [
        "과학기술정보통신부는 9일 한빛연구원과 미국 누리랩스 간 기술협력 양해각서(MOU)를 맺었다고 밝혔다.",
        "산업통상자원부는 세림반도체와 한빛연구원 간 협약을 체결했다.",
        "경기도는 한빛연구원과 누리랩스 간의 업무협약을 주선해 체결했다.",
    ])
    func theSubjectIsNoParty(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(p.first.map { !$0.names(.party).contains { $0.hasSuffix("부") || $0 == "경기도" } } == true, "\(p.map(\.participants))")
        #expect(p.first?.names(.party).count == 2)
    }
}

/// `A와 B가 주도하는 이번 컨소시엄에는 C와 D도 참여했다`: the leaders named in the relative clause are
/// members too.
@Suite struct ConsortiumLedInARelativeClauseTests {
    @Test(arguments: [
        ("한빛캐피털과 누리전자가 주도하는 이번 컨소시엄에는 세림반도체와 AI 기업 오로라랩스도 참여했다.", ["한빛캐피털", "누리전자", "세림반도체", "오로라랩스"]),
        ("한빛전자가 이끄는 컨소시엄에는 세림반도체, 누리랩스가 참여했다.", ["한빛전자", "세림반도체", "누리랩스"]),
        ("누리전자가 주관하는 이번 컨소시엄에는 가온소프트와 세림반도체가 합류했다.", ["누리전자", "가온소프트", "세림반도체"]),
    ])
    func theLeadersJoinTheMembers(text: String, parties: [String]) {
        expectOneAnyOrder(.partnership, text, .party, Set(parties))
    }
}

/// `A는 B와도 …협정을 체결했다`: 와도 (with B too) names a partner and joins no list after it.
@Suite struct PartnerWithAlsoTests {
    @Test(arguments: [
        "이날 한빛텔레콤은 누리중공업지주와도 스마트솔루션, 디지털 혁신 등 공동 추진을 위한 사업협력 협정을 체결했다.",
        "한빛텔레콤은 세림반도체와도 클라우드, 보안 등 분야의 협약을 맺었다.",
    ])
    func thePartnerStandsAlone(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(p.first?.names(.party).count == 2, "\(p.map(\.participants))")
        #expect(p.first?.names(.party).first == "한빛텔레콤")
    }
}

/// `A는 B를 비롯해 C, D 등과 연이어 손잡았다`: deals made one after another, one per partner.
@Suite struct SuccessiveDealsTests {
    @Test(arguments: ["연이어", "잇따라", "차례로"])
    func eachPartnerIsADealOfItsOwn(adverb: String) {
        let text = "앞서 한빛전자는 작년 말부터 누리병원을 비롯해 세림병원, 가온병원 등과 \(adverb) 손잡고 스마트 병원 구축에 나서고 있다."
        let p = only(.partnership, text)
        #expect(p.count == 3, "\(p.map(\.participants))")
        #expect(p.allSatisfy { $0.names(.party).count == 2 && $0.names(.party).first == "한빛전자" })
        #expect(Set(p.compactMap { $0.names(.party).last }) == ["누리병원", "세림병원", "가온병원"])
    }

    @Test func withoutTheAdverbItIsOneDeal() {
        let text = "한빛전자는 누리병원, 세림병원과 손잡았다."
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "누리병원", "세림병원"])
    }

    // A hospital's own name ends in 병원; the common nouns that end so are no names.
    @Test func aCommonNounOfHospitalsIsNoName() {
        #expect(only(.partnership, "한빛전자는 대학병원과 손잡았다.").isEmpty)
    }
}

/// `A가 B와 공동 설립한 C`: the founders are partners; what they founded is not (triggers.json
/// `founds`).
@Suite struct FoundedTogetherTests {
    @Test(arguments: [
        "한빛전자가 세림캐피탈과 공동 조성한 한빛성장펀드는 누리랩스에 8억 달러를 투자하기로 결정했다.",
        "한빛전자가 세림캐피탈과 공동 설립한 누리벤처스는 누리랩스에 투자했다.",
        "한빛전자와 세림캐피탈이 공동 설립한 누리벤처스는 누리랩스에 투자했다.",
    ])
    func theFoundersArePartners(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "세림캐피탈"])
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.target) == ["누리랩스"])
        #expect(i.first.map { !$0.names(.investor).contains("한빛전자") } == true, "\(i.map(\.participants))")
    }

    // A country's sovereign fund is named after the country (patterns.json `governmentBodySuffixes`).
    @Test func aCountrysFundIsAFounder() {
        let text = "한빛전자가 사우디아라비아 국부펀드와 공동 조성한 한빛성장펀드는 누리랩스에 투자했다."
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "사우디아라비아 국부펀드"])
    }
}

/// `C는 A, B 등 N곳이 설립한 기업이다`: the founders named as the clause's subject are partners
/// (triggers.json `consortium.foundingClauses`).
@Suite struct FoundersInARelativeClauseTests {
    @Test(arguments: [
        ("누리다스는 한빛자동차, 세림전자, 가온메모리 등 일본 대기업 8곳이 2022년 설립한 기업이다.", ["한빛자동차", "세림전자", "가온메모리"]),
        ("누리암은 영국 삼성전자와 미국 애플 등이 칩을 개발하기 위해 세운 회사다.", ["삼성전자", "애플"]),
        ("누리VNG는 한빛전자와 세림반도체가 출자해 설립한 합작사다.", ["한빛전자", "세림반도체"]),
    ])
    func theFoundersArePartners(text: String, parties: [String]) {
        expectOneAnyOrder(.partnership, text, .party, Set(parties))
    }

    @Test func oneFounderMakesNoPartnership() {
        #expect(only(.partnership, "누리암은 한빛전자가 2019년 설립한 회사다.").isEmpty)
    }
}
