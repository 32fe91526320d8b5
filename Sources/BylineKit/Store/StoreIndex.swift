import Foundation
import GRDB

/// A person (or any entity) across the library, from the entity index.
public struct EntitySummary: Hashable, Sendable {
    public var key: String
    public var name: String
    public var type: EntityType
    /// Stories (analysed so far) that mention it.
    public var stories: Int
    /// Quotes attributed to it across those stories.
    public var quotes: Int
    public init(key: String, name: String, type: EntityType, stories: Int, quotes: Int) {
        self.key = key; self.name = name; self.type = type; self.stories = stories; self.quotes = quotes
    }
}

/// One quote of a person somewhere in the library: enough to open the story at the quote.
public struct QuoteRef: Hashable, Sendable {
    public var storyID: String
    public var storyTitle: String
    public var storyDate: Date?
    /// Index into that story's `Analysis.quotes`.
    public var quoteIndex: Int
    /// Unicode scalar offsets into the story's text.
    public var span: Span
    public var text: String
    public init(storyID: String, storyTitle: String, storyDate: Date?, quoteIndex: Int, span: Span, text: String) {
        self.storyID = storyID; self.storyTitle = storyTitle; self.storyDate = storyDate
        self.quoteIndex = quoteIndex; self.span = span; self.text = text
    }
}

/// A subset of the stored stories (a temporary table on the store's connection) that queries can be limited to:
/// a library opened on some files sees only those, even when the database holds more.
public struct StoreScope: Sendable {
    let table: String
    static func clause(_ scope: StoreScope?, _ column: String) -> String {
        scope.map { "AND \(column) IN (SELECT id FROM temp.\($0.table))" } ?? ""
    }
}

extension Store {
    private static let scopeCounter = NSLock()
    nonisolated(unsafe) private static var scopeNumber = 0

    /// Make a scope of these story ids.
    public func makeScope(_ ids: [String]) throws -> StoreScope {
        let n = Store.scopeCounter.withLock { Store.scopeNumber += 1; return Store.scopeNumber }
        let scope = StoreScope(table: "scope\(n)")
        try dbQueue.writeWithoutTransaction { db in
            try db.execute(sql: "CREATE TEMP TABLE \(scope.table)(id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
            try db.inTransaction {
                let st = try db.makeStatement(sql: "INSERT OR IGNORE INTO temp.\(scope.table)(id) VALUES (?)")
                for id in ids { try st.execute(arguments: [id]) }
                return .commit
            }
        }
        return scope
    }

    // MARK: Analysis cache

    /// The cached analysis of a text, if one was made by the current analyser. The text itself is not stored
    /// twice: the caller passes it back in.
    public func cachedAnalysis(contentHash: String, text: String) throws -> Analysis? {
        let data = try dbQueue.read { db in
            try Data.fetchOne(db, sql: "SELECT data FROM analysisCache WHERE contentHash = ? AND analyserVersion = ?",
                              arguments: [contentHash, Analysis.analyserVersion])
        }
        return data.flatMap { Store.decodeCached($0, text: text) }
    }

    /// A cached analysis row: the compact form (`AnalysisCoding`), or the JSON that earlier versions wrote.
    static func decodeCached(_ data: Data, text: String) -> Analysis? {
        if data.first == UInt8(ascii: "{") {
            guard var a = try? JSONDecoder().decode(Analysis.self, from: data) else { return nil }
            a.text = text
            return a
        }
        return AnalysisCoding.decode(data, text: text)
    }

    /// Cache an analysis and (re)build the story's entity-index rows, in one transaction.
    public func saveAnalysis(_ analysis: Analysis, storyID: String, contentHash: String) throws {
        try saveAnalyses([(analysis, storyID, contentHash)])
    }

    /// The cached analysis of a stored story as it is now (current text, current analyser), in one query that
    /// reads the text only when there is an analysis to go with it.
    public func cachedAnalysis(storyID: String) throws -> Analysis? {
        let row = try dbQueue.read { db in
            try Row.fetchOne(db, sql: """
                SELECT a.data, b.text FROM story s JOIN analysisCache a ON a.contentHash = s.contentHash AND a.analyserVersion = ?
                JOIN storyBody b ON b.rowid = s.rowid WHERE s.id = ?
                """, arguments: [Analysis.analyserVersion, storyID])
        }
        guard let row, let data = row["data"] as Data? else { return nil }
        return Store.decodeCached(data, text: row["text"])
    }

    /// Cache many analyses and index their stories in one transaction (analysis, story id, content hash).
    public func saveAnalyses(_ items: [(Analysis, String, String)]) throws {
        try dbQueue.write { db in
            for (analysis, storyID, contentHash) in items {
                try db.execute(sql: "INSERT OR REPLACE INTO analysisCache(contentHash, analyserVersion, data) VALUES (?, ?, ?)",
                               arguments: [contentHash, Analysis.analyserVersion, AnalysisCoding.encode(analysis)])
                try Store.index(analysis, storyID: storyID, contentHash: contentHash, in: db)
            }
        }
    }

    static func index(_ a: Analysis, storyID: String, contentHash: String, in db: Database) throws {
        // Only index the story as it is now (a text that changed meanwhile is indexed when analysed again).
        guard try String.fetchOne(db, sql: "SELECT contentHash FROM story WHERE id = ?", arguments: [storyID]) == contentHash
        else { return }
        try db.execute(sql: "DELETE FROM entityIndex WHERE storyId = ?", arguments: [storyID])
        try db.execute(sql: "DELETE FROM quoteIndex WHERE storyId = ?", arguments: [storyID])
        var quoteCounts: [Int: Int] = [:]
        for q in a.quotes { if let e = q.entity { quoteCounts[e, default: 0] += 1 } }
        // Two entities of one story can share a key (same name, split by the analysis): merge them.
        var rows: [String: (type: EntityType, name: String, mentions: Int, quotes: Int)] = [:]
        for e in a.entities {
            let prev = rows[e.key]
            rows[e.key] = (e.type, prev.map { $0.name.count >= e.name.count ? $0.name : e.name } ?? e.name,
                           (prev?.mentions ?? 0) + e.mentions.count, (prev?.quotes ?? 0) + (quoteCounts[e.id] ?? 0))
        }
        let ins = try db.cachedStatement(sql: """
            INSERT INTO entityIndex(entityKey, storyId, type, name, mentions, quotes) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (key, r) in rows {
            try ins.execute(arguments: [key, storyID, r.type.rawValue, r.name, r.mentions, r.quotes])
        }
        let insQ = try db.cachedStatement(sql: """
            INSERT INTO quoteIndex(storyId, quoteIndex, entityKey, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (i, q) in a.quotes.enumerated() {
            guard let e = q.entity, a.entities.indices.contains(e) else { continue }
            try insQ.execute(arguments: [storyID, i, a.entities[e].key, q.span.start, q.span.end, q.text])
        }
        try db.execute(sql: "UPDATE story SET indexedHash = ?, indexedVersion = ? WHERE id = ?",
                       arguments: [contentHash, Analysis.analyserVersion, storyID])
    }

    // MARK: Entity index

    /// Stories whose index is missing or out of date (text changed, or made by an older analyser), newest first.
    public func storiesNeedingAnalysis(limit: Int = Int.max, scope: StoreScope? = nil) throws -> [String] {
        try dbQueue.read { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM story WHERE (indexedHash IS NULL OR indexedHash != contentHash OR indexedVersion != ?)
                \(StoreScope.clause(scope, "id")) ORDER BY date DESC, title, id LIMIT ?
                """, arguments: [Analysis.analyserVersion, limit == Int.max ? -1 : limit])
        }
    }

    /// Whether a story's index rows are missing or stale.
    public func needsIndex(_ id: String) throws -> Bool {
        try dbQueue.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT indexedHash IS NULL OR indexedHash != contentHash OR indexedVersion != ? FROM story WHERE id = ?
                """, arguments: [Analysis.analyserVersion, id]) ?? false
        }
    }

    /// Stories the index says mention an entity, newest first.
    public func stories(mentioning key: String, scope: StoreScope? = nil) throws -> [String] {
        try dbQueue.read { db in
            try String.fetchAll(db, sql: """
                SELECT story.id FROM entityIndex JOIN story ON story.id = entityIndex.storyId
                WHERE entityIndex.entityKey = ? \(StoreScope.clause(scope, "story.id")) ORDER BY story.date DESC, story.title, story.id
                """, arguments: [key])
        }
    }

    /// Every entity of a type in the index with its number of stories and quotes: most quoted first, then most
    /// stories, then name. The name shown is the longest the library uses.
    public func entities(of type: EntityType = .person, limit: Int = Int.max, scope: StoreScope? = nil) throws -> [EntitySummary] {
        try dbQueue.read { db in
            let sql = scope == nil ? """
                SELECT entityKey, name, stories, quotes FROM entitySummary WHERE type = ?
                ORDER BY quotes DESC, stories DESC, name, entityKey LIMIT ?
                """ : """
                SELECT entityKey, MAX(LENGTH(name)) AS len, name, COUNT(*) AS stories, SUM(quotes) AS quotes
                FROM entityIndex WHERE type = ? \(StoreScope.clause(scope, "storyId")) GROUP BY entityKey
                ORDER BY quotes DESC, stories DESC, name, entityKey LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: [type.rawValue, limit == Int.max ? -1 : limit]).map { row in
                EntitySummary(key: row["entityKey"], name: row["name"], type: type,
                              stories: row["stories"], quotes: row["quotes"])
            }
        }
    }

    /// One entity's summary, if the index knows it.
    public func entity(_ key: String, scope: StoreScope? = nil) throws -> EntitySummary? {
        try dbQueue.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT entityKey, type, MAX(LENGTH(name)) AS len, name, COUNT(*) AS stories, SUM(quotes) AS quotes
                FROM entityIndex WHERE entityKey = ? \(StoreScope.clause(scope, "storyId")) GROUP BY entityKey
                """, arguments: [key]),
                let type = EntityType(rawValue: row["type"]) else { return nil }
            return EntitySummary(key: row["entityKey"], name: row["name"], type: type,
                                 stories: row["stories"], quotes: row["quotes"])
        }
    }

    /// Every quote attributed to an entity across the library: newest story first, then in text order.
    public func quotes(by key: String, limit: Int = Int.max, scope: StoreScope? = nil) throws -> [QuoteRef] {
        try dbQueue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT q.storyId, q.quoteIndex, q.start, q."end", q.text, s.title, s.date
                FROM quoteIndex q JOIN story s ON s.id = q.storyId
                WHERE q.entityKey = ? \(StoreScope.clause(scope, "s.id")) ORDER BY s.date DESC, s.title, s.id, q.quoteIndex LIMIT ?
                """, arguments: [key, limit == Int.max ? -1 : limit]).map { row in
                QuoteRef(storyID: row["storyId"], storyTitle: row["title"],
                         storyDate: (row["date"] as Double?).map { Date(timeIntervalSince1970: $0) },
                         quoteIndex: row["quoteIndex"], span: Span(row["start"], row["end"]), text: row["text"])
            }
        }
    }
}
