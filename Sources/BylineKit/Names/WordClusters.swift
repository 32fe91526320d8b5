import Foundation

/// Brown word clusters: each word's path in a binary tree that puts words used in similar contexts near each
/// other ("Texas" near "Chicago", "Falcons" near other team names), learnt from a large English corpus. Names
/// the training data never shows still get the features of the names they resemble.
///
/// The table is `Gazetteers/clusters.bin`, built by `byline-train clusters` from spaCy's English lexeme clusters
/// (spacy-lookups-data, MIT licence; see the Gazetteers README). Capitalised and lower-case spellings of a word
/// are kept apart, since they often sit in different clusters ("Bush" and "bush").
public struct WordClusters: Sendable {
    static let magic: UInt64 = 0x31_5355_4C43  // "CLUS1"
    /// Open addressing, linear probing: entry = fingerprint (top 40 bits of the key, top bit set) | path length
    /// << 19 | path (first step in the lowest bit); 0 = empty.
    private let slots: LargeTable<UInt64>
    private let mask: Int

    static let empty = WordClusters(slots: [0], mask: 0)

    /// The bundled table; empty when it is missing (the name features then leave clusters out).
    static let bundled: WordClusters = {
        guard let dir = Bundle.module.url(forResource: "Gazetteers", withExtension: nil),
              let data = try? Data(contentsOf: dir.appendingPathComponent("clusters.bin"), options: .mappedIfSafe),
              let table = WordClusters(data: data) else { return .empty }
        return table
    }()

    private init(slots: [UInt64], mask: Int) { self.slots = LargeTable(slots); self.mask = mask }

    init?(data: Data) {
        let words: [UInt64] = data.withUnsafeBytes { Array($0.bindMemory(to: UInt64.self)) }
        guard words.count >= 3, words[0] == WordClusters.magic else { return nil }
        let count = Int(words[1])
        guard count > 0, count & (count - 1) == 0, words.count == count + 2 else { return nil }
        slots = LargeTable(words[2...])
        mask = count - 1
    }

    /// The key of a word from its lower-cased hash (`WordHash`) and whether it is written capitalised.
    @inline(__always) static func key(_ lowerHash: UInt64, capitalised: Bool) -> UInt64 {
        capitalised ? WordHash.finish(lowerHash ^ 0x6A09E667F3BCC909) : lowerHash
    }

    @inline(__always) private static func fingerprint(_ key: UInt64) -> UInt64 { (key | 1 << 63) & ~0xFF_FFFF }

    /// The word's cluster as `length << 19 | path`, 0 when unknown.
    @inline(__always) func cluster(_ key: UInt64) -> UInt32 {
        let fp = WordClusters.fingerprint(key)
        return slots.withUnsafeBufferPointer { b in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let e = b[i]
                if e == 0 { return 0 }
                if e & ~0xFF_FFFF == fp { return UInt32(truncatingIfNeeded: e & 0xFF_FFFF) }
                i = (i + 1) & mask
            }
        }
    }

    /// Is a word starting with `first` written capitalised? (The same test for building and looking up.)
    @inline(__always) static func isCapital(_ first: Unicode.Scalar) -> Bool { WordHash.lower(first) != first.value }

    /// The cluster of a token: its own spelling's, else the other spelling's.
    @inline(__always) func cluster(lowerHash h: UInt64, capitalised: Bool) -> UInt32 {
        let c = cluster(WordClusters.key(h, capitalised: capitalised))
        return c != 0 ? c : cluster(WordClusters.key(h, capitalised: !capitalised))
    }

    /// The first `k` steps of a cluster's path, with their number (a feature value).
    @inline(__always) static func prefix(_ c: UInt32, _ k: Int) -> UInt64 {
        let len = Int(c >> 19)
        let n = min(k, len)
        return UInt64(n) << 20 | UInt64(c & ((1 << UInt32(n)) - 1))
    }

    /// Builds the table file from lines `word<TAB>cluster` (spaCy's integer: the path read from its lowest bit,
    /// the highest set bit ending it). When two spellings share a key (such as "Texas" and "TEXAS"), the first
    /// line wins: give the lines most frequent first.
    public static func build(tsv: String) -> Data {
        var entries: [(UInt64, UInt32)] = []
        var seen = Set<UInt64>()
        for line in tsv.split(separator: "\n") {
            let cols = line.split(separator: "\t")
            guard cols.count == 2, let v = UInt64(cols[1]), v > 0 else { continue }
            let word = String(cols[0])
            guard let first = word.unicodeScalars.first else { continue }
            let len = min(64 - v.leadingZeroBitCount, 19)
            let path = UInt32(truncatingIfNeeded: v & ((1 << UInt64(len)) - 1))
            let key = WordClusters.key(WordHash.of(word), capitalised: isCapital(first))
            guard seen.insert(key).inserted else { continue }
            entries.append((key, UInt32(len) << 19 | path))
        }
        // At most 80 % full (60 % for the bundled table: 2 MB, half of what a table at most half full took, so
        // that more of it stays in the cache; the look-ups read a few slots more, mostly in the same cache line).
        var count = 1
        while count * 4 < entries.count * 5 { count <<= 1 }
        var slots = [UInt64](repeating: 0, count: count)
        for (key, c) in entries {
            var i = Int(truncatingIfNeeded: key) & (count - 1)
            while slots[i] != 0 { i = (i + 1) & (count - 1) }
            slots[i] = fingerprint(key) | UInt64(c)
        }
        var out = [magic, UInt64(count)] + slots
        return Data(bytes: &out, count: out.count * 8)
    }
}
