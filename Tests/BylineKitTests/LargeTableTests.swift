import Foundation
import Testing
@testable import BylineKit

@Suite("Large tables")
struct LargeTableTests {
    @Test("A table holds its elements in order, as an array would")
    func elements() {
        let t = LargeTable([UInt64(7), 0, .max, 42])
        #expect(t.count == 4)
        #expect(t.elements == [7, 0, .max, 42])
        #expect(t[2] == .max)
        #expect(t.withUnsafeBufferPointer { $0.reduce(0, &+) } == 7 &+ .max &+ 42)
        // Made from a slice or a lazy sequence alike.
        let words: [UInt64] = [1, 2, 3, 4, 5]
        #expect(LargeTable(words[1..<4]).elements == [2, 3, 4])
        let vectors = LargeTable((0..<3).lazy.map { (k: Int) -> SIMD8<Int32> in SIMD8(repeating: Int32(k)) })
        let expected: [SIMD8<Int32>] = [SIMD8(repeating: 0), SIMD8(repeating: 1), SIMD8(repeating: 2)]
        #expect(vectors.elements == expected)
    }

    @Test("An empty table is empty")
    func empty() {
        let t = LargeTable([UInt64]())
        #expect(t.count == 0)
        #expect(t.elements.isEmpty)
    }

    @Test("A table of 2 MB or more starts on a 2 MB boundary (where huge pages can back it); smaller ones on a cache line")
    func alignment() {
        let big = LargeTable([UInt64](repeating: 9, count: LargeTable<UInt64>.hugePageSize / 8 + 1))
        #expect(Int(bitPattern: big.baseAddress) % LargeTable<UInt64>.hugePageSize == 0)
        #expect(big[big.count - 1] == 9 && big[0] == 9)
        let small = LargeTable([UInt64](repeating: 1, count: 100))
        #expect(Int(bitPattern: small.baseAddress) % 64 == 0)
    }

    @Test("The bundled lexicon, word clusters and tagger weights are large tables and still answer")
    func bundled() throws {
        let model = try #require(NameModel.bundled)
        #expect(model.lanes.count > 0)
        // The weights (16 bytes a bucket) are huge-page aligned when they fill a huge page or more, else to 64.
        let huge = LargeTable<SIMD8<Int16>>.hugePageSize
        let bytes = model.lanes.count * MemoryLayout<SIMD8<Int16>>.stride
        #expect(Int(bitPattern: model.lanes.baseAddress) % (bytes >= huge ? huge : 64) == 0)
        #expect(model.lexicon.flags(WordHash.of("london")).contains(.city))
        #expect(WordClusters.bundled.cluster(lowerHash: WordHash.of("texas"), capitalised: true) != 0)
    }
}
