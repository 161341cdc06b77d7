import Events
import Testing
@testable import Extraction

/// A measure on a name's use, service or business told with 의 (`누리톡의 사용을 금지했다`), as
/// with the bare name (`누리톡 사용을`): the name is the target even when no list knows it. An
/// adverb of time may stand before the verb (`무기한 중지했다`), and the verb may be causative
/// (`중지시켰다`).
@Suite struct WhoseUseTests {
    @Test(arguments: [
        ("방송통신위원회는 누리톡의 사용을 금지했다.", "방송통신위원회", "누리톡"),
        ("케냐 정부는 세림톡의 활동을 무기한 중지시켰다.", "케냐 정부", "세림톡"),
        ("공정거래위원회는 세림페이의 영업을 정지했다.", "공정거래위원회", "세림페이"),
        ("개인정보보호위원회는 가온챗의 국내 서비스를 차단했다.", "개인정보보호위원회", "가온챗"),
    ])
    func whoseUseIsBanned(text: String, imposer: String, target: String) {
        let found = only(.ban, text)
        #expect(found.count == 1)
        #expect(found.first?.names(.imposer) == [imposer], "\(found.map(\.participants))")
        #expect(found.first?.names(.target) == [target], "\(found.map(\.participants))")
    }

    @Test(arguments: [
        "정부는 개인정보의 판매를 금지했다.",
        "회사는 직원들의 사용을 제한했다.",
    ])
    func aCommonNounWithItsUseIsNoTarget(text: String) {
        let targets = events(text).filter { $0.kind == .ban }.flatMap { $0.names(.target) }
        #expect(!targets.contains("개인정보") && !targets.contains("직원"), "\(targets)")
    }
}
