import BylineKit
import Foundation

/// Finds themes: the user's (`$XDG_CONFIG_HOME/byline/themes/NAME.theme`), then the ones shipped with Byline
/// (the package's `themes/` folder, installed as the BylineUI resource `Themes`).
public enum ThemeCatalog {
    public static var builtInFolder: URL? { Bundle.module.url(forResource: "Themes", withExtension: nil) }

    /// Names of the shipped themes.
    public static var builtInNames: [String] {
        guard let dir = builtInFolder, let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }.sorted()
    }

    /// Where a theme name leads: a path (when it has a slash), a user theme, or a shipped one.
    public static func locate(_ name: String, configHome: URL) -> URL? {
        let fm = FileManager.default
        if name.contains("/") { return fm.fileExists(atPath: name) ? URL(fileURLWithPath: name) : nil }
        let user = configHome.appendingPathComponent("themes")
        for candidate in [user.appendingPathComponent(name + ".theme"), user.appendingPathComponent(name)]
        where fm.fileExists(atPath: candidate.path) { return candidate }
        if let dir = builtInFolder {
            let f = dir.appendingPathComponent(name + ".theme")
            if fm.fileExists(atPath: f.path) { return f }
        }
        return nil
    }

    /// Load a theme by name. Any problem gives an error line (naming the file and line) and the default theme.
    public static func load(_ name: String, configHome: URL) -> (Theme, [String]) {
        var errors: [String] = []
        if let url = locate(name, configHome: configHome) {
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                return (try Theme.parse(text, name: name, file: url.path), [])
            } catch let e as ThemeError {
                errors.append("\(e); using the default theme")
            } catch {
                errors.append("\(url.path): cannot read: \(error.localizedDescription); using the default theme")
            }
        } else {
            let known = builtInNames.joined(separator: ", ")
            errors.append("theme `\(name)` not found (shipped: \(known); yours go in \(configHome.appendingPathComponent("themes").path)); using the default theme")
        }
        if name != "default", let url = locate("default", configHome: URL(fileURLWithPath: "/nonexistent")),
           let text = try? String(contentsOf: url, encoding: .utf8), let t = try? Theme.parse(text, name: "default", file: url.path) {
            return (t, errors)
        }
        return (.base, errors)
    }
}

/// The reader's settings: theme and key bindings, from the config file, `--theme` and `NO_COLOR`.
public struct Settings: Sendable {
    public var theme: Theme
    public var keymap: KeyMap
    /// Problems found (theme or config lines), each naming its file and line.
    public var errors: [String]

    public init(theme: Theme, keymap: KeyMap = .standard, errors: [String] = []) {
        self.theme = theme; self.keymap = keymap; self.errors = errors
    }

    /// Read `$XDG_CONFIG_HOME/byline/config`: lines `theme NAME`, `bind KEY COMMAND`, `unbind KEY` and
    /// `color ROLE FG BG [ATTR...]` (laid over the theme). `--theme` wins over the config file; otherwise
    /// a non-empty `NO_COLOR` gives the monochrome theme.
    public static func load(themeOption: String? = nil, environment env: [String: String] = ProcessInfo.processInfo.environment) -> Settings {
        let configHome = Paths.configHome(env)
        let configFile = configHome.appendingPathComponent("config")
        var errors: [String] = []
        var keymap = KeyMap.standard
        var themeName: String?
        var colorLines: [(words: [String], line: Int)] = []
        if let text = try? String(contentsOf: configFile, encoding: .utf8) {
            var lineNo = 0
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNo += 1
                guard let words = ThemeLine(raw) else { continue }
                let here = "\(configFile.path):\(lineNo)"
                switch words[0].lowercased() {
                case "theme":
                    if words.count == 2 { themeName = words[1] } else { errors.append("\(here): `theme` takes one name") }
                case "bind":
                    guard words.count == 3 else { errors.append("\(here): write `bind KEY COMMAND`"); continue }
                    guard let key = Key.named(words[1]) else { errors.append("\(here): unknown key `\(words[1])`"); continue }
                    guard let cmd = Command(rawValue: words[2].lowercased()) else {
                        errors.append("\(here): unknown command `\(words[2])` (commands: \(Command.allCases.map(\.rawValue).joined(separator: ", ")))")
                        continue
                    }
                    keymap.bindings[key] = cmd
                case "unbind":
                    guard words.count == 2, let key = Key.named(words[1]) else { errors.append("\(here): write `unbind KEY`"); continue }
                    keymap.bindings[key] = nil
                case "color":
                    colorLines.append((words, lineNo))
                default:
                    errors.append("\(here): unknown setting `\(words[0])` (theme, bind, unbind, color)")
                }
            }
        }
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let name = themeOption ?? (noColor ? "monochrome" : themeName ?? "default")
        var (theme, themeErrors) = ThemeCatalog.load(name, configHome: configHome)
        errors += themeErrors
        if themeOption == nil && !noColor {
            for (words, line) in colorLines {
                do { try theme.apply(words, file: configFile.path, lineNo: line) } catch { errors.append("\(error)") }
            }
        }
        return Settings(theme: theme, keymap: keymap, errors: errors)
    }
}
