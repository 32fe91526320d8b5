import Foundation
import TestSupport
import Testing
@testable import BylineKit

/// A database path in a new, existing temporary folder.
func temporaryStorePath() -> String {
    let dir = Scratch.path("store")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("library.sqlite").path
}

func story(_ id: String, _ title: String, _ text: String, day: Int?) -> Story {
    Story(id: id, title: title, source: "Test", date: day.map { Date(timeIntervalSince1970: Double($0) * 86_400) },
          text: text, location: nil)
}

/// An analysis made by hand: one person who says the given quotes (spans found in the text).
func analysis(of text: String, person: String, quotes: [String]) -> Analysis {
    let scalars = Array(text.unicodeScalars)
    func span(of s: String) -> Span {
        let needle = Array(s.unicodeScalars)
        for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            return Span(i, i + needle.count)
        }
        fatalError("\(s) not in text")
    }
    let nameSpan = span(of: person)
    let entity = Entity(id: 0, type: .person, name: person, role: nil, mentions: [0])
    let mention = Mention(span: nameSpan, type: .person, text: person, entity: 0)
    let qs = quotes.enumerated().map { i, q in
        Quote(span: span(of: q), text: q, kind: .direct, group: i, speaker: person, speakerSpan: nameSpan,
              speakerCanonical: person, entity: 0)
    }
    return Analysis(text: text, quotes: qs, entities: [entity], mentions: [mention])
}

@Suite("The library database")
struct StoreTests {
    @Test("A garbage database file gives a clear message and is left untouched")
    func corruptDatabase() throws {
        let path = temporaryStorePath()
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        try garbage.write(to: URL(fileURLWithPath: path))
        var message = ""
        do { _ = try Store(path: path) } catch { message = "\(error)" }
        #expect(message.contains("cannot open the Byline database at \(path)"))
        #expect(message.contains("not a database"))
        #expect(message.contains("move it aside"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test("A story seen again keeps its read mark; a changed one is counted as changed")
    func seenAgain() throws {
        let path = temporaryStorePath()
        do {
            let store = try Store(path: path)
            #expect(try store.save([story("feed:1", "One", "First text.", day: 1)]).added == 1)
            try store.setRead("feed:1", true)
        }
        let store = try Store(path: path)
        let again = try store.save([story("feed:1", "One", "First text.", day: 1), story("feed:2", "Two", "Other.", day: 2)])
        #expect(again.added == 1 && again.unchanged == 1 && again.changed == 0)
        #expect(try store.isRead("feed:1"))
        let changed = try store.save([story("feed:1", "One", "First text, corrected.", day: 1)])
        #expect(changed.changed == 1)
        #expect(try store.isRead("feed:1"))
        #expect(try store.story("feed:1")?.text == "First text, corrected.")
        #expect(try store.unreadCount() == 1)
    }

    @Test("Headers come newest first, undated last, and page by offset")
    func headerOrder() throws {
        let store = try Store(path: ":memory:")
        try store.save([story("a", "Alpha", "a", day: 1), story("b", "Beta", "b", day: 3),
                        story("c", "Gamma", "c", day: nil), story("d", "Delta", "d", day: 2)])
        #expect(try store.headers().map(\.id) == ["b", "d", "a", "c"])
        #expect(try store.headers(offset: 1, limit: 2).map(\.id) == ["d", "a"])
    }

    @Test("Full-text search ignores case and diacritics, matches word prefixes, and survives odd input")
    func search() throws {
        let store = try Store(path: ":memory:")
        try store.save([story("a", "Café society", "The mayor of Zürich spoke.", day: 1),
                        story("b", "Weather", "Rain in Zurich tomorrow.", day: 2),
                        story("c", "Sport", "Nothing here.", day: 3)])
        #expect(try store.search("zurich") == ["b", "a"])
        #expect(try store.search("CAFE") == ["a"])
        #expect(try store.search("zur rain") == ["b"])
        #expect(try store.search("\"AND( OR*") == [])
        #expect(try store.search("  ") == [])
    }

    @Test("Saving leaves the full-text index to later; a search first indexes every saved story, changed or deleted ones included")
    func deferredTextIndex() throws {
        let store = try Store(path: temporaryStorePath())
        // Saved with the background indexer at work or not: the results are the same either way.
        try store.save([story("a", "Harbour", "Boats in Zurich.", day: 1), story("b", "Rain", "Rain in Zurich.", day: 2),
                        story("c", "Sport", "Nothing here.", day: 3)])
        try store.save([Story(id: "b", title: "Sun", source: "Test", date: Date(timeIntervalSince1970: 2 * 86_400),
                              text: "Sun in Geneva.", location: nil)])
        try store.deleteStories(["c"])
        #expect(try store.search("zurich") == ["a"])
        #expect(try store.search("geneva") == ["b"])
        #expect(try store.search("nothing").isEmpty)
        #expect(try store.pendingTextCount() == 0)
        // A story indexed before it changes is taken out of the index and put back with its new text.
        try store.save([Story(id: "a", title: "Harbour", source: "Test", date: Date(timeIntervalSince1970: 86_400),
                              text: "Boats in Basel.", location: nil)])
        try store.indexPendingText()
        #expect(try store.search("zurich").isEmpty)
        #expect(try store.search("basel") == ["a"])
        // The index agrees with the stored texts.
        try store.dbQueue.write { try $0.execute(sql: "INSERT INTO storyText(storyText, rank) VALUES ('integrity-check', 1)") }
    }

    @Test("Deleting a story removes it from search, the index and the read marks")
    func delete() throws {
        let store = try Store(path: ":memory:")
        let s = story("a", "Harbour news", "Ann Lee said \"hi\".", day: 1)
        try store.save([s, story("b", "Harbour two", "Other.", day: 2)])
        try store.saveAnalysis(analysis(of: s.text, person: "Ann Lee", quotes: ["\"hi\""]), storyID: "a", contentHash: s.contentHash)
        try store.setRead("a", true)
        try store.deleteStories(["a"])
        #expect(try store.search("harbour") == ["b"])
        #expect(try store.quotes(by: "person:ann lee").isEmpty)
        #expect(try store.readIDs().isEmpty)
        #expect(try store.story("a") == nil)
    }

    @Test("A cached analysis of an older analyser version is not used")
    func analyserVersion() throws {
        let store = try Store(path: ":memory:")
        let s = story("a", "T", "Smith said \"yes\".", day: 1)
        try store.save([s])
        let a = analysis(of: s.text, person: "Smith", quotes: ["\"yes\""])
        try store.saveAnalysis(a, storyID: "a", contentHash: s.contentHash)
        #expect(try store.cachedAnalysis(contentHash: s.contentHash, text: s.text)?.quotes.count == 1)
        #expect(try !store.needsIndex("a"))
        try store.dbQueue.write { db in
            try db.execute(sql: "UPDATE analysisCache SET analyserVersion = analyserVersion - 1")
            try db.execute(sql: "UPDATE story SET indexedVersion = indexedVersion - 1")
        }
        #expect(try store.cachedAnalysis(contentHash: s.contentHash, text: s.text) == nil)
        #expect(try store.needsIndex("a"))
    }

    @Test("A person's quotes across three stories come newest first, in text order within a story")
    func quotesAcrossStories() throws {
        let store = try Store(path: ":memory:")
        let texts = [
            ("s1", 10, "Jane Doe said \"first\" and later \"second\"."),
            ("s2", 30, "\"Third,\" said Jane Doe."),
            ("s3", 20, "Jane Doe: \"fourth\"."),
        ]
        for (id, day, text) in texts {
            let s = story(id, id.uppercased(), text, day: day)
            try store.save([s])
            let quotes = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { "\"\($0.element)\"" }
            try store.saveAnalysis(analysis(of: text, person: "Jane Doe", quotes: quotes), storyID: id, contentHash: s.contentHash)
        }
        let key = Entity.makeKey(name: "Jane Doe", type: .person)
        let refs = try store.quotes(by: key)
        #expect(refs.map(\.storyID) == ["s2", "s3", "s1", "s1"])
        #expect(refs.map(\.text) == ["\"Third,\"", "\"fourth\"", "\"first\"", "\"second\""])
        #expect(refs.map(\.quoteIndex) == [0, 0, 0, 1])
        #expect(refs[0].span == Span(0, 8))
        #expect(try store.entities(of: .person) == [EntitySummary(key: key, name: "Jane Doe", type: .person, stories: 3, quotes: 4)])
        #expect(try store.stories(mentioning: key) == ["s2", "s3", "s1"])
        // Re-indexing a story replaces its share of the summary.
        let s2 = story("s2", "S2", "\"Third,\" said Jane Doe.", day: 30)
        try store.saveAnalysis(analysis(of: s2.text, person: "Jane Doe", quotes: []), storyID: "s2", contentHash: s2.contentHash)
        #expect(try store.entity(key)?.quotes == 3)
        #expect(try store.entities(of: .person).first?.quotes == 3)
        try store.deleteStories(["s1"])
        #expect(try store.entities(of: .person) == [EntitySummary(key: key, name: "Jane Doe", type: .person, stories: 2, quotes: 1)])
    }

    @Test("Changing a story's text drops its index rows until it is analysed again")
    func changedStoryLeavesIndex() throws {
        let store = try Store(path: ":memory:")
        let s = story("a", "T", "Ann Lee said \"hi\".", day: 1)
        try store.save([s])
        try store.saveAnalysis(analysis(of: s.text, person: "Ann Lee", quotes: ["\"hi\""]), storyID: "a", contentHash: s.contentHash)
        #expect(try store.quotes(by: "person:ann lee").count == 1)
        try store.save([story("a", "T", "Ann Lee said nothing.", day: 1)])
        #expect(try store.quotes(by: "person:ann lee").isEmpty)
        #expect(try store.storiesNeedingAnalysis() == ["a"])
    }
}
