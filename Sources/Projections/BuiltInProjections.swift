/// The projections every store has; queries read their live instances.
public enum BuiltInProjections {
    public static let all: [ProjectionFactory] = [
        ProjectionFactory(OrgGraphProjection.self) { _ in OrgGraphProjection() },
        ProjectionFactory(TimelineProjection.self) { _ in TimelineProjection() },
        ProjectionFactory(AliasesProjection.self) { _ in AliasesProjection() },
        ProjectionFactory(ArticlesProjection.self) { _ in ArticlesProjection() },
    ]
}
