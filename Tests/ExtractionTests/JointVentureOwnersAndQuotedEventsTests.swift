import Testing
import Events
@testable import Extraction

/// A joint venture with its owners named right before the noun (`한빛·세림 합작사 누리모빌리티`), an
/// event held under a quoted title (`‘누리 서밋 2023’을 열었다`), a measure received with 받 glued
/// to its word (`…하지 못하도록 지시받았다`), and a measure laid with 가하다 in a connective.
@Suite struct JointVentureOwnersAndQuotedEventsTests {
    @Test(arguments: [
        "네이버·카카오 합작사 누리모빌리티가 출범했다.",
        "네이버·카카오 합작법인 누리모빌리티는 서울시와 업무협약을 맺었다.",
    ])
    func theOwnersNamedBeforeAJointVentureArePartners(text: String) {
        #expect(only(.partnership, text).contains { Set($0.names(.party)) == ["네이버", "카카오"] }, "\(only(.partnership, text).map(\.participants))")
    }

    @Test func oneNameBeforeAJointVentureIsNoPartnership() {
        #expect(only(.partnership, "네이버 합작법인이 출범했다.").isEmpty)
    }

    @Test(arguments: [
        "NHN클라우드가 코엑스에서 기술 콘퍼런스 ‘누리 서밋 2023’을 열었다.",
        "NHN클라우드는 판교에서 개발자 행사 '누리 데브데이'를 열고 신기술을 소개했다.",
    ])
    func anEventHeldUnderAQuotedTitleIsAnnounced(text: String) {
        expectOne(.announcement, text, .actor, ["NHN클라우드"])
    }

    @Test func aMeasureReceivedWithGluedBatchimHasTheSubjectAsTarget() {
        let bans = only(.ban, "텐센트와 앤트그룹은 챗GPT 접속을 제공하지 못하도록 지시받은 것으로 알려졌다.")
        #expect(!bans.contains { $0.names(.imposer).contains("텐센트") || $0.names(.imposer).contains("앤트그룹") }, "\(bans.map(\.participants))")
    }

    @Test func theMeasureToldBeforeImposesOneReceived() {
        let text = "중국 당국은 누리톡 접속을 차단했다. 텐센트도 누리톡을 제공하지 못하도록 지시받았다."
        #expect(only(.ban, text).contains { $0.names(.imposer) == ["중국 정부"] && $0.names(.target).contains("텐센트") }, "\(only(.ban, text).map(\.participants))")
    }

    @Test(arguments: [
        "미국은 화웨이에 수출 규제를 가하며 압박했다.",
        "미국은 화웨이에 수출 규제를 가하고 동맹국을 압박했다.",
    ])
    func aMeasureLaidWithGahadaInAConnectiveIsAMeasure(text: String) {
        expectOne(.ban, text, .target, ["화웨이"])
    }

    @Test func countriesBeforeAJointVentureAreNoPartners() {
        #expect(only(.partnership, "한빛전자는 일본·대만 합작법인 누리테크에 300억원을 투자했다.").isEmpty)
    }

    @Test(arguments: [
        "한빛전자는 AI 반도체 시장에 ‘새 장’을 열었다.",
        "한빛전자는 ‘판도라의 상자’를 열었다는 비판을 받았다.",
        "방통위는 세림소프트가 제출한 ‘개인정보 처리 보고서’를 열람했다.",
    ])
    func anIdiomOrAnotherVerbAfterAQuotedWordIsNoEventHeld(text: String) {
        #expect(only(.announcement, text).isEmpty, "\(only(.announcement, text).map(\.participants))")
    }

    @Test func whoIsOrderedToImposeAMeasureIsNotItsTarget() {
        let bans = only(.ban, "중국 당국은 누리톡 접속을 차단했다. SK텔레콤도 누리톡 접속을 차단하도록 지시받았다.")
        #expect(!bans.contains { $0.names(.target).contains("SK텔레콤") }, "\(bans.map(\.participants))")
    }
}
