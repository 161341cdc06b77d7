import EventLog
import Events
import Foundation
import PostgresLog
import TestSupport
import Testing

/// Knowledge time is exact on a log kept in PostgreSQL too (the same property as on LevelDB).
struct PostgresKnowledgeTimeTests {
    @Test(arguments: [11, 12] as [UInt64])
    func anAnswerAtPositionPEqualsALogHoldingTheFirstPEvents(seed: UInt64) throws {
        let dir = TempDir()
        let full = try Store.attach(log: try TestServer.freshLog().log, projectionsAt: dir.path + "/full")
        let growing = try Store.attach(log: try TestServer.freshLog().log, projectionsAt: dir.path + "/growing")
        let events = KnowledgeTime.randomLog(seed: seed, count: 30)
        let failures = try KnowledgeTime.mismatches(full: full, growing: growing, events: events)
        #expect(failures.isEmpty, "seed \(seed): \(failures.prefix(3))")
    }
}
