import Testing
@testable import BylineKit

@Suite("Clean-up, paragraphs and sentences")
struct TextTests {
    @Test("Boilerplate lines are blanked without moving offsets")
    func boilerplate() {
        let text = "Title here\n\nFirst para.\n\nCOMMERCIAL BREAK\nSCROLL TO CONTINUE READING\n\nSecond para."
        let doc = Document(text)
        #expect(doc.scalars.count == text.unicodeScalars.count)
        #expect(doc.boilerplate.map { doc.string($0) } == ["COMMERCIAL BREAK", "SCROLL TO CONTINUE READING"])
        #expect(doc.paragraphs.map { doc.string($0.span) } == ["Title here", "First para.", "Second para."])
        #expect(doc.title == "Title here")
    }

    @Test("Boilerplate test on plain ASCII lines agrees with the general Unicode test")
    func boilerplateASCIIPath() {
        let lines = ["Advertisement", "ADVERTISEMENT -- ", "Read more:", "Read more: the full story", "Share!!",
                     "share this story >>", "Sponsored |", "Continue reading below...", "Loading...", "  Watch now",
                     "Related: Kerry in Moscow", "Sign up for our newsletter!", "Subscribe to our feed", "Ads",
                     "Advertisements.", "Reporting by", "Reporting by Jane Doe", "The Minister said", "Print.",
                     "print edition", "Email:", "- Share -", "Tweet\t", "Click here to read", "Getty Images",
                     "AP Photo/John Doe", "COMMERCIAL BREAK", "ad", "a", ".", ":", "|"]
        for line in lines {
            let scalars = Array(line.unicodeScalars)
            let fast = Cleaner.isBoilerplateASCII(scalars, Span(0, scalars.count))
            #expect(fast == Cleaner.isBoilerplateLine(line), "\(line)")
        }
        #expect(Cleaner.isBoilerplateASCII(Array("Advertisement".unicodeScalars), Span(0, 13)) == true)
        #expect(Cleaner.isBoilerplateASCII(Array("Read more: x".unicodeScalars), Span(0, 12)) == true)
        #expect(Cleaner.isBoilerplateASCII(Array("Kerry said".unicodeScalars), Span(0, 10)) == false)
        // Not ASCII: left to the general test.
        #expect(Cleaner.isBoilerplateASCII(Array("Advertisement \u{2014}".unicodeScalars), Span(0, 15)) == nil)
        #expect(Cleaner.isBoilerplateLine("Advertisement \u{2014}"))
    }

    @Test("Trimming white space skips Foundation's call only when it would change nothing")
    func trimmingWhitespace() {
        let samples = ["", " ", "\t", "a", " a", "a ", "\ta b\t", "\u{00A0}read more\u{00A0}", "\u{2003}x", "x\u{3000}",
                       "a\u{00A0}b", "advertisement \u{2014}", "\u{2014} ad", "\n x \n", "é ", " \u{301}e", "\u{1F600} "]
        for s in samples {
            #expect(Cleaner.trimmingWhitespace(s) == s.trimmingCharacters(in: .whitespaces), "\(s.unicodeScalars.map(\.value))")
        }
        #expect(Cleaner.isBoilerplateLine("\u{00A0}Advertisement\u{00A0}"))
        #expect(Cleaner.isBoilerplateLine("Read more\u{2026} é") == false)
    }

    @Test("Scalars decoded from UTF-8 equal the string's own scalars, ASCII runs of any length around other scripts")
    func scalarDecoding() {
        var samples = ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "Zoë Ångström", "e\u{301}te", "👍🏽 ok",
                       "Kerry said:\r\n\"Yes.\"", "日本語のテキスト and more text here", "\u{10FFFF}x", "naïve café"]
        for k in 0...17 { samples.append(String(repeating: "x", count: k) + "é" + String(repeating: "y", count: 17 - k) + "€") }
        // Notable bytes (control characters, DEL, quotation marks, backticks) at every place of an eight-byte word.
        for k in 0...16 {
            for c in ["\"", "'", "`", "\n", "\t", "\u{7F}", "\u{1F}", "\u{2019}"] {
                samples.append(String(repeating: "a", count: k) + c + String(repeating: "b", count: 16 - k) + "!#&(_~ ")
            }
        }
        for s in samples {
            let (scalars, notable) = ScalarText.decode(s)
            #expect(scalars == Array(s.unicodeScalars), "\(s)")
            let expected = s.unicodeScalars.enumerated().filter { ScalarText.isNotable($0.element.value) }.map { Int32($0.offset) }
            #expect(notable == expected, "\(s)")
        }
    }

    @Test("Tokens of accented, combining, emoji and CRLF text: same spans and texts as the scalars give")
    func trickyTokens() {
        let text = "Zoë Ångström's e\u{301}te\r\n👍🏽 don't, 1,000.5 U.S. x"
        let doc = Document(text)
        #expect(doc.tokens.map(doc.text) == ["Zoë", "Ångström", "'s", "e\u{301}te", "👍", "🏽", "don't", ",", "1,000.5", "U.S.", "x"])
        let scalars = Array(text.unicodeScalars)
        for t in doc.tokens {
            var u = String.UnicodeScalarView()
            u.append(contentsOf: scalars[t.span.start..<t.span.end])
            #expect(doc.text(t) == String(u))
        }
        #expect(doc.tokens.map(\.kind) == [.word, .word, .word, .word, .punct, .punct, .word, .punct, .number, .word, .word])
        #expect(doc.tokens.map(\.isCapitalized) == [true, true, false, false, false, false, false, false, false, true, false])
        #expect(doc.tokens[9].isAllCaps && !doc.tokens[0].isAllCaps)
    }

    @Test("Each token carries the lower-cased hash of its text and whether a letter of it is upper case")
    func tokenHashes() {
        let doc = Document("ÉCOLE eBay’s Zoë said: “1,000 U.S. troops”—iPhone ΑΘΗΝΑ.")
        #expect(doc.tokens.map(doc.text) == ["ÉCOLE", "eBay", "’s", "Zoë", "said", ":", "“", "1,000", "U.S.", "troops", "”",
                                            "—", "iPhone", "ΑΘΗΝΑ", "."])
        for t in doc.tokens {
            #expect(t.hash == WordHash.of(doc.text(t)), "hash of \(doc.text(t))")
        }
        #expect(doc.tokens.map(\.hasUpper) == [true, true, false, true, false, false, false, false, true, false, false,
                                               false, true, true, false])
        // The same hash whatever the case: the name finder's look-ups are case-blind.
        #expect(Document("ECOLE").tokens[0].hash == Document("ecole").tokens[0].hash)
        // With the hash, a token still takes 40 bytes (every pass over the tokens reads them).
        #expect(MemoryLayout<Token>.stride == 40)
    }

    @Test("A backtick between letters is an apostrophe; NBSP and CR are spaces")
    func characters() {
        let doc = Document("France`s holiday\u{00A0}began.\r\nNext")
        #expect(doc.cleaned(Span(0, 8)) == "France's")
        #expect(doc.tokens.map(doc.text).prefix(3) == ["France", "'s", "holiday"])
        #expect(!doc.tokens.contains { doc.text($0).contains("\r") })
    }

    @Test("Dateline: place and wire service")
    func dateline() {
        let doc = Document("MOSCOW (Reuters) - U.S. Secretary of State John Kerry on Friday told reporters.")
        #expect(doc.dateline?.place == "Moscow")
        #expect(doc.dateline?.source == "Reuters")
        #expect(doc.title == nil)
    }

    @Test("Sentences: abbreviations, initials, decimals and closing quotes")
    func sentences() {
        let doc = Document("Mr. Smith met Gen. John F. Kennedy Jr. on Jan. 5 in the U.S. capital. Growth was 3.5 percent. \"It works.\" Then he left.")
        let s = doc.paragraphs[0].sentences.map { doc.string($0) }
        #expect(s == ["Mr. Smith met Gen. John F. Kennedy Jr. on Jan. 5 in the U.S. capital.",
                      "Growth was 3.5 percent.", "\"It works.\"", "Then he left."])
    }

    @Test("U.S. is one token")
    func abbreviationToken() {
        let doc = Document("The U.S. and U.N. agreed.")
        #expect(doc.tokens.map(doc.text) == ["The", "U.S.", "and", "U.N.", "agreed", "."])
    }

    @Test("An ampersand between capitals joins them (AT&T, A&M); between spaces or in a web address it does not")
    func ampersandToken() {
        let doc = Document("AT&T and Texas A&M met Marks & Spencer at a.com/?q=horse&ie=utf-8 today.")
        #expect(doc.tokens.map(doc.text) == ["AT&T", "and", "Texas", "A&M", "met", "Marks", "&", "Spencer", "at",
                                            "a", ".", "com", "/", "?", "q", "=", "horse", "&", "ie", "=", "utf-8", "today", "."])
    }
}

@Suite("Story titles")
struct StoryTitleTests {
    @Test("A story without a title line is titled by its first sentence, cut at a word with an ellipsis")
    func firstSentenceTitle() {
        let s = FileSource.story(text: "MOSCOW (Reuters) - U.S. Secretary of State John Kerry on Friday told his Russian counterpart in Moscow that the attack showed the need to act.\n\nMore.",
                                 location: nil, fallbackTitle: "f", date: nil, source: "folder")
        #expect(s.title == "U.S. Secretary of State John Kerry on Friday told his Russian counterpart in…")
        #expect(s.source == "Reuters")
    }

    @Test("A short first sentence is the whole title, without its full stop")
    func shortTitle() {
        let s = FileSource.story(text: "Rain fell on Monday. It was wet.", location: nil, fallbackTitle: "f", date: nil, source: "folder")
        #expect(s.title == "Rain fell on Monday")
    }
}

@Suite("Story heads")
struct StoryHeadTests {
    @Test("A long story is titled from its head exactly as from the whole text")
    func headGivesSameTitle() {
        let body = String(repeating: "More text follows here. ", count: 500)
        let text = "A long story\n\nMOSCOW (Reuters) - It began.\n\n" + body
        let s = FileSource.story(text: text, location: nil, fallbackTitle: "f", date: nil, source: "folder")
        #expect(s.title == "A long story")
        #expect(s.source == "Reuters")
        #expect(FileSource.head(of: text, scalars: 10) == "A long story")
        #expect(FileSource.head(of: "short", scalars: 10) == "short")
    }
}
