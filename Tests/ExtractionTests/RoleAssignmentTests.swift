import Events
import Testing
@testable import Extraction

@Suite struct RoleAssignmentTests {
    @Test func partnershipFromSubjectAndComitative() {
        let e = events("가온전자는 한빛연구원과 차세대 센서 공동 개발을 위한 업무협약을 체결했다고 10일 밝혔다.")
        let p = e.first { $0.kind == .partnership }
        #expect(p?.names(.party) == ["가온전자", "한빛연구원"])
        #expect(p?.occurredAt == day("2025-03-10"))
        // The announcement of the partnership stands back (GUIDELINES, "Hard cases").
        #expect(!e.contains { $0.kind == .announcement })
    }

    @Test func coordinatedSubjectsArePartiesTogether() {
        let e = events("네이버와 KT는 지난 3일 인공지능 반도체 분야에서 손잡았다.", published: "2025-03-14")
        let p = e.first { $0.kind == .partnership }
        #expect(p?.names(.party) == ["네이버", "KT"])
        #expect(p?.occurredAt == day("2025-03-03"))
    }

    @Test func consortiumListIsOnePartnershipLeadFirst() {
        let e = events("누리정보 컨소시엄에는 가온바이오, 한빛대학교 산학협력단, 새솔테크(SST), 카이스트가 참여했다.")
        let p = e.filter { $0.kind == .partnership }
        #expect(p.count == 1)
        #expect(p.first?.names(.party) == ["누리정보", "가온바이오", "한빛대학교", "새솔테크", "한국과학기술원"])
        #expect(p.first?.participants[2].surface == "한빛대학교 산학협력단")
    }

    @Test func consortiumNamedByItsLead() {
        let e = events("이번 사업은 가온전자를 주관사로 누리소프트, 새솔테크가 참여하는 컨소시엄이 맡는다.").filter { $0.kind == .partnership }
        #expect(e.first?.names(.party) == ["가온전자", "누리소프트", "새솔테크"])
    }

    @Test func joiningSomeonesProjectPartnersWithTheOwner() {
        let e = events("가온전자와 누리소프트가 한빛연구원의 AI 반도체 프로젝트에 참여한다.").first { $0.kind == .partnership }
        #expect(e?.names(.party) == ["가온전자", "누리소프트", "한빛연구원"])
        // Attending an event is not joining a project.
        #expect(events("가온전자는 한빛연구원의 기술 세미나에 참여했다.").isEmpty)
    }

    @Test func bothPartiesRefersToTheLastPartnership() {
        let text = "가온전자는 누리소프트와 업무협약을 체결했다. 양사는 새솔테크에 500억원을 공동으로 투자한다."
        let e = events(text).first { $0.kind == .investment }
        #expect(e?.names(.investor) == ["가온전자", "누리소프트"])
        #expect(e?.names(.target) == ["새솔테크"])
    }

    @Test func moneyPutIntoAFacility() {
        let e = events("누리소프트는 광주 AI 데이터센터에 GPU 2000장을 추가로 투입한다.").first { $0.kind == .investment }
        #expect(e?.names(.investor) == ["누리소프트"])
        #expect(e?.names(.target) == ["광주 AI 데이터센터"])
    }

    @Test func anAnnouncementStillToComeIsNoEvent() {
        #expect(events("과학기술정보통신부는 제도 개선 방안을 다음 달 발표할 예정이다.").isEmpty)
    }

    @Test func aDecisionThatIsAStepOfAPlanIsNoAnnouncement() {
        #expect(events("정부는 심사를 거쳐 지원 범위를 확정해 다음 달 협약을 맺을 예정이다.").isEmpty)
        #expect(events("행정안전부는 지난 5일 클라우드 전환 계획을 확정했다.").first?.names(.actor) == ["행정안전부"])
    }

    @Test func investmentAndReceivedInvestment() {
        let direct = events("가온전자는 새솔테크에 500억원을 투자했다.").first { $0.kind == .investment }
        #expect(direct?.names(.investor) == ["가온전자"])
        #expect(direct?.names(.target) == ["새솔테크"])
        #expect(direct?.amount?.value == 5e10)

        // 투자 유치: the subject receives, the investor is marked by 로부터.
        let received = events("새솔테크는 소프트뱅크로부터 300억원 규모의 투자를 유치했다.").first { $0.kind == .investment }
        #expect(received?.names(.investor) == ["소프트뱅크"])
        #expect(received?.names(.target) == ["새솔테크"])
    }

    @Test func roundParticipantsInvestInTheCompanyThatRaisedIt() {
        let text = "새솔테크는 300억원 규모의 시리즈B 투자를 유치했다고 5일 밝혔다. 이번 투자에는 한결자산운용, 가온벤처스가 참여했다."
        let e = events(text).filter { $0.kind == .investment }
        #expect(e.count == 1)
        #expect(e.first?.names(.investor) == ["한결자산운용", "가온벤처스"])
        #expect(e.first?.names(.target) == ["새솔테크"])
    }

    @Test func joiningARoundInvestsInItsCompany() {
        let e = events("한결자산운용은 새솔테크의 시리즈B 투자에 참여했다.").first { $0.kind == .investment }
        #expect(e?.names(.investor) == ["한결자산운용"])
        #expect(e?.names(.target) == ["새솔테크"])
    }

    @Test func acquisitionTargetsTheObject() {
        let e = events("가온전자가 한빛로보틱스를 4억5000만 달러에 인수했다.").first { $0.kind == .investment }
        #expect(e?.names(.investor) == ["가온전자"])
        #expect(e?.names(.target) == ["한빛로보틱스"])
        #expect(e?.amount?.currency == "USD")
    }

    @Test func banOnAProductByAListOfMinistries() {
        let e = events("행정안전부, 국방부 등 주요 부처는 틱톡의 업무용 사용을 금지했다.").first { $0.kind == .ban }
        #expect(e?.names(.imposer) == ["행정안전부", "국방부"])
        #expect(e?.names(.target) == ["틱톡"])
    }

    @Test func aSubsidiaryAndABureauStandForTheirOrganizations() {
        let e = events("미국 상무부 산업안보국(BIS)은 가온그룹 자회사 등 20여 곳을 수출 통제 명단에 올렸다.").first { $0.kind == .ban }
        #expect(e?.names(.imposer) == ["미국 상무부"])
        #expect(e?.names(.target) == ["가온그룹"])
    }

    @Test func banWithAPolicyInstrument() {
        let e = events("미국 상무부는 가온반도체를 거래제한 기업 목록에 올렸다.").first { $0.kind == .ban }
        #expect(e?.names(.imposer) == ["미국 상무부"])
        #expect(e?.names(.target) == ["가온반도체"])
    }

    @Test func spokespersonMakesTheOrganizationTheActor() {
        let e = events("박하늘 누리소프트 대표는 \"올해 해외 매출을 두 배로 늘리겠다\"고 말했다.")
        #expect(e.first { $0.kind == .announcement }?.names(.actor) == ["누리소프트"])
        let anonymous = events("누리소프트 관계자는 \"검토한 바 없다\"고 말했다.")
        #expect(anonymous.isEmpty)
    }

    @Test func jointAnnouncementIsAlsoAPartnership() {
        let e = events("가온전자는 한빛연구원과 함께 새 반도체 설계 도구를 공개했다.")
        #expect(e.first { $0.kind == .announcement }?.names(.actor) == ["가온전자", "한빛연구원"])
        #expect(e.first { $0.kind == .partnership }?.names(.party) == ["가온전자", "한빛연구원"])
    }

    @Test func togetherInAQuotedClauseDoesNotMakeACoSpeaker() {
        let e = events("가온전자는 한빛연구원과 함께 배터리 공동 연구에 나선다고 밝혔다.")
        // The saying stands back: what was said is the partnership (GUIDELINES, "Hard cases").
        #expect(!e.contains { $0.kind == .announcement })
        #expect(e.first { $0.kind == .partnership }?.names(.party) == ["가온전자", "한빛연구원"])
        // A denial is no event.
        #expect(events("가온전자 측은 \"사실이 아니다\"라고 밝혔다.").isEmpty)
    }

    @Test func negatedSpeculativeAndHypotheticalStatementsAreNotEvents() {
        #expect(events("가온전자는 새솔테크와 협력하지 않기로 했다.").filter { $0.kind == .partnership }.isEmpty)
        #expect(events("위원회는 두 직책의 겸직을 제한하는 것은 고려하고 있지 않다고 덧붙였다.").isEmpty)
        #expect(events("가온전자가 새솔테크와 손잡을 수도 있다는 전망이 나온다.").isEmpty)
        #expect(events("가온전자가 새솔테크와 손잡고 시장에 진출할 수 있다면, 판도가 바뀐다.").isEmpty)
        #expect(events("가온전자는 새솔테크와의 협력 관계를 종료했다.").isEmpty)
    }

    @Test func plannedVersusDone() {
        let planned = events("가온전자는 새솔테크와 협력하기로 했다.").first { $0.kind == .partnership }
        #expect(planned?.modality == .planned)
        let done = events("가온전자는 새솔테크와 업무협약을 체결했다.").first { $0.kind == .partnership }
        #expect(done?.modality == .done)
    }

    @Test func backgroundModifiersAndPassivesAreNotAnnouncements() {
        // 출시한 modifies a noun; 선정됐다 says who was chosen, not who chose.
        #expect(events("애플이 지난해 출시한 인공지능 기능은 호평을 받았다.").isEmpty)
        #expect(events("가온전자와 새솔테크가 국가 과제 수행 기업으로 선정됐다.").isEmpty)
    }

    @Test func quotedClauseSubjectIsNotTheSpeaker() {
        #expect(events("당국자들은 영국 내무부가 물러서야 할 것 같다고 밝혔다고 전했다.").isEmpty)
        // A plain subject of its own report is the speaker.
        #expect(events("새솔테크가 올해 해외 매출을 두 배로 늘리겠다고 6일 밝혔다.").first { $0.kind == .announcement }?.names(.actor) == ["새솔테크"])
        // A round whose investors go unnamed is no event, and its report stands back.
        #expect(events("새솔테크가 300억원 규모의 투자를 유치했다고 6일 밝혔다.").isEmpty)
    }

    @Test func aListEndingInANounPhraseTakesItsParticle() {
        let e = events("행정안전부는 틱톡 등 중국산 SNS 서비스의 업무용 사용을 제한하는 지침을 내렸다.").first { $0.kind == .ban }
        #expect(e?.names(.imposer) == ["행정안전부"])
        #expect(e?.names(.target) == ["틱톡"])
    }

    @Test func sameEventToldTwiceInOneArticleIsOneEvent() {
        let text = "가온전자는 한빛연구원과 손잡았다. 가온전자는 한빛연구원과 손잡았다고 거듭 밝혔다."
        #expect(events(text).filter { $0.kind == .partnership }.count == 1)
    }

    @Test func deadlinesAndAsidesAreNotEventDates() {
        let e = events("가온전자는 2030년까지 새솔테크에 1조원을 투자한다고 밝혔다.", published: "2025-03-14")
        #expect(e.first { $0.kind == .investment }?.occurredAt == day("2025-03-14"))
        let aside = events("가온전자는 제2차 기본계획(2026년)을 발표했다.", published: "2025-03-14")
        #expect(aside.first?.occurredAt == day("2025-03-14"))
        let background = events("지난해 출시한 제품이 팔리자 가온전자는 새 버전을 공개했다.", published: "2025-03-14")
        #expect(background.first?.occurredAt == day("2025-03-14"))
        let dateline = events("10일 가온전자는 새 버전을 공개했다.", published: "2025-03-14")
        #expect(dateline.first?.occurredAt == day("2025-03-10"))
    }

    @Test func eventsCarryProvenance() throws {
        let e = try #require(events("잡담 한 줄.\n가온전자는 새 센서를 공개했다.").first)
        #expect(e.source.document == "test.txt")
        #expect(e.source.article == 0)
        #expect(e.source.sentence == 1)
        #expect(e.source.evidence == "가온전자는 새 센서를 공개했다.")
        #expect(e.source.span == Span(start: 8, end: 25))
        #expect(e.producer == Extractor.producer)
        #expect(e.confidence > 0 && e.confidence <= 1)
    }

    @Test func undatedArticleIsFlaggedNotDatedToday() {
        let articles = extractor.extract(document: "d.txt", text: "가온전자는 새 센서를 공개했다. 반응이 좋다는 평가가 많다는 것이 업계의 설명이다.")
        #expect(articles.first?.published == .unknown)
        #expect(articles.first?.warnings.count == 1)
        #expect(articles.first?.events.first?.event.occurredAt == .unknown)
    }

    @Test func sameInputSameIDs() {
        let text = "가온전자는 한빛연구원과 업무협약을 체결했다."
        #expect(events(text).map(\.id) == events(text).map(\.id))
    }

    @Test func quotedTitleAndParenthesisInsideATrigger() {
        let quoted = events("가온전자는 한빛연구원과 ‘센서 공동 개발을 위한 업무협약’을 체결했다.").first { $0.kind == .partnership }
        #expect(quoted?.names(.party) == ["가온전자", "한빛연구원"])
        let glossed = events("누리소프트는 새솔테크와 업무협약(MOU)을 맺었다.").first { $0.kind == .partnership }
        #expect(glossed?.names(.party) == ["누리소프트", "새솔테크"])
    }

    @Test func passiveAcquisitionSwapsTheRoles() {
        let e = events("새솔테크가 가온전자에 인수됐다.").first { $0.kind == .investment }
        #expect(e?.names(.investor) == ["가온전자"])
        #expect(e?.names(.target) == ["새솔테크"])
        // A passive ban without a named doer has no imposer: no event.
        #expect(events("새솔테크의 앱 사용이 금지됐다.").isEmpty)
    }

    @Test func aCountryAfterTheDativeIsWhereNotWhat() {
        // The plant is not named, so there is no target either (GUIDELINES: named participants only).
        let all = events("가온전자는 미국에 공장을 짓는 데 3000억원을 투입한다.")
        #expect(!all.contains { $0.names(.target).contains { $0.contains("미국") } })
        let named = events("가온전자는 미국에 텍사스 공장을 짓는 데 3000억원을 투입한다.").first { $0.kind == .investment }
        #expect(named?.names(.investor) == ["가온전자"])
        #expect(named?.names(.target) == ["텍사스 공장"])
    }

    @Test func sharesAndServiceUseNameTheTarget() {
        let shares = events("가온전자는 새솔테크 지분 30%를 1200억원에 사들였다.").first { $0.kind == .investment }
        #expect(shares?.names(.target) == ["새솔테크"])
        let use = events("인도 정부는 자국 내 틱톡 앱 사용을 금지했다.").first { $0.kind == .ban }
        #expect(use?.names(.imposer) == ["인도 정부"])
        #expect(use?.names(.target) == ["틱톡"])
    }

    @Test func emphasisCountsOnlyFromAnOfficer() {
        #expect(events("박하늘 누리소프트 대표는 \"해외 매출을 늘리겠다\"고 강조했다.").first?.names(.actor) == ["누리소프트"])
        #expect(events("한빛증권은 이번 실적이 \"놀라운 수준\"이라고 강조했다.").isEmpty)
    }

    @Test func analystsAreCommentatorsNotActors() {
        #expect(events("한빛증권 연구원은 \"반도체 업황이 좋아질 것\"이라고 말했다.").isEmpty)
    }
}
