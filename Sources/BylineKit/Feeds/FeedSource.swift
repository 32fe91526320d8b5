import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What `byline PATH...` opens: text files, folders of them, feed files (RSS, Atom, RDF, JSON Feed: known by
/// their content) and http(s) feed URLs (fetched once, each within a time limit). A target that cannot be read
/// is reported and the others still open.
public enum FeedSource {
    public struct Result: Sendable {
        public var stories: [Story] = []
        /// Link, author and feed of the stories that came from feeds.
        public var origins: [String: StoryOrigin] = [:]
        /// One line per target (or file) that could not be read.
        public var errors: [String] = []
    }

    /// Extensions always read as feeds (a parse failure is an error, not a fallback to text).
    static let feedExtensions: Set<String> = ["xml", "rss", "atom", "rdf", "json", "feed"]
    /// Extensions always read as text.
    static let textExtensions: Set<String> = ["txt", "text"]

    public static func load(_ targets: [String], timeout: TimeInterval = 20, maxBytes: Int = 32 * 1024 * 1024) -> Result {
        var result = Result()
        var textPaths: [String] = []
        var urls: [String] = []
        for t in targets {
            if FeedSubscription(address: t).isRemote { urls.append(t); continue }
            var isDir: ObjCBool = false
            let ext = (t as NSString).pathExtension.lowercased()
            let exists = FileManager.default.fileExists(atPath: t, isDirectory: &isDir)
            if exists && isDir.boolValue {
                // Text files (with the folder's INDEX.tsv dates) through FileSource; feed files found beside them.
                textPaths.append(t)
                let files = feedFiles(in: t)
                // Read on all cores, used in name order.
                let outcomes = Parallel.map(files, perWorker: 2) { readFeedFile($0, maxBytes: maxBytes, mustBeFeed: false) }
                for (f, outcome) in zip(files, outcomes) {
                    switch outcome {
                    case .feed(let pairs): add(pairs, to: &result)
                    case .notAFeed: break  // some other .xml or .json: not a story, not an error
                    case .failed(let why): result.errors.append("\(f): \(why)")
                    }
                }
                continue
            }
            if !exists || textExtensions.contains(ext) {
                textPaths.append(t); continue
            }
            switch readFeedFile(t, maxBytes: maxBytes, mustBeFeed: feedExtensions.contains(ext)) {
            case .feed(let pairs): add(pairs, to: &result)
            case .notAFeed: textPaths.append(t)
            case .failed(let why): result.errors.append("\(t): \(why)")
            }
        }
        if !textPaths.isEmpty {
            let loaded = FileSource.load(paths: textPaths)
            result.stories += loaded.stories
            result.errors += loaded.errors
        }
        for (url, outcome) in zip(urls, fetch(urls, timeout: timeout, maxBytes: maxBytes)) {
            switch outcome {
            case .success(let pairs): add(pairs, to: &result)
            case .failure(let e): result.errors.append("\(url): \(e.description)")
            }
        }
        return result
    }

    /// Files with a feed extension anywhere under a folder, in name order.
    static func feedFiles(in folder: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let f = e.nextObject() as? String {
            if feedExtensions.contains((f as NSString).pathExtension.lowercased()) {
                out.append((folder as NSString).appendingPathComponent(f))
            }
        }
        return out.sorted()
    }

    private static func add(_ pairs: [(Story, StoryOrigin)], to result: inout Result) {
        for (s, o) in pairs { result.stories.append(s); result.origins[s.id] = o }
    }

    enum FileOutcome { case feed([(Story, StoryOrigin)]), notAFeed, failed(String) }

    /// A file is a feed when its first non-blank character opens markup or JSON and it parses as one.
    static func readFeedFile(_ path: String, maxBytes: Int, mustBeFeed: Bool) -> FileOutcome {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return mustBeFeed ? .failed("cannot read: \(error.localizedDescription)") : .notAFeed
        }
        guard data.count <= maxBytes else { return .failed("too large (\(data.count) bytes; the limit is \(maxBytes) bytes)") }
        if !mustBeFeed {
            let head = String(decoding: data.prefix(512), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            guard head.first == "<" || head.first == "{" else { return .notAFeed }
        }
        do {
            let feed = try FeedParser.parse(data, address: URL(fileURLWithPath: path))
            return .feed(feed.stories(feedAddress: path))
        } catch {
            return mustBeFeed ? .failed(FeedRefresher.describe(error)) : .notAFeed
        }
    }

    public struct FetchError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Fetch feed URLs at once, each within `timeout` seconds; results in the order given.
    static func fetch(_ urls: [String], timeout: TimeInterval, maxBytes: Int) -> [Swift.Result<[(Story, StoryOrigin)], FetchError>] {
        guard !urls.isEmpty else { return [] }
        final class Slots: @unchecked Sendable {
            let lock = NSLock()
            var values: [Swift.Result<[(Story, StoryOrigin)], FetchError>]
            init(_ n: Int) { values = Array(repeating: .failure(FetchError(description: "not fetched")), count: n) }
            func set(_ i: Int, _ v: Swift.Result<[(Story, StoryOrigin)], FetchError>) { lock.withLock { values[i] = v } }
        }
        let slots = Slots(urls.count)
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: config)
        defer { session.finishTasksAndInvalidate() }
        let group = DispatchGroup()
        for (i, address) in urls.enumerated() {
            guard let url = URL(string: address) else { slots.set(i, .failure(FetchError(description: "not a valid URL"))); continue }
            var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
            request.setValue("Byline/1.0 (terminal news reader)", forHTTPHeaderField: "User-Agent")
            group.enter()
            let task = session.dataTask(with: request) { data, response, error in
                defer { group.leave() }
                if let error {
                    let ns = error as NSError
                    let timedOut = ns.domain == NSURLErrorDomain && (ns.code == NSURLErrorTimedOut || ns.code == NSURLErrorCancelled)
                    slots.set(i, .failure(FetchError(description: timedOut ? "timed out after \(Int(timeout)) s" : error.localizedDescription)))
                    return
                }
                guard let http = response as? HTTPURLResponse else { slots.set(i, .failure(FetchError(description: "no HTTP response"))); return }
                guard (200..<300).contains(http.statusCode) else {
                    slots.set(i, .failure(FetchError(description: "HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))")))
                    return
                }
                let body = data ?? Data()
                guard body.count <= maxBytes else { slots.set(i, .failure(FetchError(description: "response larger than \(maxBytes / 1_048_576) MB"))); return }
                do {
                    let feed = try FeedParser.parse(body, contentType: http.value(forHTTPHeaderField: "Content-Type"), address: http.url ?? url,
                                                   contentLanguage: http.value(forHTTPHeaderField: "Content-Language"))
                    slots.set(i, .success(feed.stories(feedAddress: address)))
                } catch {
                    slots.set(i, .failure(FetchError(description: FeedRefresher.describe(error))))
                }
            }
            // A hard bound in case the transport's own timers do not fire.
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout + 0.5) { [weak task] in task?.cancel() }
            task.resume()
        }
        group.wait()
        return slots.lock.withLock { slots.values }
    }
}
