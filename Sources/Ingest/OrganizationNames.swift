import EventLog
import Events
import Extraction

/// Organization names as ingest knows them: the gazetteer (every Korean and English alias of
/// about 800 organizations) and the `alias` events of the log. Appended events resolve their
/// participants through it, so "Google" in a JSON line is the gazetteer's 구글, one node.
public struct OrganizationNames {
    let gazetteer: Gazetteer
    let entries: [GazetteerEntry]
    /// Folded alias name → canonical organization name, from the log's `alias` events.
    var declared: [String: String] = [:]

    /// The bundled gazetteer, and the alias declarations in `log` (read through its kind index).
    public init(log: (any EventLogBackend)?) throws {
        entries = try Lexicon.bundled().gazetteer
        gazetteer = Gazetteer(entries: entries)
        if let log {
            try log.forEach(filter: EventFilter(kinds: [.alias])) { e in
                if let a = e.alias {
                    let name = OrganizationID.make(a.name), target = OrganizationID.make(a.organization)
                    if name == target { declared[name] = nil } else { declared[name] = a.organization }
                }
                return true
            }
        }
    }

    /// The canonical name and type a written name denotes: an alias declaration first (the
    /// analyst's decision), then the gazetteer; nil when neither knows it.
    public func resolve(_ name: String) -> (name: String, type: OrganizationType?)? {
        var current = OrganizationID.make(name)
        var seen: Set<String> = [current]
        var resolved: String? = nil
        while let next = declared[current] {
            resolved = next
            current = OrganizationID.make(next)
            if !seen.insert(current).inserted { break }
        }
        if let resolved { return (resolved, gazetteer.lookup(resolved)?.type) }
        if let known = gazetteer.lookup(name) { return (known.name, known.type) }
        return nil
    }

    /// Folded names the log's `alias` events declare to denote the organization `org` (an id).
    public func declaredNames(of org: String) -> [String] {
        declared.filter { OrganizationID.make($0.value) == org }.map(\.key).sorted()
    }

    /// `event` with each participant named by its canonical name (the written name kept as its
    /// surface) and, when the producer gave none, the gazetteer's type.
    public func resolving(_ event: Event) -> Event {
        guard event.kind.isRelation else { return event }
        var e = event
        var changed = false
        for i in e.participants.indices {
            let p = e.participants[i]
            guard let known = resolve(p.name), OrganizationID.make(known.name) != p.org || (p.type == nil && known.type != nil) else { continue }
            e.participants[i] = Participant(role: p.role, name: known.name, surface: p.surface, type: p.type ?? known.type)
            changed = true
        }
        guard changed else { return event }
        // Two names of one organization in one role are one participant.
        var seen = Set<String>()
        e.participants = e.participants.filter { seen.insert("\($0.role.rawValue):\($0.org)").inserted }
        return e
    }

    /// Gazetteer names (canonical) within a small edit distance of `name`, nearest first: the
    /// suggestion for a misspelling in any script (`Microsfot`, `Intell`, `마이크로소트`).
    public func nearest(_ name: String, limit: Int = 5) -> [String] {
        let target = Array(OrganizationID.make(name))
        guard !target.isEmpty else { return [] }
        let budget = max(1, min(3, target.count / 3))
        var best: [String: Int] = [:]
        for entry in entries {
            for alias in [entry.name] + entry.aliases {
                let a = Array(OrganizationID.make(alias))
                guard abs(a.count - target.count) <= budget else { continue }
                let d = Self.distance(target, a, limit: budget)
                if d <= budget, d < (best[entry.name] ?? Int.max) { best[entry.name] = d }
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }

    /// Optimal string alignment distance: Levenshtein plus a swap of two neighbours counting one
    /// (`Microsfot` is one step from `Microsoft`). Gives up past `limit`.
    public static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            var rowMin = Int.max
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
                rowMin = min(rowMin, d[i][j])
            }
            if rowMin > limit { return limit + 1 }
        }
        return d[a.count][b.count]
    }
}
