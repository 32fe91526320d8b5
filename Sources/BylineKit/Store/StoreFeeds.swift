import Foundation
import GRDB

/// What the library remembers of a feed between refreshes (for conditional GET and reporting).
public struct FeedState: Hashable, Sendable {
    public var address: String
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var lastFetched: Date?
    /// HTTP status of the last fetch (200, 304, 500, ...); nil for local files or when no answer came.
    public var lastStatus: Int?
    /// Why the last refresh failed, or what was wrong with the feed; nil when it went well.
    public var lastError: String?
    public init(address: String, title: String? = nil, etag: String? = nil, lastModified: String? = nil,
                lastFetched: Date? = nil, lastStatus: Int? = nil, lastError: String? = nil) {
        self.address = address; self.title = title; self.etag = etag; self.lastModified = lastModified
        self.lastFetched = lastFetched; self.lastStatus = lastStatus; self.lastError = lastError
    }
}

extension Store {
    public func feedState(_ address: String) throws -> FeedState? {
        try dbQueue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM feedState WHERE url = ?", arguments: [address]).map(Store.feedState)
        }
    }

    public func feedStates() throws -> [FeedState] {
        try dbQueue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM feedState ORDER BY url").map(Store.feedState) }
    }

    static func feedState(_ r: Row) -> FeedState {
        FeedState(address: r["url"], title: r["title"], etag: r["etag"], lastModified: r["lastModified"],
                  lastFetched: (r["lastFetched"] as Double?).map { Date(timeIntervalSince1970: $0) },
                  lastStatus: r["lastStatus"], lastError: r["lastError"])
    }

    public func saveFeedState(_ s: FeedState) throws {
        try dbQueue.write { db in try Store.saveFeedState(s, in: db) }
    }

    static func saveFeedState(_ s: FeedState, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO feedState(url, title, etag, lastModified, lastFetched, lastStatus, lastError) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(url) DO UPDATE SET title = excluded.title, etag = excluded.etag, lastModified = excluded.lastModified,
                lastFetched = excluded.lastFetched, lastStatus = excluded.lastStatus, lastError = excluded.lastError
            """, arguments: [s.address, s.title, s.etag, s.lastModified, s.lastFetched?.timeIntervalSince1970, s.lastStatus, s.lastError])
    }

    /// Save a feed's stories and its state in one transaction: either both land or neither.
    @discardableResult
    public func saveFeed(_ stories: [Story], origins: [String: StoryOrigin], state: FeedState) throws -> SaveOutcome {
        let outcome = try dbQueue.write { db in
            let outcome = try Store.save(stories, origins: origins, in: db)
            try Store.saveFeedState(state, in: db)
            return outcome
        }
        if outcome.added + outcome.changed > 0 { indexPendingTextInBackground() }
        return outcome
    }
}
