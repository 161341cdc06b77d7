import ArgumentParser
import EventLog
import Events

/// Corrections are appended as events; nothing in the log is edited.
enum Correction {
    static let producer = Producer(name: "kgraph-cli", version: KGraph.version)

    /// Appends a correction. Its id joins its content to the log head it was decided at: running
    /// the same command twice in a row appends once, yet the same decision taken again later
    /// (an alias declared, undone, then declared again) is a new event.
    static func append(_ event: Event, to log: any EventLogBackend) throws -> (appended: Bool, id: String) {
        let base = EventID.derive(event)
        if log.head > 0, let last = try log.event(at: log.head), last.id.hasPrefix(base + "@") {
            return (false, last.id)
        }
        var e = event
        e.id = "\(base)@\(log.head)"
        try log.append([e])
        return (true, e.id)
    }
}

struct RetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Withdraw an event (it stays in the log; projections stop counting it).",
        discussion: """
            Retracting a retraction restores the event it withdrew.

            Example:
              kgraph retract ev-58fb3e868f6cc7b4ac1c2c8ac233bf0f --reason "corrected"
            """
    )

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("Id of the event to withdraw (see `kgraph log`).", valueName: "event-id")) var eventID: String
    @Option(help: ArgumentHelp("Why, for the record.", valueName: "text")) var reason: String

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason must say why") }
    }

    func run() throws {
        let store = try options.open()
        guard let position = try store.log.position(of: eventID), let target = try store.log.event(at: position) else {
            throw CLIError.user("no event with id \(Escaped.quoted(eventID)) in the log; find ids with `kgraph log`")
        }
        if target.kind == .alias {
            throw CLIError.user("\(eventID) is an alias; undo it with `kgraph alias \(target.alias?.name ?? "NAME") --is \(target.alias?.name ?? "NAME")`")
        }
        let event = Event(kind: .retraction, occurredAt: .unknown, source: Source(document: "kgraph-cli"), participants: [],
                          reason: reason, retracts: eventID, producer: Correction.producer)
        let (appended, id) = try Correction.append(event, to: store.log)
        if appended {
            print("retracted \(eventID) (\(target.kind.name) at position \(position)) by \(id)")
        } else {
            print("\(eventID) was just retracted with that reason; nothing appended")
        }
    }
}

struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Declare that a name denotes an organization (merges their nodes).",
        discussion: """
            Declaring a name an alias of itself undoes an earlier alias (splits the nodes again).

            Example:
              kgraph alias 케이티 --is KT
              kgraph alias MS --is MS
            """
    )

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The name as it appears in events.", valueName: "name")) var name: String
    @Option(name: .customLong("is"), help: ArgumentHelp("The organization it denotes (canonical name).", valueName: "org"))
    var organization: String

    func validate() throws {
        for (flag, value) in [("the name", name), ("--is", organization)] where Escaped.firstControl(in: value) != nil {
            throw ValidationError("\(flag) \(Escaped.quoted(value)) contains a control character; names may not hold control characters, remove it")
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty || organization.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give a name and the organization it denotes, as in `kgraph alias 케이티 --is KT`")
        }
    }

    func run() throws {
        let store = try options.open()
        let event = Event(kind: .alias, occurredAt: .unknown, source: Source(document: "kgraph-cli"), participants: [],
                          alias: AliasDeclaration(name: name, organization: organization), producer: Correction.producer)
        let (appended, id) = try Correction.append(event, to: store.log)
        if appended {
            print(OrganizationID.make(name) == OrganizationID.make(organization)
                  ? "\(name) stands for itself again (\(id))"
                  : "\(name) now denotes \(organization) (\(id))")
        } else {
            print("that alias was just declared; nothing appended")
        }
    }
}

import Foundation
