import Foundation
import Synchronization

/// Work on independent items spread over the machine's cores.
enum Parallel {
    /// `transform` of every item, in the order of `items`, on all cores: each worker takes every n-th item and
    /// hands its results over once at the end. Fewer than `perWorker` items per core run on the calling thread.
    static func map<T: Sendable, R: Sendable>(_ items: [T], perWorker: Int = 16, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count / max(1, perWorker)))
        guard workers > 1 else { return items.map(transform) }
        let results = Mutex([R?](repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var mine: [(Int, R)] = []
            var i = w
            while i < items.count {
                mine.append((i, transform(items[i])))
                i += workers
            }
            results.withLock { r in for (i, x) in mine { r[i] = x } }
        }
        return results.withLock { $0.map { $0! } }
    }
}
