import EventLog
import Events

// Corrections are events too, so every projection that shows organizations must honour them the
// same way. This fold sits between the log and a projection's own rules:
//
//   'A' rawOrg            → canonical org id ++ 0x00 ++ canonical name   (declared aliases, resolved)
//   'R' eventId           → (empty)                                     (events withdrawn now)
//   'W' position:u64BE    → n × u64LE                                   (withdrawals of the report there)
//   'w' eventId           → n × u64LE                                   (the same, for an event not yet in the log)
//
// - A `retraction` withdraws an event from its own position on; retracting the retraction
//   restores it from that position on. Reports stay in the projection: each withdrawal and
//   restoration appends its log position to the report's 'W' list (withdrawn at the 1st, 3rd, …,
//   restored at the 2nd, 4th, …), so a reader at knowledge time P shows a report exactly when
//   an even number of those positions is at or before P (`Corrections.isWithdrawn`). A
//   retraction of an event still to come is kept under 'w' and moves to 'W' when it arrives.
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

    static let aliasTag = UInt8(ascii: "A")
    static let retractedTag = UInt8(ascii: "R")
    static let withdrawalsTag = UInt8(ascii: "W")
    static let pendingWithdrawalsTag = UInt8(ascii: "w")

    static func withdrawalsKey(_ position: UInt64) -> [UInt8] {
        [withdrawalsTag] + withUnsafeBytes(of: position.bigEndian) { Array($0) }
    }

    /// The log positions at which each report (by its position) was withdrawn and restored, in
    /// that alternating order, as a projection's state holds them.
    static func withdrawals(in state: ProjectionState) throws -> [UInt64: [UInt64]] {
        var out: [UInt64: [UInt64]] = [:]
        try state.forEach(prefix: [withdrawalsTag]) { key, value in
            guard key.count == 9 else { return true }
            let position = UInt64(bigEndian: key.loadUnaligned(fromByteOffset: 1, as: UInt64.self))
            out[position] = positions(value)
            return true
        }
        return out
    }

    /// Whether a report withdrawn and restored at `toggles` is withdrawn at knowledge time `p`.
    static func isWithdrawn(_ toggles: [UInt64], at p: UInt64) -> Bool {
        toggles.reduce(0) { $1 <= p ? $0 + 1 : $0 } % 2 == 1
    }

    private static func positions(_ value: UnsafeRawBufferPointer) -> [UInt64] {
        stride(from: 0, to: value.count - value.count % 8, by: 8).map { UInt64(littleEndian: value.loadUnaligned(fromByteOffset: $0, as: UInt64.self)) }
    }

    /// Ids withdrawn (or restored) before they were folded: their withdrawals wait under 'w'.
    private var pendingWithdrawals = Set<String>()

    /// Whether the event with this id must take the general path, which files its withdrawals.
    func hasPendingWithdrawals(_ id: String) -> Bool { pendingWithdrawals.contains(id) }
    var anyPendingWithdrawals: Bool { !pendingWithdrawals.isEmpty }

    /// Records that the event was withdrawn or restored at the position being folded: under its
    /// position when it was folded already, else under its id until it is (whether the log
    /// already holds it further on or not, so a replay files it as a catch-up did).
    private func toggle(_ id: String, at position: UInt64?, _ context: ProjectionContext) throws {
        let folded = position.flatMap { $0 < context.position ? $0 : nil }
        let key = folded.map(Self.withdrawalsKey) ?? [Self.pendingWithdrawalsTag] + Array(id.utf8)
        if folded == nil { pendingWithdrawals.insert(id) }
        var value = try context.state.get(key) ?? []
        withUnsafeBytes(of: context.position.littleEndian) { value.append(contentsOf: $0) }
        context.state.put(key, value)
    }

    /// An event withdrawn before it arrived takes its withdrawals to its position.
    private func settle(_ event: Event, _ context: ProjectionContext) throws {
        guard pendingWithdrawals.remove(event.id) != nil else { return }
        let pending = [Self.pendingWithdrawalsTag] + Array(event.id.utf8)
        guard let value = try context.state.get(pending) else { return }
        let key = Self.withdrawalsKey(event.position)
        context.state.put(key, (try context.state.get(key) ?? []) + value)
        context.state.delete(pending)
    }

    func load(_ state: ProjectionState) throws {
        aliases = [:]
        aliasGeneration += 1
        retracted = Set(try state.scan(prefix: [Self.retractedTag]).map { String(decoding: $0.key.dropFirst(), as: UTF8.self) })
        pendingWithdrawals = Set(try state.scan(prefix: [Self.pendingWithdrawalsTag]).map { String(decoding: $0.key.dropFirst(), as: UTF8.self) })
        for (key, value) in try state.scan(prefix: [Self.aliasTag]) {
            let raw = String(decoding: key.dropFirst(), as: UTF8.self)
            guard let split = value.firstIndex(of: 0) else { continue }
            aliases[raw] = (String(decoding: value[..<split], as: UTF8.self), String(decoding: value[(split + 1)...], as: UTF8.self))
        }
    }

    /// The declared aliases a projection's state holds ('A' keys): raw organization id →
    /// canonical organization id and name.
    static func aliases(in state: ProjectionState) throws -> [String: (org: String, name: String)] {
        var out: [String: (org: String, name: String)] = [:]
        try state.forEach(prefix: [aliasTag]) { key, value in
            guard let split = value.firstIndex(of: 0) else { return true }
            out[String(decoding: key.dropFirst(), as: UTF8.self)] =
                (String(decoding: value[..<split], as: UTF8.self), String(decoding: value[(split + 1)...], as: UTF8.self))
            return true
        }
        return out
    }

    /// The event with participants renamed to their canonical organizations; a participant that
    /// two names resolve to is kept once per role.
    func resolve(_ event: Event) -> Event { Self.resolve(event, aliases: aliases) }

    /// `resolve(_:)` under a given alias table (`aliases(in:)`).
    static func resolve(_ event: Event, aliases: [String: (org: String, name: String)]) -> Event {
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
            // A withdrawn event is folded too: its withdrawals say from when readers hide it.
            if pendingWithdrawals.contains(event.id) { try settle(event, context) }
            // An article record names no organization: nothing for the rules to fold.
            if event.kind.isRelation { try rules.add(resolve(event), context) }
        }
    }

    private func retractedKey(_ id: String) -> [UInt8] { [Self.retractedTag] + Array(id.utf8) }

    private func mark(_ id: String, _ context: ProjectionContext) {
        retracted.insert(id)
        context.state.put(retractedKey(id), [])
    }

    private func retract(_ retraction: Event, _ context: ProjectionContext, _ rules: FactFolding) throws {
        guard let id = retraction.retracts else { return }
        // A target further on in the log is treated as one not yet arrived, as a catch-up that
        // stopped here would treat it: a replay then builds the state a catch-up did.
        guard let position = try context.log.position(of: id), position < context.position,
              let target = try context.log.event(at: position) else {
            // Withdrawn before it arrived: remember, and the event is hidden from when it comes.
            mark(id, context)
            try toggle(id, at: nil, context)
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
            try toggle(original, at: try context.log.position(of: original), context)
        default:
            guard !retracted.contains(id) else { return }
            mark(id, context)
            try toggle(id, at: position, context)
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
            // Withdrawn events move too: their reports stay, hidden by their withdrawals.
            guard let e = try context.log.event(at: position), e.kind.isRelation else { continue }
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
