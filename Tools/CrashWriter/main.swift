// A writer for crash tests: appends batches of distinct events to a store in a loop and prints
// "committed HEAD" after each append returns, so a test can SIGKILL it at any moment and then
// check that everything it reported is still in the log.
//
//   kgraph-crash-writer STORE SEED
import EventLog
import Events
import Foundation

let args = CommandLine.arguments
guard args.count == 3, let seed = UInt64(args[2]) else {
    FileHandle.standardError.write(Data("usage: kgraph-crash-writer STORE SEED\n".utf8))
    exit(1)
}
let store = try Store.open(at: args[1])
store.log.durability = .osBuffered
var counter: UInt64 = 0
while true {
    let batchSize = Int((seed &+ counter) % 50) + 1
    var events: [Event] = []
    for _ in 0..<batchSize {
        counter += 1
        events.append(Event(
            kind: .partnership, occurredAt: PartialDate(year: 2024, month: 6, day: 3)!,
            source: Source(document: "crash-\(seed)", article: Int(counter), evidence: "협력 \(seed)-\(counter)"),
            participants: [Participant(role: .party, name: "회사\(counter % 97)"), Participant(role: .party, name: "기관\(counter % 89)")]))
    }
    let result = try store.log.append(events, articles: ["기사 \(seed) \(counter)"])
    // Unbuffered: the line is out before the next append begins.
    FileHandle.standardOutput.write(Data("committed \(result.head)\n".utf8))
}
