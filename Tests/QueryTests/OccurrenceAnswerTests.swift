import EventLog
import Events
import Projections
import Query
import TestSupport
import Testing

/// Occurrences in relation answers: the merge rule on whole stores (real LevelDB), its
/// independence from append order, and sources counted by article text.
@Suite struct OccurrenceAnswerTests {
    /// A report of KT's partnership with Microsoft from one article: its own date, the article's
    /// publication date and, when given, the article text it came from.
    static func report(_ date: String, doc: String, published: String? = nil, text: String? = nil) -> Event {
        var source = Source(document: doc, article: 0, sentence: 0, evidence: "KT와 마이크로소프트는 협약을 체결했다 (\(doc))")
        source.published = published.map(d)
        source.articleHash = text.map(EventLog.articleHash)
        return Event(kind: .partnership, occurredAt: d(date), source: source,
                     participants: [Participant(role: .party, name: "KT"), Participant(role: .party, name: "마이크로소프트")])
    }

    static func partners(_ events: [Event]) throws -> [OccurrenceAnswer] {
        let rows = try QueryFixture(events).queries.relations(of: "kt", kind: .partnership)
        #expect(rows.count == 1)
        return rows.first?.occurrences ?? []
    }

    /// Two deals of one pair in one year, a year-only report, a month-only report, a day of
    /// jitter between outlets and a wire copy saved twice: every order of appending gives the same
    /// occurrences (one digest).
    @Test func theAnswerDoesNotDependOnAppendOrder() throws {
        let reports = [
            Self.report("2024-06-03", doc: "a.txt", published: "2024-06-04"),
            Self.report("2024-06-04", doc: "b.txt", published: "2024-06-04"),
            Self.report("2024-06-03", doc: "c.txt", published: "2024-06-03"),
            Self.report("2024-06", doc: "d.txt", published: "2024-06-20"),
            Self.report("2024-09-27", doc: "e.txt", published: "2024-09-27", text: "wire copy"),
            Self.report("2024-09-27", doc: "f.txt", published: "2024-09-27", text: "wire copy"),
            Self.report("2024-09-28", doc: "g.txt", published: "2024-09-28"),
            Self.report("2024", doc: "h.txt", published: "2024-12-30"),
            Self.report("2025-01", doc: "i.txt", published: "2025-02-01"),
        ]
        var generator = SplitMix(seed: 20_240_603)
        var digests = Set<String>()
        var shapes = Set<String>()
        for round in 0..<8 {
            let order = round == 0 ? reports : round == 1 ? reports.reversed() : reports.shuffled(using: &generator)
            let occurrences = try Self.partners(order)
            digests.insert(OccurrenceAnswer.digest(occurrences))
            shapes.insert(occurrences.map { "\($0.date) \($0.sources)/\($0.reports.count)" }.joined(separator: ", "))
        }
        #expect(digests.count == 1, "\(shapes)")
        // June: one deal from three articles (3 June stated; 4 June a publication date) and the
        // month-only report; September: one deal, the wire copy counted once; "2024" fits both
        // deals and stays apart; January 2025 alone.
        #expect(shapes == ["2024 1/1, 2024-06-03 4/4, 2024-09-27 2/3, 2025-01 1/1"])
    }

    /// A year-only report between two deals bridges neither, whichever comes first.
    @Test func aYearOnlyReportBetweenTwoDealsStaysApartInBothOrders() throws {
        let march = Self.report("2024-03-10", doc: "march.txt"), november = Self.report("2024-11-20", doc: "november.txt")
        let year = Self.report("2024", doc: "year.txt")
        let first = try Self.partners([march, november, year]), last = try Self.partners([year, march, november])
        #expect(first.map(\.date) == [d("2024"), d("2024-03-10"), d("2024-11-20")])
        #expect(OccurrenceAnswer.digest(first) == OccurrenceAnswer.digest(last))
        // With one deal only, the year-only report joins it.
        let joined = try Self.partners([year, march])
        #expect(joined.count == 1 && joined[0].date == d("2024-03-10") && joined[0].sources == 2)
    }

    /// A date an article states beats a publication date; the occurrence cites the stating report.
    @Test func theOccurrenceDateIsTheStatedOne() throws {
        let occurrences = try Self.partners([
            Self.report("2024-06-04", doc: "late1.txt", published: "2024-06-04"),
            Self.report("2024-06-04", doc: "late2.txt", published: "2024-06-04"),
            Self.report("2024-06-03", doc: "stated.txt", published: "2024-06-04"),
        ])
        #expect(occurrences.count == 1)
        #expect(occurrences[0].date == d("2024-06-03"))
        #expect(occurrences[0].first == d("2024-06-03") && occurrences[0].last == d("2024-06-04"))
        #expect(occurrences[0].evidence.document == "stated.txt")
        #expect(occurrences[0].dateResolution.hasPrefix("stated by 1 of 3 reports"))
        #expect(occurrences[0].id.hasPrefix("oc-"))
        // `show` finds it by its id and by any of its reports' ids.
        let f = try QueryFixture([Self.report("2024-06-03", doc: "x.txt"), Self.report("2024-06-04", doc: "y.txt")])
        let q = try f.queries
        let o = try #require(try q.relations(of: "kt", kind: .partnership).first?.occurrences.first)
        #expect(try q.occurrence(o.id)?.reports.count == 2)
        #expect(try q.occurrence(o.reports[1].eventId)?.id == o.id)
        #expect(try q.occurrence("oc-0000") == nil)
    }
}

