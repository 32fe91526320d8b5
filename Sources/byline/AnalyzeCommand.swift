import ArgumentParser
import BylineKit
import Foundation

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the analysis of stories as JSON.")

    @Flag(name: .long, help: "Read JSON lines {\"id\", \"text\"} on standard input; write one JSON line per story.")
    var jsonl = false

    @Flag(name: .long, help: "Pretty-print the JSON (for FILE arguments).")
    var pretty = false

    @Argument(help: "Text files to analyse.")
    var files: [String] = []

    func run() throws {
        let analyzer = Analyzer()
        if jsonl {
            var lineNo = 0
            while let line = readLine(strippingNewline: true) {
                lineNo += 1
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                guard let data = line.data(using: .utf8),
                      let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let text = obj["text"] as? String else {
                    FileHandle.standardError.write("byline analyze: line \(lineNo): not a JSON object with a \"text\" string; skipped\n".data(using: .utf8)!)
                    continue
                }
                let id = (obj["id"] as? String) ?? (obj["id"].map { "\($0)" }) ?? String(lineNo)
                print(AnalysisJSON(analyzer.analyze(text), id: id).json(pretty: false))
            }
            return
        }
        guard !files.isEmpty else { throw ValidationError("name one or more files, or use --jsonl with JSON lines on standard input") }
        var failed = false
        for path in files {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                let text = try TextDecoding.decode(data, path: path)
                print(AnalysisJSON(analyzer.analyze(text), id: path).json(pretty: pretty || files.count == 1))
            } catch let e as SourceError {
                FileHandle.standardError.write("byline analyze: \(e)\n".data(using: .utf8)!); failed = true
            } catch {
                FileHandle.standardError.write("byline analyze: \(path): \(error.localizedDescription)\n".data(using: .utf8)!); failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

