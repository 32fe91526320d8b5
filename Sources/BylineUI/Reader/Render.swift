import BylineKit
import Foundation

/// Draws the reader's state into an in-memory screen.
struct ScreenRenderer {
    let reader: Reader
    var state: ReaderState { reader.state }

    func render() -> Screen {
        var s = Screen(width: state.width, height: state.height)
        let layout = state.layout
        if layout.mode == .tooSmall {
            tooSmall(&s)
            return s
        }
        if let v = state.people {
            people(&s, v, Rect(x: 0, y: 0, width: state.width, height: layout.statusRow))
        } else {
            if let r = layout.list { list(&s, r) }
            if let r = layout.article { article(&s, r) }
            if let r = layout.entities { entities(&s, r) }
            for x in layout.separators {
                for y in 0..<layout.statusRow { s.put(Glyph(text: "│", width: 1), x: x, y: y, limit: x + 1, style: Style(.text, .border)) }
            }
        }
        status(&s, row: layout.statusRow)
        if state.helpOpen { help(&s) }
        return s
    }

    private func tooSmall(_ s: inout Screen) {
        let lines = ["Terminal too small: \(state.width)×\(state.height)",
                     "Byline needs at least \(Layout.minWidth)×\(Layout.minHeight).", "Enlarge the window, or press q to quit."]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < state.height {
            let w = CharWidth.width(l)
            s.write(l, x: max(0, (state.width - w) / 2), y: top + i, limit: state.width, style: Style(.text, .error))
        }
    }

    private func paneHeader(_ s: inout Screen, _ r: Rect, _ pane: Pane, left: String, right: String = "") {
        let style = state.focus == pane ? Style(.text, .header, .focusedHeader) : Style(.text, .header)
        s.fill(x: r.x, y: r.y, width: r.width, height: 1, style: style)
        let rw = right.isEmpty ? 0 : CharWidth.width(right) + 1
        s.write(left, x: r.x + 1, y: r.y, limit: r.x + r.width - rw - 1, style: style)
        if !right.isEmpty { s.write(right, x: r.x + r.width - rw, y: r.y, limit: r.x + r.width, style: style) }
    }

    // MARK: Story list

    private func list(_ s: inout Screen, _ r: Rect) {
        var title = "Stories \(reader.listCount)"
        switch state.filter {
        case .all: break
        case .search(let q): title += " matching “\(q)”"
        case .related(_, let name, _): title += " also mentioning \(name)"
        }
        if state.hideRead { title += " · read hidden" }
        paneHeader(&s, r, .list, left: title)
        let h = r.bodyHeight
        if reader.listCount == 0 {
            s.write(state.filter == .all ? "No stories." : "No stories. q clears the filter.", x: r.x + 1, y: r.y + 1,
                    limit: r.x + r.width, style: Style(.text, .info))
            return
        }
        let showSource = r.width >= 50, showDate = r.width >= 40, showShortDate = !showDate && r.width >= 26
        for row in 0..<h {
            let i = state.listTop + row
            guard let hd = reader.listHeader(at: i) else { break }
            let y = r.y + 1 + row
            let unread = !reader.isRead(hd.id)
            var base = unread ? Style(.text, .unread) : Style.text
            if i == state.listCursor { base = base.with(state.focus == .list ? .selection : .inactiveSelection) }
            s.fill(x: r.x, y: y, width: r.width, height: 1, style: base)
            s.write(unread ? "●" : " ", x: r.x, y: y, limit: r.x + 2, style: base)
            // Right-hand columns: source, date, quotes.
            let quotes = reader.quoteCount(hd.id).map { "\($0)”" } ?? "·"
            var right = [quotes.leftPadded(to: 4)]
            if showDate || showShortDate { right.insert(reader.listDate(hd, short: showShortDate), at: 0) }
            if showSource { right.insert(Reader.clip(hd.source, to: r.width >= 70 ? 16 : 10), at: 0) }
            let rightText = right.joined(separator: " ")
            let rw = CharWidth.width(rightText)
            let titleEnd = r.x + r.width - rw - 2
            s.write(hd.title, x: r.x + 2, y: y, limit: titleEnd, style: base)
            s.write(rightText, x: r.x + r.width - rw - 1, y: y, limit: r.x + r.width, style: i == state.listCursor ? base : base.with(.info))
        }
    }

    // MARK: Article

    private func article(_ s: inout Screen, _ r: Rect) {
        guard let a = state.analysis, let w = reader.articleTextWidth, let layout = reader.articleLayout(width: w),
              let styles = reader.styles else {
            paneHeader(&s, r, .article, left: "Article")
            s.write("Choose a story and press Enter.", x: r.x + 1, y: r.y + 1, limit: r.x + r.width, style: Style(.text, .info))
            return
        }
        let h = r.bodyHeight
        let people = a.entities.filter { $0.type == .person }.count
        let pct = layout.lines.count <= h ? "all" : "\(min(100, (state.articleTop + h) * 100 / layout.lines.count))%"
        var left = "\(a.quotes.count) quote\(a.quotes.count == 1 ? "" : "s") · \(people) \(people == 1 ? "person" : "people")"
        if let q = state.selectedQuote { left = "Quote \(q + 1) of \(a.quotes.count)" + (a.quotes[q].speakerCanonical.map { " · \($0)" } ?? "") }
        paneHeader(&s, r, .article, left: left, right: pct)

        // What stands out now: the selected quote and its speaker, the selected entity's mentions.
        var selected: [Span] = []
        if let q = state.selectedQuote, a.quotes.indices.contains(q) {
            selected.append(a.quotes[q].span)
            if let sp = a.quotes[q].speakerSpan { selected.append(sp) }
        }
        var lit: [Span] = []
        if let e = state.selectedEntity, a.entities.indices.contains(e) {
            lit = a.entities[e].mentions.compactMap { a.mentions.indices.contains($0) ? a.mentions[$0].span : nil }
        }
        for row in 0..<h {
            let li = state.articleTop + row
            guard li < layout.lines.count else { break }
            let line = layout.lines[li]
            let y = r.y + 1 + row
            for g in line.glyphs {
                var st = g.offset >= 0 ? styles[g.offset] : line.style
                if g.offset >= 0 {
                    let o = Int(g.offset)
                    if selected.contains(where: { $0.contains(o) }) { st = st.with(.selectedQuote) }
                    if lit.contains(where: { $0.contains(o) }) { st = st.with(.highlight) }
                }
                s.put(g.glyph, x: r.x + 1 + g.column, y: y, limit: r.x + r.width, style: st, offset: g.offset)
            }
        }
    }

    // MARK: Entities

    private func entities(_ s: inout Screen, _ r: Rect) {
        paneHeader(&s, r, .entities, left: "Entities")
        guard let a = state.analysis else {
            s.write("Open a story to see who is in it.", x: r.x + 1, y: r.y + 1, limit: r.x + r.width, style: Style(.text, .info))
            return
        }
        let end = r.x + r.width
        for row in 0..<r.bodyHeight {
            let i = state.entityTop + row
            guard i < state.entityRows.count else { break }
            let y = r.y + 1 + row
            switch state.entityRows[i] {
            case .legend:
                s.write("mentions  quotes  +other stories", x: r.x + 1, y: y, limit: end, style: Style(.text, .info))
            case .blank: break
            case .section(let t):
                s.write(t, x: r.x + 1, y: y, limit: end, style: Style(.text, .header))
            case .entity(let e):
                let ent = a.entities[e]
                var st = Style(.text)
                switch ent.type {
                case .person: st = st.with(.person)
                case .organization: st = st.with(.organization)
                case .place: st = st.with(.place)
                }
                if e == state.selectedEntity {
                    st = st.with(state.focus == .entities ? .selection : .inactiveSelection)
                    s.fill(x: r.x, y: y, width: r.width, height: 1, style: st)
                }
                var counts = "\(ent.mentions.count)m"
                if ent.type == .person { counts += " \(a.quotes(by: e).count)q" }
                counts += " +\(reader.relatedCount(ent.key))"
                let cw = CharWidth.width(counts)
                s.write(ent.name, x: r.x + 1, y: y, limit: end - cw - 2, style: st)
                s.write(counts, x: end - cw - 1, y: y, limit: end, style: e == state.selectedEntity ? st : Style(.text, .info))
            case .role(let e):
                s.write(a.entities[e].role ?? "", x: r.x + 3, y: y, limit: end, style: Style(.text, .info))
            case .quote(let q):
                var st = Style(.text, .quote)
                if q == state.selectedQuote { st = st.with(.selectedQuote) }
                let text = a.quotes[q].text.split(whereSeparator: \.isNewline).joined(separator: " ")
                s.write(text, x: r.x + 3, y: y, limit: end - 1, style: st)
            }
        }
    }

    // MARK: People

    private func people(_ s: inout Screen, _ v: PeopleView, _ r: Rect) {
        let header = Style(.text, .header, .focusedHeader)
        s.fill(x: r.x, y: r.y, width: r.width, height: 1, style: header)
        let end = r.x + r.width
        let pending = v.pending > 0 ? " · \(v.pending) stor\(v.pending == 1 ? "y" : "ies") not analysed yet" : ""
        if let p = v.person {
            let title = "Quotes by \(p.name) · \(v.quotes.count) in \(p.stories) stor\(p.stories == 1 ? "y" : "ies")"
            s.write(title, x: r.x + 1, y: r.y, limit: end - 1, style: header)
            if v.quotes.isEmpty {
                s.write("No quotes by \(p.name) in the library. q goes back.", x: r.x + 1, y: r.y + 1, limit: end, style: Style(.text, .info))
                return
            }
            var y = r.y + 1
            var i = v.quoteTop
            while i < v.quotes.count, y + PeopleView.quoteRows - 1 < r.y + r.height {
                let q = v.quotes[i]
                let chosen = i == v.quoteCursor
                var st = Style(.text)
                if chosen { st = st.with(.selection) }
                s.fill(x: r.x, y: y, width: r.width, height: PeopleView.quoteRows, style: st)
                let date = q.storyDate.map { reader.listDate(StoryHeader(id: q.storyID, title: q.storyTitle, source: "", date: $0)) }
                let x = s.write((date ?? "no date") + "  ", x: r.x + 1, y: y, limit: end, style: chosen ? st : st.with(.info))
                s.write(q.storyTitle, x: x, y: y, limit: end - 1, style: st)
                let text = q.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                s.write(text, x: r.x + 3, y: y + 1, limit: end - 1, style: chosen ? st : st.with(.quote))
                y += PeopleView.quoteRows; i += 1
            }
            return
        }
        s.write("People \(v.people.count)" + pending, x: r.x + 1, y: r.y, limit: end - 22, style: header)
        s.write("quotes  stories", x: end - 17, y: r.y, limit: end, style: header)
        if v.people.isEmpty {
            s.write(v.pending > 0 ? "No people yet: stories are analysed in the background while the reader is open."
                                  : "No people found in the library.", x: r.x + 1, y: r.y + 1, limit: end, style: Style(.text, .info))
            return
        }
        for row in 0..<max(0, r.height - 1) {
            let i = v.top + row
            guard i < v.people.count else { break }
            let p = v.people[i]
            let y = r.y + 1 + row
            var st = Style(.text, .person)
            if i == v.cursor { st = st.with(.selection); s.fill(x: r.x, y: y, width: r.width, height: 1, style: st) }
            let counts = "\(p.quotes)".leftPadded(to: 6) + "  " + "\(p.stories)".leftPadded(to: 7)
            s.write(p.name, x: r.x + 1, y: y, limit: end - 19, style: st)
            s.write(counts, x: end - 17, y: y, limit: end, style: i == v.cursor ? st : Style(.text, .info))
        }
    }

    // MARK: Status line and help

    private func status(_ s: inout Screen, row: Int) {
        let st = Style(.text, .status)
        s.fill(x: 0, y: row, width: state.width, height: 1, style: st)
        if let input = state.searchInput {
            let x = s.write("Search: ", x: 1, y: row, limit: state.width, style: st.with(.prompt))
            let end = s.write(input, x: x, y: row, limit: state.width - 1, style: st)
            s.write("▏", x: end, y: row, limit: state.width, style: st.with(.prompt))
            return
        }
        let keys = reader.keymap
        func k(_ c: Command) -> String { keys.keys(for: c).first?.label ?? "" }
        let hints = ["\(k(.help)) help", "\(k(.nextQuote))/\(k(.previousQuote)) quote", "\(k(.speaker)) speaker",
                     "\(k(.toggleRead)) read", "\(k(.people)) people", "\(k(.search)) search", "\(k(.back)) back"].joined(separator: "  ")
        let unread = "\(state.unreadCount) unread"
        let right = unread + "  " + hints
        let rw = CharWidth.width(right)
        if let m = state.message {
            s.write(m, x: 1, y: row, limit: max(1, state.width - CharWidth.width(unread) - 3), style: st.with(.prompt))
            s.write(unread, x: state.width - CharWidth.width(unread) - 1, y: row, limit: state.width, style: st)
            return
        }
        let title = state.backgroundStatus ?? state.openID.flatMap { reader.headerOf($0)?.title } ?? "Byline"
        if rw + 12 <= state.width {
            s.write(title, x: 1, y: row, limit: state.width - rw - 3, style: st)
            s.write(right, x: state.width - rw - 1, y: row, limit: state.width, style: st)
        } else {
            let short = unread + "  " + "\(k(.help)) help"
            let sw = CharWidth.width(short)
            s.write(title, x: 1, y: row, limit: max(1, state.width - sw - 3), style: st)
            s.write(short, x: max(0, state.width - sw - 1), y: row, limit: state.width, style: st)
        }
    }

    private func help(_ s: inout Screen) {
        let lines = HelpOverlay.lines(reader.keymap)
        let keyWidth = HelpOverlay.keyColumn
        let w = min(state.width - 2, 96)
        let h = min(state.height - 2, lines.count + 2)
        let x0 = (state.width - w) / 2, y0 = (state.height - h) / 2
        let st = Style(.text, .help)
        s.fill(x: x0, y: y0, width: w, height: h, style: st)
        let border = st.with(.border)
        for x in x0..<(x0 + w) {
            s.put(Glyph(text: "─", width: 1), x: x, y: y0, limit: x0 + w, style: border)
            s.put(Glyph(text: "─", width: 1), x: x, y: y0 + h - 1, limit: x0 + w, style: border)
        }
        for y in y0..<(y0 + h) {
            s.put(Glyph(text: "│", width: 1), x: x0, y: y, limit: x0 + 1, style: border)
            s.put(Glyph(text: "│", width: 1), x: x0 + w - 1, y: y, limit: x0 + w, style: border)
        }
        for (c, (x, y)) in [("┌", (x0, y0)), ("┐", (x0 + w - 1, y0)), ("└", (x0, y0 + h - 1)), ("┘", (x0 + w - 1, y0 + h - 1))] {
            s.put(Glyph(text: c, width: 1), x: x, y: y, limit: x + 1, style: border)
        }
        s.write(" Keys ", x: x0 + 2, y: y0, limit: x0 + w - 1, style: border.with(.helpKey))
        let top = min(state.helpTop, max(0, lines.count - (h - 2)))
        for row in 0..<(h - 2) {
            let i = top + row
            guard i < lines.count else { break }
            let (key, text) = lines[i]
            let y = y0 + 1 + row
            s.write(key, x: x0 + 2, y: y, limit: x0 + 2 + keyWidth, style: st.with(.helpKey))
            s.write(text, x: x0 + 2 + (key.isEmpty ? 0 : keyWidth + 1), y: y, limit: x0 + w - 1, style: st)
        }
        if lines.count > h - 2 {
            s.write(" ↓ more (j/k) ", x: x0 + w - 16, y: y0 + h - 1, limit: x0 + w - 1, style: border)
        }
    }
}

/// The help overlay's lines: every command with its keys.
enum HelpOverlay {
    static let keyColumn = 20

    static func lines(_ keymap: KeyMap) -> [(String, String)] {
        var out: [(String, String)] = []
        for c in Command.allCases {
            let keys = keymap.keys(for: c).map(\.label).joined(separator: " ")
            out.append((keys.isEmpty ? "(unbound)" : keys, c.summary))
        }
        out.append(("", ""))
        out.append(("Mouse", "click selects a story, entity or quote; the wheel scrolls the pane under it"))
        out.append(("Search", "type words, Enter applies, Esc cancels; q in the list clears the filter"))
        out.append(("Entities", "m mentions, q quotes, +N other stories in the library naming it"))
        out.append(("Config", "bind KEY COMMAND, theme NAME, color ROLE FG BG [ATTR] in ~/.config/byline/config"))
        out.append(("", "Any other key closes this help."))
        return out
    }
}

extension String {
    func leftPadded(to n: Int) -> String {
        let w = CharWidth.width(self)
        return w >= n ? self : String(repeating: " ", count: n - w) + self
    }
}
