import Events
import Testing
@testable import Extraction

/// The targets of a measure listed with 비롯해 and 등, each read from after its classifier noun.
@Suite struct MeasureListTests {
    @Test(arguments: [
        ("일본 경제산업성은 10일 중국의 광학 부품 제조업체 화성광학을 비롯해 센서 개발업체인 동방센서 등 9개 업체를 수출 통제 리스트에 넣었다고 밝혔다.",
         "일본 경제산업성", ["화성광학", "동방센서"]),
        ("중국 상무부는 미국의 위성 장비 제조업체 스카이웍스랩을 비롯해 레이더 개발업체인 노스포인트 등 6개 업체를 신뢰할 수 없는 기업 리스트에 넣는다고 발표했다.",
         "중국 상무부", ["스카이웍스랩", "노스포인트"]),
        ("캐나다 정부는 드론 업체 볼가텍을 비롯해 부품 공급업체인 우랄테크 등 5개 업체를 제재 대상에 넣었다.",
         "캐나다 정부", ["볼가텍", "우랄테크"]),
    ])
    func aListHeadedBy비롯해AndClosedBy등(text: String, imposer: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("미국 상무부는 오로라실리콘 등 중국 기업 7곳을 수출통제 명단에 추가했다.", "오로라실리콘"),
        ("영국 정부는 노바칩스 등 11개 업체를 제재 명단에 올렸다.", "노바칩스"),
        ("중국 상무부는 디드론바이엑스 등 14개 업체를 리스트에 넣었다.", "디드론바이엑스"),
    ])
    func oneNameCountedAsFirmsIsTheTarget(text: String, target: String) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("호주 정부는 틱톡, 위챗, MS 코파일럿에 대해 공무용 기기 사용 금지를 결정했다.", ["틱톡", "위챗", "코파일럿"]),
        ("대만 디지털부는 위챗, 딥시크, 바이두 어니봇에 대해 접속을 차단했다.", ["위챗", "딥시크", "어니봇"]),
        ("미 하원은 틱톡, MS 코파일럿에 대해 직원 기기 사용을 금지했다.", ["틱톡", "코파일럿"]),
    ])
    func aListItemWrittenWithItsOwnerIsTheProduct(text: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }
}

/// A membership list ends at 등 (what follows describes it) and leaves out what 외에 sets apart.
@Suite struct MembershipListTests {
    @Test(arguments: [
        ("AI 연합에는 3사 외에 한빛전자, 누리소프트, 세림대학교 등이 참여한다.", ["한빛전자", "누리소프트", "세림대학교"]),
        ("이번 협약에는 한빛전자와 누리소프트 외에 세림반도체, 오로라랩스 등 기업 10여 곳이 참여했다.", ["한빛전자", "누리소프트", "세림반도체", "오로라랩스"]),
        ("이번 협의체에는 한빛전자, 누리소프트, 세림반도체 등 기관·기업 8곳이 참여했다.", ["한빛전자", "누리소프트", "세림반도체"]),
    ])
    func countsAndDescriptionsAreNoMembers(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(p.map(\.participants))")
    }
}

/// A round told by the money raised, then its participants, in sentences of their own.
@Suite struct RoundParticipantTests {
    @Test(arguments: [
        ("누리AI는 5일 시리즈B 라운드에서 300억원 규모의 자금을 조달했다고 밝혔다. 이번 투자에는 한빛인베스트먼트와 세림파트너스가 참여했다.",
         "누리AI", ["한빛인베스트먼트", "세림파트너스"]),
        ("중국 AI 기업 오로라AI가 10억위안의 자금을 조달했다. 기존 투자자인 알리바바와 텐센트도 참여했다.",
         "오로라AI", ["알리바바", "텐센트"]),
        ("한빛로보틱스는 500억원 규모의 투자금을 조달했다. 이번 투자에는 세림벤처스가 참여했다.",
         "한빛로보틱스", ["세림벤처스"]),
    ])
    func participantsOfTheRoundJustTold(text: String, target: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(i.map(\.participants))")
        #expect(i.allSatisfy { $0.names(.target) == [target] }, "\(i.map(\.participants))")
    }
}

/// An acquisition whose buyer is left out is the article's organization's.
@Suite struct LeftOutBuyerTests {
    @Test(arguments: [
        ("엔비디아는 이스라엘에 새 연구센터를 짓는다고 밝혔다. 2020년에는 네트워크 기업 멜라노테크를 70억달러에 인수한 바 있다.", "엔비디아", "멜라노테크", "2020"),
        ("한빛전자는 올해 반도체 공장 두 곳을 새로 짓는다. 앞서 2021년 설계업체 누리칩스를 인수했다.", "한빛전자", "누리칩스", "2021"),
        ("세림소프트는 클라우드 사업을 키운다. 지난해 12월에는 보안 스타트업 오로라시큐를 500억원에 인수한 데 이어 올해 데이터센터도 지었다.", "세림소프트", "오로라시큐", "2024-12"),
    ])
    func theArticlesOrganizationBuys(text: String, buyer: String, bought: String, date: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [buyer], "\(i.map(\.participants))")
        #expect(i.first?.names(.target) == [bought])
        #expect(i.first?.occurredAt == day(date))
    }

    @Test func aGovernmentNamedAsTheObjectIsNoPurchase() {
        #expect(only(.investment, "한빛전자는 새 공장을 짓는다. 앞서 산업통상자원부를 상대로 인수를 설명했다.").isEmpty)
    }
}

/// A plan told in the article's own voice by the parties of its deal tells how the deal goes on.
@Suite struct PlanStandBackTests {
    @Test(arguments: [
        "한빛클라우드는 누리소프트를 1조원에 인수한다고 밝혔다. 한빛클라우드는 누리소프트를 데이터 사업부에 통합할 예정이다.",
        "한빛전자와 세림반도체는 AI 칩 공동 개발을 위한 업무협약을 체결했다. 한빛전자와 세림반도체는 내년까지 시제품을 내놓을 계획이다.",
        "오로라랩스는 누리AI에 200억원을 투자했다. 오로라랩스는 누리AI의 모델을 자사 서비스에 적용할 방침이다.",
    ])
    func aPartysPlanStandsBack(text: String) {
        #expect(only(.announcement, text).isEmpty, "\(only(.announcement, text).map(\.participants))")
    }

    @Test func aPlanOfAnotherOrganizationIsStillAnnounced() {
        let text = "한빛클라우드는 누리소프트를 1조원에 인수한다고 밝혔다. 세림전자는 내년에 데이터센터를 확장할 계획이다."
        #expect(only(.announcement, text).flatMap { $0.names(.actor) } == ["세림전자"])
    }
}

/// Licences revoked; an adverb inside a phrase; a long aside between a noun and its particle.
@Suite struct RevocationAndAsideTests {
    @Test(arguments: [
        ("미국 연방통신위원회(FCC)는 중국 통신사 화남텔레콤의 미국 사업 면허를 취소했다.", "화남텔레콤"),
        ("미국 연방통신위원회는 누리텔레콤의 방송 면허를 박탈했다.", "누리텔레콤"),
        ("미국 상무부는 동방칩스를 수출통제 명단에 새로 등재했다.", "동방칩스"),
    ])
    func revokedLicencesAndListingsWithAnAdverb(text: String, target: String) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
    }

    @Test(arguments: [
        "강원도, 원주시, 세림대학교, 한빛전자는 19일 세림대학교에서 반도체 인재 양성을 위한 협약(본보 지난 13일자 1면 보도)을 체결했다.",
        "한빛전자와 누리소프트는 AI 반도체 협약(지난달 양사 대표 회동에서 합의)을 맺었다.",
        "세림반도체는 오로라랩스와 양해각서(법적 구속력은 없는 문서)를 체결했다.",
    ])
    func aLongAsideBeforeTheParticle(text: String) {
        #expect(only(.partnership, text).count == 1, "\(events(text).map(\.participants))")
    }
}

/// Transliterated names the analyzer reads as two loanword nouns, where a deal's other side stands.
@Suite struct LoanwordNameTests {
    @Test(arguments: [
        ("미국 상무부는 센스타임을 수출통제 명단에 추가했다.", EventKind.ban, "센스타임"),
        ("한빛전자는 아크모션에 200억원을 투자했다.", EventKind.investment, "아크모션"),
        ("네이버는 포시마크를 인수했다.", EventKind.investment, "포시마크"),
    ])
    func twoLoanwordNounsAreAName(text: String, kind: EventKind, target: String) {
        #expect(only(kind, text).first?.names(.target) == [target], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "세림그룹은 주민투표를 금지했다.",
        "한빛전자는 데이터센터에 200억원을 투자했다.",
        "누리소프트는 클라우드서비스를 인수했다.",
    ])
    func sinoKoreanOrBusinessWordsAreNoName(text: String) {
        #expect(events(text).filter { $0.kind != .announcement }.isEmpty, "\(events(text).map(\.participants))")
    }
}

/// A round or capital increase named with its company's 의, and names quoted after a clause.
@Suite struct RoundOwnerTests {
    @Test(arguments: [
        ("한빛전자는 13일 세림브레인의 700억원 규모 유상증자에 참여한다고 공시했다.", "세림브레인"),
        ("한빛전자는 세림랩스의 300억원 규모 시리즈B 투자에 참여했다.", "세림랩스"),
        ("LG전자는 오로라로보의 신규 유상증자에 참여한다.", "오로라로보"),
    ])
    func whoseRoundItIs(text: String, target: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
    }

    @Test(arguments: [
        ("알리바바와 텐센트가 투자자로 참여한 '누리AI'는 새 모델을 냈다.", ["알리바바", "텐센트"], "누리AI"),
        ("한빛벤처스가 투자한 ‘세림랩스’는 상장을 준비한다.", ["한빛벤처스"], "세림랩스"),
        ("카카오벤처스가 인수한 '오로라게임즈'는 신작을 낸다.", ["카카오벤처스"], "오로라게임즈"),
    ])
    func aQuotedNameAfterTheClause(text: String, investors: [String], target: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(Set(i.first?.names(.investor) ?? []) == Set(investors), "\(i.map(\.participants))")
        #expect(i.first?.names(.target) == [target])
    }
}

/// A measure told in a relative clause on what it hit is background that happened.
@Suite struct MeasureInARelativeClauseTests {
    @Test(arguments: [
        ("미국이 제재 대상으로 분류한 화웨이는 자체 칩을 만든다.", "미국 정부", "화웨이"),
        ("미국 정부가 금지한 틱톡은 여전히 인기다.", "미국 정부", "틱톡"),
        ("미국 상무부가 수출통제 명단에 추가한 누리칩스는 반발했다.", "미국 상무부", "누리칩스"),
    ])
    func theClauseSubjectImposedOnTheHead(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer], "\(b.map(\.participants))")
        #expect(b.first?.names(.target) == [target])
    }

    @Test func aMeasureOnAnActIsNoEvent() {
        #expect(only(.ban, "정부가 금지한 행위를 한 기업은 처벌된다.").isEmpty)
    }
}

/// A partnership whose parties are left out: those the sentence before named together as its subject.
@Suite struct LeftOutPartiesTests {
    @Test(arguments: [
        ("한빛전자와 누리소프트가 18일 특허 소송을 끝냈다. 또 AI 반도체 분야에서 전략적 파트너십을 체결했다.", ["한빛전자", "누리소프트"]),
        ("세림반도체, 오로라랩스, 한솔데이터는 지난달 공동 연구소를 열었다. 아울러 데이터센터 사업에서도 업무협약을 맺었다.", ["세림반도체", "오로라랩스", "한솔데이터"]),
        ("한빛텔레콤과 누리클라우드는 요금 분쟁을 마무리했다. 이와 함께 클라우드 협력을 위한 양해각서를 체결했다.", ["한빛텔레콤", "누리클라우드"]),
    ])
    func theSubjectOfTheSentenceBefore(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(p.map(\.participants))")
    }

    @Test func oneOrganizationBeforeMakesNoPartnership() {
        #expect(only(.partnership, "한빛전자가 특허 소송을 끝냈다. 또 전략적 파트너십을 체결했다.").isEmpty)
    }
}

/// A unit written after its organization as a list item stands for the organization.
@Suite struct ListedUnitTests {
    @Test(arguments: [
        ("강원자치도, 원주시, 연세대 미래캠퍼스, 인텔코리아는 19일 협약을 체결했다.", ["강원특별자치도", "원주시", "연세대학교", "인텔코리아"]),
        ("한빛대학교 공과대학, 누리전자, 세림반도체는 19일 협약을 체결했다.", ["한빛대학교", "누리전자", "세림반도체"]),
        ("누리전자, 서울대학교 반도체연구소, 세림반도체는 공동 연구 협약을 맺었다.", ["누리전자", "서울대학교", "세림반도체"]),
    ])
    func theOrganizationOfTheUnit(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(p.map(\.participants))")
    }
}

/// An agreement held as a ceremony (`협약을 열었다`), a product's owner, a deal announced in the passive.
@Suite struct OwnerAndCeremonyTests {
    @Test(arguments: [
        ("한빛전자와 누리소프트는 27일 본사에서 'AI 반도체 공동개발 업무협약'을 열었다.", ["한빛전자", "누리소프트"]),
        ("세림반도체와 오로라랩스는 지난 3일 업무협약식을 열었다.", ["세림반도체", "오로라랩스"]),
        ("누리클라우드, 한솔데이터, 세림전자는 서울에서 '데이터센터 공동추진 협약'을 열었다.", ["누리클라우드", "한솔데이터", "세림전자"]),
    ])
    func anAgreementHeld(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(p.map(\.participants))")
    }

    @Test(arguments: [
        ("호주 정부는 바이트댄스의 동영상 앱 틱톡 사용을 금지했다.", "틱톡"),
        ("미국 하원은 메타의 채팅 앱 왓츠앱 사용을 금지했다.", "왓츠앱"),
        ("대만 디지털부는 텐센트의 메신저 위챗 접속을 차단했다.", "위챗"),
    ])
    func theOwnerOfTheProductIsNoTarget(text: String, target: String) {
        #expect(only(.ban, text).first?.names(.target) == [target], "\(only(.ban, text).map(\.participants))")
    }

    @Test(arguments: [
        "이번 협약은 엔비디아의 행사에서 발표됐다.",
        "이번 계약은 삼성전자의 신제품 설명회에서 공개됐다.",
        "이번 투자는 한빛전자의 주주총회에서 발표됐다.",
    ])
    func aDealAnnouncedInThePassiveIsNoLaunch(text: String) {
        #expect(only(.announcement, text).isEmpty, "\(events(text).map(\.participants))")
    }
}

/// Measures told as advice to refrain, removals of equipment, purchases made a noun by 것, plants'
/// owners and reasons given as a clause.
@Suite struct MeasureWordingTests {
    @Test(arguments: [
        ("행정안전부는 6일 각 부처에 누리챗 사용을 자제해 달라는 공문을 보냈다.", ["행정안전부"], ["누리챗"]),
        ("한빛텔레콤과 세림모바일도 임직원에게 누리챗 사용 자제를 권고했다.", ["한빛텔레콤", "세림모바일"], ["누리챗"]),
        ("교육부는 시도교육청에 누리챗 사용 자제를 요청했다.", ["교육부"], ["누리챗"]),
        ("영국 정부는 2027년까지 5G 통신망에서 화웨이 장비를 모두 걷어내기로 했다.", ["영국 정부"], ["화웨이"]),
        ("스웨덴 당국은 5G 망에서 화웨이와 ZTE 장비를 배제하기로 결정했다.", ["스웨덴 정부"], ["화웨이", "ZTE"]),
        ("벨기에 통신사 프록시무스는 화웨이 장비를 점진적으로 교체하기로 했다.", ["프록시무스"], ["화웨이"]),
        ("영국은 자국 이동통신사들이 화웨이 5G 장비를 새로 구매하는 것을 금지했다.", ["영국 정부"], ["화웨이"]),
        ("미국 상무부는 오로라테크와 동방반도체 등 중국 기업 36곳을 수출 통제 대상에 추가했다.", ["미국 상무부"], ["오로라테크", "동방반도체"]),
        ("미국 상무부는 삼성전자와 SK하이닉스 중국 공장의 VEU 지위를 취소했다.", ["미국 상무부"], ["삼성전자", "SK하이닉스"]),
        ("중국 사이버공간관리국은 누리반도체 제품이 보안 심사를 통과하지 못했다며 주요 정보 인프라 운영자에게 구매 중단을 지시했다.", ["중국 사이버공간관리국"], ["누리반도체"]),
        ("미국 정부는 누리칩스가 군과 연계됐다며 거래를 금지했다.", ["미국 정부"], ["누리칩스"]),
        ("인도 정부는 틱톡이 국가 안보를 위협한다는 이유로 앱 사용을 금지했다.", ["인도 정부"], ["틱톡"]),
    ])
    func whoImposedOnWhat(text: String, imposers: [String], targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1, "\(events(text).map(\.participants))")
        #expect(Set(b.first?.names(.imposer) ?? []) == Set(imposers), "\(b.map(\.participants))")
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets))
    }

    @Test func aCautionIsNoMeasure() {
        #expect(only(.ban, "국가정보원은 전 부처에 누리챗 사용에 유의해 달라는 공문을 발송했다.").isEmpty)
    }
}

/// A round and its participants in one sentence; a purchase told as the contract or the talks.
@Suite struct SameSentenceRoundTests {
    @Test(arguments: [
        ("누리칩스는 시리즈C 라운드에서 800억원을 유치했으며 이번 투자에는 한빛인베스트먼트와 세림파트너스가 참여했다.", "누리칩스", ["한빛인베스트먼트", "세림파트너스"]),
        ("오로라AI는 시리즈D 라운드에서 7억달러를 조달했으며 삼성전자와 LG전자가 참여했다.", "오로라AI", ["삼성전자", "LG전자"]),
        ("세림로보틱스는 300억원 규모의 투자를 유치했고, 이번 라운드에는 카카오벤처스가 참여했다.", "세림로보틱스", ["카카오벤처스"]),
    ])
    func participantsOfTheRoundJustTold(text: String, target: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(i.map(\.participants))")
        #expect(i.allSatisfy { $0.names(.target) == [target] })
    }

    @Test(arguments: [
        ("한빛반도체는 누리전자의 메모리 사업부를 90억달러에 인수하는 계약을 체결했다.", "한빛반도체", "누리전자"),
        ("오로라클라우드는 세림데이터를 5000억원에 인수하는 협상을 마무리했다.", "오로라클라우드", "세림데이터"),
        ("세림텔레콤은 한빛소프트를 인수하는 거래를 마무리했다.", "세림텔레콤", "한빛소프트"),
    ])
    func aPurchaseToldAsItsContract(text: String, buyer: String, bought: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [buyer], "\(i.map(\.participants))")
        #expect(i.first?.names(.target) == [bought])
    }
}

/// A joint research centre set up by its partners is their partnership, and its opening no launch.
@Suite struct JointCentreTests {
    @Test(arguments: [
        ("카이스트와 네이버, 인텔은 AI 반도체 공동연구센터를 설립했다.", ["한국과학기술원", "네이버", "인텔"]),
        ("한빛대학교와 누리전자는 캠퍼스에 AI 공동 연구센터를 개소했다.", ["한빛대학교", "누리전자"]),
        ("세림반도체와 한빛대학교는 공동연구센터를 열었다.", ["세림반도체", "한빛대학교"]),
    ])
    func theCentresFounders(text: String, parties: [String]) {
        let e = events(text)
        #expect(e.filter { $0.kind == .partnership }.map { Set($0.names(.party)) } == [Set(parties)], "\(e.map(\.participants))")
        #expect(!e.contains { $0.kind == .announcement })
    }
}

/// A store's place before what was taken down, and one alliance read twice.
@Suite struct StoreAndAllianceTests {
    @Test(arguments: [
        ("애플은 중국 앱스토어에서 왓츠앱과 스레드를 내렸다.", "애플", ["왓츠앱", "스레드"]),
        ("구글은 플레이스토어에서 쿠코인과 멕시 앱을 삭제했다.", "구글", ["쿠코인", "멕시"]),
        ("애플은 러시아 앱스토어에서 텔레그램을 제거했다.", "애플", ["텔레그램"]),
    ])
    func takenDownFromTheStore(text: String, imposer: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == [imposer], "\(b.map(\.participants))")
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets))
    }

    @Test(arguments: [
        ("SK텔레콤은 도이치텔레콤, 이앤, 싱텔, 소프트뱅크와 함께 글로벌 통신사 AI 연합을 결성했다.", ["SK텔레콤", "도이치텔레콤", "이앤", "싱텔", "소프트뱅크"]),
        ("한빛텔레콤은 누리모바일, 세림텔레콤과 함께 AI 얼라이언스를 출범했다.", ["한빛텔레콤", "누리모바일", "세림텔레콤"]),
        ("KT는 LG전자, 현대중공업지주와 함께 AI 연합체를 결성했다.", ["KT", "LG전자", "현대중공업지주"]),
    ])
    func oneAllianceOnce(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.map { Set($0.names(.party)) } == [Set(parties)], "\(p.map(\.participants))")
    }
}

/// A headline's clause ends at an ellipsis (`…협력 강화…AI 원팀 참여`).
@Suite struct EllipsisHeadlineTests {
    @Test(arguments: [
        ("KT-현대중공업, 로봇 사업 협력 강화…AI 원팀 참여", EventKind.partnership, ["KT", "현대중공업"]),
        ("한빛전자·누리소프트, AI 반도체 공동 개발…내년 양산", EventKind.partnership, ["한빛전자", "누리소프트"]),
        ("LG유플러스, 포티투마루에 100억 투자…AI 협력", EventKind.investment, ["LG유플러스", "포티투마루"]),
    ])
    func theClauseBeforeTheEllipsis(text: String, kind: EventKind, names: [String]) {
        let e = only(kind, text)
        #expect(e.count == 1)
        #expect(Set(e.first?.participants.map(\.name) ?? []) == Set(names), "\(e.map(\.participants))")
    }
}

/// A service's activity as what a measure is on (`인스타그램 활동을`).
@Suite struct ActivityObjectTests {
    @Test(arguments: [
        ("러시아 법원은 페이스북과 인스타그램 활동을 극단주의로 보고 활동 중지를 명령했다.", ["메타", "인스타그램"]),
        ("베트남 정부는 텔레그램 활동을 전면 금지했다.", ["텔레그램"]),
        ("중국 정부는 위챗 활동을 금지했다.", ["위챗"]),
    ])
    func theServiceWhoseActivityIsStopped(text: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }
}

/// A list item read from after a word that ends in a classifier noun (`국유해운사 동방해운`).
@Suite struct ClassifierSuffixItemTests {
    @Test(arguments: [
        ("미 국방부는 중국군 연계 기업 명단에 일부 기업을 추가했다. 명단에는 국유해운사 동방해운, 배터리 제조사 한빛에너지 등이 추가됐다.", ["동방해운", "한빛에너지"]),
        ("미 국방부는 중국군 연계 기업 명단에 일부 기업을 추가했다. 명단에는 국영항공사 남방항공, 반도체 설계기업 화성칩스 등이 추가됐다.", ["남방항공", "화성칩스"]),
        ("미국 상무부는 중국 기업 여러 곳을 제재 대상에 올렸다. 이들 기업은 민영보험사 평안보험, 국유증권사 중신증권 등이다.", ["평안보험", "중신증권"]),
    ])
    func theNameAfterTheClassifier(text: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }
}

/// Others taking the measure just told, and a counted list that opens its sentence.
@Suite struct LikewiseAndCountedListTests {
    @Test(arguments: [
        ("캐나다 정부는 공무용 기기에서 위챗 사용을 금지했다. 호주와 뉴질랜드도 같은 조치를 취했다.", ["호주 정부", "뉴질랜드 정부"], ["위챗"]),
        ("유럽의회가 지난달 업무용 휴대전화에서 틱톡 사용을 금지했고 영국, 네덜란드, 벨기에 등도 유사한 정책을 시행했다.", ["영국 정부", "네덜란드 정부", "벨기에 정부"], ["틱톡"]),
        ("미국 국방부는 화웨이 제품 구매를 금지했다. 미국 국무부도 유사한 조치를 내렸다.", ["미국 국무부"], ["화웨이"]),
    ])
    func theSameMeasureByOthers(text: String, imposers: [String], targets: [String]) {
        let b = only(.ban, text).last
        #expect(Set(b?.names(.imposer) ?? []) == Set(imposers), "\(only(.ban, text).map(\.participants))")
        #expect(Set(b?.names(.target) ?? []) == Set(targets))
    }

    @Test(arguments: [
        ("미국 상무부는 중국 기업 4곳을 블랙리스트 명단에 추가했다. 4개 업체는 △베이징 링크테크 △시안 누리칩스 △톈진 화성 등이다.", ["베이징 링크테크", "시안 누리칩스", "톈진 화성"]),
        ("미국 상무부는 중국 기업 3곳을 수출통제 명단에 올렸다. 3곳은 화성광학, 동방칩스, 남해정밀이다.", ["화성광학", "동방칩스", "남해정밀"]),
        ("영국 정부는 러시아 기업 두 곳을 제재 대상에 올렸다. 2개 기업은 볼가뱅크, 우랄텔레콤 등이다.", ["볼가뱅크", "우랄텔레콤"]),
    ])
    func aCountThatPointsBack(text: String, targets: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(Set(b.first?.names(.target) ?? []) == Set(targets), "\(b.map(\.participants))")
    }
}

/// Investors whose verb is left out for the next one's (`A가 100억원, B가 50억원을 투자했다`).
@Suite struct GappedInvestorTests {
    @Test(arguments: [
        ("누리AI는 500억원을 유치했다. 이번 라운드에서는 한빛벤처스가 100억원, 세림파트너스가 50억원을 투자했다.", ["한빛벤처스", "세림파트너스"]),
        ("오로라칩스는 1700억원을 투자받았다. 이번 라운드에서는 KT와 한빛인베스트가 각각 300억원씩, 싱가포르 국부펀드의 자회사 파빌리온캐피탈이 200억원을 투자했다.", ["KT", "한빛인베스트", "파빌리온캐피탈"]),
        ("세림로보틱스는 300억원을 유치했다. 카카오벤처스가 약 150억원, 누리파트너스가 100억원을 투자한 것으로 전해진다.", ["카카오벤처스", "누리파트너스"]),
    ])
    func allShareTheVerb(text: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.investor) }) == Set(investors), "\(i.map(\.participants))")
    }

    @Test func aClauseOfItsOwnIsNoGap() {
        let text = "누리AI는 500억원을 유치했다. 한빛벤처스가 100억원을 냈다고 밝혔고, 세림파트너스가 50억원을 투자했다."
        #expect(!only(.investment, text).flatMap { $0.names(.investor) }.contains("한빛벤처스"))
    }
}
