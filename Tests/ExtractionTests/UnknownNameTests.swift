import Events
import Testing
@testable import Extraction

/// Names the gazetteer lacks, read from where Korean news puts them: after a classifier noun
/// (`반도체 스타트업 실리콘아크를`) and inside a list closed by 등 beside names it knows.
@Suite struct UnknownNameTests {
    // MARK: A name in apposition after a classifier noun

    @Test(arguments: [
        ("미국 재무부는 중국 영상인식 기업 비전링크를 제재 대상에 포함했다.", EventKind.ban, Role.target, "비전링크"),
        ("삼성전자는 미국 반도체 스타트업 실리콘아크를 인수했다.", .investment, .target, "실리콘아크"),
        ("카카오는 인공지능 업체 마루웨이브와 업무협약을 맺었다.", .partnership, .party, "마루웨이브"),
        ("방송통신위원회는 딥페이크 앱 페이스스왑의 국내 유통을 금지했다.", .ban, .target, "페이스스왑"),
    ])
    func aNameAfterAClassifierNoun(text: String, kind: EventKind, role: Role, name: String) {
        let found = only(kind, text)
        #expect(found.count == 1)
        #expect(found.first?.names(role).contains(name) == true, "\(found.map(\.participants))")
    }

    /// Name endings read as organizations of a type: 과학기술대 (a university), 리서치 and
    /// 엔터프라이즈 (companies).
    @Test(arguments: [
        ("누리전자는 가온과학기술대와 반도체 공동연구 협약을 맺었다.", EventKind.partnership, Role.party, "가온과학기술대", OrganizationType.university),
        ("한빛데이터는 세림리서치와 시장 분석 협약을 체결했다.", .partnership, .party, "세림리서치", .company),
        ("누리벤처스는 가온엔터프라이즈에 30억원을 투자했다.", .investment, .target, "가온엔터프라이즈", .company),
    ])
    func aNameEndingGivesItsType(text: String, kind: EventKind, role: Role, name: String, type: OrganizationType) {
        let found = only(kind, text)
        #expect(found.count == 1)
        let p = found.first?.participants.first { $0.role == role && $0.name == name }
        #expect(p?.type == type, "\(found.map(\.participants))")
    }

    @Test func aNameInAppositionIsKnownForTheRestOfTheArticle() {
        let text = "국내 AI 스타트업 누리웨이브가 주목받고 있다. LG유플러스는 누리웨이브와 업무협약을 체결했다."
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["LG유플러스", "누리웨이브"])
    }

    @Test(arguments: [
        "정부는 반도체 기업 지원사업을 확대한다고 밝혔다.",
        "한 반도체 업체 관계자는 투자를 늘릴 계획이라고 말했다.",
        "AI 스타트업 투자를 늘린 벤처캐피털이 많았다.",
    ])
    func businessProseAfterAClassifierIsNoName(text: String) {
        let named = events(text).flatMap(\.participants).map(\.name)
        #expect(!named.contains { ["지원사업", "관계자", "투자"].contains($0) }, "\(named)")
    }

    // MARK: A list closed by 등

    @Test(arguments: [
        ("부산시는 딥엑스, 루미노칩, 세나테크 등 3개 반도체 기업과 업무협약을 체결했다.", EventKind.partnership, Role.party, ["부산광역시", "딥엑스", "루미노칩", "세나테크"]),
        ("한빛벤처스는 루미노칩, 세나테크, 카카오 등 3개 기업에 투자했다.", .investment, .target, ["루미노칩", "세나테크", "카카오"]),
        ("러시아 통신 당국은 노드VPN, 아스트라VPN, 실드넷 등 VPN 앱의 접속을 차단했다.", .ban, .target, ["노드VPN", "아스트라VPN", "실드넷"]),
        ("대우건설은 전라남도, 해남군, ㈜솔라웨이, KT, 그린볼트 등 9개 기관과 업무협약을 맺었다.", .partnership, .party, ["대우건설", "전라남도", "해남군", "솔라웨이", "KT", "그린볼트"]),
    ])
    func unknownItemsOfAListWithAKnownName(text: String, kind: EventKind, role: Role, names: [String]) {
        let found = only(kind, text)
        #expect(found.count == 1)
        #expect(Set(found.first?.names(role) ?? []) == Set(names), "\(found.map(\.participants))")
    }

    @Test func commonNounsInAListAreNoNames() {
        let named = events("삼성전자는 반도체, 배터리, 가전 등 주요 사업에 투자를 늘렸다.").flatMap(\.participants).map(\.name)
        #expect(!named.contains { ["반도체", "배터리", "가전"].contains($0) }, "\(named)")
    }
}

/// A classifier glued to what it classifies (`공조기업`, `게임업체`).
@Suite struct GluedClassifierTests {
    @Test(arguments: [
        ("세림전자는 독일 공조기업 누리에어를 인수한다고 밝혔다.", "누리에어"),
        ("한빛게임즈는 북유럽 게임업체 노르딕포지를 인수했다.", "노르딕포지"),
        ("누리캐피탈은 미국 로봇스타트업 아크모션에 투자했다.", "아크모션"),
    ])
    func aNameAfterAGluedClassifier(text: String, target: String) {
        let i = only(.investment, text)
        #expect(i.first?.names(.target) == [target], "\(i.map(\.participants))")
    }
}

/// A Chinese firm glossed with its name in Han characters.
@Suite struct HanGlossTests {
    @Test(arguments: [
        ("미국 재무부는 중국의 화성광전(華星光電集團)에 대한 투자를 금지했다.", EventKind.ban, Role.target, "화성광전"),
        ("한빛전자는 동방정밀(東方精密科技)과 합작법인을 세웠다.", .partnership, .party, "동방정밀"),
        ("세림캐피탈은 남해전자(南海電子)에 투자했다.", .investment, .target, "남해전자"),
    ])
    func aNameGlossedInHan(text: String, kind: EventKind, role: Role, name: String) {
        #expect(only(kind, text).first?.names(role).contains(name) == true, "\(only(kind, text).map(\.participants))")
    }

    @Test func aPersonGlossedInHanIsNoOrganization() {
        let named = events("시진핑(習近平) 주석은 한빛전자와 누리AI의 협약을 환영했다.").flatMap(\.participants).map(\.name)
        #expect(!named.contains("시진핑"))
    }
}

/// Names written in Latin letters of more than one word.
@Suite struct LatinNameTests {
    @Test(arguments: [
        ("Hanbit Labs는 Nuri Systems와 전략적 파트너십을 체결했다.", ["Hanbit Labs", "Nuri Systems"]),
        ("Blue Harbor Capital은 Nuri Cloud와 업무협약을 맺었다.", ["Blue Harbor Capital", "Nuri Cloud"]),
        ("한빛전자는 Arc Motion과 협약을 맺었다.", ["한빛전자", "Arc Motion"]),
    ])
    func latinNamesOfSeveralWords(text: String, parties: [String]) {
        #expect(Set(only(.partnership, text).first?.names(.party) ?? []) == Set(parties))
    }

    // MARK: Names the gazetteer lacks, by their shape and their slot

    @Test(arguments: [
        ("KT는 한빛엔터프라이즈와 협약을 체결했다.", "한빛엔터프라이즈"),
        ("순천시는 누리솔브와 업무협약을 맺었다.", "누리솔브"),
        ("카카오는 누리웨이브와 파트너십을 체결했다.", "누리웨이브"),
    ])
    func aPartnerBeforeTheNounOfTheDeal(text: String, partner: String) {
        // 와/과 before a common noun joins two nouns (`인공지능과 클라우드`); before the deal's own
        // noun it names the partner.
        #expect(only(.partnership, text).first?.names(.party).contains(partner) == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("KT는 QX인사이츠와 협약을 체결했다.", EventKind.partnership, Role.party, "QX인사이츠"),
        ("시장조사업체 DR인사이츠는 올해 반도체 시장이 12% 커졌다고 밝혔다.", .announcement, .actor, "DR인사이츠"),
        ("네이버는 MRT에듀에 투자했다.", .investment, .target, "MRT에듀"),
    ])
    func capitalLettersGluedToHangulMakeAName(text: String, kind: EventKind, role: Role, name: String) {
        #expect(only(kind, text).first?.names(role).contains(name) == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "KT는 AI반도체와 클라우드를 결합한 서비스를 출시했다고 밝혔다.",
        "삼성전자는 ICT데이터센터를 짓는다고 밝혔다.",
        "LG유플러스는 IT서비스와 보안을 묶었다고 밝혔다.",
    ])
    func commonAbbreviationsGluedToHangulAreNoName(text: String) {
        let named = events(text).flatMap(\.participants).map(\.name)
        #expect(!named.contains { $0.hasPrefix("AI") || $0.hasPrefix("ICT") || $0.hasPrefix("IT") }, "\(named)")
    }

    @Test(arguments: [
        ("삼성전자가 사내에서 ‘챗GPT’ 등 외부 생성형 AI를 사용하는 것을 금지하기로 했다.", "삼성전자", "챗GPT"),
        ("LG전자는 '딥시크' 등 중국산 AI 서비스 사용을 금지했다.", "LG전자", "딥시크"),
        ("미국 상무부는 ‘화웨이’ 등 중국 기업을 제재 명단에 올렸다.", "미국 상무부", "화웨이"),
    ])
    func aQuotedNameClosingAListOfExamples(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer])
        #expect(b.first?.names(.target) == [target], "\(b.map(\.participants))")
    }

    @Test(arguments: [
        ("AMD는 지난 4월 펜산도를 19억달러에 인수했다.", "AMD", "펜산도"),
        ("엔비디아는 이스라엘 스타트업 런에이아이를 7억달러에 인수했다.", "엔비디아", "런에이아이"),
        ("퓨처플레이는 올라웍스를 인텔에 매각했다.", "인텔", "올라웍스"),
        ("에프엔에스테크는 지난 2013년 미국 이노패드를 인수했다.", "에프엔에스테크", "이노패드"),
    ])
    func whatIsBoughtOrSoldIsACompany(text: String, buyer: String, bought: String) {
        // The analyzer cuts such names into pieces (펜+산도, 런+에+이+아이), and a country before
        // the name (`미국 이노패드를`) is no person's title.
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [bought], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("대구시는 퓨리오사AI, 하이퍼 셀렉, 디노티시아 등 3개 기업과 업무협약을 체결했다.", "퓨리오사AI", "하이퍼 셀렉"),
        ("KT는 리벨리온, 노타 에이아이, 딥엑스 등과 협약을 맺었다.", "리벨리온", "노타 에이아이"),
        ("광주시는 KT, 코어 라인, 딥엑스 등 3개 기업과 업무협약을 체결했다.", "KT", "코어 라인"),
    ])
    func aListItemOfTwoBareWordsIsOneName(text: String, before: String, name: String) {
        // The item is one name, and the items before it stay in the list.
        let parties = only(.partnership, text).first?.names(.party) ?? []
        #expect(parties.contains(name), "\(parties)")
        #expect(parties.contains(before), "\(parties)")
    }

    @Test(arguments: [
        ("순천시는 전남도, 한빛엔터프라이즈㈜와 투자 협약을 체결했다.", "한빛엔터프라이즈"),
        ("KT는 누리솔브㈜와 업무협약을 맺었다.", "누리솔브"),
        ("네이버는 다온소프트㈜에 투자했다.", "다온소프트"),
    ])
    func aCompanyFormMarkBeforeTheParticle(text: String, name: String) {
        let names = events(text).flatMap(\.participants).map(\.name)
        #expect(names.contains(name), "\(names)")
    }

    @Test(arguments: [
        ("미국 상무부는 2일 중국 기업 140곳을 명단에 추가했다. 화성광학과 동방칩스도 명단에 추가됐다.", EventKind.ban, Role.target, ["화성광학", "동방칩스"]),
        ("KT는 화성광학과 동방칩스에 투자했다.", .investment, .target, ["화성광학", "동방칩스"]),
        ("네이버는 해성광학과 동방칩스를 인수했다.", .investment, .target, ["해성광학", "동방칩스"]),
    ])
    func gluedCommonNounsJoinedToANameAreAName(text: String, kind: EventKind, role: Role, names: [String]) {
        let found = only(kind, text).flatMap { $0.names(role) }
        #expect(Set(found) == Set(names), "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "KT는 인공지능과 클라우드 사업을 확대했다고 밝혔다.",
        "SK텔레콤은 서비스 고도화와 삼성전자와의 협력을 추진한다고 밝혔다.",
        "LG전자는 데이터센터와 클라우드를 결합한 서비스를 출시했다.",
    ])
    func commonNounsJoinedByAndAreNoName(text: String) {
        let named = events(text).flatMap(\.participants).map(\.name)
        #expect(!named.contains { ["인공지능", "고도화", "서비스 고도화", "데이터센터", "클라우드"].contains($0) }, "\(named)")
    }

    @Test(arguments: [
        ("래디쉬는 카카오엔터테인먼트와 업무협약을 맺었다.", EventKind.partnership, Role.party),
        ("래디쉬는 새 웹소설 플랫폼을 출시했다.", .announcement, .actor),
        ("래디쉬는 한빛벤처스로부터 100억원을 투자받았다.", .investment, .target),
    ])
    func aNameThatOpensTheSentenceReadAlone(text: String, kind: EventKind, role: Role) {
        // In the sentence the analyzer cuts 래디쉬 into an ending and a noun; read alone, it is a name.
        #expect(only(kind, text).first?.names(role).contains("래디쉬") == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("3위는 미국 맥스리니어의 실리콘모션 인수다.", "맥스리니어", "실리콘모션"),
        ("AMD의 펜산도 인수가 네 번째 순위를 기록했다.", "AMD", "펜산도"),
        ("가장 큰 거래는 맥스리니어의 실리콘모션 인수였다.", "맥스리니어", "실리콘모션"),
    ])
    func aPurchaseToldAsANounNamesItsBuyerAndWhatIsBought(text: String, buyer: String, bought: String) {
        // The buyer with 의 and the company bought right before the noun, names no rule knows (a last
        // 도 before the noun is the name's).
        let i = only(.investment, text)
        #expect(i.first?.names(.investor) == [buyer], "\(events(text).map(\.participants))")
        #expect(i.first?.names(.target) == [bought], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("전북도는 ㈜모레와 투자 협약을 체결했다.", "모레"),
        ("KT는 (주)누리와 업무협약을 맺었다.", "누리"),
        ("네이버는 (유)한빛기술과 협약을 체결했다.", "한빛기술"),
    ])
    func aCompanyFormMarkBeforeTheNameMakesItAName(text: String, name: String) {
        // Even a word the dictionary knows (모레: the day after tomorrow).
        #expect(only(.partnership, text).first?.names(.party).contains(name) == true, "\(events(text).map(\.participants))")
    }
}

/// After a classifier, a name may end in a one-syllable head of the lexicon (`칩`, `앱`): the
/// classifier says it is a name.
@Suite struct ClassifiedNameHeadTests {
    @Test(arguments: [
        ("한빛전자는 미국 반도체 기업 퀀텀칩과 협업한다.", "퀀텀칩"),
        ("한빛전자는 반도체 기업 퀀텀칩과 협약을 맺었다.", "퀀텀칩"),
        ("누리텔레콤은 헬스케어 스타트업 케어앱과 업무협약을 체결했다.", "케어앱"),
    ])
    func theNameAfterTheClassifierIsAPartner(text: String, partner: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(p.first?.names(.party).contains(partner) == true, "\(p.map(\.participants))")
    }

    @Test func aBareHeadIsStillNoName() {
        // `칩` alone after the classifier is the thing, not a firm.
        #expect(only(.partnership, "한빛전자는 반도체 기업 칩과 협약을 맺었다.").isEmpty)
    }
}
