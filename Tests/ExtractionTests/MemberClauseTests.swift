import Events
import Testing
@testable import Extraction

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

/// The officers who attended a signing speak for its parties when the article named none before.
@Suite struct SigningAttendanceTests {
    @Test(arguments: [
        ("양측은 AI 기술 교류를 위해 이번 업무협약을 맺었다. 이날 협약식에는 김철수 한빛전자 대표와 이영희 누리소프트 대표가 참석했다.", ["한빛전자", "누리소프트"]),
        ("이번 협약식에는 한빛전자 김철수 대표, 누리소프트 이영희 대표, 세림반도체 박민수 대표가 참석했다.", ["한빛전자", "누리소프트", "세림반도체"]),
        ("업무협약 체결식에는 박민수 세림반도체 사장과 최지훈 누리소프트 대표가 참석했다.", ["세림반도체", "누리소프트"]),
    ])
    func officersAtTheSigning(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties))
    }

    @Test func attendanceAddsNothingOnceThePartiesAreNamed() {
        let text = "충주시는 파워링크와 투자협약을 맺었다. 이날 협약식에는 조길형 충주시장, 조득상 파워링크 대표, 곽인섭 기술혁신협회장이 참석했다."
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(Set(p.first?.names(.party) ?? []) == ["충주시", "파워링크"])
    }
}

/// A framework of cooperation set up, and a supply contract as the supplier's announcement.
@Suite struct FrameworkAndSupplyTests {
    @Test(arguments: [
        "한빛전자는 누리소프트, 세림반도체와 AI 생태계 구축을 위한 3자 협력 체계를 마련했다.",
        "한빛전자는 누리소프트, 세림반도체와 데이터 공유를 위한 협력체계를 구축했다.",
        "한빛전자와 누리소프트, 세림반도체는 AI 인재 양성 협력 체계를 구축했다.",
    ])
    func aFrameworkOfCooperation(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛전자", "누리소프트", "세림반도체"], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "한빛전자는 누리소프트에 AI 반도체를 공급하는 계약을 체결했다.",
        "한빛전자는 세림반도체에 장비를 납품하는 계약을 체결했다고 공시했다.",
        "한빛전자는 누리소프트에 서버를 공급하는 계약을 맺었다.",
    ])
    func aSupplyContractIsTheSuppliersAnnouncement(text: String) {
        #expect(only(.announcement, text).first?.names(.actor) == ["한빛전자"], "\(events(text).map(\.participants))")
        #expect(only(.partnership, text).isEmpty)
    }
}

/// A service whose provision begins.
@Suite struct ServiceBeginsTests {
    @Test(arguments: [
        "네이버클라우드는 하이퍼클로바X 기반 AI 서비스를 기업 고객에게 제공하기 시작했다.",
        "네이버클라우드는 이달부터 AI 번역 서비스를 제공하기 시작했다.",
        "네이버클라우드가 공공기관 대상 클라우드 서비스 제공을 시작했다.",
    ])
    func aServiceBegins(text: String) {
        #expect(only(.announcement, text).first?.names(.actor) == ["네이버클라우드"], "\(events(text).map(\.participants))")
    }
}
