import Events
import Testing
@testable import Extraction

@Suite struct AmountParserTests {
    func one(_ text: String) -> Amount? { AmountParser.amounts(in: text).first }

    @Test func koreanUnitsAndCurrencies() {
        #expect(one("잔고가 4,550억달러에 달했다")?.value == 4.55e11)
        #expect(one("잔고가 4,550억달러에 달했다")?.currency == "USD")
        #expect(one("1576억원 규모")?.value == 1.576e11)
        #expect(one("1576억원 규모")?.currency == "KRW")
        #expect(one("총 1조2000억원을")?.value == 1.2e12)
        #expect(one("4억5000만 달러를")?.value == 4.5e8)
        #expect(one("4억5000만 달러를")?.text == "4억5000만 달러")
        #expect(one("매출 28억8천만위안")?.value == 2.88e9)
        #expect(one("매출 28억8천만위안")?.currency == "CNY")
    }

    @Test func approximateAmountsKeepTheHedgeInTheText() {
        let a = one("(약 632조원)")
        #expect(a?.value == 6.32e14)
        #expect(a?.text == "약 632조원")
    }

    @Test func vagueAmountsHaveARangeAndNoValue() {
        let a = one("수조원을 공동으로")
        #expect(a?.value == nil)
        #expect(a?.low == 2e12)
        #expect(a?.high == 9e12)
        #expect(a?.text == "수조원")
        #expect(one("수천억원")?.low == 2e11)
    }

    @Test func numbersWithoutCurrencyAreNotAmounts() {
        #expect(AmountParser.amounts(in: "15개 팀, 3100~3200선, 원장과 만났다, 100만명").isEmpty)
    }
}
