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
