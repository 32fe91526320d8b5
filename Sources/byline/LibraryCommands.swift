import ArgumentParser
import BylineKit
import Foundation

/// Feed and library commands. Owned by the library work.

private func warn(_ message: String) {
    FileHandle.standardError.write(Data("byline: \(message)\n".utf8))
}

/// Print a failure on stderr and exit with status 1.
private func failure(_ message: String) -> ExitCode {
    warn(message)
    return ExitCode(1)
}

struct FeedsFileOption: ParsableArguments {
    @Option(name: .customLong("feeds-file"), help: "The feeds file (default: $XDG_CONFIG_HOME/byline/feeds).")
    var path: String?
    var url: URL { path.map { URL(fileURLWithPath: $0) } ?? FeedList.defaultPath() }

    func load() throws -> [FeedSubscription] {
        do {
            let parsed = try FeedList.load(url)
            for w in parsed.warnings { warn("\(url.path): \(w)") }
            return parsed.subscriptions
        } catch {
            throw failure("cannot read the feeds file: \(error)")
        }
    }
}

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a feed URL or a path to the feeds file.",
        discussion: "A path may name a feed file, a text file or a folder of text files. Tags after the target are kept with it.")
    @Argument(help: "An http(s) URL or a path.") var target: String
    @Argument(help: "Tags for the feed.") var tags: [String] = []
    @OptionGroup var feeds: FeedsFileOption

    func run() throws {
        let address: String
        do { address = try FeedList.normalise(target) } catch { throw failure("\(error)") }
        let added: [FeedSubscription]
        do { added = try FeedList.add([FeedSubscription(address: address, tags: tags)], to: feeds.url) } catch {
            throw failure("cannot write the feeds file \(feeds.url.path): \(error)")
        }
        print(added.isEmpty ? "\(address) is already in \(feeds.url.path)" : "added \(address) to \(feeds.url.path)")
    }
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import feeds from an OPML file.")
    @Argument(help: "An OPML file.") var file: String
    @OptionGroup var feeds: FeedsFileOption

    func run() throws {
        let subs: [FeedSubscription]
        do { subs = try OPML.parse(try Data(contentsOf: URL(fileURLWithPath: file))) } catch let e as FeedListError {
            throw failure("\(file): \(e)")
        } catch {
            throw failure("\(file): cannot read: \(error.localizedDescription)")
        }
        let added: [FeedSubscription]
        do { added = try FeedList.add(subs, to: feeds.url) } catch {
            throw failure("cannot write the feeds file \(feeds.url.path): \(error)")
        }
        print("imported \(added.count) feed\(added.count == 1 ? "" : "s") into \(feeds.url.path)"
              + (subs.count > added.count ? " (\(subs.count - added.count) already listed)" : ""))
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the feeds as OPML.")
    @OptionGroup var feeds: FeedsFileOption

    func run() throws {
        print(OPML.export(try feeds.load()), terminator: "")
    }
}

struct Refresh: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch every feed.",
        discussion: "Feeds are fetched concurrently, each within the time limit, with conditional GET. A feed that fails is reported and the others are still saved; the exit status is 1 if any failed.")
    @OptionGroup var feeds: FeedsFileOption
    @Option(help: "Seconds allowed for each feed.") var timeout: Double = 20
    @Option(help: "Feeds fetched at once.") var jobs: Int = 8
    @Flag(help: "Then analyse the stories not yet in the people and quotes index.") var analyse = false
    @Option(help: "The library database (default: $XDG_DATA_HOME/byline/library.sqlite).") var database: String?

    func validate() throws {
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be between 0 and 600 seconds") }
        guard jobs >= 1, jobs <= 64 else { throw ValidationError("--jobs must be between 1 and 64") }
    }

    func run() throws {
        let subs = try feeds.load()
        guard !subs.isEmpty else {
            print("no feeds yet: add one with `byline add URL` or `byline import FILE.opml` (feeds file: \(feeds.url.path))")
            return
        }
        let store: Store
        do { store = try database.map { try Store(path: $0) } ?? Store.openDefault() } catch { throw failure("\(error)") }
        let progress = ProgressLine()
        progress.show("refreshing \(subs.count) feed\(subs.count == 1 ? "" : "s")…")
        let results = FeedRefresher(store: store, timeout: timeout, concurrency: jobs).refresh(subs) { done, total, r in
            progress.show("[\(done)/\(total)] \(r.summary)", permanent: !progress.isTerminal)
        }
        progress.clear()
        var added = 0, changed = 0
        for r in results {
            if case .updated(_, let s) = r.outcome { added += s.added; changed += s.changed }
            if r.failed { warn(r.summary) } else { print(r.summary) }
        }
        let failed = results.filter(\.failed).count
        print("\(results.count - failed) of \(results.count) feeds refreshed: \(added) new, \(changed) changed stories"
              + (failed > 0 ? "; \(failed) failed" : ""))
        if analyse {
            let library = Library.open(store: store)
            let n = library.indexPending(progress: { done, total in
                if done % 10 == 0 || done == total { progress.show("analysing [\(done)/\(total)]") }
            })
            progress.clear()
            print("analysed \(n) stor\(n == 1 ? "y" : "ies")")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// A progress line on stderr: rewritten in place on a terminal, one line per update otherwise.
final class ProgressLine: @unchecked Sendable {
    let isTerminal = isatty(2) == 1
    private let lock = NSLock()
    private var shown = false

    func show(_ text: String, permanent: Bool = false) {
        lock.withLock {
            if isTerminal {
                let width = 100
                let line = text.count > width ? String(text.prefix(width - 1)) + "…" : text
                FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
                shown = true
            } else if permanent {
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
        }
    }

    func clear() {
        lock.withLock {
            if isTerminal && shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); shown = false }
        }
    }
}
