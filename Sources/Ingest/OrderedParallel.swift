import Dispatch
import Extraction
import Foundation
import Synchronization

/// An ordered parallel map: the results come back in the order of the inputs whatever the order
/// the threads finish in, so a pipeline that appends them in turn writes what one thread would.
public enum OrderedParallel {
    /// The worker threads to use by default: the machine's active processors.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `items.map(transform)`, computed on up to `workers` threads (1: on the caller's thread,
    /// in order). `transform` must not touch shared mutable state.
    public static func map<T, R>(_ items: [T], workers: Int, _ transform: (T) -> R) -> [R] {
        guard workers > 1, items.count > 1 else { return items.map(transform) }
        let slots = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(transform) { transform in
            let work = Unchecked((items, transform, slots))
            DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
                let (items, transform, slots) = work.value
                while true {
                    let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    if i >= items.count { return }
                    slots[i] = transform(items[i])
                }
            }
        }
        return slots.map { $0! }
    }

    /// Values handed to worker threads that the caller keeps apart (each slot written by one).
    private struct Unchecked<V>: @unchecked Sendable {
        let value: V
        init(_ value: V) { self.value = value }
    }
}

/// Extractors for worker threads, one per thread at a time: MeCab's tagger is not thread-safe
/// (an analyzer serializes its calls), so each thread gets an extractor with its own analyzer
/// over the same dictionary, which gives the same answers.
public final class ExtractorPool: Sendable {
    public let first: Extractor
    private let idle: Mutex<[Extractor]>

    public init(_ extractor: Extractor) {
        first = extractor
        idle = Mutex([extractor])
    }

    /// Runs `body` with an extractor no other thread is using.
    public func with<R>(_ body: (Extractor) -> R) -> R {
        let taken = idle.withLock { $0.popLast() } ?? fresh()
        defer { idle.withLock { $0.append(taken) } }
        return body(taken)
    }

    private func fresh() -> Extractor {
        guard let dictionary = first.analyzer?.dictionary,
              let analyzer = try? MorphologicalAnalyzer(dictionary: dictionary) else { return first }
        return Extractor(lexicon: first.lexicon, analyzer: analyzer)
    }
}
