import Foundation

/// What name finding returns: entities with their linked mentions.
public struct NameResult: Sendable {
    public var entities: [Entity]
    /// In text order.
    public var mentions: [Mention]
    /// Likely grammatical gender of each PERSON entity (parallel to `entities`), for pronoun resolution.
    public var genders: [Gender?]
    public init(entities: [Entity] = [], mentions: [Mention] = [], genders: [Gender?]? = nil) {
        self.entities = entities; self.mentions = mentions
        self.genders = genders ?? Array(repeating: nil, count: entities.count)
    }
}

/// Finds PERSON, ORGANIZATION and PLACE mentions and links them into entities.
/// (Baseline: capitalised word runs; to be replaced by the real name finder.)
public final class NameFinder: Sendable {
    public static let shared = NameFinder()

    public func find(in doc: Document) -> NameResult {
        var groups: [String: Int] = [:]
        var entities: [Entity] = []
        var mentions: [Mention] = []
        let toks = doc.tokens
        var i = 0
        while i < toks.count {
            let t = toks[i]
            guard t.kind == .word, t.isCapitalized, !t.startsSentence else { i += 1; continue }
            var j = i + 1
            while j < toks.count, toks[j].kind == .word, toks[j].isCapitalized, toks[j].sentence == t.sentence { j += 1 }
            let span = Span(t.span.start, toks[j - 1].span.end)
            let text = doc.string(span)
            let key = text.lowercased()
            let id: Int
            if let e = groups[key] { id = e } else {
                id = entities.count
                groups[key] = id
                entities.append(Entity(id: id, type: .person, name: text, role: nil, mentions: []))
            }
            entities[id].mentions.append(mentions.count)
            mentions.append(Mention(span: span, type: .person, text: text, entity: id))
            i = j
        }
        return NameResult(entities: entities, mentions: mentions)
    }
}

public enum Gender: String, Sendable, Codable { case male, female }
