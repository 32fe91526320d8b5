import Foundation

/// Ties each quoted part to its speaker, kind and group. Works on the document's tokens around each
/// quote (a bounded window: its sentence, and the sentence or paragraph before), so it is linear.
final class Attributor {
    typealias L = QuoteLexicon

    /// Who an attribution names.
    struct Speaker {
        var text: String
        var span: Span
        var canonical: String?
        var entity: Int?
        var isPronoun = false
    }

    enum Source { case after, before, according, agent, continuation, colon, subject, turn }

    struct Attribution {
        var speaker: Speaker
        /// Token of the reporting verb that attributes the quote, if any (quotes sharing it share a group).
        var verb: Int?
        var source: Source
    }

    let doc: Document
    let toks: [Token]
    /// The document's cleaned scalars (read often: a copy of the reference, not a property access each time).
    let scalars: [Unicode.Scalar]
    /// The cleaned text of a token (tokens carry no string of their own; most checks want one character).
    @inline(__always) func tx(_ k: Int) -> String { tx(toks[k]) }
    @inline(__always) func tx(_ t: Token) -> String { t.text(in: scalars) }
    /// Token `k` is exactly the one character `c`.
    @inline(__always) func isChar(_ k: Int, _ c: Unicode.Scalar) -> Bool { isChar(toks[k], c) }
    @inline(__always) func isChar(_ t: Token, _ c: Unicode.Scalar) -> Bool { t.isChar(c, in: scalars) }
    let names: NameResult
    let parts: [QuoteMarks.Part]
    /// Token range of each part: first token (the opening mark) and the first token after it.
    var partTokens: [(open: Int, end: Int)] = []
    var attributions: [Attribution?] = []
    /// Speakers found so far, in text order, for pronouns: (token, canonical, entity).
    var history: [(tok: Int, speaker: Speaker)] = []
    /// Gender learnt from resolved pronouns, by canonical name.
    var learntGender: [String: Gender] = [:]
    /// `canonical`'s fullest name by surname, for the surnames looked up so far. A story has a few: searching a
    /// list (string equality, as a dictionary's) costs less than hashing into a dictionary made per story.
    var fullestCache: [(surname: String, fullest: (String, Int?)?)] = []
    /// `fullNameWithoutTitles` by entity id: the index of the name in `strippedNameTexts`, `noStrippedName` when
    /// there is none, -1 when not yet worked out. Made on the first ask, and kept as integers rather than optional
    /// strings: a lazy array of optionals was copied whole on every store (its getter hands out a second reference)
    /// and filled and freed entry by entry through the optional's generic value witnesses.
    var strippedNameIndex: [Int32] = []
    var strippedNameTexts: [String] = []
    static let noStrippedName: Int32 = -2
    /// `turnSpeaker(paragraph:)` of the paragraphs opening with "((" asked about so far (a quote's paragraph is
    /// asked about once per rule that reaches it, and the name is worked out scalar by scalar).
    var turnSpeakers: [Int: Speaker?] = [:]
    /// What the rules have worked out about each token so far (the attribution rules ask about the same tokens
    /// often), packed in one integer per token rather than one array per question: one allocation per story, not
    /// three. Nothing worked out is 0.
    /// - bits 0-31: the `inList` bits of the token (`QuoteLexicon.List`), 0 when not yet worked out;
    /// - bits 32-33: `isTitle(k)`: 2 when a title, 1 when not, 0 when not yet asked;
    /// - bits 34-63: `lower(k)`: 1 + the index of its string in `lowerStrings`, 0 when not yet worked out (only the
    ///   strings computed need releasing at the end).
    var memo: [UInt64]
    var lowerStrings: [String] = []
    /// `QuoteLexicon.lists`, read once (a static is checked for initialisation on every access).
    let lists = QuoteLexicon.lists
    /// PERSON entities with the last word of their name, in entity order (built once). A story has a few persons:
    /// the look-ups read the list (string equality, as a dictionary's) instead of hashing into a dictionary of
    /// arrays built per story.
    lazy var personLastWords: [(last: String, id: Int)] = {
        var d: [(last: String, id: Int)] = []
        for i in names.entities.indices where names.entities[i].type == .person {
            if let last = ScalarText.lastWord(names.entities[i].name) { d.append((last, names.entities[i].id)) }
        }
        return d
    }()
    /// A role's head word (the last word before an inner preposition, else the last word) and its words, lower-cased.
    static func roleWords(_ role: String) -> (head: String, words: [String])? {
        let rw = ScalarText.split(role.lowercased(), 0x20, or: 0x2D)
        guard let head = rw.firstIndex(where: { L.innerPrepositions.contains($0) }).flatMap({ $0 > 0 ? rw[$0 - 1] : nil }) ?? rw.last
        else { return nil }
        return (head, rw)
    }
    /// An ASCII role that does not hold the bytes of an ASCII head word, in any case: its lower-cased words (its
    /// bytes, A-Z lowered) cannot hold the word either, so its head is not the word. (False when either is not ASCII.)
    static func roleLacks(_ role: String, _ head: String) -> Bool {
        var role = role, head = head
        return role.withUTF8 { r in
            head.withUTF8 { h in
                guard !h.isEmpty, !r.contains(where: { $0 >= 0x80 }), !h.contains(where: { $0 >= 0x80 }) else { return false }
                guard r.count >= h.count else { return true }
                for start in 0...(r.count - h.count) {
                    var j = 0
                    while j < h.count {
                        let c = r[start + j]
                        if (c &- 0x41 < 26 ? c | 0x20 : c) != h[j] { break }
                        j += 1
                    }
                    if j == h.count { return false }
                }
                return true
            }
        }
    }
    /// Some PERSON entity's name ends in the word.
    func isPersonLastWord(_ w: String) -> Bool { personLastWords.contains { $0.last == w } }

    init(doc: Document, names: NameResult, parts: [QuoteMarks.Part]) {
        self.doc = doc; self.toks = doc.tokens; self.scalars = doc.scalars; self.names = names; self.parts = parts
        memo = Array(filling: 0, count: doc.tokens.count)
        partTokens = parts.map { p in
            let a = doc.tokenIndex(atOrAfter: p.span.start)
            let b = doc.tokenIndex(atOrAfter: p.span.end)
            return (a, max(a, b))
        }
    }

    // MARK: - the pass

    func run() -> [Quote] {
        // Each part's attribution is added in order: attributing part i reads only the parts before it.
        attributions.reserveCapacity(parts.count)
        // (At most one speaker per part: reserved rather than grown one at a time.)
        history.reserveCapacity(parts.count)
        // One quotation over several lines or paragraphs is attributed as a whole: by the strongest
        // attribution any of its parts has (often after the last part: "…," Lopez said).
        var chainStart = 0
        for i in parts.indices {
            if !parts[i].joinsPrevious { chainStart = i }
            attributions.append(partTokens[i].open < partTokens[i].end ? attribute(i) : nil)
            let chainEnds = i + 1 == parts.count || !parts[i + 1].joinsPrevious
            guard chainEnds else { continue }
            let chain = chainStart...i
            if chain.count > 1, let best = chain.compactMap({ attributions[$0] }).max(by: { strength($0.source) < strength($1.source) }) {
                for k in chain where partTokens[k].open < partTokens[k].end { attributions[k] = best }
            }
            if let a = attributions[i], !a.speaker.isPronoun || a.speaker.canonical != nil {
                history.append((a.speaker.span.start, a.speaker))
            }
        }
        // Kinds, then groups: parts joined across lines or paragraphs, parts attributed by one reporting
        // verb, and parts continuing the speaker of the part just before share a group.
        var kinds: [QuoteKind] = parts.indices.map { kind(of: $0) }
        var groupOf = Array(filling: -1, count: parts.count)
        // The group of the first kept part each reporting verb attributes, by the verb's token. A story has a few
        // such verbs: searching a list (from its end, where the verbs near the part are) costs less than hashing.
        var verbGroups: [(verb: Int, group: Int)] = []
        verbGroups.reserveCapacity(parts.count)
        func verbGroup(_ v: Int) -> Int? {
            for e in verbGroups.reversed() where e.verb == v { return e.group }
            return nil
        }
        var next = 0
        for i in parts.indices {
            // Marks with nothing quoted between them ("", “ ”) are not quotes.
            let (ot, et) = partTokens[i]
            if !(ot..<et).contains(where: { toks[$0].kind == .word || toks[$0].kind == .number }) { continue }
            // (Only whether there is an attribution, its verb and its source are read: no copy of it and its strings.)
            let attributed = attributions[i] != nil
            let verb = attributions[i]?.verb, source = attributions[i]?.source
            if !parts[i].joinsPrevious, kinds[i] == .mixed || !attributed, isTermOrTitle(i, attributed: attributed) {
                continue
            }
            if parts[i].joinsPrevious, i > 0, groupOf[i - 1] >= 0 {
                groupOf[i] = groupOf[i - 1]; kinds[i] = kinds[i - 1]
            } else if let v = verb, let g = verbGroup(v) {
                groupOf[i] = g
                // "“I think,” Ardern added, “that we will recover.”": the rest of a direct quotation split by its
                // attribution is direct, whatever its first word.
                if kinds[i] == .mixed, let first = groupOf.firstIndex(of: g), first < i, kinds[first] == .direct,
                   ot > 0, isChar(toks[ot - 1], ",") || (ot > 1 && toks[ot - 1].kind == .quote && isChar(toks[ot - 2], ",")) {
                    kinds[i] = .direct
                }
            } else if source == .continuation, i > 0, groupOf[i - 1] >= 0, follows(i, after: i - 1) {
                groupOf[i] = groupOf[i - 1]
            } else {
                groupOf[i] = next; next += 1
            }
            if let v = verb, verbGroup(v) == nil { verbGroups.append((v, groupOf[i])) }
        }
        var out: [Quote] = []
        out.reserveCapacity(parts.count)
        // (A part is kept just when it has a group: the parts left out are the ones skipped above.)
        for i in parts.indices where groupOf[i] >= 0 {
            let p = parts[i]
            let s = attributions[i]?.speaker
            out.append(Quote(span: p.span, text: doc.string(p.span), kind: kinds[i], group: groupOf[i],
                             speaker: s?.text, speakerSpan: s?.span, speakerCanonical: s?.canonical, entity: s?.entity))
        }
        // Renumber groups densely in order of appearance (the groups are 0..<next: an array maps them).
        var renum = Array(filling: -1, count: next)
        var groups = 0
        for k in out.indices {
            let g = out[k].group
            if renum[g] < 0 { renum[g] = groups; groups += 1 }
            out[k].group = renum[g]
        }
        return out
    }

    /// How direct an attribution is: a reporting verb beats a colon introduction beats a guess from context.
    func strength(_ s: Source) -> Int {
        switch s {
        case .after, .before, .agent, .according: return 3
        case .colon: return 2
        case .continuation, .subject, .turn: return 1
        }
    }

    /// Part `i` begins right after part `j` (same paragraph, same or next sentence).
    func follows(_ i: Int, after j: Int) -> Bool {
        guard parts[i].paragraph == parts[j].paragraph else { return false }
        let si = toks[partTokens[i].open].sentence
        let sj = toks[max(partTokens[j].open, partTokens[j].end - 1)].sentence
        return si - sj <= 1
    }

    // MARK: - attribution of one part

    func attribute(_ i: Int) -> Attribution? {
        let (ot, et) = partTokens[i]
        let para = toks[ot].paragraph
        let openSentence = doc.sentenceTokens[toks[ot].sentence]
        let closeSentence = doc.sentenceTokens[toks[et - 1].sentence]
        let paraRange = doc.paragraphTokens[para]
        // After the quote, up to the end of its sentence or the next quote.
        var afterEnd = closeSentence.upperBound
        if i + 1 < parts.count, partTokens[i + 1].open < afterEnd, partTokens[i + 1].open >= et { afterEnd = partTokens[i + 1].open }
        let beforeStart = openSentence.lowerBound

        // 1. "…," X said / "…," said X — only when the quote ends its clause (a comma, ? or ! closes
        //    it, or it opens the sentence).
        if parts[i].closed, endsClause(i, sentenceStart: beforeStart), let a = afterAttribution(from: et, to: afterEnd) { return a }
        // 2. X said (,|:) "…" and embedded fragments: the nearest reporting verb before the quote.
        if let a = beforeAttribution(from: beforeStart, to: ot, sentenceEnd: closeSentence.upperBound, quoteEnd: et) { return a }
        // 3. according to X, anywhere in the sentence.
        if let a = accordingTo(in: beforeStart..<closeSentence.upperBound) { return a }
        // 4. A full-sentence quote attributed by the short sentence after it ("…." Macron told the world.).
        if parts[i].closed, ot == openSentence.lowerBound, et == closeSentence.upperBound, et < paraRange.upperBound,
           partIndex(containing: toks[et].span.start) == nil {
            let next = doc.sentenceTokens[toks[et].sentence]
            if next.count <= 16, let a = afterAttribution(from: next.lowerBound, to: next.upperBound), let v = a.verb,
               !((v + 1)..<next.upperBound).contains(where: {
                   toks[$0].kind == .quote || lower($0) == "that" || inList($0, .subjectPronouns) || inList($0, .beVerbs)
               }) {
                return a
            }
        }
        // 5. A quote right after another in the same paragraph continues its speaker ("A," he said. "B.").
        if i > 0, attributions[i - 1] != nil, parts[i - 1].paragraph == parts[i].paragraph,
           quoteOnlySentence(ot, et, openSentence, closeSentence) || onlyConnectives(partTokens[i - 1].end, ot) {
            let prev = attributions[i - 1]!
            return Attribution(speaker: prev.speaker, verb: nil, source: .continuation)
        }
        // 5. A quote opening its paragraph after a colon introduction ("…, X wrote:").
        if ot == paraRange.lowerBound || (ot > paraRange.lowerBound && toks[ot - 1].paragraph != para) {
            if para > 0 {
                let prevPara = doc.paragraphTokens[para - 1]
                if let last = prevPara.last, isChar(last, ":") || isChar(last, ",") {
                    let sentence = doc.sentenceTokens[toks[last].sentence]
                    if let a = beforeAttribution(from: sentence.lowerBound, to: last, sentenceEnd: last, quoteEnd: last) {
                        return Attribution(speaker: a.speaker, verb: a.verb, source: .colon)
                    }
                    if let s = clauseSubject(sentence.lowerBound, last) { return Attribution(speaker: s, verb: nil, source: .colon) }
                }
                // A quote alone in its paragraph continues the speaker of the quote that ended the paragraph before.
                if quoteOnlySentence(ot, et, openSentence, closeSentence), i > 0, let prev = attributions[i - 1],
                   parts[i - 1].paragraph == para - 1,
                   partTokens[i - 1].end >= prevPara.upperBound - 1 || toks[partTokens[i - 1].end].sentence == toks[prevPara.upperBound - 1].sentence {
                    return Attribution(speaker: prev.speaker, verb: nil, source: .continuation)
                }
            }
        }
        // 6. Interview transcripts: the turn's speaker ("((WSS)) : …").
        if let s = turnSpeaker(paragraph: para) { return Attribution(speaker: s, verb: nil, source: .turn) }
        // 7. A colon introduction without a reporting verb ("Article 2 sets the qualification: "…"").
        if ot > beforeStart, isChar(ot - 1, ":"), let s = clauseSubject(beforeStart, ot - 1) {
            return Attribution(speaker: s, verb: nil, source: .colon)
        }
        // 8. The person the sentence (or, for a quote opening its sentence, the one before) is about.
        if let s = clauseSubject(beforeStart, ot), isPersonLike(s) {
            return Attribution(speaker: s, verb: nil, source: .subject)
        }
        if quoteOnlySentence(ot, et, openSentence, closeSentence) || beforeStart == ot, beforeStart > paraRange.lowerBound {
            let prevSentence = doc.sentenceTokens[toks[beforeStart - 1].sentence]
            if let s = clauseSubject(prevSentence.lowerBound, prevSentence.upperBound), isPersonLike(s) {
                return Attribution(speaker: s, verb: nil, source: .subject)
            }
            // "Strong winds made the crossing hard, Zapata said, adding it took endurance. "It's an isometric
            // exercise."": the person the sentence before reports goes on speaking.
            if quoteOnlySentence(ot, et, openSentence, closeSentence), let s = reportingPerson(in: prevSentence) {
                return Attribution(speaker: s, verb: nil, source: .subject)
            }
        }
        return nil
    }

    /// A person named right before or after an attributing verb in `r` ("Zapata said", "said Zapata"), the last one.
    func reportingPerson(in r: Range<Int>) -> Speaker? {
        var found: Speaker? = nil
        for m in mentions(in: r) where names.mentions[m].type == .person {
            let mr = tokenRange(names.mentions[m].span)
            guard !mr.isEmpty else { continue }
            let before = mr.lowerBound - 1, after = mr.upperBound
            let verbAfter = after < r.upperBound && toks[after].kind == .word && isAttributingVerb(after)
            let verbBefore = before >= r.lowerBound && toks[before].kind == .word && isAttributingVerb(before)
            guard verbAfter || verbBefore, let s = speaker(mr) else { continue }
            found = s
        }
        return found
    }

    /// A named person or a personal pronoun (not "it").
    func isPersonLike(_ s: Speaker) -> Bool {
        if s.isPronoun { return ["he", "she", "they"].contains(s.text.lowercased()) }
        guard let e = s.entity else { return false }
        return names.entities[e].type == .person
    }

    /// Only commas and conjunctions between two token positions ("A" and "B").
    func onlyConnectives(_ a: Int, _ b: Int) -> Bool {
        guard a <= b, b - a <= 3 else { return false }
        for k in a..<b {
            let t = toks[k]
            if t.kind == .punct, isChar(t, ",") { continue }
            if t.kind == .word, inList(k, .coordinators) { continue }
            return false
        }
        return true
    }

    /// The quotation ends its clause: a comma, question or exclamation mark just inside or after the
    /// closing mark, or the quotation opens its sentence.
    func endsClause(_ i: Int, sentenceStart: Int) -> Bool {
        let (ot, et) = partTokens[i]
        if ot == sentenceStart || (ot > sentenceStart && toks[ot - 1].kind == .quote && ot - 1 == sentenceStart) { return true }
        if et - 2 > ot, toks[et - 2].kind == .punct, isClauseEndMark(toks[et - 2]) { return true }
        if et < toks.count, toks[et].kind == .punct, isClauseBreakAfter(toks[et]) { return true }
        return false
    }

    /// The sentence holding the quote has nothing outside the quote but punctuation.
    /// A fronted phrase ("During the premiere, "…"") does not count.
    func quoteOnlySentence(_ ot: Int, _ et: Int, _ open: Range<Int>, _ close: Range<Int>) -> Bool {
        var from = open.lowerBound
        if let f = frontedClauseEnd(from, ot), f == ot - 1 { from = ot }
        for k in from..<ot where toks[k].kind == .word || toks[k].kind == .number { return false }
        for k in et..<close.upperBound where toks[k].kind == .word || toks[k].kind == .number { return false }
        return true
    }

    // MARK: after the quote

    func afterAttribution(from a: Int, to b: Int) -> Attribution? {
        var j = a
        while j < b, toks[j].kind == .punct, isSoftPunct(toks[j]) { j += 1 }
        guard j < b else { return nil }
        let w = toks[j]
        if w.kind == .word, !w.isCapitalized, isAttributingVerb(j) {
            // "…," said X
            guard let np = npAfterVerb(j + 1, b) else { return nil }
            // "…," said University of California, San Diego's chancellor, Pradeep Khosla: after an institution and
            // its role, the person named last in the clause.
            if opensNonPersonMention(np), let end = (np.upperBound..<b).first(where: { isChar($0, ",") }),
               let person = personAfterRole(end, b), let s = speaker(person) {
                return Attribution(speaker: s, verb: j, source: .after)
            }
            guard let s = speaker(namedAppositive(after: np, limit: b) ?? np) else { return nil }
            return Attribution(speaker: s, verb: j, source: .after)
        }
        // "…," he said
        if w.kind == .word, inList(j, .subjectPronouns) {
            var v = j + 1
            while v < b, isAdverb(v) { v += 1 }
            if v < b, toks[v].kind == .word, isAttributingVerb(v), let s = speaker(j..<(j + 1)) {
                return Attribution(speaker: s, verb: v, source: .after)
            }
            return nil
        }
        // "…," X said — or with an appositive: "…," Khaled Al-Maeena, editor at the Gazette, said.
        var k = j
        var firstComma: Int? = nil
        while k < b, k - j <= 18 {
            let t = toks[k]
            if t.kind == .quote { return nil }
            if t.kind == .punct, isChar(t, ","), k > j, firstComma == nil || k - j <= 18 {
                if firstComma == nil { firstComma = k }
                k += 1; continue
            }
            if t.kind == .punct, !(isJoiner(t) || isInitialDot(k) || isChar(t, "(") || isChar(t, ")")) { return nil }
            if t.kind == .word, !t.isCapitalized {
                if k > j, isAttributingVerb(k), !isNounUse(k, lowerBound: j) {
                    var e = firstComma ?? k
                    if firstComma != nil, !isChar(k - 1, ",") { return nil }
                    while e > j, toks[e - 1].kind == .word, !toks[e - 1].isCapitalized, isAdverb(e - 1) { e -= 1 }
                    guard e > j, let s = speaker(j..<e) else { return nil }
                    return Attribution(speaker: s, verb: k, source: .after)
                }
                if firstComma == nil, inList(k, .clauseWords), !isAdverb(k) { return nil }
            }
            k += 1
        }
        return nil
    }

    // MARK: before the quote

    func beforeAttribution(from a0: Int, to ot: Int, sentenceEnd: Int, quoteEnd: Int) -> Attribution? {
        let a = a0
        var k = ot - 1
        while k >= a {
            let t = toks[k]
            if t.kind == .quote, let pi = partIndex(containing: t.span.start), partTokens[pi].open < ot {
                // An earlier quote in the same sentence, with no reporting verb since: this quote goes on
                // with its attribution ("describing the "…" as making it "…"").
                if let prev = attributions[pi], [.before, .after, .agent, .according].contains(prev.source) {
                    return Attribution(speaker: prev.speaker, verb: prev.verb, source: prev.source)
                }
                // Reach past it only when it is coordinated with this one ("A" and "B").
                guard onlyConnectives(partTokens[pi].end, nextQuoteStart(after: pi, before: ot)) else { return nil }
                k = partTokens[pi].open - 1; continue
            }
            // Quotative "like": "she's like, "…"", "I was like "…"", "people went like "…"".
            if t.kind == .word, scalars[t.span.start] == "l" || scalars[t.span.start] == "L", lower(k) == "like", k > a, k + 1 <= ot,
               k + 1 == ot || textIs(toks[k + 1], ",") || textIs(toks[k + 1], ":"), let s = quotativeSubject(like: k, lowerBound: a) {
                return Attribution(speaker: s, verb: k, source: .before)
            }
            if t.kind == .word, k == a, t.isCapitalized, isAttributingVerb(k),
               let np = npAfterVerb(k + 1, ot), let s = speaker(np) {
                return Attribution(speaker: s, verb: k, source: .before)   // "Remarked scientist Tierra Curry, "…""
            }
            if t.kind == .word, !t.isCapitalized, inList(k, .reportingVerbs), !isNounUse(k, lowerBound: a),
               let att = attribution(verb: k, lowerBound: a, quoteOpen: ot, sentenceEnd: sentenceEnd) {
                return att
            }
            k -= 1
        }
        return nil
    }

    /// The subject of a quotative "like" after a form of "be" or "go": "she's like", "I'm like", "they were like".
    func quotativeSubject(like k: Int, lowerBound a: Int) -> Speaker? {
        var j = k - 1
        while j >= a, isAdverb(j) && !(lowerIs(j, "be") || lowerIs(j, "is") || lowerIs(j, "was") || lowerIs(j, "were") || lowerIs(j, "are") || lowerIs(j, "am")) { j -= 1 }
        guard j >= a, toks[j].kind == .word else { return nil }
        let w = lower(j)
        // "I'm", "they're", "we're": the pronoun and the verb in one token
        for suffix in ["'m", "'re", "'s"] where w.hasSuffix(suffix) && w.count > suffix.count {
            let pronoun = String(w.dropLast(suffix.count))
            guard L.subjectPronouns.contains(pronoun) else { return nil }
            let start = toks[j].span.start
            let span = Span(start, start + pronoun.unicodeScalars.count)
            var s = Speaker(text: doc.string(span), span: span, isPronoun: true)
            if let (c, e) = resolvePronoun(at: j) { s.canonical = c; s.entity = e }
            return s
        }
        guard ["'s", "'re", "'m", "is", "was", "were", "are", "am", "be", "being", "go", "goes", "went", "going"].contains(w),
              j - 1 >= a, toks[j - 1].kind == .word else { return nil }
        var end = j - 1
        // "friends who are like": the antecedent of the relative pronoun
        if lowerIs(end, "who") || lowerIs(end, "that") {
            end -= 1
            if end >= a, isChar(end, ",") { end -= 1 }
            guard end >= a, toks[end].kind == .word else { return nil }
        }
        return speaker(npLeftWalk(from: end, lowerBound: a) ?? end..<(end + 1))
    }

    /// The opening token of the part after `pi` (up to `limit`).
    func nextQuoteStart(after pi: Int, before limit: Int) -> Int {
        pi + 1 < parts.count ? min(partTokens[pi + 1].open, limit) : limit
    }

    /// "the call", "May's proposed deal", "a report": a reporting word used as a noun or adjective.
    func isNounUse(_ k: Int, lowerBound a: Int) -> Bool {
        guard k > a else { return false }
        let p = toks[k - 1]
        if p.kind == .word, inList(k - 1, .nounMarkers) { return true }
        // "complicated questions", "Ballot Access News comments": a plural noun, unless a pronoun is its subject.
        if inList(k, .pluralNounForms), p.kind == .word, !inList(k - 1, .subjectPronouns), !isAdverb(k - 1) {
            // "The study reports", "the judge's statement reads": a verb after a determiner phrase
            if k - 2 >= a, toks[k - 2].kind == .word, inList(k - 2, .nounMarkers) { return false }
            // After a name, a noun only inside a prepositional phrase ("in Ballot Access News comments"),
            // a verb otherwise ("The U.S. Department of Agriculture notes")
            if p.isCapitalized {
                var c = k - 1
                while c > a, toks[c - 1].kind == .word, toks[c - 1].isCapitalized || (lowerIs(c - 1, "of") || lowerIs(c - 1, "the") || lowerIs(c - 1, "for") || lowerIs(c - 1, "and")) { c -= 1 }
                return c > a && toks[c - 1].kind == .word && inList(c - 1, .prepositions)
            }
            return true
        }
        return false
    }

    /// Who the reporting verb at `k` makes the speaker, or nil when the verb is not a usable attribution
    /// (inside a relative clause, or a noun after a preposition: "in Ballot Access News comments").
    func attribution(verb k: Int, lowerBound a: Int, quoteOpen ot: Int, sentenceEnd: Int) -> Attribution? {
        // Passive: "was told by X", "described as "…" by the police".
        if isPassive(k, lowerBound: a) {
            if let by = findBy(from: k + 1, to: sentenceEnd), let np = npAfterVerb(by + 1, sentenceEnd), let s = speaker(np) {
                return Attribution(speaker: s, verb: k, source: .agent)
            }
            return nil
        }
        // "Politico quoted Tim Manning, formerly of FEMA, as saying": the one quoted speaks, not the one quoting.
        if k - 1 > a, toks[k - 1].kind == .word, lowerIs(k - 1, "as"), lowerIs(k, "saying") {
            let j = k - 1
            var c = j - 1
            while c >= a, c > j - 16, !(toks[c].kind == .word && (lowerIs(c, "quoted") || lowerIs(c, "quoting") || lowerIs(c, "cited") || lowerIs(c, "citing") || lowerIs(c, "paraphrased"))) { c -= 1 }
            if c >= a, c > j - 16, c < j - 1, let np = npAfterVerb(c + 1, j), let s = speaker(np) {
                return Attribution(speaker: s, verb: k, source: .before)
            }
        }
        var j = k - 1
        while j >= a, toks[j].kind == .word, !toks[j].isCapitalized, isAdverb(j), !inList(j, .coordinators) { j -= 1 }
        if j >= a, toks[j].kind == .word, inList(j, .weekdaysAndMonths), j - 1 >= a, (lowerIs(j - 1, "on") || lowerIs(j - 1, "in") || lowerIs(j - 1, "last") || lowerIs(j - 1, "this")) { j -= 2 }
        let verbIsParticiple = lowerHasSuffix(k, "ing")
        // Verb first ("…," said Khan, "…"), at the sentence start or right after a quote.
        if j < a || toks[j].kind == .quote {
            if let np = npAfterVerb(k + 1, ot), let s = speaker(namedAppositive(after: np, limit: ot) ?? np) {
                return Attribution(speaker: s, verb: k, source: .before)
            }
            return nil
        }
        let t = toks[j]
        // "Facebook released a statement which read": the statement's issuer speaks.
        if t.kind == .word, (lowerIs(j, "which") || lowerIs(j, "that")) {
            var c = j - 1
            if c >= a, isChar(c, ",") { c -= 1 }
            if c >= a, toks[c].kind == .word, inList(c, .utteranceNouns),
               let s = clauseSubject(clauseStart(before: c, lowerBound: a), c) {
                return Attribution(speaker: s, verb: k, source: .before)
            }
        }
        // "X, who said …": the antecedent of the relative pronoun.
        if t.kind == .word, (lowerIs(j, "who") || lowerIs(j, "whom")) {
            var c = j - 1
            if c >= a, isChar(c, ",") { c -= 1 }
            // an age between commas: "Thomas Gray, 24, who …"
            if c - 1 >= a, toks[c].kind == .number, isChar(c - 1, ",") { c -= 2 }
            if c >= a, toks[c].kind == .word, let np = npLeftWalk(from: c, lowerBound: a), let s = speaker(np) {
                return Attribution(speaker: s, verb: k, source: .before)
            }
            return nil
        }
        // "asked to clarify": a verb chain, its subject is not here.
        if t.kind == .word, !t.isCapitalized, inList(j, .reportingVerbs) { return nil }
        // A verb after a subordinating word has no subject here ("When asked about it, X …").
        if t.kind == .word, inList(j, .clauseWords), !inList(j, .coordinators),
           !(verbIsParticiple && (lowerIs(j, "by") || lowerIs(j, "after") || lowerIs(j, "before") || lowerIs(j, "while") || lowerIs(j, "when"))) {
            return nil
        }
        // A participle or a coordinated verb takes the subject of its clause ("X gave an account,
        // speaking via Twitter"; "X asked whether … and then declared").
        if (t.kind == .punct && isChar(t, ",") && verbIsParticiple)
            || (t.kind == .word && !t.isCapitalized && (inList(j, .coordinators) || (verbIsParticiple && (lowerIs(j, "by") || lowerIs(j, "after") || lowerIs(j, "before") || lowerIs(j, "while") || lowerIs(j, "when"))))) {
            if let s = clauseSubject(clauseStart(before: j, lowerBound: a), j) { return Attribution(speaker: s, verb: k, source: .before) }
            return nil
        }
        var np: Range<Int>? = nil
        if t.kind == .punct, isChar(t, ",") {
            np = subjectOverCommas(j, lowerBound: a)
        } else if t.kind == .punct, isChar(t, ")") {
            var o = j - 1
            while o >= a, !isChar(o, "(") { o -= 1 }
            if o > a { np = npLeftWalk(from: o - 1, lowerBound: a) }
        } else if verbIsParticiple, t.kind == .word || t.kind == .number,
                  let r = npLeftWalk(from: j, lowerBound: a), !(r.lowerBound > a && lower(r.lowerBound - 1) == "with") {
            // "issued a statement at his golf club saying": the participle's subject is the clause's.
            let before = r.lowerBound > a ? toks[r.lowerBound - 1] : nil
            let afterPlace = before.map { isChar($0, ",") || ($0.kind == .word && inList(r.lowerBound - 1, .prepositions) && !inList(r.lowerBound - 1, .coordinators)) } ?? false
            if afterPlace {
                if let s = clauseSubject(clauseStart(before: j, lowerBound: a), j) { return Attribution(speaker: s, verb: k, source: .before) }
                return nil
            }
            np = r
        } else if t.kind == .word || t.kind == .number {
            np = npLeftWalk(from: j, lowerBound: a)
            // "Erwin Chemerinsky, Dean of UC Berkeley School of Law called it": the name before the office.
            if let r = np, r.lowerBound - 1 > a, isChar(r.lowerBound - 1, ","), !looksLikeName(r),
               let named = subjectOverCommas(r.lowerBound - 1, lowerBound: a), looksLikeName(named) {
                np = named
            } else if let r = np, r.lowerBound > a {
                let before = toks[r.lowerBound - 1]
                if before.kind == .word, !before.isCapitalized {
                    let bk = r.lowerBound - 1
                    // "which the BBC noted", "in Ballot Access News comments": not the main attribution.
                    // (After a preposition only when no person is named: "Ambassador to the United Nations
                    // Nikki Haley wrote" is a subject.)
                    if inList(bk, .relativeWords) { return nil }
                    if inList(bk, .prepositions), !(lower(bk) == "with" && verbIsParticiple), !inList(bk, .coordinators),
                       !mentions(in: r).contains(where: { names.mentions[$0].type == .person
                           && (names.mentions[$0].span.start > toks[r.lowerBound].span.start || names.mentions[$0].text.contains(" ")) }) { return nil }
                }
            }
        }
        if let r = np, let s = speaker(r) { return Attribution(speaker: s, verb: k, source: .before) }
        return nil
    }

    /// A person's name after a comma, ending the clause, within a few tokens of `from` (", Y's chancellor, Pradeep
    /// Khosla.").
    func personAfterRole(_ from: Int, _ b: Int) -> Range<Int>? {
        guard from < b, isChar(from, ",") else { return nil }
        for m in mentions(in: from..<b) where names.mentions[m].type == .person {
            let r = tokenRange(names.mentions[m].span)
            guard !r.isEmpty, r.lowerBound - from <= 8, r.lowerBound > 0, isChar(r.lowerBound - 1, ","),
                  r.upperBound >= b || toks[r.upperBound].kind == .punct && !isJoiner(toks[r.upperBound]) else { continue }
            return r
        }
        return nil
    }

    /// "said the manager, Peter Hall": the name in apposition to a role phrase after a verb.
    func namedAppositive(after np: Range<Int>, limit b: Int) -> Range<Int>? {
        guard !looksLikeName(np), np.upperBound + 1 < b, isChar(np.upperBound, ","),
              let named = npAfterVerb(np.upperBound + 1, b), looksLikeName(named) else { return nil }
        return named
    }

    /// The end (the comma) of a fronted clause opening the sentence ("When asked …, X said"), if any.
    func frontedClauseEnd(_ a: Int, _ b: Int) -> Int? {
        guard a < b, toks[a].kind == .word else { return nil }
        // (`isAdverb(word: lower(a))` and the rest on the token's list bits and scalars: no string made.)
        if isAdverbWord(a), a + 1 < b, isChar(a + 1, ",") { return a + 1 }
        guard inList(a, .fronting) || ((lowerHasSuffix(a, "ing") || lowerHasSuffix(a, "ed")) && toks[a].isCapitalized) else { return nil }
        var k = a + 1
        while k < b, k - a < 30 {
            if toks[k].kind == .punct, isChar(k, ",") { return k }
            if toks[k].kind == .quote { return nil }
            k += 1
        }
        return nil
    }

    /// Where the clause holding token `j` starts: after the last quote, semicolon or sentence start.
    func clauseStart(before j: Int, lowerBound a: Int) -> Int {
        var k = j
        while k > a {
            let t = toks[k - 1]
            if t.kind == .quote, let pi = partIndex(containing: t.span.start) { return max(a, partTokens[pi].end) }
            if t.kind == .punct, isChar(t, ";") { return k }
            k -= 1
        }
        return a
    }

    func isPassive(_ k: Int, lowerBound a: Int) -> Bool {
        var j = k - 1
        while j >= a, toks[j].kind == .word, !toks[j].isCapitalized, lowerHasSuffix(j, "ly") || lowerIs(j, "also") || lowerIs(j, "not") { j -= 1 }
        return j >= a && toks[j].kind == .word && inList(j, .beVerbs)
    }

    func findBy(from a: Int, to b: Int) -> Int? {
        var k = a
        while k < b, k - a < 40 {
            if toks[k].kind == .word, textIs(toks[k], "by") { return k }
            k += 1
        }
        return nil
    }

    /// What a source issues rather than says: "according to a statement from X" is according to X.
    static let writtenWords: Set<String> = ["statement", "statements", "report", "release", "filing", "letter", "post",
                                             "tweet", "notice", "document", "memo", "email", "e-mail", "announcement"]

    func accordingTo(in r: Range<Int>) -> Attribution? {
        var k = r.lowerBound
        while k + 1 < r.upperBound {
            // Only words starting with a/A or w/W can be "according" or "words" (checked before any string).
            let c0 = scalars[toks[k].span.start]
            guard toks[k].kind == .word, c0 == "a" || c0 == "A" || c0 == "w" || c0 == "W" else { k += 1; continue }
            let phraseEnd: Int? = lowerIs(k, "according") && textIs(toks[k + 1], "to") ? k + 2
                : lowerIs(k, "words") && textIs(toks[k + 1], "of") ? k + 2 : nil
            if let pe = phraseEnd, toks[k].kind == .word, partIndex(containing: toks[k].span.start) == nil {
                var np: Range<Int>? = nil
                // "in the words of the Crown prosecutor, Mark Tedeschi, QC"
                if let role = npAfterVerb(pe, r.upperBound) { np = namedAppositive(after: role, limit: r.upperBound) ?? role }
                // "according to a statement from the Ministry of Health": the statement's author speaks.
                // (A day between them: "according to a tweet on Monday by US Secretary of State Mike Pompeo".)
                if let statement = np, toks[statement.upperBound - 1].kind == .word,
                   Attributor.writtenWords.contains(lower(statement.upperBound - 1)) {
                    var p = statement.upperBound
                    if p + 2 < r.upperBound, toks[p].kind == .word, (lowerIs(p, "on") || lowerIs(p, "last") || lowerIs(p, "this")),
                       toks[p + 1].kind == .word, inList(p + 1, .weekdaysAndMonths) { p += 2 }
                    else if p + 1 < r.upperBound, toks[p].kind == .word, (lowerIs(p, "yesterday") || lowerIs(p, "today")) { p += 1 }
                    if p + 1 < r.upperBound, toks[p].kind == .word, (lowerIs(p, "from") || lowerIs(p, "by") || lowerIs(p, "of")),
                       let author = npAfterVerb(p + 1, r.upperBound), speaker(author) != nil {
                        np = author
                    }
                }
                if let np, let s = speaker(np) { return Attribution(speaker: s, verb: k, source: .according) }
            }
            k += 1
        }
        return nil
    }

    /// Over commas: "Nancy Pelosi, the Speaker of the House, said"; "Kerry, who …, said".
    func subjectOverCommas(_ comma: Int, lowerBound lb: Int) -> Range<Int>? {
        var end = comma
        var appositive: Range<Int>? = nil
        for _ in 0..<4 {
            var a = end - 1
            while a >= lb, !(toks[a].kind == .punct && isClauseBreak(toks[a])) {
                guard toks[a].kind == .quote else { a -= 1; continue }
                // A short name in quotation marks inside the phrase ("Anna Franowska of "Have no fear", a charity,
                // told …") is walked over; any other quotation mark ends the phrase.
                var q = a - 1
                while q >= lb, a - q <= 8, toks[q].kind != .quote, !isClauseBreak(toks[q]) || toks[q].kind != .punct { q -= 1 }
                guard q > lb, q >= 0, toks[q].kind == .quote, a - q >= 2, toks[q - 1].kind == .word else { break }
                a = q - 1
            }
            let seg = (a + 1)..<end
            guard !seg.isEmpty else { break }
            let first = toks[seg.lowerBound]
            // (The first word's lists by its bits: no lower-case string made.)
            let fk = seg.lowerBound
            let officeOf = isTitle(seg.lowerBound) && seg.count > 1
                && (textIs(toks[seg.lowerBound + 1], "of") || (isTitle(seg.lowerBound + 1) && seg.count > 2 && textIs(toks[seg.lowerBound + 2], "of")))
            let isName = first.kind == .word && first.isCapitalized && !inList(fk, .determiners)
                && !inList(fk, .relativeWords) && !officeOf && !inList(fk, .fronting) && !isAdverbWord(fk)
            if isName, looksLikeName(seg), let np = forwardNP(seg.lowerBound, seg.upperBound), looksLikeName(np) { return np }
            if appositive == nil, first.kind == .word, inList(fk, .determiners) { appositive = seg }
            guard a >= lb, isChar(a, ",") else { break }
            end = a
        }
        return appositive
    }

    /// A noun phrase ending at token `j`, walking left over words (and "of", "from", … inside it).
    func npLeftWalk(from j: Int, lowerBound lb: Int) -> Range<Int>? {
        if toks[j].kind == .word, inList(j, .subjectPronouns) { return j..<(j + 1) }
        var a = j
        while a - 1 >= lb, j - a < 9 {
            let t = toks[a - 1]
            if t.kind == .word || t.kind == .number {
                // ("report" before "'s" is a noun: "The report's authors")
                if !t.isCapitalized, (inList(a - 1, .clauseWords) || (inList(a - 1, .reportingVerbs) && !isPossessive(a))), !inList(a - 1, .innerPrepositions) { break }
                a -= 1
            } else if t.kind == .punct, isJoiner(t) || isInitialDot(a - 1) {
                a -= 1
            } else { break }
        }
        while a <= j, toks[a].kind == .word, !toks[a].isCapitalized, inList(a, .innerPrepositions) || isAdverb(a) { a += 1 }
        return a <= j ? a..<(j + 1) : nil
    }

    /// The noun phrase after a reporting verb ("said Santa Barbara County Sheriff Bill Brown.").
    func npAfterVerb(_ from: Int, _ b: Int) -> Range<Int>? {
        guard from < b else { return nil }
        if toks[from].kind == .word, inList(from, .subjectPronouns) { return from..<(from + 1) }
        var k = from
        var sawCap = false
        var onlyTitles = true
        var determinerLed = toks[from].kind == .word && inList(from, .determiners)
        while k < b, k - from < 12 {
            let t = toks[k]
            if t.kind == .word || t.kind == .number {
                let nextCap = k + 1 < b && toks[k + 1].kind == .word && toks[k + 1].isCapitalized
                if !isNameWord(k) {
                    if isPossessive(k) { determinerLed = true; k += 1; continue }
                    if sawCap, inList(k, .nameParticles), nextCap { k += 1; continue }
                    // "Mayor of London Sadiq Khan", "Center for Biological Diversity scientist Tierra Curry"
                    // (The words tested with lowerIs and lowerHasSuffix: no lower-case string made.)
                    let isFor = lowerIs(k, "for")
                    if lowerIs(k, "of") || isFor, sawCap, onlyTitles || isFor || k + 2 < b && toks[k + 2].isCapitalized, nextCap { k += 1; continue }
                    // "said study co-author and Royal Society Fellow Tim Caro": one role, then the name
                    if lowerIs(k, "and"), !sawCap, k > from, nextCap { k += 1; continue }
                    if inList(k, .prepositions) || inList(k, .relativeWords) || (inList(k, .reportingVerbs) && !isNounUse(k, lowerBound: from)) { break }
                    if lowerHasSuffix(k, "ing"), k > from { break }
                    // A role noun between an organisation and a name ("UCL astronomer Angelos Tsiaras",
                    // "Rutgers University political scholar Kelly Dittmar"), or heading a determiner phrase
                    // ("the Crown prosecutor").
                    let nextNextCap = k + 2 < b && toks[k + 1].kind == .word && !toks[k + 1].isCapitalized
                        && !inList(k + 1, .prepositions) && toks[k + 2].kind == .word && toks[k + 2].isCapitalized
                    if sawCap, !nextCap, !nextNextCap, !determinerLed { break }
                } else {
                    sawCap = true
                    if !isTitle(k) { onlyTitles = false }
                }
                k += 1
            } else if t.kind == .punct, isJoiner(t) || isInitialDot(k) {
                k += 1
            } else { break }
        }
        while k > from, toks[k - 1].kind != .word { k -= 1 }
        return k > from ? from..<k : nil
    }

    /// The noun phrase that opens a clause, read forwards: a pronoun; a name with its titles and role
    /// nouns ("artist Leisha Riddell"); or a determiner phrase up to its verb ("the head of the police's
    /// internal investigators").
    func forwardNP(_ a: Int, _ b: Int) -> Range<Int>? {
        var start = a
        while start < b, toks[start].kind != .word { start += 1 }
        guard start < b else { return nil }
        if inList(start, .subjectPronouns) { return start..<(start + 1) }
        var k = start
        if inList(start, .determiners) {
            k += 1
            while k < b, k - start < 10 {
                let t = toks[k]
                if t.kind == .word {
                    // (A reporting verb right after the determiner is a noun: "The comments called her …", "A tweet …".)
                    if !t.isCapitalized, (inList(k, .clauseWords) && !inList(k, .innerPrepositions))
                        || inList(k, .reportingVerbs) && k > start + 1 || inList(k, .beVerbs) { break }
                    // a past-tense verb after the noun ends the phrase ("The palace issued …"), an
                    // adjective right after the determiner does not ("the alleged victim")
                    if !t.isCapitalized, lowerHasSuffix(k, "ed"), k - start >= 2, !isAdverb(k - 1), toks[k - 1].kind == .word,
                       !inList(k - 1, .determiners) { break }
                    k += 1; continue
                }
                if t.kind == .punct, isJoiner(t) || isInitialDot(k) { k += 1; continue }
                break
            }
        } else {
            var sawName = false
            while k < b, k - start < 10 {
                let t = toks[k]
                if t.kind == .word {
                    let nextCap = k + 1 < b && toks[k + 1].kind == .word && toks[k + 1].isCapitalized
                    if isNameWord(k) || textIs(t, "'s") { sawName = sawName || isNameWord(k); k += 1; continue }
                    if inList(k, .nameParticles) && nextCap { k += 1; continue }
                    // a lower-case role noun before a name: "artist Leisha Riddell", "study co-author Ted Scambos"
                    // after a name only a role noun, never a verb: "AIP chairman Markham Robinson", not "Biden rejected Pelosi"
                    if sawName, lowerHasSuffix(k, "ed") || lowerHasSuffix(k, "s") { break }
                    if nextCap, !inList(k, .clauseWords), !inList(k, .reportingVerbs) { k += 1; continue }
                    if k + 2 < b, toks[k + 1].kind == .word, !toks[k + 1].isCapitalized, toks[k + 2].isCapitalized,
                       !inList(k, .clauseWords), !inList(k + 1, .clauseWords), !inList(k, .reportingVerbs), !inList(k + 1, .reportingVerbs) { k += 2; continue }
                    break
                }
                if t.kind == .punct, isJoiner(t) || isInitialDot(k) { k += 1; continue }
                break
            }
        }
        while k > start, toks[k - 1].kind != .word { k -= 1 }
        return k > start ? start..<k : nil
    }

    /// The subject of the clause that starts at `a` (after quotes and a fronted clause), as a speaker.
    func clauseSubject(_ a0: Int, _ b: Int) -> Speaker? {
        var a = a0
        // Skip quotes at the start of the range, and a fronted phrase.
        func skipQuotes() {
            while a < b, toks[a].kind == .quote || partIndex(containing: toks[a].span.start) != nil {
                if let pi = partIndex(containing: toks[a].span.start) { a = max(a + 1, partTokens[pi].end) } else { a += 1 }
            }
        }
        skipQuotes()
        guard a < b else { return nil }
        if let f = frontedClauseEnd(a, b) { a = f + 1; skipQuotes() }
        // "And Smith …", "Next, …": a connective is not the subject.
        while a < b, toks[a].kind == .word, inList(a, .coordinators) || inList(a, .connectiveAdverbs) || lowerIs(a, "next") {
            a += 1
            if a < b, isChar(a, ",") { a += 1 }
        }
        guard a < b, toks[a].kind == .word else { return nil }
        guard var np = forwardNP(a, b) else { return nil }
        // "The mayor of London, Sadiq Khan, gave …": the name in apposition to a role.
        if !looksLikeName(np), np.upperBound + 1 < b, isChar(np.upperBound, ","),
           let named = forwardNP(np.upperBound + 1, b), looksLikeName(named),
           named.upperBound < b, isChar(named.upperBound, ",") {
            np = named
        }
        return speaker(np)
    }

    /// A phrase headed by a name rather than a role or office ("Kerry", "artist Leisha Riddell",
    /// not "the mayor of London", "Dean of UC Berkeley School of Law", "Panama coach").
    func looksLikeName(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        let first = toks[r.lowerBound]
        if first.kind == .word, inList(r.lowerBound, .determiners) { return false }
        if isTitle(r.lowerBound), r.count > 1, textIs(toks[r.lowerBound + 1], "of") { return false }
        var head = r.upperBound - 1
        for k in r where toks[k].kind == .word && !toks[k].isCapitalized && inList(k, .innerPrepositions) && k > r.lowerBound {
            head = k - 1; break
        }
        return toks[head].kind == .word && isNameWord(head) && !isTitle(head)
    }

    /// A capitalised word, or a lower-case particle joined to a name ("al-Amr", "el-Sisi").
    func isNameWord(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word else { return false }
        if t.isCapitalized { return true }
        // (No "-" scalar, no "-" character: nothing is canonically equivalent to a hyphen-minus.)
        guard (t.span.start..<t.span.end).contains(where: { scalars[$0] == "-" }), let dash = tx(t).firstIndex(of: "-") else { return false }
        let head = tx(t)[tx(t).startIndex..<dash]
        let rest = tx(t)[tx(t).index(after: dash)...]
        return L.nameParticles.contains(String(head)) && (rest.first?.isUppercase ?? false)
    }

    // MARK: - from a noun phrase to a speaker

    /// Names (title-stripped), pronouns (resolved) and role phrases (resolved to the named holder of the role).
    func speaker(_ r0: Range<Int>) -> Speaker? {
        var r = r0
        while r.lowerBound < r.upperBound, toks[r.lowerBound].kind == .word, !toks[r.lowerBound].isCapitalized,
              (lowerIs(r.lowerBound, "and") || lowerIs(r.lowerBound, "but") || lowerIs(r.lowerBound, "with") || lowerIs(r.lowerBound, "while") || lowerIs(r.lowerBound, "as") || lowerIs(r.lowerBound, "so") || lowerIs(r.lowerBound, "then")) || isAdverb(r.lowerBound) {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        while r.lowerBound < r.upperBound, toks[r.upperBound - 1].kind != .word || isAdverb(r.upperBound - 1) && !toks[r.upperBound - 1].isCapitalized {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        guard !r.isEmpty else { return nil }
        if r.count == 1, inList(r.lowerBound, .subjectPronouns) {
            let k = r.lowerBound
            var s = Speaker(text: tx(k), span: toks[k].span, isPronoun: true)
            if let (canon, e) = resolvePronoun(at: k) { s.canonical = canon; s.entity = e }
            return s
        }
        // "Cornyn's statement", "Judge Miller's letter": the owner of the statement speaks.
        if let poss = (r.lowerBound..<r.upperBound).first(where: { isPossessive($0) }), poss > r.lowerBound,
           r.upperBound - 1 > poss, inList(r.upperBound - 1, .utteranceNouns),
           !inList(poss - 1, .subjectPronouns) {
            var ownerStart = r.lowerBound
            for k in r.lowerBound..<poss where toks[k].kind == .word && !toks[k].isCapitalized && inList(k, .innerPrepositions) { ownerStart = k + 1 }
            let ownerRange = stripTitles(ownerStart..<poss)
            let span = Span(toks[r.lowerBound].span.start, toks[r.upperBound - 1].span.end)
            guard !ownerRange.isEmpty else { return role(r) }
            let ownerSpan = Span(toks[ownerRange.lowerBound].span.start, toks[ownerRange.upperBound - 1].span.end)
            let (canon, e) = canonical(name: ownerRange, text: doc.string(ownerSpan), entity: entityCovering(ownerSpan))
            return Speaker(text: doc.string(span), span: span, canonical: canon, entity: e)
        }
        let startsWithDeterminer = inList(r.lowerBound, .determiners)
        // A named person in the phrase: the name finder's PERSON mentions first, then capitalised runs.
        var candidate: (Range<Int>, Int?)? = nil
        var anyMention = false
        for m in mentions(in: r) {
            anyMention = true
            let mr = tokenRange(names.mentions[m].span)
            guard names.mentions[m].type == .person, mr.lowerBound >= r.lowerBound, mr.upperBound <= r.upperBound,
                  !isPossessive(mr.upperBound), !precededByPreposition(mr.lowerBound, in: r) else { continue }
            candidate = (mr, names.mentions[m].entity)
        }
        if candidate == nil {
            for run in capitalisedRuns(in: r) where !isPossessive(run.upperBound) && !precededByPreposition(run.lowerBound, in: r) {
                // Without a PERSON mention, a title or name suffix still marks a person ("Judge Durham Hall QC"),
                // and so does a name heading the phrase unless it is exactly a place or organisation.
                let afterPossessive = run.lowerBound > r.lowerBound && isPossessive(run.lowerBound - 1) && run.count == 1
                if !anyMention || stripTitles(run).count < run.count
                    || (run.upperBound == r.upperBound && !isNonPersonMention(run) && !afterPossessive) { candidate = (run, nil) }
            }
        }
        if let (run, entity) = candidate, !startsWithDeterminer || run.upperBound == r.upperBound {
            let name = stripTitles(run)
            guard !name.isEmpty else { return role(r) }
            let span = Span(toks[name.lowerBound].span.start, toks[name.upperBound - 1].span.end)
            let text = doc.string(span)
            let (canon, e) = canonical(name: name, text: text, entity: entity ?? entityCovering(span))
            return Speaker(text: text, span: span, canonical: canon, entity: e)
        }
        return role(r)
    }

    /// A role phrase ("a Kremlin spokesman", "the minister"): the named person holding that role in the
    /// story, else the phrase itself.
    func role(_ r: Range<Int>) -> Speaker? {
        guard r.count <= 12 else { return nil }
        let span = Span(toks[r.lowerBound].span.start, toks[r.upperBound - 1].span.end)
        let text = doc.string(span)
        var words: [String] = []
        words.reserveCapacity(r.count)
        for k in r where toks[k].kind == .word { words.append(lower(k)) }
        // No phrase at all: an article or possessive alone ("The comments called her a …" cut to "The"), a phrase
        // ending in a preposition or conjunction ("include investigation of"), a verb's "-ing" alone ("trying").
        guard let last = words.last, !words.allSatisfy({ Attributor.bareDeterminers.contains($0) }),
              !L.prepositions.contains(last), last != "and", last != "or",
              words.contains(where: { Attributor.hasTwoLetters($0) && $0 != "'s" }),
              // a time ("The next day, … delivered a speech"), a pronoun and its verb ("they used to call it")
              !Attributor.timeHeads.contains(last), !(words.count > 1 && L.subjectPronouns.contains(words[0])),
              // a conjunction alone, capitalised or not ("And")
              !(words.count == 1 && (L.coordinators.contains(last) || L.clauseWords.contains(last))) else { return nil }
        // One lower-case word speaks only as a plural, a collective or a person's noun ("investigators", "police",
        // "spokesperson"), not a verb or a contraction ("start saying", "you'd say").
        if words.count == 1, !toks[r.lowerBound].isCapitalized {
            let w = last
            let personal = ["er", "or", "ist", "ian", "ent", "ant", "man", "woman", "person", "one", "body"].contains { w.hasSuffix($0) }
            // (An ASCII word holds ' just when it holds the byte, and no ’: no need for Foundation's search.)
            let ascii = w.utf8.allSatisfy { $0 < 0x80 }
            guard ascii ? !w.utf8.contains(0x27) : !w.contains("'") && !w.contains("\u{2019}"), !w.hasSuffix("ing"), !w.hasSuffix("ed"),
                  w.hasSuffix("s") || personal || Attributor.collectiveNouns.contains(w) else { return nil }
        }
        // The head noun: the last word before an inner preposition, else the last word.
        var head = words.last ?? ""
        for (n, w) in words.enumerated() where n > 0 && L.innerPrepositions.contains(w) { head = words[n - 1]; break }
        if let e = roleHolder(head: head, words: words) {
            return Speaker(text: text, span: span, canonical: names.entities[e].name, entity: e)
        }
        var canon = text
        if let f = words.first, L.determiners.contains(f), let c = canon.first, c.isUppercase {
            canon = c.lowercased() + canon.dropFirst()
        }
        return Speaker(text: text, span: span, canonical: canon, entity: nil)
    }

    /// At least two alphabetic scalars (`Cleaner.isLetter` is the Alphabetic property, looked up in a table).
    static func hasTwoLetters(_ w: String) -> Bool {
        var n = 0
        for c in w.unicodeScalars where Cleaner.isLetter(c) {
            n += 1
            if n == 2 { return true }
        }
        return false
    }

    static let timeHeads: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "morning",
                                         "afternoon", "evening", "night", "time", "weekend", "hour", "hours"]
    static let collectiveNouns: Set<String> = ["police", "staff", "management", "government", "media", "military",
                                               "public", "clergy", "press", "security", "administration", "leadership",
                                               "parliament", "congress", "senate", "army", "navy", "family", "crew",
                                               "team", "company", "prosecution", "defence", "defense", "court", "jury",
                                               "people", "everyone", "everybody", "someone", "somebody", "nobody",
                                               "anyone", "anybody", "crowd", "audience", "opposition"]
    static let bareDeterminers: Set<String> = ["a", "an", "the", "this", "that", "these", "those", "his", "her",
                                                "their", "its", "our", "my", "your"]

    func roleHolder(head: String, words: [String]) -> Int? {
        guard !head.isEmpty else { return nil }
        var content: [String]? = nil
        var best: Int? = nil
        // the head of the role: "spokesman" in "spokesman for the ministry". (The persons' roles are split one by one
        // as asked, once a role is known to hold the head's bytes: a story asks about a role or two, and most
        // roles can be passed over without lower-casing and splitting them.)
        for i in names.entities.indices where names.entities[i].type == .person {
            guard let role = names.entities[i].role, !Self.roleLacks(role, head), let p = Self.roleWords(role), p.head == head
            else { continue }
            // Every word of the phrase except determiners must be part of the role ("a Kremlin spokesman"). (The
            // phrase and the role have a few words each: searching the arrays is cheaper than making two sets.)
            if content == nil { content = words.filter { !L.determiners.contains($0) } }
            if content!.allSatisfy({ p.words.contains($0) }) { best = names.entities[i].id }
        }
        return best
    }

    // MARK: - names

    func stripTitles(_ run: Range<Int>) -> Range<Int> {
        var a = run.lowerBound, b = run.upperBound
        // Everything up to the last title word is title ("Santa Barbara County Sheriff Bill Brown").
        var k = b - 1
        while k > a {
            if isTitle(k - 1) || (toks[k - 1].kind == .punct && k - 2 >= a && L.isTitle(tx(k - 2) + ".")) {
                a = k; break
            }
            k -= 1
        }
        // "Secretary of State John Kerry": a run after "of" that follows a title starts with the office.
        if a == run.lowerBound, b - a >= 3, a >= 2, textIs(toks[a - 1], "of"), isTitle(a - 2) { a += 1 }
        while b > a + 1, L.nameSuffixes.contains(tx(b - 1)) { b -= 1 }
        while b > a + 1, toks[b - 1].kind == .punct { b -= 1 }
        while a < b, toks[a].kind != .word { a += 1 }
        return a..<b
    }

    func capitalisedRuns(in r: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var k = r.lowerBound
        while k < r.upperBound {
            let t = toks[k]
            guard t.kind == .word, t.isCapitalized, !(k == r.lowerBound && inList(k, .determiners)) else { k += 1; continue }
            var e = k + 1
            while e < r.upperBound {
                let u = toks[e]
                if u.kind == .word, isNameWord(e) { e += 1; continue }
                if u.kind == .punct, isInitialDot(e) { e += 1; continue }
                if u.kind == .word, inList(e, .nameParticles), e + 1 < r.upperBound, toks[e + 1].isCapitalized { e += 1; continue }
                break
            }
            runs.append(k..<e)
            k = e
        }
        return runs
    }

    /// The fullest name the story gives the person: the linked entity's name when it is a full name,
    /// else the longest title-stripped form of any PERSON mention ending in the same surname.
    func canonical(name: Range<Int>, text: String, entity: Int?) -> (String, Int?) {
        // A speaker is a person: a non-person mention ("Hall") defers to a person of that surname.
        if let e = entity, names.entities[e].type != .person,
           !isPersonLastWord(tx(name.upperBound - 1)) { return (names.entities[e].name, e) }
        if let e = entity, let stripped = fullNameWithoutTitles(e) { return (stripped, e) }
        let surname = tx(name.upperBound - 1)
        for c in fullestCache where c.surname == surname { return c.fullest ?? (text, entity) }
        var best: (String, Int?, Int)? = nil
        for p in personLastWords where p.last == surname {
            let e = names.entities[p.id]
            for m in e.mentions.prefix(8) {
                let full = stripTitles(tokenRange(names.mentions[m].span))
                guard !full.isEmpty, tx(full.upperBound - 1) == surname, full.count <= 5 else { continue }
                let n = full.count
                if best == nil || n > best!.2 {
                    best = (doc.string(Span(toks[full.lowerBound].span.start, toks[full.upperBound - 1].span.end)), e.id, n)
                }
            }
        }
        let result = best.map { ($0.0, $0.1) }
        fullestCache.append((surname, result.map { ($0.0, $0.1) }))
        return result ?? (text, entity)
    }

    /// The entity's name without titles when it has two words or more, else nil (worked out once per entity).
    func fullNameWithoutTitles(_ e: Int) -> String? {
        if strippedNameIndex.isEmpty { strippedNameIndex = Array(filling: -1, count: names.entities.count) }
        let cached = strippedNameIndex[e]
        if cached >= 0 { return strippedNameTexts[Int(cached)] }
        if cached == Self.noStrippedName { return nil }
        let name = names.entities[e].name
        let result: String?
        if let ascii = Self.asciiNameWithoutTitles(name) {
            result = ascii
        } else {
            let words = ScalarText.split(name)
            result = words.count >= 2 ? stripTitles(words: words, of: name) : nil
        }
        if let result {
            strippedNameIndex[e] = Int32(strippedNameTexts.count)
            strippedNameTexts.append(result)
        } else {
            strippedNameIndex[e] = Self.noStrippedName
        }
        return result
    }

    func stripTitles(_ name: String) -> String { stripTitles(words: ScalarText.split(name), of: name) }

    /// `fullNameWithoutTitles` of an ASCII name of at most 32 words, worked out on its UTF-8: the words are looked
    /// up in the lists as bytes (a word with a hyphen as a string, for `isTitle`'s halves), and only the result is
    /// made, if it is not the name itself. `.some(nil)` for a name of one word; nil for a name this does not take.
    static func asciiNameWithoutTitles(_ name: String) -> String?? {
        var utf8 = name
        return utf8.withUTF8 { u -> String?? in
            for b in u where b >= 0x80 { return nil }
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: 64) { bounds -> String?? in
                // The words (`ScalarText.split`: the non-empty runs between spaces), as byte ranges.
                var n = 0, i = 0
                while i < u.count {
                    while i < u.count, u[i] == 0x20 { i += 1 }
                    guard i < u.count else { break }
                    let start = i
                    while i < u.count, u[i] != 0x20 { i += 1 }
                    guard n < 32 else { return nil }
                    bounds[2 * n] = start; bounds[2 * n + 1] = i; n += 1
                }
                guard n >= 2 else { return .some(nil) }
                func word(_ j: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: u[bounds[2 * j]..<bounds[2 * j + 1]]) }
                func isTitle(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
                    L.titles.contains(w) || (w.contains(0x2D) && L.isTitle(String(decoding: w, as: UTF8.self)))
                }
                // As `stripTitles(words:of:)`: everything up to the last title word goes (unless it is the last
                // word), then name suffixes from the end (keeping one word).
                var first = 0, end = n
                for j in stride(from: n - 1, through: 0, by: -1) where isTitle(word(j)) {
                    if j < n - 1 { first = j + 1 }
                    break
                }
                while end - first > 1, L.nameSuffixes.contains(word(end - 1)) { end -= 1 }
                var letters = 0
                for j in 0..<n { letters += bounds[2 * j + 1] - bounds[2 * j] }
                if first == 0, end == n, u.count == letters + n - 1 { return .some(name) }
                var out = ""
                for j in first..<end {
                    if j > first { out += " " }
                    out += String(decoding: word(j), as: UTF8.self)
                }
                return .some(out)
            }
        }
    }

    /// `stripTitles(name)` given the name's words (`ScalarText.split(name)`).
    func stripTitles(words all: [String], of name: String) -> String {
        var words = all
        if let last = words.lastIndex(where: { L.isTitle($0) }), last < words.count - 1 { words.removeFirst(last + 1) }
        while words.count > 1, let l = words.last, L.nameSuffixes.contains(l) { words.removeLast() }
        // Nothing taken off a name with one space between words and none at its ends (its bytes are its words'
        // and one space each between): joining the words gives the name back, so the name is the result.
        if words.count == all.count, name.utf8.count == words.reduce(words.count - 1, { $0 + $1.utf8.count }) { return name }
        return words.joined(separator: " ")
    }

    // MARK: - pronouns

    /// The person a pronoun refers to: the subject of the main clause when the pronoun sits in a fronted
    /// clause ("Referring to what he described …, Kerry said"), else the most recent compatible person,
    /// preferring speakers and clause subjects.
    func resolvePronoun(at p: Int) -> (String, Int?)? {
        let lw = lower(p)
        let gender: Gender? = L.malePronouns.contains(lw) ? .male : L.femalePronouns.contains(lw) ? .female : nil
        if lw == "i" || lw == "we" {
            // In an interview turn ("((NoamChomsky)) … I said …") the first person is the turn's speaker.
            if let t = turnSpeaker(paragraph: toks[p].paragraph), let c = t.canonical { return (c, t.entity) }
            return nil
        }
        if lw == "you" { return nil }
        let sentence = doc.sentenceTokens[toks[p].sentence]
        if toks[sentence.lowerBound].kind == .word, inList(sentence.lowerBound, .fronting) {
            var k = p + 1
            while k < sentence.upperBound, !isChar(k, ",") { k += 1 }
            if k + 1 < sentence.upperBound, toks[k + 1].isCapitalized, !inList(k + 1, .determiners) {
                var e = k + 1
                while e < sentence.upperBound, toks[e].kind == .word, toks[e].isCapitalized || inList(e, .nameParticles) { e += 1 }
                if e < sentence.upperBound, toks[e].kind == .word, !toks[e].isCapitalized, let s = speaker((k + 1)..<e), !s.isPronoun, let c = s.canonical {
                    return (c, s.entity)
                }
            }
        }
        let minPara = max(0, toks[p].paragraph - 3)
        // The latest speaker before the pronoun.
        var fromHistory: (Int, Speaker)? = nil
        for h in history.reversed() where h.tok < toks[p].span.start {
            if toks[doc.tokenIndex(atOrAfter: h.tok)].paragraph < minPara { break }
            // "he" and "she" never stand for an institution ("the police", "the ministry").
            if gender != nil, h.speaker.entity == nil, let head = ScalarText.lastWord(h.speaker.text),
               L.institutionNouns.contains(head.lowercased()) { continue }
            if compatible(h.speaker.canonical, h.speaker.entity, gender) { fromHistory = (h.tok, h.speaker); break }
        }
        // The latest PERSON mention in subject position before it (outside quotes).
        var fromMentions: (Int, String, Int)? = nil
        var fallback: (Int, String, Int)? = nil
        var m = mentionIndex(before: toks[p].span.start)
        var looked = 0
        while m >= 0, looked < 60 {
            let men = names.mentions[m]
            let mr = tokenRange(men.span)
            if mr.isEmpty || toks[mr.lowerBound].paragraph < minPara { break }
            looked += 1
            if men.type == .person, partIndex(containing: men.span.start) == nil,
               compatible(names.entities[men.entity].name, men.entity, gender) {
                let (canon, e) = canonical(name: stripTitles(mr), text: men.text, entity: men.entity)
                if fallback == nil { fallback = (men.span.start, canon, e ?? men.entity) }
                if isSubjectLike(mr) { fromMentions = (men.span.start, canon, e ?? men.entity); break }
            }
            m -= 1
        }
        var choice: (String, Int?)? = nil
        switch (fromHistory, fromMentions) {
        case let (h?, f?): choice = h.0 >= f.0 ? (h.1.canonical ?? h.1.text, h.1.entity) : (f.1, f.2)
        case let (h?, nil): choice = (h.1.canonical ?? h.1.text, h.1.entity)
        case let (nil, f?): choice = (f.1, f.2)
        default: choice = fallback.map { ($0.1, $0.2) }
        }
        if let c = choice, let g = gender, learntGender[c.0] == nil { learntGender[c.0] = g }
        return choice
    }

    func compatible(_ canonical: String?, _ entity: Int?, _ g: Gender?) -> Bool {
        guard let g else { return true }
        if let e = entity, e < names.genders.count, let eg = names.genders[e] { return eg == g }
        if let c = canonical, let lg = learntGender[c] { return lg == g }
        return true
    }

    /// A mention at the start of its clause (at most a title or two before it), followed by a verb-like word.
    func isSubjectLike(_ r: Range<Int>) -> Bool {
        // the source of "according to X" is a speaker too
        if r.lowerBound >= 2, lowerIs(r.lowerBound - 1, "to"), lowerIs(r.lowerBound - 2, "according") { return true }
        let sentenceStart = doc.sentenceTokens[toks[r.lowerBound].sentence].lowerBound
        var lead = 0
        var c = r.lowerBound
        while c > sentenceStart, toks[c - 1].kind == .word, !isChar(c - 1, ",") { lead += 1; c -= 1 }
        if lead > 3 { return false }
        if r.lowerBound > 0, toks[r.lowerBound - 1].kind == .word, !toks[r.lowerBound - 1].isCapitalized {
            if inList(r.lowerBound - 1, .prepositions) || inList(r.lowerBound - 1, .reportingVerbs) { return false }
        }
        var k = r.upperBound
        while k < toks.count, toks[k].kind == .word, isAdverb(k), !toks[k].isCapitalized { k += 1 }
        guard k < toks.count else { return false }
        let t = toks[k]
        if t.kind == .punct { return isChar(t, ",") }
        return t.kind == .word && !t.isCapitalized && !inList(k, .prepositions) && !textIs(t, "'s")
    }

    // MARK: - interview turns

    /// "((WSS)) : …" / "((NoamChomsky)) …" at a paragraph start names the speaker of the turn.
    func turnSpeaker(paragraph: Int) -> Speaker? {
        let p = doc.paragraphs[paragraph].span
        let s = scalars
        guard p.length > 4, s[p.start] == "(", s[p.start + 1] == "(" else { return nil }
        if let known = turnSpeakers[paragraph] { return known }
        let found = turnSpeaker(span: p)
        turnSpeakers[paragraph] = .some(found)
        return found
    }
    /// `turnSpeaker(paragraph:)` of the paragraph with this span, opening with "((".
    func turnSpeaker(span p: Span) -> Speaker? {
        let s = scalars
        var k = p.start + 2
        while k + 1 < p.end, k - p.start < 60, !(s[k] == ")" && s[k + 1] == ")") { k += 1 }
        guard k + 1 < p.end, k > p.start + 2 else { return nil }
        let span = Span(p.start + 2, k)
        var name = String.UnicodeScalarView()
        for (n, c) in s[span.start..<span.end].enumerated() {
            if n > 0, c.properties.isUppercase, let prev = name.last, prev.properties.isLowercase { name.append(" ") }
            name.append(c)
        }
        let text = String(name)
        var canon = text
        var entity: Int? = nil
        // (An ASCII text holds a space just when it holds the byte: no need for Foundation's search.)
        let hasSpace = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.contains(0x20) : text.contains(" ")
        if let last = ScalarText.lastWord(text), hasSpace {
            for p in personLastWords where p.last == last {
                let e = names.entities[p.id]
                if ScalarText.split(e.name).count > ScalarText.split(canon).count || e.name.count >= canon.count { canon = e.name; entity = e.id }
            }
        }
        return Speaker(text: doc.string(span), span: span, canonical: canon, entity: entity)
    }

    // MARK: - kinds and terms

    /// `direct` when the quotation stands as its own utterance (it opens its sentence, follows a comma or
    /// colon, or is a clause of its own); `mixed` when it is a fragment inside the writer's sentence.
    func kind(of i: Int) -> QuoteKind {
        let (ot, et) = partTokens[i]
        guard ot < et else { return .direct }
        let sentence = doc.sentenceTokens[toks[ot].sentence]
        var firstWord = ot
        while firstWord < et, toks[firstWord].kind != .word { firstWord += 1 }
        if firstWord < et, inList(firstWord, .relativeWords), firstWord > ot { return .mixed }
        var prev = ot - 1
        while prev >= sentence.lowerBound, toks[prev].kind == .quote { prev -= 1 }
        if prev < sentence.lowerBound {
            // A quotation that is the subject of the writer's sentence ("Law and order" was a theme).
            if et < toks.count, toks[et].paragraph == toks[ot].paragraph, toks[et].kind == .word,
               inList(et, .beVerbs) || (lowerIs(et, "has") || lowerIs(et, "have") || lowerIs(et, "had") || lowerIs(et, "will") || lowerIs(et, "would") || lowerIs(et, "can") || lowerIs(et, "could") || lowerIs(et, "may") || lowerIs(et, "might") || lowerIs(et, "must")) {
                return .mixed
            }
            return .direct
        }
        let pt = toks[prev]
        if pt.kind == .punct {
            if isDirectIntroMark(pt) { return .direct }
            if isChar(pt, "(") || isChar(pt, "[") { return .mixed }
        }
        if pt.kind == .word, inList(prev, .embeddingWords) { return .mixed }
        return isClause(ot, et) ? .direct : .mixed
    }

    /// The quoted words begin a clause: a subject pronoun among the first three words.
    func isClause(_ ot: Int, _ et: Int) -> Bool {
        var n = 0
        var k = ot
        while k < et, n < 3 {
            if toks[k].kind == .word {
                if inList(k, .clauseSubjects) { return true }
                if lowerIs(k, "that") || lowerIs(k, "this") || lowerIs(k, "what") || lowerIs(k, "who"), k + 1 < et,
                   (lowerIs(k + 1, "'s") || lowerIs(k + 1, "is") || lowerIs(k + 1, "was")) { return true }
                n += 1
            }
            k += 1
        }
        return false
    }

    /// A short quoted fragment that names rather than quotes: after a naming word ("the slur "Big
    /// Mike"", "a song called "Day after Day""), in brackets, or — when nobody is said to have said
    /// it — in title case or only a few words long.
    func isTermOrTitle(_ i: Int, attributed: Bool) -> Bool {
        let (ot, et) = partTokens[i]
        var words = 0, capitalised = 0
        for k in ot..<et where toks[k].kind == .word || toks[k].kind == .number {
            words += 1
            // (More than six words is never a term: no need to look at the rest.)
            if words > 6 { return false }
            if toks[k].isCapitalized || toks[k].kind == .number || inList(k, .titleCaseSmallWords) { capitalised += 1 }
        }
        if ot > 0, toks[ot - 1].paragraph == toks[ot].paragraph {
            let pt = toks[ot - 1]
            if pt.kind == .punct, isChar(pt, "(") { return true }
            if pt.kind == .word, inList(ot - 1, .namingCues) { return true }
            // "nicknamed the "Nickinator""
            if pt.kind == .word, inList(ot - 1, .determiners), ot - 2 >= 0, toks[ot - 2].kind == .word,
               inList(ot - 2, .namingCues) { return true }
            if !attributed, pt.kind == .word, lower(ot - 1) == "or" { return true }
        }
        if attributed { return false }
        return (words <= 4 && kind(of: i) == .mixed) || (capitalised == words && toks[ot + 1 < et ? ot + 1 : ot].isCapitalized)
    }

    // MARK: - helpers

    /// Marks just inside a closing quotation mark that end the quoted clause.
    /// (Each mark is tested on its own rather than over an array of strings: no static to check and no strings to
    /// retain.)
    func isClauseEndMark(_ t: Token) -> Bool {
        textIs(t, ",") || textIs(t, "?") || textIs(t, "!") || textIs(t, "\u{2026}") || textIs(t, "...") || textIs(t, "-")
            || textIs(t, "\u{2014}")
    }
    /// Marks right after a closing quotation mark that end the clause.
    func isClauseBreakAfter(_ t: Token) -> Bool {
        textIs(t, ",") || textIs(t, "\u{2014}") || textIs(t, "\u{2013}") || textIs(t, "-") || textIs(t, "--")
    }
    /// Marks before a quotation that introduce it as an utterance of its own.
    func isDirectIntroMark(_ t: Token) -> Bool {
        textIs(t, ",") || textIs(t, ":") || textIs(t, "\u{2014}") || textIs(t, "\u{2013}") || textIs(t, "-") || textIs(t, ";")
            || textIs(t, "--")
    }

    /// `tx(t) == w` for a `w` of ASCII, ’, –, — and … only (as every word and mark asked for is), mostly without
    /// making the token's string. No scalar but U+037E (;), U+1FEF (`) and U+212A (K) has a canonical decomposition
    /// made of those scalars, and those three decompose to one scalar each (`decomposesToASCII`). So at the first
    /// scalar of the token that differs from `w`'s: one of the three may still make the strings equal (then they are
    /// compared); any other makes them unequal (its decomposition stays where it is, different, or holds a scalar `w`
    /// has not). A token that runs out first, or goes on after `w`, is unequal too.
    @inline(__always) func textIs(_ t: Token, _ w: String) -> Bool {
        assert(w.unicodeScalars.allSatisfy { $0.isASCII || "\u{2019}\u{2013}\u{2014}\u{2026}".unicodeScalars.contains($0) })
        var k = t.span.start
        for c in w.unicodeScalars {
            guard k < t.span.end else { return false }
            let d = scalars[k]
            if d != c { return Self.decomposesToASCII(d.value) && tx(t) == w }
            k += 1
        }
        return k == t.span.end
    }
    /// U+037E, U+1FEF and U+212A: the only scalars outside ASCII whose canonical decomposition (also after
    /// lower-casing) is ASCII (;, ` and K, or k), and the only ones with a decomposition made of ASCII, ’, –, — and …
    /// (checked over all of Unicode with Foundation's `decomposedStringWithCanonicalMapping`).
    @inline(__always) static func decomposesToASCII(_ v: UInt32) -> Bool { v == 0x37E || v == 0x1FEF || v == 0x212A }

    /// `lower(k) == w` for an ASCII `w` (the rules test a token against a few words as a chain of these rather than
    /// by `[…].contains(lower(k))`: an array literal of strings is allocated on every ask), without making the
    /// lower-case string of a token of ASCII and ’ (whose lower
    /// case is its scalars with A-Z lowered and ’ as '). As in `textIs`: at the first scalar whose lowered value differs
    /// from `w`'s byte, only U+037E, U+1FEF or U+212A can still make the strings equal (then they are compared);
    /// lower-casing maps any other scalar outside ASCII to scalars whose decomposition keeps one outside ASCII.
    /// (`w` is a static string, as every word asked for is written out: its bytes are read in place, with none of a
    /// `String`'s work to step through them. A string literal argument always has its bytes in memory
    /// (`hasPointerRepresentation`), which `utf8Start` needs.)
    /// Most tokens asked about differ from the word at their first scalar: that one is compared where the question is
    /// asked, with no call (the loop of `lowerIsAfterFirst` then answers the rest, from the start).
    @inline(__always) func lowerIs(_ k: Int, _ w: StaticString) -> Bool {
        let span = toks[k].span
        if w.utf8CodeUnitCount > 0, span.start < span.end {
            let v = scalars[span.start].value
            let l: UInt32 = v == 0x2019 ? 0x27 : v &- 0x41 < 26 ? v | 0x20 : v
            if l != UInt32(w.utf8Start[0]), !Self.decomposesToASCII(v) { return false }
        }
        return lowerIsAfterFirst(k, w)
    }
    /// `lowerIs` past its inline check of the first scalar (which it repeats).
    @inline(never) func lowerIsAfterFirst(_ k: Int, _ w: StaticString) -> Bool {
        let span = toks[k].span
        let n = w.utf8CodeUnitCount, bytes = w.utf8Start
        var i = span.start
        for j in 0..<n {
            guard i < span.end else { return false }
            let v = scalars[i].value
            let l: UInt32 = v == 0x2019 ? 0x27 : v &- 0x41 < 26 ? v | 0x20 : v
            if l != UInt32(bytes[j]) { return Self.decomposesToASCII(v) && lower(k) == w.description }
            i += 1
        }
        return i == span.end
    }
    /// `lower(k).hasSuffix(w)` for an ASCII `w`: for a token of ASCII and ’ (one character per scalar) on its lowered
    /// scalars, else on the string.
    /// (`w` is a static string, read in place, as in `lowerIs`.)
    func lowerHasSuffix(_ k: Int, _ w: StaticString) -> Bool {
        let span = toks[k].span
        for i in span.start..<span.end where scalars[i].value >= 0x80 && scalars[i].value != 0x2019 {
            return lower(k).hasSuffix(w.description)
        }
        let n = w.utf8CodeUnitCount, bytes = w.utf8Start
        guard n <= span.length else { return false }
        var i = span.end - n
        for j in 0..<n {
            let v = scalars[i].value
            let l: UInt32 = v == 0x2019 ? 0x27 : v &- 0x41 < 26 ? v | 0x20 : v
            if l != UInt32(bytes[j]) { return false }
            i += 1
        }
        return true
    }

    /// `L.<list>.contains(lower(k))`, as a bit test: the bits of all the lists holding the
    /// token's lower-case text are worked out on the first ask (for tokens of ASCII and ’ from the scalars, without
    /// making the string).
    @inline(__always) func inList(_ k: Int, _ list: L.List) -> Bool {
        var f = UInt32(truncatingIfNeeded: memo[k])
        if f == 0 { f = workOutLists(k) }
        return f & list.rawValue != 0
    }
    func workOutLists(_ k: Int) -> UInt32 {
        let t = toks[k]
        var f: UInt32
        // Every word listed is ASCII (`lists.allASCII`). A token of ASCII and ’ is in a list just when the bytes
        // `asciiLower` makes of it are the word's: the tokenizer's lower-cased hash of the token (`Token.hash`) is
        // then the word's `WordHash`, so the token is looked up by it without making the bytes. Any other scalar
        // makes a lower-case text that is not canonically equivalent to an ASCII word (it keeps a scalar outside
        // ASCII in its canonical decomposition), unless lower-casing or that decomposition brings the scalar itself
        // into ASCII: only U+037E (;), U+1FEF (`) and U+212A (Kelvin K) do. Those few tokens go by their string.
        var plain = true, maybeASCII = false
        for i in t.span.start..<t.span.end {
            let v = scalars[i].value
            if v < 0x80 || v == 0x2019 { continue }
            plain = false
            if Self.decomposesToASCII(v) { maybeASCII = true; break }
        }
        if lists.allASCII, plain {
            f = lists.listBits(hash: t.hash, lowering: scalars, t.span)
        } else if lists.allASCII, !maybeASCII {
            f = 0
        } else {
            var w = lower(k)
            f = w.withUTF8 { lists.listBits($0) }
        }
        f |= L.List.known.rawValue
        memo[k] |= UInt64(f)
        return f
    }
    /// `L.isAttributingVerb(lower(k))`.
    func isAttributingVerb(_ k: Int) -> Bool {
        inList(k, .reportingVerbs) && !inList(k, .evaluativeVerbs) && !lowerHasSuffix(k, "ing")
    }

    /// `L.isTitle(tx(k))`, worked out once per token.
    func isTitle(_ k: Int) -> Bool {
        let c = (memo[k] >> 32) & 3
        if c != 0 { return c == 2 }
        let r = L.isTitle(tx(k))
        memo[k] |= (r ? 2 : 1) << 32
        return r
    }

    /// The token's text in lower case, with ’ as '.
    @inline(__always) func lower(_ k: Int) -> String {
        let i = memo[k] >> 34
        if i > 0 { return lowerStrings[Int(i) - 1] }
        let s = Self.asciiLower(scalars, toks[k].span) ?? Self.lowerText(tx(k))
        memo[k] |= UInt64(lowerStrings.count + 1) << 34
        // (Room for several at the first, in one small allocation: the array is not grown from one string.)
        if lowerStrings.capacity == 0 { lowerStrings.reserveCapacity(16) }
        lowerStrings.append(s)
        return s
    }
    /// `lowerText` of a token of plain ASCII and ’ (don’t, ’s), straight from its scalars: ’ has no case, so
    /// lower-casing leaves it for the ' it becomes (nil when the token has other scalars).
    static func asciiLower(_ s: [Unicode.Scalar], _ span: Span) -> String? {
        let n = span.length
        guard n > 0 else { return "" }
        for k in span.start..<span.end where s[k].value >= 0x80 && s[k].value != 0x2019 { return nil }
        return String(unsafeUninitializedCapacity: n) { buf in
            for k in 0..<n {
                let v = s[span.start + k].value
                buf[k] = v == 0x2019 ? 0x27 : v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v)
            }
            return n
        }
    }
    static func lowerText(_ t: String) -> String {
        var s = t.lowercased()
        if s.unicodeScalars.contains("\u{2019}") { s = s.replacingOccurrences(of: "\u{2019}", with: "'") }
        return s
    }
    func isAdverb(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        if inList(k, .adverbs) { return true }
        // A token ending in an ASCII scalar other than y or Y has a lower-case text whose last character is not "y".
        let last = scalars[t.span.end - 1].value
        if last < 0x80, last != 0x79, last != 0x59 { return false }
        let w = lower(k)
        return w.hasSuffix("ly") && w.count > 4 && !["only", "family", "italy"].contains(w)
    }
    /// `isAdverb(word: lower(k))`, on the token's list bits, making the string only for a token ending in "ly".
    func isAdverbWord(_ k: Int) -> Bool { inList(k, .adverbs) || inList(k, .connectiveAdverbs) || isLyAdverb(k) }
    /// The "-ly" rule of `isAdverb(word: lower(k))`, making the string only for a token ending in "ly".
    func isLyAdverb(_ k: Int) -> Bool {
        guard lowerHasSuffix(k, "ly") else { return false }
        let w = lower(k)
        return w.count > 4 && !["only", "family", "italy"].contains(w)
    }
    func isAdverb(word w: String) -> Bool {
        L.adverbs.contains(w) || L.connectiveAdverbs.contains(w) || (w.hasSuffix("ly") && w.count > 4 && !["only", "family", "italy"].contains(w))
    }
    /// The tokens are exactly a PLACE or ORGANIZATION mention.
    /// Does an organisation's or place's mention start where `r` starts ("University" of "University of California")?
    func opensNonPersonMention(_ r: Range<Int>) -> Bool {
        let start = toks[r.lowerBound].span.start
        return mentions(in: r).contains { names.mentions[$0].span.start == start && names.mentions[$0].type != .person }
    }
    func isNonPersonMention(_ r: Range<Int>) -> Bool {
        let span = Span(toks[r.lowerBound].span.start, toks[r.upperBound - 1].span.end)
        return mentions(in: r).contains { names.mentions[$0].span == span && names.mentions[$0].type != .person }
    }
    // (On the token's scalars with `textIs`, as `isClauseEndMark`: the token's string is not made.)
    func isSoftPunct(_ t: Token) -> Bool {
        textIs(t, ",") || textIs(t, "\u{2014}") || textIs(t, "\u{2013}") || textIs(t, "-") || textIs(t, "--")
    }
    func isJoiner(_ t: Token) -> Bool { textIs(t, "-") || textIs(t, "\u{2013}") || textIs(t, "&") }
    func isClauseBreak(_ t: Token) -> Bool {
        textIs(t, ",") || textIs(t, ";") || textIs(t, ":") || textIs(t, "(") || textIs(t, ")") || textIs(t, "\u{2014}")
            || textIs(t, "--")
    }
    /// A full stop after a one-letter capital (an initial: "Wayne A. I. Frederick").
    func isInitialDot(_ k: Int) -> Bool {
        guard isChar(k, "."), k > 0 else { return false }
        let p = toks[k - 1]
        guard p.kind == .word, p.isCapitalized, p.span.end == toks[k].span.start else { return false }
        return tx(p).unicodeScalars.count == 1 || L.isTitle(tx(p) + ".")
    }
    /// The token is "'s" or "’s". (Only those two scalars make a string equal to either: no scalar's canonical
    /// decomposition is or holds ', ’ or s alone.)
    func isPossessive(_ k: Int) -> Bool {
        guard k < toks.count else { return false }
        let span = toks[k].span
        guard span.length == 2 else { return false }
        let c = scalars[span.start].value
        return (c == 0x27 || c == 0x2019) && scalars[span.start + 1] == "s"
    }
    func precededByPreposition(_ k: Int, in r: Range<Int>) -> Bool {
        guard k > r.lowerBound else { return false }
        var j = k - 1
        if toks[j].kind == .word, lowerIs(j, "the"), j > r.lowerBound { j -= 1 }
        guard toks[j].kind == .word, !toks[j].isCapitalized, inList(j, .innerPrepositions) else { return false }
        // "Mayor of London Sadiq Khan", "Secretary of State John Kerry": the office, not a preposition phrase.
        return !(j > r.lowerBound && isTitle(j - 1))
    }
    func tokenRange(_ span: Span) -> Range<Int> {
        let a = doc.tokenIndex(atOrAfter: span.start)
        return a..<max(a, doc.tokenIndex(atOrAfter: span.end))
    }
    func entityCovering(_ span: Span) -> Int? {
        for m in mentions(in: tokenRange(span)) where names.mentions[m].span.overlaps(span) { return names.mentions[m].entity }
        return nil
    }
    /// Mentions starting inside a token range. The mentions are in text order (as `mentionIndex` needs): those
    /// starting in the range are one run of them, returned as a range of indices rather than an array made per ask.
    func mentions(in r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else { return 0..<0 }
        let start = toks[r.lowerBound].span.start, end = toks[r.upperBound - 1].span.end
        let first = mentionIndex(before: start) + 1
        var m = first
        while m < names.mentions.count, names.mentions[m].span.start < end { m += 1 }
        return first..<m
    }
    /// Index of the last mention starting before an offset, or -1.
    func mentionIndex(before offset: Int) -> Int {
        var lo = 0, hi = names.mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if names.mentions[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }
    /// Index of the part whose span holds an offset.
    func partIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = parts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if parts[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        let k = lo - 1
        return k >= 0 && parts[k].span.contains(offset) ? k : nil
    }
}
