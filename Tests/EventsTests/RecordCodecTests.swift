import Events
import PropertyBased
import TestSupport
import Testing

/// Builds an event with every field varied from a seed the property checker draws, so each
/// check covers Korean and ASCII text, emoji, control characters, absent and present optionals.
enum EventGen {
    static let event = Gen.uint64(in: 0...UInt64.max).map { seed in make(seed: seed) }

    static func make(seed: UInt64) -> Event {
        var rng = SplitMix(seed: seed)
        func text() -> String {
            let alphabets: [[Character]] = [
                Array("가나다라마바사아자차카타파하한국클라우드전자그룹"), Array("abcXYZ019"), Array(" ·()-'\"\\\n\t😀\u{01}"),
            ]
            let n = Int(rng.next() % 40) + 1
            return String((0..<n).map { _ in
                let a = alphabets[Int(rng.next() % 3)]
                return a[Int(rng.next() % UInt64(a.count))]
            })
        }
        func maybe<T>(_ make: () -> T) -> T? { rng.next() % 3 == 0 ? nil : make() }
        func int(_ bound: UInt64) -> Int { Int(rng.next() % bound) }
        let dates = [PartialDate.unknown, PartialDate(year: 2024)!, PartialDate(year: 1999, month: 12)!,
                     PartialDate(year: 2025, month: 2, day: 28)!]
        let kind = EventKind.allCases[int(UInt64(EventKind.allCases.count))]
        let hashed = rng.next() % 2 == 0
        let source = Source(document: text(), article: maybe { int(500) }, articleHash: hashed ? (0..<32).map { _ in UInt8(truncatingIfNeeded: rng.next()) } : nil,
                            sentence: maybe { int(100_000) }, span: maybe { let s = int(10_000); return Span(start: s, end: s + int(300)) },
                            evidence: maybe(text), url: maybe(text), publisher: maybe(text),
                            published: hashed ? dates[int(4)] : nil)
        let participants = (0..<int(7)).map { _ in
            Participant(role: Role.allCases[int(UInt64(Role.allCases.count))], name: text(), surface: text(),
                        type: maybe { OrganizationType.allCases[int(UInt64(OrganizationType.allCases.count))] })
        }
        let amount = maybe {
            Amount(value: maybe { Double(rng.next() % 1_000_000_000_000_000) }, low: maybe { Double(int(1000)) },
                   high: maybe { Double(int(1_000_000)) / 7 }, currency: maybe { ["KRW", "USD"][int(2)] }, text: text())
        }
        var e = Event(kind: kind, occurredAt: dates[int(4)], source: source, participants: participants, amount: amount,
                      scope: maybe(text), reason: maybe(text), subject: maybe(text),
                      retracts: kind == .retraction ? text() : nil,
                      alias: kind == .alias ? AliasDeclaration(name: text(), organization: text()) : nil,
                      modality: rng.next() % 2 == 0 ? .planned : .done, confidence: Double(int(10_001)) / 10_000,
                      producer: Producer(name: text(), version: text()))
        e.position = rng.next()
        e.recordedAt = Int64(bitPattern: rng.next()) / 4
        return e
    }
}


@Suite struct RecordCodecTests {
    @Test func roundTripsEveryField() async {
        await propertyCheck(count: 300, input: EventGen.event) { event in
            let bytes = RecordCodec.encode(event)
            let decoded = try? RecordCodec.decode(bytes)
            #expect(decoded == event)
        }
    }

    @Test func headerAgreesWithFullDecode() async {
        await propertyCheck(count: 200, input: EventGen.event) { event in
            let bytes = RecordCodec.encode(event)
            let header = bytes.withUnsafeBytes { try? RecordCodec.header($0) }
            #expect(header?.kind == event.kind)
            #expect(header?.position == event.position)
            #expect(header?.occurredAt == event.occurredAt)
            #expect(header?.recordedAt == event.recordedAt)
            #expect(header?.participantCount == event.participants.count)
        }
    }

    @Test func everyTruncationIsAnErrorNotACrash() async {
        await propertyCheck(count: 50, input: EventGen.event) { event in
            let bytes = RecordCodec.encode(event)
            for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 25)) {
                #expect(throws: RecordCodecError.self) { try RecordCodec.decode(Array(bytes[..<cut])) }
            }
        }
    }

    @Test func refusesANewerFormatVersion() {
        var bytes = RecordCodec.encode(Fixture.partnership())
        bytes[0] = RecordCodec.formatVersion + 1
        #expect(throws: RecordCodecError.unsupportedVersion(RecordCodec.formatVersion + 1)) { try RecordCodec.decode(bytes) }
    }

    @Test func unknownKindIsVisibleInTheHeader() throws {
        var bytes = RecordCodec.encode(Fixture.partnership())
        bytes[1] = 200
        let header = try bytes.withUnsafeBytes { try RecordCodec.header($0) }
        #expect(header.kind == nil)
        #expect(header.kindRaw == 200)
        #expect(throws: RecordCodecError.self) { try RecordCodec.decode(bytes) }
    }

    @Test func rejectsTrailingBytesAndRepairsInvalidUTF8() throws {
        let bytes = RecordCodec.encode(Fixture.investment())
        #expect(throws: RecordCodecError.malformed("1 trailing bytes")) { try RecordCodec.decode(bytes + [0]) }
        var broken = bytes
        let idStart = 29  // header (28) + one varint length byte; ids are short
        broken[idStart] = 0xFF
        // A damaged byte inside text decodes as U+FFFD; the hash chain is what flags the record.
        #expect(try RecordCodec.decode(broken).id.hasPrefix("\u{FFFD}"))
    }
}
