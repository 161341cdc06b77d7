import ArgumentParser
import Events

/// `--kinds partnership,investment,…`
struct KindsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Only these kinds, comma-separated: partnership, investment, ban, announcement.", valueName: "kinds"))
    var kinds: String?

    func validate() throws { _ = try parsed() }

    func parsed() throws -> Set<EventKind> {
        guard let kinds else { return [] }
        var out = Set<EventKind>()
        for name in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let k = EventKind(name: name), k.isRelation else {
                throw ValidationError("unknown kind '\(name)' in --kinds; use partnership, investment, ban or announcement")
            }
            out.insert(k)
        }
        return out
    }
}

import Foundation
