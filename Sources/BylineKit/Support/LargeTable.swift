#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only table of megabytes that the analysis looks up at random: the lexicon's slots, the word clusters,
/// the tagger's weights. Each story reads thousands of entries scattered over these tables, and with ordinary
/// 4 KB pages nearly every read needs an address translation of its own that the processor's translation cache
/// (about 1,500 pages, 6 MB) no longer holds once the tables (7 MB with the bundled ones: lexicon 4, clusters 2,
/// weights 1) and the rest of the analysis's memory are in use; each such miss walks the
/// page tables, and in a virtual machine that walk is doubled. So a table of 2 MB or more gets memory of its
/// own, aligned to 2 MB and, on Linux, marked for transparent huge pages (`madvise(MADV_HUGEPAGE)`) before it is
/// written: the kernel then backs it with 2 MB pages where it can (a few translations for the whole table), and
/// with ordinary pages where it cannot, which only costs the speed. Smaller tables get ordinary aligned memory.
struct LargeTable<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The memory, freed with the last copy of the table.
    private final class Storage {
        let base: UnsafeMutableRawPointer
        init(base: UnsafeMutableRawPointer) { self.base = base }
        deinit { free(base) }
    }
    private let storage: Storage
    /// The elements, alive while `storage` is: read through `withUnsafeBufferPointer`, the subscript or
    /// `elements`, never handed out on their own (a table made for one expression would free them under the reader).
    private let buffer: UnsafeBufferPointer<Element>

    static var hugePageSize: Int { 2 << 20 }

    /// A table holding `elements`, in order.
    init<C: Collection>(_ elements: C) where C.Element == Element {
        let count = elements.count
        let bytes = max(1, count * MemoryLayout<Element>.stride)
        let huge = bytes >= LargeTable.hugePageSize
        let alignment = huge ? LargeTable.hugePageSize : max(64, MemoryLayout<Element>.alignment)
        let size = huge ? (bytes + alignment - 1) / alignment * alignment : bytes
        var p: UnsafeMutableRawPointer?
        if posix_memalign(&p, alignment, size) != 0 || p == nil {
            // Out of memory: as an array would.
            fatalError("LargeTable: cannot allocate \(size) bytes")
        }
        let base = p!
        #if os(Linux)
        // Before the first write, so that the pages are made huge as they are first touched.
        if huge { _ = madvise(base, size, MADV_HUGEPAGE) }
        #endif
        let typed = base.bindMemory(to: Element.self, capacity: max(1, count))
        var i = 0
        for e in elements { (typed + i).initialize(to: e); i += 1 }
        storage = Storage(base: base)
        buffer = UnsafeBufferPointer(start: typed, count: count)
    }

    var count: Int { buffer.count }

    /// A copy of the elements.
    var elements: [Element] { withUnsafeBufferPointer { Array($0) } }

    /// Where the elements start (for checking their alignment).
    var baseAddress: UnsafeRawPointer? { withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }

    @inline(__always) subscript(i: Int) -> Element { withUnsafeBufferPointer { $0[i] } }

    /// The elements as a buffer (as `Array.withUnsafeBufferPointer`, for code written for arrays).
    @inline(__always) func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(buffer) }
    }
}
