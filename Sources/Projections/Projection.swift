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
}

extension Projection {
    public func open(_ context: ProjectionContext) throws {}
    public func willCommit(_ context: ProjectionContext) throws {}
    public static var currentVersion: Int { supportedVersions.max() ?? 1 }
}

/// What a projection of some kind needs to be built: its type.
public struct ProjectionFactory: Sendable {
    public let kind: String
    public let supportedVersions: [Int]
    public let make: @Sendable (_ version: Int) -> any Projection

    public init<P: Projection>(_ type: P.Type, make: @escaping @Sendable (Int) -> P) {
        kind = P.kind
        supportedVersions = P.supportedVersions
        self.make = make
    }
}
