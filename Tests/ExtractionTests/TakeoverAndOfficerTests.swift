import Events
import Testing
@testable import Extraction

/// Takeovers told in the passive or with a procedure noun, stakes named bare or raised, rounds
/// named by their company, organizations named only between an officer's name and title, and
/// transliterated names the analyzer cuts at a particle.
@Suite struct TakeoverAndOfficerTests {
    @Test(arguments: [
        ("2019년 세림전자에 인수된 누리테크는 올해 매출이 두 배로 늘었다.", "세림전자", "누리테크"),
        ("한빛그룹에 인수된 오로라랩스는 새 공장을 짓는다.", "한빛그룹", "오로라랩스"),
        ("지난해 삼성전자에 인수된 미국 설계업체 오로라칩스는 유럽 시장을 맡는다.", "삼성전자", "오로라칩스"),
    ])
    func aTakeoverInAPassiveRelativeClause(text: String, buyer: String, bought: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [bought])
    }

    @Test(arguments: [
        ("세림전자는 누리테크 인수 절차를 마무리했다.", "세림전자", "누리테크"),
        ("한빛그룹은 미국 반도체 설계업체 오로라칩스 인수 작업을 마쳤다고 밝혔다.", "한빛그룹", "오로라칩스"),
        ("네이버는 지난달 누리소프트 인수 절차를 완료했다.", "네이버", "누리소프트"),
    ])
    func aTakeoverFinishedAsAProcedure(text: String, buyer: String, bought: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [bought])
    }

    @Test(arguments: [
        "세림전자는 미국 인수 절차를 마무리했다.",
        "한빛그룹은 중국 인수 작업을 마쳤다.",
    ])
    func aCountryBeforeTheNounOfBuyingIsNoTarget(text: String) {
        #expect(only(.investment, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("세림전자는 누리테크 지분율을 끌어올렸다.", "세림전자", "누리테크"),
        ("한빛그룹은 오로라랩스의 지분율을 높였다.", "한빛그룹", "오로라랩스"),
        ("KT는 누리클라우드의 지분을 끌어올렸다.", "KT", "누리클라우드"),
    ])
    func aStakeRaised(text: String, buyer: String, company: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [company])
    }

    @Test(arguments: [
        ("사모펀드 한빛파트너스는 렌터카 업체 카라웨이의 경영권 인수를 완료했다.", "한빛파트너스", "카라웨이"),
        ("세림그룹은 누리테크의 경영권을 인수했다.", "세림그룹", "누리테크"),
        ("한빛캐피탈은 오로라랩스의 경영권을 확보했다.", "한빛캐피탈", "오로라랩스"),
    ])
    func controlBoughtIsAStake(text: String, buyer: String, company: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [company])
    }

    @Test(arguments: [
        ("SK㈜는 미국 수소기업 플럭스파워 지분 약 10%를 취득했다.", "플럭스파워"),
        ("세림전자는 스마트홈파워 지분을 취득했다.", "스마트홈파워"),
        ("한빛그룹은 클라우드플로 지분 30%를 확보했다.", "클라우드플로"),
    ])
    func aNameBareBeforeItsStake(text: String, company: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [company], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "크래프톤은 기존에 보유하고 있던 지분을 합쳐 42%를 확보했다.",
        "세림전자는 합자법인 지분 취득 목적을 밝혔다.",
        "한빛그룹 회장이 직접 투자에 참여해 지분 20%를 갖는다.",
    ])
    func noNameBeforeTheStake(text: String) {
        // A verb, a clause or a common noun before 지분 is no company's name.
        let names = only(.investment, text).flatMap { $0.names(.target) }
        #expect(!names.contains { ["있던", "합자법인", "참여해"].contains($0) }, "\(names)")
    }

    @Test(arguments: [
        ("한빛전자는 누리테크의 시리즈B 라운드에 300억원을 투자했다.", "누리테크"),
        ("세림벤처스는 오로라랩스의 프리A 투자 라운드에 참여해 20억원을 투자했다.", "오로라랩스"),
        ("KT는 지난달 미국 스타트업 누리AI의 시리즈C 라운드에 1억 달러를 투자했다.", "누리AI"),
    ])
    func theRoundsCompanyReceives(text: String, company: String) {
        let i = only(.investment, text)
        #expect(i.contains { $0.names(.target) == [company] }, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("정민호 큐브리안 대표와 박서연 한빛데이터 대표는 10일 AI 공동 연구를 위한 협약을 맺었다.", ["큐브리안", "한빛데이터"]),
        ("김도윤 마음AI 대표(오른쪽)와 이하나 세림전자 사장이 업무협약을 체결했다.", ["마음AI", "세림전자"]),
        ("최지훈 한국전자통신연구원 원장과 윤서준 리버플로 대표는 협약서에 서명했다.", ["한국전자통신연구원", "리버플로"]),
    ])
    func anOrganizationBetweenAnOfficersNameAndTitle(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "넥슨의 오웬 마호니 대표는 새 게임을 공개했다.",
        "삼성전자 반도체 부문 사장을 지낸 김재훈 회장이 이끄는 한빛인베스트먼트가 투자했다.",
        "장녀인 홍유진 상무도 참여했다.",
    ])
    func noOrganizationFromAPersonsNames(text: String) {
        // A Western-order name after its organization, or a clause before a person, makes no organization.
        let names = events(text).flatMap { $0.participants.map(\.name) }
        #expect(!names.contains { ["마호니", "김재훈", "홍유진"].contains($0) }, "\(names)")
    }

    @Test(arguments: [
        ("로봇 스타트업 마인드로보가 세림벤처스로부터 투자를 유치했다.", "마인드로보"),
        ("AI 스타트업 라이트로웨이가 한빛캐피탈로부터 30억원을 투자받았다.", "라이트로웨이"),
        ("바이오 스타트업 큐로셀이 누리인베스트먼트로부터 투자를 유치했다.", "큐로셀"),
    ])
    func aTransliteratedNameCutAtAParticle(text: String, company: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [company], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("한빛벤처투자와 세림인베스트먼트는 누리AI에 각각 50억원을 투자했다.", ["한빛벤처투자", "세림인베스트먼트"]),
        ("누리창업투자가 오로라랩스에 20억원을 투자했다.", ["누리창업투자"]),
        ("세림IB투자와 한빛파트너스가 누리바이오에 투자했다.", ["세림IB투자", "한빛파트너스"]),
    ])
    func venturesNamedByTheirForm(text: String, investors: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.first?.names(.investor) ?? []) == Set(investors), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("소프트뱅크는 누리AI에 400억 달러를 투자하는 한편 오로라칩스를 65억 달러에 인수하기로 했다.", "누리AI"),
        ("세림전자는 한빛테크에 100억원을 투자하는 동시에 공동 개발에 나선다.", "한빛테크"),
        ("KT는 누리클라우드에 300억원을 투자하는 한편 데이터센터를 새로 짓는다.", "누리클라우드"),
    ])
    func aClauseJoinedByWhile(text: String, target: String) {
        // `하는 한편`, `하는 동시에` join clauses; the first is no relative clause.
        let i = only(.investment, text)
        #expect(i.contains { $0.names(.target) == [target] }, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("LG유플러스는 충전 스타트업 볼트온을 인수합병(M&A)해 사업을 키웠다.", "볼트온"),
        ("세림전자는 누리테크를 인수(M&A)했다.", "누리테크"),
        ("한빛그룹은 오로라랩스를 인수합병(M&A)한다.", "오로라랩스"),
    ])
    func aGlossBeforeTheVerbalEnding(text: String, bought: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [bought], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("누리커뮤니케이션이 사모펀드 운용사 세림캐피탈파트너스에 인수된 이래 실적이 늘었다.", "세림캐피탈파트너스", "누리커뮤니케이션"),
        ("오로라랩스는 2020년 한빛그룹에 인수된 이래 해외 사업을 키웠다.", "한빛그룹", "오로라랩스"),
        ("세림전자가 누리테크를 인수한 이래 두 회사는 공장을 합쳤다.", "세림전자", "누리테크"),
    ])
    func aTakeoverSinceWhich(text: String, buyer: String, bought: String) {
        // `…된 이래`, `…한 이래`: since the takeover, which happened.
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [bought])
    }

    @Test(arguments: [
        ("세림전자는 지난 16일 HR 솔루션 스타트업 '시프트' 인수 절차를 마쳤다.", "시프트"),
        ("코스닥 상장사 누리온은 스타트업 ‘포커스’ 인수를 완료했다.", "포커스"),
        ("한빛그룹은 ‘브릿지’ 인수 작업을 마무리했다.", "브릿지"),
    ])
    func aQuotedNameBeforeTheNounOfBuying(text: String, bought: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [bought], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("세림전자는 2019년 누리테크도 인수했다.", "세림전자", "누리테크"),
        ("한빛그룹은 지난해 미국 설계업체 오로라칩스도 인수한 바 있다.", "한빛그룹", "오로라칩스"),
        ("KT는 올해 누리클라우드도 사들였다.", "KT", "누리클라우드"),
    ])
    func whatTheTopicBoughtToo(text: String, buyer: String, bought: String) {
        // With a topic (은/는) before it and no object, a name with 도 is bought too.
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [bought])
    }

    @Test func anotherClauseKeepsItsOwnSubject() {
        // `…하고 있으며 C도 투자했다`: C is a subject of its own clause, not what the topic bought.
        let text = "세림전자는 누리테크와 협력하고 있으며 한빛그룹도 투자했다."
        #expect(!only(.investment, text).contains { $0.names(.target) == ["한빛그룹"] }, "\(events(text).map(\.participants))")
    }
}

/// A buyer told by what it became of the company (`최대주주가 됐다`, `2대 주주가 됐다`, `새 주인이 됐다`):
/// an investment in the company named with 의 or bare before it.
@Suite struct OwnerBecomeTests {
    @Test(arguments: [
        ("2018년 세림캐피털이 메모리 업체 동해반도체의 2대 주주가 됐다.", "세림캐피털", "동해반도체", "2018"),
        ("2016년에는 동방캐피털이 터치칩 업체 남해전자의 새 주인이 됐다.", "동방캐피털", "남해전자", "2016"),
        ("동방캐피털은 지난해 누리칩스 최대주주에 올랐다.", "동방캐피털", "누리칩스", "2024"),
        ("2015년 6월 동방반도체가 메모리 개발 업체 서림메모리의 최대주주가 된 데 이어 인수가 잇따랐다.", "동방반도체", "서림메모리", "2015-06"),
    ])
    func theBuyerBecameItsOwner(text: String, investor: String, target: String, date: String) {
        let i = only(.investment, text)
        #expect(i.count == 1)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
        #expect(i.first?.occurredAt == day(date))
    }

    @Test(arguments: [
        "진대제 전 정보통신부 장관이 AI 반도체 스타트업 딥엑스의 2대 주주가 됐다.",
        "김철수 전 한빛전자 대표는 누리AI에 50억원을 투자했다.",
        "이영희 전 누리증권 사장이 세림칩스의 최대주주에 올랐다.",
    ])
    func aFormerOfficerActsForNoOrganization(text: String) {
        #expect(only(.investment, text).isEmpty, "\(only(.investment, text).map(\.participants))")
    }

    @Test func aSittingOfficerStillSpeaksForIt() {
        let i = only(.investment, "김철수 한빛전자 대표는 누리AI에 50억원을 투자했다고 밝혔다.")
        #expect(i.first?.names(.investor) == ["한빛전자"])
    }
}
