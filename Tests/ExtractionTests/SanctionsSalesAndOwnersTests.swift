import Testing
import Events
@testable import Extraction

/// `A와 [B의] 거래를 금지`: whose dealings with A are barred may be named between.
@Suite struct DealingsWithANamedPartyTests {
    @Test(arguments: [
        "트럼프 대통령이 6일 누리톡과 미국인의 거래를 금지하는 행정명령에 서명했다.",
        "미국 정부는 누리톡과 미국 기업의 거래를 금지했다.",
        "트럼프 대통령이 6일 누리톡과의 거래를 금지하는 행정명령에 서명했다.",
    ])
    func theNamedPartyIsTheTarget(text: String) {
        expectOne(.ban, text, [(.target, ["누리톡"])])
    }
}

/// `차단하는 제재 조치를 취했다`: a bare noun and the instrument make one compound noun that the
/// measure's clause modifies; the clause is the event.
@Suite struct MeasureInACompoundInstrumentTests {
    @Test(arguments: [
        "러시아 정부는 누리랩스와 한빛소프트 등 해외 기업을 차단하는 제재 조치를 취했다.",
        "러시아 정부는 누리랩스와 한빛소프트 등 해외 기업을 차단하는 보복 조치를 단행했다.",
    ])
    func theClauseIsTheMeasure(text: String) {
        let b = only(.ban, text)
        expectOne(.ban, text, [(.imposer, ["러시아 정부"])])
        #expect(Set(b.first?.names(.target) ?? []) == ["누리랩스", "한빛소프트"], "\(b.map(\.participants))")
    }
}

/// `A에 영업정지 처분을 내렸다`, `A에 제재를 가했다`: verbs that lay the measure on the one named
/// with 에 (cues.json `imposingVerbs`).
@Suite struct MeasureLaidOnTests {
    @Test(arguments: [
        "금융정보분석원은 25일 누리코인에 영업정지 처분을 내렸다.",
        "금융정보분석원은 25일 누리코인에 대해 영업정지 처분을 내렸다.",
    ])
    func theOneNamedWithEIsTheTarget(text: String) {
        expectOne(.ban, text, [(.imposer, ["금융정보분석원"]), (.target, ["누리코인"])])
    }

    // Without such a verb, 에 is only where a measure applies (`관내 기관에`).
    @Test func aPlaceWithEIsNoTarget() {
        let text = "미국 정부는 연방 기관에 누리톡 사용을 금지했다."
        #expect(only(.ban, text).allSatisfy { !$0.names(.target).contains("연방 기관") }, "\(only(.ban, text).map(\.participants))")
    }
}

/// `A는 지분 49%를 B에 매각했다`: a stake with no owner named is the seller's own; B invests in A.
@Suite struct OwnStakeSoldTests {
    @Test(arguments: [
        "누리AI는 지난달 지분 49%를 한빛전자에 143억달러에 매각했다.",
        "누리AI는 지분 49%를 한빛전자에 매각했다.",
    ])
    func theBuyerInvestsInTheSeller(text: String) {
        expectOne(.investment, text, [(.investor, ["한빛전자"]), (.target, ["누리AI"])])
    }

    @Test func aStakeOfAnotherFirmIsThatFirms() {
        let i = only(.investment, "한빛전자는 누리칩스 지분 30%를 세림반도체에 매각했다.")
        #expect(i.first?.names(.target) == ["누리칩스"], "\(i.map(\.participants))")
    }
}

/// `A가 B가 보유한 C 지분을 사들였다`: the subject of a relative clause owns what it modifies; the
/// subject before it acts.
@Suite struct OwnerInARelativeClauseTests {
    @Test(arguments: [
        "한빛텔레콤이 누리그룹과 세림그룹이 보유한 한빛브로드밴드 지분 24.8%를 사들였다.",
        "한빛텔레콤이 누리그룹이 보유하고 있던 한빛브로드밴드 주식을 취득했다.",
    ])
    func theFirstSubjectBuys(text: String) {
        expectOne(.investment, text, [(.investor, ["한빛텔레콤"]), (.target, ["한빛브로드밴드"])])
    }
}

/// `투자 대상은 …중소·벤처기업이다`: a compound of a kind of organization names no target.
@Suite struct KindsOfFirmsAsTargetsTests {
    @Test func aCompoundKindNamesNoTarget() {
        let text = "한빛전자는 1000억원 규모의 펀드를 조성했다. 펀드의 주요 투자 대상은 시스템 반도체를 설계하는 국내 중소·벤처기업이다."
        #expect(only(.investment, text).allSatisfy { !$0.names(.target).contains("벤처기업") }, "\(only(.investment, text).map(\.participants))")
    }
}

/// Buying told with a connective or as the subject of its completion.
@Suite struct PurchasesToldInOtherFormsTests {
    @Test(arguments: [
        "한빛전자가 누리랩스 지분 전량을 사들이며 100% 자회사로 만들었다.",
        "한빛전자가 누리랩스 지분 전량을 사들여 자회사로 편입했다.",
        "한빛전자의 누리랩스 인수가 마무리됐다.",
        "한빛전자의 누리랩스 인수가 지난달 완료됐다.",
    ])
    func theBuyerInvests(text: String) {
        expectOne(.investment, text, [(.investor, ["한빛전자"]), (.target, ["누리랩스"])])
    }

    @Test func aDealThatFellThroughIsNoInvestment() {
        #expect(only(.investment, "한빛전자의 누리랩스 인수가 끝내 무산됐다.").isEmpty)
    }
}

/// `A가 B와 제휴를 맺고 4억달러를 투자했다`: the partner joined just before is what A invests in.
@Suite struct InvestingInThePartnerJustJoinedTests {
    @Test(arguments: [
        "한빛전자가 누리랩스와 제휴를 맺고 4억달러를 투자했다.",
        "한빛전자가 새로운 챗봇을 개발 중인 누리랩스와 제휴를 맺고 4억달러, 우리돈 5천억 원가량을 투자했다.",
        "한빛전자는 누리랩스와 손잡고 300억원을 투자하기로 했다.",
    ])
    func thePartnerIsTheTarget(text: String) {
        expectOne(.investment, text, [(.investor, ["한빛전자"]), (.target, ["누리랩스"])])
    }

    // What the money goes into, named after the partnership, is the target instead.
    @Test(arguments: [
        "한빛전자는 누리랩스와 손잡고 세림칩스에 100억원을 투자했다.",
        "한빛전자는 누리랩스와 협력해 데이터센터에 투자한다.",
    ])
    func somethingNamedAfterIsNotThePartner(text: String) {
        #expect(only(.investment, text).allSatisfy { !$0.names(.target).contains("누리랩스") }, "\(only(.investment, text).map(\.participants))")
    }
}

/// Partnerships told with a comma after the noun or kept up (`협력을 이어가고`).
@Suite struct PartnershipsCutShortOrKeptUpTests {
    @Test(arguments: [
        "서울시는 고려대와 협력, 양재 AI 클러스터를 육성할 계획이다.",
        "한빛전자는 누리랩스와 제휴, 새 서비스를 내놓는다.",
    ])
    func aNounCutShortByACommaStandsForItsVerb(text: String) {
        #expect(only(.partnership, text).count == 1, "\(only(.partnership, text).map(\.participants))")
    }

    @Test(arguments: [
        "한빛전자는 국내 기업 가운데 누리랩스와 오랫동안 우호적인 협업 관계를 이어왔다.",
        "한빛전자는 누리랩스와 협력을 이어가고 있다.",
    ])
    func cooperationKeptUp(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "누리랩스"])
    }

    // `출범 후 …확장을 이어오고 있다`: a verb after 후 is another clause's, no support of the noun.
    @Test func aVerbAfterADependentNounCarriesNothing() {
        #expect(only(.announcement, "누리랩스는 2005년 출범 후 꾸준한 외형 확장을 이어오고 있다.").isEmpty)
    }

    // `이밖에도`: an adverb, not a name with 에도.
    @Test func anAdverbIsNoTarget() {
        let text = "한빛전자는 누리랩스에 투자했다. 이밖에도 다양한 AI 기업에 대한 투자도 이어가고 있다."
        #expect(only(.investment, text).allSatisfy { !$0.names(.target).contains("이밖") }, "\(only(.investment, text).map(\.participants))")
    }
}
