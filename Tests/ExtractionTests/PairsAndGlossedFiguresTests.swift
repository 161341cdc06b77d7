import Testing
import Events
@testable import Extraction

/// A pair named as the subject that acted by way of its partnership (`A와 B는 양사 협력을 통해`),
/// pairs listed with commas (`A와 B, C와 D가 짝을 이뤘다`), and a stake's figure glossed before its
/// particle (`지분 10.93%(151만5000주)를 취득하기로`).
@Suite struct PairsAndGlossedFiguresTests {
    @Test(arguments: [
        "아마존웹서비스와 SK텔레콤은 양사 협력을 통해 한국어 모델을 공개했다.",
        "아마존웹서비스와 SK텔레콤은 협력을 통해 한국어 모델을 공개했다.",
        "아마존웹서비스와 SK텔레콤은 양사의 협력을 통해 한국어 모델을 공개했다.",
    ])
    func aPairActingByWayOfItsPartnershipArePartners(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["아마존웹서비스", "SK텔레콤"])
    }

    @Test func oneSubjectByWayOfCooperationIsNoPartnership() {
        #expect(only(.partnership, "SK텔레콤은 협력을 통해 한국어 모델을 공개했다.").isEmpty)
    }

    @Test func pairsListedWithCommasAreADealEach() {
        let text = "네이버클라우드와 퓨리오사AI, KT클라우드와 리벨리온, NHN클라우드와 세림칩스가 짝을 이뤘다."
        let pairs = Set(only(.partnership, text).map { Set($0.names(.party)) })
        #expect(pairs == [["네이버클라우드", "퓨리오사AI"], ["KT클라우드", "리벨리온"], ["NHN클라우드", "세림칩스"]], "\(pairs)")
    }

    @Test func pairsListedAndDoneRespectivelyAreADealEach() {
        let pairs = Set(only(.partnership, "네이버클라우드와 퓨리오사AI, KT클라우드와 리벨리온이 각각 협약을 맺었다.").map { Set($0.names(.party)) })
        #expect(pairs == [["네이버클라우드", "퓨리오사AI"], ["KT클라우드", "리벨리온"]], "\(pairs)")
    }

    @Test func aStakesGlossedFigureKeepsItsVerb() {
        expectOne(.investment, "LX세미콘은 이사회를 열고 텔레칩스 지분 10.93%(151만5000주)를 267억원에 취득하기로 결정했다.",
                  [(.investor, ["LX세미콘"]), (.target, ["텔레칩스"])])
    }

    @Test(arguments: [
        "고려대학교는 지난 14일, 한국인공지능·소프트웨어산업협회와 업무협약을 체결했다.",
        "고려대학교는 지난 3월, 한국인공지능·소프트웨어산업협회와 업무협약을 체결했다.",
    ])
    func aDayBeforeThePartnerIsNoListedPartner(text: String) {
        let found = only(.partnership, text)
        #expect(!found.isEmpty && !found.contains { $0.names(.party).contains { $0.contains("14일") || $0.contains("3월") } }, "\(found.map(\.participants))")
    }

    @Test func pairsWithAPartnerNamedAfterEachJoinIt() {
        let text = "한빛전자와 세림소프트, 누리랩스와 한결바이오가 각각 과기정통부와 업무협약을 맺었다."
        let deals = only(.partnership, text).map { Set($0.names(.party)) }
        #expect(!deals.isEmpty && deals.allSatisfy { $0.contains("과학기술정보통신부") }, "\(deals)")
    }

    @Test(arguments: [
        "고려대학교는 지난 14일 오후, 한국인공지능·소프트웨어산업협회와 업무협약을 체결했다.",
        "고려대학교는 지난달, 한국인공지능·소프트웨어산업협회와 업무협약을 체결했다.",
    ])
    func aWordOfTimeBeforeThePartnerIsNoListedPartner(text: String) {
        let found = only(.partnership, text)
        #expect(!found.isEmpty && found.allSatisfy { Set($0.names(.party)) == ["고려대학교", "한국인공지능·소프트웨어산업협회"] }, "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "컴투스는 케나즈와 손잡았다.",
        "컴투스는 웹툰 제작사 케나즈와 손잡았다.",
    ])
    func aNameCutIntoANounAndTheSuffixZeuIsAPartner(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["컴투스", "케나즈"])
    }

    @Test func theCompanyInvestedInEarlierInTheSentenceIsThePartner() {
        let text = "위메이드는 게임사 액션스퀘어에 전략적 투자를 진행하고, 사업협력을 위한 업무협약(MOU)을 체결했다."
        expectOneAnyOrder(.partnership, text, .party, ["위메이드", "액션스퀘어"])
    }

    @Test func aTakeoversOwnContractIsNoPartnership() {
        #expect(only(.partnership, "한빛전자는 누리랩스를 인수하고 합병 계약을 체결했다.").isEmpty)
    }
}
