import Foundation

/// HTML to plain text for analysis, and clean-up of untrusted feed fields.
public enum HTMLText {
    // MARK: Entities

    /// Named character references: "amp;" -> "&", and the legacy bare names ("amp", "eacute").
    static let entities: [String: String] = {
        var out: [String: String] = [:]
        out.reserveCapacity(2300)
        for line in HTMLEntityTable.source.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { continue }
            var v = ""
            for hex in parts.dropFirst() { if let c = UInt32(hex, radix: 16), let u = Unicode.Scalar(c) { v.unicodeScalars.append(u) } }
            out[String(parts[0])] = v
        }
        return out
    }()

    /// Windows-1252 meanings of the C1 range, which HTML uses for numeric references &#128;–&#159;.
    static let c1Replacements: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Decode the character reference starting at `i` (which is at '&'). Returns the text and the index after
    /// the reference, or nil when it is not one (the '&' is then literal). `legacy`: allow bare legacy names.
    static func reference(_ s: [Unicode.Scalar], at i: Int, legacy: Bool) -> (String, Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < s.count, s[j] == "x" || s[j] == "X" { hex = true; j += 1 }
            let start = j
            var value: UInt32 = 0
            while j < s.count, j - start < 8, let d = hexValue(s[j]), hex || d < 10 {
                value = value &* (hex ? 16 : 10) &+ d; j += 1
            }
            guard j > start else { return nil }
            if j < s.count, s[j] == ";" { j += 1 }
            if let r = c1Replacements[value] { value = r }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (String(scalar == "\0" ? "\u{FFFD}" : scalar), j)
        }
        let start = j
        while j < s.count, j - start < 40, isASCIIAlnum(s[j]) { j += 1 }
        guard j > start else { return nil }
        let name = String(String.UnicodeScalarView(s[start..<j]))
        if j < s.count, s[j] == ";", let v = entities[name + ";"] { return (v, j + 1) }
        guard legacy else { return nil }
        // Longest legacy name that is a prefix ("&copy2024" -> "©2024").
        var n = name.unicodeScalars.count
        while n >= 2 {
            let prefix = String(name.unicodeScalars.prefix(n))
            if let v = entities[prefix] { return (v, start + n) }
            n -= 1
        }
        return nil
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    /// Decode every character reference in a string (HTML rules; unknown references stay as written).
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (v, next) = reference(s, at: i, legacy: true) {
                out.append(contentsOf: v.unicodeScalars); i = next
            } else { out.append(s[i]); i += 1 }
        }
        return String(out)
    }

    // MARK: Fields

    /// Whether a scalar is a control character a feed field must not carry (C0 and C1, except tab and newline).
    static func isUnwantedControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\n" && c != "\t") || (c.value >= 0x7F && c.value < 0xA0)
    }

    /// A character as a field keeps it: C1 controls that windows-1252 gives a meaning become that character
    /// (feeds mis-declare cp1252 text as Latin-1 or write &#146;), other controls and the BOM are dropped.
    static func wanted(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        if c.value >= 0x80 && c.value < 0xA0 { return c1Replacements[c.value].flatMap(Unicode.Scalar.init) }
        if isUnwantedControl(c) || c == "\u{FEFF}" { return nil }
        return c
    }

    /// A one-line field (title, author, ...): controls removed, whitespace runs collapsed, trimmed.
    public static func line(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in text.unicodeScalars {
            if c == "\r" || c == "\n" || c == "\t" || c == " " || c == "\u{0B}" || c == "\u{0C}" {
                pendingSpace = !out.isEmpty; continue
            }
            guard let c = wanted(c) else { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return String(out)
    }

    /// Whether text looks like HTML (a tag or a character reference), as feeds' "text" fields often are.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        for i in s.indices where s[i] == "<" || s[i] == "&" {
            guard i + 1 < s.count else { continue }
            let n = s[i + 1]
            if s[i] == "<", n == "/" || n == "!" || (isASCIIAlnum(n) && !("0"..."9").contains(n)) { return true }
            if s[i] == "&", reference(s, at: i, legacy: false) != nil { return true }
        }
        return false
    }

    // MARK: HTML to text

    static let blockTags: Set<String> = [
        "p", "div", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "table", "thead", "tbody", "tfoot", "tr", "section", "article", "header", "footer", "aside", "nav", "main",
        "figure", "figcaption", "hr", "address", "form", "fieldset", "details", "summary", "center", "caption",
        "body", "html",
    ]
    /// Elements whose content is never text for the reader.
    static let droppedTags: Set<String> = ["script", "style", "head", "title", "template", "noscript", "iframe",
                                           "object", "svg", "math", "select", "textarea", "button", "applet", "embed"]
    static let cellTags: Set<String> = ["td", "th"]

    /// Plain text of HTML: character references decoded, tags dropped, scripts and styles gone, each block
    /// (paragraph, list item, heading, ...) a paragraph separated by a blank line, `<br>` a line break,
    /// other whitespace collapsed, control characters removed.
    public static func plainText(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var paragraphs: [String] = []
        var lines: [String] = []
        var line: [Unicode.Scalar] = []
        line.reserveCapacity(256)
        var pendingSpace = false
        var inPre = 0
        var breaks = 0

        func endLine() {
            // Spaces are only ever added between words; a line of nothing but (non-breaking) spaces is empty.
            var end = line.count
            while end > 0, line[end - 1].properties.isWhitespace { end -= 1 }
            var start = 0
            while start < end, line[start].properties.isWhitespace { start += 1 }
            if start < end { lines.append(string(line[start..<end])) }
            line.removeAll(keepingCapacity: true); pendingSpace = false
        }
        func endParagraph() {
            endLine()
            if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
            lines = []
        }
        func emit(_ c: Unicode.Scalar) {
            guard let c = wanted(c) else { return }
            if inPre > 0 {
                if c == "\n" { endLine(); return }
                line.append(c); breaks = 0; return
            }
            if c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" {
                pendingSpace = !line.isEmpty; return
            }
            if pendingSpace { line.append(" "); pendingSpace = false }
            line.append(c); breaks = 0
        }

        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "&" {
                if let (v, next) = reference(s, at: i, legacy: true) {
                    for u in v.unicodeScalars { emit(u) }
                    i = next; continue
                }
                emit(c); i += 1; continue
            }
            guard c == "<", i + 1 < s.count else { emit(c); i += 1; continue }
            let n = s[i + 1]
            if n == "!" {
                if match(s, i, "<!--") {
                    i = find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count
                } else if match(s, i, "<![CDATA[") {
                    let end = find(s, "]]>", from: i + 9) ?? s.count
                    for u in s[(i + 9)..<end] { emit(u) }
                    i = min(s.count, end + 3)
                } else if i + 2 < s.count, isASCIIAlnum(s[i + 2]) {
                    // A declaration ("<!DOCTYPE html>").
                    i = find(s, ">", from: i + 2).map { $0 + 1 } ?? s.count
                } else {
                    // "<!" before anything else is text, not markup ("&lt;!' <a href=...>" keeps its "<!'").
                    emit(c); i += 1
                }
                continue
            }
            if n == "?" { i = find(s, ">", from: i + 2).map { $0 + 1 } ?? s.count; continue }
            let closing = n == "/"
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < s.count, isASCIIAlnum(s[nameStart]), !("0"..."9").contains(s[nameStart]) else {
                emit(c); i += 1; continue
            }
            var j = nameStart
            while j < s.count, isASCIIAlnum(s[j]) || s[j] == ":" || s[j] == "-" || s[j] == "_" { j += 1 }
            var name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
            if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            // Skip attributes, honouring quoted values (a quote only opens a value right after '=').
            var quote: Unicode.Scalar?
            var selfClosing = false
            var afterEquals = false
            while j < s.count {
                let d = s[j]
                if let q = quote { if d == q { quote = nil } }
                else if afterEquals && (d == "\"" || d == "'") { quote = d; afterEquals = false }
                else if d == ">" { selfClosing = j > 0 && s[j - 1] == "/"; break }
                else if d == "=" { afterEquals = true }
                else if d != " " && d != "\t" && d != "\n" && d != "\r" { afterEquals = false }
                j += 1
            }
            i = min(s.count, j + 1)
            if !closing, !selfClosing, droppedTags.contains(name) {
                i = afterEndTag(s, name, from: i)
                continue
            }
            if name == "br" {
                breaks += 1
                if breaks >= 2 { endParagraph() } else { endLine() }
                continue
            }
            if name == "pre" { endParagraph(); inPre = max(0, inPre + (closing ? -1 : 1)); continue }
            if blockTags.contains(name) { endParagraph(); breaks = 0; continue }
            if cellTags.contains(name) { pendingSpace = !line.isEmpty; continue }
            if name == "img" || name == "wbr" { continue }
        }
        endParagraph()
        return paragraphs.joined(separator: "\n\n")
    }

    /// A String from scalars, through one UTF-8 buffer (appending scalars to a String one by one is slow).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 16)
        for c in scalars {
            if c.isASCII { bytes.append(UInt8(c.value)) } else { bytes.append(contentsOf: UTF8.encode(c)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lowerASCII(_ c: Unicode.Scalar) -> UInt32 { ("A"..."Z").contains(c) ? c.value + 32 : c.value }

    static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    }

    /// The index after `</name ...>` (case-insensitive, any namespace prefix), or the end of the text.
    static func afterEndTag(_ s: [Unicode.Scalar], _ name: String, from: Int) -> Int {
        var k = from
        while let lt = find(s, "</", from: k) {
            var m = lt + 2
            var endName = String.UnicodeScalarView()
            while m < s.count, isASCIIAlnum(s[m]) || s[m] == ":" || s[m] == "-" { endName.append(s[m]); m += 1 }
            let en = String(endName).lowercased()
            if en == name || en.hasSuffix(":" + name) { return find(s, ">", from: m).map { $0 + 1 } ?? s.count }
            k = lt + 2
        }
        return s.count
    }

    static func match(_ s: [Unicode.Scalar], _ i: Int, _ lit: String) -> Bool {
        var k = i
        for u in lit.unicodeScalars {
            guard k < s.count, s[k] == u || (u.isASCII && s[k].isASCII && lowerASCII(s[k]) == lowerASCII(u)) else { return false }
            k += 1
        }
        return true
    }

    static func find(_ s: [Unicode.Scalar], _ lit: String, from: Int) -> Int? {
        find(s, Array(lit.unicodeScalars), from: from)
    }

    static func find(_ s: [Unicode.Scalar], _ l: [Unicode.Scalar], from: Int) -> Int? {
        guard !l.isEmpty, from <= s.count - l.count else { return nil }
        var i = from
        while i <= s.count - l.count {
            if s[i] == l[0] {
                var ok = true
                for k in 1..<l.count where s[i + k] != l[k] { ok = false; break }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }
}
