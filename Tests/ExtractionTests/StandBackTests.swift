import Events
import Testing
@testable import Extraction

/// Announcements stand back across an article: a later statement of the parties about their deal
/// is the deal, not a second event; a plan of something else is still announced.
@Suite struct StandBackTests {
    @Test(arguments: [
        "한빛텔레콤은 누리소프트와 AI 협약을 체결했다. 양사는 앞으로 클라우드 분야에서도 협력을 이어갈 계획이라고 밝혔다.",
        "세림전자는 독일 공조기업 누리에어를 인수했다. 세림전자는 이번 인수로 유럽 공조 시장에 진출하게 됐다고 밝혔다.",
        "미국 상무부는 화성전자를 수출통제 명단에 올렸다. 상무부는 이번 제재가 국가 안보를 위한 것이라고 설명했다.",
    ])
    func aPartysStatementAboutTheDealStandsBack(text: String) {
        let all = events(text)
        #expect(all.contains { $0.kind != .announcement })
        #expect(!all.contains { $0.kind == .announcement }, "\(all.map { ($0.kind, $0.participants.map(\.name)) })")
    }

    @Test(arguments: [
        "한빛텔레콤은 누리소프트와 AI 협약을 체결했다. 한빛텔레콤은 이를 바탕으로 공공 부문에 소버린 클라우드를 개발해 공급하겠다고 밝혔다.",
        "미국 상무부는 화성전자를 수출통제 명단에 올렸다. 상무부는 나머지 기업의 장비 승인을 모두 금지하는 것을 고려하고 있다고 밝혔다.",
    ])
    func aPlanOfSomethingElseIsStillAnnounced(text: String) {
        let all = events(text)
        #expect(all.contains { $0.kind == .announcement }, "\(all.map { ($0.kind, $0.participants.map(\.name)) })")
    }

    @Test(arguments: [
        "김민수 한빛텔레콤 대표는 “이번 협력으로 국내 클라우드 시장의 경쟁력이 강화될 것”이라고 말했다.",
        "이정훈 누리소프트 대표는 \"양사의 기술이 만나 큰 시너지를 낼 것\"이라고 강조했다.",
        "박지영 세림반도체 부사장은 “AI 반도체 수요가 내년에도 크게 늘어날 것”이라고 설명했다.",
    ])
    func aQuotedSayingIsComment(text: String) {
        expectNone(.announcement, text)
    }

    @Test(arguments: [
        ("최영호 과학기술정보통신부 실장은 “데이터센터 지역 분산을 위해 정책 지원을 아끼지 않겠다”고 말했다.", "과학기술정보통신부"),
        ("김민수 한빛텔레콤 대표는 “내년까지 공공 클라우드 사업을 두 배로 키우겠습니다”라고 말했다.", "한빛텔레콤"),
        ("이정훈 누리소프트 대표는 \"연내 소버린 AI 모델을 공개하겠다\"고 강조했다.", "누리소프트"),
    ])
    func aQuotedCommitmentIsAnnounced(text: String, actor: String) {
        #expect(only(.announcement, text).first?.names(.actor) == [actor], "\(summary(text))")
    }

    @Test(arguments: [
        "금융위원회는 “이번 차단 조치가 이용자 피해 예방에 크게 도움이 될 것”이라고 밝혔다.",
        "한빛텔레콤은 \"새 요금제가 가입자 확대에 기여할 것으로 기대한다\"고 밝혔다.",
        "누리소프트는 “국내 클라우드 시장이 두 배로 커질 것으로 기대된다”고 전했다.",
    ])
    func anExpectationQuotedIsComment(text: String) {
        expectNone(.announcement, text)
    }

    @Test(arguments: [
        "9월에만 삼성전자는 씨앤지하이테크, 에스티아이 등과 계약을 맺었다.",
        "SK하이닉스는 네오셈과 394억원 규모의 계약을 체결했다.",
        "LG전자는 한빛전자와 계약을 맺었다고 공시했다.",
    ])
    func aContractAloneIsNoPartnership(text: String) {
        // A contract is most often a sale or a supply (GUIDELINES: partnerships are agreements,
        // alliances and joint undertakings).
        expectNone(.partnership, text)
    }

    @Test(arguments: [
        "이 컨소시엄 외엔 코난테크놀로지, 마음AI, 티지 등이 각자 컨소시엄을 구성해 참가했다.",
        "네이버, 카카오, KT는 각자 컨소시엄을 꾸려 사업에 도전했다.",
        "업스테이지와 LG AI연구원은 각기 컨소시엄을 구성해 입찰에 참여했다.",
    ])
    func consortiaFormedEachApartAreNoPartnership(text: String) {
        expectNone(.partnership, text)
    }

    @Test(arguments: [
        ("전북도는 ㈜모레, ㈜한빛기술과 각각 투자 협약을 체결했다.", ["모레", "한빛기술"]),
        ("KT는 리벨리온, 퓨리오사AI와 각각 업무협약을 맺었다.", ["리벨리온", "퓨리오사AI"]),
        ("네이버는 업스테이지, 모빌린트와 각각 협력하기로 했다.", ["업스테이지", "모빌린트"]),
    ])
    func oneSubjectAndPartnersEachApartAreOneDealEach(text: String, partners: [String]) {
        // `A는 B, C와 각각`: A–B and A–C, never B–C.
        let p = only(.partnership, text)
        #expect(p.count == partners.count, "\(p.map(\.participants))")
        #expect(Set(p.flatMap { $0.names(.party) }.filter { partners.contains($0) }) == Set(partners))
        #expect(p.allSatisfy { $0.names(.party).count == 2 })
    }

    @Test(arguments: [
        ("삼성전자는 텐스토렌트와 칩 연구개발 프로젝트를 개시했다.", ["삼성전자", "텐스토렌트"]),
        ("네이버는 서울대와 공동 프로젝트를 진행한다.", ["네이버", "서울대학교"]),
        ("KT는 리벨리온과 AI 반도체 프로젝트를 본격 추진한다.", ["KT", "리벨리온"]),
    ])
    func aProjectRunWithAPartnerIsAPartnership(text: String, parties: [String]) {
        #expect(Set(only(.partnership, text).first?.names(.party) ?? []) == Set(parties), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "삼성전자는 내부 프로젝트를 진행했다.",
        "카카오인베스트먼트는 국내 4대 과학기술특성화대학과 AI 육성 프로젝트를 추진한다.",
        "KT는 3개 연구소와 프로젝트를 시작했다.",
    ])
    func aProjectWithNoNamedPartnerIsNoPartnership(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "카카오는 한국과학기술원과 업무협약을 맺고 협력을 약속했다.",
        "KT는 리벨리온과 MOU를 체결하고 공동 개발을 약속했다.",
        "네이버는 서울대와 협약을 맺고 지원을 약속했다.",
    ])
    func aPromiseBesideTheDealStandsBack(text: String) {
        expectNone(.announcement, text)
        #expect(only(.partnership, text).count == 1)
    }
}
