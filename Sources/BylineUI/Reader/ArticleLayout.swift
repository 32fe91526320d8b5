import BylineKit
import Foundation

/// A glyph placed on an article line, with the text offset it shows (-1 for the header lines).
struct PlacedGlyph: Sendable {
    var glyph: Glyph
    var column: Int
    var offset: Int32
}

/// One line of the laid-out article.
struct ArticleLine: Sendable {
    var glyphs: [PlacedGlyph]
    /// Style for header lines (title, meta); body lines take their style from the text offsets.
    var style: Style
    /// First text offset on the line, or -1 for header and blank lines.
    var firstOffset: Int { Int(glyphs.first?.offset ?? -1) }
}

/// The open story wrapped to a width: a header (title, source, dateline, date), then the paragraphs.
final class ArticleLayout: @unchecked Sendable {
    let width: Int
    let lines: [ArticleLine]
    /// For body lines in order: (line index, first offset), for finding the line of an offset.
    private let index: [(line: Int, offset: Int)]

    init(story: StoryHeader, analysis: Analysis, width: Int) {
        let width = max(1, width)
        self.width = width
        var lines: [ArticleLine] = []
        func wrapped(_ glyphs: [PlacedGlyph], style: Style) {
            for l in ArticleLayout.wrap(glyphs, width: width) { lines.append(ArticleLine(glyphs: l, style: style)) }
        }
        wrapped(Glyph.glyphs(story.title).map { PlacedGlyph(glyph: $0, column: 0, offset: -1) }, style: Style(.text, .title))
        var meta = [story.source]
        if let place = analysis.dateline?.place, !place.isEmpty { meta.append(place) }
        if let d = story.date { meta.append(ArticleLayout.dateFormatter.string(from: d)) }
        wrapped(Glyph.glyphs(meta.filter { !$0.isEmpty }.joined(separator: " · ")).map { PlacedGlyph(glyph: $0, column: 0, offset: -1) },
                style: Style(.text, .meta))

        // Body: the analysis' paragraphs (the title line and boilerplate left out), blank lines between.
        let chars = ArticleLayout.characters(analysis.text)
        var paragraphs = analysis.paragraphs.map(\.span)
        // The title line is already shown above; leave it out of the body when it is the story's title.
        if let t = analysis.titleSpan, let title = analysis.title,
           title.trimmingCharacters(in: .whitespaces) == story.title.trimmingCharacters(in: .whitespaces) {
            paragraphs.removeAll { $0 == t || t.contains($0) }
        }
        if paragraphs.isEmpty, !analysis.text.isEmpty { paragraphs = [Span(0, analysis.text.unicodeScalars.count)] }
        var index: [(Int, Int)] = []
        for p in paragraphs {
            var glyphs: [PlacedGlyph] = []
            var lo = ArticleLayout.firstChar(atOrAfter: p.start, in: chars)
            var scratch: [Glyph] = []
            while lo < chars.count, chars[lo].offset < p.end {
                scratch.removeAll(keepingCapacity: true)
                Glyph.append(chars[lo].char, to: &scratch)
                for g in scratch { glyphs.append(PlacedGlyph(glyph: g, column: 0, offset: Int32(chars[lo].offset))) }
                lo += 1
            }
            let before = lines.count
            lines.append(ArticleLine(glyphs: [], style: .text))
            wrapped(glyphs, style: .text)
            for i in (before + 1)..<lines.count where lines[i].firstOffset >= 0 { index.append((i, lines[i].firstOffset)) }
        }
        self.lines = lines
        self.index = index
    }

    static let dateFormatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX"); f.timeZone = TimeZone(identifier: "UTC"); f.dateFormat = "d MMMM yyyy"
        return f
    }()

    /// The line showing a text offset (the last line starting at or before it).
    func line(containing offset: Int) -> Int? {
        guard !index.isEmpty else { return nil }
        var lo = 0, hi = index.count - 1
        if offset < index[0].offset { return index[0].line }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if index[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
        }
        return index[lo].line
    }

    /// The text's characters with their Unicode scalar offsets.
    static func characters(_ text: String) -> [(char: Character, offset: Int)] {
        var out: [(Character, Int)] = []
        out.reserveCapacity(text.utf8.count)
        var off = 0
        for ch in text { out.append((ch, off)); off += ch.unicodeScalars.count }
        return out
    }

    static func firstChar(atOrAfter offset: Int, in chars: [(char: Character, offset: Int)]) -> Int {
        var lo = 0, hi = chars.count
        while lo < hi { let mid = (lo + hi) / 2; if chars[mid].offset < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Greedy word wrap: runs of spaces become one space (none at line starts); words wider than the line break.
    static func wrap(_ glyphs: [PlacedGlyph], width: Int) -> [[PlacedGlyph]] {
        var lines: [[PlacedGlyph]] = []
        var line: [PlacedGlyph] = []
        var col = 0
        var i = 0
        let n = glyphs.count
        while i < n {
            if glyphs[i].glyph == .space { i += 1; continue }
            var j = i, w = 0
            while j < n, glyphs[j].glyph != .space { w += Int(glyphs[j].glyph.width); j += 1 }
            let gap = line.isEmpty ? 0 : 1
            if col + gap + w > width, !line.isEmpty {
                lines.append(line); line = []; col = 0
            } else if gap == 1 {
                line.append(PlacedGlyph(glyph: .space, column: col, offset: glyphs[i - 1].offset)); col += 1
            }
            for k in i..<j {
                var g = glyphs[k]
                let gw = Int(g.glyph.width)
                if col + gw > width, !line.isEmpty { lines.append(line); line = []; col = 0 }
                g.column = col
                line.append(g); col += gw
            }
            i = j
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

/// The look of every text offset of a story, from its analysis: quotes, speakers, mentions, dateline.
struct TextStyles: Sendable {
    let styles: [Style]

    init(_ a: Analysis) {
        let n = a.text.unicodeScalars.count
        var s = [Style](repeating: .text, count: n)
        func mark(_ span: Span, _ role: Role) {
            let lo = max(0, span.start), hi = min(n, span.end)
            if lo < hi { for i in lo..<hi { s[i] = s[i].with(role) } }
        }
        if let d = a.dateline { mark(d.span, .dateline) }
        for q in a.quotes { mark(q.span, .quote) }
        for m in a.mentions {
            switch m.type {
            case .person: mark(m.span, .person)
            case .organization: mark(m.span, .organization)
            case .place: mark(m.span, .place)
            }
        }
        for q in a.quotes { if let sp = q.speakerSpan { mark(sp, .speaker) } }
        styles = s
    }

    subscript(offset: Int32) -> Style { offset >= 0 && Int(offset) < styles.count ? styles[Int(offset)] : .text }
}
