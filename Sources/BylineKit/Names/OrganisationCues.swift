/// Rules that make organisations of names from cues in the rest of the story: a legal suffix written once, a
/// broadcaster's call sign in a story about broadcasting, a military unit named by its ordinal, and head words that
/// make an organisation of a name the tagger typed otherwise.
extension NameFinder {
    /// "DATECS Ltd., was founded in 1990 … Microsoft purchased a Datecs license … Datecs embarked on": once the story
    /// names an organisation with a legal suffix ("Ltd.", "GmbH", "Inc"), the same words without it are that
    /// organisation wherever the story writes them capitalised, found as a person or a place or not found at all
    /// ("Eberhard Faber GmbH … Eberhard Faber's pencils"). Not a name inside a longer name, and not one written
    /// with a title or honorific before it ("Mr. Faber" is the man). `found` is in text order and stays so.
    func organisationsWithoutSuffix(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens
        var keys: [(hash: UInt64, count: Int, first: Int)] = []
        let firmWords = NameFinder.firmWords
        func isSuffix(_ i: Int) -> Bool {
            guard toks[i].kind == .word else { return false }
            if toks[i].isCapitalized && firmWords.contains(info.hash[i]) { return true }
            // A legal suffix of two letters only in capitals or with its full stop ("AG", "S.A.", "Co."; not the
            // "Ae" of "a Herbig Ae star").
            return info.lex[i].contains(.orgSuffix)
                && (toks[i].span.length >= 3 || toks[i].isAllCaps || i + 1 < info.n && info.isChar(i + 1, "."))
        }
        for f in found where f.type == .organization && !f.named && f.first >= 0 && f.last > f.first {
            guard isSuffix(f.last) || (info.isChar(f.last, ".") && f.last - 1 > f.first && isSuffix(f.last - 1)) else { continue }
            var e = isSuffix(f.last) ? f.last - 1 : f.last - 2
            while e >= f.first, toks[e].kind != .word { e -= 1 }  // "Acme, Inc."
            guard e >= f.first, toks[e].kind == .word, !info.lex[e].contains(.orgSuffix) else { continue }
            // The words before the suffix: capitalised, no article, at most four.
            let words = (f.first...e).filter { toks[$0].kind == .word }
            guard words.count <= 4, words.allSatisfy({ toks[$0].isCapitalized || toks[$0].isAllCaps }),
                  info.hash[f.first] != TokenInfo.theHash else { continue }
            let key = nameKey(info, f.first..<(e + 1))
            if !keys.contains(where: { $0.hash == key }) { keys.append((key, e - f.first + 1, f.first)) }
        }
        guard !keys.isEmpty else { return }
        // Not a word that is also a person's surname in the story ("the Adani Group … Gautam Adani … Adani said").
        var surnames: [UInt64] = []
        for f in found where f.type == .person && f.first >= 0 && f.last > f.first && toks[f.last].kind == .word { surnames.append(info.hash[f.last]) }
        if !surnames.isEmpty { keys.removeAll { $0.count == 1 && surnames.contains(info.hash[$0.first]) } }
        guard !keys.isEmpty else { return }
        let honorific: LexFlags = [.title, .personPrefix]
        func afterHonorific(_ i: Int) -> Bool {
            var p = i - 1
            if p >= 0, info.isChar(p, ".") { p -= 1 }
            return p >= 0 && toks[p].kind == .word && toks[p].sentence == toks[i].sentence
                && !flags(info, p, lexicon).isDisjoint(with: honorific)
        }
        // Names found with the same words become the organisation.
        var covered = [Bool](filling: false, count: info.n)
        for k in found.indices {
            let f = found[k]
            if f.first >= 0, f.first <= f.last, f.last < info.n { for i in f.first...f.last { covered[i] = true } }
            guard !f.named, f.type != .organization, f.first >= 0,
                  keys.contains(where: { $0.count == f.last - f.first + 1 && $0.hash == nameKey(info, f.first..<(f.last + 1)) }),
                  !afterHonorific(f.first) else { continue }
            found[k].type = .organization
            found[k].fixedType = true
        }
        // And the same words written capitalised where nothing was found, standing alone (no capitalised word
        // right before or after them in the sentence).
        var added: [Found] = []
        for key in keys {
            let a0 = key.first, len = key.count
            var k = 0
            while k + len <= info.n {
                defer { k += 1 }
                guard info.hash[k] == info.hash[a0], !covered[k], toks[k].isCapitalized || toks[k].isAllCaps else { continue }
                guard (0..<len).allSatisfy({ info.hash[k + $0] == info.hash[a0 + $0] && !covered[k + $0] }),
                      nameKey(info, k..<(k + len)) == key.hash else { continue }
                let last = k + len - 1
                if k > 0, toks[k - 1].sentence == toks[k].sentence, info.slot[k - 1] == .name, !toks[k].startsSentence { continue }
                if last + 1 < info.n, toks[last + 1].sentence == toks[k].sentence, info.slot[last + 1] == .name { continue }
                if afterHonorific(k) { continue }
                // Not an ordinary word opening a sentence ("Wrestling Inc … Wrestling sportswriter Dave Meltzer").
                if toks[k].startsSentence, info.lex[k].contains(.commonWord) { continue }
                // Not glued to other text ("Edison@ENRON", "ENRON@enronXgate": a mail system's name).
                let st = toks[k].span.start, en = toks[last].span.end
                if st > 0, !NameFinder.opensWord(info.scalars[st - 1]) { continue }
                if en < info.scalars.count, info.scalars[en] == "@" || info.scalars[en].properties.isAlphabetic { continue }
                added.append(Found(span: Span(toks[k].span.start, toks[last].span.end), first: k, last: last, type: .organization))
                for m in k...last { covered[m] = true }
            }
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// "Nicholson's Limited", "Nicholson's Broadcasting Service Pty Ltd", "McDonald's Corp.": a name in the possessive
    /// followed, in its sentence, by up to five capitalised words ending in a legal suffix is one firm with them
    /// (not the owner and a firm of its own). `found` is in text order and stays so.
    func firmsInPossessive(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        var remove: [Range<Int>] = [], replaced: [Found] = []
        var planned = -1  // the last token of the last firm planned: plans must not overlap
        for f in found where !f.named && f.first > planned && f.last >= f.first && toks[f.last].kind == .word {
            guard let pe = possessiveEnd(info, after: f.last) else { continue }
            var j = pe + 1, end: Int? = nil
            while j < info.n, j - pe <= 5, toks[j].kind == .word, toks[j].isCapitalized || toks[j].isAllCaps,
                  toks[j].sentence == toks[f.first].sentence, info.slot[j] == .name {
                if info.lex[j].contains(.orgSuffix) { end = j }
                j += 1
            }
            guard let e = end else { continue }
            if NameFinder.planOrganisation(info, found, f.first, e, keepListed: true, remove: &remove, replaced: &replaced) {
                planned = e
            }
        }
        NameFinder.applyPlanned(&found, remove: remove, replaced: replaced)
    }

    /// Words that end a firm's name besides the legal suffixes: "Cesaroni Design Associates … Cesaroni Design",
    /// "the Carlyle Group … Carlyle".
    static let firmWords = HashSet64(["associates", "partners", "holdings", "group"].map { WordHash.of($0) })

    /// May a word start right after `c` (a space, a line break, an opening bracket or quotation mark)?
    static func opensWord(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case " ", "\n", "\t", "\u{A0}", "(", "[", "\"", "'", "\u{201C}", "\u{2018}": return true
        default: return false
        }
    }

    /// Words that say a story is about broadcasting.
    static let broadcastWords = HashSet64(["radio", "station", "stations", "broadcast", "broadcasts", "broadcasting",
                                           "broadcaster", "broadcasters", "airwaves", "listeners", "talkback",
                                           "frequency", "programme", "program"].map { WordHash.of($0) })

    /// "6PR, known as 882 6PR, commenced broadcasting … 3AW in Melbourne": a call sign of a digit and two to four
    /// capital letters (Australia's radio stations: "2GB", "3AW", "6PR") is the station, an organisation, in a story
    /// whose sentence with it speaks of radio or broadcasting; so is every other time the story writes it. An AM
    /// frequency right before it is part of the name ("882 6PR").
    func broadcastCallSigns(_ info: TokenInfo, _ found: inout [Found], digitWords: [Int]) {
        let toks = info.tokens, s = info.scalars
        var signs: [Int] = []
        for i in digitWords {
            let sp = toks[i].span
            guard sp.length >= 3, sp.length <= 5 else { continue }
            if (sp.start + 1..<sp.end).allSatisfy({ s[$0].value &- 65 < 26 }) { signs.append(i) }
        }
        guard !signs.isEmpty else { return }
        // The call signs said in a sentence about broadcasting.
        let words = NameFinder.broadcastWords
        var cued: [UInt64] = []
        for i in signs where !cued.contains(info.hash[i]) {
            let sent = toks[i].sentence
            var a = i, b = i
            while a > 0, toks[a - 1].sentence == sent { a -= 1 }
            while b + 1 < info.n, toks[b + 1].sentence == sent { b += 1 }
            if (a...b).contains(where: { toks[$0].kind == .word && words.contains(info.hash[$0]) }) { cued.append(info.hash[i]) }
        }
        guard !cued.isEmpty else { return }
        var added: [Found] = []
        var k = 0
        for i in signs where cued.contains(info.hash[i]) {
            while k < found.count, found[k].last < i { k += 1 }
            if k < found.count, found[k].first <= i {
                if found[k].first == i, found[k].last == i, !found[k].named { found[k].type = .organization; found[k].fixedType = true }
                continue
            }
            var first = i
            // An AM frequency in kHz before it ("882 6PR"), not a year ("In 1994 6PR").
            if i > 0, toks[i - 1].kind == .number, toks[i - 1].sentence == toks[i].sentence,
               let v = Int(info.tx(i - 1)), v >= 520, v <= 1710, k == 0 || found[k - 1].last < i - 1 { first = i - 1 }
            added.append(Found(span: Span(toks[first].span.start, toks[i].span.end), first: first, last: i, type: .organization, fixedType: true))
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }

    /// Military units' nouns.
    static let unitNounList = ["regiment", "regiments", "brigade", "brigades", "battalion", "battalions", "division",
                               "divisions", "squadron", "squadrons", "wing", "wings", "corps", "infantry",
                               "cavalry", "artillery", "fleet", "flotilla", "legion"].map { WordHash.of($0) }
    static let unitNouns = HashSet64(unitNounList)
    /// `unitNounList` as a 1024-bit filter (`bitFilter`): most words miss it, and are not looked up in the set.
    static let unitNounFilter = bitFilter(unitNounList)
    /// Words after an ordinal that show it names something other than a unit ("the 5th of May", "the 20th century").
    static let ordinalNouns = HashSet64(["of", "century", "centuries", "anniversary", "birthday", "time", "times",
                                         "day", "year", "place", "floor", "minute", "round", "edition", "annual",
                                         "season", "straight", "consecutive", "overall", "largest", "most", "best",
                                         "highest", "biggest", "oldest", "pick", "hole", "inning", "amendment",
                                         "congress", "parallel", "street", "avenue", "district"].map { WordHash.of($0) })

    /// "The 139th was formed at Camp Howe … the regiment was attached to …": in a story about military units (one of
    /// their nouns written twice), an ordinal standing alone after "the" and before a verb or punctuation names the
    /// unit, an organisation ("the 65th participated", "The 139th along with its brigade"); not a date or a rank
    /// ("on the 5th", "the 20th century", "finished 3rd"). A month's name or "on" before it, and a noun after it,
    /// leave it alone. `found` is in text order and stays so.
    func unitsByOrdinal(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon, digitWords: [Int]) {
        let toks = info.tokens, s = info.scalars
        let ordinals = digitWords.filter { $0 > 0 && isOrdinal(info, $0) }
        guard !ordinals.isEmpty else { return }
        let units = NameFinder.unitNouns
        var unitWords = 0
        // (Tokens, hashes and the nouns' filter through pointers: this looks at every token of a story with an
        // ordinal.)
        toks.withUnsafeBufferPointer { tp in
            info.hash.withUnsafeBufferPointer { hp in
                NameFinder.unitNounFilter.withUnsafeBufferPointer { fp in
                    for i in 0..<min(info.n, tp.count, hp.count) where tp[i].kind == .word {
                        let h = hp[i], b = Int(truncatingIfNeeded: h >> 40) & 1023
                        guard fp[b >> 6] >> UInt64(b & 63) & 1 != 0, units.contains(h) else { continue }
                        unitWords += 1
                        if unitWords >= 2 { break }
                    }
                }
            }
        }
        guard unitWords >= 2 else { return }
        // "93d PVI", "the 62d NY": an ordinal right before a name in capitals makes one unit with it.
        var f = 0
        for i in ordinals {
            while f < found.count, found[f].first <= i { f += 1 }
            guard f < found.count, found[f].first == i + 1, found[f].last == i + 1, !found[f].named,
                  toks[i + 1].isAllCaps, toks[i + 1].sentence == toks[i].sentence,
                  f == 0 || found[f - 1].last < i else { continue }
            found[f].first = i
            found[f].span = Span(toks[i].span.start, found[f].span.end)
            found[f].type = .organization
        }
        let ordinalsAfterThe = ordinals.filter { info.hash[$0 - 1] == TokenInfo.theHash }
        let notAfter = NameFinder.ordinalNouns
        let onHash = WordHash.of("on")
        var added: [Found] = []
        var k = 0
        for i in ordinalsAfterThe {
            while k < found.count, found[k].last < i { k += 1 }
            if k < found.count, found[k].first <= i { continue }
            let sent = toks[i].sentence
            if i >= 2, toks[i - 2].sentence == sent, info.hash[i - 2] == onHash || flags(info, i - 2, lexicon).contains(.time) { continue }
            if i + 1 < info.n, toks[i + 1].sentence == sent {
                let t = toks[i + 1]
                if t.kind == .number || t.kind == .word && (t.isCapitalized || notAfter.contains(info.hash[i + 1])
                        || flags(info, i + 1, lexicon).contains(.time)) { continue }
                // A lower-case word after it is a verb or a function word, not a noun: it ends in "-ed", or is one of
                // a few ("was", "had", "along").
                if t.kind == .word, !NameFinder.afterUnitWords.contains(info.hash[i + 1]) {
                    let e = t.span.end
                    guard t.span.length >= 4, s[e - 2] == "e", s[e - 1] == "d" else { continue }
                }
            }
            added.append(Found(span: toks[i].span, first: i, last: i, type: .organization))
        }
        guard !added.isEmpty else { return }
        found += added
        found.sortBySpan()
    }
    static let afterUnitWords = HashSet64(["was", "were", "is", "are", "had", "has", "have", "also", "along", "then",
                                           "which", "fought", "saw", "took", "lost", "met", "remained", "became", "began",
                                           "went", "left", "came", "held", "led", "made", "won", "would", "could", "did",
                                           "now", "and", "again", "still", "soon", "later"].map { WordHash.of($0) })

    /// Heads that make an organisation of a name the tagger typed as a place or a person ("the Connecticut Lottery",
    /// "Cold Spring Harbor Laboratory", "Cesaroni Design Associates"), and halls of fame, which are institutions one
    /// is elected to ("the Hockey Hall of Fame").
    static let lateOrgHeads = HashSet64(["lottery", "laboratory", "lab", "associates", "consultancy", "consultants"]
        .map { WordHash.of($0) })
    /// `WordHash.of("district")`, written out (also read by `organisationCompound` at every word it looks at); a
    /// test checks it.
    static let districtHash: UInt64 = 0x42A4_3366_56F2_A4DD
    static let schoolHash = WordHash.of("school")
    static let fameHashes: [UInt64] = ["fame", "honor", "honour"].map { WordHash.of($0) }
    static let hallHash = WordHash.of("hall")

    func organisationsByLateHead(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        let heads = NameFinder.lateOrgHeads
        for k in found.indices where found[k].type != .organization && !found[k].named && found[k].first >= 0 {
            let f = found[k]
            guard f.last > f.first, toks[f.last].kind == .word, toks[f.last].isCapitalized else { continue }
            let h = info.hash[f.last]
            // "the Dover Area School District": a school district is its board, an organisation.
            let schoolDistrict = h == NameFinder.districtHash && info.hash[f.last - 1] == NameFinder.schoolHash
            if heads.contains(h) || schoolDistrict
                || f.last - f.first >= 3 && NameFinder.fameHashes.contains(h) && info.hash[f.last - 1] == TokenInfo.ofHash
                    && info.hash[f.last - 2] == NameFinder.hallHash {
                found[k].type = .organization
                found[k].fixedType = true
            }
        }
    }

    /// "Dunn's mother, Charlotte Charles, said": a town's name that is also a common first name, found as a place right
    /// before a person's name in the same run, is that person's first name ("Charlotte", "Paris", "Sydney"); not after
    /// a word for where ("in Charlotte Smith's city"), and not a country or region. `found` is in text order and stays so.
    func firstNamesTakenForPlaces(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens
        var k = 0
        while k + 1 < found.count {
            defer { k += 1 }
            let a = found[k], b = found[k + 1]
            guard a.type == .place, b.type == .person, !a.named, !a.fixedType, !b.named, a.first >= 0, a.first == a.last,
                  b.first == a.last + 1, b.last - b.first <= 1, toks[b.first].sentence == toks[a.first].sentence,
                  toks[a.first].kind == .word, toks[a.first].isCapitalized, !toks[a.first].isAllCaps,
                  info.lex[a.first].contains(.commonFirstName),
                  info.lex[a.first].isDisjoint(with: [.country, .region]) else { continue }
            if a.first > 0, toks[a.first - 1].kind == .word, NameFinder.whereWords.contains(info.hash[a.first - 1]) { continue }
            var merged = b
            merged.first = a.first
            merged.span = Span(a.span.start, b.span.end)
            found[k] = merged
            found.remove(at: k + 1)
        }
    }
    static let whereWords = HashSet64(["in", "at", "from", "to", "near", "of", "outside", "into", "across", "around"]
        .map { WordHash.of($0) })

    /// "the Lincoln Memorial", "the Martin Luther King Jr. Memorial": a person's name and "Memorial" after it (ending
    /// its run) make one place, found as a person or split in two. Not "Memorial Day", "Memorial Hospital" (another
    /// capitalised word after it). `found` is in text order and stays so.
    func memorialsArePlaces(_ info: TokenInfo, _ found: inout [Found]) {
        let toks = info.tokens, memorial = NameFinder.memorialHash
        var k = 0
        while k < found.count {
            defer { k += 1 }
            let f = found[k]
            guard f.type == .person, !f.named, f.first >= 0, f.last < info.n else { continue }
            var last = f.last
            if info.hash[last] != memorial || !toks[last].isCapitalized {
                // The next token is "Memorial", alone or found as a name of its own.
                let m = last + 1
                guard m < info.n, info.hash[m] == memorial, toks[m].isCapitalized, toks[m].sentence == toks[f.first].sentence,
                      toks[m].span.start > toks[last].span.end else { continue }
                if k + 1 < found.count, found[k + 1].first <= m {
                    guard found[k + 1].first == m, found[k + 1].last == m, !found[k + 1].named else { continue }
                    found.remove(at: k + 1)
                }
                last = m
            }
            guard f.last > f.first || last > f.last else { continue }  // "Memorial" alone is no place
            if last + 1 < info.n, toks[last + 1].kind == .word, toks[last + 1].isCapitalized,
               toks[last + 1].sentence == toks[last].sentence { continue }
            found[k].last = last
            found[k].span = Span(f.span.start, toks[last].span.end)
            found[k].type = .place
            found[k].roleSpan = nil
        }
    }
    static let memorialHash = WordHash.of("memorial")

    /// "Fairmont State University … Fairmont State was founded in 1865": the words of a university, college or
    /// institute's name before its head word, two or more of them, found elsewhere as a place, are the institution.
    func institutionsNamedShort(_ info: TokenInfo, _ found: inout [Found], lexicon: Lexicon) {
        let toks = info.tokens, heads = NameFinder.shortFormHeads
        var keys: [UInt64] = []
        for f in found where f.type == .organization && !f.named && f.first >= 0 && f.last - f.first >= 2
            && toks[f.last].kind == .word && heads.contains(info.hash[f.last]) {
            var a = f.first
            if info.hash[a] == TokenInfo.theHash { a += 1 }
            guard f.last - a >= 2 else { continue }
            keys.append(nameKey(info, a..<f.last))
        }
        guard !keys.isEmpty else { return }
        for k in found.indices where found[k].type == .place && !found[k].named && !found[k].fixedType && found[k].first >= 0
            && found[k].last > found[k].first && keys.contains(nameKey(info, found[k].first..<(found[k].last + 1))) {
            // Not a listed place ("Saint Louis University … live in Saint Louis"), nor after a word for where.
            let f = found[k]
            if lexicon.flags(sequenceHash(info, f.first, f.last)).contains(.multiPlace) { continue }
            if f.first > 0, NameFinder.whereWords.contains(info.hash[f.first - 1]) { continue }
            found[k].type = .organization
        }
    }
    static let shortFormHeads = HashSet64(["university", "college", "institute"].map { WordHash.of($0) })
}
