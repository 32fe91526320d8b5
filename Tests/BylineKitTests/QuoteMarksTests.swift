import Foundation
import Testing
@testable import BylineKit

/// Quotation marks: which stretches of text are quotes, how parts group, and what is not a quote.
@Suite("Quote marks")
struct QuoteMarksTests {
    static func quotes(_ text: String) -> [Quote] {
        QuoteFinder().find(in: Document(text), names: NameResult())
    }

    @Test("The scan's mark test is exactly: a double or a single quotation mark")
    func markClass() {
        for v in UInt32(0)..<0x3000 {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(QuoteMarks.isMark(c) == (QuoteMarks.isDoubleMark(c) || QuoteMarks.isSingleMark(c)), "U+\(String(v, radix: 16))")
        }
    }

    @Test("A single quote left open runs out of reach even with no other mark after it")
    func singleQuoteReach() {
        let filler = String(repeating: "word ", count: 200)
        let q = Self.quotes("He said 'maybe \(filler)and then 'no' came.")
        #expect(q.map(\.text) == ["'no'"])
    }

    @Test("Straight, curly and mixed pairs each give one quote from mark to mark")
    func pairs() {
        let q = Self.quotes("“It works,\" she said. \"It really works,” he said. “Both ways.”")
        #expect(q.map(\.text) == ["“It works,\"", "\"It really works,”", "“Both ways.”"])
        #expect(q.map(\.span) == [Span(0, 11), Span(22, 40), Span(50, 62)])
    }

    @Test("A quote split by its attribution is one group with one speaker")
    func splitQuote() {
        let q = Self.quotes("\"We are ready,\" Kerry said. \"The talks were frank.\"\n\nOther news followed.")
        #expect(q.map(\.text) == ["\"We are ready,\"", "\"The talks were frank.\""])
        #expect(q.map(\.group) == [0, 0])
        #expect(q.map(\.speaker) == ["Kerry", "Kerry"])
        #expect(q.map(\.kind) == [.direct, .direct])
    }

    @Test("A quote interrupted mid-sentence by its attribution is one group")
    func interrupted() {
        let q = Self.quotes("\"Overall,\" he continued, \"the result is clear.\"")
        #expect(q.map(\.text) == ["\"Overall,\"", "\"the result is clear.\""])
        #expect(q.map(\.group) == [0, 0])
        #expect(q.map(\.kind) == [.direct, .direct])
    }

    @Test("A quote running over paragraphs: each paragraph's part is a quote in the same group")
    func multiParagraph() {
        let text = "Smith said: \"The first part goes on.\n\n\"The second part ends here.\"\n\nThen the story resumes."
        let q = Self.quotes(text)
        #expect(q.map(\.text) == ["\"The first part goes on.", "\"The second part ends here.\""])
        #expect(q.map(\.group) == [0, 0])
        #expect(q.map(\.speaker) == ["Smith", "Smith"])
    }

    @Test("Single quotes nested inside double quotes stay inside the outer quote")
    func nested() {
        let q = Self.quotes("\"He told me, 'Let's talk about it tomorrow,' and left,\" Bolton said.")
        #expect(q.map(\.text) == ["\"He told me, 'Let's talk about it tomorrow,' and left,\""])
        #expect(q.first?.speaker == "Bolton")
    }

    @Test("Apostrophes are not quotes: don't, Kerry's, '90s, rock 'n' roll, the boys' bikes")
    func apostrophes() {
        let q = Self.quotes("Kerry's aides don't like the '90s or rock 'n' roll, and the boys' bikes were gone.")
        #expect(q.isEmpty)
    }

    @Test("Top-level single quotes are quotes; a plural possessive inside does not close them")
    func singleQuotes() {
        let q = Self.quotes("Trump says he 'can' act. Scientists describe 'the boys' toys of the sea' in findings.")
        #expect(q.map(\.text) == ["'can'", "'the boys' toys of the sea'"])
    }

    @Test("A fragment quoted inside the writer's sentence is mixed; a clause after a comma is direct")
    func kinds() {
        let q = Self.quotes("Schiff called it \"a non-starter\". Durbin said, \"I can just tell you.\" She said the deal was \"lousy\" and \"we will not sign\".")
        #expect(q.map(\.kind) == [.mixed, .direct, .mixed, .direct])
        #expect(q.map(\.speaker) == ["Schiff", "Durbin", "She", "She"])
        #expect(q[2].group == q[3].group)
    }

    @Test("An unclosed mark ends its quote at the paragraph end and does not swallow the story")
    func unbalanced() {
        let text = "He said \"this never closes and goes on.\n\nA later paragraph says \"something else\" here."
        let q = Self.quotes(text)
        #expect(q.map(\.text) == ["\"this never closes and goes on.", "\"something else\""])
        #expect(q.map(\.group) == [0, 1])
    }

    @Test("A quote over several lines of one paragraph is split per line, one group")
    func lines() {
        let q = Self.quotes("Robinson writes:\n\"It is a long shot.\nThink about it.\"\n\nNext paragraph.")
        #expect(q.map(\.text) == ["\"It is a long shot.", "Think about it.\""])
        #expect(q.map(\.group) == [0, 0])
        #expect(q.map(\.speaker) == ["Robinson", "Robinson"])
    }

    @Test("Names and terms in quotes are not quotations: after a naming word, in brackets, titles")
    func terms() {
        let q = Self.quotes("The virus was commonly called \"swine flu.\" A march (\"British exit\") began. The slur \"Big Mike\" trended. \"Birther King\" Andy Martin ran. \"Law and order\" was a common theme.")
        #expect(q.isEmpty)
    }

    @Test("Inch marks and stray closing marks open nothing")
    func strayMarks() {
        let q = Self.quotes("The 12\" pipe burst” yesterday, officials said.")
        #expect(q.isEmpty)
    }

    @Test("Empty text, text without marks and empty pairs of marks give no quotes")
    func empty() {
        #expect(Self.quotes("").isEmpty)
        #expect(Self.quotes("   \n\n  ").isEmpty)
        #expect(Analyzer().analyze("").quotes.isEmpty)
        #expect(Self.quotes("No quotes at all here.").isEmpty)
        #expect(Self.quotes("\"\" and “ ” and \"\"\"\"").isEmpty)
        #expect(Self.quotes("\"").isEmpty)
    }

    @Test("A 1 MB story that is one unclosed quote gives one quote per paragraph at most, without hanging")
    func longUnbalanced() {
        let sentence = "Words keep going without a closing mark, and the finder must stay linear. "
        let text = "\"" + String(repeating: sentence, count: 1_000_000 / sentence.count + 1)
        #expect(text.unicodeScalars.count > 1_000_000)
        let q = Self.quotes(text)
        #expect(q.count == 1)
        #expect(q.first?.span == Span(0, text.unicodeScalars.count - 1))
        // The same with paragraphs: only the first paragraph is inside the unclosed quote.
        let paragraphs = "\"" + Array(repeating: String(repeating: sentence, count: 20), count: 600).joined(separator: "\n\n")
        let q2 = Self.quotes(paragraphs)
        #expect(q2.count == 1)
        #expect(q2.first?.span.start == 0)
        // And through the whole analysis (names included), on a smaller story.
        let story = "\"" + String(repeating: sentence, count: 2_000)
        #expect(Analyzer().analyze(story).quotes.count == 1)
    }

    @Test("Many apostrophe-like openings never closed stay linear and give no quotes")
    func manyOpenings() {
        let text = String(repeating: "the 'em and 'cause of it all ", count: 40_000)
        #expect(Self.quotes(text).isEmpty)
    }
}
