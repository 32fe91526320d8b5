import Foundation

/// A half-open range of Unicode scalar offsets into a story's text exactly as given.
public struct Span: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case place = "PLACE"
}

public enum QuoteKind: String, Codable, Sendable {
    /// A quotation that stands as its own utterance ("…," Kerry said).
    case direct
    /// A fragment quoted inside the writer's own sentence (… described as the "incredible carnage").
    case mixed
}

/// One occurrence of a name in the text.
public struct Mention: Hashable, Codable, Sendable {
    public var span: Span
    public var type: EntityType
    public var text: String
    /// Index into `Analysis.entities`.
    public var entity: Int
    public init(span: Span, type: EntityType, text: String, entity: Int) {
        self.span = span; self.type = type; self.text = text; self.entity = entity
    }
}

/// A person, organisation or place the story mentions, with every mention linked.
public struct Entity: Hashable, Codable, Sendable {
    /// Index of this entity in `Analysis.entities`.
    public var id: Int
    public var type: EntityType
    /// Canonical name: the fullest form the story uses ("John Kerry").
    public var name: String
    /// Title or role the story gives ("U.S. Secretary of State"), if any.
    public var role: String?
    /// Indexes into `Analysis.mentions`, in text order.
    public var mentions: [Int]
    /// Stable across stories: normalised canonical name and type.
    public var key: String
    // (No initialiser here, so the struct has its memberwise one, `init(id:type:name:role:mentions:key:)`, for an
    // entity whose key is already made as `makeKey(name:type:)` makes it: the name finder makes it from the text's
    // scalars, `makeKey(_:_:_:type:)`. An initialiser written out that sets each property makes the optimiser copy
    // the new entity once more, with a retain and a release of each string.)
}

extension Entity {
    public init(id: Int, type: EntityType, name: String, role: String?, mentions: [Int]) {
        self.init(id: id, type: type, name: name, role: role, mentions: mentions, key: Entity.makeKey(name: name, type: type))
    }

    /// Other names of one country, city or international body, by type: the first is the canonical one. A story's
    /// mentions of any of them are one entity (`NameFinder.link`), and all have the canonical one's key, so that
    /// "US", "U.S." and "the United States" link across stories. ("Washington" alone is left out: it is also the state.)
    public static let aliases: [(type: EntityType, names: [String])] = [
        (.place, ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"]),
        (.place, ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"]),
        (.place, ["United Arab Emirates", "UAE", "U.A.E."]),
        (.place, ["Democratic Republic of the Congo", "DRC", "DR Congo"]),
        (.place, ["Washington, D.C.", "Washington D.C.", "Washington DC", "D.C.", "District of Columbia"]),
        (.place, ["European Union", "EU", "E.U."]),
        (.organization, ["European Union", "EU", "E.U."]),
        (.organization, ["United Nations", "UN", "U.N."]),
        (.organization, ["North Atlantic Treaty Organization", "NATO"]),
        (.organization, ["World Health Organization", "WHO"]),
    ]
    /// `aliases` as keys: the key of each other name to the canonical name's key.
    static let aliasKeys: [String: String] = {
        var d: [String: String] = [:]
        for (type, names) in aliases {
            let canonical = plainKey(name: names[0], type: type)
            for n in names.dropFirst() { d[plainKey(name: n, type: type)] = canonical }
        }
        return d
    }()

    /// Normalise a name for cross-story linking: case-folded, diacritics removed, punctuation dropped; another
    /// name of a country or international body becomes its canonical name (`aliases`).
    public static func makeKey(name: String, type: EntityType) -> String {
        var hash: UInt64 = 0
        return aliased(plainKey(name: name, type: type, hash: &hash), hash: hash)
    }

    /// `makeKey(name:type:)` of the text of the scalars `scalars[a..<b]` (as `Document.string` makes it), read
    /// from the scalars themselves; nil if one of them is not ASCII (such a name is folded as a string).
    static func makeKey(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, type: EntityType) -> String? {
        // An ASCII scalar is its own UTF-8 byte: the key is made from the bytes the name's string would have.
        var bits: UInt32 = 0
        for i in a..<b { bits |= scalars[i].value }
        if bits >= 0x80 { return nil }
        var hash: UInt64 = 0
        let key = UnsafeBufferPointer(rebasing: scalars[a..<b]).withMemoryRebound(to: UInt32.self) {
            asciiKey($0, type: type, hash: &hash, anyLength: false)
        }
        return aliased(key, hash: hash)
    }

    /// The canonical name's key for another name's key (`aliasKeys`), else `key` itself; `hash` is its `keyHash`
    /// (not needed when `isAliasLength` of the key's length is false).
    static func aliased(_ key: String, hash: UInt64) -> String {
        // Most keys are no other name: their length, or a hash of their bytes, says so without hashing the string
        // for the dictionary.
        guard isAliasLength(key.utf8.count), aliasKeyHashes.contains(hash) else { return key }
        return aliasKeys[key] ?? key
    }

    /// Whether a key of `count` bytes can be one in `aliasKeys` (bit `count` of `aliasKeyLengths`).
    @inline(__always) static func isAliasLength(_ count: Int) -> Bool {
        count < 64 && aliasKeyLengths & (1 << UInt64(count)) != 0
    }
    /// The byte lengths of the keys in `aliasKeys` (all below 64), as a bit set.
    static let aliasKeyLengths: UInt64 = aliasKeys.keys.reduce(0) { bits, k in
        precondition(k.utf8.count < 64, "an alias key of 64 bytes or more")
        return bits | 1 << UInt64(k.utf8.count)
    }

    /// `keyHash` of each key in `aliasKeys`.
    static let aliasKeyHashes = HashSet64(aliasKeys.keys.map { k -> UInt64 in
        var h = keyHashSeed
        for b in k.utf8 { h = keyHash(h, b) }
        return h
    })
    static let keyHashSeed: UInt64 = 0xcbf29ce484222325
    /// FNV-1a over a key's bytes (`aliasKeyHashes`).
    @inline(__always) static func keyHash(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100000001b3 }

    /// `makeKey` without the aliases.
    static func plainKey(name: String, type: EntityType) -> String {
        var hash: UInt64 = 0
        return plainKey(name: name, type: type, hash: &hash)
    }

    /// `plainKey`, and `keyHash` of its bytes in `hash`.
    static func plainKey(name: String, type: EntityType, hash: inout UInt64) -> String {
        // Fast path: plain ASCII names need no Unicode folding; the key is built as bytes.
        if let key = asciiKey(name, type: type, hash: &hash) { return key }
        // The type in lower case and a colon ("person:").
        let prefix: String
        switch type {
        case .person: prefix = "person:"
        case .organization: prefix = "organization:"
        case .place: prefix = "place:"
        }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            let alnum = s.isASCII ? ((s >= "a" && s <= "z") || (s >= "0" && s <= "9") || (s >= "A" && s <= "Z"))
                : (s.properties.isAlphabetic || s.properties.numericType != nil)
            if alnum { current.append(s) }
            else if s == "'" || s == "\u{2019}" || s == "." { continue }
            else if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        if !current.isEmpty { words.append(String(current)) }
        let key = prefix + words.joined(separator: " ")
        var h = keyHashSeed
        for b in key.utf8 { h = keyHash(h, b) }
        hash = h
        return key
    }

    /// Each type's key prefix, the type in lower case and a colon ("person:"): a static string, whose bytes are
    /// read in place (no lazily made table to look up, no array retained and released for each key).
    @inline(__always) static func keyPrefix(_ type: EntityType) -> StaticString {
        switch type {
        case .person: return "person:"
        case .organization: return "organization:"
        case .place: return "place:"
        }
    }

    /// `makeKey` for a plain ASCII name (nil otherwise): lower-cased letters and digits, words split at
    /// anything else except `'` and `.` (which are dropped), joined by single spaces; `keyHash` of its bytes in `hash`.
    static func asciiKey(_ name: String, type: EntityType, hash: inout UInt64) -> String? {
        var name = name
        return name.withUTF8 { u -> String? in
            for b in u where b >= 0x80 { return nil }
            return asciiKey(u, type: type, hash: &hash, anyLength: true)
        }
    }

    /// What a key makes of each ASCII byte: a letter lower-cased or a digit as it is, 1 for `'` and `.` (dropped),
    /// 0 for anything else (a break between words). In memory that is never freed or written after it is made (so
    /// shared between threads safely), for `asciiKey`'s loop to read directly.
    nonisolated(unsafe) static let keyBytes: UnsafeBufferPointer<UInt8> = {
        let p = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 128)
        for v in 0..<128 {
            let c = UInt8(v) &- 0x41 < 26 ? UInt8(v) | 0x20 : UInt8(v)
            p[v] = c &- 0x61 < 26 || c &- 0x30 < 10 ? c : c == 0x27 || c == 0x2E ? 1 : 0
        }
        return UnsafeBufferPointer(p)
    }()

    /// `asciiKey` of ASCII text as code units (UTF-8 bytes, or scalar values: the same for ASCII), all below 0x80.
    /// The key's hash is made for a key of any length if `anyLength` (as `plainKey` gives it, which `aliasKeys` is
    /// made with), else only for one of an alias key's length (all `aliased` needs).
    /// (Generic, so that each kind of buffer gets a loop of its own, with no call per unit.)
    @inline(__always)
    static func asciiKey<Unit: FixedWidthInteger>(_ units: UnsafeBufferPointer<Unit>, type: EntityType,
                                                  hash: inout UInt64, anyLength: Bool) -> String {
        let count = units.count
        let table = keyBytes
        var h = keyHashSeed
        let key = keyPrefix(type).withUTF8Buffer { pp in
            String(unsafeUninitializedCapacity: pp.count + count) { out in
                var n = 0
                for c in pp { out[n] = c; n &+= 1 }
                guard count > 0, let u = units.baseAddress, let o = out.baseAddress else { return n }
                // A space goes before a word only once a word has been written (`pendingSpace` is false until then).
                let start = n
                var pendingSpace = false
                for i in 0..<count {
                    let c = table[Int(truncatingIfNeeded: u[i])]
                    if c > 1 {
                        if pendingSpace { o[n] = 0x20; n &+= 1; pendingSpace = false }
                        o[n] = c; n &+= 1
                    } else if c == 0 {
                        pendingSpace = n > start
                    }
                }
                // The hash of the key's bytes, once they are written (one tight loop rather than a step per branch),
                // for `aliased`, which needs none for a key of no alias key's length.
                if anyLength || isAliasLength(n) { for i in 0..<n { h = keyHash(h, o[i]) } }
                return n
            }
        }
        hash = h
        return key
    }
}

/// A quotation and who said it.
public struct Quote: Hashable, Codable, Sendable {
    /// From the opening quotation mark through the closing one (or the end of the paragraph
    /// for a paragraph of a multi-paragraph quote that has no closing mark).
    public var span: Span
    public var text: String
    public var kind: QuoteKind
    /// Quotes split by their attribution ("A," Kerry said. "B.") share a group number.
    public var group: Int
    /// The mention the attribution uses ("he", "Peskov", "the spokesman").
    public var speaker: String?
    public var speakerSpan: Span?
    /// The person's fullest name in the story, or the role when the story never names them.
    public var speakerCanonical: String?
    /// Index into `Analysis.entities` of the speaker, when known.
    public var entity: Int?
    public init(span: Span, text: String, kind: QuoteKind, group: Int, speaker: String? = nil,
                speakerSpan: Span? = nil, speakerCanonical: String? = nil, entity: Int? = nil) {
        self.span = span; self.text = text; self.kind = kind; self.group = group
        self.speaker = speaker; self.speakerSpan = speakerSpan
        self.speakerCanonical = speakerCanonical; self.entity = entity
    }
}

public struct Dateline: Hashable, Codable, Sendable {
    public var place: String?
    public var source: String?
    public var span: Span
    public var placeSpan: Span?
    public var sourceSpan: Span?
    public init(place: String?, source: String?, span: Span, placeSpan: Span? = nil, sourceSpan: Span? = nil) {
        self.place = place; self.source = source; self.span = span
        self.placeSpan = placeSpan; self.sourceSpan = sourceSpan
    }
}

public struct Paragraph: Hashable, Codable, Sendable {
    public var span: Span
    /// Sentence spans inside the paragraph, in order.
    public var sentences: [Span]
    public init(span: Span, sentences: [Span]) { self.span = span; self.sentences = sentences }
}

/// Everything the analysis finds in one story. All spans are Unicode scalar offsets into `text`.
public struct Analysis: Codable, Sendable {
    public static let analyserVersion = 61

    public var text: String
    public var title: String?
    public var titleSpan: Span?
    public var dateline: Dateline?
    /// Lines recognised as web boilerplate and left out of the analysis.
    public var boilerplate: [Span]
    public var paragraphs: [Paragraph]
    public var quotes: [Quote]
    public var entities: [Entity]
    /// Every mention, in text order.
    public var mentions: [Mention]

    public init(text: String, title: String? = nil, titleSpan: Span? = nil, dateline: Dateline? = nil,
                boilerplate: [Span] = [], paragraphs: [Paragraph] = [], quotes: [Quote] = [],
                entities: [Entity] = [], mentions: [Mention] = []) {
        self.text = text; self.title = title; self.titleSpan = titleSpan; self.dateline = dateline
        self.boilerplate = boilerplate; self.paragraphs = paragraphs; self.quotes = quotes
        self.entities = entities; self.mentions = mentions
    }

    public func quotes(by entity: Int) -> [Int] {
        quotes.indices.filter { quotes[$0].entity == entity }
    }
}
