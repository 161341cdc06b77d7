@testable import Projections
import Testing

/// `ByteInterner`: ids against a dictionary of the strings, and `idsInByteOrder`, kept across
/// calls while ids are added, against a full sort.
@Suite struct ByteOrderTests {
    /// Equal bytes get one id and different bytes different ids, for strings that fit in a slot
    /// (16 bytes) and longer ones, strings that differ only past the 16th byte or only by
    /// trailing zero bytes, through the table's growth.
    @Test(arguments: [false, true])
    func equalBytesAndOnlyThoseShareAnId(colliding: Bool) {
        // Colliding: every string is looked up under one hash, so only the comparison of
        // lengths and bytes tells them apart (the table is large enough never to grow, which
        // would rehash them apart).
        var interner = ByteInterner(capacity: colliding ? 1 << 13 : 16)
        var known: [[UInt8]: Int32] = [:]
        var state: UInt64 = 7
        func next(_ n: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % n
        }
        for _ in 0..<(colliding ? 3_000 : 20_000) {
            let length = [0, 3, 15, 16, 17, 24, 40][Int(next(7))]
            // A shared prefix of 16 bytes, so longer strings differ only after it.
            var s = Array(repeating: UInt8(0x61), count: min(length, 16))
            while s.count < length { s.append([0x00, 0x61, 0x62][Int(next(3))]) }
            if length <= 16, length > 0 { s[Int(next(UInt64(length)))] = [0x00, 0x62][Int(next(2))] }
            let id = s.withUnsafeBytes { colliding ? interner.id($0, hash: 0xABCD_0000_0000_0001) : interner.id($0) }
            if let expected = known[s] {
                #expect(id == expected, "\(s)")
            } else {
                #expect(Int(id) == known.count, "\(s) is new")
                known[s] = id
            }
        }
        #expect(known.count > (colliding ? 300 : 1_000))
        #expect(interner.count == known.count)
    }

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
