import BylineKit
import Foundation
import Testing
@testable import BylineUI

/// The reader on the story library: the whole store, feeds opened from the command line, the background
/// refresh, the people view.
@Suite("Reader on the story library")
struct LibraryReaderTests {
    static let kerryText = """
        Kerry meets European ministers

        WASHINGTON (Reuters) - U.S. Secretary of State John Kerry met European ministers on Friday.

        "We have a lot of work to do," Kerry told reporters after the meeting.
        """

    static func rss(_ items: [(id: String, title: String, date: String, body: String)]) -> String {
        let entries = items.map { """
            <item><guid>\($0.id)</guid><title>\($0.title)</title><pubDate>\($0.date)</pubDate>
            <description>\($0.body)</description></item>
            """ }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Loopback News</title><link>http://example.com/</link>
            \(entries)
            </channel></rss>
            """
    }

    /// The seed story and a newer one quoting John Kerry, both analysed into the index.
    static func kerryLibrary() throws -> Library {
        var stories = BuiltInLibrary.load().stories.filter { $0.id.hasPrefix("builtin:seed/") }
        stories.append(Support.story("Kerry meets European ministers", kerryText, id: "test:kerry"))
        let library = try Support.library(stories)
        library.indexPending()
        return library
    }

    // MARK: Opening

    @Test("The whole store opens with the built-in stories and fetched ones, newest first, read marks kept; saving twice adds nothing")
    func wholeStore() throws {
        let store = try Store(path: ":memory:")
        let fetched = Story(id: "http://example.com/1", title: "Fetched yesterday", source: "Loopback News",
                            date: Date(timeIntervalSince1970: 2_000_000_000), text: "Fetched yesterday\n\nA story.", location: nil)
        try store.save([fetched])
        let first = ReaderLibrary.whole(store: store)
        #expect(first.errors.isEmpty)
        let builtInCount = BuiltInLibrary.load().stories.count
        #expect(first.library.count == builtInCount + 1)
        #expect(first.library.header(at: 0)?.id == "http://example.com/1")
        try first.library.setRead("http://example.com/1", true)

        let again = ReaderLibrary.whole(store: store)
        #expect(again.library.count == builtInCount + 1)
        #expect(again.library.isRead("http://example.com/1"))
        let r = Reader(library: again.library, width: 120, height: 30)
        #expect(r.listID(at: 0) == "http://example.com/1")
        #expect(r.render().line(1).hasPrefix("  Fetched yesterday"))
        #expect(r.listedIDs.contains { $0.hasPrefix("builtin:seed/") })
    }

    @Test("The built-in files are saved on the first start and again only when the installed files change")
    func builtInSavedOnce() throws {
        let store = try Store(path: ":memory:")
        let seedID = "builtin:seed/000_dd15545884163b50.txt"
        #expect(ReaderLibrary.whole(store: store).errors.isEmpty)
        let stamp = try #require(BuiltInLibrary.stamp())
        #expect(try store.setting(ReaderLibrary.builtInStampKey) == stamp)
        let stored = try #require(try store.story(seedID))
        // Same files: nothing is read or saved again, so a change made in the store stays.
        try store.save([Story(id: seedID, title: "Changed", source: stored.source, date: stored.date,
                              text: "Changed\n\nA changed text.", location: stored.location)])
        _ = ReaderLibrary.whole(store: store)
        #expect(try store.story(seedID)?.text == "Changed\n\nA changed text.")
        // Different files (another version of Byline): the built-in stories are saved again.
        try store.setSetting(ReaderLibrary.builtInStampKey, "v0-older")
        _ = ReaderLibrary.whole(store: store)
        #expect(try store.story(seedID)?.text == stored.text)
        #expect(try store.setting(ReaderLibrary.builtInStampKey) == stamp)
    }

    @Test("Feed files open by extension or by content, text files beside them; a missing path and a refused URL are reported")
    func openTargets() throws {
        let dir = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rss = Self.rss([(id: "a1", title: "Mayor opens bridge", date: "Tue, 10 Jun 2025 09:00:00 GMT", body: "The bridge is open.")])
        try rss.write(to: dir.appendingPathComponent("news.rss"), atomically: true, encoding: .utf8)
        // No extension: recognised by its content.
        try rss.replacingOccurrences(of: "a1", with: "b2").replacingOccurrences(of: "Mayor opens bridge", with: "Bridge closes again")
            .write(to: dir.appendingPathComponent("sniffed"), atomically: true, encoding: .utf8)
        try "Plain title\n\nSome text.".write(to: dir.appendingPathComponent("plain.txt"), atomically: true, encoding: .utf8)
        let paths = ["news.rss", "sniffed", "plain.txt", "missing.txt"].map { dir.appendingPathComponent($0).path }
        let store = try Store(path: ":memory:")
        let opened = ReaderLibrary.targets(paths + ["http://127.0.0.1:1/feed.xml"], store: store, timeout: 10)
        let library = try #require(opened.library)
        #expect(Set(library.headers.map(\.title)) == ["Mayor opens bridge", "Bridge closes again", "Plain title"])
        #expect(opened.errors.count == 2)
        #expect(opened.errors.first == "\(paths[3]): no such file or folder")
        #expect(opened.errors.last?.hasPrefix("http://127.0.0.1:1/feed.xml: ") == true)
        // Feed stories keep where they came from.
        let id = try #require(library.headers.first { $0.title == "Mayor opens bridge" }?.id)
        #expect(library.origin(id)?.feed == paths[0])
        #expect(library.story(id)?.source == "Loopback News")
    }

    @Test("A folder opens its text files and the feed files inside it; other .json files are passed over quietly")
    func openFolder() throws {
        let dir = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("feeds"), withIntermediateDirectories: true)
        try Self.rss([(id: "f1", title: "Harbour reopens", date: "Tue, 10 Jun 2025 09:00:00 GMT", body: "Ships are back.")])
            .write(to: dir.appendingPathComponent("feeds/port.rss"), atomically: true, encoding: .utf8)
        try "Plain title\n\nSome text.".write(to: dir.appendingPathComponent("plain.txt"), atomically: true, encoding: .utf8)
        try "{\"settings\": true}".write(to: dir.appendingPathComponent("settings.json"), atomically: true, encoding: .utf8)
        let opened = ReaderLibrary.targets([dir.path], store: try Store(path: ":memory:"))
        let library = try #require(opened.library)
        #expect(Set(library.headers.map(\.title)) == ["Harbour reopens", "Plain title"])
        #expect(opened.errors.isEmpty)
    }

    @Test("A folder of many feed files, read on all cores, gives their stories in name order (an ill-formed one read leniently)")
    func openFolderOfFeeds() throws {
        let dir = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<9 {
            let url = dir.appendingPathComponent("feed\(i).rss")
            if i == 4 { try "<rss><channel><item><title>Broken".write(to: url, atomically: true, encoding: .utf8); continue }
            try Self.rss([(id: "f\(i)", title: "Story \(i)", date: "Tue, 10 Jun 2025 09:00:00 GMT", body: "Text \(i).")])
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let loaded = FeedSource.load([dir.path])
        #expect(loaded.stories.map(\.title).filter { $0 != "Broken" } == [0, 1, 2, 3, 5, 6, 7, 8].map { "Story \($0)" })
    }

    @Test("A file named .xml that is not a feed is an error, not a text story")
    func brokenFeedFile() throws {
        let dir = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("broken.xml").path
        try "just words".write(toFile: path, atomically: true, encoding: .utf8)
        let opened = ReaderLibrary.targets([path], store: nil)
        #expect(opened.library == nil)
        #expect(opened.errors.count == 1)
        #expect(opened.errors.first?.hasPrefix("\(path): ") == true)
    }

    // MARK: Background refresh

    @Test("R refreshes in the background: progress in the status line, the list usable meanwhile, then the outcome and the cursor on the same story")
    func backgroundRefresh() throws {
        let store = try Store(path: ":memory:")
        let day = 86_400.0
        try store.save((1...3).map { i in
            Story(id: "s\(i)", title: "Story \(i)", source: "Test", date: Date(timeIntervalSince1970: 1_600_000_000 + Double(i) * day),
                  text: "Story \(i)\n\nText.", location: nil)
        })
        let r = Reader(library: Library.open(store: store), width: 120, height: 30)
        #expect(r.listedIDs == ["s3", "s2", "s1"])
        r.press("j")
        #expect(r.listID(at: r.state.listCursor) == "s2")

        let started = DispatchSemaphore(value: 0), go = DispatchSemaphore(value: 0)
        r.refresher = { report in
            report(RefreshProgress(done: 1, total: 2))
            started.signal()
            go.wait()
            _ = try? store.save([Story(id: "s4", title: "Story 4", source: "Test", date: Date(timeIntervalSince1970: 1_700_000_000),
                                       text: "Story 4\n\nNew.", location: nil)])
            return RefreshProgress(done: 2, total: 2, failed: 1, added: 1, failures: ["http://x/feed: failed: HTTP 500 internal server error"])
        }
        r.press("R")
        #expect(r.isBusyInBackground)
        started.wait()
        #expect(r.pollBackground())
        #expect(r.state.backgroundStatus == "refreshing 1/2…")
        #expect(r.render().line(29).contains("refreshing 1/2…"))
        // The list is still usable while the refresh runs.
        r.press("j")
        #expect(r.listID(at: r.state.listCursor) == "s1")
        r.press("k")
        r.press("R")
        #expect(r.state.message == "Already refreshing")
        go.signal()
        #expect(r.waitForRefresh())
        #expect(!r.isBusyInBackground)
        #expect(r.state.backgroundStatus == nil)
        #expect(r.state.message == "Refreshed 1 of 2 feeds: 1 new, 0 changed; 1 failed (http://x/feed: failed: HTTP 500 internal server error)")
        #expect(r.listedIDs == ["s4", "s3", "s2", "s1"])
        #expect(r.listID(at: r.state.listCursor) == "s2")
        #expect(r.state.unreadCount == 4)
        // Every failure is kept for the command to print on exit.
        #expect(r.exitNotes == ["refresh: http://x/feed: failed: HTTP 500 internal server error"])
    }

    @Test("A person's quote list in the people view takes in the quotes of stories a refresh brings, cursor on the same quote")
    func personQuotesAfterRefresh() throws {
        let store = try Store(path: ":memory:")
        try store.save([Support.story("Kerry meets European ministers", Self.kerryText, id: "test:kerry")])
        let library = Library.open(store: store)
        library.indexPending()
        let r = Reader(library: library, width: 120, height: 30)
        r.press("P")
        r.press(.enter)
        #expect(r.state.people?.quotes.map(\.storyID) == ["test:kerry"])
        r.refresher = { _ in
            _ = try? store.save([Story(id: "test:rome", title: "Kerry in Rome", source: "Test", date: Date(timeIntervalSince1970: 1_600_000_000),
                                       text: "Kerry in Rome\n\nROME (Reuters) - U.S. Secretary of State John Kerry arrived in Rome on Monday.\n\n\"The talks were useful,\" Kerry said.",
                                       location: nil)])
            return RefreshProgress(done: 1, total: 1, added: 1)
        }
        r.press("R")
        #expect(r.waitForRefresh())
        while r.hasIdleWork { r.doIdleWork() }
        #expect(r.state.people?.quotes.map(\.storyID) == ["test:rome", "test:kerry"])
        #expect(r.state.people?.quoteCursor == 1)
        #expect(r.render().line(0).hasPrefix(" Quotes by John Kerry · 2 in 2 stories"))
    }

    @Test("R on files given on the command line explains that refreshing needs the library")
    func refreshNeedsLibrary() throws {
        let r = Reader(library: try Support.library([Support.story("One", "One\n\nText.")]), width: 120, height: 30)
        r.press("R")
        #expect(r.state.message == "Refreshing feeds works on the whole library: run byline without file arguments")
        #expect(!r.isBusyInBackground)
    }

    @Test("The feeds refresher reads every feed of the feeds file into the store and counts new stories and failures")
    func feedsRefresher() throws {
        let dir = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feed = dir.appendingPathComponent("local.xml")
        try Self.rss([(id: "a1", title: "One", date: "Tue, 10 Jun 2025 09:00:00 GMT", body: "First."),
                      (id: "a2", title: "Two", date: "Wed, 11 Jun 2025 09:00:00 GMT", body: "Second.")])
            .write(to: feed, atomically: true, encoding: .utf8)
        let feeds = dir.appendingPathComponent("feeds")
        try "\(feed.path)\n\(dir.path)/missing.xml\n".write(to: feeds, atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:")
        final class Seen: @unchecked Sendable { let lock = NSLock(); var done: [Int] = [] }
        let seen = Seen()
        let refresh = Reader.feedsRefresher(store: store, feedsFile: feeds, timeout: 5, jobs: 1)
        let result = refresh { p in seen.lock.withLock { seen.done.append(p.done) } }
        #expect(result.total == 2 && result.done == 2 && result.added == 2 && result.failed == 1)
        #expect(result.failures == ["\(dir.path)/missing.xml: failed: no such file or folder"])
        #expect(seen.done == [0, 1, 2])
        #expect(try store.storyCount() == 2)
        #expect(result.outcome == "Refreshed 1 of 2 feeds: 2 new, 0 changed; 1 failed (\(dir.path)/missing.xml: failed: no such file or folder)")

        let empty = dir.appendingPathComponent("empty")
        try "# nothing\n".write(to: empty, atomically: true, encoding: .utf8)
        #expect(Reader.feedsRefresher(store: store, feedsFile: empty)({ _ in }).outcome
                == "No feeds yet: add one with `byline add URL` (feeds file: \(empty.path))")
    }

    // MARK: People view

    @Test("P lists people by quotes then stories; Enter lists a person's quotes newest first; q steps back out")
    func peopleView() throws {
        let r = Reader(library: try Self.kerryLibrary(), width: 120, height: 30)
        r.press("P")
        let v = try #require(r.state.people)
        #expect(v.people.map(\.name).prefix(2) == ["John Kerry", "Dmitry Peskov"])
        #expect(v.people.first?.quotes == 5 && v.people.first?.stories == 2)
        var screen = r.render()
        #expect(screen.line(0).hasPrefix(" People \(v.people.count)"))
        #expect(screen.line(1).hasPrefix(" John Kerry"))
        #expect(screen.line(1).hasSuffix("     5        2  "))

        r.press(.enter)
        let quotes = try #require(r.state.people?.quotes)
        #expect(quotes.map(\.storyID).first == "test:kerry")
        #expect(quotes.count == 5)
        #expect(quotes.dropFirst().map(\.span) == Support.seedGoldQuotes.filter { $0.2 == "John Kerry" }.map { Span($0.0, $0.1) })
        screen = r.render()
        #expect(screen.line(0).hasPrefix(" Quotes by John Kerry · 5 in 2 stories"))
        #expect(screen.line(1).hasPrefix(" 2017-07-14  Kerry meets European ministers"))
        #expect(screen.line(2).hasPrefix("   \"We have a lot of work to do,\""))

        r.press("q")
        #expect(r.state.people?.person == nil)
        r.press("q")
        #expect(r.state.people == nil)
        #expect(!r.wantsQuit)
    }

    @Test("Enter on a quote in the people view opens its story with that quote selected and in view")
    func openQuoteFromPeople() throws {
        let r = Reader(library: try Self.kerryLibrary(), width: 120, height: 16)
        r.press("P")
        r.press(.enter)
        r.press("jjjj")  // the seed's last John Kerry quote, far down the article
        r.press(.enter)
        #expect(r.state.people == nil)
        let id = try #require(r.state.openID)
        #expect(id.hasPrefix("builtin:seed/"))
        let q = try #require(r.state.selectedQuote)
        let a = try #require(r.analysis)
        #expect(a.quotes[q].span == Span(1522, 1625))
        #expect(!r.render().cells(in: a.quotes[q].span).isEmpty)
        #expect(r.listID(at: r.state.listCursor) == id)
    }

    @Test("The people view with nothing indexed says the stories are still being analysed")
    func peopleEmpty() throws {
        let r = Reader(library: try Support.library([Support.story("Kerry", Self.kerryText)]), width: 120, height: 30)
        r.press("P")
        #expect(r.state.people?.people.isEmpty == true)
        #expect(r.render().line(1).hasPrefix(" No people yet: stories are analysed in the background"))
    }

    @Test("An open people view fills in as the stories are analysed between keys")
    func peopleFillIn() throws {
        let r = Reader(library: try Support.library([Support.story("Kerry", Self.kerryText)]), width: 120, height: 30)
        r.press("P")
        #expect(r.state.people?.pending == 1)
        while r.hasIdleWork { r.doIdleWork() }
        #expect(r.state.people?.people.map(\.name) == ["John Kerry"])
        #expect(r.state.people?.pending == 0)
        #expect(r.render().line(1).hasPrefix(" John Kerry"))
    }

    @Test("The new keys are in the help overlay and can be rebound in the config file")
    func keys() throws {
        let lines = HelpOverlay.lines(.standard)
        #expect(lines.contains { $0.0 == "P" && $0.1 == Command.people.summary })
        #expect(lines.contains { $0.0 == "R" && $0.1 == Command.refresh.summary })
        let dir = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("byline"), withIntermediateDirectories: true)
        try "bind W people\nbind F5 refresh\n".write(to: dir.appendingPathComponent("byline/config"), atomically: true, encoding: .utf8)
        let settings = Settings.load(themeOption: nil, environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(settings.errors.isEmpty)
        #expect(settings.keymap.command(for: .char("W")) == .people)
        #expect(settings.keymap.command(for: .function(5)) == .refresh)
    }
}
