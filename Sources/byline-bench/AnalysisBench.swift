import BylineKit
import Foundation

/// Analysis throughput on the Wikinews corpus, single core.
func benchAnalysis() {
    let lib = BuiltInLibrary.load()
    let texts = lib.stories.map(\.text)
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let analyzer = Analyzer()
    _ = texts.prefix(5).map { analyzer.analyze($0) }  // warm up
    var best = Double.infinity
    var quotes = 0, entities = 0
    for _ in 0..<5 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        quotes = 0; entities = 0
        for t in texts { let a = analyzer.analyze(t); quotes += a.quotes.count; entities += a.entities.count }
        let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        best = min(best, dt)
    }
    let mb = Double(bytes) / 1_000_000
    print(String(format: "analysis: %d stories, %.2f MB, best of 5: %.3f s = %.1f MB/s (single core); %d quotes, %d entities",
                 texts.count, mb, best, mb / best, quotes, entities))
}
