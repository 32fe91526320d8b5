import Foundation

/// A colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
    /// `colorN` or a colour name (0–15 are the ANSI colours, 16–255 the xterm palette).
    case indexed(Int)
    /// `#rrggbb`.
    case rgb(Int, Int, Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parse a colour; `default` gives nil (the colour of the element underneath, or the terminal's own).
    static func parse(_ s: String) -> ThemeColor?? {
        let w = s.lowercased()
        if w == "default" { return .some(nil) }
        if let i = names.firstIndex(of: w) { return .some(.indexed(i)) }
        for prefix in ["bright", "bright-", "light", "light-"] where w.hasPrefix(prefix) {
            if let i = names.firstIndex(of: String(w.dropFirst(prefix.count))) { return .some(.indexed(8 + i)) }
        }
        if w == "gray" || w == "grey" { return .some(.indexed(8)) }
        if w.hasPrefix("color"), let n = Int(w.dropFirst(5)), (0...255).contains(n) { return .some(.indexed(n)) }
        if w.hasPrefix("#"), w.count == 7, let v = Int(w.dropFirst(), radix: 16) {
            return .some(.rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF))
        }
        return nil
    }

    /// The colour's red, green and blue (xterm's palette for indexed colours).
    public var rgbValue: (Int, Int, Int) {
        switch self {
        case .rgb(let r, let g, let b): return (r, g, b)
        case .indexed(let n): return ColorDepth.xtermRGB(n)
        }
    }
}

/// Text attributes.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)
    public static let blink = TextAttributes(rawValue: 32)

    static func parse(_ s: String) -> TextAttributes? {
        switch s.lowercased() {
        case "bold": return .bold
        case "underline": return .underline
        case "reverse", "standout": return .reverse
        case "dim": return .dim
        case "italic": return .italic
        case "blink": return .blink
        case "normal": return []
        default: return nil
        }
    }
}

/// What a theme says for one role. Nil colours keep the colour underneath.
public struct RoleStyle: Hashable, Sendable {
    public var fg: ThemeColor?
    public var bg: ThemeColor?
    public var attributes: TextAttributes
    public init(fg: ThemeColor? = nil, bg: ThemeColor? = nil, attributes: TextAttributes = []) {
        self.fg = fg; self.bg = bg; self.attributes = attributes
    }
}

/// A theme error names the file and line.
public struct ThemeError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Colours and attributes for every role. A cell's look is its roles laid over each other in `Role` order.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var roles: [Role: RoleStyle]

    /// What every theme starts from: no colours, and attributes that keep selections visible.
    public static let base = Theme(name: "base", roles: [
        .header: RoleStyle(attributes: .bold), .focusedHeader: RoleStyle(attributes: [.bold, .underline]),
        .title: RoleStyle(attributes: .bold), .unread: RoleStyle(attributes: .bold),
        .speaker: RoleStyle(attributes: .underline), .highlight: RoleStyle(attributes: [.bold, .underline]),
        .selectedQuote: RoleStyle(attributes: .reverse), .selection: RoleStyle(attributes: .reverse),
        .inactiveSelection: RoleStyle(attributes: .underline), .status: RoleStyle(attributes: .reverse),
        .prompt: RoleStyle(attributes: .bold), .error: RoleStyle(attributes: .bold), .helpKey: RoleStyle(attributes: .bold),
    ])

    public init(name: String, roles: [Role: RoleStyle]) { self.name = name; self.roles = roles }

    /// The resolved look of a set of roles.
    public func resolve(_ style: Style) -> RoleStyle {
        var out = RoleStyle()
        var bits = style.rawValue
        var i = 0
        while bits != 0 {
            if bits & 1 != 0, let role = Role(rawValue: i), let rs = roles[role] {
                if let f = rs.fg { out.fg = f }
                if let b = rs.bg { out.bg = b }
                out.attributes.formUnion(rs.attributes)
            }
            bits >>= 1; i += 1
        }
        return out
    }

    /// Parse a theme file. Lines: `color ROLE FOREGROUND BACKGROUND [ATTRIBUTE...]`, `#` comments.
    /// The first bad line throws an error naming `file` and the line.
    public static func parse(_ text: String, name: String, file: String, over start: Theme = .base) throws -> Theme {
        var theme = start
        theme.name = name
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            guard let line = ThemeLine(raw) else { continue }
            try theme.apply(line, file: file, lineNo: lineNo)
        }
        return theme
    }

    /// Apply one `color` line (already split into words).
    mutating func apply(_ words: [String], file: String, lineNo: Int) throws {
        func fail(_ m: String) -> ThemeError { ThemeError(file: file, line: lineNo, message: m) }
        guard words.first?.lowercased() == "color" else {
            throw fail("expected `color ROLE FOREGROUND BACKGROUND [ATTRIBUTE...]`, found `\(words.first ?? "")`")
        }
        guard words.count >= 4 else { throw fail("`color` needs a role, a foreground and a background") }
        guard let role = Role.named(words[1]) else {
            throw fail("unknown role `\(words[1])` (roles: \(Role.allCases.map(\.name).joined(separator: ", ")))")
        }
        guard let fg = ThemeColor.parse(words[2]) else { throw fail("unknown colour `\(words[2])` (names, default, colorN or #rrggbb)") }
        guard let bg = ThemeColor.parse(words[3]) else { throw fail("unknown colour `\(words[3])` (names, default, colorN or #rrggbb)") }
        var attrs: TextAttributes = []
        for a in words.dropFirst(4) {
            guard let at = TextAttributes.parse(a) else {
                throw fail("unknown attribute `\(a)` (bold, underline, reverse, dim, italic, blink, normal)")
            }
            attrs.formUnion(at)
        }
        roles[role] = RoleStyle(fg: fg, bg: bg, attributes: attrs)
    }
}

/// Split a config or theme line into words; nil for blank lines and comments. A word starting with `#`
/// begins a comment unless it is a `#rrggbb` colour.
func ThemeLine(_ raw: Substring) -> [String]? {
    var words: [String] = []
    for w in raw.split(whereSeparator: \.isWhitespace) {
        if w.hasPrefix("#"), !(w.count == 7 && w.dropFirst().allSatisfy(\.isHexDigit)) { break }
        words.append(String(w))
    }
    return words.isEmpty ? nil : words
}

/// Maps theme colours down to what the terminal has (256, 88, 16 or 8 colours).
public enum ColorDepth {
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// xterm's 256-colour palette.
    public static func xtermRGB(_ n: Int) -> (Int, Int, Int) {
        if n < 16 { return ansi[max(0, n)] }
        if n < 232 {
            let i = n - 16, levels = [0, 95, 135, 175, 215, 255]
            return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
        }
        let v = 8 + 10 * (min(n, 255) - 232)
        return (v, v, v)
    }

    /// xterm's 88-colour palette.
    static func xterm88RGB(_ n: Int) -> (Int, Int, Int) {
        if n < 16 { return ansi[n] }
        if n < 80 {
            let i = n - 16, levels = [0, 139, 205, 255]
            return (levels[i / 16], levels[(i / 4) % 4], levels[i % 4])
        }
        let grays = [46, 92, 115, 139, 162, 185, 208, 231]
        return (grays[n - 80], grays[n - 80], grays[n - 80])
    }

    /// The terminal colour number for a theme colour on a terminal with `colors` colours; -1 for the default colour.
    public static func map(_ c: ThemeColor?, colors: Int) -> Int {
        guard let c, colors >= 8 else { return -1 }
        if case .indexed(let n) = c, n < colors, colors != 88 || n < 16 { return n }
        if case .indexed(let n) = c, colors == 88, n < 88, n >= 16 {
            // Indexes above 15 mean the 256-colour palette in themes; find the nearest in the 88-colour one.
            return nearest(xtermRGB(n), count: 88, palette: xterm88RGB)
        }
        let rgb = c.rgbValue
        switch colors {
        case 256...: return nearest(rgb, count: 256, palette: xtermRGB)
        case 88..<256: return nearest(rgb, count: 88, palette: xterm88RGB)
        case 16..<88: return nearest(rgb, count: 16, palette: { ansi[$0] })
        default: return nearest(rgb, count: 8, palette: { ansi[$0] })
        }
    }

    static func nearest(_ c: (Int, Int, Int), count: Int, palette: (Int) -> (Int, Int, Int)) -> Int {
        var best = 0, bestD = Int.max
        // Prefer the fixed palette (16+) on big terminals: the first 16 colours are often redefined by the user.
        let start = count > 16 ? 16 : 0
        for n in start..<count {
            let p = palette(n)
            let d = (p.0 - c.0) * (p.0 - c.0) + (p.1 - c.1) * (p.1 - c.1) + (p.2 - c.2) * (p.2 - c.2)
            if d < bestD { bestD = d; best = n }
        }
        return best
    }
}
