import Events
import Testing
@testable import Extraction

/// Investors of a round named in a relative clause on it (`B 등이 참여한 시리즈D 라운드에서 …를
/// 유치했다`) invest in the company that raised it; a round owned with 의 and made one by 이번
/// (`A의 이번 투자에는 B가 참여했다`) is A's, while a fund's numbered investment (`펀드의 1호 투자`)
/// is the fund's own.
@Suite struct RoundParticipantsInClausesTests {
    @Test(arguments: [
        ("누리칩스는 세림증권 등이 참여한 시리즈D 라운드에서 7억 달러를 유치했다.", ["세림증권"]),
        ("누리칩스는 세림증권과 한빛벤처스가 참여한 시리즈D 투자에서 7억 달러를 유치했다.", ["세림증권", "한빛벤처스"]),
        ("누리칩스는 한빛벤처스가 참여했던 이번 투자로 300억원을 유치했다.", ["한빛벤처스"]),
    ])
    func participantsNamedInAClauseOnTheRoundInvest(text: String, investors: [String]) {
        let found = only(.investment, text)
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.investor) == investors, "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리칩스"], "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "누리칩스는 세림증권이 참여한 행사에서 300억원의 투자를 유치했다.",
        "누리칩스는 세림증권이 참여한 투자설명회에서 300억원의 투자를 유치했다.",
    ])
    func aClauseThatNamesNoRoundAddsNoInvestor(text: String) {
        let found = only(.investment, text)
        #expect(!found.flatMap { $0.names(.investor) }.contains("세림증권"), "\(found.map(\.participants))")
    }

    @Test func anotherInvestmentOfTheOwnerIsNoRoundOfIt() {
        let targets = only(.investment, "세림캐피탈의 추가 투자에는 한빛벤처스도 참여했다.").flatMap { $0.names(.target) }
        #expect(!targets.contains("세림캐피탈"), "\(targets)")
    }

    @Test func aRoundWithALeadIsToldOnce() {
        let found = only(.investment, "누리칩스는 세림인베스트먼트가 주도하고 한빛벤처스가 참여한 시리즈B 투자를 유치했다.")
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(Set(found.first?.names(.investor) ?? []) == ["세림인베스트먼트", "한빛벤처스"])
    }

    @Test func thisRoundOwnedWithTheGenitiveIsTheOwners() {
        let found = only(.investment, "누리로보틱스의 이번 투자에는 한빛벤처스와 세림캐피탈이 참여했다.")
        #expect(found.count == 1)
        #expect(found.first?.names(.investor) == ["한빛벤처스", "세림캐피탈"], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리로보틱스"], "\(found.map(\.participants))")
    }

    @Test func aFundsNumberedInvestmentIsNoRoundOfTheFund() {
        let targets = only(.investment, "한빛펀드의 1호 투자에는 세림캐피탈도 참여했다.").flatMap { $0.names(.target) }
        #expect(!targets.contains("한빛펀드"), "\(targets)")
    }

    @Test func aSalePlanWithdrawnIsNoInvestment() {
        #expect(only(.investment, "한빛전자는 누리랩스를 세림캐피탈에 매각하는 안에 동의했으나 계획을 철회했다.").isEmpty)
    }
}

/// A round told in a relative clause with its sources inside (`A가 B, C 등에서 유치한 시리즈C`).
@Suite struct SourcesInsideARoundClauseTests {
    @Test(arguments: [
        ("한빛테크놀로지는 반도체 설계 기업이다. 이번 투자는 한빛테크놀로지가 세림벤처스, 가온인베스트먼트 등에서 유치한 300억원 규모 시리즈C 일부다.", ["세림벤처스", "가온인베스트먼트"]),
        ("한빛테크놀로지는 반도체 설계 기업이다. 이번 투자는 한빛테크놀로지가 세림벤처스로부터 유치한 300억원 규모 시리즈B의 일부다.", ["세림벤처스"]),
        ("한빛테크놀로지가 세림벤처스에서 유치한 시리즈A 투자금은 200억원이다.", ["세림벤처스"]),
    ])
    func theSourcesInvestInTheClausesSubject(text: String, investors: [String]) {
        let found = only(.investment, text)
        #expect(found.contains { $0.names(.target) == ["한빛테크놀로지"] && Set($0.names(.investor)) == Set(investors) }, "\(found.map(\.participants))")
    }

    @Test func aClauseBeforeTheRoundIsAnotherHappening() {
        let found = only(.investment, "이번 투자는 한빛테크놀로지가 세림전자에서 분사한 뒤 유치한 시리즈A다.")
        #expect(!found.contains { $0.names(.investor).contains("세림전자") }, "\(found.map(\.participants))")
    }
}
