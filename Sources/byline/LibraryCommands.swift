import ArgumentParser
import BylineKit
import Foundation

/// Feed and library commands. Owned by the library work.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a feed URL or a path to the feeds file.")
    @Argument var target: String
    func run() throws { throw ValidationError("not built yet") }
}
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import feeds from an OPML file.")
    @Argument var file: String
    func run() throws { throw ValidationError("not built yet") }
}
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the feeds as OPML.")
    func run() throws { throw ValidationError("not built yet") }
}
struct Refresh: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fetch every feed.")
    func run() throws { throw ValidationError("not built yet") }
}
