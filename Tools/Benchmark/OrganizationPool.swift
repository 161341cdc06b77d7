import Events

/// Synthetic organizations with Korean-style names, each with the spellings articles use for it.
struct OrganizationPool {
    struct Organization {
        let id: String
        let name: String
        let surfaces: [String]
    }

    let organizations: [Organization]

    init(count: Int, rng: inout SplitMix64) {
        var seen = Set<String>()
        var out: [Organization] = []
        out.reserveCapacity(count)
        while out.count < count {
            let stemLength = 2 + rng.below(2)
            let stem = (0..<stemLength).map { _ in rng.pick(Vocabulary.nameSyllables) }.joined()
            let suffix = rng.pick(Vocabulary.companySuffixes)
            let name = stem + suffix
            guard seen.insert(name).inserted else { continue }
            var surfaces = [name]
            if rng.chance(0.3) { surfaces.append("(주)" + name) }
            if !suffix.isEmpty, rng.chance(0.3) { surfaces.append(stem + " " + suffix) }
            if rng.chance(0.2) { surfaces.append(stem) }
            out.append(Organization(id: OrganizationID.make(name), name: name, surfaces: surfaces))
        }
        organizations = out
    }

    /// A few organizations make most of the news: draw with a quadratic skew toward the front.
    func draw(_ rng: inout SplitMix64) -> Organization {
        let u = rng.unit()
        return organizations[min(organizations.count - 1, Int(u * u * Double(organizations.count)))]
    }

    /// `n` distinct organizations.
    func draw(_ n: Int, _ rng: inout SplitMix64) -> [Organization] {
        var picked: [Organization] = []
        while picked.count < n {
            let o = draw(&rng)
            if !picked.contains(where: { $0.id == o.id }) { picked.append(o) }
        }
        return picked
    }
}
