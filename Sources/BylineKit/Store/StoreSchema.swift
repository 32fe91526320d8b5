import Foundation
import GRDB

extension Store {
    /// Library tables. Migrations are append-only: never edit one that has shipped, add a new one.
    static func registerLibraryMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-library") { db in
            // Stories: where they came from (small rows, so that listing and counting 100,000 of them is quick);
            // their titles and texts are in storyBody (same rowid), which the full-text index reads.
            // `indexedHash`/`indexedVersion` say which content and analyser the entity-index rows of the story were
            // made from (NULL: not indexed yet).
            try db.execute(sql: """
                CREATE TABLE story (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    source TEXT NOT NULL,
                    date REAL,
                    location TEXT,
                    link TEXT,
                    author TEXT,
                    feed TEXT,
                    contentHash TEXT NOT NULL,
                    addedAt REAL NOT NULL,
                    indexedHash TEXT,
                    indexedVersion INTEGER
                );
                CREATE INDEX story_by_date ON story(date DESC, title, id);
                CREATE INDEX story_by_feed ON story(feed);
                CREATE TABLE storyBody (
                    rowid INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE TRIGGER story_ad AFTER DELETE ON story BEGIN
                    DELETE FROM storyBody WHERE rowid = old.rowid;
                END;
                CREATE TABLE analysisCache (
                    contentHash TEXT PRIMARY KEY NOT NULL,
                    analyserVersion INTEGER NOT NULL,
                    data BLOB NOT NULL
                );
                CREATE TABLE entityIndex (
                    entityKey TEXT NOT NULL,
                    storyId TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    mentions INTEGER NOT NULL,
                    quotes INTEGER NOT NULL,
                    PRIMARY KEY (entityKey, storyId)
                ) WITHOUT ROWID;
                CREATE INDEX entityIndex_by_story ON entityIndex(storyId);
                CREATE INDEX entityIndex_by_type ON entityIndex(type, entityKey);
                CREATE TABLE quoteIndex (
                    storyId TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
                    quoteIndex INTEGER NOT NULL,
                    entityKey TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (storyId, quoteIndex)
                ) WITHOUT ROWID;
                CREATE INDEX quoteIndex_by_entity ON quoteIndex(entityKey);
                CREATE VIRTUAL TABLE storyText USING fts5(
                    title, text, content='storyBody', content_rowid='rowid', detail='none',
                    tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER storyBody_ai AFTER INSERT ON storyBody BEGIN
                    INSERT INTO storyText(rowid, title, text) VALUES (new.rowid, new.title, new.text);
                END;
                CREATE TRIGGER storyBody_ad AFTER DELETE ON storyBody BEGIN
                    INSERT INTO storyText(storyText, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                END;
                CREATE TRIGGER storyBody_au AFTER UPDATE ON storyBody BEGIN
                    INSERT INTO storyText(storyText, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                    INSERT INTO storyText(rowid, title, text) VALUES (new.rowid, new.title, new.text);
                END;
                CREATE TABLE feedState (
                    url TEXT PRIMARY KEY NOT NULL,
                    title TEXT,
                    etag TEXT,
                    lastModified TEXT,
                    lastFetched REAL,
                    lastStatus INTEGER,
                    lastError TEXT
                );
                """)
        }
        m.registerMigration("v3-summaries") { db in
            // The date index covers the header columns (listing 100,000 headers reads no table rows); the source
            // index answers unread counts per source.
            // entitySummary: per entity across the library, kept by triggers, so the people view reads it without
            // grouping the whole index.
            try db.execute(sql: """
                DROP INDEX story_by_date;
                CREATE INDEX story_by_date ON story(date DESC, title, id, source);
                CREATE INDEX story_by_source ON story(source);
                CREATE TABLE entitySummary (
                    entityKey TEXT PRIMARY KEY NOT NULL,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    stories INTEGER NOT NULL,
                    quotes INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX entitySummary_by_rank ON entitySummary(type, quotes DESC, stories DESC, name);
                INSERT INTO entitySummary(entityKey, type, name, stories, quotes)
                    SELECT entityKey, type, name, stories, quotes FROM (
                        SELECT entityKey, type, MAX(LENGTH(name)) AS len, name, COUNT(*) AS stories, SUM(quotes) AS quotes
                        FROM entityIndex GROUP BY entityKey);
                CREATE TRIGGER entityIndex_ai AFTER INSERT ON entityIndex BEGIN
                    INSERT INTO entitySummary(entityKey, type, name, stories, quotes)
                    VALUES (new.entityKey, new.type, new.name, 1, new.quotes)
                    ON CONFLICT(entityKey) DO UPDATE SET stories = stories + 1, quotes = quotes + excluded.quotes,
                        name = CASE WHEN LENGTH(excluded.name) > LENGTH(name) THEN excluded.name ELSE name END;
                END;
                CREATE TRIGGER entityIndex_ad AFTER DELETE ON entityIndex BEGIN
                    UPDATE entitySummary SET stories = stories - 1, quotes = quotes - old.quotes WHERE entityKey = old.entityKey;
                    DELETE FROM entitySummary WHERE entityKey = old.entityKey AND stories <= 0;
                END;
                """)
        }
        m.registerMigration("v4-settings") { db in
            // Small named values the library keeps between runs (such as which built-in library was saved last).
            try db.execute(sql: "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID")
        }
        m.registerMigration("v5-deferred-text-index") { db in
            // The full-text index no longer grows inside the save: saving thousands of stories (a big folder opened
            // for the first time) would wait for it. A story's text is marked `indexed` once it is in storyText;
            // `Store.indexPendingText` indexes the others, in the background after a save and before any search.
            // Only indexed rows are taken out of storyText when they change or go (the index must never be asked to
            // delete what it does not hold). The rows already there were indexed by the old triggers.
            try db.execute(sql: """
                DROP TRIGGER storyBody_ai;
                DROP TRIGGER storyBody_au;
                DROP TRIGGER storyBody_ad;
                ALTER TABLE storyBody ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
                UPDATE storyBody SET indexed = 1;
                CREATE INDEX storyBody_pending ON storyBody(indexed) WHERE indexed = 0;
                CREATE TRIGGER storyBody_ad AFTER DELETE ON storyBody WHEN old.indexed = 1 BEGIN
                    INSERT INTO storyText(storyText, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                END;
                CREATE TRIGGER storyBody_au AFTER UPDATE OF title, text ON storyBody WHEN old.indexed = 1 BEGIN
                    INSERT INTO storyText(storyText, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                    INSERT INTO storyText(rowid, title, text) VALUES (new.rowid, new.title, new.text);
                END;
                """)
        }
    }
}
