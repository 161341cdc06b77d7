import Testing
import Events
@testable import Extraction

/// A company-form mark after the name (`세림도시개발㈜은`, `세림도시개발(주)와`) says the word is a
/// company's name, as one before it does (`㈜세림도시개발`).
@Suite struct TrailingCompanyFormMarkTests {
    @Test(arguments: [
        "세림도시개발㈜은 9일 한빛전자와 데이터센터 부지 조성 협약을 맺었다.",
        "한빛전자는 세림도시개발㈜와 데이터센터 부지 조성 협약을 맺었다.",
        "한빛전자는 세림도시개발(주)와 데이터센터 부지 조성 협약을 맺었다.",
    ])
    func theMarkedWordIsAParty(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "세림도시개발"])
    }

    // `㈜인코어드P&P와`: a marked name may hold an ampersand or digits.
    @Test(arguments: [
        "한빛전자는 지난 2019년 10월 ㈜인코어드P&P와 첫 협약을 체결했다.",
        "한빛전자는 지난 2019년 10월 세림3D㈜와 첫 협약을 체결했다.",
    ])
    func aMarkedNameWithAnAmpersandOrDigits(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(p.first.map { $0.names(.party).count == 2 && $0.names(.party).contains("한빛전자") } == true, "\(p.map(\.participants))")
    }

    @Test(arguments: [
        "한빛전자는 전라남도, 세림도시개발㈜, 누리랩스와 데이터센터 협약을 맺었다.",
        "한빛전자는 전라남도, 세림도시개발(주), 누리랩스와 데이터센터 협약을 맺었다.",
        "한빛전자는 전라남도, ㈜세림도시개발, 누리랩스와 데이터센터 협약을 맺었다.",
    ])
    func aMarkedListItemAmongKnownNames(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "전라남도", "세림도시개발", "누리랩스"])
    }
}

/// `A는 B, C, D과 협약을`: the last partner of a list of known names, one the gazetteer lacks.
@Suite struct PartnerClosingAListTests {
    @Test(arguments: [
        "해남군은 8일 전라남도, 한국전력, 세림도시개발과 에너지 데이터센터 구축을 위한 업무협약을 체결했다.",
        "해남군은 전라남도·한국전력·세림도시개발과 데이터센터 업무협약을 맺었다.",
    ])
    func theLastItemIsAParty(text: String) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(p.first.map { Set($0.names(.party)).isSuperset(of: ["해남군", "전라남도", "세림도시개발"]) } == true, "\(p.map(\.participants))")
    }

    // `지자체와`: one dictionary word is a kind of organization, not a name.
    @Test func aCommonNounClosingTheListIsNoParty() {
        let text = "한빛전자는 누리랩스, 세림반도체, 지자체와 협약을 체결했다."
        #expect(only(.partnership, text).allSatisfy { !$0.names(.party).contains("지자체") }, "\(only(.partnership, text).map(\.participants))")
    }
}

/// Text cut inside a gloss (`…기업은 누리칩스(Nuri`) is read to its end without failing.
@Suite struct TextCutInsideAGlossTests {
    @Test(arguments: [
        "한빛벤처스가 투자한 기업은 누리칩스(Nuri",
        "한빛벤처스의 투자 기업은(Nuri",
    ])
    func theArticleIsRead(text: String) {
        let read = events(text)
        #expect(read.allSatisfy { $0.participants.allSatisfy { !$0.name.contains("(") } }, "\(read.map(\.participants))")
    }

    @Test func aListItemBeforeTheCutIsStillATarget() {
        let i = only(.investment, "한빛벤처스가 투자한 기업은 누리칩스(Nuri")
        #expect(i.first?.names(.target) == ["누리칩스"], "\(i.map(\.participants))")
    }
}

/// A quotation mark that never closes in its sentence (a mark lost in copying) opens no speech.
@Suite struct UnclosedQuotationTests {
    @Test func theSentenceAfterAnUnclosedMarkIsRead() {
        let text = "누리통신은 \"한빛전자가 누리랩스와 제휴를 맺었다고 밝혔다. 한빛전자는 세림칩스와 협약을 체결했다."
        let parties = Set(only(.partnership, text).map { Set($0.names(.party)) })
        #expect(parties == [["한빛전자", "누리랩스"], ["한빛전자", "세림칩스"]], "\(only(.partnership, text).map(\.participants))")
    }

    // `‘CES 2025′에서`: a prime closes the curly single quote it ends.
    @Test func aPrimeClosesASingleQuote() {
        let n = Nesting("한빛전자는 ‘CES 2025′에서 누리랩스와 협약을 맺었다.".scalars)
        let k = Array("한빛전자는 ‘CES 2025′에서 누리랩스".unicodeScalars).count - 1
        #expect(n.inQuote[k] == false)
    }

    @Test func aClosedQuotationIsStillSpeech() {
        let s = "누리통신은 “한빛전자가 누리랩스와 제휴를 맺었다”고 밝혔다.".scalars
        let n = Nesting(s)
        let k = Array("누리통신은 “한빛".unicodeScalars).count
        #expect(n.inQuote[k] == true)
    }
}

/// `누리 인베스트먼트 홀딩스`: a word that is only an organization suffix names nothing; the name
/// runs back to the bare word before it.
@Suite struct NamesOfSuffixWordsTests {
    @Test(arguments: [
        ("한빛전자는 ST다이나모 인베스트먼트 홀딩스와 협약을 맺었다.", "ST다이나모 인베스트먼트 홀딩스"),
        ("한빛전자는 누리 인베스트먼트 홀딩스와 협약을 맺었다.", "누리 인베스트먼트 홀딩스"),
        ("한빛전자는 세림 캐피탈 파트너스와 협약을 맺었다.", "세림 캐피탈 파트너스"),
    ])
    func theWholeNameIsTheParty(text: String, name: String) {
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", name])
    }

    // `…홀딩스의 주식 20%를 KKR에 매각`: shares (주식) are a stake as 지분 is.
    @Test func theSharesOfANamedFirmAreSold() {
        let i = only(.investment, "세림텔레콤은 자회사 누리 인베스트먼트 홀딩스의 주식 20%를 KKR에 매각한다고 18일 밝혔다.")
        #expect(i.count == 1, "\(i.map(\.participants))")
        #expect(i.first?.names(.investor) == ["KKR"], "\(i.map(\.participants))")
        #expect(i.first?.names(.target) == ["누리 인베스트먼트 홀딩스"], "\(i.map(\.participants))")
    }

    // `미국민의 주식투자를 금지`: people are no target.
    @Test func peopleAreNoTarget() {
        let text = "미국 재무부는 미국민의 주식투자를 금지한다고 발표했다."
        #expect(only(.ban, text).allSatisfy { !$0.names(.target).contains("미국민") }, "\(only(.ban, text).map(\.participants))")
    }
}
