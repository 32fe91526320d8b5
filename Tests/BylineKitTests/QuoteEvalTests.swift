import Foundation
import TestSupport
import Testing
@testable import BylineKit

/// The Wikinews dev set (40 articles, 272 hand-annotated quotes), scored by the project's Python scorer.
/// The floors are the figures the quote finder reached; a change that lowers them fails here.
@Suite("Quote evaluation on the Wikinews dev set")
struct QuoteEvalTests {
    static let goldPath = "eval/quotes/wikinews-quotes.jsonl"

    /// Analyses every article and writes the predictions as `byline analyze --jsonl` does.
    static func writePredictions() throws -> URL {
        let analyzer = Analyzer()
        var out = ""
        for doc in try Fixtures.jsonLines(goldPath) {
            let id = try #require(doc["id"] as? String)
            let text = try #require(doc["text"] as? String)
            out += AnalysisJSON(analyzer.analyze(text), id: id).json(pretty: false) + "\n"
        }
        let url = Scratch.path("quotes", suffix: ".jsonl")
        try out.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Runs `score_quotes.py GOLD PRED --json [--kinds …]` and returns its figures.
    static func score(_ pred: URL, kinds: String) throws -> [String: Any] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Fixtures.url("eval/score_quotes.py").path, Fixtures.url(goldPath).path, pred.path,
                       "--kinds", kinds, "--json"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func f1(_ r: [String: Any], _ key: String) throws -> Double {
        let prf = try #require(r[key] as? [Double])
        return prf[2]
    }

    @Test("Direct quotes: span overlap F1 and quote+speaker F1 stay at or above the figures reached")
    func directQuotes() throws {
        let pred = try Self.writePredictions()
        defer { try? FileManager.default.removeItem(at: pred) }
        let r = try Self.score(pred, kinds: "direct")
        #expect(try Self.f1(r, "quote_overlap") >= 0.98)
        #expect(try Self.f1(r, "attribution_e2e") >= 0.97)
    }

    @Test("All kinds (direct and mixed): quote+speaker F1 stays at or above the figure reached")
    func allKinds() throws {
        let pred = try Self.writePredictions()
        defer { try? FileManager.default.removeItem(at: pred) }
        let r = try Self.score(pred, kinds: "direct,mixed")
        #expect(try Self.f1(r, "quote_overlap") >= 0.975)
        #expect(try Self.f1(r, "attribution_e2e") >= 0.96)
    }
}
