import Testing
@testable import BylineKit

@Suite("Entity keys for cross-story linking")
struct EntityKeyTests {
    @Test("ASCII names: lower case, words split at punctuation, apostrophes and full stops dropped")
    func asciiKeys() {
        #expect(Entity.makeKey(name: "Jean-Claude O'Brien Jr.", type: .person) == "person:jean claude obrien jr")
        #expect(Entity.makeKey(name: "  U.S.  Army ", type: .organization) == "organization:us army")
        #expect(Entity.makeKey(name: "AT&T", type: .organization) == "organization:at t")
        #expect(Entity.makeKey(name: "G20 -- 'Summit'", type: .organization) == "organization:g20 summit")
        #expect(Entity.makeKey(name: "", type: .place) == "place:")
        #expect(Entity.makeKey(name: "...", type: .place) == "place:")
    }

    @Test("Other names of a country or an international body have the canonical name's key: \"US\", \"U.S.\", \"America\" are the United States")
    func aliasKeys() {
        let us = Entity.makeKey(name: "United States", type: .place)
        #expect(us == "place:united states")
        for n in ["US", "U.S.", "USA", "United States of America", "America"] { #expect(Entity.makeKey(name: n, type: .place) == us) }
        #expect(Entity.makeKey(name: "U.N.", type: .organization) == "organization:united nations")
        #expect(Entity.makeKey(name: "D.C.", type: .place) == "place:washington dc")
        // Only for its type, and not "Washington" alone (also the state).
        #expect(Entity.makeKey(name: "US", type: .organization) == "organization:us")
        #expect(Entity.makeKey(name: "Washington", type: .place) == "place:washington")
    }

    @Test("A story's mentions of other names of one country are one entity under its fullest name")
    func aliasesLinkInAStory() throws {
        let r = NameFinder.shared.find(in: Document("The US said the United States would not back down . U.S. troops stay ."))
        let places = r.entities.filter { $0.type == .place }
        #expect(places.map(\.name) == ["United States"])
        #expect(places.first.map { $0.mentions.map { r.mentions[$0].text } } == ["US", "United States", "U.S."])
    }

    @Test("Names beyond ASCII are folded: diacritics removed, curly apostrophes dropped")
    func foldedKeys() {
        #expect(Entity.makeKey(name: "François Hollande", type: .person) == "person:francois hollande")
        #expect(Entity.makeKey(name: "O\u{2019}Neill", type: .person) == "person:oneill")
        #expect(Entity.makeKey(name: "São Paulo — Brazil", type: .place) == "place:sao paulo brazil")
    }

    @Test("Folding leaves a plain ASCII name as its lower case, so the ASCII path needs no folding")
    func asciiMatchesFolding() {
        for name in ["John Kerry", "MOSCOW", "St. Louis Cardinals", "Lisa_resume.doc", "Kim Jong-un", "x - y", "A.B.C. 123"] {
            let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            #expect(folded == name.lowercased())
        }
        var hash: UInt64 = 0
        #expect(Entity.asciiKey("Zürich", type: .place, hash: &hash) == nil)
    }

    @Test("A key made from a name's scalars is the key of its string; a name beyond ASCII is left to the string")
    func scalarKeys() {
        let names = ["Jean-Claude O'Brien Jr.", "  U.S.  Army ", "AT&T", "G20 -- 'Summit'", "", "...", "US", "U.N.",
                     "D.C.", "United States of America", "Kevin Kindall", "x", "A.B.C. 123", "MOSCOW"]
        for name in names {
            for type in EntityType.allCases {
                let scalars = Array(name.unicodeScalars)
                let key = scalars.withUnsafeBufferPointer { Entity.makeKey($0, 0, $0.count, type: type) }
                #expect(key == Entity.makeKey(name: name, type: type), "\(name)")
            }
        }
        let zurich = Array("Zürich".unicodeScalars)
        #expect(zurich.withUnsafeBufferPointer { Entity.makeKey($0, 0, $0.count, type: .place) } == nil)
    }
}

@Suite("Space-separated words of names and roles")
struct SpaceSeparatedTests {
    @Test("Words between single or repeated spaces, none empty, as split(separator:) gives them")
    func words() {
        for s in ["John Kerry", "  U.S.  Secretary of State ", "", " ", "Kerry", "a  b", "Zoë Ångström Jr", "e\u{301} x", "a- b", "-", "x--y-"] {
            #expect(ScalarText.split(s) == s.split(separator: " ").map(String.init), "\(s)")
            #expect(ScalarText.split(s, 0x20, or: 0x2D) == s.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init), "\(s)")
        }
        #expect(ScalarText.split(" a  bc ") == ["a", "bc"])
        #expect(ScalarText.split("vice-president of  the -x", 0x20, or: 0x2D) == ["vice", "president", "of", "the", "x"])
        #expect(ScalarText.split("e-\u{301}x", 0x20, or: 0x2D) == ["e-\u{301}x"])
    }

    @Test("Word hashes read from a span's scalars are those of its string, combining marks or not")
    func wordHashesFromScalars() {
        for s in ["John Kerry", "  U.S.  Secretary of State ", "", " ", "Zoë Ångström Jr", "e\u{301} x", " \u{301}x y",
                  "Łukasz  Żak", "O\u{2019}Neill"] {
            let scalars = Array(s.unicodeScalars)
            var fromString: [UInt64] = [], fromScalars: [UInt64] = []
            NameFinder.forEachWordHash(s) { fromString.append($0) }
            scalars.withUnsafeBufferPointer { o in
                NameFinder.forEachWordHash(o, Span(0, o.count), s) { fromScalars.append($0) }
            }
            #expect(fromScalars == fromString, "\(s)")
            #expect(fromString == ScalarText.split(s).map { WordHash.of($0) }, "\(s)")
        }
    }
}

@Suite("Lower-cased token text for the attribution rules")
struct AttributorLowerTests {
    @Test("A token of ASCII and ’ is lower-cased from its scalars exactly as the general rule does; others are left to it")
    func asciiLower() {
        let doc = Document("Kerry SAID: \"It's O'Brien's Day-One plan,\" 42 times. Zoë said don\u{2019}t. KERRY\u{2019}S O\u{2019}Brien\u{2019}s")
        for t in doc.tokens {
            let fast = Attributor.asciiLower(doc.scalars, t.span)
            let text = doc.text(t)
            if text.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "\u{2019}" }) {
                #expect(fast == Attributor.lowerText(text), "\(text)")
            } else {
                #expect(fast == nil, "\(text)")
            }
        }
        #expect(Attributor.asciiLower(Array("O'Brien".unicodeScalars), Span(0, 7)) == "o'brien")
        #expect(Attributor.lowerText("Don\u{2019}t") == "don't")
        #expect(Attributor.asciiLower(Array("Don\u{2019}t".unicodeScalars), Span(0, 5)) == "don't")
        #expect(Attributor.asciiLower(Array("Zoë".unicodeScalars), Span(0, 3)) == nil)
    }
}
