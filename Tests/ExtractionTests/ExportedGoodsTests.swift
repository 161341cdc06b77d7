import Events
import Testing
@testable import Extraction

/// A measure on exports is on the goods it names (GUIDELINES: products may be targets), not only
/// on firms: `희토류 관련 기술의 수출 통제를 강화했다` is a ban on those goods.
@Suite struct ExportedGoodsTests {
    @Test(arguments: [
        ("한빛국 상무부는 5일 희토류 관련 기술의 수출 통제를 강화했다.", "희토류 관련 기술"),
        ("세림국 정부는 9월부터 심자외선(DUV) 노광장비의 대중 수출을 통제하기로 했다.", "심자외선(DUV) 노광장비"),
        ("누리국 경제부는 지난달 리튬 정제 기술에 대한 수출을 금지했다.", "리튬 정제 기술"),
        ("한빛국 상무부는 희토류와 관련된 기술의 수출 통제를 확대했다.", "희토류와 관련된 기술"),
    ])
    func goodsNamedWith의OrAbout(text: String, goods: String) {
        let b = only(.ban, text)
        #expect(b.count == 1, "\(events(text).map(\.participants))")
        #expect(b.first?.names(.target) == [goods])
        #expect(b.first?.names(.imposer).count == 1)
    }

    @Test(arguments: [
        ("한빛국 상무부는 갈륨, 게르마늄, 안티몬의 수출을 금지한다고 밝혔다.", ["갈륨", "게르마늄", "안티몬"]),
        ("세림국 정부는 네오디뮴, 디스프로슘 등 희토류 6종의 수출을 통제한다.", ["네오디뮴", "디스프로슘"]),
        ("누리국 상무부는 텅스텐, 인듐, 초경질 재료와 흑연 등의 수출 통제를 강화했다.", ["텅스텐", "인듐", "초경질 재료", "흑연"]),
    ])
    func aListOfGoodsGivesEachItem(text: String, goods: [String]) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.target) }) == Set(goods), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("세림국 정부는 첨단 반도체 장비 수출을 금지했다.", "반도체 장비"),
        ("한빛국은 중국에 대한 최첨단 노광장비 수출을 제한했다.", "노광장비"),
        ("누리국 상무부는 구형 심자외선 노광장비의 수출도 통제했다.", "심자외선 노광장비"),
    ])
    func aModifierOpensNoNameOfGoods(text: String, goods: String) {
        // `첨단`, `최첨단`, `구형` describe the goods; their name starts after them.
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(targets.contains(goods), "\(events(text).map(\.participants))")
        #expect(!targets.contains { ["첨단", "최첨단", "구형"].contains(String($0.split(separator: " ").first ?? "")) })
    }

    @Test(arguments: [
        ("한빛국 상무부는 희토류 등의 수출을 통제한다.", ["희토류"]),
        ("세림국 정부는 갈륨 등 핵심 광물의 수출 통제를 강화했다.", ["갈륨"]),
        ("누리국 상무부는 대형 변압기의 수출을 금지했다.", ["대형 변압기"]),
    ])
    func oneItemBeforeEtcAndWordsThatAreNoDestination(text: String, goods: [String]) {
        // `희토류 등의`: one item named before 등; `대형` is no country the exports go to.
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(targets == goods, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        // A generic noun alone, a determiner before them, a verb form before 수출: no goods named.
        "한빛국 상무부는 특정 제품의 수출을 제한했다.",
        "세림국 정부는 기술의 수출 규제를 강화했다.",
        "누리국은 국방에 사용될 수 있는 수출도 제한한다고 밝혔다.",
        "세림국은 일부 장비에 한해 수출을 제한해 왔다.",
    ])
    func nothingNamedIsNoTarget(text: String) {
        #expect(only(.ban, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("인도 정부는 파키스탄에 대한 반도체 소재 수출 규제를 강화했다.", "반도체 소재"),
        ("누리국 상무부는 러시아에 대한 공작기계 수출을 금지했다.", "공작기계"),
        ("한빛국은 중국에 대한 고대역폭 메모리 수출을 통제한다고 밝혔다.", "고대역폭 메모리"),
    ])
    func goodsBesideTheCountryTheyMayNotGoTo(text: String, goods: String) {
        // `X에 대한 [goods] 수출 규제`: the measure is on the goods and on the country both.
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(targets.contains(goods), "\(events(text).map(\.participants))")
        #expect(targets.count == 2, "\(targets)")
    }

    @Test func aCountryTheExportsGoToStaysTheTargetWithoutGoods() {
        // `러시아에 대해 …수출을 금지`: no goods named, the measure is on the country.
        let b = only(.ban, "세림국 정부는 러시아에 대해 반도체 수출을 금지하기로 했다.")
        #expect(b.first?.names(.target) == ["러시아"] || b.first?.names(.target).first?.contains("러시아") == true,
                "\(events("세림국 정부는 러시아에 대해 반도체 수출을 금지하기로 했다.").map(\.participants))")
    }

    @Test func aLawNamedBeforeTheMeasureIsNoExport() {
        // 수출 inside a law's name (`수출통제법`) belongs to no measure on exports.
        let text = "한빛국 상무부는 수출통제법에 근거해 세림항공 등 5개 기업을 명단에 포함했다."
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(targets == ["세림항공"], "\(events(text).map(\.participants))")
    }
}

/// Goods joined by 와/과 before the measure, and names after a classifier with the copula.
@Suite struct JoinedGoodsAndCopulaClassifierTests {
    @Test(arguments: [
        ("한빛국 상무부는 고대역폭메모리(HBM)와 첨단 반도체장비에 대한 수출통제 조치를 발표했다.", ["고대역폭메모리(HBM)", "반도체장비"]),
        ("세림국 정부는 리튬과 니켈 정제 기술의 수출을 금지했다.", ["리튬", "니켈 정제 기술"]),
        ("누리국 상무부는 갈륨과 게르마늄의 수출 통제를 강화했다.", ["갈륨", "게르마늄"]),
    ])
    func goodsJoinedByAnd(text: String, goods: [String]) {
        // 와/과 joins two goods; each is a target.
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(Set(targets) == Set(goods), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("미국 상무부는 리튬 정제 설비를 수출 통제 대상으로 추가했다.", ["리튬 정제 설비"]),
        ("일본 정부는 갈륨과 게르마늄을 수출 통제 대상으로 지정했다.", ["갈륨", "게르마늄"]),
        ("미국 정부가 낸드플래시와 식각 장비를 수출 통제 대상으로 지정한 데 따른 조치다.", ["낸드플래시", "식각 장비"]),
    ])
    func goodsPutOnTheListOfControlledExports(text: String, goods: [String]) {
        // `X를 수출 통제 대상으로 추가했다`: the object put on the list is the goods.
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(Set(targets) == Set(goods), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("반도체 장비업체인 누리세미는 한국생산기술연구원과 업무협약을 체결했다고 9일 밝혔다.", ["누리세미", "한국생산기술연구원"]),
        ("한빛전자는 국내 팹리스 업체인 누리칩과 협력한다.", ["한빛전자", "누리칩"]),
        ("로봇 스타트업인 세림봇은 한빛전자와 손잡았다.", ["세림봇", "한빛전자"]),
    ])
    func aNameAfterAClassifierWithTheCopula(text: String, parties: [String]) {
        // `장비업체인 누리세미는`: … 인 (that is a …) before the name, as after the bare classifier.
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(events(text).map(\.participants))")
    }
}
