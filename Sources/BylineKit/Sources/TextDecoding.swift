import Foundation

public enum SourceError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case empty(path: String)
    case invalidUTF8(path: String)

    public var description: String {
        switch self {
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .binary(let p): return "\(p): looks like a binary file, not text"
        case .tooLarge(let p, let b, let l): return "\(p): too large (\(b) bytes; the limit is \(l) bytes)"
        case .empty(let p): return "\(p): empty file"
        case .invalidUTF8(let p): return "\(p): not valid UTF-8 text"
        }
    }
}

public enum TextDecoding {
    /// Stories larger than this are refused rather than analysed (they are never news articles).
    public static let maxStoryBytes = 16 * 1024 * 1024

    /// Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM; otherwise an error.
    /// Binary data (NUL bytes in the first 8 KiB of a non-UTF-16 file) is refused.
    public static func decode(_ data: Data, path: String) throws -> String {
        if data.isEmpty { throw SourceError.empty(path: path) }
        if data.count > maxStoryBytes { throw SourceError.tooLarge(path: path, bytes: data.count, limit: maxStoryBytes) }
        let bytes = [UInt8](data.prefix(4))
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            if let s = String(data: data, encoding: .utf16) { return s }
            throw SourceError.invalidUTF8(path: path)
        }
        var body = data
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = data.dropFirst(3) }
        if hasNUL(body.prefix(8192)) { throw SourceError.binary(path: path) }
        guard let s = String(validatingUTF8Data: body) else {
            // Mostly-text with a few bad bytes: refuse binary, repair near-text.
            let sample = [UInt8](body.prefix(8192))
            let controls = sample.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
            if controls * 20 > sample.count { throw SourceError.binary(path: path) }
            throw SourceError.invalidUTF8(path: path)
        }
        return s
    }
}

extension TextDecoding {
    /// A NUL byte anywhere in `data` (one memchr, not a byte-by-byte walk through Data's iterator).
    static func hasNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }
}

extension String {
    init?(validatingUTF8Data data: Data) {
        guard let s = String(bytes: data, encoding: .utf8) else { return nil }
        self = s
    }
}
