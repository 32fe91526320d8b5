import BylineKit
import Foundation

/// How far a feed refresh has got, and (when it is the final report) how it went.
public struct RefreshProgress: Sendable, Equatable {
    public var done = 0
    public var total = 0
    public var failed = 0
    public var added = 0
    public var changed = 0
    /// One line per failed feed ("url: failed: HTTP 500").
    public var failures: [String] = []
    /// Said instead of the counts when there was nothing to refresh or it could not start (no feeds file, ...).
    public var note: String?
    public init(done: Int = 0, total: Int = 0, failed: Int = 0, added: Int = 0, changed: Int = 0,
                failures: [String] = [], note: String? = nil) {
        self.done = done; self.total = total; self.failed = failed; self.added = added; self.changed = changed
        self.failures = failures; self.note = note
    }

    /// The status line while it runs.
    var running: String { total > 0 ? "refreshing \(done)/\(total)…" : "refreshing…" }

    /// The status line once it is over.
    var outcome: String {
        if let note { return note }
        var s = "Refreshed \(total - failed) of \(total) feed\(total == 1 ? "" : "s"): \(added) new, \(changed) changed"
        if failed > 0 { s += "; \(failed) failed" + (failures.first.map { " (\($0))" } ?? "") }
        return s
    }
}

/// Refreshes feeds into the store. Runs on a background thread; calls `report` as feeds finish (from any thread)
/// and returns the final tally. It must not touch the reader or the terminal.
public typealias Refresher = @Sendable (_ report: @escaping @Sendable (RefreshProgress) -> Void) -> RefreshProgress

/// The mailbox between a background refresh and the main loop: the worker posts, the main loop takes.
final class RefreshBox: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: RefreshProgress?
    private var result: RefreshProgress?
    private(set) var running = false
    private let group = DispatchGroup()

    func start() { lock.withLock { running = true; latest = nil; result = nil }; group.enter() }
    func post(_ p: RefreshProgress) { lock.withLock { latest = p } }
    func finish(_ p: RefreshProgress) { lock.withLock { result = p }; group.leave() }

    /// Take what was posted since the last call: the latest progress, and the result once finished.
    func take() -> (progress: RefreshProgress?, result: RefreshProgress?) {
        lock.withLock {
            defer { latest = nil; if result != nil { result = nil; running = false } }
            return (latest, result)
        }
    }

    /// Wait until the worker has finished (tests; the terminal polls instead).
    func wait(timeout: TimeInterval) -> Bool { group.wait(timeout: .now() + timeout) == .success }
}

extension Reader {
    /// Whether a refresh is running (the main loop then polls `pollBackground()` between keys).
    public var isBusyInBackground: Bool { refreshBox.running }

    func startRefresh() {
        guard let refresher else {
            state.message = "Refreshing feeds works on the whole library: run byline without file arguments"
            return
        }
        guard !refreshBox.running else { state.message = "Already refreshing"; return }
        let box = refreshBox
        box.start()
        state.backgroundStatus = RefreshProgress().running
        Thread.detachNewThread {
            let result = refresher { box.post($0) }
            box.finish(result)
        }
    }

    /// Pick up what the background refresh posted. Returns whether the screen may have changed. Call it on the
    /// thread that drives the reader (the terminal's main loop does, between keys).
    @discardableResult
    public func pollBackground() -> Bool {
        let (progress, result) = refreshBox.take()
        if let result {
            state.backgroundStatus = nil
            state.message = result.outcome
            // The status line shows only the first failure; all of them are printed again on exit.
            exitNotes += result.failures.map { "refresh: \($0)" }
            libraryChanged()
            refreshPeople()
            return true
        }
        if let progress {
            let s = progress.running
            if s != state.backgroundStatus { state.backgroundStatus = s; return true }
        }
        return false
    }

    /// Wait for a running refresh to finish, then pick up its result (tests).
    func waitForRefresh(timeout: TimeInterval = 60) -> Bool {
        guard refreshBox.wait(timeout: timeout) else { return false }
        pollBackground()
        return true
    }

    /// New or changed stories are in the database: read the list again, keeping the cursor on the same story,
    /// and index the new ones between keys.
    func libraryChanged() {
        let keep = currentListID
        library.reload()
        headerCache.removeAll()
        readCache.removeAll()
        state.unreadCount = library.unreadCount
        indexDone = false
        idleSteps = 0
        refilter(keep: keep)
    }

    /// The refresher the reader uses on the library: every feed of the feeds file, into the store.
    public static func feedsRefresher(store: Store, feedsFile: URL = FeedList.defaultPath(),
                                      timeout: TimeInterval = 20, jobs: Int = 8) -> Refresher {
        return { report in
            let subs: [FeedSubscription]
            do { subs = try FeedList.load(feedsFile).subscriptions } catch {
                return RefreshProgress(note: "Cannot read the feeds file \(feedsFile.path): \(error)")
            }
            guard !subs.isEmpty else {
                return RefreshProgress(note: "No feeds yet: add one with `byline add URL` (feeds file: \(feedsFile.path))")
            }
            final class Tally: @unchecked Sendable {
                let lock = NSLock()
                var p: RefreshProgress
                init(_ total: Int) { p = RefreshProgress(total: total) }
                func add(_ r: RefreshResult) -> RefreshProgress {
                    lock.withLock {
                        p.done += 1
                        switch r.outcome {
                        case .updated(_, let saved): p.added += saved.added; p.changed += saved.changed
                        case .notModified: break
                        case .failed: p.failed += 1; p.failures.append(r.summary)
                        }
                        return p
                    }
                }
            }
            let tally = Tally(subs.count)
            report(tally.p)
            _ = FeedRefresher(store: store, timeout: timeout, concurrency: jobs).refresh(subs) { _, _, r in
                report(tally.add(r))
            }
            return tally.lock.withLock { tally.p }
        }
    }
}
