import Foundation
import Testing
@testable import BylineKit

@Suite("The tagger's shared word scores")
struct WordScoresTests {
    @Test("Tags read from the shared word scores are the tags summed afresh, on every story of the built-in library")
    func sameAsAfresh() throws {
        let model = try #require(NameModel.bundled)
        let stories = BuiltInLibrary.load().stories
        #expect(stories.count > 100)
        // Twice over: the first pass fills the shared table, the second reads it.
        for _ in 0..<2 {
            for story in stories {
                let info = TokenInfo(Document(story.text), lexicon: model.lexicon, excluded: nil)
                let runs = NameModel.runs(info)
                #expect(model.tag(info, runs: runs) == model.tagAfresh(info, runs: runs), "\(story.id)")
            }
        }
    }

    @Test("A slot's check is never 0 (an empty slot's) and depends on the key's high bits; the slot on bits 17 on")
    func checkAndSlot() {
        #expect(WordScores.check(0) != 0)
        #expect(WordScores.check(1 << 32) == WordScores.check(0))  // bit 32 is the one set anyway
        #expect(WordScores.check(1 << 40) != WordScores.check(0))
        #expect(WordScores.slot(1 << 17) == 1)
        #expect(WordScores.slot((1 << 16) | 0xFFFF) == 0)
        #expect(WordScores.slot(UInt64(1) << (17 + WordScores.bits)) == 0)
    }
}
