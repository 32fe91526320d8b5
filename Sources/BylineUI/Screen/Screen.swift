import Foundation

/// What a cell shows, as a set of element roles; the theme turns the set into colours and attributes
/// (later roles in `Role.allCases` win for colours, attributes add up).
public enum Role: Int, CaseIterable, Sendable {
    case text, border, header, focusedHeader, info, title, meta, dateline, unread
    case quote, person, organization, place, speaker, highlight, selectedQuote
    case inactiveSelection, selection, status, prompt, error, help, helpKey

    /// The name used in theme files.
    public var name: String {
        switch self {
        case .focusedHeader: return "focused-header"
        case .selectedQuote: return "selected-quote"
        case .inactiveSelection: return "inactive-selection"
        case .helpKey: return "help-key"
        default: return String(describing: self)
        }
    }

    public static func named(_ s: String) -> Role? {
        let key = s.lowercased()
        if key == "organisation" { return .organization }
        return allCases.first { $0.name == key }
    }
}

/// A set of roles (bit set over `Role`).
public struct Style: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public init(_ roles: Role...) { self.rawValue = roles.reduce(0) { $0 | (1 << UInt32($1.rawValue)) } }
    public static let text = Style(.text)
    public func has(_ r: Role) -> Bool { rawValue & (1 << UInt32(r.rawValue)) != 0 }
    public func with(_ r: Role) -> Style { Style(rawValue: rawValue | (1 << UInt32(r.rawValue))) }
    public var roles: [Role] { Role.allCases.filter { has($0) } }
}

/// One terminal cell: a grapheme (already made safe to print) and its width. A wide grapheme occupies
/// its cell and a continuation cell (empty text, width 0) to its right.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style
    /// The Unicode scalar offset in the open story's text this cell shows, or -1.
    public var offset: Int32
    public init(text: String = " ", width: UInt8 = 1, style: Style = .text, offset: Int32 = -1) {
        self.text = text; self.width = width; self.style = style; self.offset = offset
    }
    public var isContinuation: Bool { width == 0 }
}

/// The in-memory screen: a grid of styled cells. The reader draws here; the terminal front end copies it out.
public struct Screen: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fill a rectangle with blanks of a style.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        guard w > 0, h > 0 else { return }
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { self[xx, yy] = Cell(style: style) }
        }
    }

    /// Put one glyph at (x, y) if it fits before `limit` (exclusive column); returns the columns used.
    @discardableResult
    public mutating func put(_ g: Glyph, x: Int, y: Int, limit: Int, style: Style, offset: Int32 = -1) -> Int {
        let w = Int(g.width)
        guard y >= 0, y < height, x >= 0, x + w <= min(limit, width) else { return 0 }
        // Never leave half of a wide glyph behind.
        if self[x, y].isContinuation, x > 0 { self[x - 1, y] = Cell(style: self[x - 1, y].style) }
        if x + w < width, self[x + w, y].isContinuation { self[x + w, y] = Cell(style: self[x + w, y].style) }
        if w == 0 { return 0 }
        self[x, y] = Cell(text: g.text, width: UInt8(w), style: style, offset: offset)
        if w == 2 { self[x + 1, y] = Cell(text: "", width: 0, style: style, offset: offset) }
        return w
    }

    /// Write untrusted text from (x, y) up to `limit` (exclusive); text that does not fit ends in "…".
    /// Returns the column after the last glyph written.
    @discardableResult
    public mutating func write(_ s: String, x: Int, y: Int, limit: Int, style: Style) -> Int {
        let glyphs = Glyph.glyphs(s)
        let total = glyphs.reduce(0) { $0 + Int($1.width) }
        var col = x
        if x + total <= limit {
            for g in glyphs { col += put(g, x: col, y: y, limit: limit, style: style) }
            return col
        }
        let ellipsis = Glyph(text: "…", width: 1)
        for g in glyphs {
            if col + Int(g.width) > limit - 1 { break }
            col += put(g, x: col, y: y, limit: limit, style: style)
        }
        col += put(ellipsis, x: col, y: y, limit: limit, style: style)
        return col
    }

    /// The characters of one row as plain text (continuation cells skipped), for tests and debugging.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// The whole screen as plain text, one line per row, trailing blanks trimmed.
    public var text: String {
        (0..<height).map { line($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n")
    }
}
