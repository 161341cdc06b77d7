import Events
import Testing
@testable import Extraction

/// Families of constructions common in Korean news, each with variants written for these tests
/// (the organizations are invented or real, the sentences ours). Expected events follow
/// ../shared/gold/GUIDELINES.md, "Hard cases".
@Suite struct ConstructionTests {
    // MARK: Support verbs carry the event

    @Test(arguments: [
        ("다올데이터와 누리클라우드는 12일 공공 AI 사업 협력을 위한 업무협약(MOU)을 체결했다.", ["다올데이터", "누리클라우드"]),
        ("가온테크는 세림반도체와 차세대 메모리 개발 협약을 맺었다.", ["가온테크", "세림반도체"]),
        ("한빛모빌리티는 오로라랩스와 전략적 파트너십을 체결했다고 밝혔다.", ["한빛모빌리티", "오로라랩스"]),
    ])
    func supportVerbPartnership(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties))
    }

    @Test(arguments: [
        ("카카오는 하이로드 인수를 마무리했다고 14일 밝혔다.", "카카오", "하이로드"),
        ("구글은 캐릭터랩에 27억 달러를 투자하기로 결정했다.", "구글", "캐릭터랩"),
        ("네이버는 다올랩스 인수를 완료했다.", "네이버", "다올랩스"),
    ])
    func supportVerbInvestment(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target])
        // The announcement of the deal stands back.
        #expect(only(.announcement, text).isEmpty)
    }

    // MARK: Funding rounds and acquisitions

    @Test func roundParticipantsAreInvestorsInTheCompany() {
        let text = "루닛메디는 420억원 규모의 시리즈C 투자를 유치했다. 이번 라운드에는 한국투자파트너스, 스톤브릿지벤처스, 산업은행이 참여했다."
        let i = only(.investment, text)
        let investors = Set(i.flatMap { $0.names(.investor) })
        #expect(investors.isSuperset(of: ["한국투자파트너스", "스톤브릿지벤처스"]))
        #expect(i.allSatisfy { $0.names(.target) == ["루닛메디"] })
    }

    @Test(arguments: [
        ("LG전자가 2018년 인수한 오스트리아 조명 업체 ZKW는 흑자를 냈다.", "LG전자", "ZKW", "2018"),
        ("한빛전자가 2021년 인수한 독일 센서 기업 누리테크놀로지스는 공장을 늘린다.", "한빛전자", "누리테크놀로지스", "2021"),
        ("세림반도체가 지난해 인수한 미국 설계업체 오로라랩스가 신제품을 냈다.", "세림반도체", "오로라랩스", "2024"),
    ])
    func acquisitionInARelativeClause(text: String, investor: String, target: String, year: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target])
        #expect(i.first?.occurredAt == day(year))
    }

    // MARK: Who acts, in every position

    @Test(arguments: [
        ("행정안전부를 비롯해 국토교통부, 해양수산부 등 여러 부처에서 업무용 PC의 틱톡 접속을 차단했다.", ["행정안전부", "국토교통부", "해양수산부"]),
        ("캐나다 재무위원회 역시 정부 기기에서 위챗 사용을 금지했다.", ["캐나다 재무위원회"]),
        ("미국 몬태나주는 주 전역에서 틱톡 사용을 금지했다.", ["미국 몬태나주"]),
        ("미 해군은 장병 휴대폰에서 틱톡 사용을 금지했다.", ["미국 해군"]),
    ])
    func imposersInEveryPosition(text: String, imposers: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.imposer) ?? []) == Set(imposers))
    }

    @Test(arguments: [
        ("행정안전부, 외교부, 국방부 등 정부 부처들이 잇따라 누리챗 접속을 차단했다.", ["행정안전부", "외교부", "국방부"]),
        ("호주 정부는 모든 정부 기기에서 누리챗 사용을 금지했다.", ["호주 정부"]),
        ("경기도와 서울시 등 지방자치단체도 업무용 PC에서 누리챗 사용을 막았다.", ["경기도", "서울특별시"]),
    ])
    func imposersListedBeforeANounPhrase(text: String, imposers: [String]) {
        let b = only(.ban, text)
        #expect(Set(b.first?.names(.imposer) ?? []) == Set(imposers))
        #expect(b.first?.names(.target) == ["누리챗"])
    }

    // MARK: Regulatory bans

    @Test(arguments: [
        ("미국 상무부는 중국 드론 업체 오텔로보틱스 등 12곳을 수출통제 명단에 올렸다.", "미국 상무부", "오텔로보틱스"),
        ("프랑스 정보자유국가위원회(CNIL)는 클리어뷰AI에 얼굴 데이터 수집을 중단하라고 명령했다.", "프랑스 정보자유국가위원회", "클리어뷰AI"),
        ("스웨덴 정부는 5G 통신망에서 ZTE 장비를 배제하기로 결정했다.", "스웨덴 정부", "ZTE"),
    ])
    func regulatoryBans(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target).contains(target) == true)
    }

    // MARK: Lists and distribution

    @Test(arguments: [
        "한빛전자는 누리소프트와, 세림반도체는 오로라랩스와 각각 AI 반도체 협약을 맺었다.",
        "한빛전자는 누리소프트와, 세림반도체는 오로라랩스와 각각 업무협약을 체결했다.",
        "한빛전자는 누리소프트와, 세림반도체는 오로라랩스와 각각 손잡았다.",
    ])
    func eachPairsOnlyItsOwn(text: String) {
        let pairs = Set(only(.partnership, text).map { Set($0.names(.party)) })
        #expect(pairs == [["한빛전자", "누리소프트"], ["세림반도체", "오로라랩스"]])
    }

    @Test(arguments: [
        ("서울대학교 공과대학과 한화에어로스페이스는 연구 협약을 체결했다.", "서울대학교"),
        ("한빛대학교 공과대학과 누리소프트는 인재 양성 협약을 맺었다.", "한빛대학교"),
        ("카이스트 전산학부와 누리소프트는 공동 연구 협약을 체결했다.", "한국과학기술원"),
    ])
    func aUnitStandsForItsOrganization(text: String, organization: String) {
        let p = only(.partnership, text)
        #expect(p.first?.names(.party).contains(organization) == true)
    }

    // MARK: Announcements stand back; launches in the passive

    @Test(arguments: [
        ("누리클라우드는 한빛데이터와 클라우드 협약을 체결했다고 14일 밝혔다.", EventKind.partnership),
        ("가온테크는 다올랩스에 300억원을 투자했다고 13일 밝혔다.", EventKind.investment),
        ("금융위원회는 위챗 사용을 금지했다고 12일 발표했다.", EventKind.ban),
    ])
    func announcementsStandBack(text: String, kind: EventKind) {
        let e = events(text)
        #expect(e.map(\.kind) == [kind])
    }

    @Test(arguments: [
        ("LG AI연구원의 새 언어모델 ‘엑사원 4.0’이 13일 공개됐다.", "LG AI연구원", "2025-03-13"),
        ("네이버의 새 검색 서비스 ‘큐’가 12일 출시됐다.", "네이버", "2025-03-12"),
        ("카카오의 AI 비서 ‘카나나’가 10일 공개됐다.", "카카오", "2025-03-10"),
    ])
    func passiveLaunchNamesTheOwner(text: String, actor: String, date: String) {
        let a = only(.announcement, text)
        #expect(a.first?.names(.actor) == [actor])
        #expect(a.first?.occurredAt == day(date))
    }

    @Test(arguments: [
        ("SK하이닉스가 5세대 HBM 12단 제품을 세계 최초로 양산한다.", "SK하이닉스"),
        ("삼성전자는 2나노 공정 제품의 양산에 들어갔다.", "삼성전자"),
        ("TSMC는 구마모토 공장에서 양산에 돌입했다고 밝혔다.", "TSMC"),
    ])
    func theStartOfMassProductionIsAnnounced(text: String, actor: String) {
        #expect(only(.announcement, text).first?.names(.actor) == [actor], "\(summary(text))")
    }

    @Test(arguments: [
        "삼성전자는 내년 양산 계획을 검토하고 있다.",
        "양산 체제를 갖춘 기업은 많지 않다.",
        "업계는 SK하이닉스의 양산 시점을 내년으로 본다.",
    ])
    func massProductionNamedAsANounIsNoAnnouncement(text: String) {
        expectNone(.announcement, text)
    }

    // MARK: Denials

    @Test(arguments: [
        "한빛전자는 세림반도체와 합작사를 세운다는 보도에 대해 사실이 아니라고 밝혔다.",
        "한빛전자는 세림반도체와 손잡았다는 일부 보도는 사실과 다르다고 해명했다.",
        "가온테크는 다올랩스를 인수한다는 보도는 사실무근이라고 밝혔다.",
    ])
    func deniedReportsGiveNoEvent(text: String) {
        #expect(events(text).isEmpty)
    }

    // MARK: Amounts spaced by 만 units

    @Test(arguments: [
        ("한빛전자는 누리소프트에 1조 2000억 원을 투자했다.", 1.2e12, "KRW"),
        ("세림반도체는 오로라랩스에 6조 9300억원을 투자했다.", 6.93e12, "KRW"),
        ("가온테크는 다올랩스에 4억 5000만 달러를 투자했다.", 4.5e8, "USD"),
    ])
    func spacedAmounts(text: String, value: Double, currency: String) {
        let a = only(.investment, text).first?.amount
        #expect(a?.value == value)
        #expect(a?.currency == currency)
    }

    // MARK: Names

    @Test(arguments: [
        ("SK 텔레콤은 네이버 클라우드와 협약을 체결했다.", ["SK텔레콤", "네이버클라우드"]),
        ("딥노이드AI는 한빛로보틱스와 업무협약을 맺었다.", ["딥노이드AI", "한빛로보틱스"]),
        ("루닛메디는 파페치와 업무협약을 맺었다.", ["루닛메디", "파페치"]),
    ])
    func namesTheGazetteerLacksOrSpellsApart(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties))
    }

    /// Common nouns in an argument slot are not organizations.
    @Test(arguments: ["업계는 이번 라운드에 참여했다.", "정부는 기업과 협력을 강화했다.", "회사는 공장에 투자했다."])
    func commonNounsAreNotNames(text: String) {
        #expect(events(text).allSatisfy { $0.participants.allSatisfy { !["업계", "회사", "공장", "이번 라운드"].contains($0.name) } })
    }
}

/// Dates, quoted decisions, lists and the press: more families, variants written for these tests.
@Suite struct ConstructionContextTests {
    // MARK: Dates

    @Test(arguments: [
        ("한빛전자는 1월 누리소프트와 협약을 체결할 계획이다.", "2024-12-28", "2025-01"),
        ("세림반도체는 2월 오로라랩스와 업무협약을 맺기로 했다.", "2025-11-20", "2026-02"),
        ("가온테크는 1월 다올랩스와 손잡을 예정이다.", "2023-12-30", "2024-01"),
    ])
    func aPlannedMonthInLateDecemberIsNextYear(text: String, published: String, date: String) {
        #expect(only(.partnership, text, published: published).first?.occurredAt == day(date))
    }

    @Test(arguments: [
        ("한빛전자는 12월 누리소프트와 협약을 체결했다.", "2025-01-05", "2024-12"),
        ("세림반도체는 11월 오로라랩스와 업무협약을 맺었다.", "2024-02-10", "2023-11"),
        ("가온테크는 12월 20일 다올랩스와 손잡았다.", "2025-01-08", "2024-12-20"),
    ])
    func aPastMonthInEarlyJanuaryIsLastYear(text: String, published: String, date: String) {
        #expect(only(.partnership, text, published: published).first?.occurredAt == day(date))
    }

    @Test(arguments: [
        ("한빛전자는 2023년 상반기 누리소프트와 협약을 체결했다.", "2025-03-14", "2023"),
        ("한빛전자는 전날 세림반도체와 협약을 체결했다.", "2025-03-14", "2025-03-13"),
        ("한빛전자는 그제 세림반도체와 협약을 체결했다.", "2025-03-01", "2025-02-27"),
        ("한빛전자는 재작년 세림반도체와 협약을 체결했다.", "2025-03-01", "2023"),
        ("한빛전자는 27일(현지시각) 누리소프트와 협약을 체결했다.", "2025-10-02", "2025-09-27"),
        ("한빛전자는 30일 안에 누리소프트와 협약을 체결했다고 5일 밝혔다.", "2025-03-14", "2025-03-05"),
    ])
    func relativeAndPartialDates(text: String, published: String, date: String) {
        #expect(only(.partnership, text, published: published).first?.occurredAt == day(date))
    }

    @Test(arguments: [
        "한빛전자와 누리소프트 대표는 27일 서울에서 만났다. 양사는 이 자리에서 전략적 파트너십을 체결했다.",
        "한빛전자와 누리소프트 경영진은 27일 판교에서 회동했다. 양사는 이 자리에서 업무협약을 맺었다.",
        "한빛전자와 누리소프트 대표가 27일 부산에서 만났다. 양사는 이 자리에서 공동 개발 협약을 체결했다.",
    ])
    func theOccasionCarriesToTheNextSentence(text: String) {
        let p = only(.partnership, text, published: "2025-03-30")
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리소프트"])
        #expect(p.first?.occurredAt == day("2025-03-27"))
    }

    // MARK: Quoted decisions

    @Test(arguments: [
        ("금융감독원은 “보안 점검이 끝날 때까지 직원 PC에서 위챗 사용을 금지하기로 했다”고 밝혔다.", "금융감독원", "위챗"),
        ("국방부는 “장병 휴대폰에서 틱톡 접속을 차단했다”고 말했다.", "국방부", "틱톡"),
        ("행정안전부는 \"업무용 PC에서 챗GPT 사용을 금지한다\"고 밝혔다.", "행정안전부", "챗GPT"),
    ])
    func aQuotedDecisionIsTheSpeakers(text: String, imposer: String, target: String) {
        let b = only(.ban, text, published: "2025-03-14")
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target])
    }

    // MARK: Lists that name an investment's targets

    @Test(arguments: [
        "가온벤처스는 올해 AI 스타트업 세 곳에 투자했다. 투자한 기업은 ▲누리AI ▲다올로보틱스 ▲세림랩스다.",
        "가온벤처스는 올해 AI 스타트업 세 곳에 투자했다. 투자 대상은 누리AI·다올로보틱스·세림랩스 등 3개 스타트업이다.",
        "가온벤처스는 올해 AI 스타트업 세 곳에 투자했다. 투자처는 누리AI, 다올로보틱스, 세림랩스다.",
    ])
    func aListNamesTheTargets(text: String) {
        let i = only(.investment, text, published: "2025-03-14")
        #expect(Set(i.flatMap { $0.names(.target) }) == ["누리AI", "다올로보틱스", "세림랩스"])
        #expect(i.allSatisfy { $0.names(.investor) == ["가온벤처스"] })
    }

    // MARK: The press reports, it does not act

    @Test(arguments: [
        "로이터통신은 14일 한빛전자가 누리소프트와 협약을 체결했다고 보도했다.",
        "월스트리트저널(WSJ)은 한빛전자가 누리소프트와 손잡았다고 전했다.",
        "블룸버그통신에 따르면 한빛전자는 누리소프트와 업무협약을 맺었다.",
    ])
    func thePressIsNoParticipant(text: String) {
        let e = events(text, published: "2025-03-14")
        #expect(Set(e.filter { $0.kind == .partnership }.flatMap { $0.names(.party) }) == ["한빛전자", "누리소프트"])
        #expect(!e.contains { $0.participants.contains { ["로이터통신", "월스트리트저널", "블룸버그통신"].contains($0.name) } })
    }

    // MARK: Local governments

    @Test(arguments: [
        ("장성군은 26일 한빛데이터와 데이터센터 투자협약을 체결했다.", "장성군"),
        ("성남시는 누리소프트와 AI 인재 양성 협약을 맺었다.", "성남시"),
        ("전남도는 세림반도체와 업무협약을 체결했다.", "전라남도"),
    ])
    func localGovernmentsAreOrganizations(text: String, government: String) {
        #expect(only(.partnership, text, published: "2025-03-30").first?.names(.party).contains(government) == true)
    }
}

/// Deals told as sales or noun phrases, members listed after their partnership, commentary:
/// variants written for these tests.
@Suite struct ConstructionDealTests {
    @Test(arguments: [
        ("한빛전자는 합작법인 누리클라우드에 대한 지분 30%를 세림반도체에 매각했다.", "세림반도체", "누리클라우드"),
        ("가온테크는 자회사 다올랩스 지분을 한빛전자에 매각했다.", "한빛전자", "다올랩스"),
        ("누리소프트는 보유한 오로라랩스 지분 전량을 세림반도체에 매각했다고 밝혔다.", "세림반도체", "오로라랩스"),
    ])
    func aSaleIsTheBuyersInvestment(text: String, buyer: String, sold: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer])
        #expect(i.first?.names(.target) == [sold])
    }

    @Test(arguments: [
        ("지난해 마무리된 마이크로소프트의 게임사 액티비전 인수는 업계를 바꿨다.", "마이크로소프트", "액티비전 블리자드"),
        ("과학기술정보통신부는 SK브로드밴드의 케이블 업체 티브로드 합병을 인가했다.", "SK브로드밴드", "티브로드"),
        ("한빛전자의 반도체 설계사 오로라랩스 인수가 끝났다.", "한빛전자", "오로라랩스"),
    ])
    func aDealToldAsANounPhrase(text: String, buyer: String, bought: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer])
        #expect(i.first?.names(.target) == [bought])
    }

    @Test(arguments: [
        "이번 협약에는 한국전력을 비롯해 한국가스공사, 한국수자원공사 등 5개 기관이 참여했다.",
        "이번 협약에는 한국전력, 한국가스공사, 한국수자원공사가 참여했다.",
        "이번 협의체에는 한국전력을 비롯해 한국가스공사, 한국수자원공사 등이 참여했다.",
    ])
    func participantsOfAnAgreement(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == ["한국전력공사", "한국가스공사", "한국수자원공사"])
    }

    @Test func membersNamedAfterACountedPartnershipJoinIt() {
        let text = """
            KT는 산학연 12개 기업 및 기관과 클라우드 원팀 결성 협약을 맺었다.
            학계에선 서울대·카이스트·포항공대가 참여한다.
            산업계에선 케이뱅크·솔트룩스·나무기술이 참여한다.
            """
        let p = only(.partnership, text)
        #expect(p.count == 1)
        let parties = Set(p.first?.names(.party) ?? [])
        #expect(parties.isSuperset(of: ["KT", "서울대학교", "한국과학기술원", "케이뱅크", "솔트룩스"]))
    }

    @Test(arguments: [
        "미국 상무부는 중국 기관 6곳을 블랙리스트에 등록했다. 제재 기관에는 누리항공우주, 다올전자과기가 포함됐다.",
        "미국 상무부는 중국 기업 12곳을 수출통제 명단에 올렸다. 추가된 기업은 누리항공우주, 다올전자과기다.",
        "미국 상무부는 중국 기업 두 곳을 거래제한 명단에 올렸다. 명단에는 누리항공우주와 다올전자과기가 올랐다.",
    ])
    func aListNamesTheTargetsOfABan(text: String) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.target) }).isSuperset(of: ["누리항공우주"]))
        #expect(b.allSatisfy { $0.names(.imposer) == ["미국 상무부"] })
    }

    @Test(arguments: [
        "마이크로소프트는 \"이번 협력이 AI의 발전을 앞당기는 데 도움이 될 것으로 기대한다\"고 밝혔다.",
        "한빛전자는 “시장의 반응이 예상보다 좋다”고 말했다.",
        "누리소프트는 \"고객의 신뢰가 가장 중요하다\"고 강조했다.",
    ])
    func quotedCommentaryIsNoAnnouncement(text: String) {
        #expect(only(.announcement, text).isEmpty)
    }

    // MARK: Names the dictionary lacks, glossed in Latin letters

    @Test(arguments: [
        ("하늘벤처스는 미국 스타트업 쿼벨라(Quvella)에 150억원을 투자했다.", "하늘벤처스", "쿼벨라"),
        ("누리반도체는 일본 소재 기업 타케루넥스(TakeruNex)를 인수했다.", "누리반도체", "타케루넥스"),
    ])
    func glossedForeignName(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target])
    }

    @Test func glossedNameIsKnownForTheRestOfTheArticle() {
        let text = "미국 반도체 설계 기업 벨로미스(Velomis)는 2019년 설립됐다. 세림전자는 벨로미스에 200억원을 투자했다."
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == ["세림전자"])
        #expect(i.first?.names(.target) == ["벨로미스"])
    }

    @Test(arguments: [
        "인공지능(Artificial Intelligence) 분야에 세림전자가 투자했다.",
        "세림전자는 거대언어모델(LLM)에 투자했다.",
    ])
    func commonNounWithAGlossIsNoName(text: String) {
        #expect(only(.investment, text).isEmpty)
    }

    @Test func listOfTargetsAfterTheClauseOfItsInvestor() {
        let text = "가온캐피탈이 투자한 기업은 ▲쿼벨라(Quvella, 미국) ▲타케루넥스(TakeruNex, 일본)다."
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == ["가온캐피탈"])
        #expect(Set(i.flatMap { $0.names(.target) }) == ["쿼벨라", "타케루넥스"])
    }

    // MARK: Stakes, shares and sales

    @Test(arguments: [
        ("AMD는 자일링스 보통주를 주당 23달러에 매입하기로 했다.", "AMD", "자일링스"),
        ("AMD는 자일링스 지분 약 4%를 확보하게 된다.", "AMD", "자일링스"),
        ("오라클과 월마트가 틱톡글로벌의 지분 20%를 보유하게 된다.", "오라클", "틱톡글로벌"),
    ])
    func sharesBoughtOrHeld(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor).contains(investor) == true)
        #expect(i.first?.names(.target) == [target])
    }

    @Test func stakeTakenBeforeATimeSpanIsBackground() {
        let i = only(.investment, "이번 발표는 미국 정부가 누리전자 지분 10%를 확보한 지 한 달 만이다.")
        #expect(i.first?.names(.investor) == ["미국 정부"])
        #expect(i.first?.names(.target) == ["누리전자"])
    }

    @Test func saleToldInThePassive() {
        let i = only(.investment, "넥스플렉스는 2019년 MBK파트너스에 매각됐다.")
        #expect(i.first?.names(.investor) == ["MBK파트너스"])
        #expect(i.first?.names(.target) == ["넥스플렉스"])
        #expect(i.first?.occurredAt == day("2019"))
    }

    @Test func investorsOfARecordAboutTheCompanyNamedWithE() {
        let i = only(.investment, "퍼플렉시티에는 엔비디아, 삼성넥스트 등이 투자한 이력이 있다.")
        #expect(Set(i.flatMap { $0.names(.investor) }) == ["엔비디아", "삼성넥스트"])
        #expect(i.allSatisfy { $0.names(.target) == ["퍼플렉시티"] })
    }

    @Test(arguments: [
        "LG유플러스는 CJ ENM과 주식매매계약을 체결했다.",
        "AMD와 자일링스는 전량 주식교부 방식의 인수 거래 계약을 체결했다.",
    ])
    func contractOfASaleIsNoPartnership(text: String) {
        #expect(only(.partnership, text).isEmpty)
    }

    // MARK: Headlines and officers

    @Test func headlineSubjectSetOffByAComma() {
        let i = only(.investment, "AMD, 자일링스에 50억달러 투자\n\nAMD의 발표는 시장을 놀라게 했다.")
        #expect(i.first?.names(.investor) == ["AMD"])
        #expect(i.first?.names(.target) == ["자일링스"])
    }

    @Test(arguments: [
        ("캐나다 정부, 틱톡 사용 금지\n\n정부 기기에서 앱이 지워진다.", EventKind.ban, Role.target, "틱톡"),
        ("네이버, 포시마크 인수\n\n거래 규모는 2조원이다.", .investment, .target, "포시마크"),
        ("인도, 위챗 접속 차단\n\n앱 이용자가 불편을 겪고 있다.", .ban, .target, "위챗"),
    ])
    func aHeadlineDropsTheParticleBeforeTheNounOfTheDeal(text: String, kind: EventKind, role: Role, name: String) {
        // The subject set off by a comma, the object bare before the deal's noun.
        #expect(only(kind, text).first?.names(role) == [name], "\(events(text).map(\.participants))")
    }

    @Test func headlineNamingThePartiesTogether() {
        let p = only(.partnership, "KT·MS, AI 협력 강화\n\n두 회사는 올해 새 서비스를 낸다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["KT", "마이크로소프트"])
    }

    @Test(arguments: [
        "김영섭 KT 대표와 사티아 나델라 MS CEO는 협약서에 서명했다.",
        "조윤호 가온테크 대표와 박하늘 세림반도체 사장은 협약을 체결했다.",
    ])
    func officersSignForTheirOrganizations(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(p.first?.names(.party).count == 2)
    }

    @Test func bothCompaniesAfterAnInvestment() {
        let text = "AMD가 자일링스에 50억달러를 투자한다. 양사는 데이터센터용 제품을 공동 개발하기로 했다."
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["AMD", "자일링스"])
    }

    @Test func bothCompaniesInsideAQuotationAreNotTheSpeakers() {
        let text = "마이크로소프트는 2019년 오픈AI에 10억 달러를 투자했다. 이어 \"이번 투자는 두 회사가 새 경험을 만드는 데 도움이 될 것\"이라고 밝혔다."
        #expect(only(.announcement, text).isEmpty)
    }

    // MARK: Bans told with lists and blocks

    @Test(arguments: [
        ("미국 상무부 산업안보국(BIS)은 DJI와 ZTE를 거래제한 기업 목록에 포함시켰다.", ["DJI", "ZTE"]),
        ("중국 상무부는 록히드마틴을 신뢰할 수 없는 실체 리스트에 편입시킨다고 발표했다.", ["록히드마틴"]),
        ("이탈리아 개인정보보호청은 텔레그램의 자국 내 서비스를 막았다.", ["텔레그램"]),
        ("개인정보보호위원회는 텔레그램 앱의 국내 신규 다운로드를 잠정 중단시켰다.", ["텔레그램"]),
    ])
    func listsAndBlocks(text: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets))
        #expect(b.first?.names(.imposer).isEmpty == false)
    }

    // MARK: Partners the gazetteer lacks, joint undertakings, joint ventures

    @Test func aPartnerTheGazetteerLacksBesideKnownOnes() {
        let p = only(.partnership, "루미넥스와 SK텔레콤·SK브로드밴드가 18일 전략적 파트너십을 체결했다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["루미넥스", "SK텔레콤", "SK브로드밴드"])
    }

    @Test func togetherInAReportedClauseIsAJointUndertaking() {
        let p = only(.partnership, "가온텔레콤은 액셀러레이터 누리파트너스와 함께 50억원 규모의 펀드를 조성한다고 밝혔다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["가온텔레콤", "누리파트너스"])
    }

    @Test(arguments: [
        "세림게임즈는 7일 베트남 IT기업 VNG와 합작법인(JV) '세림VNG'를 설립했다고 밝혔다.",
        "세림게임즈는 VNG와 합작회사를 세웠다.",
    ])
    func aJointVentureIsAPartnership(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["세림게임즈", "VNG"])
    }

    @Test func aNamedFirmWrittenApartFromItsSuffixWord() {
        let p = only(.partnership, "쿠팡Inc는 투자사 그린옥스 캐피탈과 합작회사를 설립했다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["쿠팡Inc", "그린옥스 캐피탈"])
    }

    // MARK: What is announced, and what is not

    @Test func aSupplyContractIsTheSuppliersAnnouncement() {
        let text = "세림반도체가 SK하이닉스와 98억원 규모의 반도체 장비 공급 계약을 체결했다고 1일 공시했다."
        #expect(only(.partnership, text).isEmpty)
        #expect(only(.announcement, text).first?.names(.actor) == ["세림반도체"])
    }

    @Test(arguments: [
        "젠슨 황 엔비디아 CEO는 AI의 파급력을 아이폰 등장에 빗대어 말했다.",
        "공정거래위원회는 두 회사의 거래에 대해 조사에 착수했다.",
        "애플은 추후 조치에 대해 논의 중이라고 밝혔다.",
    ])
    func nothingAnnounced(text: String) {
        #expect(only(.announcement, text).isEmpty)
    }

    // MARK: Measures told in the passive, as background, or inside a relative clause

    @Test func aPublicBodyStatingItsMeasureInThePassive() {
        let b = only(.ban, "인도네시아 산업부는 아이폰 16의 국내 판매가 금지돼 있다고 밝혔다.")
        #expect(b.first?.names(.imposer) == ["인도네시아 산업부"])
        #expect(b.first?.names(.target) == ["아이폰 16"])
    }

    @Test func aMeasureThatALaterVerbInterpretsStillHappened() {
        let b = only(.ban, "이는 지난 10일 미국 상무부가 ZTE를 블랙리스트에 등록한데 따른 맞대응 조치로 풀이된다.")
        #expect(b.first?.names(.imposer) == ["미국 상무부"])
        #expect(b.first?.names(.target) == ["ZTE"])
    }

    @Test func aNameInsideARelativeClauseIsNotTheTarget() {
        let b = only(.ban, "미국 상무부는 중국의 정찰풍선 개발에 관여한 ZTE를 블랙리스트에 추가했다.")
        #expect(b.first?.names(.target) == ["ZTE"])
        let i = only(.investment, "그는 인텔에 매각한 스타트업 올라웍스에 투자해 큰 수익을 거뒀다.")
        #expect(!i.contains { $0.names(.target).contains("인텔") })
    }

    @Test func aListsInclusionIsNoClauseOfItsOwn() {
        let b = only(.ban, "미국 정부가 DJI를 포함한 외국산 드론 수입을 금지했다.")
        #expect(b.first?.names(.target) == ["DJI"])
    }

    // MARK: More ways to tell an acquisition, an order and an agreement

    @Test(arguments: [
        ("한빛그룹은 다올소프트를 자회사로 편입했다.", "한빛그룹", "다올소프트"),
        ("하늘캐피탈은 미르반도체의 최대주주에 올랐다.", "하늘캐피탈", "미르반도체"),
        ("가온전자는 누리바이오의 유상증자에 참여했다.", "가온전자", "누리바이오"),
        ("하늘전자는 미르테크 인수를 추진한다.", "하늘전자", "미르테크"),
        ("가온전자는 누리랩스를 인수합병(M&A)했다.", "가온전자", "누리랩스"),
    ])
    func moreAcquisitions(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target])
    }

    @Test func aRoundRaisedInARelativeClause() {
        let i = only(.investment, "누리바이오가 유치한 300억원 규모 투자에는 한빛캐피탈이 참여했다.")
        #expect(i.first?.names(.investor) == ["한빛캐피탈"])
        #expect(i.first?.names(.target) == ["누리바이오"])
    }

    @Test(arguments: [
        ("중국 정부는 자국 기업들에 퀄컴 제품 구매를 중단하라고 지시했다.", "중국 정부", "퀄컴"),
        ("금융위원회는 누리증권의 영업을 정지시켰다.", "금융위원회", "누리증권"),
    ])
    func ordersToStop(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target])
    }

    @Test(arguments: [
        "하늘전자와 미르테크는 공동으로 AI 모델을 개발하기로 합의했다.",
        "하늘전자-미르테크, 클라우드 협력",
        "하늘전자는 미르테크와 산학협력을 추진한다.",
    ])
    func moreAgreements(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["하늘전자", "미르테크"])
    }

    @Test(arguments: [
        "금융정보분석원의 요청에 따라 구글은 쿠코인 앱의 국내 접속을 차단했다.",
        "애플은 중국 국가사이버정보판공실(CAC) 요청에 따라 쿠코인 앱을 앱스토어에서 삭제했다.",
    ])
    func theBodyThatAskedForAMeasureImposesItToo(text: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer).count == 2)
        #expect(b.first?.names(.target) == ["쿠코인"])
    }

    @Test func aSubsidyIsAnInvestment() {
        let i = only(.investment, "일본 정부는 라피더스에 보조금 3천300억엔을 지급하기로 했다.")
        #expect(i.first?.names(.investor) == ["일본 정부"])
        #expect(i.first?.names(.target) == ["라피더스"])
    }

    @Test(arguments: [
        ("트럼프 행정부는 틱톡 금지법을 시행했다.", "틱톡"),
        ("대만 디지털발전부는 공공기관에 텔레그램 사용 금지령을 내렸다.", "텔레그램"),
        ("개인정보보호위원회는 텔레그램의 국내 서비스를 잠정 중단시켰다.", "텔레그램"),
        ("한국 정부 부처들은 텔레그램 접속을 잇따라 차단했다.", "텔레그램"),
    ])
    func lawsOrdersAndSuspensions(text: String, target: String) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.target) == [target])
    }

    @Test func theFirmsPutOnAListAfterTheMeasure() {
        let text = "미국 상무부는 25일 중국 기업 12곳을 수출 통제 명단에 올렸다. 이번에 명단에 오른 기업은 인스퍼, ZTE 등이다."
        let b = only(.ban, text)
        #expect(b.contains { $0.names(.imposer) == ["미국 상무부"] && Set($0.names(.target)) == ["인스퍼", "ZTE"] })
    }

    @Test func twoDealsOfOnePairWithTheirOwnDatesStayTwo() {
        let text = "KT와 MS는 27일 전략적 파트너십을 체결했다. 양사는 지난 6월 AI 협력을 위한 업무협약(MOU)을 맺은 바 있다. KT는 MS와 협력을 강화하기로 했다."
        let p = only(.partnership, text, published: "2024-09-30")
        #expect(p.count == 2)
        #expect(Set(p.map(\.occurredAt)) == [day("2024-09-27"), day("2024-06")])
    }

    @Test(arguments: [
        "KT클라우드는 경기도 안양에 데이터센터를 착공했다.",
        "LG유플러스는 AI 통화 앱을 오픈했다.",
    ])
    func groundbreakingsAndOpenings(text: String) {
        #expect(only(.announcement, text).count == 1)
    }

    @Test func aNamedAllianceHasNoLead() {
        let p = only(.partnership, "자율주행로봇 얼라이언스에는 가온전자, 누리로보틱스, 세림모빌리티 3개사가 참여한다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["가온전자", "누리로보틱스", "세림모빌리티"])
    }

    @Test(arguments: [
        "가온시와 누리군은 데이터센터 구축에 필요한 행정 지원을 펼칠 방침이다.",
        "세림게임즈는 올 하반기 동남아 6개국에 새 게임을 선보일 계획이다.",
    ])
    func aPlanOfAnyVerbIsAnnounced(text: String) {
        #expect(only(.announcement, text).count == 1)
    }

    @Test func membersTheRecognizerDoesNotKnowBeforeKnownOnesJoinToo() {
        let text = """
            KT는 산학연 12개 기업 및 기관과 클라우드 원팀 결성 협약을 맺었다.
            산업계에선 케이뱅크·나무기술·소만사·펜타시큐리티시스템이 참여한다.
            """
        let parties = Set(only(.partnership, text).first?.names(.party) ?? [])
        #expect(parties.isSuperset(of: ["KT", "케이뱅크", "나무기술", "소만사", "펜타시큐리티시스템"]))
    }

    // MARK: Rounds, stakes and names told the way wire copy tells them

    @Test func investorsOfTheRoundTheArticleTells() {
        let text = "누리반도체가 1700억원 규모의 시리즈B 투자를 유치했다. 하늘캐피탈과 가온은행이 각각 300억원씩 투자했다. 세림벤처스도 소규모로 투자에 참여한 것으로 알려졌다."
        let i = only(.investment, text)
        let investors = Set(i.flatMap { $0.names(.investor) })
        #expect(investors.isSuperset(of: ["하늘캐피탈", "가온은행", "세림벤처스"]))
        #expect(i.allSatisfy { $0.names(.target) == ["누리반도체"] })
    }

    @Test func aNameOfSeveralWordsGlossedWordForWord() {
        let i = only(.investment, "크래프톤이 지난 25일 미국의 게임 개발사 일레븐스 아워 게임즈(Eleventh Hour Games) 지분을 100% 인수했다.")
        #expect(i.first?.names(.target) == ["일레븐스 아워 게임즈"])
    }

    @Test func aStakeOfANameTheDictionaryLacks() {
        let i = only(.investment, "크래프톤은 국내 게임사 넵튠의 지분 38%를 1650억원에 인수했다.")
        #expect(i.first?.names(.target) == ["넵튠"])
    }

    @Test func aDealDatedByTheClauseThatTellsIt() {
        let i = only(.investment, "네이버가 포쉬마크 인수를 공식 발표한 지난 10월 4일 이후 주가가 내렸다.", published: "2022-12-01")
        #expect(i.first?.names(.target) == ["포쉬마크"])
    }

    @Test func aRightsIssueIntoACompany() {
        let i = only(.investment, "현대자동차와 기아가 포티투닷에 1조원 규모 유상증자를 한다.")
        #expect(Set(i.first?.names(.investor) ?? []) == ["현대자동차", "기아"])
        #expect(i.first?.names(.target) == ["포티투닷"])
    }

    // MARK: Partners, officers and ceremonies

    @Test func aCountyCalledByItsLastSyllable() {
        let p = only(.partnership, "횡성군이 데이터센터 유치에 나섰다. 이를 위해 군은 웰컴자산운용, 코리아IDC와 지난 28일 업무협약을 했다.", published: "2023-03-29")
        let parties = Set(p.first?.names(.party) ?? [])
        #expect(parties.isSuperset(of: ["횡성군", "코리아IDC"]))
    }

    @Test func partnersTheRecognizerDoesNotKnowListedBeforeAKnownOne() {
        let p = only(.partnership, "대덕구는 케이알로지스대전제3호피에프브이, 강진산업개발, 케이리츠투자운용 등과 업무협약을 체결했다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["대덕구", "케이알로지스대전제3호피에프브이", "강진산업개발", "케이리츠투자운용"])
    }

    @Test func anOfficersTitleGluedToTheName() {
        let p = only(.partnership, "김준하 인공지능산업융합사업단장이 김현철 한국인공지능협회장과 업무협약을 체결했다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["인공지능산업융합사업단", "한국인공지능협회"])
    }

    @Test func hostingACeremonyTogetherIsNoPartnership() {
        let text = "SK텔레콤과 SK에코플랜트는 AWS, 울산광역시와 함께 데이터센터의 기공식을 개최했다고 29일 밝혔다."
        #expect(only(.partnership, text).isEmpty)
    }

    // MARK: Measures told by wire copy

    @Test(arguments: [
        ("애플은 왓츠앱과 스레드를 중국 앱스토어에서 삭제했다고 밝혔다.", "애플", ["왓츠앱", "스레드"]),
        ("중국 정부가 퀄컴 제품에 대한 구매 중단을 자국 기업에 지시했다.", "중국 정부", ["퀄컴"]),
        ("베트남 과학기술부는 통신사에 공문을 보내 텔레그램 차단 조처를 하도록 했다.", "베트남 과학기술부", ["텔레그램"]),
        ("중국 상무부는 24일 미쓰비시조선 등 일본 내 20개 기업과 기관을 수출 통제 관리 명단에 포함한다고 발표했다.", "중국 상무부", ["미쓰비시조선"]),
        ("미국 상무부는 DJI를 비롯해 중국 기업 31개 사를 수출통제대상으로 추가 지정했다.", "미국 상무부", ["DJI"]),
    ])
    func wireCopyMeasures(text: String, imposer: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets))
    }

    @Test func aListOfTargetsThatDescribesThemNamesOnlyTheNamed() {
        let text = "중국 상무부는 미쓰비시조선 등을 명단에 포함한다고 밝혔다. 명단에는 미쓰비시 계열 조선·항공 엔진 관련 5개 법인과 우주 분야 6개 법인이 포함됐다."
        let targets = Set(only(.ban, text).flatMap { $0.names(.target) })
        #expect(targets == ["미쓰비시조선"])
    }

    @Test func removedFromAStoreInThePassive() {
        let b = only(.ban, "텔레그램과 왓츠앱도 애플의 앱스토어에서 삭제된 것으로 알려졌다.")
        #expect(b.first?.names(.imposer) == ["애플"])
        #expect(Set(b.first?.names(.target) ?? []) == ["텔레그램", "왓츠앱"])
    }

    @Test func theSellerInAProgressiveRelativeClauseIsNotTheBuyer() {
        let i = only(.investment, "크래프톤은 지난 4월 카카오게임즈가 보유하고 있던 넵튠의 지분 38%를 1650억원에 인수했다.")
        #expect(i.first?.names(.investor) == ["크래프톤"])
        #expect(i.first?.names(.target) == ["넵튠"])
    }

    @Test func aFirmsDepartmentInvestsForIt() {
        let text = "누리반도체가 1700억원 규모의 투자를 유치했다. KB증권 신기술사업금융부와 노앤파트너스도 200억원을 투자했다."
        let investors = Set(only(.investment, text).flatMap { $0.names(.investor) })
        #expect(investors.contains("KB증권"))
        #expect(!investors.contains("신기술사업금융부"))
    }

    @Test(arguments: [
        ("미국 정부는 ZTE와의 거래를 금지했다.", "미국 정부", "ZTE"),
        ("미국 상무부는 ZTE에 대한 수출 규제를 발표했다.", "미국 상무부", "ZTE"),
        ("미국 재무부는 바이트댄스에 제재를 부과했다.", "미국 재무부", "바이트댄스"),
    ])
    func dealingsExportRulesAndSanctions(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target])
    }

    @Test(arguments: [
        ("세림전자는 루미넥스를 인수하기로 했다면서 내년에 작업이 마무리될 것으로 기대한다고 밝혔다.", "세림전자", "루미넥스"),
        ("산은은 지난해 12월 총 50억원을 페리지에 투자했다.", "한국산업은행", "페리지"),
        ("가온전자가 북미의 웹툰 플랫폼 타파스를 인수한다.", "가온전자", "타파스"),
    ])
    func dealsOfNamesTheDictionaryLacksAndCluesOfOtherClauses(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target])
    }

    @Test func aRoundToldAsANounNamesItsCompanyForTheInvestorsAfter() {
        let text = "딥엑스의 700억원 규모 신규 투자 유치가 마무리 단계에 접어들었다. 산업은행, IMM인베스트먼트 등이 투자를 확정, 600억원 이상을 모았다."
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }).isSuperset(of: ["한국산업은행", "IMM인베스트먼트"]))
        #expect(i.allSatisfy { $0.names(.target) == ["딥엑스"] })
    }

    @Test(arguments: [
        ("중국 당국이 엔비디아의 H20 칩 사용을 제한하라는 지침을 자국 기업들에 내렸다.", "중국 정부", "H20"),
        ("국방부는 3일 ZTE를 제재 대상으로 지목했다.", "국방부", "ZTE"),
        ("미 상무부는 지난 9월 ZTE에 대해 금수 조치를 내린 바 있다.", "미국 상무부", "ZTE"),
        ("러시아는 앞서 페이스북, 인스타그램 등 소셜네트워크서비스 이용에도 제한을 뒀다.", "러시아 정부", "인스타그램"),
        ("브라질 대법원이 텔레그램에 대한 접속을 차단시켰다.", "브라질 대법원", "텔레그램"),
    ])
    func moreMeasures(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target).contains(target) == true)
    }

    @Test func aCountryInsideATransliteratedNameIsNoCountry() {
        let e = events("인테그리스가 CMC머티리얼즈를 인수한다.")
        #expect(!e.contains { $0.participants.contains { $0.name == "그리스 정부" } })
    }

    @Test func twoCommonNounsJoinedByGwaAreNoPartner() {
        let p = only(.partnership, "KT와 MS는 지난 3일 미국에서 인공지능과 클라우드 사업을 함께 키우는 전략적 파트너십을 체결했다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["KT", "마이크로소프트"])
    }

    @Test func aGovernmentStopsTheUseOfAService() {
        let b = only(.ban, "나이지리아 정부는 지난 4일 트위터의 사용을 무기한 중단한다고 밝혔다.", published: "2021-06-06")
        #expect(b.first?.names(.target) == ["트위터"])
        #expect(b.first?.occurredAt == day("2021-06-04"))
    }

    // MARK: Alliances, courts and orders

    @Test(arguments: [
        ("KT는 3일 서울에서 KT, 보다폰, 오렌지, 텔레포니카 등을 중심으로 하는 '글로벌 AI 통신 연합'을 공식 출범했다고 4일 밝혔다.",
         ["KT", "보다폰", "오렌지", "텔레포니카"]),
        ("LG유플러스, 보다폰, 오렌지, 텔레포니카 등 글로벌 통신사들이 서울에서 한 팀으로 뭉쳤다.", ["LG유플러스", "보다폰", "오렌지", "텔레포니카"]),
        ("다올데이터, 누리클라우드, 세림반도체가 'AI 반도체 얼라이언스'를 결성했다.", ["다올데이터", "누리클라우드", "세림반도체"]),
    ])
    func anAllianceOfTheListedMembers(text: String, parties: [String]) {
        let p = only(.partnership, text, published: "2024-06-04")
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties))
        // Launching the alliance is the partnership, not also an announcement of its members.
        #expect(only(.announcement, text, published: "2024-06-04").isEmpty)
    }

    @Test func aLaunchWithoutAListIsNoAlliance() {
        #expect(only(.partnership, "KT는 3일 '글로벌 AI 통신 연합'을 공식 출범했다고 4일 밝혔다.", published: "2024-06-04").isEmpty)
    }

    @Test(arguments: [
        ("나이지리아 대법원의 아데 오콘쿠오 대법관은 10일 메신저 앱 텔레그램에 대한 접속을 차단하라고 명령했다.", "나이지리아 대법원", "텔레그램"),
        ("독일 베를린 지방 법원은 지난 5일 텔레그램의 활동 중지를 명령했다.", "독일 베를린 지방 법원", "텔레그램"),
        ("튀르키예 법원이 소셜미디어 X에 대한 튀르키예 내 접속을 차단시켰다.", "튀르키예 법원", "트위터"),
        ("베트남 정부는 14일 틱톡(TikTok), 텔레그램(Telegram) 등 5개 온라인 플랫폼에 대해 폐쇄령을 내렸다고 밝혔다.", "베트남 정부", "텔레그램"),
        // Authorities named by their country and their field.
        ("러시아 통신 규제 당국은 텔레그램의 접속을 차단했다.", "러시아 통신 규제 당국", "텔레그램"),
        ("중국 인터넷 감독 당국은 틱톡 사용을 금지했다.", "중국 인터넷 감독 당국", "틱톡"),
        ("이탈리아 개인정보 보호 당국은 챗GPT의 서비스를 차단했다.", "이탈리아 개인정보 보호 당국", "챗GPT"),
        // Fields joined by a middle dot in the body's name.
        ("러시아 통신·정보기술·매스컴 감독청은 인스타그램 접속을 차단했다.", "러시아 통신·정보기술·매스컴 감독청", "인스타그램"),
        ("러시아 통신·정보기술·매스컴 감독청(로스콤나조르)은 텔레그램을 제한하고 있다고 밝혔다.", "러시아 통신·정보기술·매스컴 감독청", "텔레그램"),
        ("중국 공업·정보화 관리국은 틱톡 접속을 차단했다.", "중국 공업·정보화 관리국", "틱톡"),
    ])
    func courtsAndOrders(text: String, imposer: String, target: String) {
        let b = only(.ban, text, published: "2024-06-15")
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target).contains(target) == true)
    }

    @Test(arguments: [
        ("미국 상무부는 삼성전자와 SK하이닉스 중국 공장에 부여한 검증된 최종사용자(VEU) 지위를 철회한다고 밝혔다.", "미국 상무부", ["삼성전자", "SK하이닉스"]),
        ("미국 연방통신위원회는 차이나텔레콤에 부여한 면허를 취소했다.", "미국 연방통신위원회", ["차이나텔레콤"]),
        ("방송통신위원회는 KT에 내준 사업 허가를 취소했다.", "방송통신위원회", ["KT"]),
    ])
    func whatWasGrantedIsTakenBack(text: String, imposer: String, targets: [String]) {
        // The relative clause grants what the measure takes back: those granted it are the targets.
        let b = only(.ban, text, published: "2024-06-15")
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("미국 정부는 중국이 첨단기술로 군사력을 키울 수 있다는 우려로 엔비디아 칩의 중국 수출을 금지했다.", "미국 정부", "엔비디아"),
        ("영국 정부는 러시아가 정보를 빼돌릴 수 있다는 우려에서 카스퍼스키 사용을 금지했다.", "영국 정부", "카스퍼스키"),
        ("인도 정부는 중국이 데이터를 수집한다는 판단에 따라 틱톡을 차단했다.", "인도 정부", "틱톡"),
    ])
    func aReasonClausesSubjectIsNoImposer(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer], "\(b.map(\.participants))")
        #expect(b.first?.names(.target) == [target])
    }

    @Test(arguments: [
        "엔비디아는 미국에 대한 대규모 투자를 약속했다.",
        "TSMC는 일본에 대한 투자를 늘렸다.",
        "삼성전자는 베트남에 대한 투자를 확대했다.",
    ])
    func aCountryInvestedInIsWhereTheMoneyGoes(text: String) {
        #expect(only(.investment, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test func aCurrencyIsNoTarget() {
        let e = events("브라질 대법원은 우회 접속에 벌금 5만 헤알을 부과하도록 지시했다.")
        #expect(!e.contains { $0.participants.contains { $0.name == "헤알" } })
    }

    @Test func aNameTheGazetteerLacksBesideAKnownTarget() {
        let i = only(.investment, "네이버는 타파스와 왓패드를 인수했다.")
        #expect(Set(i.first?.names(.target) ?? []) == ["타파스", "왓패드"])
    }

    // MARK: Targets named after the measure, in the passive

    @Test(arguments: [
        "미 상무부는 2일 중국 기업 12곳을 수출 제재 명단에 추가했다고 발표했다. 반도체 설계업체 세림칩스와 누리반도체도 제재 대상이 됐다.",
        "미 상무부는 2일 중국 기업 12곳을 수출 제재 명단에 추가했다고 발표했다. 세림칩스와 누리반도체가 명단에 올랐다.",
    ])
    func targetsNamedInThePassiveAfterTheMeasure(text: String) {
        let b = only(.ban, text, published: "2023-03-03")
        #expect(b.flatMap { $0.names(.imposer) }.allSatisfy { $0 == "미국 상무부" })
        #expect(Set(b.flatMap { $0.names(.target) }).isSuperset(of: ["세림칩스", "누리반도체"]))
    }

    @Test func aPassiveWithoutAMeasureBeforeHasNoImposer() {
        #expect(only(.ban, "세림칩스와 누리반도체가 명단에 올랐다.").isEmpty)
    }

    @Test func aNameInsideARelativeClauseIsNotWhatWasListed() {
        let text = "미 상무부는 9일 중국 기업 4곳을 수출 통제 명단에 추가했다. 4개 기업은 중국군이 사용할 무인기 부품을 확보하려 했다는 이유로 목록에 포함됐다."
        #expect(!only(.ban, text).contains { $0.names(.target).contains("중국군") })
    }

    @Test(arguments: [
        ("미국 상무부가 16일 중국 통신장비업체 ZTE 및 68개 계열사를 거래제한 기업 명단에 올렸다.", "미국 상무부", "ZTE"),
        ("애플이 28일 앱스토어에서 <포트나이트>와 개발자 계정을 완전히 삭제했다.", "애플", "포트나이트"),
        ("중국 국가 인터넷 정보사무실은 4일 앱스토어에서 '디디추싱(滴滴出行)' 앱을 삭제하라는 통보를 내렸다.", "중국 국가 인터넷 정보사무실", "디디추싱"),
        ("캐나다 정부가 틱톡의 자국 내 사업 철수를 명령했다.", "캐나다 정부", "틱톡"),
    ])
    func measuresOnWhatBelongsToAName(text: String, imposer: String, target: String) {
        let b = only(.ban, text, published: "2024-06-15")
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target).contains(target) == true)
    }

    // MARK: Parts bought, agreements owned, leads and distribution

    @Test func aDivisionBoughtMakesItsParentTheTarget() {
        let i = only(.investment, "SK하이닉스가 미국 퀄컴의 모뎀 사업 부문 전체를 인수한다.")
        #expect(i.first?.names(.investor) == ["SK하이닉스"])
        #expect(i.first?.names(.target) == ["퀄컴"])
    }

    @Test func anAgreementOwnedByTwoOrganizations() {
        let p = only(.partnership, "MS와 G42의 협약이 체결되기까지 1년이 걸렸다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["마이크로소프트", "G42"])
    }

    @Test func eachSubjectWithTheOnePartner() {
        let p = only(.partnership, "LG전자와 SK하이닉스는 1일 각각 메타와 메모리 공급을 위한 양해각서를 체결했다.")
        #expect(p.count == 2)
        #expect(Set(p.map { Set($0.names(.party)) }) == [["LG전자", "메타"], ["SK하이닉스", "메타"]])
    }

    @Test func aLeadThatRunsTheVentureAndItsPartners() {
        let p = only(.partnership, "누리 프로젝트는 메타가 주도하고 소프트뱅크, 오라클 등이 파트너로 참여하고 있다.")
        #expect(Set(p.first?.names(.party) ?? []) == ["메타", "소프트뱅크", "오라클"])
    }

    @Test func becomingTheLargestShareholderIsAnInvestment() {
        let i = only(.investment, "LG전자도 로봇 전문기업인 베어로보틱스의 최대주주 지위를 확보한 바 있다.")
        #expect(i.first?.names(.investor) == ["LG전자"])
        #expect(i.first?.names(.target) == ["베어로보틱스"])
    }

    @Test func membersListedLongAfterAPartnershipDoNotJoinIt() {
        let text = "LG전자는 1일 메타와 양해각서를 체결했다. 공급 일정은 정해지지 않았다. 시장은 크게 반응했다. 주가는 올랐다. 관련 업계는 주목했다. 학계에선 한빛대학교와 누리대학교가 참여한다."
        let p = only(.partnership, text)
        #expect(p.allSatisfy { !$0.names(.party).contains("한빛대학교") })
    }

    @Test(arguments: [
        "퍼플렉시티는 지난달 새 브라우저를 출시했다. 엔비디아, 삼성넥스트 등이 투자한 이력이 있다.",
        "퍼플렉시티는 2022년 8월 창립된 AI 스타트업이다. 엔비디아, 삼성넥스트 등이 투자한 이력이 있다.",
    ])
    func investorsOfTheArticlesOrganizationInARelativeClause(text: String) {
        let i = only(.investment, text, published: "2025-08-13")
        #expect(Set(i.first?.names(.investor) ?? []) == ["엔비디아", "삼성넥스트"])
        #expect(i.first?.names(.target) == ["퍼플렉시티"])
    }

    @Test(arguments: [
        "AMD가 자일링스에 50억 달러를 투자했다. 두 회사는 맞춤형 데이터센터 제품을 함께 개발하기로 했다.",
        "AMD가 협력사 자일링스에 7조원을 투자하고 데이터센터와 PC용 칩을 공동 개발한다.",
    ])
    func aJointUndertakingWithTheOtherSideOfADeal(text: String) {
        let p = only(.partnership, text, published: "2025-09-19")
        #expect(Set(p.first?.names(.party) ?? []) == ["AMD", "자일링스"])
        #expect(only(.investment, text, published: "2025-09-19").first?.names(.target) == ["자일링스"])
    }

    @Test func aSourceReportingAnotherOrganizationsPlanIsNotItsAnnouncement() {
        let a = only(.announcement, "대통령실에 따르면 애플은 부품 상당 부분을 국내 기업들로부터 조달할 계획이다.")
        #expect(!a.contains { $0.names(.actor).contains("대통령실") })
    }

    @Test func theImposerOfTheMeasureBeforeWhenTheSubjectIsLeftOut() {
        let b = only(.ban, "과기정통부는 6일 틱톡 접속을 차단했다. 이어 7일에는 텔레그램 접속도 차단했다.", published: "2025-02-08")
        #expect(b.count == 2)
        #expect(b.allSatisfy { $0.names(.imposer) == ["과학기술정보통신부"] })
        #expect(Set(b.flatMap { $0.names(.target) }) == ["틱톡", "텔레그램"])
    }

    @Test func noMeasureBeforeNoImposerForALeftOutSubject() {
        #expect(only(.ban, "이어 7일에는 텔레그램 접속도 차단했다.").isEmpty)
    }

    @Test func aBylineWhoseClosingMarkWasDropped() {
        let b = only(.ban, "(자카르타= 박의래 특파원 = 호주 정부가 모든 정부 기기에서 중국산 메신저 위챗(WeChat) 사용을 금지했다.", published: "2025-02-05")
        #expect(b.first?.names(.imposer) == ["호주 정부"])
        #expect(b.first?.names(.target) == ["위챗"])
    }

    @Test func anAllianceComposedOfTheListedMembers() {
        let text = "KT를 비롯해 보다폰, 오렌지, 텔레포니카로 구성된 '글로벌 AI 통신 연합(Global AI Telco Alliance)'은 지난해 11월 발족했다."
        let p = only(.partnership, text, published: "2024-06-18")
        #expect(Set(p.first?.names(.party) ?? []) == ["KT", "보다폰", "오렌지", "텔레포니카"])
    }

    @Test func aQuotedTitleIsNoPartyTheSubjectBeforeItIs() {
        let p = only(.partnership, "크래프톤이 ‘CES 2025’가 열리고 있는 미국 라스베이거스에서 엔비디아와 협업해 개발한 AI 기술을 발표했다.", published: "2025-01-09")
        #expect(Set(p.first?.names(.party) ?? []) == ["크래프톤", "엔비디아"])
    }
}
