import Foundation
import GRDB
import Synchronization

public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case failed(String)
    public var description: String {
        switch self {
        case .cannotOpen(let p, let r): return "cannot open the Byline database at \(p): \(r). It was left as it is; move it aside to start afresh."
        case .failed(let r): return "database error: \(r)"
        }
    }
}

/// Where Byline keeps its files (XDG base directories).
public enum Paths {
    public static func dataHome(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let x = env["XDG_DATA_HOME"], x.hasPrefix("/") { return URL(fileURLWithPath: x).appendingPathComponent("byline") }
        let home = env["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/byline")
    }
    public static func configHome(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let x = env["XDG_CONFIG_HOME"], x.hasPrefix("/") { return URL(fileURLWithPath: x).appendingPathComponent("byline") }
        let home = env["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/byline")
    }
}

/// The library's SQLite database: read state now; stories, analyses and the entity index as they land.
/// Every change is written in its own transaction (WAL mode), so a crash right after loses nothing,
/// and two readers at once are safe.
public final class Store: @unchecked Sendable {
    public let dbQueue: DatabaseQueue
    public let path: String
    /// A background thread is indexing saved texts for search (`indexPendingTextInBackground`).
    let backgroundIndexing = Mutex(false)

    /// Open (or create) the database at `path`; `:memory:` for tests.
    public init(path: String) throws {
        self.path = path
        do {
            if path != ":memory:" {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
            }
            var config = Configuration()
            config.busyMode = .timeout(5)
            dbQueue = path == ":memory:" ? try DatabaseQueue(configuration: config) : try DatabaseQueue(path: path, configuration: config)
            if path != ":memory:" { try dbQueue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode=WAL") } }
            try Store.migrator.migrate(dbQueue)
        } catch let e as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: e.message ?? "\(e.resultCode)")
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The default database under `$XDG_DATA_HOME/byline/`.
    public static func openDefault() throws -> Store {
        try Store(path: Paths.dataHome().appendingPathComponent("library.sqlite").path)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-read-state") { db in
            try db.create(table: "readState") { t in
                t.primaryKey("storyId", .text)
                t.column("readAt", .double).notNull()
            }
        }
        registerLibraryMigrations(&m)
        return m
    }

    /// Mark one story read or unread. Returns whether a stored story's mark changed.
    @discardableResult
    public func setRead(_ storyID: String, _ read: Bool) throws -> Bool {
        try setRead([storyID], read) > 0
    }

    /// Mark stories read or unread in one transaction. Returns how many stored stories changed state (marks for
    /// ids the library does not hold are kept too, but not counted).
    @discardableResult
    public func setRead(_ storyIDs: [String], _ read: Bool) throws -> Int {
        try setReadChangingSources(storyIDs, read).count
    }

    /// As `setRead`, returning the source of each stored story whose mark changed (to keep counts up to date).
    func setReadChangingSources(_ storyIDs: [String], _ read: Bool) throws -> [String] {
        try dbQueue.write { db in
            var sources: [String] = []
            for id in storyIDs {
                if read {
                    try db.execute(sql: "INSERT OR IGNORE INTO readState(storyId, readAt) VALUES (?, ?)",
                                   arguments: [id, Date().timeIntervalSince1970])
                } else {
                    try db.execute(sql: "DELETE FROM readState WHERE storyId = ?", arguments: [id])
                }
                guard db.changesCount > 0 else { continue }
                if let source = try String.fetchOne(db, sql: "SELECT source FROM story WHERE id = ?", arguments: [id]) {
                    sources.append(source)
                }
            }
            return sources
        }
    }

    public func isRead(_ storyID: String) throws -> Bool {
        try dbQueue.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM readState WHERE storyId = ?", arguments: [storyID]) ?? false
        }
    }

    public func readIDs() throws -> Set<String> {
        try dbQueue.read { db in Set(try String.fetchAll(db, sql: "SELECT storyId FROM readState")) }
    }

    /// A named value kept between runs, nil when never set.
    public func setting(_ key: String) throws -> String? {
        try dbQueue.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    public func setSetting(_ key: String, _ value: String) throws {
        try dbQueue.write { db in
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        }
    }
}
