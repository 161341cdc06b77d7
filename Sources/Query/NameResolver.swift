import Events
import Projections

/// The outcome of looking an organization up by any of its names.
public enum NameMatch: Equatable, Sendable {
    case found(org: String, name: String)
    /// Several organizations go by this name; the user must pick one.
    case ambiguous([AliasesReader.Candidate])
    /// Nothing goes by this name; the nearest known names, closest first.
    case unknown(suggestions: [String])
}

/// Finds organizations by any alias, case-insensitive, Korean or English (`KT`, `kt`, `케이티`).
public struct NameResolver {
    public let aliases: AliasesReader
    public init(_ aliases: AliasesReader) { self.aliases = aliases }

    public func resolve(_ name: String) throws -> NameMatch {
        let candidates = try aliases.lookup(name)
        if candidates.count == 1 { return .found(org: candidates[0].org, name: candidates[0].name) }
        if candidates.count > 1 {
            // A name that is some organization's own canonical name is that organization.
            let folded = OrganizationID.make(name)
            if let exact = candidates.first(where: { $0.org == folded }) { return .found(org: exact.org, name: exact.name) }
            return .ambiguous(candidates)
        }
        return .unknown(suggestions: try suggestions(for: name))
    }

    /// Known names within a small edit distance, nearest first (at most five).
    public func suggestions(for name: String, limit: Int = 5) throws -> [String] {
        let target = Array(OrganizationID.make(name))
        let budget = max(1, min(3, target.count / 3))
        var scored: [(Int, String)] = []
        for known in try aliases.allNames() {
            let k = Array(known)
            guard abs(k.count - target.count) <= budget else { continue }
            let d = EditDistance.between(target, k, limit: budget)
            if d <= budget { scored.append((d, known)) }
        }
        var seen = Set<String>()
        var out: [String] = []
        for (_, known) in scored.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            let display = (try? aliases.lookup(known).first?.name) ?? known
            if seen.insert(display).inserted { out.append(display) }
            if out.count == limit { break }
        }
        return out
    }
}

public enum EditDistance {
    /// Levenshtein distance over characters, giving up (returning limit + 1) past `limit`.
    public static func between(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
