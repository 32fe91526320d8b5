import BylineKit
import Foundation
import Testing
@testable import BylineUI

@Suite("Reader driven by keys on the in-memory screen")
struct ReaderTests {
    @Test("Enter on the seed story opens it, marks it read and shows its title")
    func openSeed() throws {
        let r = try Support.seedReader()
        let id = try #require(r.state.openID)
        #expect(id.hasPrefix("builtin:seed/"))
        #expect(r.library.isRead(id))
        #expect(r.state.focus == .article)
        #expect(r.render().text.contains("MOSCOW (Reuters) - U.S. Secretary of State John Kerry"))
    }

    @Test("n steps through the seed's five quotes in order, then says it is at the last")
    func stepQuotes() throws {
        let r = try Support.seedReader()
        let a = try #require(r.analysis)
        var visited: [Span] = []
        for _ in 0..<5 {
            r.press("n")
            let q = try #require(r.state.selectedQuote)
            visited.append(a.quotes[q].span)
        }
        #expect(visited == Support.seedGoldQuotes.map { Span($0.0, $0.1) })
        r.press("n")
        #expect(r.state.selectedQuote == 4)
        #expect(r.state.message == "Last quote")
        r.press("p")
        #expect(r.state.selectedQuote.map { a.quotes[$0].span } == Span(1522, 1625))
    }

    @Test("s on the third quote selects John Kerry in the entity panel and lights his mentions")
    func jumpToSpeaker() throws {
        let r = try Support.seedReader()
        r.press("nnns")
        let a = try #require(r.analysis)
        let e = try #require(r.state.selectedEntity)
        #expect(a.entities[e].name == "John Kerry")
        #expect(r.state.focus == .entities)
        let screen = r.render()
        // The entity row is selected, and every visible mention of him carries the highlight.
        let row = (0..<screen.height).first { screen.line($0).contains("John Kerry") && screen.line($0).contains("│") }
        #expect(row != nil)
        for m in a.entities[e].mentions {
            let cells = screen.cells(in: a.mentions[m].span)
            #expect(cells.allSatisfy { $0.style.has(.highlight) })
        }
        #expect(!screen.cells(in: Span(43, 53)).isEmpty)
        // From the person, > and < step through his quotes only.
        r.press(">")
        #expect(r.state.selectedQuote.map { a.quotes[$0].entity } == e)
    }

    @Test("Enter on a selected entity scrolls the article to its next mention")
    func nextMention() throws {
        let r = try Support.seedReader(width: 120, height: 16)
        r.press("nnns")
        let a = try #require(r.analysis)
        let e = try #require(r.state.selectedEntity)
        r.press(.backTab)
        #expect(r.state.focus == .article)
        r.press("g")
        #expect(r.state.articleTop == 0)
        r.press(.tab)
        #expect(r.state.focus == .entities)
        r.press(.enter)
        let top = r.state.articleTop
        #expect(top > 0)
        let screen = r.render()
        let shown = a.entities[e].mentions.contains { !screen.cells(in: a.mentions[$0].span).isEmpty }
        #expect(shown)
        r.press(.enter)
        #expect(r.state.articleTop != top)
    }

    @Test("Every cell of each quote carries the quote style; the selected quote and its speaker stand out")
    func quoteStyle() throws {
        let r = try Support.seedReader()
        let a = try #require(r.analysis)
        for (i, q) in a.quotes.enumerated() {
            r.press("n")
            #expect(r.state.selectedQuote == i)
            let screen = r.render()
            let cells = screen.cells(in: q.span)
            let shown = Set(cells.map { Int($0.offset) })
            let needed = Set((q.span.start..<q.span.end).filter { off in
                let s = a.text.unicodeScalars[a.text.unicodeScalars.index(a.text.unicodeScalars.startIndex, offsetBy: off)]
                return !s.properties.isWhitespace
            })
            #expect(needed.isSubset(of: shown), "quote \(i) is fully on screen")
            #expect(cells.allSatisfy { $0.style.has(.quote) && $0.style.has(.selectedQuote) })
            if let sp = q.speakerSpan {
                #expect(screen.cells(in: sp).allSatisfy { $0.style.has(.speaker) && $0.style.has(.selectedQuote) })
            }
        }
    }

    @Test("Person, organisation and place mentions each get their own style")
    func mentionStyles() throws {
        let r = try Support.seedReader()
        let a = try #require(r.analysis)
        let screen = r.render()
        for m in a.mentions {
            let role: Role = m.type == .person ? .person : m.type == .organization ? .organization : .place
            #expect(screen.cells(in: m.span).allSatisfy { $0.style.has(role) })
        }
    }

    @Test("Marking read survives reopening the store; r toggles it back")
    func readStatePersists() throws {
        let dir = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("library.sqlite").path
        let id: String
        do {
            let r = try Support.seedReader(store: try Store(path: path))
            id = try #require(r.state.openID)
            #expect(r.library.isRead(id))
        }
        do {
            let lib = try Support.builtInLibrary(store: try Store(path: path))
            #expect(lib.isRead(id))
            #expect(lib.unreadCount == lib.count - 1)
            let r = Reader(library: lib, width: 160, height: 45)
            Support.open(r, idPrefix: "builtin:seed/")
            r.press("r")
            #expect(!lib.isRead(id))
        }
        let lib = try Support.builtInLibrary(store: try Store(path: path))
        #expect(!lib.isRead(id))
    }

    @Test("The list marks unread stories, hides read ones on H and u opens the next unread")
    func listReadMarks() throws {
        let stories = (1...3).map { Support.story("Story \($0)", "Text \($0).", id: "t:\($0)") }
        let r = Reader(library: try Support.library(stories), width: 120, height: 30)
        #expect(r.render().text.contains("● Story"))
        r.press(.enter)
        let opened = try #require(r.state.openID)
        r.press("q")
        #expect(r.state.focus == .list)
        r.press("H")
        #expect(!r.listedIDs.contains(opened) || r.listedIDs.count == 3)
        r.press("H")
        r.press("u")
        #expect(r.state.openID != opened)
        #expect(r.state.unreadCount == 1)
        r.press("A")
        #expect(r.state.unreadCount == 0)
        r.press("u")
        #expect(r.state.message == "No unread stories")
    }

    @Test("/ searches titles and text; q clears the filter, then quits from the list")
    func search() throws {
        let r = Reader(library: try Support.builtInLibrary(), width: 160, height: 45)
        let all = r.listedIDs.count
        r.press("/")
        r.press("Lavrov")
        #expect(r.render().line(44).contains("Search: Lavrov"))
        r.press(.enter)
        #expect(r.listedIDs.contains { $0.hasPrefix("builtin:seed/") })
        #expect(r.listedIDs.count < all)
        r.press("q")
        #expect(r.listedIDs.count == all)
        #expect(!r.wantsQuit)
        r.press(.escape)
        #expect(!r.wantsQuit)
        r.press("q")
        #expect(r.wantsQuit)
    }

    @Test("o lists the other stories mentioning the selected entity")
    func relatedStories() throws {
        let s1 = Support.story("One", "Angela Merkel met Emmanuel Macron in Paris on Monday.", id: "t:1")
        let s2 = Support.story("Two", "Angela Merkel said on Tuesday that talks would go on.", id: "t:2")
        let s3 = Support.story("Three", "The weather was fine.", id: "t:3")
        let lib = try Support.library([s1, s2, s3])
        for s in [s1, s2, s3] { _ = lib.analysis(s.id) }
        let r = Reader(library: lib, width: 160, height: 45)
        r.open("t:1")
        let a = try #require(r.analysis)
        let merkel = try #require(a.entities.firstIndex { $0.name.contains("Merkel") })
        r.selectEntity(merkel)
        #expect(r.render().text.contains("+1"))
        r.press("o")
        #expect(r.listedIDs == ["t:2"])
        #expect(r.state.focus == .list)
    }

    @Test("? opens a help overlay listing every command and its keys")
    func help() throws {
        let r = Reader(library: try Support.builtInLibrary(), width: 160, height: 45)
        r.press("?")
        let text = r.render().text
        for c in Command.allCases { #expect(text.contains(c.summary), "help lists \(c.rawValue)") }
        #expect(text.contains("Tab"))
        r.press("x")
        #expect(!r.state.helpOpen)
    }

    @Test("A rebound key does its new command and shows in help")
    func rebinding() throws {
        var km = KeyMap.standard
        km.bindings[.char("x")] = .nextQuote
        let r = Reader(library: try Support.builtInLibrary(), keymap: km, width: 160, height: 45)
        Support.open(r, idPrefix: "builtin:seed/")
        r.press("x")
        #expect(r.state.selectedQuote == 0)
    }

    @Test("Clicking a story opens it, clicking a quote selects it, the wheel scrolls the article")
    func mouse() throws {
        let r = try Support.seedReader()
        let a = try #require(r.analysis)
        var screen = r.render()
        // Find a cell of the second quote and click it.
        let idx = try #require(screen.cells.firstIndex { $0.offset >= 0 && a.quotes[1].span.contains(Int($0.offset)) })
        r.send(.click(x: idx % screen.width, y: idx / screen.width))
        #expect(r.state.selectedQuote == 1)
        r.send(.wheel(x: idx % screen.width, y: idx / screen.width, lines: 3))
        #expect(r.state.articleTop == 3)
        r.send(.click(x: 5, y: 1))
        #expect(r.state.openID == r.listID(at: r.state.listTop))
        screen = r.render()
        #expect(screen.line(0).contains("Stories"))
    }
}

@Suite("Screen safety, widths and layout")
struct ScreenTests {
    @Test("Control characters, escape sequences and bidi overrides in titles and text are shown as symbols")
    func controlCharacters() throws {
        let evil = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07} \u{9B}31m \u{202E}txt.exe\u{202C} \u{7F}end"
        let s = Support.story("Title \u{1B}[31mred\u{1B}[0m", "Body " + evil + "\n\nMore text.")
        let r = Reader(library: try Support.library([s]), width: 120, height: 30)
        var screens = [r.render()]
        r.press(.enter)
        screens.append(r.render())
        for screen in screens {
            for cell in screen.cells {
                for u in cell.text.unicodeScalars {
                    let v = u.value
                    #expect(!(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)),
                            "unsafe scalar U+\(String(v, radix: 16)) on screen")
                }
            }
        }
        let text = screens[1].text
        #expect(text.contains("Title ␛[31mred␛[0m"))
        #expect(text.contains("Evil␛[2J␛]0;pwned␇"))
        #expect(text.contains("\u{FFFD}txt.exe\u{FFFD}"))
        #expect(text.contains("␡end"))
    }

    @Test("Wide characters and emoji take two columns, combining marks none")
    func widths() throws {
        #expect(CharWidth.of(Character("日")) == 2)
        #expect(CharWidth.of(Character("😀")) == 2)
        #expect(CharWidth.of(Character("👍🏽")) == 2)
        #expect(CharWidth.of(Character("🇫🇷")) == 2)
        #expect(CharWidth.of(Character("❤️")) == 2)
        #expect(CharWidth.of(Character("e\u{301}")) == 1)
        #expect(CharWidth.of(Character("Ａ")) == 2)
        #expect(CharWidth.of(Character("a")) == 1)
        #expect(CharWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(CharWidth.width("東京 café 😀") == 12)

        let s = Support.story("東京😀", "日本語のテキスト and café 😀 done.")
        let r = Reader(library: try Support.library([s]), width: 120, height: 30)
        r.press(.enter)
        let screen = r.render()
        let i = try #require(screen.cells.firstIndex { $0.text == "日" })
        #expect(screen.cells[i].width == 2)
        #expect(screen.cells[i + 1].isContinuation)
        #expect(screen.cells[i + 2].text == "本")
        let e = try #require(screen.cells.firstIndex { $0.text == "😀" && $0.offset >= 0 })
        #expect(screen.cells[e].width == 2 && screen.cells[e + 1].isContinuation && screen.cells[e + 2].text == " ")
        let c = try #require(screen.cells.firstIndex { $0.text == "e\u{301}" })
        #expect(screen.cells[c].width == 1)
        // Every row adds up to the screen width.
        for y in 0..<screen.height {
            let w = (0..<screen.width).reduce(0) { $0 + Int(screen[$1, y].width) }
            #expect(w == screen.width, "row \(y) is \(w) columns")
        }
    }

    @Test("Below the minimum size the reader says the terminal is too small")
    func tooSmall() throws {
        let r = Reader(library: try Support.builtInLibrary(), width: 30, height: 8)
        let text = r.render().text
        #expect(text.contains("Terminal too small: 30×8"))
        #expect(text.contains("at least 40×10"))
        r.send(.resize(width: 160, height: 45))
        #expect(r.render().text.contains("Stories"))
    }

    @Test("Resizing reflows and keeps the story, the scroll position and the selected quote")
    func resize() throws {
        let r = try Support.seedReader()
        r.press("nnn")
        r.press(.down)
        let id = r.state.openID, quote = r.state.selectedQuote
        func topOffset(_ screen: Screen) -> Int? {
            let a = screen.cells.filter { $0.offset >= 0 }
            return a.first.map { Int($0.offset) }
        }
        let before = try #require(topOffset(r.render()))
        for (w, h) in [(100, 30), (60, 20), (200, 60), (160, 45)] {
            r.send(.resize(width: w, height: h))
            #expect(r.state.openID == id)
            #expect(r.state.selectedQuote == quote)
            let screen = r.render()
            #expect(screen.width == w && screen.height == h)
            if w >= Layout.mediumWidth {
                // The line at the top still holds the text that was there.
                let top = try #require(topOffset(screen))
                #expect(abs(top - before) < w, "top offset \(top) near \(before) at \(w)×\(h)")
            }
        }
        #expect(r.state.selectedQuote == quote)
    }

    @Test("A narrow terminal folds the entity panel away behind e")
    func narrowLayout() throws {
        let r = try Support.seedReader(width: 100, height: 30)
        #expect(!r.render().text.contains("PEOPLE"))
        r.press("e")
        #expect(r.render().text.contains("PEOPLE"))
        #expect(r.state.focus == .entities)
        r.press("e")
        #expect(!r.render().text.contains("PEOPLE"))
        let n = try Support.seedReader(width: 60, height: 20)
        #expect(n.render().line(0).contains("quotes") || n.render().line(0).contains("Quote"))
        n.press(.tab)
        #expect(n.render().text.contains("PEOPLE"))
    }
}
