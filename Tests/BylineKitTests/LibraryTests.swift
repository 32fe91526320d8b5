import Foundation
import Testing
@testable import BylineKit

/// Counts calls to the analysis pipeline.
final class AnalysisCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []
    var calls: [String] { lock.withLock { texts } }
    func analyze(_ text: String) -> Analysis {
        lock.withLock { texts.append(text) }
        return Analyzer().analyze(text)
    }
}

@Suite("The library the reader uses")
struct LibraryTests {
    @Test("Read marks persist across runs and a story seen again keeps its mark")
    func readMarksPersist() throws {
        let path = temporaryStorePath()
        let stories = [story("x:1", "One", "One.", day: 1), story("x:2", "Two", "Two.", day: 2)]
        do {
            let lib = Library(stories: stories, store: try Store(path: path))
            #expect(lib.unreadCount == 2)
            try lib.setRead("x:1", true)
        }
        let lib = Library(stories: stories + [story("x:3", "Three", "Three.", day: 3)], store: try Store(path: path))
        #expect(lib.isRead("x:1"))
        #expect(!lib.isRead("x:2"))
        #expect(lib.unreadCount == 2)
        #expect(lib.headers.map(\.id) == ["x:3", "x:2", "x:1"])
        let whole = Library.open(store: try Store(path: path))
        #expect(whole.isRead("x:1"))
        #expect(whole.unreadCount == 2)
        #expect(whole.unreadCountsBySource == ["Test": 2])
        try whole.setRead(["x:2", "x:3", "x:1", "not-a-story"], true)
        #expect(whole.unreadCount == 0)
        #expect(whole.unreadCountsBySource == [:])
        try whole.setRead("x:3", false)
        #expect(whole.unreadCount == 1)
        #expect(whole.unreadCountsBySource == ["Test": 1])
    }

    @Test("An analysis is made once, cached in the database, and made again when the text changes")
    func changedStoryReanalysed() throws {
        let path = temporaryStorePath()
        let counter = AnalysisCounter()
        let v1 = story("feed:a", "A", "Mary Major said \"we won\".", day: 1)
        do {
            let lib = Library(stories: [v1], store: try Store(path: path))
            lib.analyze = { counter.analyze($0) }
            #expect(lib.cachedAnalysis("feed:a") == nil)
            _ = lib.analysis("feed:a")
            _ = lib.analysis("feed:a")
            #expect(counter.calls.count == 1)
        }
        do {
            let lib = Library(stories: [v1], store: try Store(path: path))
            lib.analyze = { counter.analyze($0) }
            #expect(lib.cachedAnalysis("feed:a")?.text == v1.text)
            _ = lib.analysis("feed:a")
            #expect(counter.calls.count == 1)
        }
        let v2 = story("feed:a", "A", "Mary Major said \"we lost\".", day: 1)
        let lib = Library(stories: [v2], store: try Store(path: path))
        lib.analyze = { counter.analyze($0) }
        #expect(lib.cachedAnalysis("feed:a") == nil)
        #expect(lib.analysis("feed:a")?.text == v2.text)
        #expect(counter.calls == [v1.text, v2.text])
    }

    @Test("A whole-database library reads analyses from the database cache without analysing")
    func wholeLibraryCache() throws {
        let store = try Store(path: ":memory:")
        let s = story("w:1", "W", "Ann Lee said \"hello\".", day: 1)
        try store.save([s])
        let counter = AnalysisCounter()
        let first = Library.open(store: store)
        first.analyze = { counter.analyze($0) }
        #expect(first.cachedAnalysis("w:1") == nil)
        #expect(first.analysis("w:1")?.text == s.text)
        let second = Library.open(store: store)
        second.analyze = { counter.analyze($0) }
        #expect(second.cachedAnalysis("w:1")?.text == s.text)
        #expect(counter.calls.count == 1)
        #expect(second.pendingAnalysisCount == 0)
    }

    @Test("A library of some stories sees only those, even in a database holding more")
    func scoped() throws {
        let store = try Store(path: ":memory:")
        try store.save([story("other", "Rain in Paris", "Rain in Paris.", day: 5)])
        let lib = Library(stories: [story("mine", "Paris fashion", "Paris fashion week.", day: 1)], store: store)
        #expect(lib.count == 1)
        #expect(lib.search("paris") == ["mine"])
        #expect(Library.open(store: store).search("paris") == ["other", "mine"])
    }

    @Test("A whole-database library pages headers newest first")
    func paging() throws {
        let store = try Store(path: ":memory:")
        try store.save((0..<600).map { (i: Int) in story("s\(i)", "Story \(i)", "Text \(i).", day: i) })
        let lib = Library.open(store: store)
        #expect(lib.count == 600)
        #expect(lib.headers(in: 0..<3).map(\.id) == ["s599", "s598", "s597"])
        #expect(lib.headers(in: 254..<258).map(\.id) == ["s345", "s344", "s343", "s342"])
        #expect(lib.headers(in: 598..<700).map(\.id) == ["s1", "s0"])
        #expect(lib.header(at: 599)?.id == "s0")
        #expect(lib.headers.count == 600)
    }

    @Test("The background pass fills the index and the index answers across stories")
    func backgroundIndex() throws {
        let store = try Store(path: ":memory:")
        let texts = ["Ann Lee said \"one\".", "Ann Lee said \"two\".", "Bob Roe said \"three\"."]
        let stories = texts.enumerated().map { story("s\($0.offset)", "T\($0.offset)", $0.element, day: $0.offset) }
        let lib = Library(stories: stories, store: store)
        lib.analyze = { text in
            let person = text.hasPrefix("Ann") ? "Ann Lee" : "Bob Roe"
            let q = text.split(separator: "\"")[1]
            return analysis(of: text, person: person, quotes: ["\"\(q)\""])
        }
        #expect(lib.people().isEmpty)
        #expect(lib.pendingAnalysisCount == 3)
        #expect(lib.indexPending(limit: 2) == 2)
        #expect(lib.indexPending() == 1)
        #expect(lib.pendingAnalysisCount == 0)
        #expect(lib.people().map(\.name) == ["Ann Lee", "Bob Roe"])
        #expect(lib.otherStories(mentioning: "person:ann lee", excluding: "s1") == ["s0"])
        #expect(lib.quotes(by: "person:ann lee").map(\.text) == ["\"two\"", "\"one\""])
    }
}
