import Foundation

/// What name finding returns: entities with their linked mentions.
public struct NameResult: Sendable {
    public var entities: [Entity]
    /// In text order.
    public var mentions: [Mention]
    /// Likely grammatical gender of each PERSON entity (parallel to `entities`), for pronoun resolution.
    public var genders: [Gender?]
    public init(entities: [Entity] = [], mentions: [Mention] = [], genders: [Gender?]? = nil) {
        self.entities = entities; self.mentions = mentions
        self.genders = genders ?? Array(filling: nil, count: entities.count)
    }
}

public enum Gender: String, Sendable, Codable { case male, female }

/// Finds PERSON, ORGANIZATION and PLACE mentions and links them into entities.
///
/// 1. A sequence model (averaged perceptron over hashed word, shape, context and gazetteer features,
///    `names.model`) tags the runs of capitalised words; lower-case text is never a name.
/// 2. Rules: the dateline's place and wire service, titles kept out of names and recorded as roles,
///    demonyms and time words dropped, an abbreviation used as an adjective ("U.S. or Russian jets") dropped,
///    titles of works in quotation marks dropped, teams named after places and names described as companies,
///    bands, agencies… ("the supermarket chain Tesco") made organisations.
/// 3. Linking inside the story: a surname or first name joins the fullest name it belongs to; the same
///    words always get the same type; the canonical name is the fullest form.
public final class NameFinder: Sendable {
    public static let shared = NameFinder(model: NameModel.bundled)

    let model: NameModel?
    init(model: NameModel?) { self.model = model }

    /// A finder with a given lexicon and model (`names.lex`, `names.model`), e.g. one just trained.
    public convenience init?(lexicon: Data, model: Data?) {
        guard let lex = Lexicon(data: lexicon) else { return nil }
        if let model {
            guard let m = NameModel(data: model, lexicon: lex) else { return nil }
            self.init(model: m)
        } else {
            self.init(model: NameModel.untrained(lex))
        }
    }

    /// The lexicon's word classes of a word or phrase ("firstName", "city", …), for inspecting the lexicon.
    public func lexiconClasses(of phrase: String) -> [String] {
        guard let lex = model?.lexicon else { return [] }
        let hs = LexiconBuilder.tokenHashes(phrase)
        guard !hs.isEmpty else { return [] }
        return lex.flags(hs.count == 1 ? hs[0] : LexiconBuilder.sequenceHash(hs)).names
    }

    /// A name found in the text: a token range (inclusive of `last`) or a dateline span.
    struct Found {
        var span: Span
        var first: Int
        var last: Int
        var type: EntityType
        /// The name is forced: the dateline's place as given (`Dateline.place`), e.g. "Moscow" for "MOSCOW".
        /// (No strings here: a name is copied often and made into text only for the final entities.)
        var named = false
        /// The title or role the story gives the person.
        var roleSpan: Span?
        /// Type set by a list (our organisations), not to be changed by voting.
        var fixedType = false
        /// A first name alone that shares the surname of the person named right after it ("Richard" in "Richard and
        /// Lisa Parry"): the token of that surname, which the person's entity name takes.
        var sharedSurname: Int? = nil
    }

    public func find(in doc: Document) -> NameResult { find(in: doc, trace: nil) }

    /// The names found after each stage of `find`, for inspecting the rules (`byline-train trace`).
    public func trace(_ doc: Document) -> [(stage: String, names: [(text: String, type: EntityType)])] {
        var out: [(String, [(String, EntityType)])] = []
        _ = find(in: doc) { stage, found in
            out.append((stage, found.map { (String(String.UnicodeScalarView(doc.scalars[$0.span.start..<$0.span.end])), $0.type) }))
        }
        return out
    }

    func find(in doc: Document, trace: ((String, [Found]) -> Void)?) -> NameResult {
        guard let model, !doc.tokens.isEmpty else { return NameResult() }
        let info = TokenInfo(doc, lexicon: model.lexicon, excluded: doc.dateline?.span)
        let runs = NameModel.runs(info)
        let marks = NameFinder.markHits(info)
        trace?("token tables", [])
        let tags = model.tag(info, runs: runs)
        var found = decodeNames(info, tags)
        trace?("tagger", found)
        found = cleanUp(info, found, lexicon: model.lexicon)
        trace?("cleanUp", found)
        dropCommonAcronyms(info, &found)
        trace?("dropCommonAcronyms", found)
        articlesBeforeHyphens(info, &found)
        trace?("articlesBeforeHyphens", found)
        namesByHead(info, &found, runs: runs)
        trace?("namesByHead", found)
        organisationsHeadedOf(info, &found, runs: runs)
        trace?("organisationsHeadedOf", found)
        let possessives = NameFinder.possessiveMarks(info, marks: marks)
        possessiveOrganisations(info, &found, marks: possessives)
        trace?("possessiveOrganisations", found)
        placesInPossessive(info, &found, marks: possessives)
        trace?("placesInPossessive", found)
        firmsNamedByDomain(info, &found, marks: marks)
        trace?("firmsNamedByDomain", found)
        officesOfTitleHolders(info, &found)
        trace?("officesOfTitleHolders", found)
        titlesOpeningInstitutions(info, &found)
        trace?("titlesOpeningInstitutions", found)
        dropQuotedTitles(info, &found, lexicon: model.lexicon)
        trace?("dropQuotedTitles", found)
        teamsNamedAfterPlaces(info, &found, lexicon: model.lexicon)
        trace?("teamsNamedAfterPlaces", found)
        pluralsAfterThe(info, &found, lexicon: model.lexicon)
        trace?("pluralsAfterThe", found)
        found += acronymOrganisations(info, found, runs: runs)
        trace?("acronymOrganisations", found)
        found.sortBySpan()
        listedOrganisations(info, &found, runs: runs, lexicon: model.lexicon)
        trace?("listedOrganisations", found)
        abbreviatedDocuments(info, &found)
        trace?("abbreviatedDocuments", found)
        peopleAfterHonorifics(info, &found, runs: runs)
        trace?("peopleAfterHonorifics", found)
        splitPersonsAtDigits(info, &found, lexicon: model.lexicon)
        trace?("splitPersonsAtDigits", found)
        splitListsOfPeople(info, &found)
        trace?("splitListsOfPeople", found)
        namesAfterSaints(info, &found)
        trace?("namesAfterSaints", found)
        placesBeforePeople(info, &found, lexicon: model.lexicon)
        trace?("placesBeforePeople", found)
        firstNamesTakenForPlaces(info, &found)
        trace?("firstNamesTakenForPlaces", found)
        completePersonNames(info, &found, lexicon: model.lexicon)
        trace?("completePersonNames", found)
        memorialsArePlaces(info, &found)
        trace?("memorialsArePlaces", found)
        placesNamedAfterNouns(info, &found, runs: runs)
        trace?("placesNamedAfterNouns", found)
        listedPlacesWhole(info, &found)
        trace?("listedPlacesWhole", found)
        placesInsideEvents(info, &found)
        trace?("placesInsideEvents", found)
        found += propagate(info, found, runs: runs)
        trace?("propagate", found)
        signOffsBeforeGreetings(info, &found)
        trace?("signOffsBeforeGreetings", found)
        mailSystemNames(info, &found, lexicon: model.lexicon)
        trace?("mailSystemNames", found)
        found += datelineNames(doc)
        trace?("datelineNames", found)
        found.sortBySpan()
        lowerCasePlaces(info, &found, lexicon: model.lexicon)
        trace?("lowerCasePlaces", found)
        lowerCaseNames(info, &found, lexicon: model.lexicon, marks: marks)
        trace?("lowerCaseNames", found)
        dropStormsAndCraft(info, &found, runs: runs)
        trace?("dropStormsAndCraft", found)
        dropPlanets(info, &found)
        trace?("dropPlanets", found)
        dropFileNames(info, &found)
        trace?("dropFileNames", found)
        organisationsOfThisAndThat(info, &found)
        trace?("organisationsOfThisAndThat", found)
        organisationsOfTwoNames(info, &found)
        trace?("organisationsOfTwoNames", found)
        organisationsForAndOn(info, &found)
        trace?("organisationsForAndOn", found)
        groupsNamedForACause(info, &found, lexicon: model.lexicon)
        trace?("groupsNamedForACause", found)
        ampersandInitialsAreFirms(info, &found)
        trace?("ampersandInitialsAreFirms", found)
        peopleListedInCapitals(info, &found, lexicon: model.lexicon)
        trace?("peopleListedInCapitals", found)
        harmoniseTypes(info, &found)
        trace?("harmoniseTypes", found)
        organisationsNamedShort(info, &found)
        trace?("organisationsNamedShort", found)
        teamsBySportsContext(info, &found, lexicon: model.lexicon)
        trace?("teamsBySportsContext", found)
        placesInCompany(info, &found)
        trace?("placesInCompany", found)
        firmsWithAmpersands(info, &found, marks: marks)
        trace?("firmsWithAmpersands", found)
        divisionsOfOrganisations(info, &found)
        trace?("divisionsOfOrganisations", found)
        departmentsOfOrganisations(info, &found)
        trace?("departmentsOfOrganisations", found)
        peopleOpeningOrganisations(info, &found, lexicon: model.lexicon)
        trace?("peopleOpeningOrganisations", found)
        institutionsInARow(info, &found)
        trace?("institutionsInARow", found)
        organisationsNamedShorterElsewhere(info, &found)
        trace?("organisationsNamedShorterElsewhere", found)
        placesThenCountries(info, &found, lexicon: model.lexicon)
        trace?("placesThenCountries", found)
        clubsByAbbreviation(info, &found)
        trace?("clubsByAbbreviation", found)
        organisationsInLists(info, &found)
        trace?("organisationsInLists", found)
        typesByApposition(info, &found, lexicon: model.lexicon)
        trace?("typesByApposition", found)
        firmsInPossessive(info, &found)
        trace?("firmsInPossessive", found)
        organisationsWithoutSuffix(info, &found, lexicon: model.lexicon)
        trace?("organisationsWithoutSuffix", found)
        broadcastCallSigns(info, &found, digitWords: info.digitWords)
        trace?("broadcastCallSigns", found)
        organisationsByLateHead(info, &found)
        trace?("organisationsByLateHead", found)
        institutionsNamedShort(info, &found, lexicon: model.lexicon)
        trace?("institutionsNamedShort", found)
        namesAfterKindNouns(info, &found)
        trace?("namesAfterKindNouns", found)
        agenciesNamedForCountries(info, &found)
        trace?("agenciesNamedForCountries", found)
        organisationsByFounding(info, &found)
        trace?("organisationsByFounding", found)
        findRoles(info, &found, lexicon: model.lexicon)
        trace?("findRoles", found)
        dropAdjectivalAbbreviations(info, &found, lexicon: model.lexicon)
        trace?("dropAdjectivalAbbreviations", found)
        organisationsEndAtHead(info, &found)
        trace?("organisationsEndAtHead", found)
        numberedUnits(info, &found)
        trace?("numberedUnits", found)
        shopsByPossessive(info, &found)
        trace?("shopsByPossessive", found)
        tradesAreFirms(info, &found)
        trace?("tradesAreFirms", found)
        suffixFullStops(info, &found)
        sharedSurnames(info, &found)
        let headWords = organisationsByHeadWord(info, &found)
        trace?("organisationsByHeadWord", found)
        unitsByOrdinal(info, &found, lexicon: model.lexicon, digitWords: info.digitWords)
        trace?("unitsByOrdinal", found)
        var abbreviations = abbreviationsInBrackets(info, &found, marks: marks)
        trace?("abbreviationsInBrackets", found)
        if !headWords.isEmpty { abbreviations.merge(headWords) { a, _ in a } }
        let initials = initialsOfNames(info, &found, lexicon: model.lexicon)
        trace?("initialsOfNames", found)
        if !initials.isEmpty { abbreviations.merge(initials) { a, _ in a } }
        return link(info, found, lexicon: model.lexicon, abbreviations: abbreviations)
    }

    // MARK: tags to names

    func decodeNames(_ info: TokenInfo, _ tags: [UInt8]) -> [Found] {
        var out: [Found] = []
        out.reserveCapacity(info.n / 4)
        let toks = info.tokens
        // The rest of a name split at a repeated word begins a name: the token and its tag.
        var restAt = -1, restTag = NameTag.o
        var i = 0
        let n = min(info.n, tags.count)
        tags.withUnsafeBufferPointer { tags in
            while i < n {
                // Most tokens are tagged O: passed over in a loop of their own, on the tags' memory, eight at a time
                // while no name's rest starts among them.
                while i + 8 <= n, restAt < i || restAt >= i + 8,
                      UnsafeRawPointer(tags.baseAddress! + i).loadUnaligned(as: UInt64.self) == 0 { i += 8 }
                while i < n, tags[i] == 0, i != restAt { i += 1 }
                guard i < n else { break }
                let t = i == restAt ? restTag : NameTag(rawValue: Int(tags[i]))!
                guard t != .o, let type = t.type else { i += 1; continue }
                var j = i
                // A word repeated ("Vince Vince") starts a new name.
                // (Not an initial: "K K Paul".)
                while j + 1 < n, let nt = NameTag(rawValue: Int(tags[j + 1])), nt.isInside, nt.type == type,
                      info.hash[j + 1] != info.hash[j] || toks[j].span.length == 1 { j += 1 }
                // Never end on a connector.
                var last = j
                while last > i, info.slot[last] == .inner || info.slot[last] == .particle { last -= 1 }
                out.append(Found(span: Span(toks[i].span.start, toks[last].span.end), first: i, last: last, type: type))
                i = j + 1
                // The rest of a name split at a repeated word.
                if i < n, let nt = NameTag(rawValue: Int(tags[i])), nt.isInside { restAt = i; restTag = NameTag.begin(type) }
            }
        }
        return out
    }

    /// Token `last` is followed by a trophy's word, directly or after up to two more capitalised words in its
    /// sentence ("Stanley | Cup", "MTV | Video Music Awards").
    func beforeTrophy(_ info: TokenInfo, _ last: Int) -> Bool {
        let toks = info.tokens
        var k = last + 1
        while k < info.n, k <= last + 3, toks[k].kind == .word, toks[k].isCapitalized, toks[k].sentence == toks[last].sentence {
            if NameFinder.trophies.contains(info.hash[k]) { return true }
            k += 1
        }
        return false
    }

    func cleanUp(_ info: TokenInfo, _ names: [Found], lexicon: Lexicon) -> [Found] {
        let toks = info.tokens
        // The word lists looked at for most names, read once (not through their lazily made statics for each name).
        let neverEndsName = NameFinder.neverEndsName, arabicNameStarts = NameFinder.arabicNameStarts
        let documentHeads = NameFinder.documentHeads
        var out: [Found] = []
        out.reserveCapacity(names.count)
        for var f in names {
            // Titles and honorifics before a person's name are not part of it.
            if f.type == .person {
                while f.first < f.last, info.lex[f.first].contains(.title) || info.lex[f.first].contains(.personPrefix)
                        || info.lex[f.first].contains(.demonym) {
                    // A group's word that is also a given name, before one more word: the person's given name
                    // ("Dr Christian Keysers"; but "Russian Vladimir Putin", "Christian Democrat Angela Merkel").
                    let lx = info.lex[f.first]
                    if f.first + 1 == f.last, lx.contains(.firstName), lx.isDisjoint(with: [.title, .personPrefix]) { break }
                    f.first += 1
                    if f.first < f.last, info.isChar(f.first, ".") { f.first += 1 }
                }
            }
            // A title found alone as a person, beside another title ("Lord Mayor", "the Lord Mayor Candidate"): a role,
            // no name.
            if f.type == .person, f.first == f.last, !f.named, !info.lex[f.first].isDisjoint(with: [.title, .personPrefix]) {
                let sent = toks[f.first].sentence
                func titleAt(_ j: Int) -> Bool {
                    j >= 0 && j < info.n && toks[j].sentence == sent && toks[j].kind == .word && toks[j].isCapitalized
                        && !info.lex[j].isDisjoint(with: [.title, .personPrefix])
                }
                if titleAt(f.first - 1) || titleAt(f.first + 1) { continue }
            }
            // The head word of an event named after a name, found alone ("Martin Luther King Jr. Day", "Anzac Day"):
            // no name of its own (unless it is also a given name: "Uncle Bill").
            if f.first == f.last, !f.named, info.lex[f.first].contains(.miscHead), !info.lex[f.first].contains(.commonFirstName), f.first > 1,
               toks[f.first - 1].sentence == toks[f.first].sentence {
                let p = info.isChar(f.first - 1, ".") && toks[f.first - 1].span.start == toks[f.first - 2].span.end ? f.first - 2 : f.first - 1
                if toks[p].kind == .word, toks[p].isCapitalized, toks[p].sentence == toks[f.first].sentence { continue }
            }
            // "Bank of England", "National Library of the Netherlands", "Gulf of Mexico": an organisation's or a
            // place's head word and "of" (the) before the name make one name of that kind.
            var ofAt = f.first - 1
            if ofAt >= 1, info.slot[ofAt] == .inner, info.hash[ofAt] == TokenInfo.theHash { ofAt -= 1 }
            if ofAt >= 1, info.slot[ofAt] == .inner, info.hash[ofAt] == TokenInfo.ofHash, info.slot[ofAt - 1] == .name,
               out.last.map({ $0.last < ofAt - 1 }) ?? true {
                let head = info.lex[ofAt - 1]
                let org = head.contains(.orgHead) && !head.contains(.locHead)
                if org || head.contains(.locHead) && !head.contains(.orgHead) && !head.contains(.title) {
                    var a = ofAt - 1
                    while a > 0, f.first - a < 6, info.slot[a - 1] == .name, toks[a - 1].sentence == toks[a].sentence,
                          !info.lex[a - 1].contains(.title), out.last.map({ $0.last < a - 1 }) ?? true { a -= 1 }
                    // Not across the start of a sentence's ordinary first word ("The").
                    if toks[a].startsSentence, info.lex[a].contains(.commonWord), !info.lex[a].contains(.orgHead),
                       !info.lex[a].contains(.locHead), a < ofAt - 1 { a += 1 }
                    f.first = a
                    f.type = org ? .organization : .place
                }
            }
            // "Joint Implementation Group": capitalised words right before an organisation's head word
            // belong to it (not demonyms, titles or a sentence's ordinary first word).
            if f.type == .organization, info.lex[f.last].contains(.orgHead) {
                var a = f.first
                while a > 0, f.first - a < 4, info.slot[a - 1] == .name, toks[a - 1].sentence == toks[a].sentence,
                      out.last.map({ $0.last < a - 1 }) ?? true, !acronymOpens(info, a) {
                    let lx = info.lex[a - 1]
                    if !lx.isDisjoint(with: [.demonym, .title, .time, .personPrefix, .pronounLike]) { break }
                    if toks[a - 1].startsSentence, lx.contains(.commonWord) { break }
                    if info.hash[a - 1] == TokenInfo.theHash { break }
                    a -= 1
                }
                f.first = a
            }
            // "In Byron", "Following Smetana": a sentence's ordinary first word is not part of the name after it.
            // So is an unlisted word in "-ing" opening it ("Proroguing Parliament was unlawful").
            if f.first < f.last, toks[f.first].startsSentence, info.slot[f.first] == .name, info.slot[f.first + 1] == .name,
               info.lex[f.first].contains(.commonWord) || info.lex[f.first].isEmpty && NameFinder.endsInIng(info, f.first),
               info.hash[f.first] != TokenInfo.theHash,
               !NameFinder.isInitial(info, f.first),
               info.lex[f.first].isDisjoint(with: NameFinder.keepsFirstWord) {
                f.first += 1
            }
            // "George H. W.": the full stop of an initial ending a person's name.
            if f.type == .person, f.first < f.last, f.last + 1 < info.n, toks[f.last].span.length == 1, toks[f.last].isCapitalized,
               toks[f.last + 1].span.start == toks[f.last].span.end, toks[f.last + 1].span.length == 1,
               info.scalars[toks[f.last + 1].span.start] == "." {
                f.last += 1
            }
            // "Thanks, Dawn Hey, I am...", "Jeff Well, he launched...", "KEN These have been sold", "Harold Benton
            // Jr. The shop": a greeting or a function word never ends a person's name; in a text written without full
            // stops, or after an abbreviation's, it starts the next sentence. (Two-letter words stay: "Wilson Or",
            // "James To" are Cantonese names.)
            if f.type == .person, f.last > f.first,
               info.slot[f.last - 1] == .name || f.last - 1 > f.first && info.isChar(f.last - 1, "."),
               toks[f.last].span.length > 2, neverEndsName.contains(info.hash[f.last]) {
                f.last -= 1
            }
            // "Abu Musab al-Zarqawi", "Ibn Saud": an Arabic name's capitalised first element before a person's
            // name belongs to it.
            if f.type == .person, f.first > 0, toks[f.first - 1].isCapitalized, toks[f.first - 1].sentence == toks[f.first].sentence,
               arabicNameStarts.contains(info.hash[f.first - 1]), out.last.map({ $0.last < f.first - 1 }) ?? true {
                f.first -= 1
            }
            // "al Qaeda": an Arabic article right before the name belongs to it.
            if f.first > 0, info.slot[f.first - 1] == .particle, toks[f.first - 1].sentence == toks[f.first].sentence,
               ["al", "el"].contains(info.tx(f.first - 1)) {
                f.first -= 1
            }
            f.span = Span(toks[f.first].span.start, toks[f.last].span.end)
            // "the Stanley Cup", "a Pulitzer Prize", "the MTV Video Music Awards", "the GMAC Bowl", "the Paris
            // Agreement": a name right before a trophy's or an agreement's word, or before up to two more
            // capitalised words and one, is part of the trophy's, the awards' or the agreement's name, which is
            // none of ours.
            if !f.named, beforeTrophy(info, f.last) { continue }
            // "the Kyoto Protocol", "the Camp David Accords": an agreement's name, none of ours either.
            if !f.named, f.last > f.first, toks[f.last].isCapitalized, documentHeads.contains(info.hash[f.last]) { continue }
            // Names on our list of organisations are organisations.
            let wholeHash = f.first == f.last ? info.hash[f.first] : sequenceHash(info, f.first, f.last)
            let whole = f.first == f.last ? info.lex[f.first] : lexicon.flags(wholeHash)
            if whole.contains(.orgName) || whole.contains(.multiOrg) || lexicon.isKnownOrganisation(wholeHash),
               whole.isDisjoint(with: [.city, .country, .region, .multiPlace]) {
                f.type = .organization
                f.fixedType = true
            }
            if !f.fixedType { f.type = typeByLists(info, f, whole: whole) }
            if f.first == f.last {
                let lx = info.lex[f.first]
                if lx.contains(.demonym) && !lx.contains(.country) && !lx.contains(.region) { continue }
                if lx.contains(.time) || lx.contains(.pronounLike) { continue }
                if lx.contains(.title) && !lx.contains(.surname) && !lx.contains(.firstName) { continue }
                if toks[f.first].span.length < 2 { continue }
            } else if (f.first...f.last).allSatisfy({ info.lex[$0].contains(.demonym) || info.slot[$0] != .name }) {
                continue
            } else if whole.contains(.demonym), whole.isDisjoint(with: [.country, .region, .city, .multiPlace]) {
                // A demonym of two words ("the South Korean company") is no name either.
                continue
            }
            out.append(f)
        }
        return extendOrganisations(info, out)
    }

    /// Name lists overrule the tagger's type where they are unambiguous: a known place that is nobody's
    /// name, a first name and surname, an organisation or place head word at the end. A listed place of several
    /// words found as a place stays one (`whole`: the lexicon's flags of all its words; "the West Bank").
    func typeByLists(_ info: TokenInfo, _ f: Found, whole: LexFlags = []) -> EntityType {
        let first = info.lex[f.first], last = info.lex[f.last]
        if f.type == .place, f.last > f.first, whole.contains(.multiPlace) { return .place }
        let personal: LexFlags = [.firstName, .surname]
        let place: LexFlags = [.city, .country, .region]
        if f.first == f.last {
            // A big city, country or region that is nobody's name; a small town's name may well be a person's
            // ("Obama", a town in Japan).
            if f.type == .person, !first.isDisjoint(with: [.bigCity, .country, .region]), first.isDisjoint(with: personal) { return .place }
            // A surname written in capitals, as transcripts do with speakers ("JUSTICE HARLOW:"), is no
            // abbreviation: five letters or more, no listed organisation or place.
            if f.type == .organization, info.tokens[f.first].isAllCaps, info.tokens[f.first].span.length >= 5,
               first.contains(.surname), first.isDisjoint(with: place.union([.orgName, .orgHead, .commonWord])) { return .person }
            return f.type
        }
        if f.type != .organization, last.contains(.orgHead) || last.contains(.orgSuffix), !last.contains(.locHead) {
            return .organization
        }
        if f.type == .person, last.contains(.locHead), !last.contains(.surname), !last.contains(.orgHead) { return .place }
        // Heads of smaller places and works the lexicon does not flag (the tagger's features stay as trained):
        // "Ashby Reservoir", "Corbett Junction".
        if f.type == .person, NameFinder.minorPlaceHeadSet.contains(info.hash[f.last]), info.tokens[f.last].isCapitalized,
           !last.contains(.commonSurname), !last.contains(.commonFirstName) { return .place }
        // (Not a place's head word first: "River Thames", "Lake Wanaka".)
        if f.type != .person, f.last == f.first + 1, first.contains(.commonFirstName), last.contains(.surname),
           first.isDisjoint(with: place.union([.commonWord, .orgName, .locHead])), last.isDisjoint(with: [.locHead, .orgHead, .city, .country]) {
            return .person
        }
        return f.type
    }

    /// "NATO Secretary-General Jens Stoltenberg", "a deal with Boeing": a word on our list of organisations that the
    /// tagger left alone is that organisation (not an ordinary word starting a sentence, not a listed place).
    /// `found` is in text order and stays so.
    func listedOrganisations(_ info: TokenInfo, _ found: inout [Found], runs: [Range<Int>], lexicon: Lexicon) {
        let toks = info.tokens
        var out: [Found] = []
        var k = 0
        /// Capitalised word `i` of a run, on a list of organisations (few are): taken as one unless inside a name.
        func consider(_ i: Int) {
            while k < found.count, found[k].last < i { k += 1 }
            if k < found.count, found[k].first <= i { return }
            let lx = info.lex[i]
            // (An abbreviation on our list that is also a small town's name is the organisation: "UN".)
            guard lx.isDisjoint(with: [.country, .region, .multiPlace]),
                  !lx.contains(.city) || toks[i].isAllCaps && lx.contains(.orgName),
                  !(toks[i].startsSentence && lx.contains(.commonWord) && !toks[i].isAllCaps), toks[i].kind == .word else { return }
            // A short listed name only as an abbreviation ("WHO", not "Doctor Who"), and not in text written in capitals.
            if toks[i].span.length <= 4, !toks[i].isAllCaps { return }
            let sentence = toks[i].sentence
            if [i - 1, i + 1].contains(where: { $0 >= 0 && $0 < info.n && toks[$0].sentence == sentence && toks[$0].isAllCaps }) { return }
            // "the MTV Video Music Awards": inside the awards' name.
            if beforeTrophy(info, i) { return }
            out.append(Found(span: toks[i].span, first: i, last: i, type: .organization, fixedType: true))
        }
        // The runs' tokens read through pointers (this looks at every token of every run), each listed word taken as
        // it comes, in text order (not gathered in an array first: one allocation less per story).
        info.slot.withUnsafeBufferPointer { sl in
            info.lex.withUnsafeBufferPointer { lx in
                info.hash.withUnsafeBufferPointer { hp in
                    for run in runs {
                        precondition(run.lowerBound >= 0 && run.upperBound <= sl.count && run.upperBound <= lx.count && run.upperBound <= hp.count)
                        for i in run where sl[i] == .name && (lx[i].contains(.orgName) || lexicon.isKnownOrganisation(hp[i])) { consider(i) }
                    }
                }
            }
        }
        guard !out.isEmpty else { return }
        found += out
        found.sortBySpan()
    }

    /// Honorifics that only ever stand before a person's name.
    static let honorifics: [UInt64] = ["mr", "mrs", "ms", "dr", "mme", "mlle", "messrs"].map { WordHash.of($0) }

    /// "Dear Mr. Pellacani:", "Mrs Hale said": capitalised words right after an honorific are a person's name,
    /// found by the tagger or not, and of the person type. `found` is in text order and stays so.
    func peopleAfterHonorifics(_ info: TokenInfo, _ found: inout [Found], runs: [Range<Int>]) {
        let toks = info.tokens
        let honorifics = NameFinder.honorifics
        var added: [Found] = []
        var k = 0
        // The honorifics in the runs, first gathered (few) with the runs' tokens read through pointers: this looks at
        // every token of every run.
        let at: [Int] = info.lex.withUnsafeBufferPointer { lx in
            info.hash.withUnsafeBufferPointer { hp in
                var at: [Int] = []
                for run in runs {
                    precondition(run.lowerBound >= 0 && run.upperBound <= lx.count && run.upperBound <= hp.count)
                    for h in run where lx[h].contains(.personPrefix) && honorifics.contains(hp[h]) { at.append(h) }
                }
                return at
            }
        }
        for h in at {
            var i = h + 1
            if isMark(info, i, "."), toks[i].span.start == toks[h].span.end { i += 1 }
            guard i < info.n, info.slot[i] == .name, toks[i].sentence == toks[h].sentence, !toks[i].startsSentence,
                  info.lex[i].isDisjoint(with: [.title, .time, .pronounLike, .commonWord, .roleModifier, .demonym]) else { continue }
            while k < found.count, found[k].last < i { k += 1 }
            if k < found.count, found[k].first <= i {
                let f = found[k]
                if f.first == i, !f.fixedType, !f.named, f.last - f.first <= 2,
                   (f.first...f.last).allSatisfy({ info.lex[$0].isDisjoint(with: [.orgHead, .locHead]) }) { found[k].type = .person }
                continue
            }
            var last = i
            let next = k < found.count ? found[k].first : info.n
            while last + 1 < next, info.slot[last + 1] == .name, toks[last + 1].sentence == toks[i].sentence { last += 1 }
            added.append(Found(span: Span(toks[i].span.start, toks[last].span.end), first: i, last: last, type: .person))
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// Abbreviations of ordinary things, never names: units, formats, currencies, titles of office, diseases,
    /// e-mail shorthand ("a USB stick", "the CEO", "ASAP").
    static let commonAcronyms: [String] = [
        "asap", "fyi", "faq", "rsvp", "aka", "diy", "btw", "imo", "imho", "lol", "omg", "tbd", "tba", "eta", "etc",
        "usb", "dna", "rna", "hiv", "aids", "adhd", "ptsd", "mri", "icu", "suv", "vip", "mvp", "dui", "dwi",
        "api", "cpu", "gpu", "ram", "rom", "pdf", "html", "http", "https", "url", "ascii", "jpeg", "gif", "mp3",
        "dvd", "vhs", "gps", "sms", "lcd", "led", "atm", "pin", "isbn", "usd", "eur", "gbp", "gdp", "cpi", "ipo",
        "ceo", "cfo", "coo", "cto", "svp", "evp", "rfp", "rfq", "wwi", "wwii", "pow", "awol", "swat", "ufo",
        // Time zones ("8:00 p.m. AST", "11:30 am IST").
        "utc", "gmt", "bst", "ist", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
        "pdt", "akst", "hst", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "wib",
        "pht", "sast", "msk", "ict", "pkt",
        // Things of computing, health and society; legislators' titles.
        "drm", "eula", "eulas", "vcr", "cdn", "vpn", "vps", "lan", "wan", "ssd", "hdd", "ssl", "tls", "ssh",
        "ftp", "dns", "sdk", "cve", "pci", "lgpl", "gpl", "rpg", "fps", "mmo", "nft", "oem", "iot", "sql", "xml",
        "json", "csv", "lgbt", "lgbtq", "lgbtqia", "fgm", "std", "sti", "ppe", "ivf", "covid", "copd", "bmi", "ubi",
        "gnp", "vat", "mla", "mpp", "msp", "mep",
    ]
    static let commonAcronymSet = HashSet64(commonAcronyms.map { WordHash.of($0) })

    /// An organisation named "… of X and Y" keeps its second part, which the tagger leaves out: "the Department
    /// of Housing and Urban Development", "the Society of Painters and Engravers". The words after "and" are one
    /// to three capitalised words that are no other name, title or role, and end their run.
    func organisationsOfThisAndThat(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let and = TokenInfo.andWords
        let not: LexFlags = [.title, .demonym, .time, .pronounLike, .city, .country, .region, .commonFirstName]
        for k in found.indices where found[k].type == .organization && !found[k].named && found[k].first >= 0 {
            let f = found[k]
            let a = f.last + 1
            guard a + 1 < info.n, and.contains(info.hash[a]), toks[a].sentence == toks[f.last].sentence,
                  toks[a].span.start > toks[f.last].span.end,  // "and" as a word, not glued
                  (f.first...f.last).contains(where: { info.hash[$0] == TokenInfo.ofHash }) else { continue }
            let next = k + 1 < found.count ? found[k + 1].first : info.n
            var j = a + 1
            while j < min(next, a + 4), toks[j].kind == .word, toks[j].isCapitalized, !toks[j].isAllCaps,
                  toks[j].sentence == toks[a].sentence, info.lex[j].isDisjoint(with: not) { j += 1 }
            let last = j - 1
            guard last > a, j >= info.n || j >= next || !(toks[j].kind == .word && toks[j].isCapitalized) else { continue }
            found[k].last = last
            found[k].span = Span(f.span.start, toks[last].span.end)
        }
    }

    /// Two names joined under one organisation's head word are one organisation: "the Portland and Ogdensburg
    /// Railroad", "the Bill and Melinda Gates Foundation", "the Fairmont State Community and Technical College".
    /// The first part is one to three capitalised words right after "the" (which marks where the name starts:
    /// "between Kansas and the Missouri Pacific Railroad" has two), then "and" or "&", then the organisation found,
    /// ending in its head word. The names found inside the first part go; when one is an organisation of its own (a
    /// listed one, or one ending in a head word), or the second part starts with a people's adjective, the names
    /// stay as they are.
    func organisationsOfTwoNames(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        var removed: [Int] = []
        for k in found.indices where found[k].type == .organization && !found[k].named && found[k].first >= 3 {
            let f = found[k]
            let a = f.first - 1
            guard TokenInfo.andWords.contains(info.hash[a]), toks[a].sentence == toks[f.first].sentence,
                  info.lex[f.last].contains(.orgHead), toks[f.last].isCapitalized else { continue }
            var x = a - 1
            while x >= 0, a - x <= 3, toks[x].kind == .word, toks[x].isCapitalized, !toks[x].isAllCaps,
                  toks[x].sentence == toks[a].sentence, !toks[x].startsSentence { x -= 1 }
            guard x >= 0, x < a - 1, info.hash[x] == TokenInfo.theHash, toks[x].sentence == toks[a].sentence else { continue }
            let start = x + 1
            // The first part's words are no title or role ("the President and Prime Minister's Office").
            guard (start..<a).allSatisfy({ info.lex[$0].isDisjoint(with: [.title, .time, .pronounLike, .demonym]) }) else { continue }
            // Two organisations ("the Secret Service and US Park Police"), or two parties' adjectives ("the
            // Democratic and Republican Party nominees"), are two names.
            guard !info.lex[f.first].contains(.demonym) else { continue }
            let inside = found.indices.filter { $0 != k && found[$0].last >= start && found[$0].first < a }
            guard inside.allSatisfy({ found[$0].first >= start && found[$0].last < a && !found[$0].named
                && (found[$0].type != .organization || !found[$0].fixedType && !info.lex[found[$0].last].contains(.orgHead)) })
            else { continue }
            removed += inside
            found[k].first = start
            found[k].span = Span(toks[start].span.start, f.span.end)
        }
        guard !removed.isEmpty else { return }
        let drop = Set(removed)
        found = found.indices.filter { !drop.contains($0) }.map { found[$0] }
    }

    /// Groups named for their members and their cause: "Women for America First", "Students for Fair Admissions",
    /// "Mothers Against Drunk Driving", "Doctors Without Borders", "Americans for Prosperity". A capitalised plural
    /// (an ordinary plural noun, or a people's name in the plural), then "for", "against" or "without" in any case,
    /// then capitalised words (with "of", "and", "the", "for", "&" or a hyphen between them) make one organisation,
    /// which replaces the names found inside it. Not when a person is named in it ("Republicans for Trump"), when
    /// "'s" follows ("Democrats for Biden's plan"), in the title or a line without ordinary lower-case words
    /// ("Hopes for Ceasefire Fade"), nor at the start of a sentence with one word after the connector ("Tickets for
    /// Glastonbury sold out").
    func groupsNamedForACause(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens, n = info.n
        guard n > 3 else { return }
        let stop: LexFlags = [.time, .title, .personPrefix, .pronounLike]
        func isWord(_ m: Int, _ sent: Int) -> Bool {
            m < n && toks[m].sentence == sent && toks[m].kind == .word && toks[m].isCapitalized
                && info.lex[m].isDisjoint(with: stop) && !NameFinder.causeConnectors.contains(info.hash[m])
        }
        func isPlural(_ i: Int) -> Bool {
            let sp = toks[i].span
            if NameFinder.irregularPlurals.contains(info.hash[i]) { return true }
            guard sp.length >= 4, info.scalars[sp.end - 1] == "s", info.scalars[sp.end - 2] != "s" else { return false }
            if info.lex[i].contains(.commonWord) { return true }
            // A people's name in the plural: "Americans", "Canadians".
            return lexicon.flags(WordHash.of(info.scalars, sp.start, sp.end - 1)).contains(.demonym)
        }
        /// The sentence has an ordinary lower-case word (not a connector or small word): not a title-case line.
        func hasLowerWord(_ sent: Int) -> Bool {
            for k in info.doc.sentenceTokens[sent] where toks[k].kind == .word && !toks[k].isCapitalized
                && !NameFinder.smallWords.contains(info.hash[k]) { return true }
            return false
        }
        var groups: [Found] = []
        let causeConnectors = NameFinder.causeConnectors  // (read once, not through its lazy static at every word)
        // The connectors as a 64-bit filter (bit `h >> 58` of each hash `h`): most words after a capitalised word
        // miss it, and are not compared with each connector.
        let causeFilter = causeConnectors.reduce(UInt64(0)) { $0 | 1 << ($1 >> 58) }
        // Only a capitalised word (slot `.name`) starts a group: the names' tokens are walked, not every token.
        var next = 0  // the first token a group may start at (the one after the last group)
        for i in info.nameAt where i >= next && i + 2 < n {
            let h1 = info.hash[i + 1]
            guard causeFilter >> (h1 >> 58) & 1 != 0, toks[i].kind == .word, !toks[i].isAllCaps,
                  causeConnectors.contains(h1), toks[i + 1].kind == .word,
                  toks[i + 1].sentence == toks[i].sentence, info.lex[i].isDisjoint(with: stop), isPlural(i) else { continue }
            let sent = toks[i].sentence
            let start = info.hash[i + 2] == TokenInfo.theHash && isWord(i + 3, sent) ? i + 3 : i + 2
            // Not into a second group ("Doctors Without Borders and Americans for Prosperity").
            let (last, words) = connectedWords(info, from: start, sentence: sent, isWord: { isWord($0, sent) }) { m in
                m + 2 < n && NameFinder.causeConnectors.contains(info.hash[m + 2])
            }
            guard words >= (toks[i].startsSentence ? 2 : 1) else { continue }
            if possessive(info, after: last) { continue }
            let span = Span(toks[i].span.start, toks[last].span.end)
            if let t = info.doc.titleSpan, t.overlaps(span) { continue }
            guard hasLowerWord(sent) else { continue }
            // No person inside, and no name reaching out of it.
            if found.contains(where: { $0.span.overlaps(span) && ($0.type == .person || $0.span.start < span.start || $0.span.end > span.end) }) {
                continue
            }
            groups.append(Found(span: span, first: i, last: last, type: .organization, fixedType: true))
            next = last + 1
        }
        guard !groups.isEmpty else { return }
        found.removeAll { f in groups.contains { $0.span.overlaps(f.span) } }
        found += groups
        found.sortBySpan()
    }
    /// "Richard and Lisa Parry", "Bill and Hillary Clinton": a first name alone, then "and" or "&", then a person's
    /// full name beginning with a first name: the lone first name shares the surname, so its person is "Richard
    /// Parry", not "Richard" (the mention stays "Richard"). Not after a title or role ("Prince William and Kate
    /// Middleton"), nor when an earlier full name in the story begins with the lone name ("Richard Smith ... Richard
    /// and Lisa Parry": that Richard).
    func sharedSurnames(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        for k in found.indices.dropLast() where found[k].type == .person && found[k].first == found[k].last {
            let f = found[k], g = found[k + 1]
            let i = f.first
            guard !f.named, f.roleSpan == nil, g.type == .person, g.first == i + 2, g.last > g.first,
                  TokenInfo.andWords.contains(info.hash[i + 1]), toks[i + 1].sentence == toks[i].sentence,
                  info.lex[i].contains(.firstName), info.lex[g.first].contains(.firstName),
                  toks[g.last].kind == .word, info.hash[g.last] != info.hash[i] else { continue }
            // A title or role before the lone name ("Prince William").
            if i > 0, toks[i - 1].sentence == toks[i].sentence, toks[i - 1].kind == .word,
               !info.lex[i - 1].isDisjoint(with: [.title, .personPrefix]) { continue }
            // The lone name already begins a full name earlier in the story: it is that person.
            if found[..<k].contains(where: { $0.type == .person && $0.last > $0.first && info.hash[$0.first] == info.hash[i] }) { continue }
            found[k].sharedSurname = g.last
        }
    }

    /// "the Philippine Institute of Volcanology and Seismology (Phivolcs)", "Transport for London (TfL)", "the
    /// Democratic Republic of the Congo (DRC)": one word in brackets right after the name of an organisation or place
    /// of two words or more, whose letters stand in the same order in the name, the first of them starting one of the
    /// name's first two words (Schwartz and Hearst's test for abbreviations defined in text), is that name's
    /// abbreviation. It and its other mentions in the story (written the same, with a capital) take the name's type,
    /// and `link` makes them one entity with the name: the result maps the abbreviation's key to the name's.
    /// Not a listed place ("Acme Bank (UK)"), nor a word inside a longer name elsewhere, nor an abbreviation found as
    /// the other of organisation and place.
    func abbreviationsInBrackets(_ info: TokenInfo, _ found: inout [Found], marks: [Int]? = nil) -> [UInt64: UInt64] {
        let toks = info.tokens, s = info.scalars
        let brackets = bracketedWords(info, marks: marks ?? NameFinder.markHits(info))
        guard !brackets.isEmpty else { return [:] }
        wholeNamesBeforeAbbreviations(info, &found, brackets: brackets)
        ordinaryAbbreviations(info, &found, brackets: brackets)
        var defined: [(hash: UInt64, type: EntityType, longKey: UInt64, allCaps: Bool)] = []
        for f in found where f.type != .person && f.last > f.first {
            let open = f.last + 1, w = f.last + 2
            guard w + 1 < info.n, isMark(info, open, "("), isMark(info, w + 1, ")"), toks[w].kind == .word,
                  toks[w].isCapitalized, toks[w].sentence == toks[f.last].sentence,
                  info.lex[w].isDisjoint(with: [.city, .country, .region, .multiPlace]) else { continue }
            let short = toks[w].span
            guard short.length >= 2, short.length <= 10, !NameFinder.isOffice(info, f.first, f.last, abbreviation: w) else { continue }
            // The first two words of the name, where the abbreviation's first letter must start one.
            var starts: [Int] = []
            for i in f.first...f.last where toks[i].kind == .word && starts.count < 2 { starts.append(toks[i].span.start) }
            guard NameFinder.abbreviates(s, short, f.span, wordStarts: starts) else { continue }
            // Found already as the other of organisation and place ("Cold Spring Harbor Laboratory (CSHL)", the name
            // taken for a place): which is right is not known, so neither changes.
            if let g = found.first(where: { $0.first == w && $0.last == w }), g.type != .person, g.type != f.type { continue }
            var longKey = WordHash.sequenceSeed
            for i in f.first...f.last where toks[i].kind == .word { longKey = WordHash.extend(longKey, info.hash[i]) }
            if !defined.contains(where: { $0.hash == info.hash[w] }) { defined.append((info.hash[w], f.type, longKey, toks[w].isAllCaps)) }
        }
        guard !defined.isEmpty else { return [:] }
        var keys: [UInt64: UInt64] = [:]
        for d in defined {
            keys[WordHash.extend(WordHash.sequenceSeed, d.hash)] = d.longKey
            var k = 0  // the first found name that does not end before token `i` (`found` is in text order)
            var added: [Found] = []
            // Written the same: in capitals where the abbreviation is ("AID", not "Aid" starting a sentence). (The
            // tokens with its hash are first gathered through a pointer: every token is looked at, for each one.)
            let same: [Int] = info.hash.withUnsafeBufferPointer { hp in (0..<min(info.n, hp.count)).filter { hp[$0] == d.hash } }
            for i in same where toks[i].kind == .word && toks[i].isCapitalized && (!d.allCaps || toks[i].isAllCaps) {
                while k < found.count, found[k].last < i { k += 1 }
                if k < found.count, found[k].first <= i {
                    if found[k].first == i, found[k].last == i { found[k].type = d.type; found[k].fixedType = true }
                    continue
                }
                added.append(Found(span: toks[i].span, first: i, last: i, type: d.type, fixedType: true))
            }
            if !added.isEmpty { found += added; found.sortBySpan() }
        }
        return keys
    }

    /// "London and South Western Railway (LSWR)", "the National Federation Party (NFP)": where an abbreviation with
    /// two capitals or more follows capitalised words (and connectors between them) whose first word starts with its
    /// first letter and which hold its other letters in order, those words are one name, an organisation (a place when
    /// they are places joined by "and"), replacing the names found inside them ("London" and "South Western Railway").
    /// The nearest such first word is taken. Not when a name found before them runs into them, nor when a person is
    /// among them, nor for an office ("Member of Parliament (MP)").
    func wholeNamesBeforeAbbreviations(_ info: TokenInfo, _ found: inout [Found], brackets: [Int]? = nil) {
        let toks = info.tokens, s = info.scalars
        for i in brackets ?? bracketedWords(info, marks: NameFinder.markHits(info)) {
            let w = i + 1
            guard toks[w].isCapitalized, toks[i - 1].kind == .word, toks[i - 1].isCapitalized, toks[i - 1].sentence == toks[w].sentence else { continue }
            let short = toks[w].span
            guard short.length >= 2, short.length <= 10 else { continue }
            var capitals = 0
            for k in short.start..<short.end where ScalarTable.has(s[k], ScalarTable.upper) || (s[k].value >= 65 && s[k].value <= 90) { capitals += 1 }
            guard capitals >= 2 else { continue }
            // The nearest capitalised word, going back over capitalised words and connectors, that the abbreviation
            // can stand for from there.
            let sent = toks[i - 1].sentence
            var j = i - 1, start = -1, words = 0
            while j >= 0, toks[j].sentence == sent, words <= short.length + 2 {
                if toks[j].kind == .word, toks[j].isCapitalized {
                    words += 1
                    let long = Span(toks[j].span.start, toks[i - 1].span.end)
                    if NameFinder.abbreviates(s, short, long, wordStarts: [toks[j].span.start]) { start = j; break }
                } else if !NameFinder.nameConnectors.contains(info.hash[j]) { break }
                j -= 1
            }
            // Not an office ("Member of Parliament (MP)", "chief executive officer (CEO)").
            guard start >= 0, !NameFinder.isOffice(info, start, i - 1, abbreviation: w) else { continue }
            // The names found inside; none may run in from before.
            let inside = found.indices.filter { found[$0].last >= start && found[$0].first <= i - 1 }
            guard !inside.isEmpty, inside.allSatisfy({ found[$0].first >= start && found[$0].last <= i - 1 }) else { continue }
            guard inside.count > 1 || found[inside[0]].first != start || found[inside[0]].last != i - 1,
                  !inside.contains(where: { found[$0].type == .person }) else { continue }
            // An organisation ("Transport for London", "London and South Western Railway", "Asia-Pacific Economic
            // Cooperation"), unless places joined by "and" ("Bosnia and Herzegovina").
            var type = EntityType.organization
            if inside.allSatisfy({ found[$0].type == .place }), found[inside.first!].first == start, found[inside.last!].last == i - 1 {
                var joined = true
                for (a, b) in zip(inside, inside.dropFirst()) {
                    for k in (found[a].last + 1)..<found[b].first where !TokenInfo.andWords.contains(info.hash[k]) && !isMark(info, k, "-") {
                        joined = false
                    }
                }
                if joined { type = .place }
            }
            let whole = Found(span: Span(toks[start].span.start, toks[i - 1].span.end), first: start, last: i - 1, type: type)
            found.removeSubrange(inside.first!...inside.last!)
            found.insert(whole, at: inside.first!)
        }
    }

    /// "the anterior cingulate cortex (ACC)", "personal protective equipment (PPE)": an abbreviation in capitals
    /// defined by words in lower case (its first letter starting one of them, its other letters in order after it) is
    /// the abbreviation of an ordinary thing, no name, wherever the story writes it alone; a listed organisation
    /// stays one.
    func ordinaryAbbreviations(_ info: TokenInfo, _ found: inout [Found], brackets: [Int]? = nil) {
        let toks = info.tokens, s = info.scalars
        var ordinary: [UInt64] = []
        for i in brackets ?? bracketedWords(info, marks: NameFinder.markHits(info)) {
            let w = i + 1
            guard toks[w].isAllCaps, toks[i - 1].kind == .word, !toks[i - 1].isCapitalized, toks[i - 1].sentence == toks[w].sentence else { continue }
            let short = toks[w].span
            guard short.length >= 2, short.length <= 8, !ordinary.contains(info.hash[w]) else { continue }
            let sent = toks[i - 1].sentence
            var j = i - 1, words = 0
            while j >= 0, toks[j].sentence == sent, toks[j].kind == .word, !toks[j].isCapitalized, words < short.length + 2 {
                words += 1
                let long = Span(toks[j].span.start, toks[i - 1].span.end)
                if NameFinder.abbreviates(s, short, long, wordStarts: [toks[j].span.start]) { ordinary.append(info.hash[w]); break }
                j -= 1
            }
        }
        guard !ordinary.isEmpty else { return }
        found.removeAll { f in
            f.first == f.last && !f.fixedType && !f.named && ordinary.contains(info.hash[f.first])
                && !info.lex[f.first].contains(.orgName)
        }
    }

    /// The brackets around one word ("( Phivolcs )") after some token: the index of each "(", in text order.
    /// (`marks`: `markHits`.)
    func bracketedWords(_ info: TokenInfo, marks: [Int]) -> [Int] {
        var out: [Int] = []
        let open = NameFinder.openBracketHash
        info.tokens.withUnsafeBufferPointer { tp in
            info.scalars.withUnsafeBufferPointer { sp in
                info.hash.withUnsafeBufferPointer { hp in
                    // Every "(" is among `marks` (`markHits`).
                    for i in marks where i >= 1 && i + 2 < tp.count && hp[i] == open {
                        let t = tp[i]
                        if t.kind == .punct, t.span.length == 1, sp[t.span.start] == "(", tp[i + 1].kind == .word {
                            let c = tp[i + 2]
                            if c.kind == .punct, c.span.length == 1, sp[c.span.start] == ")" { out.append(i) }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Do the words `first...last` and their abbreviation at `w` name an office, not an organisation ("Member of
    /// Parliament (MP)", "Divisional Railway Manager (DRM)", "chief executive officer (CEO)")? A title first or last,
    /// or an abbreviation that is a title or an ordinary thing's.
    static func isOffice(_ info: TokenInfo, _ first: Int, _ last: Int, abbreviation w: Int) -> Bool {
        let office: LexFlags = [.title, .personPrefix]
        return !info.lex[first].isDisjoint(with: office) || !info.lex[last].isDisjoint(with: office)
            || !info.lex[w].isDisjoint(with: office) || NameFinder.commonAcronymSet.contains(info.hash[w])
    }

    /// Do the letters and digits of `short` stand, in order, in `long` (case aside), with the first of them at one of
    /// `wordStarts`? (Matched from the end, each letter as late as it can be: Schwartz and Hearst, 2003.)
    static func abbreviates(_ s: [Unicode.Scalar], _ short: Span, _ long: Span, wordStarts: [Int]) -> Bool {
        var l = long.end - 1
        var k = short.end - 1
        while k >= short.start {
            let c = s[k]
            guard c.properties.isAlphabetic || c.properties.numericType != nil else { k -= 1; continue }
            let lc = WordHash.lower(c)
            if k == short.start {
                // The first letter: the start of one of the first words, at or before `l`.
                return wordStarts.contains { $0 <= l && WordHash.lower(s[$0]) == lc }
            }
            while l >= long.start, WordHash.lower(s[l]) != lc { l -= 1 }
            if l < long.start { return false }
            l -= 1; k -= 1
        }
        return false
    }

    static let institutionHeads: [UInt64] = ["school", "college", "university", "hospital", "academy", "institute", "museum",
                                              "library", "foundation", "seminary", "infirmary", "clinic", "centre", "center",
                                              "hall", "church", "cathedral", "chapel", "memorial"].map { WordHash.of($0) }

    /// "Queen Elizabeth Hospital", "Bishop Garrigan High School", "President Kennedy School": an institution named
    /// after a person keeps the person's title, which the tagger left out (a title is no part of a person's name).
    func titlesOpeningInstitutions(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let institutionHeads = NameFinder.institutionHeads  // (read once, not through its lazy static for each name)
        for k in found.indices where found[k].type != .person && found[k].last > found[k].first {
            let f = found[k]
            guard institutionHeads.contains(info.hash[f.last]) else { continue }
            var first = f.first
            while first > 0, toks[first - 1].kind == .word, toks[first - 1].isCapitalized, !toks[first - 1].isAllCaps,
                  toks[first - 1].sentence == toks[f.first].sentence, !info.lex[first - 1].isDisjoint(with: [.title, .personPrefix]),
                  k == 0 || found[k - 1].last < first - 1 { first -= 1 }
            guard first < f.first else { continue }
            found[k].first = first
            found[k].span = Span(toks[first].span.start, f.span.end)
        }
    }

    static let organisationPluralFilter = bitFilter(organisationPluralList)
    /// A 1024-bit filter of word hashes, tested before a hash set: most words are in none of the rules' lists.
    static func bitFilter(_ hashes: [UInt64]) -> [UInt64] {
        var f = [UInt64](filling: 0, count: 16)
        for h in hashes { let b = Int(truncatingIfNeeded: h >> 40) & 1023; f[b >> 6] |= 1 << UInt64(b & 63) }
        return f
    }
    /// The union of the filters `positions` is given and of the marks' (`markHashes`): `TokenInfo` lists the
    /// tokens that pass it (`ruleWordHits`) as it hashes them.
    static let ruleWordFilter: [UInt64] = zip(zip(organisationPluralFilter, kindNounFilter).map { $0 | $1 },
                                              bitFilter(markHashes)).map { $0 | $1 }
    /// The hashes of the marks and small words some rules look for anywhere in the story: the possessive "'s" and
    /// the quotation marks (`possessiveMarks`), "(" (`bracketedWords`), "&" (`firmsWithAmpersands`), the web
    /// domains (`firmsNamedByDomain`) and "i" (`lowerCaseNames`). Their tokens are all among
    /// `TokenInfo.ruleWordHits`, a few in a hundred tokens; those of them that are these words (`markHits`) are
    /// what those rules walk, instead of every token.
    static let markHashes: [UInt64] = [possessiveHash, openBracketHash, ampersand, lowerI] + webDomains + quoteHashes
    /// The hashes of the quotation marks, the tokens of kind `.quote` (one scalar each, `Segmenter.isQuoteChar`).
    static let quoteHashes: [UInt64] = (UInt32(0)..<0x3000).compactMap { v in
        Unicode.Scalar(v).flatMap { Segmenter.isQuoteChar($0) ? WordHash.of(String($0)) : nil }
    }
    static let openBracketHash = WordHash.of("(")
    /// `markHashes` as a 1024-bit filter (`bitFilter`).
    static let markFilter = bitFilter(markHashes)

    /// The tokens of `ruleWordHits` that pass `markFilter`, in text order: every token whose word is one of
    /// `markHashes`, and few others. Many of `ruleWordHits` are other words (the rules' word lists', and words that
    /// only share a filter bit with them): the rules that look for marks walk this shorter list, made once per story,
    /// instead of each walking all of `ruleWordHits`. (Each of them tests the exact word itself, so the filter alone
    /// does here: a set's test of every hit would cost more than it saves.)
    static func markHits(_ info: TokenInfo) -> [Int] {
        let hits = info.ruleWordHits
        // (Written into an array made with room for them all: appending would ask for room at each.)
        return [Int](unsafeUninitializedCapacity: hits.count) { out, count in
            info.hash.withUnsafeBufferPointer { hp in
                markFilter.withUnsafeBufferPointer { fp in
                    hits.withUnsafeBufferPointer { hits in
                        for i in hits {
                            let b = Int(truncatingIfNeeded: hp[i] >> 40) & 1023
                            if fp[b >> 6] >> UInt64(b & 63) & 1 != 0 { out[count] = i; count += 1 }
                        }
                    }
                }
            }
        }
    }

    /// The tokens whose word is in `set` (whose hashes `filter` was made from), in one pass over the hashes
    /// (over `TokenInfo.ruleWordHits` when `ruleWordFilter` covers `filter`).
    static func positions(_ info: TokenInfo, of set: HashSet64, filter: [UInt64]) -> [Int] {
        var at: [Int] = []
        var covered = filter.count == ruleWordFilter.count
        if covered { for w in filter.indices where filter[w] & ~ruleWordFilter[w] != 0 { covered = false; break } }
        info.hash.withUnsafeBufferPointer { hp in
            filter.withUnsafeBufferPointer { fp in
                if covered {
                    for i in info.ruleWordHits {
                        let b = Int(truncatingIfNeeded: hp[i] >> 40) & 1023
                        if fp[b >> 6] >> UInt64(b & 63) & 1 != 0, set.contains(hp[i]) { at.append(i) }
                    }
                    return
                }
                for i in 0..<hp.count {
                    let b = Int(truncatingIfNeeded: hp[i] >> 40) & 1023
                    if fp[b >> 6] >> UInt64(b & 63) & 1 != 0, set.contains(hp[i]) { at.append(i) }
                }
            }
        }
        return at
    }
    static let sHash = WordHash.of("s")
    static let listWords: [UInt64] = ["like", "such", "as", "including", "or"].map { WordHash.of($0) }

    /// Is token `k` followed by a possessive "'s" (one token, or an apostrophe and "s" in text split into tokens:
    /// "Vallee 's")?
    func possessive(_ info: TokenInfo, after k: Int) -> Bool { possessiveEnd(info, after: k) != nil }

    /// The last token of the possessive after token `k` (`possessive(after:)`): k + 1 for "'s", k + 2 for "'" and
    /// "s"; nil when there is none.
    func possessiveEnd(_ info: TokenInfo, after k: Int) -> Int? {
        guard k + 1 < info.n else { return nil }
        if info.hash[k + 1] == NameFinder.possessiveHash { return k + 1 }
        guard k + 2 < info.n, info.isChar(k + 1, "'") || info.isChar(k + 1, "\u{2019}"), info.hash[k + 2] == NameFinder.sHash,
              info.tokens[k + 2].span.start == info.tokens[k + 1].span.end else { return nil }
        return k + 2
    }

    /// Plural nouns for organisations that introduce examples ("bands like ...", "companies such as ...").
    static let organisationPlurals = HashSet64(organisationPluralList)
    static let organisationPluralList = (["bands", "companies", "clubs", "teams", "labels", "firms", "newspapers",
        "organisations", "organizations", "parties", "universities", "banks", "retailers", "stores", "brands", "networks",
        "broadcasters", "charities", "airlines", "groups", "manufacturers", "publishers", "carmakers", "automakers",
        "supermarkets", "chains", "sides", "outlets", "agencies", "institutions", "corporations", "startups"] as [String]).map { WordHash.of($0) }

    /// "bands like The Ramones, The Stooges and Captain Beefheart", "companies such as AT&T, Wachovia and Carnival
    /// Cruise Lines": the names listed after a plural noun for organisations and "like", "such as" or "including" are
    /// organisations (capitalised words the tagger passed over too), and so are their other mentions in the story.
    /// A listed place stays a place ("teams such as Brazil"), an owner stays a person ("bands including Rudy
    /// Vallee's"); the list ends at the first item that is no name.
    func organisationsInLists(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let plurals = NameFinder.organisationPlurals
        let like = NameFinder.listWords[0], such = NameFinder.listWords[1], as_ = NameFinder.listWords[2]
        let including = NameFinder.listWords[3], or = NameFinder.listWords[4]
        // The plural nouns, found in one pass over the hashes.
        let at = NameFinder.positions(info, of: plurals, filter: NameFinder.organisationPluralFilter)
        guard !at.isEmpty else { return }
        var keys: [UInt64] = []
        var added: [Found] = []
        for i in at where toks[i].kind == .word && (!toks[i].isCapitalized || toks[i].startsSentence) {
            var p = i + 1
            if isMark(info, p, ",") { p += 1 }
            guard p + 1 < info.n else { continue }
            if info.hash[p] == like || info.hash[p] == including { p += 1 }
            else if info.hash[p] == such, info.hash[p + 1] == as_ { p += 2 }
            else { continue }
            let sent = toks[i].sentence
            while p < info.n, toks[p].sentence == sent {
                var end = -1
                // "The Ramones" where the name found is "Ramones": a capital "The" inside a sentence is the name's.
                if info.hash[p] == TokenInfo.theHash, p + 1 < info.n, let k = found.firstIndex(where: { $0.first == p + 1 }) {
                    if toks[p].isCapitalized, !toks[p].startsSentence, !found[k].named {
                        found[k].first = p; found[k].span = Span(toks[p].span.start, found[k].span.end)
                    } else {
                        p += 1
                    }
                }
                if let k = found.firstIndex(where: { $0.first == p }) {
                    let f = found[k]
                    let listedPlace = f.first == f.last && !info.lex[f.first].isDisjoint(with: [.city, .country, .region])
                    // "bands including Rudy Vallee's": the person's band.
                    let owner = possessive(info, after: f.last)
                    if !listedPlace, !owner, !f.fixedType, !f.named {
                        found[k].type = .organization
                        keys.append(nameKey(info, f.first..<(f.last + 1)))
                    }
                    end = f.last
                } else {
                    // Capitalised words the tagger passed over ("Street Drum Corps"), "The" first.
                    var e = p
                    if info.hash[e] == TokenInfo.theHash, toks[e].isCapitalized { e += 1 }
                    var last = -1
                    while e < info.n, e - p < 5, toks[e].sentence == sent, toks[e].kind == .word, toks[e].isCapitalized,
                          info.lex[e].isDisjoint(with: [.time, .pronounLike, .demonym]) { last = e; e += 1 }
                    guard last >= p, !(last == p && info.hash[p] == TokenInfo.theHash) else { break }
                    added.append(Found(span: Span(toks[p].span.start, toks[last].span.end), first: p, last: last, type: .organization))
                    end = last
                }
                // The next item: after ",", "and", "or" or ", and".
                var q = end + 1
                if isMark(info, q, ",") { q += 1 }
                if q < info.n, TokenInfo.andWords.contains(info.hash[q]) || info.hash[q] == or { q += 1 }
                guard q > end + 1, q < info.n, toks[q].kind == .word, toks[q].isCapitalized else { break }
                p = q
            }
        }
        if !added.isEmpty { found += added; found.sortBySpan() }
        guard !keys.isEmpty else { return }
        for k in found.indices where found[k].type != .organization && !found[k].fixedType && !found[k].named {
            let f = found[k]
            if f.first == f.last, !info.lex[f.first].isDisjoint(with: [.city, .country, .region]) { continue }
            if keys.contains(nameKey(info, f.first..<(f.last + 1))) { found[k].type = .organization }
        }
    }

    static let causeConnectors: [UInt64] = ["for", "against", "without"].map { WordHash.of($0) }
    static let irregularPlurals: [UInt64] = ["women", "men", "children", "people"].map { WordHash.of($0) }
    /// Words a title-case line leaves in lower case.
    static let smallWords = HashSet64(["a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "by", "with",
                                       "as", "from", "into", "over", "up", "vs", "but", "nor"].map { WordHash.of($0) })

    /// The capitalised words from token `start` on in sentence `sent` (those `isWord` accepts), with a connector
    /// between two of them ("of", "and", "the", "for", "&" or a hyphen: "Disease Control and Prevention", "American -
    /// Islamic"), or a connector other than "and" or "&" and "the": the last word taken (-1 for none) and how many
    /// were taken. An "and" or "&" at `m` for which `secondNameAfter(m)` holds ends the words (a second name begins
    /// after it).
    func connectedWords(_ info: TokenInfo, from start: Int, sentence sent: Int, isWord: (Int) -> Bool,
                        secondNameAfter: (Int) -> Bool) -> (last: Int, words: Int) {
        let toks = info.tokens
        var last = -1, words = 0, m = start
        while m < info.n, toks[m].sentence == sent {
            if isWord(m) { last = m; words += 1; m += 1; continue }
            if last == m - 1, NameFinder.nameConnectors.contains(info.hash[m]) {
                if TokenInfo.andWords.contains(info.hash[m]), secondNameAfter(m) { break }
                if isWord(m + 1) { m += 1; continue }
                // "and the" begins a second name ("… Disease Control and Prevention and the Food and Drug
                // Administration"); "of the", "for the" go on.
                if m + 1 < info.n, info.hash[m + 1] == TokenInfo.theHash, !TokenInfo.andWords.contains(info.hash[m]),
                   isWord(m + 2) { m += 2; continue }
            }
            break
        }
        return (last, words)
    }

    static let forAndOn: [UInt64] = ["for", "on", "against"].map { WordHash.of($0) }
    static let nameConnectors: [UInt64] = ["of", "and", "the", "for", "&", "-"].map { WordHash.of($0) }

    /// An organisation named for what it does goes on after "for", "on" or "against": "the Joint Council for the
    /// Welfare of Immigrants", "the Council on Foreign Relations", "the Centers for Disease Control and
    /// Prevention". The organisation's name has an organisation's head word ("Council", "Foundation") right before
    /// "for", at its end or inside it, and the words after "for" (and "the") are two or more capitalised words,
    /// with "of", "and", "the", "for" or a hyphen between them, that are no time, title or person and not only a
    /// place ("the Security Council on North Korea"). Names found inside the words taken are dropped.
    func organisationsForAndOn(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let stop: LexFlags = [.time, .title, .pronounLike, .personPrefix]
        var k = 0
        while k < found.count {
            defer { k += 1 }
            let f = found[k]
            guard f.type == .organization, !f.named, f.first >= 0 else { continue }
            // The head word with "for" or "on" after it, at the end of the name or inside it ("Council on American"
            // when the tagger stopped at a hyphen).
            guard let h = (f.first...f.last).last(where: { info.lex[$0].contains(.orgHead) }) else { continue }
            let a = h + 1
            guard a + 2 < info.n, a <= f.last + 1, NameFinder.forAndOn.contains(info.hash[a]), toks[a].kind == .word,
                  !toks[a].isCapitalized, toks[a].sentence == toks[h].sentence else { continue }
            let sent = toks[a].sentence
            var j = a + 1
            if info.hash[j] == TokenInfo.theHash { j += 1 }
            func isWord(_ m: Int) -> Bool {
                m < info.n && toks[m].sentence == sent && toks[m].kind == .word && toks[m].isCapitalized
                    && info.lex[m].isDisjoint(with: stop)
            }
            // Not into a second organisation ("the Center for Biological Diversity and Center for Food Safety").
            let (last, words) = connectedWords(info, from: j, sentence: sent, isWord: isWord) { m in
                m + 1 < info.n && info.lex[m + 1].contains(.orgHead)
            }
            guard words >= 2, last > f.last else { continue }
            // The names found inside the words taken: none may be a person, and they may not be one place alone.
            var inside: [Int] = []
            var q = k + 1
            while q < found.count, found[q].first <= last {
                if found[q].last > f.last { inside.append(q) }
                q += 1
            }
            if inside.contains(where: { found[$0].type == .person || found[$0].last > last }) { continue }
            if inside.count == 1, found[inside[0]].type == .place, found[inside[0]].first == j, found[inside[0]].last == last { continue }
            found[k].last = last
            found[k].span = Span(f.span.start, toks[last].span.end)
            for q in inside.reversed() { found.remove(at: q) }
        }
    }

    static let planets = HashSet64(["mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto"]
        .map { WordHash.of($0) })

    /// "PPA Guaranty.doc", "Paper4.pdf": the words of a file's name are no names; a name followed, in its run of
    /// capitalised words, by a file's extension (".doc", ".pdf") right after a word is dropped. ("Amazon.com" is a
    /// web address, not a file.)
    func dropFileNames(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        func fileEnd(_ i: Int) -> Bool {
            i + 2 < info.n && isMark(info, i + 1, ".") && toks[i + 1].span.start == toks[i].span.end
                && toks[i + 2].span.start == toks[i + 1].span.end && toks[i + 2].kind == .word
                && NameFinder.fileExtensions.contains(info.hash[i + 2])
        }
        NameFinder.removeAll(&found) { f in
            guard !f.named else { return false }
            var i = f.last
            while true {
                if fileEnd(i) { return true }
                guard i + 1 < info.n, i + 1 - f.last <= 3, toks[i + 1].kind == .word, toks[i + 1].isCapitalized,
                      toks[i + 1].sentence == toks[i].sentence else { return false }
                i += 1
            }
        }
    }
    static let fileExtensions = HashSet64(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "csv", "zip",
                                           "jpg", "jpeg", "png", "gif", "mp3", "mp4", "wav", "exe"].map { WordHash.of($0) })

    /// A planet is no person: a name found as a person that is one planet's name is dropped, unless it is the
    /// surname of a fuller name in the story ("Freddie Mercury" … "Mercury"). (Found as a place, it stays: some
    /// annotation schemes count planets as places, and a reader of a story about Mars wants it listed.)
    func dropPlanets(_ info: TokenInfo, _ found: inout [Found]) {
        let planets = NameFinder.planets
        func planetAsPerson(_ f: Found) -> Bool {
            f.type == .person && f.first == f.last && f.first >= 0 && !f.named && planets.contains(info.hash[f.first])
        }
        guard found.contains(where: planetAsPerson) else { return }
        let surnames = Set(found.compactMap { f -> UInt64? in f.last > f.first && f.type == .person ? info.hash[f.last] : nil })
        found.removeAll { planetAsPerson($0) && !surnames.contains(info.hash[$0.first]) }
    }

    /// Words naming storms, spacecraft and ships ("Hurricane Katrina", "the shuttle Atlantis", "USS Cole").
    static let stormAndCraftList: [UInt64] = ["hurricane", "cyclone", "typhoon", "storm", "shuttle", "uss", "hms", "rms"]
        .map { WordHash.of($0) }
    static let stormAndCraftWords = HashSet64(stormAndCraftList)
    /// A 64-bit filter of their hashes (by the top six bits), tested before the set: most words are none of them.
    static let stormAndCraftFilter = stormAndCraftList.reduce(UInt64(0)) { $0 | 1 << ($1 >> 58) }
    static let stormHash = WordHash.of("storm")

    /// Storms, spacecraft and ships are named like people or places, but are neither: the name after "Hurricane",
    /// "Cyclone", "Typhoon", "Storm", "shuttle", "USS" or "HMS" is dropped, with every other mention of it in the
    /// story ("Katrina" after "Hurricane Katrina").
    func dropStormsAndCraft(_ info: TokenInfo, _ found: inout [Found], runs: [Range<Int>]) {
        let toks = info.tokens
        let words = NameFinder.stormAndCraftWords, storm = NameFinder.stormHash, filter = NameFinder.stormAndCraftFilter
        // "storm" only capitalised ("Storm Ciara"): "after the storm Obama visited" names no storm.
        func isWord(_ i: Int) -> Bool {
            let h = info.hash[i]
            return filter >> (h >> 58) & 1 != 0 && words.contains(h) && (h != storm || toks[i].isCapitalized)
        }
        // The key of the words `a...last` without such a word at their start, when one starts them or comes
        // right before them; nil otherwise.
        func key(_ a: Int, _ last: Int) -> UInt64? {
            if isWord(a), a < last { return nameKey(info, (a + 1)..<(last + 1)) }
            if a > 0, isWord(a - 1), toks[a - 1].kind == .word, toks[a - 1].sentence == toks[a].sentence {
                return nameKey(info, a..<(last + 1))
            }
            return nil
        }
        // The capitalised words after such a word, found as a name or not, and the names found after one.
        var keys = runs.compactMap { key($0.lowerBound, $0.upperBound - 1) }
        keys += found.compactMap { f in !f.named && f.first >= 0 ? key(f.first, f.last) : nil }
        guard !keys.isEmpty else { return }
        found.removeAll { f in
            guard !f.named, f.first >= 0 else { return false }
            var a = f.first
            if isWord(a), a < f.last { a += 1 }
            return keys.contains(nameKey(info, a..<(f.last + 1)))
        }
    }

    /// A name found as one abbreviation of an ordinary thing ("USB", "CEO", `commonAcronyms`, written in capitals)
    /// is no name.
    func dropCommonAcronyms(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        found.removeAll { f in
            f.first == f.last && f.first >= 0 && !f.named && toks[f.first].isAllCaps
                && NameFinder.commonAcronymSet.contains(info.hash[f.first])
        }
    }

    static let notAcronymNames: LexFlags = [.commonWord, .time, .pronounLike, .title, .roleModifier, .personPrefix,
                                            .demonym, .particle, .firstName, .surname, .city, .country, .region, .multiPlace]

    /// "the NAACP", "FIFA said": an abbreviation of three to five capital letters that the tagger left alone
    /// (not a listed word or place, not inside text written all in capitals, not a Roman numeral) is an
    /// organisation, as in news it nearly always is.
    func acronymOrganisations(_ info: TokenInfo, _ found: [Found], runs: [Range<Int>]) -> [Found] {
        let toks = info.tokens, s = info.scalars
        func shouting(_ k: Int, _ sent: Int) -> Bool {
            k >= 0 && k < info.n && toks[k].sentence == sent && toks[k].kind == .word && toks[k].isAllCaps
        }
        var out: [Found] = []
        var f = 0  // the first found name that does not end before token `i` (`found` is in text order)
        /// Capitalised word `i` of a run, written in capitals (few are): taken if it is an acronym's.
        func consider(_ i: Int) {
            while f < found.count, found[f].last < i { f += 1 }
            if f < found.count, found[f].first <= i { return }
            let span = toks[i].span
            guard span.length >= 3, span.length <= 5, info.lex[i].isDisjoint(with: NameFinder.notAcronymNames) else { return }
            var roman = true, letters = true
            for k in span.start..<span.end {
                let v = s[k].value
                if !(v >= 65 && v <= 90) { letters = false; break }
                if !"IVXLCDM".unicodeScalars.contains(s[k]) { roman = false }
            }
            guard letters, !roman else { return }
            let sent = toks[i].sentence
            if shouting(i - 1, sent) || shouting(i + 1, sent) || shouting(i - 2, sent) || shouting(i + 2, sent) { return }
            // "an IPO", "a DUI": a thing, not an organisation.
            if i > 0, NameFinder.indefinite.contains(info.hash[i - 1]) || info.seenLower[i] { return }
            if NameFinder.commonAcronymSet.contains(info.hash[i]) { return }
            // "STS-135", "SARS 2": a designation with a number, not an organisation.
            if numbered(info, i) { return }
            // "the NAACP Image Awards": inside the awards' name.
            if beforeTrophy(info, i) { return }
            out.append(Found(span: span, first: i, last: i, type: .organization))
        }
        // The runs' tokens read through pointers (this looks at every token of every run), each word in capitals
        // taken as it comes, in text order (not gathered in an array first: one allocation less per story).
        info.slot.withUnsafeBufferPointer { sl in
            toks.withUnsafeBufferPointer { tp in
                for run in runs {
                    precondition(run.lowerBound >= 0 && run.upperBound <= sl.count && run.upperBound <= tp.count)
                    for i in run where sl[i] == .name && tp[i].isAllCaps { consider(i) }
                }
            }
        }
        return out
    }

    /// "the Renewable Energy Purchase Agreement ("PPA")", "the Affordable Care Act (ACA)": an abbreviation given in
    /// brackets for an agreement, act or contract names that document, not an organisation, wherever the story
    /// uses it. Only the abbreviations among the names found are looked at.
    func abbreviatedDocuments(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        var documents: [UInt64] = []
        for f in found where f.first == f.last && toks[f.first].isAllCaps {
            var k = f.first - 1
            if k >= 0, toks[k].kind == .quote || isMark(info, k, "\"") { k -= 1 }
            guard k >= 1, isMark(info, k, "("), toks[k - 1].isCapitalized, toks[k - 1].sentence == toks[f.first].sentence,
                  NameFinder.documentWords.contains(info.hash[k - 1]) else { continue }
            documents.append(info.hash[f.first])
        }
        guard !documents.isEmpty else { return }
        found.removeAll { $0.first == $0.last && documents.contains(info.hash[$0.first]) }
    }

    /// Token `i` is the one-scalar punctuation mark `mark`.
    @inline(__always) func isMark(_ info: TokenInfo, _ i: Int, _ mark: Unicode.Scalar) -> Bool {
        i < info.n && info.tokens[i].kind == .punct && info.tokens[i].span.length == 1
            && info.scalars[info.tokens[i].span.start] == mark
    }

    /// The word is followed by a number, directly or after a hyphen ("STS-135", "STS - 1", "Apollo 11").
    func numbered(_ info: TokenInfo, _ i: Int) -> Bool {
        let toks = info.tokens
        var k = i + 1
        if isMark(info, k, "-") || isMark(info, k, "\u{2013}") { k += 1 }
        return k < info.n && toks[k].kind == .number && toks[k].sentence == toks[i].sentence
    }

    /// "the European Union" ... "the EU", "the United Nations" ... "UN", "the Securities and Exchange Commission" ...
    /// "the SEC": initials that are exactly the first letters of the capitalised words of a name of the story (of,
    /// and, the, for left out), and of no other, are that organisation or place: they take its type and join its
    /// entity. Returns the keys of the initials mapped to the name's key (as `abbreviationsInBrackets`).
    func initialsOfNames(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) -> [UInt64: UInt64] {
        let toks = info.tokens, s = info.scalars
        func isInitials(_ f: Found) -> Bool {
            f.first == f.last && !f.named && f.type != .person && toks[f.first].kind == .word && toks[f.first].isAllCaps
                && toks[f.first].span.length >= 2 && toks[f.first].span.length <= 6
        }
        // The hash of each initials' letters (as the longer names' initials are hashed below), in the order of
        // `found`'s initials: only longer names with one of these hashes can matter, and a story has few initials.
        var initialsHash: [UInt64] = []
        for f in found where isInitials(f) {
            let span = toks[f.first].span
            var h = WordHash.seed
            for j in span.start..<span.end { h = WordHash.add(h, WordHash.lower(s[j])) }
            initialsHash.append(h)
        }
        guard !initialsHash.isEmpty else { return [:] }
        // The longer names by the hash of their initials: type, key, whether listed as a place, how many differ.
        // Only those whose initials some initials of the story have are kept (no other is ever looked up): a short
        // list searched in order, not a dictionary made for every story.
        var long: [(hash: UInt64, type: EntityType, key: UInt64, place: Bool, count: Int)] = []
        for f in found where f.type != .person && f.last > f.first {
            var h = WordHash.seed, n = 0, ok = true
            for i in f.first...f.last where toks[i].kind == .word {
                if info.slot[i] == .inner { continue }
                guard toks[i].isCapitalized, !toks[i].isAllCaps else { ok = false; break }
                h = WordHash.add(h, WordHash.lower(s[toks[i].span.start])); n += 1
            }
            guard ok, n >= 2, initialsHash.contains(h) else { continue }
            let key = nameKey(info, f.first..<(f.last + 1))
            if let x = long.firstIndex(where: { $0.hash == h }) {
                if long[x].key != key || long[x].type != f.type { long[x].count += 1 }
            } else {
                long.append((h, f.type, key, lexicon.flags(sequenceHash(info, f.first, f.last)).contains(.multiPlace), 1))
            }
        }
        guard !long.isEmpty else { return [:] }
        var keys: [UInt64: UInt64] = [:]
        var toPlace: Set<UInt64> = []  // long names listed as places, found as something else
        var nextInitials = 0  // the number of the next initials in `initialsHash`
        for k in found.indices where isInitials(found[k]) {
            let i = found[k].first
            let h = initialsHash[nextInitials]
            nextInitials += 1
            guard let x = long.firstIndex(where: { $0.hash == h }), long[x].count == 1 else { continue }
            let e = long[x]
            // Where the two were found as different kinds, a listed place is a place ("NSW", "New South Wales"),
            // and initials on our list of organisations go with an organisation ("EU", "the European Union");
            // otherwise which is right is not known, and neither changes.
            var type = e.type
            if found[k].type != e.type {
                if e.place, !info.lex[i].contains(.orgName) {
                    type = .place
                    if e.type != .place { toPlace.insert(e.key) }
                } else if e.type == .organization, info.lex[i].contains(.orgName) {
                    type = .organization
                } else {
                    continue
                }
            }
            found[k].type = type
            found[k].fixedType = true
            keys[WordHash.extend(WordHash.sequenceSeed, info.hash[i])] = e.key
        }
        if !toPlace.isEmpty {
            for k in found.indices where found[k].last > found[k].first && toPlace.contains(nameKey(info, found[k].first..<(found[k].last + 1))) {
                found[k].type = .place
            }
        }
        return keys
    }

    /// A legal suffix written as initials ("AG", "LLC"), or initials that are also one ("EU"): a full stop after it
    /// ends the sentence and is no part of the name (unlike "Inc." or "Corp.").
    static func initialsSuffix(_ info: TokenInfo, _ i: Int) -> Bool {
        info.tokens[i].isAllCaps && info.tokens[i].span.length <= 3
    }

    /// "Landscaping Job MFJ Inc", "CONSULTANTS PHB Hagler Bailly, Inc.": initials (two to five capitals, no
    /// ordinary word) after a word that is no such initials open a firm's name; the words before them are not
    /// part of it.
    func acronymOpens(_ info: TokenInfo, _ a: Int) -> Bool {
        let toks = info.tokens
        func initials(_ i: Int) -> Bool {
            toks[i].kind == .word && toks[i].isAllCaps && toks[i].span.length >= 2 && toks[i].span.length <= 5
                && !info.lex[i].contains(.commonWord)
        }
        return a > 0 && initials(a) && !initials(a - 1)
    }

    /// "Enron Corp.", "CCNG, Inc.", "Department of Housing and Urban Development": legal suffixes and
    /// "and" inside an institution's name belong to the organisation.
    func extendOrganisations(_ info: TokenInfo, _ names: [Found]) -> [Found] {
        let toks = info.tokens
        let s = info.scalars
        var out: [Found] = []
        out.reserveCapacity(names.count)  // at most one out for each name: made once, not grown name by name
        for var f in names {
            // "X of Y" + "and" + "Z" → one organisation.
            if let prev = out.last, prev.type == .organization, f.type == .organization || f.type == .place,
               prev.last + 2 == f.first, info.slot[prev.last + 1] == .inner, TokenInfo.andWords.contains(info.hash[prev.last + 1]),
               (prev.first...prev.last).contains(where: { info.hash[$0] == TokenInfo.ofHash }),
               !(f.first...f.last).contains(where: { info.lex[$0].contains(.orgHead) || info.lex[$0].contains(.orgName) }) {
                out[out.count - 1].last = f.last
                out[out.count - 1].span = Span(prev.span.start, f.span.end)
                continue
            }
            // A lone legal suffix after a name: ", Inc." (A two-letter one after a place is a name of its own, as
            // "EU" in "the US, EU and China".)
            if f.first == f.last, info.lex[f.first].contains(.orgSuffix),
               !(toks[f.first].span.length <= 2 && out.last.map({ $0.type == .place && $0.last + 2 == f.first }) == true) {
                if let prev = out.last, prev.last + 2 == f.first, info.isChar(prev.last + 1, ",") {
                    out[out.count - 1].last = f.last
                    out[out.count - 1].type = .organization
                    out[out.count - 1].span = Span(prev.span.start, f.span.end)
                    f = out.removeLast()
                } else if f.first >= 2, info.isChar(f.first - 1, ","), info.slot[f.first - 2] == .name,
                          toks[f.first - 2].sentence == toks[f.first].sentence, out.last.map({ $0.last < f.first - 2 }) ?? true {
                    // The name before it was not found: the capitalised words before the comma.
                    var a = f.first - 2
                    while a > 0, f.first - a < 5, info.slot[a - 1] == .name, toks[a - 1].sentence == toks[a].sentence,
                          out.last.map({ $0.last < a - 1 }) ?? true, !acronymOpens(info, a) { a -= 1 }
                    if a < f.first - 2, toks[a].startsSentence, info.lex[a].contains(.commonWord),
                       info.lex[a].isDisjoint(with: NameFinder.keepsFirstWord) { a += 1 }
                    f = Found(span: Span(toks[a].span.start, f.span.end), first: a, last: f.last, type: .organization)
                } else if !(toks[f.first].isAllCaps && toks[f.first].span.length == 2) {
                    // "Inc." alone is no name. (Two capitals are a name of their own: "EU", "SS", "EC", for all
                    // that "e.u.", "s.s." and "e.c." are also legal suffixes.)
                    continue
                }
            } else if f.type == .organization, f.last + 2 < info.n, info.isChar(f.last + 1, ","),
                      info.slot[f.last + 2] == .name, info.lex[f.last + 2].contains(.orgSuffix) {
                f.last += 2
                f.span = Span(f.span.start, toks[f.last].span.end)
            }
            // The full stop of "Corp." or "Inc." right after the suffix.
            if f.type == .organization, info.lex[f.last].contains(.orgSuffix), !NameFinder.initialsSuffix(info, f.last), f.last + 1 < info.n,
               toks[f.last + 1].span.start == f.span.end, s[f.span.end] == ".", toks[f.last + 1].span.length == 1 {
                f.last += 1
                f.span = Span(f.span.start, toks[f.last].span.end)
            }
            out.append(f)
        }
        return out
    }


    /// A name found once is the same name elsewhere in the story: an untagged run of capitalised words
    /// that repeats a found name exactly, or a person's surname, gets that name's type.
    func propagate(_ info: TokenInfo, _ found: [Found], runs: [Range<Int>]) -> [Found] {
        let toks = info.tokens
        let covered = coveredTokens(info, found)
        // The type each name is found with most often, the first one on a tie, numbered in order of first
        // appearance: each name's key, type and votes side by side in one array (one allocation), made with room for
        // every name and surname at once (not grown again and again). With few names (at most 8, so 16 keys) the
        // keys are searched in that array; only with more is a hash index made (an allocation dearer than the search).
        var knownType: [(key: UInt64, type: EntityType, votes: SIMD3<Int32>)] = []
        knownType.reserveCapacity(found.count * 2)
        var known: HashIndex64? = found.count > 8 ? HashIndex64(capacity: found.count * 2) : nil
        func learn(_ w: UInt64, _ t: EntityType) {
            let g = known != nil ? known!.index(w) : knownType.firstIndex(where: { $0.key == w }) ?? knownType.count
            if g == knownType.count { knownType.append((key: w, type: t, votes: .zero)) }
            knownType[g].votes[typeIndex(t)] += 1
        }
        for f in found {
            learn(nameKey(info, f.first..<(f.last + 1)), f.type)
            if f.type == .person, f.last > f.first { learn(nameKey(info, f.last..<(f.last + 1)), .person) }
        }
        guard !knownType.isEmpty else { return [] }
        for g in knownType.indices {
            let v = knownType[g].votes, best = v.max()
            if v[typeIndex(knownType[g].type)] < best { knownType[g].type = EntityType.allCases.first { v[typeIndex($0)] == best }! }
        }
        var out: [Found] = []
        /// Adds candidate `c` of a run if it repeats a name found (not overlapping one); true when added.
        func tryCandidate(_ c: Range<Int>) -> Bool {
            // (Through a pointer: every candidate of every run is looked at.)
            guard !c.isEmpty, !covered.withUnsafeBufferPointer({ cp in
                precondition(c.lowerBound >= 0 && c.upperBound <= cp.count)
                return c.contains(where: { cp[$0] })
            }) else { return false }
            let key = nameKey(info, c)
            guard let g = known != nil ? known!.find(key) : knownType.firstIndex(where: { $0.key == key }) else { return false }
            let type = knownType[g].type
            // A sentence-initial ordinary word ("Nice weather") is not the name.
            // (Unless the document writes it capitalised mid-sentence and never in lower case: "Congress".)
            if c.count == 1, toks[c.lowerBound].startsSentence, info.lex[c.lowerBound].contains(.commonWord),
               !info.seenCapMid[c.lowerBound] || info.seenLower[c.lowerBound] { return false }
            out.append(Found(span: Span(toks[c.lowerBound].span.start, toks[c.upperBound - 1].span.end),
                             first: c.lowerBound, last: c.upperBound - 1, type: type))
            return true
        }
        let andWords = TokenInfo.andWords
        for run in runs {
            // The whole run, or, when it is not a name as a whole, its parts joined by "and" ("Putin and Kerry"). Each
            // candidate is tried as it comes (none changes what the next are), so none is collected in an array.
            if tryCandidate(run) { continue }
            // Without the lower-case particles it starts with ("von" before a "Trapp" already named).
            var p = run.lowerBound
            while p < run.upperBound - 1, info.slot[p] == .particle, toks[p].kind == .word,
                  !toks[p].isCapitalized { p += 1 }
            if p > run.lowerBound { _ = tryCandidate(p..<run.upperBound) }
            var a = run.lowerBound
            // (Slots and hashes through pointers, "and" read once: this looks at every token of every run.)
            info.slot.withUnsafeBufferPointer { sl in
                info.hash.withUnsafeBufferPointer { hp in
                    precondition(run.lowerBound >= 0 && run.upperBound <= sl.count && run.upperBound <= hp.count)
                    for i in run where sl[i] == .inner && andWords.contains(hp[i]) {
                        _ = tryCandidate(a..<i); a = i + 1
                    }
                }
            }
            if a > run.lowerBound { _ = tryCandidate(a..<run.upperBound) }
        }
        return out
    }

    /// "MOSCOW (Reuters) -": the place and the wire service.
    func datelineNames(_ doc: Document) -> [Found] {
        guard let d = doc.dateline else { return [] }
        var out: [Found] = []
        if let p = d.placeSpan, !p.isEmpty {
            let first = doc.tokenIndex(atOrAfter: p.start)
            out.append(Found(span: p, first: first, last: max(first, doc.tokenIndex(atOrAfter: p.end) - 1),
                             type: .place, named: d.place != nil))
        }
        if let s = d.sourceSpan, !s.isEmpty {
            var a = s.start, b = s.end
            while a < b, doc.scalars[a] == " " { a += 1 }
            while b > a, doc.scalars[b - 1] == " " { b -= 1 }
            if b > a {
                let first = doc.tokenIndex(atOrAfter: a)
                out.append(Found(span: Span(a, b), first: first, last: max(first, doc.tokenIndex(atOrAfter: b) - 1),
                                 type: .organization))
            }
        }
        return out
    }

    // MARK: consistency

    /// Words of a name, lower-cased hashes.
    func words(_ info: TokenInfo, _ f: Found) -> [UInt64] {
        (f.first...f.last).compactMap { info.tokens[$0].kind == .word ? info.hash[$0] : nil }
    }

    /// The same words get the same type (majority, first mention breaks ties); a lone surname or
    /// first name of a person named in full is that person.
    func harmoniseTypes(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        // The last and first words of the persons' fuller names (punctuation inside names left out). The two sets
        // are made at the first such name: many short stories have none, and each set is an allocation.
        var parts: (last: HashSet64, first: HashSet64)? = nil
        for f in found where f.type == .person && f.last > f.first {
            if parts == nil { parts = (HashSet64(capacity: 16), HashSet64(capacity: 16)) }
            if let l = (f.first...f.last).last(where: { toks[$0].kind == .word }) { parts!.last.insert(info.hash[l]) }
            if let fst = (f.first...f.last).first(where: { toks[$0].kind == .word }) { parts!.first.insert(info.hash[fst]) }
        }
        let place: LexFlags = [.city, .country, .region]
        // Votes and first type per distinct name, numbered in order of first appearance (`group[k]` is name k's),
        // in one array made with room for every name at once. With few names (32 or fewer) the keys are searched in
        // that array; only with more is a hash index made (its table is an allocation of its own, dearer than the
        // search).
        var groups: [(key: UInt64, votes: SIMD3<Int32>, first: EntityType)] = []
        groups.reserveCapacity(found.count)
        var names: HashIndex64? = found.count > 32 ? HashIndex64(capacity: found.count) : nil
        var group = [Int](filling: -1, count: found.count)
        for (k, f) in found.enumerated() where !f.named {
            let key = nameKey(info, f.first..<(f.last + 1))
            let g = names != nil ? names!.index(key) : groups.firstIndex(where: { $0.key == key }) ?? groups.count
            group[k] = g
            if g == groups.count { groups.append((key: key, votes: .zero, first: f.type)) }
            groups[g].votes[typeIndex(f.type)] += 1
        }
        for k in found.indices where !found[k].named {
            let f = found[k]
            let v = groups[group[k]].votes, ft = groups[group[k]].first
            // A word that is also a person's surname or first name is that person ("Kerry", "John Kerry"); but a
            // listed place mostly found as a place stays one though a name starts with it ("Texas", "Texas
            // All-State" wrongly found as a person).
            if f.first == f.last, let p = parts, p.last.contains(info.hash[f.first])
                || p.first.contains(info.hash[f.first])
                    && !(!info.lex[f.first].isDisjoint(with: place) && v[typeIndex(.place)] > v[typeIndex(.person)]) {
                found[k].type = .person; continue
            }
            guard !f.fixedType else { continue }
            let best = v.max()
            found[k].type = v[typeIndex(ft)] == best ? ft : EntityType.allCases.first { v[typeIndex($0)] == best }!
        }
    }

    /// "played for Footscray", "signed with Coburg", "losing to Tulsa 63-7", "Bowling Green finished the season
    /// 8-5", "Leeds striker Patrick Bamford", "Caloundra defeated Maroochydore": a place named where a sports side
    /// plays, loses or is signed for is that side, an organisation (as in CoNLL: clubs named after their town are
    /// organisations; national sides named after their country stay places, so countries and regions such as
    /// "England" are left alone). Its other mentions in the story follow, but those after "in", "near" or "born"
    /// ("born in North Melbourne"). `found` is in text order.
    func teamsBySportsContext(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        let w = NameFinder.sportsWords
        /// A match score at `i`: "63-7" (one token or three), at most three digits a side.
        func score(at i: Int) -> Bool {
            guard i < info.n else { return false }
            let s = info.scalars
            let t = toks[i].span
            func digits(_ a: Int, _ b: Int) -> Bool {
                b > a && b - a <= 3 && (a..<b).allSatisfy { s[$0].value &- 48 < 10 }
            }
            if toks[i].kind != .number {
                // One token: digits, a dash, digits.
                guard let d = (t.start..<t.end).first(where: { s[$0] == "-" || s[$0] == "\u{2013}" }) else { return false }
                return digits(t.start, d) && digits(d + 1, t.end)
            }
            guard digits(t.start, t.end), i + 2 < info.n, isMark(info, i + 1, "-") || isMark(info, i + 1, "\u{2013}"),
                  toks[i + 2].kind == .number, toks[i + 1].span.start == t.end, toks[i + 2].span.start == toks[i + 1].span.end
            else { return false }
            return digits(toks[i + 2].span.start, toks[i + 2].span.end)
        }
        var sentenceHasScore: [Int: Bool] = [:]
        func scoreIn(sentence: Int, around i: Int) -> Bool {
            if let known = sentenceHasScore[sentence] { return known }
            var a = i, b = i
            while a > 0, toks[a - 1].sentence == sentence { a -= 1 }
            while b + 1 < info.n, toks[b + 1].sentence == sentence { b += 1 }
            let has = (a...b).contains { (toks[$0].kind == .number || toks[$0].kind == .word) && score(at: $0) }
            sentenceHasScore[sentence] = has
            return has
        }
        func word(_ i: Int, _ set: HashSet64) -> Bool {
            i >= 0 && i < info.n && toks[i].kind == .word && !toks[i].isCapitalized && set.contains(info.hash[i])
        }
        func isCountry(_ f: Found) -> Bool {
            let flags = f.first == f.last ? flags(info, f.first, lexicon) : lexicon.flags(sequenceHash(info, f.first, f.last))
            return !flags.isDisjoint(with: [.country, .region])
        }
        var teams: [UInt64] = []
        // A town's name taken for a first name ("beat Chelsea 2-1"), where no fuller person's name in the story has it.
        var personWords: HashSet64? = nil
        func townAsPerson(_ f: Found) -> Bool {
            guard f.type == .person, f.first == f.last, !f.fixedType, info.lex[f.first].contains(.city) else { return false }
            if personWords == nil {
                var set = HashSet64(capacity: 16)
                for g in found where g.type == .person && g.last > g.first { for i in g.first...g.last { set.insert(info.hash[i]) } }
                personWords = set
            }
            return !personWords!.contains(info.hash[f.first])
        }
        // (`townAsPerson` asked only of lone persons, all it can be true for: it is called, not written here.)
        for k in found.indices where (found[k].type == .place
                || found[k].type == .person && found[k].first == found[k].last && townAsPerson(found[k])) && !found[k].named {
            let f = found[k]
            let a = f.first, z = f.last, sentence = toks[a].sentence
            func same(_ i: Int) -> Bool { i >= 0 && i < info.n && toks[i].sentence == sentence }
            var cued = false
            if same(a - 2) {
                let h1 = info.hash[a - 1]
                // "played for X", "signed with X", "26 games for X", "on loan from X", "drafted by X", "traded to X".
                if word(a - 1, w.forWith) && word(a - 2, w.playVerbs) { cued = true }
                else if word(a - 1, w.loanPreps) && word(a - 2, w.loan) { cued = true }
                else if h1 == w.by && word(a - 2, w.drafted) { cued = true }
                else if h1 == w.to && word(a - 2, w.traded) { cued = true }
                // "losing to X", "beat X", "a win over X", with a score in the sentence.
                else if (word(a - 1, w.beat) || (h1 == w.to && word(a - 2, w.lost)) || (h1 == w.over && word(a - 2, w.win)))
                            && scoreIn(sentence: sentence, around: a) { cued = true }
            }
            if !cued, same(a - 1), word(a - 1, w.coached) { cued = true }
            // "X 63-7"; "X won ... 4-0", "X finished the season 8-5".
            if !cued, same(z + 1), score(at: z + 1) { cued = true }
            if !cued, same(z + 1), word(z + 1, w.results), scoreIn(sentence: sentence, around: z) { cued = true }
            // "Caloundra defeated Maroochydore": one town's side beating another's (both of them).
            if !cued, same(z + 2), word(z + 1, w.beatOnly), k + 1 < found.count, found[k + 1].first == z + 2,
               found[k + 1].type == .place, !isCountry(found[k + 1]), !isCountry(f) {
                cued = true
                found[k + 1].type = .organization
                found[k + 1].fixedType = true
                teams.append(nameKey(info, found[k + 1].first..<(found[k + 1].last + 1)))
            }
            // "Leeds striker Patrick Bamford", "Sunderland manager Roy Keane": a player's or manager's side.
            if !cued, same(z + 2), word(z + 1, w.sportsRoles), k + 1 < found.count, found[k + 1].first == z + 2,
               found[k + 1].type == .person { cued = true }
            if cued, !isCountry(f) {
                found[k].type = .organization
                found[k].fixedType = true
                teams.append(nameKey(info, a..<(z + 1)))
            }
        }
        guard !teams.isEmpty else { return }
        for k in found.indices where (found[k].type == .place || townAsPerson(found[k])) && !found[k].named {
            let f = found[k]
            guard teams.contains(nameKey(info, f.first..<(f.last + 1))) else { continue }
            if f.first > 0, word(f.first - 1, w.placeOnly) { continue }
            found[k].type = .organization
            found[k].fixedType = true
        }
    }

    /// The words `teamsBySportsContext` looks for.
    struct SportsWords {
        let forWith = HashSet64(["for", "with"].map { WordHash.of($0) })
        let playVerbs = HashSet64(["played", "plays", "play", "playing", "signed", "signs", "sign", "signing", "games",
                                   "appearances", "matches", "goals", "debut", "season", "seasons", "career", "stint",
                                   "spell"].map { WordHash.of($0) })
        let loan = HashSet64(["loan", "loaned"].map { WordHash.of($0) })
        let loanPreps = HashSet64(["to", "from", "at"].map { WordHash.of($0) })
        let drafted = HashSet64(["drafted", "selected"].map { WordHash.of($0) })
        let traded = HashSet64(["traded"].map { WordHash.of($0) })
        let beat = HashSet64(["beat", "beating", "defeated", "defeating", "edged", "thrashed", "routed", "against"].map { WordHash.of($0) })
        let lost = HashSet64(["lost", "losing", "lose", "loses", "loss", "fell", "falling", "defeat"].map { WordHash.of($0) })
        let win = HashSet64(["win", "victory", "wins", "victories"].map { WordHash.of($0) })
        let coached = HashSet64(["coached", "captained", "coaching", "captaining"].map { WordHash.of($0) })
        let results = HashSet64(["won", "lost", "beat", "defeated", "drew", "finished", "tied", "edged", "thrashed",
                                 "routed", "wins", "loses", "beats", "defeats", "draws"].map { WordHash.of($0) })
        let beatOnly = HashSet64(["beat", "beats", "defeated", "defeat", "defeats", "thrashed", "edged", "routed",
                                  "trounced", "outplayed", "eliminated"].map { WordHash.of($0) })
        let sportsRoles = HashSet64(["striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
                                     "forward", "fullback", "quarterback", "pitcher", "batsman", "manager", "boss",
                                     "coach", "skipper", "playmaker", "centre-back", "center-back"].map { WordHash.of($0) })
        let placeOnly = HashSet64(["in", "near", "born", "outside", "across", "around", "into"].map { WordHash.of($0) })
        let by = WordHash.of("by"), to = WordHash.of("to"), over = WordHash.of("over")
    }
    static let sportsWords = SportsWords()

    /// "Lincoln and Wexbury", "the county seat, Ostley, Illinois": one word found as a person, joined by "and" or
    /// "or" to a listed place, or followed by a comma and a listed country or region, is a place, with its other
    /// mentions as a person, unless it is a common first name or a word of a person's fuller name in the story.
    /// `found` is in text order.
    func placesInCompany(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let listed: LexFlags = [.city, .country, .region]
        let and = TokenInfo.andWords, or = WordHash.of("or")
        func listedPlace(_ g: Found, regionOnly: Bool) -> Bool {
            guard g.type == .place, g.first == g.last else { return g.type == .place && !regionOnly && info.multi[g.first] != 0 }
            return !info.lex[g.first].isDisjoint(with: regionOnly ? [.country, .region] : listed)
        }
        var keys: [UInt64] = []
        for k in found.indices where found[k].type == .person && found[k].first == found[k].last && !found[k].named && !found[k].fixedType {
            let i = found[k].first
            guard !info.lex[i].contains(.commonFirstName) else { continue }
            let sentence = toks[i].sentence
            var cued = false
            // Followed by ", Illinois" or "and Portsmouth".
            if k + 1 < found.count, toks[found[k + 1].first].sentence == sentence {
                let g = found[k + 1]
                if g.first == i + 2, isMark(info, i + 1, ",") { cued = listedPlace(g, regionOnly: true) }
                if g.first == i + 2, and.contains(info.hash[i + 1]) || info.hash[i + 1] == or { cued = cued || listedPlace(g, regionOnly: false) }
            }
            // After "Lincoln and".
            if !cued, k > 0, found[k - 1].last == i - 2, toks[found[k - 1].first].sentence == sentence,
               and.contains(info.hash[i - 1]) || info.hash[i - 1] == or {
                cued = listedPlace(found[k - 1], regionOnly: false)
            }
            if cued { keys.append(info.hash[i]) }
        }
        guard !keys.isEmpty else { return }
        // Not a word of a person's fuller name ("Kerry" in "John Kerry").
        for f in found where f.type == .person && f.last > f.first {
            keys.removeAll { h in (f.first...f.last).contains { info.hash[$0] == h } }
        }
        for k in found.indices where found[k].type == .person && found[k].first == found[k].last && !found[k].named
            && !found[k].fixedType && keys.contains(info.hash[found[k].first]) {
            found[k].type = .place
        }
    }

    func typeIndex(_ t: EntityType) -> Int { t == .person ? 0 : t == .organization ? 1 : 2 }

    /// `Entity.aliases` as word-sequence keys (as `link` makes them: the words' hashes, punctuation left out), by
    /// type index: each other name's key to the canonical name's.
    static let aliasKeys: [[UInt64: UInt64]] = {
        var out: [[UInt64: UInt64]] = [[:], [:], [:]]
        func key(_ name: String) -> UInt64 {
            let doc = Document(name)
            var h = WordHash.sequenceSeed
            for t in doc.tokens where t.kind == .word { h = WordHash.extend(h, WordHash.of(doc.scalars, t.span.start, t.span.end)) }
            return h
        }
        for (type, names) in Entity.aliases {
            let t = type == .person ? 0 : type == .organization ? 1 : 2
            let canonical = key(names[0])
            for n in names.dropFirst() { out[t][key(n)] = canonical }
        }
        return out
    }()

    /// The keys of `aliasKeys`, of every type: most names are none of them, and the set says so without hashing.
    static let aliasKeySet = HashSet64(aliasKeys.flatMap { Array($0.keys) })

    /// `LexiconBuilder.sequenceHash` of the tokens `first...last` (every token), without an array.
    func sequenceHash(_ info: TokenInfo, _ first: Int, _ last: Int) -> UInt64 {
        var h = WordHash.sequenceSeed
        for i in first...last { h = WordHash.extend(h, info.hash[i]) }
        return h
    }

    /// The tokens the names cover (`true` at every token of every name), written through a pointer: the rules that
    /// make it do so for every story. (A name outside the tokens stops the program, as indexing the array would.)
    func coveredTokens(_ info: TokenInfo, _ found: [Found]) -> [Bool] {
        var covered = [Bool](filling: false, count: info.n)
        covered.withUnsafeMutableBufferPointer { cp in
            for f in found {
                precondition(f.first >= 0 && f.first <= f.last && f.last < cp.count)
                for i in f.first...f.last { cp[i] = true }
            }
        }
        return covered
    }

    /// One hash for the words of a token range (punctuation inside names left out).
    /// (Called for nearly every name by many rules: the tokens and hashes are read through pointers, the range
    /// checked once instead of at every token.)
    func nameKey(_ info: TokenInfo, _ r: Range<Int>) -> UInt64 {
        var h = WordHash.sequenceSeed
        guard !r.isEmpty else { return h }
        precondition(r.lowerBound >= 0 && r.upperBound <= info.tokens.count && r.upperBound <= info.hash.count)
        info.tokens.withUnsafeBufferPointer { tp in
            info.hash.withUnsafeBufferPointer { hp in
                for i in r where tp[i].kind == .word { h = WordHash.extend(h, hp[i]) }
            }
        }
        return h
    }

    // MARK: roles

    /// Lexicon flags of any token (the tagger only looks some up).
    func flags(_ info: TokenInfo, _ i: Int, _ lexicon: Lexicon) -> LexFlags {
        info.lex[i].isEmpty ? lexicon.flags(info.hash[i]) : info.lex[i]
    }

    /// "U.S. Secretary of State John Kerry", "Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin spokesman,".
    func findRoles(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        // Only persons have roles: without one (many short stories) the table below is not made.
        guard found.contains(where: { $0.type == .person }) else { return }
        // Which name covers each token (written through a pointer: every token of every name).
        var owner = [Int](filling: -1, count: info.n)
        owner.withUnsafeMutableBufferPointer { op in
            for (k, f) in found.enumerated() where f.first <= f.last && f.last < info.n {
                precondition(f.first >= 0 && f.last < op.count)
                for i in f.first...f.last { op[i] = k }
            }
        }
        let determiners = NameFinder.determiners, ofFor = NameFinder.ofFor
        func isTitle(_ i: Int) -> Bool { toks[i].kind == .word && flags(info, i, lexicon).contains(.title) }
        func isModifier(_ i: Int) -> Bool {
            guard toks[i].kind == .word else { return false }
            if owner[i] >= 0 { return found[owner[i]].type != .person }
            let f = flags(info, i, lexicon)
            if f.contains(.title) || f.contains(.roleModifier) || f.contains(.demonym) { return true }
            if info.slot[i] == .name && !(toks[i].startsSentence && f.contains(.commonWord)) && !f.contains(.time) { return true }
            return false
        }
        /// Token `i` is the full stop of an abbreviated title written right before it ("Sen.", "Lt."): a capitalised
        /// title of at most four letters, not all capitals.
        func titleStop(_ i: Int) -> Bool {
            i >= 1 && info.isChar(i, ".") && toks[i].span.length == 1 && toks[i - 1].span.end == toks[i].span.start
                && toks[i - 1].span.length <= 4 && toks[i - 1].isCapitalized && !toks[i - 1].isAllCaps
                && owner[i - 1] < 0 && isTitle(i - 1)
        }
        for k in found.indices where found[k].type == .person {
            let m = found[k].first
            guard m > 0, m < info.n else { continue }
            let sent = toks[m].sentence
            // Before the name.
            var head = -1
            var i = m - 1
            if toks[i].sentence == sent || titleStop(i), owner[i] < 0 {
                // "Sen. Elizabeth Warren", "Lt. Col. Anna Berg": the abbreviation's full stop ends the role.
                if titleStop(i) { head = i - 1 } else if isTitle(i) { head = i } else {
                    // "Secretary of State": capitalised words, "of", a title.
                    var j = i, caps = 0
                    while j >= 0, toks[j].sentence == sent, owner[j] < 0, info.slot[j] == .name, caps < 3 { j -= 1; caps += 1 }
                    if caps > 0, j > 0, toks[j].sentence == sent, info.hash[j] == WordHash.of("of"), isTitle(j - 1) { head = j - 1 }
                }
            }
            if head >= 0 {
                var left = head
                i = head - 1
                let headSentence = toks[head].sentence
                while i >= 0, toks[i].sentence == headSentence || titleStop(i), isModifier(i) || titleStop(i) {
                    if titleStop(i) { left = i - 1; i -= 2; continue }
                    if owner[i] >= 0 { left = found[owner[i]].first; i = left - 1 } else { left = i; i -= 1 }
                }
                let span = Span(toks[left].span.start, toks[m - 1].span.end)
                found[k].roleSpan = span
                continue
            }
            // After the name: ", the Kremlin spokesman," / ", a spokesman for the ministry,".
            var j = found[k].last + 1
            guard j + 1 < info.n, info.isChar(j, ","), toks[j].sentence == sent else { continue }
            j += 1
            if determiners.contains(info.hash[j]) { j += 1 }
            let start = j
            var lastTitle = -1
            while j < info.n, toks[j].sentence == sent, j - start < 6, isModifier(j) || (info.tx(j) == "'s") {
                if isTitle(j) { lastTitle = j }
                j += 1
            }
            guard lastTitle >= start, lastTitle == j - 1 || (j < info.n && ofFor.contains(info.hash[j])) else { continue }
            // The title of the next person named ("Al Sharpton, Pope Francis", "Gavin Newsom, Rep. Nancy Pelosi").
            let next = j < info.n && titleStop(j) ? j + 1 : j
            if lastTitle == j - 1, next < info.n, owner[next] >= 0, found[owner[next]].type == .person { continue }
            var end = lastTitle
            if lastTitle == j - 1, j < info.n, ofFor.contains(info.hash[j]) {
                // "a spokesman for the ministry": through the next name or noun, up to the comma.
                var e = j + 1
                var verb = false
                while e < info.n, toks[e].sentence == sent, e - j < 6, toks[e].kind == .word {
                    // A verb in the past ends the sentence's subject, not the role ("the Lord President of the court
                    // decided, …").
                    if e > j + 2, !toks[e].isCapitalized, info.scalars[toks[e].span.end - 1] == "d",
                       info.scalars[toks[e].span.end - 2] == "e" { verb = true; break }
                    e += 1
                }
                if !verb, e < info.n, info.isChar(e, ",") || info.isChar(e, ".") { end = e - 1 }
            }
            guard start < info.n, end >= start else { continue }
            let span = Span(toks[start].span.start, toks[end].span.end)
            found[k].roleSpan = span
        }
    }

    /// The song "Hey Jude", the album 'Abbey Road': capitalised words that fill a quotation on their own are
    /// the title of a work, not a person, organisation or place, unless the lists say plainly that they are
    /// a name (a listed organisation or place, a lone first name or surname, a person's name starting with a
    /// first name).
    func dropQuotedTitles(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        func isQuotedTitle(_ f: Found) -> Bool {
            guard f.first > 0, toks[f.first - 1].kind == .quote, !f.fixedType else { return false }
            let open = toks[f.first - 1]
            // An opening mark: nothing written right before it.
            if f.first >= 2, toks[f.first - 2].span.end == open.span.start { return false }
            var c = f.last + 1
            if isMark(info, c, ",") || isMark(info, c, ".") { c += 1 }
            guard c < info.n, toks[c].kind == .quote, toks[c].sentence == open.sentence || c == f.last + 1 else { return false }
            // A closing mark: no word right after it.
            if c + 1 < info.n, toks[c + 1].span.start == toks[c].span.end, toks[c + 1].kind == .word { return false }
            let place: LexFlags = [.city, .country, .region]
            if f.first == f.last {
                return info.lex[f.first].isDisjoint(with: place.union([.firstName, .surname]))
            }
            let whole = lexicon.flags(sequenceHash(info, f.first, f.last))
            if whole.contains(.multiPlace) { return false }
            if f.type == .person, info.lex[f.first].contains(.firstName) { return false }
            return true
        }
        NameFinder.removeAll(&found, where: isQuotedTitle)
    }

    /// `found.removeAll(where: drop)`, written out for the rules whose test reads `info`: a closure handed to
    /// `removeAll` holds a copy of `info` (every array of it retained, then released), a local function inlined
    /// here does not. The names kept stay in order.
    @inline(__always) static func removeAll(_ found: inout [Found], where drop: (Found) -> Bool) {
        var kept = 0
        for k in found.indices where !drop(found[k]) {
            if kept != k { found[kept] = found[k] }
            kept += 1
        }
        if kept < found.count { found.removeLast(found.count - kept) }
    }

    /// Token `i` follows a determiner, up to two other words and a noun for a place with "of": "the French city
    /// of Nice", "the village of Atwick", "the island of Crete".
    func afterPlaceNoun(_ info: TokenInfo, _ i: Int) -> Bool {
        let of = i - 1
        guard of >= 2, i < info.n, info.hash[of] == TokenInfo.ofHash else { return false }
        let toks = info.tokens
        guard toks[of].kind == .word, !toks[of].isCapitalized,
              toks[of - 1].kind == .word, !toks[of - 1].isCapitalized, NameFinder.placeNounSet.contains(info.hash[of - 1]),
              toks[i].sentence == toks[of].sentence else { return false }
        return (max(0, of - 4)...(of - 2)).contains { d in
            (NameFinder.indefinite.contains(info.hash[d]) || info.hash[d] == TokenInfo.theHash)
                && toks[d].sentence == toks[of].sentence && (d + 1..<(of - 1)).allSatisfy { toks[$0].kind == .word }
        }
    }

    /// The capitalised words after a noun for a place ("the French city of Nice", `afterPlaceNoun`) that the
    /// tagger left out are a place, found before the story's other mentions are looked for. (Names it found
    /// there are made places with every mention in `typesByApposition`.) `found` is in text order and stays so.
    func placesNamedAfterNouns(_ info: TokenInfo, _ found: inout [Found], runs: [Range<Int>]) {
        let of = TokenInfo.ofHash
        let toks = info.tokens
        var added: [Found] = []
        var k = 0  // the first found name that does not end before the run
        // Such a name starts a run: the word before it is "of" after a lower-case noun.
        for run in runs where run.lowerBound >= 3 && info.hash[run.lowerBound - 1] == of {
            let i = run.lowerBound
            while k < found.count, found[k].last < i { k += 1 }
            let next = k < found.count ? found[k].first : info.n
            guard next > i, info.slot[i] == .name, afterPlaceNoun(info, i) else { continue }
            var last = i
            while last + 1 < next, info.slot[last + 1] == .name, toks[last + 1].sentence == toks[i].sentence { last += 1 }
            added.append(Found(span: Span(toks[i].span.start, toks[last].span.end), first: i, last: last, type: .place))
        }
        if !added.isEmpty {
            found += added
            found.sortBySpan()
        }
    }

    /// A place inside the name of an event, a work or an agreement is no mention of the place: "the Battle of
    /// Hastings", "the Treaty of Rome", "the North Sea Jazz Festival" (`miscHead` words, capitalised, before
    /// "of", or ending two or three capitalised words after the place).
    func placesInsideEvents(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        func eventHead(_ i: Int) -> Bool {
            toks[i].kind == .word && toks[i].isCapitalized && info.lex[i].contains(.miscHead)
        }
        var drop: [Int] = []
        for (k, f) in found.enumerated() where f.type == .place && !f.named && !f.fixedType {
            let sentence = toks[f.first].sentence
            // "Battle of X"
            if f.first >= 2, info.hash[f.first - 1] == TokenInfo.ofHash, toks[f.first - 2].sentence == sentence,
               eventHead(f.first - 2) {
                drop.append(k); continue
            }
            // "X Jazz Festival": with a word between, the place only names the event (in "the Munich Olympics"
            // it may well be the place).
            var j = f.last + 1
            while j < info.n, j <= f.last + 3, toks[j].kind == .word, toks[j].isCapitalized, toks[j].sentence == sentence {
                if j > f.last + 1, eventHead(j) { drop.append(k); break }
                j += 1
            }
        }
        guard !drop.isEmpty else { return }
        let dropped = Set(drop)
        found = found.indices.filter { !dropped.contains($0) }.map { found[$0] }
    }

    /// "Saint Francis Hospital", "St. Mary's Church": a name the tagger split after a saint's title. A name that is
    /// only "Saint" or "St." (with its full stop) right before another name joins it, which gives the type; a name
    /// opening with "Saint" or "St.", then "'s", then one name of a single head word ("Church", "Hospital",
    /// "Cathedral") make one name of the head word's type. `found` is in text order and stays so.
    func namesAfterSaints(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let saints = NameFinder.saints  // (read once, not through its lazy static for each name)
        func isSaint(_ i: Int) -> Bool { toks[i].kind == .word && toks[i].isCapitalized && saints.contains(info.hash[i]) }
        guard found.count > 1, found.contains(where: { isSaint($0.first) }) else { return }
        var out: [Found] = []
        out.reserveCapacity(found.count)
        var k = 0
        while k < found.count {
            var f = found[k]
            if k + 1 < found.count, isSaint(f.first), !f.named {
                let g = found[k + 1]
                let sameSentence = toks[g.last].sentence == toks[f.first].sentence
                // The lone title (and its full stop), then the next name right after it.
                var end = f.first + 1
                if end < info.n, info.isChar(end, "."), toks[end].span.start == toks[f.first].span.end { end += 1 }
                if f.last < end, g.first == end, sameSentence, !g.named {
                    f = Found(span: Span(f.span.start, g.span.end), first: f.first, last: g.last, type: g.type,
                              fixedType: g.fixedType)
                    found[k + 1] = f; k += 1; continue
                }
                // "St. Mary" + "'s" + "Church".
                if g.first == g.last, sameSentence, let e = possessiveEnd(info, after: f.last), g.first == e + 1,
                   !info.lex[g.first].isDisjoint(with: [.orgHead, .locHead]), g.type != .person {
                    out.append(Found(span: Span(f.span.start, g.span.end), first: f.first, last: g.last, type: g.type,
                                     fixedType: g.fixedType))
                    k += 2; continue
                }
            }
            out.append(f)
            k += 1
        }
        found = out
    }
    static let saints = HashSet64(["saint", "st", "ste", "sainte"].map { WordHash.of($0) })

    /// A listed place of several words is one place when the names found in it lie wholly inside it: "Bosnia
    /// and Herzegovina" and "Trinidad and Tobago" are not two places each, "Great Britain" not "Britain" alone
    /// (`TokenInfo.multi`, the longest listed match). A name that reaches beyond the match ("New South Wales
    /// Police") is left alone. `found` is in text order and stays so.
    func listedPlacesWhole(_ info: TokenInfo, _ found: inout [Found]) {
        let start = TokenInfo.multiCode(2, inside: false), inside = TokenInfo.multiCode(2, inside: true)
        // Only a name whose first token is in a listed match can change: most stories have none, and then the
        // names are not copied.
        guard found.contains(where: { $0.first >= 0 && $0.first < info.n
                                      && (info.multi[$0.first] == start || info.multi[$0.first] == inside) }) else { return }
        var out: [Found] = []
        out.reserveCapacity(found.count)
        var k = 0
        var changed = false
        while k < found.count {
            let f = found[k]
            // The listed match holding the name's first token.
            var a = f.first
            while a >= 0, a < info.n, info.multi[a] == inside { a -= 1 }
            guard f.first >= 0, a >= 0, a < info.n, info.multi[a] == start else { out.append(f); k += 1; continue }
            var b = a
            while b + 1 < info.n, info.multi[b + 1] == inside { b += 1 }
            // The names in the match; all must lie inside it, and together differ from it.
            var e = k
            while e < found.count, found[e].first <= b, found[e].last <= b { e += 1 }
            let overlapsAfter = e < found.count && found[e].first <= b
            let precededInside = out.last.map { $0.last >= a } ?? false
            if overlapsAfter || precededInside || (e - k == 1 && f.first == a && f.last == b) {
                out.append(f); k += 1; continue
            }
            let toks = info.tokens
            out.append(Found(span: Span(toks[a].span.start, toks[b].span.end), first: a, last: b, type: .place))
            changed = true
            k = e
        }
        if changed { found = out }
    }

    /// Listed places written in lower case, as people do in reviews, e-mails and posts ("we flew to chicago",
    /// "moved from san francisco"), and listed organisations ("we shop at walmart"): the lexicon's `isLowerPlace`
    /// words and word sequences, the longest first,
    /// standing alone (not part of an address, file name or other name). `found` is in text order and stays so.
    /// "pairing up of harry and ginny is cool", "a man from brittany france": in a text that writes "i" for "I", a
    /// common first name written in lower case that is no ordinary word is a person, and a listed country or
    /// region a place.
    func lowerCaseNames(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon, marks: [Int]) {
        let toks = info.tokens, s = info.scalars
        let lowerI = NameFinder.lowerI
        let informal = info.hash.withUnsafeBufferPointer { hp in
            // Every "i" is among `marks` (`markHits`).
            marks.contains { hp[$0] == lowerI && toks[$0].kind == .word && s[toks[$0].span.start] == "i" }
        }
        guard informal else { return }
        let notNames: LexFlags = [.commonWord, .title, .time, .city, .country, .region, .demonym, .particle, .pronounLike,
                                  .orgHead, .locHead, .miscHead]
        var added: [Found] = []
        var k = 0
        for i in 0..<info.n where toks[i].kind == .word && info.slot[i] == .out && toks[i].span.length >= 3 {
            let a = toks[i].span.start
            guard s[a].value >= 97 && s[a].value <= 122, NameFinder.standsAlone(info, i, i) else { continue }
            let f = lexicon.flags(info.hash[i])
            // A country or a region ("india", "punjab") is a place; otherwise a common first name is a person.
            let place = f.isDisjoint(with: [.commonWord, .title, .time, .demonym, .pronounLike])
                && !f.isDisjoint(with: [.country, .region])
            guard place || f.contains(.commonFirstName) && f.isDisjoint(with: notNames) else { continue }
            // Not a shop or a restaurant ("wendy 's", "tony's").
            if possessive(info, after: i) || i + 1 < info.n && info.tx(i + 1) == "s" { continue }
            while k < found.count, found[k].last < i { k += 1 }
            if k < found.count, found[k].first <= i { continue }
            // With a surname in lower case after it ("jill allen").
            var last = i
            if !place, i + 1 < info.n, toks[i + 1].kind == .word, info.slot[i + 1] == .out, toks[i + 1].sentence == toks[i].sentence,
               TokenInfo.isLower(s[toks[i + 1].span.start]), !(k < found.count && found[k].first <= i + 1) {
                let g = lexicon.flags(info.hash[i + 1])
                if g.contains(.surname), g.isDisjoint(with: [.commonWord, .title, .time, .demonym, .pronounLike]) { last = i + 1 }
            }
            added.append(Found(span: Span(a, toks[last].span.end), first: i, last: last, type: place ? .place : .person))
        }
        if !added.isEmpty {
            found += added
            found.sortBySpan()
        }
    }

    /// Tokens `a...b` stand alone in the text: not part of a web address, a file name or a longer word
    /// ("chicago.com"); a possessive after them is fine ("chicago's").
    static func standsAlone(_ info: TokenInfo, _ a: Int, _ b: Int) -> Bool {
        let s = info.scalars
        let start = info.tokens[a].span.start, end = info.tokens[b].span.end
        if start > 0 {
            let c = s[start - 1]
            guard c.properties.isWhitespace || "(\"'“‘«[".unicodeScalars.contains(c) else { return false }
        }
        if end < s.count {
            let c = s[end]
            if c == "." || c == "'" || c == "’" {
                if end + 1 < s.count, s[end + 1].properties.isAlphabetic || s[end + 1].properties.numericType != nil,
                   c == "." { return false }
            } else if !(c.properties.isWhitespace || ",;:!?)\"”»]".unicodeScalars.contains(c)) {
                return false
            }
        }
        return true
    }

    func lowerCasePlaces(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens, s = info.scalars
        func candidate(_ i: Int) -> Bool {
            toks[i].kind == .word && info.slot[i] == .out && TokenInfo.isLower(s[toks[i].span.start])
        }
        func standsAlone(_ a: Int, _ b: Int) -> Bool { NameFinder.standsAlone(info, a, b) }
        var added: [Found] = []
        var k = 0  // the first found name that does not end before token i
        for i in info.lowerPlaceHits {  // the words that pass the lexicon's quick filter
            if let l = added.last, l.last >= i { continue }
            let h = info.hash[i]
            guard candidate(i) else { continue }
            while k < found.count, found[k].last < i { k += 1 }
            if k < found.count, found[k].first <= i { continue }
            // The longest listed sequence holding this word (a place's own word, `keyOfLowerPlace`), between the
            // names found around it.
            var best: ClosedRange<Int>? = nil
            if lexicon.keyOfLowerPlace(h) {
                let sentence = toks[i].sentence
                let earliest = max(k > 0 ? found[k - 1].last + 1 : 0, added.last.map { $0.last + 1 } ?? 0, i - 5)
                let latest = min(k < found.count ? found[k].first - 1 : info.n - 1, i + 5)
                var lo = i, hi = i
                while lo - 1 >= earliest, candidate(lo - 1), toks[lo - 1].sentence == sentence { lo -= 1 }
                while hi + 1 <= latest, candidate(hi + 1), toks[hi + 1].sentence == sentence { hi += 1 }
                var length = min(6, hi - lo + 1)
                search: while length >= 2 {
                    for a in max(lo, i - length + 1)...min(i, hi - length + 1) {
                        let b = a + length - 1
                        if lexicon.isLowerPlace(sequenceHash(info, a, b)), standsAlone(a, b) { best = a...b; break search }
                    }
                    length -= 1
                }
            }
            if best == nil, lexicon.isLowerPlace(h), standsAlone(i, i) { best = i...i }
            if let r = best {
                // A listed organisation's name ("walmart", "southwest airlines") is an organisation.
                let rh = r.count == 1 ? h : sequenceHash(info, r.lowerBound, r.upperBound)
                let f = lexicon.flags(rh)
                let organisation = (f.contains(r.count == 1 ? .orgName : .multiOrg) || lexicon.isKnownOrganisation(rh))
                    && f.isDisjoint(with: [.city, .country, .region, .multiPlace])
                added.append(Found(span: Span(toks[r.lowerBound].span.start, toks[r.upperBound].span.end),
                                   first: r.lowerBound, last: r.upperBound, type: organisation ? .organization : .place))
            }
        }
        if !added.isEmpty {
            found += added
            found.sortBySpan()
        }
    }

    /// "Kevin Kindall@ENRON 01/24/2001", "Sent by: John Lamb@ENRON": a mail system's address of a person (Lotus Notes
    /// writes the sender's full name, "@" and the mail domain, with no space) names that person; the address is part
    /// of the name, as in Universal NER. The words run into an address are otherwise no name (`TokenInfo`), so the
    /// tagger leaves the surname out and may join the first name to the word before it ("Vince Kevin"): that name ends
    /// before the first name. `found` is in text order.
    func mailSystemNames(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens, s = info.scalars
        func glued(_ a: Int, _ b: Int) -> Bool { toks[a].span.end == toks[b].span.start }
        func isWord(_ i: Int) -> Bool { i >= 0 && i < info.n && toks[i].kind == .word }
        var added: [Found] = []
        guard !info.wordsBeforeAt.isEmpty else { return }
        for i in info.wordsBeforeAt where i >= 1 && i + 2 < info.n {
            // "Kindall" "@" "ENRON": the surname, the sign and a domain without dots after it.
            guard toks[i].isCapitalized, isWord(i), !toks[i].isAllCaps, isMark(info, i + 1, "@"), glued(i, i + 1),
                  isWord(i + 2), glued(i + 1, i + 2), toks[i + 2].isCapitalized,
                  !(i + 3 < info.n && glued(i + 2, i + 3) && s[toks[i + 3].span.start] == "."),
                  !(toks[i].span.start > 0 && !s[toks[i].span.start - 1].properties.isWhitespace) else { continue }
            // The first name, and an initial between ("Kevin M. Kindall@ENRON").
            var a = i - 1
            if a >= 1, isMark(info, a, "."), isWord(a - 1), toks[a - 1].span.length == 1, toks[a - 1].isCapitalized { a -= 2 }
            guard isWord(a), toks[a].isCapitalized, toks[a].sentence == toks[i].sentence,
                  flags(info, a, lexicon).contains(.firstName) else { continue }
            // The span takes in the address; the words, which link the person and vote on types, end at the
            // surname (so "ENRON" is no surname of anyone).
            added.append(Found(span: Span(toks[a].span.start, toks[i + 2].span.end), first: a, last: i, type: .person))
        }
        guard !added.isEmpty else { return }
        var out: [Found] = []
        for var f in found {
            guard let g = added.first(where: { $0.first <= f.last && f.first <= $0.last + 2 }) else { out.append(f); continue }
            // The name the tagger ran into the first name keeps its words before it ("Vince").
            guard f.first < g.first else { continue }
            f.last = g.first - 1
            while f.last > f.first, toks[f.last].kind != .word { f.last -= 1 }
            f.span = Span(f.span.start, toks[f.last].span.end)
            out.append(f)
        }
        out += added
        out.sortBySpan()
        found = out
    }

    /// Names of several people run together, as in the header of an e-mail whose line breaks were lost ("Ann
    /// Carter Larry Dunn Greg"): a person found with a first name and a surname already, and then a common first
    /// name that is no common surname, is two people, split there. ("Sarah Jessica Parker" stays whole: Parker
    /// is a common surname; so does "John Paul Smith": "John Paul" has no surname yet.) Initials do not count
    /// as words.
    /// "... last week. Vince David, A reminder...": mails run together, a sign-off's first name then the next
    /// mail's greeting. Two first names after the end of a sentence, before a comma or colon and a capitalised
    /// word that is no title (a new sentence, not "Thomas Sam, a homeopath" or "Ann Lee, President of..."), are
    /// two people when the first one signs on its own elsewhere in the text (a one-word name found there); so are a
    /// full name and a first name before such a greeting ("Marlene D. Hilliard Ginny, Please..."), and a first name
    /// and the next mail's sender before an address ("Vince Darrell Duffie <...>"). A display name with the
    /// surname first ("\"Townsend, George\" <...>") is one person.
    func signOffsBeforeGreetings(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        // Only where some name of two words or more follows the end of a sentence.
        let splits = found.contains { f in
            f.type == .person && f.last > f.first && (f.first == 0 || toks[f.first - 1].kind == .punct && toks[f.first].startsSentence)
        }
        // (Made when a name first needs them: most stories have no name such a split could apply to.)
        lazy var alone = HashSet64(found.filter { $0.type == .person && $0.first == $0.last }.map { info.hash[$0.first] })
        /// A comma or colon after token `b`, then a capitalised word that is no title and begins no name found (a
        /// list of names: "Kim Jong Un, Xi Jinping"): a greeting's end.
        lazy var nameStarts = Set(found.map(\.first))
        func greets(_ b: Int) -> Bool {
            b + 2 < info.n && (isMark(info, b + 1, ",") || isMark(info, b + 1, ":")) && toks[b + 2].isCapitalized
                && info.lex[b + 2].isDisjoint(with: [.title, .roleModifier]) && !nameStarts.contains(b + 2)
        }
        if splits {
            var out: [Found] = []
            var changed = false
            for (k, f) in found.enumerated() {
                let a = f.first, b = f.last
                guard f.type == .person, !f.named, b > a,
                      a == 0 || isMark(info, a - 1, ".") || isMark(info, a - 1, "?") || isMark(info, a - 1, "!")
                else { if changed { out.append(f) }; continue }
                var cut = -1  // the first token of the second name
                // (The sets last: most names fail the other checks, and no set is made for them.)
                if info.hash[a] != info.hash[a + 1], info.lex[a].contains(.firstName),
                   info.lex[a + 1].contains(.firstName), toks[a + 1].span.length > 1, alone.contains(info.hash[a]) {
                    // The greeting ("David , A reminder"), or the next mail's sender with an address ("Vince Darrell
                    // Duffie <duffie@...>").
                    if b == a + 1 && greets(b) || b >= a + 2 && b + 1 < info.n && isMark(info, b + 1, "<") { cut = a + 1 }
                }
                // A full name signing, then the next mail's greeting: "Marlene D. Hilliard Ginny , Please see...".
                if cut < 0, b >= a + 2, info.lex[b].contains(.firstName), !info.lex[b].contains(.commonSurname),
                   info.lex[b - 1].contains(.surname), !info.lex[b - 1].contains(.commonFirstName), toks[b].span.length > 1,
                   greets(b) {
                    cut = b
                }
                guard cut > a else { if changed { out.append(f) }; continue }
                // (The names before the first split are copied only now.)
                if !changed { out = Array(found[..<k]); changed = true }
                var first = f, second = f
                first.last = cut - 1; first.span = Span(f.span.start, toks[cut - 1].span.end)
                second.first = cut; second.span = Span(toks[cut].span.start, f.span.end); second.roleSpan = nil
                out.append(first); out.append(second)
            }
            if changed { found = out }
        }
        // "\"Townsend , George\" <gtownsend@...>": a mail's display name, surname first, is one person.
        func displayName(_ k: Int) -> Bool {
            let f = found[k]
            return k + 1 < found.count && f.type == .person && found[k + 1].type == .person && f.last + 2 == found[k + 1].first
                && isMark(info, f.last + 1, ",") && f.first > 0 && toks[f.first - 1].kind == .quote
                && found[k + 1].last + 2 < info.n && toks[found[k + 1].last + 1].kind == .quote
                && isMark(info, found[k + 1].last + 2, "<")
        }
        guard var k = found.indices.first(where: displayName) else { return }
        var merged = Array(found[..<k])
        while k < found.count {
            let f = found[k]
            if displayName(k) {
                var m = f
                m.last = found[k + 1].last; m.span = Span(f.span.start, found[k + 1].span.end)
                merged.append(m); k += 2; continue
            }
            merged.append(f); k += 1
        }
        found = merged
    }

    /// "the 82nd Airborne Division", "the 65th Air Division", "the Fourth Air Force", "65 Air Division": the ordinal
    /// or number that numbers a military unit belongs to the unit's name (the tagger leaves it out: numbers are never
    /// names to it).
    func numberedUnits(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens, s = info.scalars
        let units = NameFinder.unitHeads, ordinals = NameFinder.ordinalWords
        for k in found.indices where found[k].type == .organization && !found[k].named {
            let f = found[k]
            guard f.first > 0, units.contains(info.hash[f.last]) else { continue }
            let i = f.first - 1
            guard toks[i].sentence == toks[f.first].sentence, toks[i].span.end < toks[f.first].span.start,
                  toks[i].kind == .word else { continue }
            // Not inside the name before it ("the 1st Marine Division" stays one name, the unit after a name not).
            if k > 0, found[k - 1].last >= i { continue }
            if isOrdinal(info, i) || (toks[i].isCapitalized && ordinals.contains(info.hash[i])) {
                found[k].first = i
                found[k].span = Span(toks[i].span.start, f.span.end)
            }
        }
        // "65 Air Division", "16 Air Assault Brigade", "No. 18 Squadron": a plain number of up to three digits (after
        // "No." or not) before a unit's name of two words or more ending in a singular head ("12 Royal Marines" is
        // a count).
        for k in found.indices where found[k].type == .organization && !found[k].named {
            let f = found[k]
            guard f.first > 0, f.last > f.first, units.contains(info.hash[f.last]), !NameFinder.pluralUnitHeads.contains(info.hash[f.last])
            else { continue }
            var i = f.first - 1
            guard toks[i].kind == .number, toks[i].sentence == toks[f.first].sentence, toks[i].span.end < toks[f.first].span.start,
                  toks[i].span.length <= 3, (toks[i].span.start..<toks[i].span.end).allSatisfy({ s[$0].value &- 48 < 10 }) else { continue }
            if k > 0, found[k - 1].last >= i { continue }
            // "No. 18": the abbreviation goes with it.
            if i >= 2, info.isChar(i - 1, "."), toks[i - 2].kind == .word, info.tx(i - 2) == "No",
               toks[i - 1].span.start == toks[i - 2].span.end { i -= 2 }
            found[k].first = i
            found[k].span = Span(toks[i].span.start, f.span.end)
        }
    }
    static let pluralUnitHeads = HashSet64(["marines", "rangers", "guards", "volunteers", "forces"].map { WordHash.of($0) })
    static let unitHeads = HashSet64(["division", "brigade", "regiment", "battalion", "squadron", "wing", "fleet",
                                      "corps", "army", "infantry", "cavalry", "artillery", "airborne", "legion",
                                      "force", "command", "group", "battery", "flotilla", "marines", "rangers",
                                      "guards", "volunteers", "district", "circuit", "precinct"].map { WordHash.of($0) })
    static let ordinalWords = HashSet64(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                         "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                         "twentieth"].map { WordHash.of($0) })

    /// "the State Department Spokesperson", "the Federal Reserve Board Chairman": a title after an organisation's head
    /// word or legal suffix is the person's role, not part of the organisation's name.
    func organisationsEndAtHead(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let heads: LexFlags = [.orgHead, .orgSuffix]
        for k in found.indices where found[k].type == .organization && !found[k].named && found[k].last - found[k].first >= 2 {
            let f = found[k]
            guard let j = (f.first..<f.last).last(where: { !info.lex[$0].isDisjoint(with: heads) && info.slot[$0] == .name }),
                  j > f.first,
                  (j + 1...f.last).allSatisfy({ info.slot[$0] == .name && toks[$0].kind == .word
                      && info.lex[$0].contains(.title)
                      && info.lex[$0].isDisjoint(with: heads.union([.locHead, .miscHead, .multiPlace])) }) else { continue }
            found[k].last = j
            found[k].span = Span(f.span.start, toks[j].span.end)
        }
    }

    /// "the Australian League of Rights … The League was formed in 1960": once the story has named an organisation,
    /// its head word alone after "the", capitalised, names it again ("the League", "the Society", "the Commission";
    /// a team's plural: "the Bowling Green Falcons … the Falcons"; a unit's ordinal: "the 65th Air Division … the
    /// 65th").
    /// The head is the last word of the name, or the word before its "of"; only later mentions count, and only where
    /// the word stands alone (not "the League Cup", not "the League of Nations"), and the name has another word
    /// besides the head and "the" ("The Sun" says nothing of "the Sun"). Returns the key (`nameKey`) of each head
    /// word found so and the key of the organisation it names, for linking the two. `found` is in text order and
    /// stays so.
    func organisationsByHeadWord(_ info: TokenInfo, _ found: inout [Found]) -> [UInt64: UInt64] {
        let toks = info.tokens
        var heads: [(hash: UInt64, after: Int, key: UInt64)] = []
        // Units named with an ordinal ("the 139th Pennsylvania Volunteer Infantry … The 139th was formed").
        var ordinals: [(hash: UInt64, after: Int, key: UInt64)] = []
        for f in found where f.type == .organization && !f.named && f.first >= 0 && f.last > f.first {
            if isOrdinal(info, f.first), !ordinals.contains(where: { $0.hash == info.hash[f.first] }) {
                ordinals.append((info.hash[f.first], f.last, nameKey(info, f.first..<(f.last + 1))))
            }
            var h = f.last
            if let of = (f.first + 1..<f.last).first(where: { info.hash[$0] == TokenInfo.ofHash }) { h = of - 1 }
            // A head word, or a team's plural ("the Bowling Green Falcons … the Falcons").
            guard info.lex[h].contains(.orgHead) || h == f.last && isTeamPlural(info, h), toks[h].isCapitalized, !toks[h].isAllCaps,
                  (f.first...f.last).contains(where: { $0 != h && toks[$0].kind == .word && info.hash[$0] != TokenInfo.theHash
                      && info.hash[$0] != TokenInfo.ofHash }) else { continue }
            if !heads.contains(where: { $0.hash == info.hash[h] }) { heads.append((info.hash[h], f.last, nameKey(info, f.first..<(f.last + 1)))) }
        }
        guard !heads.isEmpty || !ordinals.isEmpty else { return [:] }
        var keys: [UInt64: UInt64] = [:]
        var added: [Found] = []
        var k = 0
        // The capitalised words after the first of those organisations (from the list of capitalised words: without
        // ordinals, the list itself, not a copy of its tail; the words before `from` are passed over below), and
        // the ordinals' places.
        // (Found in the two lists in place: no array is made of them for it.)
        var firstAfter = Int.max
        for h in heads { firstAfter = min(firstAfter, h.after) }
        for o in ordinals { firstAfter = min(firstAfter, o.after) }
        let from = firstAfter + 1
        var candidates: [Int] = from >= info.n || heads.isEmpty ? [] : ordinals.isEmpty ? info.nameAt : info.nameAt.filter { $0 >= from }
        if !ordinals.isEmpty, from < info.n {
            let ordinalHashes = ordinals.map(\.hash)
            candidates += info.hash.withUnsafeBufferPointer { hp in (from..<hp.count).filter { ordinalHashes.contains(hp[$0]) } }
            candidates.sort()
            heads += ordinals
        }
        // A 64-bit filter of the head words' hashes: most capitalised words are none of them.
        let filter = heads.reduce(UInt64(0)) { $0 | 1 << ($1.hash >> 58) }
        for i in candidates where i >= from && filter >> (info.hash[i] >> 58) & 1 != 0 {
            guard let head = heads.first(where: { $0.hash == info.hash[i] }), i > head.after,
                  info.hash[i - 1] == TokenInfo.theHash, toks[i - 1].sentence == toks[i].sentence,
                  toks[i].isCapitalized && !toks[i].isAllCaps || isOrdinal(info, i) else { continue }
            if i + 1 < info.n, toks[i + 1].sentence == toks[i].sentence {
                let t = toks[i + 1]
                if t.kind == .word && (t.isCapitalized || info.hash[i + 1] == TokenInfo.ofHash || info.hash[i + 1] == TokenInfo.forHash)
                    || t.kind == .number { continue }
            }
            // Part of a web address ("the News.com.au report").
            let end = toks[i].span.end
            if end + 1 < info.scalars.count, info.scalars[end] == ".", info.scalars[end + 1].properties.isAlphabetic { continue }
            while k < found.count, found[k].last < i { k += 1 }
            if k < found.count, found[k].first <= i { continue }
            added.append(Found(span: toks[i].span, first: i, last: i, type: .organization))
            keys[nameKey(info, i..<(i + 1))] = head.key
        }
        guard !added.isEmpty else { return [:] }
        found += added
        found.sortBySpan()
        return keys
    }

    /// "82nd", "93d", "3rd", "139th": up to three digits, then an ordinal ending, in one token.
    func isOrdinal(_ info: TokenInfo, _ i: Int) -> Bool {
        let t = info.tokens[i].span, s = info.scalars
        var k = t.start
        while k < t.end, s[k].value &- 48 < 10 { k += 1 }
        guard k > t.start, k - t.start <= 3, k < t.end else { return false }
        let rest = String(String.UnicodeScalarView(s[k..<t.end])).lowercased()
        return ["st", "nd", "rd", "th", "d"].contains(rest)
    }

    /// "CBS Cable", "Sony Pictures", "BBC Radio 1": an organisation's division named by the organisation and a word of
    /// the media or entertainment trades is that organisation's name, when the word ends the capitalised run (or a
    /// small number follows it, as a channel's). `found` is in text order and stays so.
    func divisionsOfOrganisations(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        for k in found.indices where found[k].type == .organization && !found[k].named && found[k].first >= 0 {
            let j = found[k].last + 1
            guard j < info.n, toks[j].kind == .word, toks[j].isCapitalized, !toks[j].isAllCaps,
                  toks[j].sentence == toks[found[k].last].sentence, toks[j].span.start > toks[j - 1].span.end,
                  NameFinder.divisionWords.contains(info.hash[j]),
                  k + 1 >= found.count || found[k + 1].first > j else { continue }
            var last = j
            if j + 1 < info.n, toks[j + 1].sentence == toks[j].sentence {
                let t = toks[j + 1]
                if t.kind == .number, t.span.length <= 2, toks[j + 1].span.start > toks[j].span.end {
                    last = j + 1
                } else if t.kind == .word, t.isCapitalized {
                    continue
                }
            }
            guard k + 1 >= found.count || found[k + 1].first > last else { continue }
            found[k].last = last
            found[k].span = Span(found[k].span.start, toks[last].span.end)
        }
    }
    /// "EWS Legal", "Goldman Sachs Credit Risk Management & Advisory": an organisation followed by the words of one
    /// of its departments (joined by "&" or "and") names that department, when they end the capitalised run or a
    /// signature's contact word follows them ("Phone:", "Fax"). `found` is in text order and stays so.
    func departmentsOfOrganisations(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        func department(_ i: Int) -> Bool {
            i < info.n && toks[i].kind == .word && toks[i].isCapitalized && !toks[i].isAllCaps
                && NameFinder.departmentWords.contains(info.hash[i])
        }
        for k in found.indices where found[k].type == .organization && !found[k].named && found[k].first >= 0 {
            let sentence = toks[found[k].last].sentence
            var j = found[k].last + 1, last = -1
            while j < info.n, toks[j].sentence == sentence {
                if department(j), toks[j].span.start > toks[j - 1].span.end { last = j; j += 1; continue }
                if last == j - 1, j + 1 < info.n, TokenInfo.andWords.contains(info.hash[j]), department(j + 1) {
                    j += 1; continue
                }
                break
            }
            guard last > found[k].last, k + 1 >= found.count || found[k + 1].first > last else { continue }
            // The run of capitalised words ends there, or a contact word follows.
            let next = last + 1
            if next < info.n, toks[next].sentence == sentence, toks[next].kind == .word, toks[next].isCapitalized,
               !NameFinder.contactWords.contains(info.hash[next]) { continue }
            found[k].last = last
            found[k].span = Span(found[k].span.start, toks[last].span.end)
        }
    }
    static let departmentWords = HashSet64(["legal", "credit", "risk", "management", "advisory", "research", "finance",
                                            "trading", "operations", "marketing", "sales", "compliance", "treasury",
                                            "tax", "accounting", "structuring", "origination", "regulatory"]
        .map { WordHash.of($0) })
    /// "Department of Finance College of Business Administration University of Texas Austin", "Georgia Institute of
    /// Technology School of Industrial and Systems Engineering": a school's head word and "of" right after an
    /// organisation named with "of" start a new organisation (a signature lists them in a row). After other names
    /// the whole stays one ("Harvard University School of Public Health", "the New Jersey Department of Public
    /// Safety"). `found` is in text order and stays so.
    func institutionsInARow(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        func isLong(_ f: Found) -> Bool { f.type == .organization && !f.named && f.last - f.first >= 4 }
        /// A second institution starts at `i` in `f`, whose part from `start` on is not split yet.
        func splits(_ start: Int, at i: Int) -> Bool {
            toks[i].kind == .word && toks[i].isCapitalized && NameFinder.institutionsOf.contains(info.hash[i])
                && info.hash[i + 1] == TokenInfo.ofHash && toks[i - 1].kind == .word && toks[i - 1].isCapitalized
                && info.slot[i - 1] == .name && i - 1 > start && (start..<i).contains(where: { info.hash[$0] == TokenInfo.ofHash })
        }
        // Most stories have no such name: looked for first (a name splits first where its whole is not split yet),
        // so that the names are copied only when one splits.
        var any = false
        for f in found where isLong(f) {
            for i in (f.first + 2)..<(f.last - 1) where splits(f.first, at: i) { any = true; break }
            if any { break }
        }
        guard any else { return }
        var out: [Found] = []
        out.reserveCapacity(found.count + 4)
        var changed = false
        for f in found {
            guard isLong(f) else { out.append(f); continue }
            var start = f.first
            var i = f.first + 2
            while i + 1 < f.last {
                if splits(start, at: i) {
                    var part = f
                    part.first = start; part.last = i - 1
                    part.span = Span(toks[start].span.start, toks[i - 1].span.end)
                    out.append(part)
                    start = i
                    changed = true
                }
                i += 1
            }
            var last = f
            last.first = start
            last.span = Span(toks[start].span.start, f.span.end)
            out.append(last)
        }
        if changed { found = out }
    }
    static let institutionsOf = HashSet64(["college", "university", "school", "institute", "faculty"]
        .map { WordHash.of($0) })

    /// "Vice President Equity Derivatives First Union Securities, Inc." where the story also names "First Union
    /// Securities, Inc." alone: an organisation found inside a longer run of capitalised words (the words of a
    /// title before it) that ends with another organisation of the story, of two words or more, is that
    /// organisation. (After "the", or opening its run, a longer name stays: "the Royal Bank of Scotland" beside "the
    /// Bank of Scotland".)
    func organisationsNamedShorterElsewhere(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        func words(_ a: Int, _ b: Int) -> (hash: UInt64, count: Int) {
            (nameKey(info, a..<(b + 1)), (a...b).reduce(0) { $0 + (toks[$1].kind == .word ? 1 : 0) })
        }
        let candidates = found.indices.filter { k in
            let f = found[k]
            return f.type == .organization && !f.named && f.last - f.first >= 2 && f.first > 0 && toks[f.first - 1].kind == .word
                && toks[f.first - 1].isCapitalized && toks[f.first - 1].sentence == toks[f.first].sentence
                && info.hash[f.first - 1] != TokenInfo.theHash && !toks[f.first - 1].startsSentence
        }
        guard !candidates.isEmpty else { return }
        var names = Set<UInt64>()
        for f in found where f.type == .organization {
            let w = words(f.first, f.last)
            if w.count >= 2 { names.insert(w.hash) }
        }
        for k in candidates {
            let f = found[k]
            for a in (f.first + 1)...f.last where toks[a].kind == .word {
                let w = words(a, f.last)
                guard w.count >= 2 else { break }
                // (Not when a place or initials would be left out: "Retired US Supreme Court Justice".)
                if names.contains(w.hash), !(f.first..<a).contains(where: {
                    toks[$0].isAllCaps || !info.lex[$0].isDisjoint(with: [.city, .country, .region, .demonym]) }) {
                    found[k].first = a
                    found[k].span = Span(toks[a].span.start, f.span.end)
                    break
                }
            }
        }
    }

    /// "Houston, Texas USA": a listed town or region and then a country, found as one name, are two places (not a
    /// name listed whole: "South Sudan", "Papua New Guinea"). `found` is in text order and stays so.
    func placesThenCountries(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        var added: [Found] = []
        for k in found.indices where !found[k].named && !found[k].fixedType && found[k].last > found[k].first
            && found[k].last - found[k].first <= 3 {
            let f = found[k], c = f.last
            guard f.type != .person, toks[c].kind == .word, !info.lex[c].contains(.locHead),
                  !info.lex[c].contains(.commonWord) || toks[c].isAllCaps, info.lex[c].contains(.country) || toks[c].isAllCaps && info.lex[c].contains(.region),
                  toks[c - 1].kind == .word else { continue }
            let whole = lexicon.flags(sequenceHash(info, f.first, c))
            if !whole.isDisjoint(with: [.multiPlace, .multiOrg, .orgName]) || lexicon.isKnownOrganisation(sequenceHash(info, f.first, c)) { continue }
            let place: LexFlags = [.city, .region]
            let listed = f.first == c - 1 ? !info.lex[f.first].isDisjoint(with: place) && !info.lex[f.first].contains(.country)
                : lexicon.flags(sequenceHash(info, f.first, c - 1)).contains(.multiPlace)
            guard listed else { continue }
            found[k].last = c - 1
            found[k].span = Span(f.span.start, toks[c - 1].span.end)
            found[k].type = .place
            added.append(Found(span: toks[c].span, first: c, last: c, type: .place))
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// "the punk band Killing Joke", "signed to independent label Food", "the band The Stands", "the airline
    /// Ryanair": capitalised words right after a noun naming a kind of organisation (and "called" or "named", or a
    /// quotation mark) are an organisation of that kind, with a capitalised "The" opening them; a place found there
    /// becomes one. A person found there stays one ("the company Johnson founded"), and so does a day ("The company
    /// Monday said"), a title or a listed place. `found` is in text order and stays so.
    func namesAfterKindNouns(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        var added: [Found] = []
        var k = 0
        for i in NameFinder.positions(info, of: NameFinder.kindNouns, filter: NameFinder.kindNounFilter)
            where i + 1 < info.n && toks[i].kind == .word && !toks[i].isCapitalized {
            let sentence = toks[i].sentence
            var a = i + 1
            if a < info.n, NameFinder.namingWords.contains(info.hash[a]) { a += 1 }
            if a < info.n, toks[a].kind == .quote { a += 1 }
            guard a < info.n, toks[a].sentence == sentence, toks[a].kind == .word, toks[a].isCapitalized, !toks[a].startsSentence
            else { continue }
            let article = info.hash[a] == TokenInfo.theHash
            let start = article ? a : a - 1
            var b = start
            while b + 1 < info.n, toks[b + 1].sentence == sentence {
                if info.slot[b + 1] == .name, toks[b + 1].kind == .word { b += 1; continue }
                if b > start, info.slot[b + 1] == .inner, !TokenInfo.andWords.contains(info.hash[b + 1]), b + 2 < info.n,
                   info.slot[b + 2] == .name, toks[b + 2].sentence == sentence, !info.lex[b + 2].contains(.time) { b += 2; continue }
                break
            }
            let first = article ? a + 1 : a
            guard b >= first else { continue }
            let lx = info.lex[first]
            guard lx.isDisjoint(with: [.time, .title, .pronounLike, .country, .region, .demonym]),
                  !(first == b && lx.contains(.city)) else { continue }
            while k < found.count, found[k].last < a { k += 1 }
            if k < found.count, found[k].first <= b {
                // A name found there: the same words (after "The"), as something else.
                var f = found[k]
                guard f.first == first, f.last == b, !f.named, !f.fixedType, f.type != .person,
                      k + 1 >= found.count || found[k + 1].first > b else { continue }
                f.type = .organization
                f.first = a
                f.span = Span(toks[a].span.start, toks[b].span.end)
                found[k] = f
                continue
            }
            added.append(Found(span: Span(toks[a].span.start, toks[b].span.end), first: a, last: b, type: .organization))
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }
    /// "Environment Canada", "Health Canada", "Statistics Norway", "Sport England", "Team USA": a country or region
    /// found as a place, right after a capitalised word naming a field of government or "Team", is a national
    /// agency or team, an organisation. `found` is in text order and stays so.
    func agenciesNamedForCountries(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        for k in found.indices where found[k].type == .place && !found[k].named && found[k].first > 0 {
            let f = found[k], w = f.first - 1
            guard toks[w].kind == .word, toks[w].isCapitalized, !toks[w].isAllCaps, toks[w].sentence == toks[f.first].sentence,
                  NameFinder.agencyFields.contains(info.hash[w]), !info.lex[f.first].isDisjoint(with: [.country, .region]),
                  k == 0 || found[k - 1].last < w else { continue }
            found[k].first = w
            found[k].span = Span(toks[w].span.start, f.span.end)
            found[k].type = .organization
            found[k].fixedType = true
        }
    }
    static let agencyFields = HashSet64(["environment", "health", "statistics", "transport", "parks", "fisheries",
                                         "industry", "agriculture", "elections", "sport", "team", "heritage",
                                         "immigration", "infrastructure", "tourism", "innovation"].map { WordHash.of($0) })
    static let kindNounList = ["band", "label", "airline", "newspaper", "magazine", "firm", "company", "club",
                               "broadcaster", "carrier", "retailer", "bank", "charity", "party", "publisher",
                               "startup", "brand", "network", "group", "duo", "trio", "quartet", "ensemble",
                               "orchestra", "choir", "conglomerate", "insurer", "automaker", "carmaker", "studio",
                               "agency", "tabloid"].map { WordHash.of($0) }
    static let kindNouns = HashSet64(kindNounList)
    static let kindNounFilter = bitFilter(kindNounList)
    static let namingWords = HashSet64(["called", "named", "dubbed"].map { WordHash.of($0) })

    /// Words that close a letter or a mail before the sender's name.
    static let signOffWords = HashSet64(["thanks", "thank", "regards", "sincerely", "cheers", "best", "thx", "rgds",
                                         "yours", "respectfully", "cordially"].map { WordHash.of($0) })
    static let contactWords = HashSet64(["phone", "telephone", "tel", "fax", "facsimile", "email", "e-mail", "mobile",
                                         "cell", "direct"].map { WordHash.of($0) })

    /// "Sara Shackleton Enron Wholesale Services", "Traci Warner Enron Broadband Services, Inc.": in a signature a
    /// person's name (a given name and a further name) runs into the name of the firm, which starts with a known
    /// organisation or ends with a legal suffix; the person is not part of the firm. Names of firms made from a
    /// person's name and one word ("Harold Lane Band"), those known as a whole, and names after "the" ("the John F.
    /// Kennedy Space Center") stay whole. A given name alone opens the firm's name in the same way right after a
    /// sign-off ("Thanks. Sara First Union Securities, Inc."). `found` is in text order and stays so.
    /// "Landscaping Job MFJ Inc", "CONSULTANTS PHB Hagler Bailly, Inc.": words before the initials that open a
    /// firm's name ending in a legal suffix are a heading or a job, not part of the name.
    func peopleOpeningOrganisations(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        func plainName(_ i: Int) -> Bool {
            toks[i].kind == .word && toks[i].isCapitalized && !toks[i].isAllCaps && toks[i].span.length >= 2
                && info.lex[i].isDisjoint(with: [.commonWord, .orgHead, .locHead, .title, .city, .country, .region,
                                                 .demonym, .orgSuffix, .time, .pronounLike])
        }
        func afterSignOff(_ a: Int) -> Bool {
            a >= 2 && (isMark(info, a - 1, ".") || isMark(info, a - 1, ",")) && NameFinder.signOffWords.contains(info.hash[a - 2])
        }
        var added: [Found] = []
        for k in found.indices where found[k].type == .organization && !found[k].named {
            let f = found[k]
            var suffixAt = f.last
            if suffixAt > f.first, info.isChar(suffixAt, ".") { suffixAt -= 1 }
            let legal = suffixAt > f.first && info.lex[suffixAt].contains(.orgSuffix)
            // Ordinary words, then initials.
            if legal, toks[f.first].kind == .word, !toks[f.first].isAllCaps || toks[f.first].span.length > 5 {
                var i = f.first + 1
                while i < suffixAt, toks[i].kind == .word, !acronymOpens(info, i) { i += 1 }
                if i < suffixAt, acronymOpens(info, i) {
                    found[k].first = i
                    found[k].span = Span(toks[i].span.start, f.span.end)
                    continue
                }
            }
            let a = f.first
            let one = afterSignOff(a) && f.last > a + 2 && !toks[a + 1].isAllCaps
            let rest = one ? a + 1 : a + 2
            guard f.last >= rest + 1, plainName(a), info.lex[a].contains(.firstName), one || plainName(a + 1),
                  toks[rest - 1].sentence == toks[a].sentence,
                  (rest...f.last).filter({ toks[$0].kind == .word }).count >= 2,
                  a == 0 || info.hash[a - 1] != TokenInfo.theHash else { continue }
            guard lexicon.isKnownOrganisation(info.hash[rest]) || info.lex[rest].contains(.orgName) || legal else { continue }
            let pair = one ? info.hash[a] : sequenceHash(info, a, rest - 1)
            if lexicon.isKnownOrganisation(pair) || !lexicon.flags(pair).isDisjoint(with: [.orgName, .multiOrg]) { continue }
            added.append(Found(span: Span(toks[a].span.start, toks[rest - 1].span.end), first: a, last: rest - 1, type: .person))
            found[k].first = rest
            found[k].span = Span(toks[rest].span.start, f.span.end)
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// "Montreal HC", "Sunderland AFC", "Al Ahly SC": a place, or a name, followed by a sports club's abbreviation is
    /// that club. `found` is in text order and stays so.
    func clubsByAbbreviation(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let clubAbbreviations = NameFinder.clubAbbreviations  // (read once, not through its lazy static for each name)
        for k in found.indices where found[k].type != .person && !found[k].named && found[k].first >= 0 {
            let j = found[k].last + 1
            guard j < info.n, toks[j].kind == .word, toks[j].isAllCaps, clubAbbreviations.contains(info.hash[j]),
                  toks[j].sentence == toks[found[k].last].sentence, toks[j].span.start > toks[j - 1].span.end,
                  k + 1 >= found.count || found[k + 1].first > j else { continue }
            found[k].last = j
            found[k].span = Span(found[k].span.start, toks[j].span.end)
            found[k].type = .organization
        }
        // The abbreviation found alone, after capitalised words the tagger left ("Sunderland AFC").
        for k in found.indices where found[k].first == found[k].last && found[k].first > 0 && !found[k].named
            && clubAbbreviations.contains(info.hash[found[k].first]) && toks[found[k].first].isAllCaps {
            var a = found[k].first
            let earliest = k > 0 ? found[k - 1].last + 1 : 0
            while a - 1 >= earliest, found[k].first - (a - 1) <= 2, info.slot[a - 1] == .name, toks[a - 1].kind == .word,
                  !toks[a - 1].isAllCaps, toks[a - 1].sentence == toks[found[k].first].sentence,
                  info.lex[a - 1].isDisjoint(with: [.time, .commonWord, .title, .pronounLike, .demonym]) { a -= 1 }
            guard a < found[k].first else { continue }
            found[k].first = a
            found[k].span = Span(toks[a].span.start, found[k].span.end)
            found[k].type = .organization
        }
    }
    static let clubAbbreviations = HashSet64(["fc", "afc", "cf", "hc", "sc", "rfc", "cfc", "fk", "sk", "bk", "ik", "sv", "vfb", "vfl"]
        .map { WordHash.of($0) })

    static let divisionWords = HashSet64(["cable", "news", "radio", "television", "tv", "records", "films", "pictures",
                                          "entertainment", "sports", "music", "books", "press", "studios", "publishing",
                                          "games", "interactive", "networks", "channel"].map { WordHash.of($0) })

    /// "Procter & Gamble", "Ernst & Young", "Michael L. Beatty & Associates": capitalised words
    /// joined by an ampersand standing apart are one firm, unless the word before it is a common first name
    /// ("Tom & Jerry", "Bonnie & Clyde": two people), both words are ordinary ones ("Home & Away"), or a place's
    /// head word ends it ("Aviation & Space Museum"). `found` is in text order and stays so.
    func firmsWithAmpersands(_ info: TokenInfo, _ found: inout [Found], marks: [Int]) {
        let toks = info.tokens
        let amp = NameFinder.ampersand
        var added: [Found] = []
        var k = 0  // the first found name that does not end before the ampersand
        // Every "&" is among `marks` (`markHits`).
        let at = info.hash.withUnsafeBufferPointer { hp in
            var out: [Int] = []
            for i in marks where i >= 1 && i < hp.count - 1 && hp[i] == amp { out.append(i) }
            return out
        }
        for i in at {
            let l = i - 1, r = i + 1
            guard toks[i].span.start > toks[l].span.end, toks[r].span.start > toks[i].span.end,
                  toks[r].sentence == toks[l].sentence, info.slot[l] == .name, info.slot[r] == .name,
                  toks[l].kind == .word, toks[r].kind == .word else { continue }
            while k < found.count, found[k].last < l { k += 1 }
            let f: Found? = k < found.count && found[k].last == l ? found[k] : nil
            // A listed organisation takes its partners ("Morgan Stanley & Co", "JPMorgan Chase & Co."); other names
            // fixed by a list stay as they are.
            if let f, f.named || f.fixedType && !(f.type == .organization && NameFinder.partnerWords.contains(info.hash[r])) { continue }
            // The tagger found a name on one side at least (not "Astrology & Palmistry").
            let rightFound = found[k...].contains { $0.first <= r && r <= $0.last }
            guard f != nil || rightFound else { continue }
            let left = info.lex[l], right = info.lex[r]
            // "Michael L. Beatty & Associates", "Smith & Sons": a partner's word after it makes a firm of anything
            // (after a firm's name too, whose last word may be a first name or an ordinary word: "Morgan Stanley & Co",
            // "JPMorgan Chase & Co.").
            let partners = !right.isDisjoint(with: [.orgHead, .orgSuffix]) || NameFinder.partnerWords.contains(info.hash[r])
            if !(partners && f?.type == .organization),
               left.contains(.commonFirstName) || left.contains(.commonWord) && right.contains(.commonWord) { continue }
            // Otherwise two complete names stay two: a person's full name, a name ending in a head word ("Western
            // Reds Rugby League & West Coast Eagles"), and a first name after the ampersand ("Lee Tate").
            if !partners, f.map({ $0.type == .person && $0.last > $0.first }) == true
                || !left.isDisjoint(with: [.orgHead, .locHead, .miscHead]) || right.contains(.commonFirstName) { continue }
            // The words after the ampersand: capitalised, at most three, in the same sentence.
            var e = r
            while e + 1 < info.n, e + 1 - r < 3, info.slot[e + 1] == .name, toks[e + 1].kind == .word,
                  toks[e + 1].sentence == toks[r].sentence { e += 1 }
            if info.lex[e].contains(.locHead) && !info.lex[e].contains(.orgHead) { continue }
            // Its legal suffix: "Holland & Hart, LLP".
            if e + 2 < info.n, info.isChar(e + 1, ","), info.lex[e + 2].contains(.orgSuffix),
               toks[e + 2].sentence == toks[e].sentence { e += 2 }
            // The words before it: the name found there, else up to three capitalised words (not a sentence's
            // ordinary first word).
            var a = l
            if let f { a = f.first } else {
                while a - 1 >= 0, l - (a - 1) < 3, info.slot[a - 1] == .name, toks[a - 1].kind == .word,
                      toks[a - 1].sentence == toks[l].sentence,
                      !(toks[a - 1].startsSentence && info.lex[a - 1].contains(.commonWord)) { a -= 1 }
            }
            if let last = added.last, last.last >= a { continue }
            added.append(Found(span: Span(toks[a].span.start, toks[e].span.end), first: a, last: e, type: .organization))
        }
        guard !added.isEmpty else { return }
        // The firms replace the names they cover.
        var out: [Found] = []
        var j = 0
        for f in found {
            while j < added.count, added[j].last < f.first { out.append(added[j]); j += 1 }
            if added.contains(where: { $0.first <= f.last && f.first <= $0.last }) { continue }
            out.append(f)
        }
        out += added[j...]
        found = out
    }

    /// "B&SR", "AT&T", "P&G": a word with an ampersand inside it is the initials of a firm (or a railway), never
    /// a person's name.
    func ampersandInitialsAreFirms(_ info: TokenInfo, _ found: inout [Found]) {
        let s = info.scalars, toks = info.tokens
        for k in found.indices where found[k].type == .person && !found[k].named {
            for i in found[k].first...found[k].last {
                let span = toks[i].span
                guard span.length >= 3, s[(span.start + 1)..<(span.end - 1)].contains("&") else { continue }
                found[k].type = .organization
                break
            }
        }
    }

    /// "Tayib Rauf, 21, Birmingham Ibrahim Savant, 26, London": in a list written without its semicolons, a listed
    /// place (not also a first name) found run together with the full name after it (a first name and at
    /// least one more word) is a place and a person; so is a listed place whose first word the tagger left out
    /// ("High Wycombe Assad Sarwar").
    func placesBeforePeople(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        let placeFlags: LexFlags = [.city, .country, .region, .multiPlace]
        guard found.contains(where: { $0.last - $0.first >= 2 && $0.type != .organization }) else { return }
        var out: [Found] = []
        out.reserveCapacity(found.count + 4)
        for f in found {
            guard f.type != .organization, !f.named, !f.fixedType, f.last - f.first >= 2,
                  (f.first...f.last).allSatisfy({ info.slot[$0] == .name && toks[$0].kind == .word }) else { out.append(f); continue }
            var split = -1
            // A capitalised word left out before the name may begin the place ("High | Wycombe Waheed Arafat Khan").
            let before = f.first - 1
            let withBefore = before >= 0 && info.slot[before] == .name && toks[before].sentence == toks[f.first].sentence
                && (out.last.map { $0.last < before } ?? true)
            var placeStart = f.first
            for p in f.first..<min(f.first + 3, f.last - 1) {
                var flags = p == f.first ? info.lex[p] : lexicon.flags(sequenceHash(info, f.first, p))
                if withBefore, flags.isDisjoint(with: placeFlags) {
                    let longer = lexicon.flags(sequenceHash(info, before, p))
                    if longer.contains(.multiPlace) { flags = longer; placeStart = before }
                }
                guard !flags.isDisjoint(with: placeFlags), p > f.first || placeStart < f.first || !flags.contains(.firstName) else { continue }
                // The person: a first name, then words that are no head words or ordinary words, ending in a
                // listed first name or surname.
                let heads: LexFlags = [.commonWord, .locHead, .orgHead, .miscHead, .title]
                let next = info.lex[p + 1], last = info.lex[f.last]
                // (After a listed place of two words or more that the tagger cut, any two words or more.)
                let cutPlace = placeStart < f.first && f.last - p >= 2
                if next.contains(.firstName) || cutPlace, next.isDisjoint(with: heads.union([.city, .country, .region])),
                   toks[p + 1].span.length > 1, !last.isDisjoint(with: [.firstName, .surname]) || cutPlace,
                   (p + 1...f.last).allSatisfy({ info.lex[$0].isDisjoint(with: heads) }) { split = p; break }
            }
            guard split >= 0 else { out.append(f); continue }
            var place = f, person = f
            place.first = placeStart; place.last = split; place.type = .place; place.roleSpan = nil
            place.span = Span(toks[placeStart].span.start, toks[split].span.end)
            person.first = split + 1; person.type = .person; person.roleSpan = nil
            person.span = Span(toks[split + 1].span.start, f.span.end)
            out.append(place); out.append(person)
        }
        found = out
    }

    func splitListsOfPeople(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        guard found.contains(where: { $0.type == .person && $0.last - $0.first >= 2 }) else { return }
        var out: [Found] = []
        out.reserveCapacity(found.count + 4)
        for f in found {
            guard f.type == .person, !f.named, f.last - f.first >= 2,
                  (f.first...f.last).allSatisfy({ toks[$0].kind == .word || toks[$0].span.length == 1 }) else { out.append(f); continue }
            var start = f.first, words = 0
            var i = f.first
            while i <= f.last {
                let isWord = toks[i].kind == .word && info.slot[i] == .name
                let initial = isWord && toks[i].span.length == 1
                let lx = info.lex[i]
                if isWord, !initial, words >= 2, i > start, lx.contains(.commonFirstName), !lx.contains(.commonSurname),
                   !(i + 1 <= f.last && toks[i + 1].kind == .punct) {
                    var p = f
                    p.first = start; p.last = i - 1; p.span = Span(toks[start].span.start, toks[i - 1].span.end)
                    p.roleSpan = start == f.first ? f.roleSpan : nil
                    out.append(p)
                    start = i; words = 0
                }
                if isWord && !initial { words += 1 }
                i += 1
            }
            var p = f
            p.first = start; p.span = Span(toks[start].span.start, f.span.end)
            if start != f.first { p.roleSpan = nil }
            out.append(p)
        }
        found = out
    }

    /// A person's name has no digits: "F-86 Sabre" (an aircraft) is no person, and in "London E17 David Brown" (an
    /// address run into a name) the person is "David Brown" and "London" a place. The words after the last
    /// word with a digit stay a person when they are more than one, with a listed first name or surname and
    /// no title or head word; the words before it make a place when they are a listed one.
    func splitPersonsAtDigits(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        let scalars = info.scalars
        func hasDigit(_ i: Int) -> Bool {
            guard toks[i].kind != .punct else { return false }
            let span = toks[i].span
            // (The scalars through a pointer, the span checked once: every word of every person's name is looked at.)
            return scalars.withUnsafeBufferPointer { sp in
                precondition(span.start >= 0 && span.end <= sp.count)
                var k = span.start
                // Four ASCII scalars at a time (most words are ASCII and have no digit); from the first four with one
                // that is not ASCII, one by one.
                while k + 4 <= span.end {
                    let a = sp[k].value, b = sp[k + 1].value, c = sp[k + 2].value, d = sp[k + 3].value
                    if (a | b | c | d) >= 128 { break }
                    if a &- 48 < 10 || b &- 48 < 10 || c &- 48 < 10 || d &- 48 < 10 { return true }
                    k += 4
                }
                while k < span.end {
                    let v = sp[k].value
                    if v < 128 { if v &- 48 < 10 { return true } } else if sp[k].properties.numericType != nil { return true }
                    k += 1
                }
                return false
            }
        }
        guard found.contains(where: { f in f.type == .person && (f.first...f.last).contains(where: hasDigit) }) else { return }
        var out: [Found] = []
        out.reserveCapacity(found.count + 4)
        for f in found {
            guard f.type == .person, !f.named, let d = (f.first...f.last).last(where: hasDigit) else { out.append(f); continue }
            // The words before the first word with a digit.
            let before = ((f.first..<d).first(where: hasDigit) ?? d) - 1
            if before >= f.first {
                let listed = before == f.first ? !info.lex[f.first].isDisjoint(with: [.city, .country, .region])
                    : lexicon.flags(sequenceHash(info, f.first, before)).contains(.multiPlace)
                if listed, toks[before].kind == .word {
                    out.append(Found(span: Span(toks[f.first].span.start, toks[before].span.end), first: f.first, last: before, type: .place))
                }
            }
            let first = d + 1
            let nameWords = f.last > first && (first...f.last).allSatisfy {
                toks[$0].kind == .word && info.slot[$0] == .name && info.lex[$0].isDisjoint(with: [.title, .orgHead, .locHead, .miscHead, .time])
            }
            if nameWords, info.lex[first].contains(.firstName) || (first...f.last).contains(where: { info.lex[$0].contains(.surname) }) {
                var p = f
                p.first = first
                p.span = Span(toks[first].span.start, f.span.end)
                out.append(p)
            }
        }
        found = out
    }

    /// "Martin Luther King Jr.", "Benedict XVI", "Joaquin "El Chapo" Guzman": a generational suffix or a regnal
    /// number after a person's name (with the surname between them that a title word may have cut off), and a
    /// nickname in quotation marks between a first name and a surname, belong to the name. `found` is in text
    /// order.
    func completePersonNames(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        let generational = NameFinder.generational, regnalNumbers = NameFinder.regnalNumbers
        func word(_ i: Int, _ sentence: Int) -> Bool {
            i < info.n && toks[i].kind == .word && toks[i].sentence == sentence
        }
        func suffix(_ i: Int) -> Bool { toks[i].isCapitalized && generational.contains(info.hash[i]) }
        func regnal(_ i: Int) -> Bool { toks[i].isAllCaps && regnalNumbers.contains(info.hash[i]) }
        // Only persons' names are completed: without one (many short stories) nothing is made.
        guard found.contains(where: { $0.type == .person && !$0.named }) else { return }
        // The names covered by a completed one, to go: made at the first one (most stories have none).
        var removed: [Bool] = []
        var next = 0  // the first name that may start after the current one
        for k in found.indices where (removed.isEmpty || !removed[k]) && found[k].type == .person && !found[k].named {
            let sentence = toks[found[k].first].sentence
            var last = found[k].last
            // The nickname: one to three capitalised words in quotation marks, then the surname.
            if last + 3 < info.n, toks[last + 1].kind == .quote, toks[last + 1].sentence == sentence {
                var j = last + 2
                while j <= last + 4, word(j, sentence), toks[j].isCapitalized { j += 1 }
                if j > last + 2, j + 1 < info.n, toks[j].kind == .quote, word(j + 1, sentence), toks[j + 1].isCapitalized,
                   flags(info, j + 1, lexicon).isDisjoint(with: [.time, .title, .commonWord]) {
                    last = j + 1
                }
            }
            // The suffix, right after the name or after one more capitalised word ("King" in "Martin Luther King Jr.").
            if word(last + 1, sentence), suffix(last + 1) || regnal(last + 1) {
                last += 1
            } else if word(last + 2, sentence), toks[last + 1].isCapitalized || isMark(info, last + 1, ","), suffix(last + 2) {
                last += 2   // also after a comma: "Cyrus R. Vance, Jr."
            }
            // "Kim Jong - un", "Lee Cheuk - yan": the second syllable of a hyphenated given name, in a text whose
            // hyphens stand apart, is part of the name: a hyphen with a space on each side, then one short
            // lower-case word that is no ordinary word (or, after a name of two words or more, is also a listed
            // given name or surname: "yan", "kin"), ending the name.
            if last == found[k].last, last + 2 < info.n, isMark(info, last + 1, "-"), word(last + 2, sentence),
               toks[last + 1].span.start > toks[last].span.end, toks[last + 2].span.start > toks[last + 1].span.end,
               toks[last + 2].span.length <= 7, TokenInfo.isLower(info.scalars[toks[last + 2].span.start]),
               !flags(info, last + 2, lexicon).contains(.commonWord)
                || last > found[k].first && !flags(info, last + 2, lexicon).isDisjoint(with: [.firstName, .surname]),
               !(last + 3 < info.n && toks[last + 3].kind == .word && toks[last + 3].sentence == sentence
                 && toks[last + 3].isCapitalized) {
                last += 2
            }
            // Its abbreviation's full stop, whether this rule or the tagger put the suffix in the name.
            if suffix(last), isMark(info, last + 1, "."), toks[last + 1].span.start == toks[last].span.end {
                last += 1
            }
            guard last > found[k].last else { continue }
            // The names this one now covers end inside it (a surname found on its own, "Jr" found as a name).
            next = max(next, k + 1)
            while next < found.count, found[next].first <= last {
                if found[next].last <= last || found[next].type == .person {
                    if removed.isEmpty { removed = [Bool](filling: false, count: found.count) }
                    removed[next] = true; last = max(last, found[next].last)
                }
                next += 1
            }
            found[k].last = last
            found[k].span = Span(found[k].span.start, toks[last].span.end)
        }
        if removed.contains(true) { found = found.indices.filter { !removed[$0] }.map { found[$0] } }  // (none if empty)
    }

    /// "the Longhorns", "the Crystals": one capitalised plural word after "the" is a team or a band, not a
    /// person, unless it is a family ("the Kennedys": a surname or first name with "s") or a listed place.
    func pluralsAfterThe(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        let s = info.scalars
        for k in found.indices where !found[k].fixedType && found[k].type == .person && found[k].first == found[k].last {
            let i = found[k].first
            let span = toks[i].span
            guard i > 0, info.hash[i - 1] == TokenInfo.theHash, toks[i - 1].sentence == toks[i].sentence,
                  span.length >= 4, s[span.end - 1] == "s", s[span.end - 2] != "s", s[span.end - 2] != "'",
                  !toks[i].isAllCaps,
                  info.lex[i].isDisjoint(with: [.city, .country, .region, .firstName, .surname]) else { continue }
            let singular = WordHash.of(s, span.start, span.end - 1)
            guard lexicon.flags(singular).isDisjoint(with: [.firstName, .surname]) else { continue }
            found[k].type = .organization
        }
    }

    /// Verbs after "Gorman's" that show it names the business, not something of Gorman's.
    static let verbsAfterShop: [UInt64] = ["is", "was", "has", "had", "became", "becomes", "opened", "closed", "said", "says",
                                           "announced", "reported"].map { WordHash.of($0) }

    /// "in which KENNEDY, SOUTER, GINSBURG, and BREYER joined": in a list of single words in capitals (commas, "and",
    /// "or"), one of them found as a person makes the others people too, where they were found as organisations
    /// (capitals look like an abbreviation to the tagger), as places while being surnames and no listed place, or
    /// not at all; a listed organisation ("NATO") stays one. `found` is in text order.
    func peopleListedInCapitals(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        guard found.contains(where: { $0.type == .person && $0.first == $0.last && toks[$0.first].isAllCaps }) else { return }
        let and = TokenInfo.andWords, or = WordHash.of("or")
        // The name covering each token.
        var owner = [Int](filling: -1, count: info.n)
        for (k, f) in found.enumerated() { for i in f.first...f.last { owner[i] = k } }
        func item(_ i: Int) -> Bool {
            i < info.n && toks[i].kind == .word && toks[i].isAllCaps && toks[i].span.length >= 3
                && (owner[i] < 0 || found[owner[i]].first == i && found[owner[i]].last == i)
        }
        func separator(_ i: Int) -> Int? {
            // ",", "and", "or", ", and": the index of the next item.
            var j = i
            if isMark(info, j, ",") { j += 1 }
            if j < info.n, toks[j].kind == .word, and.contains(info.hash[j]) || info.hash[j] == or { j += 1 }
            return j > i ? j : nil
        }
        var added: [Found] = []
        var people = HashSet64(capacity: 8)
        var i = 0
        while i < info.n {
            guard item(i) else { i += 1; continue }
            var items = [i]
            var j = i
            while let next = separator(j + 1), next < info.n, toks[next].sentence == toks[i].sentence, item(next) {
                items.append(next); j = next
            }
            i = j + 1
            guard items.count >= 2, items.contains(where: { owner[$0] >= 0 && found[owner[$0]].type == .person }) else { continue }
            for t in items {
                if owner[t] >= 0 {
                    let k = owner[t]
                    let lx = flags(info, t, lexicon)
                    // A place only where the word is a surname and no listed place ("GINSBURG", "KENNEDY").
                    let place = found[k].type == .place && lx.contains(.surname) && lx.isDisjoint(with: [.city, .country, .region])
                    guard found[k].type == .organization || place, !found[k].fixedType, !found[k].named,
                          !lx.contains(.orgName), !NameFinder.commonAcronymSet.contains(info.hash[t]) else { continue }
                    found[k].type = .person
                    found[k].fixedType = true
                    people.insert(info.hash[t])
                } else if !flags(info, t, lexicon).contains(.orgName), !NameFinder.commonAcronymSet.contains(info.hash[t]),
                          flags(info, t, lexicon).isDisjoint(with: [.city, .country, .region, .title, .time]) {
                    var f = Found(span: toks[t].span, first: t, last: t, type: .person)
                    f.fixedType = true
                    added.append(f)
                    people.insert(info.hash[t])
                }
            }
        }
        // The same words in capitals elsewhere in the story ("ALITO filed a dissenting opinion") are those people.
        for k in found.indices where found[k].type == .organization && found[k].first == found[k].last && !found[k].fixedType {
            let t = found[k].first
            if toks[t].isAllCaps, people.contains(info.hash[t]) { found[k].type = .person; found[k].fixedType = true }
        }
        if !added.isEmpty {
            found += added
            found.sortBySpan()
        }
    }

    /// "the Boston Bruins ... the Bruins", "the Australian League of Rights ... The League": one word found as a person
    /// that is the last word of an organisation's name in the story, or its head before "of", is that organisation
    /// named short, unless it is a word of a person's name there too. One word found as a place that is such a head
    /// is the organisation too ("the House of Representatives ... Speaker of the House"), unless it is a listed city,
    /// country or region.
    func organisationsNamedShort(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        guard found.contains(where: { ($0.type == .person || $0.type == .place) && $0.first == $0.last }),
              found.contains(where: { $0.type == .organization && $0.last > $0.first }) else { return }
        // (The heads before "of" are few, and in a short list; the words of persons' fuller names are gathered only
        // when a lone name is found among the tails: most stories need no set of them.)
        var tails = HashSet64(capacity: 8), any = false
        var heads: [UInt64] = []
        for f in found where f.last > f.first && f.type == .organization {
            if let l = (f.first...f.last).last(where: { toks[$0].kind == .word }), toks[l].isCapitalized, !toks[l].isAllCaps {
                tails.insert(info.hash[l]); any = true
            }
            // The head before "of": "League" in "Australian League of Rights".
            if let o = (f.first + 1...f.last).first(where: { info.hash[$0] == TokenInfo.ofHash }), toks[o - 1].kind == .word,
               toks[o - 1].isCapitalized {
                tails.insert(info.hash[o - 1]); if !heads.contains(info.hash[o - 1]) { heads.append(info.hash[o - 1]) }
                any = true
            }
        }
        guard any else { return }
        /// The words of the persons' fuller names (none of which the loop below changes).
        var personWords: HashSet64? = nil
        func isPersonWord(_ h: UInt64) -> Bool {
            if personWords == nil {
                var set = HashSet64(capacity: 16)
                for f in found where f.last > f.first && f.type == .person {
                    for i in f.first...f.last where toks[i].kind == .word { set.insert(info.hash[i]) }
                }
                personWords = set
            }
            return personWords!.contains(h)
        }
        for k in found.indices where found[k].first == found[k].last && !found[k].named {
            let i = found[k].first
            guard !toks[i].isAllCaps else { continue }
            if found[k].type == .person {
                guard tails.contains(info.hash[i]), !isPersonWord(info.hash[i]) else { continue }
            } else if found[k].type == .place {
                guard heads.contains(info.hash[i]), info.lex[i].isDisjoint(with: [.city, .country, .region]) else { continue }
            } else { continue }
            found[k].type = .organization
            found[k].fixedType = true
        }
    }

    /// "Farrell Electric", "Steele Electric", "Tiger Heating", "Kal Tire": a name (found as a person, or a person's
    /// name followed by the word) that ends in a word of a trade is a firm, an organisation, with its other
    /// mentions in the story.
    func tradesAreFirms(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens, trades = NameFinder.tradeWords
        func trade(_ i: Int) -> Bool {
            i < info.n && toks[i].kind == .word && toks[i].isCapitalized && trades.contains(info.hash[i])
        }
        var firms: [UInt64] = []
        for k in found.indices where found[k].type == .person && !found[k].named {
            let f = found[k]
            // The words before the trade's, which the firm's other mentions may use alone ("Farrell").
            var core = f.first..<(f.last + 1)
            if f.last > f.first, trade(f.last) {
                found[k].type = .organization
                var end = f.last
                while end > f.first, trade(end) { end -= 1 }
                core = f.first..<(end + 1)
            } else if trade(f.last + 1), toks[f.last + 1].sentence == toks[f.first].sentence,
                      toks[f.last + 1].span.start > toks[f.last].span.end,
                      k + 1 == found.count || found[k + 1].first > f.last + 1 {
                // The trade word after the name, then maybe "Services" ("R&L Plumbing Services").
                var last = f.last + 1
                if trade(last + 1), k + 1 == found.count || found[k + 1].first > last + 1 { last += 1 }
                found[k].last = last
                found[k].span = Span(f.span.start, toks[last].span.end)
                found[k].type = .organization
                found[k].roleSpan = nil
            } else { continue }
            found[k].fixedType = true
            firms.append(nameKey(info, core))
        }
        guard !firms.isEmpty else { return }
        // "Farrell" alone after "Farrell Electric" is the firm too, unless a person's fuller name in the story has
        // the word ("John Farrell").
        var personWords = HashSet64(capacity: 16)
        for f in found where f.type == .person && f.last > f.first {
            for i in f.first...f.last where toks[i].kind == .word { personWords.insert(info.hash[i]) }
        }
        for k in found.indices where found[k].type == .person && !found[k].named && found[k].first == found[k].last {
            let i = found[k].first
            if firms.contains(nameKey(info, i..<(i + 1))), !personWords.contains(info.hash[i]) { found[k].type = .organization }
        }
    }
    static let tradeWords = HashSet64(["electric", "electrical", "plumbing", "roofing", "construction", "landscaping",
                                       "painting", "consulting", "motors", "insurance", "realty", "heating", "cooling",
                                       "contractors", "builders", "services", "supply", "supplies", "tire", "tires",
                                       "towing", "movers", "locksmith", "irrigation", "remodeling", "flooring",
                                       "excavating", "trucking", "logistics", "plumbers", "electricians",
                                       "upholstery", "masonry", "paving", "fencing", "welding"].map { WordHash.of($0) })

    /// "Gorman's said", "they ate at Gorman's.": a name with "'s" that ends its clause, or is
    /// followed by a verb, is a shop, restaurant or company of that name, an organisation with the "'s"
    /// ("Kerry's remarks", "Chicago's a big area" keep their own names). A person's full name, or a word of one
    /// in the story ("Trump's was the only one"), stays a person's.
    func shopsByPossessive(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let verbs = NameFinder.verbsAfterShop
        var personWords: HashSet64? = nil
        for k in found.indices where !found[k].named && !found[k].fixedType {
            // "'s" as one token, or "'" and "s" as two (text written with spaces around tokens: "Macy 's").
            guard let p = possessiveEnd(info, after: found[k].last), toks[p].sentence == toks[found[k].last].sentence
            else { continue }
            let q = p + 1
            if found[k].type == .person {
                // "Trump's was the only one": a word of a person's fuller name in the story is that person.
                if found[k].last > found[k].first, info.lex[found[k].first].contains(.firstName) { continue }
                if personWords == nil {
                    var set = HashSet64(capacity: 16)
                    for f in found where f.type == .person && f.last > f.first { for i in f.first...f.last { set.insert(info.hash[i]) } }
                    personWords = set
                }
                if (found[k].first...found[k].last).contains(where: { personWords!.contains(info.hash[$0]) }) { continue }
            }
            let ends = q >= info.n || toks[q].sentence != toks[p].sentence
                || isMark(info, q, ".") || isMark(info, q, ",") || isMark(info, q, ";") || isMark(info, q, ")")
                || isMark(info, q, "!") || isMark(info, q, "?")
            guard ends || (toks[q].kind == .word && !toks[q].isCapitalized && verbs.contains(info.hash[q])) else { continue }
            found[k].last = p
            found[k].span = Span(found[k].span.start, toks[p].span.end)
            found[k].type = .organization
        }
    }

    /// Arabic articles written before a name with a hyphen ("al-Qaeda", "an-Nahar").
    static let arabicArticles: [UInt64] = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh"].map { WordHash.of($0) }

    /// "al - Qaeda", "an - Nahar": an Arabic article and a hyphen standing apart before a name (text written with
    /// spaces around every token) belong to the name, as in "al-Qaeda"; an article found as a name of its own
    /// there is dropped. `found` is in text order and stays so.
    func articlesBeforeHyphens(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let articles = NameFinder.arabicArticles
        var drop: [Int] = []
        for k in found.indices where !found[k].named && found[k].first >= 2 {
            let h = found[k].first - 1, a = found[k].first - 2
            guard isMark(info, h, "-"), toks[h].span.length == 1, toks[a].kind == .word, toks[a].sentence == toks[h].sentence,
                  articles.contains(info.hash[a]) else { continue }
            var first = a
            if k > 0, found[k - 1].last == a {
                // "Khaled Al - Maeena": the article ends the name before; one person.
                if found[k - 1].type == .person, found[k].type == .person, found[k - 1].first < a { first = found[k - 1].first }
                drop.append(k - 1)
            } else if k > 0, found[k - 1].last == a - 1, found[k - 1].type == .person, found[k].type == .person,
                      toks[a - 1].sentence == toks[a].sentence {
                // "Abu Musab al - Zarqawi": the given names before the article are the same person's.
                first = found[k - 1].first
                drop.append(k - 1)
            }
            found[k].first = first
            found[k].span = Span(toks[first].span.start, found[k].span.end)
        }
        for k in drop.reversed() { found.remove(at: k) }
    }

    /// Organisation heads that as often end the name of a programme, a work, an event or a building
    /// ("Space Shuttle Program", "Dumky Trio", "Museum of Flight").
    static let undecidedHeads: [UInt64] = ["program", "programme", "project", "initiative", "mission", "trio", "quartet",
        "ensemble", "museum", "library", "congress", "conference", "games", "festival", "order", "front", "movement",
        "zoo", "observatory", "hospital", "center", "centre", "team"].map { WordHash.of($0) }

    /// "Blue Harbour Records", "The Quiz Channel": two or more capitalised words the tagger left out, ending in an
    /// organisation's head word (not also a place's or an event's), are an organisation.
    /// "Winnipeg Comets", "Harold Lane Band": a place the tagger found, followed in its run
    /// by capitalised words it left out that end in such a head word or a plural, makes one organisation with them,
    /// and so does a person followed by such words ending in a head word. `found` is in text
    /// order and stays so.
    func namesByHead(_ info: TokenInfo, _ found: inout [Found], runs: [Range<Int>]) {
        let toks = info.tokens
        let s = info.scalars
        let undecided = NameFinder.undecidedHeads
        let notHead: LexFlags = [.locHead, .miscHead, .time, .title, .demonym, .city, .country, .region]
        func isHead(_ i: Int) -> Bool {
            toks[i].kind == .word && toks[i].isCapitalized && !toks[i].isAllCaps && info.lex[i].contains(.orgHead)
                && info.lex[i].isDisjoint(with: notHead) && !undecided.contains(info.hash[i])
        }
        func isPlural(_ i: Int) -> Bool {
            let span = toks[i].span
            guard toks[i].kind == .word, toks[i].isCapitalized, !toks[i].isAllCaps, span.length >= 4,
                  info.lex[i].isDisjoint(with: notHead.union([.orgHead, .firstName, .surname])) else { return false }
            let a = s[span.end - 2], b = s[span.end - 1]
            return b == "s" && a != "s" && a != "'" && a != "u" && a != "i"
        }
        var added: [Found] = []
        var k = 0
        for run in runs {
            while k < found.count, found[k].last < run.lowerBound { k += 1 }
            var i = run.lowerBound
            var prev: Int? = nil  // the found name that ends right before `i` in this run
            var m = k
            while i < run.upperBound {
                if m < found.count, found[m].first <= i {
                    if found[m].first < run.upperBound, found[m].last >= i {
                        i = found[m].last + 1; prev = m
                    }
                    m += 1
                    continue
                }
                // The words the tagger left out, up to the next found name or the end of the run.
                let j = m < found.count ? min(found[m].first, run.upperBound) : run.upperBound
                var a = i, b = j - 1
                let after = prev.map { found[$0].last == i - 1 } ?? false
                while a <= b, info.slot[a] != .name || (!after && (info.hash[a] == TokenInfo.theHash
                        || (toks[a].startsSentence && info.lex[a].contains(.commonWord)))) { a += 1 }
                while b >= a, info.slot[b] != .name { b -= 1 }
                if a <= b {
                    if after, let p = prev, a == i, found[p].type != .organization, !found[p].fixedType, b - a <= 2,
                       (a...b).allSatisfy({ info.slot[$0] == .name }), isHead(b) || (found[p].type == .place && isPlural(b)) {
                        found[p].last = b
                        found[p].span = Span(found[p].span.start, toks[b].span.end)
                        found[p].type = .organization
                    } else if !after || a > i, b > a, isHead(b),
                              (a...b).filter({ info.slot[$0] == .name }).count >= 2 {
                        added.append(Found(span: Span(toks[a].span.start, toks[b].span.end), first: a, last: b, type: .organization))
                    }
                }
                i = j; prev = nil
            }
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// Organisations' head words that open a name with "of", "for" or "on" after them ("the Bureau of Land Management",
    /// "the Centers for Disease Control", "the Committee on Foreign Relations").
    static let headsBeforeOf = HashSet64([
        "organization", "organisation", "organizations", "association", "bureau", "department", "ministry", "union",
        "league", "federation", "council", "committee", "commission", "institute", "institution", "society", "agency",
        "office", "board", "bank", "fund", "court", "party", "alliance", "coalition", "front", "movement", "academy",
        "university", "college", "school", "army", "navy", "corps", "forces", "foundation", "authority", "assembly",
        "congress", "parliament", "tribunal", "secretariat", "directorate", "administration", "service", "cabinet",
        "chamber", "guild", "brotherhood", "seminary", "government", "division", "brigade", "regiment", "battalion",
        "conservatory", "polytechnic", "center", "centre", "centers", "centres", "house",
    ].map { WordHash.of($0) })
    /// "House of …" only for a legislature; "Center for …" only with "for".
    static let houseHash = WordHash.of("house")
    static let centreHeads: [UInt64] = ["center", "centre", "centers", "centres"].map { WordHash.of($0) }
    static let chambers: [UInt64] = ["representatives", "commons", "lords", "delegates", "councillors", "councilors",
                                     "keys", "assembly", "peers", "deputies"].map { WordHash.of($0) }
    /// Words that make a name opened by a head word and "of" a country's ("the Union of Soviet Socialist Republics").
    static let stateWords: [UInt64] = ["republic", "republics", "kingdom", "emirates", "empire"].map { WordHash.of($0) }
    static let headConnectors: [UInt64] = ["of", "for", "on"].map { WordHash.of($0) }

    /// "The Organization of American States met", "the Bureau of Land Management", "the Department of Health and Human
    /// Services", "the Court of Appeals for the D.C. Circuit", "the Bank of England Governor Andrew Bailey": an
    /// organisation's head word followed by "of" (or "for", "on") opens an organisation that runs over the capitalised
    /// words after it in its run (through "of", "for", "the", and an "and" or "&" before more such words), up to
    /// a possessive, a time word, a person, or titles before a person or at the end; a name the tagger found around the
    /// head word keeps its start ("the Florida Department of Law Enforcement"). Names found inside are replaced
    /// ("Land Management" no place). Not for a country's name ("the Union of Soviet Socialist Republics"), a name
    /// ending in a place's head word, or words before "and the" or before another organisation ("the Department of
    /// Education and Microsoft"). `found` is in text order and stays so.
    func organisationsHeadedOf(_ info: TokenInfo, _ found: inout [Found], runs: [Range<Int>]) {
        let toks = info.tokens
        let heads = NameFinder.headsBeforeOf, connectors = NameFinder.headConnectors
        let notInside: LexFlags = [.orgName]
        var replaced: [Found] = []
        var remove: [Range<Int>] = []
        func word(_ j: Int) -> Bool { toks[j].kind == .word && toks[j].isCapitalized || toks[j].kind == .number }
        // The found name covering token `j`, if any (`found` is in text order).
        func foundAt(_ j: Int) -> Int? {
            var lo = 0, hi = found.count
            while lo < hi { let mid = (lo + hi) / 2; if found[mid].last < j { lo = mid + 1 } else { hi = mid } }
            return lo < found.count && found[lo].first <= j ? lo : nil
        }
        for run in runs where run.count >= 3 {
            var i = run.lowerBound + 1
            while i < run.upperBound - 1 {
                let c = i
                i += 1
                guard connectors.contains(info.hash[c]) else { continue }
                let h = c - 1
                guard toks[h].kind == .word, toks[h].isCapitalized, !toks[h].isAllCaps, heads.contains(info.hash[h]) else { continue }
                if info.hash[c] != TokenInfo.forHash, NameFinder.centreHeads.contains(info.hash[h]) { continue }
                var w = c + 1
                if info.hash[w] == TokenInfo.theHash { w += 1 }
                guard w < run.upperBound, word(w), info.slot[w] == .name, !info.lex[w].contains(.time) else { continue }
                // An organisation's initials alone after "of the" are that organisation's ("Mysore Division of the SWR").
                if toks[w].isAllCaps, w + 1 == run.upperBound || info.slot[w + 1] != .name { continue }
                if info.hash[h] == NameFinder.houseHash, !NameFinder.chambers.contains(info.hash[w]) { continue }
                // A whole name found ending in the head word, and a place after "of": where it is ("Colorado State
                // University of the US").
                if let f = foundAt(h), found[f].first < h, found[f].last == h, let g = foundAt(w), found[g].first == w,
                   found[g].type == .place { continue }
                // The end of the name.
                var e = w, j = w + 1
                var personAt: Int? = nil
                scan: while j < run.upperBound {
                    let hj = info.hash[j]
                    if hj == NameFinder.possessiveHash { break }
                    if info.slot[j] == .inner || info.slot[j] == .particle {
                        if TokenInfo.andWords.contains(hj) {
                            let n = j + 1
                            guard n < run.upperBound, info.hash[n] != TokenInfo.theHash, word(n), !toks[n].isAllCaps,
                                  info.lex[n].isDisjoint(with: notInside), !heads.contains(info.hash[n]) else { break scan }
                            if let f = foundAt(n), found[f].first == n, found[f].type == .place
                                || found[f].type == .person && found[f].last > found[f].first { break scan }
                            // Ordinary words after "and" ("Health and Human Services"), not another name ("the
                            // University of Miami and Apex Shark Expeditions").
                            var m = n
                            while m < run.upperBound, info.slot[m] != .out, !TokenInfo.andWords.contains(info.hash[m]) {
                                if info.slot[m] == .name, info.lex[m].isDisjoint(with: [.commonWord, .demonym]) { break scan }
                                m += 1
                            }
                        } else if hj == TokenInfo.ofHash {
                            // A second "of" before a place: where the organisation is ("the University of Sheffield
                            // of the UK").
                            var n = j + 1
                            if n < run.upperBound, info.hash[n] == TokenInfo.theHash { n += 1 }
                            if n < run.upperBound, let f = foundAt(n), found[f].first == n, found[f].type == .place { break scan }
                        } else if hj != TokenInfo.forHash && hj != TokenInfo.theHash { break }
                        j += 1
                        continue
                    }
                    guard word(j), !info.lex[j].contains(.time) else { break }
                    if let f = foundAt(j), found[f].type == .person, found[f].first == j { personAt = j; break }
                    e = j
                    j += 1
                }
                // Titles before a person or at the end are the person's ("Governor Andrew Bailey"), but the first
                // word after "of" stays ("the Department of Justice").
                if personAt != nil || e > w {
                    while e > w, toks[e].kind == .word, info.lex[e].contains(.title), !info.lex[e].contains(.orgHead) {
                        e -= 1
                        while e > w, info.slot[e] != .name { e -= 1 }
                    }
                }
                i = max(i, e + 1)
                if (w...e).contains(where: { NameFinder.stateWords.contains(info.hash[$0]) }) { continue }
                if info.lex[e].contains(.locHead), !info.lex[e].contains(.orgHead) { continue }
                // The name goes on past the run ("the Council on American-Islamic Relations").
                if e + 2 < info.n, isMark(info, e + 1, "-"), toks[e + 2].kind == .word, toks[e + 2].isCapitalized { continue }
                // A name found around the head word, or a person's after "the" right before it ("the Andy Warhol
                // Foundation for the Visual Arts"; not "regards, Sheridan Titman Department of Finance"), opens the
                // organisation.
                var s = h
                if let f = foundAt(h), found[f].first < h, found[f].first >= run.lowerBound, found[f].type != .person { s = found[f].first }
                else if let f = foundAt(h - 1), h > run.lowerBound, found[f].last == h - 1, found[f].type == .person,
                        found[f].first > 0, info.hash[found[f].first - 1] == TokenInfo.theHash { s = found[f].first }
                else {
                    // Capitalised words before the head that no name has ("the European Court of Justice", "the Chinese
                    // Precinct Chamber of Commerce"), but not "The", a title, or an ordinary word opening the sentence
                    // ("So University of California Davis").
                    while s > run.lowerBound, info.slot[s - 1] == .name, toks[s - 1].kind == .word, foundAt(s - 1) == nil,
                          info.hash[s - 1] != TokenInfo.theHash, info.lex[s - 1].isDisjoint(with: [.title, .time]),
                          !(toks[s - 1].startsSentence && info.lex[s - 1].contains(.commonWord)) { s -= 1 }
                }
                _ = NameFinder.planOrganisation(info, found, s, e, keepListed: true, remove: &remove, replaced: &replaced)
            }
        }
        NameFinder.applyPlanned(&found, remove: remove, replaced: replaced)
    }

    /// Plans one organisation over tokens `s...e` in place of the names found inside them (`found` in text order):
    /// appends the range of `found` to drop and the new name, unless a name found there reaches past them, is a
    /// dateline's, or (with `keepListed`) is an organisation fixed by a list, or the organisation is there already.
    /// Says whether it planned one. `applyPlanned` carries the plans out.
    static func planOrganisation(_ info: TokenInfo, _ found: [Found], _ s: Int, _ e: Int, keepListed: Bool,
                                 remove: inout [Range<Int>], replaced: inout [Found]) -> Bool {
        var lo = 0, hi = found.count
        while lo < hi { let mid = (lo + hi) / 2; if found[mid].last < s { lo = mid + 1 } else { hi = mid } }
        hi = lo
        while hi < found.count, found[hi].first <= e { hi += 1 }
        if found[lo..<hi].contains(where: { $0.last > e || $0.first < s || $0.named || keepListed && $0.fixedType && $0.type == .organization }) {
            return false
        }
        if hi == lo + 1, found[lo].first == s, found[lo].last == e, found[lo].type == .organization { return false }
        remove.append(lo..<hi)
        let toks = info.tokens
        replaced.append(Found(span: Span(toks[s].span.start, toks[e].span.end), first: s, last: e, type: .organization))
        return true
    }

    /// Drops the planned ranges of `found` and adds the planned names, in text order.
    static func applyPlanned(_ found: inout [Found], remove: [Range<Int>], replaced: [Found]) {
        guard !replaced.isEmpty else { return }
        for r in remove.reversed() { found.removeSubrange(r) }
        found += replaced
        found.sortBySpan()
    }

    /// The tokens that may open a possessive: "'s", and a lone apostrophe ("Workers' Party", "People 's"), in text
    /// order (one tight pass, shared by the possessive rules).
    static func possessiveMarks(_ info: TokenInfo, marks: [Int]) -> [Int] {
        info.hash.withUnsafeBufferPointer { hp in
            info.tokens.withUnsafeBufferPointer { tp in
                var out: [Int] = []
                // (Room for them all at once: the array is not grown again and again.)
                out.reserveCapacity(marks.count)
                // Every "'s" and quotation mark is among `marks` (`markHits`).
                for k in marks where k >= 1 && k < hp.count - 1
                        && (hp[k] == NameFinder.possessiveHash || tp[k].kind == .quote) {
                    out.append(k)
                }
                return out
            }
        }
    }

    /// Plural nouns for groups of people that name organisations in the possessive ("the People's Liberation Army",
    /// "the Kurdistan Workers' Party", "the National Farmers' Union").
    static let groupNouns = HashSet64([
        "people", "peoples", "women", "men", "children", "workers", "farmers", "veterans", "teachers", "nurses",
        "citizens", "students", "writers", "journalists", "builders", "miners", "mineworkers", "pensioners",
        "consumers", "employees", "soldiers", "peasants", "seamen", "sailors", "airmen", "servicemen",
        "doctors", "physicians", "lawyers", "parents", "taxpayers", "ratepayers", "growers", "producers", "owners",
        "officers", "engineers", "musicians", "artists", "authors", "actors", "firefighters", "mothers", "fathers",
        "boys", "girls", "tenants", "residents", "voters", "traders", "merchants", "bankers", "manufacturers",
        "retailers", "dealers", "contractors", "fishermen", "dockers", "drivers", "pilots", "machinists",
        "survivors", "victims", "patients", "prisoners", "refugees", "migrants", "immigrants", "scouts", "friends",
        "youth", "mujahideen", "martyrs", "believers",
    ].map { WordHash.of($0) })

    /// "the People's Liberation Army", "the Pakistan People's Party", "the Kurdistan Workers' Party", "the Chinese
    /// People's Political Consultative Conference": a plural noun for a group of people, capitalised, in the possessive
    /// ("'s", or "'" after its "s"), and capitalised words after it ending in an organisation's head word are one
    /// organisation, with the capitalised words right before the noun ("Pakistan"; not "China's" in "China's People's
    /// Liberation Army"). Not for a place's head ("the People's Republic of China"). `found` is in text order and
    /// stays so.
    func possessiveOrganisations(_ info: TokenInfo, _ found: inout [Found], marks: [Int]) {
        let toks = info.tokens
        let groups = NameFinder.groupNouns
        var replaced: [Found] = []
        var remove: [Range<Int>] = []
        var done = -1
        for k in marks where k > done && k + 2 < info.n {
            let g = k - 1
            guard toks[g].kind == .word, toks[g].isCapitalized, groups.contains(info.hash[g]) else { continue }
            // The possessive's last token: "'s"; "'" and "s" (text written with spaces around tokens: "People 's");
            // or "'" after the noun's "s" ("Workers' Party", "Ratepayers ' Association").
            var p = k
            if toks[k].kind == .quote {
                let c = info.scalars[toks[k].span.start]
                guard toks[k].span.length == 1, c == "'" || c == "\u{2019}" else { continue }
                if info.hash[k + 1] == NameFinder.sHash, toks[k + 1].span.start == toks[k].span.end { p = k + 1 }
                else { guard info.scalars[toks[g].span.end - 1] == "s", toks[k + 1].span.start > toks[k].span.end else { continue } }
            }
            guard p + 1 < info.n, toks[g].sentence == toks[p + 1].sentence, info.slot[p + 1] == .name,
                  toks[p + 1].kind == .word, toks[p + 1].isCapitalized else { continue }
            // The end: capitalised words, through "of", "for", "the" and "and" between them.
            var e = p + 1, j = p + 2
            while j < info.n, info.slot[j] != .out, toks[j].sentence == toks[g].sentence {
                if info.hash[j] == NameFinder.possessiveHash { break }
                if info.slot[j] == .name {
                    guard toks[j].kind == .word, info.lex[j].isDisjoint(with: [.time, .title]) else { break }
                    e = j
                }
                j += 1
            }
            guard info.lex[e].contains(.orgHead), !info.lex[e].contains(.locHead) else { continue }
            // The start: capitalised words right before the noun.
            var s = g
            while s > 0, info.slot[s - 1] == .name, toks[s - 1].kind == .word, toks[s - 1].sentence == toks[g].sentence,
                  info.hash[s - 1] != TokenInfo.theHash, info.lex[s - 1].isDisjoint(with: [.title, .time]),
                  !(toks[s - 1].startsSentence && info.lex[s - 1].contains(.commonWord)) { s -= 1 }
            done = e
            _ = NameFinder.planOrganisation(info, found, s, e, keepListed: false, remove: &remove, replaced: &replaced)
        }
        NameFinder.applyPlanned(&found, remove: remove, replaced: replaced)
    }

    /// "China's Foreign Ministry said", "Japan's Toyota", "China's People's Liberation Army": a listed country, city or
    /// region in the possessive before a name is a place of its own. Found as the start of the name after it, it is
    /// split off (the name keeps the rest and its type); not found at all, it is added (a country or region before
    /// any capitalised word: "Iran's Revolutionary Guards"). `found` is in text order and
    /// stays so.
    func placesInPossessive(_ info: TokenInfo, _ found: inout [Found], marks: [Int]) {
        let toks = info.tokens
        let listed: LexFlags = [.country, .city, .region]
        var added: [Found] = []
        var f = 0
        for k in marks {
            let x = k - 1
            guard toks[x].kind == .word, toks[x].isCapitalized, !info.lex[x].isDisjoint(with: listed),
                  let p = possessiveEnd(info, after: x), p + 1 < info.n, info.slot[p + 1] == .name,
                  toks[p + 1].kind == .word, toks[p + 1].isCapitalized, toks[p + 1].sentence == toks[x].sentence else { continue }
            while f < found.count, found[f].last < x { f += 1 }
            if f < found.count, found[f].first <= x {
                // Found as the start of a longer name: split it there.
                guard found[f].first == x, found[f].last > p, !found[f].named, !found[f].fixedType else { continue }
                added.append(Found(span: toks[x].span, first: x, last: x, type: .place))
                found[f].first = p + 1
                found[f].span = Span(toks[p + 1].span.start, found[f].span.end)
            } else if f < found.count && found[f].first == p + 1 || !info.lex[x].isDisjoint(with: [.country, .region]) {
                // Before a name found, or a country or region before any capitalised word ("Iran's Revolutionary Guards";
                // a city may be its club: "Chelsea's Frank Lampard").
                added.append(Found(span: toks[x].span, first: x, last: x, type: .place))
            }
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    static let webDomains: [UInt64] = ["com", "net", "org"].map { WordHash.of($0) }

    /// "Amazon.com Inc": a capitalised word with ".com", ".net" or ".org" written onto it and a legal suffix after it
    /// is a firm named by its web address, an organisation; a name found in its first word ("Amazon" as a place) grows
    /// into it. Without the suffix it may be a website ("Space.com"), which the annotated sets leave unnamed. Not inside a longer address ("www.cnn.com", "news.bbc.com"). `found` is in text order and stays so.
    func firmsNamedByDomain(_ info: TokenInfo, _ found: inout [Found], marks: [Int]) {
        let toks = info.tokens, s = info.scalars
        let domains = NameFinder.webDomains
        var added: [Found] = []
        var f = 0
        let at: [Int] = info.hash.withUnsafeBufferPointer { hp in
            let a = domains[0], b = domains[1], c = domains[2]
            var out: [Int] = []
            // The domains are among `marks` (`markHits`).
            for d in marks where d >= 2 && (hp[d] == a || hp[d] == b || hp[d] == c) { out.append(d) }
            return out
        }
        for d in at {
            let w = d - 2
            guard isMark(info, d - 1, "."), toks[d - 1].span.start == toks[w].span.end, toks[d].span.start == toks[d - 1].span.end,
                  toks[w].kind == .word, toks[w].isCapitalized, !toks[d].isCapitalized,
                  toks[w].span.start == 0 || !(s[toks[w].span.start - 1] == "." || s[toks[w].span.start - 1] == "/"
                      || s[toks[w].span.start - 1] == "@"),
                  toks[d].span.end >= s.count || !(s[toks[d].span.end] == "/" || s[toks[d].span.end] == "." && toks[d].span.end + 1 < s.count
                      && s[toks[d].span.end + 1].properties.isAlphabetic) else { continue }
            var last = d
            if d + 1 < info.n, toks[d + 1].sentence == toks[d].sentence, toks[d + 1].kind == .word, info.lex[d + 1].contains(.orgSuffix),
               toks[d + 1].isCapitalized { last = d + 1 }
            // A web address alone may be a site, which the annotated sets leave unnamed ("Space.com", "Gawker.com").
            guard last > d else { continue }
            while f < found.count, found[f].last < w { f += 1 }
            if f < found.count, found[f].first <= last {
                // A name found in it: only the word itself, or the word and its suffix.
                guard found[f].first == w, found[f].last <= last, !found[f].named,
                      f + 1 >= found.count || found[f + 1].first > last else { continue }
                found[f].last = last
                found[f].span = Span(toks[w].span.start, toks[last].span.end)
                found[f].type = .organization
            } else {
                added.append(Found(span: Span(toks[w].span.start, toks[last].span.end), first: w, last: last, type: .organization))
            }
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// "Chicago Bulls", "New York Rangers": a place followed by one or two capitalised words ending in a
    /// plural noun is a team, an organisation, unless the whole is itself a listed
    /// place ("Palm Springs", "New Orleans"), ends with a place's head word ("Islands", "Falls") or opens with a
    /// river's, lake's or mountain's before a word that is no ordinary one ("River Thames"; not "River Cats").
    func teamsNamedAfterPlaces(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        let place: LexFlags = [.city, .country, .region]
        for k in found.indices where !found[k].fixedType && found[k].type == .place && found[k].last > found[k].first {
            let f = found[k]
            // (A place's head word may open the name: "New York Rangers", "San Antonio Spurs", "Los Angeles Lakers".)
            guard f.last > f.first, toks[f.last].kind == .word, toks[f.last].isCapitalized,
                  info.lex[f.first].isDisjoint(with: [.orgHead, .miscHead]), !(NameFinder.natureHeads.contains(info.hash[f.first]) && !info.lex[f.last].contains(.commonWord)),
                  (f.first + 1...f.last).allSatisfy({ info.lex[$0].isDisjoint(with: [.locHead, .orgHead, .miscHead]) }) else { continue }
            let last = info.lex[f.last]
            guard last.isDisjoint(with: place.union([.locHead, .orgHead, .demonym, .multiPlace, .title])) else { continue }
            guard isTeamPlural(info, f.last) else { continue }
            let whole = lexicon.flags(sequenceHash(info, f.first, f.last))
            guard !whole.contains(.multiPlace) else { continue }
            // A plural that is an ordinary English word in lower case ("Eagles", "Jays") after two or more
            // capitalised words makes a team, whatever the words before it.
            if f.last - f.first >= 1, WordClusters.bundled.cluster(lowerHash: info.hash[f.last], capitalised: false) != 0,
               (f.first..<f.last).allSatisfy({ toks[$0].isCapitalized }) {
                found[k].type = .organization
                continue
            }
            // The place: every word before the last one or two.
            var placeFound = false
            for end in stride(from: f.last - 1, through: max(f.first, f.last - 2), by: -1) {
                let flags = end == f.first ? info.lex[f.first]
                    : lexicon.flags(sequenceHash(info, f.first, end))
                if !flags.isDisjoint(with: place.union([.multiPlace])) {
                    placeFound = (end + 1..<f.last).allSatisfy { toks[$0].isCapitalized && info.lex[$0].isDisjoint(with: place) }
                    break
                }
            }
            if placeFound { found[k].type = .organization }
        }
        teamsLeftOut(info, &found, lexicon: lexicon)
    }

    /// What is done only to an organisation: "was founded", "were formed", "is headquartered", "disbanded".
    static let foundingWords = HashSet64(["founded", "formed", "incorporated", "headquartered", "dissolved",
        "disbanded", "liquidated", "nationalised", "nationalized", "privatised", "privatized", "reorganised",
        "reorganized", "delisted"].map { WordHash.of($0) })
    static let foundingAlone = HashSet64(["disbanded", "reformed", "reunited", "delisted"].map { WordHash.of($0) })
    static let foundingAdverbs = HashSet64(["originally", "first", "officially", "formally", "later", "then",
        "eventually", "also", "subsequently"].map { WordHash.of($0) })

    /// "Caloi was founded in 1898", "Linkin Park were formed in 1996", "the band disbanded", "Caloi's shareholders",
    /// "shares in Caloi": a name that is founded, formed, incorporated, headquartered or disbanded, or has
    /// shareholders, subsidiaries or a CEO, is an organisation (a company or a band named after its founder, most
    /// often), and so is every other mention of the same words found as a person.
    /// A fuller person's name holding them stays a person ("Guido Caloi"), and so does a family ("the Caloi family").
    /// `found` is in text order.
    func organisationsByFounding(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let words = NameFinder.foundingWords, alone = NameFinder.foundingAlone, adverbs = NameFinder.foundingAdverbs
        let copulas = NameFinder.copulas, hadBeen = NameFinder.hadBeen
        let owned = NameFinder.ownedByFirms, sharesOf = NameFinder.sharesOf, inHash = NameFinder.inHash
        var keys: [UInt64] = []
        for f in found where f.type != .place && !f.named && f.first >= 0 {
            // "shares in Caloi", "a subsidiary of Caloi".
            if f.first >= 2, toks[f.first - 1].kind == .word, toks[f.first - 2].kind == .word,
               toks[f.first - 2].sentence == toks[f.first].sentence,
               info.hash[f.first - 1] == TokenInfo.ofHash || info.hash[f.first - 1] == inHash,
               sharesOf.contains(info.hash[f.first - 2]) { keys.append(nameKey(info, f.first..<(f.last + 1))); continue }
            var j = f.last + 1
            guard j < info.n, toks[j].kind == .word, toks[j].sentence == toks[f.last].sentence else { continue }
            if alone.contains(info.hash[j]) { keys.append(nameKey(info, f.first..<(f.last + 1))); continue }
            // "Caloi's shareholders", "Caloi 's subsidiary".
            if let e = possessiveEnd(info, after: f.last) {
                let w = e + 1
                if w < info.n, toks[w].kind == .word, !toks[w].isCapitalized || toks[w].isAllCaps, owned.contains(info.hash[w]) {
                    keys.append(nameKey(info, f.first..<(f.last + 1)))
                }
                continue
            }
            if copulas.contains(info.hash[j]) { j += 1 }
            else if hadBeen.0 == info.hash[j], j + 1 < info.n, hadBeen.1 == info.hash[j + 1] { j += 2 }
            else { continue }
            if j < info.n, toks[j].kind == .word, adverbs.contains(info.hash[j]) { j += 1 }
            guard j < info.n, toks[j].kind == .word, !toks[j].isCapitalized, toks[j].sentence == toks[f.last].sentence,
                  words.contains(info.hash[j]) else { continue }
            keys.append(nameKey(info, f.first..<(f.last + 1)))
        }
        guard !keys.isEmpty else { return }
        let kin = NameFinder.kinWords
        for k in found.indices where found[k].type == .person && !found[k].fixedType && !found[k].named && found[k].first >= 0
            && keys.contains(nameKey(info, found[k].first..<(found[k].last + 1))) {
            // "the Caloi family" is the family's.
            let next = found[k].last + 1
            if next < info.n, toks[next].kind == .word, !toks[next].isCapitalized, kin.contains(info.hash[next]) { continue }
            found[k].type = .organization
        }
    }
    static let kinWords = HashSet64(["family", "families", "brothers", "sisters", "clan", "dynasty", "siblings", "household"]
        .map { WordHash.of($0) })
    static let hadBeen = (WordHash.of("had"), WordHash.of("been"))
    static let inHash = WordHash.of("in")
    /// What only a firm has ("Caloi's shareholders", "the group's subsidiary").
    static let ownedByFirms = HashSet64(["subsidiary", "subsidiaries", "headquarters", "shareholders", "stockholders",
        "ceo", "cfo", "co-founder", "cofounder", "founders", "shares", "stock", "workforce", "franchise", "franchises"]
        .map { WordHash.of($0) })
    /// "shares in X", "a subsidiary of X", "a unit of X".
    static let sharesOf = HashSet64(["shares", "stake", "stakes", "subsidiary", "subsidiaries", "shareholders",
        "stockholders", "division", "unit"].map { WordHash.of($0) })

    /// The full stop of "Inc." or "Corp." ending an organisation's name belongs to it, whichever rule found the
    /// name ("Alphabet Inc. and Meta", as `extendOrganisations` does for the tagger's names).
    func suffixFullStops(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens, s = info.scalars
        for k in found.indices where found[k].type == .organization && !found[k].named && found[k].first >= 0 {
            let l = found[k].last
            guard l + 1 < info.n, info.lex[l].contains(.orgSuffix), !NameFinder.initialsSuffix(info, l),
                  toks[l + 1].span.start == toks[l].span.end,
                  toks[l + 1].span.length == 1, s[toks[l + 1].span.start] == ".",
                  k + 1 == found.count || found[k + 1].first > l + 1 else { continue }
            found[k].last = l + 1
            found[k].span = Span(found[k].span.start, toks[l + 1].span.end)
        }
    }

    /// "the Los Angeles County Sheriff's Department", "the Manhattan District Attorney's Office", "the Governor's
    /// Office", "King's College": a title with "'s" and an organisation's head word is one organisation, with the
    /// capitalised words right before the title (a county or a city: "Harris County", not a sentence's "The").
    /// Names found inside it are dropped; a name reaching out of it is left as it is. `found` is in text order
    /// and stays so.
    func officesOfTitleHolders(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        // The capitalised titles, in one pass over the capitalised words' classes.
        let titles: [Int] = info.lex.withUnsafeBufferPointer { lx in
            var out: [Int] = []
            for i in info.nameAt where i < info.n - 2 && lx[i].contains(.title) { out.append(i) }
            return out
        }
        var added: [Found] = []
        var c = 0
        while c < titles.count {
            let i = titles[c]
            c += 1
            guard let e = possessiveEnd(info, after: i) else { continue }
            let h = e + 1
            let sentence = toks[i].sentence
            guard h < info.n, toks[h].kind == .word, toks[h].isCapitalized, !toks[h].isAllCaps, info.lex[h].contains(.orgHead),
                  toks[h].sentence == sentence else { continue }
            var a = i
            while a > 0, toks[a - 1].sentence == sentence, toks[a - 1].kind == .word, info.slot[a - 1] == .name,
                  toks[a - 1].isCapitalized, info.hash[a - 1] != TokenInfo.theHash,
                  info.lex[a - 1].isDisjoint(with: [.time, .pronounLike, .personPrefix]),
                  !(toks[a - 1].startsSentence && info.lex[a - 1].contains(.commonWord)) { a -= 1 }
            let span = Span(toks[a].span.start, toks[h].span.end)
            if found.contains(where: { $0.span.overlaps(span) && ($0.span.start < span.start || $0.span.end > span.end) }) { continue }
            added.append(Found(span: span, first: a, last: h, type: .organization, fixedType: true))
            while c < titles.count, titles[c] <= h { c += 1 }
        }
        guard !added.isEmpty else { return }
        found.removeAll { f in added.contains { $0.span.overlaps(f.span) } }
        found += added
        found.sortBySpan()
    }

    /// Is the capitalised word a plural noun that may name a team ("Cubs", "Canucks"; not "Glass", "Campus", "Paris")?
    func isTeamPlural(_ info: TokenInfo, _ i: Int) -> Bool {
        let sp = info.tokens[i].span, s = info.scalars
        guard sp.length >= 4, s[sp.end - 1] == "s" else { return false }
        let before = s[sp.end - 2]
        return before != "s" && before != "u" && before != "i" && before != "'" && before != "\u{2019}"
    }

    /// Head words of rivers, lakes, mountains and coasts that open a place's name ("River Thames", "Mount Rainier").
    static let natureHeads = HashSet64(["river", "lake", "loch", "lough", "mount", "mountain", "cape", "gulf", "bay",
        "sea", "strait", "glacier", "canyon", "isle", "island", "lac", "rio"].map { WordHash.of($0) })

    /// Words only a story about sport has.
    static let sportsStoryWords = HashSet64(["league", "leagues", "playoff", "playoffs", "coach", "coached", "stadium",
        "drafted", "roster", "pitcher", "quarterback", "striker", "goalkeeper", "midfielder", "innings", "touchdown",
        "touchdowns", "halftime", "scored", "championship", "tournament", "fixture", "fixtures", "derby", "season",
        "hockey", "baseball", "basketball", "football", "soccer", "rugby", "cricket", "nba", "nfl", "nhl", "mlb",
        "beat", "defeated", "drew"].map { WordHash.of($0) })

    /// "The Chicago Cubs beat …": in a story about sport (`sportsStoryWords`), a listed place and one or two
    /// capitalised words ending in a plural that the tagger left out altogether are a team, as in
    /// `teamsNamedAfterPlaces` (not a listed place: "Palm Springs"; not a place's, an organisation's or a title's head
    /// word: "Cayman Islands").
    func teamsLeftOut(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        let place: LexFlags = [.city, .country, .region]
        let notTeamWord = place.union([.locHead, .orgHead, .miscHead, .demonym, .title, .time, .pronounLike, .personPrefix])
        // The candidates, in one pass over the capitalised words' classes: a capitalised word that may start a
        // place, with a capitalised word after it.
        let starts = place.union([.multiStart])
        let candidates: [Int] = info.slot.withUnsafeBufferPointer { sl in
            info.lex.withUnsafeBufferPointer { lx in
                var out: [Int] = []
                out.reserveCapacity(info.nameAt.count)  // (made once, not grown again and again)
                for i in info.nameAt where i + 1 < info.n && sl[i + 1] == .name && !lx[i].isDisjoint(with: starts) {
                    out.append(i)
                }
                return out
            }
        }
        guard !candidates.isEmpty else { return }
        var added: [Found] = []
        var sports: Bool? = nil
        var k = 0
        var c = 0
        while c < candidates.count {
            let i = candidates[c]
            c += 1
            // The capitalised words start here ("Camp David Accords" is no team "David Accords").
            if i > 0, info.slot[i - 1] == .name, toks[i - 1].sentence == toks[i].sentence, info.hash[i - 1] != TokenInfo.theHash { continue }
            while k < found.count, found[k].last < i { k += 1 }
            let nextFound = k < found.count ? found[k].first : info.n
            guard nextFound > i else { continue }
            let sentence = toks[i].sentence
            func free(_ j: Int) -> Bool {
                j < info.n && j < nextFound && info.slot[j] == .name && toks[j].sentence == sentence && toks[j].kind == .word
                    && toks[j].isCapitalized && !toks[j].isAllCaps
            }
            // The longest place (up to three words), then one or two team words ending the capitalised words.
            var team: (Int, Int)? = nil
            for end in stride(from: min(i + 2, info.n - 2), through: i, by: -1) where (i...end).allSatisfy(free) {
                let flags = end == i ? info.lex[i] : lexicon.flags(sequenceHash(info, i, end))
                guard !flags.isDisjoint(with: place.union([.multiPlace])) else { continue }
                var last = end + 1
                while last + 1 <= end + 2, free(last + 1) { last += 1 }
                guard free(end + 1), !free(last + 1), !(last + 1 < info.n && info.slot[last + 1] == .name
                                                      && toks[last + 1].sentence == sentence) else { break }
                guard (end + 1...last).allSatisfy({ info.lex[$0].isDisjoint(with: notTeamWord) }), isTeamPlural(info, last),
                      !NameFinder.documentHeads.contains(info.hash[last]),
                      !lexicon.flags(sequenceHash(info, i, last)).contains(.multiPlace) else { break }
                team = (i, last)
                break
            }
            guard let (a, b) = team else { continue }
            // A word that starts a sentence and is also an ordinary word is no place here ("Nice Top Lights").
            if toks[a].startsSentence, info.lex[a].contains(.commonWord) { continue }
            if sports == nil {
                let words = NameFinder.sportsStoryWords
                sports = info.hash.indices.contains { toks[$0].kind == .word && words.contains(info.hash[$0]) }
            }
            guard sports! else { return }
            added.append(Found(span: Span(toks[a].span.start, toks[b].span.end), first: a, last: b, type: .organization))
            while c < candidates.count, candidates[c] <= b { c += 1 }
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// "the band Nirvana", "Kliotech, a company which...", "Blur, an English rock band", "Bilka is a Danish chain
    /// of hypermarkets": a name right after a noun for an organisation, or followed by a comma or a sentence's
    /// "is"/"was" and a description headed by such a noun, is an organisation, and so is every other mention of
    /// the same name in the story (a listed place aside). In the same way "Atwick is a village", "Hanover, a
    /// town in ..." and "the village of Atwick" make a place.
    func typesByApposition(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        // The word lists, read once (not through their lazily made statics on every look).
        let organisationNouns = NameFinder.organisationNounSet, placeNouns = NameFinder.placeNounSet
        let indefinite = NameFinder.indefinite, descriptionStops = NameFinder.descriptionStops, copulas = NameFinder.copulas
        // The copulas as a 64-bit filter (bit `h >> 58` of each hash `h`): most words miss it, and are not compared
        // with each copula.
        let copulaFilter = copulas.reduce(UInt64(0)) { $0 | 1 << ($1 >> 58) }
        func isCopula(_ h: UInt64) -> Bool { copulaFilter >> (h >> 58) & 1 != 0 && copulas.contains(h) }
        let thingNouns = NameFinder.thingNounSet
        enum NounKind { case organisation, place, thing }
        func isNoun(_ i: Int, _ kind: NounKind) -> Bool {
            guard i >= 0 && i < info.n && toks[i].kind == .word && !toks[i].isCapitalized else { return false }
            // "a radio station", "the school district" ("station" and "district" are places' nouns otherwise).
            if NameFinder.organisationCompound(info, i) { return kind == .organisation }
            switch kind {
            case .organisation: return organisationNouns.contains(info.hash[i])
            case .place: return placeNouns.contains(info.hash[i])
            case .thing: return thingNouns.contains(info.hash[i])
            }
        }
        /// `isNoun(i, .organisation) || isNoun(i, .place) || isNoun(i, .thing)`, its checks made once, not three times
        /// (called at every word of every description looked at).
        func isAnyNoun(_ i: Int) -> Bool {
            guard i >= 0 && i < info.n && toks[i].kind == .word && !toks[i].isCapitalized else { return false }
            if NameFinder.organisationCompound(info, i) { return true }
            let h = info.hash[i]
            return organisationNouns.contains(h) || placeNouns.contains(h) || thingNouns.contains(h)
        }
        func sameSentence(_ a: Int, _ b: Int) -> Bool { a >= 0 && b < info.n && toks[a].sentence == toks[b].sentence }
        /// The noun heading the description that starts at `start` ("a Danish chain of ..."): up to five words,
        /// ending at the noun (not "a company spokesman", "the band's singer").
        func describedBy(_ start: Int) -> Int? {
            guard start + 1 < info.n, indefinite.contains(info.hash[start]) || info.hash[start] == TokenInfo.theHash
            else { return nil }
            var i = start + 1
            // (A title in lower case that is also an adjective, before a word that is no title, is the adjective:
            // "a major Brazilian manufacturer", "a general goods store".)
            func adjective(_ i: Int) -> Bool {
                NameFinder.adjectivalTitles.contains(info.hash[i]) && !toks[i].isCapitalized && i + 1 < info.n
                    && toks[i + 1].kind == .word && !flags(info, i + 1, lexicon).contains(.title)
            }
            // (A hyphen or slash between words goes on: "a four-piece electro / synthpop band".)
            var words = 0
            while i < info.n, words < 5, !isAnyNoun(i) {
                if toks[i].kind != .word {
                    guard isMark(info, i, "-") || isMark(info, i, "/"), i > start + 1, i + 1 < info.n, toks[i + 1].kind == .word
                    else { break }
                    i += 1; continue
                }
                guard !descriptionStops.contains(info.hash[i]), !flags(info, i, lexicon).contains(.title) || adjective(i) else { break }
                i += 1; words += 1
            }
            guard isAnyNoun(i), i + 1 < info.n, sameSentence(start, i),
                  !(toks[i + 1].kind == .word && flags(info, i + 1, lexicon).contains(.title)),
                  !possessive(info, after: i) else { return nil }
            return i
        }
        // (A thing's description makes no name of the words it defines.)
        namesDefinedByCopula(info, &found, lexicon: lexicon, describedBy: { start in
            describedBy(start).flatMap { isNoun($0, .thing) ? nil : $0 }
        }, isPlaceNoun: { isNoun($0, .place) })
        /// The noun ends the description: punctuation or a word such as "of", "which", "developed" follows.
        func endsDescription(_ noun: Int) -> Bool {
            noun + 1 >= info.n || toks[noun + 1].kind != .word || NameFinder.afterDescription.contains(info.hash[noun + 1])
                || NameFinder.afterThing.contains(info.hash[noun + 1])
        }
        var things: [UInt64] = []
        var keys: [UInt64] = [], keyTypes: [EntityType] = []
        let place: LexFlags = [.city, .country, .region]
        var cuedAt: [Int] = []
        for k in found.indices where !found[k].named && !found[k].fixedType {
            let first = found[k].first, last = found[k].last
            var noun: Int?
            if isAnyNoun(first - 1), sameSentence(first - 1, first) {
                noun = first - 1
            } else if afterPlaceNoun(info, first) {
                noun = first - 2  // "the village of Atwick"
            } else if last + 3 < info.n, isMark(info, last + 1, ",") {
                noun = describedBy(last + 2)
            } else if last + 3 < info.n, isCopula(info.hash[last + 1]), sameSentence(first, last + 1),
                      first == 0 || toks[first - 1].sentence != toks[first].sentence
                        || first == 1 || info.hash[first - 1] == TokenInfo.theHash && toks[first - 2].sentence != toks[first].sentence {
                noun = describedBy(last + 2)  // the sentence's subject: "Bilka is a Danish chain of ..."
            } else if last + 1 < info.n, first > 0, sameSentence(first - 1, last + 1), toks[last + 1].kind == .word,
                      !toks[last + 1].isCapitalized, NameFinder.nounsAfterFirms.contains(info.hash[last + 1]),
                      NameFinder.determinersBeforeFirms.contains(info.hash[first - 1]),
                      !info.lex[last].contains(.locHead) {  // not "the Hawaiian Island chain"
                noun = last + 1  // "its Netto chain", "the Zara brand"
            }
            guard let noun else { continue }
            if isNoun(noun, .thing) {
                // "Minetest is an open-source game", "the game Minetest": a thing, no name of ours, unless listed.
                let listed = first == last ? !info.lex[first].isDisjoint(with: place.union([.orgName]))
                    : !lexicon.flags(sequenceHash(info, first, last)).isDisjoint(with: [.multiPlace, .multiOrg])
                if !listed, noun < first || endsDescription(noun) { things.append(nameKey(info, first..<(last + 1))) }
                continue
            }
            let type: EntityType = isNoun(noun, .place) ? .place : .organization
            guard found[k].type != type else { continue }
            // A person's full name is not renamed by a description after it ("John Smith, a company director"),
            // unless the sentence defines it and the noun ends the description ("Eberhard Faber is a brand of
            // pencils", "Crazyhead are an English rock band from Leicester").
            if found[k].type == .person, last > first, noun > last,
               !(isCopula(info.hash[last + 1]) && (noun + 1 == info.n || toks[noun + 1].kind != .word
                    || NameFinder.afterDescription.contains(info.hash[noun + 1]))) { continue }
            // A listed place stays a place (not an organisation on a weak cue).
            if type == .organization, first == last ? !info.lex[first].isDisjoint(with: place)
                : lexicon.flags(sequenceHash(info, first, last)).contains(.multiPlace) { continue }
            keys.append(nameKey(info, first..<(last + 1))); keyTypes.append(type); cuedAt.append(k)
        }
        guard !keys.isEmpty || !things.isEmpty else { return }
        // A name that also ends a person's fuller name ("Van Halen", "Eddie Van Halen") changes only where cued.
        var personal: [UInt64] = []
        for f in found where f.type == .person && f.last > f.first {
            for a in (f.first + 1)...f.last { personal.append(nameKey(info, a..<(f.last + 1))) }
        }
        if !things.isEmpty {
            // Every mention of a thing's name goes (not one also the end of a person's fuller name).
            found.removeAll { f in
                !f.named && !f.fixedType && f.first >= 0 && things.contains(nameKey(info, f.first..<(f.last + 1)))
                    && !personal.contains(nameKey(info, f.first..<(f.last + 1)))
            }
        }
        guard !keys.isEmpty else { return }
        for k in found.indices where !found[k].named && !found[k].fixedType {
            let key = nameKey(info, found[k].first..<(found[k].last + 1))
            guard let at = keys.firstIndex(of: key), !personal.contains(key) || cuedAt.contains(k) else { continue }
            found[k].type = keyTypes[at]
        }
    }

    /// "Kelvari is a Danish chain of hypermarkets. The first Kelvari opened in 1970": a sentence that starts by
    /// defining one to three capitalised words the tagger passed over (no ordinary word, title, demonym or
    /// time word among them) makes them a name, an organisation or a place as the description's noun says, and
    /// so is every other place the story writes them capitalised.
    func namesDefinedByCopula(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon,
                              describedBy: (Int) -> Int?, isPlaceNoun: (Int) -> Bool) {
        let toks = info.tokens
        let copulas = NameFinder.copulas
        // (As a 64-bit filter first, as in `typesByApposition`: most words are no copula.)
        let copulaFilter = copulas.reduce(UInt64(0)) { $0 | 1 << ($1 >> 58) }
        func isCopula(_ h: UInt64) -> Bool { copulaFilter >> (h >> 58) & 1 != 0 && copulas.contains(h) }
        let notInName: LexFlags = [.commonWord, .title, .personPrefix, .demonym, .time, .pronounLike, .particle]
        var covered = coveredTokens(info, found)
        var added: [Found] = []
        // Only a sentence whose first or second word is capitalised (slot `.name`) can define a name: the tokens at
        // and right before the capitalised words are looked at, not every token; in text order and each once, as
        // the names added cover their words for the sentences after.
        var done = -1  // the last token looked at
        for j in info.nameAt {
            let from = max(j - 1, done + 1)
            done = j
            // Few of these tokens start a sentence: the rest are passed over before the loop below is set up.
            guard toks[j].startsSentence || from < j && toks[from].startsSentence else { continue }
            for i in from...j {
                guard toks[i].startsSentence else { continue }
                var a = i
                if info.hash[a] == TokenInfo.theHash, a + 1 < info.n, toks[a + 1].sentence == toks[i].sentence { a += 1 }
                var e = a
                while e < info.n, e - a < 3, info.slot[e] == .name, toks[e].kind == .word, !covered[e],
                      toks[e].sentence == toks[i].sentence, flags(info, e, lexicon).isDisjoint(with: notInName) { e += 1 }
                // A name of ordinary words ("Distance Records is a record label", "Dark Room Notes are a band"): two to
                // four capitalised words, and only for an organisation.
                var ordinary = false
                if e >= info.n || !isCopula(info.hash[e]) {
                    var o = a
                    while o < info.n, o - a < 4, info.slot[o] == .name, toks[o].kind == .word, toks[o].isCapitalized, !covered[o],
                          toks[o].sentence == toks[i].sentence,
                          flags(info, o, lexicon).isDisjoint(with: notInName.subtracting(.commonWord)) { o += 1 }
                    if o - a >= 2, o < info.n, isCopula(info.hash[o]) { e = o; ordinary = true }
                }
                guard e > a, e + 2 < info.n, isCopula(info.hash[e]), toks[e].sentence == toks[a].sentence,
                      let noun = describedBy(e + 1) else { continue }
                let type: EntityType = isPlaceNoun(noun) ? .place : .organization
                if ordinary, type != .organization { continue }
                let len = e - a
                // Every capitalised writing of the same words, not already part of a name. A writing starts with a
                // capitalised word (slot `.name`), so only those are tried, from the list of them (in text order);
                // one found, the next may start only after it.
                var next = 0
                for k in info.nameAt where k >= next {
                    guard k + len <= info.n else { break }
                    let same = (0..<len).allSatisfy { info.hash[k + $0] == info.hash[a + $0] && info.slot[k + $0] == .name && !covered[k + $0] }
                    if same, k == a || (k == 0 || info.slot[k - 1] != .name) && (k + len == info.n || info.slot[k + len] != .name) {
                        added.append(Found(span: Span(toks[k].span.start, toks[k + len - 1].span.end), first: k, last: k + len - 1, type: type))
                        for m in k..<(k + len) { covered[m] = true }
                        next = k + len
                    }
                }
            }
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// "U.S." or "U.K." used as an adjective, inside a role ("U.S. Secretary of State") or beside a
    /// demonym ("U.S. or Russian jets"), is not a place mention, just as "Russian" is not.
    func dropAdjectivalAbbreviations(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        /// A place written as one short word with a full stop ("U.S."): the only names that may go.
        func candidate(_ f: Found) -> Bool {
            f.type == .place && !f.named && f.first == f.last && toks[f.first].span.length <= 6
                && info.scalars[toks[f.first].span.start..<toks[f.first].span.end].contains(".")
                && info.tx(f.first).contains(".")
        }
        // Most stories have none: then the table of the roles' tokens is not made.
        guard found.contains(where: candidate) else { return }
        var inRole = [Bool](filling: false, count: info.n)
        for f in found {
            guard let r = f.roleSpan else { continue }
            var i = info.doc.tokenIndex(atOrAfter: r.start)
            while i < info.n, info.tokens[i].span.end <= r.end { inRole[i] = true; i += 1 }
        }
        let andOr = NameFinder.andOr
        found.removeAll { f in
            guard candidate(f) else { return false }
            if inRole[f.first] { return true }
            let i = f.first
            if i + 2 < info.n, andOr.contains(info.hash[i + 1]), flags(info, i + 2, lexicon).contains(.demonym) { return true }
            if i >= 2, andOr.contains(info.hash[i - 1]), flags(info, i - 2, lexicon).contains(.demonym) { return true }
            return false
        }
    }

    // MARK: linking

    /// `abbreviations`: the key of each abbreviation the story defines (`abbreviationsInBrackets`) and the key of
    /// the name it stands for.
    ///
    /// Every story pays for this once, so it allocates little: its integer tables and the names' hashes are parts
    /// of one allocation; each entity's mentions are known before it is made, and each mention's text is made once
    /// per different writing of it. (Never inlined: profiles show it as one function.)
    @inline(never)
    func link(_ info: TokenInfo, _ found: [Found], lexicon: Lexicon, abbreviations: [UInt64: UInt64] = [:]) -> NameResult {
        let n = found.count
        guard n > 0 else { return NameResult(entities: [], mentions: [], genders: []) }
        let doc = info.doc
        let toks = info.tokens
        // The room the names' words take, and the most words a name can have.
        var wordRoom = 0, wordsAtMost = 0
        for f in found {
            let c = f.last - f.first + 1 + (f.sharedSurname == nil ? 0 : 1)
            wordRoom += c; wordsAtMost = max(wordsAtMost, c)
        }
        // The integer tables (room for those `table` hands out), then each name's key (as `nameKey`: `keys[k]`) and
        // its word hashes (as `words`: `allWords[wordStart[k]..<wordStart[k + 1]]`): one allocation, made as raw
        // memory (an array's is dearer) and freed on return. Nothing is filled in ahead: each entry is written before
        // it is read (filling them all would cost more than the rest of a small story's linking).
        let tableRoom = 39 * n + wordsAtMost + 4, hashRoom = n + wordRoom
        let raw = UnsafeMutableRawPointer.allocate(byteCount: 8 * (tableRoom + hashRoom), alignment: 8)
        defer { raw.deallocate() }
        let tables = UnsafeMutableBufferPointer(start: raw.bindMemory(to: Int.self, capacity: tableRoom), count: tableRoom)
        let hashes = UnsafeMutableBufferPointer(start: (raw + 8 * tableRoom).bindMemory(to: UInt64.self, capacity: hashRoom),
                                                count: hashRoom)
        var used = 0
        func table(_ count: Int) -> UnsafeMutableBufferPointer<Int> {
            defer { used += count }
            return UnsafeMutableBufferPointer(rebasing: tables[used..<(used + count)])
        }
        let keys = UnsafeMutableBufferPointer(rebasing: hashes[0..<n])
        let allWords = UnsafeMutableBufferPointer(rebasing: hashes[n...])
        let wordStart = table(n + 1)
        var w = 0
        for k in 0..<n {
            let first = found[k].first, last = found[k].last
            wordStart[k] = w
            var h = WordHash.sequenceSeed
            for i in first...last where toks[i].kind == .word {
                allWords[w] = info.hash[i]; w += 1; h = WordHash.extend(h, info.hash[i])
            }
            if let s = found[k].sharedSurname { allWords[w] = info.hash[s]; w += 1; h = WordHash.extend(h, info.hash[s]) }
            keys[k] = h
        }
        wordStart[n] = w
        return doc.original.withUnsafeBufferPointer { original in
            link(info, found, keys: keys, allWords: allWords, wordStart: wordStart, table: table,
                 original: original, lexicon: lexicon, abbreviations: abbreviations)
        }
    }

    /// `link`, given each name's key and words (`keys[k]`, `allWords[wordStart[k]..<wordStart[k + 1]]`), the story's
    /// scalars as given, and `table(count)`, which hands out a new table of `count` integers, not filled in (each
    /// entry is written before it is read: a group's, number's or entity's entries when it is made).
    private func link(_ info: TokenInfo, _ found: [Found], keys: UnsafeMutableBufferPointer<UInt64>,
                      allWords: UnsafeMutableBufferPointer<UInt64>, wordStart: UnsafeMutableBufferPointer<Int>,
                      table: (Int) -> UnsafeMutableBufferPointer<Int>, original: UnsafeBufferPointer<Unicode.Scalar>,
                      lexicon: Lexicon, abbreviations: [UInt64: UInt64]) -> NameResult {
        let doc = info.doc
        let toks = info.tokens
        let n = found.count
        // Group key per name: person names by their fullest form, others by their words.
        let groupOf = table(n)
        // The name that founded each group (its fullest form; its type is the group's).
        let founder = table(n)
        var groupCount = 0
        // Each group's members, linked: the latest to join, and each member's next (for the nearest mention of a
        // full person name), -1 at the end.
        let latestMember = table(n), nextMember = table(n)
        func join(_ k: Int, _ g: Int) {
            groupOf[k] = g
            nextMember[k] = latestMember[g]; latestMember[g] = k
        }
        // The names' keys and the words of full person names, numbered in one index (a key and a word that
        // happen to be the same hash share a number, with separate entries). For each number `x`,
        // `numbered[7 * x + t]` is the group of the key of type index `t`, and `numbered[7 * x + 3...6]` the
        // first and last group of the full person names whose last word it is, then of those whose first word
        // it is, each -1 for none; each group's next one with the same word is in `nextSameLast` and `nextSameFirst`
        // (in the order the groups were made), -1 at the end.
        var numbers = HashIndex64(capacity: n)
        let numbered = table(21 * n)
        let nextSameLast = table(n), nextSameFirst = table(n)
        let lastHead = 3, firstHead = 5
        /// The number of `h`, its entries in `numbered` set to none if it is new.
        func number(_ h: UInt64) -> Int {
            let count = numbers.count
            let x = numbers.indexInline(h)
            if x == count { for i in (7 * x)..<(7 * x + 7) { numbered[i] = -1 } }
            return x
        }
        func add(_ g: Int, _ word: UInt64, _ head: Int, _ next: UnsafeMutableBufferPointer<Int>) {
            let at = 7 * number(word) + head
            if numbered[at] < 0 { numbered[at] = g } else { next[numbered[at + 1]] = g }
            numbered[at + 1] = g
        }
        /// The first group of the full person names with `word` as their last (`head` 3) or first word (5), or -1.
        func firstGroup(_ word: UInt64, _ head: Int) -> Int {
            guard let x = numbers.find(word) else { return -1 }
            return numbered[7 * x + head]
        }
        // Full person names first (two or more words), so lone surnames can join them.
        // (Most words first, then in text order: a counting sort by word count.)
        var mostWords = 0
        for k in 0..<n { mostWords = max(mostWords, wordStart[k + 1] - wordStart[k]) }
        let next = table(mostWords + 2)  // bucket mostWords - count, its next slot
        for b in 0..<next.count { next[b] = 0 }
        for k in 0..<n { next[mostWords - (wordStart[k + 1] - wordStart[k]) + 1] += 1 }
        for b in 1..<next.count { next[b] += next[b - 1] }
        let order = table(n)
        for k in 0..<n {
            let b = mostWords - (wordStart[k + 1] - wordStart[k])
            order[next[b]] = k; next[b] += 1
        }
        // The abbreviations' keys as a set: most names are no abbreviation, and the set says so without hashing.
        let abbreviationKeys = abbreviations.isEmpty ? nil : HashSet64(Array(abbreviations.keys))
        let aliasKeySet = NameFinder.aliasKeySet
        for k in order {
            let fType = found[k].type, fStart = found[k].span.start
            let wa = wordStart[k], wc = wordStart[k + 1] - wa
            let t = typeIndex(fType)
            let own = t == 0 || abbreviationKeys?.contains(keys[k]) != true ? keys[k] : abbreviations[keys[k]] ?? keys[k]
            let kk = t == 0 || !aliasKeySet.contains(own) ? own : NameFinder.aliasKeys[t][own] ?? own
            if let x = numbers.find(kk), numbered[7 * x + t] >= 0 { join(k, numbered[7 * x + t]); continue }
            if fType == .person, wc > 0 {
                let lastWord = allWords[wa + wc - 1], firstWord = allWords[wa]
                // A shorter form of a fuller name: its last words or its first word.
                var best = -1, bestDist = Int.max
                // The candidates: the full names ending in its last word, then (a lone word) those starting with it.
                var g = firstGroup(lastWord, lastHead), inLast = true
                if g < 0, wc == 1 { g = firstGroup(firstWord, firstHead); inLast = false }
                while g >= 0 {
                    defer {
                        g = inLast ? nextSameLast[g] : nextSameFirst[g]
                        if g < 0, inLast, wc == 1 { g = firstGroup(firstWord, firstHead); inLast = false }
                    }
                    let fa = wordStart[founder[g]], fc = wordStart[founder[g] + 1] - fa
                    guard fc > wc else { continue }
                    var suffix = true
                    for j in 0..<wc where allWords[fa + fc - wc + j] != allWords[wa + j] { suffix = false; break }
                    let prefix = wc == 1 && allWords[fa] == firstWord
                    guard suffix || prefix else { continue }
                    // Prefer the nearest earlier full mention (else the earliest later one): the latest start of a
                    // member at or before this name's, else the earliest.
                    var latestBefore = -1, earliest = Int.max
                    var m = latestMember[g]
                    while m >= 0 {
                        let s = found[m].span.start
                        if s <= fStart, s > latestBefore { latestBefore = s }
                        if s < earliest { earliest = s }
                        m = nextMember[m]
                    }
                    let dist = latestBefore >= 0 ? fStart - latestBefore : Int.max / 2 + earliest
                    let score = dist + (suffix ? 0 : Int.max / 4)
                    if score < bestDist { bestDist = score; best = g }
                }
                if best >= 0 { join(k, best); numbered[7 * number(kk) + t] = best; continue }
            }
            let g = groupCount
            groupCount += 1
            founder[g] = k
            latestMember[g] = -1; nextSameLast[g] = -1; nextSameFirst[g] = -1
            join(k, g)
            numbered[7 * number(kk) + t] = g
            if fType == .person, wc > 1 {
                add(g, allWords[wa + wc - 1], lastHead, nextSameLast)
                add(g, allWords[wa], firstHead, nextSameFirst)
            }
        }
        // Each group's members in order, one table: `memberList[memberStart[g]..<memberStart[g + 1]]`.
        let memberStart = table(groupCount + 1)
        for g in 0...groupCount { memberStart[g] = 0 }
        for k in 0..<n { memberStart[groupOf[k] + 1] += 1 }
        for g in 0..<groupCount { memberStart[g + 1] += memberStart[g] }
        let memberList = table(n), fill = table(groupCount)
        for g in 0..<groupCount { fill[g] = memberStart[g] }
        for k in 0..<n { memberList[fill[groupOf[k]]] = k; fill[groupOf[k]] += 1 }
        // Entities in order of first mention: the groups in the order their first members come.
        let entityOfGroup = table(groupCount), groupOfEntity = table(groupCount)
        for g in 0..<groupCount { entityOfGroup[g] = -1 }
        var entityCount = 0
        for k in 0..<n where entityOfGroup[groupOf[k]] < 0 {
            entityOfGroup[groupOf[k]] = entityCount; groupOfEntity[entityCount] = groupOf[k]; entityCount += 1
        }
        // Mentions in text order: that of `found` as it mostly comes (mention k is found[k]), else sorted, with each
        // name's mention number in `mentionOf`.
        var inOrder = true
        for k in 1..<n where found[k].span < found[k - 1].span { inOrder = false; break }
        let byText = inOrder ? [] : (0..<n).sorted { found[$0].span < found[$1].span }
        let mentionOf = table(inOrder ? 0 : n)
        for (i, k) in byText.enumerated() { mentionOf[k] = i }
        // The span of each entity's name when its text is that span's (`nameStart`, `nameEnd`; -1 if not), and the
        // mentions with each different text so far, linked (the latest, then each one's next; -1 for none): a
        // mention written the same takes the same string instead of a new one.
        let nameStart = table(groupCount), nameEnd = table(groupCount)
        let latestText = table(groupCount), nextText = table(n)
        // (Made by appending: `Array(unsafeUninitializedCapacity:)` looks the element type up at run time.)
        var entities: [Entity] = [], genders: [Gender?] = []
        entities.reserveCapacity(groupCount); genders.reserveCapacity(groupCount)
        for e in 0..<groupCount {
            let g = groupOfEntity[e]
            let members = UnsafeBufferPointer(rebasing: memberList[memberStart[g]..<memberStart[g + 1]])
            // Canonical name: most words, then longest, then not all capitals; a dateline name as given.
            var best = members.first!, bestKey = (-1, -1, -1)
            for k in members {
                let caps = found[k].named ? 1
                    : (found[k].first...found[k].last).allSatisfy { toks[$0].kind != .word || toks[$0].isAllCaps } ? 0 : 1
                let kk = (wordStart[k + 1] - wordStart[k], caps, found[k].span.length)
                if kk > bestKey { bestKey = kk; best = k }
            }
            let type = found[founder[g]].type
            let bestName: String, key: String
            var nameSpan = found[best].span
            // A mail system's address ("Kevin Kindall@ENRON") names the person, but its domain is no part of the name.
            let lastEnd = toks[found[best].last].span.end
            if nameSpan.end > lastEnd, info.scalars[lastEnd] == "@" { nameSpan = Span(nameSpan.start, lastEnd) }
            var spanOfName: Span? = nil
            nameStart[e] = -1; latestText[e] = -1
            if found[best].named, let place = doc.dateline?.place { bestName = place }
            else if let s = found[best].sharedSurname { bestName = doc.string(nameSpan) + " " + doc.string(toks[s].span) }
            else {
                bestName = doc.string(nameSpan); spanOfName = nameSpan
                nameStart[e] = nameSpan.start; nameEnd[e] = nameSpan.end
            }
            // The key from the name's scalars when it is a span's text (as `Document.string` clamps the span).
            if let s = spanOfName {
                let a = max(0, min(s.start, original.count)), b = max(a, min(s.end, original.count))
                key = Entity.makeKey(original, a, b, type: type) ?? Entity.makeKey(name: bestName, type: type)
            } else {
                key = Entity.makeKey(name: bestName, type: type)
            }
            var roleSpan: Span? = nil
            for k in members { if let r = found[k].roleSpan { roleSpan = r; break } }
            let role = roleSpan.map { doc.string($0) }
            // Its mentions' numbers, in text order.
            let mentionNumbers = inOrder ? Array(members) : members.map { mentionOf[$0] }.sorted()
            // (The gender first: the entity then takes the name and role, with no copy of it made.)
            genders.append(type == .person ? gender(info, found, members: members, name: bestName, nameSpan: spanOfName,
                                                    role: role, roleSpan: roleSpan, original: original, lexicon: lexicon)
                           : nil)
            let entity = Entity(id: e, type: type, name: bestName, role: role, mentions: mentionNumbers, key: key)
            entities.append(consume entity)
        }
        /// Do `a` and `b` give the same `doc.string`? (The same span does.)
        @inline(__always) func sameText(_ a: Span, _ b: Span) -> Bool {
            if a == b { return true }
            let as0 = max(0, min(a.start, original.count)), ae = max(as0, min(a.end, original.count))
            let bs0 = max(0, min(b.start, original.count)), be = max(bs0, min(b.end, original.count))
            guard ae - as0 == be - bs0 else { return false }
            var i = as0, j = bs0
            while i < ae { if original[i] != original[j] { return false }; i += 1; j += 1 }
            return true
        }
        var mentions: [Mention] = []
        mentions.reserveCapacity(n)
        for i in 0..<n {
            let k = inOrder ? i : byText[i]
            let g = groupOf[k], e = entityOfGroup[g]
            let span = found[k].span
            var text: String? = nil
            if nameStart[e] >= 0, sameText(Span(nameStart[e], nameEnd[e]), span) { text = entities[e].name }
            var j = latestText[e]
            while text == nil, j >= 0 {
                if sameText(mentions[j].span, span) { text = mentions[j].text }
                j = nextText[j]
            }
            if text == nil { text = doc.string(span); nextText[i] = latestText[e]; latestText[e] = i }
            mentions.append(Mention(span: span, type: found[founder[g]].type, text: text!, entity: e))
        }
        return NameResult(entities: entities, mentions: mentions, genders: genders)
    }

    // MARK: gender

    static let determiners = Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"].map { WordHash.of($0) })
    static let ofFor = Set(["of", "for", "at", "in", "on"].map { WordHash.of($0) })
    static let andOr = Set(["and", "or", "&"].map { WordHash.of($0) })
    /// Word classes that keep a sentence's first word inside the name after it.
    static let keepsFirstWord = NameModel.nameLike.union([.title, .personPrefix, .particle, .roleModifier])
    /// Nouns that say the name beside them is an organisation: "the band Nirvana", "Kliotech, a company".
    /// The noun lists as hash sets: every found name looks its neighbours up in them.
    static let organisationNounSet = HashSet64(organisationNouns), placeNounSet = HashSet64(placeNouns)
    static let minorPlaceHeadSet = HashSet64([
        "junction", "reservoir", "brook", "hollow", "dock", "docks", "pond", "swamp", "wharf", "pier", "quay", "loch",
        "glen", "gorge", "cove", "inlet", "bayou", "crater", "dam", "waterfall", "playground", "playfield", "parkway",
        "expressway", "turnpike", "tunnel", "viaduct", "gym", "lido", "marina", "racecourse", "speedway",
    ].map { WordHash.of($0) })
    static let organisationNouns: [UInt64] = [
        "band", "company", "firm", "label", "airline", "newspaper", "magazine", "publisher", "retailer",
        "manufacturer", "maker", "broadcaster", "network", "studio", "charity", "club", "team", "party",
        "startup", "conglomerate", "chain", "brand", "bank", "agency", "orchestra", "group", "corporation",
        "organisation", "organization", "supermarket", "distributor", "insurer",
        "consultancy", "laboratory", "lottery", "university", "college", "institute", "institution", "association",
        "federation", "league", "union", "society", "foundation", "council", "committee", "commission",
        "cooperative", "consortium", "partnership", "provider", "franchise", "regulator", "watchdog",
    ].map { WordHash.of($0) }
    /// A word of six letters or more ending in "ing" in lower case ("Proroguing").
    static func endsInIng(_ info: TokenInfo, _ i: Int) -> Bool {
        let sp = info.tokens[i].span, s = info.scalars
        return sp.length >= 6 && s[sp.end - 3] == "i" && s[sp.end - 2] == "n" && s[sp.end - 1] == "g"
    }
    /// Nouns after a firm's name that make it one ("its Netto chain", "the Zara brand"), after an article or possessive.
    static let nounsAfterFirms = HashSet64(["chain", "brand", "label", "franchise", "supermarket", "supermarkets",
                                            "retailer", "airline", "newspaper", "magazine", "band"].map { WordHash.of($0) })
    static let determinersBeforeFirms = HashSet64(["the", "its", "their", "his", "her", "our", "a"].map { WordHash.of($0) })
    /// "a radio station", "the school district": a place's noun after these words is an organisation's.
    static let organisationCompounds: [(before: [UInt64], noun: UInt64)] = [
        (["radio", "television", "tv", "broadcasting"].map { WordHash.of($0) }, WordHash.of("station")),
        ([WordHash.of("school")], WordHash.of("district")),
    ]
    /// The hashes of the nouns in `organisationCompounds` ("station", "district"), written out: most words are
    /// neither, and are told so with no read of the lazily made list (a check on every read, at every word of every
    /// description looked at); a test checks them against the list.
    static let stationHash: UInt64 = 0xE7C5_964F_FD0B_AEE8  // (`districtHash` is with `organisationsByLateHead`)
    static func organisationCompound(_ info: TokenInfo, _ i: Int) -> Bool {
        let h = info.hash[i]
        guard h == stationHash || h == districtHash, i > 0, info.tokens[i - 1].kind == .word else { return false }
        // (By index: the pairs are not copied out one by one, their lists retained and released.)
        let compounds = organisationCompounds
        for k in compounds.indices where compounds[k].noun == h { if compounds[k].before.contains(info.hash[i - 1]) { return true } }
        return false
    }
    /// "Jr." and "Sr." after a name.
    /// A capital letter standing for a name ("V" in "V K Choudhry"); not "A" or "I", which are words.
    static func isInitial(_ info: TokenInfo, _ i: Int) -> Bool {
        let t = info.tokens[i]
        guard t.span.length == 1, t.isCapitalized else { return false }
        let c = info.scalars[t.span.start]
        return c != "A" && c != "I"
    }
    static let ampersand = WordHash.of("&")
    /// Words for a firm's partners after an ampersand ("& Associates", "& Sons").
    static let partnerWords: [UInt64] = ["associates", "sons", "partners", "brothers", "co", "co.", "company", "daughters"].map { WordHash.of($0) }
    /// `WordHash.of("i")`.
    static let lowerI = WordHash.of("i")
    /// First elements of Arabic names ("Abu Musab", "Ibn Saud", "Umm Kulthum").
    static let arabicNameStarts: [UInt64] = ["abu", "abd", "abdul", "ibn", "bin", "bint", "umm"].map { WordHash.of($0) }
    /// Greetings and sign-offs ("Dawn Hey"), and pronouns, determiners and adverbs ("KEN These have been sold"):
    /// words that never end a person's name.
    static let neverEndsName = HashSet64(["hey", "hello", "dear", "thanks", "cheers", "regards",
                                          "these", "those", "this", "that", "just", "well", "also", "then", "now",
                                          "here", "there", "yes", "okay", "please", "they", "she", "you", "our",
                                          "your", "their", "his", "her", "its", "when", "what", "why", "how", "who",
                                          "where", "but", "and", "the"].map { WordHash.of($0) })
    static let documentHeadList: [String] = ["agreement", "agreements", "accord", "accords", "treaty", "pact", "protocol"]
    static let documentHeads = HashSet64(documentHeadList.map { WordHash.of($0) })
    /// The last words of the names of documents whose abbreviations are no organisations (`abbreviatedDocuments`).
    static let documentWords = HashSet64((documentHeadList + ["act", "acts", "contract", "contracts", "bill", "directive"])
        .map { WordHash.of($0) })
    /// Trophies' and awards' words, and agreements' (`beforeTrophy`).
    static let trophies = HashSet64((["cup", "cups", "trophy", "award", "awards", "prize", "prizes", "medal", "bowl"]
        + documentHeadList).map { WordHash.of($0) })
    static let generational: [UInt64] = ["jr", "sr", "jnr", "snr"].map { WordHash.of($0) }
    /// "Benedict XVI", "Charles III", "Malcolm X" ("I" is left out: it is mostly the pronoun).
    static let regnalNumbers: [UInt64] = ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
                                          "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"].map { WordHash.of($0) }
    /// Nouns for a place, in a description ("a village in Kent") or before a name ("the village of Atwick").
    static let placeNouns: [UInt64] = [
        "village", "town", "city", "hamlet", "parish", "municipality", "suburb", "river", "lake", "island",
        "county", "district", "province", "commune", "borough", "neighbourhood", "neighborhood", "township",
        "settlement", "capital", "port", "mountain", "valley",
    ].map { WordHash.of($0) }
    static let copulas: [UInt64] = ["is", "are", "was", "were"].map { WordHash.of($0) }
    /// Words that end the description after "Name, a": "a founder of the band", "a man who".
    /// Words that may follow the noun that ends a description ("a brand of pencils", "a band from Leicester").
    /// Nouns for things that are no person, organisation or place: works, products, software, craft, substances,
    /// living kinds ("Minetest is an open-source game", "the film Cabaret").
    static let thingNounSet = HashSet64(["game", "videogame", "software", "program", "programme", "application", "app",
        "browser", "album", "song", "single", "film", "movie", "novel", "book", "poem", "opera", "musical", "painting",
        "sculpture", "ship", "vessel", "yacht", "locomotive", "aircraft", "airliner", "car", "vehicle", "rifle",
        "missile", "drug", "vaccine", "medicine", "disease", "virus", "species", "genus", "language", "dialect", "font",
        "typeface", "protocol", "dish", "cocktail", "cultivar", "breed", "mineral", "protein", "enzyme", "gene",
        "compound", "molecule", "series", "tournament", "event", "award", "competition"].map { WordHash.of($0) })
    /// Words after which a thing's noun ends its description ("a game developed by", "a film directed by").
    static let afterThing: [UInt64] = ["developed", "released", "created", "made", "written", "published", "directed",
        "produced", "designed", "built", "used", "known", "called", "named", "for", "by", "about", "where", "whose",
        "set", "starring", "first"].map { WordHash.of($0) }
    static let afterDescription: [UInt64] = ["of", "from", "in", "based", "founded", "that", "which", "with", "and"].map { WordHash.of($0) }
    static let adjectivalTitles: [UInt64] = ["major", "general"].map { WordHash.of($0) }
    static let descriptionStops: [UInt64] = ["of", "for", "who", "which", "that", "with", "in", "at", "and"].map { WordHash.of($0) }
    static let possessiveHash: UInt64 = 0x0552_C03E_D72C_8423  // WordHash.of("'s"), written out; a test checks it
    static let indefinite: [UInt64] = ["a", "an", "any", "every", "each", "another", "no"].map { WordHash.of($0) }
    /// Pronouns and gendered titles, looked for around every person mention: short arrays (faster to scan
    /// than a set to hash).
    static let maleWords: [UInt64] = ["he", "him", "his", "himself"].map { WordHash.of($0) }
    static let femaleWords: [UInt64] = ["she", "her", "hers", "herself"].map { WordHash.of($0) }
    static let maleTitles: [UInt64] = (["mr", "sir", "lord", "king", "prince", "duke", "spokesman", "chairman", "congressman", "father", "brother"].map { WordHash.of($0) })
    static let femaleTitles: [UInt64] = (["mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "duchess", "spokeswoman", "chairwoman", "congresswoman", "sister"].map { WordHash.of($0) })

    /// `WordHash.of` each word of `ScalarText.split(s)` (pieces between spaces), in order; for ASCII text
    /// straight from its bytes, with no strings made.
    static func forEachWordHash(_ s: String, _ body: (UInt64) -> Void) {
        var copy = s
        let ascii = copy.withUTF8 { u -> Bool in
            for c in u where c >= 0x80 { return false }
            var h = WordHash.seed, inWord = false
            for c in u {
                if c == 0x20 {
                    if inWord { body(WordHash.finish(h)); h = WordHash.seed; inWord = false }
                } else {
                    h = WordHash.add(h, UInt32(c >= 65 && c <= 90 ? c + 32 : c)); inWord = true
                }
            }
            if inWord { body(WordHash.finish(h)) }
            return true
        }
        if !ascii { for w in ScalarText.split(s) { body(WordHash.of(w)) } }
    }

    /// `forEachWordHash(s)` for `s`, the text `Document.string(span)` gives for `span` of `original` (the scalars
    /// the document was given), read from the scalars when none is U+0300 or above: each such scalar is a
    /// character of its own (no combining mark, joiner or the like joins it to the next), so the pieces between
    /// space scalars are those `ScalarText.split` makes. Otherwise (or with no span) from `s`.
    static func forEachWordHash(_ original: UnsafeBufferPointer<Unicode.Scalar>, _ span: Span?, _ s: String,
                                _ body: (UInt64) -> Void) {
        guard let span else { return forEachWordHash(s, body) }
        let a = max(0, min(span.start, original.count)), b = max(a, min(span.end, original.count))
        for i in a..<b where original[i].value >= 0x300 { return forEachWordHash(s, body) }
        var h = WordHash.seed, inWord = false
        for i in a..<b {
            let c = original[i]
            if c == " " {
                if inWord { body(WordHash.finish(h)); h = WordHash.seed; inWord = false }
            } else {
                h = WordHash.add(h, WordHash.lower(c)); inWord = true
            }
        }
        if inWord { body(WordHash.finish(h)) }
    }

    /// `maleWords` and `femaleWords` as a 64-bit filter, bit `h & 63` set for each hash `h`: most words of a
    /// sentence miss it, and are not compared with the eight pronouns.
    static let pronounFilter: UInt64 = (maleWords + femaleWords).reduce(0) { $0 | 1 << ($1 & 63) }

    /// First-name statistics, then honorifics and roles, then the pronouns that follow the person's mentions.
    /// `name` and `role` are the entity's; `nameSpan` and `roleSpan`, when given, the spans of `original` whose
    /// text they are (their words are then read from the scalars, `forEachWordHash(_:_:_:_:)`).
    func gender(_ info: TokenInfo, _ found: [Found], members: UnsafeBufferPointer<Int>, name: String, nameSpan: Span?,
                role: String?, roleSpan: Span?, original: UnsafeBufferPointer<Unicode.Scalar>, lexicon: Lexicon) -> Gender? {
        let toks = info.tokens
        var firstWord: UInt64 = 0, words = 0
        NameFinder.forEachWordHash(original, nameSpan, name) { h in
            if words == 0 { firstWord = h }
            words += 1
        }
        if words >= 2, let share = lexicon.femaleShare(firstWord) {
            if share >= 0.9 { return .female }
            if share <= 0.1 { return .male }
        }
        let maleTitles = NameFinder.maleTitles, femaleTitles = NameFinder.femaleTitles
        let maleWords = NameFinder.maleWords, femaleWords = NameFinder.femaleWords
        let pronounFilter = NameFinder.pronounFilter
        var male = 0, female = 0
        if let role {
            NameFinder.forEachWordHash(original, roleSpan, role) { h in
                if maleTitles.contains(h) { male += 3 }
                if femaleTitles.contains(h) { female += 3 }
            }
        }
        for k in members {
            let m = found[k]
            guard !m.named else { continue }
            var p = m.first - 1
            if p >= 0, info.isChar(p, ".") { p -= 1 }
            if p >= 0 {
                if maleTitles.contains(info.hash[p]) { male += 3 }
                if femaleTitles.contains(info.hash[p]) { female += 3 }
            }
            // The first personal pronoun in the rest of the sentence or the next one.
            guard m.last + 1 < info.n else { continue }
            let sent = toks[m.last].sentence
            var i = m.last + 1
            let end = min(info.n, m.last + 40)
            while i < end, toks[i].sentence <= sent + 1 {
                let h = info.hash[i]
                if pronounFilter & (1 << (h & 63)) != 0 {
                    if maleWords.contains(h) { male += 1; break }
                    if femaleWords.contains(h) { female += 1; break }
                }
                if info.slot[i] == .name, toks[i].sentence > sent { break }
                i += 1
            }
        }
        if male > female { return .male }
        if female > male { return .female }
        return nil
    }
}

/// Profiling: the wall time of each step of `find` (the tagger, each rule, and "link", the grouping into
/// entities that ends it), summed over `docs` and averaged over `rounds`, in milliseconds, in the order the steps
/// run (`byline-bench analysis-stage rules`).
extension NameFinder {
    public func stepTimes(_ docs: [Document], rounds: Int) -> [(step: String, ms: Double)] {
        var order: [String] = [], total: [String: UInt64] = [:]
        func add(_ step: String, _ ns: UInt64) {
            if total[step] == nil { order.append(step) }
            total[step, default: 0] += ns
        }
        for _ in 0..<max(1, rounds) {
            for d in docs {
                var last = DispatchTime.now().uptimeNanoseconds
                _ = find(in: d) { step, _ in
                    add(step, DispatchTime.now().uptimeNanoseconds - last)
                    last = DispatchTime.now().uptimeNanoseconds
                }
                add("link", DispatchTime.now().uptimeNanoseconds - last)
            }
        }
        return order.map { ($0, Double(total[$0]!) / 1e6 / Double(max(1, rounds))) }
    }
}

extension Array where Element == NameFinder.Found {
    /// `sort { $0.span < $1.span }`, after a look whether the names are in order already: most of the rules that add
    /// names add none or add them where they belong, and one pass over the spans costs less than a sort. (The sort
    /// is stable, so names already in order stay as they are either way.)
    mutating func sortBySpan() {
        var i = 1
        while i < count, !(self[i].span < self[i - 1].span) { i += 1 }
        guard i < count else { return }
        sort { $0.span < $1.span }
    }
}
