import Foundation

/// Builds the compact lexicon resource (`names.lex`) from the raw gazetteers and our word lists.
/// Run offline by `byline-train lexicon`; never at run time.
public enum LexiconBuilder {
    public struct BuildError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Token hashes of a phrase, tokenised exactly as stories are.
    static func tokenHashes(_ phrase: String) -> [UInt64] {
        let doc = Document(phrase)
        return doc.tokens.map { WordHash.of(doc.scalars, $0.span.start, $0.span.end) }
    }

    static func sequenceHash(_ hashes: [UInt64]) -> UInt64 {
        hashes.reduce(WordHash.sequenceSeed) { WordHash.extend($0, $1) }
    }

    /// - Parameters:
    ///   - gazetteers: folder with the files listed in the gazetteer README.
    ///   - corpusTexts: running text used only to learn which words are ordinary lower-case words.
    ///   - annotatedOrganisations: names that annotated training text marks as organisations
    ///     (`annotatedOrganisations(in:)`), listed with ours.
    public static func build(gazetteers: URL, corpusTexts: [String],
                             annotatedOrganisations: [(name: String, marks: Int)] = []) throws -> Data {
        var lex = LexiconEntries()
        var entries = 0
        func read(_ name: String) throws -> [[Substring]] {
            let url = gazetteers.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw BuildError(description: "cannot read \(url.path)")
            }
            return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("\u{FEFF}#") }
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        /// A place is often written without its accents in English ("Montreal", "Zurich", "Sao Paulo"): list both.
        func addPlace(_ phrase: String, _ flags: LexFlags) {
            add(phrase, flags)
            let plain = phrase.folding(options: .diacriticInsensitive, locale: nil)
            if plain != phrase { add(plain, flags) }
        }
        var placePhrases: [String] = []
        func add(_ phrase: String, _ flags: LexFlags, multi: LexFlags = .multiPlace, female: Double? = nil) {
            let p = phrase.trimmingCharacters(in: .whitespaces)
            guard !p.isEmpty else { return }
            let hs = tokenHashes(p)
            guard !hs.isEmpty else { return }
            entries += 1
            if multi == .multiPlace, !flags.isDisjoint(with: [.city, .bigCity, .country, .region]) { placePhrases.append(p) }
            if hs.count == 1 { lex.insert(hs[0], flags, femaleShare: female); return }
            guard hs.count <= 6 else { return }
            lex.insert(sequenceHash(hs), flags.union(multi))
            lex.insert(hs[0], .multiStart)
        }
        func addWord(_ w: String, _ flags: LexFlags, female: Double? = nil) {
            entries += 1
            lex.insert(WordHash.of(w), flags, femaleShare: female)
        }

        // Ordinary words: seen starting with a lower-case letter at least twice in running text, and not
        // mostly written capitalised inside sentences (a name such as "Bush" that is sometimes a word).
        var lowerCounts: [UInt64: Int] = [:], capitalCounts: [UInt64: Int] = [:]
        for text in corpusTexts {
            let doc = Document(text)
            for t in doc.tokens where t.kind == .word {
                let f = doc.scalars[t.span.start]
                if f.properties.isLowercase {
                    lowerCounts[WordHash.of(doc.scalars, t.span.start, t.span.end), default: 0] += 1
                } else if f.properties.isUppercase, !t.startsSentence, !t.isAllCaps {
                    capitalCounts[WordHash.of(doc.scalars, t.span.start, t.span.end), default: 0] += 1
                }
            }
        }
        for (h, c) in lowerCounts where c >= 2 && c >= capitalCounts[h] ?? 0 { lex.insert(h, .commonWord) }

        // First names: SSA counts and female share; census first-name lists.
        for row in try read("ssa_first_names.tsv").dropFirst() where row.count >= 3 {
            guard let count = Int(row[1]), let share = Double(row[2]) else { continue }
            if count < 200 { continue }
            var f: LexFlags = .firstName
            if count >= 20000 { f.insert(.commonFirstName) }
            addWord(String(row[0]), f, female: share)
        }
        for file in ["census1990_dist_male_first.txt", "census1990_dist_female_first.txt"] {
            for row in try read(file) where !row.isEmpty { addWord(String(row[0]), .firstName) }
        }
        // Surnames, most common first.
        for (rank, row) in try read("census1990_dist_all_last.txt").enumerated() where !row.isEmpty {
            addWord(String(row[0]), rank < 3000 ? [.surname, .commonSurname] : .surname)
        }
        // Cities.
        for row in try read("geonames_cities15000.tsv").dropFirst() where row.count >= 5 {
            let pop = Int(row[4]) ?? 0
            addPlace(String(row[1]), pop >= 500_000 ? [.city, .bigCity] : .city)
        }
        // Towns of 5,000–15,000 people, US counties and the subdivisions of every country (states,
        // provinces, regions). A one-word town that is also a first name, surname or ordinary word is left
        // out: such small places would mostly be false alarms.
        // Nor is a town named like one of our organisations ("White House", Tennessee).
        let personal: LexFlags = [.firstName, .surname, .commonWord, .city]
        let organisations = Set((WordLists.organisations + WordLists.companies + WordLists.institutions).map { sequenceHash(tokenHashes($0)) })
        for row in try read("geonames_cities5000_extra.tsv").dropFirst() where row.count >= 5 {
            let name = String(row[1])
            let hs = tokenHashes(name)
            if hs.count == 1, !LexFlags(rawValue: (lex.values[hs[0]] ?? 0) & 0xFF_FFFF).isDisjoint(with: personal) { continue }
            if organisations.contains(sequenceHash(hs)) { continue }
            addPlace(name, .city)
        }
        for name in WordLists.cityExonyms { addPlace(name, [.city, .bigCity]) }
        for row in try read("geonames_us_counties.tsv").dropFirst() where row.count >= 2 { addPlace(String(row[1]), .region) }
        for row in try read("iso3166_2_subdivisions_pycountry.tsv").dropFirst() where row.count >= 3 {
            let name = String(row[1])
            let hs = tokenHashes(name)
            if hs.count == 1, !LexFlags(rawValue: (lex.values[hs[0]] ?? 0) & 0xFF_FFFF).isDisjoint(with: [.firstName, .surname, .commonWord]) { continue }
            addPlace(name, .region)
        }
        for row in try read("iso3166_1_countries_pycountry.tsv").dropFirst() where row.count >= 4 {
            for name in row[1...3] where !name.isEmpty { add(String(name), .country) }
        }
        // Countries, capitals, demonyms.
        for row in try read("geonames_countryInfo.txt") where row.count >= 6 {
            add(String(row[4]), .country)
            addPlace(String(row[5]), [.city, .bigCity])
        }
        for row in try read("countries_demonyms_countryinfo.tsv").dropFirst() where row.count >= 5 {
            add(String(row[0]), .country)
            if !row[3].isEmpty && row[3] != "None" { add(String(row[3]), [.city, .bigCity]) }
            for alt in row[4].split(separator: "|") where alt.contains(where: { $0.isLowercase }) {
                add(String(alt), .country)
            }
            let dem = String(row[2])
            if !dem.isEmpty {
                add(dem, .demonym, multi: .demonym)
                if !dem.hasSuffix("s") && !dem.hasSuffix("sh") && !dem.hasSuffix("ch") && !dem.hasSuffix("ese") {
                    add(dem + "s", .demonym, multi: .demonym)
                }
            }
        }
        for row in try read("org_legal_suffixes_cleanco.txt") where !row.isEmpty {
            let s = row[0].trimmingCharacters(in: .whitespaces)
            let letters = s.filter { $0.isLetter }
            if letters.count >= 2, !s.contains(" "), letters.count >= 3 || s.contains(".") { addWord(letters, .orgSuffix) }
        }
        // Our lists.
        for w in WordLists.titles { addWord(w, .title) }
        for w in WordLists.roleModifiers { addWord(w, .roleModifier) }
        for w in WordLists.orgHeads { addWord(w, .orgHead) }
        for w in WordLists.locHeads { addWord(w, .locHead) }
        for w in WordLists.miscHeads { addWord(w, .miscHead) }
        for w in WordLists.particles { addWord(w, .particle) }
        for w in WordLists.timeWords { addWord(w, .time) }
        for w in WordLists.personPrefixes { addWord(w, .personPrefix) }
        for w in WordLists.pronounLike { addWord(w, .pronounLike) }
        for w in WordLists.groupAdjectives { addWord(w, .demonym) }
        for w in WordLists.thingNames { addWord(w, .demonym) }
        for p in WordLists.regions { add(p, .region) }
        for o in WordLists.organisations + WordLists.companies + WordLists.institutions { add(o, .orgName, multi: .multiOrg) }
        // Organisations from annotated training text, unless they are also places, demonyms or, one word alone,
        // an ordinary word or a person's name ("Daniels", a firm in one e-mail, is mostly a surname). One word
        // must also be written in lower case in the corpora no more often than it is marked, and never when it is
        // marked only once ("Enron" and "Netflix", not "Society").
        var annotated: [String] = [], known: [UInt64] = []
        for (o, marks) in annotatedOrganisations {
            let hs = tokenHashes(o)
            guard !hs.isEmpty, hs.count <= 6 else { continue }
            let whole = LexFlags(rawValue: (lex.values[hs.count == 1 ? hs[0] : sequenceHash(hs)] ?? 0) & 0xFF_FFFF)
            let excluded: LexFlags = hs.count == 1
                ? [.commonWord, .city, .country, .region, .demonym, .title, .time, .pronounLike, .particle,
                   .firstName, .surname, .orgHead, .locHead, .miscHead]
                : [.multiPlace, .city, .country, .region, .demonym]
            guard whole.isDisjoint(with: excluded) else { continue }
            if hs.count == 1, lowerCounts[hs[0], default: 0] > (marks < 2 ? 0 : marks) { continue }
            annotated.append(o)
            known.append(hs.count == 1 ? hs[0] : sequenceHash(hs))
        }

        _ = entries
        // Listed organisations are also looked for in lower case ("walmart", "verizon"), with the same test of
        // their words as places.
        let orgPhrases = WordLists.organisations + WordLists.companies + WordLists.institutions + annotated
        let (lowerPlaces, lowerPlaceKeys) = try lowerCasePlaces(placePhrases, lex, organisations: orgPhrases,
                                                                 wordList: gazetteers.appendingPathComponent("spacy_en_lexeme_cluster.tsv"))
        return Lexicon(entries: lex.values, lowerPlaces: lowerPlaces, lowerPlaceKeys: lowerPlaceKeys,
                       knownOrganisations: known).data
    }

    /// The names that annotated text (training data, never a test set) marks as organisations in at least half of
    /// the places where they are written so (the same words, capitalised alike), the whole name or a run of
    /// its words: "Enron" and "al - Qaeda" are; "Little", marked once in "Little Rock Nine", is not. A name
    /// that starts with "the" or holds no letter is left out, and so are names of more than six words.
    public static func annotatedOrganisations(in docs: [(text: String, entities: [(start: Int, end: Int, type: String)])])
        -> [(name: String, marks: Int)] {
        // Each name by its words (as the tokenizer splits them), with how it is written and how often it is marked.
        var marked: [[String]: (name: String, marks: Int)] = [:]
        var tokenised: [[String]] = []
        for d in docs {
            let doc = Document(d.text)
            let words = doc.tokens.map { doc.text($0) }
            tokenised.append(words)
            let starts = Dictionary(doc.tokens.enumerated().map { ($0.element.span.start, $0.offset) }, uniquingKeysWith: { a, _ in a })
            let ends = Dictionary(doc.tokens.enumerated().map { ($0.element.span.end, $0.offset) }, uniquingKeysWith: { a, _ in a })
            for e in d.entities where e.type == "ORG" || e.type == "ORGANIZATION" {
                // Only names that start and end on token boundaries, as the finder would find them.
                guard let a = starts[e.start], let b = ends[e.end], a <= b, b - a < 6 else { continue }
                let key = Array(words[a...b])
                guard key.contains(where: { $0.contains(where: \.isLetter) }), key[0].lowercased() != "the" else { continue }
                let name = String(String.UnicodeScalarView(doc.scalars[e.start..<e.end]))
                marked[key, default: (name, 0)].marks += 1
            }
        }
        // Where each name is written at all: count its word sequences in the same texts.
        var byFirst: [String: [[String]]] = [:]
        for key in marked.keys { byFirst[key[0], default: []].append(key) }
        var written: [[String]: Int] = [:]
        for words in tokenised {
            for i in words.indices {
                guard let candidates = byFirst[words[i]] else { continue }
                for c in candidates where i + c.count <= words.count && words[i..<(i + c.count)].elementsEqual(c) {
                    written[c, default: 0] += 1
                }
            }
        }
        return marked.filter { 2 * $0.value.marks >= written[$0.key, default: $0.value.marks] }.map(\.value)
            .sorted { $0.name < $1.name }
    }

    /// Places, and listed organisations, that people also write in lower case in informal text ("we flew to
    /// chicago", "san francisco", "walmart"):
    /// a word counts as a place's own word when it is written capitalised far more often than in lower case.
    /// spaCy's English word list (its rows are in order of frequency in a large web corpus) has the
    /// capitalised spelling at least twice as high as the lower-case one, or has no lower-case spelling and the
    /// capitalised one among its 20,000 most frequent words; and the word is no ordinary word of our corpora
    /// and no common first name or surname ("Nice", "Reading", "Mobile", "Jordan" stay out). A one-word place
    /// needs at least four letters; a longer one at least one such word ("san francisco", not "long beach"),
    /// which it is looked for by. Returns the hashes of the places (sequence hashes for several words) and
    /// those words of the longer ones.
    ///
    /// An organisation's word must also be seen in lower case in the word list (people do write it so), though
    /// at most half as often ("walmart", "nikon"; not "Labour", whose lower-case spelling the list lacks).
    static func lowerCasePlaces(_ phrases: [String], _ lex: LexiconEntries, organisations: [String] = [],
                                wordList: URL) throws -> ([UInt64], [UInt64]) {
        guard let text = try? String(contentsOf: wordList, encoding: .utf8) else {
            throw BuildError(description: "cannot read \(wordList.path)")
        }
        var rank: [Substring: Int] = [:]
        for (i, line) in text.split(separator: "\n").enumerated() {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let w = line[..<tab]
            if rank[w] == nil { rank[w] = i + 1 }
        }
        let excluded: LexFlags = [.commonWord, .commonFirstName, .commonSurname]
        func ownWord(_ word: String, _ h: UInt64, organisation: Bool) -> Bool {
            guard LexFlags(rawValue: (lex.values[h] ?? 0) & 0xFF_FFFF).isDisjoint(with: excluded),
                  word.allSatisfy({ $0.isLetter }) else { return false }
            let lower = word.lowercased()
            guard let capital = rank[Substring(lower.prefix(1).uppercased() + lower.dropFirst())] else {
                // A rare organisation's word, in neither spelling among the list's words ("verizon", "tmobile").
                return organisation && word.count >= 5 && rank[Substring(lower)] == nil
            }
            guard let small = rank[Substring(lower)] else { return !organisation && capital <= 20_000 }
            return small >= 2 * capital
        }
        var places: [UInt64] = [], keys: [UInt64] = []
        for (k, phrase) in (phrases + organisations).enumerated() {
            let organisation = k >= phrases.count

            let doc = Document(phrase)
            let toks = doc.tokens
            guard !toks.isEmpty, toks.count <= 6, toks.allSatisfy({ $0.kind == .word }) else { continue }
            var words = toks.map { String(String.UnicodeScalarView(doc.scalars[$0.span.start..<$0.span.end])) }
            var hs = toks.map { WordHash.of(doc.scalars, $0.span.start, $0.span.end) }
            // "The Hague" is looked for as "hague": in running text "the" before it is the article.
            if words.count > 1, words[0].lowercased() == "the" { words.removeFirst(); hs.removeFirst() }
            if hs.count == 1 {
                if words[0].count >= 4, ownWord(words[0], hs[0], organisation: organisation) { places.append(hs[0]) }
            } else {
                let own = zip(words, hs).filter { ownWord($0.0, $0.1, organisation: organisation) }.map(\.1)
                if !own.isEmpty { places.append(sequenceHash(hs)); keys += own }
            }
        }
        return (places, keys)
    }
}
