import EventLog
import Events
import Foundation
import LevelDB
import SQLite

// STORE/projections/ layout:
//
//   catalog.json          {"format": 1, "live": {"org-graph": "org-graph-v2", …}}
//                         which instance queries read, per kind; written atomically (rename)
//   INSTANCE@VERSION/     one LevelDB per projection instance (ProjectionState.swift)
//
// An instance is a name ("org-graph", "org-graph-v2") bound to a kind and a rules version.
// Building a new instance never touches the live one, so queries keep working during a replay;
// promoting is one atomic rewrite of catalog.json; dropping removes one directory.
//
//   cuts/P/INSTANCE@VERSION/   projections as the log held them at position P (knowledge time),
//                              built on demand by `knownAt(_:)` when a correction was appended
//                              after P; immutable once built (the log before P never changes),
//                              kept for the most recently asked `maxCuts` positions

/// One row of `kgraph projections`.
public struct ProjectionInfo: Sendable {
    public let instance: String
    public let kind: String
    public let version: Int
    public let checkpoint: UInt64
    public let head: UInt64
    public let live: Bool
    public let bytes: UInt64
    public let digest: String
    public let appliedEvents: UInt64
    public let skippedUnknownKinds: UInt64
    public let untilPosition: UInt64
    /// Built by rules this kgraph no longer uses.
    public let stale: Bool
    public var lag: UInt64 {
        let target = untilPosition > 0 ? min(untilPosition, head) : head
        return target > checkpoint ? target - checkpoint : 0
    }
}

public final class ProjectionCatalog {
    public let store: Store
    public let factories: [ProjectionFactory]
    /// Told about rebuilds of damaged state and skipped unknown kinds.
    public var warn: (String) -> Void = { _ in }
    private var open: [String: (ProjectionState, any Projection)] = [:]
    /// Instances this catalog creates fold the log up to here (0: the whole log).
    public let untilPosition: UInt64
    /// A catch-up or replay of a local log with at least this many records to read reads them on
    /// a thread of its own, beside the fold (`ProjectionRunner.readAheadRecords`). Nil reads them
    /// on the folding thread: one core per fold, as a benchmark's one-core baseline wants. The
    /// states are the same either way.
    public var readAheadFrom: UInt64? = ProjectionRunner.readAheadRecords
    private let rootOverride: String?

    var root: String { rootOverride ?? store.projectionsPath }
    var catalogPath: String { root + "/catalog.json" }

    public convenience init(store: Store, factories: [ProjectionFactory] = BuiltInProjections.all) {
        self.init(store: store, factories: factories, root: nil, untilPosition: 0)
    }

    private init(store: Store, factories: [ProjectionFactory], root: String?, untilPosition: UInt64) {
        self.store = store
        self.factories = factories
        self.rootOverride = root
        self.untilPosition = untilPosition
    }

    // MARK: Knowledge time

    /// Cuts kept under `cuts/`; the least recently asked beyond this are removed.
    public static let maxCuts = 8

    /// The projections to answer a question at knowledge time `position` (a log position).
    ///
    /// Events after `position` are left out by the reader's position filter (`TimeWindow`), and a
    /// retraction carries its position into the projections (its reports stay, hidden by readers
    /// from that position on: `OrgGraphReader(…, knownAt:)`), so the live projections answer
    /// whenever no alias was declared after `position`. When one was, its merge or split must not
    /// show, so the answer comes from projections folded only up to `position`: built once under
    /// `cuts/`, then read like the live ones. Either way the answer is the one a store holding
    /// only the first `position` events would give, and it never changes as the log grows.
    public func knownAt(_ position: UInt64) throws -> ProjectionCatalog {
        guard untilPosition == 0, position > 0, position < store.log.head,
              try Self.hasAlias(after: position, in: store.log) else { return self }
        let fm = FileManager.default
        let cuts = root + "/cuts"
        let dir = cuts + "/" + String(position)
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        Self.markAsked(dir)
        let kept = try fm.contentsOfDirectory(atPath: cuts).compactMap { name -> (String, Date)? in
            guard let date = try? fm.attributesOfItem(atPath: cuts + "/" + name)[.modificationDate] as? Date else { return nil }
            return (name, date)
        }.sorted { $0.1 > $1.1 }
        for (name, _) in kept.dropFirst(Self.maxCuts) where name != String(position) {
            try? fm.removeItem(atPath: cuts + "/" + name)
        }
        return ProjectionCatalog(store: store, factories: factories, root: dir, untilPosition: position)
    }

    /// Makes `dir` the most recently asked cut: its modification time becomes now.
    ///
    /// `utimensat` with no times sets the kernel's own clock, to the nanosecond. Foundation's
    /// `setAttributes([.modificationDate: Date()])` goes through `utimes` with microseconds
    /// rounded from a `Double`, and a date within half a microsecond of a whole second rounds to
    /// 1,000,000 µs, which the kernel refuses (EINVAL): a query then failed about once in a
    /// million. The time only orders cuts for eviction, so a failure here fails no answer.
    static func markAsked(_ dir: String) {
        _ = utimensat(AT_FDCWD, dir, nil, 0)
    }

    /// Whether an alias stands in the log after `position` (read through the kind index).
    static func hasAlias(after position: UInt64, in log: any EventLogBackend) throws -> Bool {
        var found = false
        try log.forEachRecord(from: position + 1, filter: EventFilter(kinds: [.alias])) { _, _ in
            found = true
            return false
        }
        return found
    }

    // MARK: Reading the live projections

    /// The live instance of `kind`, caught up to the log head (or its cut). Creates and builds it
    /// on first use; rebuilds it from the log if its state is damaged; refuses stale state.
    public func caughtUp(_ kind: String, progress: ((UInt64) -> Void)? = nil) throws -> ProjectionState {
        let factory = try self.factory(kind)
        let name = try liveInstance(kind)
        let (state, projection) = try openInstance(name, kind: kind, create: factory.supportedVersions.max() ?? 1,
                                                   untilPosition: untilPosition)
        // Rules this code no longer has would fold new events differently from old ones.
        guard factory.supportedVersions.contains(state.meta.version) else {
            throw ProjectionError.stale(instance: name, builtWith: state.meta.version, current: factory.supportedVersions.max() ?? 1)
        }
        let result = try ProjectionRunner.catchUp(projection, state: state, log: store.log, readAheadFrom: readAheadFrom, progress: progress)
        if result.skippedUnknownKinds > 0 {
            warn("skipped \(result.skippedUnknownKinds) events of kinds this kgraph does not know; upgrade kgraph to fold them into \(name)")
        }
        return state
    }

    /// Removes the state of every live projection, and every knowledge-time cut, to be rebuilt
    /// from the log when next read: for state whose files turned out damaged while being read.
    public func discardLive() throws {
        open.removeAll()
        for factory in factories {
            guard let dir = try instanceDirectory(try liveInstance(factory.kind)) else { continue }
            try FileManager.default.removeItem(atPath: root + "/" + dir)
        }
        if untilPosition == 0, FileManager.default.fileExists(atPath: root + "/cuts") {
            try FileManager.default.removeItem(atPath: root + "/cuts")
        }
    }

    /// Closes every projection database this catalog opened (each closes once nothing else holds it).
    public func close() { open.removeAll() }

    // MARK: Replays

    /// Builds `into` from position 0 beside the live projections. Resumes if `into` exists
    /// from an interrupted replay with the same settings.
    @discardableResult
    public func replay(_ source: String, into target: String, version: Int? = nil, untilPosition: UInt64 = 0,
                       untilDate: PartialDate = .unknown, commitEvery: Int = ProjectionRunner.defaultChunkEvents,
                       progress: ((UInt64) -> Void)? = nil) throws -> (CatchUpResult, ProjectionState) {
        try Self.checkName(target)
        let kind = try kindOf(source)
        let factory = try self.factory(kind)
        let v = version ?? factory.supportedVersions.max() ?? 1
        guard factory.supportedVersions.contains(v) else {
            throw ProjectionError.unsupportedVersion(kind: kind, version: v, supported: factory.supportedVersions)
        }
        if let existing = try instanceDirectory(target) {
            let (state, _) = try openInstance(target, kind: kind, create: nil)
            let m = state.meta
            guard m.kind == kind, m.version == v, m.untilPosition == untilPosition, m.untilDate == untilDate,
                  existing == "\(target)@\(v)"
            else { throw ProjectionError.alreadyExists(target) }
        }
        let (state, projection) = try openInstance(target, kind: kind, create: v, untilPosition: untilPosition, untilDate: untilDate)
        let result = try ProjectionRunner.catchUp(projection, state: state, log: store.log, chunkEvents: commitEvery,
                                                  readAheadFrom: readAheadFrom, progress: progress)
        state.settle()
        return (result, state)
    }

    // MARK: Listing, promoting, dropping

    public func list() throws -> [ProjectionInfo] {
        let catalog = try readCatalog()
        var rows: [ProjectionInfo] = []
        for dir in try instanceDirectories() {
            guard let at = dir.lastIndex(of: "@") else { continue }
            let name = String(dir[..<at])
            let state: ProjectionState
            do {
                state = try openInstance(name, kind: nil, create: nil).0
            } catch let e as ProjectionError {
                warn("\(e)")
                continue
            }
            let m = state.meta
            rows.append(ProjectionInfo(
                instance: name, kind: m.kind, version: m.version, checkpoint: m.checkpoint, head: store.log.head,
                live: (catalog[m.kind] ?? m.kind) == name, bytes: Store.directorySize(root + "/" + dir), digest: try digest(of: state),
                appliedEvents: m.appliedEvents, skippedUnknownKinds: m.skippedUnknownKinds,
                untilPosition: m.untilPosition, stale: !((try? factory(m.kind))?.supportedVersions.contains(m.version) ?? false)))
        }
        return rows.sorted { ($0.kind, $0.instance) < ($1.kind, $1.instance) }
    }

    /// The logical digest of a projection's state, by its kind's rule (`Projection.digest`).
    public func digest(of state: ProjectionState) throws -> String {
        try (try? factory(state.meta.kind))?.digest(state) ?? state.digest()
    }

    /// Makes `name` the instance queries of its kind read.
    public func promote(_ name: String) throws {
        guard try instanceDirectory(name) != nil else { throw ProjectionError.noSuchProjection(name, known: try instanceNames()) }
        let (state, _) = try openInstance(name, kind: nil, create: nil)
        var live = try readCatalog()
        live[state.meta.kind] = name
        try writeCatalog(live)
    }

    public func drop(_ name: String) throws {
        guard let dir = try instanceDirectory(name) else { throw ProjectionError.noSuchProjection(name, known: try instanceNames()) }
        let (state, _) = try openInstance(name, kind: nil, create: nil)
        if try liveInstance(state.meta.kind) == name { throw ProjectionError.cannotDropLive(name) }
        open[name] = nil
        try FileManager.default.removeItem(atPath: root + "/" + dir)
    }

    // MARK: Instances

    func factory(_ kind: String) throws -> ProjectionFactory {
        guard let f = factories.first(where: { $0.kind == kind }) else {
            throw ProjectionError.unknownKind(kind, known: factories.map(\.kind))
        }
        return f
    }

    /// The kind of an instance name, or the name itself when it is a kind.
    func kindOf(_ name: String) throws -> String {
        if try instanceDirectory(name) != nil {
            return try openInstance(name, kind: nil, create: nil).0.meta.kind
        }
        if factories.contains(where: { $0.kind == name }) { return name }
        throw ProjectionError.noSuchProjection(name, known: try instanceNames())
    }

    func liveInstance(_ kind: String) throws -> String {
        try readCatalog()[kind] ?? kind
    }

    /// Opens an instance, creating it when `create` gives a version. A damaged live state is
    /// replaced by an empty one (the runner then rebuilds it from the log; the log is never touched).
    func openInstance(_ name: String, kind: String?, create version: Int?, untilPosition: UInt64 = 0,
                      untilDate: PartialDate = .unknown) throws -> (ProjectionState, any Projection) {
        if let cached = open[name] { return cached }
        let existing = try instanceDirectory(name)
        guard existing != nil || version != nil else { throw ProjectionError.noSuchProjection(name, known: try instanceNames()) }
        let dir = existing ?? "\(name)@\(version!)"
        let path = root + "/" + dir
        var meta: ProjectionMeta? = nil
        if existing == nil, let kind, let version {
            meta = ProjectionMeta(kind: kind, instance: name, version: version)
            meta!.untilPosition = untilPosition
            meta!.untilDate = untilDate
        }
        func rebuild(_ reason: String, kind: String) throws -> ProjectionState {
            // The log is the truth: a damaged projection is rebuilt from it, never repaired.
            warn("projection state at \(path) is damaged (\(reason)); rebuilding it from the log")
            try? FileManager.default.removeItem(atPath: path)
            let v = Int(dir[dir.index(after: dir.lastIndex(of: "@")!)...]) ?? version ?? 1
            var fresh = ProjectionMeta(kind: kind, instance: name, version: v)
            fresh.untilPosition = untilPosition
            fresh.untilDate = untilDate
            return try ProjectionState(path: path, create: fresh)
        }
        var opened: ProjectionState?
        do {
            opened = try ProjectionState(path: path, create: meta)
        } catch let error as ProjectionError {
            guard case .damaged(_, let reason) = error, let kind else { throw error }
            opened = try rebuild(reason, kind: kind)
        }
        if let reason = try untied(opened!.meta) {
            let previous = opened!.meta
            opened = nil  // closes the database before its files are removed
            opened = try rebuild(reason, kind: previous.kind)
            if opened!.meta.untilPosition != previous.untilPosition || opened!.meta.untilDate != previous.untilDate {
                var m = opened!.meta
                m.untilPosition = previous.untilPosition
                m.untilDate = previous.untilDate
                try opened!.commit(m)
            }
        }
        var projection = try self.factory(opened!.meta.kind).make(opened!.meta.version)
        do {
            try projection.open(ProjectionContext(state: opened!, log: store.log))
        } catch {
            var reason = Self.damage(in: error)
            if case .damaged(_, let why)? = error as? ProjectionError { reason = why }
            guard let reason else { throw error }
            let kind = opened!.meta.kind
            projection = try self.factory(kind).make(opened!.meta.version)
            opened = nil
            opened = try rebuild(reason, kind: kind)
            try projection.open(ProjectionContext(state: opened!, log: store.log))
        }
        let state = opened!
        open[name] = (state, projection)
        return (state, projection)
    }

    /// What an error says when it is a read that a projection's own files refused, or nil for any
    /// other error: LevelDB's refusals (a checksum, a missing or damaged table) and SQLite's
    /// "corrupt" and "not a database" answers (the `articles` projection's index.sqlite). Such state
    /// is rebuilt from the log, never read around.
    public static func damage(in error: any Error) -> String? {
        if let e = error as? LevelDBError { return e.message }
        if let e = error as? SQLiteError, [11, 26].contains(e.code & 0xFF) { return e.message }  // SQLITE_CORRUPT, SQLITE_NOTADB
        return nil
    }

    /// Why a projection's state no longer belongs to this log, or nil when it does: its
    /// checkpoint lies past the head (the log was restored from an older copy), or the log's
    /// chain at the checkpoint is not the one the state was folded from (another log).
    func untied(_ meta: ProjectionMeta) throws -> String? {
        let head = store.log.head
        if meta.checkpoint > head {
            return "its checkpoint \(meta.checkpoint) lies past the log head \(head); the log was restored from an older copy or replaced"
        }
        guard meta.checkpoint > 0, let recorded = meta.checkpointChain else { return nil }
        guard let chain = try store.log.chain(at: meta.checkpoint), chain == recorded else {
            return "it was folded from a log whose record \(meta.checkpoint) differs from this log's"
        }
        return nil
    }

    func instanceDirectories() throws -> [String] {
        let fm = FileManager.default
        guard fm.fileExists(atPath: root) else { return [] }
        return try fm.contentsOfDirectory(atPath: root).filter { $0.contains("@") }.sorted()
    }

    func instanceDirectory(_ name: String) throws -> String? {
        try instanceDirectories().first { $0.hasPrefix(name + "@") && !$0.dropFirst(name.count + 1).contains("@") }
    }

    func instanceNames() throws -> [String] {
        try instanceDirectories().compactMap { $0.split(separator: "@").first.map(String.init) }
    }

    static func checkName(_ name: String) throws {
        let ok = !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
        if !ok { throw ProjectionError.invalidName(name) }
    }

    // MARK: catalog.json

    func readCatalog() throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: catalogPath) else { return [:] }
        guard case .object(let top)? = try? JSON.parse(Array(data)),
              case .object(let live)? = top.first(where: { $0.0 == "live" })?.1
        else { throw ProjectionError.damaged(path: catalogPath, reason: "not a catalog; delete it to fall back to the built-in projections") }
        var out: [String: String] = [:]
        for (k, v) in live { if case .string(let s) = v { out[k] = s } }
        return out
    }

    func writeCatalog(_ live: [String: String]) throws {
        let doc = JSON.object([
            ("format", .int(1)),
            ("live", .object(live.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data((doc.serialized + "\n").utf8).write(to: URL(fileURLWithPath: catalogPath), options: .atomic)
    }
}
