import Foundation
import Synchronization

/// Tags of the sequence model: O, then B/I for each entity type.
enum NameTag: Int, CaseIterable {
    case o = 0, bPer, iPer, bOrg, iOrg, bLoc, iLoc
    static let count = 7
    var isBegin: Bool { self == .bPer || self == .bOrg || self == .bLoc }
    var isInside: Bool { self == .iPer || self == .iOrg || self == .iLoc }
    var type: EntityType? {
        switch self {
        case .o: return nil
        case .bPer, .iPer: return .person
        case .bOrg, .iOrg: return .organization
        case .bLoc, .iLoc: return .place
        }
    }
    static func begin(_ t: EntityType) -> NameTag { t == .person ? .bPer : t == .organization ? .bOrg : .bLoc }
    static func inside(_ t: EntityType) -> NameTag { t == .person ? .iPer : t == .organization ? .iOrg : .iLoc }
    /// May `self` follow `prev`? (An inside tag continues a name of its own type.)
    func canFollow(_ prev: NameTag) -> Bool {
        guard isInside else { return true }
        return prev != .o && prev.type == type
    }
}

/// What the tagger may do with a token.
enum Slot: UInt8 {
    /// Not part of any name (lower-case word, punctuation, number, blanked, dateline).
    case out
    /// A capitalised word: any tag.
    case name
    /// A connector inside a name ("of", "and", "&", "for", "the"): O or inside.
    case inner
    /// A particle before or inside a name ("al", "de", "van"): O, begin or inside.
    case particle
}

/// A small open-addressing set of word hashes (grows at half full).
struct HashSet64 {
    private var slots: [UInt64]
    private var mask: Int
    private var count = 0
    init(capacity: Int) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        slots = Array(filling: 0, count: c); mask = c - 1
    }
    init(_ hashes: [UInt64]) {
        self.init(capacity: hashes.count)
        for h in hashes { insert(h) }
    }
    @inline(__always) mutating func insert(_ h: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let k = h | 1
        var i = Int(truncatingIfNeeded: h >> 7) & mask
        while slots[i] != 0 { if slots[i] == k { return }; i = (i + 1) & mask }
        slots[i] = k
        count += 1
    }
    @inline(__always) func contains(_ h: UInt64) -> Bool {
        let k = h | 1
        var i = Int(truncatingIfNeeded: h >> 7) & mask
        while slots[i] != 0 { if slots[i] == k { return true }; i = (i + 1) & mask }
        return false
    }
    private mutating func grow() {
        let old = slots
        slots = Array(filling: 0, count: old.count * 2); mask = slots.count - 1; count = 0
        for k in old where k != 0 {
            var i = Int(truncatingIfNeeded: k >> 7) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = k; count += 1
        }
    }
}

/// Dense numbers for word hashes, in order of first appearance (open addressing, grows at half full).
struct HashIndex64 {
    /// Slot `i` is `table[2 * i]`, a key, and `table[2 * i + 1]`, its number (`UInt64.max` while the slot is free):
    /// keys and numbers side by side, one array to make and one cache line to read.
    private var table: [UInt64]
    private var mask: Int
    private(set) var count = 0
    init(capacity: Int) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        table = Array(filling: UInt64.max, count: 2 * c); mask = c - 1
    }
    /// The number of `h`, given the next free number if it is new.
    mutating func index(_ h: UInt64) -> Int { indexInline(h) }

    /// `index`, written into the caller (the token tables' loop over every capitalised word).
    @inline(__always) mutating func indexInline(_ h: UInt64) -> Int {
        if (count + 1) * 2 > mask + 1 { grow() }
        var i = Int(truncatingIfNeeded: h >> 7) & mask
        while table[2 * i + 1] != UInt64.max {
            if table[2 * i] == h { return Int(truncatingIfNeeded: table[2 * i + 1]) }
            i = (i + 1) & mask
        }
        // Both words written through one pointer: written one by one, each write asks whether the table is shared.
        let number = UInt64(count)
        table.withUnsafeMutableBufferPointer { t in t[2 * i] = h; t[2 * i + 1] = number }
        count += 1
        return count - 1
    }
    /// The number of `h`, nil if it was never given one.
    @inline(__always) func find(_ h: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: h >> 7) & mask
        while table[2 * i + 1] != UInt64.max {
            if table[2 * i] == h { return Int(truncatingIfNeeded: table[2 * i + 1]) }
            i = (i + 1) & mask
        }
        return nil
    }
    private mutating func grow() {
        let old = table
        table = Array(filling: UInt64.max, count: old.count * 2); mask = table.count / 2 - 1
        for k in stride(from: 0, to: old.count, by: 2) where old[k + 1] != UInt64.max {
            var i = Int(truncatingIfNeeded: old[k] >> 7) & mask
            while table[2 * i + 1] != UInt64.max { i = (i + 1) & mask }
            table[2 * i] = old[k]; table[2 * i + 1] = old[k + 1]
        }
    }
}

/// Per-document token information the features and rules share.
struct TokenInfo {
    let doc: Document
    /// `doc.tokens` and `doc.scalars`, read once (reading a document's properties is checked on every access).
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let n: Int
    /// Lower-cased hash of each token.
    var hash: [UInt64]
    var lex: [LexFlags]
    var slot: [Slot]
    /// Multi-word gazetteer match covering the token: 0 none, else `multiCode` of the match's type (1 organisation,
    /// 2 place, 3 demonym) and whether the token is inside it rather than its first.
    var multi: [UInt8]
    @inline(__always) static func multiCode(_ type: UInt8, inside: Bool) -> UInt8 { (type << 1 | (inside ? 1 : 0)) + 1 }
    /// The capitalised word is also seen lower-case in the document / capitalised mid-sentence elsewhere.
    var seenLower: [Bool]
    var seenCapMid: [Bool]
    /// Contexts the same capitalised word has anywhere in the document (`DocContext` bits).
    var docContext: [UInt16]
    /// Word shape hash of each token ("Xx", "X.X.", "d").
    var shape: [UInt64]
    /// Brown cluster of the taggable tokens and their neighbours (`WordClusters`), 0 when unknown.
    var cluster: [UInt32]
    /// The words without capitals that pass the lexicon's quick filter for places written in lower case
    /// (`Lexicon.mayBeLowerPlace`), in text order.
    var lowerPlaceHits: [Int] = []
    /// The capitalised words run into an "@" after them ("Kindall@ENRON"), in text order (`mailSystemNames`).
    var wordsBeforeAt: [Int] = []
    /// The words that open with a digit ("6PR", "139th"), in text order (`NameFinder.broadcastCallSigns`,
    /// `NameFinder.unitsByOrdinal`).
    var digitWords: [Int] = []
    /// The tokens whose hash passes `NameFinder.ruleWordFilter`, in text order (`NameFinder.positions`, and the
    /// rules that look for a mark such as "'s", "&" or "(").
    var ruleWordHits: [Int] = []
    /// The capitalised words (slot `.name`), in text order: the rules that only look at names walk these instead of
    /// every token.
    var nameAt: [Int] = []

    @inline(__always) static func isGlued(_ c: Unicode.Scalar) -> Bool {
        switch c { case "_", "@", "\\", "=", "#", "~", "<", ">": return true; default: return false }
    }
    /// Does the text from `k` up to the next space hold an "@" (an e-mail address), looking no further than 64?
    static func inAddress(_ s: UnsafeBufferPointer<Unicode.Scalar>, from k: Int) -> Bool {
        var i = k
        while i < s.count, i - k < 64 {
            let v = s[i].value
            if v == 0x40 { return true }
            if v <= 0x20 || v == 0xA0 { return false }
            i += 1
        }
        return false
    }
    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 97 && c.value <= 122) : ScalarTable.has(c, ScalarTable.lower)
    }
    static let innerList: [UInt64] = ["of", "and", "&", "for", "the", "on", "upon", "y", "'s"].map { WordHash.of($0) }
    @inline(__always) static func isInnerWord(_ h: UInt64) -> Bool { innerList.contains(h) }
    /// The hashes of "of", "the" and "for", written out (a lazily made static costs a check on every read in
    /// the loops that compare tokens with them); a test checks them against `WordHash.of`.
    static let ofHash: UInt64 = 0x6623_3C2C_68B2_87D9, theHash: UInt64 = 0x2204_03F3_8DC4_3CC9, forHash: UInt64 = 0xC7C9_3C01_50C5_64EC
    static let andWords: [UInt64] = ["and", "&"].map { WordHash.of($0) }
    /// The size of the capitalised words' filter in `init`, in 64-bit words (4096 bits).
    static var capFilterWords: Int { 64 }

    init(_ doc: Document, lexicon: Lexicon, excluded: Span?, clusters: WordClusters = .bundled) {
        self.doc = doc
        let toks = doc.tokens
        tokens = toks
        scalars = doc.scalars
        n = toks.count
        // Filled in as local arrays (cheaper to write through pointers than properties), then stored.
        self.hash = []; self.lex = []; self.slot = []
        multi = []
        self.seenLower = []; self.seenCapMid = []; self.docContext = []
        self.shape = []; self.cluster = []
        var seenLower = [Bool](filling: false, count: n)
        var seenCapMid = [Bool](filling: false, count: n)
        var docContext = [UInt16](filling: 0, count: n)
        var lex = [LexFlags](filling: [], count: n)
        var slot = [Slot](filling: .out, count: n)
        var shape = [UInt64](filling: 0, count: n)
        var cluster = [UInt32](filling: 0, count: n)
        let s = scalars
        var capCount = 0
        // The lists of token positions the first pass makes, and the distinct capitalised words' hashes, written
        // through pointers into one scratch allocation of `n` entries each (a list holds at most one entry per
        // token) instead of appended to arrays (each append asks whether the array is shared and has room, and
        // the arrays grow several times); the lists kept are copied into arrays of their own size after the pass.
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: 6 * n * 8 + TokenInfo.capFilterWords * 8, alignment: 8)
        defer { scratch.deallocate() }
        let nameAtP = scratch.bindMemory(to: Int.self, capacity: 5 * n)
        let lowerPlaceP = nameAtP + n, beforeAtP = nameAtP + 2 * n, digitP = nameAtP + 3 * n, ruleHitP = nameAtP + 4 * n
        let wordHashP = (scratch + 5 * n * 8).bindMemory(to: UInt64.self, capacity: n + TokenInfo.capFilterWords)
        // A 4096-bit filter of the capitalised words' hashes (bits 40-51 of a hash), set as each word is first
        // seen: most lower-case words are none of them, and the filter says so without a look-up. (With a few
        // hundred distinct capitalised words a 1024-bit filter let one lower-case word in five through, and the
        // branch on it was mispredicted often.)
        let capFilterP = wordHashP + n
        capFilterP.initialize(repeating: 0, count: TokenInfo.capFilterWords)
        var capWords = 0, nameCount = 0, lowerPlaceCount = 0, beforeAtCount = 0, digitCount = 0, ruleHitCount = 0
        // The particles next to names ("de la"), found below.
        var particleAt: [Int] = []
        // Distinct capitalised words (looked up in the lexicon once each) and the word of each token.
        var words = HashIndex64(capacity: max(16, n / 8))
        var wordOf = [Int32](filling: -1, count: n)
        // Hash of every token (the tokenizer's, copied into an array of their own here: the rules read them
        // often, and densely packed); lexicon flags of the capitalised words that may be names.
        let hash = [UInt64](unsafeUninitializedCapacity: n) { hp, initialized in
        s.withUnsafeBufferPointer { sp in
            toks.withUnsafeBufferPointer { tp in
                lexicon.lowerPlaceFilter.withUnsafeBufferPointer { fp in
                NameFinder.ruleWordFilter.withUnsafeBufferPointer { rf in
                // The slots and words written through pointers (each write to a local array asks whether it is
                // shared).
                slot.withUnsafeMutableBufferPointer { sl in
                wordOf.withUnsafeMutableBufferPointer { wo in
                    for i in 0..<n {
                        let span = tp[i].span
                        // The lower-cased hash, and whether a letter is upper case, as the tokenizer made them.
                        let h = tp[i].hash, upper = tp[i].hasUpper
                        hp[i] = h
                        let b = Int(truncatingIfNeeded: h >> 40) & 1023
                        if rf[b >> 6] >> UInt64(b & 63) & 1 != 0 { ruleHitP[ruleHitCount] = i; ruleHitCount += 1 }
                        guard tp[i].kind == .word else { continue }
                        if sp[span.start].value &- 48 < 10 { digitP[digitCount] = i; digitCount += 1 }
                        // Only capitalised words, and lower-case ones that may be places, go on.
                        guard upper || Lexicon.mayBeLowerPlace(h, fp) else { continue }
                        if let ex = excluded, ex.overlaps(span) { continue }
                        // Part of a file name, e-mail address or URL ("Lisa_resume.doc", "@Kerry").
                        if span.start > 0, TokenInfo.isGlued(sp[span.start - 1]) { continue }
                        if span.end < sp.count, TokenInfo.isGlued(sp[span.end]) {
                            if upper, sp[span.end] == "@" { beforeAtP[beforeAtCount] = i; beforeAtCount += 1 }
                            continue
                        }
                        // The first part of an e-mail address ("Kevin.A.Boone@accenture.com").
                        if span.end + 1 < sp.count, sp[span.end] == ".", TokenInfo.inAddress(sp, from: span.end) { continue }
                        if upper {
                            sl[i] = .name
                            let w = words.indexInline(h)
                            if words.count > capWords {
                                // A new word.
                                wordHashP[w] = h; capWords = words.count
                                let c = Int(truncatingIfNeeded: h >> 40) & 4095
                                capFilterP[c >> 6] |= 1 << UInt64(c & 63)
                            }
                            wo[i] = Int32(w)
                            nameAtP[nameCount] = i; nameCount += 1
                            capCount += 1
                        } else {
                            lowerPlaceP[lowerPlaceCount] = i; lowerPlaceCount += 1
                        }
                    }
                }
                }
                }
                }
            }
        }
        initialized = n
        }
        self.lowerPlaceHits = TokenInfo.list(lowerPlaceP, lowerPlaceCount)
        self.ruleWordHits = TokenInfo.list(ruleHitP, ruleHitCount)
        self.wordsBeforeAt = TokenInfo.list(beforeAtP, beforeAtCount)
        self.digitWords = TokenInfo.list(digitP, digitCount)
        let nameAt = UnsafeBufferPointer(start: nameAtP, count: nameCount)
        self.nameAt = TokenInfo.list(nameAtP, nameCount)
        let wordHashes = UnsafeBufferPointer(start: wordHashP, count: capWords)
        // The lexicon flags of each distinct capitalised word, looked up in a pass of their own: the lexicon is
        // larger than the cache, and independent look-ups in a short loop wait for memory side by side instead of
        // one after another between the hashing of the words.
        if capCount > 0 {
            let wordLex = wordHashes.map { lexicon.flags($0) }
            wordOf.withUnsafeBufferPointer { wp in
                lex.withUnsafeMutableBufferPointer { lx in
                    for i in 0..<n where wp[i] >= 0 { lx[i] = wordLex[Int(wp[i])] }
                }
            }
        }
        guard capCount > 0 else {
            self.hash = hash; self.lex = lex; self.slot = slot; self.shape = shape; self.cluster = cluster
            self.seenLower = seenLower; self.seenCapMid = seenCapMid; self.docContext = docContext
            self.multi = Array(filling: 0, count: n)
            return
        }
        let capMid: UInt16 = 1 << 14, lowerSeen: UInt16 = 1 << 15
        var evidence = [UInt16](filling: 0, count: words.count)
        s.withUnsafeBufferPointer { sp in
        toks.withUnsafeBufferPointer { tp in
        hash.withUnsafeBufferPointer { hp in
        slot.withUnsafeMutableBufferPointer { sl in
        lex.withUnsafeMutableBufferPointer { lx in
            // The full stop of an initial or abbreviation inside a name ("John F. Kennedy", "St. Louis").
            for j in nameAt where j + 2 < n {
                let i = j + 1
                guard tp[i].kind == .punct, sl[i + 1] == .name else { continue }
                let p = tp[i - 1].span, d = tp[i].span
                if sp[d.start] == ".", d.length == 1, p.end == d.start, p.length <= 2,
                   tp[i + 1].sentence == tp[i - 1].sentence {
                    sl[i] = .inner
                }
            }
            // Connectors and particles next to capitalised words, and particles before particles ("de la"): from
            // each name leftwards, last name first.
            for j in nameAt.reversed() {
                var i = j - 1
                while i >= 0, sl[i] == .out, tp[i].kind == .word, sl[i + 1] == .name || sl[i + 1] == .particle {
                    guard tp[i + 1].sentence == tp[i].sentence else { break }
                    let h = hp[i]
                    let f = lexicon.smallFlags(h)
                    if sl[i + 1] == .particle {
                        if f.contains(.particle) { lx[i] = f; sl[i] = .particle; particleAt.append(i); i -= 1; continue }
                        break
                    }
                    lx[i] = f
                    if f.contains(.particle) {
                        sl[i] = .particle; particleAt.append(i); i -= 1; continue
                    } else if TokenInfo.isInnerWord(h), i > 0, sl[i - 1] == .name, tp[i - 1].sentence == tp[i].sentence {
                        sl[i] = .inner
                    }
                    break
                }
            }
            // "of the", "for the" inside a name ("National Library of the Netherlands").
            for j in nameAt where j + 3 < n && sl[j] == .name {
                let i = j + 1
                guard sl[i] == .out, sl[i + 2] == .name else { continue }
                if hp[i + 1] == TokenInfo.theHash, hp[i] == TokenInfo.ofHash || hp[i] == TokenInfo.forHash,
                   tp[i - 1].sentence == tp[i + 2].sentence {
                    sl[i] = .inner; sl[i + 1] = .inner
                    lx[i] = lexicon.smallFlags(hp[i]); lx[i + 1] = lexicon.smallFlags(hp[i + 1])
                }
            }
            // Shapes of the tokens the features look at: taggable tokens and their neighbours; and the tokens of
            // those whose clusters are wanted, listed for the loop below in the memory of the four lists after
            // `nameAt` (copied out above): room for 4n, and a token is listed at most three times (once, unless its
            // shape hashes to 0).
            let clusterAtP = lowerPlaceP
            var clusterCount = 0
            shape.withUnsafeMutableBufferPointer { shp in
                TokenInfo.asciiShapeClasses.withUnsafeBufferPointer { ac in
                for i in 0..<n where sl[i] != .out {
                    for k in max(0, i - 1)...min(n - 1, i + 1) where shp[k] == 0 {
                        shp[k] = TokenInfo.shape(sp, tp[k].span, ascii: ac)
                        // Left out for capitalised ordinary words ("Nice", "Reading"): the cluster of their
                        // capitalised spelling mostly reflects its use at the start of sentences.
                        guard !(sl[k] == .name && lx[k].contains(.commonWord)) else { continue }
                        clusterAtP[clusterCount] = k; clusterCount += 1
                    }
                }
                }
            }
            // The clusters looked up in a loop of their own, as the lexicon flags above: the table is larger than
            // the cache, and look-ups one after another in a short loop wait for memory side by side instead of
            // each waiting alone between the shapes.
            cluster.withUnsafeMutableBufferPointer { clp in
                for k in UnsafeBufferPointer(start: clusterAtP, count: clusterCount) {
                    let capitalised = WordClusters.isCapital(sp[tp[k].span.start])
                    clp[k] = clusters.cluster(lowerHash: hp[k], capitalised: capitalised)
                }
            }
            // Document-level evidence about each capitalised word, gathered per distinct word: the contexts it
            // has anywhere (`DocContext` bits), whether it is capitalised mid-sentence somewhere, written in
            // lower case somewhere.
            let slots = UnsafeBufferPointer(sl), lexes = UnsafeBufferPointer(lx)
            let cf = capFilterP
            wordOf.withUnsafeBufferPointer { wp in
                evidence.withUnsafeMutableBufferPointer { ev in
                    for i in nameAt {
                        var e = DocContext.of(tp, hp, slots, lexes, i, lexicon: lexicon)
                        if !tp[i].startsSentence && !tp[i].isAllCaps { e |= capMid }
                        ev[Int(wp[i])] |= e
                    }
                    for i in 0..<n {
                        // The filter first: it lets few tokens through, so the branch on it is seldom taken.
                        let h = hp[i], c = Int(truncatingIfNeeded: h >> 40) & 4095
                        guard cf[c >> 6] >> UInt64(c & 63) & 1 != 0, wp[i] < 0, tp[i].kind == .word, sl[i] != .name,
                              TokenInfo.isLower(sp[tp[i].span.start]) else { continue }
                        if let w = words.find(h) { ev[w] |= lowerSeen }
                    }
                }
            }
        }
        }
        }
        }
        }
        wordOf.withUnsafeBufferPointer { wp in
            evidence.withUnsafeBufferPointer { ev in
                seenLower.withUnsafeMutableBufferPointer { lo in
                    seenCapMid.withUnsafeMutableBufferPointer { cm in
                        docContext.withUnsafeMutableBufferPointer { dc in
                            for i in nameAt {
                                let e = ev[Int(wp[i])]
                                lo[i] = e & lowerSeen != 0
                                cm[i] = e & capMid != 0
                                dc[i] = e & DocContext.all
                            }
                        }
                    }
                }
            }
        }
        self.hash = hash; self.lex = lex; self.slot = slot; self.shape = shape; self.cluster = cluster
        self.seenLower = seenLower; self.seenCapMid = seenCapMid; self.docContext = docContext
        // Longest multi-word gazetteer matches.
        var multi = [UInt8](filling: 0, count: n)
        toks.withUnsafeBufferPointer { tp in
        hash.withUnsafeBufferPointer { hp in
        slot.withUnsafeBufferPointer { sl in
        lex.withUnsafeBufferPointer { lx in
            // The names and particles that may start a listed name, in order (names and particles are different
            // tokens).
            var starts: [Int] = []
            for i in nameAt where lx[i].contains(.multiStart) { starts.append(i) }
            if !particleAt.isEmpty {
                for i in particleAt where lx[i].contains(.multiStart) { starts.append(i) }
                starts.sort()
            }
            var next = 0
            for i in starts where i >= next {
                var seq = WordHash.extend(WordHash.sequenceSeed, hp[i])
                var best = 0, bestKind: UInt8 = 0
                var j = i + 1
                // Entries are made of names and the connectors between them.
                while j < n, j - i < 6, tp[j].sentence == tp[i].sentence, sl[j] != .out {
                    seq = WordHash.extend(seq, hp[j])
                    let f = lexicon.flags(seq)
                    if f.contains(.multiOrg) { best = j; bestKind = 1 }
                    else if f.contains(.multiPlace) { best = j; bestKind = 2 }
                    else if f.contains(.demonym) { best = j; bestKind = 3 }
                    j += 1
                }
                if best > 0 {
                    multi[i] = TokenInfo.multiCode(bestKind, inside: false)
                    for k in (i + 1)...best { multi[k] = TokenInfo.multiCode(bestKind, inside: true) }
                    next = best + 1
                }
            }
        }
        }
        }
        }
        self.multi = multi
    }

    /// The `count` positions at `p` as an array of their own size (none allocated when there are none).
    static func list(_ p: UnsafeMutablePointer<Int>, _ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        var a: [Int] = []
        a.reserveCapacity(count)
        a.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
        return a
    }

    /// Word shape: character classes with repeats collapsed, at most six ("Xx", "X.X.", "d").
    static func shape(_ s: [Unicode.Scalar], _ span: Span) -> UInt64 {
        s.withUnsafeBufferPointer { shape($0, span) }
    }

    /// The class `shape` gives each ASCII scalar: 88 upper-case letters, 120 lower-case letters, 100 digits, else
    /// the scalar's own value.
    static let asciiShapeClasses: [UInt32] = (0..<128).map { (v: UInt32) -> UInt32 in
        (v >= 65 && v <= 90) ? 88 : (v >= 97 && v <= 122) ? 120 : (v >= 48 && v <= 57) ? 100 : v
    }

    /// `shape` of `s[span]` with the ASCII classes read from `asciiShapeClasses` (given as `ascii`).
    @inline(__always) static func shape(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span,
                                        ascii: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var sh = WordHash.seed
        var last: UInt32 = 0, classes = 0
        for k in span.start..<span.end {
            let c = s[k]
            let v = c.value
            let cls: UInt32
            if v < 128 {
                cls = ascii[Int(v)]
            } else {
                cls = ScalarTable.has(c, ScalarTable.upper) ? 88 : ScalarTable.has(c, ScalarTable.alphabetic) ? 120 : 63
            }
            if cls != last {
                last = cls; classes += 1
                if classes > 6 { break }
                sh = WordHash.add(sh, cls)
            }
        }
        return WordHash.finish(sh)
    }

    /// `shape` of `s[span]` (the caller has checked the bounds).
    static func shape(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span) -> UInt64 {
        asciiShapeClasses.withUnsafeBufferPointer { shape(s, span, ascii: $0) }
    }

    /// The cleaned text of token `k` (tokens carry no string of their own).
    func tx(_ k: Int) -> String { tokens[k].text(in: scalars) }

    /// Token `k` is exactly the one character `c`.
    @inline(__always) func isChar(_ k: Int, _ c: Unicode.Scalar) -> Bool { tokens[k].isChar(c, in: scalars) }

    /// Is there a line break between token `j - 1` and token `j`?
    func lineBreak(before j: Int) -> Bool {
        TokenInfo.lineBreak(scalars, tokens, before: j)
    }

    @inline(__always) static func lineBreak(_ s: [Unicode.Scalar], _ toks: [Token], before j: Int) -> Bool {
        var k = toks[j - 1].span.end
        let b = toks[j].span.start
        while k < b { if s[k] == "\n" { return true }; k += 1 }
        return false
    }
}

/// The contexts a capitalised word is seen in, gathered over the whole document: evidence for every
/// occurrence ("Lisbon" once after "in" makes a place of it everywhere).
enum DocContext {
    static let speechVerbs: [UInt64] = ["said", "says", "told", "added", "explained", "wrote", "asked", "replied",
                                       "argued", "insisted", "stated", "claimed"].map { WordHash.of($0) }
    /// A 64-bit filter of `speechVerbs` (bit `hash >> 58`): most words after a name are none of them.
    static let speechVerbFilter: UInt64 = speechVerbs.reduce(0) { $0 | 1 << ($1 >> 58) }
    /// `WordHash.of("'s")`, written out (read for every capitalised word; a test checks it).
    static let possessive: UInt64 = 0x0552_C03E_D72C_8423
    static let all: UInt16 = 63

    /// Bits: 1 after a title or honorific, 2 before a speech verb, 4 after a first name, 8 before a
    /// possessive, 16 before a first name or surname, 32 before a place head ("Street", "River").
    /// (`toks`, `hash`, `slot`, `lex`: the document's tokens and `TokenInfo`'s arrays of the same names.)
    @inline(__always) static func of(_ toks: UnsafeBufferPointer<Token>, _ hash: UnsafeBufferPointer<UInt64>,
                                     _ slot: UnsafeBufferPointer<Slot>, _ lex: UnsafeBufferPointer<LexFlags>,
                                     _ i: Int, lexicon: Lexicon) -> UInt16 {
        let sent = toks[i].sentence
        var bits: UInt16 = 0
        if i > 0, toks[i - 1].sentence == sent {
            let p = hash[i - 1]
            let f = slot[i - 1] == .name ? lex[i - 1] : lexicon.smallFlags(p)
            if f.contains(.title) || f.contains(.personPrefix) { bits |= 1 }
            if slot[i - 1] == .name, f.contains(.firstName), !f.contains(.commonWord) { bits |= 4 }
        }
        if i + 1 < toks.count, toks[i + 1].sentence == sent {
            let q = hash[i + 1]
            if slot[i + 1] == .name {
                let f = lex[i + 1]
                if f.contains(.locHead) { bits |= 32 }
                if !f.isDisjoint(with: [.firstName, .surname]), !f.contains(.commonWord) { bits |= 16 }
            } else if q == possessive { bits |= 8 }
            else if speechVerbFilter >> (q >> 58) & 1 != 0, speechVerbs.contains(q) { bits |= 2 }
        }
        return bits
    }
}

/// Feature hashing: each feature is a template number and a value hash, folded into a bucket.
protocol FeatureConsumer {
    var shift: UInt64 { get }
    mutating func take(_ bucket: Int, template: UInt64)
}

extension FeatureConsumer {
    @inline(__always) mutating func add(_ template: UInt64, _ value: UInt64) {
        let h = WordHash.finish((template &* 0x9E3779B97F4A7C15) ^ value ^ 0x2545F4914F6CDD1D)
        // (`shift` is 64 minus the model's bits, below 64: a masking shift gives the same.)
        take(Int(truncatingIfNeeded: h &>> shift), template: template)
    }
}

/// Collects a token's feature buckets (training). Features that spell out the word itself (identity,
/// affixes, word pairs) are stored complemented (`~bucket`) so training can leave them out at times.
struct FeatureSink: FeatureConsumer {
    var buckets: [Int32] = []
    let shift: UInt64
    init(bits: Int) { shift = UInt64(64 - bits); buckets.reserveCapacity(96) }
    /// Templates that spell out the word: 1 identity, 3–5 and 31–32 affixes, 12, 13 and 30 word pairs.
    static let lexicalTemplates: UInt64 = 1 << 1 | 1 << 3 | 1 << 4 | 1 << 5 | 1 << 12 | 1 << 13 | 1 << 30 | 1 << 31 | 1 << 32
    @inline(__always) mutating func take(_ bucket: Int, template: UInt64) {
        let b = Int32(truncatingIfNeeded: bucket)
        buckets.append(template < 64 && FeatureSink.lexicalTemplates >> template & 1 == 1 ? ~b : b)
    }
}

/// Adds up a token's tag scores as the features are produced (tagging).
struct ScoreSink: FeatureConsumer {
    let lanes: UnsafeBufferPointer<SIMD8<Int16>>
    let shift: UInt64
    var acc = SIMD8<Int32>(repeating: 0)
    @inline(__always) mutating func take(_ bucket: Int, template: UInt64) {
        acc &+= SIMD8<Int32>(truncatingIfNeeded: lanes[bucket])
    }
}

enum Features {
    /// `WordHash.of("<s>")` and `WordHash.of("</s>")`, written out so that reading them costs nothing (a test
    /// checks them).
    static let bos: UInt64 = 0x1248_4512_F40A_978F, eos: UInt64 = 0x7D0A_2049_2C0E_7220

    static func affix(_ s: [Unicode.Scalar], _ span: Span, prefix: Bool, _ len: Int) -> UInt64 {
        guard span.length > len else { return 0 }
        return prefix ? WordHash.of(s, span.start, span.start + len) : WordHash.of(s, span.end - len, span.end)
    }

    /// Coarse class of a token for run signatures.
    @inline(__always) static func cls(_ info: TokenInfo, _ i: Int) -> UInt64 {
        let f = info.lex[i]
        switch info.slot[i] {
        case .inner: return 1
        case .particle: return 2
        case .out: return 3
        case .name:
            if f.contains(.title) || f.contains(.personPrefix) { return 4 }
            if f.contains(.demonym) { return 5 }
            if f.contains(.orgHead) || f.contains(.orgSuffix) { return 6 }
            if f.contains(.locHead) { return 7 }
            if f.contains(.firstName) && !f.contains(.commonWord) { return 8 }
            if f.contains(.surname) && !f.contains(.commonWord) { return 9 }
            if f.contains(.city) || f.contains(.country) || f.contains(.region) { return 10 }
            if f.contains(.commonWord) { return 11 }
            return 12
        }
    }

    static let neighbourMask: LexFlags = [.title, .personPrefix, .demonym, .orgHead, .locHead, .firstName,
                                          .surname, .city, .country, .region, .time, .orgSuffix, .particle,
                                          .miscHead, .orgName, .commonWord]

    /// The document-level facts a word's own features depend on besides its spelling and shape.
    @inline(__always) static func wordBits(_ info: TokenInfo, _ i: Int) -> UInt64 {
        let t = info.tokens[i]
        return UInt64(info.slot[i].rawValue) | (t.startsSentence ? 4 : 0) | (info.seenLower[i] ? 8 : 0)
            | (info.seenCapMid[i] ? 16 : 0) | (t.isAllCaps ? 32 : 0)
    }

    /// Every token with the same key gets the same `word` features (so their scores can be cached).
    @inline(__always) static func wordKey(_ info: TokenInfo, _ i: Int) -> UInt64 {
        WordHash.finish(info.hash[i] ^ (info.shape[i] &* 0x9E3779B97F4A7C15) ^ wordBits(info, i))
    }

    /// Features of token `i` inside the run `run` (a range of token indexes).
    static func extract<S: FeatureConsumer>(_ info: TokenInfo, _ i: Int, run: Range<Int>, into f: inout S) {
        word(info, i, into: &f)
        context(info, i, run: run, into: &f)
    }

    /// Features of the word itself: spelling, shape, lexicon classes, where it stands in its sentence and
    /// how the document writes it elsewhere; a function of `wordKey`.
    static func word<S: FeatureConsumer>(_ info: TokenInfo, _ i: Int, into f: inout S) {
        let toks = info.tokens
        let s = info.scalars
        let span = toks[i].span
        let startsSentence = toks[i].startsSentence
        let h = info.hash[i]
        let sh = info.shape[i]
        f.add(0, 0)
        f.add(1, h)
        f.add(2, sh)
        f.add(3, affix(s, span, prefix: true, 3))
        f.add(4, affix(s, span, prefix: false, 3))
        f.add(5, affix(s, span, prefix: false, 2))
        f.add(14, UInt64(startsSentence ? 1 : 0) &* 31 ^ sh)
        let lx = info.lex[i]
        var docSig: UInt64 = (startsSentence ? 1 : 0) | (info.seenLower[i] ? 2 : 0) | (info.seenCapMid[i] ? 4 : 0)
        docSig |= lx.contains(.commonWord) ? 8 : 0
        docSig |= toks[i].isAllCaps ? 16 : 0
        f.add(15, docSig)
        var bits = lx.rawValue
        while bits != 0 {
            let b = UInt64(bits.trailingZeroBitCount)
            f.add(16, b)
            f.add(17, b &* 64 ^ (startsSentence ? 1 : 0) &* 2 ^ (lx.contains(.commonWord) ? 1 : 0))
            bits &= bits - 1
        }
        f.add(26, UInt64(min(span.length, 12)))
        f.add(31, affix(s, span, prefix: false, 4))
        f.add(32, affix(s, span, prefix: true, 4))
        // Words used like this one (Brown cluster path prefixes).
        let c = info.cluster[i]
        if c != 0 {
            f.add(40, WordClusters.prefix(c, 4))
            f.add(41, WordClusters.prefix(c, 6))
            f.add(42, WordClusters.prefix(c, 10))
            f.add(43, WordClusters.prefix(c, 19))
        } else {
            f.add(40, 0)
        }
    }

    /// What the run-level features of `context` read, worked out once per run: they depend on the run (and the
    /// sentence it stands in), not on the token.
    struct Run {
        let range: Range<Int>
        /// Signature of the run's first five token classes.
        let sig: UInt64
        /// Head flags of the last token and first-word flags of the first token.
        let headBits: UInt32, firstBits: UInt32
        /// Hashes of the words before and after the run (`bos`/`eos` outside its sentence).
        let before: UInt64, after: UInt64
        /// Cluster prefixes (8 steps) of the run's last and first tokens and of the tokens around it.
        let lastCluster: UInt64, firstCluster: UInt64, clusterBefore: UInt64, clusterAfter: UInt64

        static let headMask: LexFlags = [.orgHead, .locHead, .miscHead, .orgSuffix, .time, .title, .demonym]
        static let firstMask: LexFlags = [.title, .personPrefix, .demonym, .firstName, .particle, .time]

        /// The run `run`, read from sentence `sent` (the sentence of its tokens).
        @inline(__always) init(_ info: TokenInfo, _ run: Range<Int>, sentence sent: Int) {
            let toks = info.tokens
            let n = info.n
            range = run
            var sig: UInt64 = 7
            for k in run.prefix(5) { sig = sig &* 16 &+ cls(info, k) }
            self.sig = sig
            let last = run.upperBound - 1
            headBits = info.lex[last].intersection(Run.headMask).rawValue
            firstBits = info.lex[run.lowerBound].intersection(Run.firstMask).rawValue
            let hasBefore = run.lowerBound > 0 && toks[run.lowerBound - 1].sentence == sent
            let hasAfter = run.upperBound < n && toks[run.upperBound].sentence == sent
            before = hasBefore ? info.hash[run.lowerBound - 1] : bos
            after = hasAfter ? info.hash[run.upperBound] : eos
            lastCluster = WordClusters.prefix(info.cluster[last], 8)
            firstCluster = WordClusters.prefix(info.cluster[run.lowerBound], 8)
            clusterBefore = hasBefore ? WordClusters.prefix(info.cluster[run.lowerBound - 1], 8) : bos
            clusterAfter = hasAfter ? WordClusters.prefix(info.cluster[run.upperBound], 8) : eos
        }
    }

    /// Features of the token's neighbours and of the run it stands in.
    static func context<S: FeatureConsumer>(_ info: TokenInfo, _ i: Int, run: Range<Int>, into f: inout S) {
        context(info, i, run: Run(info, run, sentence: info.tokens[i].sentence), into: &f)
    }

    /// `sink.acc` with the `context` features' scores added.
    @inline(__always)
    static func contextScores(_ info: TokenInfo, _ i: Int, run r: Run, sink: ScoreSink) -> SIMD8<Int32> {
        adding(contextOf: info, i, run: r, to: sink).acc
    }

    /// `context` with the run's own features worked out (`Run`, of the sentence of token `i`).
    @inline(__always)
    static func context<S: FeatureConsumer>(_ info: TokenInfo, _ i: Int, run r: Run, into f: inout S) {
        f = adding(contextOf: info, i, run: r, to: consume f)
    }

    /// `f` with the `context` features of token `i` added: taken and given back by value, so that a sink's
    /// running sums can stay in registers instead of being written back to memory after every feature.
    static func adding<S: FeatureConsumer>(contextOf info: TokenInfo, _ i: Int, run r: Run, to sink: consuming S) -> S {
        var f = sink
        let toks = info.tokens
        let n = info.n
        let sent = toks[i].sentence
        let h = info.hash[i]
        let p1 = i > 0 && toks[i - 1].sentence == sent ? info.hash[i - 1] : bos
        let p2 = i > 1 && toks[i - 2].sentence == sent ? info.hash[i - 2] : bos
        let n1 = i + 1 < n && toks[i + 1].sentence == sent ? info.hash[i + 1] : eos
        let n2 = i + 2 < n && toks[i + 2].sentence == sent ? info.hash[i + 2] : eos
        let sh = info.shape[i]
        let shp = i > 0 ? info.shape[i - 1] : bos
        let shn = i + 1 < n ? info.shape[i + 1] : eos
        f.add(6, p1)
        f.add(7, n1)
        f.add(8, p2)
        f.add(9, n2)
        f.add(10, shp &* 31 ^ sh)
        f.add(11, sh &* 31 ^ shn)
        f.add(12, p1 &* 31 ^ h)
        f.add(13, h &* 31 ^ n1)
        if i > 0, toks[i - 1].sentence == sent {
            var b2 = info.lex[i - 1].intersection(neighbourMask.union(.roleModifier)).rawValue
            while b2 != 0 { f.add(18, UInt64(b2.trailingZeroBitCount)); b2 &= b2 - 1 }
        }
        if i + 1 < n, toks[i + 1].sentence == sent {
            var b2 = info.lex[i + 1].intersection(neighbourMask).rawValue
            while b2 != 0 { f.add(19, UInt64(b2.trailingZeroBitCount)); b2 &= b2 - 1 }
        }
        f.add(20, UInt64(info.multi[i]))
        let cp = i > 0 && toks[i - 1].sentence == sent ? WordClusters.prefix(info.cluster[i - 1], 6) : bos
        let cn = i + 1 < n && toks[i + 1].sentence == sent ? WordClusters.prefix(info.cluster[i + 1], 6) : eos
        f.add(44, cp)
        f.add(45, cn)
        // Position in the capitalised run and what the run looks like.
        let run = r.range
        let pos = min(i - run.lowerBound, 3), fromEnd = min(run.upperBound - 1 - i, 3)
        f.add(21, UInt64(pos * 4 + fromEnd))
        f.add(22, r.sig)
        f.add(23, r.sig &* 8 ^ UInt64(pos))
        var hb = r.headBits
        while hb != 0 { f.add(24, UInt64(hb.trailingZeroBitCount) &* 8 ^ UInt64(fromEnd)); hb &= hb - 1 }
        var fb = r.firstBits
        while fb != 0 { f.add(25, UInt64(fb.trailingZeroBitCount) &* 8 ^ UInt64(pos)); fb &= fb - 1 }
        // Word before the run (lower-case context such as "in", "said", "by").
        f.add(29, r.after &* 4 ^ UInt64(fromEnd == 0 ? 1 : 0))
        // Words like the run's last and first words, and like the words around it.
        f.add(46, r.lastCluster ^ UInt64(fromEnd) << 32)
        f.add(47, r.firstCluster ^ UInt64(pos) << 32)
        f.add(48, r.clusterBefore ^ UInt64(pos) << 32)
        f.add(49, r.clusterAfter ^ UInt64(fromEnd) << 32)
        f.add(30, h &* 7 ^ r.before)
        // What the same word has around it elsewhere in the document.
        var dc = info.docContext[i]
        while dc != 0 { f.add(36, UInt64(dc.trailingZeroBitCount)); dc &= dc - 1 }
        return f
    }

}

/// Pre-summed scores of the `Features.word` features by `Features.wordKey`: a direct-mapped table shared by
/// the documents one model tags (a slot holds the last key that fell there). A slot is the 7 tags' scores and, in
/// the eighth lane (no tag's, and 0 in every weight), a check of the key (`check`): one cache line read per look-up
/// and no table of keys beside the scores.
struct WordScores {
    static let bits = 15
    var scores = [SIMD8<Int32>](filling: .zero, count: 1 << WordScores.bits)

    /// The slot of a word key: its bits 17 on.
    @inline(__always) static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 17) & ((1 << bits) - 1) }
    /// What the slot of `key` holds in its eighth lane: the key's high 32 bits, the lowest set so that it is never 0
    /// (an empty slot's). With the slot's own 15 bits, 46 bits of the key must agree.
    @inline(__always) static func check(_ key: UInt64) -> Int32 {
        Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32) | 1)
    }
}

/// The averaged-perceptron weights: `buckets × 7` quantised weights plus tag transitions.
final class NameModel: @unchecked Sendable {
    static let magic: UInt32 = 0x5245_4E42  // "BNER"
    let bits: Int
    /// Quantised weights, `bucket * 7 + tag`.
    let weights: [Int16]
    /// Transition scores in the same units, `(prev + 1) * 7 + tag` (prev -1 = before the run = O).
    let transitions: [Int32]
    let lexicon: Lexicon
    /// Added to every token's O score: trades recall for precision.
    let oBias: Int32

    /// The weights padded to 8 lanes per bucket: 16 bytes, half the size they would take widened to 32 bits, so
    /// that more of them stay in the cache (1 MB for the bundled model's 2^16 buckets, which then fits the
    /// second-level cache); widened as they are added to a token's scores.
    let lanes: LargeTable<SIMD8<Int16>>
    /// Word scores already summed, shared by the documents this model tags.
    let wordScores = Mutex(WordScores?.some(WordScores()))

    init(bits: Int, weights: [Int16], transitions: [Int32], lexicon: Lexicon, oBias: Int32 = 0) {
        self.bits = bits; self.weights = weights; self.transitions = transitions; self.lexicon = lexicon
        self.oBias = oBias
        let T = NameTag.count
        lanes = LargeTable((0..<(weights.count / T)).lazy.map { b in
            var v = SIMD8<Int16>(repeating: 0)
            for t in 0..<T { v[t] = weights[b * T + t] }
            return v
        })
    }

    /// Loaded once from `Gazetteers/names.lex` and `Gazetteers/names.model`.
    static let bundled: NameModel? = {
        guard let dir = Bundle.module.url(forResource: "Gazetteers", withExtension: nil),
              let lexData = try? Data(contentsOf: dir.appendingPathComponent("names.lex"), options: .mappedIfSafe),
              let lex = Lexicon(data: lexData) else { return nil }
        let modelData = try? Data(contentsOf: dir.appendingPathComponent("names.model"), options: .mappedIfSafe)
        return modelData.flatMap { NameModel(data: $0, lexicon: lex) } ?? untrained(lex)
    }()

    /// All-zero weights (everything O): what the finder uses before a model is trained.
    static func untrained(_ lex: Lexicon) -> NameModel {
        NameModel(bits: 8, weights: Array(filling: 0, count: NameTag.count << 8), transitions: Array(filling: 0, count: 56), lexicon: lex)
    }

    convenience init?(data: Data, lexicon: Lexicon) {
        guard data.count >= 16 else { return nil }
        let header: [UInt32] = data.prefix(12).withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
        guard header[0] == NameModel.magic else { return nil }
        let bits = Int(header[1])
        guard bits >= 8, bits <= 24 else { return nil }
        let wCount = (1 << bits) * NameTag.count
        let tBytes = 56 * 4
        guard data.count == 12 + tBytes + wCount * 2 else { return nil }
        let trans: [Int32] = data.subdata(in: 12..<(12 + tBytes)).withUnsafeBytes { Array($0.bindMemory(to: Int32.self)) }
        let w: [Int16] = data.subdata(in: (12 + tBytes)..<data.count).withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        self.init(bits: bits, weights: w, transitions: trans, lexicon: lexicon, oBias: Int32(bitPattern: header[2]))
    }

    var data: Data {
        var d = Data()
        let header: [UInt32] = [NameModel.magic, UInt32(bits), UInt32(bitPattern: oBias)]
        header.withUnsafeBufferPointer { d.append(Data(buffer: $0)) }
        transitions.withUnsafeBufferPointer { d.append(Data(buffer: $0)) }
        weights.withUnsafeBufferPointer { d.append(Data(buffer: $0)) }
        return d
    }

    /// Allowed tags for a slot.
    @inline(__always) static func allowed(_ slot: Slot, _ tag: Int) -> Bool {
        switch slot {
        case .out: return tag == 0
        case .name: return true
        case .inner: return tag == 0 || NameTag(rawValue: tag)!.isInside
        case .particle: return true
        }
    }

    /// Name-like word classes: a lone capitalised word with none of them is never tagged when it is
    /// an ordinary word starting a sentence ("The", "But") or a time word ("Friday").
    static let nameLike: LexFlags = [.firstName, .surname, .city, .country, .region, .orgName, .multiStart,
                                     .demonym, .orgHead, .locHead]

    @inline(__always) static func isPlainWord(_ info: TokenInfo, _ i: Int) -> Bool {
        let f = info.lex[i]
        guard f.isDisjoint(with: nameLike) else { return false }
        if f.contains(.time) || f.contains(.pronounLike) { return true }
        return f.contains(.commonWord) && info.tokens[i].startsSentence && !info.tokens[i].isAllCaps
    }

    /// Runs: maximal sequences of taggable tokens in one sentence.
    static func runs(_ info: TokenInfo) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // Every run ends on a capitalised word (slot `.name`): no more runs than those, and no growing.
        out.reserveCapacity(info.nameAt.count)
        let n = info.n
        // (Slots, tokens and scalars through pointers, their sizes checked once: this looks at every token.)
        info.slot.withUnsafeBufferPointer { sl in
        info.tokens.withUnsafeBufferPointer { tp in
        info.scalars.withUnsafeBufferPointer { sp in
            precondition(sl.count >= n && tp.count >= n)
            /// `TokenInfo.lineBreak(before: j)`.
            func lineBreak(before j: Int) -> Bool {
                var k = tp[j - 1].span.end
                let b = tp[j].span.start
                precondition(k >= 0 && b <= sp.count)
                while k < b { if sp[k] == "\n" { return true }; k += 1 }
                return false
            }
            var i = 0
            while i < n {
                guard sl[i] != .out else { i += 1; continue }
                var j = i + 1
                let sentence = tp[i].sentence
                while j < n, sl[j] != .out, tp[j].sentence == sentence, !lineBreak(before: j) { j += 1 }
                // A run never ends on a connector.
                var e = j
                while e > i, sl[e - 1] == .inner || sl[e - 1] == .particle { e -= 1 }
                if e > i, !(e == i + 1 && isPlainWord(info, i)) { out.append(i..<e) }
                i = j
            }
        }
        }
        }
        return out
    }

    /// Reusable buffers for decoding.
    struct DecodeScratch {
        var best: [Int32] = []
        var back: [Int8] = []
        var tags: [Int] = []
    }

    static func decode(_ slots: ArraySlice<Slot>, scores: [Int32], transitions: [Int32]) -> [Int] {
        var scratch = DecodeScratch()
        decode(slots, scores: scores, transitions: transitions, scratch: &scratch)
        return scratch.tags
    }

    /// The tags `allowed` gives a slot, as a bit mask.
    @inline(__always) static func allowedMask(_ slot: Slot) -> UInt8 {
        switch slot {
        case .out: return 1
        case .name, .particle: return 0x7F
        case .inner: return 1 | 1 << 2 | 1 << 4 | 1 << 6
        }
    }

    /// Viterbi decoding of one run given per-token scores (`scores[k * 7 + tag]`, at least `slots.count * 7`
    /// of them); the result is in `scratch.tags`.
    static func decode(_ slots: ArraySlice<Slot>, scores: [Int32], transitions: [Int32], scratch: inout DecodeScratch) {
        let len = slots.count
        let T = NameTag.count
        let neg = Int32.min / 4
        let cells = len * T
        guard len > 0 else { scratch.tags.removeAll(); return }
        precondition(scores.count >= cells && transitions.count >= (T + 1) * T, "decode: too few scores or transitions")
        if scratch.best.count < cells {
            scratch.best = [Int32](filling: neg, count: cells)
            scratch.back = [Int8](filling: 0, count: cells)
        }
        if scratch.tags.count > len { scratch.tags.removeLast(scratch.tags.count - len) }
        else if scratch.tags.count < len { scratch.tags.append(contentsOf: repeatElement(0, count: len - scratch.tags.count)) }
        var bestBuf: [Int32] = [], backBuf: [Int8] = [], tagBuf: [Int] = []
        swap(&bestBuf, &scratch.best); swap(&backBuf, &scratch.back); swap(&tagBuf, &scratch.tags)
        defer { swap(&bestBuf, &scratch.best); swap(&backBuf, &scratch.back); swap(&tagBuf, &scratch.tags) }
        bestBuf.withUnsafeMutableBufferPointer { bestP in
            backBuf.withUnsafeMutableBufferPointer { backP in
                tagBuf.withUnsafeMutableBufferPointer { tagsP in
                    scores.withUnsafeBufferPointer { sc in
                        transitions.withUnsafeBufferPointer { tr in
                            slots.withUnsafeBufferPointer { sl in
                                decode(sl.baseAddress!, len, scores: sc.baseAddress!, stride: T, transitions: tr.baseAddress!,
                                       best: bestP.baseAddress!, back: backP.baseAddress!) { tagsP[$0] = $1 }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Viterbi decoding of the `len` tokens whose slots are at `sl`, given their scores (`sc[k * step + tag]`,
    /// `step` at least 7) and the transitions (`(T + 1) * T` of them); `best` and `back` have room for `len * 7`
    /// cells. Hands each token's tag to `put` (token, tag): the tagger writes them straight into the document's
    /// tags, with no array of its own to keep.
    @inline(__always)
    static func decode(_ sl: UnsafePointer<Slot>, _ len: Int, scores sc: UnsafePointer<Int32>, stride step: Int,
                       transitions tr: UnsafePointer<Int32>,
                       best: UnsafeMutablePointer<Int32>, back: UnsafeMutablePointer<Int8>, put: (Int, Int) -> Void) {
        let T = NameTag.count
        let neg = Int32.min / 4
        if len == 1 {
            // One token (most runs): the same choice as below, without the tables.
            let allowed = allowedMask(sl[0])
            var bestTag = 0, bestScore = neg
            for tag in 0..<T where allowed >> UInt8(tag) & 1 != 0 && !(tag == 2 || tag == 4 || tag == 6) {
                let start = tr[tag]
                guard start > neg else { continue }
                let b = start &+ sc[tag]
                guard b > neg else { continue }
                let v = b &+ tr[(tag + 1) * T + 0]
                if v > bestScore { bestScore = v; bestTag = tag }
            }
            put(0, bestTag)
            return
        }
        for k in 0..<len {
            let row = k * T, prev = row - T
            for tag in 0..<T { best[row + tag] = neg; back[row + tag] = 0 }
            let allowed = allowedMask(sl[k])
            for tag in 0..<T where allowed >> UInt8(tag) & 1 != 0 {
                let inside = tag == 2 || tag == 4 || tag == 6
                var bestScore = neg, bestPrev = 0
                if k == 0 {
                    if inside { continue }
                    bestScore = tr[tag]
                } else if inside {
                    // Only the same type's begin or inside can precede.
                    for p in (tag - 1)...tag where best[prev + p] > neg {
                        let v = best[prev + p] &+ tr[(p + 1) * T + tag]
                        if v > bestScore { bestScore = v; bestPrev = p }
                    }
                } else {
                    for p in 0..<T where best[prev + p] > neg {
                        let v = best[prev + p] &+ tr[(p + 1) * T + tag]
                        if v > bestScore { bestScore = v; bestPrev = p }
                    }
                }
                if bestScore > neg {
                    best[row + tag] = bestScore &+ sc[k * step + tag]
                    back[row + tag] = Int8(bestPrev)
                }
            }
        }
        // End: the token after the run is O.
        let last = (len - 1) * T
        var bestTag = 0, bestScore = neg
        for tag in 0..<T where best[last + tag] > neg {
            let v = best[last + tag] &+ tr[(tag + 1) * T + 0]
            if v > bestScore { bestScore = v; bestTag = tag }
        }
        var tag = bestTag
        for k in stride(from: len - 1, through: 0, by: -1) {
            put(k, tag)
            tag = Int(back[k * T + tag])
        }
    }

    /// Tags for every token (0 = O); `runs` are `NameModel.runs(info)`.
    func tag(_ info: TokenInfo, runs: [Range<Int>]) -> [UInt8] {
        var tags = [UInt8](filling: 0, count: info.n)
        // The shared word scores when no other thread is using them, else scores summed afresh.
        let done: Void? = wordScores.withLockIfAvailable { cache in tag(info, runs: runs, cache: &cache, into: &tags) }
        if done == nil {
            var none = WordScores?.none
            tag(info, runs: runs, cache: &none, into: &tags)
        }
        return tags
    }

    /// `tag` with every word's scores summed afresh, not read from the shared word scores (for tests).
    func tagAfresh(_ info: TokenInfo, runs: [Range<Int>]) -> [UInt8] {
        var tags = [UInt8](filling: 0, count: info.n)
        var none = WordScores?.none
        tag(info, runs: runs, cache: &none, into: &tags)
        return tags
    }

    private func tag(_ info: TokenInfo, runs: [Range<Int>], cache: inout WordScores?, into tags: inout [UInt8]) {
        guard !runs.isEmpty else { return }
        tags.withUnsafeMutableBufferPointer { out in
            guard var table = cache else {
                tag(info, runs: runs, cached: nil, into: out.baseAddress!)
                return
            }
            // The table is taken out of the optional for the document (its arrays then held by `table` alone) and
            // written through pointers: written in place inside the optional, every write asked whether its
            // arrays were shared.
            cache = nil
            table.scores.withUnsafeMutableBufferPointer { c in
                tag(info, runs: runs, cached: c.baseAddress!, into: out.baseAddress!)
            }
            cache = table
        }
    }

    /// Tags of the tokens of `runs`, written to `tags` (the document's, by token); `cached` is the shared word
    /// scores' table (`WordScores`), nil to sum every word's scores afresh.
    private func tag(_ info: TokenInfo, runs: [Range<Int>], cached: UnsafeMutablePointer<SIMD8<Int32>>?,
                     into tags: UnsafeMutablePointer<UInt8>) {
        let T = NameTag.count
        let shift = UInt64(64 - bits)
        precondition(transitions.count >= (T + 1) * T, "tag: too few transitions")
        // The scores of a run's tokens and the decoder's tables, made once for the document at the longest run's
        // size.
        var longest = 0
        for run in runs where run.count > longest { longest = run.count }
        // A token's scores are its 8 lanes as summed (the 8th unused), stored in one go.
        let cells = longest * T, lanes8 = 8
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: longest * lanes8 + cells) { buf in
        withUnsafeTemporaryAllocation(of: Int8.self, capacity: cells) { back in
        lanes.withUnsafeBufferPointer { w in
        info.slot.withUnsafeBufferPointer { slots in
        transitions.withUnsafeBufferPointer { tr in
            let scores = buf.baseAddress!, best = scores + longest * lanes8
            func wordScore(_ i: Int) -> SIMD8<Int32> {
                var sink = ScoreSink(lanes: w, shift: shift)
                Features.word(info, i, into: &sink)
                return sink.acc
            }
            for run in runs {
                // A run's tokens share one sentence.
                let r = Features.Run(info, run, sentence: info.tokens[run.lowerBound].sentence)
                for i in run {
                    var sink = ScoreSink(lanes: w, shift: shift)
                    if let cached {
                        let key = Features.wordKey(info, i)
                        let slot = WordScores.slot(key), check = WordScores.check(key)
                        let c = cached[slot]
                        if c[7] == check {
                            sink.acc = c
                            sink.acc[7] = 0
                        } else {
                            sink.acc = wordScore(i)
                            var stored = sink.acc
                            stored[7] = check
                            cached[slot] = stored
                        }
                    } else {
                        sink.acc = wordScore(i)
                    }
                    var acc = Features.contextScores(info, i, run: r, sink: sink)
                    acc[0] &+= oBias
                    UnsafeMutableRawPointer(scores + (i - run.lowerBound) * lanes8).storeBytes(of: acc, as: SIMD8<Int32>.self)
                }
                let first = run.lowerBound
                NameModel.decode(slots.baseAddress! + first, run.count, scores: scores, stride: lanes8, transitions: tr.baseAddress!,
                                 best: best, back: back.baseAddress!) { k, t in tags[first + k] = UInt8(truncatingIfNeeded: t) }
            }
        }
        }
        }
        }
        }
    }
}
