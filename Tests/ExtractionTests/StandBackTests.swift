import Events
import Testing
@testable import Extraction

/// Announcements stand back across an article: a later statement of the parties about their deal
/// is the deal, not a second event; a plan of something else is still announced.
@Suite struct StandBackTests {
    @Test(arguments: [
        "한빛텔레콤은 누리소프트와 AI 협약을 체결했다. 양사는 앞으로 클라우드 분야에서도 협력을 이어갈 계획이라고 밝혔다.",
        "세림전자는 독일 공조기업 누리에어를 인수했다. 세림전자는 이번 인수로 유럽 공조 시장에 진출하게 됐다고 밝혔다.",
        "미국 상무부는 화성전자를 수출통제 명단에 올렸다. 상무부는 이번 제재가 국가 안보를 위한 것이라고 설명했다.",
    ])
    func aPartysStatementAboutTheDealStandsBack(text: String) {
        let all = events(text)
        #expect(all.contains { $0.kind != .announcement })
        #expect(!all.contains { $0.kind == .announcement }, "\(all.map { ($0.kind, $0.participants.map(\.name)) })")
    }

    @Test(arguments: [
        "한빛텔레콤은 누리소프트와 AI 협약을 체결했다. 한빛텔레콤은 이를 바탕으로 공공 부문에 소버린 클라우드를 개발해 공급하겠다고 밝혔다.",
        "미국 상무부는 화성전자를 수출통제 명단에 올렸다. 상무부는 나머지 기업의 장비 승인을 모두 금지하는 것을 고려하고 있다고 밝혔다.",
    ])
    func aPlanOfSomethingElseIsStillAnnounced(text: String) {
        let all = events(text)
        #expect(all.contains { $0.kind == .announcement }, "\(all.map { ($0.kind, $0.participants.map(\.name)) })")
    }
}
