import Testing
import Events
@testable import Extraction

/// Members gathered around one of them (`A를 중심으로 B, C`): that one is a member, and the list
/// proper starts after the marker.
@Suite struct CentredMemberListTests {
    @Test(arguments: [
        ("누리 컨소시엄에는 한빛전자를 중심으로 세림반도체, 누리랩스, 가온소프트 등이 참여했다.", ["한빛전자", "세림반도체", "누리랩스", "가온소프트"]),
        ("누리 컨소시엄에는 한빛전자를 주축으로 세림반도체, 누리랩스 등이 합류했다.", ["한빛전자", "세림반도체", "누리랩스"]),
        ("고려대 컨소시엄에는 고려대를 중심으로 서울대, 연세대, 한양대 등 여러 대학이 참여했다.", ["고려대학교", "서울대학교", "연세대학교", "한양대학교"]),
    ])
    func theMemberTheListGathersAroundComesFirstAndTheListAfterIt(text: String, parties: [String]) {
        expectOneAnyOrder(.partnership, text, .party, Set(parties))
    }

    @Test func aCommonNounGathersNoMembersAndStaysOutOfTheList() {
        expectOne(.partnership, "누리 컨소시엄에는 반도체를 중심으로 세림반도체, 누리랩스 등이 참여했다.", .party, ["세림반도체", "누리랩스"])
    }

    // Without a consortium named, the marker still leads the members (readWithLead).
    @Test func aListGatheredAroundOneWithNoConsortiumNamed() {
        expectOneAnyOrder(.partnership, "한빛전자를 중심으로 세림반도체, 누리랩스, 가온소프트 등이 참여했다.", .party, ["한빛전자", "세림반도체", "누리랩스", "가온소프트"])
    }
}

/// Counts of organizations: new ones of a kind, or the partners named before.
@Suite struct CountedNewThingsTests {
    // `중소기업 2곳` counts two new firms of a kind; it does not point back at the two named before.
    @Test func aCountAfterACommonNounIsNoBackReference() {
        let text = "한빛전자와 세림반도체는 2일 협약을 맺었다. 앞서 한빛전자는 지난 7월에도 중소기업 2곳에 1000억원을 투자한 바 있다."
        #expect(only(.investment, text).isEmpty, "\(only(.investment, text).map(\.participants))")
    }

    @Test(arguments: ["두 회사는", "또 두 회사는"])
    func aCountStandingAloneStillPointsBack(subject: String) {
        let text = "한빛전자와 세림반도체는 2일 협약을 맺었다. \(subject) 누리랩스에 공동으로 100억원을 투자했다."
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(Set(i.first?.names(.investor) ?? []) == ["한빛전자", "세림반도체"])
    }
}

/// A deal a third party approves: the approver is no party; the buyer is named with 의.
@Suite struct ApprovedDealTests {
    @Test(arguments: [
        "영국 경쟁시장청은 13일 한빛전자의 세림텍 인수를 승인했다.",
        "공정거래위원회는 한빛전자의 세림텍 인수를 조건부 승인했다고 밝혔다.",
    ])
    func theBuyerIsTheOneNamedWithTheGenitiveNotTheRegulator(text: String) {
        expectOne(.investment, text, .investor, ["한빛전자"])
        #expect(only(.investment, text).first?.names(.target) == ["세림텍"])
    }

    @Test func anApprovalReceivedLeavesTheSubjectTheBuyer() {
        expectOne(.investment, "한빛전자는 누리랩스 인수를 최종 승인받았다.", .investor, ["한빛전자"])
    }

    @Test func theRegulatorAnnouncesItsApproval() {
        let text = "영국 경쟁시장청은 13일 세림텍 인수를 승인한다고 발표했다."
        #expect(only(.investment, text).isEmpty)
        expectOne(.announcement, text, .actor, ["영국 경쟁시장청"])
    }
}

/// Sales, supplies or exports stopped to a country: a measure on that country.
@Suite struct TradeStoppedToACountryTests {
    @Test(arguments: [
        ("세림반도체, 누리칩스는 전쟁 여파로 러시아에 칩 판매를 중단했다.", ["세림반도체", "누리칩스"]),
        ("한빛파운드리도 러시아 수출을 중단하기 시작했다.", ["한빛파운드리"]),
        ("미국은 반도체·통신 장비 등의 러시아 수출을 제한하기로 했다.", ["미국 정부"]),
        ("세림반도체는 러시아에 대한 부품 공급을 중단했다.", ["세림반도체"]),
    ])
    func theCountryIsTheTarget(text: String, imposers: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == imposers, "\(b.map(\.participants))")
        #expect(b.first?.names(.target) == ["러시아 정부"])
    }

    @Test func sellingStoppedWithNoOneItIsToIsNoBan() {
        #expect(only(.ban, "세림텍은 재고 부족으로 신제품 판매를 중단했다.").isEmpty)
    }
}

/// Targets of an investment set apart from the verb: items closed by a figure and a comma, a firm
/// named with 의 before its technology, a topic with 에는; and compound nouns of investing.
@Suite struct InvestmentTargetApartTests {
    @Test(arguments: [
        ("한빛전자는 2일 세림텍에 200억원을 투자했다. 또한 부품 제조사인 가온전자에 189억원, 장비 제조사인 누리프라즈마에 127억원을 투자했다.", ["가온전자", "누리프라즈마"]),
        ("한빛전자는 부품 제조사인 가온전자에 189억원, 장비 제조사인 누리프라즈마에 127억원을 투자했다.", ["가온전자", "누리프라즈마"]),
    ])
    func aFigureClosedByACommaEndsItsItem(text: String, targets: [String]) {
        let i = only(.investment, text).filter { $0.names(.target).count == targets.count }
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == ["한빛전자"])
        #expect(i.first?.names(.target) == targets, "\(only(.investment, text).map(\.participants))")
    }

    @Test func theFirmWhoseTechnologyTheMoneyGoesInto() {
        expectOne(.investment, "한빛텔레콤은 통신망 보안을 위해 세림전자의 양자기술에 20만달러를 투자했다.", .target, ["세림전자"])
    }

    @Test func aTargetSetBeforeTheSubjectWithEneun() {
        let text = "세림오토에는 한빛자동차도 상반기에 59억원을 출자해 힘을 보탰다."
        expectOne(.investment, text, .investor, ["한빛자동차"])
        #expect(only(.investment, text).first?.names(.target) == ["세림오토"])
    }

    @Test(arguments: ["전략투자했다", "지분투자했다", "추가투자했다"])
    func compoundNounsOfInvesting(verb: String) {
        expectOne(.investment, "누리모비스도 올해 5월 세림오토에 59억원을 \(verb).", .target, ["세림오토"])
    }
}

/// Destination words (`대러시아`) and dates between a measure and its verb.
@Suite struct DestinationCountryTests {
    // A list item that is only a destination word is that country, not a name of its own.
    @Test func aDestinationWordAsAListItemIsItsCountry() {
        let b = only(.ban, "산업통상자원부는 대러시아·벨라루스 수출 통제를 26일부터 시행한다고 밝혔다.")
        #expect(b.count == 1)
        #expect(b.first?.names(.imposer) == ["산업통상자원부"])
        #expect(Set(b.first?.names(.target) ?? []) == ["벨라루스 정부", "러시아 정부"], "\(b.map(\.participants))")
    }

    @Test func aMeasureBeginsOnTheDateBetween() {
        let b = only(.ban, "한빛국 상무부는 리튬 정제 기술에 대한 수출 통제를 26일부터 시행한다.")
        #expect(b.count == 1)
        #expect(b.first?.names(.target) == ["리튬 정제 기술"], "\(b.map(\.participants))")
    }
}

/// Those who join a joint funding are partners (GUIDELINES: 공동 투자).
@Suite struct JointFundingTests {
    @Test func thoseWhoJoinAJointFundingArePartners() {
        let text = "한빛하이닉스, 누리금융그룹, 가온넥스원 등이 1천억 원 공동 출자에 참여했다."
        expectOneAnyOrder(.partnership, text, .party, ["한빛하이닉스", "누리금융그룹", "가온넥스원"])
    }
}

/// Sentences that leave the buyer out: the organization the article is about bought.
@Suite struct BuyerLeftOutTests {
    @Test func 도MarksWhatWasBoughtTooNotABuyer() {
        let text = "한빛전자는 2일 세림텍에 투자했다. 또 누리랩스도 인수했다."
        let bought = only(.investment, text).filter { $0.names(.target) == ["누리랩스"] }
        #expect(bought.count == 1)
        #expect(bought.first?.names(.investor) == ["한빛전자"], "\(only(.investment, text).map(\.participants))")
    }

    @Test func aListHeadedBy비롯해IsBoughtToo() {
        let text = "2024년 한빛전자는 누리AI, 세림랩스 등 AI 모델 기업에 투자했다. 또 이스라엘 AI 플랫폼 가온랩스를 비롯해 누리소프트, 세림테크 등 AI 소프트웨어 기업도 인수했다."
        let bought = only(.investment, text).filter { $0.names(.target).contains("가온랩스") }
        #expect(bought.count == 1)
        #expect(bought.first?.names(.investor) == ["한빛전자"])
        #expect(Set(bought.first?.names(.target) ?? []) == ["가온랩스", "누리소프트", "세림테크"])
    }

    @Test func aRelativeClauseWithItsBuyerLeftOut() {
        let text = "한빛전자는 지난해 세림텍에 투자했다. 이보다 앞서 투자한 AI 플랫폼 전문기업 누리랩스 등의 기술을 접목했다."
        let told = only(.investment, text).filter { $0.names(.target) == ["누리랩스"] }
        #expect(told.count == 1)
        #expect(told.first?.names(.investor) == ["한빛전자"])
    }

    @Test func aClauseClosedByACommaDescribesTheTopic() {
        expectOne(.investment, "누리랩은 네덜란드에 본사를 둔 반도체 공급업체 중 하나로, 2019년 중국 한빛텍이 인수했다.", .target, ["누리랩"])
    }

    @Test func aHoldingCompanyNamedInFull() {
        expectOne(.investment, "한빛텔레콤은 세림금융지주회사의 주식 1113만주를 4375억원에 취득한다고 밝혔다.", .target, ["세림금융지주회사"])
    }
}

/// Partnerships named as noun phrases owned by the parties, and cooperation told as going on.
@Suite struct PartnershipNounPhraseTests {
    @Test(arguments: [
        ("▲한빛전자와 세림반도체의 협력", ["한빛전자", "세림반도체"]),
        ("한빛전자와 세림반도체 간 협력이 본격화됐다.", ["한빛전자", "세림반도체"]),
    ])
    func thePartiesOwnThePartnership(text: String, parties: [String]) {
        expectOne(.partnership, text, .party, parties)
    }

    @Test(arguments: [
        "한빛전자와 세림반도체의 협력 가능성이 거론된다.",
        "한빛전자의 협력 업체들이 모였다.",
    ])
    func aPossibilityOrOneOwnerIsNoPartnership(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(only(.partnership, text).map(\.participants))")
    }

    @Test func cooperationGoingOnIsAPartnership() {
        expectOne(.partnership, "한빛전자는 누리랩스와 5G 상용화를 위해 협력 중이다.", .party, ["한빛전자", "누리랩스"])
    }

    @Test func seekingCooperationIsNotYetOne() {
        #expect(only(.partnership, "한편 한빛대학교는 누리랩스와 스마트캠퍼스 구축을 위해 긴밀한 협력 관계를 모색 중이다.").isEmpty)
    }

    @Test func aClauseEndingInTheCopulaIsNoListItem() {
        let text = "한빛전자는 세림소프트와 상용화를 위해 협력 중이며, 누리텔레콤과도 공동 개발에 나섰다."
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "세림소프트", "누리텔레콤"])
    }
}

/// Relations entered (`동반자 관계를 맺다`) and orders that stop downloads.
@Suite struct RelationsAndBlocksTests {
    @Test(arguments: [
        ("한빛텔레콤은 중국 세림텔레콤과 5G 신규 사업 발굴을 위한 동반자 관계를 맺고 있다.", ["한빛텔레콤", "세림텔레콤"]),
        ("2019년에는 한빛전자가 누리랩스와 플랫폼 생태계 확대를 위한 사업 협력을 맺은 바 있다.", ["한빛전자", "누리랩스"]),
    ])
    func aRelationEntered(text: String, parties: [String]) {
        expectOne(.partnership, text, .party, parties)
    }

    @Test func anOrderThatStopsDownloadsIsABan() {
        let text = "미국은 2020년 누리톡 앱을 다운받지 못하도록 하는 행정명령을 내렸다."
        expectOne(.ban, text, .imposer, ["미국 정부"])
        #expect(only(.ban, text).first?.names(.target) == ["누리톡"])
    }
}

/// A clause closed by `…하면서,` keeps its own object.
@Suite struct ClauseClosedByHamyeonseoTests {
    @Test func anObjectOfTheClauseBeforeIsNotWhatIsInvestedIn() {
        let text = "한빛협회는 ‘누리 기술 설명회 2020’을 23일 코엑스에서 개최하면서, 상생기금 1호 투자 개시도 함께 밝혔다."
        #expect(only(.investment, text).isEmpty, "\(only(.investment, text).map(\.participants))")
    }
}

/// A firm named with 통신 is a telecom company; only the news agencies listed in patterns.json
/// `mediaOutlets` (로이터통신, 타스통신) are the press.
@Suite struct TelecomNamesTests {
    @Test func aTelecomCompanyNamedWithTongsinActs() {
        expectOne(.investment, "누리통신은 세림전자에 20만달러를 투자했다.", .investor, ["누리통신"])
    }

    @Test func aNewsAgencyStillOnlyReports() {
        let text = "타스통신은 한빛전자가 세림텍을 인수했다고 보도했다."
        #expect(!events(text).flatMap { $0.participants.map(\.name) }.contains("타스통신"))
        expectOne(.investment, text, .investor, ["한빛전자"])
    }
}
