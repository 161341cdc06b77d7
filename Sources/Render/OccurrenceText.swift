import Events
import Query

/// One occurrence whole, for people (`kgraph show oc-…`): participants, date and how it was
/// chosen, the span and sources, then every report with its outlet, headline, URL, dates and its
/// evidence sentence in full. Every line is escaped (`Escaped.text`): stored text never drives
/// the terminal.
public enum OccurrenceText {
    public static func lines(_ o: OccurrenceAnswer) -> [String] {
        var out: [String] = []
        func line(_ label: String, _ value: String) {
            out.append(Escaped.text(label + String(repeating: " ", count: max(1, 15 - label.count)) + value))
        }
        line("occurrence", o.id)
        line("kind", o.kind.name + (o.planned ? " (planned)" : ""))
        for p in o.participants { line(p.role.name, "\(p.name) (\(p.org))") }
        line("date", "\(o.date.isKnown ? o.date.description : "unknown"): \(o.dateResolution)")
        let span = o.first == o.last ? o.first.description : "\(o.first)…\(o.last)"
        line("reports", "\(o.reports.count), from \(o.sources) source\(o.sources == 1 ? "" : "s"), dated \(span)")
        if !o.amounts.isEmpty { line("amount", o.amounts.joined(separator: "; ")) }
        if !o.subjects.isEmpty { line("subject", o.subjects.joined(separator: "; ")) }
        for (i, r) in o.reports.enumerated() {
            out.append("")
            let published = r.published.isKnown ? r.published.description : "publication date unknown"
            out.append(Escaped.text("[\(i + 1)] \(r.publisher ?? "outlet unknown")  \(r.citation)  published \(published)  dates it \(r.date.isKnown ? r.date.description : "—")\(r.planned ? "  (planned)" : "")"))
            line("    headline", r.title ?? "-")
            line("    url", r.url ?? "-")
            if let a = r.amount { line("    amount", a) }
            line("    event", "\(r.eventId) at log position \(r.position)")
            line("    evidence", r.evidence)
        }
        return out
    }
}
