import Events
import Testing
@testable import Extraction

@Suite struct DateResolverTests {
    func resolve(_ text: String, _ published: String) -> [String] {
        DateResolver.resolve(text, published: day(published)).map { $0.date.description }
    }

    @Test func relativeDaysLookBackFromPublication() {
        #expect(resolve("지난 3일 계약했다", "2024-06-10") == ["2024-06-03"])
        #expect(resolve("29일(현지시간) 보도했다", "2025-08-02") == ["2025-07-29"])
        #expect(resolve("29일(현지시간) 보도했다", "2025-08-30") == ["2025-08-29"])
        #expect(resolve("지난 31일 밝혔다", "2025-03-02") == ["2025-01-31"])
    }

    @Test func monthsAndYearsKeepTheirPrecision() {
        #expect(resolve("오는 9월까지", "2024-06-10") == ["2024-09"])
        #expect(resolve("오는 2월 출시", "2024-11-10") == ["2025-02"])
        #expect(resolve("지난 1월", "2025-09-11") == ["2025-01"])
        #expect(resolve("지난해 7월", "2025-09-11") == ["2024-07"])
        #expect(resolve("지난해", "2025-09-11") == ["2024"])
        #expect(resolve("2022년 블랙리스트", "2025-08-29") == ["2022"])
        #expect(resolve("2023년 3월 5일", "2025-08-29") == ["2023-03-05"])
        #expect(resolve("올해 상반기", "2025-07-21") == ["2025", "2025"])
        #expect(resolve("지난달", "2025-01-15") == ["2024-12"])
        #expect(resolve("지난달 28일", "2025-03-30") == ["2025-02", "2025-02-28"])
        #expect(resolve("다음 달 3일", "2025-12-20") == ["2026-01", "2026-01-03"])
    }

    @Test func thisDayAndTheDayBeforeFollowTheSentence() {
        #expect(resolve("이날 행사에서", "2024-12-12") == ["2024-12-12"])
        #expect(resolve("29일 회사는 전날 공시를 냈다", "2025-08-29") == ["2025-08-29", "2025-08-28"])
        #expect(resolve("전날 발표", "2025-03-01") == ["2025-02-28"])
    }

    @Test func lengthsAndDecimalsAreNotDates() {
        #expect(resolve("주 4.5일제와 3일간의 연휴, 5일째", "2025-07-21").isEmpty)
    }

    @Test func unknownPublicationResolvesOnlyAbsoluteDates() {
        let r = DateResolver.resolve("지난 3일과 2024년 6월", published: .unknown)
        #expect(r.map(\.date.description) == ["2024-06"])
    }
}
