import BylineKit
import Foundation
import Testing
@testable import BylineUI

@Suite("Themes and settings")
struct ThemeTests {
    @Test("The shipped themes are the files of the top-level themes/ folder, and each parses")
    func shipped() throws {
        let folder = Support.packageRoot.appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".theme") }
        #expect(ThemeCatalog.builtInNames == files.map { String($0.dropLast(6)) }.sorted())
        for name in ["default", "light", "high-contrast", "monochrome"] {
            #expect(ThemeCatalog.builtInNames.contains(name))
            let url = try #require(ThemeCatalog.locate(name, configHome: Support.tempDir()))
            let t = try Theme.parse(String(contentsOf: url, encoding: .utf8), name: name, file: url.path)
            for role in Role.allCases { #expect(t.roles[role] != nil, "\(name) sets \(role.name)") }
        }
    }

    @Test("A bad theme line is reported with its file and line, and the default theme is used")
    func badLine() throws {
        let dir = Support.tempDir()
        let file = dir.appendingPathComponent("broken.theme")
        try "# comment\ncolor text default default\ncolor quote chartreuse default\n".write(to: file, atomically: true, encoding: .utf8)
        let s = Settings.load(themeOption: file.path, environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(s.errors.count == 1)
        #expect(s.errors.first?.hasPrefix("\(file.path):3: unknown colour `chartreuse`") == true)
        #expect(s.theme.name == "default")
        #expect(throws: ThemeError(file: "x", line: 1, message: "unknown role `quotes` (roles: \(Role.allCases.map(\.name).joined(separator: ", ")))")) {
            try Theme.parse("color quotes red default", name: "x", file: "x")
        }
        #expect(throws: ThemeError.self) { try Theme.parse("colour text red default", name: "x", file: "x") }
        #expect(throws: ThemeError.self) { try Theme.parse("color text red default sparkly", name: "x", file: "x") }
    }

    @Test("User themes and the config file: theme, bind and color lines")
    func config() throws {
        let dir = Support.tempDir()
        let home = dir.appendingPathComponent("byline")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try "color text #ff0000 default bold\n".write(to: home.appendingPathComponent("themes/mine.theme"), atomically: true, encoding: .utf8)
        try "theme mine   # my own\nbind x next-quote\nunbind n\ncolor quote color33 default italic\nbind x fly\n"
            .write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let s = Settings.load(environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(s.theme.name == "mine")
        #expect(s.theme.roles[.text] == RoleStyle(fg: .rgb(255, 0, 0), bg: nil, attributes: .bold))
        #expect(s.theme.roles[.quote] == RoleStyle(fg: .indexed(33), bg: nil, attributes: .italic))
        #expect(s.keymap.command(for: .char("x")) == .nextQuote)
        #expect(s.keymap.command(for: .char("n")) == nil)
        #expect(s.errors.count == 1 && s.errors[0].contains("config:5: unknown command `fly`"))
    }

    @Test("NO_COLOR gives the monochrome look, selection still visible")
    func noColor() throws {
        let s = Settings.load(environment: ["NO_COLOR": "1", "XDG_CONFIG_HOME": Support.tempDir().path])
        #expect(s.theme.name == "monochrome")
        #expect(s.errors.isEmpty)
        for bits in 0..<(1 << 12) {
            let look = s.theme.resolve(Style(rawValue: UInt32(bits)))
            #expect(look.fg == nil && look.bg == nil)
        }
        #expect(s.theme.resolve(Style(.text, .selection)).attributes.contains(.reverse))
        #expect(s.theme.resolve(Style(.text, .quote, .selectedQuote)).attributes.contains(.reverse))
        #expect(s.theme.resolve(Style(.text, .unread)).attributes.contains(.bold))
        #expect(Settings.load(environment: ["NO_COLOR": "", "XDG_CONFIG_HOME": Support.tempDir().path]).theme.name == "default")
    }

    @Test("Colours map down to 256, 88, 16 and 8 colour terminals")
    func colorDepth() {
        #expect(ColorDepth.map(.rgb(255, 0, 0), colors: 256) == 196)
        #expect(ColorDepth.map(.rgb(255, 0, 0), colors: 16) == 9)
        #expect(ColorDepth.map(.rgb(255, 0, 0), colors: 8) == 1)
        #expect(ColorDepth.map(.rgb(255, 0, 0), colors: 88) == 64)
        #expect(ColorDepth.map(.indexed(196), colors: 256) == 196)
        #expect(ColorDepth.map(.indexed(196), colors: 8) == 1)
        #expect(ColorDepth.map(.indexed(12), colors: 8) == 4)
        #expect(ColorDepth.map(.indexed(3), colors: 8) == 3)
        #expect(ColorDepth.map(nil, colors: 256) == -1)
        #expect(ColorDepth.map(.indexed(4), colors: 2) == -1)
    }

    @Test("Roles lay over each other: later roles win colours, attributes add up")
    func layering() throws {
        let t = try Theme.parse("color text white black\ncolor quote yellow default italic\ncolor person cyan default bold\n",
                                name: "t", file: "t")
        let look = t.resolve(Style(.text, .quote, .person))
        #expect(look.fg == .indexed(6) && look.bg == .indexed(0))
        #expect(look.attributes == [.italic, .bold])
    }
}
