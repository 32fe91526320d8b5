import BylineKit
import Foundation
import TestSupport
@testable import BylineUI

enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed story's quotes as the gold file gives them: (start, end, speaker).
    static let seedGoldQuotes: [(Int, Int, String)] = [
        (449, 484, "John Kerry"), (986, 1006, "John Kerry"), (1094, 1445, "John Kerry"),
        (1522, 1625, "John Kerry"), (2378, 2469, "Dmitry Peskov"),
    ]

    static func tempDir() -> URL {
        let u = Scratch.path("ui")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    static func builtInLibrary(store: Store? = nil) throws -> Library {
        let loaded = BuiltInLibrary.load()
        return Library(stories: loaded.stories, store: try store ?? Store(path: ":memory:"))
    }

    static func library(_ stories: [Story]) throws -> Library {
        Library(stories: stories, store: try Store(path: ":memory:"))
    }

    /// Move the list cursor with `j` to the first story whose id starts with `prefix`, then press Enter.
    static func open(_ reader: Reader, idPrefix prefix: String) {
        reader.press("g")
        var guardCount = 0
        while let id = reader.listID(at: reader.state.listCursor), !id.hasPrefix(prefix), guardCount < 100_000 {
            reader.press("j"); guardCount += 1
        }
        reader.press(.enter)
    }

    static func seedReader(width: Int = 160, height: Int = 45, store: Store? = nil) throws -> Reader {
        let r = Reader(library: try builtInLibrary(store: store), width: width, height: height)
        open(r, idPrefix: "builtin:seed/")
        return r
    }

    static func story(_ title: String, _ text: String, id: String = "test:1") -> Story {
        Story(id: id, title: title, source: "Test", date: Date(timeIntervalSince1970: 1_500_000_000), text: text, location: nil)
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

extension Screen {
    /// Cells showing a text offset in a span.
    func cells(in span: Span) -> [Cell] {
        cells.filter { $0.offset >= 0 && span.contains(Int($0.offset)) }
    }
}
