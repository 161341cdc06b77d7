import Testing
import Events
@testable import Extraction

/// `외신은 상무부가 …했다고 밝혔다`: a common noun marked as topic before the quoted clause's own
/// subject is the speaker, and it is no organization.
@Suite struct SpeakerBeforeTheClauseTests {
    @Test(arguments: [
        "외신은 상무부가 누리칩스에 새 규정을 적용했다고 밝혔다.",
        "외신들은 상무부가 누리칩스에 새 규정을 적용했다고 밝혔다.",
        "한 의원은 상무부가 누리칩스에 새 규정을 적용했다고 밝혔다.",
    ])
    func noOrganizationAnnounces(text: String) {
        #expect(only(.announcement, text).isEmpty, "\(only(.announcement, text).map(\.participants))")
    }

    // Without a topic before it, the clause's subject says it itself; a word that stands for a firm
    // named before (`이 회사는`) speaks for that firm, not for a paper.
    @Test(arguments: [
        "상무부가 누리칩스에 새 규정을 적용했다고 밝혔다.",
        "이 회사는 상무부가 누리칩스에 새 규정을 적용했다고 밝혔다.",
    ])
    func theSubjectStillSpeaks(text: String) {
        expectOne(.announcement, text, .actor, ["미국 상무부"])
    }
}

/// A partnership with its subject left out belongs to the firm the latest topic-marked sentence was
/// about, as an investment does, not to the article's first firm.
@Suite struct PartnershipOfTheRecentTopicTests {
    @Test func theLatestTopicPartners() {
        let text = "누리랩스는 지난해 새 칩을 공개했다. 세림반도체는 지난달 새 서비스를 출시했다. 지난 3일에는 중동의 나래통신과 손을 잡았다."
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(p.map(\.participants))")
        #expect(Set(p.first?.names(.party) ?? []) == ["세림반도체", "나래통신"], "\(p.map(\.participants))")
    }

    @Test func withOneFirmItIsThatFirm() {
        let text = "누리랩스는 지난해 새 칩을 공개했다. 지난 3일에는 중동의 나래통신과 손을 잡았다."
        expectOneAnyOrder(.partnership, text, .party, ["누리랩스", "나래통신"])
    }
}

/// `이미 누리칩스 장비에 대한 수출을`: an adverb before the goods is no part of their name.
@Suite struct AdverbBeforeGoodsTests {
    @Test(arguments: [
        "미국 상무부는 이미 누리칩스 장비에 대한 수출을 통제하고 있다.",
        "미국 상무부는 이미 누리칩스 장비에 대한 수출을 통제 중이다.",
    ])
    func theGoodsAreNamedWithoutIt(text: String) {
        expectOne(.ban, text, [(.imposer, ["미국 상무부"]), (.target, ["누리칩스 장비"])])
    }
}

/// `협력 체제를 구축했다` is a partnership, as `협력 체계를 구축했다` is.
@Suite struct CooperationFrameworkTests {
    @Test(arguments: [
        "누리랩스는 세림반도체와 AI 협력 체제를 구축했다.",
        "누리랩스는 세림반도체와 협력체제를 구축했다.",
    ])
    func thePartnersJoin(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["누리랩스", "세림반도체"])
    }
}
