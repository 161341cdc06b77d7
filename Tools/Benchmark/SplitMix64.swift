/// A tiny seeded generator, so every run (and every machine) benchmarks byte-identical events.
/// SystemRandomNumberGenerator cannot be seeded; SplitMix64 is fast and good enough for test data.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n without the modulo bias of `next() % n` mattering for test data.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
