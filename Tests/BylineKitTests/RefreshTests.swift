import Foundation
import TestSupport
import Testing
@testable import BylineKit

func rssFeed(_ title: String, items: [(id: String, title: String, body: String)]) -> Data {
    var s = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
    for i in items {
        s += "<item><guid isPermaLink=\"false\">\(i.id)</guid><title>\(i.title)</title>"
        s += "<pubDate>Mon, 04 Jan 2021 10:00:00 GMT</pubDate><description>\(i.body)</description></item>"
    }
    return Data((s + "</channel></rss>").utf8)
}

/// The state the handler of the test server reads (which version of the feed it serves).
final class FeedServerState: @unchecked Sendable {
    private let lock = NSLock()
    private var _version = 1
    var version: Int { get { lock.withLock { _version } } set { lock.withLock { _version = newValue } } }
}

@Suite("Refreshing feeds over loopback HTTP", .serialized)
struct RefreshTests {
    func makeServer(_ state: FeedServerState) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { req in
            switch req.path {
            case "/news.xml":
                let etag = "\"v\(state.version)\""
                if req.headers["if-none-match"] == etag { return .init(status: 304, headers: ["ETag": etag]) }
                let items: [(id: String, title: String, body: String)] = state.version == 1
                    ? [("n1", "Rain", "It rained."), ("n2", "Sun", "It shone.")]
                    : [("n1", "Rain", "It rained all day."), ("n2", "Sun", "It shone."), ("n3", "Snow", "It snowed.")]
                return .init(status: 200, headers: ["ETag": etag, "Content-Type": "application/rss+xml; charset=utf-8"],
                             body: rssFeed("Weather", items: items))
            case "/moved":
                return .init(status: 301, headers: ["Location": "/atom.xml"])
            case "/atom.xml":
                return .init(status: 200, headers: ["Content-Type": "application/atom+xml",
                                                    "Last-Modified": "Mon, 04 Jan 2021 10:00:00 GMT"],
                             body: Data("""
                                <feed xmlns="http://www.w3.org/2005/Atom"><title>Moved</title>
                                <entry><id>tag:a,2021:1</id><title>Moved story</title><link href="story/1"/>
                                <updated>2021-01-04T10:00:00Z</updated><summary>Here.</summary></entry></feed>
                                """.utf8))
            case "/slow.xml":
                return .init(status: 200, body: rssFeed("Slow", items: [("s1", "Late", "Too late.")]), delay: 5)
            case "/error.xml":
                return .init(status: 500, body: Data("oops".utf8))
            case "/garbage.xml":
                return .init(status: 200, headers: ["Content-Type": "text/html"], body: Data("<html><body>Not a feed</body></html>".utf8))
            default:
                return .init(status: 404)
            }
        }
    }

    @Test("Refresh fetches concurrently: redirects followed, 500, time-out and non-feeds reported, the rest saved; 304 the next time")
    func refresh() throws {
        let state = FeedServerState()
        let server = try makeServer(state)
        defer { server.stop() }
        let store = try Store(path: temporaryStorePath())
        let subs = ["/news.xml", "/moved", "/slow.xml", "/error.xml", "/garbage.xml"].map { FeedSubscription(address: server.url($0)) }
        let refresher = FeedRefresher(store: store, timeout: 2, concurrency: 4)
        let progress = ProgressLog()
        let first = refresher.refresh(subs) { done, total, r in progress.add("\(done)/\(total)") }
        #expect(progress.lines == ["1/5", "2/5", "3/5", "4/5", "5/5"])
        #expect(first[0].outcome == .updated(entries: 2, saved: { var s = SaveOutcome(); s.added = 2; return s }()))
        #expect(first[1].outcome == .updated(entries: 1, saved: { var s = SaveOutcome(); s.added = 1; return s }()))
        #expect(first[2].outcome == .failed("timed out after 2 s"))
        #expect(first[3].outcome == .failed("HTTP 500 Internal Server Error"))
        #expect(first[4].outcome == .failed("not a feed: the document element is <html>, not rss, rdf:RDF or feed"))
        // The redirected feed's relative link resolves against where it was found.
        #expect(try store.origin("tag:a,2021:1")?.link == server.url("/story/1"))
        #expect(try store.storyCount() == 3)
        #expect(try store.feedState(server.url("/news.xml"))?.etag == "\"v1\"")
        #expect(try store.feedState(server.url("/error.xml"))?.lastStatus == 500)

        // Read one story; the next refresh gets 304 for an unchanged feed.
        let n1 = server.url("/news.xml") + "#n1"
        try store.setRead(n1, true)
        let second = refresher.refresh([subs[0]])
        #expect(second[0].outcome == .notModified)
        #expect(server.requests.last { $0.path == "/news.xml" }?.headers["if-none-match"] == "\"v1\"")

        // The feed changes: a new story lands, a changed one is updated and keeps its read mark.
        state.version = 2
        let third = refresher.refresh([subs[0]])
        #expect(third[0].outcome == .updated(entries: 3, saved: { var s = SaveOutcome(); s.added = 1; s.changed = 1; s.unchanged = 1; return s }()))
        #expect(try store.isRead(n1))
        #expect(try store.story(n1)?.text == "Rain\n\nIt rained all day.")
        #expect(try store.storyCount() == 4)
    }

    @Test("A dead server (connection refused) is reported as a failure and the other feed still lands")
    func deadServer() throws {
        let dead = try LoopbackHTTPServer { _ in .init(status: 200) }
        let deadURL = dead.url("/feed.xml")
        dead.stop()
        let state = FeedServerState()
        let live = try makeServer(state)
        defer { live.stop() }
        let store = try Store(path: ":memory:")
        let results = FeedRefresher(store: store, timeout: 5).refresh([FeedSubscription(address: deadURL), FeedSubscription(address: live.url("/news.xml"))])
        #expect(results.map(\.failed) == [true, false])
        #expect(try store.feedState(deadURL)?.lastError != nil)
        #expect(try store.storyCount() == 2)
    }

    @Test("A local feed file and a folder of text files refresh like feeds; a missing path is reported")
    func localPaths() throws {
        let dir = Scratch.path("local")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("texts"), withIntermediateDirectories: true)
        try rssFeed("Local", items: [("l1", "Local one", "Body.")]).write(to: dir.appendingPathComponent("feed.xml"))
        try "A title\n\nPARIS (Reuters) - Text.".write(to: dir.appendingPathComponent("texts/a.txt"), atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:")
        let results = FeedRefresher(store: store).refresh([
            FeedSubscription(address: dir.appendingPathComponent("feed.xml").path),
            FeedSubscription(address: dir.appendingPathComponent("texts").path),
            FeedSubscription(address: dir.appendingPathComponent("missing.xml").path),
        ])
        #expect(results.map(\.failed) == [false, false, true])
        #expect(try store.storyCount() == 2)
        #expect(try store.headers().map(\.source).sorted() == ["Local", "Reuters"])
    }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _lines: [String] = []
    var lines: [String] { lock.withLock { _lines } }
    func add(_ s: String) { lock.withLock { _lines.append(s) } }
}
