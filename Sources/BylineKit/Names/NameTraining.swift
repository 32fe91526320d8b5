import Foundation

/// Offline training of the name model (an averaged structured perceptron over hashed features).
/// Used by `byline-train train`; the result is the `names.model` resource.
public enum NameTrainer {
    public struct Example: Sendable {
        public var text: String
        /// Gold names: scalar offsets, end-exclusive.
        public var entities: [(start: Int, end: Int, type: EntityType)]
        /// The kind of text (0: none; 1, 2, …: e.g. edited prose, web text). Each kind has its own copy of every
        /// feature's weights beside the shared ones (Daumé's feature augmentation); the model keeps the shared
        /// weights plus a share of each kind's (`train(exportDomains:)`, by default an equal share: half each of
        /// two kinds), so tagging costs the same.
        public var domain: Int
        public init(text: String, entities: [(start: Int, end: Int, type: EntityType)], domain: Int = 0) {
            self.text = text; self.entities = entities; self.domain = domain
        }
    }

    struct Prepared {
        var runs: [(range: Range<Int>, features: [[Int32]], gold: [Int], slots: [Slot])]
        var domain = 0
    }

    static func prepare(_ ex: Example, lexicon: Lexicon, bits: Int) -> Prepared {
        let doc = Document(ex.text)
        let info = TokenInfo(doc, lexicon: lexicon, excluded: doc.dateline?.span)
        var gold = [Int](repeating: 0, count: info.n)
        var startIndex: [Int: Int] = [:]
        for (k, t) in doc.tokens.enumerated() { startIndex[t.span.start] = k }
        for e in ex.entities {
            guard let first = startIndex[e.start] else { continue }
            var k = first
            var ok = false
            while k < info.n, doc.tokens[k].span.end <= e.end {
                if doc.tokens[k].span.end == e.end { ok = true; break }
                k += 1
            }
            guard ok else { continue }
            gold[first] = NameTag.begin(e.type).rawValue
            if k > first { for m in (first + 1)...k { gold[m] = NameTag.inside(e.type).rawValue } }
        }
        var out = Prepared(runs: [], domain: ex.domain)
        var sink = FeatureSink(bits: bits)
        for run in NameModel.runs(info) {
            var feats: [[Int32]] = []
            var g: [Int] = []
            var slots: [Slot] = []
            for i in run {
                sink.buckets.removeAll(keepingCapacity: true)
                Features.extract(info, i, run: run, into: &sink)
                feats.append(sink.buckets)
                var tag = gold[i]
                if !NameModel.allowed(info.slot[i], tag) { tag = 0 }
                let nt = NameTag(rawValue: tag)!
                if nt.isInside, g.last.map({ !nt.canFollow(NameTag(rawValue: $0)!) }) ?? true {
                    tag = NameTag.begin(nt.type!).rawValue
                }
                g.append(tag)
                slots.append(info.slot[i])
            }
            out.runs.append((run, feats, g, slots))
        }
        return out
    }

    /// Trains and returns the model resource.
    /// - Parameters:
    ///   - dropout: share of tokens (per epoch) whose word-spelling features are left out, so the
    ///     model also learns to tag words it has never seen from their lists, shape and context.
    ///   - runs: perceptrons trained in different example orders whose weights are averaged (steadier).
    public static func train(_ examples: [Example], lexiconData: Data, bits: Int = 18, epochs: Int = 12, oBias: Int32 = 0,
                             dropout: Double = 0, runs: Int = 1, seed: UInt64 = 20261125, exportDomains: [Int: Double]? = nil,
                             log: (String) -> Void = { _ in }) throws -> Data {
        guard let lexicon = Lexicon(data: lexiconData) else {
            throw LexiconBuilder.BuildError(description: "lexicon data is not a names.lex file")
        }
        let T = NameTag.count
        let prepared = examples.map { prepare($0, lexicon: lexicon, bits: bits) }
        let domains = examples.map(\.domain).max() ?? 0
        let shares = exportDomains ?? Dictionary(uniqueKeysWithValues: (0..<domains).map { ($0 + 1, 1 / Double(domains)) })
        guard shares.keys.allSatisfy({ $0 >= 1 && $0 <= domains }) else {
            throw LexiconBuilder.BuildError(description: "no training text is of kind \(shares.keys.sorted())")
        }
        var avg = [Double](repeating: 0, count: (1 << bits) * T * (1 + domains))
        var tavg = [Double](repeating: 0, count: 56)
        for member in 0..<max(1, runs) {
            let (a, ta) = perceptron(prepared, bits: bits, epochs: epochs, dropout: dropout, domains: domains,
                                     seed: seed &+ UInt64(member) &* 0x9E3779B97F4A7C15, log: log)
            for i in avg.indices { avg[i] += a[i] }
            for i in tavg.indices { tavg[i] += ta[i] }
        }
        // The shared weights plus the chosen share of each kind's own.
        let table = (1 << bits) * T
        if domains > 0 {
            var folded = Array(avg[0..<table])
            for (domain, share) in shares {
                let base = domain * table
                for i in 0..<table { folded[i] += share * avg[base + i] }
            }
            avg = folded
        }
        // Quantise.
        var maxAbs = 1e-9
        for v in avg { maxAbs = max(maxAbs, abs(v)) }
        for v in tavg { maxAbs = max(maxAbs, abs(v) / 8) }
        let scale = 32000 / maxAbs
        let q = avg.map { Int16(max(-32767, min(32767, ($0 * scale).rounded()))) }
        let qt = tavg.map { Int32(($0 * scale).rounded()) }
        return NameModel(bits: bits, weights: q, transitions: qt, lexicon: lexicon, oBias: oBias).data
    }

    /// One averaged perceptron: the averaged weights and transitions.
    static func perceptron(_ prepared: [Prepared], bits: Int, epochs: Int, dropout: Double, domains: Int = 0, seed: UInt64,
                           log: (String) -> Void) -> ([Double], [Double]) {
        let T = NameTag.count
        var w = [Int32](repeating: 0, count: (1 << bits) * T * (1 + domains))
        var u = [Double](repeating: 0, count: w.count)
        var tw = [Int32](repeating: 0, count: 56)
        var tu = [Double](repeating: 0, count: 56)
        var c = 1.0
        var order = Array(prepared.indices)
        var rng = SplitMix(seed: seed)
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var wrong = 0, total = 0
            for d in order {
                for run in prepared[d].runs {
                    let len = run.features.count
                    let threshold = UInt64(dropout * Double(UInt64.max >> 11)) << 11
                    let drop = (0..<len).map { _ in dropout > 0 && rng.next() < threshold }
                    /// The buckets used for token `k` this time, and their copies for the document's kind of text.
                    let domainBase = prepared[d].domain << bits
                    func active(_ k: Int) -> [Int] {
                        let shared = run.features[k].compactMap { b in b >= 0 ? Int(b) : drop[k] ? nil : Int(~b) }
                        return domainBase == 0 ? shared : shared + shared.map { $0 + domainBase }
                    }
                    let feats = (0..<len).map(active)
                    var scores = [Int32](repeating: 0, count: len * T)
                    for k in 0..<len {
                        for b in feats[k] {
                            let base = b * T
                            for t in 0..<T { scores[k * T + t] &+= w[base + t] }
                        }
                    }
                    let pred = NameModel.decode(run.slots[...], scores: scores, transitions: tw)
                    total += len
                    if pred != run.gold {
                        wrong += 1
                        func upd(_ k: Int, _ tag: Int, _ d: Int32) {
                            for b in feats[k] {
                                let i = b * T + tag
                                w[i] &+= d; u[i] += c * Double(d)
                            }
                        }
                        for k in 0..<len where pred[k] != run.gold[k] {
                            upd(k, run.gold[k], 1); upd(k, pred[k], -1)
                        }
                        func updT(_ seq: [Int], _ d: Int32) {
                            var prev = -1
                            for tag in seq { let i = (prev + 1) * T + tag; tw[i] &+= d; tu[i] += c * Double(d); prev = tag }
                            let i = (prev + 1) * T; tw[i] &+= d; tu[i] += c * Double(d)
                        }
                        updT(run.gold, 1); updT(pred, -1)
                    }
                    c += 1
                }
            }
            log("epoch \(epoch + 1): \(wrong) runs wrong of \(prepared.reduce(0) { $0 + $1.runs.count }), \(total) tokens")
        }
        var avg = [Double](repeating: 0, count: w.count)
        for i in w.indices { avg[i] = Double(w[i]) - u[i] / c }
        var tavg = [Double](repeating: 0, count: 56)
        for i in 0..<56 { tavg[i] = Double(tw[i]) - tu[i] / c }
        return (avg, tavg)
    }

}

/// A small deterministic generator so training is reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
