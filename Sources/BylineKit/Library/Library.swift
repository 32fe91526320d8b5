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

/// Everything the reader asks of the story library. Analyses are made lazily, one story at a time, cached in
/// the database by content hash and analyser version, and each one fills the cross-story entity index;
/// nothing analyses the whole library at start-up (`indexPending` is the optional background pass).
///
/// Two shapes:
/// - `Library(stories:store:)`: exactly these stories (files, folders, the built-in library). They are saved in
///   the store (an in-memory one when `store` is nil) so that search, the analysis cache and the index work,
///   and every query is limited to them.
/// - `Library.open(store:)`: every story in the database (feeds after `byline refresh`). Headers are paged from
///   SQLite (`header(at:)`, `headers(in:)`), texts are read one story at a time, so opening stays fast and
///   small at 100,000 stories.
public final class Library: @unchecked Sendable {
    private let lock = NSLock()
    /// The database given by the caller (nil: the library lives in a private in-memory database).
    public let store: Store?
    /// The database actually used (the caller's, or the private in-memory one).
    public let database: Store
    private let scope: StoreScope?
    /// Scoped libraries keep their stories in memory (they are few); whole-database libraries page from SQLite.
    private var storiesByID: [String: Story]
    private var loadedHeaders: [StoryHeader]?
    private var headerPages: [Int: [StoryHeader]] = [:]
    private var totalCount: Int?
    /// Whole-database libraries: unread count, kept up to date by `setRead` once computed.
    private var cachedUnread: Int?
    private var cachedUnreadBySource: [String: Int]?
    private var analyses: [String: Analysis] = [:]
    private var analysisOrder: [String] = []
    private var readIDs: Set<String>
    /// The analysis pipeline (replaceable in tests).
    var analyze: @Sendable (String) -> Analysis = { Analyzer().analyze($0) }
    /// How many analyses are kept in memory (the database keeps them all).
    public var memoryCacheLimit = 512
    static let pageSize = 256

    /// A library of exactly these stories. Saving them to the store keeps their read marks and index across runs.
    /// If the store cannot be written, the stories are still shown (from an in-memory database).
    public init(stories: [Story], store: Store?) {
        self.store = store
        var byID: [String: Story] = [:]
        for s in stories { byID[s.id] = s }
        storiesByID = byID
        let unique = Array(byID.values)
        var db: Store
        var scope: StoreScope?
        do {
            db = try store ?? Store(path: ":memory:")
            try db.save(unique)
            scope = try db.makeScope(unique.map(\.id))
        } catch {
            // The caller's store failed (read-only disk, ...): fall back to memory; read marks will not persist.
            db = try! Store(path: ":memory:")
            _ = try? db.save(unique)
            scope = try? db.makeScope(unique.map(\.id))
        }
        database = db
        self.scope = scope
        loadedHeaders = unique.map(StoryHeader.init).sorted(by: Library.newestFirst)
        readIDs = Set(((try? db.readIDs()) ?? []).filter { byID[$0] != nil })
    }

    /// Every story in the database. Nothing is read until asked for, except the number of stories.
    public static func open(store: Store) -> Library { Library(wholeStore: store) }

    private init(wholeStore: Store) {
        store = wholeStore
        database = wholeStore
        scope = nil
        storiesByID = [:]
        loadedHeaders = nil
        readIDs = []
    }

    static func newestFirst(_ a: StoryHeader, _ b: StoryHeader) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.title != b.title ? a.title < b.title : a.id < b.id
        }
    }

    // MARK: Headers

    /// All headers, newest first. For a whole-database library this loads every header (no texts) once; a
    /// reader showing one screen should prefer `count` and `headers(in:)`.
    public var headers: [StoryHeader] {
        if let h = lock.withLock({ loadedHeaders }) { return h }
        let all = (try? database.headers()) ?? []
        lock.withLock { loadedHeaders = all; totalCount = all.count }
        return all
    }

    public var count: Int {
        lock.withLock {
            if let h = loadedHeaders { return h.count }
            if let n = totalCount { return n }
            let n = (try? database.storyCount()) ?? 0
            totalCount = n
            return n
        }
    }

    /// Headers at these positions of the newest-first list (clamped), read a page at a time from the database.
    public func headers(in range: Range<Int>) -> [StoryHeader] {
        let r = range.clamped(to: 0..<count)
        if let h = lock.withLock({ loadedHeaders }) { return Array(h[r]) }
        var out: [StoryHeader] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        while i < r.upperBound {
            let page = i / Library.pageSize
            let rows = headerPage(page)
            let base = page * Library.pageSize
            guard i - base < rows.count else { break }
            let end = min(r.upperBound, base + rows.count)
            out.append(contentsOf: rows[(i - base)..<(end - base)])
            i = end
        }
        return out
    }

    public func header(at index: Int) -> StoryHeader? { headers(in: index..<(index + 1)).first }

    private func headerPage(_ page: Int) -> [StoryHeader] {
        if let p = lock.withLock({ headerPages[page] }) { return p }
        let rows = (try? database.headers(offset: page * Library.pageSize, limit: Library.pageSize)) ?? []
        lock.withLock { headerPages[page] = rows }
        return rows
    }

    /// Forget cached headers and counts (after a refresh added stories to the database).
    public func reload() {
        lock.withLock {
            if scope == nil { loadedHeaders = nil }
            headerPages = [:]; totalCount = nil; cachedUnread = nil; cachedUnreadBySource = nil
        }
    }

    // MARK: Stories and analyses

    public func story(_ id: String) -> Story? {
        if scope != nil { return lock.withLock { storiesByID[id] } }
        return try? database.story(id)
    }

    /// Link, author and feed of a story, when it came from a feed.
    public func origin(_ id: String) -> StoryOrigin? { try? database.origin(id) }

    /// The analysis of one story: from memory, else from the database cache (same text, same analyser version),
    /// else made now, cached and added to the entity index.
    public func analysis(_ id: String) -> Analysis? {
        if let a = lock.withLock({ analyses[id] }) { return a }
        guard let s = story(id) else { return nil }
        let a = analysisOf(s, keepInMemory: true)
        return a
    }

    private func analysisOf(_ s: Story, keepInMemory: Bool) -> Analysis {
        let a: Analysis
        if let cached = try? database.cachedAnalysis(contentHash: s.contentHash, text: s.text) {
            a = cached
            if (try? database.needsIndex(s.id)) == true {
                try? database.saveAnalysis(a, storyID: s.id, contentHash: s.contentHash)
            }
        } else {
            a = analyze(s.text)
            try? database.saveAnalysis(a, storyID: s.id, contentHash: s.contentHash)
        }
        if keepInMemory { remember(a, for: s.id) }
        return a
    }

    private func remember(_ a: Analysis, for id: String) {
        lock.withLock {
            if analyses[id] == nil { analysisOrder.append(id) }
            analyses[id] = a
            while analysisOrder.count > memoryCacheLimit {
                analyses[analysisOrder.removeFirst()] = nil
            }
        }
    }

    /// The analysis if one was made already, in memory or in the database (never analyses).
    public func cachedAnalysis(_ id: String) -> Analysis? {
        if let a = lock.withLock({ analyses[id] }) { return a }
        let found: Analysis?
        if scope != nil {
            guard let s = story(id) else { return nil }
            found = try? database.cachedAnalysis(contentHash: s.contentHash, text: s.text)
        } else {
            found = try? database.cachedAnalysis(storyID: id)
        }
        guard let a = found else { return nil }
        remember(a, for: id)
        return a
    }

    /// Analyse (and index) stories whose index is missing or stale, newest first, up to `limit` of them.
    /// Meant for a background thread; `shouldStop` is asked between stories. Returns how many were analysed.
    @discardableResult
    public func indexPending(limit: Int = Int.max, shouldStop: () -> Bool = { false },
                             progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> Int {
        guard let ids = try? database.storiesNeedingAnalysis(limit: limit, scope: scope) else { return 0 }
        var done = 0
        for id in ids {
            if shouldStop() { break }
            guard let s = story(id) else { continue }
            let inMemory = lock.withLock { analyses[id] }
            if let a = inMemory { try? database.saveAnalysis(a, storyID: id, contentHash: s.contentHash) }
            else { _ = analysisOf(s, keepInMemory: false) }
            done += 1
            progress?(done, ids.count)
        }
        return done
    }

    /// Stories not yet in the entity index (or indexed from an older text or analyser).
    public var pendingAnalysisCount: Int { (try? database.storiesNeedingAnalysis(scope: scope).count) ?? 0 }

    // MARK: Read state

    public func isRead(_ id: String) -> Bool {
        if scope != nil { return lock.withLock { readIDs.contains(id) } }
        return (try? database.isRead(id)) ?? false
    }

    public var unreadCount: Int {
        if scope != nil { return lock.withLock { storiesByID.count - readIDs.count } }
        if let n = lock.withLock({ cachedUnread }) { return n }
        let n = (try? database.unreadCount()) ?? 0
        lock.withLock { cachedUnread = n }
        return n
    }

    /// Unread stories per source.
    public var unreadCountsBySource: [String: Int] {
        if scope != nil {
            return lock.withLock {
                var out: [String: Int] = [:]
                for (id, s) in storiesByID where !readIDs.contains(id) { out[s.source, default: 0] += 1 }
                return out
            }
        }
        if let d = lock.withLock({ cachedUnreadBySource }) { return d }
        let d = (try? database.unreadCountsBySource()) ?? [:]
        lock.withLock { cachedUnreadBySource = d }
        return d
    }

    /// Mark read or unread; written to the store at once (in a transaction).
    public func setRead(_ id: String, _ read: Bool) throws {
        try setRead([id], read)
    }

    public func setRead(_ ids: [String], _ read: Bool) throws {
        let changed = try database.setReadChangingSources(ids, read)
        guard scope != nil else {
            lock.withLock {
                let delta = read ? -1 : 1
                if let n = cachedUnread { cachedUnread = n + delta * changed.count }
                if cachedUnreadBySource != nil {
                    for source in changed {
                        let v = (cachedUnreadBySource?[source] ?? 0) + delta
                        cachedUnreadBySource?[source] = v > 0 ? v : nil
                    }
                }
            }
            return
        }
        lock.withLock { for id in ids where storiesByID[id] != nil { if read { readIDs.insert(id) } else { readIDs.remove(id) } } }
    }

    // MARK: Search and the cross-story index

    /// Stories whose title or text contains every word of the query (case- and diacritic-insensitive; a word
    /// also matches as the start of a longer word), newest first.
    public func search(_ query: String) -> [String] {
        guard Store.ftsQuery(query) != nil else { return headers.map(\.id) }
        return (try? database.search(query, scope: scope)) ?? []
    }

    /// Stories mentioning an entity (by its cross-story key), among those analysed so far, newest first.
    public func stories(mentioning key: String) -> [String] {
        (try? database.stories(mentioning: key, scope: scope)) ?? []
    }

    /// Other stories mentioning the entity ("in N other stories"), newest first.
    public func otherStories(mentioning key: String, excluding id: String) -> [String] {
        stories(mentioning: key).filter { $0 != id }
    }

    /// The people view: every person in the index with their number of stories and quotes, most quoted first.
    public func people(limit: Int = Int.max) -> [EntitySummary] { entities(of: .person, limit: limit) }

    public func entities(of type: EntityType, limit: Int = Int.max) -> [EntitySummary] {
        (try? database.entities(of: type, limit: limit, scope: scope)) ?? []
    }

    public func entity(_ key: String) -> EntitySummary? { try? database.entity(key, scope: scope) }

    /// Every quote of an entity across the library, newest story first, in text order within a story.
    public func quotes(by key: String, limit: Int = Int.max) -> [QuoteRef] {
        (try? database.quotes(by: key, limit: limit, scope: scope)) ?? []
    }
}
