import Foundation

/// A story as the story list shows it, without its text.
public struct StoryHeader: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var source: String
    public var date: Date?
    public init(id: String, title: String, source: String, date: Date?) {
        self.id = id; self.title = title; self.source = source; self.date = date
    }
    public init(_ s: Story) { self.init(id: s.id, title: s.title, source: s.source, date: s.date) }
}

/// Everything the reader asks of the story library. Analyses are made lazily, one story at a time,
/// and cached; nothing analyses the whole library at start-up.
public final class Library: @unchecked Sendable {
    private let lock = NSLock()
    private var storiesByID: [String: Story] = [:]
    /// Newest first.
    public private(set) var headers: [StoryHeader] = []
    private var analyses: [String: Analysis] = [:]
    private var readIDs: Set<String> = []
    public let store: Store?
    private let analyzer = Analyzer()

    public init(stories: [Story], store: Store?) {
        self.store = store
        for s in stories { storiesByID[s.id] = s }
        headers = storiesByID.values.map(StoryHeader.init).sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.title < b.title
            }
        }
        readIDs = (try? store?.readIDs()) ?? []
    }

    public var count: Int { headers.count }

    public func story(_ id: String) -> Story? { lock.withLock { storiesByID[id] } }

    /// The analysis of one story, made on first request and cached.
    public func analysis(_ id: String) -> Analysis? {
        if let a = lock.withLock({ analyses[id] }) { return a }
        guard let s = story(id) else { return nil }
        let a = analyzer.analyze(s.text)
        lock.withLock { analyses[id] = a }
        return a
    }

    /// The cached analysis, if one was made already (never analyses).
    public func cachedAnalysis(_ id: String) -> Analysis? { lock.withLock { analyses[id] } }

    public func isRead(_ id: String) -> Bool { lock.withLock { readIDs.contains(id) } }
    public var unreadCount: Int { lock.withLock { headers.count - readIDs.intersection(storiesByID.keys).count } }

    /// Mark read or unread; written to the store at once (in a transaction).
    public func setRead(_ id: String, _ read: Bool) throws {
        try store?.setRead(id, read)
        lock.withLock { if read { readIDs.insert(id) } else { readIDs.remove(id) } }
    }

    public func setRead(_ ids: [String], _ read: Bool) throws {
        try store?.setRead(ids, read)
        lock.withLock { for id in ids { if read { readIDs.insert(id) } else { readIDs.remove(id) } } }
    }

    /// Stories whose title or text contains every word of the query (case- and diacritic-insensitive), newest first.
    public func search(_ query: String) -> [String] {
        let words = query.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return headers.map(\.id) }
        return headers.compactMap { h in
            guard let s = story(h.id) else { return nil }
            for w in words where s.title.range(of: w, options: [.caseInsensitive, .diacriticInsensitive]) == nil
                && s.text.range(of: w, options: [.caseInsensitive, .diacriticInsensitive]) == nil { return nil }
            return h.id
        }
    }

    /// Stories mentioning an entity (by its cross-story key), among those analysed so far, newest first.
    public func stories(mentioning key: String) -> [String] {
        let cached = lock.withLock { analyses }
        return headers.compactMap { h in
            guard let a = cached[h.id], a.entities.contains(where: { $0.key == key }) else { return nil }
            return h.id
        }
    }
}
