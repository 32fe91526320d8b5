import Foundation

/// Exact-span scoring of names, the same definition as `Tests/Fixtures/eval/score_entities.py`:
/// a name counts only when (document, start, end, type) all match.
public struct NameEvaluation: Sendable {
    public struct Counts: Sendable { public var tp = 0, fp = 0, fn = 0
        public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        public var f1: Double { let p = precision, r = recall; return p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }
    /// Keyed by gold type name ("PER", "ORG", "LOC").
    public private(set) var byType: [String: Counts] = [:]
    public init() {}

    /// The evaluation label of a type.
    public static func label(_ t: EntityType) -> String { t == .person ? "PER" : t == .organization ? "ORG" : "LOC" }

    /// Adds one document: gold as (start, end, label); predictions from the name finder's mentions.
    public mutating func add(gold: [(start: Int, end: Int, type: String)], predicted: [Mention]) {
        struct K: Hashable { let s: Int, e: Int, t: String }
        let types: Set<String> = ["PER", "ORG", "LOC"]
        let g = Set(gold.filter { types.contains($0.type) }.map { K(s: $0.start, e: $0.end, t: $0.type) })
        let p = Set(predicted.map { K(s: $0.span.start, e: $0.span.end, t: NameEvaluation.label($0.type)) })
        for k in g.intersection(p) { byType[k.t, default: Counts()].tp += 1 }
        for k in p.subtracting(g) { byType[k.t, default: Counts()].fp += 1 }
        for k in g.subtracting(p) { byType[k.t, default: Counts()].fn += 1 }
    }

    /// Reads a JSON-lines file of `{"id", "text", "entities": [{"start", "end", "type"}]}`.
    public static func readGold(_ url: URL) throws -> [(id: String, text: String, entities: [(start: Int, end: Int, type: String)], fields: [String: Any])] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [(id: String, text: String, entities: [(start: Int, end: Int, type: String)], fields: [String: Any])] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let t = o["text"] as? String else { continue }
            let ents = (o["entities"] as? [[String: Any]] ?? []).compactMap { e -> (start: Int, end: Int, type: String)? in
                guard let s = e["start"] as? Int, let en = e["end"] as? Int, let ty = e["type"] as? String else { return nil }
                return (s, en, ty)
            }
            out.append((o["id"] as? String ?? String(out.count), t, ents, o))
        }
        return out
    }

    /// Runs the name finder over a gold file.
    public static func evaluate(_ url: URL, finder: NameFinder = .shared) throws -> NameEvaluation {
        var ev = NameEvaluation()
        for d in try readGold(url) { ev.add(gold: d.entities, predicted: finder.find(in: Document(d.text)).mentions) }
        return ev
    }

    public var report: String {
        ["PER", "LOC", "ORG"].map { t in
            let c = byType[t] ?? Counts()
            return String(format: "%@ P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", t, c.precision, c.recall, c.f1, c.tp, c.fp, c.fn)
        }.joined(separator: "\n")
    }
}
