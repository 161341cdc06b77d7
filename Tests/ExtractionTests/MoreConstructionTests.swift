import Events
import Testing
@testable import Extraction

/// Alliances in headlines, consortia formed by a counted list, bans passed as laws, services
/// named before what of them is limited.
@Suite struct MoreConstructionTests {
    @Test(arguments: [
        "한빛전자·누리AI, 클라우드 동맹 강화",
        "한빛전자와 누리AI는 AI 동맹을 맺었다.",
        "한빛전자는 누리AI와 동맹을 강화하기로 했다.",
    ])
    func alliances(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리AI"])
    }

    @Test(arguments: [
        "한빛전자와 누리AI, 세림반도체 3사는 AI 컨소시엄을 구성했다.",
        "한빛전자, 누리AI, 세림반도체 3개사는 컨소시엄을 꾸렸다.",
        "한빛전자와 누리AI, 세림반도체 3사가 컨소시엄을 결성했다.",
    ])
    func aConsortiumFormedByACountedList(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리AI", "세림반도체"], "\(p.map(\.participants))")
    }

    @Test(arguments: [
        ("미국 하원은 틱톡 금지법을 통과시켰다.", "미국 하원", "틱톡"),
        ("러시아 당국은 왓츠앱 음성통화를 일부 제한했다.", "러시아 정부", "왓츠앱"),
        ("베트남 정부는 텔레그램 메신저를 차단했다.", "베트남 정부", "텔레그램"),
    ])
    func lawsPassedAndServicesLimited(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target])
    }

    @Test func theChannelOfAStatementIsNoTarget() {
        let text = "누리택시는 공식 웨이보 계정을 통해 신규 회원 등록을 중단했다고 발표했다."
        #expect(!only(.ban, text).contains { $0.names(.target).contains("웨이보") })
    }
}

/// Units of a university, money to a firm's plant, subsidies in any currency.
@Suite struct UnitsAndSubsidiesTests {
    @Test(arguments: [
        ("서울대학교 AI연구원과 한빛전자는 공동 연구를 위한 협약을 맺었다.", ["서울대학교", "한빛전자"]),
        ("연세대학교 인공지능연구원과 누리AI는 업무협약을 체결했다.", ["연세대학교", "누리AI"]),
        ("고려대학교 AI대학원과 한빛전자는 인재 양성 협약을 맺었다.", ["고려대학교", "한빛전자"]),
    ])
    func aUnitStandsForItsUniversity(text: String, parties: [String]) {
        #expect(Set(only(.partnership, text).first?.names(.party) ?? []) == Set(parties))
    }

    @Test(arguments: [
        ("산업통상자원부는 누리반도체의 용인 공장에 보조금 5000억원을 지원하기로 했다.", "산업통상자원부", "누리반도체"),
        ("일본 정부는 한빛메모리에 9200억엔을 추가 지원한다.", "일본 정부", "한빛메모리"),
        ("독일 정부는 세림반도체에 20억 유로를 지원했다.", "독일 정부", "세림반도체"),
    ])
    func subsidies(text: String, investor: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [investor])
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
    }

    @Test func aBareFacilityNounIsNoTarget() {
        #expect(!only(.investment, "정부는 용인 공장에 5000억원을 지원한다.").contains { $0.names(.target).contains("공장") })
    }
}

/// A facility is a target only when it has a name of its own.
@Suite struct NamedFacilityTests {
    @Test(arguments: [
        "누리모빌리티는 서비스용 모빌리티 제조공장을 짓는 데 500억원을 투입한다.",
        "한빛전자는 차세대 반도체 생산 공장을 구축하는 데 1조원을 투자한다.",
    ])
    func aFacilityDescribedInCommonWordsIsNoTarget(text: String) {
        #expect(only(.investment, text).isEmpty, "\(only(.investment, text).map(\.participants))")
    }

    @Test(arguments: [
        ("한빛전자는 평택 데이터센터를 짓는 데 1조원을 투자한다.", "평택 데이터센터"),
        ("가온전자는 미국에 텍사스 공장을 짓는 데 3000억원을 투입한다.", "텍사스 공장"),
    ])
    func aNamedFacilityIsTheTarget(text: String, target: String) {
        #expect(only(.investment, text).first?.names(.target) == [target])
    }

    @Test func aDescriptorBeforeAListedInvestorIsNoPartOfItsName() {
        let text = "누리AI가 투자를 유치했다. 누리AI에 투자한 기업은 삼성전자와 투자은행 BNP파리바 등이다."
        let investors = Set(only(.investment, text).flatMap { $0.names(.investor) })
        #expect(investors.contains("BNP파리바") && !investors.contains("투자은행 BNP파리바"), "\(investors)")
    }
}
