import Foundation

/// Accumulates only the timed parts of a loop, so preparation between them is not counted.
struct Stopwatch {
    private let clock = ContinuousClock()
    private(set) var elapsed: Duration = .zero

    mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let start = clock.now
        defer { elapsed += clock.now - start }
        return try body()
    }

    var seconds: Double { kgraph_bench.seconds(elapsed) }
}

/// The middle value; for an even count, the mean of the two middle values.
func median(_ values: [Double]) -> Double {
    precondition(!values.isEmpty)
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func seconds(_ d: Duration) -> Double {
    let c = d.components
    return Double(c.seconds) + Double(c.attoseconds) * 1e-18
}

/// CPU time of the calling thread. A scan runs entirely on the caller's thread, so this excludes
/// time the scheduler gave to other processes: the figure to trust on a busy shared machine.
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}
