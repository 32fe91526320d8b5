import Foundation

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedParser {
    static func parse(_ data: Data, address: URL?) throws -> Feed {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw FeedError.notAFeed("not valid JSON")
        }
        guard let root = object as? [String: Any] else { throw FeedError.notAFeed("JSON that is not an object") }
        let versionURL = root["version"] as? String ?? ""
        guard versionURL.contains("jsonfeed.org/version/") else {
            throw FeedError.notAFeed("JSON without a jsonfeed.org version")
        }
        var feed = Feed(format: .json, version: versionURL.hasSuffix("/1.1") ? "json11" : "json1", encoding: "utf-8")
        func str(_ d: [String: Any], _ k: String) -> String? { (d[k] as? String).map(HTMLText.line).flatMap { $0.isEmpty ? nil : $0 } }
        func url(_ d: [String: Any], _ k: String) -> String? {
            guard let s = str(d, k) else { return nil }
            return FeedNode.resolve(s, against: address)?.absoluteString ?? s
        }
        func authors(_ d: [String: Any]) -> String? {
            let list = (d["authors"] as? [[String: Any]]) ?? (d["author"] as? [String: Any]).map { [$0] } ?? []
            let names = list.compactMap { str($0, "name") }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        feed.title = str(root, "title")
        feed.link = url(root, "home_page_url")
        feed.subtitle = (root["description"] as? String).map(FeedParser.plainBlock)
        feed.author = authors(root)
        feed.language = str(root, "language")
        for item in (root["items"] as? [[String: Any]]) ?? [] {
            var e = FeedEntry()
            e.id = (item["id"] as? String).map(HTMLText.line) ?? (item["id"] as? NSNumber).map { "\($0)" }
            e.title = str(item, "title")
            e.link = url(item, "url")
            e.author = authors(item) ?? feed.author
            e.published = str(item, "date_published").flatMap(FeedDates.parse)
            e.updated = str(item, "date_modified").flatMap(FeedDates.parse)
            e.summary = (item["summary"] as? String).map(FeedParser.plainBlock)
            if let html = item["content_html"] as? String { e.content = HTMLText.plainText(html) }
            else if let text = item["content_text"] as? String { e.content = FeedParser.plainBlock(text) }
            feed.entries.append(e)
        }
        return feed
    }
}
