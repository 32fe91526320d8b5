import Foundation

/// Finds quotations and attributes them to speakers.
///
/// 1. `QuoteMarks` finds the quoted stretches (paired marks, nested single quotes, multi-paragraph quotes).
/// 2. `Attributor` finds, for each part, the attribution around it — `"…," X said`, `"…," said X`,
///    `X said (,|:) "…"`, `according to X`, a passive `by X` — else continues the speaker of the quote
///    just before, or of a colon introduction in the previous paragraph; pronouns and role phrases are
///    resolved to people.
/// 3. Parts sharing one attribution (`"A," Kerry said. "B."`, or one paragraph-spanning quotation) share
///    a group; a quotation that stands as its own utterance is `direct`, a fragment inside the writer's
///    sentence is `mixed`.
public struct QuoteFinder: Sendable {
    public init() {}

    public func find(in doc: Document, names: NameResult) -> [Quote] {
        let parts = QuoteMarks.scan(doc)
        guard !parts.isEmpty, !doc.tokens.isEmpty else { return [] }
        let attributor = Attributor(doc: doc, names: names, parts: parts)
        return attributor.run()
    }
}
