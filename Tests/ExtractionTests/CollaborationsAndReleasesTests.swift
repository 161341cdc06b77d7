import Testing
import Events
@testable import Extraction

/// A collaboration (컬래버레이션, 콜라보) between two firms is a partnership, and a release told
/// with a connective of 내놓다 (`…을 내놓으며`) is a launch.
@Suite struct CollaborationsAndReleasesTests {
    @Test(arguments: [
        "한빛제과와 누리웹툰은 지난 3일 두 캐릭터의 컬래버레이션을 발표했다.",
        "한빛제과는 누리웹툰과 콜라보레이션을 진행했다.",
        "한빛제과는 누리웹툰과의 콜라보를 통해 한정판 과자를 출시했다.",
    ])
    func aCollaborationIsAPartnership(text: String) {
        let p = only(.partnership, text)
        #expect(Set(p.first?.names(.party) ?? []) == ["한빛제과", "누리웹툰"], "\(p.map(\.participants))")
    }

    @Test func aCollaborationWithNoPartnerNamedIsNone() {
        #expect(only(.partnership, "한빛제과는 인기 캐릭터와의 컬래버레이션 제품을 선보였다.").isEmpty)
    }

    @Test(arguments: [
        "세림텔레콤은 초거대 AI 모델 '누리원'을 내놓으며 경쟁에 뛰어들었다.",
        "세림텔레콤은 새 요금제를 내놓으며 가입자 유치에 나섰다.",
    ])
    func aReleaseToldWithAConnectiveIsALaunch(text: String) {
        expectOne(.announcement, text, .actor, ["세림텔레콤"])
    }
}

/// Spellings of deals and measures the lexicon lists: `손 잡고` written apart and a stop of use
/// (`이용을 중지시켰다`, `사용을 중지하라고`).
@Suite struct SpacedSpellingsTests {
    @Test func aHandshakeWrittenApartIsAPartnership() {
        expectOne(.partnership, "한빛전자는 세림캐피털과 손 잡고 펀드를 조성했다.", .party, ["한빛전자", "세림캐피털"])
    }

    @Test(arguments: [
        "지바현은 누리톡의 이용을 중지시켰다.",
        "방통위는 한빛전자에 누리톡의 사용을 중지하라고 통보했다.",
    ])
    func aStopOfUseIsAMeasure(text: String) {
        #expect(only(.ban, text).first?.names(.target).contains("누리톡") == true, "\(only(.ban, text).map(\.participants))")
    }
}
