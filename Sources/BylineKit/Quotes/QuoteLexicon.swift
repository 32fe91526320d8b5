import Foundation

/// Word lists the quote finder uses. All lower-case except `titles`. Extend freely: the rules read
/// them only through the predicates at the bottom.
enum QuoteLexicon {
    /// Verbs that introduce or attribute speech or writing, with the forms news uses, grouped by lemma.
    static let reportingVerbLemmas: [[String]] = [
        ["say", "says", "said", "saying"], ["tell", "tells", "told", "telling"],
        ["add", "adds", "added", "adding"], ["ask", "asks", "asked", "asking"],
        ["warn", "warns", "warned", "warning"], ["write", "writes", "wrote", "writing"],
        ["explain", "explains", "explained", "explaining"], ["state", "states", "stated", "stating"],
        ["note", "notes", "noted", "noting"], ["comment", "comments", "commented", "commenting"],
        ["remark", "remarks", "remarked", "remarking"], ["reply", "replies", "replied", "replying"],
        ["respond", "responds", "responded", "responding"], ["answer", "answers", "answered", "answering"],
        ["announce", "announces", "announced", "announcing"], ["declare", "declares", "declared", "declaring"],
        ["claim", "claims", "claimed", "claiming"], ["insist", "insists", "insisted", "insisting"],
        ["argue", "argues", "argued", "arguing"], ["continue", "continues", "continued"],
        ["recall", "recalls", "recalled", "recalling"], ["recount", "recounts", "recounted", "recounting"],
        ["quip", "quips", "quipped", "quipping"], ["tweet", "tweets", "tweeted", "tweeting"],
        ["post", "posts", "posted"], ["urge", "urges", "urged", "urging"],
        ["describe", "describes", "described", "describing"], ["call", "calls", "called", "calling"],
        ["characterize", "characterizes", "characterized", "characterise", "characterises", "characterised"],
        ["label", "labels", "labeled", "labelled"], ["term", "termed"], ["dub", "dubs", "dubbed"],
        ["accuse", "accuses", "accused", "accusing"], ["admit", "admits", "admitted", "admitting"],
        ["acknowledge", "acknowledges", "acknowledged"], ["agree", "agrees", "agreed"],
        ["allege", "alleges", "alleged"], ["assert", "asserts", "asserted"], ["caution", "cautions", "cautioned"],
        ["concede", "concedes", "conceded"], ["confirm", "confirms", "confirmed"], ["contend", "contends", "contended"],
        ["deny", "denies", "denied"], ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"],
        ["exclaim", "exclaims", "exclaimed"], ["indicate", "indicates", "indicated"],
        ["maintain", "maintains", "maintained"], ["mention", "mentions", "mentioned"],
        ["observe", "observes", "observed"], ["opine", "opines", "opined"], ["predict", "predicts", "predicted"],
        ["promise", "promises", "promised"], ["reveal", "reveals", "revealed"], ["report", "reports", "reported"],
        ["repeat", "repeats", "repeated"], ["suggest", "suggests", "suggested"], ["testify", "testifies", "testified"],
        ["vow", "vows", "vowed"], ["shout", "shouts", "shouted", "shouting"], ["chant", "chants", "chanted", "chanting"], ["yell", "yells", "yelled", "yelling"], ["joke", "jokes", "joked"],
        ["conclude", "concludes", "concluded"], ["stress", "stresses", "stressed"], ["assail", "assails", "assailed"],
        ["attack", "attacks", "attacked"], ["praise", "praises", "praised"], ["thank", "thanks", "thanked"],
        ["criticize", "criticizes", "criticized", "criticise", "criticises", "criticised"],
        ["blast", "blasts", "blasted"], ["dismiss", "dismisses", "dismissed"], ["decry", "decries", "decried"],
        ["hail", "hails", "hailed"], ["condemn", "condemns", "condemned"], ["propose", "proposes", "proposed"],
        ["recommend", "recommends", "recommended"], ["plead", "pleads", "pleaded"], ["beg", "begs", "begged"],
        ["speak", "speaks", "spoke", "speaking"], ["read", "reads"], ["question", "questions", "questioned"],
        ["recollect", "recollects", "recollected"], ["reiterate", "reiterates", "reiterated"],
        ["tout", "touts", "touted"], ["boast", "boasts", "boasted"], ["complain", "complains", "complained"],
        ["whisper", "whispers", "whispered"], ["cry", "cries", "cried"], ["scream", "screams", "screamed"],
        ["reckon", "reckons", "reckoned"], ["muse", "muses", "mused"], ["retort", "retorts", "retorted"],
        ["counter", "counters", "countered"], ["affirm", "affirms", "affirmed"], ["pledge", "pledges", "pledged"],
        ["reason", "reasoned"], ["cite", "cites", "cited"], ["lament", "laments", "lamented"],
        ["concur", "concurs", "concurred"], ["inform", "informs", "informed"], ["clarify", "clarifies", "clarified"], ["demand", "demands", "demanded"],
        ["elaborate", "elaborates", "elaborated", "elaborating"],
    ]
    static let reportingVerbs: WordSet = WordSet(reportingVerbLemmas.joined())
    /// Verbs that judge rather than report (called it "lousy"): they attribute a fragment before them,
    /// never a quotation after them ("…," X said).
    static let evaluativeLemmas: WordSet = [
        "describe", "call", "characterize", "label", "term", "dub", "accuse", "assail", "attack", "praise",
        "thank", "criticize", "blast", "dismiss", "decry", "hail", "condemn", "question", "tout", "propose",
        "recommend",
    ]
    static let evaluativeVerbs: WordSet = WordSet(reportingVerbLemmas.filter { evaluativeLemmas.contains($0[0]) }.joined())
    /// Reporting-verb forms that are also common plural nouns (his comments, news reports).
    static let pluralNounForms: WordSet = [
        "questions", "comments", "reports", "notes", "claims", "remarks", "answers", "replies", "calls", "posts",
        "tweets", "thanks", "attacks", "promises", "cries", "demands", "counters", "pledges",
        "vows", "jokes", "laments", "statements", "warnings", "responds", "labels", "terms", "recalls", "quips",
    ]
    /// Heads of phrases naming institutions, which "he" and "she" cannot refer to.
    static let institutionNouns: WordSet = [
        "police", "government", "ministry", "department", "company", "council", "court", "committee", "agency",
        "office", "party", "army", "military", "team", "club", "union", "board", "group", "organisation",
        "organization", "university", "school", "hospital", "newspaper", "website", "statement", "report",
        "authorities", "officials", "campaign", "administration", "commission", "service", "force", "firm",
    ]
    /// Words before a verb-like word that make it a noun or adjective (the call, May's proposed deal).
    static let nounMarkers: WordSet = ["the", "a", "an", "'s", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "whose"]
    static let coordinators: WordSet = ["and", "but", "or", "then", "yet", "nor"]

    /// Words that may sit between a speaker and the reporting verb, or after it, without changing who speaks.
    static let adverbs: WordSet = [
        "also", "then", "later", "again", "further", "separately", "reportedly", "allegedly", "previously",
        "yesterday", "today", "tonight", "earlier", "still", "even", "once", "just", "simply", "publicly",
        "repeatedly", "subsequently", "recently", "had", "has", "have", "would", "will", "could", "did", "does",
        "do", "to", "went", "on", "go", "goes", "as", "far", "been", "being", "was", "were", "is", "are", "be",
        "quoted", "not", "never", "herself", "himself", "themselves", "itself", "first", "last", "finally",
        "already", "often", "however", "too", "shortly", "immediately", "privately", "openly", "initially", "well",
    ]
    /// Sentence adverbs that open a sentence before its subject ("Specifically, she …").
    static let connectiveAdverbs: WordSet = [
        "however", "meanwhile", "moreover", "also", "still", "instead", "additionally", "furthermore",
        "nevertheless", "nonetheless", "specifically", "indeed", "separately", "later", "earlier", "previously",
        "finally", "overall", "yesterday", "today", "now", "then", "thus", "therefore", "similarly", "likewise",
    ]
    static let beVerbs: WordSet = ["is", "are", "was", "were", "been", "being", "be", "get", "got", "gets"]
    static let weekdaysAndMonths: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
    ]
    /// Function words that end a noun phrase.
    static let clauseWords: WordSet = [
        "and", "but", "or", "that", "which", "who", "whom", "whose", "when", "while", "as", "if", "because",
        "since", "though", "although", "where", "what", "than", "so", "yet", "nor", "whether", "after",
        "before", "until", "unless", "once", "then", "to", "in", "on", "at", "by", "with", "into", "over",
        "about", "during", "via", "through", "against", "without", "upon", "despite", "under", "is", "was",
        "were", "are", "be", "been", "had", "has", "have", "would", "will", "could", "can", "should", "may",
        "might", "must", "did", "do", "does", "not", "there", "it", "this", "these", "those",
    ]
    /// Prepositions that may sit inside a speaker's noun phrase (one of the victims, an official from TfL).
    static let innerPrepositions: WordSet = ["of", "from", "within", "for", "at", "with"]
    /// Prepositions that end a speaker phrase after a verb (said Kipchoge after the run).
    static let prepositions: WordSet = [
        "of", "from", "within", "for", "at", "in", "on", "to", "after", "before", "during", "via", "with",
        "by", "about", "into", "over", "through", "when", "while", "who", "which", "as", "and", "but", "that",
        "than", "because", "since", "outside", "inside", "near", "following", "amid", "today", "yesterday",
        "last", "this", "earlier", "later", "told", "said", "says", "added", "per",
    ]
    static let determiners: WordSet = [
        "a", "an", "the", "one", "some", "another", "several", "many", "two", "three", "four", "five", "most",
        "all", "both", "each", "other", "others", "any", "no", "his", "her", "their", "its", "our",
    ]
    static let relativeWords: WordSet = ["who", "which", "whose", "whom", "where", "when", "that"]
    static let malePronouns: WordSet = ["he", "him", "his"]
    static let femalePronouns: WordSet = ["she", "her", "hers"]
    static let subjectPronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]
    /// Subjects that make a quoted fragment a clause of its own (… said "we must keep …").
    static let clauseSubjects: WordSet = [
        "i", "we", "you", "he", "she", "they", "it", "there", "everyone", "everybody", "nobody", "someone",
        "somebody", "anyone", "anybody", "i'm", "we're", "you're", "they're", "it's", "that's", "there's",
        "i've", "we've", "i'd", "we'd", "i'll", "we'll", "let's", "he's", "she's",
    ]
    /// Words after which a quotation is a name, title or term rather than something said.
    static let namingCues: WordSet = [
        "called", "named", "entitled", "titled", "term", "terms", "phrase", "word", "words", "designation",
        "dubbed", "nicknamed", "slur", "label", "description", "known", "slogan", "motto", "hashtag",
        "song", "book", "film", "album", "show", "series", "program", "programme", "panel", "campaign",
        "headlined", "reads", "abbreviation", "acronym", "stands", "name", "nickname", "pseudonym", "title",
        "qualifier", "adjective", "expression", "moniker",
    ]
    /// Small words a title keeps in lower case ("A Tribute For a King").
    static let titleCaseSmallWords: WordSet = ["a", "an", "the", "of", "for", "and", "in", "on", "to", "at", "by", "or"]
    /// Words before a quotation that make it part of the writer's sentence (a "serious" condition).
    static let embeddingWords: WordSet = [
        "a", "an", "the", "as", "of", "to", "for", "by", "with", "from", "in", "on", "at", "into", "is", "are",
        "was", "were", "be", "been", "being", "his", "her", "their", "its", "our", "my", "your", "this",
        "these", "those", "very", "more", "most", "than", "remains", "remain", "seemed", "become",
        "became", "looked", "feel", "felt",
    ]
    /// Titles stripped from the front of a name ("Health Minister Łukasz Szumowski" → "Łukasz Szumowski").
    static let titles: WordSet = [
        "President", "Vice", "Prime", "Minister", "Secretary", "Deputy", "Governor", "Gov.", "Mayor", "Senator",
        "Sen.", "Representative", "Rep.", "Speaker", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope",
        "Judge", "Justice", "Sheriff", "Detective", "Inspector", "Chief", "Superintendent", "Constable",
        "Sergeant", "Sgt.", "Sgt", "Officer", "Captain", "Capt.", "Commander", "General", "Gen.", "Colonel",
        "Col.", "Lieutenant", "Lt.", "Major", "Admiral", "Dr.", "Dr", "Doctor", "Professor", "Prof.", "Prof",
        "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend",
        "Bishop", "Archbishop", "Cardinal", "Ambassador", "Director", "Chairman", "Chairwoman", "Chair",
        "Spokesman", "Spokeswoman", "Spokesperson", "Commissioner", "Councillor", "Councilman", "Councilwoman",
        "Coach", "Manager", "CEO", "Executive", "Attorney", "MP", "MEP", "Senior", "Ex-President",
        "Ex-Prime", "Former", "Emperor", "Sultan", "Sheikh", "Rabbi", "Imam", "Father", "Premier", "Leader",
        "Lead", "Head", "Editor", "Founder", "Co-founder", "Dean", "Agent", "Trooper", "Marshal", "Chancellor",
        "Saint", "St.", "Brigadier", "Private", "Corporal", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Supt.", "Insp.",
        "Det.", "Hon.", "Gov", "Sen", "Rep", "Pres.", "Congressman", "Congresswoman", "Assemblyman",
        "Assemblywoman", "Alderman", "Magistrate", "Prosecutor", "Solicitor", "Barrister", "Advocate",
        "Administrator", "Curator", "Fellow", "Researcher", "Scientist", "Astronomer", "Economist", "Analyst", "Undersecretary", "Secretary-General", "Commodore", "Ombudsman", "Registrar",
    ]
    /// Name suffixes stripped from the end ("Durham Hall QC").
    static let nameSuffixes: WordSet = ["QC", "KC", "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "MP", "MD", "PhD", "OBE", "MBE", "CBE"]
    /// Lower-case particles inside a name (Mohammad bin Salman, Rocky De La Fuente).
    static let nameParticles: WordSet = ["bin", "ibn", "al", "el", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "dos", "das", "y", "bint", "ben", "abu"]
    /// Words that open a sentence with a subordinate or participial clause before its subject.
    static let fronting: WordSet = [
        "as", "when", "while", "after", "before", "although", "though", "because", "since", "if", "once",
        "referring", "speaking", "asked", "commenting", "responding", "writing", "addressing", "talking",
        "describing", "reacting", "explaining", "noting", "in", "on", "at", "during", "following", "despite",
    ]

    /// A title word, also hyphenated ("President-elect", "Ex-President") or abbreviated ("Dr.").
    static func isTitle(_ w: String) -> Bool {
        if titles.contains(w) { return true }
        // (No "-" byte, no "-" character: nothing is canonically equivalent to a hyphen-minus.)
        guard w.utf8.contains(0x2D), let dash = w.firstIndex(of: "-") else { return false }
        return titles.contains(String(w[..<dash])) || titles.contains(String(w[w.index(after: dash)...]).capitalized)
    }
    /// Things that speak for their owner ("Cornyn's statement added").
    static let utteranceNouns: WordSet = [
        "statement", "letter", "website", "tweet", "post", "account", "blog", "report", "announcement", "message",
        "release", "memo", "book", "autobiography", "ruling", "order", "filing", "affidavit", "complaint",
        "lawsuit", "speech", "remarks", "comments", "testimony", "column", "op-ed", "essay", "page", "channel",
    ]
    @inline(__always) static func isReportingVerb(_ lower: String) -> Bool { reportingVerbs.contains(lower) }

    /// The word lists the attribution rules ask about tokens, one bit each (`Attributor.inList`).
    struct List: OptionSet, Sendable {
        let rawValue: UInt32
        static let reportingVerbs = List(rawValue: 1 << 0), evaluativeVerbs = List(rawValue: 1 << 1)
        static let pluralNounForms = List(rawValue: 1 << 2), nounMarkers = List(rawValue: 1 << 3)
        static let coordinators = List(rawValue: 1 << 4), adverbs = List(rawValue: 1 << 5)
        static let connectiveAdverbs = List(rawValue: 1 << 6), beVerbs = List(rawValue: 1 << 7)
        static let weekdaysAndMonths = List(rawValue: 1 << 8), clauseWords = List(rawValue: 1 << 9)
        static let innerPrepositions = List(rawValue: 1 << 10), prepositions = List(rawValue: 1 << 11)
        static let determiners = List(rawValue: 1 << 12), relativeWords = List(rawValue: 1 << 13)
        static let subjectPronouns = List(rawValue: 1 << 14), clauseSubjects = List(rawValue: 1 << 15)
        static let namingCues = List(rawValue: 1 << 16), titleCaseSmallWords = List(rawValue: 1 << 17)
        static let embeddingWords = List(rawValue: 1 << 18), nameParticles = List(rawValue: 1 << 19)
        static let fronting = List(rawValue: 1 << 20), utteranceNouns = List(rawValue: 1 << 21)
        /// Not a list: set on every worked-out entry of `Attributor`'s per-token flags (0 is "not yet").
        static let known = List(rawValue: 1 << 31)
    }
    /// Every word of the lists in `List`, with the bits of the lists that hold it.
    static let lists = WordSet(lists: [
        (reportingVerbs, .reportingVerbs), (evaluativeVerbs, .evaluativeVerbs), (pluralNounForms, .pluralNounForms),
        (nounMarkers, .nounMarkers), (coordinators, .coordinators), (adverbs, .adverbs),
        (connectiveAdverbs, .connectiveAdverbs), (beVerbs, .beVerbs), (weekdaysAndMonths, .weekdaysAndMonths),
        (clauseWords, .clauseWords), (innerPrepositions, .innerPrepositions), (prepositions, .prepositions),
        (determiners, .determiners), (relativeWords, .relativeWords), (subjectPronouns, .subjectPronouns),
        (clauseSubjects, .clauseSubjects), (namingCues, .namingCues), (titleCaseSmallWords, .titleCaseSmallWords),
        (embeddingWords, .embeddingWords), (nameParticles, .nameParticles), (fronting, .fronting),
        (utteranceNouns, .utteranceNouns),
    ])
    /// A verb that can follow a quotation to attribute it ("…," Kerry said; "…," said Kerry).
    @inline(__always) static func isAttributingVerb(_ lower: String) -> Bool {
        reportingVerbs.contains(lower) && !evaluativeVerbs.contains(lower) && !lower.hasSuffix("ing")
    }
}

/// A fixed set of words looked up by a cheap hash of their UTF-8 (FNV-1a) instead of `Set<String>`'s seeded
/// SipHash: the quote rules ask several of these lists about most tokens near a quotation.
struct WordSet: ExpressibleByArrayLiteral, Sequence, Sendable {
    /// The words, each once, in the order given.
    let words: [String]
    /// Open addressing: index + 1 into `words`, 0 for an empty slot; `hashes` holds each slot's word hash.
    private let table: [Int32]
    private let hashes: [UInt32]
    private let mask: Int
    /// The words' UTF-8, one after another: word `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// For a table of several lists (`init(lists:)`): the bits of the lists holding each word; else empty.
    private let bits: [UInt32]
    /// For a table of several lists, the slots again by each word's `WordHash.of` (the lower-cased hash every token
    /// carries, `Token.hash`), with those hashes: `listBits(hash:lowering:_:)` finds a token's lists from its hash.
    private let tokenTable: [Int32]
    private let tokenHashes: [UInt64]
    /// Every word is ASCII.
    let allASCII: Bool

    init<S: Sequence>(_ s: S) where S.Element == String { self.init(Array(s), bits: []) }

    /// One table of several lists: `listBits(_:)` gives the bits of the lists holding a word.
    init(lists: [(WordSet, QuoteLexicon.List)]) {
        var words: [String] = [], bits: [UInt32] = []
        for (set, bit) in lists {
            for w in set { words.append(w); bits.append(bit.rawValue) }
        }
        self.init(words, bits: bits)
    }

    /// The words each once, in the order first given, with the bits of a word's copies or-ed together (no bits when
    /// `bits` is empty). Copies are equal strings: for ASCII words the same bytes, found by probing a table of their
    /// FNV hashes (built once per list, cheaper than a set's seeded hashing); other words go through a dictionary.
    private static func unique(_ all: [String], bits: [UInt32]) -> (words: [String], bits: [UInt32]) {
        var unique: [String] = [], ubits: [UInt32] = []
        unique.reserveCapacity(all.count)
        if all.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            var size = 16
            while size < all.count * 2 { size <<= 1 }
            var t = [Int32](repeating: 0, count: size), hs = [UInt32](repeating: 0, count: size)
            for (n, w) in all.enumerated() {
                let h = hash(w)
                var k = slot(h, size - 1)
                var copyOf = -1
                while t[k] != 0 {
                    let e = Int(t[k]) - 1
                    if hs[k] == h, unique[e] == w { copyOf = e; break }
                    k = (k + 1) & (size - 1)
                }
                if copyOf >= 0 {
                    if !bits.isEmpty { ubits[copyOf] |= bits[n] }
                    continue
                }
                t[k] = Int32(unique.count + 1); hs[k] = h
                unique.append(w)
                if !bits.isEmpty { ubits.append(bits[n]) }
            }
        } else {
            var index: [String: Int] = [:]
            for (n, w) in all.enumerated() {
                if let e = index[w] {
                    if !bits.isEmpty { ubits[e] |= bits[n] }
                    continue
                }
                index[w] = unique.count; unique.append(w)
                if !bits.isEmpty { ubits.append(bits[n]) }
            }
        }
        return (unique, ubits)
    }

    private init(_ all: [String], bits allBits: [UInt32]) {
        let (unique, bits) = WordSet.unique(all, bits: allBits)
        self.bits = bits
        var size = 16
        while size < unique.count * 4 { size <<= 1 }
        var t = [Int32](repeating: 0, count: size), hs = [UInt32](repeating: 0, count: size)
        for (i, w) in unique.enumerated() {
            let h = WordSet.hash(w)
            var k = WordSet.slot(h, size - 1)
            while t[k] != 0 { k = (k + 1) & (size - 1) }
            t[k] = Int32(i + 1); hs[k] = h
        }
        words = unique; table = t; hashes = hs; mask = size - 1
        var b: [UInt8] = [], o: [Int32] = [0]
        for w in unique { b.append(contentsOf: w.utf8); o.append(Int32(b.count)) }
        bytes = b; offsets = o
        allASCII = b.allSatisfy { $0 < 0x80 }
        var tt: [Int32] = [], th: [UInt64] = []
        if !bits.isEmpty {
            tt = [Int32](repeating: 0, count: size); th = [UInt64](repeating: 0, count: size)
            for (i, w) in unique.enumerated() {
                let h = WordHash.of(w)
                var k = Int(truncatingIfNeeded: h) & (size - 1)
                while tt[k] != 0 { k = (k + 1) & (size - 1) }
                tt[k] = Int32(i + 1); th[k] = h
            }
        }
        tokenTable = tt; tokenHashes = th
    }
    init(arrayLiteral elements: String...) { self.init(elements) }

    static func hash(_ w: String) -> UInt32 {
        var w = w
        return w.withUTF8 { hash($0) }
    }
    @inline(__always) static func hash(_ u: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in u { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }
    @inline(__always) static func slot(_ h: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 15)) & mask }

    func contains(_ w: String) -> Bool {
        var w = w
        // Hashed and compared on the string's UTF-8 in place (a small string's is copied to the stack).
        return w.withUTF8 { contains($0) }
    }
    /// `contains` of the string with this (valid) UTF-8.
    func contains(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let h = WordSet.hash(u)
        var k = WordSet.slot(h, mask)
        while true {
            let e = Int(table[k])
            if e == 0 { return false }
            // The same bytes are the same word; other bytes of the same hash are compared as strings
            // (canonical equivalence), as before.
            if hashes[k] == h, sameBytes(e - 1, u) || words[e - 1] == String(decoding: u, as: UTF8.self) { return true }
            k = (k + 1) & mask
        }
    }
    /// The bits of every list holding the word, given as UTF-8: each entry that `contains` would accept for it
    /// (the same bytes, or the same hash and an equal string) adds its lists, so a list's bit is set just when that
    /// list's own `contains` is true.
    func listBits(_ u: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = WordSet.hash(u)
        var k = WordSet.slot(h, mask)
        var found: UInt32 = 0
        while true {
            let e = Int(table[k])
            if e == 0 { return found }
            if hashes[k] == h, sameBytes(e - 1, u) || words[e - 1] == String(decoding: u, as: UTF8.self) { found |= bits[e - 1] }
            k = (k + 1) & mask
        }
    }
    /// `listBits` of the lower-case text of a token of ASCII and ’ only (its bytes as `Attributor.asciiLower` makes
    /// them: A-Z lowered, ’ as '), given the token's `WordHash` (`Token.hash`) and its scalars, for a table whose words
    /// are all ASCII (`allASCII`): the words are compared with the lowered scalars, byte by byte (equal ASCII strings
    /// are equal bytes), and at most one word can match.
    func listBits(hash h: UInt64, lowering s: [Unicode.Scalar], _ span: Span) -> UInt32 {
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(tokenTable[k])
            if e == 0 { return 0 }
            if tokenHashes[k] == h, sameLowered(e - 1, s, span) { return bits[e - 1] }
            k = (k + 1) & mask
        }
    }
    @inline(__always) private func sameLowered(_ i: Int, _ s: [Unicode.Scalar], _ span: Span) -> Bool {
        let a = Int(offsets[i]), b = Int(offsets[i + 1])
        guard b - a == span.length else { return false }
        for j in 0..<span.length {
            let v = s[span.start + j].value
            let l: UInt32 = v == 0x2019 ? 0x27 : v &- 0x41 < 26 ? v | 0x20 : v
            if l != UInt32(bytes[a + j]) { return false }
        }
        return true
    }
    @inline(__always) private func sameBytes(_ i: Int, _ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(offsets[i]), b = Int(offsets[i + 1])
        guard b - a == u.count else { return false }
        for j in 0..<u.count where bytes[a + j] != u[j] { return false }
        return true
    }
    var count: Int { words.count }
    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
