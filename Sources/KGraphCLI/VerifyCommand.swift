import ArgumentParser
import EventLog
import Foundation
import Projections

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the log's hash chain, positions, indexes, counters and article texts.",
        discussion: """
            Exits 0 when the log is intact and 2 naming the first altered, missing or reordered \
            record, or the first wrong index entry or counter. With --replay-projections, also \
            replays each live projection beside it from the log and compares their digests.

            Example:
              kgraph verify --store ./news
              kgraph verify --replay-projections --store ./news
            """
    )

    @OptionGroup var options: StoreOptions

    @Flag(help: "Also replay each live projection from the log beside it and compare digests.")
    var replayProjections = false

    func run() throws {
        let store = try replayProjections ? options.openForProjections() : options.open()
        let report = try store.log.verify()
        if let damage = report.damage {
            throw CLIError.corrupt("\(damage) (checked \(report.recordsChecked) records before it); restore the store from a backup or re-ingest its sources")
        }
        print("ok: \(report.recordsChecked) records, hash chain intact up to head \(store.log.head); \(report.idsChecked) ids indexed; the kind, organization and document indexes and the counters match; \(report.articlesChecked) article texts match their hashes")
        guard replayProjections else { return }
        let catalog = ProjectionCatalog(store: store)
        catalog.warn = { printError("warning: \($0)") }
        for factory in catalog.factories {
            let live = try catalog.caughtUp(factory.kind)
            let liveDigest = try catalog.digest(of: live)
            let name = live.meta.instance
            let scratch = "verify-\(factory.kind)-\(getpid())"
            defer { try? catalog.drop(scratch) }
            let (_, replayed) = try catalog.replay(factory.kind, into: scratch)
            let replayedDigest = try catalog.digest(of: replayed)
            guard replayedDigest == liveDigest else {
                throw CLIError.corrupt("projection \(name) disagrees with a replay of the log (digest \(liveDigest.prefix(12)) against \(replayedDigest.prefix(12))); rebuild it with `kgraph replay --projection \(name) --into \(name)-rebuilt` and promote that")
            }
            print("ok: projection \(name) at checkpoint \(live.meta.checkpoint) equals a replay of the log (digest \(liveDigest.prefix(12)))")
        }
    }
}
