import ArgumentParser
import EventLog
import Foundation

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Say what repairing a damaged log would lose, and with --accept-loss, repair it.",
        discussion: """
            For a log whose write-ahead file is damaged, or whose CURRENT, MANIFEST or a table is \
            missing or damaged (other commands exit 2 and name this one). The repair works on a \
            copy of the log. Without --accept-loss nothing changes: it lists the positions and event ids a repair \
            would lose and exits 2. With it, the log is cut after its last sound record, the lost \
            positions are listed, and the damaged log is kept beside the store's log as \
            log.damaged-TIME. Nothing is appended; re-append the lost events from their sources.

            Example:
              kgraph repair --store ./news
              kgraph repair --accept-loss --store ./news
            """
    )

    @OptionGroup var options: StoreOptions

    @Flag(help: "Repair, losing the positions listed.")
    var acceptLoss = false

    func run() throws {
        guard case .directory(let path) = try options.location() else {
            throw CLIError.user("repair mends a store directory's log; a PostgreSQL log keeps its own write-ahead log (restore it from the server's backups)")
        }
        if let store = try? Store.open(at: path), (try? store.log.verify())?.isIntact == true {
            print("the log at \(path) opens and verifies (head \(store.log.head)); nothing to repair")
            return
        }
        if !acceptLoss {
            let plan = try Store.planRepair(at: path)
            print("a repair would keep positions 1…\(plan.keptHead) and would lose \(describe(plan))")
            throw CLIError.corrupt("nothing was changed; run `kgraph repair --accept-loss --store \(path)` to repair, losing \(plan.lost.count) position\(plan.lost.count == 1 ? "" : "s"), or restore the store from a backup")
        }
        let plan = try Store.repair(at: path)
        for (position, id) in plan.lost { print("lost position \(position)\(id.map { " (\($0))" } ?? "")") }
        print("repaired: kept positions 1…\(plan.keptHead); the damaged log is kept at \(plan.keptDamagedAt ?? "?"); re-append the lost events from their sources")
        let report = try Store.open(at: path).log.verify()
        if let damage = report.damage {
            throw CLIError.corrupt("after the repair, \(damage); restore the store from a backup")
        }
    }

    private func describe(_ plan: RepairPlan) -> String {
        guard !plan.lost.isEmpty else { return "nothing it can name (the damage lies in no acknowledged batch)" }
        let list = plan.lost.map { "\($0.position)\($0.id.map { " (\($0))" } ?? "")" }.joined(separator: ", ")
        return "\(plan.lost.count) position\(plan.lost.count == 1 ? "" : "s"): \(list)"
    }
}
