import EventLog
import Events

/// A read model folded from the log. The runner hands it every event in log-position order;
/// the projection writes its state through the context, and the runner commits that state
/// together with the checkpoint, so an event is never half-applied or applied twice.
///
/// A projection must be deterministic: the same log gives the same state, byte for byte,
/// which is what `digest` checks after a replay.
public protocol Projection: AnyObject {
    /// The projection's kind: `org-graph`, `timeline`, `aliases`, or your own.
    static var kind: String { get }
    /// Versions of the folding rules this code can build. A stored projection built by another
    /// version is stale: queries refuse it until it is replayed.
    static var supportedVersions: [Int] { get }

    /// Called once after the state database is opened, before any event, to load what the
    /// projection keeps in memory; again after a failed fold, whose uncommitted writes are dropped.
    func open(_ context: ProjectionContext) throws
    /// Folds one event into the state.
    func apply(_ event: Event, _ context: ProjectionContext) throws
    /// Called before each commit, to write what the projection kept in memory since the last one.
    func willCommit(_ context: ProjectionContext) throws
    /// Bytes held in memory until `willCommit`: the runner commits early when they grow large.
    var pendingBytes: Int { get }
    /// A hash of the logical state, equal for any two builds from the same log. The default
    /// hashes every key and value; a projection whose layout depends on when commits happened
    /// hashes what the layout means instead.
    static func digest(_ state: ProjectionState) throws -> String
}

/// A projection that folds records from their bytes (RecordCodec's format), skipping the
/// decode of a whole `Event` — for the projections a replay must be fast for.
public protocol RecordFolding: Projection {
    /// Folds the record and returns true, or returns false to be handed the decoded event.
    func apply(record: UnsafeRawBufferPointer, _ context: ProjectionContext) throws -> Bool
}

extension Projection {
    public func open(_ context: ProjectionContext) throws {}
    public func willCommit(_ context: ProjectionContext) throws {}
    public var pendingBytes: Int { 0 }
    public static func digest(_ state: ProjectionState) throws -> String { try state.digest() }
    public static var currentVersion: Int { supportedVersions.max() ?? 1 }
}

/// What a projection of some kind needs to be built: its type.
public struct ProjectionFactory: Sendable {
    public let kind: String
    public let supportedVersions: [Int]
    public let make: @Sendable (_ version: Int) -> any Projection
    public let digest: @Sendable (ProjectionState) throws -> String

    public init<P: Projection>(_ type: P.Type, make: @escaping @Sendable (Int) -> P) {
        kind = P.kind
        supportedVersions = P.supportedVersions
        self.make = make
        digest = { try P.digest($0) }
    }
}
