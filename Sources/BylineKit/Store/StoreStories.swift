import Foundation
import GRDB

/// Feed-level facts kept with a story (not part of the `Story` model the analysis uses).
public struct StoryOrigin: Hashable, Sendable {
    public var link: String?
    public var author: String?
    /// The feed (URL or path, as in the feeds file) the story came from.
    public var feed: String?
    public init(link: String? = nil, author: String? = nil, feed: String? = nil) {
        self.link = link; self.author = author; self.feed = feed
    }
}

/// What saving a batch of stories did.
public struct SaveOutcome: Hashable, Sendable {
    public var added = 0
    /// Stories already known whose text changed (their analysis and index rows are made again lazily).
    public var changed = 0
    public var unchanged = 0
    public init() {}
}

extension Store {
    static let headerColumns = "id, title, source, date"

    /// A header from a row of `headerColumns` (by position: name lookups cost at 100,000 rows).
    static func header(_ row: Row) -> StoryHeader {
        StoryHeader(id: row[0], title: row[1], source: row[2],
                    date: (row[3] as Double?).map { Date(timeIntervalSince1970: $0) })
    }

    /// Insert or update stories in one transaction. A story seen again keeps its read mark; a story whose
    /// text changed loses its entity-index rows until it is analysed again.
    @discardableResult
    public func save(_ stories: [Story], origins: [String: StoryOrigin] = [:]) throws -> SaveOutcome {
        let outcome = try dbQueue.write { db in try Store.save(stories, origins: origins, in: db) }
        if outcome.added + outcome.changed > 0 { indexPendingTextInBackground() }
        return outcome
    }

    static func save(_ stories: [Story], origins: [String: StoryOrigin], in db: Database) throws -> SaveOutcome {
        var outcome = SaveOutcome()
        let now = Date().timeIntervalSince1970
        let select = try db.cachedStatement(sql: "SELECT rowid, contentHash, title, source, date FROM story WHERE id = ?")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO story(id, title, source, date, location, link, author, feed, contentHash, addedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertBody = try db.cachedStatement(sql: "INSERT INTO storyBody(rowid, title, text) VALUES (?, ?, ?)")
        let update = try db.cachedStatement(sql: """
            UPDATE story SET title = ?, source = ?, date = ?, location = ?, link = ?, author = ?, feed = ?,
                contentHash = ?, indexedHash = NULL, indexedVersion = NULL WHERE id = ?
            """)
        let updateBody = try db.cachedStatement(sql: "UPDATE storyBody SET title = ?, text = ? WHERE rowid = ?")
        let updateMeta = try db.cachedStatement(sql: "UPDATE story SET title = ?, source = ?, date = ? WHERE id = ?")
        let updateTitle = try db.cachedStatement(sql: "UPDATE storyBody SET title = ? WHERE rowid = ?")
        for s in stories {
            let o = origins[s.id] ?? StoryOrigin()
            let date = s.date?.timeIntervalSince1970
            if let row = try Row.fetchOne(select, arguments: [s.id]) {
                if (row["contentHash"] as String) == s.contentHash {
                    if (row["title"] as String) != s.title || (row["source"] as String) != s.source || (row["date"] as Double?) != date {
                        try updateMeta.execute(arguments: [s.title, s.source, date, s.id])
                        if (row["title"] as String) != s.title { try updateTitle.execute(arguments: [s.title, row["rowid"] as Int64]) }
                    }
                    outcome.unchanged += 1
                } else {
                    try update.execute(arguments: [s.title, s.source, date, s.location, o.link, o.author, o.feed,
                                                   s.contentHash, s.id])
                    try updateBody.execute(arguments: [s.title, s.text, row["rowid"] as Int64])
                    try db.execute(sql: "DELETE FROM entityIndex WHERE storyId = ?", arguments: [s.id])
                    try db.execute(sql: "DELETE FROM quoteIndex WHERE storyId = ?", arguments: [s.id])
                    outcome.changed += 1
                }
            } else {
                try insert.execute(arguments: [s.id, s.title, s.source, date, s.location, o.link, o.author, o.feed,
                                               s.contentHash, now])
                try insertBody.execute(arguments: [db.lastInsertedRowID, s.title, s.text])
                outcome.added += 1
            }
        }
        return outcome
    }

    public func story(_ id: String) throws -> Story? {
        try dbQueue.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.id, s.title, s.source, s.date, b.text, s.location FROM story s JOIN storyBody b ON b.rowid = s.rowid
                WHERE s.id = ?
                """, arguments: [id]) else { return nil }
            return Story(id: row["id"], title: row["title"], source: row["source"],
                         date: (row["date"] as Double?).map { Date(timeIntervalSince1970: $0) },
                         text: row["text"], location: row["location"])
        }
    }

    public func origin(_ id: String) throws -> StoryOrigin? {
        try dbQueue.read { db in
            try Row.fetchOne(db, sql: "SELECT link, author, feed FROM story WHERE id = ?", arguments: [id]).map {
                StoryOrigin(link: $0["link"], author: $0["author"], feed: $0["feed"])
            }
        }
    }

    public func storyCount() throws -> Int {
        try dbQueue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story") ?? 0 }
    }

    /// Headers newest first (undated last, then by title), paged with `offset`/`limit`.
    public func headers(offset: Int = 0, limit: Int = Int.max) throws -> [StoryHeader] {
        try dbQueue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Store.headerColumns) FROM story ORDER BY date DESC, title, id LIMIT ? OFFSET ?
                """, arguments: [limit == Int.max ? -1 : limit, offset]).map(Store.header)
        }
    }

    public func headers(ids: [String]) throws -> [StoryHeader] {
        try dbQueue.read { db in
            var out: [StoryHeader] = []
            let st = try db.cachedStatement(sql: "SELECT \(Store.headerColumns) FROM story WHERE id = ?")
            for id in ids { if let r = try Row.fetchOne(st, arguments: [id]) { out.append(Store.header(r)) } }
            return out
        }
    }

    /// Stories not marked read: all stories less the read marks of stored stories (so the work grows with the
    /// number of read marks, and a source index answers the totals).
    public func unreadCount() throws -> Int {
        try dbQueue.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story") ?? 0
            let read = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM readState r JOIN story s ON s.id = r.storyId") ?? 0
            return total - read
        }
    }

    /// Unread stories per source (feed title, wire service or folder), for a reader's side bar.
    public func unreadCountsBySource() throws -> [String: Int] {
        try dbQueue.read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT source, COUNT(*) AS n FROM story GROUP BY source") {
                out[row["source"]] = row["n"]
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT s.source, COUNT(*) AS n FROM readState r JOIN story s ON s.id = r.storyId GROUP BY s.source
                """) {
                let source: String = row["source"]
                let n = (out[source] ?? 0) - (row["n"] as Int)
                out[source] = n > 0 ? n : nil
            }
            return out
        }
    }

    /// Full-text search (FTS5, diacritic-insensitive): stories whose title or text has every word of the query
    /// (each word also matches as a prefix), newest first. An empty query returns nothing.
    public func search(_ query: String, limit: Int = Int.max, scope: StoreScope? = nil) throws -> [String] {
        guard let match = Store.ftsQuery(query) else { return [] }
        // Every saved story is searchable: what the background has not indexed yet is indexed now (should that
        // fail, the search still answers from what is indexed).
        _ = try? indexPendingText()
        return try dbQueue.read { db in
            try String.fetchAll(db, sql: """
                SELECT story.id FROM storyText JOIN story ON story.rowid = storyText.rowid
                WHERE storyText MATCH ? \(StoreScope.clause(scope, "story.id")) ORDER BY story.date DESC, story.title, story.id LIMIT ?
                """, arguments: [match, limit == Int.max ? -1 : limit])
        }
    }

    /// Words of a user query as an FTS5 query: every word required, each a quoted prefix (so no syntax error is
    /// possible whatever the user types).
    static func ftsQuery(_ query: String) -> String? {
        var words: [String] = []
        var current = ""
        for s in query.unicodeScalars {
            if CharacterSet.alphanumerics.contains(s) { current.unicodeScalars.append(s) }
            else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    /// Remove stories (with their read marks and index rows).
    public func deleteStories(_ ids: [String]) throws {
        try dbQueue.write { db in
            for id in ids {
                try db.execute(sql: "DELETE FROM story WHERE id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM readState WHERE storyId = ?", arguments: [id])
            }
        }
    }
}

// MARK: Full-text index

extension Store {
    /// Stories saved since their text was last indexed for search.
    public func pendingTextCount() throws -> Int {
        try dbQueue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM storyBody WHERE indexed = 0") ?? 0 }
    }

    /// Index the text of the stories that wait for it, `batch` stories per transaction (so a reader sharing the
    /// database waits at most for one batch), all of them by default. Returns how many stories it indexed.
    @discardableResult
    public func indexPendingText(batch: Int = 50, limit: Int = Int.max) throws -> Int {
        var done = 0
        while done < limit {
            let n = try dbQueue.write { db -> Int in
                let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM storyBody WHERE indexed = 0 LIMIT ?",
                                             arguments: [min(batch, limit - done)])
                let add = try db.cachedStatement(sql: "INSERT INTO storyText(rowid, title, text) SELECT rowid, title, text FROM storyBody WHERE rowid = ?")
                let mark = try db.cachedStatement(sql: "UPDATE storyBody SET indexed = 1 WHERE rowid = ?")
                for id in ids {
                    try add.execute(arguments: [id])
                    try mark.execute(arguments: [id])
                }
                return ids.count
            }
            done += n
            if n == 0 { break }
        }
        return done
    }

    /// Index the waiting texts on a background thread, a small batch at a time with a pause between batches, so
    /// the reader stays quick meanwhile. Does nothing when such a thread is already at work for this store. A
    /// failure is left for the next save or search to retry.
    func indexPendingTextInBackground() {
        guard backgroundIndexing.withLock({ running in
            if running { return false }
            running = true
            return true
        }) else { return }
        let thread = Thread { [self] in
            var finished = false
            while true {
                guard let n = try? indexPendingText(batch: 25, limit: 25) else { break }
                if n == 0 { finished = true; break }
                Thread.sleep(forTimeInterval: 0.002)
            }
            backgroundIndexing.withLock { $0 = false }
            // A save that came in as the last batch ended found the flag still set: look once more (not after a
            // failure, which the next save or search retries).
            if finished, ((try? pendingTextCount()) ?? 0) > 0 { indexPendingTextInBackground() }
        }
        thread.qualityOfService = .utility
        thread.start()
    }
}
