import Foundation
import Testing
@testable import BylineKit

@Suite("Names: people, organisations and places")
struct NamesTests {
    func find(_ text: String) -> NameResult { NameFinder.shared.find(in: Document(text)) }
    func entity(_ r: NameResult, _ name: String) -> Entity? { r.entities.first { $0.name == name } }
    func mentionTexts(_ r: NameResult, _ e: Entity) -> [String] { e.mentions.map { r.mentions[$0].text } }

    @Test("A title before a name is the person's role, not part of the name; later mentions link to the full name")
    func roleAndLinking() throws {
        let r = find("U.S. Secretary of State John Kerry arrived on Monday. Mr. Kerry said the talks were useful, and Kerry left.")
        let kerry = try #require(entity(r, "John Kerry"))
        #expect(kerry.type == .person)
        #expect(kerry.role == "U.S. Secretary of State")
        #expect(mentionTexts(r, kerry) == ["John Kerry", "Kerry", "Kerry"])
        #expect(r.entities.count == 1)  // "U.S." used as an adjective is not a place here
        #expect(kerry.key == "person:john kerry")
    }

    @Test("An appositive role after the name: \"Dmitry Peskov, the Kremlin spokesman,\"")
    func appositiveRole() throws {
        let r = find("The talks ended late, Dmitry Peskov, the Kremlin spokesman, told reporters in Moscow.")
        let peskov = try #require(entity(r, "Dmitry Peskov"))
        #expect(peskov.role == "Kremlin spokesman")
        #expect(entity(r, "Kremlin")?.type == .organization)
        #expect(entity(r, "Moscow")?.type == .place)
    }

    @Test("An abbreviated title is a role with its full stop (\"Sen. Elizabeth Warren\", \"Lt. Col. Anna Berg\"); the title of the next person named is not the role of the one before (\"Al Sharpton, Pope Francis\")")
    func abbreviatedTitles() throws {
        let r = find("Sen. Elizabeth Warren spoke first. Gov. Gavin Newsom, Rep. Nancy Pelosi and Lt. Col. Anna Berg followed. The Rev. Al Sharpton, Pope Francis and others sent messages.")
        #expect(entity(r, "Elizabeth Warren")?.role == "Sen.")
        #expect(entity(r, "Gavin Newsom")?.role == "Gov.")
        #expect(entity(r, "Nancy Pelosi")?.role == "Rep.")
        #expect(entity(r, "Anna Berg")?.role == "Lt. Col.")
        #expect(entity(r, "Al Sharpton")?.role == "Rev.")
        #expect(entity(r, "Francis")?.role == "Pope")
        // A title ending a sentence is no abbreviation: no role for the next sentence's first name.
        let end = find("He was elected vice president. Bill Bayes said so.")
        #expect(entity(end, "Bill Bayes")?.role == nil)
    }

    @Test("The longest name wins: Washington Post is an organisation, Washington alone a place")
    func longestName() throws {
        let r = find("The report in the Washington Post was read in Washington and London.")
        #expect(entity(r, "Washington Post")?.type == .organization)
        #expect(entity(r, "Washington")?.type == .place)
        #expect(entity(r, "London")?.type == .place)
        #expect(r.mentions.map(\.text) == ["Washington Post", "Washington", "London"])
    }

    @Test("Demonyms (\"Russian\", \"South Korean\"), days and months are not names")
    func demonyms() {
        let r = find("Russian and French officials met in Paris on Friday, and more talks are planned for July.")
        #expect(r.entities.map(\.name) == ["Paris"])
        // Demonyms of two words too.
        let s = find("The game was made by the South Korean company Kelvari for Puerto Rican players .")
        #expect(!s.mentions.contains { $0.text == "South Korean" || $0.text == "Puerto Rican" })
    }

    @Test("Dateline: the place (named in normal case) and the wire service")
    func dateline() throws {
        let r = find("LONDON (Reuters) - Officials in London said the plan would go ahead.")
        let london = try #require(entity(r, "London"))
        #expect(london.type == .place)
        #expect(london.mentions.map { r.mentions[$0].span } == [Span(0, 6), Span(32, 38)])
        #expect(entity(r, "Reuters")?.type == .organization)
        #expect(entity(r, "Reuters")?.mentions.map { r.mentions[$0].span } == [Span(8, 15)])
    }

    @Test("Nothing is found inside boilerplate lines")
    func boilerplate() {
        let r = find("Officials in Paris met.\n\nFollow us on Twitter\nSCROLL TO CONTINUE READING\n\nThey left Paris.")
        #expect(r.entities.map(\.name) == ["Paris"])
        #expect(r.mentions.count == 2)
    }

    @Test("An organisation head and \"of\" before a place make one organisation")
    func organisationOfPlace() {
        let r = find("Mark Carney, who ran the Bank of England, spoke at the University of Toronto.")
        #expect(r.entities.map(\.name) == ["Mark Carney", "Bank of England", "University of Toronto"])
        #expect(r.entities.map(\.type) == [.person, .organization, .organization])
    }

    @Test("A place head and \"of\" before a place make one place: \"Gulf of Mexico\"")
    func placeOfPlace() {
        let r = find("Fishing boats returned to ports on the Gulf of Mexico after the storm passed.")
        #expect(r.mentions.map(\.text) == ["Gulf of Mexico"])
        #expect(r.mentions.map(\.type) == [.place])
    }

    @Test("An abbreviation the tagger leaves alone is an organisation, but not after \"a\" or \"an\"")
    func abbreviations() {
        let r = find("The NAACP said the ruling was a step forward.")
        #expect(r.mentions.map(\.text) == ["NAACP"])
        #expect(r.mentions.map(\.type) == [.organization])
        #expect(find("The firm is planning an IPO next year.").mentions.isEmpty)
    }

    @Test("A legal suffix after a comma joins the name before it; alone it is no name")
    func legalSuffix() {
        let r = find("Shares of CCNG, Inc. rose on Friday.")
        #expect(r.mentions.map(\.text) == ["CCNG, Inc."])
        #expect(r.mentions.map(\.type) == [.organization])
    }

    @Test("A name written with an ampersand between capitals is one name: \"Texas A&M University\"")
    func ampersandName() {
        let r = find("She taught at Texas A&M University for ten years.")
        #expect(r.mentions.map(\.text) == ["Texas A&M University"])
        #expect(r.mentions.map(\.type) == [.organization])
    }

    @Test("A two-letter word that is also a legal suffix stays a name of its own after a place: \"the US, EU and China\"")
    func twoLetterSuffixAfterPlace() {
        let r = find("Ministers from the US, EU and China met in Geneva on Monday.")
        #expect(r.mentions.map(\.text) == ["US", "EU", "China", "Geneva"])
        #expect(r.mentions.map(\.type) == [.place, .organization, .place, .place])
    }

    @Test("A greeting or a function word never ends a person's name: \"Thanks, Dawn Hey, I am...\", \"Jeff Well, he...\"")
    func greetingEndsNoName() {
        #expect(find("Please check the books. Thanks , Dawn Hey , I am going to miss your wedding .").mentions.map(\.text) == ["Dawn"])
        #expect(find("Have you seen the new site? Best , Jeff Well , he launched today .").mentions.map(\.text) == ["Jeff"])
        // A two-letter word may be a surname ("Wilson Or", a Cantonese name).
        #expect(find("The district councillor Wilson Or was elected with 51 % of the vote .").mentions.map(\.text) == ["Wilson Or"])
    }

    @Test("A hyphenated given name written with spaced hyphens stays whole: \"Kim Jong - un\"")
    func spacedHyphenGivenName() {
        let r = find("Later , North Korean leader Kim Jong - un issued an order .")
        #expect(r.mentions.map(\.text) == ["Kim Jong - un"])
        #expect(r.mentions.map(\.type) == [.person])
        // A syllable that is also a listed given name or surname ("yan") after a name of two words.
        #expect(find("Junius Ho defeated Lee Cheuk - yan by around five thousand votes .").mentions.map(\.text) == ["Junius Ho", "Lee Cheuk - yan"])
        // A compound adjective after a name is not part of it.
        #expect(find("The Obama - backed candidate lost .").mentions.map(\.text) == ["Obama"])
    }

    @Test("An Arabic name stays one person: \"Abu Musab al-Zarqawi\", \"Ayman al - Zawahiri\", \"Khaled Al - Maeena\"")
    func arabicNamesWhole() {
        #expect(find("Abu Musab al-Zarqawi and his group were bitter rivals.").mentions.map(\.text) == ["Abu Musab al-Zarqawi"])
        #expect(find("The group of Ayman al - Zawahiri grew .").mentions.map(\.text) == ["Ayman al - Zawahiri"])
        let r = find("\" It would have been worse , \" Khaled Al - Maeena , editor at large at the Saudi Gazette , said .")
        #expect(r.mentions.map(\.text) == ["Khaled Al - Maeena", "Saudi Gazette"])
        #expect(find("The sheikhs met in Abu Dhabi on Monday.").mentions.map(\.type) == [.place])
    }

    @Test("A listed place run together with a full name after it is a place and a person: \"21 , Birmingham Ibrahim Savant , 26\", \"High Wycombe Assad Sarwar\"")
    func placeBeforePerson() {
        let r = find("The accused are Tayib Rauf , 21 , Birmingham Ibrahim Savant , 26 , London .")
        #expect(r.mentions.map(\.text) == ["Tayib Rauf", "Birmingham", "Ibrahim Savant", "London"])
        #expect(r.mentions.map(\.type) == [.person, .place, .person, .place])
        // A listed place of two words whose first word the tagger left out.
        let h = find("Waseem Kayani , 28 , High Wycombe Waheed Arafat Khan , 24 , London .")
        #expect(h.mentions.map(\.text) == ["Waseem Kayani", "High Wycombe", "Waheed Arafat Khan", "London"])
        #expect(h.mentions.map(\.type) == [.person, .place, .person, .place])
        // A place's own head word is no first name: "Cold Spring Harbor Laboratory" stays whole.
        #expect(find("She worked at the Cold Spring Harbor Laboratory for years .").mentions.map(\.text) == ["Cold Spring Harbor Laboratory"])
    }

    @Test("Initials written without full stops stay in the name: \"K K Paul\", \"V K Choudhry\" at a sentence's start")
    func initialsWithoutFullStops() {
        #expect(find("Delhi police chief K K Paul named the man .").mentions.map(\.text) == ["Delhi", "K K Paul"])
        #expect(find("Floods took many lives . V K Choudhry").mentions.map(\.text) == ["V K Choudhry"])
    }

    @Test("In a text that writes \"i\" for \"I\", a common first name in lower case is a person; not a shop (\"wendy 's\")")
    func lowerCaseNames() {
        let r = find("i think shanna and i are going to stay . jill allen finishes her exam today .")
        #expect(r.mentions.map(\.text) == ["shanna", "jill allen"])
        #expect(r.mentions.map(\.type) == [.person, .person])
        #expect(find("the place i like the most would be wendy 's .").mentions.isEmpty)
        let place = find("where did you grow up ? india ? i did .")
        #expect(place.mentions.map(\.text) == ["india"])
        #expect(place.mentions.map(\.type) == [.place])
        // Only where the writer uses lower case for names: edited text keeps its rules.
        #expect(find("We think shanna is a word . I am sure .").mentions.isEmpty)
    }

    @Test("Mails run together: a sign-off's first name and the next greeting's are two people (\"Vince David , A reminder\")")
    func signOffBeforeGreeting() {
        let mails = "I hope this helps . Vince David , A reminder about the meeting . Thanks . Vince"
        #expect(find(mails).mentions.map(\.text) == ["Vince", "David", "Vince"])
        // The next mail's sender, with an address.
        let header = "I will send you a copy today . Vince Darrell Duffie < duffie@example.edu > wrote : Vince , hello ."
        #expect(find(header).mentions.map(\.text).prefix(2) == ["Vince", "Darrell Duffie"])
        // A full name signing, then the next mail's greeting.
        let full = find("Call me with any further questions . Thanks . Marlene D. Hilliard Ginny , Please see the attached file .")
        #expect(full.mentions.map(\.text) == ["Marlene D. Hilliard", "Ginny"])
        // A mail's display name, surname first, is one person.
        let display = find("We will go ahead and execute . Thanks . \" Townsend , George \" < gtownsend@example.net > wrote .")
        #expect(display.mentions.map(\.text) == ["Townsend , George"])
        // An apposition is no greeting: "Thomas Sam , a homeopath".
        let news = "Thomas met the doctors . Thomas Sam , a practising homeopath , said so ."
        #expect(find(news).mentions.map(\.text).contains("Thomas Sam"))
    }

    @Test("Names joined by a spaced ampersand are one firm (\"Procter & Gamble\", \"Holland & Hart, LLP\"); two people stay two")
    func firmsWithAmpersands() {
        let r = find("Shares of Procter & Gamble and Johnson & Johnson rose .")
        #expect(r.mentions.map(\.text) == ["Procter & Gamble", "Johnson & Johnson"])
        #expect(r.mentions.map(\.type) == [.organization, .organization])
        #expect(find("He joined Ernst & Young in May .").mentions.map(\.text) == ["Ernst & Young"])
        #expect(find("Please pay Holland & Hart , LLP by Monday .").mentions.map(\.text) == ["Holland & Hart , LLP"])
        #expect(find("Invoices from Michael L. Beatty & Associates arrived .").mentions.map(\.text) == ["Michael L. Beatty & Associates"])
        let people = find("The show starred Karl Langdon & Harvey Deegan every week .")
        #expect(people.mentions.map(\.text) == ["Karl Langdon", "Harvey Deegan"])
        #expect(people.mentions.map(\.type) == [.person, .person])
    }

    @Test("A name right before a trophy's or awards' name is part of it (\"the Stanley Cup\", \"the MTV Video Music Awards\"), which is no name of ours")
    func trophies() {
        let r = find("Lord Stanley announced that his challenge trophy ( later known simply as the Stanley Cup ) would go to the best team .")
        #expect(r.mentions.map(\.text) == ["Stanley"])
        #expect(r.mentions.first?.span == Span(5, 12))
        #expect(r.mentions.first?.type == .person)
        // Up to two more capitalised words before the trophy's word: "the MTV Video Music Awards", "the NAACP Image Awards".
        let a = find("On Sunday , the MTV Video Music Awards and the NAACP Image Awards honoured Kelvin Boseman .")
        #expect(a.mentions.map(\.text) == ["Kelvin Boseman"])
    }

    @Test("An organisation named for what it does goes on after \"for\" or \"on\" through the capitalised words that follow")
    func organisationsForAndOn() {
        // The tagger stops at "Association" and at the hyphen after "American".
        let r = find("The Kelvari Association for Quiet Streets and Parks complained to the Council on American - Islamic Relations .")
        #expect(r.mentions.map(\.text) == ["Kelvari Association for Quiet Streets and Parks", "Council on American - Islamic Relations"])
        #expect(r.mentions.map(\.type) == [.organization, .organization])
        // Not into a second organisation after "and".
        let two = find("The Kelvari Association for Quiet Streets and Parks and Association for Safer Roads complained .")
        #expect(two.mentions.map(\.text).first == "Kelvari Association for Quiet Streets and Parks")
        // Not a time: "the Kelvari Association on Monday".
        let t = find("The Kelvari Association on Monday Morning complained .")
        #expect(t.mentions.map(\.text) == ["Kelvari Association"])
    }

    @Test("A town's name where a side plays, is signed for or loses by a score is the club, in every mention but after \"in\"")
    func teamsBySportsContext() {
        // Played for, signed with, coached: the club, and so is the same name elsewhere in the story.
        let r = find("He played with Footscray and later signed with Coburg . In 1956 he coached Footscray again . He died in Coburg in 1980 .")
        #expect(r.mentions.map(\.text) == ["Footscray", "Coburg", "Footscray", "Coburg"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .organization, .place])
        // A score: "losing to Tulsa 63-7", "Bowling Green finished the season 8-5".
        let s = find("Bowling Green finished the season 8-5 , losing to Tulsa 63-7 in the final .")
        #expect(s.mentions.map(\.text) == ["Bowling Green", "Tulsa"])
        #expect(s.mentions.map(\.type) == [.organization, .organization])
        // No sport, no club: a town people move to, and a country's side stays the country, as in CoNLL.
        // One town's side beating another's.
        let v = find("On Saturday , Coburg defeated Footscray in the third round .")
        #expect(v.mentions.map(\.type) == [.organization, .organization])
        // A player's or manager's side: "Coburg striker Patrick Bamford".
        let u = find("Coburg striker Patrick Bamford scored twice .")
        #expect(u.mentions.map(\.text) == ["Coburg", "Patrick Bamford"])
        #expect(u.mentions.map(\.type) == [.organization, .person])
        let t = find("The units transferred to Coburg in 1943 . England beat Australia 3-1 .")
        #expect(t.mentions.map(\.type) == [.place, .place, .place])
    }

    @Test("The ordinal or number that numbers a military unit is part of its name: \"the 82nd Airborne Division\", \"the Fourth Air Force\", \"65 Air Division\"")
    func numberedUnits() {
        let r = find("Troops of the 82nd Airborne Division joined the Fourth Air Force on Monday .")
        #expect(r.mentions.map(\.text) == ["82nd Airborne Division", "Fourth Air Force"])
        #expect(r.mentions.map(\.type) == [.organization, .organization])
        // Not an ordinal of something else: "its 50th Anniversary", nor before a company.
        let s = find("Kelvari Systems celebrated its 50th birthday with the Kelvari Foundation .")
        #expect(s.mentions.map(\.text) == ["Kelvari Systems", "Kelvari Foundation"])
        // A plain number too, but not a count before a plural ("12 Royal Marines").
        let plain = find("The wing was redesignated 65 Air Division in 1985 , and 12 Royal Marines were flown home .")
        #expect(plain.mentions.first?.text == "65 Air Division")
        #expect(!plain.mentions.contains { $0.text.hasPrefix("12") })
    }

    @Test("A mail system's address of a person (\"Kevin Kindall@ENRON\") names the person, address and all; the domain is nobody's surname")
    func mailSystemNames() {
        // The tagger had "Vince Kevin" and left the surname out.
        let r = find("Please let me know . Vince Kevin Kindall@ENRON 01/24/2001 03:51 PM Per our talk , Enron will pay .")
        #expect(r.mentions.map(\.text) == ["Vince", "Kevin Kindall@ENRON", "Enron"])
        #expect(r.mentions.map(\.type) == [.person, .person, .organization])
        #expect(r.entities.map(\.name) == ["Vince", "Kevin Kindall", "Enron"])
        // A plain e-mail address is no name.
        let s = find("Write to kevin.kindall@enron.com today .")
        #expect(s.mentions.isEmpty)
    }

    @Test("A name ending in a word of a trade (\"Farrell Electric\", \"Kal Tire\") is a firm, not a person")
    func tradesAreFirms() {
        let r = find("I have been using Farrell Electric for years and Ann Steele Plumbing Services too .")
        #expect(r.mentions.map(\.type).allSatisfy { $0 == .organization })
        #expect(r.mentions.map(\.text).first == "Farrell Electric")
        // The firm named short.
        let short = find("Farrell Electric rewired the house . Farrell was quick .")
        #expect(short.mentions.map(\.type) == [.organization, .organization])
        // Unless a person of that name is in the story.
        let person = find("Farrell Electric sent John Farrell . Farrell was quick .")
        #expect(person.mentions.map(\.type) == [.organization, .person, .person])
        // A person stays one.
        #expect(find("John Farrell fixed the wiring .").mentions.map(\.type) == [.person])
    }

    @Test("In a list of words in capitals, one person makes the others people, and their other mentions: \"in which KOWALSKI and ZEMBRA joined\"")
    func peopleListedInCapitals() {
        let r = find("THOMAS filed an opinion , in which KOWALSKI , ZEMBRA , and THOMAS joined . ZEMBRA filed a dissenting opinion .")
        #expect(r.mentions.map(\.text) == ["THOMAS", "KOWALSKI", "ZEMBRA", "THOMAS", "ZEMBRA"])
        #expect(r.mentions.allSatisfy { $0.type == .person })
        // No person in the list: abbreviations stay organisations.
        let s = find("Officials of NATO , the EU and the UN met in Brussels .")
        #expect(s.mentions.filter { $0.type == .person }.isEmpty)
    }

    @Test("One word found as a place that is the head before \"of\" of an organisation in the story is that organisation: \"the House of Representatives ... Speaker of the House\"")
    func housesAreOrganisations() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("The House of Representatives voted . She is Speaker of the House , from Georgia ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("House of Representatives", .organization), ("House", .place), ("Georgia", .place)])
        finder.organisationsNamedShort(info, &names)
        #expect(names.map(\.type) == [.organization, .organization, .place])
    }

    @Test("A name the tagger split after a saint's title is one name: \"Saint Francis Hospital\", \"St. Mary's Church\"")
    func namesAfterSaints() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("They went to Saint Francis Hospital and prayed at Saint Mary's Church in Saint Louis .")
        var names = found(info, [("Saint", .place), ("Francis Hospital", .organization), ("Saint Mary", .place), ("Church", .organization),
                                 ("Saint Louis", .place)])
        finder.namesAfterSaints(info, &names)
        #expect(texts(info, names) == ["Saint Francis Hospital", "Saint Mary's Church", "Saint Louis"])
        #expect(names.map(\.type) == [.organization, .organization, .place])
        // With the title's full stop, through the whole finder.
        #expect(find("Victims were taken to Hartford Hospital and Saint Francis Hospital . They prayed at St. Mary's Church .").mentions.map(\.text)
                == ["Hartford Hospital", "Saint Francis Hospital", "St. Mary's Church"])
    }

    @Test("A title found alone as a person beside another title is a role, no name: \"the Lord Mayor\"")
    func loneTitles() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = try tokenInfo("Why run for Lord Mayor ? Mayor Smith said no .")
        let names = finder.cleanUp(info, found(info, [("Lord", .person), ("Mayor", .person), ("Smith", .person)]), lexicon: lexicon)
        #expect(texts(info, names) == ["Smith"])
    }

    @Test("A group named for its members and its cause is one organisation: \"Women for America First\", \"Mothers Against Drunk Driving\"")
    func groupsNamedForACause() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("Thousands came to a rally organized by Women for America First . Mothers Against Drunk Driving , Doctors Without Borders and Americans for Prosperity objected . Tickets for Glastonbury sold out . Republicans for Trump met in town ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("America", .place), ("Trump", .person)])
        finder.groupsNamedForACause(info, &names, lexicon: lexicon)
        #expect(texts(info, names) == ["Women for America First", "Mothers Against Drunk Driving", "Doctors Without Borders",
                                       "Americans for Prosperity", "Trump"])
        #expect(names.map(\.type) == [.organization, .organization, .organization, .organization, .person])
        // "and the" begins a second name: two agencies, not one.
        let agencies = find("The Centers for Disease Control and Prevention and the Food and Drug Administration approved it .")
        #expect(agencies.mentions.map(\.text) == ["Centers for Disease Control and Prevention", "Food and Drug Administration"])
        #expect(agencies.mentions.map(\.type) == [.organization, .organization])
        // A line in title case is no group's name.
        let headline = TokenInfo(Document("Hopes for Ceasefire Fade"), lexicon: lexicon, excluded: nil)
        var none: [NameFinder.Found] = []
        finder.groupsNamedForACause(headline, &none, lexicon: lexicon)
        #expect(none.isEmpty)
    }

    @Test("A first name alone before \"and\" and a full name shares its surname: \"Richard and Lisa Parry\" names Richard Parry")
    func sharedSurnames() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("A couple from Ohio , Richard and Lisa Parry , drove all night . Lisa Parry said it was fake . Richard agreed ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("Richard", .person), ("Lisa Parry", .person), ("Lisa Parry", .person), ("Richard", .person)])
        finder.sharedSurnames(info, &names)
        let r = finder.link(info, names, lexicon: lexicon)
        #expect(r.entities.map(\.name) == ["Richard Parry", "Lisa Parry"])
        #expect(r.entities[0].mentions.map { r.mentions[$0].text } == ["Richard", "Richard"])
        // Not after a title: "Prince William and Kate Middleton" are no couple of one name.
        let royal = TokenInfo(Document("Prince William and Kate Middleton visited ."), lexicon: lexicon, excluded: nil)
        var both = found(royal, [("William", .person), ("Kate Middleton", .person)])
        finder.sharedSurnames(royal, &both)
        #expect(finder.link(royal, both, lexicon: lexicon).entities.map(\.name) == ["William", "Kate Middleton"])
    }

    @Test("A generational suffix after a comma belongs to the name (\"Cyrus R. Vance, Jr.\"); the head word of an event named after a name is no name (\"King Jr. Day\")")
    func suffixAfterCommaAndEventHeads() {
        let r = find("Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. and his tax preparer .")
        #expect(r.mentions.filter { $0.type == .person }.map(\.text) == ["Trump", "Cyrus R. Vance, Jr."])
        let day = find("He spent 15 years fighting for Martin Luther King Jr. Day to be a federal holiday .")
        #expect(!day.mentions.map(\.text).contains("Day"))
        // A given name after a capitalised word stays a person ("Uncle Bill").
        #expect(find("Then Uncle Bill said no .").mentions.map(\.text) == ["Bill"])
    }

    @Test("Languages, and events, diseases and software named by one word, are no names: \"in Hindi\", \"the Brexit deal\", \"Ebola\"")
    func thingNames() {
        let r = find("The Brexit deal was translated into Hindi and Urdu . Two treatments for Ebola were found . Android phones use Linux .")
        #expect(r.mentions.isEmpty)
        // News outlets and websites named by one word are organisations.
        let o = find("Politico reported it first , and hosts on Airbnb agreed .")
        #expect(o.mentions.map(\.type) == [.organization, .organization])
    }

    @Test("An organisation named short by the last word of its name, or its head before \"of\", is that organisation, not a person")
    func organisationsNamedShort() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("He played for the Boston Bruins . The Bruins won . The Kelvari League of Rights met . The League said no ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("Boston Bruins", .organization), ("Bruins", .person), ("Kelvari League of Rights", .organization),
                                 ("League", .person)])
        finder.organisationsNamedShort(info, &names)
        #expect(names.map(\.type) == [.organization, .organization, .organization, .organization])
        // A word of a person's name stays that person's: "Morgan Stanley ... Stanley" where Ann Stanley is named.
        let other = TokenInfo(Document("Morgan Stanley hired Ann Stanley . Stanley said yes ."), lexicon: lexicon, excluded: nil)
        var people = found(other, [("Morgan Stanley", .organization), ("Ann Stanley", .person), ("Stanley", .person)])
        finder.organisationsNamedShort(other, &people)
        #expect(people.map(\.type) == [.organization, .person, .person])
    }

    @Test("A word with an ampersand inside (\"B&SR\", \"AT&T\") is a firm's initials, never a person")
    func ampersandInitials() {
        // The tagger finds both as people.
        let r = find("B&SR said on Monday that it would close the line .")
        #expect(r.mentions.map(\.text) == ["B&SR"])
        #expect(r.mentions.map(\.type) == [.organization])
        let s = find("Contact T&G Smith for details .")
        #expect(s.mentions.map(\.type) == [.organization])
    }

    @Test("A name found again elsewhere takes the type it was found with most often, not the first one")
    func propagationByMajority() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let doc = Document("Zorvex opened . Then Zorvex hired staff . Zorvex grew . People like Zorvex .")
        let info = TokenInfo(doc, lexicon: lexicon, excluded: nil)
        let at = doc.tokens.indices.filter { doc.text($0) == "Zorvex" }
        // The tagger's findings: a place first, then twice an organisation; the last mention left out.
        let found = [(at[0], EntityType.place), (at[1], .organization), (at[2], .organization)].map {
            NameFinder.Found(span: doc.tokens[$0.0].span, first: $0.0, last: $0.0, type: $0.1)
        }
        let added = finder.propagate(info, found, runs: NameModel.runs(info))
        #expect(added.map(\.first) == [at[3]])
        #expect(added.map(\.type) == [.organization])
    }

    @Test("The first part of an e-mail address is no name: \"Kevin.A.Boone@accenture.com\"")
    func emailAddressNoName() {
        #expect(find("Please write to Kevin.A.Boone@example.com before Friday .").mentions.isEmpty)
        #expect(find("Kevin Boone will reply .").mentions.map(\.text) == ["Kevin Boone"])
    }

    @Test("A title after an organisation's head word is a role, not part of the name: \"the State Department Spokesperson\"")
    func organisationEndsAtHead() {
        let r = find("Jeff Rathke , the State Department Spokesperson , said so .")
        #expect(r.mentions.map(\.text) == ["Jeff Rathke", "State Department"])
        #expect(find("He played for the Oakland Athletics of Major League Baseball .").mentions.map(\.text).contains("Major League Baseball"))
    }

    @Test("A sentence's ordinary first word stays out of the name after it; an initial keeps its full stop")
    func nameEdges() {
        #expect(find("Following Smetana, the orchestra played Dvorak.").mentions.map(\.text) == ["Smetana", "Dvorak"])
        #expect(find("The speech by George H. W. Bush was short.").mentions.map(\.text) == ["George H. W. Bush"])
    }

    @Test("Training averages several perceptrons into a model the finder loads and tags with")
    func training() throws {
        let lexicon = try #require(NameModel.bundled).lexicon.data
        let text = "Zorblax Quint met Vrenna Oskel in Paris."
        let example = NameTrainer.Example(text: text, entities: [(0, 13, .person), (18, 30, .person), (34, 39, .place)])
        let model = try NameTrainer.train([example], lexiconData: lexicon, bits: 12, epochs: 5, runs: 2)
        let finder = try #require(NameFinder(lexicon: lexicon, model: model))
        let r = finder.find(in: Document(text))
        #expect(r.mentions.map(\.text) == ["Zorblax Quint", "Vrenna Oskel", "Paris"])
        #expect(r.mentions.map(\.type) == [.person, .person, .place])
        #expect(finder.lexiconClasses(of: "Paris").contains("city"))
    }

    @Test("Training with kinds of text: the model keeps the shared weights plus the chosen share of each kind's")
    func trainingKinds() throws {
        let lexicon = try #require(NameModel.bundled).lexicon.data
        let text = "Zorblax Quint met Vrenna Oskel in Paris."
        // The same text, annotated one way as kind 1 and another way as kind 2.
        let asPerson = NameTrainer.Example(text: text, entities: [(0, 13, .person), (18, 30, .person), (34, 39, .place)], domain: 1)
        let asFirm = NameTrainer.Example(text: text, entities: [(0, 13, .organization), (18, 30, .person), (34, 39, .place)], domain: 2)
        func typeOfZorblax(_ shares: [Int: Double]) throws -> EntityType? {
            let model = try NameTrainer.train([asPerson, asFirm], lexiconData: lexicon, bits: 12, epochs: 5, runs: 2,
                                              exportDomains: shares)
            let finder = try #require(NameFinder(lexicon: lexicon, model: model))
            return finder.find(in: Document(text)).mentions.first { $0.text == "Zorblax Quint" }?.type
        }
        #expect(try typeOfZorblax([1: 1]) == .person)
        #expect(try typeOfZorblax([2: 1]) == .organization)
        #expect(throws: (any Error).self) { try NameTrainer.train([asPerson], lexiconData: lexicon, bits: 12, exportDomains: [3: 1]) }
    }

    @Test("An Arabic article starts the name: \"al Qaeda`s\" gives al Qaeda")
    func arabicArticle() throws {
        let text = "The group is al Qaeda`s affiliate in Syria."
        let r = find(text)
        let q = try #require(entity(r, "al Qaeda"))
        #expect(q.type == .organization)
        #expect(r.mentions[q.mentions[0]].span == Span(13, 21))
    }

    @Test("Gender: from the first name, or from the pronouns that follow")
    func genders() throws {
        let r = find("Maria Lopez arrived first. Later Vladimir Putin spoke. Kim Zhao said she would stay.")
        func g(_ n: String) -> Gender? { r.entities.firstIndex { $0.name == n }.flatMap { r.genders[$0] } }
        #expect(g("Maria Lopez") == .female)
        #expect(g("Vladimir Putin") == .male)
        #expect(g("Kim Zhao") == .female)
    }

    @Test("Any input: empty, blank, binary garbage, 300 KB of capitals")
    func robustness() {
        for text in ["", " \n\n ", "\u{0}\u{1}\u{FFFD}\u{7F}", String(repeating: "A", count: 5000)] {
            let r = find(text)
            #expect(r.genders.count == r.entities.count)
        }
        var rng = SplitMix(seed: 7)
        let scalars = (0..<20000).compactMap { _ in Unicode.Scalar(UInt32(rng.next() % 0x3000)) }
        var garbage = String.UnicodeScalarView(); garbage.append(contentsOf: scalars)
        let g = find(String(garbage))
        #expect(g.mentions.allSatisfy { $0.span.start >= 0 && $0.span.end <= scalars.count && $0.span.start < $0.span.end })
        let caps = String(repeating: "ALPHA BETA GAMMA DELTA ", count: 13_000)  // 300 KB, one endless run
        let c = find(caps)
        #expect(c.mentions.map(\.span) == c.mentions.map(\.span).sorted())
        #expect(c.mentions.allSatisfy { $0.span.end <= caps.unicodeScalars.count })
    }

    @Test("A noun for an organisation beside a name makes it an organisation in the whole story")
    func organisationByApposition() throws {
        let r = find("The British supermarket chain Tesco will sell its Polish stores. Tesco said the sale was agreed.")
        let tesco = try #require(entity(r, "Tesco"))
        #expect(tesco.type == .organization)
        #expect(mentionTexts(r, tesco) == ["Tesco", "Tesco"])
        let s = find("Yesterday, Roscosmos, the Russian space agency, announced the news.")
        #expect(entity(s, "Roscosmos")?.type == .organization)
    }

    @Test("A description after the sentence's \"is\" or \"was\" makes its name an organisation or a place in the whole story")
    func typeByCopula() throws {
        let r = find("Kelvari is a Danish chain of hypermarkets. The first Kelvari opened in 1970, and Kelvari now has 18 stores.")
        let kelvari = try #require(entity(r, "Kelvari"))
        #expect(kelvari.type == .organization)
        #expect(mentionTexts(r, kelvari) == ["Kelvari", "Kelvari", "Kelvari"])
        // "Kelvari" above is found by its definition alone (the tagger passes over it), then wherever it is
        // written; ordinary words are not defined into names.
        #expect(find("This is a company that sells cars. Such is a town of old mills.").mentions.isEmpty)
        let s = find("Ostrander is a village in the county of Kent. Visitors to Ostrander can see its old mill.")
        #expect(entity(s, "Ostrander")?.type == .place)
        #expect(entity(s, "Kent")?.type == .place)
    }

    @Test("\"the village of X\", \"the French city of X\" make X a place, with its other mentions")
    func placeByNounOf() throws {
        let r = find("The old mill stands in the village of Ostrander, and Ostrander has a pub.")
        #expect(entity(r, "Ostrander")?.type == .place)
        let s = find("A gunman attacked a crowd in the French city of Nice on Thursday. Shops in Nice stayed shut.")
        let nice = try #require(entity(s, "Nice"))
        #expect(nice.type == .place)
        #expect(mentionTexts(s, nice) == ["Nice", "Nice"])
    }

    @Test("\"Jr.\", a regnal number and a nickname in quotation marks belong to the person's name")
    func suffixesAndNicknames() {
        let r = find("Civil rights leader Martin Luther King Jr. led the march. Pope Benedict XVI met King Charles III.")
        #expect(entity(r, "Martin Luther King Jr.")?.type == .person)
        #expect(entity(r, "Jr") == nil)
        #expect(entity(r, "Benedict XVI")?.type == .person)
        #expect(entity(r, "Charles III")?.type == .person)
        let s = find("Drug lord Joaquin \"El Chapo\" Guzman was extradited on Thursday.")
        #expect(s.entities.map(\.name) == ["Joaquin \"El Chapo\" Guzman"])
        // The full stop of "Jr." belongs to the name at the end of a sentence too.
        let t = find("The firm was later run by Harold Benton Jr. The shop closed.")
        #expect(t.mentions.map(\.text) == ["Harold Benton Jr."])
    }

    @Test("Two particles in a row stay inside the name: \"Joaquin de la Pazuela\"")
    func doubleParticles() {
        let r = find("The rebels were led by Joaquin de la Pazuela in the north.")
        #expect(entity(r, "Joaquin de la Pazuela")?.type == .person)
    }

    /// The token information of `text` with the bundled lexicon, for the rules that correct the tagger.
    func tokenInfo(_ text: String) throws -> TokenInfo {
        TokenInfo(Document(text), lexicon: try #require(NameFinder.shared.model?.lexicon), excluded: nil)
    }

    /// The found names of `text` given as (words, type), for the rules that correct the tagger.
    @Test("A word in brackets after an organisation's name that abbreviates it is that organisation, here and wherever the story writes it")
    func abbreviationsDefinedInBrackets() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("The Philippine Institute of Volcanology and Seismology ( Phivolcs ) said so . Later , Phivolcs reported a 5.5 quake ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("Philippine Institute of Volcanology and Seismology", .organization), ("Phivolcs", .person), ("Phivolcs", .person)])
        let keys = finder.abbreviationsInBrackets(info, &names)
        let r = finder.link(info, names, lexicon: lexicon, abbreviations: keys)
        #expect(r.entities.map(\.name) == ["Philippine Institute of Volcanology and Seismology"])
        #expect(r.entities.map(\.type) == [.organization])
        #expect(r.entities[0].mentions.map { r.mentions[$0].text } == ["Philippine Institute of Volcanology and Seismology", "Phivolcs", "Phivolcs"])
        // Mentions the tagger passed over are found too ("AU": two letters).
        let au = TokenInfo(Document("Leaders of the African Union ( AU ) met . The AU said no . Au revoir ."), lexicon: lexicon, excluded: nil)
        var auNames = found(au, [("African Union", .organization)])
        let auKeys = finder.abbreviationsInBrackets(au, &auNames)
        let auResult = finder.link(au, auNames, lexicon: lexicon, abbreviations: auKeys)
        #expect(auResult.entities.map(\.name) == ["African Union"])
        #expect(auResult.mentions.map(\.text) == ["African Union", "AU", "AU"])
        // Letters that do not stand for the name in order are no abbreviation of it.
        let other = TokenInfo(Document("The Bank of Ghana ( Reuters ) cut rates ."), lexicon: lexicon, excluded: nil)
        var otherNames = found(other, [("Bank of Ghana", .organization), ("Reuters", .organization)])
        let otherKeys = finder.abbreviationsInBrackets(other, &otherNames)
        #expect(otherKeys.isEmpty)
        #expect(finder.link(other, otherNames, lexicon: lexicon, abbreviations: otherKeys).entities.map(\.name) == ["Bank of Ghana", "Reuters"])
    }

    @Test("Capitalised words before an abbreviation in brackets that they spell are one name: \"London and South Western Railway (LSWR)\", \"Transport for London (TfL)\"")
    func wholeNamesBeforeAbbreviations() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("It was opened by the London and South Western Railway ( LSWR ) in 1847 , and Transport for London ( TfL ) runs it ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("London", .place), ("South Western Railway", .organization), ("London", .place), ("TfL", .person)])
        finder.wholeNamesBeforeAbbreviations(info, &names)
        #expect(texts(info, names) == ["London and South Western Railway", "Transport for London", "TfL"])
        #expect(names.map(\.type) == [.organization, .organization, .person])
        // Places joined by "and" stay a place; an office is no organisation ("Member of Parliament (MP)").
        let places = TokenInfo(Document("Troops left Bosnia and Herzegovina ( BiH ) . He became a Member of Parliament ( MP ) ."), lexicon: lexicon, excluded: nil)
        var placeNames = found(places, [("Bosnia", .place), ("Herzegovina", .place), ("Parliament", .organization)])
        finder.wholeNamesBeforeAbbreviations(places, &placeNames)
        #expect(texts(places, placeNames) == ["Bosnia and Herzegovina", "Parliament"])
        #expect(placeNames.map(\.type) == [.place, .organization])
    }

    @Test("An abbreviation in capitals defined by words in lower case is an ordinary thing's, no name: \"the anterior cingulate cortex (ACC)\"")
    func ordinaryAbbreviations() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("Rats with a damaged anterior cingulate cortex ( ACC ) pressed on . The ACC matters , said the NIN ."), lexicon: lexicon, excluded: nil)
        var names = found(info, [("ACC", .organization), ("ACC", .organization), ("NIN", .organization)])
        finder.ordinaryAbbreviations(info, &names)
        #expect(texts(info, names) == ["NIN"])
    }

    @Test("A title that is also an adjective does not end a description: \"Caloi is a major Brazilian manufacturer\" makes an organisation; \"a general manager\" stays an office")
    func adjectivalTitleInDescription() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("Caloi is a major Brazilian manufacturer of bicycles . Morey is a general manager at the firm ."), lexicon: lexicon, excluded: nil)
        var names = found(info, [("Caloi", .person), ("Morey", .person)])
        finder.typesByApposition(info, &names, lexicon: lexicon)
        #expect(names.map(\.type) == [.organization, .person])
    }

    @Test("A sentence defining a name goes on over hyphens and slashes, and renames a full name when its noun ends the description: \"Eberhard Faber is a brand of pencils\"")
    func definitionsOfFullNames() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("Eberhard Faber is a brand of pencils . Dark Ray are a four-piece electro / synthpop band . John Smith is a band manager ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("Eberhard Faber", .person), ("Dark Ray", .person), ("John Smith", .person)])
        finder.typesByApposition(info, &names, lexicon: lexicon)
        #expect(names.map(\.type) == [.organization, .organization, .person])
    }

    @Test("An institution named after a person keeps the person's title: \"Queen Elizabeth Hospital\", \"Bishop Garrigan High School\"")
    func titlesOpeningInstitutions() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("She was taken to the Queen Elizabeth Hospital . Bishop Garrigan High School closed . Senator Smith Holdings grew ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("Elizabeth Hospital", .organization), ("Garrigan High School", .organization), ("Smith Holdings", .organization)])
        finder.titlesOpeningInstitutions(info, &names)
        #expect(texts(info, names) == ["Queen Elizabeth Hospital", "Bishop Garrigan High School", "Smith Holdings"])
    }

    @Test("Names listed after a plural noun for organisations and \"like\", \"such as\" or \"including\" are organisations: \"bands like The Ramones, The Stooges and Captain Beefheart\"")
    func organisationsInLists() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("He liked bands like The Ramones , The Stooges and Captain Beefheart . Captain Beefheart split . Teams such as Brazil and Kelvari came . Bands including Rudy Vallee 's played ."),
                             lexicon: lexicon, excluded: nil)
        var names = found(info, [("Ramones", .person), ("Captain Beefheart", .person), ("Captain Beefheart", .person), ("Brazil", .place), ("Kelvari", .person), ("Rudy Vallee", .person)])
        finder.organisationsInLists(info, &names)
        #expect(texts(info, names) == ["The Ramones", "The Stooges", "Captain Beefheart", "Captain Beefheart", "Brazil", "Kelvari", "Rudy Vallee"])
        #expect(names.map(\.type) == [.organization, .organization, .organization, .organization, .place, .organization, .person])
    }

    @Test("Well-known companies and chains are organisations: \"Walgreens\", \"Costco\", \"Saudi Aramco\"")
    func listedCompanies() {
        let r = find("She bought it at Walgreens , then drove to Costco . Prices at Saudi Aramco rose .")
        #expect(r.mentions.map(\.text) == ["Walgreens", "Costco", "Saudi Aramco"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .organization])
    }

    @Test("A group's word that is also a given name, before a surname, is the person's given name: \"Dr Christian Keysers\"")
    func givenNameThatIsAGroupWord() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = TokenInfo(Document("Wikinews spoke with Dr Christian Keysers . Russian Vladimir Putin agreed ."), lexicon: lexicon, excluded: nil)
        let names = finder.cleanUp(info, found(info, [("Dr Christian Keysers", .person), ("Russian Vladimir Putin", .person)]), lexicon: lexicon)
        #expect(texts(info, names) == ["Christian Keysers", "Vladimir Putin"])
    }

    func found(_ info: TokenInfo, _ names: [(String, EntityType)]) -> [NameFinder.Found] {
        let doc = info.doc
        var out: [NameFinder.Found] = []
        for (name, type) in names {
            let words = name.split(separator: " ").map(String.init)
            let after = out.last.map { $0.last + 1 } ?? 0
            let first = (after..<doc.tokens.count).first { i in
                words.indices.allSatisfy { i + $0 < doc.tokens.count && doc.text(i + $0) == words[$0] }
            }!
            let last = first + words.count - 1
            out.append(NameFinder.Found(span: Span(doc.tokens[first].span.start, doc.tokens[last].span.end), first: first, last: last, type: type))
        }
        return out
    }

    /// The text of each found name.
    func texts(_ info: TokenInfo, _ names: [NameFinder.Found]) -> [String] {
        names.map { String(String.UnicodeScalarView(info.doc.scalars[$0.span.start..<$0.span.end])) }
    }

    @Test("One capitalised plural after \"the\" found as a person is a team or band; a family (\"the Kennedys\") stays people")
    func pluralAfterThe() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = try tokenInfo("The game ended with the Longhorns winning, and the Kennedys watched.")
        var names = found(info, [("Longhorns", .person), ("Kennedys", .person)])
        finder.pluralsAfterThe(info, &names, lexicon: lexicon)
        #expect(names.map(\.type) == [.organization, .person])
    }

    @Test("A listed place found mostly as a place stays one though a wrongly found person's name starts with it; a surname still links")
    func placeStartingAPersonName() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("He was born in Houston , Texas . He was a Texas All-State tackle , and Coach Darrell Royal praised him . Royal smiled .")
        var names = found(info, [("Houston", .place), ("Texas", .place), ("Texas All-State", .person), ("Darrell Royal", .person), ("Royal", .place)])
        finder.harmoniseTypes(info, &names)
        #expect(names.map(\.type) == [.place, .place, .person, .person, .person])
    }

    @Test("One word found as a person beside a listed place (\"Lincoln and Wexbury\", \"Ostley, Illinois\") is a place, unless a fuller person's name holds it")
    func placesInCompany() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("The road runs between Lincoln and Wexbury . It ends in Ostley , Illinois . Wexbury has a mill .")
        var names = found(info, [("Lincoln", .place), ("Wexbury", .person), ("Ostley", .person), ("Illinois", .place), ("Wexbury", .person)])
        finder.placesInCompany(info, &names)
        #expect(names.map(\.type) == [.place, .place, .place, .place, .place])
        let person = try tokenInfo("Ted Wexbury flew in . Wexbury and Lincoln met .")
        var people = found(person, [("Ted Wexbury", .person), ("Wexbury", .person), ("Lincoln", .place)])
        finder.placesInCompany(person, &people)
        #expect(people.map(\.type) == [.person, .person, .place])
    }

    @Test("An Arabic article and a hyphen standing apart before a name belong to it: \"al - Qaeda\" as \"al-Qaeda\"")
    func articlesBeforeHyphens() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("An - Nahar reported that al - Qaeda and Smith - Jones met .")
        var names = found(info, [("An", .place), ("Nahar", .organization), ("Qaeda", .organization), ("Jones", .person)])
        finder.articlesBeforeHyphens(info, &names)
        #expect(texts(info, names) == ["An - Nahar", "al - Qaeda", "Jones"])
        #expect(names.map(\.type) == [.organization, .organization, .person])
    }

    @Test("A name with \"'s\" that ends its clause or comes before a verb is a shop or company; a possessive stays as it was")
    func shopsByPossessive() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("The store became Gorman's in 1998. Later Gorman's closed, and Kerry's remarks and Jane Hale's were read. Hale's was the last.")
        var names = found(info, [("Gorman", .person), ("Gorman", .person), ("Kerry", .person), ("Jane Hale", .person), ("Hale", .person)])
        finder.shopsByPossessive(info, &names)
        #expect(texts(info, names) == ["Gorman", "Gorman's", "Kerry", "Jane Hale", "Hale"])
        #expect(names.map(\.type) == [.person, .organization, .person, .person, .person])
        // Text written with spaces around tokens, where "'s" stands apart ("Dillard 's").
        let spaced = try tokenInfo("The mall grew . Dillard 's was added a year later , and Kerry 's remarks were read .")
        var shops = found(spaced, [("Dillard", .person), ("Kerry", .person)])
        finder.shopsByPossessive(spaced, &shops)
        #expect(texts(spaced, shops) == ["Dillard 's", "Kerry"])
        #expect(shops.map(\.type) == [.organization, .person])
    }

    @Test("A listed organisation the tagger left alone is found; a short one only as an abbreviation")
    func listedOrganisations() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("The NATO envoy met Kofi Annan , and Reuters and Doctor Who fans watched .")
        var names = found(info, [("Kofi Annan", .person)])
        finder.listedOrganisations(info, &names, runs: NameModel.runs(info), lexicon: try #require(finder.model?.lexicon))
        #expect(texts(info, names) == ["NATO", "Kofi Annan", "Reuters"])
        #expect(names.map(\.type) == [.organization, .person, .organization])
    }

    @Test("Capitalised words after an honorific are a person, found by the tagger or not")
    func peopleAfterHonorifics() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("Dear Mr. Pellacani : the plan that Mrs Orland and Dr. Vance drew up is ready .")
        var names = found(info, [("Vance", .place)])
        finder.peopleAfterHonorifics(info, &names, runs: NameModel.runs(info))
        #expect(texts(info, names) == ["Pellacani", "Orland", "Vance"])
        #expect(names.map(\.type) == [.person, .person, .person])
    }

    @Test("Names of several people run together (an e-mail header without its line breaks) are split at a common first name after a full name")
    func splitListsOfPeople() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("Copies to Ann Carter Larry Dunn Greg , and to Sarah Jessica Parker and John Paul Jones .")
        var names = found(info, [("Ann Carter Larry Dunn Greg", .person), ("Sarah Jessica Parker", .person), ("John Paul Jones", .person)])
        finder.splitListsOfPeople(info, &names)
        #expect(texts(info, names) == ["Ann Carter", "Larry Dunn", "Greg", "Sarah Jessica Parker", "John Paul Jones"])
        #expect(names.allSatisfy { $0.type == .person })
    }

    @Test("A name found as a person that ends in the head of a smaller place (\"Ashby Reservoir\", \"Corbett Junction\") is a place; a surname stays")
    func minorPlaceHeads() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("Trains ran from Corbett Junction to Ashby Reservoir , where Tom Hollow and Ann Wood waited .")
        for (name, type) in [("Corbett Junction", EntityType.place), ("Ashby Reservoir", .place), ("Ann Wood", .person)] {
            let f = try #require(found(info, [(name, .person)]).first)
            #expect(finder.typeByLists(info, f) == type, "\(name)")
        }
    }

    @Test("A place inside the name of an event is no place: \"the Battle of Hastings\", \"the North Sea Jazz Festival\"; \"the Munich Olympics\" keeps it")
    func placesInsideEvents() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("After the Battle of Hastings , they played the North Sea Jazz Festival , then the Munich Olympics in Munich .")
        var names = found(info, [("Hastings", .place), ("North Sea", .place), ("Munich", .place), ("Munich", .place)])
        finder.placesInsideEvents(info, &names)
        #expect(texts(info, names) == ["Munich", "Munich"])
    }

    @Test("An abbreviation of an ordinary thing (\"USB\", \"CEO\", \"ASAP\") is no organisation; \"NATO\" still is")
    func commonAcronyms() throws {
        let r = find("Send the USB drive ASAP, the CEO said after the NATO summit. NATO agreed.")
        #expect(r.mentions.map(\.text) == ["NATO", "NATO"])
        #expect(r.mentions.allSatisfy { $0.type == .organization })
        let info = try tokenInfo("The USB port and the CEO of Acme .")
        var names = found(info, [("USB", .organization), ("CEO", .organization), ("Acme", .organization)])
        NameFinder.shared.dropCommonAcronyms(info, &names)
        #expect(texts(info, names) == ["Acme"])
    }

    @Test("A time zone or an abbreviation of a thing of computing, health or society is no organisation (\"IST\", \"DRM\", \"LGBT\", \"PPE\")")
    func moreCommonAcronyms() {
        let r = find("The plane landed at 7:38 pm IST on Friday. The company dropped DRM, and the charity backs LGBT rights and PPE for nurses, UNICEF said.")
        #expect(r.mentions.map(\.text) == ["UNICEF"])
    }

    @Test("A surname written in capitals (a transcript's speaker) is a person, not an abbreviation")
    func surnameInCapitals() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("JUSTICE KOWALSKI : Thank you , counsel . The NASA report is late .")
        #expect(finder.lexiconClasses(of: "Kowalski").contains("surname"))
        let names = found(info, [("KOWALSKI", .organization), ("NASA", .organization)])
        #expect(names.map { finder.typeByLists(info, $0) } == [.person, .organization])
    }

    @Test("Storms, spacecraft and ships are no people or places, nor are their other mentions: \"Hurricane Katrina\", \"the shuttle Atlantis\"")
    func stormsAndCraft() throws {
        let r = find("Hurricane Katrina struck New Orleans in 2005. Katrina killed hundreds. The shuttle Atlantis flew, and after the storm Obama visited.")
        #expect(r.mentions.map(\.text) == ["New Orleans", "Obama"])
    }

    @Test("A planet is no person, unless its name is the surname of a fuller name in the story; found as a place it stays")
    func planets() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("Venus was bright . Freddie Mercury sang , and Mercury smiled at Mars .")
        var names = found(info, [("Venus", .person), ("Freddie Mercury", .person), ("Mercury", .person), ("Mars", .place)])
        finder.dropPlanets(info, &names)
        #expect(texts(info, names) == ["Freddie Mercury", "Mercury", "Mars"])
    }

    @Test("An organisation named \"… of X and Y\" keeps its second part; another name after \"and\" stays apart")
    func organisationsOfThisAndThat() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("The Department of Housing and Urban Development sued , and the Ministry of Justice and Acme Corp replied .")
        var names = found(info, [("Department of Housing", .organization), ("Ministry of Justice", .organization), ("Acme Corp", .organization)])
        finder.organisationsOfThisAndThat(info, &names)
        #expect(texts(info, names) == ["Department of Housing and Urban Development", "Ministry of Justice", "Acme Corp"])
    }

    @Test("One word found as a person stays a person when it is only a small town's name (\"Obama\"); a big city becomes a place")
    func smallTownNamesStayPeople() throws {
        let finder = NameFinder.shared
        #expect(finder.lexiconClasses(of: "Obama").contains("city"))
        let info = try tokenInfo("Obama flew to Tokyo .")
        let names = found(info, [("Obama", .person), ("Tokyo", .person)])
        #expect(names.map { finder.typeByLists(info, $0) } == [.person, .place])
    }

    @Test("A listed place of several words holding the names found in it is one place; a name reaching beyond it is left alone")
    func listedPlacesWhole() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("Envoys from Trinidad and Tobago and Great Britain met the New South Wales Police .")
        var names = found(info, [("Trinidad", .place), ("Tobago", .person), ("Britain", .place), ("New South Wales Police", .organization)])
        finder.listedPlacesWhole(info, &names)
        #expect(texts(info, names) == ["Trinidad and Tobago", "Great Britain", "New South Wales Police"])
        #expect(names.map(\.type) == [.place, .place, .organization])
    }

    @Test("A listed place written in lower case is a place (\"we moved to portland\"); ordinary words, first names and web addresses stay out")
    func lowerCasePlaces() throws {
        let lexicon = try #require(NameFinder.shared.model?.lexicon)
        for place in ["chicago", "portland", "malaysia"] { #expect(lexicon.isLowerPlace(WordHash.of(place)), "\(place)") }
        #expect(lexicon.isLowerPlace(LexiconBuilder.sequenceHash(["san", "francisco"].map { WordHash.of($0) })))
        #expect(!lexicon.keyOfLowerPlace(WordHash.of("new")) && !lexicon.keyOfLowerPlace(WordHash.of("city")))
        // Ordinary words, common first names and places whose words are all ordinary ones.
        for word in ["nice", "reading", "turkey", "mobile", "jordan", "bath", "victoria"] {
            #expect(!lexicon.isLowerPlace(WordHash.of(word)), "\(word)")
        }
        #expect(!lexicon.isLowerPlace(LexiconBuilder.sequenceHash(["long", "beach"].map { WordHash.of($0) })))

        let r = find("We moved to portland from the coast, then drove to san francisco. The turkey was nice, reading at home; see chicago.com. I love Chicago and chicago food.")
        #expect(r.mentions.map(\.text) == ["portland", "san francisco", "Chicago", "chicago"])
        #expect(r.mentions.allSatisfy { $0.type == .place })
        let chicago = try #require(entity(r, "Chicago"))
        #expect(mentionTexts(r, chicago) == ["Chicago", "chicago"])
    }

    @Test("A listed organisation written in lower case, as people also write it, is an organisation (\"walmart\"); not one whose lower-case spelling is an ordinary word (\"labour\")")
    func lowerCaseOrganisations() throws {
        let lexicon = try #require(NameFinder.shared.model?.lexicon)
        for name in ["walmart", "nikon", "barclays"] { #expect(lexicon.isLowerPlace(WordHash.of(name)), "\(name)") }
        // "Labour": the word list has no lower-case spelling, so no evidence that people write the party's name so.
        for word in ["labour", "target", "apple", "shell"] { #expect(!lexicon.isLowerPlace(WordHash.of(word)), "\(word)") }
        let r = find("Place is next to the mall and walmart . My nikon broke . They were forced to do labour in the mines .")
        #expect(r.mentions.map(\.text) == ["walmart", "nikon"])
        #expect(r.mentions.map(\.type) == [.organization, .organization])
    }

    @Test("Organisations are learnt from annotated training text: a name marked so in at least half the places it is written")
    func annotatedOrganisations() {
        func doc(_ text: String, _ orgs: [String]) -> (text: String, entities: [(start: Int, end: Int, type: String)]) {
            let scalars = Array(text.unicodeScalars)
            let entities = orgs.map { name -> (start: Int, end: Int, type: String) in
                let needle = Array(name.unicodeScalars)
                let at = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
                return (at, at + needle.count, "ORG")
            }
            return (text, entities)
        }
        let docs = [
            doc("Enron traded gas . Staff at Enron Corp. left .", ["Enron", "Enron Corp."]),
            doc("Enron fell . Acme won . Acme lost . Acme drew .", ["Enron", "Acme"]),
            doc("He joined the Times and al - Qaeda .", ["the Times", "al - Qaeda"]),
        ]
        let found = LexiconBuilder.annotatedOrganisations(in: docs)
        // Enron: marked in two of its three places; "Enron Corp." once in one; "al - Qaeda" as written, spaced.
        // Acme: marked in one of three. "the Times": a name starting with "the" is left out.
        #expect(found.map(\.name) == ["Enron", "Enron Corp.", "al - Qaeda"].sorted())
        #expect(found.map(\.marks) == [2, 1, 1])
    }

    @Test("Once an organisation is named, its head word alone after \"the\" names it again; not before, not in a longer name, not in a web address")
    func organisationsByHeadWord() throws {
        let r = find("He left the League early. The Australian League of Rights is a group. The League was formed in 1960, and he watched the League Cup at the League of Nations hall. The Board said so in the League.com.au report.")
        #expect(r.mentions.map(\.text) == ["Australian League of Rights", "League", "League of Nations"])
        #expect(r.mentions.map(\.type).prefix(2) == [.organization, .organization])
        // The head word is the same entity as the organisation.
        let league = try #require(entity(r, "Australian League of Rights"))
        #expect(mentionTexts(r, league) == ["Australian League of Rights", "League"])
        let team = find("The Bowling Green Falcons football team won again. It was the 89th season of play for the Falcons.")
        #expect(team.mentions.map(\.text) == ["Bowling Green Falcons", "Falcons"])
        let falcons = try #require(entity(team, "Bowling Green Falcons"))
        #expect(mentionTexts(team, falcons) == ["Bowling Green Falcons", "Falcons"])
        let unit = find("The 65th Air Division was formed in 1943. In June 1985, the 65th took charge of the fleet, and the 65th Air Division grew.")
        #expect(unit.mentions.map(\.text) == ["65th Air Division", "65th", "65th Air Division"])
        // "The Sun" (a newspaper, or the star) says nothing of a later "the Sun".
        #expect(!find("The Sun rose. Light from the Sun reached us.").mentions.contains { $0.text == "Sun" && $0.span.start > 5 })
    }

    @Test("A place followed by a sports club's abbreviation is the club (\"Montreal HC\")")
    func clubsByAbbreviation() {
        let r = find("The cup went to the Montreal HC in 1894, and Sunderland AFC won the league. He lives in Montreal.")
        #expect(r.mentions.map(\.text) == ["Montreal HC", "Sunderland AFC", "Montreal"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .place])
    }

    @Test("An organisation and a word of the media trades ending the name are one organisation (\"CBS Cable\"); not inside a longer run")
    func divisionsOfOrganisations() {
        let r = find("CBS Cable was an early cable network run by CBS. A CBS News Poll found the same.")
        #expect(r.mentions.map(\.text) == ["CBS Cable", "CBS", "CBS"])
        #expect(r.mentions.allSatisfy { $0.type == .organization })
    }

    @Test("Two names joined under one organisation's head word, after \"the\", are one organisation; not without \"the\" before them")
    func organisationsOfTwoNames() {
        let r = find("It connected with the Portland and Ogdensburg Railroad in 1880. Most of it went to the Bill and Melinda Gates Foundation. Trains ran between Kansas and the Missouri Pacific Railroad. Officers of the Secret Service and US Park Police came.")
        #expect(r.mentions.map(\.text) == ["Portland and Ogdensburg Railroad", "Bill and Melinda Gates Foundation", "Kansas",
                                           "Missouri Pacific Railroad", "Secret Service", "US Park Police"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .place, .organization, .organization, .organization])
    }

    @Test("An abbreviation given in brackets for an agreement, act or contract is no organisation, anywhere in the story")
    func abbreviatedDocuments() {
        let r = find("The firm signed the Power Purchase Agreement ( \"PPA\" ) with the WHO. The PPA runs to 2030. Congress passed the Clean Air Act (CAA) and the CAA took effect; the World Health Organization (WHO) agreed.")
        #expect(!r.mentions.contains { $0.text == "PPA" || $0.text == "CAA" })
        #expect(r.mentions.filter { $0.text == "WHO" }.count == 2)
        #expect(r.mentions.filter { $0.text == "WHO" }.allSatisfy { $0.type == .organization })
    }

    @Test("The lexicon keeps its known organisations apart from the flags, and reads a file without them")
    func knownOrganisationsInLexicon() throws {
        let acme = WordHash.of("acme"), seq = LexiconBuilder.sequenceHash(["acme", "corp"].map { WordHash.of($0) })
        let lexicon = Lexicon(entries: [WordHash.of("paris"): LexFlags.city.rawValue], knownOrganisations: [acme, seq])
        let read = try #require(Lexicon(data: lexicon.data))
        #expect(read.isKnownOrganisation(acme) && read.isKnownOrganisation(seq))
        #expect(!read.isKnownOrganisation(WordHash.of("paris")))
        #expect(read.flags(acme).isEmpty)
        let older = try #require(Lexicon(data: Lexicon(entries: [WordHash.of("paris"): LexFlags.city.rawValue]).data))
        #expect(!older.isKnownOrganisation(acme) && older.flags(WordHash.of("paris")) == .city)
        // A known organisation the tagger left alone, and one written in lower case, as in an e-mail or a review.
        let shipped = try #require(NameFinder.shared.model?.lexicon)
        for name in ["enron", "dynegy", "tmobile"] { #expect(shipped.isKnownOrganisation(WordHash.of(name)), "\(name)") }
        let r = find("my phone plan is with tmobile now . i used to work at enron before it went under .")
        #expect(r.mentions.map(\.text) == ["tmobile", "enron"])
        #expect(r.mentions.map(\.type) == [.organization, .organization])
    }

    @Test("A person's name has no digits: an address run into a name splits into a listed place and the person")
    func personSplitAtDigits() throws {
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = try tokenInfo("Police named him as London E17 David Brown , then London E9 Wasil Qureshi , and later spoke of the F-86 Sabre .")
        var names = found(info, [("London E17 David Brown", .person), ("London E9 Wasil Qureshi", .person), ("F-86 Sabre", .person)])
        finder.splitPersonsAtDigits(info, &names, lexicon: lexicon)
        #expect(texts(info, names) == ["London", "David Brown", "London", "Wasil Qureshi"])
        #expect(names.map(\.type) == [.place, .person, .place, .person])
    }

    @Test("Capitalised words the tagger left out that end in an organisation's head make an organisation; so does a place with a plural after it, or a person with a head word")
    func namesByHead() throws {
        let finder = NameFinder.shared
        let info = try tokenInfo("The band signed with Blue Harbour Records in 2004 and toured Winnipeg Comets games in Winnipeg . The Space Shuttle Program ended .")
        var names = found(info, [("Winnipeg", .place), ("Winnipeg", .place)])
        finder.namesByHead(info, &names, runs: NameModel.runs(info))
        #expect(texts(info, names) == ["Blue Harbour Records", "Winnipeg Comets", "Winnipeg"])
        #expect(names.map(\.type) == [.organization, .organization, .place])
        let band = try tokenInfo("She sang with the Harold Lane Band , and Harold Lane praised her .")
        var people = found(band, [("Harold Lane", .person), ("Harold Lane", .person)])
        finder.namesByHead(band, &people, runs: NameModel.runs(band))
        #expect(texts(band, people) == ["Harold Lane Band", "Harold Lane"])
        #expect(people.map(\.type) == [.organization, .person])
    }

    @Test("A description that is about a person (\"a founder of the band\") does not make the name an organisation")
    func appositionAboutAPerson() {
        let r = find("He met Jerry Garcia, a founder of the band, in Palo Alto.")
        #expect(entity(r, "Jerry Garcia")?.type == .person)
    }

    @Test("Capitalised words filling a quotation on their own are a title, not a name")
    func quotedTitle() {
        let r = find("The researchers called the approach \"Precision Policies\" in their report from London.")
        #expect(entity(r, "Precision Policies") == nil)
        #expect(entity(r, "London")?.type == .place)
    }

    @Test("A place followed by a capitalised plural noun is a team (\"New York Rangers\" too); so are capitalised words found as a place that end in an ordinary plural")
    func teamNamedAfterPlace() throws {
        let r = find("The Sacramento Kings beat the visitors on Wednesday in Sacramento.")
        #expect(entity(r, "Sacramento Kings")?.type == .organization)
        #expect(entity(r, "Sacramento")?.type == .place)
        let finder = NameFinder.shared
        let lexicon = try #require(finder.model?.lexicon)
        let info = try tokenInfo("The Golden Hawks beat the Western Highlands and the Gold Coast on Sunday .")
        var names = found(info, [("Golden Hawks", .place), ("Western Highlands", .place), ("Gold Coast", .place)])
        finder.teamsNamedAfterPlaces(info, &names, lexicon: lexicon)
        #expect(names.map(\.type) == [.organization, .place, .place])
        // A place's head word may open the team's name; a listed place ending in "s" stays a place.
        let heads = try tokenInfo("The New York Rangers beat the San Antonio Spurs in New Orleans , near the Cayman Islands .")
        var teams = found(heads, [("New York Rangers", .place), ("San Antonio Spurs", .place), ("New Orleans", .place),
                                  ("Cayman Islands", .place)])
        finder.teamsNamedAfterPlaces(heads, &teams, lexicon: lexicon)
        #expect(teams.map(\.type) == [.organization, .organization, .place, .place])
        // Left out by the tagger altogether, in a story about sport: still a team.
        let left = try tokenInfo("The Chicago Cubs beat the visitors , and the Vancouver Canucks won at home .")
        var none: [NameFinder.Found] = []
        finder.teamsNamedAfterPlaces(left, &none, lexicon: lexicon)
        #expect(texts(left, none) == ["Chicago Cubs", "Vancouver Canucks"])
        #expect(none.map(\.type) == [.organization, .organization])
        // Not in a story with no sport in it ("the Nuremberg Laws").
        let laws = try tokenInfo("The Third Reich passed the Nuremberg Laws in 1935 .")
        var noTeams: [NameFinder.Found] = []
        finder.teamsNamedAfterPlaces(laws, &noTeams, lexicon: lexicon)
        #expect(noTeams.isEmpty)
    }

    @Test("A title with \"'s\" and an organisation's head word is one organisation, with the county before it: \"the Los Angeles County Sheriff's Department\"")
    func officesOfTitleHolders() {
        let r = find("A spokesman for the Los Angeles County Sheriff's Department said the Harris County Sheriff 's Office and the Governor's Office agreed .")
        #expect(r.mentions.map(\.text) == ["Los Angeles County Sheriff's Department", "Harris County Sheriff 's Office", "Governor's Office"])
        #expect(r.mentions.allSatisfy { $0.type == .organization })
        // Not a place's head word after the title ("the Queen's Park"); not a person's possessive.
        let other = find("Crowds gathered in the Queen's Park and at Sheriff Joe Arpaio's Office .")
        #expect(!other.mentions.contains { $0.type == .organization && $0.text.hasPrefix("Queen") })
        #expect(!other.mentions.contains { $0.text.hasPrefix("Sheriff") })
    }

    @Test("The full stop of \"Inc.\" belongs to the organisation's name whichever rule found it: \"Alphabet Inc.\"")
    func suffixFullStops() {
        let r = find("Google's parent Alphabet Inc. and Meta Platforms Ltd. were named by the regulator .")
        #expect(r.mentions.map(\.text) == ["Google", "Alphabet Inc.", "Meta Platforms Ltd."])
    }

    @Test("A name found as a person that is founded, formed or disbanded is an organisation, with its other mentions; not a fuller name or a family: \"Caloi was founded in 1898\"")
    func organisationsByFounding() {
        let r = find("The bicycle maker Caloi was founded in 1898 by Luigi Caloi . In 1972 , Caloi introduced a racing bike . The Caloi family sold it in 1999 .")
        #expect(r.mentions.map(\.text) == ["Caloi", "Luigi Caloi", "Caloi", "Caloi"])
        #expect(r.mentions.map(\.type) == [.organization, .person, .organization, .person])
        let band = find("Velvet Rope were formed in 1996 by two brothers . Velvet Rope disbanded in 2003 .")
        #expect(band.mentions.map(\.type).allSatisfy { $0 == .organization })
        // What only a firm has: shareholders, a subsidiary, shares in it.
        let firm = find("Barlow 's shareholders met on Monday . Investors bought shares in Barlow , said Anne Reed .")
        #expect(firm.mentions.filter { $0.text == "Barlow" }.allSatisfy { $0.type == .organization })
        // A person is not founded: "founded by" after a person's name leaves it alone.
        let founder = find("Henry Martin founded the firm in 1905 . Martin was born in Ohio .")
        #expect(founder.mentions.first?.type == .person)
    }

    @Test("A name described as a thing (a game, a film, a ship) is no person, organisation or place, in all its mentions: \"Minetest is an open-source game\"")
    func thingsByDescription() {
        let game = find("Ahola talked about Minetest . Minetest is an open-source game , free to play . Players love Minetest .")
        #expect(game.mentions.map(\.text) == ["Ahola"])
        let film = find("Crowds watched the film Black Panther on Sunday . Black Panther made him famous .")
        #expect(!film.mentions.contains { $0.text == "Black Panther" })
        // A listed organisation or place stays; a noun that is part of a longer noun is no description of a thing.
        #expect(find("John Fenwick is a drug dealer from Leeds , police said .").mentions.first?.text == "John Fenwick")
        #expect(find("Boeing is a company ; the aircraft Boeing built flew .").mentions.map(\.text).contains("Boeing"))
    }

    @Test("News names that rules had broken: a name in a list of names is no sign-off (\"Kim Jong Un, Xi Jinping\"); a listed place stays a place (\"the West Bank\"); a river is no person or team (\"the River Thames\")")
    func newsNamesKeptWhole() {
        let leaders = find("Kim Jong Un , Recep Tayyip Erdogan and Emmanuel Macron spoke .")
        #expect(leaders.mentions.map(\.text) == ["Kim Jong Un", "Recep Tayyip Erdogan", "Emmanuel Macron"])
        let places = find("Fighting continued in the Gaza Strip and the West Bank . Boats sailed on the River Thames .")
        #expect(places.mentions.map(\.text) == ["Gaza Strip", "West Bank", "River Thames"])
        #expect(places.mentions.allSatisfy { $0.type == .place })
        // A team of that shape stays a team.
        #expect(find("He pitched for the River Cats in the league , and won .").mentions.first?.type == .organization)
    }

    @Test("An agreement's name is none of ours, nor the names inside it: \"the Paris Agreement\", \"the Kyoto Protocol\"")
    func agreementsAreNoNames() {
        let r = find("The United States left the Paris Agreement and the Kyoto Protocol , but kept the Camp David Accords .")
        #expect(r.mentions.map(\.text) == ["United States"])
    }

    @Test("An abbreviation followed by a number is a designation, not an organisation")
    func numberedAbbreviation() {
        let r = find("The crew flew STS-135 in July, and the game costs USD 26.95 while FIFA said nothing.")
        #expect(r.entities.map(\.name) == ["FIFA"])
        #expect(entity(r, "FIFA")?.type == .organization)
    }

    @Test("The word hashes written out as constants (\"<s>\", \"</s>\", \"of\", \"the\", \"for\", \"'s\") are those WordHash gives")
    func boundaryHashes() {
        #expect(Features.bos == WordHash.of("<s>"))
        #expect(Features.eos == WordHash.of("</s>"))
        #expect(TokenInfo.ofHash == WordHash.of("of"))
        #expect(TokenInfo.theHash == WordHash.of("the"))
        #expect(TokenInfo.forHash == WordHash.of("for"))
        #expect(NameFinder.possessiveHash == WordHash.of("'s"))
        #expect(NameFinder.organisationCompounds.map(\.noun) == [NameFinder.stationHash, NameFinder.districtHash])
        #expect(DocContext.possessive == WordHash.of("'s"))
    }

    @Test("An organisation followed by the words of one of its departments, ending the run or before a contact word, names the department; not before other capitalised words")
    func departmentsOfOrganisations() {
        let r = find("Contact: Kim Ross, Morgan Stanley Credit Risk Management & Advisory Phone: 212-555-0100")
        #expect(r.mentions.map(\.text) == ["Kim Ross", "Morgan Stanley Credit Risk Management & Advisory"])
        #expect(r.mentions.map(\.type) == [.person, .organization])
    }

    @Test("In a signature, a person's name running into a known firm's name or one ending in a legal suffix is the person and the firm")
    func peopleOpeningOrganisations() {
        let known = find("See you there. Regards, Tom Bradley Enron Gas Services 1400 Smith Street, Houston")
        #expect(known.mentions.map(\.text) == ["Tom Bradley", "Enron Gas Services", "Houston"])
        #expect(known.mentions.map(\.type) == [.person, .organization, .place])
        let legal = find("See you there. Best regards, Lena Ostrova Harbor Point Capital Partners, LLC Phone: 555-0100")
        #expect(legal.mentions.map(\.text) == ["Lena Ostrova", "Harbor Point Capital Partners, LLC"])
        #expect(legal.mentions.map(\.type) == [.person, .organization])
        // A given name alone, right after a sign-off.
        let alone = find("Thanks. Sara Blue Ridge Freight Lines, Inc. Hi Sara, the papers came.")
        #expect(alone.mentions.map(\.text) == ["Sara", "Blue Ridge Freight Lines, Inc.", "Sara"])
        #expect(alone.mentions.map(\.type) == [.person, .organization, .person])
    }

    @Test("Words before the initials that open a firm's name ending in a legal suffix are not part of it")
    func wordsBeforeInitialsOfFirms() {
        let r = find("Superb Roofing Job ABR Inc fixed our roof in a day. FINANCIAL AND LEGAL ADVISERS QRV Partners, Inc. (202) 555-0100")
        #expect(r.mentions.map(\.text) == ["ABR Inc", "QRV Partners, Inc."])
        #expect(r.mentions.allSatisfy { $0.type == .organization })
    }

    @Test("A school's head word and \"of\" after an organisation named with \"of\" start a new organisation; after other names the whole stays one")
    func institutionsInARow() {
        let row = find("Department of History College of Liberal Arts University of Oregon, Eugene")
        #expect(row.mentions.prefix(3).map(\.text) == ["Department of History", "College of Liberal Arts", "University of Oregon"])
        #expect(row.mentions.prefix(3).allSatisfy { $0.type == .organization })
        let whole = find("The New Jersey Department of Public Safety and the Harvard University School of Public Health took part.")
        #expect(whole.mentions.map(\.text) == ["New Jersey Department of Public Safety", "Harvard University School of Public Health"])
    }

    @Test("A firm found inside a longer capitalised run that ends with a firm the story names alone is that firm")
    func organisationsNamedShorterElsewhere() {
        let r = find("Dana Kerr Senior Analyst Energy Markets Northwind Trading Company, Inc. Telephone: 555-0100. Northwind Trading Company, Inc. sent the offer.")
        #expect(r.mentions.map(\.text) == ["Dana Kerr", "Northwind Trading Company, Inc.", "Northwind Trading Company, Inc."])
        #expect(r.entities.filter { $0.type == .organization }.count == 1)
    }

    @Test("A region and a country found as one name are two places")
    func placesThenCountries() {
        let r = find("Job Title: Engineer Location: Austin, Texas USA Salary: open")
        #expect(r.mentions.map(\.text) == ["Austin", "Texas", "USA"])
        #expect(r.mentions.allSatisfy { $0.type == .place })
    }

    @Test("The words of a file's name are no names")
    func dropFileNames() {
        let r = find("Mark, here is the GPSA Guaranty.doc and Paper4.pdf as promised. The GPSA guaranty is ready.")
        #expect(r.mentions.map(\.text) == ["Mark", "GPSA"])
        #expect(r.mentions.last?.span.start == 68)
    }

    @Test("\"EU\" is a name although \"e.u.\" is also a legal suffix, and a full stop after it ends the sentence")
    func twoCapitalsAreNames() {
        let r = find("Britain left the EU. The EU said it was sorry.")
        #expect(r.mentions.map(\.text) == ["Britain", "EU", "EU"])
        #expect(r.mentions.map(\.type) == [.place, .organization, .organization])
    }

    @Test("An abbreviation on our list of organisations that is also a small town's name is the organisation, at a sentence's start too")
    func listedAbbreviationsAtStart() {
        let r = find("The report came out. UN Secretary-General Antonio Guterres spoke on Monday.")
        #expect(r.mentions.map(\.text) == ["UN", "Antonio Guterres"])
        #expect(r.mentions.map(\.type) == [.organization, .person])
    }

    @Test("Initials that are the first letters of a name in the story join its entity and take its type; a listed place wins")
    func initialsOfNames() {
        let eu = find("The European Union set new rules on Monday. Britain left the EU in 2020.")
        #expect(eu.mentions.map(\.text) == ["European Union", "Britain", "EU"])
        #expect(eu.mentions.map(\.type) == [.organization, .place, .organization])
        #expect(eu.mentions[0].entity == eu.mentions[2].entity)
        let nsw = find("Fires burned across New South Wales this week. The NSW fire service said crews were tired.")
        #expect(nsw.mentions.map(\.type) == [.place, .place])
        #expect(nsw.mentions[0].entity == nsw.mentions[1].entity)
    }


    @Test("Capitalised words right after a noun naming a kind of organisation (\"band\", \"label\") are an organisation, with a capitalised \"The\"; not a day")
    func namesAfterKindNouns() {
        let r = find("He sang with the punk band Velvet Hammer before he signed to independent label Tin Parrot in 1990. The band The Lanterns toured with them. The company Monday said profits fell.")
        #expect(r.mentions.map(\.text) == ["Velvet Hammer", "Tin Parrot", "The Lanterns"])
        #expect(r.mentions.allSatisfy { $0.type == .organization })
    }


    @Test("A country right after a word naming a field of government or \"Team\" is a national agency or team; a country alone stays a place")
    func agenciesNamedForCountries() {
        let r = find("Health Canada approved the drug on Monday. Team USA won the relay. Across Canada, people voted.")
        #expect(r.mentions.map(\.text) == ["Health Canada", "Team USA", "Canada"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .place])
    }

    @Test("English names of cities that GeoNames spells otherwise are listed places")
    func cityExonyms() {
        let r = find("Millions of pilgrims arrive in Mecca each year. Fighting went on in Fallujah and Basra.")
        #expect(r.mentions.map(\.text) == ["Mecca", "Fallujah", "Basra"])
        #expect(r.mentions.allSatisfy { $0.type == .place })
    }


    @Test("Capitalised ordinary words opening a sentence and defined as an organisation are its name (\"Glass Orchard Notes are a band\")")
    func ordinaryWordsDefinedByCopula() {
        let r = find("Glass Orchard Notes are a four-piece electro band. They formed in 2004. Silver Kettle is a Dutch insurance company.")
        #expect(r.mentions.map(\.text) == ["Glass Orchard Notes", "Silver Kettle"])
        #expect(r.mentions.allSatisfy { $0.type == .organization })
    }


    @Test("A capitalised \"The\" before a newspaper's name is not part of it, so the name links across stories (\"Washington Post\")")
    func theBeforeNewspapers() {
        let r = find("As Heald told The Huffington Post on Monday, the figures were clear. The Washington Post had it first.")
        #expect(r.mentions.map(\.text) == ["Heald", "Huffington Post", "Washington Post"])
        #expect(r.mentions.dropFirst().allSatisfy { $0.type == .organization })
    }

    @Test("An organisation's head word and \"of\", \"for\" or \"on\" open a name that runs over the capitalised words after it, through \"and\" before ordinary words; not past a possessive, a title before a person, a day, another organisation or a place named as where it is")
    func organisationsHeadedOf() {
        let r = find("The Organization of American States met. Rangers from the Bureau of Land Management arrived. "
            + "The Department of Health and Human Services agreed, and so did the Court of Appeals for the D.C. Circuit. "
            + "He spoke in the House of Commons. The Bank of England Governor Andrew Bailey said the Ministry of Defence's "
            + "budget would fall. The Office of Management and Budget said on Monday that the Department of Education and "
            + "Microsoft had signed. The Cabinet on Monday agreed.")
        #expect(r.mentions.map(\.text) == ["Organization of American States", "Bureau of Land Management",
            "Department of Health and Human Services", "Court of Appeals for the D.C. Circuit", "House of Commons",
            "Bank of England", "Andrew Bailey", "Ministry of Defence", "Office of Management and Budget",
            "Department of Education", "Microsoft"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .organization, .organization, .organization,
            .organization, .person, .organization, .organization, .organization, .organization])
    }

    @Test("A plural noun for a group of people in the possessive and capitalised words ending in an organisation's head word are one organisation (\"the Kurdistan Workers' Party\", \"Korean People 's Army\"); an organisation's possessive or a republic is not")
    func possessiveOrganisations() {
        let r = find("Troops of the People's Liberation Army and the Kurdistan Workers' Party clashed. "
            + "The commander of the Korean People 's Army spoke . According to the United Nations' Food and Agriculture "
            + "Organization, the Ratepayers ' Association won. The People's Republic of China objected.")
        let names = r.mentions.map(\.text).filter { $0 != "Agriculture Organization" && $0 != "Food and Agriculture Organization" }
        #expect(names == ["People's Liberation Army", "Kurdistan Workers' Party", "Korean People 's Army",
            "United Nations", "Ratepayers ' Association", "People's Republic of China"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .organization, .organization, .organization,
            .organization, .place])
    }

    @Test("A listed country or city in the possessive before a name is a place of its own (\"China's Foreign Ministry\", \"Japan's Toyota\"), split off the name or added")
    func placesInPossessive() {
        let r = find("China's Foreign Ministry said on Monday that Japan's Toyota and London's Hyde Park were fine.")
        #expect(r.mentions.map(\.text) == ["China", "Foreign Ministry", "Japan", "Toyota", "London", "Hyde Park"])
        #expect(r.mentions.map(\.type) == [.place, .organization, .place, .organization, .place, .place])
    }

    @Test("A town's name taken for a first name is a side where the sentence has a match (\"beat Chelsea 2-1\"), unless a fuller person's name in the story has it")
    func townsTakenForFirstNames() {
        let r = find("Manchester United beat Chelsea 2-1 at Old Trafford on Sunday.")
        #expect(r.mentions.map(\.text) == ["Manchester United", "Chelsea", "Old Trafford"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .place])
        let p = find("Chelsea Clinton spoke on Monday. Her team beat them 2-1 before Chelsea left.")
        #expect(p.mentions.map(\.type) == [.person, .person])
    }

    @Test("A firm named by its web address with a legal suffix is an organisation (\"Amazon.com Inc\"); a web address alone is left to the tagger")
    func firmsNamedByDomain() {
        let r = find("Shares of Amazon.com Inc rose 2 percent on Monday.")
        #expect(r.mentions.map(\.text) == ["Amazon.com Inc"])
        #expect(r.mentions.map(\.type) == [.organization])
    }

    @Test("A country in the possessive before capitalised words is a place even where the tagger found nothing after it (\"Iran's Revolutionary Guards\"); a firm takes its partners after an ampersand (\"Morgan Stanley & Co\", \"JPMorgan Chase & Co.\"), two first names do not")
    func countriesInPossessiveAndPartners() {
        let r = find("Iran's Revolutionary Guards seized a tanker. Analysts at Morgan Stanley & Co said JPMorgan Chase & Co. fell. Tom & Jerry ran.")
        #expect(r.mentions.first?.text == "Iran")
        #expect(r.mentions.first?.type == .place)
        #expect(r.mentions.contains { $0.text == "Morgan Stanley & Co" && $0.type == .organization })
        #expect(r.mentions.contains { $0.text == "JPMorgan Chase & Co." && $0.type == .organization })
        #expect(!r.mentions.contains { $0.text.contains("Tom &") })
    }

    @Test("A firm named once with a legal suffix or a firm's word is that firm wherever the story writes the words without it (\"Zelko Ltd.\" … \"Zelko\", \"Zenvo Partners\" … \"Zenvo\"), found otherwise or not at all; not where the words are a person's surname in the story")
    func organisationsWithoutSuffix() {
        let r = find("Zelko Ltd. was founded in 1990 by engineers in Sofia. In 1997 Microsoft bought a Zelko licence, and later Zelko opened an office in Vienna.")
        #expect(r.mentions.map(\.text) == ["Zelko Ltd.", "Sofia", "Microsoft", "Zelko", "Zelko", "Vienna"])
        #expect(r.mentions.map(\.type) == [.organization, .place, .organization, .organization, .organization, .place])
        let p = find("Marlow GmbH was founded in 1922. Hans Marlow ran it, and Mr. Marlow said Marlow would grow.")
        #expect(p.mentions.map(\.type) == [.organization, .person, .person, .person])
        let d = find("Zenvo Partners is a design consultancy in Chicago. Later, Zenvo hired staff.")
        #expect(d.mentions.map(\.text) == ["Zenvo Partners", "Chicago", "Zenvo"])
        #expect(d.mentions.map(\.type) == [.organization, .place, .organization])
    }

    @Test("A call sign of a digit and capitals is a broadcaster in a story about broadcasting, with an AM frequency before it (\"882 6PR\", \"3AW\"), not a year; elsewhere such words are no names (\"the 3DS\")")
    func broadcastCallSigns() {
        let r = find("6PR, known as 882 6PR, began broadcasting in 1931. Its sister station 3AW is in Melbourne. In 1994 6PR moved.")
        #expect(r.mentions.map(\.text) == ["6PR", "882 6PR", "3AW", "Melbourne", "6PR"])
        #expect(r.mentions.map(\.type) == [.organization, .organization, .organization, .place, .organization])
        #expect(find("The 3DS and the 4WD sold well in 2010.").mentions.isEmpty)
    }

    @Test("In a story about military units an ordinal alone after \"the\" and before a verb is the unit (\"The 82nd was formed\"), and an ordinal before a unit's capitals joins them (\"the 93d PVI\"); a date is not (\"on the 5th of May\")")
    func unitsByOrdinal() {
        let r = find("The 82nd was formed in 1917. The regiment joined a brigade in France, and the 82nd crossed the Rhine on the 5th of May. The 82nd along with the 93d PVI then rested.")
        #expect(r.mentions.map(\.text) == ["82nd", "France", "82nd", "Rhine", "82nd", "93d PVI"])
        #expect(r.mentions.map(\.type) == [.organization, .place, .organization, .place, .organization, .organization])
    }

    @Test("A lottery, a laboratory or a hall of fame is an organisation though named after a place (\"the Ohio Lottery\", \"the Hockey Hall of Fame\"); a firm in the possessive with a legal suffix is one name (\"Nicholson's Broadcasting Service Pty Ltd\")")
    func organisationsByLateHeadAndPossessiveFirms() {
        let r = find("The Ohio Lottery paid out. Staff at the Cold Spring Harbor Laboratory and the Hockey Hall of Fame cheered.")
        #expect(r.mentions.map(\.text) == ["Ohio Lottery", "Cold Spring Harbor Laboratory", "Hockey Hall of Fame"])
        #expect(r.mentions.allSatisfy { $0.type == .organization })
        // Possessives in a row make one firm, planned once ("Smith's Jones's Widgets Ltd").
        #expect(find("Smith's Jones's Widgets Ltd closed.").mentions.count <= 2)
        let p = find("Nicholson's Broadcasting Service Pty Ltd ran the station.")
        #expect(p.mentions.map(\.text) == ["Nicholson's Broadcasting Service Pty Ltd"])
        #expect(p.mentions.map(\.type) == [.organization])
    }

    @Test("A description names the kind: \"the school district\" and \"a radio station\" make organisations (not places), \"a series of video games\" a thing, no name")
    func kindsByDescription() {
        let r = find("Riverside Unified School District is the school district for Riverside. KXYZ is a radio station in Denver.")
        #expect(r.mentions.map(\.text) == ["Riverside Unified School District", "Riverside", "KXYZ", "Denver"])
        #expect(r.mentions.map(\.type) == [.organization, .place, .organization, .place])
        let t = find("Quakeline is a series of video games made in Seoul. The first edition of Quakeline sold well.")
        #expect(t.mentions.map(\.text) == ["Seoul"])
    }

    @Test("A name between an article or possessive and a noun for a firm is a firm (\"its Netto chain\"); an island chain stays places")
    func firmsBeforeTheirNoun() {
        let r = find("Salling said it will strengthen its Netto chain in Poland. Lava built the Hawaiian Island chain.")
        #expect(r.mentions.first { $0.text == "Netto" }?.type == .organization)
        #expect(r.mentions.first { $0.text.contains("Hawaiian") }?.type != .organization)
    }
    @Test("An unlisted word in \"-ing\" opening a sentence is no part of the name after it (\"Proroguing Parliament\"); a role after a name ends before a verb (\"the Lord President of the court decided\")")
    func gerundOpenersAndRolesBeforeVerbs() throws {
        let r = find("Proroguing Parliament is the legal way to start a new session, the government said.")
        #expect(r.mentions.map(\.text) == ["Parliament"])
        let p = find("Court rules\n\nColin Sutherland, the Lord President of the court decided, according to the summary, that it was unlawful.")
        let colin = try #require(entity(p, "Colin Sutherland"))
        #expect(colin.role == "Lord President")
    }
    @Test("A town's name that is also a common first name, found as a place right before a person's name, is the first name (\"Charlotte Charles\"), and the surname alone links to the person; not after \"in\"")
    func firstNamesTakenForPlaces() throws {
        let r = find("Dunn's mother, Charlotte Charles, said on TV that she was angry. Charles told the Daily Mail she wanted justice.")
        let charles = try #require(entity(r, "Charlotte Charles"))
        #expect(charles.type == .person)
        #expect(mentionTexts(r, charles) == ["Charlotte Charles", "Charles"])
    }
    @Test("A person's name and \"Memorial\" after it make a place (\"the Jefferson Memorial\", \"the Martin Luther King Jr. Memorial\"); not \"Memorial Day\" or a memorial hospital")
    func memorialsArePlaces() {
        let r = find("He visited the Martin Luther King Jr. Memorial and the Jefferson Memorial.")
        #expect(r.mentions.map(\.text) == ["Martin Luther King Jr. Memorial", "Jefferson Memorial"])
        #expect(r.mentions.allSatisfy { $0.type == .place })
        let h = find("On Memorial Day, Smith spoke at the Smith Memorial Hospital.")
        #expect(h.mentions.first { $0.text.contains("Hospital") }?.type == .organization)
    }
    @Test("A school district is an organisation (\"the Dover Area School District\"); a university's name without its head word is the university (\"Fairmont State\"), not a listed place or after \"in\"")
    func schoolDistrictsAndShortInstitutions() {
        let r = find("Parents sued the Dover Area School District in 2004.")
        #expect(r.mentions.first { $0.text == "Dover Area School District" }?.type == .organization)
        let u = find("Fairmont State University is a public university in West Virginia. Fairmont State was founded in 1865. Saint Louis University opened a campus, and she lives in Saint Louis.")
        #expect(u.mentions.first { $0.text == "Fairmont State" }?.type == .organization)
        #expect(u.mentions.last { $0.text == "Saint Louis" }?.type == .place)
    }
}
