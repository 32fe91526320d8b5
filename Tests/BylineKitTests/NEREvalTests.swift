import Foundation
import Testing
@testable import BylineKit

/// Exact-span scores of the real name finder on the held-out evaluation sets (never used for training).
/// Floors are the levels reached when the model was last trained (see the Gazetteers README).
@Suite("Named-entity evaluation: exact-span F1 stays at the level reached")
struct NEREvalTests {
    /// Reached with `names.model` trained by Tools/train-names.sh (PER, LOC, ORG exact-span F1, rounded down).
    static let wikigoldFloor = (per: 0.86, loc: 0.79, org: 0.65)
    static let unerFloor = (per: 0.86, loc: 0.82, org: 0.65)

    func score(_ path: String) throws -> NameEvaluation {
        try NameEvaluation.evaluate(Fixtures.url(path))
    }

    @Test("Exact-span scoring counts (document, start, end, type) matches like score_entities.py")
    func scoring() {
        var ev = NameEvaluation()
        let ms = [Mention(span: Span(0, 5), type: .person, text: "Kerry", entity: 0),
                  Mention(span: Span(10, 16), type: .place, text: "Moscow", entity: 1),
                  Mention(span: Span(20, 27), type: .place, text: "Reuters", entity: 2)]
        ev.add(gold: [(0, 5, "PER"), (10, 16, "LOC"), (20, 27, "ORG"), (30, 35, "MISC")], predicted: ms)
        #expect(ev.byType["PER"]?.tp == 1)
        #expect(ev.byType["LOC"]?.tp == 1)
        #expect(ev.byType["LOC"]?.fp == 1)
        #expect(ev.byType["ORG"]?.fn == 1)
        #expect(ev.byType["MISC"] == nil)
        #expect(abs((ev.byType["LOC"]?.f1 ?? 0) - 2.0 / 3.0) < 1e-9)
    }

    @Test("WikiGold: PER, LOC and ORG F1 at or above the level reached")
    func wikigold() throws {
        let ev = try score("eval/ner/wikigold.jsonl")
        #expect(ev.byType["PER"]!.f1 >= Self.wikigoldFloor.per)
        #expect(ev.byType["LOC"]!.f1 >= Self.wikigoldFloor.loc)
        #expect(ev.byType["ORG"]!.f1 >= Self.wikigoldFloor.org)
    }

    @Test("UNER English EWT test: PER, LOC and ORG F1 at or above the level reached")
    func unerTest() throws {
        let ev = try score("eval/ner/uner_en_ewt_test.jsonl")
        #expect(ev.byType["PER"]!.f1 >= Self.unerFloor.per)
        #expect(ev.byType["LOC"]!.f1 >= Self.unerFloor.loc)
        #expect(ev.byType["ORG"]!.f1 >= Self.unerFloor.org)
    }
}
