import ArgumentParser
import BylineKit
import BylineUI
import Foundation

/// The reader (the default command). Owned by the reader work; wiring only.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the reader on stories (default: the built-in library).")
    @Option(name: .long, help: "Theme: default, light, high-contrast, monochrome, or one of yours in $XDG_CONFIG_HOME/byline/themes.")
    var theme: String?
    @Argument(help: "Text files, folders, feed files (RSS, Atom, RDF, JSON Feed) and http(s) feed URLs to open (default: the whole library).")
    var paths: [String] = []
    @Option(help: "Seconds allowed for fetching each feed URL (and each feed when refreshing with R).") var timeout: Double = 20

    func validate() throws {
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be between 0 and 600 seconds") }
    }

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ReaderError("the reader needs a terminal (for the analysis as JSON, use `byline analyze`)")
        }
        let store: Store?
        var problems: [String] = []
        do { store = try Store.openDefault() } catch {
            store = nil
            problems.append("\(error); read marks will not be kept")
        }
        let library: Library
        var refresher: Refresher?
        if paths.isEmpty {
            // The whole library: the built-in stories and everything fetched from feeds.
            if let store {
                let opened = ReaderLibrary.whole(store: store)
                library = opened.library
                problems += opened.errors
                refresher = Reader.feedsRefresher(store: store, timeout: timeout)
            } else {
                let builtIn = BuiltInLibrary.load()
                problems += builtIn.errors
                library = Library(stories: builtIn.stories, store: nil)
            }
        } else {
            let opened = ReaderLibrary.targets(paths, store: store, timeout: timeout)
            problems += opened.errors
            guard let l = opened.library else { throw ReaderError((problems + ["no stories to read"]).joined(separator: "\n")) }
            library = l
        }
        guard library.count > 0 else { throw ReaderError((problems + ["no stories to read"]).joined(separator: "\n")) }
        let settings = Settings.load(themeOption: theme)
        let reader = Reader(library: library, keymap: settings.keymap, width: 80, height: 24)
        reader.refresher = refresher
        problems = settings.errors + problems
        if let first = problems.first {
            reader.showMessage(problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more, printed on exit)")
        }
        defer { for p in problems + reader.exitNotes { FileHandle.standardError.write(Data("byline: \(p)\n".utf8)) } }
        try Terminal(theme: settings.theme).run(reader)
    }
}

/// A reader start-up problem, printed as `Error: ...` (no usage text: the arguments were fine).
struct ReaderError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
