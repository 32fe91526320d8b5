import Foundation
import Testing
@testable import BylineKit

@Suite("The analysis cache's compact form")
struct AnalysisCodingTests {
    static func json(_ a: Analysis) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return try e.encode(a)
    }

    @Test("Every built-in story's analysis reads back exactly, in under a fifth of the JSON's bytes")
    func roundTrip() throws {
        var compact = 0, json = 0
        for s in BuiltInLibrary.load().stories {
            let a = Analyzer().analyze(s.text)
            let data = AnalysisCoding.encode(a)
            let back = try #require(AnalysisCoding.decode(data, text: s.text), "\(s.id)")
            #expect(try Self.json(back) == Self.json(a), "\(s.id)")
            var stripped = a
            stripped.text = ""
            compact += data.count
            json += try JSONEncoder().encode(stripped).count
        }
        print("analysis cache: compact \(compact) bytes, JSON \(json) bytes")
        #expect(compact * 5 < json, "compact \(compact) bytes, JSON \(json)")
    }

    @Test("Strings that are not the text of their span, and missing parts, are kept as they are")
    func explicitStrings() throws {
        let text = "MOSCOW (Reuters) - “Go,” said Ann Lee."
        var a = Analysis(text: text, title: "A title not in the text", titleSpan: nil)
        a.quotes = [Quote(span: Span(19, 24), text: "“Go,”", kind: .mixed, group: 3, speaker: "Ann", speakerSpan: Span(30, 37),
                          speakerCanonical: "Ann Lee", entity: nil)]
        a.entities = [Entity(id: 0, type: .person, name: "Ann Lee", role: "the spokeswoman", mentions: [0])]
        a.mentions = [Mention(span: Span(30, 37), type: .person, text: "Ann Lee", entity: 0)]
        a.dateline = Dateline(place: "Moscow", source: "Reuters", span: Span(0, 18), placeSpan: Span(0, 6), sourceSpan: Span(8, 15))
        let back = try #require(AnalysisCoding.decode(AnalysisCoding.encode(a), text: text))
        #expect(try Self.json(back) == Self.json(a))
    }

    @Test("Damaged bytes give no analysis (the story is analysed again), never a crash")
    func damaged() throws {
        let text = try #require(BuiltInLibrary.load().stories.first { $0.id.hasPrefix("builtin:seed") }).text
        let data = [UInt8](AnalysisCoding.encode(Analyzer().analyze(text)))
        for n in 0..<data.count { #expect(AnalysisCoding.decode(Data(data[0..<n]), text: text) == nil) }
        // Any byte changed: read or refused, but within the text's bounds.
        for i in stride(from: 0, to: data.count, by: 7) {
            var d = data
            d[i] ^= 0x5A
            if let a = AnalysisCoding.decode(Data(d), text: text) {
                let n = text.unicodeScalars.count
                #expect(a.mentions.allSatisfy { $0.span.start >= 0 && $0.span.end <= n })
            }
        }
        // Another text than the one analysed: refused when a span falls outside it.
        #expect(AnalysisCoding.decode(Data(data), text: "short") == nil)
    }

    @Test("A cached analysis written as JSON by an earlier version is still read")
    func earlierJSON() throws {
        let store = try Store(path: ":memory:")
        let s = story("a", "Harbour", "Ann Lee said \"hi\".", day: 1)
        var a = analysis(of: s.text, person: "Ann Lee", quotes: ["\"hi\""])
        a.text = ""
        let old = try JSONEncoder().encode(a)
        try store.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO analysisCache(contentHash, analyserVersion, data) VALUES (?, ?, ?)",
                           arguments: [s.contentHash, Analysis.analyserVersion, old])
        }
        let read = try #require(try store.cachedAnalysis(contentHash: s.contentHash, text: s.text))
        #expect(read.text == s.text)
        #expect(read.mentions.map(\.text) == ["Ann Lee"])
        #expect(read.quotes.map(\.text) == ["\"hi\""])
    }
}
