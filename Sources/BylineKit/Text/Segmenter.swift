import Foundation

/// Paragraphs (blank-line separated, or one per line when the text has no blank lines),
/// tokens, and sentences.
enum Segmenter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt",
        "sgt", "maj", "adm", "cmdr", "st", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "v", "etc", "approx", "est", "ft", "mt", "ave", "blvd", "rd", "jr", "sr",
        "fig", "vol", "pp", "ca", "cf", "e.g", "i.e", "al", "dept", "univ", "assn", "bros", "messrs", "ph",
    ]
    /// Words that, after an ambiguous full stop (U.S., Inc.), show a new sentence has begun.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At",
        "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "However",
        "After", "Before", "When", "While", "If", "As", "According", "Some", "Many", "Most", "Other",
        "Officials", "Police", "Authorities", "Meanwhile", "Also", "Since", "Although", "Because",
    ]

    static func segment(_ doc: Document) {
        doc.scalars.withUnsafeBufferPointer { segment(doc, $0) }
    }

    static func segment(_ doc: Document, _ s: UnsafeBufferPointer<Unicode.Scalar>) {
        let n = s.count
        // Lines (the clean-up found the line breaks), made from the breaks as they are read: line `k` runs from
        // after break `k - 1` to break `k` (the last to the end of the text).
        let breaks = doc.lineBreaks
        let lineCount = breaks.count + 1
        @inline(__always) func line(_ k: Int) -> Span {
            Span(k == 0 ? 0 : breaks[k - 1] + 1, k < breaks.count ? breaks[k] : n)
        }
        func isBlank(_ l: Span) -> Bool {
            for i in l.start..<l.end where s[i] != " " { return false }
            return true
        }
        // Which lines are blank, found once for both passes below.
        let blank = (0..<lineCount).map { isBlank(line($0)) }
        let hasBlankSeparators: Bool = {
            var seenText = false, blankAfterText = false
            for k in 0..<lineCount {
                if blank[k] { if seenText { blankAfterText = true } }
                else if blankAfterText { return true } else { seenText = true }
            }
            return false
        }()
        // The paragraphs, spaces at their edges trimmed and empty ones left out as each is added (one array,
        // sized for a paragraph a line).
        var paraSpans: [Span] = []
        paraSpans.reserveCapacity(hasBlankSeparators ? lineCount / 2 + 1 : lineCount)
        func add(_ p: Span) {
            var a = p.start, b = p.end
            while a < b, s[a] == " " || s[a] == "\n" { a += 1 }
            while b > a, s[b - 1] == " " || s[b - 1] == "\n" { b -= 1 }
            if a < b { paraSpans.append(Span(a, b)) }
        }
        var cur: Span?
        for k in 0..<lineCount {
            let l = line(k)
            if blank[k] {
                if let c = cur { add(c); cur = nil }
                continue
            }
            if !hasBlankSeparators { add(l); continue }
            if let c = cur { cur = Span(c.start, l.end) } else { cur = l }
        }
        if let c = cur { add(c) }

        // The tokens are written straight into the array's storage (appending asks whether the storage is shared
        // on every token), sized for about one token in five scalars. A text with more tokens than that (rare)
        // is segmented again with twice the room.
        var capacity = n / 4 + 16
        while true {
            var paragraphs: [Paragraph] = []
            var paragraphTokens: [Range<Int>] = []
            var sentenceTokens: [Range<Int>] = []
            var full = false
            let tokens = [Token](unsafeUninitializedCapacity: capacity) { buf, count in
                count = 0
                guard let base = buf.baseAddress else { full = true; return }
                full = !segment(s, paraSpans, base, limit: base + buf.count, count: &count, paragraphs: &paragraphs,
                                paragraphTokens: &paragraphTokens, sentenceTokens: &sentenceTokens)
                if full { count = 0 }  // tokens are plain values: nothing to release
            }
            if full { capacity *= 2; continue }
            doc.setSegments(paragraphs: paragraphs, tokens: tokens, paragraphTokens: paragraphTokens, sentenceTokens: sentenceTokens)
            return
        }
    }

    /// Tokens, paragraphs and sentences of the paragraph spans, the tokens written from `tp` on; false when they
    /// do not fit before `limit`.
    static func segment(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ paraSpans: [Span], _ tp: UnsafeMutablePointer<Token>,
                        limit: UnsafeMutablePointer<Token>, count: inout Int, paragraphs: inout [Paragraph],
                        paragraphTokens: inout [Range<Int>], sentenceTokens: inout [Range<Int>]) -> Bool {
        var sentences: [Span] = []   // the sentences of one paragraph, reused
        sentences.reserveCapacity(16)
        paragraphs.reserveCapacity(paraSpans.count); paragraphTokens.reserveCapacity(paraSpans.count)
        sentenceTokens.reserveCapacity(s.count / 64 + 8)
        for (pi, p) in paraSpans.enumerated() {
            let first = count
            guard let end = tokenize(s, p, paragraph: pi, into: tp + first, limit: limit) else { return false }
            count = end - tp
            let range = first..<count
            paragraphTokens.append(range)
            sentences.removeAll(keepingCapacity: true)
            do {
                // A sentence's tokens get its number (`si`, its index in `sentenceTokens`), and its first word or
                // number the sentence-start flag, as the scan for its end passes them (the end test reads neither).
                var si = sentenceTokens.count
                var firstWord = true
                var sStart = first
                var k = first
                while k < range.upperBound {
                    tp[k].sentence = si
                    // Only a terminal mark, or a word ending in a full stop, can end a sentence (checked inline
                    // first: most punctuation is commas).
                    let kind = tp[k].kind
                    if firstWord && (kind == .word || kind == .number) {
                        tp[k].startsSentence = true
                        firstWord = false
                    }
                    if kind == .punct ? single(s, tp[k].span).map(isTerminalMark) ?? false
                                      : kind == .word && s[tp[k].span.end - 1] == ".",
                       isSentenceEnd(s, tp, k, range) {
                        var end = k + 1
                        // Closing quotes and brackets right after the terminator belong to this sentence (they are
                        // neither words nor numbers).
                        while end < range.upperBound, isCloser(s, tp + end), tp[end].span.start == tp[end - 1].span.end {
                            tp[end].sentence = si
                            end += 1
                        }
                        sentenceTokens.append(sStart..<end)
                        sentences.append(Span(tp[sStart].span.start, tp[end - 1].span.end))
                        si += 1
                        firstWord = true
                        sStart = end
                        k = end
                        continue
                    }
                    k += 1
                }
                if sStart < range.upperBound {
                    sentenceTokens.append(sStart..<range.upperBound)
                    sentences.append(Span(tp[sStart].span.start, tp[range.upperBound - 1].span.end))
                }
            }
            paragraphs.append(Paragraph(span: p, sentences: Array(sentences)))  // one exact-size array each
        }
        return true
    }

    /// The scalar of a one-scalar span, or nil.
    @inline(__always) static func single(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span) -> Unicode.Scalar? {
        span.end - span.start == 1 ? s[span.start] : nil
    }

    /// A full stop, exclamation or question mark, or ellipsis: the marks that can end a sentence.
    @inline(__always) static func isTerminalMark(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// A closing quotation mark or bracket.
    @inline(__always) static func isCloser(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ t: UnsafePointer<Token>) -> Bool {
        guard let c = single(s, t.pointee.span) else { return false }
        if t.pointee.kind == .quote { return isClosingQuoteChar(c) }
        return c == ")" || c == "]"
    }

    @inline(__always) static func isClosingQuoteChar(_ q: Unicode.Scalar) -> Bool {
        q == "\"" || q == "\u{201D}" || q == "'" || q == "\u{2019}" || q == "\u{00BB}"
    }

    /// `abbreviations` for ASCII look-ups: an ASCII string is in a `Set<String>` just when a word of the same bytes
    /// is (only itself is canonically equivalent to it among the ASCII words), which `WordSet` finds by the bytes.
    static let abbreviationTable = WordSet(abbreviations)

    /// Longest entry of `abbreviations`, in scalars once canonically decomposed (so no string equal to an entry has
    /// more scalars; all are ASCII now, where that is just the length).
    static let longestAbbreviation = abbreviations.map(\.decomposedStringWithCanonicalMapping.unicodeScalars.count).max() ?? 0

    /// The word is an abbreviation (in any case): "Mr", "jan", "e.g".
    static func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span) -> Bool {
        // Longer than every abbreviation: lower-casing never shortens a word, and a string equal to an entry
        // (canonically equivalent) has no more scalars than the entry decomposed.
        guard span.length <= longestAbbreviation else { return false }
        var ascii = true
        for k in span.start..<span.end where !s[k].isASCII { ascii = false; break }
        guard ascii else { return abbreviations.contains(ScalarText.string(s, span.start, span.end).lowercased()) }
        // The lower-case bytes on the stack, looked up without making a string.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestAbbreviation) { buf in
            for k in span.start..<span.end {
                let v = UInt8(s[k].value)
                buf[k - span.start] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
            }
            return abbreviationTable.contains(UnsafeBufferPointer(rebasing: buf[0..<span.length]))
        }
    }

    /// Token `k` ends its sentence. Reads the tokens in place (no copies).
    static func isSentenceEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafePointer<Token>, _ k: Int,
                              _ range: Range<Int>) -> Bool {
        let t = tokens + k
        guard t.pointee.kind == .punct else {
            // A token ending in "." (U.S.) can end a sentence when a sentence clearly starts next.
            if t.pointee.kind == .word, s[t.pointee.span.end - 1] == ".", k + 1 < range.upperBound {
                let next = tokens + (k + 1)
                return next.pointee.kind == .word && sentenceStarters.contains(ScalarText.string(s, next.pointee.span.start, next.pointee.span.end))
            }
            return false
        }
        guard let mark = single(s, t.pointee.span), isTerminalMark(mark) else { return false }
        // Next significant token.
        var j = k + 1
        while j < range.upperBound, (isCloser(s, tokens + j) && tokens[j].span.start == tokens[j - 1].span.end)
                || (tokens[j].kind == .punct && single(s, tokens[j].span) == mark) { j += 1 }
        if j >= range.upperBound { return true }
        let next = tokens + j
        if mark == "." && k > range.lowerBound {
            let prev = tokens + (k - 1)
            let adjacent = prev.pointee.span.end == t.pointee.span.start
            if adjacent && prev.pointee.kind == .word {
                if isAbbreviation(s, prev.pointee.span) {
                    // "Jan. 5", "Mr. Kerry": not an end, unless a clear sentence starter follows a month/day.
                    return false
                }
                // An initial: "John F. Kennedy".
                if prev.pointee.span.length == 1 && prev.pointee.isCapitalized { return false }
            }
            if prev.pointee.kind == .number && next.pointee.kind == .number { return false }
        }
        // A new sentence starts with a capital, a digit or an opening quote/bracket.
        if next.pointee.kind == .quote { return true }
        if let c = single(s, next.pointee.span), c == "(" || c == "[" { return true }
        if next.pointee.kind == .number { return true }
        if next.pointee.kind == .word { return next.pointee.isCapitalized || !Cleaner.isLetter(s[next.pointee.span.start]) }
        return false
    }

    /// An ASCII letter or digit, for any `v`: setting bit 5 maps A–Z onto a–z (and nothing else onto a–z).
    @inline(__always) static func isASCIIWord(_ v: UInt32) -> Bool {
        (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10
    }

    /// For each ASCII scalar, its lower case when it is a letter or digit (a digit as it is), else 0 (the lowered
    /// scalar `WordHash.lower` gives, never 0 for these). In memory that is never freed or written after it is made
    /// (so shared between threads safely), for the tokenizer's word loop to classify and lower with one load.
    nonisolated(unsafe) static let asciiWordLower: UnsafeBufferPointer<UInt8> = {
        let p = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 128)
        for v in 0..<UInt32(128) { p[Int(v)] = isASCIIWord(v) ? UInt8(v | 0x20) : 0 }
        return UnsafeBufferPointer(p)
    }()

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isASCIIWord(c.value) }
        if let k = ScalarClass.of(c) { return k & ScalarClass.word != 0 }
        return propertyIsWordScalar(c)
    }

    /// Whitespace other than the plain space and line break.
    @inline(__always) static func isOtherSpace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return false }
        if let k = ScalarClass.of(c) { return k & ScalarClass.space != 0 }
        return ScalarClass.propertyIsWhitespace(c)
    }

    @inline(never) static func propertyIsWordScalar(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x41 && c.value <= 0x5A }
        if let k = ScalarClass.of(c) { return k & ScalarClass.upper != 0 }
        return propertyIsUpper(c)
    }
    @inline(never) static func propertyIsUpper(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    static func isQuoteChar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A: return true
        default: return false
        }
    }

    /// The tokens of a paragraph, written from `out` on; returns the end of what it wrote, or nil when they do not
    /// fit before `limit`.
    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ p: Span, paragraph: Int,
                         into out: UnsafeMutablePointer<Token>, limit: UnsafeMutablePointer<Token>) -> UnsafeMutablePointer<Token>? {
        var out = out
        var full = false
        let al = WordHash.asciiLowerTable, wl = asciiWordLower
        var i = p.start
        let end = p.end
        /// Token `a..<b`, its lower-cased hash and upper-case test made by the caller (the word loop makes them as
        /// it scans the token).
        @inline(__always) func emit(_ a: Int, _ b: Int, _ kind: Token.Kind, hash: UInt64, upper: Bool) {
            var cap = false, allCaps = false
            if kind == .word {
                cap = isUpper(s[a])
                if cap {
                    // Every letter upper case, at least two (a lower-case letter settles it: most capitalised
                    // words are over at their second letter).
                    var letters = 0
                    allCaps = true
                    for k in a..<b where Cleaner.isLetter(s[k]) {
                        letters += 1
                        if !isUpper(s[k]) { allCaps = false; break }
                    }
                    allCaps = allCaps && letters >= 2
                }
            }
            guard out < limit else { full = true; return }
            out.initialize(to: Token(span: Span(a, b), kind: kind, isCapitalized: cap, isAllCaps: allCaps,
                                     startsSentence: false, paragraph: paragraph, sentence: 0, hash: hash, hasUpper: upper))
            out += 1
        }
        /// Token `a..<b`, its hash and upper-case test made here (`ofToken`).
        func push(_ a: Int, _ b: Int, _ kind: Token.Kind) {
            let (hash, upper) = WordHash.ofToken(s, a, b, asciiLower: al)
            emit(a, b, kind, hash: hash, upper: upper)
        }
        while i < end {
            let c = s[i]
            if c == " " || c == "\n" { i += 1; continue }
            // A quotation mark outside ASCII (a curly quote) is neither a space nor part of a word: told apart
            // first, so it needs no look-up in the character tables.
            let curly = !c.isASCII && isQuoteChar(c)
            if !curly && isOtherSpace(c) { i += 1; continue }
            // (An ASCII letter or digit found by the word loop's table.)
            if !curly, c.isASCII ? wl[Int(c.value)] != 0 : isWordScalar(c) {
                let start = i
                // Start of the current dot-separated piece ("U.S." is pieces of one letter).
                var segStart = i
                // Only digits so far (joining commas, dots and hyphens aside)? Asked only at a joining mark, so
                // the loop over letters keeps no count of its own.
                func allDigits(_ upTo: Int) -> Bool {
                    guard isDigit(s[start]) else { return false }
                    for k in start..<upTo where !isDigit(s[k]) && isWordScalar(s[k]) { return false }
                    return true
                }
                // The token's lower-cased hash and whether a letter is upper case (`changed` not 0), made as the
                // scan passes each scalar (`take`; the same as `WordHash.ofToken`).
                var hv = WordHash.seed, changed: UInt32 = 0
                // Bit 5 of every ASCII letter and digit of the tight loop below, and-ed: a capital is the only one
                // without it (digits and lower-case letters have it), so it is clear just when a capital was seen.
                var caseBits: UInt32 = 0x20
                @inline(__always) func take(_ k: Int) { WordHash.addLowered(&hv, &changed, s[k], asciiLower: al) }
                // (An ASCII first letter or digit is left to the tight loop.)
                if !c.isASCII { take(i); i += 1 }
                while i < end {
                    // Runs of ASCII letters and digits (the bulk of the text) in a tight loop: one table load both
                    // classifies and lowers a scalar.
                    while i < end {
                        let v = s[i].value
                        guard v < 0x80 else { break }
                        let l = wl[Int(v)]
                        guard l != 0 else { break }
                        caseBits &= v
                        hv = WordHash.add(hv, UInt32(l))
                        i += 1
                    }
                    guard i < end else { break }
                    let d = s[i]
                    // A space ends most words (and joins none).
                    if d == " " { break }
                    // (The curly apostrophe, common inside words, is no word scalar: told apart without a look-up.)
                    if d != "\u{2019}", isWordScalar(d) { take(i); i += 1; continue }
                    guard i + 1 < end else { break }
                    let nx = s[i + 1]
                    // 1,000 and 3.5
                    if (d == "," || d == "."), isDigit(nx), allDigits(i) { take(i); i += 1; continue }
                    // AT&T, Texas A&M, S&P: an ampersand between capital letters with no space joins them (not in
                    // the lower-case parameters of a web address: "q=horse&ie=utf-8")
                    if d == "&", isUpper(nx), isUpper(s[i - 1]) { take(i); i += 1; continue }
                    // Jean-Claude, ten-storey, al-Assad
                    if d == "-", isWordScalar(nx), !isDigit(nx) || !allDigits(i) { take(i); i += 1; continue }
                    // O'Brien, don't — but not the possessive 's
                    if d == "'" || d == "\u{2019}" {
                        let possessive = (nx == "s" || nx == "S") && (i + 2 >= end || !isWordScalar(s[i + 2]))
                        if Cleaner.isLetter(nx) && !possessive && i > start && Cleaner.isLetter(s[i - 1]) { take(i); i += 1; continue }
                    }
                    // U.S., U.N., D.C., e.g.: single letters joined by dots
                    if d == ".", i - segStart == 1, Cleaner.isLetter(nx), i + 2 == end || s[i + 2] == "." || !isWordScalar(s[i + 2]) {
                        take(i); take(i + 1)
                        i += 2
                        segStart = i - 1
                        if i < end, s[i] == ".", i + 1 >= end || !Cleaner.isLetter(s[i + 1]) { take(i); i += 1; break }
                        continue
                    }
                    break
                }
                emit(start, i, isDigit(s[start]) && allDigits(i) ? .number : .word,
                     hash: WordHash.finish(hv), upper: changed != 0 || caseBits == 0)
                // The space that ended the word (most words end so) is passed here, not by the loop's space test.
                if i < end, s[i] == " " { i += 1 }
                continue
            }
            if curly || isQuoteChar(c) {
                // Possessive 's after a word: keep as a word token "'s".
                if (c == "'" || c == "\u{2019}"), i > p.start, isWordScalar(s[i - 1]), i + 1 < end,
                   s[i + 1] == "s" || s[i + 1] == "S", i + 2 >= end || !isWordScalar(s[i + 2]) {
                    push(i, i + 2, .word); i += 2; continue
                }
                push(i, i + 1, .quote); i += 1; continue
            }
            // Runs of the same dash/dot (--, ...) stay one token.
            let start = i
            i += 1
            if c == "-" || c == "." { while i < end, s[i] == c { i += 1 } }
            push(start, i, .punct)
        }
        return full ? nil : out
    }
}
