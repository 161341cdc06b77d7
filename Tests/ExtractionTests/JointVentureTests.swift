import Events
import Testing
@testable import Extraction

/// A joint venture told in passing: its founders are partners.
@Suite struct JointVentureTests {
    @Test(arguments: [
        ("LG전자와 한빛전자가 합작해 설립한 누리마그나는 올해 흑자를 냈다.", ["LG전자", "한빛전자"]),
        ("한빛전자·세림반도체·누리화학이 출자해 만든 합작회사 누리테크가 공장을 완공했다.", ["한빛전자", "세림반도체", "누리화학"]),
        ("삼성전자와 한빛전자의 합작법인인 누리테크는 매출이 늘었다.", ["삼성전자", "한빛전자"]),
    ])
    func theFoundersOfAJointVenture(text: String, parties: [String]) {
        let p = only(.partnership, text)
        #expect(p.count == 1)
        #expect(Set(p.first?.names(.party) ?? []) == Set(parties), "\(p.map(\.participants))")
    }

    @Test(arguments: [
        "누리테크는 합작법인 설립을 검토하고 있다.",
        "한빛전자는 합작사가 독립 법인으로서 보안을 전담한다고 설명했다.",
    ])
    func aJointVentureNamedWithoutItsFoundersIsNoPartnership(text: String) {
        #expect(only(.partnership, text).isEmpty)
    }
}
