import ArgumentParser
import BylineKit
import BylineUI
import Foundation

struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal newsreader that shows who said what.",
        subcommands: [Read.self, Analyze.self, Add.self, Import.self, Export.self, Refresh.self],
        defaultSubcommand: Read.self
    )
}

Byline.main()
