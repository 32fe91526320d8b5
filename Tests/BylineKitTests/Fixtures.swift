import Foundation

/// Test data shipped in `Tests/Fixtures` (copied from the development material with credits).
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
    static func text(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }
    static func jsonLines(_ path: String) throws -> [[String: Any]] {
        try text(path).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
    static var seedText: String {
        get throws {
            let dir = url("seed")
            let f = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix(".txt") }!
            return try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
        }
    }
}
