import Foundation
import GRDB
import Testing
@testable import BylineKit

@Suite("Database migrations")
struct StoreMigrationTests {
    @Test("A database made before the people summary gets it filled from its index on opening")
    func upgradeFromV2() throws {
        let path = temporaryStorePath()
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

    @Test("A database made when saving also indexed the text keeps its index: its stories are marked indexed, and a changed one is indexed again")
    func upgradeFromV4() throws {
        let path = temporaryStorePath()
        do {
            let old = try DatabaseQueue(path: path)
            try Store.migrator.migrate(old, upTo: "v4-settings")
            try old.write { db in
                for (id, text) in [("a", "Boats in Zurich."), ("b", "Rain in Geneva.")] {
                    try db.execute(sql: "INSERT INTO story(id, title, source, date, contentHash, addedAt) VALUES (?, 'T', 'S', 1, 'h', 0)",
                                   arguments: [id])
                    try db.execute(sql: "INSERT INTO storyBody(rowid, title, text) VALUES (?, 'T', ?)", arguments: [db.lastInsertedRowID, text])
                }
            }
        }
        let store = try Store(path: path)
        #expect(try store.pendingTextCount() == 0)
        #expect(try store.search("zurich") == ["a"])
        try store.save([Story(id: "a", title: "T", source: "S", date: Date(timeIntervalSince1970: 1), text: "Boats in Basel.", location: nil)])
        #expect(try store.search("zurich").isEmpty)
        #expect(try store.search("basel") == ["a"])
        try store.dbQueue.write { try $0.execute(sql: "INSERT INTO storyText(storyText, rank) VALUES ('integrity-check', 1)") }
    }
}
