import Foundation

/// One story of the library: where it came from and its raw text. Analysis is separate and lazy.
public struct Story: Hashable, Codable, Sendable, Identifiable {
    /// Stable identity: feed id or link for feed items, path plus content hash for files.
    public var id: String
    public var title: String
    /// Where it came from: a wire service from the dateline, a feed title, or the folder name.
    public var source: String
    public var date: Date?
    /// The text exactly as read (after decoding); analysis offsets index its Unicode scalars.
    public var text: String
    /// File path or URL, when there is one.
    public var location: String?
    /// A hash of `text` (hex), used to cache analyses and to notice changed stories.
    public var contentHash: String

    public init(id: String, title: String, source: String, date: Date?, text: String, location: String?) {
        self.id = id; self.title = title; self.source = source; self.date = date
        self.text = text; self.location = location
        self.contentHash = ContentHash.hex(of: text)
    }
}

/// FNV-1a 64-bit over UTF-8: stable across runs and platforms (unlike `Hasher`).
public enum ContentHash {
    public static func value(of text: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text.utf8 { h ^= UInt64(b); h = h &* 0x100000001b3 }
        return h
    }
    public static func hex(of text: String) -> String {
        let v = value(of: text)
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
