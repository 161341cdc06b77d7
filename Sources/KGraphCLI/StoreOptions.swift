import ArgumentParser
import EventLog
import Foundation

/// `--store`, shared by every command.
public struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Store directory (else $KGRAPH_STORE, else \(StoreOptions.defaultPathDescription)).", valueName: "path"))
    public var store: String?

    public init() {}

    static let defaultPathDescription = "$XDG_DATA_HOME/kgraph/store (~/.local/share/kgraph/store)"

    /// --store, then KGRAPH_STORE, then the XDG data directory.
    public var resolvedPath: String {
        if let store, !store.isEmpty { return store }
        let env = ProcessInfo.processInfo.environment
        if let s = env["KGRAPH_STORE"], !s.isEmpty { return s }
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.local/share")
        return data + "/kgraph/store"
    }

    func open() throws -> Store {
        try Store.open(at: resolvedPath)
    }
}
