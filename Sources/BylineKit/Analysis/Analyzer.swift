import Foundation

/// The whole analysis pipeline: clean text → paragraphs and sentences → names → quotes and speakers.
public struct Analyzer: Sendable {
    public init() {}

    public func analyze(_ text: String) -> Analysis {
        let doc = Document(text)
        let names = NameFinder.shared.find(in: doc)
        let quotes = QuoteFinder().find(in: doc, names: names)
        return Analysis(text: text, title: doc.title, titleSpan: doc.titleSpan, dateline: doc.dateline,
                        boilerplate: doc.boilerplate, paragraphs: doc.paragraphs, quotes: quotes,
                        entities: names.entities, mentions: names.mentions)
    }
}
