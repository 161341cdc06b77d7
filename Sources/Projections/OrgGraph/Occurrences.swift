import Events

/// One real-world happening: the reports of one relation (one kind, one set of participants) that
/// the occurrence rule (`Occurrences.cluster`) merges, possibly told by several articles. GDELT
/// calls the happening an event and each telling a mention; analysts cite the happening with its
/// sources.
public struct Occurrence: Sendable, Equatable {
    /// Its reports, in log order.
    public var reports: [ReportRef]
    /// The earliest known date of its reports (unknown when none is dated).
    public var first: PartialDate { reports.map(\.date).filter(\.isKnown).min() ?? .unknown }
    /// The latest known date of its reports.
    public var last: PartialDate { reports.map(\.date).filter(\.isKnown).max() ?? .unknown }
    /// Distinct article texts telling it (`ReportRef.articleKey`).
    public var sourceCount: Int { ReportRef.articleCount(reports) }

    public init(reports: [ReportRef]) { self.reports = reports }
}

/// The occurrence rule, stated once and applied by every answer (relations, timelines, the desk's
/// `events --occurrences`, `changes`). It depends only on the set of reports, never on the order
/// they were appended in:
///
/// 1. Day-precise reports whose days are equal or one apart belong together, transitively (a
///    day of jitter between outlets: one writes the day before, `전날`, another only gives its
///    publication date).
/// 2. A report dated to a month joins the one occurrence of step 1 that has a day in that month;
///    when none or several have one, the month's reports form an occurrence of their own (a month
///    that fits two deals bridges neither).
/// 3. A report dated to a year does the same with the occurrences of steps 1 and 2 that have a
///    date in that year.
/// 4. An undated report joins the relation's only occurrence, if it has exactly one; otherwise the
///    undated reports form an occurrence of their own.
public enum Occurrences {
    /// Groups one relation's reports into occurrences, by the rule above; ordered by their first
    /// date (undated last), then by their first report's position.
    public static func cluster(_ reports: [ReportRef]) -> [Occurrence] {
        var groups: [[ReportRef]] = []
        // Step 1: days, chained when one apart.
        let days = reports.filter { $0.date.precision == .day }.sorted { ($0.date.dayRange.first, $0.position) < ($1.date.dayRange.first, $1.position) }
        var previous: Int64? = nil
        for r in days {
            let n = r.date.dayRange.first
            if let p = previous, n - p <= 1 { groups[groups.count - 1].append(r) } else { groups.append([r]) }
            previous = n
        }
        // Steps 2–4: each coarser date joins its one candidate, or stands with its equals.
        for precision in [PartialDate.Precision.month, .year, .unknown] {
            var byDate: [PartialDate: [ReportRef]] = [:]
            for r in reports where r.date.precision == precision { byDate[r.date, default: []].append(r) }
            let finer = groups.count
            var joining: [(Int, [ReportRef])] = []
            for date in byDate.keys.sorted() {
                let candidates = (0..<finer).filter { i in groups[i].contains { contains(date, $0.date) } }
                if candidates.count == 1 {
                    joining.append((candidates[0], byDate[date]!))
                } else {
                    groups.append(byDate[date]!)
                }
            }
            for (i, rs) in joining { groups[i] += rs }
        }
        let out = groups.map { g in Occurrence(reports: g.sorted { $0.position < $1.position }) }
        return out.sorted { a, b in
            let (fa, fb) = (a.first, b.first)
            if fa.isKnown != fb.isKnown { return fa.isKnown }
            if fa != fb { return fa < fb }
            return a.reports[0].position < b.reports[0].position
        }
    }

    /// Whether `coarse` contains `fine`: same year, same month when it names one (an unknown date
    /// contains every date).
    static func contains(_ coarse: PartialDate, _ fine: PartialDate) -> Bool {
        switch coarse.precision {
        case .unknown: return true
        case .year: return fine.isKnown && fine.year == coarse.year
        case .month: return fine.precision >= .month && fine.year == coarse.year && fine.month == coarse.month
        case .day: return fine == coarse
        }
    }

    /// Whether two reports' dates may tell one happening, pairwise: equal, days one apart, or one
    /// containing the other. (`cluster` decides with all of a relation's reports at once; this is
    /// the quick test `changes` uses for "a new source of a known occurrence".)
    public static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.isKnown, b.isKnown else { return !a.isKnown && !b.isKnown }
        if a.precision == .day, b.precision == .day { return abs(a.dayRange.first - b.dayRange.first) <= 1 }
        return a.precision < b.precision ? contains(a, b) : contains(b, a)
    }

    /// One report's date as the occurrence date rule sees it.
    public struct DatedReport: Sendable {
        public var date: PartialDate
        /// The publication date of its article (unknown when not known).
        public var published: PartialDate
        public init(date: PartialDate, published: PartialDate) {
            self.date = date
            self.published = published
        }
        /// Whether the article stated the event's own date rather than dating it by publication.
        public var stated: Bool { date.isKnown && date != published }
    }

    /// How an occurrence's date was chosen: the date, and in words, for `show`.
    public struct ResolvedDate: Sendable, Equatable {
        public var date: PartialDate
        public var how: String
    }

    /// The occurrence's date: the most precise date its reports agree on. Among the reports of the
    /// finest precision, those that state the event's own date (a date other than their article's
    /// publication date) outvote those dated only by publication; among those kept, the date most
    /// reports give wins, the earlier on a tie.
    public static func date(_ reports: [DatedReport]) -> ResolvedDate {
        let known = reports.filter(\.date.isKnown)
        guard let finest = known.map(\.date.precision).max() else { return ResolvedDate(date: .unknown, how: "no report dates it") }
        let atFinest = known.filter { $0.date.precision == finest }
        let stated = atFinest.filter(\.stated)
        let pool = stated.isEmpty ? atFinest : stated
        var counts: [PartialDate: Int] = [:]
        for r in pool { counts[r.date, default: 0] += 1 }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!
        let n = reports.count, giving = known.filter { $0.date == best.key }.count
        let total = "\(n) report\(n == 1 ? "" : "s")"
        var how: String
        if stated.isEmpty {
            how = "the publication date of \(giving) of \(total); none states another \(finest.name)"
        } else {
            let statedGiving = stated.filter { $0.date == best.key }.count
            how = "stated by \(statedGiving) of \(total)"
            if giving > statedGiving { how += "; \(giving - statedGiving) more give it as their publication date" }
        }
        if n - giving > 0 { how += "; \(n - giving) give\(n - giving == 1 ? "s" : "") another date" }
        return ResolvedDate(date: best.key, how: how)
    }
}
