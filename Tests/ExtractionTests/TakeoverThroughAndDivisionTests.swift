import Events
import Testing
@testable import Extraction

/// A takeover the subject acted through (`B 인수를 통해 …했다`) happened: the subject invested in
/// the name right before the noun. A division bought from its parent (`B로부터 낸드 사업부를
/// 인수했다`) has the parent as its target (GUIDELINES: the parent's name is accepted). A company
/// that became another's subsidiary in the passive (`B는 A의 자회사로 편입됐다`) was bought by A.
@Suite struct TakeoverThroughAndDivisionTests {
    @Test(arguments: [
        ("한빛전자는 누리랩스 인수를 통해 AI 역량을 강화했다.", "2025-03-14"),
        ("한빛전자는 2021년 누리랩스 인수를 통해 클라우드 시장에 진출했다.", "2021"),
        ("한빛전자는 누리랩스 인수를 통해서 데이터센터 사업을 키웠다.", "2025-03-14"),
    ])
    func aTakeoverActedThroughHappened(text: String, date: String) {
        let found = only(.investment, text)
        #expect(found.count == 1, "\(events(text).map(\.kind))")
        #expect(found.first?.names(.investor) == ["한빛전자"], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리랩스"], "\(found.map(\.participants))")
        #expect(found.first?.occurredAt == day(date))
    }

    @Test func aTakeoverWithNothingNamedIsNoEvent() {
        #expect(only(.investment, "한빛전자는 인수를 통해 성장했다.").isEmpty)
    }

    @Test(arguments: [
        "한빛반도체는 누리칩스로부터 낸드 사업부를 인수했다.",
        "한빛반도체는 누리칩스로부터 반도체 사업부를 90억달러에 인수했다.",
        "한빛반도체는 누리칩스로부터 서버용 칩 사업부문을 인수했다.",
    ])
    func aDivisionBoughtFromItsParent(text: String) {
        let found = only(.investment, text)
        #expect(found.count == 1, "\(found.map(\.participants))")
        #expect(found.first?.names(.investor) == ["한빛반도체"], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리칩스"], "\(found.map(\.participants))")
    }

    @Test func somethingOtherThanADivisionBoughtFromANameIsNoTakeoverOfIt() {
        let targets = only(.investment, "한빛반도체는 누리칩스로부터 특허 기술을 인수했다.").flatMap { $0.names(.target) }
        #expect(!targets.contains("누리칩스"), "\(targets)")
    }

    @Test(arguments: [
        ("누리랩스는 한빛전자의 자회사로 편입됐다.", "한빛전자", "2025-03-14"),
        ("누리랩스는 2022년 한빛그룹의 계열사로 편입된 뒤 성장했다.", "한빛그룹", "2022"),
        ("누리랩스는 지난해 한빛전자의 자회사로 편입됐다.", "한빛전자", "2024"),
    ])
    func becomingASubsidiaryIsATakeoverByTheOwner(text: String, owner: String, date: String) {
        let found = only(.investment, text)
        #expect(found.count == 1, "\(events(text).map(\.kind))")
        #expect(found.first?.names(.investor) == [owner], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == ["누리랩스"], "\(found.map(\.participants))")
        #expect(found.first?.occurredAt == day(date))
    }
}
