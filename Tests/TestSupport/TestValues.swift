import Events

/// The array a JSON value holds, or none: for reading answers in tests without a cascade of
/// `if case`.
public func jsonArray(_ j: JSON?) -> [JSON] {
    if case .array(let a)? = j { return a }
    return []
}

/// The string a JSON value holds, or nil.
public func jsonString(_ j: JSON?) -> String? {
    if case .string(let s)? = j { return s }
    return nil
}

/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014):
/// a small seeded generator, so a failing random case can be replayed from its seed.
public struct SplitMix: RandomNumberGenerator {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// In 0..<n (the modulo bias does not matter for test data).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
