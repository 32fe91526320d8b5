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
}
