import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: enough of a DOM to read feeds (namespaces resolved, text and children in order).
public final class FeedNode {
    public enum Child { case element(FeedNode), text(String) }
    public struct Attribute { public var ns: String?; public var name: String; public var value: String }

    public let ns: String?
    public let name: String
    /// The prefix as written ("dc" in dc:creator), for re-serialising.
    public let qualifiedName: String
    public var attributes: [Attribute]
    public var children: [Child] = []
    public weak var parent: FeedNode?
    /// Namespace declarations made on this element (prefix, "" for the default, to URI).
    public var declaredNamespaces: [String: String] = [:]

    init(ns: String?, name: String, qualifiedName: String, attributes: [Attribute]) {
        self.ns = ns; self.name = name; self.qualifiedName = qualifiedName; self.attributes = attributes
    }

    public static let xmlNS = "http://www.w3.org/XML/1998/namespace"

    public func attribute(_ name: String, ns: String? = nil) -> String? {
        attributes.first { $0.name == name && ($0.ns == ns || ns == nil && $0.ns == nil) }?.value
            ?? (ns == nil ? attributes.first { $0.name == name }?.value : nil)
    }

    public var elements: [FeedNode] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    public func elements(_ name: String, ns: String?) -> [FeedNode] {
        elements.filter { $0.name == name && $0.ns == ns }
    }

    public func first(_ name: String, ns: String?) -> FeedNode? {
        for case .element(let e) in children where e.name == name && e.ns == ns { return e }
        return nil
    }

    /// The text content: every text descendant, in order.
    public var text: String {
        var out = ""
        func walk(_ n: FeedNode) {
            for c in n.children {
                switch c {
                case .text(let t): out += t
                case .element(let e): walk(e)
                }
            }
        }
        walk(self)
        return out
    }

    public var hasElementChildren: Bool { children.contains { if case .element = $0 { return true } else { return false } } }

    /// The children as markup (XHTML content, or HTML written unescaped inside an RSS description).
    public var innerMarkup: String {
        var out = ""
        for c in children { FeedNode.serialise(c, into: &out) }
        return out
    }

    static func serialise(_ c: Child, into out: inout String) {
        switch c {
        case .text(let t): out += escape(t, attribute: false)
        case .element(let e):
            out += "<" + e.name
            for a in e.attributes where a.ns != FeedNode.xmlNS { out += " \(a.name)=\"\(escape(a.value, attribute: true))\"" }
            if e.children.isEmpty { out += " />"; return }
            out += ">"
            for k in e.children { serialise(k, into: &out) }
            out += "</\(e.name)>"
        }
    }

    static func escape(_ s: String, attribute: Bool) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// xml:base in effect here, resolved against the ancestors' and the document's address.
    public func base(document: URL?) -> URL? {
        var chain: [String] = []
        var n: FeedNode? = self
        while let node = n {
            if let b = node.attribute("base", ns: FeedNode.xmlNS) { chain.append(b) }
            n = node.parent
        }
        var url = document
        for b in chain.reversed() { url = FeedNode.resolve(b, against: url) ?? url }
        return url
    }

    /// xml:lang in effect here.
    public var language: String? {
        var n: FeedNode? = self
        while let node = n {
            if let l = node.attribute("lang", ns: FeedNode.xmlNS) { return l }
            n = node.parent
        }
        return nil
    }

    static func resolve(_ ref: String, against base: URL?) -> URL? {
        let r = ref.trimmingCharacters(in: .whitespacesAndNewlines)
        if let u = URL(string: r), u.scheme != nil { return u }
        guard let base else { return URL(string: r) }
        return URL(string: r.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(CharacterSet(charactersIn: "#%"))) ?? r, relativeTo: base)?.absoluteURL
    }
}

/// Parses XML strictly (Foundation's XMLParser: libxml2) or loosely (a tolerant scanner for ill-formed feeds).
public enum FeedXML {
    /// Namespaces used without a declaration in the wild, by their conventional prefixes.
    static let conventionalPrefixes: [String: String] = [
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
        "content": "http://purl.org/rss/1.0/modules/content/",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "atom": "http://www.w3.org/2005/Atom",
        "xhtml": "http://www.w3.org/1999/xhtml",
        "xml": FeedNode.xmlNS,
        "media": "http://search.yahoo.com/mrss/",
        "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
        "slash": "http://purl.org/rss/1.0/modules/slash/",
        "wfw": "http://wellformedweb.org/CommentAPI/",
    ]

    /// Strict parse; nil if the document is not well-formed.
    public static func parseStrict(_ text: String) -> FeedNode? {
        let builder = StrictBuilder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), !builder.failed, let root = builder.root else { return nil }
        return root
    }

    final class StrictBuilder: NSObject, XMLParserDelegate {
        var root: FeedNode?
        var stack: [FeedNode] = []
        var prefixes: [String: [String]] = [:]
        var failed = false
        var pendingText = ""

        func flush() {
            guard !pendingText.isEmpty, let top = stack.last else { pendingText = ""; return }
            top.children.append(.text(pendingText))
            pendingText = ""
        }
        var pendingDeclarations: [String: String] = [:]
        func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
            prefixes[prefix, default: []].append(namespaceURI)
            pendingDeclarations[prefix] = namespaceURI
        }
        func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
            _ = prefixes[prefix]?.popLast()
        }
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            flush()
            var attrs: [FeedNode.Attribute] = []
            for (k, v) in attributeDict.sorted(by: { $0.key < $1.key }) {
                if k == "xmlns" || k.hasPrefix("xmlns:") { continue }
                if let colon = k.firstIndex(of: ":") {
                    let p = String(k[..<colon])
                    let ns = p == "xml" ? FeedNode.xmlNS : (prefixes[p]?.last ?? FeedXML.conventionalPrefixes[p])
                    attrs.append(.init(ns: ns, name: String(k[k.index(after: colon)...]), value: v))
                } else {
                    attrs.append(.init(ns: nil, name: k, value: v))
                }
            }
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let node = FeedNode(ns: (namespaceURI?.isEmpty ?? true) ? nil : namespaceURI, name: local,
                                qualifiedName: qName ?? elementName, attributes: attrs)
            node.declaredNamespaces = pendingDeclarations
            pendingDeclarations = [:]
            if let top = stack.last { node.parent = top; top.children.append(.element(node)) } else if root == nil { root = node }
            stack.append(node)
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            flush()
            _ = stack.popLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { pendingText += string }
        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { pendingText += String(decoding: CDATABlock, as: UTF8.self) }
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
    }

    /// Tolerant parse: never fails on a document that has an element. Unclosed elements close with their parent,
    /// stray end tags are ignored, HTML entities are decoded, undeclared prefixes get their conventional namespace.
    public static func parseLoose(_ text: String) -> FeedNode? {
        let s = Array(text.unicodeScalars)
        var i = 0
        var root: FeedNode?
        var stack: [(node: FeedNode, prefixes: [String: String])] = []
        var pendingText = String.UnicodeScalarView()
        func flush() {
            if !pendingText.isEmpty, let top = stack.last { top.node.children.append(.text(String(pendingText))) }
            pendingText = String.UnicodeScalarView()
        }
        func lookup(_ prefix: String) -> String? {
            for frame in stack.reversed() { if let u = frame.prefixes[prefix] { return u.isEmpty ? nil : u } }
            return conventionalPrefixes[prefix]
        }
        while i < s.count {
            let c = s[i]
            if c == "&" {
                if let (v, next) = reference(s, at: i) {
                    pendingText.append(contentsOf: v.unicodeScalars); i = next
                } else { pendingText.append(c); i += 1 }
                continue
            }
            guard c == "<", i + 1 < s.count else { pendingText.append(c); i += 1; continue }
            if HTMLText.match(s, i, "<!--") { i = HTMLText.find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count; continue }
            if HTMLText.match(s, i, "<![CDATA[") {
                let end = HTMLText.find(s, "]]>", from: i + 9) ?? s.count
                pendingText.append(contentsOf: s[(i + 9)..<end])
                i = min(s.count, end + 3); continue
            }
            if s[i + 1] == "!" {
                // DOCTYPE, possibly with an internal subset in brackets.
                var j = i + 2
                var depth = 0
                while j < s.count {
                    if s[j] == "[" { depth += 1 } else if s[j] == "]" { depth -= 1 } else if s[j] == ">" && depth <= 0 { break }
                    j += 1
                }
                i = j + 1; continue
            }
            if s[i + 1] == "?" { i = HTMLText.find(s, "?>", from: i + 2).map { $0 + 2 } ?? s.count; continue }
            let closing = s[i + 1] == "/"
            var j = closing ? i + 2 : i + 1
            let nameStart = j
            while j < s.count, !isSpace(s[j]), s[j] != ">", s[j] != "/", s[j] != "<" { j += 1 }
            let qname = String(String.UnicodeScalarView(s[nameStart..<j]))
            guard !qname.isEmpty, let first = qname.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else {
                pendingText.append(c); i += 1; continue
            }
            if closing {
                i = HTMLText.find(s, ">", from: j).map { $0 + 1 } ?? s.count
                if let k = stack.lastIndex(where: { $0.node.qualifiedName == qname }) {
                    flush()
                    stack.removeSubrange(k...)
                }
                continue
            }
            // Attributes.
            var rawAttrs: [(String, String)] = []
            var selfClosing = false
            while j < s.count {
                while j < s.count, isSpace(s[j]) { j += 1 }
                guard j < s.count else { break }
                if s[j] == ">" { j += 1; break }
                if s[j] == "/" { selfClosing = true; j += 1; continue }
                if s[j] == "<" { break }
                let aStart = j
                while j < s.count, !isSpace(s[j]), s[j] != "=", s[j] != ">", s[j] != "/" || (j + 1 < s.count && s[j + 1] != ">") { j += 1 }
                let aName = String(String.UnicodeScalarView(s[aStart..<j]))
                while j < s.count, isSpace(s[j]) { j += 1 }
                var value = ""
                if j < s.count, s[j] == "=" {
                    j += 1
                    while j < s.count, isSpace(s[j]) { j += 1 }
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let q = s[j]
                        let vStart = j + 1
                        var k = vStart
                        while k < s.count, s[k] != q { k += 1 }
                        value = decode(Array(s[vStart..<min(k, s.count)]))
                        j = min(s.count, k + 1)
                    } else {
                        let vStart = j
                        while j < s.count, !isSpace(s[j]), s[j] != ">" { j += 1 }
                        value = decode(Array(s[vStart..<j]))
                    }
                }
                if !aName.isEmpty { selfClosing = false; rawAttrs.append((aName, value)) }
            }
            i = j
            var declared: [String: String] = [:]
            for (k, v) in rawAttrs {
                if k == "xmlns" { declared[""] = v } else if k.hasPrefix("xmlns:") { declared[String(k.dropFirst(6))] = v }
            }
            flush()
            stack.append((FeedNode(ns: nil, name: "", qualifiedName: "", attributes: []), declared))  // scope for lookups
            func split(_ q: String) -> (String?, String) {
                if let colon = q.firstIndex(of: ":") { return (String(q[..<colon]), String(q[q.index(after: colon)...])) }
                return (nil, q)
            }
            let (prefix, local) = split(qname)
            let ns = prefix.map { $0 == "xml" ? FeedNode.xmlNS : lookup($0) ?? "undeclared:\($0)" } ?? lookup("")
            var attrs: [FeedNode.Attribute] = []
            for (k, v) in rawAttrs where k != "xmlns" && !k.hasPrefix("xmlns:") {
                let (p, l) = split(k)
                attrs.append(.init(ns: p.map { $0 == "xml" ? FeedNode.xmlNS : lookup($0) ?? "undeclared:\($0)" }, name: l, value: v))
            }
            stack.removeLast()
            let node = FeedNode(ns: ns, name: local, qualifiedName: qname, attributes: attrs)
            node.declaredNamespaces = declared
            if let top = stack.last { node.parent = top.node; top.node.children.append(.element(node)) }
            else if root == nil { root = node } else { continue }
            if !selfClosing { stack.append((node, declared)) }
        }
        flush()
        return root
    }

    /// Feeds that use HTML entity names mean the HTML 4 set (the RSS 0.91 DTD's), where two differ from HTML5.
    static let html4Differences = ["lang;": "\u{2329}", "rang;": "\u{232A}"]

    static func reference(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        guard let (v, next) = HTMLText.reference(s, at: i, legacy: false) else { return nil }
        if next - i == 6, let name = Optional(String(String.UnicodeScalarView(s[(i + 1)..<next]))), let old = html4Differences[name] {
            return (old, next)
        }
        return (v, next)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }

    static func decode(_ s: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (v, next) = reference(s, at: i) { out.append(contentsOf: v.unicodeScalars); i = next }
            else { out.append(s[i]); i += 1 }
        }
        return String(out)
    }
}
