import Testing
import Events
@testable import Extraction

/// One extractor for all tests: loading the lexicon is the slow part.
let extractor: Extractor = {
    do { return try Extractor.bundled() } catch { fatalError("bundled lexicon: \(error)") }
}()

func day(_ s: String) -> PartialDate { PartialDate(parsing: s)! }

/// The events of a one-article text published on `published`.
func events(_ text: String, published: String = "2025-03-14") -> [Event] {
    extractor.extract(document: "test.txt", text: text, published: day(published)).flatMap { $0.events.map(\.event) }
}

extension Event {
    func names(_ role: Role) -> [String] { participants.filter { $0.role == role }.map(\.name) }
}

/// The events of one kind in a one-article text published on `published`.
func only(_ kind: EventKind, _ text: String, published: String = "2025-03-14") -> [Event] {
    events(text, published: published).filter { $0.kind == kind }
}

/// Expects exactly one event of `kind` in `text`, whose names in `role` are `names`, in order.
func expectOne(_ kind: EventKind, _ text: String, _ role: Role, _ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let found = only(kind, text)
    #expect(found.count == 1, "\(found.map(\.participants))", sourceLocation: sourceLocation)
    #expect(found.first?.names(role) == names, "\(found.map(\.participants))", sourceLocation: sourceLocation)
}

/// Expects exactly one event of `kind` in `text`, whose names in each role are as given, in order
/// (`[(.investor, ["한빛전자"]), (.target, ["누리AI"])]`).
func expectOne(_ kind: EventKind, _ text: String, _ roles: [(Role, [String])], sourceLocation: SourceLocation = #_sourceLocation) {
    let found = only(kind, text)
    #expect(found.count == 1, "\(found.map(\.participants))", sourceLocation: sourceLocation)
    for (role, names) in roles {
        #expect(found.first?.names(role) == names, "\(found.map(\.participants))", sourceLocation: sourceLocation)
    }
}

/// Expects exactly one event of `kind` in `text`, whose names in `role` are `names` in any order.
func expectOneAnyOrder(_ kind: EventKind, _ text: String, _ role: Role, _ names: Set<String>, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = only(kind, text)
    #expect(found.count == 1, "\(found.map(\.participants))", sourceLocation: sourceLocation)
    #expect(Set(found.first?.names(role) ?? []) == names, "\(found.map(\.participants))", sourceLocation: sourceLocation)
}

/// Each event of `text` as its kind and its names: what a failed expectation prints.
func summary(_ text: String) -> String {
    "\(events(text).map { ($0.kind, $0.participants.map(\.name)) })"
}

/// Expects no event of `kind` in `text`.
func expectNone(_ kind: EventKind, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(only(kind, text).isEmpty, "\(summary(text))", sourceLocation: sourceLocation)
}
