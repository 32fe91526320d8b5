import Foundation
import Testing
@testable import BylineKit

@Suite("Names in the seed story")
struct SeedEntitiesTests {
    struct Shape: Hashable, CustomStringConvertible {
        let name: String, type: String, role: String?, mentions: [Span]
        var description: String { "\(type) \(name) [\(role ?? "-")] \(mentions.map { "\($0.start)-\($0.end)" })" }
    }

    @Test("The seed's 16 entities: names, types, roles and every mention span, nothing else")
    func seedEntities() throws {
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.url("gold/seed.json"))) as! [String: Any]
        let expected = Set((gold["entities"] as! [[String: Any]]).map { e in
            Shape(name: e["name"] as! String, type: e["type"] as! String, role: e["role"] as? String,
                  mentions: (e["mentions"] as! [[String: Any]]).map { Span($0["start"] as! Int, $0["end"] as! Int) })
        })
        let result = NameFinder.shared.find(in: Document(try Fixtures.seedText))
        let found = Set(result.entities.map { e in
            Shape(name: e.name, type: e.type.rawValue, role: e.role, mentions: e.mentions.map { result.mentions[$0].span })
        })
        #expect(expected.count == 16)
        #expect(found.subtracting(expected).sorted { $0.description < $1.description } == [])
        #expect(expected.subtracting(found).sorted { $0.description < $1.description } == [])
    }

    @Test("Mentions are in text order and point back to their entity")
    func mentionOrder() throws {
        let result = NameFinder.shared.find(in: Document(try Fixtures.seedText))
        #expect(result.mentions.map(\.span) == result.mentions.map(\.span).sorted())
        for (i, e) in result.entities.enumerated() {
            #expect(e.id == i)
            for m in e.mentions { #expect(result.mentions[m].entity == i) }
        }
        #expect(result.genders.count == result.entities.count)
    }

    @Test("The seed's people are men, from their first names")
    func seedGenders() throws {
        let result = NameFinder.shared.find(in: Document(try Fixtures.seedText))
        let people = result.entities.indices.filter { result.entities[$0].type == .person }
        #expect(people.map { result.entities[$0].name }.sorted() == ["Dmitry Peskov", "John Kerry", "Sergei Lavrov", "Vladimir Putin"])
        #expect(people.allSatisfy { result.genders[$0] == .male })
        #expect(result.entities.indices.filter { result.entities[$0].type != .person }.allSatisfy { result.genders[$0] == nil })
    }
}
