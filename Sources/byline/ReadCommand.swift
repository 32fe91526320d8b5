import ArgumentParser
import BylineKit
import BylineUI
import Foundation

/// The reader (the default command). Owned by the reader work; wiring only.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the reader on stories (default: the built-in library).")
    @Option(name: .long, help: "Theme: default, light, high-contrast, monochrome, or one of yours in $XDG_CONFIG_HOME/byline/themes.")
    var theme: String?
    @Argument(help: "Text files and folders to open.") var paths: [String] = []

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ReaderError("the reader needs a terminal (for the analysis as JSON, use `byline analyze`)")
        }
        let loaded = paths.isEmpty ? BuiltInLibrary.load() : FileSource.load(paths: paths)
        guard !loaded.stories.isEmpty else {
            throw ReaderError((loaded.errors + ["no stories to read"]).joined(separator: "\n"))
        }
        let store = try Store.openDefault()
        let library = Library(stories: loaded.stories, store: store)
        let settings = Settings.load(themeOption: theme)
        let reader = Reader(library: library, keymap: settings.keymap, width: 80, height: 24)
        let problems = settings.errors + loaded.errors
        if let first = problems.first {
            reader.showMessage(problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more, printed on exit)")
        }
        defer { for p in problems { FileHandle.standardError.write(Data("byline: \(p)\n".utf8)) } }
        try Terminal(theme: settings.theme).run(reader)
    }
}

/// A reader start-up problem, printed as `Error: ...` (no usage text: the arguments were fine).
struct ReaderError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
