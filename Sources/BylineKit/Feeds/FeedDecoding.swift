import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of a feed to text, choosing the encoding as RFC 3023 and the XML spec say (the rules feedparser
/// follows): the HTTP charset, the XML declaration, the byte-order mark or the first bytes' pattern
/// (UTF-16/32 without a BOM), then UTF-8 and windows-1252 as fallbacks.
public enum FeedDecoding {
    public struct Result: Sendable {
        public var text: String
        /// Lower-case name of the encoding used ("utf-8", "utf-16le", "iso-8859-1", "us-ascii", ...).
        public var encoding: String
        /// Why the document is suspect (undecodable in its declared encoding, not an XML media type, ...).
        public var problem: String?
    }

    /// - Parameters:
    ///   - contentType: the HTTP Content-Type header, when the feed came over HTTP.
    public static func decode(_ data: Data, contentType: String? = nil) -> Result {
        let bytes = [UInt8](data)
        var problem: String?
        // 1. Byte-order mark or the pattern of "<?" in UTF-16/32.
        var sniffed: String?
        var bomLength = 0
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { sniffed = "utf-32be"; bomLength = 4 }
        else if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { sniffed = "utf-32le"; bomLength = 4 }
        else if bytes.starts(with: [0xFE, 0xFF]) { sniffed = "utf-16be"; bomLength = 2 }
        else if bytes.starts(with: [0xFF, 0xFE]) { sniffed = "utf-16le"; bomLength = 2 }
        else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { sniffed = "utf-8"; bomLength = 3 }
        else if bytes.starts(with: [0x00, 0x00, 0x00, 0x3C]) { sniffed = "utf-32be" }
        else if bytes.starts(with: [0x3C, 0x00, 0x00, 0x00]) { sniffed = "utf-32le" }
        else if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { sniffed = "utf-16be" }
        else if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { sniffed = "utf-16le" }
        let body = Array(bytes[bomLength...])

        // 2. The XML declaration's encoding, read in the sniffed encoding (ASCII-compatible otherwise).
        var declared: String?
        let head = convert(Array(body.prefix(800)), from: sniffed ?? "utf-8", lenient: true) ?? ""
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            let decl = head[..<end.lowerBound]
            if let r = decl.range(of: #"encoding\s*=\s*["']([^"']*)["']"#, options: .regularExpression) {
                let v = decl[r].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init) ?? ""
                declared = v.lowercased().trimmingCharacters(in: .whitespaces)
            }
        }
        declared = declared.map(canonicalName)
        if let d = declared, let s = sniffed, d.hasPrefix("utf-16") || d.hasPrefix("utf-32") || d == "utf-8" && s != "utf-8" {
            // A two- or four-byte document declares its family; the bytes tell the order.
            if d.hasPrefix("utf-8") { problem = "declared utf-8 but the bytes are \(s)" }
            declared = s
        }

        // 3. The HTTP media type and charset.
        var httpCharset: String?
        var candidates: [String] = []
        if let ct = contentType {
            let parts = ct.split(separator: ";", omittingEmptySubsequences: false)
            let mime = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            for p in parts.dropFirst() {
                let kv = p.split(separator: "=", maxSplits: 1)
                if kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" {
                    let v = kv[1].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'"))).lowercased()
                    if !v.isEmpty { httpCharset = v }
                }
            }
            let appXML = mime == "application/xml" || mime == "application/xml-dtd" || mime == "application/xml-external-parsed-entity"
                || (mime.hasPrefix("application/") && mime.hasSuffix("+xml")) || mime == "application/json" || mime.hasSuffix("+json")
            let textXML = mime == "text/xml" || mime == "text/xml-external-parsed-entity" || (mime.hasPrefix("text/") && mime.hasSuffix("+xml"))
            if appXML {
                candidates = [httpCharset, declared, sniffed].compactMap { $0 }
                if candidates.isEmpty { candidates = ["utf-8"] }
            } else if textXML || mime.hasPrefix("text/") {
                candidates = [httpCharset ?? "us-ascii"]
                if !textXML && mime != "text/html" { problem = problem ?? "served as \(mime), not an XML media type" }
            } else {
                candidates = [httpCharset, declared, sniffed].compactMap { $0 }
            }
        } else {
            candidates = [declared, sniffed].compactMap { $0 }
        }
        if candidates.isEmpty { candidates = ["utf-8"] }
        candidates = candidates.map(canonicalName)

        for (n, enc) in (candidates + ["utf-8", "windows-1252"]).enumerated() {
            if let text = convert(body, from: enc, lenient: false) {
                if n >= candidates.count || (n > 0 && enc != candidates[0]) {
                    problem = problem ?? "not valid \(candidates[0]); read as \(enc)"
                } else if n > 0 {
                    problem = problem ?? "not valid \(candidates[0]); read as \(enc)"
                }
                return Result(text: text, encoding: enc, problem: problem)
            }
            if n < candidates.count, !isKnown(enc) { problem = problem ?? "unknown encoding \(enc)" }
        }
        // windows-1252 leaves five bytes undefined: replace anything undecodable.
        let text = convert(body, from: "utf-8", lenient: true) ?? ""
        return Result(text: text, encoding: "utf-8", problem: problem ?? "not valid text in any encoding tried")
    }

    /// The names feedparser reports: lower case, GB2312 read as its superset GB18030.
    static func canonicalName(_ name: String) -> String {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch n {
        case "utf16", "u16", "utf-16", "ucs-2", "iso-10646-ucs-2": return "utf-16"
        case "utf32", "u32", "utf-32", "ucs-4", "iso-10646-ucs-4": return "utf-32"
        case "utf-16-le": return "utf-16le"
        case "utf-16-be": return "utf-16be"
        case "gb2312", "gb_2312-80", "euc-cn", "x-gbk", "gbk": return "gb18030"
        case "utf8": return "utf-8"
        case "latin1", "latin-1", "l1": return "iso-8859-1"
        case "ascii": return "us-ascii"
        default: return n
        }
    }

    static func isKnown(_ encoding: String) -> Bool {
        if ["utf-8", "us-ascii", "utf-16le", "utf-16be", "utf-32le", "utf-32be"].contains(encoding) { return true }
        let cd = iconv_open("UTF-8", iconvName(encoding))
        if cd == iconv_t(bitPattern: -1) { return false }
        iconv_close(cd)
        return true
    }

    static func iconvName(_ encoding: String) -> String {
        switch encoding {
        case "utf-16": return "UTF-16"
        case "utf-32": return "UTF-32"
        case "us-ascii": return "ASCII"
        case "windows-874": return "CP874"
        default: return encoding.uppercased()
        }
    }

    /// Convert bytes from an encoding; nil when the encoding is unknown or (unless `lenient`) a byte sequence is
    /// invalid in it. Lenient conversion replaces bad sequences with U+FFFD.
    public static func convert(_ bytes: [UInt8], from encoding: String, lenient: Bool) -> String? {
        switch encoding {
        case "utf-8":
            if let s = String(validating: bytes, as: UTF8.self) { return s }
            return lenient ? String(decoding: bytes, as: UTF8.self) : nil
        case "us-ascii":
            if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            return lenient ? String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self) : nil
        case "utf-16le", "utf-16be":
            let le = encoding == "utf-16le"
            let units = stride(from: 0, to: bytes.count - 1, by: 2).map { i -> UInt16 in
                le ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            }
            if !lenient, bytes.count % 2 != 0 { return nil }
            if let s = String(validating: units, as: UTF16.self) { return s }
            return lenient ? String(decoding: units, as: UTF16.self) : nil
        case "utf-32le", "utf-32be":
            let le = encoding == "utf-32le"
            var out = String.UnicodeScalarView()
            var i = 0
            while i + 3 < bytes.count {
                let b = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
                let v = le ? b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24 : b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3
                if let u = Unicode.Scalar(v) { out.append(u) } else if lenient { out.append("\u{FFFD}") } else { return nil }
                i += 4
            }
            if !lenient, bytes.count % 4 != 0 { return nil }
            return String(out)
        case "iso-8859-1":
            // Every byte is the code point of the same number.
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        default:
            return iconvConvert(bytes, from: iconvName(encoding), lenient: lenient)
        }
    }

    private static func iconvConvert(_ bytes: [UInt8], from: String, lenient: Bool) -> String? {
        let cd = iconv_open("UTF-8", from)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var result: [UInt8] = []
        var inLeft = input.count
        var inOffset = 0
        while inLeft > 0 {
            var outLeft = output.count
            let r: Int = input.withUnsafeMutableBufferPointer { ib in
                output.withUnsafeMutableBufferPointer { ob in
                    var ip: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ib.baseAddress! + inOffset).assumingMemoryBound(to: CChar.self)
                    var op: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ob.baseAddress!).assumingMemoryBound(to: CChar.self)
                    let before = inLeft
                    let rc = iconv(cd, &ip, &inLeft, &op, &outLeft)
                    inOffset += before - inLeft
                    return rc
                }
            }
            result.append(contentsOf: output[0..<(output.count - outLeft)])
            if r == -1 {
                let err = errno
                if err == E2BIG { continue }
                guard lenient else { return nil }
                // Skip one bad byte, mark it.
                result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                inOffset += 1; inLeft -= 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
