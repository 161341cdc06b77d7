import Events
import Testing
@testable import Extraction

/// Who led a round, who took part beside the subject, and the round's company set as the topic.
@Suite struct RoundLeadTests {
    @Test(arguments: [
        ("한빛AI는 3일 300억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 이번 라운드는 누리벤처스가 주도했다.", ["누리벤처스"], "2025-03-03"),
        ("오로라칩스는 5일 시리즈A 투자를 유치했다. 이번 투자는 세림캐피탈이 이끌었고, 한빛인베스트먼트와 누리파트너스가 참여했다.",
         ["세림캐피탈", "한빛인베스트먼트", "누리파트너스"], "2025-03-05"),
        ("누리로보틱스가 7일 200억원을 유치했다. 세림벤처스 주도로 진행된 이번 투자에는 한빛캐피탈이 참여했다.", ["세림벤처스", "한빛캐피탈"], "2025-03-07"),
        ("누리로보틱스가 7일 200억원을 유치했다. 세림벤처스가 리드한 이번 라운드에는 한빛캐피탈이 새로 참여했다.", ["세림벤처스", "한빛캐피탈"], "2025-03-07"),
    ])
    func theLeadOfTheRoundToldBefore(text: String, investors: [String], date: String) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(i.map(\.participants))")
        #expect(i.allSatisfy { $0.names(.target).count == 1 && !$0.names(.target).contains(where: investors.contains) })
        // The round's day, told in the sentence before, dates its lead as well.
        #expect(!i.isEmpty && i.allSatisfy { $0.occurredAt == day(date) }, "\(i.map(\.occurredAt))")
    }

    @Test(arguments: [
        "한빛AI는 시리즈B 투자를 유치했다. 누리벤처스는 이번 사업을 주도했다.",
        "세림캐피탈이 주도권을 쥐게 된 이번 라운드는 관심을 모았다.",
        "누리벤처스가 주도한 회의에서 이번 투자 방향이 논의됐다.",
    ])
    func leadingWithNoRoundOfACompanyLeadsNothing(text: String) {
        // No round raised before (or a lead of something else): nobody invests.
        #expect(only(.investment, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("한빛AI는 3일 시리즈B 투자를 유치했다. 누리벤처스 외에도 세림캐피탈, 하나증권 등이 투자에 참여했다.", ["누리벤처스", "세림캐피탈", "하나증권"]),
        ("오로라칩스는 시리즈A 투자를 유치했다. 한빛인베스트먼트 외에 누리파트너스가 투자에 참여했다.", ["한빛인베스트먼트", "누리파트너스"]),
        ("누리로보틱스는 투자를 유치했다. 세림벤처스 외에도 한빛캐피탈도 투자자로 참여했다.", ["세림벤처스", "한빛캐피탈"]),
    ])
    func anInvestorNamedBesidesTheSubject(text: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(i.map(\.participants))")
    }

    @Test(arguments: [
        ("그록은 세림캐피탈·누리벤처스 등이 투자에 참여했다.", "그록", ["세림캐피탈", "누리벤처스"]),
        ("오로라칩스는 한빛인베스트먼트와 누리파트너스가 투자자로 참여했다.", "오로라칩스", ["한빛인베스트먼트", "누리파트너스"]),
        ("누리로보틱스는 지난해 세림벤처스가 라운드에 참여했다.", "누리로보틱스", ["세림벤처스"]),
    ])
    func theTopicReceivesTheRoundItsParticipantsJoin(text: String, target: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [target], "\(events(text).map(\.participants))")
        #expect(Set(i.first?.names(.investor) ?? []) == Set(investors))
    }

    @Test(arguments: [
        "세림전자는 지난해 실적을 발표했다. 누리로보틱스, 한빛칩스에 투자했으며 올해도 투자를 늘린다.",
        "세림전자는 로봇 사업을 키우고 있다. 누리로보틱스와 한빛칩스에 투자했다.",
        "세림전자는 신사업을 넓힌다. 지난해 누리로보틱스, 한빛칩스에도 투자했다.",
    ])
    func investeesWithTheInvestorLeftOut(text: String) {
        // The organization the article is about invests in what 에 names.
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == ["세림전자"], "\(events(text).map(\.participants))")
        #expect(Set(i.flatMap { $0.names(.target) }) == ["누리로보틱스", "한빛칩스"])
    }

    @Test(arguments: [
        "가평군은 사업비 1조원이 투입되는 데이터센터 개발을 위해 누리투자운용과 업무협약을 체결했다.",
        "충주시는 3000억원이 투입되는 공장 건립을 위해 한빛전자와 협약을 맺었다.",
        "경상북도는 예산 500억원이 투입되는 단지 조성을 위해 오로라건설과 손잡았다.",
    ])
    func moneyPutInToldInThePassiveNamesNoInvestor(text: String) {
        #expect(only(.investment, text).isEmpty, "\(events(text).map(\.participants))")
        #expect(only(.partnership, text).count == 1)
    }
}

/// Consortia and agreements whose members are named in a clause or a list apart from the trigger.
@Suite struct MemberClauseTests {
    @Test(arguments: [
        ("한빛텔레콤이 총괄하고 누리반도체, 서울대, 세림칩스 등이 주관하는 한빛텔레콤 컨소시엄은 서버 분야 과제를 수행한다.",
         ["한빛텔레콤", "누리반도체", "서울대학교", "세림칩스"]),
        ("누리연구원과 한빛대학교가 참여하는 누리연구원 컨소시엄은 공통과제를 맡는다.", ["누리연구원", "한빛대학교"]),
        ("세림전자와 누리반도체, 한빛소프트가 참여한 컨소시엄이 사업자로 뽑혔다.", ["세림전자", "누리반도체", "한빛소프트"]),
    ])
    func membersNamedInAClauseBeforeTheHead(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(events(text).map(\.participants))")
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties))
        #expect(p.first?.names(.party).first == parties.first)
    }

    @Test(arguments: [
        "한빛텔레콤이 참여하는 행사는 다음달 열린다.",
        "누리반도체가 주관하는 컨소시엄은 서버 과제를 맡는다.",
        "세림칩스가 참여한 협약은 지난해 끝났다.",
    ])
    func oneMemberOrNoConsortiumIsNoPartnership(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "정부는 2일 반도체 포럼을 출범했다. 이날 7개 협회는 AI 생태계 업무협약을 체결했다. ▲한국가상산업협회 ▲한국로봇진흥협회 ▲한국데이터산업협회가 이름을 올렸다.",
        "정부는 2일 반도체 포럼을 출범했다. 이날 산업 협회들은 업무협약을 맺었다. 한국가상산업협회, 한국로봇진흥협회, 한국데이터산업협회가 참여했다.",
        "정부는 2일 반도체 포럼을 출범했다. 이날 세 기관은 협약을 체결했다. ▲한국가상산업협회 ▲한국로봇진흥협회 ▲한국데이터산업협회가 참여했다.",
    ])
    func partiesCountedThenListed(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(events(text).map(\.participants))")
        // Only those listed: the government of the sentence before is no party.
        let parties = p.first?.names(.party) ?? []
        #expect(Set(parties) == ["한국가상산업협회", "한국로봇진흥협회", "한국데이터산업협회"])
        #expect(parties.count == 3)
    }

    @Test(arguments: [
        ("디케이테크인은 23일 공시를 통해 자사가 누리브레인을 흡수합병한다고 밝혔다.", "디케이테크인", "누리브레인"),
        ("세림전자는 자사가 한빛칩스를 인수했다고 밝혔다.", "세림전자", "한빛칩스"),
        ("오로라소프트는 당사가 누리랩스 지분을 취득했다고 공시했다.", "오로라소프트", "누리랩스"),
    ])
    func anOrganizationNamingItself(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [target])
    }
}

/// The subject of a quoted reason is not the one who imposes.
@Suite struct QuotedReasonTests {
    @Test(arguments: [
        "러시아 감독청이 누리게임즈가 \u{201C}어린이에게 해로운 내용이 많다\u{201D}며 차단 조치를 발표했다. 감독청은 누리게임즈 접속을 막았다.",
        "한빛시 당국이 세림앱이 \u{201C}개인정보를 함부로 모은다\u{201D}며 사용을 금지했다. 당국은 세림앱의 설치도 막았다.",
        "오로라국 정부가 누리톡이 \"허위 정보를 퍼뜨린다\"라며 접속을 차단했다. 정부는 누리톡 사용을 금지했다.",
    ])
    func theSubjectOfAQuotedReasonImposesNothing(text: String) {
        let b = only(.ban, text)
        let imposers = Set(b.flatMap { $0.names(.imposer) })
        #expect(!imposers.contains("누리게임즈") && !imposers.contains("세림앱") && !imposers.contains("누리톡"), "\(b.map(\.participants))")
    }
}

/// Names an article teaches once: quoted, or given a short form with 이하.
@Suite struct NamesTaughtOnceTests {
    @Test(arguments: [
        ("세림전자가 미국 로봇 기업 '스킬드 누리'에 투자했다. 한빛소프트는 스킬드 누리와 협력 계약을 맺었다.", "스킬드 누리"),
        ("한빛전자는 AI 기업 '오로라 AI'를 인수했다. 누리텔레콤은 오로라 AI와 업무협약을 체결했다.", "오로라 AI"),
        ("세림전자가 스타트업 ‘피규어 누리’에 투자했다. 한빛소프트는 피규어 누리와 손잡았다.", "피규어 누리"),
    ])
    func aQuotedNameStandsWithoutItsMarksLater(text: String, name: String) {
        let p = only(.partnership, text)
        #expect(p.first?.names(.party).contains(name) == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("세림전자가 미국 반도체 설계업체 누리칩 컴퓨팅(이하 누리칩)을 인수했다. 한빛소프트는 누리칩과 손잡았다.", "누리칩 컴퓨팅"),
        ("한빛그룹은 오로라 시스템즈(이하 오로라)를 인수했다. 세림전자는 오로라와 업무협약을 맺었다.", "오로라 시스템즈"),
        ("누리전자는 반도체 기업 세림 페어(이하 세림)를 인수했다. 한빛소프트는 세림과 협력 계약을 체결했다.", "세림 페어"),
    ])
    func aShortFormGivenWithHereafter(text: String, name: String) {
        #expect(only(.investment, text).first?.names(.target) == [name], "\(events(text).map(\.participants))")
        #expect(only(.partnership, text).first?.names(.party).contains(name) == true)
    }

    @Test(arguments: [
        "정부는 인공지능 기본법(이하 기본법)을 시행한다고 밝혔다.",
        "한빛전자는 사업 계획(이하 계획)을 발표했다.",
        "세림시는 데이터 센터(이하 센터)를 짓는다고 밝혔다.",
    ])
    func commonWordsShortenedNameNoOrganization(text: String) {
        // Only the organization that acts takes part.
        let names = Set(events(text).flatMap { $0.participants.map(\.name) })
        #expect(names.isSubset(of: ["대한민국 정부", "한빛전자", "세림시"]), "\(names)")
    }
}

/// Measures told through the instrument that carries them, taken by the head of a local government,
/// or taken again by a body with 도.
@Suite struct LocalMeasureTests {
    @Test(arguments: [
        ("세림주 주지사는 지난주 주정부 기관들에 누리톡 사용을 금지하는 내용의 행정명령을 내렸다.", "누리톡"),
        ("부천시는 공공기관에서 누리톡 사용을 금지하는 ‘긴급 보안 명령’을 발표했다.", "누리톡"),
        ("경기도는 누리챗 사용을 금지하는 내용의 지침을 내렸다.", "누리챗"),
    ])
    func aBanCarriedByItsInstrument(text: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target) == [target], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.imposer).count == 1)
    }

    @Test(arguments: [
        ("장덕천 부천시장은 누리클라우드와 업무협약을 맺었다.", "부천시"),
        ("김철수 용인시장은 한빛전자와 협약을 체결했다.", "용인시"),
        ("이영희 수원시장은 세림소프트와 손잡았다.", "수원시"),
    ])
    func aMayorSpeaksForTheCity(text: String, city: String) {
        let p = only(.partnership, text)
        #expect(p.first?.names(.party).contains(city) == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("크리스티 놈 사우스다코타 주지사는 틱톡 사용을 금지했다.", "사우스다코타주"),
        ("지난 5일에는 헨리 맥매스터 사우스캐롤라이나 주지사가 주정부 기기에서 틱톡을 삭제할 것을 지시했다.", "사우스캐롤라이나주"),
        ("래리 호건 메릴랜드 주지사는 틱톡을 포함해 위챗 사용을 금지했다.", "메릴랜드주"),
    ])
    func aGovernorSpeaksForTheState(text: String, state: String) {
        let b = only(.ban, text, published: "2022-12-07")
        #expect(b.first?.names(.imposer) == [state], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.target).contains("틱톡") == true)
    }

    @Test func aDateOpeningTheSentenceAfter지난DatesIt() {
        let b = only(.ban, "지난 5일에는 헨리 맥매스터 사우스캐롤라이나 주지사가 틱톡을 삭제할 것을 지시했다.", published: "2022-12-07")
        #expect(b.first?.occurredAt == day("2022-12-05"))
    }

    @Test(arguments: [
        "국방부는 딥시크 접속을 차단했고, 외교부도 접속을 막았다.",
        "국방부는 5일 딥시크 접속을 차단했다. 외교부도 접속을 막았다.",
        "국방부는 딥시크 사용을 금지했다. 외교부도 사용을 금지했다.",
    ])
    func aBodyWith도TakesTheMeasureJustTold(text: String) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.imposer) }) == ["국방부", "외교부"], "\(b.map(\.participants))")
        #expect(b.allSatisfy { $0.names(.target) == ["딥시크"] })
    }

    @Test func aDescribedGroupWith도ImposesNothing() {
        let text = "재무부는 블랙리스트에 누리타임을 추가했다. 인권침해와 관련한 중국기업도 대상으로 하는 리스트를 만들어 자금을 차단했다."
        #expect(!only(.ban, text).flatMap { $0.names(.imposer) }.contains("중국기업"))
    }
}

/// Lists closed by descriptions of what their items are, and names with a gloss inside.
@Suite struct DescribedListTests {
    @Test(arguments: [
        "삼성전자는 지난 4월 원익IPS, 테스, 유진테크, PSK 등 국내 주요 설비 협력사, 2·3차 부품 협력사와 양해각서(MOU)를 체결했다.",
        "삼성전자는 원익IPS, 테스, 유진테크, PSK 등 설비 협력사와 양해각서를 체결했다.",
        "삼성전자는 원익IPS, 테스, 유진테크, PSK 등 국내 설비 업체, 부품 협력업체와 협약을 맺었다.",
    ])
    func partnersListedBeforeTheirDescription(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["삼성전자", "원익IPS", "테스", "유진테크", "PSK"], "\(p.map(\.participants))")
    }

    @Test(arguments: [
        "삼성전자는 협력사와 상생 협약을 맺었다.",
        "한빛전자는 고객사와 업무협약을 체결했다.",
        "세림전자는 계열사와 손잡았다.",
    ])
    func aKindOfCompanyIsNoParty(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("광주인공지능(AI)청년협회는 23일 엑센트리벤처스와 업무협약을 체결했다.", "광주인공지능청년협회"),
        ("한국인공지능(AI)산업협회는 누리벤처스와 업무협약을 맺었다.", "한국인공지능산업협회"),
        ("대구소프트웨어(SW)기업협회는 세림소프트와 협약을 체결했다.", "대구소프트웨어기업협회"),
    ])
    func aGlossInsideAName(text: String, name: String) {
        let p = only(.partnership, text)
        #expect(p.first?.names(.party).contains(name) == true, "\(p.map(\.participants))")
    }

    @Test func objectsCountedAnewAreNoMeasureJustTold() {
        let text = "네덜란드는 2019년부터 ASML 장비의 수출을 금지했다. 일본도 지난 5월 23개 품목을 수출 통제 대상에 추가했다."
        #expect(!only(.ban, text).contains { $0.names(.imposer).contains("일본 정부") }, "\(events(text).map(\.participants))")
    }
}

/// Round participants the gazetteer lacks, and measures on a firm's plant.
@Suite struct PlantsAndWrittenParticipantsTests {
    @Test(arguments: [
        ("한빛AI는 시리즈B 투자를 유치했다. 이번 투자에는 세림캐피탈, 누리파트너스, 코튜 매니지먼트 등이 참여했다.", ["세림캐피탈", "누리파트너스", "코튜 매니지먼트"]),
        ("한빛AI는 시리즈B 투자를 유치했다. 이번 라운드에는 마이크로소프트와 코튜, 알티미터 등도 참여했다.", ["마이크로소프트", "코튜", "알티미터"]),
        ("오로라칩스는 투자를 유치했다. 이번 투자에는 삼성전자, 모건텍, 리버풀 등이 참여했다.", ["삼성전자", "모건텍", "리버풀"]),
    ])
    func participantsListedAsWritten(text: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(i.map(\.participants))")
    }

    @Test(arguments: [
        "미국 상무부는 삼성전자 중국 시안 공장과 SK하이닉스 중국 우시 공장을 VEU 명단에서 제외했다.",
        "미국 상무부 산업안보국(BIS)은 삼성전자 시안 공장과 SK하이닉스 우시 공장을 검증된 최종사용자(VEU) 명단에서 제외했다.",
        "미국 상무부는 삼성전자와 SK하이닉스의 공장을 검증된 최종 사용자 명단에서 제외했다.",
    ])
    func aMeasureOnAFirmsPlantIsOnTheFirm(text: String) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.target) }) == ["삼성전자", "SK하이닉스"], "\(b.map(\.participants))")
        #expect(b.allSatisfy { $0.names(.imposer) == ["미국 상무부"] })
    }
}

/// Measures joined or taken before, and deals told in looser words.
@Suite struct JoinedMeasuresTests {
    @Test(arguments: [
        "경기도와 세종시, 대구시 등 지방자치단체도 딥시크 차단에 동참했다.",
        "경기도와 세종시, 대구시도 딥시크 사용 금지 대열에 합류했다.",
        "경기도와 세종시, 대구시는 딥시크 접속 차단 조치를 내렸다.",
    ])
    func bodiesJoiningAMeasure(text: String) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.imposer) }) == ["경기도", "세종특별자치시", "대구광역시"], "\(b.map(\.participants))")
        #expect(b.allSatisfy { $0.names(.target) == ["딥시크"] })
    }

    @Test(arguments: [
        ("미국, 영국, 캐나다에 이어 호주와 뉴질랜드도 공무원의 틱톡 사용을 금지했다.", ["미국 정부", "영국 정부", "캐나다 정부"]),
        ("국방부에 이어 외교부도 딥시크 접속을 차단했다.", ["국방부"]),
        ("카카오에 이어 네이버도 사내에서 딥시크 사용을 금지했다.", ["카카오"]),
    ])
    func thoseNamedWith에이어TookTheMeasureBefore(text: String, earlier: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 2, "\(b.map(\.participants))")
        #expect(b.contains { Set($0.names(.imposer)) == Set(earlier) })
    }

    @Test(arguments: [
        "영국 정부는 5G 통신망에서 화웨이 장비를 2027년까지 완전히 제거하기로 했다.",
        "영국은 5G 네트워크에서 화웨이 장비를 제거하기로 했다.",
        "영국 정부는 통신망에서 화웨이 장비를 모두 제거한다.",
    ])
    func equipmentRemovedFromANetwork(text: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target) == ["화웨이"], "\(events(text).map(\.participants))")
    }

    @Test func vulnerabilitiesRemovedAreNoMeasure() {
        #expect(only(.ban, "개인정보보호위원회는 주요 개인정보처리시스템의 취약점을 제거한다.").isEmpty)
    }

    @Test(arguments: [
        ("텍사스 인스트루먼츠가 실리콘랩스를 인수했다.", "텍사스 인스트루먼츠"),
        ("미국 반도체 업체 텍사스 인스트루먼츠(TI)가 칩 설계 업체 '실리콘 랩스'를 인수하기로 합의했다.", "텍사스 인스트루먼츠"),
        ("애리조나 세미컨덕터는 한빛반도체를 인수했다.", "애리조나 세미컨덕터"),
    ])
    func aFirmWhoseNameOpensWithAPlace(text: String, investor: String) {
        #expect(only(.investment, text).first?.names(.investor) == [investor], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "미국 굿워터캐피탈과 비알브이캐피털매니지먼트가 돈을 넣은 뤼튼테크놀로지스, 사우디아라비아 아람코벤처스가 투자한 아모지 등이 자금 유치를 견인했다.",
        "굿워터캐피탈과 비알브이캐피털매니지먼트가 자금을 넣은 뤼튼테크놀로지스, 세림벤처스가 투자한 누리랩스 등이 주목받았다.",
        "굿워터캐피탈과 비알브이캐피털매니지먼트가 투자한 뤼튼테크놀로지스, 세림벤처스가 투자한 누리랩스 등이 주목받았다.",
    ])
    func aListOfClausesEachWithItsHead(text: String) {
        let i = only(.investment, text)
        let first = i.first { $0.names(.investor).contains("굿워터캐피탈") }
        #expect(first?.names(.target) == ["뤼튼테크놀로지스"], "\(i.map(\.participants))")
    }
}

/// A name quoted once after a classifier, and words that only look like known names.
@Suite struct QuotedAfterAClassifierTests {
    @Test(arguments: [
        ("버추얼 캐릭터 스타트업 ‘블래스트’가 투자를 유치했다. 문화방송은 블래스트가 누리벤처스로부터 24억원을 유치했다고 밝혔다.", "블래스트"),
        ("로봇 기업 '모라비'가 주목받는다. 세림전자는 모라비에 50억원을 투자했다.", "모라비"),
        ("AI 스타트업 ‘튜링’이 문을 열었다. 한빛전자는 튜링에 투자했다.", "튜링"),
    ])
    func aQuotedNameAfterAClassifierStandsLater(text: String, name: String) {
        let i = only(.investment, text)
        #expect(i.contains { $0.names(.target) == [name] }, "\(i.map(\.participants))")
    }

    @Test func theEntityListNamesNoCompany() {
        let b = only(.ban, "미 상무부는 인스퍼 계열사 6곳을 수출 제한 엔티티 리스트에 포함했다.")
        #expect(!b.flatMap { $0.names(.target) }.contains("NTT"), "\(b.map(\.participants))")
    }
}

/// Examples closed by 같은, and measures carried by 조치했다.
@Suite struct ExamplesAndMeasuresTests {
    @Test(arguments: [
        ("라이트스피드는 스냅챗, 에픽게임스, 스태빌러티AI 같은 기술 업체들에도 초기에 투자했다.", ["스냅챗", "에픽게임스", "스태빌러티AI"]),
        ("세림벤처스는 누리랩스, 한빛로보틱스 같은 스타트업에 투자했다.", ["누리랩스", "한빛로보틱스"]),
        ("세림캐피탈은 누리반도체, 한빛소프트 같은 회사에 투자했다.", ["누리반도체", "한빛소프트"]),
    ])
    func examplesClosedBy같은TakeTheParticleAfter(text: String, targets: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.target) }) == Set(targets), "\(i.map(\.participants))")
    }

    @Test(arguments: [
        "대만 디지털발전부는 공공부문에서 틱톡 사용을 금지 조치했다고 밝혔다.",
        "대만 디지털발전부는 틱톡 사용을 금지 조치했다.",
        "대만 디지털발전부는 틱톡 접속을 차단 조치했다.",
    ])
    func aMeasureCarriedBy조치했다(text: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target) == ["틱톡"], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.imposer) == ["대만 디지털발전부"])
    }

    @Test func madeInChinaIsNoName() {
        let text = "행정원은 공공부문에서 특정 중국제 소프트웨어의 사용을 금지했다."
        #expect(!only(.ban, text).flatMap { $0.names(.target) }.contains("중국제"))
    }
}
