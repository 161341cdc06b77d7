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

/// Round participants the gazetteer lacks, and measures on a firm's plant.
@Suite struct PlantsAndWrittenParticipantsTests {
    @Test(arguments: [
        ("한빛AI는 시리즈B 투자를 유치했다. 이번 투자에는 세림캐피탈, 누리파트너스, 코라 매니지먼트 등이 참여했다.", ["세림캐피탈", "누리파트너스", "코라 매니지먼트"]),
        ("한빛AI는 시리즈B 투자를 유치했다. 이번 라운드에는 마이크로소프트와 코라, 알티미터 등도 참여했다.", ["마이크로소프트", "코라", "알티미터"]),
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

/// Investments told from the receiving side, taken together, or as an embrace.
@Suite struct ReceivedAndJointInvestmentTests {
    @Test(arguments: [
        ("누리소프트로부터 100억원을 투자받은 세림반도체는 공장을 증설한다.", "누리소프트", "세림반도체"),
        ("한빛벤처스로부터 투자를 유치한 오로라로보틱스는 해외에 진출한다.", "한빛벤처스", "오로라로보틱스"),
        ("세림캐피탈로부터 50억원을 투자받은 누리랩스가 신제품을 내놨다.", "세림캐피탈", "누리랩스"),
    ])
    func aRoundReceivedInARelativeClause(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [target])
    }

    @Test(arguments: [
        "한빛전자는 지난해 세림벤처스 등과 함께 누리소프트에 200억원을 투자했다.",
        "한빛전자는 세림벤처스와 함께 누리소프트에 투자했다.",
        "한빛전자가 세림벤처스와 함께 누리소프트 지분을 인수했다.",
    ])
    func investorsTogether(text: String) {
        let i = only(.investment, text)
        #expect(Set(i.first?.names(.investor) ?? []) == ["한빛전자", "세림벤처스"], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == ["누리소프트"])
    }

    @Test(arguments: [
        "누리소프트는 한빛전자, 세림캐피탈 등을 대상으로 300억원 규모의 유상증자를 실시했다.",
        "누리소프트는 한빛전자와 세림캐피탈을 대상으로 유상증자를 결정했다.",
        "누리소프트가 한빛전자, 세림캐피탈을 대상으로 유상증자를 단행했다.",
    ])
    func sharesOfferedToNamedSubscribers(text: String) {
        let i = only(.investment, text)
        #expect(Set(i.first?.names(.investor) ?? []) == ["한빛전자", "세림캐피탈"], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == ["누리소프트"])
    }

    @Test(arguments: ["한빛전자는 누리소프트를 1조원에 품에 안았다.", "한빛전자가 누리소프트를 품에 안는다.", "한빛전자는 결국 누리소프트를 품에 안게 됐다."])
    func aTakeoverToldAsAnEmbrace(text: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == ["한빛전자"], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == ["누리소프트"])
    }
}

/// Shares bought by their count (`주식 50만주를 사들였다`, `보통주 30만주를 매입했다`, `신주 200만주를
/// 인수`): an investment in the company whose shares they are.
@Suite struct SharesByCountTests {
    @Test(arguments: [
        ("세림캐피털은 동해반도체 주식 50만주를 사들였다.", "세림캐피털", "동해반도체"),
        ("화성그룹은 누리AI의 보통주 30만주를 매입했다.", "화성그룹", "누리AI"),
        ("한빛홀딩스는 세림데이터의 신주 200만주를 인수하기로 했다.", "한빛홀딩스", "세림데이터"),
    ])
    func theCompanyWhoseSharesTheyAre(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
    }

    @Test(arguments: [
        ("화성그룹은 누리AI의 보통주 30만주를 4억 5000만 달러에 매입했다.", "화성그룹", "누리AI"),
        ("세림캐피털은 동해반도체의 신주 50만주를 300억원에 취득했다.", "세림캐피털", "동해반도체"),
        ("한빛홀딩스는 세림데이터 지분을 1조 2000억원에 추가로 인수했다.", "한빛홀딩스", "세림데이터"),
    ])
    func thePriceMayStandBetween(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
    }

    @Test func sharesInvestedByPeopleAreNoTarget() {
        // `주식투자` is investing in shares, not a stake of the name before it.
        let b = only(.ban, "미국 재무부는 미국민의 주식투자를 금지한다고 발표했다.")
        #expect(!b.contains { $0.names(.target).contains("미국민") })
    }
}
