import Foundation

/// A key as the reader sees it (the terminal front end translates curses codes into these).
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)

    /// Parse a key name as written in the config file: `j`, `Space`, `Enter`, `Tab`, `S-Tab`, `Up`, `PgDn`,
    /// `Home`, `Esc`, `F1`, `^N` or `C-n`.
    public static func named(_ s: String) -> Key? {
        if s.count == 1, let c = s.first { return .char(c) }
        let l = s.lowercased()
        switch l {
        case "space": return .char(" ")
        case "enter", "return", "ret": return .enter
        case "tab": return .tab
        case "s-tab", "backtab", "shift-tab": return .backTab
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pgup", "pageup", "ppage": return .pageUp
        case "pgdn", "pagedown", "pgdown", "npage": return .pageDown
        case "home": return .home
        case "end": return .end
        case "esc", "escape": return .escape
        case "backspace", "bs": return .backspace
        case "delete", "del": return .delete
        case "hash": return .char("#")
        default: break
        }
        if l.hasPrefix("f"), let n = Int(l.dropFirst()), (1...24).contains(n) { return .function(n) }
        if (l.hasPrefix("^") && l.count == 2) || (l.hasPrefix("c-") && l.count == 3), let c = l.last, c.isLetter {
            return .ctrl(c)
        }
        return nil
    }

    /// How the help overlay writes the key.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "^" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        }
    }
}

/// Everything a key can be bound to (`bind KEY COMMAND` in the config file).
public enum Command: String, CaseIterable, Sendable {
    case up, down, open
    case nextPane = "next-pane", previousPane = "previous-pane"
    case pageDown = "page-down", pageUp = "page-up", top, bottom
    case nextQuote = "next-quote", previousQuote = "previous-quote", speaker
    case nextQuoteByPerson = "next-quote-by-person", previousQuoteByPerson = "previous-quote-by-person"
    case relatedStories = "related-stories"
    case nextUnread = "next-unread", toggleRead = "toggle-read", markAllRead = "mark-all-read", hideRead = "hide-read"
    case search, toggleEntities = "toggle-entities"
    case people, refresh
    case help, back, leave, quit

    public var summary: String {
        switch self {
        case .up: return "move up (list, entities) or scroll up a line (article)"
        case .down: return "move down (list, entities) or scroll down a line (article)"
        case .open: return "open the story; on an entity, scroll the article to its next mention"
        case .nextPane: return "next pane (list, article, entities)"
        case .previousPane: return "previous pane"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .top: return "go to the top"
        case .bottom: return "go to the bottom"
        case .nextQuote: return "next quote in the article"
        case .previousQuote: return "previous quote in the article"
        case .speaker: return "from the selected quote, jump to its speaker"
        case .nextQuoteByPerson: return "next quote by the selected person"
        case .previousQuoteByPerson: return "previous quote by the selected person"
        case .relatedStories: return "list the other stories mentioning the selected entity"
        case .nextUnread: return "open the next unread story"
        case .toggleRead: return "mark the story read or unread"
        case .markAllRead: return "mark every listed story read"
        case .hideRead: return "hide or show read stories"
        case .search: return "search titles and text (Enter applies, Esc cancels)"
        case .toggleEntities: return "show or hide the entity panel"
        case .people: return "people across the library (Enter: their quotes, then the story)"
        case .refresh: return "refresh every feed in the feeds file in the background"
        case .help: return "this help"
        case .back: return "go back (clear a filter, leave a pane); quit from the list"
        case .leave: return "go back like q, but never quit"
        case .quit: return "quit at once"
        }
    }
}

/// Key bindings.
public struct KeyMap: Sendable, Equatable {
    public var bindings: [Key: Command]

    public static let standard: KeyMap = {
        var b: [Key: Command] = [:]
        var primary: [Command: Key] = [:]
        func bind(_ c: Command, _ keys: Key...) { for k in keys { b[k] = c }; primary[c] = keys.first }
        bind(.up, .up, .char("k"))
        bind(.down, .down, .char("j"))
        bind(.open, .enter, .char("l"), .right)
        bind(.nextPane, .tab)
        bind(.previousPane, .backTab)
        bind(.pageDown, .char(" "), .pageDown, .ctrl("f"))
        bind(.pageUp, .pageUp, .char("b"), .ctrl("b"))
        bind(.top, .char("g"), .home)
        bind(.bottom, .char("G"), .end)
        bind(.nextQuote, .char("n"))
        bind(.previousQuote, .char("p"))
        bind(.speaker, .char("s"))
        bind(.nextQuoteByPerson, .char(">"))
        bind(.previousQuoteByPerson, .char("<"))
        bind(.relatedStories, .char("o"))
        bind(.nextUnread, .char("u"))
        bind(.toggleRead, .char("r"))
        bind(.markAllRead, .char("A"))
        bind(.hideRead, .char("H"))
        bind(.search, .char("/"))
        bind(.toggleEntities, .char("e"))
        bind(.people, .char("P"))
        bind(.refresh, .char("R"))
        bind(.help, .char("?"), .function(1))
        bind(.back, .char("q"))
        bind(.leave, .escape, .char("h"), .left)
        bind(.quit, .char("Q"), .ctrl("c"))
        return KeyMap(bindings: b, primary: primary)
    }()

    /// The key shown first for a command (the first standard key, while it is still bound to it).
    private var primary: [Command: Key] = [:]

    public init(bindings: [Key: Command]) { self.bindings = bindings }
    init(bindings: [Key: Command], primary: [Command: Key]) { self.bindings = bindings; self.primary = primary }

    public func command(for key: Key) -> Command? { bindings[key] }

    /// Keys bound to a command, in a stable order for the help overlay.
    public func keys(for c: Command) -> [Key] {
        let first = primary[c].flatMap { bindings[$0] == c ? $0 : nil }
        return bindings.filter { $0.value == c }.map(\.key).sorted { a, b in
            if a == first || b == first { return a == first }
            let (la, lb) = (a.label, b.label)
            return (la.count, la) < (lb.count, lb)
        }
    }
}
