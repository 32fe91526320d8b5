import Foundation
import Testing
@testable import BylineKit

@Suite("Word clusters")
struct WordClustersTests {
    static let table: WordClusters = {
        // Paths read from the lowest bit; "Bush" the name and "bush" the plant sit in different clusters.
        let tsv = "Texas\t1190\nChicago\t1702\nBush\t6\nbush\t85\nTEXAS\t3\nnote\t0\n"
        return WordClusters(data: WordClusters.build(tsv: tsv))!
    }()

    static func cluster(_ word: String) -> UInt32 {
        table.cluster(lowerHash: WordHash.of(word), capitalised: WordClusters.isCapital(word.unicodeScalars.first!))
    }

    @Test("A word's cluster is its path length and path; capitalised and lower-case spellings are kept apart")
    func lookup() {
        #expect(Self.cluster("Texas") == 11 << 19 | (1190 & 0x7FF))
        #expect(Self.cluster("Bush") == 3 << 19 | 6)
        #expect(Self.cluster("bush") == 7 << 19 | 85)
        // The first spelling given wins a shared key ("TEXAS" is capitalised like "Texas").
        #expect(Self.cluster("TEXAS") == Self.cluster("Texas"))
        // A spelling not in the table falls back to the other one; unknown words and zero clusters give 0.
        #expect(Self.cluster("texas") == Self.cluster("Texas"))
        #expect(Self.cluster("Dallas") == 0)
        #expect(Self.cluster("note") == 0)
    }

    @Test("Path prefixes: words that share their first steps share the prefix feature")
    func prefixes() {
        let texas = Self.cluster("Texas"), chicago = Self.cluster("Chicago")
        // 1190 = 0b10010100110 and 1702 = 0b11010100110 share their lowest nine bits.
        #expect(WordClusters.prefix(texas, 9) == WordClusters.prefix(chicago, 9))
        #expect(WordClusters.prefix(texas, 10) != WordClusters.prefix(chicago, 10))
        // A prefix longer than the path is the whole path.
        #expect(WordClusters.prefix(Self.cluster("Bush"), 6) == 3 << 20 | 6)
    }

    @Test("A file that is not a cluster table is refused")
    func badData() {
        #expect(WordClusters(data: Data([1, 2, 3])) == nil)
        #expect(WordClusters(data: Data(count: 64)) == nil)
    }

    @Test("The bundled table knows common words and names")
    func bundled() {
        let t = WordClusters.bundled
        #expect(t.cluster(lowerHash: WordHash.of("the"), capitalised: false) != 0)
        #expect(t.cluster(lowerHash: WordHash.of("chicago"), capitalised: true) != 0)
    }
}
