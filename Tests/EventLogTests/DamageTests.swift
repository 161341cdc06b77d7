import EventLog
import Events
import Foundation
import LevelDB
import Testing

/// Damage to the log's files on disk is reported as damage, never read around: a flipped byte in
/// the write-ahead log or a table file, a missing CURRENT, edited indexes and counters, a
/// half-made store.
@Suite struct DamageTests {
    func eventKey(_ p: UInt64) -> [UInt8] { [UInt8(ascii: "e")] + withUnsafeBytes(of: p.bigEndian) { Array($0) } }

    /// A store with `batches` batches of 5 events each, closed again.
    func makeStore(batches: Int = 4) throws -> TempDir {
        let dir = TempDir()
        let store = try Store.create(at: dir.path)
        for b in 0..<batches {
            try store.log.append((b * 5..<(b + 1) * 5).map { sampleEvent($0) }, articles: ["기사 \(b)"])
        }
        return dir
    }

    func rawDatabase(_ dir: TempDir) throws -> Database {
        var options = DatabaseOptions()
        options.createIfMissing = false
        return try Database(path: dir.path + "/log", options: options)
    }

    func files(_ dir: TempDir, suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path + "/log").filter { $0.hasSuffix(suffix) }.sorted()
            .map { dir.path + "/log/" + $0 }
    }

    func flip(_ path: String, at offset: Int) throws {
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[offset] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    /// Every event of the log, read in order, as their ids and evidence.
    func readAll(_ store: Store) throws -> [String] {
        var out: [String] = []
        try store.log.forEach { out.append("\($0.id) \($0.source.evidence ?? "")"); return true }
        return out
    }

    @Test func aDamagedWriteAheadLogStopsTheOpenInsteadOfDroppingABatch() throws {
        let dir = try makeStore()
        // The batches are still in the write-ahead log (nothing was flushed to a table yet).
        let wal = try #require(try files(dir, suffix: ".log").last)
        let size = try #require(FileManager.default.contents(atPath: wal)).count
        try flip(wal, at: size - 40)  // inside the last acknowledged batch
        #expect {
            _ = try Store.open(at: dir.path)
        } throws: { error in
            guard let e = error as? StoreError else { return false }
            return e.isCorruption && "\(e)".contains("kgraph repair")
        }
    }

    @Test func flippedBytesInATableFileAreNeverReadAsFact() throws {
        let dir = try makeStore(batches: 6)
        let original = try readAll(try Store.open(at: dir.path))
        try rawDatabase(dir).compactAll()  // everything into table files
        let table = try #require(try files(dir, suffix: ".ldb").first)
        let pristine = try #require(FileManager.default.contents(atPath: table))
        var failures = 0
        for offset in stride(from: 7, to: pristine.count, by: max(1, pristine.count / 40)) {
            try pristine.write(to: URL(fileURLWithPath: table))
            try flip(table, at: offset)
            do {
                let read = try readAll(try Store.open(at: dir.path))
                // A flip LevelDB's checksums let through (an unused byte) must change nothing.
                #expect(read == original, "a flip at byte \(offset) changed what the log reads")
            } catch let error as StoreError {
                #expect(error.isCorruption, "\(error)")
                failures += 1
            }
        }
        #expect(failures > 0)
    }

    @Test func anAlteredRecordIsRefusedByEveryRead() throws {
        let dir = try makeStore()
        do {
            let db = try rawDatabase(dir)
            var value = try #require(try db.get(eventKey(7)))
            value[value.count - 60] ^= 0x01  // in the record's text, not its chain
            try db.put(eventKey(7), value)
        }
        let store = try Store.open(at: dir.path)
        for read in [
            { _ = try store.log.event(at: 7) },
            { _ = try store.log.events(at: [3, 7]) },
            { try store.log.forEach { _ in true } },
            { try store.log.forEach(filter: EventFilter(document: "doc.txt")) { _ in true } },
            { try store.log.forEach(filter: EventFilter(kinds: [.partnership])) { _ in true } },
        ] as [() throws -> Void] {
            #expect {
                try read()
            } throws: { error in
                "\(error)".contains("record 7 was altered") && (error as? StoreError)?.isCorruption == true
            }
        }
        // Records before it still read.
        #expect(try store.log.event(at: 6) != nil)
    }

    @Test func aMissingCurrentOrLogIsDamage() throws {
        let dir = try makeStore()
        try FileManager.default.removeItem(atPath: dir.path + "/log/CURRENT")
        #expect { _ = try Store.open(at: dir.path) } throws: { ($0 as? StoreError)?.isCorruption == true && "\($0)".contains("CURRENT") }
        try FileManager.default.removeItem(atPath: dir.path + "/log")
        #expect { _ = try Store.open(at: dir.path) } throws: { ($0 as? StoreError)?.isCorruption == true && "\($0)".contains("log") }
    }

    @Test func aHalfMadeStoreIsFinished() throws {
        // What an older kgraph left when killed during init: the marker, and a log without a database.
        let dir = TempDir()
        try FileManager.default.createDirectory(atPath: dir.path + "/log", withIntermediateDirectories: true)
        try Data("{\"format\": 1, \"createdAt\": \"2024-01-01T00:00:00.000Z\"}\n".utf8)
            .write(to: URL(fileURLWithPath: dir.path + "/kgraph.json"))
        let store = try Store.open(at: dir.path)
        #expect(store.log.head == 0)
        try store.log.append([sampleEvent(1)])
        #expect(store.log.head == 1)
    }

    @Test func creationLeavesNothingBehindAndRefusesASecondTime() throws {
        let parent = TempDir()
        try FileManager.default.createDirectory(atPath: parent.path, withIntermediateDirectories: true)
        let path = parent.path + "/news"
        let held = try Store.create(at: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["news"])
        #expect(FileManager.default.fileExists(atPath: path + "/log/CURRENT"))
        #expect(throws: StoreError.alreadyAStore(path)) { try Store.create(at: path) }
        // A process that loses the race opens the winner's store, like any other writer.
        #expect(throws: StoreError.inUse(path)) { _ = try Store.openOrCreate(at: path) }
        #expect("\(StoreError.beingCreated(path))".contains("is being created by another kgraph process"))
        withExtendedLifetime(held) {}
    }

    @Test func creationThroughASymbolicLinkLandsWhereItLeads() throws {
        let parent = TempDir()
        let target = parent.path + "/target"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: parent.path + "/link", withDestinationPath: target)
        do { _ = try Store.create(at: parent.path + "/link") }
        #expect(FileManager.default.fileExists(atPath: target + "/kgraph.json"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: parent.path + "/link") == target)
        #expect(try Store.open(at: parent.path + "/link").log.head == 0)
    }

    @Test func verifyChecksTheKindOrganizationAndDocumentIndexesAndTheCounters() throws {
        let edits: [(String, (Database) throws -> Void, (LogDamage?) -> Bool)] = [
            ("a removed kind entry", { db in
                let b = WriteBatch()
                b.delete([UInt8(ascii: "k"), EventKind.partnership.rawValue] + withUnsafeBytes(of: UInt64(6).bigEndian) { Array($0) })
                try db.write(b)
            }, { if case .secondaryIndexMismatch(let index, _) = $0 { index == "kind" } else { false } }),
            ("an organization entry for a record without that organization", { db in
                try db.put([UInt8(ascii: "o")] + Array("회사1".utf8) + [0] + withUnsafeBytes(of: UInt64(9).bigEndian) { Array($0) }, [])
            }, { if case .secondaryIndexMismatch(let index, _) = $0 { index == "organization" } else { false } }),
            ("a document entry for a record of another document", { db in
                try db.put([UInt8(ascii: "d")] + Array("other.txt".utf8) + [0] + withUnsafeBytes(of: UInt64(2).bigEndian) { Array($0) }, [])
            }, { if case .secondaryIndexMismatch(let index, _) = $0 { index == "document" } else { false } }),
            ("an edited counter", { db in
                try db.put(Array("mcount".utf8) + [EventKind.partnership.rawValue], withUnsafeBytes(of: UInt64(3).bigEndian) { Array($0) })
            }, { $0 == .counterMismatch(kind: "partnership", stored: 3, actual: 20) }),
            ("a counter for a kind the log does not hold", { db in
                try db.put(Array("mcount".utf8) + [EventKind.ban.rawValue], withUnsafeBytes(of: UInt64(2).bigEndian) { Array($0) })
            }, { $0 == .counterMismatch(kind: "ban", stored: 2, actual: 0) }),
        ]
        for (what, edit, expected) in edits {
            let dir = try makeStore()
            let intact = try Store.open(at: dir.path).log.verify()
            #expect(intact.isIntact && intact.indexEntriesChecked > 40 && intact.countersChecked == 1)
            try edit(try rawDatabase(dir))
            let damage = try Store.open(at: dir.path).log.verify().damage
            #expect(expected(damage), "\(what): \(String(describing: damage))")
        }
    }
}
