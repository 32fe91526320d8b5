import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What refreshing one feed did.
public struct RefreshResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Fetched and read: `entries` in the feed, and what saving them did.
        case updated(entries: Int, saved: SaveOutcome)
        /// The server said 304 Not Modified.
        case notModified
        case failed(String)
    }
    public var subscription: FeedSubscription
    public var outcome: Outcome
    /// What was wrong with a feed that was still read (ill-formed XML, wrong encoding, ...).
    public var warning: String?
    public var title: String?

    public var failed: Bool { if case .failed = outcome { return true } else { return false } }

    /// One line for a person: "title: 3 new, 1 changed" / "url: failed: HTTP 500".
    public var summary: String {
        let name = subscription.title ?? title.flatMap { $0.isEmpty ? nil : $0 } ?? subscription.address
        switch outcome {
        case .updated(let n, let s):
            var parts: [String] = []
            if s.added > 0 { parts.append("\(s.added) new") }
            if s.changed > 0 { parts.append("\(s.changed) changed") }
            if parts.isEmpty { parts.append(n == 0 ? "no stories" : "nothing new") }
            return "\(name): \(parts.joined(separator: ", "))" + (warning.map { " (warning: \($0))" } ?? "")
        case .notModified: return "\(name): not modified"
        case .failed(let why): return "\(subscription.address): failed: \(why)"
        }
    }
}

/// Fetches every feed concurrently (each with a time limit), with conditional GET (ETag, Last-Modified kept in
/// the store), and saves their stories. A feed that fails is reported; the others still land.
public final class FeedRefresher: @unchecked Sendable {
    public let store: Store
    /// Seconds allowed for one feed, from request to last byte.
    public var timeout: TimeInterval
    /// Feeds fetched at once.
    public var concurrency: Int
    /// Larger responses are refused.
    public var maxBytes = 32 * 1024 * 1024
    public var userAgent = "Byline/1.0 (terminal news reader)"

    public init(store: Store, timeout: TimeInterval = 20, concurrency: Int = 8) {
        self.store = store; self.timeout = timeout; self.concurrency = max(1, concurrency)
    }

    /// Refresh these feeds; `progress` is called (from worker threads, one call at a time) as each one finishes.
    /// No thread blocks on the network: requests complete asynchronously and the next feed starts as one ends.
    public func refresh(_ subs: [FeedSubscription],
                        progress: (@Sendable (_ done: Int, _ total: Int, RefreshResult) -> Void)? = nil) -> [RefreshResult] {
        let collected = Collected(count: subs.count)
        let config = URLSessionConfiguration.ephemeral
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        config.urlCache = nil
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout * 2
        config.httpMaximumConnectionsPerHost = concurrency
        let session = URLSession(configuration: config)
        defer { session.finishTasksAndInvalidate() }
        let group = DispatchGroup()
        let work = DispatchQueue(label: "byline.refresh", attributes: .concurrent)
        @Sendable func startNext() {
            guard let i = collected.claim() else { return }
            group.enter()
            let sub = subs[i]
            let finish: @Sendable (RefreshResult) -> Void = { r in
                collected.add(r, at: i) { done in progress?(done, subs.count, r) }
                startNext()  // enters the group before this one leaves it, so the wait cannot end early
                group.leave()
            }
            if sub.isRemote {
                fetchRemote(sub, session: session, queue: work, completion: finish)
            } else {
                work.async { finish(self.readLocal(sub)) }
            }
        }
        for _ in 0..<min(concurrency, subs.count) { startNext() }
        group.wait()
        return collected.all
    }

    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [RefreshResult?]
        private var done = 0
        private var next = 0
        init(count: Int) { results = Array(repeating: nil, count: count) }
        /// The index of the next feed to start, if any.
        func claim() -> Int? {
            lock.withLock { guard next < results.count else { return nil }; next += 1; return next - 1 }
        }
        func add(_ r: RefreshResult, at i: Int, then report: (Int) -> Void) {
            lock.withLock { results[i] = r; done += 1; report(done) }
        }
        var all: [RefreshResult] { lock.withLock { results.compactMap { $0 } } }
    }

    // MARK: Local paths

    func readLocal(_ sub: FeedSubscription) -> RefreshResult {
        let path = sub.address
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            return record(sub, .failed("no such file or folder"), state: FeedState(address: path, lastFetched: Date(), lastError: "no such file or folder"))
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if isDir.boolValue || ext == "txt" || ext == "text" {
            let loaded = FileSource.load(paths: [path])
            if loaded.stories.isEmpty, let e = loaded.errors.first {
                return record(sub, .failed(e), state: FeedState(address: path, lastFetched: Date(), lastError: e))
            }
            let origins = Dictionary(loaded.stories.map { ($0.id, StoryOrigin(feed: path)) }, uniquingKeysWith: { a, _ in a })
            let warning = loaded.errors.isEmpty ? nil : loaded.errors.joined(separator: "; ")
            return save(sub, stories: loaded.stories, origins: origins, entries: loaded.stories.count,
                        state: FeedState(address: path, title: sub.title, lastFetched: Date(), lastError: warning), warning: warning, title: nil)
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard data.count <= maxBytes else { throw SourceError.tooLarge(path: path, bytes: data.count, limit: maxBytes) }
            return ingest(sub, data: data, contentType: nil, address: URL(fileURLWithPath: path),
                          state: FeedState(address: path, lastFetched: Date()))
        } catch {
            let why = FeedRefresher.describe(error)
            return record(sub, .failed(why), state: FeedState(address: path, lastFetched: Date(), lastError: why))
        }
    }

    // MARK: HTTP

    func fetchRemote(_ sub: FeedSubscription, session: URLSession, queue: DispatchQueue,
                     completion: @escaping @Sendable (RefreshResult) -> Void) {
        guard let url = URL(string: sub.address) else {
            completion(record(sub, .failed("not a valid URL"), state: FeedState(address: sub.address, lastError: "not a valid URL")))
            return
        }
        let previous = try? store.feedState(sub.address)
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
                         forHTTPHeaderField: "Accept")
        if let e = previous?.etag { request.setValue(e, forHTTPHeaderField: "If-None-Match") }
        if let m = previous?.lastModified { request.setValue(m, forHTTPHeaderField: "If-Modified-Since") }
        let task = session.dataTask(with: request) { [self] data, response, error in
            queue.async { completion(self.handle(sub, previous: previous, url: url, data: data, response: response, error: error)) }
        }
        // A hard bound in case the transport's own timers do not fire (a slow drip of bytes): cancel, which
        // completes the task with an error.
        queue.asyncAfter(deadline: .now() + timeout + 0.5) { [weak task] in task?.cancel() }
        task.resume()
    }

    func handle(_ sub: FeedSubscription, previous: FeedState?, url: URL, data: Data?, response: URLResponse?, error: Error?) -> RefreshResult {
        if let error {
            let ns = error as NSError
            let timedOut = ns.domain == NSURLErrorDomain && (ns.code == NSURLErrorTimedOut || ns.code == NSURLErrorCancelled)
            let why = timedOut ? "timed out after \(Int(timeout)) s" : error.localizedDescription
            return record(sub, .failed(why), state: stateAfterFailure(previous, sub, why, status: nil))
        }
        guard let http = response as? HTTPURLResponse else {
            return record(sub, .failed("no HTTP response"), state: stateAfterFailure(previous, sub, "no HTTP response", status: nil))
        }
        if http.statusCode == 304 {
            var s = previous ?? FeedState(address: sub.address)
            s.lastFetched = Date(); s.lastStatus = 304; s.lastError = nil
            return record(sub, .notModified, state: s)
        }
        guard (200..<300).contains(http.statusCode) else {
            let why = "HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))"
            return record(sub, .failed(why), state: stateAfterFailure(previous, sub, why, status: http.statusCode))
        }
        let body = data ?? Data()
        guard body.count <= maxBytes else {
            let why = "response larger than \(maxBytes / 1_048_576) MB"
            return record(sub, .failed(why), state: stateAfterFailure(previous, sub, why, status: http.statusCode))
        }
        let state = FeedState(address: sub.address, title: previous?.title,
                              etag: http.value(forHTTPHeaderField: "ETag"),
                              lastModified: http.value(forHTTPHeaderField: "Last-Modified"),
                              lastFetched: Date(), lastStatus: http.statusCode)
        return ingest(sub, data: body, contentType: http.value(forHTTPHeaderField: "Content-Type"), address: http.url ?? url, state: state,
                      contentLanguage: http.value(forHTTPHeaderField: "Content-Language"))
    }

    /// Keep the validators of the last good fetch, so a failure does not force a full download next time.
    func stateAfterFailure(_ previous: FeedState?, _ sub: FeedSubscription, _ why: String, status: Int?) -> FeedState {
        var s = previous ?? FeedState(address: sub.address)
        s.lastFetched = Date(); s.lastStatus = status; s.lastError = why
        return s
    }

    // MARK: Saving

    func ingest(_ sub: FeedSubscription, data: Data, contentType: String?, address: URL, state: FeedState,
                contentLanguage: String? = nil) -> RefreshResult {
        let feed: Feed
        do { feed = try FeedParser.parse(data, contentType: contentType, address: address, contentLanguage: contentLanguage) } catch {
            let why = FeedRefresher.describe(error)
            var s = state
            s.lastError = why; s.etag = nil; s.lastModified = nil  // fetch it whole next time
            return record(sub, .failed(why), state: s)
        }
        var pairs = feed.stories(feedAddress: sub.address)
        if let t = sub.title { for i in pairs.indices { pairs[i].0.source = t } }
        var s = state
        s.title = feed.title ?? state.title
        s.lastError = feed.problem
        let origins = Dictionary(pairs.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, _ in a })
        return save(sub, stories: pairs.map(\.0), origins: origins, entries: feed.entries.count, state: s,
                    warning: feed.problem, title: feed.title)
    }

    func save(_ sub: FeedSubscription, stories: [Story], origins: [String: StoryOrigin], entries: Int, state: FeedState,
              warning: String?, title: String?) -> RefreshResult {
        do {
            let saved = try store.saveFeed(stories, origins: origins, state: state)
            return RefreshResult(subscription: sub, outcome: .updated(entries: entries, saved: saved), warning: warning, title: title ?? state.title)
        } catch {
            return RefreshResult(subscription: sub, outcome: .failed("could not save: \(error)"), warning: nil, title: title)
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let e as FeedError: return e.description
        case let e as SourceError: return e.description
        default: return error.localizedDescription
        }
    }

    func record(_ sub: FeedSubscription, _ outcome: RefreshResult.Outcome, state: FeedState) -> RefreshResult {
        try? store.saveFeedState(state)
        return RefreshResult(subscription: sub, outcome: outcome, warning: nil, title: state.title)
    }
}
