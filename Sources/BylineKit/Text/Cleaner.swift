import Foundation

/// Length-preserving clean-up: nothing here moves an offset.
enum Cleaner {
    /// Lines that web pages leave in copied text. Matched on the whole line, ignoring case,
    /// surrounding spaces and trailing punctuation. Add to this list freely.
    static let boilerplateLines: Set<String> = [
        "commercial break", "scroll to continue reading", "advertisement", "advertisements",
        "story continues below", "story continues below advertisement", "continue reading",
        "continue reading below", "article continues below", "article continues after advertisement",
        "skip advertisement", "sponsored", "sponsored content", "read more", "read more below",
        "share this article", "share this story", "share", "tweet", "email", "print",
        "click here to subscribe", "subscribe", "subscribe now", "sign up", "newsletter",
        "sign up for our newsletter", "related", "related articles", "related stories",
        "related coverage", "more on this story", "recommended", "trending", "most read",
        "watch", "watch now", "listen", "listen to this article", "view comments", "comments",
        "reporting by", "ad", "loading", "loading...", "getty images", "ap photo",
        "this story has been corrected", "follow us", "next article", "previous article",
    ]
    /// Prefixes that mark a whole line as boilerplate.
    static let boilerplatePrefixes: [String] = [
        "story continues below", "scroll to continue", "continue reading", "advertisement -",
        "click here to", "sign up for", "subscribe to our", "follow us on", "related:", "read more:",
        "watch:", "listen:", "see also:", "also read:",
    ]

    static func clean(_ doc: Document) {
        let n = doc.scalars.count
        // Character-level normalisation: edits found in one read-only pass over the notable scalars (the decoder
        // noted every scalar that is not plain printable ASCII; nothing else is edited), noting where the lines end
        // on the way, then applied to a copy in one write-back. (No replacement is a letter, so the backtick rule
        // may look at the unedited neighbours.)
        var edits: [(Int, Unicode.Scalar)] = []
        var lineEnds: [Int] = []
        // Every line break is a notable scalar: room for them all at once.
        lineEnds.reserveCapacity(doc.notable.count)
        doc.scalars.withUnsafeBufferPointer { text in
            for p in doc.notable {
                let i = Int(p)
                let v = text[i].value
                if v >= 0x20 && v < 0x7F && v != 0x60 { continue }  // a quotation mark
                var to: Unicode.Scalar? = nil
                switch v {
                case 0x60: // backtick used as an apostrophe: letter`letter
                    if i > 0, i + 1 < n, isLetter(text[i - 1]), isLetter(text[i + 1]) { to = "'" }
                case 0x0A: lineEnds.append(i)
                case 0x0D, 0x09, 0x0B, 0x0C: to = " "
                case 0xA0, 0x2007, 0x202F, 0x2000...0x200A, 0x3000, 0xFEFF, 0x200B: to = " "
                case 0x85, 0x2028, 0x2029: to = "\n"; lineEnds.append(i)
                case 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F: to = " "
                case 0x2010, 0x2011: to = "-"
                default: break
                }
                if let t = to { edits.append((i, t)) }
            }
        }
        if !edits.isEmpty {
            // A fresh copy made in one block copy (the cleaned text still shares its storage with `original`, and
            // copying it on the first write goes scalar by scalar).
            let text = doc.scalars.withUnsafeBufferPointer { src in
                [Unicode.Scalar](unsafeUninitializedCapacity: n) { buf, count in
                    if let from = src.baseAddress, let to = buf.baseAddress { to.initialize(from: from, count: n) }
                    for (i, t) in edits { buf[i] = t }
                    count = n
                }
            }
            doc.setScalars(text)
        }
        // The cleaned text's line breaks: blanking a boilerplate line below keeps its line break.
        doc.setLineBreaks(lineEnds)
        // Boilerplate lines (the last runs to the end of the text; the line breaks are not appended to for it,
        // as the document now shares them).
        var lineStart = 0
        for k in 0...lineEnds.count {
            let i = k < lineEnds.count ? lineEnds[k] : n
            let line = Span(lineStart, i)
            if isBoilerplate(doc, line) {
                doc.addBoilerplate(trimmed(doc, line))
                doc.blank(line)
            }
            lineStart = i + 1
        }
        findTitleAndDateline(doc)
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        if let k = ScalarClass.of(s) { return k & ScalarClass.letter != 0 }
        return ScalarClass.propertyIsAlphabetic(s)
    }

    /// Unicode White_Space, without the property lookup for ASCII (tab to carriage return, and space).
    @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        if let k = ScalarClass.of(c) { return k & ScalarClass.space != 0 }
        return ScalarClass.propertyIsWhitespace(c)
    }

    static func trimmed(_ doc: Document, _ span: Span) -> Span {
        var s = span.start, e = span.end
        while s < e, doc.scalars[s] == " " || isWhitespace(doc.original[s]) { s += 1 }
        while e > s, isWhitespace(doc.original[e - 1]) { e -= 1 }
        return Span(s, e)
    }

    static func isBoilerplate(_ doc: Document, _ line: Span) -> Bool {
        let t = trimmed(doc, line)
        guard t.length > 0, t.length <= 60 else { return false }
        // Every boilerplate line and prefix starts with one of a few ASCII letters.
        let first = doc.scalars[t.start].value
        if first < 0x80, !boilerplateInitials.contains(UInt8(first >= 0x41 && first <= 0x5A ? first + 0x20 : first)) { return false }
        // A quotation mark, dash or other punctuation first (« », U+2010–U+2027, U+2030–U+205E: no case, no canonical
        // decomposition, never composed with what follows, not white space): the line's text cannot equal or start
        // with a boilerplate line or prefix, all of which start with an ASCII letter.
        if first == 0xAB || first == 0xBB || (first >= 0x2010 && first <= 0x2027) || (first >= 0x2030 && first <= 0x205E) { return false }
        // Two ASCII letters first: a boilerplate line or prefix (all ASCII) can match only when it starts with the
        // same two letters in lower case. (The line's text, lower-cased and with only trailing characters trimmed,
        // must equal or start with it character by character; two ASCII letters are two characters of their own.)
        if t.length >= 2 {
            let a = doc.scalars[t.start].value, b = doc.scalars[t.start + 1].value
            if Segmenter.isASCIIWord(a), Segmenter.isASCIIWord(b), a > 0x39, b > 0x39,
               !boilerplatePairs.contains(UInt16(a | 0x20) << 8 | UInt16(b | 0x20)) { return false }
        }
        return isBoilerplateASCII(doc.scalars, t) ?? isBoilerplateLine(doc.cleaned(t))
    }

    /// A trimmed line of cleaned text is boilerplate (any text; see `isBoilerplateASCII` for the fast path).
    static func isBoilerplateLine(_ line: String) -> Bool {
        // (Lower-cased once for both tests, and trimmed only when an end is white space: Foundation's trimming,
        // which goes through NSString here, costs about 20k instructions a call even when it removes nothing.)
        let lower = line.lowercased()
        var key = trimmingWhitespace(lower)
        while let last = key.last, ".:!-–—|»>".contains(last) { key.removeLast() }
        key = trimmingWhitespace(key)
        if boilerplateLines.contains(key) { return true }
        return boilerplatePrefixes.contains { lower.hasPrefix($0) }
    }

    /// `s.trimmingCharacters(in: .whitespaces)`, without the call when neither end is white space (trimming
    /// removes only what stands at the ends, so it would give `s` back).
    static func trimmingWhitespace(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
        let ws = CharacterSet.whitespaces
        return ws.contains(first) || ws.contains(last) ? s.trimmingCharacters(in: .whitespaces) : s
    }

    /// First two bytes of the boilerplate lines and prefixes (all ASCII, lower case), as `first << 8 | second`.
    static let boilerplatePairs: Set<UInt16> = Set((Array(boilerplateLines) + boilerplatePrefixes).compactMap { w in
        let u = Array(w.utf8)
        return u.count >= 2 ? UInt16(u[0]) << 8 | UInt16(u[1]) : nil
    })

    /// First letters of the boilerplate lines and prefixes (all ASCII, lower case).
    static let boilerplateInitials: Set<UInt8> = Set((Array(boilerplateLines) + boilerplatePrefixes).compactMap { $0.utf8.first })

    /// `isBoilerplate` for a span of plain ASCII, without Foundation: the same key (lower-cased, spaces and
    /// trailing `.:!-|>` trimmed) and the same prefix test, done on bytes. Nil when the span is not ASCII.
    static func isBoilerplateASCII(_ s: [Unicode.Scalar], _ t: Span) -> Bool? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(t.length)
        for k in t.start..<t.end {
            let v = s[k].value
            guard v < 0x80 else { return nil }
            bytes.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
        }
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        var a = 0, b = bytes.count
        while a < b, isSpace(bytes[a]) { a += 1 }
        // Most lines start with a letter no boilerplate starts with.
        if a < b, !boilerplateInitials.contains(bytes[a]) { return false }
        let lower = bytes[...]
        while b > a, isSpace(bytes[b - 1]) { b -= 1 }
        while b > a, ".:!-|>".utf8.contains(bytes[b - 1]) { b -= 1 }
        while b > a, isSpace(bytes[b - 1]) { b -= 1 }
        if boilerplateLines.contains(String(decoding: bytes[a..<b], as: UTF8.self)) { return true }
        return boilerplatePrefixes.contains { lower.starts(with: $0.utf8) }
    }

    // MARK: title and dateline

    static func findTitleAndDateline(_ doc: Document) {
        let n = doc.scalars.count
        // First non-blank line.
        var i = 0
        while i < n, doc.scalars[i] == " " || doc.scalars[i] == "\n" { i += 1 }
        guard i < n else { return }
        var lineEnd = i
        while lineEnd < n, doc.scalars[lineEnd] != "\n" { lineEnd += 1 }
        let first = trimmed(doc, Span(i, lineEnd))
        // A title is a single short line followed by a blank line and more text, not a dateline,
        // and not ending like a sentence.
        var j = lineEnd
        var newlines = 0
        while j < n, doc.scalars[j] == " " || doc.scalars[j] == "\n" { if doc.scalars[j] == "\n" { newlines += 1 }; j += 1 }
        var bodyStart = i
        if newlines >= 2, j < n, first.length <= 200, parseDateline(doc, at: first.start) == nil {
            let last = doc.scalars[first.end - 1]
            if last != "." && last != ":" && last != "," && last != ";" {
                doc.setTitle(first)
                bodyStart = j
            }
        }
        if let d = parseDateline(doc, at: bodyStart) { doc.setDateline(d) }
    }

    /// `MOSCOW (Reuters) -`, `WASHINGTON, D.C. (AP) —`, `LONDON -`.
    static func parseDateline(_ doc: Document, at start: Int) -> Dateline? {
        let s = doc.scalars
        let n = s.count
        var i = start
        // Place: uppercase words (letters, spaces, . ' -), at least two letters.
        var letters = 0
        while i < n, i - start < 60 {
            let c = s[i]
            if isLetter(c) {
                if c.properties.isLowercase { break }
                letters += 1
            } else if !(c == " " || c == "." || c == "'" || c == "-" && i + 1 < n && isLetter(s[i + 1])) { break }
            i += 1
        }
        guard letters >= 2 else { return nil }
        var placeEnd = i
        while placeEnd > start, s[placeEnd - 1] == " " { placeEnd -= 1 }
        // Optional ", Region" in any case.
        if i < n, s[i] == "," {
            var k = i + 1
            while k < n, k - i < 40, s[k] != "(" && s[k] != "-" && s[k] != "\u{2014}" && s[k] != "\u{2013}" && s[k] != "\n" { k += 1 }
            i = k
        }
        while i < n, s[i] == " " { i += 1 }
        var source: String?
        var sourceSpan: Span?
        if i < n, s[i] == "(" {
            var k = i + 1
            while k < n, k - i < 40, s[k] != ")" && s[k] != "\n" { k += 1 }
            guard k < n, s[k] == ")" else { return nil }
            let sp = Span(i + 1, k)
            source = doc.string(sp).trimmingCharacters(in: .whitespaces)
            sourceSpan = sp
            i = k + 1
            while i < n, s[i] == " " { i += 1 }
        }
        guard i < n, s[i] == "-" || s[i] == "\u{2014}" || s[i] == "\u{2013}" else { return nil }
        // A bare "PLACE -" must be all caps and short to count.
        let placeSpan = Span(start, placeEnd)
        let placeRaw = doc.string(placeSpan)
        if source == nil && (placeRaw.count > 30 || placeRaw.contains(".") && placeRaw.count < 3) { return nil }
        while i < n, s[i] == "-" || s[i] == "\u{2014}" || s[i] == "\u{2013}" { i += 1 }
        return Dateline(place: titleCase(placeRaw), source: source, span: Span(start, i),
                        placeSpan: placeSpan, sourceSpan: sourceSpan)
    }

    static func titleCase(_ s: String) -> String {
        s.split(separator: " ").map { w -> String in
            let lower = w.lowercased()
            if w.contains(".") { return String(w) }  // D.C.
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
