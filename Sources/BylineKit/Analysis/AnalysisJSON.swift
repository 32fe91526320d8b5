import Foundation

/// The JSON shape `byline analyze` prints (and the scorers in the eval folder read).
public struct AnalysisJSON: Encodable {
    struct DatelineOut: Encodable { let place: String?; let source: String?; let start: Int; let end: Int }
    struct ParagraphOut: Encodable { let start: Int; let end: Int }
    struct QuoteOut: Encodable {
        let start: Int, end: Int, text: String, kind: String, group: Int
        let speaker: String?, speaker_start: Int?, speaker_end: Int?, speaker_canonical: String?, entity: Int?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(text, forKey: .text)
            try c.encode(kind, forKey: .kind); try c.encode(group, forKey: .group)
            try c.encode(speaker, forKey: .speaker); try c.encode(speaker_start, forKey: .speaker_start)
            try c.encode(speaker_end, forKey: .speaker_end); try c.encode(speaker_canonical, forKey: .speaker_canonical)
            try c.encode(entity, forKey: .entity)
        }
        enum K: String, CodingKey { case start, end, text, kind, group, speaker, speaker_start, speaker_end, speaker_canonical, entity }
    }
    struct EntityMentionOut: Encodable { let start: Int; let end: Int; let text: String }
    struct EntityOut: Encodable {
        let id: Int, type: String, name: String, role: String?, key: String, mentions: [EntityMentionOut]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(id, forKey: .id); try c.encode(type, forKey: .type); try c.encode(name, forKey: .name)
            try c.encode(role, forKey: .role); try c.encode(key, forKey: .key); try c.encode(mentions, forKey: .mentions)
        }
        enum K: String, CodingKey { case id, type, name, role, key, mentions }
    }
    struct MentionOut: Encodable { let start: Int; let end: Int; let type: String; let text: String; let entity: Int }

    let id: String?
    let title: String?
    let dateline: DatelineOut?
    let boilerplate: [ParagraphOut]
    let paragraphs: [ParagraphOut]
    let quotes: [QuoteOut]
    let entities: [EntityOut]
    let mentions: [MentionOut]

    public init(_ a: Analysis, id: String? = nil) {
        self.id = id
        title = a.title
        dateline = a.dateline.map { DatelineOut(place: $0.place, source: $0.source, start: $0.span.start, end: $0.span.end) }
        boilerplate = a.boilerplate.map { ParagraphOut(start: $0.start, end: $0.end) }
        paragraphs = a.paragraphs.map { ParagraphOut(start: $0.span.start, end: $0.span.end) }
        quotes = a.quotes.map { q in
            QuoteOut(start: q.span.start, end: q.span.end, text: q.text, kind: q.kind.rawValue, group: q.group,
                     speaker: q.speaker, speaker_start: q.speakerSpan?.start, speaker_end: q.speakerSpan?.end,
                     speaker_canonical: q.speakerCanonical, entity: q.entity)
        }
        entities = a.entities.map { e in
            EntityOut(id: e.id, type: e.type.rawValue, name: e.name, role: e.role, key: e.key,
                      mentions: e.mentions.map { let m = a.mentions[$0]; return EntityMentionOut(start: m.span.start, end: m.span.end, text: m.text) })
        }
        mentions = a.mentions.map { MentionOut(start: $0.span.start, end: $0.span.end, type: $0.type.rawValue, text: $0.text, entity: $0.entity) }
    }

    enum CodingKeys: String, CodingKey { case id, title, dateline, boilerplate, paragraphs, quotes, entities, mentions }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if let id { try c.encode(id, forKey: .id) }
        try c.encode(title, forKey: .title)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(boilerplate, forKey: .boilerplate)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(entities, forKey: .entities)
        try c.encode(mentions, forKey: .mentions)
    }

    /// One line of JSON (for `--jsonl`), or pretty-printed.
    public func json(pretty: Bool) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        guard let d = try? enc.encode(self), let s = String(data: d, encoding: .utf8) else { return "{}" }
        return s
    }
}
