import Foundation
import Testing
@testable import BylineKit

/// Who said it: the attribution around a quote, pronouns and role phrases resolved to people.
/// Names are given explicitly so these tests depend only on the quote finder.
@Suite("Quote attribution")
struct QuoteAttributionTests {
    struct Person {
        var name: String; var forms: [String]; var gender: Gender? = nil; var role: String? = nil
        var type: EntityType = .person
    }

    /// A name result with every occurrence of each person's forms as a PERSON mention.
    static func names(_ text: String, _ people: [Person]) -> NameResult {
        let scalars = Array(text.unicodeScalars)
        var found: [(Span, Int)] = []
        for (id, p) in people.enumerated() {
            for form in p.forms.sorted(by: { $0.count > $1.count }) {
                let f = Array(form.unicodeScalars)
                var i = 0
                while i + f.count <= scalars.count {
                    if Array(scalars[i..<(i + f.count)]) == f, !found.contains(where: { $0.0.overlaps(Span(i, i + f.count)) }) {
                        found.append((Span(i, i + f.count), id))
                    }
                    i += 1
                }
            }
        }
        found.sort { $0.0.start < $1.0.start }
        var entities = people.enumerated().map { Entity(id: $0.offset, type: $0.element.type, name: $0.element.name, role: $0.element.role, mentions: []) }
        var mentions: [Mention] = []
        for (span, id) in found {
            entities[id].mentions.append(mentions.count)
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[span.start..<span.end])
            mentions.append(Mention(span: span, type: people[id].type, text: String(v), entity: id))
        }
        return NameResult(entities: entities, mentions: mentions, genders: people.map(\.gender))
    }

    static func quotes(_ text: String, _ people: [Person] = []) -> [Quote] {
        QuoteFinder().find(in: Document(text), names: names(text, people))
    }

    static let kerry = Person(name: "John Kerry", forms: ["John Kerry", "Kerry"], gender: .male, role: "U.S. Secretary of State")
    static let peskov = Person(name: "Dmitry Peskov", forms: ["Dmitry Peskov", "Peskov"], gender: .male, role: "Kremlin spokesman")

    @Test("Either order and either side: X said, said X, X said: and according to X")
    func orders() {
        let text = "\"We are ready,\" Kerry said. \"We are not,\" said Peskov. Kerry said: \"Then we wait.\" Talks would \"go on for weeks,\" according to Peskov."
        let q = Self.quotes(text, [Self.kerry, Self.peskov])
        #expect(q.map(\.speaker) == ["Kerry", "Peskov", "Kerry", "Peskov"])
        #expect(q.map(\.speakerCanonical) == ["John Kerry", "Dmitry Peskov", "John Kerry", "Dmitry Peskov"])
        #expect(q.map(\.entity) == [0, 1, 0, 1])
        #expect(q.map(\.group) == [0, 1, 2, 3])
    }

    @Test("The speaker span is the mention the attribution uses, without the title")
    func titles() {
        let text = "\"The operation is complete,\" Deputy Emergency Situations Minister Alexander Chupriyan told TASS."
        let q = Self.quotes(text)
        #expect(q.first?.speaker == "Alexander Chupriyan")
        #expect(q.first?.speakerSpan.map { Document(text).string($0) } == "Alexander Chupriyan")
    }

    @Test("Appositives and relative clauses between the speaker and the verb are skipped")
    func appositives() {
        let pelosi = Person(name: "Nancy Pelosi", forms: ["Nancy Pelosi", "Pelosi"], gender: .female)
        let text = "Nancy Pelosi, the Speaker of the House, said on Friday \"We are committed.\" Kerry, who met Putin on Thursday, said \"talks were good.\""
        let q = Self.quotes(text, [pelosi, Self.kerry])
        #expect(q.map(\.speakerCanonical) == ["Nancy Pelosi", "John Kerry"])
    }

    @Test("A pronoun resolves to the most recent person of its gender")
    func pronouns() {
        let mary = Person(name: "Mary Smith", forms: ["Mary Smith", "Smith"], gender: .female)
        let john = Person(name: "John Brown", forms: ["John Brown", "Brown"], gender: .male)
        let text = "Mary Smith met John Brown in Paris.\n\n\"We agreed on everything,\" she said. \"It was easy,\" he added."
        let q = Self.quotes(text, [mary, john])
        #expect(q.map(\.speaker) == ["she", "he"])
        #expect(q.map(\.speakerCanonical) == ["Mary Smith", "John Brown"])
        #expect(q.map(\.entity) == [0, 1])
    }

    @Test("A pronoun in a fronted clause refers to the subject after it")
    func cataphora() {
        let text = "Referring to what he described as the \"incredible carnage\" in Nice, Kerry said Syria mattered most."
        let q = Self.quotes(text, [Self.kerry])
        #expect(q.first?.speaker == "he")
        #expect(q.first?.speakerCanonical == "John Kerry")
        #expect(q.first?.kind == .mixed)
    }

    @Test("According to a statement from X: X speaks")
    func accordingToAStatement() {
        let ministry = Person(name: "Ministry of Health", forms: ["Ministry of Health"], type: .organization)
        let q = Self.quotes("\"We are investigating,\" according to a statement from the Ministry of Health.", [ministry])
        #expect(q.first?.speakerCanonical == "Ministry of Health")
        #expect(q.first?.entity == 0)
    }

    @Test("The rest of a direct quotation split by its attribution is direct, whatever its first word")
    func splitQuotationStaysDirect() {
        let q = Self.quotes("\"I think,\" Kerry added, \"that we will recover.\"", [Self.kerry])
        #expect(q.map(\.kind) == [.direct, .direct])
        #expect(q.map(\.group) == [0, 0])
        #expect(q.map(\.speakerCanonical) == ["John Kerry", "John Kerry"])
    }

    @Test("A role phrase resolves to the named holder of the role")
    func roleResolved() {
        let text = "Kremlin spokesman Dmitry Peskov spoke on Friday.\n\n\"Questions remain,\" the spokesman said."
        let q = Self.quotes(text, [Self.peskov])
        #expect(q.first?.speaker == "the spokesman")
        #expect(q.first?.speakerCanonical == "Dmitry Peskov")
        #expect(q.first?.entity == 0)
    }

    @Test("An unnamed role is its own canonical speaker")
    func roleUnnamed() {
        let q = Self.quotes("\"We were called at 8am,\" a police spokesperson said.")
        #expect(q.first?.speaker == "a police spokesperson")
        #expect(q.first?.speakerCanonical == "a police spokesperson")
        #expect(q.first?.entity == nil)
        let q2 = Self.quotes("A Hampshire Police spokesman said \"We were called at 8.10am today.\"")
        #expect(q2.first?.speaker == "A Hampshire Police spokesman")
        #expect(q2.first?.speakerCanonical == "a Hampshire Police spokesman")
    }

    @Test("A quote alone in its paragraph continues the previous speaker")
    func continuation() {
        let text = "\"We will rebuild,\" Kerry said.\n\n\"It will take years.\"\n\nThe meeting ended."
        let q = Self.quotes(text, [Self.kerry])
        #expect(q.map(\.speakerCanonical) == ["John Kerry", "John Kerry"])
    }

    @Test("A colon at the end of the previous paragraph introduces the quote")
    func colonParagraph() {
        let text = "Kerry wrote to the committee:\n\n\"The proposal stands.\""
        let q = Self.quotes(text, [Self.kerry])
        #expect(q.first?.speakerCanonical == "John Kerry")
        #expect(q.first?.kind == .direct)
    }

    @Test("Passive attributions name the agent")
    func passive() {
        let text = "Amman was described as \"knife-obsessed\" by the police."
        let q = Self.quotes(text)
        #expect(q.first?.speaker == "the police")
        #expect(q.first?.kind == .mixed)
    }

    @Test("Indirect speech has no quote")
    func indirect() {
        #expect(Self.quotes("But a Kremlin spokesman said separately that Putin and Kerry had not met.").isEmpty)
    }

    @Test("Interview turns name the speaker of quotes that have no attribution of their own")
    func interviewTurns() {
        let chomsky = Person(name: "Noam Chomsky", forms: ["Noam Chomsky", "Chomsky"], gender: .male)
        let text = "Noam Chomsky spoke to us.\n\n((NoamChomsky)) The crowd kept chanting. \"We want peace now, all of us.\""
        let q = Self.quotes(text, [chomsky])
        #expect(q.first?.speaker == "NoamChomsky")
        #expect(q.first?.speakerCanonical == "Noam Chomsky")
    }
    @Test("An appositive between the quote and its verb: quote, name, role, said")
    func appositiveAfterQuote() {
        let q = Self.quotes("\"Had it happened an hour later it would have been a disaster,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said. \"We were lucky.\"")
        #expect(q.map(\.speaker) == ["Khaled Al-Maeena", "Khaled Al-Maeena"])
        #expect(q.map(\.group) == [0, 0])
    }

    @Test("A statement speaks for its owner: Cornyn's statement added")
    func possessiveOwner() {
        let cornyn = Person(name: "John Cornyn", forms: ["John Cornyn", "Cornyn"], gender: .male)
        let text = "Senator John Cornyn was disappointed. Cornyn's statement added, \"There is no question Houston should have been selected.\""
        let q = Self.quotes(text, [cornyn])
        #expect(q.first?.speaker == "Cornyn's statement")
        #expect(q.first?.speakerCanonical == "John Cornyn")
        #expect(q.first?.entity == 0)
    }

    @Test("Relative clauses, participles and offices point back to the named subject")
    func clauseSubjects() {
        let q1 = Self.quotes("Another was tour manager Thomas Gray, 24, who cited his experience with rugby: \"I did what any Londoner would do.\"")
        #expect(q1.first?.speaker == "Thomas Gray")
        let q2 = Self.quotes("Bolton gave a different account of events, also speaking via Twitter: \"I offered to resign last night.\"")
        #expect(q2.first?.speaker == "Bolton")
        let q3 = Self.quotes("Erwin Chemerinsky, Dean of UC Berkeley School of Law called it \"a truly silly argument.\"")
        #expect(q3.first?.speaker == "Erwin Chemerinsky")
        let fuente = Person(name: "Rocky De La Fuente", forms: ["Rocky De La Fuente", "De La Fuente"], gender: .male)
        let q4 = Self.quotes("Rocky De La Fuente ran.\n\nWhen asked about the payments, De La Fuente gave a terse \"no.\"", [fuente])
        #expect(q4.first?.speaker == "De La Fuente")
        #expect(q4.first?.speakerCanonical == "Rocky De La Fuente")
        #expect(q4.first?.kind == .mixed)
    }

    @Test("In the words of a role, Name: the name speaks")
    func wordsOf() {
        let q = Self.quotes("And in the words of the Crown prosecutor, Mark Tedeschi, QC, \"Gloria spent a lot of the last five months of her life in pain.\"")
        #expect(q.first?.speaker == "Mark Tedeschi")
    }

    @Test("In an interview turn, the first person is the turn's speaker")
    func interviewFirstPerson() {
        let chomsky = Person(name: "Noam Chomsky", forms: ["Noam Chomsky", "Chomsky"], gender: .male)
        let text = "Noam Chomsky spoke to us.\n\n((NoamChomsky)) And that's why I said \"no country is perfect\" back then."
        let q = Self.quotes(text, [chomsky])
        #expect(q.first?.speaker == "I")
        #expect(q.first?.speakerCanonical == "Noam Chomsky")
    }
    @Test("A full-sentence quote is attributed by a short sentence after it, not by a new statement")
    func nextSentence() {
        let q = Self.quotes("Leaders reacted.\n\n\"Our house is burning. Literally.\" Macron told the world on Thursday.")
        #expect(q.first?.speaker == "Macron")
        let q2 = Self.quotes("\"I never threaten anybody.\" Smith also claimed that the wall was crucial.")
        #expect(q2.count == 1)
        #expect(q2.first?.speaker == nil)
    }

    @Test("Inverted verbs, statements that read, and a Ph.D. inside an appositive")
    func moreOrders() {
        let q1 = Self.quotes("Remarked Center for Biological Diversity scientist Tierra Curry, \"This reprieve is welcome.\"")
        #expect(q1.first?.speaker == "Tierra Curry")
        let q2 = Self.quotes("Facebook released a statement which read, in part, \"This judgment raises critical questions.\"")
        #expect(q2.first?.speaker == "Facebook")
        let q3 = Self.quotes("Lead author Daniel Paluh, a Ph.D. candidate at the University of Florida, said, \"Frogs may look alike.\"")
        #expect(q3.first?.speaker == "Daniel Paluh")
    }
    @Test("A multi-paragraph quote takes the attribution after its last part")
    func multiParagraphAttribution() {
        let text = "\"It's a disaster,\" she told Reuters.\n\n\"The first part goes here.\n\n\"And the second part ends it,\" Lopez said."
        let lopez = Person(name: "Maria Lopez", forms: ["Maria Lopez", "Lopez"], gender: .female)
        let q = Self.quotes(text, [lopez])
        #expect(q.map(\.speaker) == ["she", "Lopez", "Lopez"])
        #expect(q.map(\.group) == [0, 1, 1])
    }

    @Test("A role is matched by its head: the ministry is not its spokesman")
    func roleHead() {
        let smith = Person(name: "John Smith", forms: ["John Smith", "Smith"], gender: .male, role: "spokesman for the ministry")
        let text = "John Smith spoke first.\n\nThe ministry said in a statement: \"The situation is under control.\" \"We are calm,\" the spokesman said."
        let q = Self.quotes(text, [smith])
        #expect(q.map(\.speakerCanonical) == ["the ministry", "John Smith"])
    }
    @Test("After the verb, a name in apposition to a role is the speaker; British single quotes work alike")
    func roleThenName() {
        let q = Self.quotes("‘It’s a new start,’ said the manager, Peter Hall. ‘The players’ union backed it.’")
        #expect(q.map(\.text) == ["‘It’s a new start,’", "‘The players’ union backed it.’"])
        #expect(q.map(\.speaker) == ["Peter Hall", "Peter Hall"])
        #expect(q.map(\.group) == [0, 0])
    }
    @Test("He and she skip institutions and count the source of 'according to'")
    func pronounCandidates() {
        let amman = Person(name: "Sudesh Amman", forms: ["Sudesh Amman", "Amman"], gender: .male)
        let text = "Amman was described as \"knife-obsessed\" by the police.\n\nHe told her once: \"If you can't make a bomb, stab someone.\""
        #expect(Self.quotes(text, [amman]).last?.speakerCanonical == "Sudesh Amman")
        let kidston = Person(name: "Jarrod Kidston", forms: ["Jarrod Kidston", "Kidston"], gender: .male)
        let myers = Person(name: "Matt Myers", forms: ["Matt Myers", "Myers"], gender: .male)
        let text2 = "\"We got back on even,\" Myers said.\n\nFitness was a big factor according to Kidston. \"We've been working hard,\" he said."
        #expect(Self.quotes(text2, [kidston, myers]).last?.speakerCanonical == "Jarrod Kidston")
    }
    @Test("A title marks a person even when the name finder typed the name as a place")
    func titleOverType() {
        let hall = Person(name: "Durham Hall", forms: ["Durham Hall"], type: .place)
        let q = Self.quotes("Judge Durham Hall QC said they \"appear not to have shown any respect.\"", [hall])
        #expect(q.first?.speaker == "Durham Hall")
    }
    @Test("Quotative 'like' introduces speech; a comparison with 'like' does not")
    func quotativeLike() {
        let q = Self.quotes("My mother came in, and she's like, \"You need to pray more.\" Then I was like \"No, I need help.\"")
        #expect(q.map(\.speaker) == ["she", "I"])
        let q2 = Self.quotes("Jaya spoke last. It is like the saying \"failure is the first step to success\" in the end.")
        #expect(q2.first?.speaker != "It")
    }
    @Test("A speaker phrase is never an article alone: a reporting verb right after the article is the noun (\"The comments called her a \"corrupt oaf\"\", \"A tweet sent from Biden's account … saying\"); a phrase ending in a preposition is no speaker")
    func speakerPhrasesHaveNouns() {
        let q = Self.quotes("The comments called her party fascist and termed her a \"corrupt oaf\" and a \"lousy traitor\".")
        #expect(q.first?.speaker == "The comments")
        #expect(q.first?.speakerCanonical == "the comments")
        let biden = Person(name: "Joe Biden", forms: ["Joe Biden", "Biden"], gender: .male)
        let q2 = Self.quotes("A tweet sent from Biden's account repeated the pledge, saying \"My running mate will be a woman\".", [biden])
        #expect(q2.first?.speakerCanonical == "Joe Biden")
    }
    @Test("A short name in quotation marks inside the subject does not hide the person before it (\"Anna Berg of \"No Fear\", a charity, told Reuters\")")
    func quotedNameInsideSubject() {
        let berg = Person(name: "Anna Berg", forms: ["Anna Berg", "Berg"], gender: .female)
        let q = Self.quotes("Calling it \"just another apology\", Anna Berg of \"No Fear\", a victim support charity, told Reuters \"it almost appears as if the statement was prepared in advance\".", [berg])
        #expect(q.last?.speakerCanonical == "Anna Berg")
    }
    @Test("\"X quoted Y as saying\": Y speaks, not X; \"according to a tweet on Monday by Y\": Y speaks")
    func quotedAsSayingAndTweetsBy() {
        let manning = Person(name: "Tim Manning", forms: ["Tim Manning", "Manning"], gender: .male)
        let politico = Person(name: "Politico", forms: ["Politico"], type: .organization)
        let q = Self.quotes("Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying \"FEMA has an important role in the response\".", [manning, politico])
        #expect(q.first?.speakerCanonical == "Tim Manning")
        let pompeo = Person(name: "Mike Pompeo", forms: ["Mike Pompeo", "Pompeo"], gender: .male)
        let q2 = Self.quotes("\"The airline transports weapons and fighters across the region,\" according to a tweet on Monday by US Secretary of State Mike Pompeo.", [pompeo])
        #expect(q2.first?.speakerCanonical == "Mike Pompeo")
    }
    @Test("A quote alone in its sentence after a sentence reporting a person (\"…, Zapata said, adding …\") is that person's; \"elaborated\" reports speech")
    func quoteAfterReportingSentence() {
        let zapata = Person(name: "Franky Zapata", forms: ["Franky Zapata", "Zapata"], gender: .male)
        let q = Self.quotes("Strong winds made the crossing hard, Zapata said, adding it took endurance. \"It's an isometric exercise for the thighs.\"", [zapata])
        #expect(q.first?.speakerCanonical == "Franky Zapata")
        let fernandez = Person(name: "Alberto Fernández", forms: ["Alberto Fernández", "Fernández"], gender: .male)
        let q2 = Self.quotes("President Fernández elaborated, \"A state that is present must protect its citizens.\"", [fernandez])
        #expect(q2.first?.speakerCanonical == "Alberto Fernández")
    }
    @Test("A time, a pronoun with its verb or a lone verb is no speaker phrase (\"The next day, …\", \"they used to call it\", \"might start saying\"); \"people are like\" gives people")
    func speakerPhrasesAreNounPhrases() {
        #expect(Self.quotes("Some publishers might start saying, \"We will compete on price.\"").first?.speakerCanonical == nil)
        #expect(Self.quotes("Every time I ask, people are like, \"But he is my god.\"").first?.speakerCanonical == "people")
        #expect(Self.quotes("Despite \"Jesus being queer\" as a poster, And \"Allah being gay\" had more outrage.").allSatisfy { $0.speaker != "And" })
        let q = Self.quotes("The next day, with protests ongoing, the mayor gave a speech declaring \"order will be restored\".")
        #expect(q.first?.speakerCanonical != "the next day")
    }
    @Test("\"…,\" said an institution, its role, and a person: the person speaks (\"said University of California, San Diego's chancellor, Pradeep Khosla\")")
    func personAfterInstitutionAndRole() {
        let khosla = Person(name: "Pradeep Khosla", forms: ["Pradeep Khosla", "Khosla"], gender: .male)
        let uc = Person(name: "University of California", forms: ["University of California"], type: .organization)
        let q = Self.quotes("\"Walter was the most brilliant scientist I have ever known,\" said University of California, San Diego's chancellor, Pradeep Khosla.", [khosla, uc])
        #expect(q.first?.speakerCanonical == "Pradeep Khosla")
    }
}
