import Events
import Testing
@testable import Extraction

/// Entity-list bans as Korean news tells them: the list's place before the object, and targets
/// counted in one sentence and named in the next.
@Suite struct BanListTests {
    @Test(arguments: [
        ("일본 경제산업성은 14일 블랙리스트에 한빛전자와 세림반도체를 올렸다.", "일본 경제산업성", ["한빛전자", "세림반도체"]),
        ("미국 상무부는 수출통제 명단에 누리전자를 추가했다.", "미국 상무부", ["누리전자"]),
        ("영국 재무부는 제재 대상에 볼가뱅크와 북방해운을 포함했다.", "영국 재무부", ["볼가뱅크", "북방해운"]),
    ])
    func theListsPlaceBeforeTheObject(text: String, imposer: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }

    @Test func aVerbFarFromThePlaceIsNoBan() {
        // The place and the verb belong to different clauses.
        #expect(only(.ban, "정부는 지원 명단에 오른 기업들을 다시 검토하고, 내년 예산에 새 사업을 추가했다.").isEmpty)
    }

    @Test(arguments: [
        ("미국 상무부는 수출통제 명단에 중국 반도체 기업 세 곳을 새로 추가했다. 이들 3개 기업은 화성전자, 동방칩스, 남해광전 등이다.",
         "미국 상무부", ["화성전자", "동방칩스", "남해광전"]),
        ("미 국방부는 중국군 연계 기업 명단에 일부 기업을 추가했다. 명단에는 드론 업체 스카이호크, 배터리 제조업체 동광에너지 등이 추가됐다.",
         "미국 국방부", ["스카이호크", "동광에너지"]),
        ("캐나다 정부는 중국 기업 여러 곳을 제재 대상에 올렸다. 이들 기업은 북해광학, 화남정밀, 동방칩스 등이다.",
         "캐나다 정부", ["북해광학", "화남정밀", "동방칩스"]),
    ])
    func targetsCountedThenNamed(text: String, imposer: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }

    @Test func aBackReferenceThatNamesNoTargetsIsNoList() {
        let text = "미국 상무부는 중국 기관 24곳을 명단에 올렸다. 이들 기관은 중국 본토와 홍콩에 있으며 군사용 조달을 도왔다고 상무부는 설명했다."
        #expect(only(.ban, text).isEmpty)
    }
}

/// What a measure is on, and what is no target.
@Suite struct BanTargetTests {
    @Test(arguments: [
        ("미국 상무부는 한빛반도체와 누리전자의 중국 공장에 대한 VEU 지위를 철회했다.", ["한빛반도체", "누리전자"]),
        ("미국 상무부는 한빛반도체의 수출 허가를 취소했다.", ["한빛반도체"]),
        ("미국 정부는 누리전자 제품에 대한 구매를 중단하라고 연방기관에 요구했다.", ["누리전자"]),
    ])
    func revocationsAndOrdersToStopBuying(text: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }

    @Test(arguments: [
        "미국 재무부는 중국과 러시아에 대한 제재를 강화했다.",
        "미국 정부는 대중국 반도체 수출을 제한했다.",
        "유럽연합은 러시아 기업에 대한 수출 통제를 확대했다.",
    ])
    func aCountryIsNoTargetOfAMeasure(text: String) {
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(!targets.contains { $0.hasSuffix("정부") || ["중국", "러시아", "대중국"].contains($0) }, "\(targets)")
    }
}

/// A share swap: each side invests in the other.
@Suite struct ShareSwapTests {
    @Test(arguments: [
        "한빛텔레콤과 누리소프트는 각각 1000억원 규모의 지분을 상호 교환하기로 했다.",
        "한빛텔레콤과 누리소프트는 3000억원 규모의 지분을 맞교환했다.",
        "한빛텔레콤과 누리소프트가 주식을 맞교환하며 동맹을 맺었다.",
    ])
    func eachSideInvestsInTheOther(text: String) {
        let pairs = Set(only(.investment, text).map { "\($0.names(.investor).joined())→\($0.names(.target).joined())" })
        #expect(pairs == ["한빛텔레콤→누리소프트", "누리소프트→한빛텔레콤"])
    }
}

/// Lists after a head noun or a clause: who invested in a named company, targets joined by 와/과.
@Suite struct HeadedListTests {
    @Test(arguments: [
        ("프랑스 AI 스타트업 미스랄랩이 6억 유로를 유치했다. 미스랄랩에 투자를 단행한 기업은 삼성과 엔비디아·IBM·시스코 등이다.",
         "미스랄랩", ["삼성전자", "엔비디아", "IBM", "시스코"]),
        ("누리로보틱스에 투자한 곳은 한빛벤처스와 세림캐피탈이다.", "누리로보틱스", ["한빛벤처스", "세림캐피탈"]),
        ("아크모션에 출자한 기업은 카카오, 네이버 등이다.", "아크모션", ["카카오", "네이버"]),
    ])
    func investorsOfACompanyNamedInTheClause(text: String, target: String, investors: [String]) {
        let i = only(.investment, text).filter { $0.names(.target) == [target] }
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(i.map(\.participants))")
    }

    @Test func targetsJoinedByWaGwaAfterAHead() {
        let b = only(.ban, "영국 재무부는 러시아 은행 두 곳을 제재 대상에 올렸다. 해당 기업은 북방은행과 볼가뱅크다.")
        #expect(Set(b.flatMap { $0.names(.target) }) == ["북방은행", "볼가뱅크"])
    }

    @Test func wordsThatPointBackAreNoListedNames() {
        let text = "미 국방부는 중국 기업 12곳을 명단에 추가했다. 명단에 오른 기업은 평판에 타격을 입을 수 있고, 이 기업들과 거래하는 미국 단체와 기업에게는 경고가 된다."
        let targets = only(.ban, text).flatMap { $0.names(.target) }
        #expect(targets.isEmpty, "\(targets)")
    }
}

/// Designations, removals from a list of the trusted, and what of a firm a measure is on.
@Suite struct DesignationTests {
    @Test(arguments: [
        ("미국 연방통신위원회(FCC)는 누리텔레콤과 화성전자를 국가안보 위협 기업으로 지정했다.", "미국 연방통신위원회", ["누리텔레콤", "화성전자"]),
        ("미 상무부는 한빛반도체와 누리전자의 중국 공장을 VEU 명단에서 제외했다.", "미국 상무부", ["한빛반도체", "누리전자"]),
        ("미국 정부는 연방기관에서 텔레그램 보안 소프트웨어 사용을 금지하는 규정을 발표했다.", "미국 정부", ["텔레그램"]),
        ("미국 정부는 연방기관에서 아바스트 백신 프로그램 사용을 금지했다.", "미국 정부", ["아바스트"]),
    ])
    func designationsRemovalsAndWhatOfAFirm(text: String, imposer: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }

    @Test func commonWordsBeforeWhatIsBannedAreNoTarget() {
        let targets = only(.ban, "미국 정부는 연방기관에서 국내 보안 소프트웨어 사용을 금지했다.").flatMap { $0.names(.target) }
        #expect(targets.isEmpty, "\(targets)")
    }
}

/// A negation in the clause that gives the reason is not the measure's.
@Suite struct NegationScopeTests {
    @Test(arguments: [
        "인도네시아 정부는 30일 야후와 페이팔에 대해 폐쇄령을 내렸으며 이는 등록을 기한 내에 하지 않은 때문이라고 밝혔다.",
        "베트남 정부는 텔레그램 접속 차단 명령을 내렸으며 이는 수사에 협조하지 않았기 때문이다.",
        "브라질 대법원은 X의 접속 차단을 명령했으며 X가 법률 대리인을 지정하지 않았다고 설명했다.",
    ])
    func aReasonClauseDoesNotNegateTheMeasure(text: String) {
        #expect(!only(.ban, text).isEmpty, "\(summary(text))")
    }

    @Test(arguments: [
        "인도네시아 정부는 야후(Yahoo), 페이팔(PayPal), 스팀(Steam)등 8개 플랫폼을 차단했다.",
        "인도네시아 정부는 야후(Yahoo), 페이팔(PayPal), 스팀(Steam) 등 8개 플랫폼을 차단했다.",
    ])
    func aListWhoseLastGlossClosesRightBeforeDeung(text: String) {
        let targets = Set(only(.ban, text).flatMap { $0.names(.target) })
        #expect(targets.isSuperset(of: ["야후", "페이팔", "스팀"]), "\(targets)")
    }
}

/// Targets listed in a clause of the measure's own sentence.
@Suite struct SameSentenceListTests {
    @Test(arguments: [
        "미국 정부는 28개 중국 기관을 블랙리스트에 올렸으며, 여기에는 화성광학과 동방칩스가 포함됐다.",
        "미국 상무부는 중국 기업 12곳을 수출통제 명단에 추가했으며 이 중에는 화성광학과 동방칩스가 있다.",
        "미국 정부는 중국 기업 여러 곳을 제재했다. 이 가운데에는 화성광학과 동방칩스가 포함됐다.",
    ])
    func targetsInTheClauseAfterTheMeasure(text: String) {
        let targets = Set(only(.ban, text).flatMap { $0.names(.target) })
        #expect(targets == ["화성광학", "동방칩스"], "\(targets)")
    }
}

/// Exclusions from public procurement and measures that keep a firm's products from use.
@Suite struct ExclusionTests {
    @Test(arguments: [
        ("조달청은 화성전자를 공공 조달 대상에서 제외했다.", "조달청", "화성전자"),
        ("정부는 통신사들이 화성전자 장비를 쓰지 못하도록 했다.", "대한민국 정부", "화성전자"),
        ("국방부는 누리텔레콤의 입찰 참여를 제한했다.", "국방부", "누리텔레콤"),
    ])
    func exclusions(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target])
    }
}

/// A list of names no rule knows, as the object of a measure.
@Suite struct ListedObjectTests {
    @Test(arguments: [
        ("미국 상무부는 화성광학, 동방칩스, 남해정밀을 수출통제 명단에 올렸다.", ["화성광학", "동방칩스", "남해정밀"]),
        ("일본 정부는 북해광전, 서림정밀을 제재했다.", ["북해광전", "서림정밀"]),
        ("캐나다 정부는 동방광학, 화남테크를 블랙리스트에 추가했다.", ["동방광학", "화남테크"]),
    ])
    func aListOfUnknownNamesAsTheObject(text: String, targets: [String]) {
        #expect(Set(only(.ban, text).flatMap { $0.names(.target) }) == Set(targets))
    }

    @Test func aListOfCommonNounsIsNoTarget() {
        #expect(only(.ban, "미국 정부는 반도체, 배터리, 장비를 수출통제 명단에 올렸다.").isEmpty)
    }

    @Test(arguments: [
        ("미국 상무부는 화성광학, 동방칩스 등 중국 기업 14곳을 미검증 명단에 추가했다.", ["화성광학", "동방칩스"]),
        ("일본 정부는 북해광전, 서림정밀 등 러시아 기업 5곳을 수출 제재 명단에 올렸다.", ["북해광전", "서림정밀"]),
        ("캐나다 정부는 동방광학, 화남테크를 새로 블랙리스트에 추가했다.", ["동방광학", "화남테크"]),
    ])
    func bareWordsBetweenTheObjectAndTheMeasure(text: String, targets: [String]) {
        #expect(Set(only(.ban, text).flatMap { $0.names(.target) }) == Set(targets))
    }
}

/// Measures written as one compound noun (`수입금지했다`, `사용금지 조치를`, `접속차단했다`), as the
/// press often writes them without the space: the same bans as `수입 금지했다`.
@Suite struct CompoundMeasureTests {
    @Test(arguments: [
        ("태국 정부는 지난 3일 중국 드론업체 스카이윙의 제품을 수입금지했다.", "태국 정부", "스카이윙"),
        ("캐나다 정부는 국가 안보를 이유로 한빛소프트 앱에 대해 사용금지 조치를 시행했다.", "캐나다 정부", "한빛소프트"),
        ("인도네시아 정부는 보안 우려로 누리소프트의 메신저를 접속차단했다.", "인도네시아 정부", "누리소프트"),
        ("미국 상무부는 세림반도체에 대한 장비 수출제한 조치를 발표했다.", "미국 상무부", "세림반도체"),
    ])
    func aCompoundMeasureIsABan(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
    }

    @Test(arguments: [
        "관세청은 이달부터 수입금지 품목의 통관 심사를 강화한다.",
        "누리텔레콤은 요금제 데이터 사용제한 기준을 바꿨다.",
        "한빛전자는 공장 안 사용금지 물질 목록을 새로 정리했다.",
    ])
    func aCompoundBeforeANounIsNoMeasure(text: String) {
        #expect(only(.ban, text).isEmpty)
    }
}
