import Foundation

/// Finds quotations and attributes them to speakers.
///
/// 1. `QuoteMarks` finds the quoted stretches: paired marks (straight, curly, mixed pairs), single quotes
///    nested in double ones, top-level single quotes (not apostrophes), quotes over several lines or
///    paragraphs (one part per line or paragraph), never past a paragraph unless the next one reopens.
/// 2. `Attributor` finds, for each part, the attribution around it, strongest first: `"…," X said` /
///    `"…," said X` (also with an appositive: `"…," X, a spokesman, said`), `X said (,|:) "…"` and
///    fragments after a reporting verb (its subject over appositives, relative clauses and participles;
///    the agent of a passive; `according to X`), a short attribution sentence after a full-sentence
///    quote, the speaker of the quote just before, a colon introduction ending the previous paragraph,
///    an interview turn's speaker, and the subject of the sentence. Pronouns resolve to the most recent
///    compatible person (speakers and clause subjects first; a pronoun in a fronted clause to the
///    subject after it), role phrases to the named holder of the role.
/// 3. Parts sharing one attribution (`"A," Kerry said. "B."`, one quotation over paragraphs, `said "A"
///    and "B"`) share a group. A quotation that stands as its own utterance is `direct`, a fragment in
///    the writer's sentence is `mixed`; short fragments that name rather than quote (a title, a term
///    after "called" or "the slur") are left out.
public struct QuoteFinder: Sendable {
    public init() {}

    public func find(in doc: Document, names: NameResult) -> [Quote] {
        let parts = QuoteMarks.scan(doc)
        guard !parts.isEmpty, !doc.tokens.isEmpty else { return [] }
        let attributor = Attributor(doc: doc, names: names, parts: parts)
        return attributor.run()
    }
}
