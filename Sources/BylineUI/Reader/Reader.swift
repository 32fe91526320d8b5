import BylineKit
import Foundation

/// What happens to the reader: a bound command, a key (search typing, help), the mouse, a new terminal size.
public enum Action: Equatable, Sendable {
    case command(Command)
    case key(Key)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
    case resize(width: Int, height: Int)
}

/// Which stories the list shows.
public enum ListFilter: Equatable, Sendable {
    case all
    case search(String)
    /// Other stories mentioning an entity (by key), named for the header.
    case related(key: String, name: String, except: String)
}

/// A row of the entity panel.
enum EntityRow: Equatable {
    case legend
    case section(String)
    case entity(Int)
    case role(Int)
    case quote(Int)
    case blank
}

extension EntityRow {
    /// Whether the row is listed under entity `e` (its role, or one of its quotes).
    func belongs(to e: Int) -> Bool {
        switch self {
        case .role(let x): return x == e
        case .quote: return true
        default: return false
        }
    }
}

/// The reader's view state. Every action changes it; the screen is drawn from it.
public struct ReaderState: Sendable {
    public var width: Int
    public var height: Int
    public var focus: Pane = .list
    /// Flips whether the entity panel shows (shown when wide, folded away otherwise).
    public var entitiesToggled = false

    public var filter: ListFilter = .all
    public var hideRead = false
    /// The listed stories when a filter is on; nil lists the whole library in its own (newest first) order,
    /// read a page at a time.
    public var filteredIDs: [String]?
    public var listCursor = 0
    public var listTop = 0

    public var openID: String?
    var analysis: Analysis?
    public var articleTop = 0
    public var selectedQuote: Int?
    public var selectedEntity: Int?
    var entityRows: [EntityRow] = []
    public var entityTop = 0

    /// Text being typed after `/`, or nil.
    public var searchInput: String?
    public var helpOpen = false
    public var helpTop = 0
    /// One-line message in the status line (errors, "no more unread stories"); cleared by the next key.
    public var message: String?
    /// Work going on in the background ("refreshing 3/10…"), shown in the status line while no message is.
    public var backgroundStatus: String?
    /// The people view (every person in the library, then one person's quotes), when open.
    public var people: PeopleView?
    public var unreadCount = 0
    public var quitRequested = false

    var layout: Layout { Layout(width: width, height: height, focus: focus, entitiesToggled: entitiesToggled) }
}

/// The reader: a state machine over `ReaderState`, with caches for laid-out articles.
public final class Reader {
    public let library: Library
    public var keymap: KeyMap
    public internal(set) var state: ReaderState
    private var layouts: [String: ArticleLayout] = [:]
    private var textStyles: (id: String, styles: TextStyles)?
    private var relatedCounts: [String: Int] = [:]
    private var idleQueue: [String] = []
    var idleSteps = 0
    var headerCache: [String: StoryHeader] = [:]
    private var dateCache: [String: String] = [:]
    var readCache: [String: Bool] = [:]
    private var quoteCounts: [String: Int] = [:]
    var indexDone = false
    /// Refreshes the feeds (on another thread); nil when the reader shows files rather than the library.
    public var refresher: Refresher?
    let refreshBox = RefreshBox()
    /// Problems met while reading that the status line could show only briefly (each failed feed of a refresh):
    /// the command prints them when the reader closes.
    public internal(set) var exitNotes: [String] = []

    public init(library: Library, keymap: KeyMap = .standard, width: Int, height: Int) {
        self.library = library
        self.keymap = keymap
        state = ReaderState(width: width, height: height)
        state.unreadCount = library.unreadCount
        refilter(keep: nil)
    }

    public var wantsQuit: Bool { state.quitRequested }

    /// Show a message in the status line until the next key (start-up problems, for instance).
    public func showMessage(_ m: String) { state.message = m }
    public var analysis: Analysis? { state.analysis }

    // MARK: Actions

    public func press(_ key: Key) { send(.key(key)) }
    public func press(_ keys: String) { for c in keys { press(.char(c)) } }

    public func send(_ action: Action) {
        switch action {
        case .resize(let w, let h): resize(width: w, height: h); return
        case .key(let k):
            if state.searchInput != nil { searchKey(k); return }
            if state.helpOpen { helpKey(k); return }
            state.message = nil
            if let c = keymap.command(for: k) { perform(c) }
        case .command(let c):
            state.message = nil
            if state.helpOpen { state.helpOpen = false; if c == .help { return } }
            perform(c)
        case .click(let x, let y):
            state.message = nil
            if state.people != nil { state.helpOpen = false; return }
            click(x: x, y: y)
        case .wheel(let x, let y, let n): if state.people == nil { wheel(x: x, y: y, lines: n) }
        }
    }

    func perform(_ c: Command) {
        let layout = state.layout
        if layout.mode == .tooSmall, c != .quit, c != .back, c != .leave { return }
        if state.people != nil { peopleCommand(c); return }
        switch c {
        case .up: move(-1)
        case .down: move(1)
        case .pageDown: move(max(1, page(layout) - 1))
        case .pageUp: move(-max(1, page(layout) - 1))
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .open:
            switch state.focus {
            case .list: if let id = currentListID { open(id) }
            case .article: break
            case .entities: nextMention()
            }
        case .nextPane: cycleFocus(1)
        case .previousPane: cycleFocus(-1)
        case .nextQuote: stepQuote(1, byPerson: false)
        case .previousQuote: stepQuote(-1, byPerson: false)
        case .nextQuoteByPerson: stepQuote(1, byPerson: true)
        case .previousQuoteByPerson: stepQuote(-1, byPerson: true)
        case .speaker: jumpToSpeaker()
        case .relatedStories: showRelated()
        case .nextUnread: nextUnread()
        case .toggleRead: toggleRead()
        case .markAllRead: markAllRead()
        case .hideRead:
            state.hideRead.toggle()
            refilter(keep: currentListID)
            state.message = state.hideRead ? "Read stories hidden" : "Read stories shown"
        case .search: state.searchInput = ""
        case .toggleEntities:
            state.entitiesToggled.toggle()
            let shown = Layout.showsEntities(layout.mode, toggled: state.entitiesToggled, focus: state.focus)
            if layout.mode == .narrow { state.focus = state.focus == .entities ? .article : .entities }
            else if shown { state.focus = .entities } else if state.focus == .entities { state.focus = .article }
        case .people: openPeople()
        case .refresh: startRefresh()
        case .help: state.helpOpen = true; state.helpTop = 0
        case .back: back(mayQuit: true)
        case .leave: back(mayQuit: false)
        case .quit: state.quitRequested = true
        }
        keepVisible()
    }

    var currentListID: String? { listID(at: state.listCursor) }

    /// How many stories the list shows.
    public var listCount: Int { state.filteredIDs?.count ?? library.count }

    /// The id of the story at a position of the list.
    public func listID(at i: Int) -> String? {
        if let ids = state.filteredIDs { return ids.indices.contains(i) ? ids[i] : nil }
        return listHeader(at: i)?.id
    }

    /// Every listed id (reads all headers of an unfiltered list: for tests and whole-list commands).
    public var listedIDs: [String] { state.filteredIDs ?? library.headers.map(\.id) }

    func listHeader(at i: Int) -> StoryHeader? {
        if let ids = state.filteredIDs { return ids.indices.contains(i) ? headerOf(ids[i]) : nil }
        guard i >= 0, i < library.count, let h = library.header(at: i) else { return nil }
        headerCache[h.id] = h
        return h
    }

    /// Read state, cached (the library may ask the database each time).
    func isRead(_ id: String) -> Bool {
        if let r = readCache[id] { return r }
        let r = library.isRead(id)
        readCache[id] = r
        return r
    }

    private func setRead(_ ids: [String], _ read: Bool) throws {
        try library.setRead(ids, read)
        for id in ids { readCache[id] = read }
        state.unreadCount = library.unreadCount
    }

    /// Number of quotes of a story, once its analysis has been made (between keys, for visible rows).
    func quoteCount(_ id: String) -> Int? { quoteCounts[id] }

    private func page(_ layout: Layout) -> Int { layout.rect(state.focus)?.bodyHeight ?? 1 }

    private func move(_ delta: Int) {
        switch state.focus {
        case .list:
            guard listCount > 0 else { return }
            state.listCursor = clamp(saturating(state.listCursor, delta), 0, listCount - 1)
        case .article:
            state.articleTop = clamp(saturating(state.articleTop, delta), 0, maxArticleTop())
        case .entities:
            let ents = state.entityRows.indices.filter { if case .entity = state.entityRows[$0] { return true }; return false }
            guard !ents.isEmpty else { return }
            let cur = ents.firstIndex { if case .entity(let e) = state.entityRows[$0] { return e == state.selectedEntity }; return false }
            let next: Int
            if let cur { next = clamp(saturating(cur, delta), 0, ents.count - 1) } else { next = delta >= 0 ? 0 : ents.count - 1 }
            if case .entity(let e) = state.entityRows[ents[next]] { selectEntity(e) }
        }
    }

    private func cycleFocus(_ d: Int) {
        let mode = state.layout.mode
        var order: [Pane] = [.list, .article, .entities]
        if mode == .wide, state.entitiesToggled { order = [.list, .article] }
        let i = order.firstIndex(of: state.focus) ?? 0
        let next = order[(i + d + order.count) % order.count]
        focus(next)
    }

    /// Move the focus to a pane, bringing it into view on smaller layouts.
    func focus(_ p: Pane) {
        switch state.layout.mode {
        case .medium:
            if p == .entities { state.entitiesToggled = true } else if p == .list { state.entitiesToggled = false }
        case .wide:
            if p == .entities { state.entitiesToggled = false }
        default: break
        }
        state.focus = p
    }

    private func back(mayQuit: Bool) {
        if state.focus == .list {
            if state.filter != .all { state.filter = .all; refilter(keep: currentListID); return }
            if mayQuit { state.quitRequested = true }
            return
        }
        if state.focus == .entities, state.selectedEntity != nil, state.layout.mode != .narrow {
            state.selectedEntity = nil; rebuildEntityRows(); focus(.article); return
        }
        focus(.list)
    }

    // MARK: Stories

    /// Recompute the listed stories from the filter, keeping the cursor on `keep` when it is still listed.
    func refilter(keep: String?) {
        var ids: [String]?
        switch state.filter {
        case .all: ids = nil
        case .search(let q): ids = library.search(q)
        case .related(let key, _, let except): ids = library.otherStories(mentioning: key, excluding: except)
        }
        if state.hideRead {
            ids = (ids ?? library.headers.map(\.id)).filter { !isRead($0) || $0 == keep || $0 == state.openID }
        }
        state.filteredIDs = ids
        state.listTop = 0
        state.listCursor = 0
        if let keep {
            if let ids { state.listCursor = ids.firstIndex(of: keep) ?? 0 }
            else { state.listCursor = library.headers.firstIndex { $0.id == keep } ?? 0 }
        }
        keepVisible()
    }

    /// Open a story: analyse it (cached), show it in the article pane, mark it read.
    public func open(_ id: String) {
        guard let a = library.analysis(id) else { state.message = "The story is no longer in the library"; return }
        state.openID = id
        state.analysis = a
        state.articleTop = 0
        state.selectedQuote = nil
        state.selectedEntity = nil
        state.entityTop = 0
        textStyles = (id, TextStyles(a))
        layouts.removeAll()
        computeRelatedCounts()
        rebuildEntityRows()
        quoteCounts[id] = a.quotes.count
        if currentListID != id, let i = state.filteredIDs?.firstIndex(of: id) { state.listCursor = i }
        if !isRead(id) {
            do { try setRead([id], true) } catch { state.message = "Could not save the read mark: \(error)" }
        }
        focus(.article)
    }

    private func toggleRead() {
        let id: String?
        if state.focus == .list { id = currentListID } else { id = state.openID ?? currentListID }
        guard let id else { return }
        let now = !isRead(id)
        do { try setRead([id], now) } catch { state.message = "Could not save the read mark: \(error)"; return }
        state.message = now ? "Marked read" : "Marked unread"
    }

    private func markAllRead() {
        let ids = listedIDs.filter { !isRead($0) }
        guard !ids.isEmpty else { state.message = "Every listed story is read"; return }
        do { try setRead(ids, true) } catch { state.message = "Could not save the read marks: \(error)"; return }
        state.message = "Marked \(ids.count) \(ids.count == 1 ? "story" : "stories") read"
    }

    /// Open the next unread story after the open one (or the cursor), wrapping around the list.
    private func nextUnread() {
        let n = listCount
        guard n > 0 else { return }
        var start = state.listCursor
        if let open = state.openID, currentListID != open, let i = state.filteredIDs?.firstIndex(of: open) { start = i }
        var k = 1
        while k <= n {
            // A page of the list at a time (the unfiltered list is read from the library in pages).
            let lo = (start + k) % n
            let hi = min(n, lo + 256, lo + (n - k + 1))
            let ids = state.filteredIDs.map { Array($0[lo..<hi]) } ?? library.headers(in: lo..<hi).map(\.id)
            for (j, id) in ids.enumerated() where !isRead(id) {
                state.listCursor = lo + j
                open(id)
                return
            }
            k += max(1, hi - lo)
        }
        state.message = "No unread stories"
    }

    private func showRelated() {
        guard let a = state.analysis, let e = state.selectedEntity, a.entities.indices.contains(e), let open = state.openID else {
            state.message = "Select an entity first (Tab to the entity panel)"; return
        }
        state.filter = .related(key: a.entities[e].key, name: a.entities[e].name, except: open)
        refilter(keep: nil)
        focus(.list)
        if listCount == 0 { state.message = "No other story mentions \(a.entities[e].name)" }
    }

    // MARK: Search

    private func searchKey(_ k: Key) {
        switch k {
        case .enter:
            let q = (state.searchInput ?? "").trimmingCharacters(in: .whitespaces)
            state.searchInput = nil
            state.filter = q.isEmpty ? .all : .search(q)
            refilter(keep: nil)
            focus(.list)
            if listCount == 0 { state.message = "Nothing matches “\(q)”" }
        case .escape, .ctrl("c"), .ctrl("g"): state.searchInput = nil
        case .backspace, .delete, .ctrl("h"): if state.searchInput?.isEmpty == false { state.searchInput?.removeLast() }
        case .ctrl("u"): state.searchInput = ""
        case .char(let c): state.searchInput?.append(c)
        default: break
        }
    }

    private func helpKey(_ k: Key) {
        let c = keymap.command(for: k)
        switch c {
        case .down?: state.helpTop += 1
        case .up?: state.helpTop = max(0, state.helpTop - 1)
        case .pageDown?: state.helpTop += max(1, state.height - 4)
        case .pageUp?: state.helpTop = max(0, state.helpTop - max(1, state.height - 4))
        case .quit?: state.quitRequested = true
        default: state.helpOpen = false
        }
        state.helpTop = min(state.helpTop, max(0, HelpOverlay.lines(keymap).count - 1))
    }

    // MARK: Article, quotes and entities

    func articleLayout(width: Int) -> ArticleLayout? {
        guard let id = state.openID, let a = state.analysis, let h = headerOf(id) else { return nil }
        let key = "\(width)"
        if let l = layouts[key] { return l }
        let l = ArticleLayout(story: h, analysis: a, width: width)
        layouts[key] = l
        return l
    }

    var styles: TextStyles? { textStyles?.styles }

    func headerOf(_ id: String) -> StoryHeader? {
        if let h = headerCache[id] { return h }
        guard let s = library.story(id) else { return nil }
        let h = StoryHeader(s)
        headerCache[id] = h
        return h
    }

    /// The list's date column (cached: formatting dates is slow).
    /// `2016-07-15`, or `15 Jul` when `short`.
    func listDate(_ h: StoryHeader, short: Bool = false) -> String {
        guard let d = h.date else { return String(repeating: " ", count: short ? 6 : 10) }
        let key = short ? "s" + h.id : h.id
        if let s = dateCache[key] { return s }
        let s = (short ? Reader.shortDateFormatter : Reader.listDateFormatter).string(from: d)
        dateCache[key] = s
        return s
    }

    /// A string cut to a number of columns (with "…"), padded with spaces to exactly that many.
    static func clip(_ s: String, to columns: Int) -> String {
        var out = "", w = 0
        let glyphs = Glyph.glyphs(s)
        let total = glyphs.reduce(0) { $0 + Int($1.width) }
        for g in glyphs {
            if total > columns && w + Int(g.width) > columns - 1 { out += "…"; w += 1; break }
            out += g.text; w += Int(g.width)
        }
        return out + String(repeating: " ", count: max(0, columns - w))
    }

    static let shortDateFormatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX"); f.timeZone = TimeZone(identifier: "UTC"); f.dateFormat = "dd MMM"
        return f
    }()

    static let listDateFormatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX"); f.timeZone = TimeZone(identifier: "UTC"); f.dateFormat = "yyyy-MM-dd"
        return f
    }()

    /// The article text width for the current layout.
    var articleTextWidth: Int? { state.layout.article.map { max(1, $0.width - 2) } }

    private func maxArticleTop() -> Int {
        guard let w = articleTextWidth, let l = articleLayout(width: w), let r = state.layout.article else { return 0 }
        return max(0, l.lines.count - r.bodyHeight)
    }

    private func stepQuote(_ d: Int, byPerson: Bool) {
        guard let a = state.analysis else { state.message = "Open a story first"; return }
        var person: Int?
        if byPerson {
            if let e = state.selectedEntity, a.entities.indices.contains(e), a.entities[e].type == .person { person = e }
            else if let q = state.selectedQuote, let e = a.quotes[q].entity { person = e }
            guard person != nil else { state.message = "Select a person first (or a quote with a speaker)"; return }
        }
        let candidates = a.quotes.indices.filter { person == nil || a.quotes[$0].entity == person }
        guard !candidates.isEmpty else {
            state.message = person.map { "No quotes by \(a.entities[$0].name)" } ?? "No quotes in this story"; return
        }
        var next: Int?
        if let cur = state.selectedQuote {
            next = d > 0 ? candidates.first { $0 > cur } : candidates.last { $0 < cur }
        } else {
            // From no selection: the first quote from the top of the view on (or the last one before it).
            let topOffset = firstVisibleOffset() ?? 0
            next = d > 0 ? (candidates.first { a.quotes[$0].span.end > topOffset } ?? candidates.last)
                         : (candidates.last { a.quotes[$0].span.start < topOffset } ?? candidates.first)
        }
        guard let q = next else {
            state.message = d > 0 ? "Last quote" + (person.map { " by \(a.entities[$0].name)" } ?? "")
                                  : "First quote" + (person.map { " by \(a.entities[$0].name)" } ?? "")
            return
        }
        selectQuote(q)
        if let person { state.selectedEntity = person; rebuildEntityRows() }
    }

    func selectQuote(_ q: Int) {
        state.selectedQuote = q
        rebuildEntityRows()
        scrollToQuote()
    }

    private func firstVisibleOffset() -> Int? {
        guard let w = articleTextWidth, let l = articleLayout(width: w) else { return nil }
        for i in state.articleTop..<l.lines.count where l.lines[i].firstOffset >= 0 { return l.lines[i].firstOffset }
        return nil
    }

    /// Scroll so the selected quote is in view (a quarter down the pane when it was not).
    private func scrollToQuote() {
        guard let q = state.selectedQuote, let a = state.analysis, let w = articleTextWidth,
              let l = articleLayout(width: w), let r = state.layout.article,
              let first = l.line(containing: a.quotes[q].span.start), let last = l.line(containing: max(a.quotes[q].span.start, a.quotes[q].span.end - 1)) else { return }
        let h = r.bodyHeight
        if first >= state.articleTop && last < state.articleTop + h { return }
        let top = last - first + 1 >= h ? first : first - h / 4
        state.articleTop = clamp(top, 0, max(0, l.lines.count - h))
    }

    private func jumpToSpeaker() {
        guard let a = state.analysis, let q = state.selectedQuote else { state.message = "Select a quote first (n/p)"; return }
        guard let e = a.quotes[q].entity, a.entities.indices.contains(e) else {
            if let s = a.quotes[q].speakerCanonical ?? a.quotes[q].speaker { state.message = "The speaker, \(s), is not a named person in this story" }
            else { state.message = "No speaker found for this quote" }
            return
        }
        selectEntity(e)
        focus(.entities)
    }

    func selectEntity(_ e: Int) {
        state.selectedEntity = e
        rebuildEntityRows()
    }

    /// Scroll the article to the selected entity's next mention below the top line (wrapping to the first).
    private func nextMention() {
        guard let a = state.analysis, let e = state.selectedEntity, a.entities.indices.contains(e),
              let w = articleTextWidth, let l = articleLayout(width: w) else { return }
        let lines = a.entities[e].mentions.compactMap { a.mentions.indices.contains($0) ? l.line(containing: a.mentions[$0].span.start) : nil }
        guard let target = lines.first(where: { $0 > state.articleTop }) ?? lines.first else { return }
        state.articleTop = clamp(target, 0, maxArticleTop())
    }

    /// Entity panel rows: people (with role and their quotes when selected), organisations, places.
    private func rebuildEntityRows() {
        guard let a = state.analysis else { state.entityRows = []; return }
        var rows: [EntityRow] = [.legend]
        let sections: [(EntityType, String)] = [(.person, "PEOPLE"), (.organization, "ORGANISATIONS"), (.place, "PLACES")]
        for (type, title) in sections {
            let ents = a.entities.filter { $0.type == type }.sorted {
                ($0.mentions.count, -($0.mentions.first ?? 0)) > ($1.mentions.count, -($1.mentions.first ?? 0))
            }
            guard !ents.isEmpty else { continue }
            if rows.count > 1 { rows.append(.blank) }
            rows.append(.section(title))
            for e in ents {
                rows.append(.entity(e.id))
                if e.type == .person, let r = e.role, !r.isEmpty { rows.append(.role(e.id)) }
                if e.id == state.selectedEntity, e.type == .person { for q in a.quotes(by: e.id) { rows.append(.quote(q)) } }
            }
        }
        if rows.count == 1 { rows.append(.section("No names found")) }
        state.entityRows = rows
    }

    private func computeRelatedCounts() {
        relatedCounts = [:]
        guard let a = state.analysis, let open = state.openID else { return }
        for e in a.entities where relatedCounts[e.key] == nil {
            relatedCounts[e.key] = library.otherStories(mentioning: e.key, excluding: open).count
        }
    }

    /// In how many other stories of the library an entity appears (among the stories analysed so far).
    func relatedCount(_ key: String) -> Int { relatedCounts[key] ?? 0 }

    // MARK: Mouse and size

    private func click(x: Int, y: Int) {
        if state.helpOpen { state.helpOpen = false; return }
        let layout = state.layout
        guard let pane = layout.pane(atX: x, y: y), let r = layout.rect(pane) else { return }
        let row = y - r.y - 1
        guard row >= 0 else { focus(pane); return }
        switch pane {
        case .list:
            let i = state.listTop + row
            if let id = listID(at: i) { state.listCursor = i; open(id) }
        case .article:
            focus(.article)
            guard let a = state.analysis, let w = articleTextWidth, let l = articleLayout(width: w) else { return }
            let li = state.articleTop + row
            guard l.lines.indices.contains(li) else { return }
            let col = x - r.x - 1
            guard let g = l.lines[li].glyphs.first(where: { col >= $0.column && col < $0.column + Int($0.glyph.width) }), g.offset >= 0 else { return }
            let off = Int(g.offset)
            if let q = a.quotes.firstIndex(where: { $0.span.contains(off) }) { selectQuote(q) }
            else if let m = a.mentions.first(where: { $0.span.contains(off) }) { selectEntity(m.entity) }
        case .entities:
            focus(.entities)
            let i = state.entityTop + row
            guard state.entityRows.indices.contains(i) else { return }
            switch state.entityRows[i] {
            case .entity(let e), .role(let e): selectEntity(e)
            case .quote(let q): selectQuote(q)
            default: break
            }
        }
        keepVisible()
    }

    private func wheel(x: Int, y: Int, lines: Int) {
        let layout = state.layout
        guard let pane = layout.pane(atX: x, y: y), let r = layout.rect(pane) else { return }
        switch pane {
        case .list:
            state.listTop = clamp(state.listTop + lines, 0, max(0, listCount - r.bodyHeight))
            state.listCursor = clamp(state.listCursor, state.listTop, max(state.listTop, state.listTop + r.bodyHeight - 1))
            state.listCursor = clamp(state.listCursor, 0, max(0, listCount - 1))
        case .article:
            state.articleTop = clamp(state.articleTop + lines, 0, maxArticleTop())
        case .entities:
            state.entityTop = clamp(state.entityTop + lines, 0, max(0, state.entityRows.count - r.bodyHeight))
        }
    }

    private func resize(width: Int, height: Int) {
        // Keep the first text offset on the top line, so the same text stays at the top after reflowing.
        let anchor = firstVisibleOffset()
        let topWasHeader = state.articleTop < 2
        state.width = max(0, width); state.height = max(0, height)
        if state.layout.mode == .narrow || state.layout.mode == .tooSmall { } else if state.focus == .entities {
            focus(.entities)
        }
        if let anchor, !topWasHeader, let w = articleTextWidth, let l = articleLayout(width: w), let line = l.line(containing: anchor) {
            state.articleTop = clamp(line, 0, maxArticleTop())
        } else if topWasHeader {
            state.articleTop = min(state.articleTop, maxArticleTop())
        }
        keepVisible()
    }

    /// Keep cursors on screen.
    func keepVisible() {
        let layout = state.layout
        if let r = layout.list ?? (layout.mode == .narrow ? Rect(x: 0, y: 0, width: state.width, height: state.height - 1) : nil) {
            let h = max(1, r.bodyHeight)
            if state.listCursor < state.listTop { state.listTop = state.listCursor }
            if state.listCursor >= state.listTop + h { state.listTop = state.listCursor - h + 1 }
            state.listTop = clamp(state.listTop, 0, max(0, listCount - 1))
        }
        if let r = layout.entities, let e = state.selectedEntity,
           let i = state.entityRows.firstIndex(of: .entity(e)) {
            let h = max(1, r.bodyHeight)
            // Show the entity and, for a person, the quotes listed under it when they fit.
            var last = i
            while last + 1 < state.entityRows.count, state.entityRows[last + 1].belongs(to: e) { last += 1 }
            if last >= state.entityTop + h { state.entityTop = min(i, last - h + 1) }
            if i < state.entityTop { state.entityTop = i }
        }
        state.entityTop = clamp(state.entityTop, 0, max(0, state.entityRows.count - 1))
    }

    // MARK: Idle work

    /// Whether there is analysis to do in idle time: quote counts of the visible rows, then the library's
    /// entity index (so "+N other stories" covers the whole library; kept in the database across runs).
    public var hasIdleWork: Bool { nextVisibleWithoutCount() != nil || !indexDone }

    /// Do one story's worth of idle analysis. Returns whether anything on screen may have changed.
    @discardableResult
    public func doIdleWork() -> Bool {
        if let id = nextVisibleWithoutCount() {
            quoteCounts[id] = (library.cachedAnalysis(id) ?? library.analysis(id))?.quotes.count ?? 0
            return true
        }
        guard !indexDone else { return false }
        if library.indexPending(limit: 1) == 0 { indexDone = true } else { idleSteps += 1 }
        // Never more steps than stories: a story that cannot be indexed must not keep the reader busy.
        if idleSteps >= library.count { indexDone = true }
        if indexDone || idleSteps % 25 == 0 { computeRelatedCounts(); refreshPeople(); return true }
        return false
    }

    private func nextVisibleWithoutCount() -> String? {
        let h = max(1, state.height)
        for i in state.listTop..<min(listCount, state.listTop + h) {
            if let id = listID(at: i), quoteCounts[id] == nil { return id }
        }
        return nil
    }

    // MARK: Drawing

    public func render() -> Screen { ScreenRenderer(reader: self).render() }
}

@inline(__always) func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }
@inline(__always) func saturating(_ a: Int, _ b: Int) -> Int { let (r, o) = a.addingReportingOverflow(b); return o ? (b > 0 ? Int.max : Int.min) : r }
