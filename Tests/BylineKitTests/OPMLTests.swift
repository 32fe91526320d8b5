import Foundation
import TestSupport
import Testing
@testable import BylineKit

@Suite("Feeds file and OPML")
struct OPMLTests {
    @Test("OPML round trip keeps addresses, tags and titles")
    func roundTrip() throws {
        let subs = [
            FeedSubscription(address: "https://example.com/rss?a=1&b=2", tags: ["news", "world news"], title: "Example \"Daily\""),
            FeedSubscription(address: "http://example.org/atom.xml"),
            FeedSubscription(address: "/home/me/stories", tags: ["local"]),
        ]
        let opml = OPML.export(subs)
        #expect(opml.contains("xmlUrl=\"https://example.com/rss?a=1&amp;b=2\""))
        #expect(try OPML.parse(Data(opml.utf8)) == subs)
    }

    @Test("OPML import: nested folders become tags, duplicates are dropped, non-OPML is refused")
    func importFolders() throws {
        let opml = """
            <?xml version="1.0"?><opml version="1.0"><head/><body>
            <outline text="Tech"><outline text="Blog" type="rss" xmlUrl="http://a/feed"/>
              <outline text="Sub"><outline text="B" xmlUrl="http://b/feed" category="/x/y,z"/></outline></outline>
            <outline text="Again" xmlUrl="http://a/feed"/></body></opml>
            """
        #expect(try OPML.parse(Data(opml.utf8)) == [
            FeedSubscription(address: "http://a/feed", tags: ["Tech"], title: "Blog"),
            FeedSubscription(address: "http://b/feed", tags: ["Tech", "Sub", "y", "z"], title: "B"),
        ])
        #expect(throws: FeedListError.notOPML("the document element is <rss>")) { try OPML.parse(Data("<rss/>".utf8)) }
    }

    @Test("The feeds file: newsboat syntax with tags, quoted tags, titles and comments; adding keeps existing lines")
    func feedsFile() throws {
        let parsed = FeedList.parse("""
            # my feeds
            http://a/feed news "world news" "~A Title"
              http://b/feed#frag   # trailing comment

            http://a/feed again
            """)
        #expect(parsed.subscriptions == [
            FeedSubscription(address: "http://a/feed", tags: ["news", "world news"], title: "A Title"),
            FeedSubscription(address: "http://b/feed#frag"),
        ])
        #expect(parsed.warnings == ["line 5: http://a/feed is listed twice"])
        let file = Scratch.path("feeds").appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "# keep me\nhttp://a/feed\n".write(to: file, atomically: true, encoding: .utf8)
        let added = try FeedList.add([FeedSubscription(address: "http://a/feed"), FeedSubscription(address: "http://c/feed", tags: ["x y"])], to: file)
        #expect(added == [FeedSubscription(address: "http://c/feed", tags: ["x y"])])
        #expect(try String(contentsOf: file, encoding: .utf8) == "# keep me\nhttp://a/feed\nhttp://c/feed \"x y\"\n")
    }

    @Test("Addresses: URLs kept, paths made absolute, nonsense refused")
    func addresses() throws {
        #expect(try FeedList.normalise("https://example.com/feed") == "https://example.com/feed")
        #expect(try FeedList.normalise("tmp", currentDirectory: "/") == "/tmp")
        #expect(throws: FeedListError.badAddress("ftp://x/feed")) { try FeedList.normalise("ftp://x/feed") }
        #expect(throws: FeedListError.noSuchPath("/no/such/feed.xml")) { try FeedList.normalise("/no/such/feed.xml") }
    }
}
