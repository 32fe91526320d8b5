import Foundation

/// A parsed feed: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 or JSON Feed. Text fields are plain text with
/// control characters removed; `summary`/`content` keep paragraphs as blank-line separated text.
public struct Feed: Sendable {
    public var format: Format
    /// feedparser's version names: "rss20", "rss091u", "rss10", "rss090", "atom10", "atom03", "json1", ...
    public var version: String
    public var title: String?
    public var link: String?
    public var subtitle: String?
    public var rights: String?
    public var id: String?
    public var author: String?
    public var language: String?
    public var published: Date?
    public var updated: Date?
    public var entries: [FeedEntry] = []
    /// The encoding the bytes were read in.
    public var encoding: String
    /// Why the document is suspect (ill-formed XML, wrong encoding, ...); nil when it is clean. Ill-formed feeds
    /// are still read as far as possible.
    public var problem: String?
    public var isWellFormed: Bool { problem == nil }

    public enum Format: String, Sendable { case rss, rdf, atom, json }

    public init(format: Format, version: String, encoding: String) {
        self.format = format; self.version = version; self.encoding = encoding
    }
}

public struct FeedEntry: Sendable {
    public var id: String?
    public var title: String?
    public var link: String?
    public var author: String?
    public var published: Date?
    public var updated: Date?
    /// Plain text of the summary (RSS description, Atom summary).
    public var summary: String?
    /// Plain text of the full content (content:encoded, Atom content), when given.
    public var content: String?
    public init() {}

    /// The body to read and analyse: the full content if any, else the summary.
    public var body: String { content ?? summary ?? "" }
}

public enum FeedError: Error, CustomStringConvertible, Equatable {
    case notAFeed(String)
    case empty
    public var description: String {
        switch self {
        case .notAFeed(let why): return "not a feed: \(why)"
        case .empty: return "empty document"
        }
    }
}

extension Feed {
    /// The entries as stories. Identity: the entry's id (prefixed with the feed address unless it is a URI),
    /// else its link, else the feed address plus a hash of title and body. The text is the title line, a blank line, then the body (as for text files).
    public func stories(feedAddress: String) -> [(Story, StoryOrigin)] {
        let source = title.map { $0.isEmpty ? feedAddress : $0 } ?? feedAddress
        return entries.map { e in
            let title = e.title.flatMap { $0.isEmpty ? nil : $0 }
                ?? String(e.body.prefix(80)).split(separator: "\n").first.map(String.init) ?? "(untitled)"
            let text = e.body.isEmpty ? title : title + "\n\n" + e.body
            // Ids that are URIs (http:, tag:, urn:) are global; bare ones ("42") are only unique within their feed.
            let id = e.id.flatMap { $0.isEmpty ? nil : $0.contains(":") ? $0 : feedAddress + "#" + $0 }
                ?? e.link.flatMap { $0.isEmpty ? nil : $0 }
                ?? feedAddress + "#" + ContentHash.hex(of: title + "\n" + e.body)
            let s = Story(id: id, title: title, source: source, date: e.published ?? e.updated ?? published ?? updated,
                          text: text, location: e.link)
            return (s, StoryOrigin(link: e.link, author: e.author, feed: feedAddress))
        }
    }
}
