/// Fast conversion of a run of Unicode scalars to a String (the hot path of tokenisation).
enum ScalarText {
    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        s.withUnsafeBufferPointer { string($0, 0, $0.count) }
    }

    /// One-scalar ASCII strings, made once (punctuation tokens are mostly these).
    static let ascii: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// The string of the scalars `a..<b` of a buffer.
    @inline(__always)
    static func string(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> String {
        if b - a == 1, s[a].value < 0x80 { return ascii[Int(s[a].value)] }
        guard b > a else { return "" }
        // All ASCII (the common case: the scalars' bits together below 0x80), a byte per scalar: a plain copy loop.
        var bits: UInt32 = 0
        for k in a..<b { bits |= s[k].value }
        if bits < 0x80 {
            let bytes = b - a
            return String(unsafeUninitializedCapacity: bytes) { buf in
                for i in 0..<bytes { buf[i] = UInt8(truncatingIfNeeded: s[a + i].value) }
                return bytes
            }
        }
        var bytes = 0
        for k in a..<b {
            let v = s[k].value
            bytes &+= 1 &+ (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x10000 ? 1 : 0)
        }
        return String(unsafeUninitializedCapacity: bytes) { buf in
            var i = 0
            for k in a..<b {
                let v = s[k].value
                if v < 0x80 {
                    buf[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buf[i] = UInt8(0xC0 | (v >> 6)); buf[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    buf[i] = UInt8(0xE0 | (v >> 12)); buf[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                } else {
                    buf[i] = UInt8(0xF0 | (v >> 18)); buf[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }
}

extension ScalarText {
    /// `s.split(whereSeparator:)` on one or two ASCII separators (" ", or " " and "-"): the non-empty pieces.
    /// Split as bytes when `s` is ASCII (each scalar a character of its own), else character by character.
    static func split(_ s: String, _ a: UInt8 = 0x20, or b: UInt8 = 0x20) -> [String] {
        var copy = s
        let ascii = copy.withUTF8 { u -> [String]? in
            var out: [String] = []
            var start = 0
            for i in 0..<u.count {
                let c = u[i]
                guard c < 0x80 else { return nil }
                guard c == a || c == b else { continue }
                if start < i { out.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if start < u.count { out.append(String(decoding: UnsafeBufferPointer(rebasing: u[start...]), as: UTF8.self)) }
            return out
        }
        if let ascii { return ascii }
        let ca = Character(Unicode.Scalar(a)), cb = Character(Unicode.Scalar(b))
        return s.split(whereSeparator: { $0 == ca || $0 == cb }).map(String.init)
    }

    /// `split(s).last`, without making the other pieces: for ASCII the bytes after the last space (trailing spaces
    /// aside), else as `split`.
    static func lastWord(_ s: String) -> String? {
        var copy = s
        var ascii = true
        let last = copy.withUTF8 { u -> String? in
            for b in u where b >= 0x80 { ascii = false; return nil }
            var end = u.count
            while end > 0, u[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return nil }
            var start = end
            while start > 0, u[start - 1] != 0x20 { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF8.self)
        }
        return ascii ? last : split(s).last
    }

    /// The Unicode scalars of a string, decoded straight from its UTF-8 (one pass, one allocation), and the offsets
    /// of its notable scalars (`isNotable`), noted on the way so the later passes need not look at every scalar.
    static func decode(_ text: String) -> (scalars: [Unicode.Scalar], notable: [Int32]) {
        var text = text
        var notable: [Int32] = []
        let scalars = text.withUTF8 { u in
            let n = u.count
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
                count = 0
                guard let src = u.baseAddress, let dst = out.baseAddress else { return }
                // The notable offsets go to a small scratch buffer first, moved to `notable` when it fills and at
                // the end, so the word loop below makes no call (around a call the loop's state would be kept in
                // memory): it runs while the buffer has room for a word's eight offsets.
                let room = 256
                let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: room)
                defer { scratch.deallocate() }
                var found = 0
                var i = 0, k = 0
                while i < n {
                    // Plain ASCII, eight bytes at a time; the notable bytes of a word found by `notableBytes`.
                    while n &- i >= 8, found <= room &- 8 {
                        let w = UInt64(littleEndian: UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self))
                        if w & 0x8080_8080_8080_8080 != 0 { break }
                        for j in 0..<8 { (dst + k + j).initialize(to: Unicode.Scalar(src[i &+ j])) }
                        var m = notableBytes(w)
                        while m != 0 {
                            scratch[found] = Int32(truncatingIfNeeded: k &+ m.trailingZeroBitCount >> 3); found &+= 1
                            m &= m &- 1
                        }
                        i &+= 8; k &+= 8
                    }
                    if found > room &- 8 {
                        notable.append(contentsOf: UnsafeBufferPointer(start: scratch, count: found)); found = 0
                        continue
                    }
                    guard i < n else { break }
                    let b0 = UInt32(u[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0; i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                            | UInt32(u[i + 3] & 0x3F); i += 4
                    }
                    // (The buffer has room: `found` is at most `room - 8` here.)
                    if isNotable(v) { scratch[found] = Int32(truncatingIfNeeded: k); found &+= 1 }
                    // A String's UTF-8 is always valid, so every value is a scalar.
                    out.initializeElement(at: k, to: Unicode.Scalar(v) ?? "\u{FFFD}"); k += 1
                }
                notable.append(contentsOf: UnsafeBufferPointer(start: scratch, count: found))
                count = k
            }
        }
        return (scalars, notable)
    }

    /// A scalar the clean-up may edit (below the space, DEL, anything not ASCII, the backtick) or a quotation
    /// mark could be (also `"` and `'`). Everything else is plain printable ASCII that no pass after decoding
    /// needs to find.
    @inline(__always) static func isNotable(_ v: UInt32) -> Bool {
        v < 0x20 || v >= 0x7F || v == 0x22 || v == 0x27 || v == 0x60
    }

    /// The notable bytes of eight ASCII bytes, as the top bit of each: below 0x20, 0x7F, 0x22, 0x27 or 0x60. Every
    /// byte is below 0x80, so adding up to 0x80 to each byte never carries into the next: `b + 0x60` has its top bit
    /// clear just when `b` is below 0x20, `b + 1` has it set just for 0x7F, and `(b ^ c) + 0x7F` has it clear
    /// just when `b` is `c`.
    @inline(__always) static func notableBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func isByte(_ c: UInt64) -> UInt64 { ~((w ^ (ones &* c)) &+ ones &* 0x7F) }
        return (~(w &+ ones &* 0x60) | (w &+ ones) | isByte(0x22) | isByte(0x27) | isByte(0x60)) & (ones &* 0x80)
    }
}

/// Character classes of the scalars below U+3000 (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts,
/// punctuation), worked out from the Unicode properties once, so the per-scalar passes look them up
/// instead of asking the properties every time. Scalars above fall back to the properties.
enum ScalarClass {
    static let word: UInt8 = 1, space: UInt8 = 2, upper: UInt8 = 4, letter: UInt8 = 8
    static let limit: UInt32 = 0x3000
    static let table: [UInt8] = (0..<limit).map { v in
        guard let c = Unicode.Scalar(v) else { return 0 }
        var k: UInt8 = 0
        if Segmenter.propertyIsWordScalar(c) { k |= word }
        if c.properties.isWhitespace { k |= space }
        if Segmenter.propertyIsUpper(c) { k |= upper }
        if c.properties.isAlphabetic { k |= letter }
        return k
    }
    // The property lookups, kept out of line: a function that inlines one pays for the property type's
    // set-up on every call, even when it never asks (the per-token and per-scalar passes are such callers).
    @inline(never) static func propertyIsAlphabetic(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    @inline(never) static func propertyIsWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    @inline(__always) static func of(_ c: Unicode.Scalar) -> UInt8? {
        c.value < limit ? table[Int(c.value)] : nil
    }
}
