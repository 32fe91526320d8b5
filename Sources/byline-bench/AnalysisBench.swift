import BylineKit
import Foundation

/// Analysis throughput on the built-in corpus (seed + Wikinews), single core, with the time of each stage.
func benchAnalysis() {
    let lib = BuiltInLibrary.load()
    let texts = lib.stories.map(\.text)
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let mb = Double(bytes) / 1_000_000
    let analyzer = Analyzer()
    _ = texts.prefix(5).map { analyzer.analyze($0) }  // warm up: loads the lexicon and model once
    func best(_ runs: Int = 5, _ body: () -> Void) -> Double {
        var b = Double.infinity
        for _ in 0..<runs {
            let t0 = DispatchTime.now().uptimeNanoseconds
            body()
            b = min(b, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        return b
    }
    var quotes = 0, entities = 0
    let whole = best {
        quotes = 0; entities = 0
        for t in texts { let a = analyzer.analyze(t); quotes += a.quotes.count; entities += a.entities.count }
    }
    print(String(format: "analysis: %d stories, %.2f MB, best of 5: %.3f s = %.1f MB/s (single core); %d quotes, %d entities",
                 texts.count, mb, whole, mb / whole, quotes, entities))
    // Stages.
    let docs = texts.map { Document($0) }
    let tDoc = best { for t in texts { _ = Document(t) } }
    var names: [NameResult] = []
    let tNames = best { names = docs.map { NameFinder.shared.find(in: $0) } }
    let tQuotes = best { for (d, n) in zip(docs, names) { _ = QuoteFinder().find(in: d, names: n) } }
    print(String(format: "  stages: clean-up+segmentation %.1f MB/s, names %.1f MB/s, quotes %.1f MB/s",
                 mb / tDoc, mb / tNames, mb / tQuotes))
}

/// One analysis stage run repeatedly on the built-in corpus, for profiling (`perf record`, callgrind): doc,
/// names, quotes, all (the whole `Analyzer.analyze`), rules (the name finder's time per step), tiny (a one-sentence
/// story, for the fixed cost of a story), or prefixes (the first `rounds` stories cut after every token: a sweep
/// for crashes at the end of a text).
func benchAnalysisStage(_ stage: String, rounds: Int) {
    let texts = BuiltInLibrary.load().stories.map(\.text)
    let needsDocs = stage == "names" || stage == "quotes" || stage == "rules"
    let docs = needsDocs ? texts.map { Document($0) } : []
    let names = stage == "quotes" ? docs.map { NameFinder.shared.find(in: $0) } : []
    var count = 0
    for _ in 0..<rounds {
        switch stage {
        case "doc": for t in texts { count += Document(t).tokens.count }
        case "names": for d in docs { count += NameFinder.shared.find(in: d).mentions.count }
        case "quotes": for (d, n) in zip(docs, names) { count += QuoteFinder().find(in: d, names: n).count }
        case "all": for t in texts { count += Analyzer().analyze(t).mentions.count }
        // A robustness sweep, not a timing: every story cut after each of its tokens (a text may end anywhere).
        case "prefixes":
            for t in texts.prefix(rounds) {
                let scalars = Array(t.unicodeScalars)
                for tok in Document(t).tokens {
                    let a = Analyzer().analyze(String(String.UnicodeScalarView(scalars[..<tok.span.end])))
                    count += a.mentions.count
                }
            }
            print("prefixes: \(min(rounds, texts.count)) stories cut after every token, \(count) mentions"); return
        case "rules":
            // The name finder's time per step (the token tables, the tagger, then each rule; "link" groups the names into entities),
            // summed over the corpus, per round: where the name stage spends its time.
            for (step, ms) in NameFinder.shared.stepTimes(docs, rounds: rounds).sorted(by: { $0.ms > $1.ms }) {
                print(String(format: "%8.2f ms  %@", ms, step))
            }
            return
        // The fixed cost of one story: a one-sentence story analysed as often as the corpus has stories.
        case "tiny": for _ in texts { count += Analyzer().analyze("Kerry said it was \"fine\" in Paris.").mentions.count }
        default: print("unknown stage \(stage): doc, names, quotes, all, rules, tiny or prefixes"); return
        }
    }
    print("\(stage): \(rounds) rounds, \(count) items")
}
