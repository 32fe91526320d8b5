import Foundation
import Testing
@testable import BylineKit

@Suite("Feed reading")
struct FeedParserTests {
    func parse(_ s: String, contentType: String? = nil) throws -> Feed {
        try FeedParser.parse(Data(s.utf8), contentType: contentType, address: URL(string: "http://example.com/feed/"))
    }

    @Test("RSS 2.0: fields, guid as id, relative links, RFC 822 dates with zones, HTML description as text")
    func rss() throws {
        let f = try parse("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <title>Wire &amp; Co</title><link>http://example.com/</link>
            <item><title>Talks \u{81}resume</title><link>/news/1</link><guid isPermaLink="false">id-1</guid>
            <dc:creator>Ann Lee</dc:creator><pubDate>Sat, 02 Jul 2016 09:30:00 +0200</pubDate>
            <description>&lt;p&gt;First &amp;amp; &lt;b&gt;bold&lt;/b&gt;.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;&lt;p&gt;Second.&lt;/p&gt;</description>
            </item></channel></rss>
            """)
        #expect(f.version == "rss20" && f.isWellFormed)
        #expect(f.title == "Wire & Co")
        let e = try #require(f.entries.first)
        #expect(e.title == "Talks resume")
        #expect(e.id == "id-1")
        #expect(e.link == "http://example.com/news/1")
        #expect(e.author == "Ann Lee")
        #expect(e.published == Date(timeIntervalSince1970: 1_467_444_600))
        #expect(e.summary == "First & bold.\n\nSecond.")
    }

    @Test("Atom 1.0: alternate link, xhtml content, RFC 3339 dates, author")
    func atom() throws {
        let f = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &lt;i&gt;feed&lt;/i&gt;</title>
            <link rel="self" href="http://example.com/feed"/><link href="http://example.com/"/>
            <entry><id>urn:uuid:1</id><title>One</title><link rel="alternate" href="/one"/>
            <updated>2016-07-15T12:00:00.5-05:00</updated><author><name>Bo Roe</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para <em>one</em>.</p><p>Para two.</p></div></content>
            </entry></feed>
            """)
        #expect(f.version == "atom10")
        #expect(f.title == "A feed")
        #expect(f.link == "http://example.com/")
        let e = try #require(f.entries.first)
        #expect(e.id == "urn:uuid:1")
        #expect(e.link == "http://example.com/one")
        #expect(e.author == "Bo Roe")
        #expect(e.updated == Date(timeIntervalSince1970: 1_468_602_000.5))
        #expect(e.content == "Para one.\n\nPara two.")
    }

    @Test("RSS 1.0 (RDF): items beside the channel, Dublin Core date")
    func rdf() throws {
        let f = try parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
              xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="http://example.com/"><title>RDF news</title><link>http://example.com/</link></channel>
            <item rdf:about="http://example.com/a"><title>A</title><link>http://example.com/a</link>
            <dc:date>2004-01-02</dc:date></item></rdf:RDF>
            """)
        #expect(f.version == "rss10")
        #expect(f.title == "RDF news")
        #expect(f.entries.map(\.title) == ["A"])
        #expect(f.entries.first?.id == "http://example.com/a")
        #expect(f.entries.first?.updated == Date(timeIntervalSince1970: 1_073_001_600))
    }

    @Test("JSON Feed: items with HTML or text content")
    func jsonFeed() throws {
        let f = try parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://example.org/",
             "items": [{"id": "1", "url": "https://example.org/1", "title": "One", "content_html": "<p>Hi &amp; bye</p>",
                        "date_published": "2020-01-02T03:04:05Z", "authors": [{"name": "Cy"}]},
                       {"id": 2, "content_text": "Plain\\n\\ntext"}]}
            """)
        #expect(f.version == "json11")
        #expect(f.entries.map(\.id) == ["1", "2"])
        #expect(f.entries[0].content == "Hi & bye")
        #expect(f.entries[0].author == "Cy")
        #expect(f.entries[0].published == Date(timeIntervalSince1970: 1_577_934_245))
        #expect(f.entries[1].content == "Plain\n\ntext")
    }

    @Test("An ill-formed feed is read leniently and flagged")
    func illFormed() throws {
        let f = try parse("<rss version=\"2.0\"><channel><title>Caf&eacute; news</title><item><title>Un & deux</title></item></channel></rss>")
        #expect(!f.isWellFormed)
        #expect(f.title == "Café news")
        #expect(f.entries.first?.title == "Un & deux")
    }

    @Test("Encodings: UTF-16 without BOM, declared ISO-8859-1, HTTP charset overriding the declaration")
    func encodings() throws {
        var utf16 = Data()
        for u in "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><title>Zürich</title></channel></rss>".utf16 {
            utf16.append(UInt8(u >> 8)); utf16.append(UInt8(u & 0xFF))
        }
        let a = try FeedParser.parse(utf16)
        #expect(a.encoding == "utf-16be" && a.title == "Zürich" && a.isWellFormed)
        let latin = Data("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><title>Z".utf8) + Data([0xFC]) + Data("rich</title></channel></rss>".utf8)
        let b = try FeedParser.parse(latin)
        #expect(b.encoding == "iso-8859-1" && b.title == "Zürich")
        let cyr = Data("<rss><channel><title>".utf8) + Data([0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]) + Data("</title></channel></rss>".utf8)
        let c = try FeedParser.parse(cyr, contentType: "application/rss+xml; charset=windows-1251")
        #expect(c.encoding == "windows-1251" && c.title == "Москва")
    }

    @Test("Internal DTD entities are expanded once, within a size budget")
    func doctypeEntities() throws {
        let f = try parse("<!DOCTYPE rss [<!ENTITY co \"Acme &amp; Co\"><!ENTITY a \"&co;&co;\">]><rss><channel><title>&co; / &a;</title></channel></rss>")
        #expect(f.title == "Acme & Co / &co;&co;")
        let big = String(repeating: "x", count: 10_000)
        let refs = String(repeating: "&e;", count: 1_000)
        let bomb = try parse("<!DOCTYPE rss [<!ENTITY e \"\(big)\">]><rss><channel><title>\(refs)</title></channel></rss>")
        #expect(!bomb.isWellFormed)
        #expect((bomb.title ?? "").count < 10_000)
    }

    @Test("Not a feed: a clear error")
    func notAFeed() {
        #expect(throws: FeedError.notAFeed("the document element is <html>, not rss, rdf:RDF or feed")) {
            try FeedParser.parse(Data("<html><body>hi</body></html>".utf8))
        }
        #expect(throws: FeedError.empty) { try FeedParser.parse(Data("  \n".utf8)) }
    }

    @Test("HTML to text: entities, paragraphs, line breaks, scripts and styles dropped, controls stripped")
    func htmlText() {
        #expect(HTMLText.plainText("<div>One&nbsp;two<br>three</div><style>p{}</style><p>Caf&eacute; &#8220;x&#x201D; &copy2024</p>")
                == "One\u{A0}two\nthree\n\nCafé “x” ©2024")
        #expect(HTMLText.plainText("<ul><li>a</li><li>b\u{1}</li></ul><script>alert('<p>')</script>") == "a\n\nb")
        #expect(HTMLText.line(" A\u{85}\u{0}\tB \n C ") == "A… B C")
    }

    @Test("HTML to text: '<!' before anything but a comment, CDATA or a declaration is text")
    func bangIsText() {
        #expect(HTMLText.plainText("<!' <a href=\"foo\">x</a>") == "<!' x")
        #expect(HTMLText.plainText("a<!DOCTYPE html>b<!-- c -->d<![CDATA[e]]>") == "abde")
    }

    @Test("An RSS item with a description and a plain summary: the first is the summary, the other the content")
    func descriptionAndSummary() throws {
        let a = try parse("<rss version=\"2.0\"><channel><item><description>D</description><summary>S</summary></item></channel></rss>")
        #expect(a.entries.first?.summary == "D" && a.entries.first?.content == "S")
        let b = try parse("<rss version=\"2.0\"><channel><item><summary>S</summary><description>D</description></item></channel></rss>")
        #expect(b.entries.first?.summary == "S" && b.entries.first?.content == "D")
        // Content of the item's own wins over the second of the two.
        let c = try parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
            <description>D</description><summary>S</summary><content:encoded>C</content:encoded></item></channel></rss>
            """)
        #expect(c.entries.first?.summary == "D" && c.entries.first?.content == "C")
    }

    @Test("The HTTP Content-Language is the feed's language when the feed names none")
    func contentLanguage() throws {
        let atom = Data("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>".utf8)
        #expect(try FeedParser.parse(atom, contentLanguage: "en-GB, fr").language == "en-GB")
        let rss = Data("<rss version=\"2.0\"><channel><language>de</language></channel></rss>".utf8)
        #expect(try FeedParser.parse(rss, contentLanguage: "en").language == "de")
        #expect(try FeedParser.parse(atom).language == nil)
    }

    @Test("Dates: RFC 822 variants and RFC 3339 forms")
    func dates() {
        let d = Date(timeIntervalSince1970: 1_072_986_501)  // 2004-01-01T19:48:21Z
        #expect(FeedDates.parse("Thu, 01 Jan 2004 19:48:21 GMT") == d)
        #expect(FeedDates.parse("01 Jan 04 14:48:21 EST") == d)
        #expect(FeedDates.parse("Thu, 1 Jan 2004 20:48:21 +0100") == d)
        #expect(FeedDates.parse("2004-01-01T19:48:21Z") == d)
        #expect(FeedDates.parse("2004-01-01T21:48:21+02:00") == d)
        #expect(FeedDates.parse("20040101T194821Z") == d)
        #expect(FeedDates.parse("2004-02-30T00:00:00Z") == nil)
        #expect(FeedDates.parse("yesterday") == nil)
    }

    @Test("Feed items become stories: id from guid (scoped to the feed unless a URI) or link, title line then body")
    func stories() throws {
        let f = try parse("<rss><channel><title>T</title><item><title>Head</title><link>http://x/1</link><description>Body.</description></item></channel></rss>")
        let (s, o) = try #require(f.stories(feedAddress: "http://example.com/feed/").first)
        #expect(s.id == "http://x/1")
        #expect(s.text == "Head\n\nBody.")
        #expect(s.source == "T")
        #expect(o.feed == "http://example.com/feed/")
        let g = try parse("<rss><channel><item><guid>42</guid><title>A</title></item><item><guid>tag:x,2020:1</guid><title>B</title></item></channel></rss>")
        #expect(g.stories(feedAddress: "http://f/").map(\.0.id) == ["http://f/#42", "tag:x,2020:1"])
    }
}
