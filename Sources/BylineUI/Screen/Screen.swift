import Foundation

/// Placeholder until the reader lands: the in-memory screen of styled cells.
public struct Screen: Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
}
