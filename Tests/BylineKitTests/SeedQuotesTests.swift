import Foundation
import Testing
@testable import BylineKit

@Suite("Seed story quotes")
struct SeedQuotesTests {
    struct GoldQuote { let start: Int, end: Int, text: String, speaker: String }

    static func gold() throws -> [GoldQuote] {
        let data = try Data(contentsOf: Fixtures.url("gold/seed.json"))
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let quotes = try #require(obj["quotes"] as? [[String: Any]])
        return try quotes.map { q in
            GoldQuote(start: try #require(q["start"] as? Int), end: try #require(q["end"] as? Int),
                      text: try #require(q["text"] as? String), speaker: try #require(q["speaker"] as? String))
        }
    }

    @Test("The full analysis finds exactly the seed's five quotes with their spans and canonical speakers")
    func seedQuotes() throws {
        let gold = try Self.gold()
        #expect(gold.count == 5)
        let a = Analyzer().analyze(try Fixtures.seedText)
        #expect(a.quotes.map { [$0.span.start, $0.span.end] } == gold.map { [$0.start, $0.end] })
        #expect(a.quotes.map(\.text) == gold.map(\.text))
        #expect(a.quotes.map(\.speakerCanonical) == gold.map { Optional($0.speaker) })
    }

    @Test("Seed speakers are the mentions the attributions use, pronoun included")
    func seedSpeakerMentions() throws {
        let text = try Fixtures.seedText
        let a = Analyzer().analyze(text)
        #expect(a.quotes.map(\.speaker) == ["Kerry", "he", "Kerry", "Kerry", "Peskov"])
        for q in a.quotes {
            let span = try #require(q.speakerSpan)
            #expect(Document(text).string(span) == q.speaker)
        }
    }

    @Test("Seed kinds and groups: two fragments inside the writer's sentences, three direct quotes")
    func seedKinds() throws {
        let a = Analyzer().analyze(try Fixtures.seedText)
        #expect(a.quotes.map(\.kind) == [.mixed, .mixed, .direct, .direct, .direct])
        #expect(a.quotes.map(\.group) == [0, 1, 2, 3, 4])
    }
}
