import Foundation
import GRDB
import Testing
@testable import BylineKit

@Suite("Database migrations")
struct StoreMigrationTests {
    @Test("A database made before the people summary gets it filled from its index on opening")
    func upgradeFromV2() throws {
        let path = temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        do {
            let old = try DatabaseQueue(path: path)
            try Store.migrator.migrate(old, upTo: "v2-library")
            try old.write { db in
                for (id, quotes) in [("a", 2), ("b", 1)] {
                    try db.execute(sql: """
                        INSERT INTO story(id, title, source, date, contentHash, addedAt) VALUES (?, 'T', 'S', 1, 'h', 0)
                        """, arguments: [id])
                    try db.execute(sql: "INSERT INTO storyBody(rowid, title, text) VALUES (?, 'T', 'text')", arguments: [db.lastInsertedRowID])
                    try db.execute(sql: """
                        INSERT INTO entityIndex(entityKey, storyId, type, name, mentions, quotes) VALUES ('person:ann lee', ?, 'PERSON', ?, 1, ?)
                        """, arguments: [id, id == "a" ? "Ann Lee" : "Ann", quotes])
                }
            }
        }
        let store = try Store(path: path)
        #expect(try store.entities(of: .person) == [EntitySummary(key: "person:ann lee", name: "Ann Lee", type: .person, stories: 2, quotes: 3)])
        #expect(try store.dbQueue.read { try Store.migrator.hasCompletedMigrations($0) })
    }

    @Test("A database of the first v2 layout (texts inside the story table) is converted and still searchable")
    func upgradeFromFirstV2() throws {
        let path = temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        do {
            let old = try DatabaseQueue(path: path)
            var m = DatabaseMigrator()
            m.registerMigration("v1-read-state") { db in
                try db.create(table: "readState") { t in
                    t.primaryKey("storyId", .text)
                    t.column("readAt", .double).notNull()
                }
            }
            m.registerMigration("v2-library") { db in
                try db.execute(sql: """
                    CREATE TABLE story (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL, date REAL,
                        location TEXT, link TEXT, author TEXT, feed TEXT, contentHash TEXT NOT NULL, text TEXT NOT NULL,
                        addedAt REAL NOT NULL, indexedHash TEXT, indexedVersion INTEGER);
                    CREATE INDEX story_by_date ON story(date DESC, title, id);
                    CREATE INDEX story_by_feed ON story(feed);
                    CREATE TABLE analysisCache (contentHash TEXT PRIMARY KEY NOT NULL, analyserVersion INTEGER NOT NULL, data BLOB NOT NULL);
                    CREATE TABLE entityIndex (entityKey TEXT NOT NULL, storyId TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
                        type TEXT NOT NULL, name TEXT NOT NULL, mentions INTEGER NOT NULL, quotes INTEGER NOT NULL,
                        PRIMARY KEY (entityKey, storyId)) WITHOUT ROWID;
                    CREATE INDEX entityIndex_by_story ON entityIndex(storyId);
                    CREATE INDEX entityIndex_by_type ON entityIndex(type, entityKey);
                    CREATE TABLE quoteIndex (storyId TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE, quoteIndex INTEGER NOT NULL,
                        entityKey TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                        PRIMARY KEY (storyId, quoteIndex)) WITHOUT ROWID;
                    CREATE INDEX quoteIndex_by_entity ON quoteIndex(entityKey);
                    CREATE VIRTUAL TABLE storyText USING fts5(title, text, content='story', content_rowid='rowid',
                        tokenize='unicode61 remove_diacritics 2');
                    CREATE TRIGGER story_ai AFTER INSERT ON story BEGIN
                        INSERT INTO storyText(rowid, title, text) VALUES (new.rowid, new.title, new.text);
                    END;
                    CREATE TRIGGER story_ad AFTER DELETE ON story BEGIN
                        INSERT INTO storyText(storyText, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                    END;
                    CREATE TRIGGER story_au AFTER UPDATE OF title, text ON story BEGIN
                        INSERT INTO storyText(storyText, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                        INSERT INTO storyText(rowid, title, text) VALUES (new.rowid, new.title, new.text);
                    END;
                    CREATE TABLE feedState (url TEXT PRIMARY KEY NOT NULL, title TEXT, etag TEXT, lastModified TEXT,
                        lastFetched REAL, lastStatus INTEGER, lastError TEXT);
                    INSERT INTO story(id, title, source, date, contentHash, text, addedAt)
                        VALUES ('old', 'Harbour', 'S', 1, 'h', 'The harbour reopened.', 0);
                    INSERT INTO readState(storyId, readAt) VALUES ('old', 0);
                    """)
            }
            try m.migrate(old)
        }
        let store = try Store(path: path)
        #expect(try store.story("old")?.text == "The harbour reopened.")
        #expect(try store.search("reopen") == ["old"])
        #expect(try store.isRead("old"))
        try store.save([story("new", "Harbour again", "More harbour news.", day: 2)])
        #expect(try store.search("harbour") == ["new", "old"])
    }
}
