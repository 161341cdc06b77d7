import Events
import Testing
@testable import Extraction

@Suite struct OrganizationTests {
    let recognizer = OrganizationRecognizer(lexicon: extractor.lexicon)

    func mentions(_ text: String) -> [Mention] {
        var aliases = ArticleAliases()
        let s = text.scalars
        return recognizer.mentions(in: s, nesting: Nesting(s), aliases: &aliases)
    }

    @Test func gazetteerAliasesResolveToCanonicalNames() {
        let found = mentions("과기정통부와 케이티, SKT는 개인정보위를 찾았다")
        #expect(found.map(\.name) == ["과학기술정보통신부", "KT", "SK텔레콤", "개인정보보호위원회"])
        #expect(found.map(\.marker) == [.comitative, .list, .subject, .object])
        #expect(found[1].surface == "케이티")
    }

    @Test func longestAliasWinsAndParticlesStay() {
        let found = mentions("SK하이닉스가 SK그룹과 만났고 마이크로소프트(MS)의 임원도 왔다")
        #expect(found.map(\.name) == ["SK하이닉스", "SK그룹", "마이크로소프트"])
        #expect(found[2].marker == .genitive)
    }

    @Test func aWordThatMerelyStartsWithANameIsNotIt() {
        // 메타버스 is not 메타, 네이버페이가 is its own name, 삼성동 is a place.
        let found = mentions("메타버스 시장과 삼성동 거리")
        #expect(found.isEmpty)
    }

    @Test func parenthesizedAbbreviationTeachesTheAlias() {
        var aliases = ArticleAliases()
        let first = "한빛로봇산업협회(HRIA)는 행사를 열었다".scalars
        let m1 = recognizer.mentions(in: first, nesting: Nesting(first), aliases: &aliases)
        #expect(m1.first?.name == "한빛로봇산업협회")
        #expect(m1.first?.rule == "suffix")
        #expect(m1.first?.marker == .subject)
        let second = "HRIA는 회원사를 늘린다".scalars
        let m2 = recognizer.mentions(in: second, nesting: Nesting(second), aliases: &aliases)
        #expect(m2.first?.name == "한빛로봇산업협회")
        #expect(m2.first?.rule == "alias")
    }

    @Test func pressReleaseHeadAndKoreanAbbreviationMarkUnknownNames() {
        let headed = mentions("클라우드 기업 나무소리(대표 홍길동)는 새 서비스를 내놨다")
        #expect(headed.map(\.name) == ["나무소리"])
        #expect(headed.first?.marker == .subject)
        var aliases = ArticleAliases()
        let first = "한빛수력원자력(한수원)은 발전소를 세운다".scalars
        #expect(recognizer.mentions(in: first, nesting: Nesting(first), aliases: &aliases).first?.name == "한빛수력원자력")
        let second = "한수원은 계획을 바꿨다".scalars
        #expect(recognizer.mentions(in: second, nesting: Nesting(second), aliases: &aliases).first?.name == "한빛수력원자력")
        // A gloss is not an abbreviation: 인공지능(AI), 거대언어모델(모델).
        #expect(mentions("거대언어모델(모델)과 인공지능(AI)").isEmpty)
    }

    @Test func aBareAliasIsBlockedAfterGenericWords() {
        #expect(mentions("각국 정부는 대응에 나섰다").isEmpty)
        #expect(mentions("새 정부는 대응에 나섰다").first?.name == "대한민국 정부")
    }

    @Test func suffixPatternsHonourTheStopList() {
        let found = mentions("가온바이오와 누리중공업은 정부와 업계, 일부 사업부를 만났다")
        #expect(found.map(\.name) == ["가온바이오", "누리중공업", "대한민국 정부"])
    }

    @Test func acronymsOutsideTheStopListAreOrganizations() {
        let found = mentions("CEO와 GPU 이야기 끝에 XKCO가 나섰다")
        #expect(found.map(\.name) == ["XKCO"])
        #expect(found[0].rule == "acronym")
    }

    @Test func capitalizedLatinNamesWithAParticle() {
        let found = mentions("Gaonsoft는 Nurilabs와 만났지만 Python 코드를 썼다")
        #expect(found.map(\.name) == ["Gaonsoft", "Nurilabs"])
        #expect(found.map(\.rule) == ["latin-name", "latin-name"])
    }

    @Test func aPersonsTitleMakesTheOrganizationTheSpeaker() {
        let found = mentions("김하늘 KT 대표는 강조했다")
        #expect(found.first?.name == "KT")
        #expect(found.first?.speaker == true)
        #expect(found.first?.marker == .subject)
        let viaGenitive = mentions("오라클의 래리 엘리슨 회장은 말했다")
        #expect(viaGenitive.first?.marker == .subject)
        let anonymous = mentions("KT 관계자는 말했다")
        #expect(anonymous.first?.anonymous == true)
    }

    @Test func headOfStateSpeaksForTheirGovernment() {
        #expect(mentions("이 대통령은 말했다").first?.name == "대한민국 정부")
        #expect(mentions("트럼프 대통령은 말했다").first?.name == "미국 정부")
    }
}
