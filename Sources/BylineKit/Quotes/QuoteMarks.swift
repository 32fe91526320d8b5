import Foundation

/// Finds the quoted stretches of a story from its quotation marks, in one pass over each paragraph.
///
/// - Double marks (straight `"`, curly “ ” „, guillemets « ») pair up inside a paragraph, in any mix
///   (“…" is a quote). Single marks inside an open double quote are nested quotes and stay part of it.
/// - Single marks (' ‘ ’) quote only at the top level, when they open after a space or bracket and
///   close before a space or punctuation; apostrophes inside words (don't, Kerry's), elisions ('90s,
///   rock 'n' roll) and plural possessives (boys') are not quotes.
/// - A quote never runs past its paragraph. A paragraph that ends inside a quote continues it only
///   when the next paragraph opens with a quotation mark (the multi-paragraph convention); the part in
///   each paragraph (and on each line of a paragraph) is its own `Part`, joined to the previous one.
/// - Linear: every mark is looked at a bounded number of times.
struct QuoteMarks {
    struct Part: Equatable {
        var span: Span
        var paragraph: Int
        /// Continues the previous part (the same quotation over a line or paragraph break).
        var joinsPrevious: Bool
        /// Closed by its own closing mark (false for a part ended by a line or paragraph end).
        var closed: Bool
    }

    /// How far a top-level single quote may run before its opening mark is taken for an apostrophe.
    static let singleQuoteReach = 600

    static func scan(_ doc: Document) -> [Part] {
        let s = doc.scalars
        // Every quotation mark is a notable scalar (`ScalarText.isNotable`; the clean-up only turns notable scalars
        // into others): the skip to the next mark looks only at those offsets.
        let notable = doc.notable
        var parts: [Part] = []
        var carry = false   // the previous paragraph ended inside a quote that this one continues
        // Where the last skip to a mark stopped in `notable`: the scan mostly moves forward, so the next skip starts
        // from there instead of searching the whole list again.
        var cursor = 0
        for (pi, para) in doc.paragraphs.enumerated() {
            let p = para.span
            var i = p.start
            var open: Int? = nil
            var openSingle = false
            var fallbackClose: Int? = nil
            var joinNext = false
            // Up to here a scan for a single closing mark found none (nor a possessive fallback): a later
            // single opening mark before it need not look there again, which keeps the scan linear.
            var noCloserUntil = p.start
            if carry, p.start < p.end, isDoubleMark(s[p.start]), !isDoubleCloseOnly(s[p.start]) {
                open = p.start; joinNext = true
                i = p.start + 1
            }
            carry = false
            func prevScalar(_ k: Int) -> Unicode.Scalar { k > p.start ? s[k - 1] : " " }
            func nextScalar(_ k: Int) -> Unicode.Scalar { k + 1 < p.end ? s[k + 1] : " " }
            func emit(_ a: Int, _ b: Int, closed: Bool) {
                appendSplitByLines(Span(a, b), paragraph: pi, joins: joinNext, closed: closed, scalars: s, notable: notable,
                                   into: &parts)
                joinNext = false
            }
            while true {
                if let o = open, openSingle, i >= p.end || i - o > singleQuoteReach {
                    // No closing mark within reach: the opening mark was an apostrophe after all, unless a
                    // possessive-looking mark can close it. Look again after it (bounded by the reach).
                    open = nil
                    if let f = fallbackClose {
                        if letterCount(s, o + 1, f) >= 2 { emit(o, f + 1, closed: true) }
                        i = f + 1
                    } else {
                        noCloserUntil = max(noCloserUntil, min(i, p.end))
                        i = o + 1
                    }
                    fallbackClose = nil
                    continue
                }
                guard i < p.end else { break }
                // Nothing but a quotation mark changes the state: skip to the next one (or to where an open
                // single quote runs out of reach).
                let limit = openSingle ? open.map { min(p.end, $0 + singleQuoteReach + 1) } ?? p.end : p.end
                i = s.withUnsafeBufferPointer { b in
                    notable.withUnsafeBufferPointer { nb in
                        // The first notable offset at or after i: on from the cursor, or by a binary search when the
                        // scan went back (an opening mark taken for an apostrophe after all) or jumps far ahead.
                        var q = cursor
                        if q > 0, Int(nb[q - 1]) >= i {
                            q = firstIndex(in: nb, atOrAfter: i)
                        } else {
                            var steps = 0
                            while q < nb.count, Int(nb[q]) < i {
                                q += 1; steps += 1
                                if steps == 16 { q = firstIndex(in: nb, atOrAfter: i); break }
                            }
                        }
                        while q < nb.count, Int(nb[q]) < limit {
                            if isMark(b[Int(nb[q])]) { cursor = q; return Int(nb[q]) }
                            q += 1
                        }
                        cursor = q
                        return limit
                    }
                }
                if i >= limit { continue }
                let c = s[i]
                if let o = open {
                    if openSingle {
                        if isSingleMark(c), !isSpace(prevScalar(i)), closesHere(nextScalar(i)) {
                            // A plural possessive (the boys' bikes) looks like a closing mark; keep it
                            // only as a fallback in case no better closing mark follows.
                            let possessive = (prevScalar(i) == "s" || prevScalar(i) == "S") && nextScalar(i) == " "
                                && i + 2 < p.end && Cleaner.isLetter(s[i + 2])
                            if possessive {
                                if fallbackClose == nil { fallbackClose = i }
                            } else {
                                if letterCount(s, o + 1, i) >= 2 { emit(o, i + 1, closed: true) }
                                open = nil; fallbackClose = nil
                            }
                        }
                    } else if isDoubleMark(c) {
                        if isDoubleOpenOnly(c) && !isSpace(nextScalar(i)) && isOpeningContext(prevScalar(i)) {
                            // A second opening mark: the first was never closed. Start again here.
                            open = i; joinNext = false
                        } else {
                            emit(o, i + 1, closed: true)
                            open = nil
                        }
                    }
                } else if isDoubleMark(c) {
                    let prev = prevScalar(i), next = nextScalar(i)
                    if isDoubleCloseOnly(c) {
                        // A closing mark with nothing open: only a sloppy opener (” for “) counts.
                        if isOpeningContext(prev) && !isSpace(next) { open = i; openSingle = false }
                    } else if c == "\"" && !isOpeningContext(prev) && closesHere(next) {
                        // Looks like a closing mark (or inches: 12"): nothing to open.
                    } else if !(isSpace(next) && !isOpeningContext(prev)) {
                        open = i; openSingle = false
                    }
                } else if isSingleMark(c), c != "\u{2019}" {
                    let next = nextScalar(i)
                    let elidedYear = i + 2 < p.end && Segmenter.isDigit(s[i + 1]) && Segmenter.isDigit(s[i + 2])
                    if isOpeningContext(prevScalar(i)), Cleaner.isLetter(next) || next == "[", !elidedYear {
                        open = i; openSingle = true; fallbackClose = nil
                        if i + 1 < noCloserUntil { i = noCloserUntil; continue }
                    }
                }
                i += 1
            }
            if let o = open, !openSingle {
                // The paragraph ends inside a double quote: the quote stops here; it goes on only if the
                // next paragraph opens with a quotation mark.
                let nextPara = pi + 1 < doc.paragraphs.count ? doc.paragraphs[pi + 1].span : nil
                carry = nextPara.map { $0.start < $0.end && isDoubleMark(s[$0.start]) && !isDoubleCloseOnly(s[$0.start]) } ?? false
                if o + 1 < p.end { emit(o, p.end, closed: false) }
            }
        }
        return parts
    }

    /// Index of the first offset at or after `offset` in an ascending list of offsets (binary search).
    @inline(__always) static func firstIndex(in offsets: UnsafeBufferPointer<Int32>, atOrAfter offset: Int) -> Int {
        var lo = 0, hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(offsets[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Splits a quote that spans line breaks inside a paragraph into one part per line. A line break is a notable
    /// scalar (`Document.notable`): only the notable offsets inside the span are looked at for one.
    static func appendSplitByLines(_ span: Span, paragraph: Int, joins: Bool, closed: Bool,
                                   scalars s: [Unicode.Scalar], notable: [Int32], into parts: inout [Part]) {
        var a = span.start
        var first = true
        var q = notable.withUnsafeBufferPointer { firstIndex(in: $0, atOrAfter: span.start) }
        while true {
            // The next line break in the span, else its end.
            var k = span.end
            while q < notable.count, Int(notable[q]) < span.end {
                let o = Int(notable[q])
                q += 1
                if s[o] == "\n" { k = o; break }
            }
            var x = a, y = k
            while x < y, isSpace(s[x]) { x += 1 }
            while y > x, isSpace(s[y - 1]) { y -= 1 }
            if x < y {
                let last = k == span.end
                parts.append(Part(span: Span(x, y), paragraph: paragraph, joinsPrevious: first ? joins : true,
                                  closed: last ? closed : false))
                first = false
            }
            a = k + 1
            if k == span.end { break }
        }
    }

    // MARK: character classes

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || (!c.isASCII && ScalarClass.propertyIsWhitespace(c))
    }
    /// A double or single quotation mark (`isDoubleMark || isSingleMark`).
    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x22 || v == 0x27 }
        return v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F && v != 0x201B)
    }
    @inline(__always) static func isDoubleMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F: return true; default: return false }
    }
    @inline(__always) static func isDoubleOpenOnly(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x201C || c.value == 0x201E || c.value == 0xAB || c.value == 0x201F
    }
    @inline(__always) static func isDoubleCloseOnly(_ c: Unicode.Scalar) -> Bool { c.value == 0x201D || c.value == 0xBB }
    @inline(__always) static func isSingleMark(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x27 || c.value == 0x2018 || c.value == 0x2019 || c.value == 0x201A
    }
    /// Before an opening mark: a space, the paragraph start, a bracket, a dash or slash, or another mark.
    @inline(__always) static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        if isSpace(c) { return true }
        switch c.value {
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0x2F, 0x3A: return true
        default: return isDoubleMark(c) || isSingleMark(c)
        }
    }
    /// After a closing mark: a space, the end, punctuation or another mark (not a letter or digit).
    @inline(__always) static func closesHere(_ c: Unicode.Scalar) -> Bool {
        if isSpace(c) { return true }
        return !Segmenter.isWordScalar(c)
    }
    static func letterCount(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
        var n = 0
        var k = a
        while k < b && n < 2 { if Cleaner.isLetter(s[k]) { n += 1 }; k += 1 }
        return n
    }
}
