@testable import Projections
import Testing

/// `ByteInterner.idsInByteOrder`, kept across calls while ids are added, against a full sort.
@Suite struct ByteOrderTests {
    @Test func idsStayInByteOrderAsTheyAreAdded() {
        var interner = ByteInterner(capacity: 16)
        var strings: [[UInt8]] = []
        var state: UInt64 = 42
        func next(_ n: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % n
        }
        for batch in 0..<6 {
            for _ in 0..<(batch == 0 ? 300 : 50 * batch) {
                // Short strings over a few byte values: many share prefixes, some are prefixes of others.
                let s = (0..<next(6)).map { _ in [0x61, 0x62, 0xEA, 0xB0, 0x00][Int(next(5))] as UInt8 }
                let id = s.withUnsafeBytes { interner.id($0) }
                if Int(id) == strings.count { strings.append(s) }
            }
            let expected = strings.indices.sorted { strings[$0].lexicographicallyPrecedes(strings[$1]) }.map(Int32.init)
            #expect(interner.idsInByteOrder() == expected, "after batch \(batch)")
        }
        #expect(strings.count > 100)
    }
}
