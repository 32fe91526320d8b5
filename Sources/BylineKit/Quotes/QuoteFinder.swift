import Foundation

/// Finds quotations and attributes them to speakers.
/// (Baseline: paired double quotation marks inside a paragraph; to be replaced.)
public struct QuoteFinder: Sendable {
    public init() {}

    public func find(in doc: Document, names: NameResult) -> [Quote] {
        var quotes: [Quote] = []
        for p in doc.paragraphs {
            var open: Int?
            for i in p.span.start..<p.span.end {
                let c = doc.scalars[i]
                guard c == "\"" || c == "\u{201C}" || c == "\u{201D}" else { continue }
                if let o = open {
                    let span = Span(o, i + 1)
                    quotes.append(Quote(span: span, text: doc.string(span), kind: .direct, group: quotes.count))
                    open = nil
                } else { open = i }
            }
        }
        return quotes
    }
}
