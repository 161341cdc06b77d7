import EventLog
import Events
import Foundation
import Synchronization
import Testing

@Suite struct StoreTests {
    @Test func openNeverCreatesAStore() throws {
        let dir = TempDir()
        #expect(throws: StoreError.notAStore(dir.path)) { try Store.open(at: dir.path) }
        #expect(!FileManager.default.fileExists(atPath: dir.path))
    }

    @Test func initRefusesAnExistingStoreOrABusyDirectory() throws {
        let dir = TempDir()
        _ = try Store.create(at: dir.path)
        #expect(throws: StoreError.alreadyAStore(dir.path)) { try Store.create(at: dir.path) }
        let other = TempDir()
        try FileManager.default.createDirectory(atPath: other.path, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: other.path + "/notes.txt", contents: Data("x".utf8))
        #expect(throws: StoreError.pathInUse(other.path)) { try Store.create(at: other.path) }
    }

    @Test func aSecondOpenIsRefusedWhileTheFirstIsHeld() throws {
        let dir = TempDir()
        let first = try Store.create(at: dir.path)
        #expect(throws: StoreError.inUse(dir.path)) { try Store.open(at: dir.path) }
        #expect(first.log.head == 0)
    }

    @Test func aSecondOpenWaitsForTheLockUpToItsTimeout() throws {
        let dir = TempDir()
        let first = Mutex<Store?>(try Store.create(at: dir.path))
        #expect(throws: StoreError.lockTimeout(dir.path, waited: 0.2)) { try Store.open(at: dir.path, lockTimeout: 0.2) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { first.withLock { $0 = nil } }
        let second = try Store.open(at: dir.path, lockTimeout: 30)
        #expect(first.withLock { $0 == nil } && second.log.head == 0)
    }

    @Test func refusesANewerStoreFormat() throws {
        let dir = TempDir()
        do { _ = try Store.create(at: dir.path) }
        try Data("{\"format\": 7}".utf8).write(to: URL(fileURLWithPath: dir.path + "/kgraph.json"))
        #expect(throws: StoreError.newerFormat(found: 7, supported: Store.formatVersion)) { try Store.open(at: dir.path) }
        #expect("\(StoreError.newerFormat(found: 7, supported: 1))".contains("upgrade kgraph"))
    }
}
