import Testing
import Events
@testable import Extraction

/// An investment whose buyer is left out belongs to the firm the sentences before were about,
/// which in an article about several firms need not be the article's first.
@Suite struct RecentTopicTests {
    @Test func theLatestTopicInvests() {
        let text = "삼성전자는 지난해 누리랩스를 인수했다. 한빛자동차는 AI 분야 투자를 늘리고 있다. 지난 5월 중국 스타트업 세림비전에 418억원을 투자해 지분 6.48%를 취득했다."
        let i = only(.investment, text).filter { $0.names(.target) == ["세림비전"] }
        #expect(i.count == 1, "\(only(.investment, text).map(\.participants))")
        #expect(i.first?.names(.investor) == ["한빛자동차"])
    }

    @Test func withOneFirmItIsThatFirm() {
        let text = "한빛자동차는 AI 분야 투자를 늘리고 있다. 지난 5월 중국 스타트업 세림비전에 418억원을 투자했다."
        expectOne(.investment, text, .investor, ["한빛자동차"])
    }

    // A government as the topic (`정부는 …`) is no buyer of a firm's stake told after it.
    @Test func aGovernmentTopicDoesNotTakeOver() {
        let text = "한빛자동차는 AI 분야 투자를 늘리고 있다. 정부는 AI 투자 지원을 확대하기로 했다. 지난 5월 세림비전에 418억원을 투자했다."
        let i = only(.investment, text).filter { $0.names(.target) == ["세림비전"] }
        #expect(i.first?.names(.investor) == ["한빛자동차"], "\(only(.investment, text).map(\.participants))")
    }
}

/// `투자 확대 계획을 발표했다`: a change in how much is spent is no investment, and the plan's
/// announcement stands.
@Suite struct SpendingLevelTests {
    @Test(arguments: [
        "한빛메모리는 설비 투자 축소 계획을 발표했다.",
        "세림반도체는 투자 확대 계획을 발표했다.",
        "미국 한빛메모리, 한국 세림반도체 등이 모두 투자 감축 계획을 발표했다.",
    ])
    func thePlanIsAnnouncedAndNothingIsBought(text: String) {
        #expect(only(.investment, text).isEmpty, "\(only(.investment, text).map(\.participants))")
        #expect(only(.announcement, text).count == 1, "\(events(text).map(\.participants))")
    }

    @Test func aPlannedInvestmentWithItsTargetStillCounts() {
        expectOne(.investment, "한빛전자는 누리랩스에 1조원 투자 계획을 발표했다.", .investor, ["한빛전자"])
    }
}

/// `A와 B 등이 투자한 C`: the last item of a list closed by 등 takes the particle after 등, even as
/// a name the gazetteer lacks.
@Suite struct ListClosedByEtceteraTests {
    @Test(arguments: [
        "세림캐피털과 누리삭스 등이 투자한 AI 스타트업 한빛패러다임은 상장을 추진한다.",
        "세림캐피털과 누리삭스가 투자한 AI 스타트업 한빛패러다임은 상장을 추진한다.",
    ])
    func bothInvestInTheNameTheClauseModifies(text: String) {
        expectOneAnyOrder(.investment, text, .investor, ["세림캐피털", "누리삭스"])
        #expect(only(.investment, text).first?.names(.target) == ["한빛패러다임"])
    }

    // With the object particle after 등, things are listed as often as names.
    @Test func anObjectListOfCostsNamesNoTarget() {
        let text = "한빛전자는 3년 동안 연구비, 인프라 지원비 등을 지원한다."
        #expect(!events(text).contains { $0.participants.contains { $0.name == "지원비" } })
    }
}
