import Testing
import Events
@testable import Extraction

/// Measures on an act (`누리랩이 …판매하는 것을 금지했다`: on the act's doer), on a second name
/// with 도 after the imposer (`러시아가 왓츠앱도 제한했다`), and measures begun (`제한하기 시작했다`).
@Suite struct ForbiddenActsAndAlsoObjectsTests {
    @Test(arguments: [
        "방통위는 누리랩이 국내에서 앱을 판매하는 것을 금지했다.",
        "방통위는 누리랩이 새 가입자를 모집하는 것을 금지한다고 밝혔다.",
        "방통위는 이날 누리랩이 이용자 정보를 해외로 옮기는 것을 금지했다.",
    ])
    func theDoerOfTheForbiddenActIsTheTarget(text: String) {
        expectOne(.ban, text, [(.imposer, ["방송통신위원회"]), (.target, ["누리랩"])])
    }

    @Test func aReasonClausesSubjectIsNoTarget() {
        let bans = only(.ban, "방통위는 누리랩이 규정을 어겼다면서 이용자가 앱에 접속하는 것을 금지했다.")
        #expect(!bans.contains { $0.names(.target).contains("누리랩") }, "\(bans.map(\.participants))")
    }

    @Test(arguments: [
        ("러시아가 왓츠앱도 제한했다.", "왓츠앱"),
        ("러시아 당국은 서방 메신저 중 하나인 텔레그램도 차단했다.", "텔레그램"),
        ("러시아는 지난달 왓츠앱도 금지했다.", "왓츠앱"),
    ])
    func aNameWithAlsoAfterTheImposerIsTheTarget(text: String, target: String) {
        expectOne(.ban, text, .target, [target])
        #expect(only(.ban, text).first?.names(.imposer).contains(target) == false)
    }

    @Test(arguments: [
        "한빛전자가 누리톡을 앱마켓에서 삭제하자 세림소프트도 누리톡을 퇴출했다.",
        "한빛전자가 누리톡을 앱마켓에서 내린 뒤 세림소프트도 누리톡을 퇴출했다.",
    ])
    func anotherClauseBeforeTheNameWithAlsoKeepsItTheImposer(text: String) {
        let bans = only(.ban, text)
        #expect(!bans.contains { $0.names(.target).contains("세림소프트") }, "\(bans.map(\.participants))")
    }

    @Test func aNameWithAlsoAfterAPlaceIsStillTheTarget() {
        expectOne(.ban, "러시아 당국은 자국에서 왓츠앱도 차단했다.", .target, ["왓츠앱"])
    }

    @Test func anotherSubjectInTheActDoesIt() {
        let bans = only(.ban, "방통위는 누리랩이 국내에서 청소년이 앱을 쓰는 것을 금지했다.")
        #expect(!bans.contains { $0.names(.target).contains("누리랩") }, "\(bans.map(\.participants))")
    }

    @Test(arguments: [
        "방통위는 누리톡 접속을 제한하기 시작했다.",
        "방통위는 지난달부터 누리톡 접속을 차단하기 시작했다.",
    ])
    func aMeasureBegunIsAMeasure(text: String) {
        expectOne(.ban, text, .target, ["누리톡"])
    }
}

/// Who imposed a measure the subject received (`…로부터 제재를 받았다`, `미국의 제재를 받아왔다`), and
/// a foreign leader's government (`바이든 정부가`).
@Suite struct ReceivedMeasuresAndLeadersGovernmentsTests {
    @Test(arguments: [
        ("누리랩은 미국 상무부로부터 제재를 받았다.", "미국 상무부"),
        ("누리랩은 미국 정부로부터 고성능 칩 수출 규제를 받았다고 밝혔다.", "미국 정부"),
        ("누리랩은 오랫동안 미국의 제재를 받아왔다.", "미국 정부"),
    ])
    func theBodyAMeasureIsReceivedFromImposesIt(text: String, imposer: String) {
        expectOne(.ban, text, [(.imposer, [imposer]), (.target, ["누리랩"])])
    }

    @Test(arguments: [
        "중국 외교부는 미국의 제재를 받았다고 밝혔다.",
        "누리랩은 한빛전자에서 인수한 공장 때문에 미국의 제재를 받았다.",
    ])
    func theSpeakerOrAPlaceIsNoImposerOfAMeasureReceived(text: String) {
        let bans = only(.ban, text)
        #expect(!bans.contains { $0.names(.imposer).contains("중국 외교부") || $0.names(.imposer).contains("한빛전자") }, "\(bans.map(\.participants))")
    }

    @Test func aRequestReceivedIsNoMeasureReceived() {
        let bans = only(.ban, "누리랩은 러시아 당국으로부터 유튜브 채널 차단 요청을 받았다.")
        #expect(!bans.contains { $0.names(.target).contains("누리랩") }, "\(bans.map(\.participants))")
    }

    @Test func aMeasureReceivedAfterAnotherIsStillItsOwnersOwn() {
        let bans = only(.ban, "중국 정부는 관리들의 아이폰 사용을 금지했다. 중국 누리랩은 오랫동안 미국의 제재를 받아왔다.")
        #expect(bans.contains { $0.names(.imposer) == ["미국 정부"] && $0.names(.target) == ["누리랩"] }, "\(bans.map(\.participants))")
        #expect(!bans.contains { $0.names(.imposer) == ["중국 정부"] && $0.names(.target) == ["누리랩"] }, "\(bans.map(\.participants))")
    }

    @Test(arguments: ["바이든 정부가 누리랩을 블랙리스트에 올렸다.", "트럼프 정부는 누리랩을 거래제한 명단에 올렸다."])
    func aForeignLeadersGovernmentIsThatCountrys(text: String) {
        expectOne(.ban, text, [(.imposer, ["미국 정부"]), (.target, ["누리랩"])])
    }
}
