import Testing
import Events
@testable import Extraction

/// The noun after 등 that says what a list of names is (`… 등 정부와`), and the words before a
/// measure on exports that name no goods: a determiner right before the exports (`기존`, `신규`,
/// `대(對)`) and a count of kinds (`두 종류의`).
@Suite struct ListHeadsAndGoodsDeterminersTests {
    @Test(arguments: [
        "누리소프트는 미국, 프랑스, 영국 등 정부와 협력해 보안 체계를 만든다고 밝혔다.",
        "누리소프트는 미국, 프랑스 등 정부와 손잡고 새 보안 체계를 구축했다.",
        "누리소프트는 일본, 캐나다 등 당국과 협력해 보안 체계를 정비했다.",
    ])
    func aGovernmentNounAfterTheListAddsNoParty(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(p.first.map { !$0.names(.party).contains("대한민국 정부") } == true, "\(p.map(\.participants))")
        #expect(p.first?.names(.party).contains("누리소프트") == true, "\(p.map(\.participants))")
    }

    @Test func aGovernmentAfterAListOfThingsIsStillAParty() {
        let p = only(.partnership, "한빛전자는 반도체 특별법 제정 등 정부와 긴밀히 협력해 왔다.")
        #expect(p.first?.names(.party).contains("대한민국 정부") == true, "\(p.map(\.participants))")
    }

    @Test func aBareWordBeforeADeterminerNamesNoGoods() {
        let targets = only(.ban, "미국 상무부는 이날 신규 수출 통제를 발표했다.").flatMap { $0.names(.target) }
        #expect(!targets.contains("이날"), "\(targets)")
    }

    @Test func aGovernmentNotAfterAListIsStillAParty() {
        let p = only(.partnership, "누리소프트는 정부와 협력해 보안 체계를 만든다고 밝혔다.")
        #expect(p.first?.names(.party).contains("대한민국 정부") == true, "\(p.map(\.participants))")
    }

    @Test(arguments: [
        ("미국 상무부는 12일 첨단 레이더 부품에 대한 기존 수출 통제를 강화했다.", "레이더 부품"),
        ("미국 상무부는 12일 고성능 광학 센서에 대한 신규 수출 통제를 발표했다.", "광학 센서"),
        ("일본 경제산업성은 지난 3일부터 감광 필름의 대(對) 한국 수출을 규제했다.", "감광 필름"),
    ])
    func theGoodsAreNamedBeforeTheDeterminer(text: String, goods: String) {
        let bans = only(.ban, text)
        #expect(bans.count == 1, "\(bans.map(\.participants))")
        let targets = bans.first?.names(.target) ?? []
        #expect(targets.contains(goods), "\(bans.map(\.participants))")
        #expect(!targets.contains { ["기존", "신규", "대(對)"].contains($0) }, "\(bans.map(\.participants))")
    }

    @Test(arguments: [
        "미국 상무부는 12일 중국을 겨냥해 두 종류의 신규 수출 통제를 발표했다.",
        "미국 상무부는 12일 세 가지 신규 수출 통제를 발표했다.",
    ])
    func aCountOfKindsNamesNoGoods(text: String) {
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(!targets.contains { $0.contains("종류") || $0.contains("가지") || $0 == "신규" }, "\(targets)")
    }
}

/// The head of a unit with the title glued (`한빛전자 모바일사업부장은`) speaks for the
/// organization, and countries listed as where something happens (`한국과 말레이시아에서`) are no
/// partners.
@Suite struct UnitHeadsAndPlacesOfWorkTests {
    @Test(arguments: [
        "유영상 한빛전자 모바일사업부장은 4일 누리랩과 클라우드 게임 협력을 발표했다.",
        "유영상 한빛전자 MNO사업부장은 4일 누리랩과 클라우드 게임 협력을 발표했다.",
        "김바다 한빛전자 AI사업본부장은 누리랩과 업무협약을 맺었다.",
    ])
    func theUnitsHeadSpeaksForTheOrganization(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리랩"], "\(p.map(\.participants))")
    }

    @Test func twoUnitHeadsSigningStandForTheirOrganizations() {
        let p = only(.partnership, "협약식에는 김바다 한빛전자 혁신성장본부장과 이누리 누리랩 사업본부장이 참석해 협약을 체결했다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리랩"], "\(p.map(\.participants))")
    }

    @Test func aCityListedWithAPlaceIsStillAPartner() {
        let parties = only(.partnership, "한빛전자는 부산시와 싱가포르에서 스마트항만 협력을 추진한다.").flatMap { $0.names(.party) }
        #expect(parties.contains("부산광역시"), "\(parties)")
    }

    @Test(arguments: [
        "한빛전자와 누리랩은 한국과 말레이시아에서 AI 영역을 중심으로 협업을 진행하기로 했다.",
        "한빛전자는 누리랩과 일본과 베트남에서 클라우드 사업을 함께 개발한다.",
    ])
    func countriesWhereItHappensAreNoPartners(text: String) {
        let parties = only(.partnership, text).flatMap { $0.names(.party) }
        #expect(!parties.contains { $0.hasSuffix("정부") }, "\(parties)")
        #expect(parties.contains("한빛전자") && parties.contains("누리랩"), "\(parties)")
    }
}
