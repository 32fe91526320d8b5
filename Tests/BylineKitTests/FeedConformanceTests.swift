import Foundation
import Testing
@testable import BylineKit

/// Runs the feed reader over feedparser's test corpus (Tests/Fixtures/feeds/feedparser) using the machine-checkable
/// assertions in expectations.jsonl, mapping our model onto feedparser's normalised result names.
///
/// A case is *applicable* when its category is one this reader covers and every assertion names a field the model
/// has. Text fields are compared as plain text: feedparser keeps (sanitised) HTML where Byline keeps text for
/// analysis, so an expected value that looks like HTML is turned into text by the same HTML-to-text rules, and
/// whitespace runs count as one space on both sides.
enum FeedConformance {
    struct Outcome {
        var path: String
        var category: String
        /// nil: applicable; else why not.
        var leftOut: String?
        var passed: Bool
        var detail: String
    }

    /// Categories of the corpus this reader covers, and why the others are left out.
    static let covered: Set<String> = [
        "wellformed/rss", "wellformed/atom", "wellformed/atom10", "wellformed/rdf", "encoding", "entities",
        "illformed", "wellformed/amp", "wellformed/xml", "wellformed/node_precedence",
        "wellformed/namespace", "wellformed/http", "wellformed/base", "wellformed/lang",
    ]
    static let leftOutCategories: [String: String] = [
        "wellformed/sanitize": "expects feedparser's sanitised HTML markup; Byline turns item HTML into plain text",
        "wellformed/itunes": "iTunes podcast extension fields are not part of the model",
        "wellformed/media-rss": "Media RSS extension fields are not part of the model",
        "wellformed/geo": "GeoRSS fields are not part of the model",
        "illformed/geo": "GeoRSS fields are not part of the model",
        "wellformed/cdf": "Microsoft CDF is not a feed format Byline reads",
        "wellformed/psc": "Podlove chapters are not part of the model",
        "wellformed/feedburner": "FeedBurner extension fields are not part of the model",
        "wellformed/sgml": "tests sgmllib internals",
        "illformed/chardet": "undeclared legacy encodings need statistical detection (chardet); Byline falls back to windows-1252",
    ]

    static let textFields: Set<String> = ["title", "summary", "description", "content", "subtitle", "tagline", "rights", "copyright", "author"]

    enum Value: Equatable { case text(String), bool(Bool), tuple([Int]), missing }

    /// Our value for a feedparser result path, or nil when the model has no such field.
    static func value(_ path: [Any], feed: Feed?, threw: Bool) -> Value? {
        guard let head = path.first as? String else { return nil }
        switch head {
        case "bozo": return .bool(threw || feed?.problem != nil)
        case "encoding": return feed.map { .text($0.encoding) } ?? .missing
        case "version": return feed.map { .text($0.version) } ?? .missing
        case "feed":
            guard path.count >= 2, let k = path[1] as? String else { return nil }
            let sub = Array(path.dropFirst(2))
            guard let f = feed else { return .missing }
            return field(k, sub, title: f.title, link: f.link, id: f.id, author: f.author, summary: f.subtitle, content: nil,
                         published: f.published, updated: f.updated, rights: f.rights, language: f.language, isFeed: true)
        case "entries":
            guard path.count >= 3, let i = path[1] as? Int, let k = path[2] as? String else { return nil }
            let sub = Array(path.dropFirst(3))
            guard let f = feed, f.entries.indices.contains(i) else {
                return field(k, sub, title: nil, link: nil, id: nil, author: nil, summary: nil, content: nil, published: nil,
                             updated: nil, rights: nil, language: nil, isFeed: false).map { _ in .missing }
            }
            let e = f.entries[i]
            return field(k, sub, title: e.title, link: e.link, id: e.id, author: e.author, summary: e.summary, content: e.content,
                         published: e.published, updated: e.updated, rights: nil, language: nil, isFeed: false)
        default: return nil
        }
    }

    static func field(_ k: String, _ sub: [Any], title: String?, link: String?, id: String?, author: String?, summary: String?,
                      content: String?, published: Date?, updated: Date?, rights: String?, language: String?, isFeed: Bool) -> Value? {
        func text(_ s: String?) -> Value { s.map { .text($0) } ?? .missing }
        func detailValue(_ s: String?) -> Value? { sub.count == 1 && (sub[0] as? String) == "value" ? text(s) : nil }
        switch (k, sub.isEmpty) {
        case ("title", true): return text(title)
        case ("title_detail", false): return detailValue(title)
        case ("link", true): return text(link)
        case ("id", true), ("guid", true): return text(id)
        case ("author", true): return text(author)
        // feedparser copies text and HTML content to the summary when there is none.
        case ("summary", true) where !isFeed, ("description", true) where !isFeed: return text(summary ?? content)
        case ("summary_detail", false) where !isFeed, ("description_detail", false) where !isFeed: return detailValue(summary ?? content)
        case ("description", true), ("subtitle", true): return text(summary)
        case ("description_detail", false), ("subtitle_detail", false): return detailValue(summary)
        case ("subtitle", true) where isFeed, ("tagline", true) where isFeed: return text(summary)
        case ("subtitle_detail", false) where isFeed, ("tagline_detail", false) where isFeed: return detailValue(summary)
        case ("rights", true) where isFeed, ("copyright", true) where isFeed: return text(rights)
        case ("rights_detail", false) where isFeed, ("copyright_detail", false) where isFeed: return detailValue(rights)
        case ("language", true) where isFeed: return text(language)
        case ("content", false) where !isFeed:
            guard sub.count == 2, (sub[0] as? Int) == 0, (sub[1] as? String) == "value" else { return nil }
            return text(content)
        case ("published_parsed", true): return published.map { .tuple(tuple($0)) } ?? .missing
        case ("updated_parsed", true): return (updated ?? published).map { .tuple(tuple($0)) } ?? .missing
        default: return nil
        }
    }

    /// Python's time.struct_time in UTC: year, month, day, hour, minute, second, weekday (Monday 0), day of year, 0.
    static func tuple(_ d: Date) -> [Int] {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: d)
        let yday = cal.ordinality(of: .day, in: .year, for: d) ?? 0
        return [c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!, (c.weekday! + 5) % 7, yday, 0]
    }

    static func plain(_ s: String) -> String {
        HTMLText.line(HTMLText.looksLikeHTML(s) ? HTMLText.plainText(s) : s)
    }

    static func expected(_ v: Any) -> Value {
        if let b = v as? Bool { return .bool(b) }
        if let s = v as? String { return .text(s) }
        if let a = v as? [Any] { return .tuple(a.compactMap { ($0 as? NSNumber)?.intValue }) }
        if let n = v as? NSNumber { return .bool(n.intValue != 0) }
        return .missing
    }

    static func run(root: URL) throws -> [Outcome] {
        let lines = try String(contentsOf: root.appendingPathComponent("expectations.jsonl"), encoding: .utf8).split(separator: "\n")
        var out: [Outcome] = []
        for line in lines {
            guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let path = row["path"] as? String, let category = row["category"] as? String else { continue }
            var o = Outcome(path: path, category: category, leftOut: nil, passed: false, detail: "")
            guard covered.contains(category) else {
                o.leftOut = leftOutCategories[category] ?? "category not covered"; out.append(o); continue
            }
            guard let assertions = row["assertions"] as? [[String: Any]] else {
                o.leftOut = "expectation needs a Python evaluator"; out.append(o); continue
            }
            let headers = row["headers"] as? [String: String] ?? [:]
            let contentType = headers.first { $0.key.lowercased() == "content-type" }?.value
            let isHTTP = path.contains("http")
            var address = URL(string: "http://127.0.0.1:8097/" + path)
            if let loc = headers.first(where: { $0.key.lowercased() == "content-location" })?.value {
                address = FeedNode.resolve(loc, against: address) ?? address
            }
            let data = try Data(contentsOf: root.appendingPathComponent(path))
            var feed: Feed?
            var threw = false
            let language = headers.first { $0.key.lowercased() == "content-language" }?.value
            do { feed = try FeedParser.parse(data, contentType: isHTTP ? (contentType ?? "text/xml") : nil, address: isHTTP ? address : nil,
                                             contentLanguage: isHTTP ? language : nil) }
            catch { threw = true; o.detail = "threw \(error)" }
            var failures: [String] = []
            var unsupported: String?
            for a in assertions {
                guard let p = a["path"] as? [Any], let op = a["op"] as? String else { continue }
                guard let ours = value(p, feed: feed, threw: threw) else {
                    unsupported = p.map { "\($0)" }.joined(separator: "."); break
                }
                let want = expected(a["value"] ?? NSNull())
                var equal: Bool
                switch (ours, want) {
                case let (.text(x), .text(y)):
                    // feedparser's value may be text or HTML (the expectation does not say which): ours is text.
                    equal = textFields.contains(where: { k in p.contains { ($0 as? String)?.hasPrefix(k) == true } })
                        ? HTMLText.line(x) == plain(y) || HTMLText.line(x) == HTMLText.line(y) : x == y
                case let (.bool(x), .bool(y)): equal = x == y
                case let (.tuple(x), .tuple(y)): equal = x == y
                default: equal = false
                }
                if op == "!=" { equal.toggle() }
                if !equal { failures.append("\(p.map { "\($0)" }.joined(separator: ".")): got \(ours), want \(want)") }
            }
            if let u = unsupported {
                o.leftOut = "asserts a field outside the model: \(u.replacingOccurrences(of: #"\.\d+"#, with: "[i]", options: .regularExpression))"
            } else {
                o.passed = failures.isEmpty && (feed != nil || assertions.contains { ($0["path"] as? [String]) == ["bozo"] })
                if assertions.isEmpty && feed == nil { o.passed = false }
                o.detail += failures.joined(separator: "; ")
            }
            out.append(o)
        }
        return out
    }

    static func summary(_ outcomes: [Outcome]) -> String {
        var lines: [String] = []
        let applicable = outcomes.filter { $0.leftOut == nil }
        let passed = applicable.filter(\.passed)
        lines.append("feed conformance: \(passed.count) of \(applicable.count) applicable cases pass (\(outcomes.count) in the corpus)")
        let byCategory = Dictionary(grouping: applicable, by: \.category)
        for (c, list) in byCategory.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(c): \(list.filter(\.passed).count)/\(list.count)")
        }
        var reasons: [String: Int] = [:]
        for o in outcomes { if let r = o.leftOut { reasons[r.hasPrefix("asserts a field") ? r : "\(o.category): \(r)", default: 0] += 1 } }
        lines.append("left out:")
        for (r, n) in reasons.sorted(by: { $0.value > $1.value }) { lines.append("  \(n) \(r)") }
        return lines.joined(separator: "\n")
    }
}

@Suite("Feed conformance (feedparser corpus)")
struct FeedConformanceTests {
    static let root = Fixtures.url("feeds/feedparser")

    @Test("The applicable feedparser cases pass at least as often as recorded")
    func conformance() throws {
        let outcomes = try FeedConformance.run(root: Self.root)
        let summary = FeedConformance.summary(outcomes)
        print(summary)
        if ProcessInfo.processInfo.environment["BYLINE_CONFORMANCE_FAILURES"] != nil {
            for o in outcomes where o.leftOut == nil && !o.passed { print("FAIL \(o.path): \(o.detail)") }
        }
        let applicable = outcomes.filter { $0.leftOut == nil }
        let passed = applicable.filter(\.passed).count
        // Recorded: 759 of 759 applicable cases. The floor may rise, never fall.
        #expect(applicable.count == 759)
        #expect(passed >= 759)
        // The headline categories one by one.
        func pass(_ c: String) -> Int { applicable.filter { $0.category == c && $0.passed }.count }
        #expect(pass("wellformed/rss") >= 78)
        #expect(pass("wellformed/atom") + pass("wellformed/atom10") >= 173)
        #expect(pass("wellformed/rdf") >= 12)
        #expect(pass("encoding") >= 78)
        #expect(pass("entities") >= 253)
    }
}
