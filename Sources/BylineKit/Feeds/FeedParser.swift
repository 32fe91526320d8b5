import Foundation

/// Reads feed documents: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.x.
public enum FeedParser {
    enum NS {
        static let atom10 = "http://www.w3.org/2005/Atom"
        static let atom03 = "http://purl.org/atom/ns#"
        static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        static let rss10 = "http://purl.org/rss/1.0/"
        static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
        static let dc = "http://purl.org/dc/elements/1.1/"
        static let dc10 = "http://purl.org/dc/elements/1.0/"
        static let dcterms = "http://purl.org/dc/terms/"
        static let content = "http://purl.org/rss/1.0/modules/content/"
        static let xhtml = "http://www.w3.org/1999/xhtml"
        /// Namespaces some RSS 2.0 feeds put their (un-namespaced) elements in.
        static let rssAliases: Set<String?> = [nil, rss10, rss090, "http://backend.userland.com/rss2",
                                               "http://blogs.law.harvard.edu/tech/rss", "http://backend.userland.com/rss"]
    }

    /// Parse feed bytes. `contentType` is the HTTP Content-Type when fetched; `address` resolves relative links;
    /// `contentLanguage`, the HTTP Content-Language, is the feed's language when the feed names none.
    public static func parse(_ data: Data, contentType: String? = nil, address: URL? = nil,
                             contentLanguage: String? = nil) throws -> Feed {
        var feed = try parseBody(data, contentType: contentType, address: address)
        if feed.language == nil, let first = contentLanguage?.split(separator: ",").first {
            let lang = normaliseLanguage(String(first))
            if !lang.isEmpty { feed.language = lang }
        }
        return feed
    }

    static func parseBody(_ data: Data, contentType: String?, address: URL?) throws -> Feed {
        let decoded = FeedDecoding.decode(data, contentType: contentType)
        var text = decoded.text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let trimmed = text.drop(while: { $0.isWhitespace })
        guard !trimmed.isEmpty else { throw FeedError.empty }
        if trimmed.first == "{" {
            var feed = try JSONFeedParser.parse(Data(text.utf8), address: address)
            feed.encoding = decoded.encoding
            if feed.problem == nil { feed.problem = decoded.problem }
            return feed
        }
        var problem = decoded.problem
        // C1 control characters in a Unicode document are almost always windows-1252 bytes mis-declared.
        text = demoronize(text)
        // The text is now Unicode: tell the XML parser so, whatever the declaration said. The DOCTYPE goes
        // (no external DTD is ever fetched); its internal entities are expanded first.
        let (xml, netscape) = replaceDoctype(restateDeclaration(text))
        var root = FeedXML.parseStrict(xml)
        if root == nil {
            problem = problem ?? "not well-formed XML; read leniently"
            root = FeedXML.parseLoose(xml)
        }
        guard let root else { throw FeedError.notAFeed("no XML element found") }
        var feed = try read(root, address: address, encoding: decoded.encoding)
        if netscape && feed.version == "rss091u" { feed.version = "rss091n" }
        feed.problem = problem
        return feed
    }

    static func demoronize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.value < 0xA0 }) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if u.value >= 0x80 && u.value < 0xA0, let r = HTMLText.c1Replacements[u.value], let v = Unicode.Scalar(r) { out.append(v) }
            else { out.append(u) }
        }
        return String(out)
    }

    /// Remove the DOCTYPE, expanding the simple internal entities it declares (<!ENTITY name "value">) in the rest
    /// of the document. Returns whether it was Netscape's RSS 0.91 DTD.
    static func replaceDoctype(_ xml: String) -> (String, Bool) {
        // A DOCTYPE comes before the document element: only the start of the document is searched.
        let head = xml.prefix(16_384)
        guard let found = head.range(of: "<!DOCTYPE", options: [.caseInsensitive]) else { return (xml, false) }
        let start = found.lowerBound..<found.upperBound
        // The DOCTYPE must come before the document element.
        let before = xml[..<start.lowerBound]
        var probe = before
        while let c = probe.range(of: "<!--") { guard let e = probe.range(of: "-->", range: c.upperBound..<probe.endIndex) else { break }; probe.removeSubrange(c.lowerBound..<e.upperBound) }
        guard !probe.contains(where: { $0 == "<" && true }) || probe.replacingOccurrences(of: #"<\?[^>]*\?>"#, with: "", options: .regularExpression).firstIndex(of: "<") == nil else { return (xml, false) }
        var i = start.upperBound
        var depth = 0
        while i < xml.endIndex {
            let c = xml[i]
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == ">" && depth <= 0 { break }
            i = xml.index(after: i)
        }
        guard i < xml.endIndex else { return (xml, false) }
        let doctype = String(xml[start.lowerBound...i])
        var rest = String(xml[xml.index(after: i)...])
        let netscape = doctype.contains("-//Netscape Communications//DTD RSS 0.91")
        let budget = 2 * xml.utf8.count + 1_000_000
        let pattern = #"<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>"#
        if let re = try? NSRegularExpression(pattern: pattern) {
            let ns = doctype as NSString
            for m in re.matches(in: doctype, range: NSRange(location: 0, length: ns.length)) {
                let name = ns.substring(with: m.range(at: 1))
                let valueRange = m.range(at: 2).location != NSNotFound ? m.range(at: 2) : m.range(at: 3)
                // Escaped, so a value never expands further; and the document may grow only so much (a small
                // entity used a million times is an attack, not a feed).
                let value = FeedNode.escape(ns.substring(with: valueRange), attribute: true)
                let reference = "&\(name);"
                let uses = rest.components(separatedBy: reference).count - 1
                guard uses > 0 else { continue }
                guard rest.utf8.count + uses * value.utf8.count <= budget else { break }
                rest = rest.replacingOccurrences(of: reference, with: value)
            }
        }
        return (String(before) + rest, netscape)
    }

    static func restateDeclaration(_ text: String) -> String {
        let t = text.drop(while: { $0.isWhitespace })
        guard t.hasPrefix("<?xml"), let end = t.range(of: "?>") else { return String(t) }
        var decl = String(t[..<end.upperBound])
        if let r = decl.range(of: #"encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression) {
            decl.replaceSubrange(r, with: "encoding=\"utf-8\"")
        }
        return decl + t[end.upperBound...]
    }

    static func read(_ root: FeedNode, address: URL?, encoding: String) throws -> Feed {
        switch (root.name.lowercased(), root.ns) {
        case ("rss", _), ("channel", nil):
            let v = root.attribute("version") ?? ""
            let version: String
            switch v {
            case "2.0", "2.0.1", "2.01": version = "rss20"
            case "0.91": version = "rss091u"
            case "0.92": version = "rss092"
            case "0.93": version = "rss093"
            case "0.94": version = "rss094"
            case "": version = "rss"
            default: version = v.hasPrefix("2.") ? "rss20" : "rss"
            }
            var feed = Feed(format: .rss, version: version, encoding: encoding)
            let channel = root.name.lowercased() == "channel" ? root : root.elements.first { $0.name == "channel" } ?? root
            readRSSChannel(channel, into: &feed, address: address)
            let items = channel.elements.filter { $0.name == "item" } + (channel === root ? [] : root.elements.filter { $0.name == "item" })
            feed.entries = items.map { readRSSItem($0, address: address) }
            return feed
        case ("rdf", NS.rdf):
            let channel = root.elements.first { $0.name == "channel" }
            let ns = channel?.ns ?? root.elements.first { $0.name == "item" }?.ns
            let is090 = ns == NS.rss090 || (ns == nil && root.declaredNamespaces.values.contains(NS.rss090))
            var feed = Feed(format: .rdf, version: is090 ? "rss090" : "rss10", encoding: encoding)
            if let channel { readRSSChannel(channel, into: &feed, address: address) }
            let items = root.elements.filter { $0.name == "item" } + (channel?.elements.filter { $0.name == "item" } ?? [])
            feed.entries = items.map { readRSSItem($0, address: address) }
            return feed
        case ("feed", _):
            let v = root.attribute("version") ?? ""
            let version = root.ns == NS.atom10 ? "atom10" : root.ns == NS.atom03 || v == "0.3" ? "atom03"
                : v == "0.2" ? "atom02" : v == "0.1" ? "atom01" : "atom"
            var feed = Feed(format: .atom, version: version, encoding: encoding)
            readAtomFeed(root, into: &feed, address: address)
            return feed
        default:
            throw FeedError.notAFeed("the document element is <\(root.qualifiedName)>, not rss, rdf:RDF or feed")
        }
    }

    // MARK: Text values

    /// A text value and whether it is HTML.
    struct Value {
        var raw: String
        var isHTML: Bool
        var line: String { HTMLText.line(isHTML ? HTMLText.plainText(raw) : raw) }
        var block: String { isHTML ? HTMLText.plainText(raw) : FeedParser.plainBlock(raw) }
    }

    /// Plain text as a block: control characters gone, lines trimmed, runs of blank lines made one.
    static func plainBlock(_ text: String) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        for rawLine in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let l = HTMLText.line(String(rawLine))
            if l.isEmpty { if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")); current = [] } }
            else { current.append(l) }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs.joined(separator: "\n\n")
    }

    /// An RSS element's value: HTML if it has markup (escaped, or naked child elements).
    static func rssValue(_ n: FeedNode, alwaysHTML: Bool) -> Value {
        if n.hasElementChildren { return Value(raw: n.innerMarkup, isHTML: true) }
        let t = n.text
        return Value(raw: t, isHTML: alwaysHTML || HTMLText.looksLikeHTML(t))
    }

    /// An Atom text construct: type text, html or xhtml (Atom 0.3: MIME types and mode escaped/xml/base64).
    static func atomValue(_ n: FeedNode) -> Value {
        let type = (n.attribute("type") ?? "text").lowercased()
        let mode = (n.attribute("mode") ?? "").lowercased()
        var raw: String
        let binaryType = type.contains("/") && !type.hasPrefix("text/") && !type.hasSuffix("xml") && !type.contains("html")
        if mode == "base64" || binaryType, let d = Data(base64Encoded: n.text.filter { !$0.isWhitespace }) {
            raw = String(decoding: d, as: UTF8.self)
            return Value(raw: raw, isHTML: type.contains("html") || HTMLText.looksLikeHTML(raw))
        } else if type == "xhtml" || type.contains("xhtml") || mode == "xml" {
            let div = n.elements.count == 1 && n.elements[0].name == "div" && n.text.trimmingCharacters(in: .whitespacesAndNewlines) == n.elements[0].text.trimmingCharacters(in: .whitespacesAndNewlines) ? n.elements[0] : n
            return Value(raw: div.innerMarkup, isHTML: true)
        } else if n.hasElementChildren {
            return Value(raw: n.innerMarkup, isHTML: true)
        } else {
            raw = n.text
        }
        let html = type == "html" || type == "text/html" || mode == "escaped" && !type.hasPrefix("text/plain")
            || (type != "text" && type != "text/plain" && type.contains("html"))
        return Value(raw: raw, isHTML: html)
    }

    // MARK: RSS

    /// The element giving a field: of the candidate names, the one that comes last (a later element overrides an
    /// earlier one, as feedparser does). Un-prefixed names match RSS's namespaces (none, RSS 1.0, 0.90, Userland)
    /// and whatever default namespace the channel uses.
    static func firstRSS(_ parent: FeedNode, _ names: [String]) -> FeedNode? {
        var wanted: [(Set<String?>, String)] = []
        for name in names {
            if name.hasPrefix("dc:") { wanted.append(([NS.dc, NS.dc10], String(name.dropFirst(3)))) }
            else if name.hasPrefix("dcterms:") { wanted.append(([NS.dcterms], String(name.dropFirst(8)))) }
            else if name.hasPrefix("content:") { wanted.append(([NS.content], String(name.dropFirst(8)))) }
            else if name.hasPrefix("atom:") { wanted.append(([NS.atom10, NS.atom03], String(name.dropFirst(5)))) }
            else { wanted.append((NS.rssAliases.union([parent.ns]), name)) }
        }
        return parent.elements.last { e in wanted.contains { $0.1 == e.name && $0.0.contains(e.ns) } }
    }

    static func link(_ raw: String, at node: FeedNode, address: URL?) -> String? {
        let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { return nil }
        let cleaned = HTMLText.line(t)
        guard let base = node.base(document: address) else { return cleaned }
        return FeedNode.resolve(cleaned, against: base)?.absoluteString ?? cleaned
    }

    static func normaliseLanguage(_ s: String) -> String { HTMLText.line(s).replacingOccurrences(of: "_", with: "-") }

    static func date(_ n: FeedNode?) -> Date? { n.flatMap { FeedDates.parse($0.text) } }

    static func readRSSChannel(_ c: FeedNode, into feed: inout Feed, address: URL?) {
        feed.title = firstRSS(c, ["title", "dc:title"]).map { rssValue($0, alwaysHTML: false).line }
        if let l = firstRSS(c, ["link"]) { feed.link = link(l.text, at: l, address: address) }
        else if let a = c.elements.first(where: { $0.name == "link" && $0.ns == NS.atom10 && ($0.attribute("rel") ?? "alternate") == "alternate" }) {
            feed.link = a.attribute("href").flatMap { link($0, at: a, address: address) }
        }
        feed.subtitle = firstRSS(c, ["description", "dc:description"]).map { rssValue($0, alwaysHTML: true).block }
        feed.rights = firstRSS(c, ["copyright", "dc:rights"]).map { rssValue($0, alwaysHTML: false).line }
        feed.language = firstRSS(c, ["language", "dc:language"]).map { normaliseLanguage($0.text) }
        feed.author = firstRSS(c, ["author", "managingEditor", "dc:creator", "dc:author", "webMaster"]).map { HTMLText.line($0.text) }
        feed.published = date(firstRSS(c, ["pubDate", "dcterms:issued"]))
        feed.updated = date(firstRSS(c, ["dc:date", "lastBuildDate", "dcterms:modified"]))
        feed.id = nil
    }

    public static func readRSSItem(_ item: FeedNode, address: URL?) -> FeedEntry {
        var e = FeedEntry()
        e.title = firstRSS(item, ["title", "dc:title"]).map { rssValue($0, alwaysHTML: false).line }
        let guid = firstRSS(item, ["guid"])
        let guidText = guid.map { HTMLText.line($0.text) }
        if let g = guidText, !g.isEmpty { e.id = g }
        if let l = firstRSS(item, ["link"]), let v = link(l.text, at: l, address: address) { e.link = v }
        else if let a = item.elements.first(where: { $0.name == "link" && $0.ns == NS.atom10 && ($0.attribute("rel") ?? "alternate") == "alternate" }) {
            e.link = a.attribute("href").flatMap { link($0, at: a, address: address) }
        }
        if e.link == nil, let g = guid, let gt = guidText, !gt.isEmpty,
           (g.attribute("isPermaLink") ?? "true").lowercased() != "false",
           gt.hasPrefix("http://") || gt.hasPrefix("https://") {
            e.link = gt
        }
        if e.id == nil, let about = item.attribute("about", ns: NS.rdf) { e.id = HTMLText.line(about) }
        if let d = firstRSS(item, ["description", "dc:description"]) { e.summary = rssValue(d, alwaysHTML: true).block }
        // A plain <summary> beside the description (not RSS, but written): the first of the two is the summary and
        // the other the content, unless the item has content of its own.
        let plainSummary = item.elements.firstIndex { $0.name == "summary" && $0.ns != NS.atom10 && $0.ns != NS.atom03 }
        if let si = plainSummary, e.summary != nil,
           let di = item.elements.firstIndex(where: { $0.name == "description" }) {
            let other = atomValue(item.elements[si]).block
            if si < di { e.content = e.summary; e.summary = other } else { e.content = other }
        }
        if let c = firstRSS(item, ["content:encoded", "fullitem"]) { e.content = rssValue(c, alwaysHTML: true).block }
        else if let b = item.elements.first(where: { $0.name == "body" }) {
            e.content = HTMLText.plainText(b.innerMarkup)
        } else if let s = firstRSS(item, ["atom:summary"]), e.summary != nil {
            e.content = e.summary; e.summary = atomValue(s).block
        }
        if e.summary == nil, let s = item.elements.first(where: { $0.name == "summary" }) { e.summary = atomValue(s).block }
        e.author = firstRSS(item, ["author", "dc:creator", "dc:author"]).map { HTMLText.line($0.text) }
        e.published = date(firstRSS(item, ["pubDate", "dcterms:issued"]))
        e.updated = date(firstRSS(item, ["dc:date", "dcterms:modified", "lastBuildDate"]))
        return e
    }

    // MARK: Atom

    /// A direct child of that name (the last if repeated: a later element overrides).
    static func atomChild(_ parent: FeedNode, _ name: String) -> FeedNode? {
        parent.elements.last { $0.name == name && ($0.ns == NS.atom10 || $0.ns == NS.atom03 || $0.ns == parent.ns) }
    }

    /// Atom ids are IRIs: a relative one is resolved against xml:base / the document address.
    static func atomID(_ n: FeedNode?, address: URL?) -> String? {
        guard let n else { return nil }
        let t = HTMLText.line(n.text)
        guard !t.isEmpty, URL(string: t)?.scheme == nil, t.hasPrefix("/") || t.hasPrefix("."), let base = n.base(document: address) else { return t }
        return FeedNode.resolve(t, against: base)?.absoluteString ?? t
    }

    static func atomLink(_ parent: FeedNode, address: URL?) -> String? {
        let links = parent.elements.filter { $0.name == "link" && ($0.ns == NS.atom10 || $0.ns == NS.atom03 || $0.ns == parent.ns) }
        let alt = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }
        guard let l = alt, let href = l.attribute("href") else { return nil }
        return link(href, at: l, address: address)
    }

    static func atomPerson(_ n: FeedNode?) -> String? {
        guard let n else { return nil }
        let name = atomChild(n, "name").map { HTMLText.line($0.text) }
        let email = atomChild(n, "email").map { HTMLText.line($0.text) }
        switch (name, email) {
        case let (n?, e?) where !n.isEmpty && !e.isEmpty: return "\(n) (\(e))"
        case let (n?, _) where !n.isEmpty: return n
        case let (_, e?) where !e.isEmpty: return e
        default:
            let t = HTMLText.line(n.text)
            return t.isEmpty ? nil : t
        }
    }

    static func readAtomFeed(_ f: FeedNode, into feed: inout Feed, address: URL?) {
        feed.title = atomChild(f, "title").map { atomValue($0).line }
        feed.link = atomLink(f, address: address)
        feed.subtitle = (atomChild(f, "subtitle") ?? atomChild(f, "tagline")).map { atomValue($0).block }
        feed.rights = (atomChild(f, "rights") ?? atomChild(f, "copyright")).map { atomValue($0).line }
        feed.id = atomID(atomChild(f, "id"), address: address)
        feed.author = atomPerson(atomChild(f, "author"))
        feed.language = f.language.map(normaliseLanguage)
        feed.updated = date(atomChild(f, "updated") ?? atomChild(f, "modified"))
        feed.published = date(atomChild(f, "published") ?? atomChild(f, "issued"))
        feed.entries = f.elements.filter { $0.name == "entry" && ($0.ns == f.ns || $0.ns == NS.atom10) }.map { en in
            var e = FeedEntry()
            e.title = atomChild(en, "title").map { atomValue($0).line }
            e.link = atomLink(en, address: address)
            e.id = atomID(atomChild(en, "id"), address: address)
            e.author = atomPerson(atomChild(en, "author")) ?? feed.author
            e.published = date(atomChild(en, "published") ?? atomChild(en, "issued"))
            e.updated = date(atomChild(en, "updated") ?? atomChild(en, "modified"))
            e.summary = atomChild(en, "summary").map { atomValue($0).block }
            if let c = atomChild(en, "content"), c.attribute("src") == nil { e.content = atomValue(c).block }
            return e
        }
    }
}
