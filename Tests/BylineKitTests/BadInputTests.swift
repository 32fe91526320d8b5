import Foundation
import TestSupport
import Testing
@testable import BylineKit

@Suite("Bad input gets a clear error, never a crash")
struct BadInputTests {
    func tempFile(_ bytes: [UInt8]) throws -> String {
        let path = Scratch.path("bad", suffix: ".txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("Invalid UTF-8 is refused with the file named")
    func invalidUTF8() throws {
        let path = try tempFile(Array("Caf".utf8) + [0xC3, 0x28] + Array(" au lait, he said.".utf8))
        #expect(throws: SourceError.invalidUTF8(path: path)) { try FileSource.loadFile(path) }
        #expect(SourceError.invalidUTF8(path: path).description == "\(path): not valid UTF-8 text")
    }

    @Test("A binary file is refused as binary")
    func binary() throws {
        let path = try tempFile([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE])
        #expect(throws: SourceError.binary(path: path)) { try FileSource.loadFile(path) }
    }

    @Test("An empty file is refused as empty")
    func empty() throws {
        let path = try tempFile([])
        #expect(throws: SourceError.empty(path: path)) { try FileSource.loadFile(path) }
    }

    @Test("A 50 MB file is refused as too large, naming the limit")
    func huge() throws {
        let path = try tempFile([UInt8](repeating: 0x61, count: 50 * 1024 * 1024))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SourceError.tooLarge(path: path, bytes: 50 * 1024 * 1024, limit: TextDecoding.maxStoryBytes)) {
            try FileSource.loadFile(path)
        }
    }

    @Test("A folder with one bad file still loads the good ones and reports the bad one")
    func folderKeepsGoing() throws {
        let dir = Scratch.path("folder").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "Good story\n\nKerry said \"yes.\"".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00, 0xD8]).write(to: URL(fileURLWithPath: dir + "/b.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: dir + "/c.txt"))
        let r = FileSource.load(paths: [dir, dir + "/missing.txt"])
        #expect(r.stories.map(\.title) == ["Good story"])
        #expect(r.errors.count == 3)
        #expect(r.errors.contains("\(dir)/missing.txt: no such file or folder"))
    }

    @Test("A big folder, read on all cores, keeps the order of its files and of their errors")
    func bigFolderInOrder() throws {
        let dir = Scratch.path("folder").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for i in 0..<120 {
            let name = String(format: "%@/s%03d.txt", dir, i)
            if i % 10 == 7 { try Data([0x00, 0x01]).write(to: URL(fileURLWithPath: name)); continue }
            try "Story \(i)\n\nAnn Lee said \"yes.\"".write(toFile: name, atomically: true, encoding: .utf8)
        }
        let r = FileSource.load(paths: [dir])
        #expect(r.stories.map(\.title) == (0..<120).filter { $0 % 10 != 7 }.map { "Story \($0)" })
        #expect(r.errors == (0..<120).filter { $0 % 10 == 7 }.map { String(format: "%@/s%03d.txt: looks like a binary file, not text", dir, $0) })
        // The same files named one by one.
        let files = (0..<120).map { String(format: "%@/s%03d.txt", dir, $0) }
        #expect(FileSource.load(paths: files.reversed()).stories.map(\.title) == (0..<120).reversed().filter { $0 % 10 != 7 }.map { "Story \($0)" })
    }

    @Test("UTF-8 with a byte-order mark and UTF-16 with one both decode")
    func boms() throws {
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)), path: "x") == "Hi")
        #expect(try TextDecoding.decode(Data([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]), path: "x") == "Hi")
    }

    @Test("Analysis of hostile text finishes with offsets inside the text")
    func hostileText() {
        let samples = [
            "",
            "\n\n\n",
            String(repeating: "\"", count: 10_000),
            String(repeating: "A", count: 100_000),
            String(repeating: "Mr. ", count: 20_000),
            "\u{0}\u{1B}[31mred\u{7}\u{9B}\u{202E}text\r\r\r",
            String(repeating: "\"He said", count: 5_000),
            "👍🏽 “” ‘’ «» „“ 日本語のテキスト。",
        ]
        let analyzer = Analyzer()
        for text in samples {
            let a = analyzer.analyze(text)
            let n = text.unicodeScalars.count
            for q in a.quotes { #expect(q.span.start >= 0 && q.span.end <= n && q.span.start < q.span.end) }
            for m in a.mentions { #expect(m.span.start >= 0 && m.span.end <= n && m.span.start < m.span.end) }
            for p in a.paragraphs { #expect(p.span.end <= n) }
        }
    }

    @Test("Every prefix of a story full of names, connectors and quotes is analysed: a text may end right after \"and\", \"the\" or a title")
    func everyPrefix() {
        let text = "The Council for Peace and Justice of the United Nations and Women for America First met at St. Mary's Church . "
            + "Richard and Lisa Parry , Cyrus R. Vance, Jr. and the New York Rangers of the House of Representatives said \"no\" "
            + "to Lord Mayor Smith & Sons of the Gulf of Mexico for the Martin Luther King Jr. Day , Kim Jong - un and Doctors Without Borders ."
        let doc = Document(text)
        var cuts = doc.tokens.map(\.span.end)
        cuts += doc.tokens.map { $0.span.start + 1 }
        for end in Set(cuts).sorted() {
            let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(end)))
            let a = Analyzer().analyze(prefix)
            #expect(a.mentions.allSatisfy { $0.span.end <= end })
        }
    }
}
