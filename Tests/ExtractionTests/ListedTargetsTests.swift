import Events
import Testing
@testable import Extraction

/// The targets of a measure named in the sentences after it: a head with words between its
/// participle and its noun, items described before their names, a passive subject listed with
/// descriptions, each dated by the sentence that told the measure.
@Suite struct ListedTargetsTests {
    @Test(arguments: [
        ("미국 상무부는 2일 중국 기업 28곳을 수출 제재 명단에 추가했다고 발표했다. 이번에 추가된 중국 기업에는 클라우드 업체 화운데이터와 설계업체 룽칩이 포함됐다.",
         "미국 상무부", ["화운데이터", "룽칩"]),
        ("영국 정부는 2일 러시아 기업 12곳을 제재 명단에 올렸다. 명단에 오른 러시아 업체들은 볼가텍과 우랄테크 등이다.",
         "영국 정부", ["볼가텍", "우랄테크"]),
        ("중국 상무부는 2일 미국 기업 6곳을 신뢰할 수 없는 기업 명단에 올렸다. 이번에 지정된 미국 방산 업체에는 스카이웍스랩과 노스포인트가 포함됐다.",
         "중국 상무부", ["스카이웍스랩", "노스포인트"]),
    ])
    func aHeadWithWordsBetweenItsParticipleAndItsNoun(text: String, imposer: String, targets: [String]) {
        expectOneListedBan(text, imposer: imposer, targets: targets)
    }


    @Test(arguments: [
        ("미국 상무부는 2일 중국 기업 28곳을 명단에 추가했다. 블랙리스트에 오른 기업에는 중국 클라우드 기업인 화운데이터가 포함됐다.", "화운데이터"),
        ("미국 상무부는 2일 중국 기업 28곳을 명단에 추가했다. 이번에 추가된 기업에는 알리바바와 텐센트가 투자자로 참여한 '즈런AI'가 포함됐다.", "즈런AI"),
        ("미국 상무부는 2일 중국 기업 28곳을 명단에 추가했다. 명단에 오른 기업에는 바이두가 투자한 룽칩이 포함됐다.", "룽칩"),
    ])
    func anItemDescribedBeforeItsNameIsTheName(text: String, target: String) {
        let b = only(.ban, text).filter { !$0.names(.target).isEmpty }
        #expect(b.count == 1)
        #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("미국 상무부는 2일 중국 기업 28곳을 명단에 추가했다고 발표했다. 룽칩, 중국 최대 유전자 기업 BGX 등도 제재 대상이 됐다.", ["룽칩", "BGX"]),
        ("미국 상무부는 2일 중국 기업 28곳을 명단에 추가했다. 화운데이터, 드론 제조업체 스카이로봇 등도 명단에 올랐다.", ["화운데이터", "스카이로봇"]),
        ("영국 정부는 2일 러시아 기업 12곳을 제재 명단에 올렸다. 볼가텍, 방산 업체 우랄테크 등도 제재 대상이 됐다.", ["볼가텍", "우랄테크"]),
    ])
    func aPassiveSubjectListedWithDescriptions(text: String, targets: [String]) {
        let b = only(.ban, text).filter { !$0.names(.target).isEmpty }
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
        #expect(b.first?.occurredAt == day("2025-03-02"))
    }

    @Test(arguments: [
        ("애플은 중국 앱스토어에서 생성형 AI 앱 100여 개를 삭제했다. 업계에 따르면 삭제된 앱 중에는 스파크챗과 오픈캣AI 등이 포함돼 있다.", "애플", ["스파크챗", "오픈캣AI"]),
        ("구글은 러시아 플레이스토어에서 VPN 앱 8개를 삭제했다. 삭제된 앱 가운데는 노바VPN과 실드VPN이 포함됐다.", "구글", ["노바VPN", "실드VPN"]),
        ("인도 정부는 중국 앱 50여 개를 차단했다. 현지 매체에 따르면 차단된 앱 중에는 위챗과 쉐어잇이 포함됐다.", "인도 정부", ["위챗", "쉐어잇"]),
    ])
    func amongTheAppsRemoved(text: String, imposer: String, targets: [String]) {
        let b = only(.ban, text).filter { !$0.names(.target).isEmpty }
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("미국 상무부는 2일 중국 기업 28곳을 명단에 추가했다. 이번 조치는 미국 정부가 틱톡에 대한 매각을 요구하는 가운데 나왔다."),
        ("영국 정부는 2일 러시아 기업 12곳을 제재 명단에 올렸다. 명단에는 거래를 이어가는 일부 기업이 포함됐다."),
        ("미국 상무부는 2일 중국 기업 28곳을 명단에 추가했다. 이번에 추가된 기업에는 군과 거래하는 업체가 다수 포함됐다."),
    ])
    func aClauseIsNoTarget(text: String) {
        #expect(only(.ban, text).allSatisfy { $0.names(.target).isEmpty || !$0.names(.target).contains { $0.contains(" ") || $0.hasSuffix("업체") } },
                "\(only(.ban, text).map(\.participants))")
    }
}

/// Orders to stop something: the body ordered is the target, unless the order names a target of
/// its own, when those ordered carry it out and impose it too.
@Suite struct OrderToStopTests {
    @Test(arguments: [
        ("과학기술정보통신부가 한빛텔레콤에 새로운 가입자 모집을 중단할 것을 권고했다.", "과학기술정보통신부", "한빛텔레콤"),
        ("금융위원회는 누리페이에 신규 영업 중단을 요구했다.", "금융위원회", "누리페이"),
        ("방송통신위원회는 세림미디어에 광고 송출을 중지하라고 요청했다.", "방송통신위원회", "세림미디어"),
        ("개인정보보호위원회는 오로라랩스에 얼굴 정보 수집을 중단하도록 권고했다.", "개인정보보호위원회", "오로라랩스"),
    ])
    func theBodyOrderedIsTheTarget(text: String, imposer: String, target: String) {
        expectOneBan(text, imposer: imposer, target: target)
        #expect(only(.ban, text).first?.modality == .done)
    }

    @Test(arguments: [
        ("인도네시아 정부는 구글과 애플에 쇼핑 앱 테무를 앱스토어에서 차단하도록 요청했다.", ["인도네시아 정부", "구글", "애플"], ["테무"]),
        ("러시아 통신감독청은 애플에 노바VPN 앱을 삭제할 것을 요구했다.", ["러시아 통신감독청", "애플"], ["노바VPN"]),
        ("방송통신심의위원회는 통신사들에 앞서 세림TV에 대한 접속 차단을 요청했다.", ["방송통신심의위원회"], ["세림TV"]),
    ])
    func thoseOrderedToBlockATargetImposeIt(text: String, imposers: [String], targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.imposer) ?? []) == Set(imposers), "\(b.map(\.participants))")
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }
}

/// Middle dots written with look-alike characters list names as `·` does.
@Suite struct MiddleDotLookAlikeTests {
    @Test(arguments: ["ㆍ", "・", "‧", "∙"])
    func aLookAlikeDotListsParties(dot: String) {
        let text = "한빛전자\(dot)누리소프트\(dot)세림반도체는 AI 반도체 공동 개발을 위한 업무협약을 체결했다."
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리소프트", "세림반도체"], "\(p.map(\.participants))")
        // The evidence quotes the sentence as written.
        #expect(p.first?.source.evidence?.contains(dot) == true)
    }
}

/// Others who join an investment told just before invest in the same company.
@Suite struct JoiningAnInvestmentTests {
    @Test(arguments: [
        ("한빛벤처스가 미국 AI 스타트업 누리AI에 200억원을 투자했다. 삼성넥스트와 카카오벤처스도 투자에 참여했다.", ["삼성넥스트", "카카오벤처스"], "누리AI"),
        ("한빛벤처스는 로봇 스타트업 세림로보틱스에 추가 투자를 했다고 밝혔다. 한빛 외에도 스탠퍼드대, 삼성넥스트 등이 투자에 참여했다.", ["스탠퍼드대학교", "삼성넥스트"], "세림로보틱스"),
        ("오로라인베스트먼트가 반도체 설계 기업 누리칩스에 100억원을 출자했다. 이번 투자에는 카카오벤처스도 참여했다.", ["카카오벤처스"], "누리칩스"),
    ])
    func joinersInvestInTheSameCompany(text: String, investors: [String], target: String) {
        let joined = only(.investment, text).filter { $0.source.sentence == 1 }
        #expect(joined.count == 1)
        #expect(Set(joined.first?.names(.investor) ?? []) == Set(investors), "\(joined.map(\.participants))")
        #expect(joined.first?.names(.target) == [target])
    }

    @Test(arguments: [
        "한빛그룹이 누리로보틱스를 인수했다. 삼성넥스트도 투자에 참여했다.",
        "일본 정부는 한빛반도체 구마모토 공장에 4천억엔을 투자한다. 세림전자도 투자에 참여했다.",
        "한빛벤처스가 누리AI에 200억원을 투자했다. 미국 정부도 투자에 나섰다.",
    ])
    func aPurchaseAFacilityOrAGovernmentIsNoRoundToJoin(text: String) {
        #expect(only(.investment, text).filter { $0.source.sentence == 1 }.isEmpty, "\(only(.investment, text).map(\.participants))")
    }
}

/// Agreeing to join forces is a partnership (`뜻을 모았다`, `힘을 합치기로 했다`).
@Suite struct JoiningForcesTests {
    @Test(arguments: [
        ("티맵모빌리티와 우버는 택시 호출 시장에 새 바람을 일으키기로 뜻을 모았다.", ["티맵모빌리티", "우버"]),
        ("한빛전자와 누리소프트는 AI 반도체 생태계를 키우기 위해 힘을 합치기로 했다.", ["한빛전자", "누리소프트"]),
        ("세림대학교는 오로라랩스와 지역 인재를 키우는 데 힘을 모으기로 했다.", ["세림대학교", "오로라랩스"]),
    ])
    func twoOrganizationsJoiningForces(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(p.map(\.participants))")
    }

    @Test func peopleAgreeingAreNoPartnership() {
        #expect(only(.partnership, "전문가들은 규제 완화가 필요하다는 데 뜻을 모았다.").isEmpty)
    }
}

/// A launch or a gathering whose subject is left out is the act of the topic of the sentence before;
/// a saying with its speaker left out is not.
@Suite struct LeftOutActorTests {
    @Test(arguments: [
        ("한빛AI는 지난달 경량 언어모델 '누리-1'을 내놓은 데 이어 성능을 높였다. 이어 이달에는 추론 모델 '누리-2'를 공개했다.", ["한빛AI"]),
        ("세림전자는 올해 실적 목표를 높였다. 또 누리대학교와 함께 반도체 설계 기업설명회를 연다.", ["세림전자", "누리대학교"]),
        ("오로라랩스는 지난해 흑자로 돌아섰다. 지난 3월에는 번역 서비스 '오로라 트랜스'를 출시했다.", ["오로라랩스"]),
    ])
    func theTopicBeforeActs(text: String, actors: [String]) {
        let a = only(.announcement, text).filter { $0.source.sentence == 1 }
        #expect(a.count == 1)
        #expect(Set(a.first?.names(.actor) ?? []) == Set(actors), "\(a.map(\.participants))")
        // Holding a gathering together is no agreement.
        #expect(only(.partnership, text).isEmpty)
    }

    @Test(arguments: [
        "한빛AI는 지난달 경량 언어모델을 내놨다. 앞으로도 성능 개선에 힘쓰겠다고 밝혔다.",
        "세림전자는 올해 실적 목표를 높였다. 시장 상황이 나아질 것이라고 설명했다.",
        "오로라랩스 직원들은 지난해 흑자로 돌아섰다고 말했다. 이어 신제품을 공개했다.",
    ])
    func aSayingOrAPersonsTopicIsNoLeftOutActor(text: String) {
        #expect(only(.announcement, text).filter { $0.source.sentence == 1 }.isEmpty, "\(only(.announcement, text).map(\.participants))")
    }
}

/// A name put on the list of the measure told before, in the clause that opens the sentence.
@Suite struct ListedNameTests {
    @Test(arguments: [
        ("미국 상무부는 15일 중국 기업 25곳을 제재 명단에 올렸다. 제재 명단에 이름을 올린 중국 드론 업체 DJI는 성명을 냈다.", "미국 상무부", "DJI"),
        ("영국 정부는 3일 러시아 기업 12곳을 제재 명단에 추가했다. 명단에 추가된 한빛테크는 즉각 반발했다.", "영국 정부", "한빛테크"),
        ("중국 상무부는 9일 미국 기업 6곳을 신뢰할 수 없는 기업 명단에 올렸다. 블랙리스트에 오른 스카이웍스랩스는 영향이 없다고 밝혔다.", "중국 상무부", "스카이웍스랩스"),
    ])
    func theNameOnTheListIsATarget(text: String, imposer: String, target: String) {
        let b = only(.ban, text).filter { $0.source.sentence == 1 }
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
    }

    @Test(arguments: [
        "미국 상무부는 15일 중국 기업 25곳을 제재 명단에 올렸다. 명단에 오른 기업들은 반발했다.",
        "영국 정부는 3일 러시아 기업 12곳을 제재 명단에 추가했다. 명단에 추가된 업체는 거래가 막힌다.",
        "미국 상무부는 15일 중국 기업 25곳을 제재 명단에 올렸다. 이번에 추가된 기업들은 군과 거래해 왔다.",
    ])
    func whatTheListedDidNamesNoTarget(text: String) {
        #expect(only(.ban, text).filter { $0.source.sentence == 1 }.isEmpty, "\(only(.ban, text).map(\.participants))")
    }

    @Test(arguments: [
        ("미국 상무부는 2일 중국 기관과 기업 28곳을 블랙리스트에 올렸다. 화운데이터, 룽칩(LongChip), 스카이로봇 등이다.", "미국 상무부", ["화운데이터", "룽칩", "스카이로봇"]),
        ("영국 정부는 2일 러시아 기업 12곳을 제재 명단에 올렸다. 여기엔 방산 업체 8곳도 포함됐다. 볼가텍, 우랄테크, 시베르넷 등이다.", "영국 정부", ["볼가텍", "우랄테크", "시베르넷"]),
        ("중국 상무부는 2일 미국 기업 6곳을 신뢰할 수 없는 기업 명단에 올렸다. 스카이웍스랩·노스포인트·델타아크 등이다.", "중국 상무부", ["스카이웍스랩", "노스포인트", "델타아크"]),
    ])
    func aSentenceThatIsOnlyAListNamesTheCountedTargets(text: String, imposer: String, targets: [String]) {
        expectOneListedBan(text, imposer: imposer, targets: targets)
    }

    @Test(arguments: [
        "미국 상무부는 2일 중국 기업 28곳을 블랙리스트에 올렸다. 블랙리스트에 오른 기업은 미국과 거래할 때 정부 승인을 받아야 하는 만큼, 이는 사실상 금수조치로 볼 수 있다.",
        "영국 정부는 2일 러시아 기업 12곳을 제재 명단에 올렸다. 명단에 오른 기업은 영국과 거래하려면 허가를 받아야 하므로 사실상 퇴출로 볼 수 있다.",
        "중국 상무부는 2일 미국 기업 6곳을 명단에 올렸다. 명단에 오른 기업은 중국과 거래하고 투자하는 것이 막히며, 이는 제재로 이어진다.",
    ])
    func aClauseTellingWhatBefallsTheListedNamesNoTarget(text: String) {
        #expect(only(.ban, text).filter { $0.source.sentence == 1 }.isEmpty, "\(only(.ban, text).map(\.participants))")
    }

    @Test(arguments: [
        ("중국 상무부는 인텔 제품의 구매 금지로 대응했다.", "중국 상무부", "인텔"),
        ("러시아 정부는 텔레그램의 서비스 차단으로 맞섰다.", "러시아 정부", "텔레그램"),
        ("미국 정부는 화웨이 제품의 수입 제한으로 응수했다.", "미국 정부", "화웨이"),
    ])
    func aMeasureTakenInAnswer(text: String, imposer: String, target: String) {
        expectOneBan(text, imposer: imposer, target: target)
    }

    @Test(arguments: [
        ("미국 상무부는 9일 중국 기업과 기관 37개를 수출통제 명단에 추가했다. 화성광학 등 11개 기업은 정찰 장비 사업을 지원했다.", ["화성광학"]),
        ("영국 정부는 9일 러시아 기업 20곳을 제재 명단에 올렸다. 볼가텍과 우랄테크 등 12개 기관과 기업은 군수품을 공급했다.", ["볼가텍", "우랄테크"]),
        ("중국 상무부는 9일 미국 기업 14곳을 신뢰할 수 없는 기업 명단에 올렸다. 스카이웍스랩, 노스포인트 등 5곳은 방산 업체다.", ["스카이웍스랩", "노스포인트"]),
    ])
    func aCountedPartOfTheTargetsNamed(text: String, targets: [String]) {
        let b = only(.ban, text).filter { !$0.names(.target).isEmpty }
        #expect(Set(b.flatMap { $0.names(.target) }) == Set(targets), "\(b.map(\.participants))")
        #expect(b.first?.occurredAt == day("2025-03-09"))
    }

    @Test(arguments: [
        "미국 상무부는 9일 중국 기업 37개를 수출통제 명단에 추가했다. 화성광학 등 6개 기업은 이번에 명단에서 제외됐다.",
        "영국 정부는 9일 러시아 기업 20곳을 제재 명단에 올렸다. 볼가텍과 우랄테크 등 2개 기업은 제재가 해제됐다.",
        "중국 상무부는 9일 미국 기업 14곳을 명단에 올렸다. 스카이웍스랩, 노스포인트 등 2곳은 명단에서 빠졌다.",
    ])
    func thoseTakenOffTheListAreNoTargets(text: String) {
        #expect(only(.ban, text).filter { $0.source.sentence == 1 }.isEmpty, "\(only(.ban, text).map(\.participants))")
    }

    @Test(arguments: [
        ("미국 상무부는 2일 HBM의 중국 수출을 통제한다고 밝혔다. 삼성전자와 SK하이닉스도 적용 대상에 포함됐다.", ["삼성전자", "SK하이닉스"]),
        ("미국 상무부는 2일 중국 기업 140곳을 수출 통제 명단에 추가했다. 화웨이도 명단에 추가됐다.", ["화웨이"]),
        ("영국 정부는 2일 러시아 기업 20곳을 제재 명단에 올렸다. 얀덱스도 목록에 포함됐다.", ["얀덱스"]),
    ])
    func namesPutOnTheListInThePassive(text: String, targets: [String]) {
        let b = only(.ban, text).filter { $0.source.sentence == 1 }
        #expect(Set(b.flatMap { $0.names(.target) }) == Set(targets), "\(only(.ban, text).map(\.participants))")
        #expect(b.first?.occurredAt == day("2025-03-02"))
    }

    @Test(arguments: [
        ("외교부에 따르면, 정부는 10일 북한 개인 4명과 기관 3곳을 제재 대상으로 지정했다. 개인 제재 대상은 △김철 △박영 등 2명이고, 기관 제재 대상은 △조선엑스포합영회사 △기술정찰국 △지휘자동화대학 등 3곳이다.",
         ["조선엑스포합영회사", "기술정찰국", "지휘자동화대학"]),
        ("정부는 10일 개인 2명과 기관 2곳을 제재 대상으로 지정했다. 개인 제재 대상은 △김철 △박영 등 2명이다. 기관 제재 대상은 △화성무역 △동방칩스 등 2곳이다.", ["화성무역", "동방칩스"]),
        ("정부는 10일 기업 2곳을 제재 대상으로 지정했다. 이번에 지정된 기업 제재 대상은 △화성무역 △동방칩스 등 2곳이다.", ["화성무역", "동방칩스"]),
    ])
    func personsListedBesideOrganizationsAreNoTargets(text: String, targets: [String]) {
        let b = only(.ban, text).filter { !$0.names(.target).isEmpty }
        #expect(Set(b.flatMap { $0.names(.target) }) == Set(targets), "\(b.map(\.participants))")
        // The source of a report (`외교부에 따르면,`) imposes nothing.
        #expect(!b.flatMap { $0.names(.imposer) }.contains("따르면"))
    }

    @Test(arguments: [
        ("애플은 오픈AI의 챗GPT를 비롯한 외부 AI 도구 사용을 제한한다고 밝혔다.", ["챗GPT"]),
        ("삼성전자는 구글의 제미나이를 비롯한 생성형 AI 사용을 금지했다.", ["제미나이"]),
        ("LG전자는 메타의 왓츠앱을 비롯한 메신저 사용을 제한했다.", ["왓츠앱"]),
    ])
    func theOwnerBeforeAListHeadIsNoTarget(text: String, targets: [String]) {
        #expect(Set(only(.ban, text).flatMap { $0.names(.target) }) == Set(targets), "\(only(.ban, text).map(\.participants))")
    }

    @Test(arguments: [
        ("애플은 챗GPT 사용을 제한한다고 밝혔다. 마이크로소프트의 '코파일럿' 사용도 금지됐다.", "코파일럿"),
        ("러시아 정부는 왓츠앱 통화를 제한했다. 텔레그램 접속도 차단됐다.", "텔레그램"),
        ("인도 정부는 틱톡 사용을 금지했다. 위챗 다운로드도 금지됐다.", "위챗"),
    ])
    func aPassiveAfterAMeasureIsTheSameImposers(text: String, target: String) {
        let b = only(.ban, text).filter { $0.source.sentence == 1 }
        #expect(b.first?.names(.target) == [target], "\(only(.ban, text).map(\.participants))")
        #expect(b.first?.names(.imposer) == only(.ban, text).first?.names(.imposer))
    }

    @Test func aNameWith의BeforeThePassivesSubjectIsNoTarget() {
        let text = "중국 당국은 왓츠앱 접속을 차단했다. 애플의 앱스토어에서 메타 플랫폼의 인기 SNS인 스레드 등이 삭제됐다."
        #expect(!only(.ban, text).flatMap { $0.names(.target) }.contains("메타"), "\(only(.ban, text).map(\.participants))")
    }
}

/// One ban with targets, by `imposer` on `targets`, dated by the sentence that told the measure
/// (the 2nd): the list is the occasion of the measure.
private func expectOneListedBan(_ text: String, imposer: String, targets: [String]) {
    let b = only(.ban, text).filter { !$0.names(.target).isEmpty }
    #expect(b.count == 1)
    #expect(b.first?.names(.imposer) == [imposer])
    #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    #expect(b.first?.occurredAt == day("2025-03-02"))
}

/// Exactly one ban in `text`, by `imposer` on `target` alone.
private func expectOneBan(_ text: String, imposer: String, target: String) {
    let b = only(.ban, text)
    #expect(b.count == 1)
    #expect(b.first?.names(.imposer) == [imposer])
    #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
}
