import BylineKit
import Foundation
import Testing

/// Stored analyses are reused while `Analysis.analyserVersion` is unchanged, so any change to what the analysis
/// finds (rules, word lists, the name model) must come with a new version number; otherwise readers keep the old
/// analyses of stories they already had. This test notices such a change.
@Suite("Analyser version")
struct AnalyserVersionTests {
    /// The fingerprint of the analysis of the built-in library, made by the analyser of this version.
    static let recorded = (version: 61, fingerprint: "9e2a23c2ba80d9c9")

    @Test("The analysis of the built-in library is the one recorded for this analyser version (bump the version when it changes)")
    func fingerprint() throws {
        // The whole built-in library: a change that shows in only a few stories still shows here.
        let stories = BuiltInLibrary.load().stories.sorted { $0.id < $1.id }
        #expect(stories.count == 294)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var all = Data()
        for s in stories { all += try encoder.encode(AnalysisJSON(Analyzer().analyze(s.text), id: s.id)) }
        let fingerprint = ContentHash.hex(of: String(decoding: all, as: UTF8.self))
        #expect(Analysis.analyserVersion == Self.recorded.version && fingerprint == Self.recorded.fingerprint,
                "the analysis changed: raise Analysis.analyserVersion and record (version: \(Analysis.analyserVersion + (Analysis.analyserVersion == Self.recorded.version ? 1 : 0)), fingerprint: \"\(fingerprint)\")")
    }
}
