import Events
import Testing

@Suite struct PartialDateTests {
    @Test func parsesEachPrecision() throws {
        #expect(PartialDate(parsing: "2024-06-03")?.precision == .day)
        #expect(PartialDate(parsing: "2024-06")?.precision == .month)
        #expect(PartialDate(parsing: "2024")?.precision == .year)
        #expect(PartialDate(parsing: "2024-06-03")?.description == "2024-06-03")
        #expect(PartialDate(parsing: "0999")?.description == "0999")
    }

    @Test(arguments: ["2024-13-01", "2024-02-30", "2023-02-29", "2024-00", "0000", "24-06-03", "2024-6-3",
                      "2024/06/03", "", "2024-06-03T00:00", "２０２４", "2024-06-"])
    func rejectsImpossibleOrMalformed(_ text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test func leapDay() {
        #expect(PartialDate(parsing: "2024-02-29") != nil)
        #expect(PartialDate(parsing: "2000-02-29") != nil)
        #expect(PartialDate(parsing: "1900-02-29") == nil)
    }

    @Test func ordersByEarliestMeaning() throws {
        let y = try #require(PartialDate(parsing: "2024"))
        let m = try #require(PartialDate(parsing: "2024-06"))
        let d = try #require(PartialDate(parsing: "2024-06-03"))
        #expect(PartialDate.unknown < y)
        #expect(y < m)
        #expect(m < d)
        #expect(PartialDate.unknown.description == "unknown")
    }
}

@Suite struct TimestampTests {
    @Test func formatsAndParses() {
        #expect(Timestamp.iso8601(milliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.iso8601(milliseconds: 1_717_372_800_123) == "2024-06-03T00:00:00.123Z")
        #expect(Timestamp.parse("2024-06-03") == 1_717_372_800_000)
        #expect(Timestamp.parse("2024-06-03T00:00:00.123Z") == 1_717_372_800_123)
        #expect(Timestamp.parse("2024-02-30") == nil)
        for ms: Int64 in [-86_400_001, 951_782_400_000, 4_102_444_799_999] {
            #expect(Timestamp.parse(Timestamp.iso8601(milliseconds: ms)) == ms)
        }
    }
}
