import Events
import Testing
@testable import Extraction

/// 도 (also) after a phrase's 에, lists joined by 뿐 아니라, and a clause closed before the trigger
/// that keeps its own objects.
@Suite struct AlsoAndBesidesTests {
    @Test(arguments: [
        ("한빛캐피털은 누리AI의 투자 라운드에도 참여했다.", "한빛캐피털", ["누리AI"]),
        ("세림벤처스는 오로라랩스의 시리즈B 투자에도 참여했다.", "세림벤처스", ["오로라랩스"]),
        ("누리인베스트먼트는 지난해 한빛테크, 세림AI 등의 펀딩 라운드에도 참여했다.", "누리인베스트먼트", ["한빛테크", "세림AI"]),
    ])
    func alsoAfterThePhrasesParticle(text: String, investor: String, targets: [String]) {
        // `투자에도 참여했다` is `투자에 참여했다` with 도: the same event.
        let i = only(.investment, text)
        #expect(i.count == 1, "\(events(text).map(\.participants))")
        #expect(i.first?.names(.investor) == [investor])
        #expect(Set(i.first?.names(.target) ?? []) == Set(targets))
    }

    @Test func alsoInThePlaceOfTheObjectParticleIsNotTaken() {
        // 도 may stand for the subject's particle (`설명회도 열렸다`): the firms that took part in a
        // briefing held are not the ones who held it.
        let text = "이날 행사에는 한빛파워, 세림칩스, 누리세미 등 3개사가 참여한 기업설명회(IR)도 열렸다."
        #expect(only(.announcement, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("오로라랩스는 한빛벤처스와 세림캐피털뿐 아니라 누리인베스트먼트 등이 투자에 참여했다.", ["한빛벤처스", "세림캐피털", "누리인베스트먼트"]),
        ("누리AI는 한빛캐피털뿐만 아니라 세림벤처스도 투자에 참여했다.", ["한빛캐피털", "세림벤처스"]),
        ("세림로보틱스는 한빛벤처스뿐 아니라 누리캐피털, 오로라파트너스 등이 투자에 참여했다.", ["한빛벤처스", "누리캐피털", "오로라파트너스"]),
    ])
    func notOnlyButAlsoJoinsTheList(text: String, investors: [String]) {
        // `A뿐 아니라 B`: not only A but also B, both in the list.
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("한빛전자는 지난달 누리AI에 세림반도체와 함께 투자했고 지난해 오로라랩스, 한빛테크 등의 펀딩 라운드에도 참여했다.", ["오로라랩스", "한빛테크"]),
        ("세림캐피털은 올해 누리테크를 인수했으며 2023년 오로라랩스의 시리즈A 투자에 참여했다.", ["오로라랩스"]),
        ("누리벤처스는 한빛AI에 투자했지만 세림로보틱스의 투자 라운드에도 참여했다.", ["세림로보틱스"]),
        ("한빛전자는 누리AI에 투자했고, 지난해 오로라랩스의 투자 라운드에도 참여했다.", ["오로라랩스"]),
    ])
    func aClosedClauseKeepsItsObjects(text: String, later: [String]) {
        // The event of the last clause names only what comes after the clause closed before it, and
        // only the shared subject invests.
        let i = only(.investment, text)
        let last = i.first { Set($0.names(.target)).isSuperset(of: later) }
        #expect(last.map { Set($0.names(.target)) } == Set(later), "\(i.map(\.participants))")
        let subject = String(text.prefix { $0 != "는" && $0 != "은" })
        #expect(last?.names(.investor) == [subject], "\(i.map(\.participants))")
    }
}
