import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line of the feeds file: an http(s) URL or a path (feed file, text file or folder), with tags.
public struct FeedSubscription: Hashable, Sendable {
    public var address: String
    public var tags: [String]
    /// A title chosen by the user (newsboat's "~Title" tag).
    public var title: String?
    public init(address: String, tags: [String] = [], title: String? = nil) {
        self.address = address; self.tags = tags; self.title = title
    }

    public var isRemote: Bool {
        let l = address.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://")
    }
}

/// The feeds file, `$XDG_CONFIG_HOME/byline/feeds`, in newsboat's urls format: one URL or path a line, then
/// optional tags (quote tags with spaces: "world news"; a tag "~Title" names the feed), `#` starts a comment.
public enum FeedList {
    public static func defaultPath(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        Paths.configHome(env).appendingPathComponent("feeds")
    }

    public struct Parsed: Sendable {
        public var subscriptions: [FeedSubscription]
        /// "line N: ..." for lines that could not be read.
        public var warnings: [String]
    }

    public static func parse(_ text: String) -> Parsed {
        var subs: [FeedSubscription] = []
        var warnings: [String] = []
        var seen: Set<String> = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = tokens(String(raw))
            guard let address = words.first else { continue }
            if address.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) {
                warnings.append("line \(n + 1): control characters in the address"); continue
            }
            guard !seen.contains(address) else { warnings.append("line \(n + 1): \(address) is listed twice"); continue }
            seen.insert(address)
            var sub = FeedSubscription(address: address)
            for w in words.dropFirst() {
                if w.hasPrefix("~") { sub.title = String(w.dropFirst()) } else if !w.isEmpty { sub.tags.append(w) }
            }
            subs.append(sub)
        }
        return Parsed(subscriptions: subs, warnings: warnings)
    }

    /// Words of a line, honouring double quotes, up to an unquoted '#'.
    static func tokens(_ line: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inQuotes = false
        var hasWord = false
        for ch in line {
            if inQuotes {
                if ch == "\"" { inQuotes = false } else { current.append(ch) }
            } else if ch == "\"" { inQuotes = true; hasWord = true }
            else if ch == "#" && !hasWord && current.isEmpty { break }
            else if ch == " " || ch == "\t" || ch == "\r" {
                if hasWord { out.append(current); current = ""; hasWord = false }
            } else { current.append(ch); hasWord = true }
        }
        if hasWord { out.append(current) }
        return out
    }

    public static func line(_ s: FeedSubscription) -> String {
        var words = [s.address]
        for t in s.tags { words.append(t.contains(where: { $0 == " " || $0 == "\t" || $0 == "#" || $0 == "\"" }) || t.hasPrefix("~") ? quoted(t) : t) }
        if let title = s.title { words.append(quoted("~" + title)) }
        return words.joined(separator: " ")
    }

    static func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "'") + "\"" }

    /// Read the feeds file; a missing file is an empty list.
    public static func load(_ url: URL = defaultPath()) throws -> Parsed {
        guard FileManager.default.fileExists(atPath: url.path) else { return Parsed(subscriptions: [], warnings: []) }
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw SourceError.invalidUTF8(path: url.path)
        }
        return parse(text)
    }

    /// Append subscriptions not already in the file (by address), keeping its lines and comments as they are.
    /// Returns the ones added.
    @discardableResult
    public static func add(_ subs: [FeedSubscription], to url: URL = defaultPath()) throws -> [FeedSubscription] {
        let existing = try load(url).subscriptions
        var known = Set(existing.map(\.address))
        var added: [FeedSubscription] = []
        for s in subs where !known.contains(s.address) { added.append(s); known.insert(s.address) }
        guard !added.isEmpty else { return [] }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var text = FileManager.default.fileExists(atPath: url.path) ? (try String(contentsOf: url, encoding: .utf8)) : ""
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        for s in added { text += line(s) + "\n" }
        // Write a sibling and rename over, so a crash never leaves half a file.
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".feeds.\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(text.utf8).write(to: tmp)
        guard rename(tmp.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: tmp)
            throw SourceError.unreadable(path: url.path, reason: "cannot replace the file: \(String(cString: strerror(errno)))")
        }
        return added
    }

    /// A feed address as given on the command line: URLs as they are, paths made absolute (and checked to exist).
    public static func normalise(_ target: String, currentDirectory: String = FileManager.default.currentDirectoryPath) throws -> String {
        let t = target.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let u = URL(string: t), let host = u.host, !host.isEmpty else { throw FeedListError.badAddress(target) }
            return t
        }
        if lower.contains("://") { throw FeedListError.badAddress(target) }
        guard !t.isEmpty else { throw FeedListError.badAddress(target) }
        let path = t.hasPrefix("/") ? t : (currentDirectory as NSString).appendingPathComponent(t)
        let standard = (path as NSString).standardizingPath
        guard FileManager.default.fileExists(atPath: standard) else { throw FeedListError.noSuchPath(standard) }
        return standard
    }
}

public enum FeedListError: Error, CustomStringConvertible, Equatable {
    case badAddress(String)
    case noSuchPath(String)
    case notOPML(String)
    public var description: String {
        switch self {
        case .badAddress(let a): return "\(a): not an http(s) URL or a path"
        case .noSuchPath(let p): return "\(p): no such file or folder"
        case .notOPML(let why): return "not an OPML file: \(why)"
        }
    }
}

/// OPML 2.0 subscription lists (import and export). Folders (outlines without xmlUrl) become tags.
public enum OPML {
    public static func parse(_ data: Data) throws -> [FeedSubscription] {
        let decoded = FeedDecoding.decode(data)
        let xml = FeedParser.restateDeclaration(decoded.text)
        guard let root = FeedXML.parseStrict(xml) ?? FeedXML.parseLoose(xml) else { throw FeedListError.notOPML("no XML element") }
        guard root.name.lowercased() == "opml" else { throw FeedListError.notOPML("the document element is <\(root.qualifiedName)>") }
        guard let body = root.elements.first(where: { $0.name.lowercased() == "body" }) else { throw FeedListError.notOPML("no <body>") }
        var out: [FeedSubscription] = []
        var seen: Set<String> = []
        func walk(_ node: FeedNode, folders: [String]) {
            for o in node.elements where o.name.lowercased() == "outline" {
                let text = (o.attribute("title") ?? o.attribute("text")).map(HTMLText.line)
                if let url = o.attribute("xmlUrl").map(HTMLText.line), !url.isEmpty {
                    guard !seen.contains(url) else { continue }
                    seen.insert(url)
                    var tags = folders
                    for c in HTMLText.line(o.attribute("category") ?? "").split(separator: ",") {
                        let tag = c.trimmingCharacters(in: .whitespaces).split(separator: "/").last.map(String.init) ?? ""
                        if !tag.isEmpty && !tags.contains(tag) { tags.append(tag) }
                    }
                    let address = url.hasPrefix("file://") ? (URL(string: url)?.path ?? url) : url
                    out.append(FeedSubscription(address: address, tags: tags,
                                                title: text.flatMap { $0.isEmpty || $0 == url || $0 == address ? nil : $0 }))
                } else {
                    walk(o, folders: text.map { $0.isEmpty ? folders : folders + [$0] } ?? folders)
                }
            }
        }
        walk(body, folders: [])
        return out
    }

    public static func export(_ subs: [FeedSubscription]) -> String {
        func esc(_ s: String) -> String { FeedNode.escape(s, attribute: true) }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head><title>Byline feeds</title></head>",
            "  <body>",
        ]
        for s in subs {
            let url = s.isRemote ? s.address : URL(fileURLWithPath: s.address).absoluteString
            let text = s.title ?? s.address
            var attrs = "type=\"rss\" text=\"\(esc(text))\""
            if s.title != nil { attrs += " title=\"\(esc(text))\"" }
            attrs += " xmlUrl=\"\(esc(url))\""
            if !s.tags.isEmpty { attrs += " category=\"\(esc(s.tags.map { $0.replacingOccurrences(of: ",", with: " ") }.joined(separator: ",")))\"" }
            lines.append("    <outline \(attrs)/>")
        }
        lines.append("  </body>")
        lines.append("</opml>")
        return lines.joined(separator: "\n") + "\n"
    }
}
