import Testing
import Events
@testable import Extraction

/// A measure told with its subject left out, and no measure told before it: the body the sentence
/// before was about imposes it (`방통위는 …조사해왔다. 이어 누리톡 접속을 차단했다`).
@Suite struct LeftOutImposersTests {
    @Test(arguments: [
        "방통위는 누리톡의 불법 정보 유통을 조사해왔다. 이어 누리톡 접속을 차단했다.",
        "방통위는 누리톡의 개인정보 처리를 조사해왔다. 지난달에는 누리톡 앱의 신규 다운로드를 중단시켰다.",
    ])
    func theTopicOfTheSentenceBeforeImposes(text: String) {
        expectOne(.ban, text, [(.imposer, ["방송통신위원회"]), (.target, ["누리톡"])])
    }

    @Test func aSubjectThatNamesNoOrganizationIsStillASubject() {
        let bans = only(.ban, "방통위는 누리톡을 조사해왔다. 김민수 장관은 누리톡 접속을 차단하라고 지시했다.")
        #expect(!bans.contains { $0.names(.imposer).contains("방송통신위원회") }, "\(bans.map(\.participants))")
    }

    @Test func aPassiveTakesNoImposerFromTheSentenceBefore() {
        let bans = only(.ban, "방통위는 누리톡을 조사해왔다. 이어 누리톡 접속이 차단됐다.")
        #expect(!bans.contains { $0.names(.imposer).contains("방송통신위원회") }, "\(bans.map(\.participants))")
    }

    @Test func aMeasureToldBeforeKeepsItsOwnImposer() {
        let text = "방통위는 누리톡을 조사해왔다. 과기정통부는 세림톡 접속을 차단했다. 이어 누리톡 접속도 차단했다."
        let bans = only(.ban, text)
        #expect(bans.contains { $0.names(.imposer).contains("과학기술정보통신부") && $0.names(.target).contains("누리톡") }, "\(bans.map(\.participants))")
        #expect(!bans.contains { $0.names(.imposer).contains("방송통신위원회") }, "\(bans.map(\.participants))")
    }

    @Test func aFirmDescribingWhatItsProductBlocksImposesNothing() {
        let bans = only(.ban, "누리랩스는 피싱 탐지 서비스 누리가드를 출시했다. 카카오톡의 악성 링크 접속을 자동으로 차단한다.")
        #expect(!bans.contains { $0.names(.imposer).contains("누리랩스") }, "\(bans.map(\.participants))")
    }

    @Test func aNameWithUiThatGivesTheReasonIsNoTarget() {
        let text = "과기정통부는 회의를 열었다. 이어 세림소프트의 요청에 따라 누리톡 접속을 차단했다."
        expectOne(.ban, text, [(.imposer, ["과학기술정보통신부"]), (.target, ["누리톡"])])
    }
}
