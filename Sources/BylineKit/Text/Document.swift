import Foundation

/// A story's text, cleaned without moving a single offset, and split into paragraphs,
/// sentences and tokens. Every span indexes the Unicode scalars of the text exactly as given.
///
/// Clean-up is length-preserving: boilerplate lines are blanked to spaces, a backtick used
/// as an apostrophe becomes `'`, non-breaking and other odd spaces become ` `, and `\r`
/// becomes a space, all in `scalars`; `original` keeps the text as given for display.
public final class Document: @unchecked Sendable {
    public let text: String
    public let original: [Unicode.Scalar]
    /// The cleaned text, same length as `original`.
    public private(set) var scalars: [Unicode.Scalar]
    public private(set) var boilerplate: [Span] = []
    public private(set) var title: String?
    public private(set) var titleSpan: Span?
    public private(set) var dateline: Dateline?
    public private(set) var paragraphs: [Paragraph] = []
    public private(set) var tokens: [Token] = []
    /// For each paragraph, the range of its tokens in `tokens`.
    public private(set) var paragraphTokens: [Range<Int>] = []
    /// For each sentence (all paragraphs, in order), the range of its tokens.
    public private(set) var sentenceTokens: [Range<Int>] = []
    /// Offsets of the scalars that are not plain printable ASCII, or are a quotation mark or backtick, in order
    /// (`ScalarText.isNotable`): the only places the clean-up edits, and the only places a line break or quotation
    /// mark can be, so the passes after decoding look there instead of at every scalar.
    private(set) var notable: [Int32]
    /// Offsets of the line breaks of the cleaned text, in order (found by the clean-up, used by segmentation).
    private(set) var lineBreaks: [Int] = []

    public var count: Int { original.count }

    public init(_ text: String) {
        self.text = text
        let (o, notable) = ScalarText.decode(text)
        self.original = o
        self.scalars = o
        self.notable = notable
        Cleaner.clean(self)
        Segmenter.segment(self)
    }

    /// The text as given for a span.
    public func string(_ span: Span) -> String {
        let s = max(0, min(span.start, original.count)), e = max(s, min(span.end, original.count))
        return original.withUnsafeBufferPointer { ScalarText.string($0, s, e) }
    }

    /// The cleaned text of a token (made on demand: tokens carry no string of their own).
    public func text(_ token: Token) -> String { token.text(in: scalars) }

    /// The cleaned text of the token at an index of `tokens`.
    public func text(_ k: Int) -> String { text(tokens[k]) }

    /// The cleaned text for a span.
    public func cleaned(_ span: Span) -> String {
        let s = max(0, min(span.start, scalars.count)), e = max(s, min(span.end, scalars.count))
        return scalars.withUnsafeBufferPointer { ScalarText.string($0, s, e) }
    }

    // MARK: mutation by the clean-up and segmentation passes
    func setScalar(_ i: Int, _ s: Unicode.Scalar) { scalars[i] = s }
    /// Replace the cleaned text by an edited copy of the same length.
    func setScalars(_ s: [Unicode.Scalar]) { precondition(s.count == scalars.count); scalars = s }
    func blank(_ span: Span) {
        for i in span.start..<span.end where scalars[i] != "\n" { scalars[i] = " " }
    }
    func addBoilerplate(_ span: Span) { boilerplate.append(span) }
    func setLineBreaks(_ b: [Int]) { lineBreaks = b }
    func setTitle(_ span: Span) { titleSpan = span; title = string(span) }
    func setDateline(_ d: Dateline) { dateline = d }
    func setSegments(paragraphs: [Paragraph], tokens: [Token], paragraphTokens: [Range<Int>], sentenceTokens: [Range<Int>]) {
        self.paragraphs = paragraphs; self.tokens = tokens
        self.paragraphTokens = paragraphTokens; self.sentenceTokens = sentenceTokens
    }

    /// Index of the paragraph holding an offset, or nil.
    public func paragraphIndex(at offset: Int) -> Int? {
        var lo = 0, hi = paragraphs.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let p = paragraphs[mid].span
            if offset < p.start { hi = mid - 1 } else if offset >= p.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Index of the first token whose start is at or after an offset.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension Token {
    /// The token's text in the document's cleaned scalars (tokens carry no string of their own).
    @inline(__always) func text(in scalars: [Unicode.Scalar]) -> String {
        scalars.withUnsafeBufferPointer { ScalarText.string($0, span.start, span.end) }
    }
    /// The token is exactly the one character `c` of the document's cleaned scalars.
    @inline(__always) func isChar(_ c: Unicode.Scalar, in scalars: [Unicode.Scalar]) -> Bool {
        span.end - span.start == 1 && scalars[span.start] == c
    }
}

public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punct, quote }
    public var span: Span
    public var kind: Kind
    /// First scalar is an uppercase letter.
    public var isCapitalized: Bool
    /// Every letter is uppercase (and there are at least two).
    public var isAllCaps: Bool
    /// First token of its sentence (quotation marks and brackets before it do not count).
    public var startsSentence: Bool
    /// Some letter of it is upper case (not only the first: "eBay", "iPhone").
    var hasUpper: Bool
    // The paragraph and sentence numbers are kept in 32 bits (a text has far fewer than 2^31 of either), so that
    // the token keeps its size of 40 bytes with its hash beside them.
    private var paragraph32: Int32
    private var sentence32: Int32
    /// `WordHash.of` the token's scalars (lower-cased), made by the tokenizer while it has them at hand: the name
    /// finder looks every token up by it.
    var hash: UInt64
    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(truncatingIfNeeded: newValue) }
    }
    public var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(truncatingIfNeeded: newValue) }
    }

    init(span: Span, kind: Kind, isCapitalized: Bool, isAllCaps: Bool, startsSentence: Bool, paragraph: Int,
         sentence: Int, hash: UInt64, hasUpper: Bool) {
        self.span = span; self.kind = kind; self.isCapitalized = isCapitalized; self.isAllCaps = isAllCaps
        self.startsSentence = startsSentence; self.hasUpper = hasUpper
        paragraph32 = Int32(truncatingIfNeeded: paragraph); sentence32 = Int32(truncatingIfNeeded: sentence)
        self.hash = hash
    }
}
