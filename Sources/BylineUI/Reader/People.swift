import BylineKit
import Foundation

/// The people view: every person in the library's index with their stories and quotes (most quoted first),
/// then, for one person, all their quotes across stories (newest story first).
public struct PeopleView: Sendable, Equatable {
    public var people: [EntitySummary]
    public var cursor = 0
    public var top = 0
    /// Stories not yet analysed when the view opened (their people are not listed yet).
    public var pending = 0
    /// The person whose quotes are listed, when one was chosen.
    public var person: EntitySummary?
    public var quotes: [QuoteRef] = []
    public var quoteCursor = 0
    public var quoteTop = 0

    /// Rows a quote takes: its story (date and title), then its text.
    static let quoteRows = 2
}

extension Reader {
    func openPeople() {
        state.people = PeopleView(people: library.people(), pending: library.pendingAnalysisCount)
    }

    /// Read the people list, or the chosen person's quotes, again as the index grows (between keys, and after a
    /// refresh), keeping the cursor on the same person or quote.
    func refreshPeople() {
        guard var v = state.people else { return }
        if let person = v.person {
            let current = v.quotes.indices.contains(v.quoteCursor) ? v.quotes[v.quoteCursor] : nil
            v.quotes = library.quotes(by: person.key)
            v.person = library.entity(person.key) ?? person
            v.quoteCursor = current.flatMap { c in v.quotes.firstIndex { $0.storyID == c.storyID && $0.span == c.span } }
                ?? min(v.quoteCursor, max(0, v.quotes.count - 1))
            v.quoteTop = clamp(v.quoteTop, 0, v.quoteCursor)
            state.people = v
            return
        }
        let key = v.people.indices.contains(v.cursor) ? v.people[v.cursor].key : nil
        v.people = library.people()
        v.pending = library.pendingAnalysisCount
        v.cursor = key.flatMap { k in v.people.firstIndex { $0.key == k } } ?? min(v.cursor, max(0, v.people.count - 1))
        v.top = clamp(v.top, 0, v.cursor)
        state.people = v
    }

    /// Rows of the people view's body (under its header line, above the status line).
    var peopleBodyHeight: Int { max(1, state.height - 2) }

    func peopleCommand(_ c: Command) {
        guard var v = state.people else { return }
        let page = peopleBodyHeight
        func moved(_ cur: Int, _ count: Int, _ perPage: Int) -> Int? {
            guard count > 0 else { return nil }
            let step: Int
            switch c {
            case .up: step = -1
            case .down: step = 1
            case .pageDown: step = max(1, perPage - 1)
            case .pageUp: step = -max(1, perPage - 1)
            case .top: step = Int.min / 2
            case .bottom: step = Int.max / 2
            default: return nil
            }
            return clamp(saturating(cur, step), 0, count - 1)
        }
        switch c {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            if v.person != nil {
                if let n = moved(v.quoteCursor, v.quotes.count, page / PeopleView.quoteRows) { v.quoteCursor = n }
            } else if let n = moved(v.cursor, v.people.count, page) { v.cursor = n }
        case .open:
            if v.person != nil {
                guard v.quotes.indices.contains(v.quoteCursor) else { return }
                let ref = v.quotes[v.quoteCursor]
                state.people = nil
                openQuote(ref)
                return
            }
            guard v.people.indices.contains(v.cursor) else { return }
            let p = v.people[v.cursor]
            v.person = p
            v.quotes = library.quotes(by: p.key)
            v.quoteCursor = 0; v.quoteTop = 0
            if v.quotes.isEmpty { state.message = "No quotes by \(p.name)" }
        case .back, .leave:
            if v.person != nil { v.person = nil; v.quotes = [] } else { state.people = nil; return }
        case .people: state.people = nil; return
        case .help: state.helpOpen = true; state.helpTop = 0
        case .quit: state.quitRequested = true
        case .refresh: startRefresh()
        default: return
        }
        // Keep the cursor on screen.
        if v.person != nil {
            let fit = max(1, page / PeopleView.quoteRows)
            if v.quoteCursor < v.quoteTop { v.quoteTop = v.quoteCursor }
            if v.quoteCursor >= v.quoteTop + fit { v.quoteTop = v.quoteCursor - fit + 1 }
        } else {
            if v.cursor < v.top { v.top = v.cursor }
            if v.cursor >= v.top + page { v.top = v.cursor - page + 1 }
        }
        state.people = v
    }

    /// Open the story a quote is from, with the quote selected and scrolled into view.
    func openQuote(_ ref: QuoteRef) {
        open(ref.storyID)
        guard state.openID == ref.storyID, let a = state.analysis else { return }
        // The index names the quote by position; its span confirms it (the analysis may have been made again).
        let q = a.quotes.indices.contains(ref.quoteIndex) && a.quotes[ref.quoteIndex].span == ref.span
            ? ref.quoteIndex : a.quotes.firstIndex { $0.span == ref.span }
        guard let q else { state.message = "That quote is no longer in the story"; return }
        if state.filteredIDs == nil, currentListID != ref.storyID,
           let i = library.headers.firstIndex(where: { $0.id == ref.storyID }) {
            state.listCursor = i
        }
        selectQuote(q)
        keepVisible()
    }
}
