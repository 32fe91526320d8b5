/// Fast conversion of a run of Unicode scalars to a String (the hot path of tokenisation).
enum ScalarText {
    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = 0
        for c in s {
            let v = c.value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        if bytes == 0 { return "" }
        return String(unsafeUninitializedCapacity: bytes) { buf in
            var i = 0
            for c in s {
                let v = c.value
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
