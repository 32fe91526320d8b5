import ArgumentParser
import BylineKit
import BylineUI
import Foundation

/// The reader (the default command). Owned by the reader work; wiring only.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the reader on stories (default: the built-in library).")
    @Argument(help: "Text files, folders and feeds to open.") var paths: [String] = []
    func run() throws {
        throw ValidationError("the reader is not built yet")
    }
}
