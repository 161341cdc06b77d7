import Events
import Testing
@testable import Extraction

/// Dates an event takes from its own sentence, or from the sentence that told its measure.
@Suite struct EventDateTests {
    @Test(arguments: [
        "28일(현지시간) 미 상무부는 화성전자를 제재리스트에 추가했다.",
        "28일 미 상무부는 화성전자를 제재리스트에 추가했다.",
        "미 상무부는 28일(현지시간) 화성전자를 제재리스트에 추가했다.",
    ])
    func aDayBeforeTheSubjectDatesTheAct(text: String) {
        #expect(only(.ban, text, published: "2023-03-29").first?.occurredAt == day("2023-03-28"))
    }

    @Test func aPagesDateLineYieldsToTheProse() {
        let b = only(.ban, "date 2026-02-11 러시아 당국은 텔레그램을 제한하고 있다고 10일(현지시간) 밝혔다.", published: "2026-02-11")
        #expect(b.first?.occurredAt == day("2026-02-10"))
    }

    @Test(arguments: [
        "미 상무부는 28일(현지시간) 중국 기업 5곳을 제재리스트에 추가했다. 이들 5개 기업은 화성전자, 동방칩스 등이다.",
        "미 상무부는 28일 중국 기업 5곳을 명단에 올렸다. 같은 날 미얀마 기업 2곳도 명단에 올렸다. 이들 기업은 화성전자, 동방칩스 등이다.",
        "누리AI는 28일 200억원 규모의 투자를 유치했다. 이번 투자에는 한빛벤처스와 세림캐피탈이 참여했다.",
    ])
    func aListTakesTheDateOfItsMeasureOrRound(text: String) {
        let listed = events(text, published: "2023-03-29").filter { $0.kind != .announcement }
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { $0.occurredAt == day("2023-03-28") }, "\(listed.map { ($0.kind, $0.occurredAt) })")
    }
}

/// A date with a particle of time right before the subject (`2018년에는 A가`, `1월에는 B가`) dates
/// the act, wherever in the sentence it stands.
@Suite struct DateBeforeTheSubjectTests {
    @Test(arguments: [
        ("2018년에는 세림캐피털이 동해반도체를 인수했다.", "2018"),
        ("2018년 3월에 세림캐피털이 동해반도체를 인수했다.", "2018-03"),
        ("동방반도체가 서림메모리를 인수한 데 이어 2016년에는 세림캐피털이 동해반도체를 인수했다.", "2016"),
        ("앞서 1월에는 한빛전자가 누리AI에 100억원을 투자했다.", "2025-01"),
    ])
    func theDateIsTheActs(text: String, date: String) {
        let i = only(.investment, text).filter { $0.names(.investor) != ["동방반도체"] }
        #expect(i.count == 1)
        #expect(i.first?.occurredAt == day(date), "\(i.map(\.occurredAt))")
    }

    @Test func aDeadlineBeforeTheSubjectIsNot() {
        // `까지` makes it a deadline, whatever follows.
        let i = only(.investment, "2030년까지는 세림캐피털이 동해반도체를 인수했다.")
        #expect(i.first?.occurredAt != day("2030"))
    }
}
