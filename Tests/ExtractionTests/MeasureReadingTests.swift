import Events
import Testing
@testable import Extraction

/// The subject of a quoted reason is not the one who imposes.
@Suite struct QuotedReasonTests {
    @Test(arguments: [
        "러시아 감독청이 누리게임즈가 \u{201C}어린이에게 해로운 내용이 많다\u{201D}며 차단 조치를 발표했다. 감독청은 누리게임즈 접속을 막았다.",
        "한빛시 당국이 세림앱이 \u{201C}개인정보를 함부로 모은다\u{201D}며 사용을 금지했다. 당국은 세림앱의 설치도 막았다.",
        "오로라국 정부가 누리톡이 \"허위 정보를 퍼뜨린다\"라며 접속을 차단했다. 정부는 누리톡 사용을 금지했다.",
    ])
    func theSubjectOfAQuotedReasonImposesNothing(text: String) {
        let b = only(.ban, text)
        let imposers = Set(b.flatMap { $0.names(.imposer) })
        #expect(!imposers.contains("누리게임즈") && !imposers.contains("세림앱") && !imposers.contains("누리톡"), "\(b.map(\.participants))")
    }
}

/// or taken again by a body with 도.
@Suite struct LocalMeasureTests {
    @Test(arguments: [
        ("세림주 주지사는 지난주 주정부 기관들에 누리톡 사용을 금지하는 내용의 행정명령을 내렸다.", "누리톡"),
        ("부천시는 공공기관에서 누리톡 사용을 금지하는 ‘긴급 보안 명령’을 발표했다.", "누리톡"),
        ("경기도는 누리챗 사용을 금지하는 내용의 지침을 내렸다.", "누리챗"),
    ])
    func aBanCarriedByItsInstrument(text: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target) == [target], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.imposer).count == 1)
    }

    @Test(arguments: [
        ("장덕천 부천시장은 누리클라우드와 업무협약을 맺었다.", "부천시"),
        ("김철수 용인시장은 한빛전자와 협약을 체결했다.", "용인시"),
        ("이영희 수원시장은 세림소프트와 손잡았다.", "수원시"),
    ])
    func aMayorSpeaksForTheCity(text: String, city: String) {
        let p = only(.partnership, text)
        #expect(p.first?.names(.party).contains(city) == true, "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        ("크리스티 놈 사우스다코타 주지사는 틱톡 사용을 금지했다.", "사우스다코타주"),
        ("지난 5일에는 헨리 맥매스터 사우스캐롤라이나 주지사가 주정부 기기에서 틱톡을 삭제할 것을 지시했다.", "사우스캐롤라이나주"),
        ("래리 호건 메릴랜드 주지사는 틱톡을 포함해 위챗 사용을 금지했다.", "메릴랜드주"),
    ])
    func aGovernorSpeaksForTheState(text: String, state: String) {
        let b = only(.ban, text, published: "2022-12-07")
        #expect(b.first?.names(.imposer) == [state], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.target).contains("틱톡") == true)
    }

    @Test func aDateOpeningTheSentenceAfter지난DatesIt() {
        let b = only(.ban, "지난 5일에는 헨리 맥매스터 사우스캐롤라이나 주지사가 틱톡을 삭제할 것을 지시했다.", published: "2022-12-07")
        #expect(b.first?.occurredAt == day("2022-12-05"))
    }

    @Test(arguments: [
        "국방부는 딥시크 접속을 차단했고, 외교부도 접속을 막았다.",
        "국방부는 5일 딥시크 접속을 차단했다. 외교부도 접속을 막았다.",
        "국방부는 딥시크 사용을 금지했다. 외교부도 사용을 금지했다.",
    ])
    func aBodyWith도TakesTheMeasureJustTold(text: String) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.imposer) }) == ["국방부", "외교부"], "\(b.map(\.participants))")
        #expect(b.allSatisfy { $0.names(.target) == ["딥시크"] })
    }

    @Test func aDescribedGroupWith도ImposesNothing() {
        let text = "재무부는 블랙리스트에 누리타임을 추가했다. 인권침해와 관련한 중국기업도 대상으로 하는 리스트를 만들어 자금을 차단했다."
        #expect(!only(.ban, text).flatMap { $0.names(.imposer) }.contains("중국기업"))
    }
}

/// Measures joined or taken before, and deals told in looser words.
@Suite struct JoinedMeasuresTests {
    @Test(arguments: [
        "경기도와 세종시, 대구시 등 지방자치단체도 딥시크 차단에 동참했다.",
        "경기도와 세종시, 대구시도 딥시크 사용 금지 대열에 합류했다.",
        "경기도와 세종시, 대구시는 딥시크 접속 차단 조치를 내렸다.",
    ])
    func bodiesJoiningAMeasure(text: String) {
        let b = only(.ban, text)
        #expect(Set(b.flatMap { $0.names(.imposer) }) == ["경기도", "세종특별자치시", "대구광역시"], "\(b.map(\.participants))")
        #expect(b.allSatisfy { $0.names(.target) == ["딥시크"] })
    }

    @Test(arguments: [
        ("미국, 영국, 캐나다에 이어 호주와 뉴질랜드도 공무원의 틱톡 사용을 금지했다.", ["미국 정부", "영국 정부", "캐나다 정부"]),
        ("국방부에 이어 외교부도 딥시크 접속을 차단했다.", ["국방부"]),
        ("카카오에 이어 네이버도 사내에서 딥시크 사용을 금지했다.", ["카카오"]),
    ])
    func thoseNamedWith에이어TookTheMeasureBefore(text: String, earlier: [String]) {
        let b = only(.ban, text)
        #expect(b.count == 2, "\(b.map(\.participants))")
        #expect(b.contains { Set($0.names(.imposer)) == Set(earlier) })
    }

    @Test(arguments: [
        "영국 정부는 5G 통신망에서 화웨이 장비를 2027년까지 완전히 제거하기로 했다.",
        "영국은 5G 네트워크에서 화웨이 장비를 제거하기로 했다.",
        "영국 정부는 통신망에서 화웨이 장비를 모두 제거한다.",
    ])
    func equipmentRemovedFromANetwork(text: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target) == ["화웨이"], "\(events(text).map(\.participants))")
    }

    @Test func vulnerabilitiesRemovedAreNoMeasure() {
        #expect(only(.ban, "개인정보보호위원회는 주요 개인정보처리시스템의 취약점을 제거한다.").isEmpty)
    }

    @Test(arguments: [
        ("텍사스 인스트루먼츠가 실리콘랩스를 인수했다.", "텍사스 인스트루먼츠"),
        ("미국 반도체 업체 텍사스 인스트루먼츠(TI)가 칩 설계 업체 '실리콘 랩스'를 인수하기로 합의했다.", "텍사스 인스트루먼츠"),
        ("애리조나 세미컨덕터는 한빛반도체를 인수했다.", "애리조나 세미컨덕터"),
    ])
    func aFirmWhoseNameOpensWithAPlace(text: String, investor: String) {
        #expect(only(.investment, text).first?.names(.investor) == [investor], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        "미국 굿워터캐피탈과 비알브이캐피털매니지먼트가 돈을 넣은 뤼튼테크놀로지스, 사우디아라비아 아람코벤처스가 투자한 아모지 등이 자금 유치를 견인했다.",
        "굿워터캐피탈과 비알브이캐피털매니지먼트가 자금을 넣은 뤼튼테크놀로지스, 세림벤처스가 투자한 누리랩스 등이 주목받았다.",
        "굿워터캐피탈과 비알브이캐피털매니지먼트가 투자한 뤼튼테크놀로지스, 세림벤처스가 투자한 누리랩스 등이 주목받았다.",
    ])
    func aListOfClausesEachWithItsHead(text: String) {
        let i = only(.investment, text)
        let first = i.first { $0.names(.investor).contains("굿워터캐피탈") }
        #expect(first?.names(.target) == ["뤼튼테크놀로지스"], "\(i.map(\.participants))")
    }
}

/// Examples closed by 같은, and measures carried by 조치했다.
@Suite struct ExamplesAndMeasuresTests {
    @Test(arguments: [
        ("라이트스피드는 스냅챗, 에픽게임스, 스태빌러티AI 같은 기술 업체들에도 초기에 투자했다.", ["스냅챗", "에픽게임스", "스태빌러티AI"]),
        ("세림벤처스는 누리랩스, 한빛로보틱스 같은 스타트업에 투자했다.", ["누리랩스", "한빛로보틱스"]),
        ("세림캐피탈은 누리반도체, 한빛소프트 같은 회사에 투자했다.", ["누리반도체", "한빛소프트"]),
    ])
    func examplesClosedBy같은TakeTheParticleAfter(text: String, targets: [String]) {
        let i = only(.investment, text)
        #expect(Set(i.flatMap { $0.names(.target) }) == Set(targets), "\(i.map(\.participants))")
    }

    @Test(arguments: [
        "대만 디지털발전부는 공공부문에서 틱톡 사용을 금지 조치했다고 밝혔다.",
        "대만 디지털발전부는 틱톡 사용을 금지 조치했다.",
        "대만 디지털발전부는 틱톡 접속을 차단 조치했다.",
    ])
    func aMeasureCarriedBy조치했다(text: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.target) == ["틱톡"], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.imposer) == ["대만 디지털발전부"])
    }

    @Test func madeInChinaIsNoName() {
        let text = "행정원은 공공부문에서 특정 중국제 소프트웨어의 사용을 금지했다."
        #expect(!only(.ban, text).flatMap { $0.names(.target) }.contains("중국제"))
    }
}

/// A measure received, told in a relative clause, and an order not to use.
@Suite struct ReceivedMeasureTests {
    @Test(arguments: [
        ("미국의 제재를 받고 있는 화웨이는 자체 칩 개발에 나섰다.", "미국 정부", "화웨이"),
        ("미국 정부의 블랙리스트에 오른 SMIC는 7나노 공정을 개발했다.", "미국 정부", "SMIC"),
        ("미국 상무부의 제재 대상에 오른 중국 드론 업체 DJI는 반발했다.", "미국 상무부", "DJI"),
    ])
    func aMeasureReceivedInTheBackground(text: String, imposer: String, target: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == [imposer], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.target) == [target])
    }

    @Test func aFirmWithNoImposerNamedReceivesNothing() {
        #expect(only(.ban, "제재를 받고 있는 화웨이는 자체 칩 개발에 나섰다.").isEmpty)
    }

    @Test(arguments: [
        "중국 정부는 지난해 공무원들에게 아이폰을 업무에 사용하지 말라고 지시했다.",
        "중국 정부는 공무원들에게 아이폰을 쓰지 말라고 통보했다.",
        "중국 정부는 국영기업 직원들에게 아이폰을 사용하지 말도록 했다.",
    ])
    func anOrderNotToUse(text: String) {
        let b = only(.ban, text)
        #expect(b.first?.names(.imposer) == ["중국 정부"], "\(events(text).map(\.participants))")
        #expect(b.first?.names(.target) == ["아이폰"])
    }
}
