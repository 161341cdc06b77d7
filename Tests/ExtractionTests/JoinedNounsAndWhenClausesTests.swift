import Events
import Testing
@testable import Extraction

/// A verbal noun joined to the next by 과/와 shares that noun's support verb
/// (`시정명령과 과징금을 부과했다`); a deal told in a clause of when (`인수할 때`, `인수할 당시`)
/// happened; a sale told in a relative clause on the seller (`B를 C에 매각한 A는`) is C's
/// investment in B; a word of time (`최근`, `그동안`) is no part of the goods a measure on exports
/// is on; a body's resolution (`차단을 의결했다`) carries its measure; a listing on a list of
/// measures told with a connective (`거래제한 기업 목록에 올려 …`) is a measure.
@Suite struct JoinedNounsAndWhenClausesTests {
    @Test(arguments: [
        ("공정거래위원회는 누리소프트에 시정명령과 과징금 120억원을 부과했다.", "공정거래위원회", "누리소프트"),
        ("공정위는 세림테크에 시정명령과 함께 과징금을 부과하기로 했다.", "공정거래위원회", "세림테크"),
        ("공정거래위원회는 한빛페이에 대해 시정명령과 과징금 부과를 결정했다.", "공정거래위원회", "한빛페이"),
    ])
    func anOrderJoinedToAFineIsABan(text: String, imposer: String, target: String) {
        let found = only(.ban, text)
        #expect(found.count == 1, "\(events(text).map(\.kind))")
        #expect(found.first?.names(.imposer) == [imposer], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == [target], "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "한빛전자는 누리톡 차단과 관련해 입장을 발표했다.",
        "세림캐피탈은 누리랩스 인수와 관련한 계획을 발표했다.",
    ])
    func aVerbFormAfterTheJoinClosesThePhrase(text: String) {
        #expect(only(.ban, text).isEmpty && only(.investment, text).isEmpty, "\(events(text).map(\.kind))")
    }

    @Test(arguments: [
        ("미국 상무부는 누리칩스를 거래제한 기업 목록에 올려 미국 기업과의 거래를 막았다.", ["누리칩스"]),
        ("미국 재무부는 누리칩스와 세림테크를 제재 명단에 올리며 압박했다.", ["누리칩스", "세림테크"]),
        ("미국 상무부는 세림테크를 수출통제 명단에 올리고 장비 공급을 끊었다.", ["세림테크"]),
    ])
    func aListingToldWithAConnectiveIsAMeasure(text: String, targets: [String]) {
        let found = only(.ban, text)
        #expect(found.count == 1, "\(events(text).map(\.kind))")
        #expect(found.first?.names(.target) == targets, "\(found.map(\.participants))")
    }

    @Test func aListOfAnythingElseIsNoMeasure() {
        #expect(only(.ban, "한빛전자는 누리랩스를 협력사 목록에 올려 관리하고 있다.").isEmpty)
    }

    @Test func aFineAloneIsNoBan() {
        #expect(only(.ban, "공정거래위원회는 누리소프트에 과징금 120억원을 부과했다.").isEmpty)
    }

    @Test(arguments: [
        "방송통신심의위원회는 누리톡에 대한 접속 차단을 의결했다.",
        "방송통신심의위원회는 누리톡에 대해 접속 차단을 의결했다.",
        "방심위는 누리톡 앱의 접속 차단을 의결했다.",
    ])
    func aResolutionCarriesItsMeasure(text: String) {
        let found = only(.ban, text)
        #expect(found.count == 1, "\(events(text).map(\.kind))")
        #expect(found.first?.names(.imposer) == ["방송통신심의위원회"], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리톡"], "\(found.map(\.participants))")
    }

    @Test(arguments: [
        ("세림캐피탈이 누리랩스를 인수할 때 업계는 놀랐다.", "2025-03-14"),
        ("세림캐피탈이 누리랩스를 인수할 때 지출한 돈은 670억달러였다.", "2025-03-14"),
        ("세림캐피탈이 2021년 누리랩스를 3000억원에 인수할 당시 기업가치는 1조원이었다.", "2021"),
    ])
    func aTakeoverInAClauseOfWhenHappened(text: String, date: String) {
        let found = only(.investment, text)
        #expect(found.count == 1, "\(events(text).map(\.kind))")
        #expect(found.first?.names(.investor) == ["세림캐피탈"], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리랩스"], "\(found.map(\.participants))")
        #expect(found.first?.occurredAt == day(date))
    }

    @Test func aLaunchInAClauseOfWhenIsACondition() {
        #expect(only(.announcement, "규제 유예는 새 서비스가 출시될 때 기존 규제를 면제하는 제도다.").isEmpty)
    }

    @Test(arguments: [
        "누리랩스를 세림캐피탈에 매각한 한빛전자는 반도체에 집중했다.",
        "세림캐피탈에 누리랩스를 매각한 한빛전자는 반도체에 집중했다.",
        "한빛전자가 세림캐피탈에 매각한 누리랩스는 성장을 이어갔다.",
    ])
    func aSaleInARelativeClauseIsTheBuyersInvestment(text: String) {
        let found = only(.investment, text)
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.investor) == ["세림캐피탈"], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리랩스"], "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "미국 정부는 그동안 세림칩스의 대중 수출을 제한해왔다.",
        "미국 정부는 최근 세림칩스의 수출을 제한했다.",
        "미국 정부는 그간 세림칩스의 수출을 제한했다.",
    ])
    func aWordOfTimeIsNoPartOfTheGoods(text: String) {
        let found = only(.ban, text)
        #expect(found.count == 1)
        #expect(found.first?.names(.target) == ["세림칩스"], "\(found.map(\.participants))")
    }
}
