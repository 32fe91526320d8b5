import Foundation

/// A grapheme as the terminal shows it: safe text and its width in columns (0, 1 or 2).
public struct Glyph: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public init(text: String, width: UInt8) { self.text = text; self.width = width }

    public static let space = Glyph(text: " ", width: 1)

    /// The glyphs of untrusted text: control characters, escape sequences and bidi controls become visible
    /// harmless symbols; whitespace controls become spaces.
    public static func glyphs(_ s: String) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(s.utf8.count)
        for ch in s { append(ch, to: &out) }
        return out
    }

    /// Append the glyph(s) of one character (usually one; several when it holds unsafe scalars).
    public static func append(_ ch: Character, to out: inout [Glyph]) {
        let scalars = ch.unicodeScalars
        if scalars.count == 1, let v = scalars.first, v.value >= 0x20, v.value < 0x7F {
            out.append(Glyph(text: String(ch), width: 1)); return
        }
        if scalars.contains(where: { Safety.of($0) != .safe }) {
            for v in scalars {
                switch Safety.of(v) {
                case .safe:
                    let w = CharWidth.of(v)
                    if w > 0 { out.append(Glyph(text: String(v), width: UInt8(w))) }
                case .space: out.append(.space)
                case .invisible: continue
                case .replace(let sym): out.append(Glyph(text: String(sym), width: 1))
                }
            }
            return
        }
        let w = CharWidth.of(ch)
        if w == 0 {
            // A lone combining mark would fall onto the previous cell: show it on a dotted circle.
            if let first = scalars.first, CharWidth.of(first) == 0, CharWidth.isCombining(first) {
                out.append(Glyph(text: "\u{25CC}" + String(ch), width: 1))
            }
            return
        }
        out.append(Glyph(text: String(ch), width: UInt8(w)))
    }
}

/// What to do with a scalar of untrusted text.
enum Safety: Equatable {
    case safe, space, invisible
    case replace(Unicode.Scalar)

    static func of(_ v: Unicode.Scalar) -> Safety {
        let x = v.value
        switch x {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return .space
        case 0x00..<0x20: return .replace(Unicode.Scalar(0x2400 + x)!)   // control pictures: ␛ for ESC
        case 0x7F: return .replace("\u{2421}")                            // ␡
        case 0x80..<0xA0: return .replace("\u{FFFD}")                     // C1 controls (CSI, OSC, …)
        case 0x202A...0x202E, 0x2066...0x2069: return .replace("\u{FFFD}") // bidi embeddings, overrides, isolates
        case 0x200E, 0x200F, 0x061C: return .invisible                   // bidi marks
        default: return .safe
        }
    }
}

/// wcwidth-style column widths: East Asian Wide and Fullwidth and emoji take two columns, combining marks
/// and other zero-width characters none.
public enum CharWidth {
    /// Width of a grapheme cluster.
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        // Emoji sequences (ZWJ, keycaps, flags, presentation selector) take two columns.
        var prevEmoji = false
        for v in scalars {
            if v.value == 0xFE0F, prevEmoji { return 2 }
            if v.properties.isEmojiPresentation || (0x1F1E6...0x1F1FF).contains(v.value) { return 2 }
            prevEmoji = v.properties.isEmoji
        }
        return of(first)
    }

    /// Width of a single scalar.
    public static func of(_ v: Unicode.Scalar) -> Int {
        let x = v.value
        if x < 0x300 { return x < 0x20 || (x >= 0x7F && x < 0xA0) ? 0 : 1 }
        if isCombining(v) { return 0 }
        switch v.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator: return 0
        default: break
        }
        if x >= 0x1160 && x <= 0x11FF { return 0 }   // Hangul medial vowels and final consonants
        if isWide(x) || v.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isCombining(_ v: Unicode.Scalar) -> Bool {
        switch v.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges.
    static func isWide(_ x: UInt32) -> Bool {
        if x < 0x1100 { return false }
        for r in wideRanges where x >= r.0 && x <= r.1 { return true }
        return false
    }

    private static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x2E80, 0x303E), (0x3041, 0x33FF),
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6),
        (0x16FE0, 0x16FE4), (0x17000, 0x18CFF), (0x1B000, 0x1B2FF), (0x1F200, 0x1F2FF),
        (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]

    /// Columns a string takes on screen once made safe.
    public static func width(_ s: String) -> Int { Glyph.glyphs(s).reduce(0) { $0 + Int($1.width) } }
}
