import Testing
import Events
@testable import Extraction

/// Names an article defines for all of it, the government of a place, and parties referred to
/// as a group.
@Suite struct ListingCodeNameTests {
    @Test(arguments: [
        ("누리에이는 한빛소프트와 업무협약을 맺었다. 누리에이(123450)는 반도체 장비를 만든다.", "누리에이", "한빛소프트"),
        ("세원테크는 동해로봇과 손을 잡았다. 세원테크(234100)는 부품을 공급한다.", "세원테크", "동해로봇"),
        ("한빛소프트는 아이디에이와 업무협약을 체결했다. 아이디에이(038880)는 코스닥 상장사다.", "한빛소프트", "아이디에이"),
    ])
    func aListingCodeNamesACompanyForTheWholeArticle(text: String, a: String, b: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == [a, b], "\(p.map(\.participants))")
    }

    @Test func fiveDigitsAreNoListingCode() {
        let p = only(.partnership, "누리에이는 한빛소프트와 업무협약을 맺었다. 누리에이(12345)는 반도체 장비를 만든다.")
        #expect(!p.contains { $0.names(.party).contains("누리에이") })
    }
}

@Suite struct LocalGovernmentTests {
    @Test(arguments: [
        ("한빛전자는 중국 염성시 정부와 업무협약을 체결했다.", "염성시"),
        ("한빛전자는 미국 텍사스주 정부와 업무협약을 체결했다.", "텍사스주"),
        ("한빛전자는 베트남 박닌성 정부와 업무협약을 체결했다.", "박닌성"),
    ])
    func theGovernmentOfThePlaceBeforeIt(text: String, place: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", place], "\(p.map(\.participants))")
    }

    @Test func aCountryGovernmentStaysTheCountrys() {
        let p = only(.partnership, "한빛전자는 중국 정부와 업무협약을 체결했다.")
        #expect(p.first?.names(.party).contains("중국 정부") == true, "\(p.map(\.participants))")
    }
}

@Suite struct JointCompanyAndCeremonyTests {
    @Test(arguments: [
        "한빛전자가 누리소프트와 합자법인 설립계약을 체결했다.",
        "한빛전자는 누리소프트와 합자회사를 설립했다.",
        "한빛전자는 누리소프트와 신규 법인 설립계약을 맺었다.",
        "한빛전자와 누리소프트는 10일 협약식을 개최했다.",
        "한빛전자와 누리소프트는 2022년부터 본격적인 동맹 관계를 구축했다.",
    ])
    func partnersOfAJointCompanyACeremonyOrAnAlliance(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리소프트"], "\(p.map(\.participants))")
    }

    @Test func aCeremonyWithNoPartnerIsNoPartnership() {
        #expect(only(.partnership, "한빛전자는 오는 20일 협약식을 개최할 예정이다.").isEmpty)
    }

    @Test func theListThatHeldTheCeremony() {
        let p = only(.partnership, "지난 13일 산업부와 한빛전자·누리모터, 세림연구원 등은 협력을 강화하는 내용의 협약식을 개최했다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["산업통상자원부", "한빛전자", "누리모터", "세림연구원"], "\(p.map(\.participants))")
        #expect(only(.announcement, "지난 13일 산업부와 한빛전자·누리모터, 세림연구원 등은 협력을 강화하는 내용의 협약식을 개최했다.").isEmpty)
    }
}

@Suite struct PartiesAsAGroupTests {
    @Test(arguments: [
        ("한빛전자와 누리소프트, 세림반도체가 2023년 3월 손을 잡았다. 세 기업은 2024년 5월 업무협약을 맺었다.", 3),
        ("한빛전자와 누리소프트, 세림반도체, 동해AI가 2023년 3월 손을 잡았다. 4개 업체는 2024년 5월 업무협약을 맺었다.", 4),
        ("한빛전자와 누리소프트, 세림반도체, 동해AI, 서해칩스가 2023년 3월 손을 잡았다. 이들 기업은 2024년 5월 업무협약을 맺었다.", 5),
    ])
    func theCountedPartiesAreThoseNamedBefore(text: String, count: Int) {
        let p = only(.partnership, text)
        #expect(p.count == 2)
        #expect(p.last?.occurredAt == day("2024-05"))
        #expect(p.last?.names(.party).count == count, "\(p.map(\.participants))")
    }

    @Test func theseFirmsAsAnotherRoleAreNoPartners() {
        let text = "중국 상무부는 누리방산, 세림항공을 제재했다. 또 중국 내 조직과 개인은 이들 업체와 거래·협력할 수 없다."
        #expect(only(.partnership, text).isEmpty)
    }

    @Test(arguments: [
        "한빛전자 ‘AI 원팀’에 누리소프트, 세림반도체가 합류했다.",
        "한빛전자 ‘AI 원팀’에는 누리소프트, 세림반도체가 합류했다.",
        "한빛전자의 ‘AI 원팀’에 누리소프트와 세림반도체가 새로 합류했다.",
    ])
    func membersJoiningAQuotedAlliance(text: String) {
        expectOne(.partnership, text, .party, ["한빛전자", "누리소프트", "세림반도체"])
    }

    @Test func anOfficerWelcomingTheMembersAddsNone() {
        let text = "한빛전자 ‘AI 원팀’에 누리소프트, 세림반도체가 합류했다. 한빛전자는 지난달 산학연 16개 기관과 AI 원팀을 결성했다. "
            + "김철수 한빛클라우드 본부장은 “새로 합류하는 2개 기관을 환영한다”고 말했다."
        expectOne(.partnership, text, .party, ["한빛전자", "누리소프트", "세림반도체"])
    }
}

@Suite struct SwapMeansAndMeasureTests {
    @Test(arguments: [
        "한빛전자는 누리소프트와 상호 지분 투자를 했다.",
        "한빛전자는 누리소프트와 지분 교환을 단행했다.",
        "한빛전자는 누리소프트와 3000억원 규모의 지분을 맞교환했다.",
    ])
    func aSwapWithAPartnerGoesBothWays(text: String) {
        let i = only(.investment, text)
        #expect(i.count == 2)
        #expect(Set(i.map { $0.names(.investor) + $0.names(.target) }) == [["한빛전자", "누리소프트"], ["누리소프트", "한빛전자"]])
    }

    @Test(arguments: [
        ("한빛텔레콤은 미국 펀드 HANBIT FUND I LLC를 통해 누리소프트 지분 26.3%를 매입했다.", "누리소프트"),
        ("세림캐피털은 특수목적법인 SPC를 통해 동해반도체 주식 50만주를 사들였다.", "동해반도체"),
    ])
    func whatIsBoughtThroughIsNoTarget(text: String, target: String) {
        expectOne(.investment, text, .target, [target])
    }

    @Test func countriesThatApprovedADealAreNoTargets() {
        let i = only(.investment, "네이버는 한국과 미국, 캐나다 등 관련 기관 절차를 마무리하고 이달 초 왓패드 인수를 완료했다.")
        #expect(!i.isEmpty)
        #expect(i.allSatisfy { $0.names(.target) == ["왓패드"] }, "\(i.map(\.participants))")
    }

    @Test func aLawIsNoTarget() {
        let b = only(.ban, "CAC는 누리택시 측에 데이터 관련법을 준수하도록 앱을 업데이트하라고 명령했다.")
        #expect(!b.contains { $0.names(.target).contains("관련법") }, "\(b.map(\.participants))")
    }

    @Test(arguments: [
        "트럼프 대통령은 바이트댄스와 모든 거래를 금지하는 내용의 행정서명을 내렸다.",
        "트럼프 대통령은 바이트댄스와 거래를 금지하는 행정명령에 서명했다.",
    ])
    func whomDealingsAreBarredWith(text: String) {
        expectOne(.ban, text, .target, ["바이트댄스"])
    }

    @Test(arguments: ["통신반도체", "전력반도체", "AI기업"])
    func categoriesAreNoNames(word: String) {
        let i = only(.investment, "펀드 운용사들은 차량용 반도체, \(word) 등에 적극적으로 투자할 계획이다.")
        #expect(!i.contains { $0.names(.target).contains(word) }, "\(i.map(\.participants))")
    }
}

@Suite struct TopicBoughtAndSubsidyTests {
    @Test(arguments: [
        ("하만은 2017년 삼성전자가 인수했다.", "삼성전자", "하만"),
        ("자일링스는 반도체 설계 업체로, 2022년 AMD가 인수했다.", "AMD", "자일링스"),
        ("왓패드는 지난해 네이버가 6억 달러에 인수했다.", "네이버", "왓패드"),
    ])
    func theTopicIsWhatThePlainSubjectBought(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
    }

    @Test func aTopicThatBuysKeepsItsObject() {
        let i = only(.investment, "삼성전자는 지난해 AMD가 눈여겨본 자일링스를 인수했다.")
        #expect(i.allSatisfy { $0.names(.target) != ["삼성전자"] }, "\(i.map(\.participants))")
    }

    @Test(arguments: [
        ("일본 정부가 라피더스에 약 11조 원(1조1800억엔)의 추가 지원을 결정했다.", "일본 정부", "라피더스"),
        ("일본 정부는 이미 라피더스에 1조7000억엔 지원을 결정한 바 있다.", "일본 정부", "라피더스"),
        ("산업부는 누리반도체에 500억원의 지원을 결정했다.", "산업통상자원부", "누리반도체"),
    ])
    func moneyGrantedByAmount(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
        #expect(only(.announcement, text).isEmpty)
    }

    @Test(arguments: [
        ("삼성전자는 도우인시스의 자회사 지에프 지분 72.7%를 확보했다.", "지에프"),
        ("한빛전자는 반도체 업체 누리칩스 지분 30%를 사들였다.", "누리칩스"),
        ("한빛전자는 디스플레이 소재기업 세림머티 인수를 마무리했다.", "세림머티"),
    ])
    func aNameAfterAClassifierBeforeTheStake(text: String, target: String) {
        expectOne(.investment, text, .target, [target])
    }

    @Test(arguments: [
        ("미국에서도 동부 메릴랜드주가 주 정부 기관에서 틱톡 사용을 금지했다.", "메릴랜드주"),
        ("앞서 네브라스카 주(州)가 2020년에 틱톡 사용을 금지했다.", "네브래스카주"),
        ("텍사스주 정부는 주 정부 기기에서 틱톡 사용을 금지했다.", "텍사스주"),
    ])
    func aStateOfTheUnitedStatesImposes(text: String, imposer: String) {
        expectOne(.ban, text, .imposer, [imposer])
    }
}

@Suite struct RefusalsAndForecastTests {
    @Test(arguments: [
        ("미국 연방통신위원회(FCC)가 9일 국가안보를 이유로 중국 통신업체 차이나모바일의 미국 시장진입 요청을 기각했다.", "미국 연방통신위원회", "차이나모바일"),
        ("런던교통공사는 이날 우버의 영업면허 갱신 신청을 불허하기로 결정했다.", "런던교통공사", "우버"),
        ("러시아 당국은 페이스북 접속을 차단하는 등 강경 대응에 나섰다.", "러시아 정부", "메타"),
    ])
    func aRefusalOrAnActAmongOthersIsABan(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("일본 정부가 첨단 반도체 제조 장치 23개 품목에 대한 수출 규제 조치를 실시한다고 31일 발표했다.", "반도체 제조 장치"),
        ("네덜란드는 이달 초 반도체 기술 수출에 대한 통제를 강화한다고 밝힌 바 있다.", "반도체 기술"),
    ])
    func goodsCountedOrAfterATimeWord(text: String, goods: String) {
        expectOne(.ban, text, .target, [goods])
    }

    @Test(arguments: [
        "상장과 함께 삼성, 애플, 엔비디아 등이 ARM의 투자자로 참여할 것이라고 닛케이아시아는 전했다.",
        "엔비디아가 누리칩스에 투자할 것으로 블룸버그는 내다봤다.",
    ])
    func whatThePressForecastsIsNoEvent(text: String) {
        #expect(only(.investment, text).isEmpty)
    }

    @Test func whatACompanySaysItWillDoIsKept() {
        let i = only(.investment, "엔비디아는 누리칩스에 투자할 것이라고 밝혔다.")
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == ["엔비디아"])
        #expect(i.first?.names(.target) == ["누리칩스"])
    }

    @Test(arguments: [
        ("한빛인베스트먼트는 국내 팹리스 스타트업 유니컨에 지분 투자를 단행했다.", "유니컨"),
        ("한빛전자는 반도체 스타트업 리노칸에 50억원을 투자했다.", "리노칸"),
    ])
    func aTransliteratedNameAfterAClassifier(text: String, target: String) {
        expectOne(.investment, text, .target, [target])
    }

    @Test func aClauseClosedBeforeKeepsItsBuyer() {
        let text = "누리칩스는 반도체 기업이다. 누리칩스는 부품업체 세림플렉스를 인수했다가 사모펀드 운용사 MBK파트너스에 매각했으며 동해솔루스를 700억 원에 인수하는 등 인수합병에 적극적이다."
        let i = only(.investment, text)
        #expect(!i.contains { $0.names(.target).contains("MBK파트너스") }, "\(i.map(\.participants))")
    }

    @Test func staffAreNoPartners() {
        let p = only(.partnership, "한빛칩스 경영진은 삼성 파운드리 실무진과 함께 긴밀한 협력 관계를 구축했다.")
        #expect(!p.contains { $0.names(.party).contains("실무진") }, "\(p.map(\.participants))")
    }
}

@Suite struct QuotedNameAfterAClassifierTests {
    @Test(arguments: [
        ("솔루션 기업 '모레'는 한빛전자와 업무협약을 체결했다.", ["모레", "한빛전자"]),
        ("AI 반도체 기업 ‘누리랩’이 한빛전자와 손을 잡았다.", ["누리랩", "한빛전자"]),
        ("한빛텔레콤은 클라우드 운영대행사업자 '세림클라우드', 게임 개발사 '누리게임즈'와 3자 제휴계약을 체결했다.", ["한빛텔레콤", "세림클라우드", "누리게임즈"]),
    ])
    func aQuotedNameAfterAClassifierTakesAnyRole(text: String, parties: [String]) {
        expectOne(.partnership, text, .party, parties)
    }

    @Test func aQuotedTitleIsStillNoParty() {
        let p = only(.partnership, "한빛전자는 ‘CES 2025’가 열리는 라스베이거스에서 누리소프트와 협업해 새 TV를 공개했다.")
        #expect(!p.contains { $0.names(.party).contains("CES 2025") }, "\(p.map(\.participants))")
    }
}

@Suite struct ReporterOfAClauseTests {
    @Test(arguments: [
        ("FCC는 중국 정부가 이 회사의 모회사를 100% 소유하고 있다고 밝혔다.", "미국 연방통신위원회", "중국 정부"),
        ("한빛전자는 누리소프트가 새 칩을 개발하고 있다고 설명했다.", "한빛전자", "누리소프트"),
    ])
    func theTopicReportsNotTheReportedSubject(text: String, actor: String, notActor: String) {
        let a = only(.announcement, text)
        #expect(!a.contains { $0.names(.actor).contains(notActor) }, "\(a.map(\.participants))")
        #expect(a.allSatisfy { $0.names(.actor) == [actor] }, "\(a.map(\.participants))")
    }

    @Test func aPartnershipReportedKeepsItsParties() {
        let p = only(.partnership, "한빛전자는 누리소프트가 세림반도체와 업무협약을 맺었다고 밝혔다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["누리소프트", "세림반도체"], "\(p.map(\.participants))")
    }

    @Test func aNameEndingIn도BeforeATitleIsAPersons() {
        let a = only(.announcement, "지나 레이몬도 미 상무 장관은 관보에 게재한 성명에서 새 규칙을 밝혔다.")
        #expect(!a.contains { $0.names(.actor).contains("레이몬") }, "\(a.map(\.participants))")
        let p = only(.partnership, "누리랩도 한빛전자와 업무협약을 맺었다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["누리랩", "한빛전자"], "\(p.map(\.participants))")
    }
}

@Suite struct OrderedToStopTests {
    @Test(arguments: [
        "과학기술정보통신부는 1일 SKT에 이용자 신규모집을 전면 중단하라는 행정지도를 내렸다.",
        "과학기술정보통신부는 SKT에 신규 가입자 모집을 중단하라고 명령했다.",
        "과학기술정보통신부는 SKT에 신규모집을 중단하도록 지시했다.",
    ])
    func whoIsOrderedToStopIsTheTarget(text: String) {
        expectOne(.ban, text, .target, ["SK텔레콤"])
    }

    @Test func whoIsAskedToBlockIsNot() {
        let b = only(.ban, "인도네시아가 구글과 애플에 중국 플랫폼 테무를 앱스토어에서 차단하도록 요청했다.")
        #expect(b.first?.names(.target) == ["테무"], "\(b.map(\.participants))")
    }
}
