import Events
import Testing
@testable import Extraction

/// A measure or an investment told without a day of its own takes the day of the same happening
/// told with its day in another sentence of the article: same kind, a target in common (for a
/// measure, its imposer too), a day within a week before publication.
@Suite struct DayOfTheSameHappeningTests {
    @Test func anUndatedInvestmentTakesTheDayOfTheSameRound() {
        let text = "세림캐피탈은 누리AI에 1000억원을 투자했다. 한빛벤처스도 지난 20일 누리AI에 500억원을 투자했다."
        let found = only(.investment, text, published: "2025-03-22")
        #expect(found.count == 2, "\(found.map(\.participants))")
        #expect(found.allSatisfy { $0.occurredAt == day("2025-03-20") }, "\(found.map(\.occurredAt))")
    }

    @Test func anUndatedMeasureTakesTheDayOfTheSameImposersMeasure() {
        let text = "미국 상무부는 누리칩스를 거래제한 명단에 올렸다. 미국 상무부는 20일(현지시간) 누리칩스와 세림테크를 거래제한 명단에 추가했다."
        let found = only(.ban, text, published: "2025-03-22")
        #expect(found.count == 2, "\(found.map(\.participants))")
        #expect(found.allSatisfy { $0.occurredAt == day("2025-03-20") }, "\(found.map(\.occurredAt))")
    }

    @Test func aMeasureOfMoreImposersKeepsItsOwnDay() {
        let text = "미국 정부와 캐나다 정부는 누리톡 사용을 금지했다. 미국 정부는 지난 20일 누리톡 설치를 금지했다."
        let found = only(.ban, text, published: "2025-03-22")
        #expect(found.first { $0.names(.imposer).count == 2 }?.occurredAt == day("2025-03-22"), "\(found.map(\.participants))")
    }

    @Test func anotherImposersMeasureOnTheSameTargetKeepsItsOwnDay() {
        let text = "미국 정부는 누리톡 사용을 금지했다. 캐나다 정부는 지난 20일 누리톡 사용을 금지했다."
        let found = only(.ban, text, published: "2025-03-22")
        #expect(found.first { $0.names(.imposer) == ["미국 정부"] }?.occurredAt == day("2025-03-22"), "\(found.map(\.occurredAt))")
        #expect(found.first { $0.names(.imposer) == ["캐나다 정부"] }?.occurredAt == day("2025-03-20"), "\(found.map(\.occurredAt))")
    }

    @Test(arguments: [("15", "2025-03-15"), ("14", "2025-03-22"), ("2", "2025-03-22")])
    func aDayMoreThanAWeekBeforeIsAnotherHappening(dayOfMonth: String, expected: String) {
        let text = "세림캐피탈은 누리AI에 1000억원을 투자했다. 한빛벤처스도 지난 \(dayOfMonth)일 누리AI에 500억원을 투자했다."
        let found = only(.investment, text, published: "2025-03-22")
        #expect(found.first { $0.names(.investor) == ["세림캐피탈"] }?.occurredAt == day(expected), "\(found.map(\.occurredAt))")
    }
}
