import Events
import Query

/// The words above a picture: what was asked, over which window, and what the picture holds.
public enum PictureTitle {
    /// `as of 2024-07-01 · known at log position 120 · 2024-06-03 to 2025-05 · 7 occurrences, 9 sources`.
    public static func subtitle(window w: TimeWindow, occurrences: [OccurrenceItem], kinds: Set<EventKind> = []) -> String {
        var parts: [String] = []
        if let a = w.asOf { parts.append("as of \(a)") }
        switch (w.from, w.to) {
        case let (f?, t?): parts.append("from \(f) to \(t)")
        case let (f?, nil): parts.append("from \(f)")
        case let (nil, t?): parts.append("to \(t)")
        case (nil, nil): break
        }
        if let p = w.knownAtPosition { parts.append("known at log position \(p)") }
        if !kinds.isEmpty { parts.append(kinds.map(\.name).sorted().joined(separator: ", ") + " only") }
        let dated = occurrences.map(\.first).filter(\.isKnown)
        if let lo = dated.min(), let hi = occurrences.map(\.last).filter(\.isKnown).max() {
            parts.append(lo == hi ? "\(lo)" : "\(lo) to \(hi)")
        }
        let sources = Set(occurrences.flatMap { $0.reports.map(\.citation) }).count
        parts.append("\(occurrences.count) occurrence\(occurrences.count == 1 ? "" : "s"), \(sources) source\(sources == 1 ? "" : "s")")
        return parts.joined(separator: " · ")
    }
}
