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
}
