import EventLog
import Events

// Corrections are events too, so every projection that shows organizations must honour them the
// same way. This fold sits between the log and a projection's own rules:
//
//   'A' rawOrg            → canonical org id ++ 0x00 ++ canonical name   (declared aliases, resolved)
//   'R' eventId           → (empty)                                     (withdrawn events)
//
// - A `retraction` removes the withdrawn event's contribution (`remove`), or, when it withdraws a
//   retraction, restores it (`add`). The withdrawn event stays in the log.
// - An `alias` maps a name's organization id to another organization. Events already folded
//   under the old mapping are taken out and folded again under the new one, so the state after
//   the alias is the state a replay with that alias from the start would build. Declaring a name
//   an alias of itself undoes an earlier alias (a split).

/// A projection's own rules, over events whose participants are already resolved.
protocol FactFolding: AnyObject {
    func add(_ event: Event, _ context: ProjectionContext) throws
    func remove(_ event: Event, _ context: ProjectionContext) throws
    /// `name` (an organization id) now denotes `canonical`; its own node, if any, is gone.
    func aliasChanged(from name: String, to canonical: String, canonicalName: String, _ context: ProjectionContext) throws
}

extension FactFolding {
    func aliasChanged(from name: String, to canonical: String, canonicalName: String, _ context: ProjectionContext) throws {}
}

final class Corrections {
    private(set) var aliases: [String: (org: String, name: String)] = [:]
    /// Withdrawn event ids, mirrored in memory (they are few) so folding an event needs no lookup.
    private var retracted = Set<String>()
    /// Retractions whose target was not (yet) found, and alias retractions, which are ignored.
    private(set) var ignoredCorrections = 0
    /// Changes whenever the alias table does, so a projection caching resolutions knows to drop them.
    private(set) var aliasGeneration = 0

    var hasRetractions: Bool { !retracted.isEmpty }
    func isRetracted(_ id: String) -> Bool { retracted.contains(id) }

    static let aliasTag = UInt8(ascii: "A")
    static let retractedTag = UInt8(ascii: "R")

    func load(_ state: ProjectionState) throws {
        aliases = [:]
        aliasGeneration += 1
        retracted = Set(try state.scan(prefix: [Self.retractedTag]).map { String(decoding: $0.key.dropFirst(), as: UTF8.self) })
        for (key, value) in try state.scan(prefix: [Self.aliasTag]) {
            let raw = String(decoding: key.dropFirst(), as: UTF8.self)
            guard let split = value.firstIndex(of: 0) else { continue }
            aliases[raw] = (String(decoding: value[..<split], as: UTF8.self), String(decoding: value[(split + 1)...], as: UTF8.self))
        }
    }

    /// The event with participants renamed to their canonical organizations; a participant that
    /// two names resolve to is kept once per role.
    func resolve(_ event: Event) -> Event {
        guard !aliases.isEmpty else { return event }
        var e = event
        var seen = Set<String>()
        e.participants = event.participants.compactMap { p in
            var q = p
            if let a = aliases[p.org] {
                q.org = a.org
                q.name = a.name
            }
            return seen.insert("\(q.role.rawValue)\u{0}\(q.org)").inserted ? q : nil
        }
        return e
    }

    func fold(_ event: Event, _ context: ProjectionContext, into rules: FactFolding) throws {
        switch event.kind {
        case .retraction: try retract(event, context, rules)
        case .alias: try declareAlias(event, context, rules)
        default:
            if retracted.contains(event.id) { return }
            try rules.add(resolve(event), context)
        }
    }

    private func retractedKey(_ id: String) -> [UInt8] { [Self.retractedTag] + Array(id.utf8) }

    private func mark(_ id: String, _ context: ProjectionContext) {
        retracted.insert(id)
        context.state.put(retractedKey(id), [])
    }

    private func retract(_ retraction: Event, _ context: ProjectionContext, _ rules: FactFolding) throws {
        guard let id = retraction.retracts else { return }
        guard let position = try context.log.position(of: id), let target = try context.log.event(at: position) else {
            // Withdrawn before it arrived: remember, and the event is skipped when it comes.
            mark(id, context)
            ignoredCorrections += 1
            return
        }
        switch target.kind {
        case .alias:
            ignoredCorrections += 1  // an alias is undone by declaring the name again
        case .retraction:
            guard let original = target.retracts, retracted.contains(original) else { return }
            retracted.remove(original)
            context.state.delete(retractedKey(original))
            if let p = try context.log.position(of: original), p < context.position, let e = try context.log.event(at: p),
               e.kind.isRelation {
                try rules.add(resolve(e), context)
            }
        default:
            guard !retracted.contains(id) else { return }
            mark(id, context)
            if position < context.position { try rules.remove(resolve(target), context) }
        }
    }

    private func declareAlias(_ event: Event, _ context: ProjectionContext, _ rules: FactFolding) throws {
        guard let declaration = event.alias else { return }
        let name = OrganizationID.make(declaration.name)
        var target = (org: OrganizationID.make(declaration.organization), name: declaration.organization)
        let undo = target.org == name
        if !undo, let further = aliases[target.org] { target = further }
        // An alias that would lead back to the name itself is a cycle: ignore it.
        if !undo, target.org == name {
            ignoredCorrections += 1
            return
        }
        // Every raw id whose organization changes: the name itself and the names aliased to it.
        var affected = [name]
        affected += aliases.filter { $0.value.org == name }.map(\.key).sorted()
        if undo, aliases[name] == nil { return }

        var positions = Set<UInt64>()
        for raw in affected {
            try context.log.forEachRecord(filter: EventFilter(organization: raw)) { position, _ in
                guard position < context.position else { return false }
                positions.insert(position)
                return true
            }
        }
        var events: [Event] = []
        for position in positions.sorted() {
            guard let e = try context.log.event(at: position), e.kind.isRelation, !retracted.contains(e.id) else { continue }
            events.append(e)
        }
        for e in events { try rules.remove(resolve(e), context) }
        aliasGeneration += 1
        for raw in affected {
            if undo && raw == name {
                aliases[raw] = nil
                context.state.delete([Self.aliasTag] + Array(raw.utf8))
            } else {
                aliases[raw] = target
                context.state.put([Self.aliasTag] + Array(raw.utf8), Array(target.org.utf8) + [0] + Array(target.name.utf8))
            }
        }
        if !undo { try rules.aliasChanged(from: name, to: target.org, canonicalName: target.name, context) }
        for e in events { try rules.add(resolve(e), context) }
    }
}
