import Events
import Testing
@testable import Extraction

/// Work done by way of a partnership (`B와 협업을 통해 …를 공개했다`) tells that the partnership
/// happened (GUIDELINES, "Background facts count"); what the sentence reports still stands.
@Suite struct ByWayOfPartnershipTests {
    @Test(arguments: [
        ("한빛텔레콤은 지난해 누리AI와 협업을 통해 통화 중 AI 검색 서비스를 공개했다.", ["한빛텔레콤", "누리AI"]),
        ("한빛텔레콤은 누리클라우드와의 협력을 통해 데이터센터를 짓는다.", ["한빛텔레콤", "누리클라우드"]),
        ("한빛전자와 세림반도체의 협력으로 탄생한 GPU가 새 스마트폰에 들어간다.", ["한빛전자", "세림반도체"]),
        ("누리모빌리티는 오로라랩스와 제휴를 통해 자율주행 택시를 출시했다.", ["누리모빌리티", "오로라랩스"]),
    ])
    func aPartnershipToldAsTheWay(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1, "\(events(text).map(\.participants))")
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties))
    }

    @Test func theSentencesVerbSaysWhetherItHappened() {
        // `…를 출시할 계획이다`: the work is planned, and the partnership with it.
        let planned = only(.partnership, "한빛텔레콤은 누리AI와 협업을 통해 새 서비스를 출시할 계획이다.")
        #expect(planned.first?.modality == .planned, "\(planned.map(\.participants))")
        let done = only(.partnership, "한빛텔레콤은 누리AI와 협업을 통해 새 서비스를 출시했다.")
        #expect(done.first?.modality == .done, "\(done.map(\.participants))")
    }

    @Test func theLaunchItMadeIsStillAnnounced() {
        // The launch is what the sentence reports; it does not stand back for the partnership.
        let text = "한빛텔레콤은 지난해 누리AI와 협업을 통해 통화 중 AI 검색 서비스를 공개했다."
        #expect(only(.announcement, text).first?.names(.actor) == ["한빛텔레콤"], "\(events(text).map(\.participants))")
    }

    @Test(arguments: [
        // No partner named right before the noun, or the partner is no organization.
        "한빛전자는 협력을 통해 성과를 냈다.",
        "정부는 기업과 협력으로 문제를 풀겠다고 밝혔다.",
        "한빛전자는 누리반도체와 경쟁을 통해 성장했다.",
        // Governments working with countries state a policy.
        "정부는 미국, 유럽 등 선진국과의 협력을 통해 공동 연구를 확대한다.",
        "미국, 유럽 등 AI 선진국과의 협력을 통해 기술 공유를 넓힐 계획이다.",
    ])
    func noPartnerNoPartnership(text: String) {
        #expect(only(.partnership, text).isEmpty, "\(events(text).map(\.participants))")
    }

    @Test func aStatementBesideAFailedReadingStillStands() {
        // A partnership read that names no partner takes nothing from the statement beside it.
        let text = "정부는 기업과 협력으로 문제를 풀겠다고 밝혔다."
        #expect(only(.announcement, text).count == 1, "\(events(text).map(\.participants))")
    }
}
