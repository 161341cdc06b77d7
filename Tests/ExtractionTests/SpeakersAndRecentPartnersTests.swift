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

    // Without a common noun as topic before it, the clause's subject is read as the speaker, as
    // before: with no topic at all, and with a word that stands for a firm (`이 회사는`), which is no
    // paper's or lawmaker's voice.
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

/// Compound nouns written glued or spaced alike (`공동연구`, `공동 연구`; `업무제휴 관계`).
@Suite struct GluedCompoundTriggerTests {
    @Test(arguments: [
        "한빛전자는 누리랩스와 공동연구를 진행한다.",
        "한빛전자는 누리랩스와 공동 연구를 진행한다.",
        "한빛전자는 누리랩스와 업무제휴 관계를 맺었다.",
        "한빛전자는 누리랩스와 업무 제휴 관계를 맺었다.",
    ])
    func thePartnersJoin(text: String) {
        expectOneAnyOrder(.partnership, text, .party, ["한빛전자", "누리랩스"])
    }
}

/// `토론토대(캐나다) 등과`: a list's last item glossed before the 등 that closes it still takes the
/// particle after 등.
@Suite struct GlossedLastItemTests {
    @Test func everyItemPartners() {
        let text = "누리AI연구원은 토론토대(캐나다)·서울대(한국)·미시간대(미국) 등과 공동연구를 진행하고 있다."
        expectOneAnyOrder(.partnership, text, .party, ["누리AI연구원", "토론토대", "서울대학교", "미시간대"])
    }
}

/// `B에 3000억원을 베팅했다`: the financial press's word for putting money in a firm.
@Suite struct BetAsInvestmentTests {
    @Test(arguments: [
        "세림캐피탈은 누리클라우드에 500억원을 베팅했다.",
        "세림캐피탈이 누리클라우드에 3000억원 이상을 베팅하기로 했다.",
    ])
    func theInvestorPutsMoneyIn(text: String) {
        expectOne(.investment, text, [(.investor, ["세림캐피탈"]), (.target, ["누리클라우드"])])
    }

    // A bet on the market, or on a word that names no firm, is no investment.
    @Test func aBetOnNoFirmIsNone() {
        #expect(only(.investment, "외국인의 하방 베팅이 시작됐다.").isEmpty)
    }
}

/// `누리칩스는 세림테크가 자사 지분을 인수했다고 밝혔다`: the speaker's own stake is the speaker.
@Suite struct OwnStakeOfTheSpeakerTests {
    @Test func theSpeakerIsBoughtInto() {
        expectOne(.investment, "누리칩스는 세림테크가 자사 지분 9.49%를 인수했다고 밝혔다.", [(.investor, ["세림테크"]), (.target, ["누리칩스"])])
    }
}

/// `협력을 진행하고 있는 것은 아니다`, `협약을 체결한 것은 아니라고`: a clause denied as a whole.
@Suite struct DeniedClauseTests {
    @Test(arguments: [
        "다만 세림반도체와 한빛전자가 인수와 관련해 협력을 진행하고 있는 것은 아니다.",
        "세림반도체와 한빛전자가 협력하고 있는 것은 아니다.",
        "세림반도체는 한빛전자와 협약을 체결한 것은 아니라고 밝혔다.",
    ])
    func noPartnership(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(only(.partnership, text).map(\.participants))")
    }

    @Test func theProgressiveStillHappens() {
        expectOneAnyOrder(.partnership, "세림반도체와 한빛전자가 AI 칩 개발에 협력하고 있다.", .party, ["세림반도체", "한빛전자"])
    }
}

/// `양자컴퓨팅 기업 큐에라 컴퓨팅(QuEra Computing Inc)`: a company form at the end of the Latin
/// gloss is no word the Hangul name must match, so the descriptor before it stays out of the name.
@Suite struct GlossWithACompanyFormTests {
    @Test func theDescriptorIsNoPartOfTheName() {
        let text = "세종특별자치시는 양자컴퓨팅 기업 큐에라 컴퓨팅(QuEra Computing Inc)과 업무협약을 체결했다."
        expectOneAnyOrder(.partnership, text, .party, ["세종특별자치시", "큐에라 컴퓨팅"])
    }

    @Test func aTransliteratedFormIsKept() {
        let text = "세종특별자치시는 누리 퀀텀 인크(Nuri Quantum Inc)와 업무협약을 체결했다."
        expectOneAnyOrder(.partnership, text, .party, ["세종특별자치시", "누리 퀀텀 인크"])
    }
}

/// `…장비가 사용됐다면 수출을 통제한다`: a word with a verb's ending (MeCab EC, EF) closes a clause
/// before the exports and names no goods.
@Suite struct VerbFormBeforeExportsTests {
    @Test func noGoodsAreNamed() {
        let text = "미국 상무부는 제3국 제품이라도 미국산 장비가 사용됐다면 수출을 통제한다."
        #expect(only(.ban, text).allSatisfy { !$0.names(.target).contains("사용됐다면") }, "\(only(.ban, text).map(\.participants))")
        #expect(only(.ban, text).isEmpty, "\(only(.ban, text).map(\.participants))")
    }
}

/// `A 제품을 중국에 팔지 못하도록 했다`: keeping a firm from selling is a measure on exports.
@Suite struct KeptFromSellingTests {
    @Test func theSellerIsTheTarget() {
        expectOne(.ban, "미국 상무부는 지난해 12월 누리칩스 제품을 중국에 팔지 못하도록 했다.", [(.imposer, ["미국 상무부"]), (.target, ["누리칩스"])])
    }
}

/// `누리톡 다운로드와 나래챗 사용을 금지했다`: each name with its own use noun is banned.
@Suite struct EachWithItsOwnUseNounTests {
    @Test func bothAreTargets() {
        expectOne(.ban, "미국 상무부는 누리톡 다운로드와 나래챗 사용을 금지했다.", [(.imposer, ["미국 상무부"]), (.target, ["누리톡", "나래챗"])])
    }
}
