import Events
import Testing

@Suite struct InterchangeTests {
    let valid = #"{"kind":"partnership","date":"2024-06-03","participants":[{"role":"party","name":"KT"},{"role":"party","name":"마이크로소프트","surface":"MS"}],"source":{"document":"a.txt","article":0}}"#

    func error(_ line: String) -> InterchangeError? {
        do {
            _ = try Interchange.event(fromLine: Array(line.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func readsAMinimalLine() throws {
        let e = try Interchange.event(fromLine: Array(valid.utf8))
        #expect(e.kind == .partnership)
        #expect(e.occurredAt.description == "2024-06-03")
        #expect(e.participants.map(\.org) == ["kt", "마이크로소프트"])
        #expect(e.participants[0].surface == "KT")
        #expect(e.participants[1].surface == "MS")
        #expect(e.source.article == 0)
        #expect(e.modality == .done)
        #expect(e.id.hasPrefix("ev-"))
    }

    @Test func controlCharactersInNamesAreRefusedNamingTheField() throws {
        for (from, to, field) in [
            (#""name":"KT""#, #""name":"KT\u001b[31m""#, "participants[0].name"),
            (#""surface":"MS""#, #""surface":"M\r\nS""#, "participants[1].surface"),
            (#""document":"a.txt""#, #""document":"a\u0085.txt""#, "source.document"),
        ] {
            let e = try #require(error(valid.replacingOccurrences(of: from, with: to)))
            #expect(e.field == field)
            #expect(e.message.contains("control character") && !e.message.unicodeScalars.contains { Escaped.isControl($0) }, "\(e)")
        }
        let role = try #require(error(valid.replacingOccurrences(of: #""role":"party""#, with: #""role":"pa\u001bty""#)))
        #expect(role.field == "participants[0].role" && role.message.contains(#"'pa\u{1B}ty'"#), "\(role)")
        // Evidence is text, not a name: it may hold a line break.
        #expect(error(valid.replacingOccurrences(of: #""article":0"#, with: #""article":0,"evidence":"a\nb""#)) == nil)
    }

    @Test func escapingShowsControlsAndCutsLongValues() {
        #expect(Escaped.text("a\u{1B}[2J\r\nb\tc\\d") == #"a\u{1B}[2J\r\nb\tc\d"#)
        #expect(Escaped.quoted("x\ny\\") == #"'x\ny\\'"#)
        let cut = Escaped.quoted(String(repeating: "가", count: 1000), limit: 10)
        #expect(cut == "'" + String(repeating: "가", count: 10) + "…' (1000 characters)")
        #expect(Escaped.droppingControls("a\u{1B}b\u{7}\tc\u{85}") == "ab\tc")
        #expect(Escaped.firstControl(in: "plain 한글") == nil)
    }

    @Test func exportedLinesReadBackToTheSameEvent() throws {
        for var original in [Fixture.partnership(), Fixture.investment()] {
            original.position = 42
            original.recordedAt = 1_700_000_000_000
            let line = Interchange.json(original).serialized
            var back = try Interchange.event(fromLine: Array(line.utf8))
            #expect(back.id == original.id)
            back.position = 42
            back.recordedAt = 1_700_000_000_000
            #expect(back == original)
        }
    }

    @Test func keepsAGivenId() throws {
        let line = valid.replacingOccurrences(of: #"{"kind""#, with: #"{"id":"llm-7","kind""#)
        #expect(try Interchange.event(fromLine: Array(line.utf8)).id == "llm-7")
    }

    @Test(arguments: [
        (#"{"kind":"merger","date":"2024","participants":[],"source":{"document":"a"}}"#, "kind", "unknown kind"),
        (#"{"kind":"partnership","date":"2024-13-01","participants":[],"source":{"document":"a"}}"#, "date", "not a real date"),
        (#"{"kind":"partnership","participants":[],"source":{"document":"a"}}"#, "date", "missing"),
        (#"{"kind":"partnership","date":"2024","participants":[{"name":"KT"}],"source":{"document":"a"}}"#, "participants[0].role", "missing"),
        (#"{"kind":"partnership","date":"2024","participants":[{"role":"investor","name":"KT"}],"source":{"document":"a"}}"#, "participants[0].role", "does not belong"),
        (#"{"kind":"partnership","date":"2024","participants":[{"role":"party","name":"KT"}],"source":{"document":"a"}}"#, "participants", "at least two"),
        (#"{"kind":"announcement","date":"2024","participants":[{"role":"actor","name":"KT"}]}"#, "source", "missing"),
        (#"{"kind":"announcement","date":"2024","participants":[{"role":"actor","name":"KT"}],"source":{"document":"a","article":"1"}}"#, "source.article", "whole number"),
        (#"{"kind":"announcement","date":"2024","participants":[{"role":"actor","name":"KT"}],"source":{"document":"a"},"confidence":1.5}"#, "confidence", "outside"),
        (#"{"kind":"announcement","date":"2024","participants":[{"role":"actor","name":"  "}],"source":{"document":"a"}}"#, "participants[0].name", "empty"),
        (#"{"kind":"retraction","source":{"document":"a"}}"#, "retracts", "names the event"),
        (#"{"kind":"alias","source":{"document":"a"},"alias":{"name":"케이티"}}"#, "alias.organization", "missing"),
        (#"{"kind":"announcement","date":"2024","participants":[{"role":"actor","name":"KT"}],"source":{"document":"a"},"modality":"maybe"}"#, "modality", "done or planned"),
    ] as [(String, String, String)])
    func namesTheFieldAtFault(line: String, field: String, message: String) throws {
        let e = try #require(error(line))
        #expect(e.field == field)
        #expect(e.message.contains(message), "\(e)")
    }

    @Test func overLongFieldsAreRefused() throws {
        let long = String(repeating: "가", count: 1000)
        let e = try #require(error(valid.replacingOccurrences(of: "\"KT\"", with: "\"\(long)\"")))
        #expect(e.field == "participants[0].name")
        #expect(e.message.contains("at most 200"))
    }

    @Test func badJSONIsReported() throws {
        #expect(try #require(error("{\"kind\": ")).message.contains("invalid JSON"))
        #expect(try #require(error("[1,2]")).message.contains("JSON object"))
        #expect(try #require(error(#"{"kind":"ban","kind":"ban"}"#)).message.contains("duplicate key"))
    }

    @Test func correctionsNeedNoDateOrParticipants() throws {
        let r = try Interchange.event(fromLine: Array(#"{"kind":"retraction","retracts":"ev-1","reason":"오보","source":{"document":"cli"}}"#.utf8))
        #expect(r.kind == .retraction && r.retracts == "ev-1" && r.reason == "오보" && !r.occurredAt.isKnown)
        let a = try Interchange.event(fromLine: Array(#"{"kind":"alias","alias":{"name":"케이티","organization":"KT"},"source":{"document":"cli"}}"#.utf8))
        #expect(a.alias == AliasDeclaration(name: "케이티", organization: "KT"))
    }

    @Test func producerAsStringOrObject() throws {
        let s = try Interchange.event(fromLine: Array(valid.replacingOccurrences(of: "}}", with: "},\"producer\":\"llm/2.1\"}").utf8))
        #expect(s.producer == Producer(name: "llm", version: "2.1"))
        let o = try Interchange.event(fromLine: Array(valid.replacingOccurrences(of: "}}", with: "},\"producer\":{\"name\":\"human\",\"version\":\"a\"}}").utf8))
        #expect(o.producer == Producer(name: "human", version: "a"))
    }
}

@Suite struct JSONTests {
    @Test func roundTripsEscapesAndKorean() throws {
        let value = JSON.object([("a", .string("따옴표\" 역슬래시\\ 줄\n탭\t제어\u{01}")), ("n", .int(-5)), ("d", .double(0.25)),
                                 ("b", .bool(true)), ("z", .null), ("l", .array([.int(1), .string("KT")]))])
        #expect(try JSON.parse(value.serialized) == value)
    }

    @Test func parsesUnicodeEscapesAndSurrogates() throws {
        #expect(try JSON.parse(#""\uD55C\uae00 \ud83d\ude00""#) == .string("한글 😀"))
        #expect(throws: JSONParseError.self) { try JSON.parse(#""\ud83d""#) }
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\":1,}", "01", "1.", "tru", "\"a", "{\"a\" 1}", "[1] 2", "\"\u{01}\""])
    func rejectsMalformed(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSON.parse(text) }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError.self) { try JSON.parse([0x22, 0xC3, 0x28, 0x22]) }
    }
}

@Suite struct InterchangeStrictnessTests {
    let base = #"{"kind":"investment","date":"2024","participants":[{"role":"investor","name":"KT"}],"source":{"document":"a"}"#

    func fieldAtFault(_ extra: String) -> String? {
        do {
            _ = try Interchange.event(fromLine: Array((base + extra + "}").utf8))
            return nil
        } catch {
            return error.field
        }
    }

    @Test func refusesWhatTheSchemaRefuses() {
        #expect(fieldAtFault(#","producer":"/""#) == "producer")
        #expect(fieldAtFault(#","producer":"/1""#) == "producer")
        #expect(fieldAtFault(#","amount":{"text":"5억","currency":"krw"}"#) == "amount.currency")
        #expect(fieldAtFault(#","amount":{"text":"5억","value":1e999}"#) == "amount.value")
        #expect(fieldAtFault(#","amount":{"text":"수조원","low":9,"high":1}"#) == "amount.low")
        #expect(fieldAtFault(#","amount":{"text":"수조원","low":1,"high":9,"value":10}"#) == "amount.value")
        #expect(fieldAtFault(#","modality":" done""#) == "modality")
        #expect(fieldAtFault(#","id":"has space""#) == "id")
    }

    @Test func acceptsNullsForOptionalFields() {
        #expect(fieldAtFault(#","amount":null,"modality":null,"producer":null,"confidence":null"#) == nil)
        #expect(fieldAtFault(#","amount":{"text":"5억원","value":500000000,"currency":"KRW"}"#) == nil)
    }

    @Test func retractionsNameAnEventId() {
        let line = #"{"kind":"retraction","retracts":"not an id","source":{"document":"a"}}"#
        #expect(throws: InterchangeError.self) { try Interchange.event(fromLine: Array(line.utf8)) }
    }

    @Test func anArticleLinesTitleIsItsHeadline() throws {
        let line = #"{"kind":"article","date":"2024-06-04","source":{"document":"a.txt","article":0,"title":"KT, MS와 협력","publisher":"한빛일보","url":"https://news.example/a"}}"#
        let e = try Interchange.event(fromLine: Array(line.utf8))
        #expect(e.subject == "KT, MS와 협력" && e.source.publisher == "한빛일보" && e.source.url == "https://news.example/a")
        // `subject` wins; on a relation line the title is the article record's business.
        let both = #"{"kind":"article","date":"2024","subject":"제목","source":{"document":"a.txt","title":"다른 제목"}}"#
        #expect(try Interchange.event(fromLine: Array(both.utf8)).subject == "제목")
        let relation = #"{"kind":"partnership","date":"2024","participants":[{"role":"party","name":"A"},{"role":"party","name":"B"}],"source":{"document":"a.txt","title":"제목"}}"#
        #expect(try Interchange.event(fromLine: Array(relation.utf8)).subject == nil)
    }
}

@Suite struct ControlCharacterTests {
    /// `isControl` compares values; it must agree with Unicode's category Cc for every scalar.
    @Test func controlsAreCategoryCcAndTheLineSeparators() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let expected = s.properties.generalCategory == .control || v == 0x2028 || v == 0x2029
            #expect(Escaped.isControl(s) == expected, "U+\(String(v, radix: 16))")
        }
    }
}
