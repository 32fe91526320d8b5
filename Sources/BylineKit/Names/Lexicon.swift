import Foundation

/// Hashing of words as the name finder sees them: lower-cased, typographic apostrophes folded.
/// The same functions build the lexicon offline and look words up at run time.
enum WordHash {
    static let seed: UInt64 = 0xcbf29ce484222325

    @inline(__always) static func add(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100000001b3 }

    @inline(__always) static func lower(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) ? v + 32 : v }
        if v == 0x2019 || v == 0x2018 { return 0x27 }
        if v < ScalarTable.size { return ScalarTable.shared.lowered[Int(v)] }
        if s.properties.isUppercase, let l = s.properties.lowercaseMapping.unicodeScalars.first { return l.value }
        return v
    }

    /// Lower-cased hash of `scalars[a..<b]`.
    @inline(__always) static func of(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> UInt64 {
        var h = seed
        for i in a..<b { h = add(h, lower(scalars[i])) }
        return finish(h)
    }

    /// Each ASCII scalar lowered (as `lower`: A-Z to a-z, the others as they are), in memory that is never freed
    /// or written after it is made (so shared between threads safely), for the tokenizer's loops to read directly.
    nonisolated(unsafe) static let asciiLowerTable: UnsafeBufferPointer<UInt32> = {
        let p = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: 128)
        for v in 0..<128 { p[v] = UInt32(v) &- 65 < 26 ? UInt32(v) | 0x20 : UInt32(v) }
        return UnsafeBufferPointer(p)
    }()

    /// One scalar of a token added to its lower-cased hash `hv`; `changed` becomes non-zero at an upper-case letter
    /// (`al`: `asciiLowerTable`).
    @inline(__always) static func addLowered(_ hv: inout UInt64, _ changed: inout UInt32, _ c: Unicode.Scalar,
                                             asciiLower al: UnsafeBufferPointer<UInt32>) {
        let v = c.value
        if v < 128 {
            // ASCII: lowered from the table; an upper-case letter differs from its lower case.
            let l = al[Int(v)]
            changed |= l ^ v
            hv = add(hv, l)
        } else {
            hv = add(hv, lower(c))
            if changed == 0, ScalarTable.has(c, ScalarTable.upper) { changed = 1 }
        }
    }

    /// Lower-cased hash of `scalars[a..<b]` (as `of`), and whether a letter of it is upper case, in one pass.
    @inline(__always) static func ofToken(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                                          asciiLower al: UnsafeBufferPointer<UInt32>) -> (hash: UInt64, upper: Bool) {
        var hv = seed, changed: UInt32 = 0
        for k in a..<b { addLowered(&hv, &changed, scalars[k], asciiLower: al) }
        return (finish(hv), changed != 0)
    }

    /// Lower-cased hash of `scalars[a..<b]` (the caller has checked the bounds).
    @inline(__always) static func of(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> UInt64 {
        var h = seed
        for i in a..<b { h = add(h, lower(scalars[i])) }
        return finish(h)
    }

    static func of(_ s: String) -> UInt64 {
        var h = seed
        for c in s.unicodeScalars { h = add(h, lower(c)) }
        return finish(h)
    }

    @inline(__always) static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33; x = x &* 0xff51afd7ed558ccd; x ^= x >> 33
        return x
    }

    /// Hash of a token sequence, built token by token.
    @inline(__always) static func extend(_ seq: UInt64, _ token: UInt64) -> UInt64 {
        finish((seq &* 0x9E3779B97F4A7C15) ^ token)
    }
    static let sequenceSeed: UInt64 = 0x51ed270b27f1a0c3
}

/// The Unicode properties the name finder asks about, looked up once for the scalars below U+3000
/// (Latin, Greek, Cyrillic, Arabic, typographic punctuation...) instead of on every use.
struct ScalarTable: Sendable {
    static let size: UInt32 = 0x3000
    static let shared = ScalarTable()
    static let upper: UInt8 = 1, lower: UInt8 = 2, alphabetic: UInt8 = 4
    /// `upper | lower | alphabetic` of each scalar.
    let classes: [UInt8]
    /// What `WordHash.lower` gives for each scalar (apostrophes aside).
    let lowered: [UInt32]

    private init() {
        var classes = [UInt8](filling: 0, count: Int(ScalarTable.size))
        var lowered = [UInt32](filling: 0, count: Int(ScalarTable.size))
        for v in 0..<ScalarTable.size {
            lowered[Int(v)] = v
            guard let c = Unicode.Scalar(v) else { continue }
            let p = c.properties
            classes[Int(v)] = (p.isUppercase ? ScalarTable.upper : 0) | (p.isLowercase ? ScalarTable.lower : 0)
                | (p.isAlphabetic ? ScalarTable.alphabetic : 0)
            if p.isUppercase, let l = p.lowercaseMapping.unicodeScalars.first { lowered[Int(v)] = l.value }
        }
        self.classes = classes
        self.lowered = lowered
    }

    @inline(__always) static func has(_ c: Unicode.Scalar, _ cls: UInt8) -> Bool {
        if c.value < size { return shared.classes[Int(c.value)] & cls != 0 }
        let p = c.properties
        switch cls {
        case upper: return p.isUppercase
        case lower: return p.isLowercase
        default: return p.isAlphabetic
        }
    }
}

/// Word classes the lexicon records (a bit set), plus a female share for first names.
struct LexFlags: OptionSet, Hashable {
    let rawValue: UInt32
    static let firstName = LexFlags(rawValue: 1 << 0)
    static let commonFirstName = LexFlags(rawValue: 1 << 1)
    static let surname = LexFlags(rawValue: 1 << 2)
    static let commonSurname = LexFlags(rawValue: 1 << 3)
    static let city = LexFlags(rawValue: 1 << 4)
    static let bigCity = LexFlags(rawValue: 1 << 5)
    static let country = LexFlags(rawValue: 1 << 6)
    static let region = LexFlags(rawValue: 1 << 7)
    static let demonym = LexFlags(rawValue: 1 << 8)
    static let orgSuffix = LexFlags(rawValue: 1 << 9)
    static let title = LexFlags(rawValue: 1 << 10)
    static let orgHead = LexFlags(rawValue: 1 << 11)
    static let locHead = LexFlags(rawValue: 1 << 12)
    static let particle = LexFlags(rawValue: 1 << 13)
    static let time = LexFlags(rawValue: 1 << 14)
    static let personPrefix = LexFlags(rawValue: 1 << 15)
    static let commonWord = LexFlags(rawValue: 1 << 16)
    static let miscHead = LexFlags(rawValue: 1 << 17)
    static let orgName = LexFlags(rawValue: 1 << 18)
    static let roleModifier = LexFlags(rawValue: 1 << 19)
    /// First token of some multi-word place entry.
    static let multiStart = LexFlags(rawValue: 1 << 20)
    /// A whole multi-word entry (stored under its sequence hash).
    static let multiPlace = LexFlags(rawValue: 1 << 21)
    static let multiOrg = LexFlags(rawValue: 1 << 22)
    static let pronounLike = LexFlags(rawValue: 1 << 23)
    static let count = 24
    static let labels = ["firstName", "commonFirstName", "surname", "commonSurname", "city", "bigCity", "country",
                         "region", "demonym", "orgSuffix", "title", "orgHead", "locHead", "particle", "time",
                         "personPrefix", "commonWord", "miscHead", "orgName", "roleModifier", "multiStart",
                         "multiPlace", "multiOrg", "pronounLike"]
    /// Names of the classes set.
    var names: [String] { (0..<LexFlags.count).filter { rawValue >> $0 & 1 == 1 }.map { LexFlags.labels[$0] } }
}

/// A compact open-addressing table from word (or word-sequence) hash to flags and female share,
/// stored as one binary resource and loaded with a single copy. Each slot is one 64-bit word
/// (fingerprint << 32 | value) so a lookup touches one cache line; the table is at most half full.
final class Lexicon: @unchecked Sendable {
    static let magic: UInt64 = 0x3358_454C_42  // "BLEX3"
    private let slots: LargeTable<UInt64>
    private let mask: Int
    /// Places, and listed organisations, people also write in lower case ("we drove to chicago", "san francisco"
    /// in a review or an e-mail, "walmart"): word hashes and word-sequence hashes (`LexiconBuilder.sequenceHash`), and the words of the
    /// sequences that are written capitalised far more often than not ("zealand" in "new zealand"; "new",
    /// "city" and "of" are too common to look for). Kept apart from the flags, and behind a small bit filter,
    /// since every lower-case word of a story is checked against them.
    private let lowerPlaceList: [UInt64], lowerPlaceKeyList: [UInt64]
    private let lowerPlaces: HashSet64, lowerPlaceKeys: HashSet64
    /// A Bloom filter of the hashes of `lowerPlaces` and `lowerPlaceKeys`: 2^16 bits, two per hash
    /// (`mayBeLowerPlace`); 8 KB, so it stays in the first-level cache.
    let lowerPlaceFilter: [UInt64]
    /// Organisations that annotated training text names (`LexiconBuilder.annotatedOrganisations`): word hashes and
    /// word-sequence hashes. Kept apart from the flags so that the tagger's features, trained without them, stay
    /// as they were; only the rules after the tagger read them (`isKnownOrganisation`).
    private let knownOrganisationList: [UInt64]
    private let knownOrganisations: HashSet64

    /// Builds a table from entries (hash → raw value), the lower-case places (`lowerPlaces`) and the known
    /// organisations.
    init(entries: [UInt64: UInt32], lowerPlaces: [UInt64] = [], lowerPlaceKeys: [UInt64] = [],
         knownOrganisations: [UInt64] = []) {
        var c = 1024
        while c < entries.count * 2 { c <<= 1 }
        var slots = [UInt64](filling: 0, count: c); mask = c - 1
        for (h, v) in entries.sorted(by: { $0.key < $1.key }) {
            let fp = UInt64(Lexicon.fingerprint(h))
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = fp << 32 | UInt64(v)
        }
        self.slots = LargeTable(slots)
        lowerPlaceList = Array(Set(lowerPlaces)).sorted(); lowerPlaceKeyList = Array(Set(lowerPlaceKeys)).sorted()
        self.lowerPlaces = HashSet64(lowerPlaceList); self.lowerPlaceKeys = HashSet64(lowerPlaceKeyList)
        lowerPlaceFilter = Lexicon.filter(lowerPlaceList + lowerPlaceKeyList)
        knownOrganisationList = Array(Set(knownOrganisations)).sorted()
        self.knownOrganisations = HashSet64(knownOrganisationList)
    }

    /// Layout: magic, slot count c, c slots, then the count and hashes of `lowerPlaces`, of `lowerPlaceKeys`
    /// and (when present) of the known organisations.
    init?(data: Data) {
        let words: [UInt64] = data.withUnsafeBytes { Array($0.bindMemory(to: UInt64.self)) }
        guard words.count >= 4, words[0] == Lexicon.magic else { return nil }
        let c = Int(words[1])
        guard c > 0, c & (c - 1) == 0, words.count >= 3 + c else { return nil }
        slots = LargeTable(words[2..<(2 + c)]); mask = c - 1
        let k = Int(words[2 + c])
        guard k >= 0, words.count >= 4 + c + k else { return nil }
        let m = Int(words[3 + c + k])
        guard m >= 0, words.count >= 4 + c + k + m else { return nil }
        lowerPlaceList = Array(words[(3 + c)..<(3 + c + k)])
        lowerPlaceKeyList = Array(words[(4 + c + k)..<(4 + c + k + m)])
        let rest = 4 + c + k + m
        if words.count > rest {
            let o = Int(words[rest])
            guard o >= 0, words.count == rest + 1 + o else { return nil }
            knownOrganisationList = Array(words[(rest + 1)...])
        } else {
            knownOrganisationList = []
        }
        knownOrganisations = HashSet64(knownOrganisationList)
        lowerPlaces = HashSet64(lowerPlaceList); lowerPlaceKeys = HashSet64(lowerPlaceKeyList)
        lowerPlaceFilter = Lexicon.filter(lowerPlaceList + lowerPlaceKeyList)
        buildSmall()
    }

    private static func filter(_ hashes: [UInt64]) -> [UInt64] {
        var bits = [UInt64](filling: 0, count: 1024)
        for h in hashes {
            let a = Int(truncatingIfNeeded: h >> 48), b = Int(truncatingIfNeeded: h >> 32) & 0xFFFF
            bits[a >> 6] |= 1 << UInt64(a & 63)
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
        return bits
    }

    /// Can a lower-case word (its hash) be, or be the key of, a place written in lower case? Not when either of its
    /// two bits in `lowerPlaceFilter` (given as `bits`) is clear, as it is for nearly every word; when both are
    /// set, `isLowerPlace` and `keyOfLowerPlace` tell.
    @inline(__always) static func mayBeLowerPlace(_ h: UInt64, _ bits: UnsafeBufferPointer<UInt64>) -> Bool {
        let a = Int(truncatingIfNeeded: h >> 48), b = Int(truncatingIfNeeded: h >> 32) & 0xFFFF
        return bits[a >> 6] >> UInt64(a & 63) & bits[b >> 6] >> UInt64(b & 63) & 1 == 1
    }
    /// A word (hash) or word sequence (sequence hash) that is a place also written in lower case.
    func isLowerPlace(_ h: UInt64) -> Bool { lowerPlaces.contains(h) }
    /// A word that makes a sequence of such places (`lowerPlaceKeys`).
    func keyOfLowerPlace(_ h: UInt64) -> Bool { lowerPlaceKeys.contains(h) }
    /// A word (hash) or word sequence (sequence hash) that annotated training text names as an organisation.
    func isKnownOrganisation(_ h: UInt64) -> Bool { knownOrganisations.contains(h) }

    /// Lower-case words that matter next to a name (titles, role words, particles, time words,
    /// honorifics, connectors) in a small table that stays in cache.
    private var small: [UInt64] = Array(filling: 0, count: 4096)
    private var smallValues: [UInt32] = Array(filling: 0, count: 4096)

    private func buildSmall() {
        let lists = [WordLists.titles, WordLists.roleModifiers, WordLists.particles, WordLists.timeWords,
                     WordLists.personPrefixes, ["of", "and", "&", "for", "the", "on", "upon", "y", "'s"]]
        for w in lists.joined() {
            let h = WordHash.of(w)
            var i = Int(truncatingIfNeeded: h >> 20) & 4095
            while small[i] != 0 && small[i] != h { i = (i + 1) & 4095 }
            small[i] = h
            smallValues[i] = value(h) & 0xFF_FFFF
        }
    }

    /// Flags of a lower-case word next to a name: only the small table is consulted.
    @inline(__always) func smallFlags(_ h: UInt64) -> LexFlags {
        small.withUnsafeBufferPointer { b in
            var i = Int(truncatingIfNeeded: h >> 20) & 4095
            while b[i] != 0 {
                if b[i] == h { return LexFlags(rawValue: smallValues[i]) }
                i = (i + 1) & 4095
            }
            return []
        }
    }

    var data: Data {
        let out: [UInt64] = [Lexicon.magic, UInt64(slots.count)] + slots.elements + [UInt64(lowerPlaceList.count)] + lowerPlaceList
            + [UInt64(lowerPlaceKeyList.count)] + lowerPlaceKeyList
            + (knownOrganisationList.isEmpty ? [] : [UInt64(knownOrganisationList.count)] + knownOrganisationList)
        return out.withUnsafeBufferPointer { Data(buffer: $0) }
    }

    @inline(__always) static func fingerprint(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 32) | 1 }

    /// Raw value: low 24 bits flags, high 8 bits female share (0...250, 255 unknown), 0 if absent.
    @inline(__always) func value(_ h: UInt64) -> UInt32 {
        let fp = UInt64(Lexicon.fingerprint(h))
        var i = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { b in
            while true {
                let k = b[i]
                if k >> 32 == fp { return UInt32(truncatingIfNeeded: k) }
                if k == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always) func flags(_ h: UInt64) -> LexFlags { LexFlags(rawValue: value(h) & 0xFF_FFFF) }

    /// Female share of a first name in 0...1, nil when unknown.
    func femaleShare(_ h: UInt64) -> Double? {
        let v = value(h)
        let share = v >> 24
        guard v != 0, share != 255 else { return nil }
        return Double(share) / 250
    }
}

/// Collects lexicon entries before the table is sized and built.
struct LexiconEntries {
    var values: [UInt64: UInt32] = [:]
    /// Adds flags (and, if given, sets the female share).
    mutating func insert(_ h: UInt64, _ flags: LexFlags, femaleShare: Double? = nil) {
        var v = values[h] ?? (255 << 24)
        v |= flags.rawValue
        if let f = femaleShare {
            let q = UInt32(max(0, min(250, (f * 250).rounded())))
            v = (v & 0xFF_FFFF) | (q << 24)
        }
        values[h] = v
    }
}
