import Events
import Testing

@Suite struct IdentityTests {
    @Test func sameClaimSameIdWhateverTheRecordingDetails() {
        var a = Fixture.partnership()
        var b = Fixture.partnership()
        b.confidence = 0.1
        b.producer = Producer(name: "other", version: "9")
        a.recordedAt = 1
        #expect(EventID.derive(a) == EventID.derive(b))
        #expect(a.id == b.id)
        #expect(a.id.hasPrefix("ev-") && a.id.count == 35)
    }

    @Test func participantOrderDoesNotMatter() {
        let a = Fixture.partnership("KT", "마이크로소프트")
        let b = Fixture.partnership("마이크로소프트", "KT")
        // Evidence differs with the order in the fixture; compare without it.
        var x = a, y = b
        x.source.evidence = nil
        y.source.evidence = nil
        #expect(EventID.derive(x) == EventID.derive(y))
    }

    @Test func differentPlaceOrClaimDifferentId() {
        let base = Fixture.partnership()
        #expect(base.id != Fixture.partnership(article: 1).id)
        #expect(base.id != Fixture.partnership(document: "other.txt").id)
        #expect(base.id != Fixture.partnership(date: "2024-06").id)
        #expect(base.id != Fixture.partnership("KT", "네이버").id)
    }

    @Test func organizationIdsFoldCaseWidthAndSpace() {
        #expect(OrganizationID.make("SK 텔레콤") == OrganizationID.make("SK텔레콤"))
        #expect(OrganizationID.make("Microsoft") == "microsoft")
        #expect(OrganizationID.make("ＫＴ") == "kt")
        #expect(OrganizationID.make("KT") != OrganizationID.make("KT클라우드"))
    }

    @Test func userIdsAreChecked() {
        #expect(EventID.isValid("my-pipeline:000123"))
        #expect(!EventID.isValid(""))
        #expect(!EventID.isValid("has space"))
        #expect(!EventID.isValid("한글"))
        #expect(!EventID.isValid(String(repeating: "x", count: 129)))
    }
}
