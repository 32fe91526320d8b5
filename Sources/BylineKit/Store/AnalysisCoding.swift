import Foundation

/// The compact form of an analysis in the database's cache: variable-length integers, each span as an offset from
/// the span before it, and every string that is just the text of its span ("Kerry" at 120..<125, a quote's text)
/// written as one flag byte instead of the string. The story's text itself is not stored: the caller passes it back.
/// For the built-in stories: 972 bytes per story on average, against 8.5 KB for the JSON the cache held before.
///
/// Reading checks every length and offset: damaged bytes give nil (the story is analysed again), never a crash.
enum AnalysisCoding {
    /// "BA" and the format number. A cached row that starts with "{" is the JSON of earlier versions.
    static let magic: [UInt8] = [0x42, 0x41, 0x01]

    static func encode(_ a: Analysis) -> Data {
        var w = Writer(scalars: Array(a.text.unicodeScalars))
        w.bytes += magic
        w.optSpan(a.titleSpan); w.text(a.title, of: a.titleSpan)
        if let d = a.dateline {
            w.uint(1)
            w.span(d.span)
            w.optSpan(d.placeSpan); w.text(d.place, of: d.placeSpan)
            w.optSpan(d.sourceSpan); w.text(d.source, of: d.sourceSpan)
        } else {
            w.uint(0)
        }
        w.uint(a.boilerplate.count)
        for s in a.boilerplate { w.span(s) }
        w.uint(a.paragraphs.count)
        for p in a.paragraphs {
            w.span(p.span)
            w.uint(p.sentences.count)
            for s in p.sentences { w.span(s) }
        }
        w.uint(a.quotes.count)
        for q in a.quotes {
            w.span(q.span); w.text(q.text, of: q.span)
            w.uint(q.kind == .direct ? 0 : 1)
            w.int(q.group)
            w.optSpan(q.speakerSpan); w.text(q.speaker, of: q.speakerSpan)
            w.text(q.speakerCanonical, of: nil)
            w.int(q.entity ?? -1)
        }
        w.uint(a.entities.count)
        for e in a.entities {
            w.int(e.id)
            w.uint(typeCode(e.type))
            w.text(e.name, of: nil); w.text(e.role, of: nil)
            w.uint(e.mentions.count)
            var last = 0
            for m in e.mentions { w.int(m - last); last = m }
        }
        w.uint(a.mentions.count)
        for m in a.mentions {
            w.span(m.span)
            w.uint(typeCode(m.type))
            w.text(m.text, of: m.span)
            w.int(m.entity)
        }
        return Data(w.bytes)
    }

    /// The analysis of `text` stored as `data` by `encode`, or nil when the bytes are not such a form.
    static func decode(_ data: Data, text: String) -> Analysis? {
        var r = Reader(bytes: [UInt8](data), scalars: Array(text.unicodeScalars))
        guard r.bytes.count >= magic.count, Array(r.bytes[0..<magic.count]) == magic else { return nil }
        r.pos = magic.count
        var a = Analysis(text: text)
        guard let titleSpan = r.optSpan(), let title = r.text(of: titleSpan) else { return nil }
        a.titleSpan = titleSpan; a.title = title
        guard let hasDateline = r.uint() else { return nil }
        if hasDateline == 1 {
            guard let span = r.span(), let placeSpan = r.optSpan(), let place = r.text(of: placeSpan),
                  let sourceSpan = r.optSpan(), let source = r.text(of: sourceSpan) else { return nil }
            a.dateline = Dateline(place: place, source: source, span: span, placeSpan: placeSpan, sourceSpan: sourceSpan)
        }
        guard let nb = r.count() else { return nil }
        for _ in 0..<nb { guard let s = r.span() else { return nil }; a.boilerplate.append(s) }
        guard let np = r.count() else { return nil }
        for _ in 0..<np {
            guard let span = r.span(), let ns = r.count() else { return nil }
            var sentences: [Span] = []
            sentences.reserveCapacity(ns)
            for _ in 0..<ns { guard let s = r.span() else { return nil }; sentences.append(s) }
            a.paragraphs.append(Paragraph(span: span, sentences: sentences))
        }
        guard let nq = r.count() else { return nil }
        for _ in 0..<nq {
            guard let span = r.span(), let quoted = r.text(of: span), let text = quoted, let kind = r.uint(), kind <= 1,
                  let group = r.int(), let speakerSpan = r.optSpan(), let speaker = r.text(of: speakerSpan),
                  let canonical = r.text(of: nil), let entity = r.int() else { return nil }
            a.quotes.append(Quote(span: span, text: text, kind: kind == 0 ? .direct : .mixed, group: group, speaker: speaker,
                                  speakerSpan: speakerSpan, speakerCanonical: canonical, entity: entity < 0 ? nil : entity))
        }
        guard let ne = r.count() else { return nil }
        for _ in 0..<ne {
            guard let id = r.int(), let type = r.type(), let named = r.text(of: nil), let name = named, let role = r.text(of: nil),
                  let nm = r.count() else { return nil }
            var mentions: [Int] = []
            mentions.reserveCapacity(nm)
            var last = 0
            for _ in 0..<nm { guard let d = r.int() else { return nil }; last += d; mentions.append(last) }
            a.entities.append(Entity(id: id, type: type, name: name, role: role, mentions: mentions))
        }
        guard let nm = r.count() else { return nil }
        for _ in 0..<nm {
            guard let span = r.span(), let type = r.type(), let written = r.text(of: span), let text = written, let entity = r.int() else { return nil }
            a.mentions.append(Mention(span: span, type: type, text: text, entity: entity))
        }
        guard r.pos == r.bytes.count else { return nil }
        return a
    }

    static func typeCode(_ t: EntityType) -> Int {
        switch t {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        }
    }

    struct Writer {
        let scalars: [Unicode.Scalar]
        var bytes: [UInt8] = []
        /// The start of the last span written: spans are written as offsets from it.
        var last = 0

        mutating func uint(_ v: Int) { uint64(UInt64(max(0, v))) }
        mutating func uint64(_ v: UInt64) {
            var v = v
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        /// Zigzag: small negative numbers stay short.
        mutating func int(_ v: Int) {
            let x = Int64(v)
            uint64(UInt64(bitPattern: (x << 1) ^ (x >> 63)))
        }
        mutating func span(_ s: Span) { int(s.start - last); int(s.end - s.start); last = s.start }
        mutating func optSpan(_ s: Span?) {
            guard let s else { uint(0); return }
            uint(1); span(s)
        }
        /// 0: none; 1: the text of `span`; 2: the string itself follows.
        mutating func text(_ s: String?, of span: Span?) {
            guard let s else { uint(0); return }
            if let span, span.start >= 0, span.start <= span.end, span.end <= scalars.count,
               s.unicodeScalars.elementsEqual(scalars[span.start..<span.end]) {
                uint(1); return
            }
            uint(2)
            let u = Array(s.utf8)
            uint(u.count); bytes += u
        }
    }

    struct Reader {
        let bytes: [UInt8]
        let scalars: [Unicode.Scalar]
        var pos = 0
        var last = 0

        mutating func uint64() -> UInt64? {
            var v: UInt64 = 0, shift: UInt64 = 0
            while pos < bytes.count, shift < 64 {
                let b = bytes[pos]; pos += 1
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
            return nil
        }
        mutating func uint() -> Int? { uint64().flatMap { $0 <= UInt64(Int32.max) ? Int($0) : nil } }
        /// A number of items: no more than bytes are left (each item takes at least one).
        mutating func count() -> Int? { uint().flatMap { $0 <= bytes.count - pos ? $0 : nil } }
        mutating func int() -> Int? {
            guard let u = uint64() else { return nil }
            let v = Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1)
            guard v >= Int64(Int32.min), v <= Int64(Int32.max) else { return nil }
            return Int(v)
        }
        mutating func span() -> Span? {
            guard let d = int(), let len = int() else { return nil }
            let start = last + d
            guard len >= 0, start >= 0, start + len <= scalars.count else { return nil }
            last = start
            return Span(start, start + len)
        }
        /// nil: damaged; .some(nil): no span.
        mutating func optSpan() -> Span?? {
            guard let f = uint() else { return nil }
            if f == 0 { return .some(nil) }
            guard f == 1, let s = span() else { return nil }
            return .some(s)
        }
        /// nil: damaged; .some(nil): no string.
        mutating func text(of span: Span?) -> String?? {
            guard let f = uint() else { return nil }
            switch f {
            case 0: return .some(nil)
            case 1:
                guard let span else { return nil }
                return .some(scalars.withUnsafeBufferPointer { ScalarText.string($0, span.start, span.end) })
            case 2:
                guard let n = count(), pos + n <= bytes.count,
                      let s = String(validating: bytes[pos..<(pos + n)], as: UTF8.self) else { return nil }
                pos += n
                return .some(s)
            default: return nil
            }
        }
        mutating func type() -> EntityType? {
            switch uint() {
            case 0: return .person
            case 1: return .organization
            case 2: return .place
            default: return nil
            }
        }
    }
}
