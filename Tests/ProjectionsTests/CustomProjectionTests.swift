import EventLog
import Events
import Foundation
import Projections
import Testing

// The README's example of a projection of one's own, kept compiling and correct here.

/// Counts partnerships per quarter of their valid time.
final class PartnershipsPerQuarter: Projection {
    static let kind = "partnerships-per-quarter"
    static let supportedVersions = [1]

    func apply(_ event: Event, _ context: ProjectionContext) throws {
        guard event.kind == .partnership, event.occurredAt.precision >= .month else { return }
        let key = Array("\(event.occurredAt.year)-Q\((event.occurredAt.month - 1) / 3 + 1)".utf8)
        let count = try context.state.get(key).flatMap { UInt64(String(decoding: $0, as: UTF8.self)) } ?? 0
        context.state.put(key, Array(String(count + 1).utf8))
    }
}

@Suite struct CustomProjectionTests {
    @Test func countsPartnershipsPerQuarter() throws {
        let t = try TempStore()
        try t.store.log.append([
            partnership("KT", "마이크로소프트", "2024-06-03"),
            partnership("SK텔레콤", "아마존웹서비스", "2024-05"),
            partnership("네이버", "삼성전자", "2024-10-02"),
            partnership("카카오", "오픈AI", "2025"),
            announcement("KT", "2024-06-10"),
        ])
        let catalog = ProjectionCatalog(store: t.store, factories: BuiltInProjections.all + [
            ProjectionFactory(PartnershipsPerQuarter.self) { _ in PartnershipsPerQuarter() },
        ])
        let (_, state) = try catalog.replay("partnerships-per-quarter", into: "ppq")
        var counts: [String: String] = [:]
        try state.forEach(prefix: Array("20".utf8)) { key, value in
            counts[String(decoding: key, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
            return true
        }
        #expect(counts == ["2024-Q2": "2", "2024-Q4": "1"])
        // It follows the log like the built-ins do.
        try t.store.log.append([partnership("LG유플러스", "구글", "2024-11-20")])
        let (_, again) = try catalog.replay("ppq", into: "ppq")
        #expect(try again.get(Array("2024-Q4".utf8)).map { String(decoding: $0, as: UTF8.self) } == "2")
    }
}
